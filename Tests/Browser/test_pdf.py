"""The report PDFs (issue 17), read back with poppler and pdfplumber: pages, bookmarks,
contents numbers against where the headings really are, margin texts on every page,
embedded fonts, the logo, legible text, and the same text for the same input.
run.sh exports them into PDF_DIR; without Chromium they are skipped with the reason."""
import os
import pathlib
import re
import subprocess

import pytest

PDF_DIR = pathlib.Path(os.environ.get("PDF_DIR", ".artifacts/browser/pdf"))
REPORTS = {"harbourline-mutual": ("Harbourline Mutual", "12 March 2026"),
           "fernhill-rowe": ("Fernhill & Rowe", "26 February 2026")}
SKIP = (PDF_DIR / "SKIPPED").read_text() if (PDF_DIR / "SKIPPED").exists() else None
pytestmark = pytest.mark.skipif(SKIP is not None, reason=SKIP or "")
pdfplumber = pytest.importorskip("pdfplumber")


def pdf(slug):
    return PDF_DIR / f"{slug}.pdf"


def pages_text(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return [" ".join(p.split()) for p in out.split("\f")[:-1]]


def outline(doc):
    """(title, 1-based page) per bookmark."""
    pages = {page.page_obj.pageid: n for n, page in enumerate(doc.pages, 1)}
    return [(title, pages.get(dest[0].objid)) for _, title, dest, _, _ in doc.doc.get_outlines()]


@pytest.mark.parametrize("slug", REPORTS)
def test_metadata_pages_and_bookmarks(slug):
    info = subprocess.run(["pdfinfo", str(pdf(slug))], check=True, capture_output=True, text=True).stdout
    client, _ = REPORTS[slug]
    assert f"Title:           {client} — organisation report" in info
    assert "Tagged:          yes" in info
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 8 <= count <= 30
    with pdfplumber.open(pdf(slug)) as doc:
        assert doc.doc.catalog.get("Lang") == b"en"
        titles = [t for t, _ in outline(doc)]
        for part in ["Summary", "Which model fits", "Maturity", "Who owns what", "Findings", "Recommendations"]:
            assert part in titles


@pytest.mark.parametrize("slug", REPORTS)
def test_contents_numbers_are_where_the_headings_are(slug):
    text = pages_text(pdf(slug))
    contents = re.findall(r"\d+\. (.+?) (\d+)(?= \d+\. | Confidential| Page)", text[1].split("Contents", 1)[1])
    assert len(contents) >= 7
    with pdfplumber.open(pdf(slug)) as doc:
        bookmarks = dict(outline(doc))
    for title, page in contents:
        assert bookmarks.get(title) == int(page), f"{title}: contents says {page}, bookmark {bookmarks.get(title)}"


@pytest.mark.parametrize("slug", REPORTS)
def test_every_page_has_header_and_footer(slug):
    client, date = REPORTS[slug]
    text = pages_text(pdf(slug))
    for number, page in enumerate(text, 1):
        assert client in page and date in page and "Confidential" in page, number
        assert f"Page {number} of {len(text)}" in page


@pytest.mark.parametrize("slug", REPORTS)
def test_fonts_embedded_and_logo_on_the_cover(slug):
    fonts = subprocess.run(["pdffonts", str(pdf(slug))], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line[60:] for line in fonts), fonts
    with pdfplumber.open(pdf(slug)) as doc:
        cover = doc.pages[0]
        top = cover.crop((0, 0, cover.width, cover.height / 3)).extract_text()
        assert "Northbeam Advisory" in top  # the logo's own text, drawn from the SVG


@pytest.mark.parametrize("slug", REPORTS)
def test_no_text_under_7pt_outside_the_org_chart(slug):
    with pdfplumber.open(pdf(slug)) as doc:
        org = dict(outline(doc)).get("Today's and the target organisation")
        small = [(n, c["text"]) for n, page in enumerate(doc.pages, 1) if n != org
                 for c in page.chars if c["size"] < 6.95]
    assert small == []


@pytest.mark.xfail(reason="large before/after charts print below 7 pt until the charts issue splits them into pages", strict=False)
@pytest.mark.parametrize("slug", REPORTS)
def test_org_chart_text_is_legible(slug):
    with pdfplumber.open(pdf(slug)) as doc:
        assert min(c["size"] for page in doc.pages for c in page.chars) >= 6.95


def test_same_input_same_text():
    assert pages_text(pdf("fernhill-rowe")) == pages_text(PDF_DIR / "fernhill-rowe-again.pdf")


@pytest.mark.parametrize("slug", REPORTS)
def test_client_zip_names_no_other_client(slug):
    import zipfile
    others = [name.encode() for s, (name, _) in REPORTS.items() if s != slug]
    others += [name.replace("&", "&amp;").encode() for s, (name, _) in REPORTS.items() if s != slug]
    with zipfile.ZipFile(PDF_DIR / f"{slug}.zip") as z:
        assert f"reports/{slug}/index.html" in z.namelist()
        hits = [n for n in z.namelist() if any(o in z.read(n) for o in others)]
    assert hits == []
