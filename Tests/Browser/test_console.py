"""Every page loads without console errors, served and from file://."""
import pytest

from conftest import OFFLINE_PAGES, PAGES, file_url, load, served_url, severe_logs


@pytest.mark.parametrize("page", PAGES)
def test_served_page_has_no_console_errors(browser, page):
    load(browser, served_url(page))
    assert severe_logs(browser) == []


@pytest.mark.parametrize("page", OFFLINE_PAGES)
def test_offline_page_has_no_console_errors(browser, page):
    load(browser, file_url(page))
    assert severe_logs(browser) == []


@pytest.mark.parametrize("page", OFFLINE_PAGES)
def test_offline_links_stay_inside_the_build(browser, page):
    """From file://, every local link must name a file that exists (no folder links)."""
    load(browser, file_url(page))
    hrefs = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]'))"
        ".map(a => a.href).filter(h => h.startsWith('file:'))")
    import pathlib
    from urllib.parse import unquote, urlparse
    missing = sorted({h for h in hrefs if not pathlib.Path(unquote(urlparse(h).path)).is_file()})
    assert missing == []
