"""Chart controls by gesture (chart-controls.js, issue 16): full screen, pan by mouse drag
and by touch, pinch zoom, collapse and expand a branch by keyboard, and the chart whole
with JavaScript off. Touch is synthesised through the DevTools protocol, which Chromium
turns into pointer events as a touch screen would."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import load, served_url
from test_chart_controls import REPORT, press

FIGURE = "figure.has-chart-controls"
# A point of the canvas where a press starts a drag: on the drawing, off the buttons and links.
BLANK_POINT = """
const c = document.querySelector('figure.has-chart-controls .diagram-canvas');
const r = c.getBoundingClientRect();
for (let y = r.top + r.height * 0.3; y < r.bottom - 20; y += 13)
  for (let x = r.left + r.width * 0.5; x < r.right - 20; x += 17) {
    const e = document.elementFromPoint(x, y);
    if (e && c.contains(e) && !e.closest('.chart-toggle, a')) return [x, y];
  }
return null;
"""
SCROLL = "const c = document.querySelector('figure.has-chart-controls .diagram-canvas'); return [c.scrollLeft, c.scrollTop];"
# Resolves once neither the page nor the canvas has scrolled for three frames: focusing a
# button starts the site's smooth scrolling, which a slow machine may still be running.
SETTLE = """
const c = document.querySelector('figure.has-chart-controls .diagram-canvas');
const where = () => [window.scrollY, c.scrollLeft, c.scrollTop].join();
return new Promise(done => {
  let last = where(), still = 0, frames = 0;
  (function tick() {
    const now = where();
    still = now === last ? still + 1 : 0;
    last = now;
    if (still >= 3 || ++frames > 300) done(); else requestAnimationFrame(tick);
  })();
});
"""
SVG_WIDTH = "return document.querySelector('figure.has-chart-controls .diagram-canvas > svg').getBoundingClientRect().width;"


def open_at_full_size(browser):
    """The report at a width where its first wide chart has controls, drawn at 100 %,
    scrolled to its top left, in view."""
    browser.set_window_size(1000, 900)
    load(browser, served_url(REPORT))
    figure = browser.find_element(By.CSS_SELECTOR, FIGURE)
    press(browser, figure.find_element(By.CSS_SELECTOR, "button.chart-actual"))
    # Settled before the scroll is set, so nothing moves it afterwards, and after, so the
    # instant scroll has landed.
    browser.execute_script(SETTLE)
    browser.execute_script(
        "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});"
        "const c = arguments[0].querySelector('.diagram-canvas'); c.scrollLeft = 0; c.scrollTop = 0;", figure)
    browser.execute_script(SETTLE)
    return figure


def touch(browser, kind, points):
    browser.execute_cdp_cmd(
        "Input.dispatchTouchEvent",
        {"type": kind, "touchPoints": [{"x": x, "y": y, "id": k} for k, (x, y) in enumerate(points)]})


@pytest.fixture
def touch_screen(browser):
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    yield browser
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})


def test_full_screen_fills_the_window_and_goes_back(browser):
    figure = open_at_full_size(browser)
    before = figure.rect["width"]
    press(browser, figure.find_element(By.CSS_SELECTOR, "button.chart-fullscreen"))
    state = "return document.fullscreenElement === arguments[0] || arguments[0].classList.contains('chart-maximised')"
    assert browser.execute_script(state, figure)
    assert figure.rect["width"] >= browser.execute_script("return window.innerWidth") - 2 > before
    press(browser, figure.find_element(By.CSS_SELECTOR, "button.chart-fullscreen"))
    browser.execute_script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert not browser.execute_script(state, figure)


def test_mouse_drag_pans(browser):
    open_at_full_size(browser)
    x, y = browser.execute_script(BLANK_POINT)
    canvas = browser.find_element(By.CSS_SELECTOR, FIGURE + " .diagram-canvas")
    box = canvas.rect
    origin = browser.execute_script("return [window.scrollX, window.scrollY]")
    # ActionChains offsets are from the element's centre.
    start = (x + origin[0] - box["x"] - box["width"] / 2, y + origin[1] - box["y"] - box["height"] / 2)
    ActionChains(browser).move_to_element_with_offset(canvas, int(start[0]), int(start[1])).click_and_hold() \
        .move_by_offset(-120, -40).move_by_offset(-80, -20).release().perform()
    left, top = browser.execute_script(SCROLL)
    assert left > 150 and top >= 0


def test_one_finger_pans(touch_screen):
    browser = touch_screen
    open_at_full_size(browser)
    x, y = browser.execute_script(BLANK_POINT)
    touch(browser, "touchStart", [(x, y)])
    for step in range(1, 6):
        touch(browser, "touchMove", [(x - 40 * step, y - 10 * step)])
    touch(browser, "touchEnd", [])
    left, _ = browser.execute_script(SCROLL)
    assert left > 150


def test_a_swipe_the_chart_cannot_follow_scrolls_the_page(touch_screen):
    """The chart is at its top: a finger moving down cannot pan it further that way, so the
    page scrolls instead, by what the finger moved, as it would off the chart."""
    browser = touch_screen
    open_at_full_size(browser)
    x, y = browser.execute_script(BLANK_POINT)
    before = browser.execute_script("return window.scrollY")
    assert before > 200
    assert browser.execute_script(SCROLL) == [0, 0]
    touch(browser, "touchStart", [(x, y)])
    for step in range(1, 6):
        touch(browser, "touchMove", [(x, y + 40 * step)])
    touch(browser, "touchEnd", [])
    after = browser.execute_script("return window.scrollY")
    _, top = browser.execute_script(SCROLL)
    assert top == 0
    assert before - after == pytest.approx(200, abs=2)


def test_two_fingers_pinch_to_zoom(touch_screen):
    browser = touch_screen
    figure = open_at_full_size(browser)
    x, y = browser.execute_script(BLANK_POINT)
    natural = browser.execute_script(SVG_WIDTH)
    touch(browser, "touchStart", [(x - 20, y), (x + 20, y)])
    for step in range(1, 6):
        touch(browser, "touchMove", [(x - 20 - 10 * step, y), (x + 20 + 10 * step, y)])
    touch(browser, "touchEnd", [])
    # The fingers went from 40 px apart to 140: the chart is drawn 3.5 times as large.
    assert browser.execute_script(SVG_WIDTH) == pytest.approx(natural * 3.5, rel=0.05)
    assert "Zoom 350 %" in figure.find_element(By.CSS_SELECTOR, ".chart-status").text
    # Pinching in goes back down.
    touch(browser, "touchStart", [(x - 70, y), (x + 70, y)])
    touch(browser, "touchMove", [(x - 20, y), (x + 20, y)])
    touch(browser, "touchEnd", [])
    assert browser.execute_script(SVG_WIDTH) == pytest.approx(natural, rel=0.05)


BRANCH = """
const f = document.querySelector('figure.has-chart-controls');
const toggles = Array.from(f.querySelectorAll('.chart-toggle'));
// The branch with the most units below whose head is not the chart's head.
const root = f.querySelector('g.node.root').getAttribute('data-id');
const count = t => Number(t.getAttribute('aria-label').match(/(\\d+) units? below/)[1]);
const pick = toggles.filter(t => t.dataset.for !== root).sort((a, b) => count(b) - count(a))[0];
const kids = Array.from(f.querySelectorAll('path.edge:not(.dotted)'))
  .filter(e => e.dataset.from === pick.dataset.for).map(e => e.dataset.to);
