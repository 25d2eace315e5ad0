"""Print emulation hides the navigation and the search box but keeps the content."""
import pytest
from selenium.webdriver.common.by import By

from conftest import PAGES, SITE_DIR, load, pages_with, served_url

REPRESENTATIVE = sorted({"index.html", *pages_with(SITE_DIR, PAGES, 'class="node')[:1]} & set(PAGES))


def displayed(browser, selector):
    return [e for e in browser.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


@pytest.mark.parametrize("page", REPRESENTATIVE)
def test_print_hides_navigation(browser, page):
    load(browser, served_url(page))
    assert displayed(browser, "nav.site-nav"), "the navigation should show on screen"
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert displayed(browser, "nav.site-nav") == []
    assert displayed(browser, "#site-search") == []
    assert displayed(browser, "main"), "the content must still print"
