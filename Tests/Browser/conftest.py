"""Shared fixtures for the browser tests.

run.sh builds the site twice and sets:
  SITE_DIR       the normal build, served at SITE_URL
  SITE_URL       http://127.0.0.1:PORT/ serving SITE_DIR
  OFFLINE_DIR    the --offline build, opened through file://
  SCREENSHOT_DIR where screenshots go (printed at the end of the run)
"""
import os
import pathlib
import shutil

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

SITE_DIR = pathlib.Path(os.environ.get("SITE_DIR", "Public")).resolve()
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
OFFLINE_DIR = pathlib.Path(os.environ.get("OFFLINE_DIR", ".artifacts/browser/offline")).resolve()
SCREENSHOT_DIR = pathlib.Path(os.environ.get("SCREENSHOT_DIR", ".artifacts/screenshots")).resolve()
BROWSER_DIR = pathlib.Path(__file__).resolve().parent


def html_pages(root):
    """Site-relative paths of every HTML file of a build, sorted."""
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))


def served_url(page):
    """The URL a reader uses for a built file: folders end in '/', other files by name."""
    if page == "index.html":
        return SITE_URL
    if page.endswith("/index.html"):
        return SITE_URL + page[: -len("index.html")]
    return SITE_URL + page


def file_url(page):
    return (OFFLINE_DIR / page).as_uri()


PAGES = html_pages(SITE_DIR) if SITE_DIR.is_dir() else []
OFFLINE_PAGES = html_pages(OFFLINE_DIR) if OFFLINE_DIR.is_dir() else []


def chromium_path(*names):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError(f"none of {names} is installed; run Tests/Browser/run.sh")


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = chromium_path("chromium", "chromium-browser")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--force-color-profile=srgb", "--hide-scrollbars",
                     "--lang=en-GB", "--disable-extensions", "--no-first-run"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(chromium_path("chromedriver"))
    browser = webdriver.Chrome(service=service, options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()


@pytest.fixture
def browser(driver):
    """The shared browser, with its console log drained and screen media restored."""
    driver.get_log("browser")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    yield driver


def load(driver, url):
    """Opens url and waits for the document and its web fonts."""
    driver.get(url)
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "(document.fonts ? document.fonts.ready : Promise.resolve()).then(() => done(true));")


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def pages_with(root, pages, needle):
    """Pages whose HTML contains needle (e.g. a diagram node or a table)."""
    return [page for page in pages if needle in (root / page).read_text(encoding="utf-8", errors="replace")]