return [pick.dataset.for, count(pick), kids];
"""


def name_of(browser, figure, unit):
    """A unit's whole name as its (first) box draws it, on one line or wrapped over several."""
    return browser.execute_script(
        "return Array.from(arguments[0].querySelector(`g.node[data-id=\"${arguments[1]}\"]`).querySelectorAll('text.name'))"
        ".map(t => t.textContent.trim()).join(' ')", figure, unit)


def test_collapse_and_expand_a_branch_by_keyboard(browser):
    figure = open_at_full_size(browser)
    head, below, kids = browser.execute_script(BRANCH)
    assert below >= 2 and kids
    toggle = figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]')
    assert toggle.get_attribute("role") == "button" and toggle.get_attribute("tabindex") in ("0", "-1")
    assert toggle.get_attribute("aria-expanded") == "true"
    node = f'g.node[data-id="{kids[0]}"]'
    assert figure.find_element(By.CSS_SELECTOR, node).is_displayed()

    browser.execute_script("arguments[0].focus()", toggle)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.text == f"+{below}"  # the collapsed box shows how many units it hides
    assert not figure.find_element(By.CSS_SELECTOR, node).is_displayed()
    hidden = browser.execute_script(
        "return arguments[0].querySelectorAll('g.node.chart-hidden').length", figure)
    assert hidden == below
    status = figure.find_element(By.CSS_SELECTOR, ".chart-status").text
    assert f"{name_of(browser, figure, head)} collapsed, {below} units hidden" == status

    ActionChains(browser).send_keys(Keys.SPACE).perform()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert figure.find_element(By.CSS_SELECTOR, node).is_displayed()
    assert "expanded" in figure.find_element(By.CSS_SELECTOR, ".chart-status").text


