"""Reads Orgbook's .pptx decks and .xlsx workbooks back with python-pptx and openpyxl.

    python3 Tests/Office/check.py deck CHART.pptx SOURCE.(yaml|csv)   # chart deck vs its data
    python3 Tests/Office/check.py report REPORT.pptx REPORT.xlsx      # a client report's files
    python3 Tests/Office/check.py template DECK.pptx PLAIN.pptx FONT   # a deck made with a template
    python3 Tests/Office/check.py logo SLIDE1.png                      # LibreOffice drew the logo

Checks: one rounded rectangle per unit with its name as a run, every connector bound at
both ends to a shape on its slide, tables with cells, no text wider or taller than its
shape (measured with Liberation Sans, the font the deck names), workbook sheets with a
frozen header, a filter, and numbers stored as numbers. Exits non-zero on the first
failed file, printing every problem found in it.
"""
import csv
import sys

from PIL import ImageFont
from pptx import Presentation
from pptx.util import Emu
import openpyxl

FONTS = {False: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
         True: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}
_faces = {}
problems = []


def text_width_pt(text, size_pt, bold):
    face = _faces.setdefault(bold, ImageFont.truetype(FONTS[bold], 1000))
    return face.getlength(text) / 1000 * size_pt


def lines_needed(text, size_pt, bold, width_pt):
    """Greedy word wrap, as PowerPoint and LibreOffice wrap; a word wider than the box is an overflow."""
    lines, current = 1, ""
    for word in text.split():
        if text_width_pt(word, size_pt, bold) > width_pt + 0.5:
            return None
        trial = f"{current} {word}".strip()
        if text_width_pt(trial, size_pt, bold) <= width_pt + 0.5:
            current = trial
        else:
            lines, current = lines + 1, word
    return lines


def check_fits(shape, where):
    """The shape's paragraphs, wrapped at its inner width, fit its height."""
    body = shape.text_frame._txBody.bodyPr
    inset_l = int(body.get("lIns", 91440)); inset_r = int(body.get("rIns", 91440))
    inset_t = int(body.get("tIns", 45720)); inset_b = int(body.get("bIns", 45720))
    width = Emu(shape.width - inset_l - inset_r).pt
    height = Emu(shape.height - inset_t - inset_b).pt
    used = 0.0
    for paragraph in shape.text_frame.paragraphs:
        runs = paragraph.runs
        if not runs:
            continue
        size = runs[0].font.size.pt if runs[0].font.size else 18
        bold = bool(runs[0].font.bold)
        count = lines_needed(paragraph.text, size, bold, width)
        if count is None:
            problems.append(f"{where}: '{paragraph.text}' has a word wider than its box ({width:.1f} pt)")
            return
        used += count * size * 1.17
    if used > height * 1.08 + 1:
        problems.append(f"{where}: text needs {used:.1f} pt, the box holds {height:.1f} pt ({shape.name})")


def read_units(source):
    """Unit id → (name, title) from a CSV chart (YAML charts: ids only, from the deck)."""
    if not source.endswith(".csv"):
        return None
    with open(source, newline="", encoding="utf-8") as f:
        return {row["id"]: (row["name"], row.get("title") or "") for row in csv.DictReader(f)}


def check_deck(path, units=None):
    deck = Presentation(path)
    if (deck.slide_width, deck.slide_height) != (12192000, 6858000):
        problems.append(f"{path}: slides are not 16:9")
    seen = {}
    tables = 0
    for number, slide in enumerate(deck.slides, 1):
        where = f"{path} slide {number}"
        # A title placeholder on every slide: outline view, the accessibility checker and
        # screen readers take the slide's title from it.
        if slide.shapes.title is None or not slide.shapes.title.text_frame.text:
            problems.append(f"{where}: no title placeholder")
        ids = [shape.shape_id for shape in slide.shapes]
        if len(ids) != len(set(ids)):
            problems.append(f"{where}: shape ids repeat")
        boxes = {}
        for shape in slide.shapes:
            tag = shape._element.tag.rsplit("}", 1)[1]
            geometry = shape._element.xpath("./p:spPr/a:prstGeom/@prst")
            if tag == "sp" and geometry == ["roundRect"]:
                boxes[shape.shape_id] = shape
                check_fits(shape, where)
                if shape.name.startswith("Unit "):
                    unit = shape.name[5:]
                    seen[unit] = seen.get(unit, 0) + 1
                    if units is not None:
                        name, title = units[unit]
                        runs = [r.text for p in shape.text_frame.paragraphs for r in p.runs]
                        if not runs or not name.startswith(runs[0].split(" ")[0]):
                            problems.append(f"{where}: unit {unit} reads {runs}, expected the name '{name}' first")
                        if title and title.split(" ")[0] not in " ".join(runs[1:]):
                            problems.append(f"{where}: unit {unit} has no title run '{title}'")
            elif tag == "sp" and shape.has_text_frame and shape.name in ("Text", "Subtitle"):
                check_fits(shape, where)
            elif tag == "graphicFrame" and shape.has_table:
                tables += 1
                table = shape.table
                header = [cell.text for cell in table.rows[0].cells]
                if not all(header) or len(table.rows) < 2:
                    problems.append(f"{where}: table header {header} or rows missing")
        for connector in slide.shapes._spTree.xpath("./p:cxnSp"):
            start = connector.xpath(".//a:stCxn/@id"); end = connector.xpath(".//a:endCxn/@id")
            if not start or not end or int(start[0]) not in boxes or int(end[0]) not in boxes:
                problems.append(f"{where}: connector {connector.xpath('.//p:cNvPr/@id')} not bound to two boxes")
    if units is not None:
        missing = sorted(set(units) - set(seen))
        twice = sorted(u for u, n in seen.items() if n != 1)
        if missing or twice:
            problems.append(f"{path}: units not drawn exactly once: missing {missing[:5]}, repeated {twice[:5]}")
    return deck, seen, tables


