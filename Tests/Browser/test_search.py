"""Search works served and from file://: results as you type, keyboard, links that land."""
import json
import os

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BROWSER_DIR, SITE_URL, file_url, load, severe_logs

# A word the bundled playbook uses on several pages.
WORD = os.environ.get("SEARCH_WORD", "ownership")

HOMES = {"served": lambda: SITE_URL, "offline": lambda: file_url("index.html")}


def open_search(browser, home):
    load(browser, home)
    field = WebDriverWait(browser, 10).until(EC.element_to_be_clickable((By.ID, "search-input")))
    return field


def results(browser):
    return browser.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")


def type_query(browser, field, text):
    field.click()
    field.send_keys(text)
    WebDriverWait(browser, 10).until(lambda d: results(d) or "No results" in status(d))


def status(browser):
    return browser.find_element(By.ID, "search-status").get_attribute("textContent")


@pytest.mark.parametrize("mode", sorted(HOMES))
def test_search_finds_the_word_and_the_result_lands_on_its_page(browser, mode):
    field = open_search(browser, HOMES[mode]())
    type_query(browser, field, WORD)
    found = results(browser)
    assert found, f"no results for {WORD!r}: {status(browser)!r}"
    assert field.get_attribute("aria-expanded") == "true"
    assert status(browser).endswith("result" if len(found) == 1 else "results")
    marks = browser.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert any(WORD[:5].lower() in m.text.lower() for m in marks), "the match is not highlighted"

    target = found[0].get_attribute("href")
    found[0].click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url.split("#")[0] == target.split("#")[0])
    assert browser.execute_script("return document.readyState") == "complete"
    assert "404" not in browser.title and "not found" not in browser.title.lower()
    text = browser.find_element(By.TAG_NAME, "body").get_attribute("textContent").lower()
    assert WORD[:5].lower() in text
    if "#" in target:
        anchor = target.split("#", 1)[1]
        assert browser.find_elements(By.ID, anchor), f"the result's anchor #{anchor} is not on the page"
    # Console errors of the landing page are test_console's business; none may come from search.
    assert [e for e in severe_logs(browser) if "search" in e.get("message", "")] == []


def test_keyboard_slash_arrows_enter_and_escape(browser):
    load(browser, SITE_URL)
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    field = browser.switch_to.active_element
    assert field.get_attribute("id") == "search-input", "'/' does not focus the search box"
    field.send_keys(WORD)
    WebDriverWait(browser, 10).until(lambda d: results(d))
    field.send_keys(Keys.ARROW_DOWN)
    first = results(browser)[0]
    assert field.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    if len(results(browser)) > 1:
        field.send_keys(Keys.ARROW_DOWN)
        assert field.get_attribute("aria-activedescendant") == results(browser)[1].get_attribute("id")
        field.send_keys(Keys.ARROW_UP)
    field.send_keys(Keys.ESCAPE)
    assert field.get_attribute("aria-expanded") == "false"
    field.send_keys(Keys.ARROW_DOWN)
    assert field.get_attribute("aria-expanded") == "true"
    target = results(browser)[0].get_attribute("href")
    field.send_keys(Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.current_url.split("#")[0] == target.split("#")[0])


def test_nonsense_says_no_results(browser):
    field = open_search(browser, SITE_URL)
    type_query(browser, field, "qzxjvw ")
    assert results(browser) == []
    assert status(browser) == "No results"
    assert field.get_attribute("aria-expanded") == "false"
    assert "No results" in browser.find_element(By.CSS_SELECTOR, ".search-empty").text


def test_script_stems_like_the_swift_index(browser):
    """search.js and SearchStemmer answer the same table (SearchStemmerTests reads it too)."""
    rows = [line.split("\t") for line in (BROWSER_DIR / "stem_cases.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    load(browser, SITE_URL)
    got = browser.execute_script(
        "return arguments[0].map(r => window.OrgbookSearch.stem(r[0]))", rows)
    assert [(word, stem) for (word, _), stem in zip(rows, got)] == [(word, stem) for word, stem in rows]


def test_script_folds_and_splits_like_the_swift_index(browser):
    load(browser, SITE_URL)
    words = browser.execute_script(
        "return window.OrgbookSearch.words(\"Ré-Organisation ÉTÉ, Customer-centric (CX) — Q4/2025 顧客\")")
    # The same answer SearchTokenizerTests expects of SearchTokenizer.words.
    assert words == ["re", "organisation", "ete", "customer", "centric", "cx", "q4", "2025", "顧客"]


def test_script_indexes_the_same_words_as_the_swift_index(browser):
    """search.js and SearchTokenizer answer the same table (SearchWordRuleTests reads it too):
    which characters make words, how they fold, which words are too short, too long or stop
    words, and their stems. The script's stop words come from the built search-index.js."""
    rows = []
    for line in (BROWSER_DIR / "word_cases.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, terms = line.split("\t")
        rows.append((text.replace("\\t", "\t").replace("\\n", "\n"), terms.split()))
    assert len(rows) >= 12
    load(browser, SITE_URL)
    got = browser.execute_async_script(
        """
        var texts = arguments[0], done = arguments[arguments.length - 1];
        function answer() {
          var index = new window.OrgbookSearch.Index(window.ORGBOOK_SEARCH);
          done(texts.map(function (row) {
            return window.OrgbookSearch.words(row)
              .map(function (word) { return index.term(word); })
              .filter(function (term) { return term !== null; });
          }));
        }
        if (window.ORGBOOK_SEARCH) { answer(); return; }
        var tag = document.createElement('script');
        tag.src = arguments[1] + 'search-index.js';
        tag.onload = answer;
        tag.onerror = function () { done(null); };
        document.head.appendChild(tag);
        """, [text for text, _ in rows], SITE_URL)
    assert got == [terms for _, terms in rows]


def test_script_ranks_the_fixture_as_the_cases_say(browser):
    """Ranking is search.js's alone: title over body, headings linking to their id, stems,
    the word being typed as a prefix, every word before any word, stop words, folding."""
    cases = []
    for line in (BROWSER_DIR / "query_cases.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        query, check, *urls = line.split("\t")
        cases.append((json.loads(query), check, urls[0].split() if urls else []))
    assert len(cases) >= 12
    load(browser, SITE_URL)
    fixture = (BROWSER_DIR / "search_fixture.js").read_text(encoding="utf-8")
    got = browser.execute_script(
        fixture.replace("window.ORGBOOK_SEARCH =", "var fixture =", 1) + """
        var index = new window.OrgbookSearch.Index(fixture);
        return arguments[0].map(function (query) {
          return index.search(query).map(function (hit) {
            return hit.url + (hit.anchor ? '#' + hit.anchor : '');
          });
        });
        """, [query for query, _, _ in cases])
    for (query, check, urls), found in zip(cases, got):
        if check == "first":
            assert found[:1] == urls, (query, found)
        elif check == "includes":
            assert set(urls) <= set(found), (query, found)
        elif check == "exactly":
            assert found == urls, (query, found)
        elif check == "none":
            assert found == [], (query, found)
        else:
            raise AssertionError(f"unknown check {check!r} in query_cases.tsv")