def test_collapsing_hides_the_colour_marks_of_the_hidden_boxes(browser):
    """A colour-by chart draws each box's mark in a layer of its own, named by the box's
    unit (`data-for`). The bundled report has no colour-by chart, so marks are laid over its
    boxes as the build writes them; collapsing a branch hides exactly the marks of the
    boxes it hides."""
    figure = open_at_full_size(browser)
    head, below, kids = browser.execute_script(BRANCH)
    browser.execute_script("""
        arguments[0].querySelectorAll('.diagram-canvas > svg g.edges').forEach(edges => {
          const scope = edges.parentNode;
          const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          layer.setAttribute('class', 'color-key');
          scope.querySelectorAll(':scope > g.nodes g.node[data-id]').forEach(n => {
            const mark = document.createElementNS('http://www.w3.org/2000/svg', 'text');
            mark.setAttribute('class', 'color-mark');
            mark.setAttribute('data-for', n.getAttribute('data-id'));
            mark.textContent = '■';
            layer.appendChild(mark);
          });
          scope.appendChild(layer);
        });""", figure)
    mark = f'g.color-key [data-for="{kids[0]}"]'
    assert figure.find_element(By.CSS_SELECTOR, mark).is_displayed()
    press(browser, figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]'))
    assert not figure.find_element(By.CSS_SELECTOR, mark).is_displayed()
    assert figure.find_element(By.CSS_SELECTOR, f'g.color-key [data-for="{head}"]').is_displayed()
    hidden = browser.execute_script("return arguments[0].querySelectorAll('g.color-key .chart-hidden').length", figure)
    assert hidden == below
    press(browser, figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]'))
    assert figure.find_element(By.CSS_SELECTOR, mark).is_displayed()


ROVING = """
const layers = Array.from(arguments[0].querySelectorAll('.chart-toggles'));
return layers.map(l => Array.from(l.querySelectorAll('.chart-toggle')).filter(t => t.getAttribute('tabindex') === '0').length);
"""


def test_a_chart_is_one_tab_stop_and_arrows_move_between_its_buttons(browser):
    figure = open_at_full_size(browser)
    # Each drawing's buttons take one Tab stop between them, the first in reading order.
    assert all(stops == 1 for stops in browser.execute_script(ROVING, figure))
    layer = figure.find_element(By.CSS_SELECTOR, ".chart-toggles")
    assert layer.get_attribute("role") == "group" and "arrow keys" in layer.get_attribute("aria-label")
    buttons = layer.find_elements(By.CSS_SELECTOR, ".chart-toggle")
    first, second = buttons[0], buttons[1]
    assert first.get_attribute("tabindex") == "0" and second.get_attribute("tabindex") == "-1"
    browser.execute_script("arguments[0].focus()", first)
    ActionChains(browser).send_keys(Keys.ARROW_RIGHT).perform()
    focused = browser.switch_to.active_element
    assert focused.get_attribute("data-for") == second.get_attribute("data-for")
    assert second.get_attribute("tabindex") == "0" and first.get_attribute("tabindex") == "-1"
    ActionChains(browser).send_keys(Keys.END).perform()
    assert browser.switch_to.active_element.get_attribute("data-for") == buttons[-1].get_attribute("data-for")
    ActionChains(browser).send_keys(Keys.HOME).perform()
    assert browser.switch_to.active_element.get_attribute("data-for") == first.get_attribute("data-for")


