"""The report's workload bars as a browser draws them: every value label inside the
drawing and clear of the next lane's bar, every column name inside its box, and the
tables that connect the matrix, the charts and the tree present."""
from conftest import PAGES, SITE_DIR, load, pages_with, served_url

WORKLOAD_PAGES = pages_with(SITE_DIR, PAGES, 'orgbook-ownership-workload')

MEASURE = """
const svg = document.querySelector('svg.orgbook-ownership-workload');
const s = svg.getBoundingClientRect();
const out = [];
for (const row of svg.querySelectorAll('g.workload-row')) {
  const header = row.querySelector('.row-header rect.box').getBoundingClientRect();
  for (const t of row.querySelectorAll('.row-header text')) {
    const r = t.getBoundingClientRect();
    if (r.left < header.left - 0.5 || r.right > header.right + 0.5 || r.top < header.top - 0.5 || r.bottom > header.bottom + 0.5)
      out.push('name outside its box: ' + t.textContent);
  }
  const bars = Array.from(row.querySelectorAll('g.bar'));
  bars.forEach((bar, i) => {
    const t = bar.querySelector('text').getBoundingClientRect();
    if (t.right > s.right + 0.5 || t.left < header.right) out.push('label outside: ' + bar.textContent);
    const next = bars[i + 1] && bars[i + 1].querySelector('rect.bar-fill');
    if (next) {
      const n = next.getBoundingClientRect();
      if (t.bottom > n.top + 1 && t.right > n.left && t.left < n.right) out.push('label over the next bar: ' + bar.textContent);
    }
  });
}
return out;
"""


def test_the_harbourline_report_has_a_workload_view():
    assert "reports/harbourline-mutual/index.html" in WORKLOAD_PAGES


def test_workload_labels_fit(browser):
    for page in WORKLOAD_PAGES:
        load(browser, served_url(page))
        assert browser.execute_script(MEASURE) == [], page
        tables = browser.execute_script(
            "return ['table.ownership-transfers', 'table.what-if', 'svg.orgbook-ownership-transfer'].map(s => document.querySelectorAll(s).length)")
        # Harbourline has today's and the target's matrices, so tasks change hands there.
        if page.startswith("reports/harbourline-mutual/"):
            assert tables == [1, 1, 1], page
