#!/usr/bin/env python3
"""Writes a playbook-shaped site of N pages (sections of 50) for the serve benchmark."""
import os
import sys

root, pages = sys.argv[1], int(sys.argv[2])
content = os.path.join(root, "Content")
os.makedirs(content, exist_ok=True)
with open(os.path.join(content, "site.yaml"), "w") as f:
    f.write("title: Serve benchmark playbook\nlanguage: en\nbaseURL: http://127.0.0.1/\n"
            "description: A generated site for measuring orgbook serve.\n")
with open(os.path.join(content, "index.md"), "w") as f:
    f.write("---\ntitle: Home\n---\n\n# Serve benchmark\n\nA generated playbook.\n")

per_section = 50
for number in range(pages - 1):
    section = f"section-{number // per_section:02d}"
    folder = os.path.join(content, section)
    if number % per_section == 0:
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.md"), "w") as f:
            f.write(f"---\ntitle: Section {number // per_section}\nweight: {number // per_section}\n---\n\n"
                    f"# Section {number // per_section}\n\nPages about one part of running CX.\n")
        continue
    with open(os.path.join(folder, f"page-{number:04d}.md"), "w") as f:
        f.write(f"---\ntitle: Page {number}\nweight: {number}\ndescription: Generated page {number}.\n---\n\n"
                f"# Page {number}\n\n"
                "The CX centre of excellence owns measurement and capability building, while business\n"
                "units own the delivery of journey improvements. Shared ownership needs a clear forum.\n\n"
                "## Who owns what\n\n"
                "- Measurement: central team\n- Journey redesign: shared\n- Agile execution: business units\n\n"
                "| Task | Owner |\n| --- | --- |\n| CX plan | CoE |\n| Insights | Shared |\n\n"
                "See the [section overview](index.md) for context.\n")
