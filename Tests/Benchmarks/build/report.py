#!/usr/bin/env python3
"""Turns run.sh's raw results (TSV) into the markdown table for the README.

Wall time and CPU time are medians over the timed rounds (round 0 is the untimed check);
peak RSS is the largest seen in any timed round. Targets are issue 8's.
"""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
from datetime import datetime, timezone

NAMES = {"orgbook": "Orgbook", "hugo": "Hugo", "floor": "libcmark floor"}
TARGETS = {"hugo_wall": 0.5, "floor_wall": 2.5, "hugo_rss": 0.25, "scaling": 11.0}


def command_output(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine():
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
    return f"{os.cpu_count()} cores (`nproc` {command_output('nproc')}), {kb / 1048576:.1f} GiB RAM, {cpu or platform.machine()}"


def versions(tools, root):
    parts = []
    if "hugo" in tools:
        parts.append("Hugo " + (command_output("hugo", "version").split(" ") + ["?", "?"])[1])
    parts.append("libcmark " + (command_output("pkg-config", "--modversion", "libcmark") or "?"))
    if "orgbook" in tools:
        commit = command_output("git", "-C", root, "rev-parse", "--short", "HEAD")
        parts.append(f"Orgbook at `{commit or '?'}` (release build)")
    return ", ".join(parts)


def load(path):
    rows = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            values = dict(zip(header, line.rstrip("\n").split("\t")))
            if values["round"] == "0":
                continue
            rows.append({
                "pages": int(values["pages"]),
                "tool": values["tool"],
                "round": int(values["round"]),
                "wall": int(values["wall_ms"]) / 1000,
                "cpu": float(values["user_s"]) + float(values["sys_s"]),
                "rss": int(values["rss_kb"]) / 1024,
            })
    return rows


def summarise(rows):
    summary = {}
    for row in rows:
        entry = summary.setdefault((row["pages"], row["tool"]), {"wall": [], "cpu": [], "rss": []})
        for key in ("wall", "cpu", "rss"):
            entry[key].append(row[key])
    return {key: {"wall": statistics.median(v["wall"]), "cpu": statistics.median(v["cpu"]),
                  "rss": max(v["rss"]), "runs": len(v["wall"])}
            for key, v in summary.items()}


def paired(rows, first, second):
    """Wall time of run `second` over run `first` (each a (pages, tool) pair) within each
    round, as (median, lowest, highest): the machine drifts between rounds, and a ratio of
    two runs made minutes apart is steadier than a ratio of two medians."""
    walls = {}
    for row in rows:
        walls.setdefault(row["round"], {})[(row["pages"], row["tool"])] = row["wall"]
    ratios = [r[second] / r[first] for r in walls.values() if first in r and second in r and r[first]]
    if not ratios:
        return None
    return statistics.median(ratios), min(ratios), max(ratios)


def verdict(value, target):
    return f"{value:.2f} {'✓' if value <= target else '✗'}"


# Frames that contain the whole run (entry points, thread starts, recursion cycles): their
# inclusive cost says nothing about where the time goes.
WRAPPERS = re.compile(r"'|^\(below main\)$|^0x[0-9a-f]+$|^__libc_start|^main$|^start_thread$|^clone3?$"
                      r"|^_start$|^nftw|^ftw_|^process_entry")


def demangle(names):
    """Swift names demangled by `swift demangle --simplified`, C++ ones by `c++filt -p`, when
    those are installed."""
    for tool in (["swift-demangle", "--simplified"], ["c++filt", "-p"]):
        try:
            result = subprocess.run(tool, input="\n".join(names), capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        lines = result.stdout.split("\n")
        if len(lines) >= len(names):
            names = lines[:len(names)]
    return names


def callgrind_top(path, count=10, inclusive=True):
    """Total instructions and the top functions by inclusive (or self) cost."""
    text = command_output("callgrind_annotate", f"--inclusive={'yes' if inclusive else 'no'}", path)
    total = "?"
    top = []
    for line in text.splitlines():
        match = re.match(r"\s*([\d,]+)\s+\(\s*([\d.]+)%\)\s+(.*)", line)
        if not match:
            continue
        if "PROGRAM TOTALS" in match.group(3):
            total = match.group(1)
            continue
        location = re.sub(r"\s+\[[^\]]*\]$", "", match.group(3))
        function = location.split(":", 1)[1] if ":" in location else location
        if WRAPPERS.search(function):
            continue
        top.append([match.group(1), match.group(2), function])
        if len(top) == count:
            break
    for entry, name in zip(top, demangle([entry[2] for entry in top])):
        entry[2] = name if len(name) <= 140 else name[:137] + "..."
    return total, top


# perf frames that hold the whole run or a whole thread: runtime, dispatch and CLI plumbing.
PERF_WRAPPERS = re.compile(r"^(start_thread|clone3?|_start|__libc_start\w*|main)$|_dispatch_|dispatch_apply"
                           r"|^partial apply for thunk|^thunk for|swift_job_run|runJobInEstablishedExecutorContext"
                           r"|AsyncParsableCommand|ParsableCommand\.|BuildCommand|concurrentPerform|closure #\d+ in static Parallel"
                           r"|^protocol witness|^\[unknown\]|^0x[0-9a-f]+$")


def perf_top(path, count=10, inclusive=True):
    """The top functions of a `perf record -g` profile, by inclusive (children) or self share."""
    text = command_output("perf", "report", "-i", path, "--children" if inclusive else "--no-children",
                          "--no-demangle", "--stdio", "-g", "none", "--sort", "symbol", "--percent-limit", "0.3")
    rows = []
    for line in text.splitlines():
        match = re.match(r"\s*([\d.]+)%\s+(?:([\d.]+)%\s+)?\[(.)\]\s+(.*?)\s*$", line)
        if match and match.group(3) == ".":
            rows.append((match.group(1), re.sub(r"(\s+-)*$", "", match.group(4)).strip()))
    names = demangle([name for _, name in rows])
    top = []
    for (percent, _), name in zip(rows, names):
        if PERF_WRAPPERS.search(name):
            continue
        top.append((percent, name if len(name) <= 140 else name[:137] + "..."))
        if len(top) == count:
            break
    return top


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--seed", required=True)
    parser.add_argument("--load", default="")
    parser.add_argument("--counts", default="")
    parser.add_argument("--root", default=".", help="the repository, for Orgbook's commit")
    parser.add_argument("--callgrind")
    parser.add_argument("--perf")
    parser.add_argument("--profiled-pages", type=int, default=0)
    args = parser.parse_args()

    rows = load(args.results)
    summary = summarise(rows)
    sizes = sorted({pages for pages, _ in summary})
    tools = [t for t in NAMES if any((p, t) in summary for p in sizes)]  # pinned runs have their own table
    counts = {}
    for item in filter(None, args.counts.split(";")):
        pages, tool, written = item.split()
        counts[(int(pages), tool)] = int(written)
    rounds = max((s["runs"] for s in summary.values()), default=0)

    out = []
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out.append(f"### Build benchmark, {now}")
    out.append("")
    out.append(f"Machine: {machine()}; load average before the run: {args.load or '?'}.  ")
    out.append(f"{versions(tools, args.root)}.  ")
    corpora = []
    for pages in sizes:
        info_path = os.path.join(args.work, f"corpus-{pages}-seed{args.seed}", "corpus.json")
        try:
            with open(info_path) as f:
                info = json.load(f)
            corpora.append(f"{pages:,} pages ({info['sections']:,} sections, {info['orgcharts']:,} org charts, "
                           f"{info['markdownBytes'] / 1e6:.1f} MB of Markdown)")
        except OSError:
            corpora.append(f"{pages:,} pages")
    out.append(f"Corpus (`generate.py`, seed {args.seed}): {'; '.join(corpora)}.  ")
    out.append(f"Median of {rounds} alternating rounds, outputs removed before each run; "
               "CPU is user + system; peak RSS is the largest of the rounds.")
    out.append("")
    out.append("| pages | tool | wall (s) | CPU (s) | peak RSS (MB) | HTML files written |")
    out.append("|---:|---|---:|---:|---:|---:|")
    for pages in sizes:
        for tool in tools:
            s = summary.get((pages, tool))
            if not s:
                continue
            written = counts.get((pages, tool), "?")
            out.append(f"| {pages:,} | {NAMES[tool]} | {s['wall']:.2f} | {s['cpu']:.2f} | {s['rss']:.0f} | {written:,} |"
                       if isinstance(written, int) else
                       f"| {pages:,} | {NAMES[tool]} | {s['wall']:.2f} | {s['cpu']:.2f} | {s['rss']:.0f} | ? |")
    out.append("")

    if "orgbook" in tools and len(tools) > 1:
        out.append("| pages | Orgbook / Hugo, wall (target ≤ 0.5) | Orgbook / floor, wall (target ≤ 2.5) "
                   "| Orgbook / Hugo, peak RSS (target ≤ 0.25) | Orgbook / Hugo, CPU | Orgbook / floor, CPU |")
        out.append("|---:|---:|---:|---:|---:|---:|")
        for pages in sizes:
            o = summary.get((pages, "orgbook"))
            h = summary.get((pages, "hugo"))
            f = summary.get((pages, "floor"))
            if not o:
                continue
            cells = [verdict(o["wall"] / h["wall"], TARGETS["hugo_wall"]) if h else "n/a",
                     verdict(o["wall"] / f["wall"], TARGETS["floor_wall"]) if f else "n/a",
                     verdict(o["rss"] / h["rss"], TARGETS["hugo_rss"]) if h else "n/a",
                     f"{o['cpu'] / h['cpu']:.2f}" if h and h["cpu"] else "n/a",
                     f"{o['cpu'] / f['cpu']:.2f}" if f and f["cpu"] else "n/a"]
            out.append(f"| {pages:,} | " + " | ".join(cells) + " |")
        out.append("")
        for pages in sizes:
            within = paired(rows, (pages, "floor"), (pages, "orgbook"))
            if within:
                out.append(f"Orgbook / floor at {pages:,} pages, round by round: median {within[0]:.2f}x "
                           f"({within[1]:.2f}–{within[2]:.2f}x).  ")
        out.append("")

    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        parts = []
        # Pinned runs (`orgbook@N`) are Orgbook too: the growth target holds on the same cores.
        pinned_tools = sorted({tool for _, tool in summary if tool.startswith("orgbook@")})
        for tool in list(tools) + [t for t in pinned_tools if t not in tools]:
            a, b = summary.get((small, tool)), summary.get((large, tool))
            if a and b:
                ratio = b["wall"] / a["wall"]
                is_orgbook = tool == "orgbook" or tool.startswith("orgbook@")
                mark = f" (target ≤ {TARGETS['scaling']:.0f}: {'✓' if ratio <= TARGETS['scaling'] else '✗'})" if is_orgbook else ""
                name = NAMES.get(tool) or f"Orgbook on {tool.split('@')[1]} cores"
                within = paired(rows, (small, tool), (large, tool))
                rounds_part = f" (round by round {within[0]:.1f}x, {within[1]:.1f}–{within[2]:.1f}x)" if within else ""
                parts.append(f"{name} {ratio:.1f}x wall{rounds_part}, {b['cpu'] / a['cpu']:.1f}x CPU, "
                             f"{b['rss'] / a['rss']:.1f}x peak RSS{mark}")
        out.append(f"Scaling {small:,} → {large:,} pages: " + "; ".join(parts) + ".")
        out.append("")

    pinned = sorted({int(tool.split("@")[1]) for _, tool in summary if tool.startswith("orgbook@")})
    if pinned:
        out.append("Orgbook pinned to N distinct physical cores (`taskset`); CPU / 1-core is the CPU "
                   "time against the same build on one core (target ≤ 1.1 at 2 cores).")
        out.append("")
        out.append("| pages | cores | wall (s) | CPU (s) | CPU / 1-core | speed-up | peak RSS (MB) |")
        out.append("|---:|---:|---:|---:|---:|---:|---:|")
        for pages in sizes:
            one = summary.get((pages, "orgbook@1"))
            for cores in pinned:
                s = summary.get((pages, f"orgbook@{cores}"))
                if not s:
                    continue
                ratio = f"{s['cpu'] / one['cpu']:.2f}" if one and one["cpu"] else "n/a"
                speedup = f"{one['wall'] / s['wall']:.2f}x" if one and s["wall"] else "n/a"
                out.append(f"| {pages:,} | {cores} | {s['wall']:.2f} | {s['cpu']:.2f} | {ratio} | {speedup} | {s['rss']:.0f} |")
        out.append("")

    if args.callgrind:
        total, _ = callgrind_top(args.callgrind)
        out.append(f"Callgrind, one Orgbook build of {args.profiled_pages:,} pages: {total} instructions "
                   "(entry points and thread starts left out).")
        out.append("")
        for inclusive in (True, False):
            _, top = callgrind_top(args.callgrind, inclusive=inclusive)
            out.append(f"| {'inclusive' if inclusive else 'self'} instructions | % | function |")
            out.append("|---:|---:|---|")
            for instructions, percent, function in top:
                out.append(f"| {instructions} | {percent} | `{function.replace('|', '/')}` |")
            out.append("")

    if args.perf:
        out.append(f"perf, one Orgbook build of {args.profiled_pages:,} pages: share of samples "
                   "(all threads; runtime and dispatch plumbing left out).")
        out.append("")
        for inclusive in (True, False):
            out.append(f"| {'inclusive' if inclusive else 'self'} % | function |")
            out.append("|---:|---|")
            for percent, function in perf_top(args.perf, count=15 if inclusive else 10, inclusive=inclusive):
                out.append(f"| {percent} | `{function.replace('|', '/')}` |")
            out.append("")

    print("\n".join(out))


if __name__ == "__main__":
    main()
