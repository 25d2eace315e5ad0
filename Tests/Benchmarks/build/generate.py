#!/usr/bin/env python3
"""Generates the benchmark corpus: one seeded set of Markdown pages, laid out twice.

    generate.py --pages N --seed S --out DIR

writes
    DIR/orgbook/           an Orgbook content folder: site.yaml, index.md per section
    DIR/hugo/              a Hugo site: config.yaml, layouts/ (copied from ./hugo/layouts),
                           content/ with the same Markdown, index.md renamed _index.md
    DIR/corpus.json        what was generated (page count, sections, org charts, bytes)

The same seed and page count always give byte-identical files (only `random.Random(seed)`
decides anything, and nothing iterates a set or a dict in hash order).

Pages carry YAML front matter (title, weight), h2/h3 headings, paragraphs with inline
markup, lists, pipe tables, code blocks, valid relative links (`../x/y.md#anchor`) to
other pages, and on about one page in ten an ```orgchart block in README.md's inline
YAML format. Headings use letters and spaces only, unique per page, so the anchor a link
names is the same under every common heading-id rule (lowercase, spaces to hyphens).
"""

import argparse
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Vocabulary of the domain, so the text looks like a CX playbook to a Markdown parser:
# mostly short words, some long, sentences of ordinary length.
WORDS = """
customer experience journey team owner measure insight design service channel retention
acquisition onboarding billing complaint feedback survey score loyalty promise moment
truth frontline agent leader board sponsor steering committee programme portfolio
initiative backlog squad sprint release roadmap capability training coaching standard
process handover escalation resolution contact centre store digital app website account
contract renewal churn cohort segment persona need pain point effort satisfaction
recommend advocate detractor promoter metric target baseline trend dashboard report
review cadence quarter month week decision approval budget funding business unit region
market country global local deploy pilot scale factory excellence centre model archetype
enterprise partner supplier operations finance marketing sales product technology data
analytics architecture governance mandate charter role responsibility accountability
shared support own consult inform plan execute learn iterate prototype test launch
the a an of to and in for with on by from across within between through over under
each every many few most some all clear simple fast slow better best first next last
""".split()

TOPICS = """
Journey analytics|Service recovery|Complaint handling|Onboarding|Retention offers|
Billing clarity|Voice of the customer|Frontline coaching|Channel strategy|Store experience|
Digital self service|Contact centre|Account management|Key accounts|Renewals|Churn drivers|
Customer promise|Moments of truth|Design sprints|Prototype testing|Measurement system|
Steering committee|CX governance|Capability building|Programme management|Journey redesign|
Omnichannel alignment|Base management|Acquisition|Partner experience|Loyalty|Effort reduction|
Case studies|Operating model|Roles and tasks|Target organisation|Maturity path|Best practices|
Funding|Tooling|Data foundations|Insight sharing|Recognition|Employee experience|Playbooks|
Quarterly reviews|Escalations|Root cause analysis|Surveys|Dashboards
""".replace("\n", "").split("|")

ROLE_PREFIXES = ["Chief", "Head of", "Director of", "Lead for", "Manager of", "Team lead for"]
ROLE_AREAS = """Customer Office|Journey Analytics|Service Operations|Digital Channels|Stores|
Contact Centre|Billing|Retention|Acquisition|Key Accounts|CX Measurement|Design|Insights|
Programme Office|Training|Quality|Complaints|Partner Management|Marketing|Sales|Finance|
Technology|Data|Product|Loyalty|Onboarding|Field Service|Customer Success""".replace("\n", "").split("|")

LANGS = ["yaml", "sh", "json", "text"]


def slug(text):
    """Folder or file name for a title: lowercase words joined by hyphens."""
    return "-".join("".join(c for c in w.lower() if c.isalnum()) for w in text.split())


class Node:
    """A page (section index or leaf) in the generated tree."""

    def __init__(self, title, path, is_section, depth):
        self.title = title
        self.path = path            # Orgbook layout, e.g. "a/b/index.md" or "a/b/page.md"
        self.is_section = is_section
        self.depth = depth
        self.children = []          # sections only: child Nodes (sections, then pages)
        self.headings = []          # [(level, text)]
        self.weight = 0


