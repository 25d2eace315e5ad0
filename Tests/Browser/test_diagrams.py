"""Every diagram node's label lies inside its box as the browser draws it."""
import pytest

from conftest import PAGES, SITE_DIR, load, pages_with, served_url

DIAGRAM_PAGES = pages_with(SITE_DIR, PAGES, 'class="node')

# For each g.node: the box (rect.box, else the first shape) and every label text but
# badges, each as drawn on screen (getBoundingClientRect includes the transforms and the
# font's real metrics). Boxes that are not rendered (display:none) are skipped.
MEASURE = """
const shapes = 'rect.box, rect, ellipse, polygon, path';
return Array.from(document.querySelectorAll('svg g.node')).flatMap(node => {
  const box = node.querySelector('rect.box') || node.querySelector(shapes);
  if (!box) return [{id: node.dataset.id, problem: 'no box'}];
  const b = box.getBoundingClientRect();
  if (b.width === 0 && b.height === 0) return [];
  return Array.from(node.querySelectorAll('text'))
    .filter(t => !t.classList.contains('badge-text') && t.textContent.trim() !== '')
    .map(t => {
      const r = t.getBoundingClientRect();
      return {id: node.dataset.id, text: t.textContent.trim(),
              box: [b.left, b.top, b.right, b.bottom], label: [r.left, r.top, r.right, r.bottom]};
    });
});
"""


def test_some_page_has_diagrams():
    assert DIAGRAM_PAGES, "no built page contains a diagram node (g.node)"


@pytest.mark.parametrize("page", DIAGRAM_PAGES)
def test_labels_fit_their_boxes(browser, page):
    load(browser, served_url(page))
    tolerance = 0.5  # px: anti-aliasing and rounding of the bounding boxes
    overflowing = []
    for item in browser.execute_script(MEASURE):
        if "problem" in item:
            overflowing.append(item)
            continue
        (bl, bt, br, bb), (ll, lt, lr, lb) = item["box"], item["label"]
        if ll < bl - tolerance or lr > br + tolerance or lt < bt - tolerance or lb > bb + tolerance:
            overflowing.append(item)
    assert overflowing == [], f"{len(overflowing)} labels outside their boxes on {page}"
