#!/usr/bin/env python3
"""Writes the same deterministic org chart as chart.yaml, chart.csv and chart.dot.

    python3 generate.py [UNITS] [OUT_DIR]      # default: 2000 units, current folder

The tree looks like a real organisation: a chief executive, a few layers of management
with spans of 3 to 9, and some large teams of individual units (up to 30 reports).
"""
import os
import random
import sys

FUNCTIONS = ["Customer Operations", "Digital Sales", "Service", "Journey Analytics", "Retail",
             "Key Accounts", "Marketing", "Finance", "Insights", "Omnichannel", "Field Service",
             "Complaints", "Onboarding", "Retention", "Billing", "Partnerships"]
KINDS = ["Division", "Department", "Unit", "Team", "Squad"]


def build(count, seed=2014):
    rng = random.Random(seed)
    units = [("u0", "Chief Executive Officer", "", "Group")]
    frontier = ["u0"]
    depth = {"u0": 0}
    i = 1
    while i < count:
        next_frontier = []
        for parent in frontier:
            if i >= count:
                break
            span = rng.choice([3, 4, 5, 6, 7, 8, 9]) if depth[parent] < 3 else rng.choice([0, 2, 5, 12, 30])
            for _ in range(span):
                if i >= count:
                    break
                uid = f"u{i}"
                d = depth[parent] + 1
                name = f"{FUNCTIONS[rng.randrange(len(FUNCTIONS))]} {KINDS[min(d, len(KINDS)) - 1]} {i}"
                title = f"Lead {i}" if rng.random() < 0.5 else ""
                units.append((uid, name, parent, title))
                depth[uid] = d
                next_frontier.append(uid)
                i += 1
        if not next_frontier:
            next_frontier = [u[0] for u in units[-50:]]
        frontier = next_frontier
    return units


def yaml_quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    out = sys.argv[2] if len(sys.argv) > 2 else "."
    units = build(count)
    with open(os.path.join(out, "chart.yaml"), "w") as f:
        f.write(f"kind: orgchart\ntitle: Benchmark organisation ({count} units)\nunits:\n")
        for uid, name, parent, title in units:
            f.write(f"  - id: {uid}\n    name: {yaml_quote(name)}\n")
            if parent:
                f.write(f"    parent: {parent}\n")
            if title:
                f.write(f"    title: {yaml_quote(title)}\n")
    with open(os.path.join(out, "chart.csv"), "w") as f:
        f.write("id,name,parent,title\n")
        for uid, name, parent, title in units:
            f.write(f"{uid},{name},{parent},{title}\n")
    with open(os.path.join(out, "chart.dot"), "w") as f:
        f.write('digraph org {\n  node [shape=box, style=rounded, fontname="Liberation Sans", fontsize=11];\n')
        for uid, name, parent, title in units:
            label = name + (f"\\n{title}" if title else "")
            f.write(f'  {uid} [label="{label}"];\n')
        for uid, name, parent, title in units:
            if parent:
                f.write(f"  {parent} -> {uid};\n")
        f.write("}\n")
    print(f"wrote {len(units)} units to chart.yaml, chart.csv, chart.dot in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
