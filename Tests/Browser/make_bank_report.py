"""Writes a copy of the content folder with one more report, `bank-400`, whose today and
target charts are generated 400-unit banks (a 30-report manager, 12-deep chains; seeded,
so every run prints the same PDF). Usage: make_bank_report.py CONTENT OUT_CONTENT."""
import random
import os
import re
import shutil
import sys


def bank(units, seed, title):
    rng = random.Random(seed)
    rows = [("u0", "Group chief executive", None)]
    # One manager with 30 direct reports, then a 12-deep chain, then random branches.
    for k in range(1, 31):
        rows.append((f"u{k}", f"Division {k}", "u0"))
    parent = "u1"
    for k in range(31, 43):
        rows.append((f"u{k}", f"Chain level {k - 30}", parent))
        parent = f"u{k}"
    while len(rows) < units:
        k = len(rows)
        rows.append((f"u{k}", f"Team {k} {rng.choice(['claims', 'sales', 'service', 'risk', 'data'])}",
                     rows[rng.randrange(1, k)][0]))
    lines = ["kind: orgchart", f"title: {title}", "units:"]
    for uid, name, par in rows:
        lines.append(f"  - {{ id: {uid}, name: {name}" + (f", parent: {par}" if par else "") + " }")
    return "\n".join(lines) + "\n"


def main(content, out):
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(content, out)
    report = f"{out}/reports/bank-400"
    shutil.copytree(f"{out}/reports/harbourline-mutual", report)
    text = open(f"{report}/report.yaml").read().replace("client: Harbourline Mutual", "client: Generated Bank 400")
    open(f"{report}/report.yaml", "w").write(text)
    # The generated charts have other units than Harbourline's: its matrices keep their
    # tasks and columns but lose their bindings to the org.
    for name in ("ownership.yaml", "current-ownership.yaml"):
        path = f"{report}/{name}"
        if os.path.exists(path):
            matrix = re.sub(r", (unit|person): [\w-]+", "", open(path).read())
            open(path, "w").write(re.sub(r"(?m)^org: .*\n", "", matrix))
    open(f"{report}/current.yaml", "w").write(bank(400, 7, "Generated bank — today"))
    open(f"{report}/target.yaml", "w").write(bank(400, 8, "Generated bank — target"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