class Generator:
    def __init__(self, pages, seed):
        self.rng = random.Random(seed)
        self.pages = pages
        self.nodes = []

    # -- the tree ---------------------------------------------------------------------------

    def unique_title(self, used):
        for attempt in range(1000):
            title = self.rng.choice(TOPICS)
            if attempt > 3 or self.rng.random() < 0.4:
                title = f"{title} {self.rng.choice(['basics', 'in practice', 'for leaders', 'checklist', 'examples', 'pitfalls', 'at scale', 'templates', 'roles', 'metrics'])}"
            if attempt > 20:
                title = f"{title} {self.rng.choice(WORDS)}"
            name = slug(title)
            if name not in used and name not in ("index", "_index"):
                used.add(name)
                return title, name
        raise RuntimeError("could not find a unique title")

    def build_tree(self):
        """About ten pages per section, sections three levels deep under the home page."""
        target_sections = max(1, self.pages // 10)
        branching = max(1, round(target_sections ** (1 / 3)))
        root = Node("Benchmark playbook", "index.md", True, 0)
        self.nodes.append(root)
        sections = [root]
        frontier = [root]
        for depth in (1, 2, 3):
            next_frontier = []
            for parent in frontier:
                used = set()
                count = max(1, branching + self.rng.choice([-1, 0, 0, 1]))
                for _ in range(count):
                    if len(self.nodes) + 1 > self.pages:
                        break
                    title, name = self.unique_title(used)
                    base = os.path.dirname(parent.path)
                    folder = f"{base}/{name}" if base else name
                    node = Node(title, f"{folder}/index.md", True, depth)
                    parent.children.append(node)
                    self.nodes.append(node)
                    sections.append(node)
                    next_frontier.append(node)
            frontier = next_frontier
        # Spread the remaining pages over the sections, deeper sections a little fuller.
        used_names = {id(s): {child_name(c) for c in s.children} for s in sections}
        weights = [1 + s.depth for s in sections]
        while len(self.nodes) < self.pages:
            section = self.rng.choices(sections, weights)[0]
            title, name = self.unique_title(used_names[id(section)])
            base = os.path.dirname(section.path)
            path = f"{base}/{name}.md" if base else f"{name}.md"
            node = Node(title, path, False, section.depth + 1)
            section.children.append(node)
            self.nodes.append(node)
        for section in sections:
            for i, child in enumerate(section.children):
                child.weight = (i + 1) * 10
        for node in self.nodes:
            node.headings = self.make_headings()
        return root, sections

    def make_headings(self):
        used = set()
        headings = []
        for _ in range(self.rng.randint(3, 5)):
            headings.append((2, self.heading_text(used)))
            for _ in range(self.rng.choice([0, 0, 1, 2])):
                headings.append((3, self.heading_text(used)))
        return headings

    def heading_text(self, used):
        while True:
            words = self.rng.sample(WORDS, self.rng.randint(2, 4))
            text = " ".join(words).capitalize()
            key = slug(text)
            if key not in used:
                used.add(key)
                return text

    # -- the text ---------------------------------------------------------------------------

    def link(self, source):
        target = self.rng.choice(self.nodes)
        while target is source and len(self.nodes) > 1:
            target = self.rng.choice(self.nodes)
        href = os.path.relpath(target.path, os.path.dirname(source.path) or ".")
        if self.rng.random() < 0.6 and target.headings:
            href += "#" + slug(self.rng.choice(target.headings)[1])
        return f"[{target.title.lower()}]({href})"

    def sentence(self, source):
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(6, 18))]
        roll = self.rng.random()
        i = self.rng.randrange(len(words))
        if roll < 0.12:
            words[i] = f"*{words[i]}*"
        elif roll < 0.2:
            words[i] = f"**{words[i]}**"
        elif roll < 0.26:
            words[i] = f"`{words[i]}_{self.rng.choice(WORDS)}`"
        elif roll < 0.36:
            words[i] = self.link(source)
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, source):
        return " ".join(self.sentence(source) for _ in range(self.rng.randint(2, 4)))

    def bullet_list(self, source):
        ordered = self.rng.random() < 0.3
        lines = []
        for n in range(self.rng.randint(3, 6)):
            marker = f"{n + 1}." if ordered else "-"
            lines.append(f"{marker} {self.sentence(source)}")
            if self.rng.random() < 0.15:
                lines.append(f"   - {self.sentence(source)}")
        return "\n".join(lines)

    def table(self):
        columns = self.rng.randint(3, 5)
        header = [self.rng.choice(WORDS).capitalize() for _ in range(columns)]
        rows = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * columns) + "|"]
        for _ in range(self.rng.randint(3, 8)):
            cells = [" ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 3))) for _ in range(columns)]
            rows.append("| " + " | ".join(cells) + " |")
        return "\n".join(rows)

    def code(self):
        lang = self.rng.choice(LANGS)
        lines = []
        for _ in range(self.rng.randint(4, 14)):
            a, b = self.rng.choice(WORDS), self.rng.choice(WORDS)
            if lang == "yaml":
                lines.append(f"{a}_{b}: {self.rng.randint(0, 999)}")
            elif lang == "sh":
                lines.append(f"orgbook {a} --{b} {self.rng.choice(WORDS)}.md")
            elif lang == "json":
                lines.append(f'  "{a}": "{b}",')
            else:
                lines.append(f"{a} {b} {self.rng.choice(WORDS)}")
        return f"```{lang}\n" + "\n".join(lines) + "\n```"

    def orgchart(self):
        count = self.rng.randint(10, 30)
        lines = ["```orgchart", f"title: {self.rng.choice(ROLE_AREAS)} — target", "units:"]
        for i in range(count):
            area = self.rng.choice(ROLE_AREAS)
            prefix = "Chief" if i == 0 else self.rng.choice(ROLE_PREFIXES[1:])
            lines.append(f"  - id: u{i + 1}")
            lines.append(f"    name: {prefix} {area}")
            if i > 0:
                parent = self.rng.randrange(0, (i + 1) // 2)
                lines.append(f"    parent: u{parent + 1}")
                if self.rng.random() < 0.3:
                    lines.append(f"    title: {self.rng.choice(ROLE_AREAS)}")
                if i > 2 and self.rng.random() < 0.1:
                    dotted = self.rng.randrange(0, i)
                    if dotted != parent:
                        lines.append(f"    dotted: [u{dotted + 1}]")
        lines.append("```")
        return "\n".join(lines)

    def page_text(self, node, with_orgchart):
        blocks = [self.paragraph(node)]
        chart_at = self.rng.randrange(len(node.headings)) if with_orgchart else -1
        for index, (level, text) in enumerate(node.headings):
            blocks.append("#" * level + " " + text)
            blocks.append(self.paragraph(node))
            roll = self.rng.random()
            if roll < 0.35:
                blocks.append(self.bullet_list(node))
            elif roll < 0.5:
                blocks.append(self.table())
            elif roll < 0.62:
                blocks.append(self.code())
            elif roll < 0.7:
                blocks.append("> " + self.sentence(node))
            if index == chart_at:
                blocks.append(self.orgchart())
            if self.rng.random() < 0.3:
                blocks.append(self.paragraph(node))
        front = f"---\ntitle: {node.title}\nweight: {node.weight}\n---\n\n"
        return front + "\n\n".join(blocks) + "\n"


def child_name(node):
    """The name a child takes in its section's folder: a folder for a section, else a file."""
    if node.is_section:
        return os.path.basename(os.path.dirname(node.path))
    return os.path.splitext(os.path.basename(node.path))[0]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def hugo_path(path):
    """Hugo wants a section's own page as _index.md (index.md would make a leaf bundle)."""
    if os.path.basename(path) == "index.md":
        return os.path.join(os.path.dirname(path), "_index.md")
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="number of Markdown files")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    parser.add_argument("--out", required=True, help="folder to create (replaced if present)")
    args = parser.parse_args()
    if args.pages < 1:
        parser.error("--pages must be at least 1")

    gen = Generator(args.pages, args.seed)
    root, sections = gen.build_tree()

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    orgbook_dir = os.path.join(out, "orgbook")
    hugo_dir = os.path.join(out, "hugo")
    hugo_content = os.path.join(hugo_dir, "content")

    charts = 0
    total_bytes = 0
    for node in gen.nodes:
        with_chart = gen.rng.random() < 0.1
        charts += with_chart
        text = gen.page_text(node, with_chart)
        total_bytes += len(text.encode("utf-8"))
        write(os.path.join(orgbook_dir, node.path), text)
        write(os.path.join(hugo_content, hugo_path(node.path)), text)

    write(os.path.join(orgbook_dir, "site.yaml"),
          "title: Benchmark playbook\nlanguage: en\nbaseURL: https://bench.example.com/\n"
          "description: A generated playbook for the build benchmark.\nrawHTML: false\n")
    shutil.copyfile(os.path.join(HERE, "hugo", "config.yaml"), os.path.join(hugo_dir, "config.yaml"))
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(hugo_dir, "layouts"))

    summary = {
        "pages": len(gen.nodes),
        "sections": len(sections),
        "orgcharts": charts,
        "markdownBytes": total_bytes,
        "seed": args.seed,
    }
    write(os.path.join(out, "corpus.json"), json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    main()
