"""axe-core finds no serious or critical violation on any page (or on the search UI)."""
import os

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PAGES, SITE_URL, load, served_url

BLOCKING = {"serious", "critical"}


def blocking_violations(driver, context=None):
    # run.sh points AXE_SCRIPT at axe-core 4 when the installed package carries an older one.
    axe = Axe(driver, os.environ["AXE_SCRIPT"]) if os.environ.get("AXE_SCRIPT") else Axe(driver)
    axe.inject()
    report = axe.run(context)
    return [
        {"rule": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in report["violations"] if v.get("impact") in BLOCKING
    ]


@pytest.mark.parametrize("page", PAGES)
def test_page_has_no_serious_violations(browser, page):
    load(browser, served_url(page))
    assert blocking_violations(browser) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_open_search_results_have_no_serious_violations(browser, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        load(browser, SITE_URL)
        field = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "search-input"))
        field.click()
        field.send_keys("owner")
        WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results [role=option]"))
        # The page around it is checked by test_page_has_no_serious_violations.
        assert blocking_violations(browser, "#site-search") == []
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
