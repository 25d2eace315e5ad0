#!/usr/bin/env python3
"""Times two commands whole process to whole process, alternating, and prints medians.

    python3 measure.py RUNS -- CMD_A... -- CMD_B...
"""
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    runs = int(sys.argv[1])
    rest = sys.argv[2:]
    split = [i for i, a in enumerate(rest) if a == "--"]
    a, b = rest[split[0] + 1:split[1]], rest[split[1] + 1:]
    run(a), run(b)  # warm the file cache and the dynamic loader
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(run(a))
        times_b.append(run(b))
    ma, mb = statistics.median(times_a), statistics.median(times_b)
    print(f"orgbook render : median {ma * 1000:8.1f} ms  (min {min(times_a) * 1000:.1f}, max {max(times_a) * 1000:.1f}) over {runs} runs")
    print(f"dot -Tsvg      : median {mb * 1000:8.1f} ms  (min {min(times_b) * 1000:.1f}, max {max(times_b) * 1000:.1f}) over {runs} runs")
    print(f"speed-up       : {mb / ma:.1f}x (target: at least 10x)")


if __name__ == "__main__":
    main()
