#!/usr/bin/env python3
"""Writes the generated org chart fixtures (deterministic: run again, get the same bytes).

large-org.yaml / large-org.csv: the same 409-unit chart (CEO, 8 divisions, 5 departments
each, 9 teams each) with titles and some dotted lines, once as YAML and once as CSV.
wide-org.yaml: a head of service with 36 direct reports.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def large_units():
    units = [("ceo", "Chief Executive Officer", "", "Board", [])]
    for d in range(1, 9):
        div = f"div{d}"
        units.append((div, f"Division {d}", "ceo", f"Director {d}", []))
        for p in range(1, 6):
            dep = f"{div}-dep{p}"
            dotted = ["div1"] if d != 1 and p == 1 else []
            units.append((dep, f"Department {d}.{p}", div, "", dotted))
            for t in range(1, 10):
                units.append((f"{dep}-team{t}", f"Team {d}.{p}.{t}", dep, "", []))
    return units


def write_large():
    units = large_units()
    with open(os.path.join(HERE, "large-org.yaml"), "w") as out:
        out.write("kind: orgchart\ntitle: Generated large organisation\nunits:\n")
        for uid, name, parent, title, dotted in units:
            out.write(f"  - id: {uid}\n    name: {name}\n")
            if parent:
                out.write(f"    parent: {parent}\n")
            if title:
                out.write(f"    title: {title}\n")
            if dotted:
                out.write(f"    dotted: [{', '.join(dotted)}]\n")
    with open(os.path.join(HERE, "large-org.csv"), "w", newline="") as out:
        out.write("id,name,parent,title,dotted\r\n")
        for uid, name, parent, title, dotted in units:
            out.write(f"{uid},{name},{parent},{title},{';'.join(dotted)}\r\n")


def write_wide():
    with open(os.path.join(HERE, "wide-org.yaml"), "w") as out:
        out.write("kind: orgchart\ntitle: A very wide service organisation\nunits:\n")
        out.write("  - { id: coo, name: Chief Operating Officer }\n")
        out.write("  - { id: service, name: Head of Customer Service, parent: coo }\n")
        for i in range(1, 37):
            out.write(f"  - {{ id: team{i:02d}, name: Service team {i}, parent: service }}\n")


if __name__ == "__main__":
    write_large()
    write_wide()