def test_collapsing_the_branch_that_holds_the_tab_stop_moves_it_to_the_head(browser):
    figure = open_at_full_size(browser)
    head, _, kids = browser.execute_script(BRANCH)
    # A button below the head takes the Tab stop, then the head's branch is collapsed.
    inner = browser.execute_script(
        "const f = arguments[0], below = new Set(arguments[1]);"
        "const t = Array.from(f.querySelectorAll('.chart-toggle')).find(t => below.has(t.dataset.for));"
        "return t ? t.dataset.for : null;", figure, kids)
    if inner is None:
        pytest.skip("the branch's reports have no reports of their own")
    inner_button = figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{inner}"]')
    browser.execute_script("arguments[0].focus()", inner_button)
    ActionChains(browser).send_keys(Keys.ARROW_LEFT).send_keys(Keys.ARROW_RIGHT).perform()
    assert inner_button.get_attribute("tabindex") == "0"
    press(browser, figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]'))
    assert figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]').get_attribute("tabindex") == "0"
    assert all(stops == 1 for stops in browser.execute_script(ROVING, figure))


def test_find_opens_the_branch_that_hides_the_unit(browser):
    figure = open_at_full_size(browser)
    head, _, kids = browser.execute_script(BRANCH)
    press(browser, figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]'))
    name = name_of(browser, figure, kids[0])
    find = figure.find_element(By.CSS_SELECTOR, "input.chart-find")
    find.send_keys(name, Keys.ENTER)
    found = figure.find_element(By.CSS_SELECTOR, "g.node.found")
    assert found.is_displayed() and found.text.replace("\n", " ").find(name) >= 0
    assert f"Found {name}" == figure.find_element(By.CSS_SELECTOR, ".chart-status").text


def test_print_shows_collapsed_units(browser):
    figure = open_at_full_size(browser)
    head, _, kids = browser.execute_script(BRANCH)
    press(browser, figure.find_element(By.CSS_SELECTOR, f'.chart-toggle[data-for="{head}"]'))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    shown = browser.execute_script(
        "return getComputedStyle(arguments[0].querySelector(`g.node[data-id=\"${arguments[1]}\"]`)).display", figure, kids[0])
    toggles = browser.execute_script(
        "return getComputedStyle(arguments[0].querySelector('.chart-toggles')).display", figure)
    assert shown != "none" and toggles == "none"


def test_without_javascript_the_chart_shows_whole(browser):
    browser.set_window_size(1000, 900)
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        load(browser, served_url(REPORT))
        whole = browser.execute_script(
            "const s = document.querySelector('figure.diagram-orgchart .diagram-canvas > svg, "
            "figure.diagram-org-diff .diagram-canvas > svg');"
            "return [s.getBoundingClientRect().width, s.viewBox.baseVal.width,"
            " s.querySelectorAll('g.node').length, document.querySelectorAll('.chart-controls, .chart-toggle').length]")
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    drawn, natural, boxes, controls = whole
    assert abs(drawn - natural) < 1 and boxes > 0 and controls == 0


def test_find_matches_a_name_wrapped_over_lines(browser):
    figure = open_at_full_size(browser)
    wrapped = browser.execute_script(
        "return Array.from(arguments[0].querySelectorAll('g.node'))"
        ".find(n => n.querySelectorAll('text.name').length > 1).getAttribute('data-id')", figure)
    name = name_of(browser, figure, wrapped)
    figure.find_element(By.CSS_SELECTOR, "input.chart-find").send_keys(name, Keys.ENTER)
    assert figure.find_element(By.CSS_SELECTOR, "g.node.found").get_attribute("data-id") == wrapped
    assert figure.find_element(By.CSS_SELECTOR, ".chart-status").text == f"Found {name}"