def check_workbook(path):
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    for expected in ["Current units", "Target units", "Changes", "Metrics", "Target breaches", "Ownership", "Ownership changes"]:
        if expected not in names:
            problems.append(f"{path}: no sheet '{expected}' in {names}")
    for sheet in book:
        if sheet.freeze_panes != "A2":
            problems.append(f"{path} {sheet.title}: header row not frozen")
        if not sheet.auto_filter.ref:
            problems.append(f"{path} {sheet.title}: no filter")
        if not all(cell.value for cell in sheet[1]):
            problems.append(f"{path} {sheet.title}: empty header cell")
    metrics = book["Metrics"]
    for row in metrics.iter_rows(min_row=2, values_only=True):
        if not all(isinstance(v, (int, float)) for v in row[1:]):
            problems.append(f"{path} Metrics: {row} holds numbers as text")
    return book


def check_report_slides(deck, path, transfers):
    """The logo on the title slide, the decision tree drawn with its route heavier, and the
    ownership changes as a table when any task changes hands (`transfers` rows)."""
    title = deck.slides[0]
    if not any(shape.shape_type == 13 and shape.name == "Logo" for shape in title.shapes):
        problems.append(f"{path}: no logo picture on the title slide")
    trees = [s for s in deck.slides if any(sh.name.startswith("Question ") for sh in s.shapes)]
    if len(trees) != 1:
        problems.append(f"{path}: {len(trees)} decision tree slides, expected 1")
    else:
        tree = trees[0]
        outcomes = [sh for sh in tree.shapes if sh.name.startswith("Outcome ")]
        widths = [int(w) for w in tree.shapes._spTree.xpath("./p:cxnSp/p:spPr/a:ln/@w")]
        if not outcomes or not widths or max(widths) < 3 * min(widths):
            problems.append(f"{path}: decision tree has {len(outcomes)} outcomes, line widths {sorted(set(widths))}")
        if not any("✓ RESULT" in sh.text_frame.text for sh in outcomes):
            problems.append(f"{path}: no outcome badged as the result")
    titles = [sh.text_frame.text for s in deck.slides for sh in s.shapes if sh.name == "Title"]
    if transfers and not any(t.startswith("Ownership changes") for t in titles):
        problems.append(f"{path}: no ownership changes slide for {transfers} transfers")


def check_template(path, plain_path, font):
    """A deck made with the test template: its master (with the band), its title layout for
    the title slide and title-only for the rest, the brand font in the theme, and the
    same slides as the deck made without it."""
    deck, plain = Presentation(path), Presentation(plain_path)
    if len(deck.slides) != len(plain.slides):
        problems.append(f"{path}: {len(deck.slides)} slides, {len(plain.slides)} without the template")
    if not any(shape.name == "Template band" for shape in deck.slide_master.shapes):
        problems.append(f"{path}: the template's master (its band) is not the deck's")
    layouts = [slide.slide_layout.name for slide in deck.slides]
    if layouts[0] != "Title Slide" or set(layouts[1:]) != {"Title Only"}:
        problems.append(f"{path}: layouts {layouts[:3]}…, expected Title Slide then Title Only")
    theme = deck.slide_master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme").blob.decode()
    for group in ("majorFont", "minorFont"):
        if f'<a:{group}><a:latin typeface="{font}"' not in theme:
            problems.append(f"{path}: theme {group} is not {font}")
    return deck


def check_logo_drawn(png):
    """The logo's box on the rendered title slide (top left, 0.4–3.9 × 0.4–1.3 in) is not blank."""
    from PIL import Image
    image = Image.open(png).convert("L")
    dpi = image.width / 13.333
    box = image.crop((int(0.4 * dpi), int(0.4 * dpi), int(3.9 * dpi), int(1.3 * dpi)))
    dark = sum(box.histogram()[:160])
    if dark < 50:
        problems.append(f"{png}: the logo was not drawn ({dark} dark pixels where it goes)")
    return dark


def main():
    kind = sys.argv[1]
    if kind == "deck":
        units = read_units(sys.argv[3])
        deck, seen, _ = check_deck(sys.argv[2], units)
        print(f"{sys.argv[2]}: {len(deck.slides)} slides, {len(seen)} units each drawn once")
    elif kind == "report":
        deck, seen, tables = check_deck(sys.argv[2])
        if tables < 3:
            problems.append(f"{sys.argv[2]}: {tables} tables, expected the changes, metrics and ownership")
        book = check_workbook(sys.argv[3])
        transfers = book["Ownership changes"].max_row - 1 if "Ownership changes" in book.sheetnames else 0
        check_report_slides(deck, sys.argv[2], transfers)
        print(f"{sys.argv[2]}: {len(deck.slides)} slides, {len(seen)} unit shapes, {tables} tables; "
              f"{sys.argv[3]}: sheets {book.sheetnames}")
    elif kind == "template":
        deck = check_template(sys.argv[2], sys.argv[3], sys.argv[4])
        check_deck(sys.argv[2])
        print(f"{sys.argv[2]}: {len(deck.slides)} slides on the template's master and layouts, theme font {sys.argv[4]}")
    elif kind == "logo":
        print(f"{sys.argv[2]}: logo drawn ({check_logo_drawn(sys.argv[2])} dark pixels)")
    for problem in problems[:30]:
        print("  FAIL", problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
