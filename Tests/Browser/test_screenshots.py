"""Screenshots of home, a diagram page and an open search, for people to look at."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PAGES, SCREENSHOT_DIR, SITE_DIR, SITE_URL, load, pages_with, served_url


def save(browser, name):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / name
    assert browser.save_screenshot(str(path)), f"could not write {path}"
    assert path.stat().st_size > 1000
    print(f"screenshot: {path}")


def test_screenshots(browser):
    browser.set_window_size(1280, 900)
    load(browser, SITE_URL)
    save(browser, "home.png")

    diagram_pages = pages_with(SITE_DIR, PAGES, 'class="node')
    assert diagram_pages
    load(browser, served_url(diagram_pages[0]))
    svg = browser.find_element(By.CSS_SELECTOR, "svg g.node")
    browser.execute_script("arguments[0].closest('svg').scrollIntoView({block: 'center', behavior: 'instant'})", svg)
    save(browser, "diagram.png")

    load(browser, SITE_URL)
    field = browser.find_element(By.ID, "search-input")
    field.click()
    field.send_keys("ownership")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
    save(browser, "search.png")
