#!/usr/bin/env python3
"""Times two commands whole process to whole process, alternating, and prints medians of
wall-clock time and of CPU time (user + system, which a busy machine inflates less).

    python3 measure.py RUNS -- CMD_A... -- CMD_B...
"""
import os
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"command failed ({status}): {' '.join(cmd)}")
    return wall, usage.ru_utime + usage.ru_stime


def report(name, samples):
    walls = [w for w, _ in samples]
    cpus = [c for _, c in samples]
    print(f"{name}: wall median {statistics.median(walls) * 1000:8.1f} ms (min {min(walls) * 1000:.1f}, "
          f"max {max(walls) * 1000:.1f}); CPU median {statistics.median(cpus) * 1000:8.1f} ms")
    return statistics.median(walls), statistics.median(cpus)


def main():
    runs = int(sys.argv[1])
    rest = sys.argv[2:]
    split = [i for i, a in enumerate(rest) if a == "--"]
    a, b = rest[split[0] + 1:split[1]], rest[split[1] + 1:]
    run(a), run(b)  # warm the file cache and the dynamic loader
    samples_a, samples_b = [], []
    for _ in range(runs):
        samples_a.append(run(a))
        samples_b.append(run(b))
    wall_a, cpu_a = report("orgbook render", samples_a)
    wall_b, cpu_b = report("dot -Tsvg     ", samples_b)
    print(f"speed-up: {wall_b / wall_a:.1f}x wall clock, {cpu_b / cpu_a:.1f}x CPU time over {runs} alternating runs "
          f"(target: at least 10x)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
