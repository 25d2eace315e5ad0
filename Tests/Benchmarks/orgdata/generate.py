#!/usr/bin/env python3
"""Writes a seeded Workday-style people export (BOM, CRLF, quoted fields, vacancies) and a
chart that reads it as a unit chart with roll-ups:

    python3 generate.py PEOPLE FOLDER   # FOLDER/export.csv and FOLDER/units.yaml

The CEO's reports head departments; below them every manager heads a team unit of their
own (as Workday's supervisory organisations go), so 20,000 people make about 3,000 units.
Each manager has 3 to 10 reports, filled breadth-first; about 3% of leaf positions are
vacant."""
import os
import random
import sys


def main():
    count, folder = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    departments = ["Sales", "Operations", "Customer Care", "Finance", "Technology", "People", "Marketing", "Legal"]
    locations = ["Paris", "Lyon", "Berlin", "Madrid", "Lisbon"]
    manager, unit, title, depth, remaining = [None], ["Executive"], ["Chief Executive"], [0], {}
    head = 0
    for index in range(1, count):
        m = head
        manager.append(m)
        depth.append(depth[m] + 1)
        if depth[index] == 1:
            k = index - 1
            unit.append(departments[k % 8] + (f" {k // 8 + 1}" if k >= 8 else ""))
            title.append("Head of " + unit[index])
        elif depth[index] == 2:
            unit.append(f"{unit[m]}, Team {index}")
            title.append("Team Lead")
        else:
            unit.append(unit[m])
            title.append("Specialist")
        remaining.setdefault(m, rng.randint(3, 10))
        remaining[m] -= 1
        if remaining[m] == 0:
            head += 1
    managers = set(x for x in manager if x is not None)
    ids, names = [], []
    for index in range(count):
        leaf = index > 0 and index not in managers
        # Breadth-first order puts every manager before their reports.
        if depth[index] >= 2:
            unit[index] = unit[manager[index]] if leaf else f"{unit[manager[index]].split(',')[0]}, Team {index}"
        vacant = leaf and rng.randrange(33) == 0
        ids.append(f"P{20000 + index}" if vacant else f"E{10000 + index}")
        names.append("" if vacant else f"Person {index}")
    lines = ["\ufeffEmployee ID,Worker,Manager ID,Business Title,Supervisory Organization,FTE,Total Base Pay Annualized,Location"]
    for index in range(count):
        boss = ids[manager[index]] if manager[index] is not None else ""
        pay = "" if not names[index] else f"{40000 + rng.randrange(80) * 1000}.00"
        lines.append(",".join([ids[index], names[index], boss, title[index], f'"{unit[index]}"',
                               "80%" if rng.randrange(10) == 0 else "100%", pay, rng.choice(locations)]))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "export.csv"), "w", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    with open(os.path.join(folder, "units.yaml"), "w") as f:
        f.write("kind: orgchart\ntitle: Benchmark\nsource: export.csv\npreset: workday\ngroup-by: unit\n"
                "currency: EUR\nshow: [headcount, cost]\n")


if __name__ == "__main__":
    main()
