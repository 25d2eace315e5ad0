"""Every page loads without console errors, served and from file://."""
import pathlib
from urllib.parse import unquote, urlparse

import pytest

from conftest import OFFLINE_PAGES, PAGES, SITE_URL, file_url, load, served_url, severe_logs


def is_production_fetch(entry):
    """A request for the configured production host (not reachable from the test)."""
    local_host = urlparse(SITE_URL).netloc
    return entry.get("source") == "network" and local_host not in entry.get("message", "")


@pytest.mark.parametrize("page", PAGES)
def test_served_page_has_no_console_errors(browser, page):
    load(browser, served_url(page))
    errors = severe_logs(browser)
    if page == "404.html":
        # The served 404 page links through <base href="baseURL"> by design (it must work
        # at any missing URL), so its assets come from the production host.
        errors = [e for e in errors if not is_production_fetch(e)]
    assert errors == []


@pytest.mark.parametrize("page", OFFLINE_PAGES)
def test_offline_page_has_no_console_errors(browser, page):
    load(browser, file_url(page))
    assert severe_logs(browser) == []


@pytest.mark.parametrize("page", OFFLINE_PAGES)
def test_offline_links_stay_inside_the_build(browser, page):
    """From file://, every local link must name a file that exists (no folder links)."""
    load(browser, file_url(page))
    # SVG links keep their target in href.baseVal (or xlink:href); resolve them all alike.
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href], a[*|href]'))"
        ".map(a => a.getAttribute('href') || a.getAttributeNS('http://www.w3.org/1999/xlink', 'href'))"
        ".filter(h => h && !h.startsWith('#'))"
        ".map(h => new URL(h, document.baseURI).href.split('#')[0])"
        ".filter(h => h.startsWith('file:'))")
    missing = sorted({h for h in hrefs if not pathlib.Path(unquote(urlparse(h).path)).is_file()})
    assert missing == []
