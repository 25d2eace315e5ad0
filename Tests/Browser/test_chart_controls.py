"""Screen controls of charts wider than their column (chart-controls.js, issue 16): fit to
width, 100 %, zoom by keyboard, find a unit by name with an aria-live announcement, and
the chart in parts linked by same-page anchors. Without the script the chart shows whole."""
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import load, served_url

REPORT = "reports/harbourline-mutual/index.html"
WIDTHS = """
const f = document.querySelector('figure.has-chart-controls');
const c = f.querySelector('.diagram-canvas'), s = c.querySelector('svg');
return [s.getBoundingClientRect().width, c.clientWidth, s.viewBox.baseVal.width];
"""


def press(browser, button):
    """Activates a button as a keyboard user would (focus, then Enter): the page is long
    and the report's layout may cover a pointer's click point."""
    browser.execute_script("arguments[0].focus()", button)
    button.send_keys(Keys.ENTER)


def test_wide_chart_gets_controls_that_fit_and_restore(browser):
    browser.set_window_size(1000, 900)
    load(browser, served_url(REPORT))
    figure = browser.find_element(By.CSS_SELECTOR, "figure.has-chart-controls")
    bar = figure.find_element(By.CSS_SELECTOR, ".chart-controls[role=toolbar]")
    press(browser, bar.find_element(By.CSS_SELECTOR, "button.chart-fit"))
    drawn, column, natural = browser.execute_script(WIDTHS)
    assert abs(drawn - column) < 2 and natural > column
    status = figure.find_element(By.CSS_SELECTOR, ".chart-status[aria-live=polite]")
    assert "Zoom" in status.text
    press(browser, bar.find_element(By.CSS_SELECTOR, "button.chart-actual"))
    drawn, _, natural = browser.execute_script(WIDTHS)
    assert abs(drawn - natural) < 1 and "100 %" in status.text
    # Keyboard: the canvas is focusable; "-" zooms out.
    canvas = figure.find_element(By.CSS_SELECTOR, ".diagram-canvas")
    canvas.send_keys("-")
    assert browser.execute_script(WIDTHS)[0] < natural - 1


def test_find_highlights_and_announces(browser):
    browser.set_window_size(1000, 900)
    load(browser, served_url(REPORT))
    figure = browser.find_element(By.CSS_SELECTOR, "figure.has-chart-controls")
    find = figure.find_element(By.CSS_SELECTOR, "input.chart-find")
    find.send_keys("Claims", Keys.ENTER)
    found = figure.find_elements(By.CSS_SELECTOR, "g.node.found")
    assert len(found) == 1 and "Claims" in found[0].text
    assert "Found" in figure.find_element(By.CSS_SELECTOR, ".chart-status").text
    find.clear()
    find.send_keys("No such unit", Keys.ENTER)
    assert "No unit matches" in figure.find_element(By.CSS_SELECTOR, ".chart-status").text


def test_parts_link_overview_and_branches_on_the_same_page(browser):
    load(browser, served_url(REPORT))
    sections = browser.find_elements(By.CSS_SELECTOR, ".chart-split section.chart-page")
    assert len(sections) > 2
    ids = {s.get_attribute("id") for s in sections}
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('.chart-page a')).map(a => a.getAttribute('href'))")
    assert links and all(h.startswith("#") and h[1:] in ids for h in links)
