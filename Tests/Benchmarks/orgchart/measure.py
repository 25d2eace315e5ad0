#!/usr/bin/env python3
"""Times commands whole process to whole process, alternating, and prints medians of
wall-clock time and of CPU time (user + system, which a busy machine inflates less). The
last command is the baseline (dot); each other one is compared with it.

    python3 measure.py RUNS -- CMD_A... -- CMD_B...
    python3 measure.py RUNS -- ORGBOOK_BEFORE... -- ORGBOOK_AFTER... -- DOT...
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
    marks = [i for i, a in enumerate(rest) if a == "--"] + [len(rest)]
    commands = [rest[a + 1:b] for a, b in zip(marks, marks[1:])]
    for cmd in commands:
        run(cmd)  # warm the file cache and the dynamic loader
    samples = [[] for _ in commands]
    for _ in range(runs):
        for cmd, taken in zip(commands, samples):
            taken.append(run(cmd))
    names = [f"orgbook render ({k + 1})" if len(commands) > 2 else "orgbook render" for k in range(len(commands) - 1)]
    names.append("dot -Tsvg")
    width = max(map(len, names))
    medians = [report(name.ljust(width), taken) for name, taken in zip(names, samples)]
    wall_b, cpu_b = medians[-1]
    for name, (wall_a, cpu_a) in zip(names, medians):
        if name == "dot -Tsvg":
            continue
        print(f"speed-up of {name}: {wall_b / wall_a:.1f}x wall clock, {cpu_b / cpu_a:.1f}x CPU time over {runs} "
              f"alternating runs (target: at least 10x)")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
