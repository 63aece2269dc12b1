"""The HTML report in a real browser: headless Chromium driven by selenium.

Skipped (with the reason) where selenium, Chromium or chromedriver is missing:
``apt-get install chromium chromium-driver`` and ``pip install -e '.[test]'``.
One browser serves the whole module; screenshots go to the tests' temp dirs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_report import HOSTILE, HOSTILE_SPEAKER, HOSTILE_TITLE, tricky_result

from bench import browser
from bench.synthetic import synthetic_result
from nlp_pipeline.report import write_report

REASON = browser.missing()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"no headless browser: {REASON}")


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    try:
        drv = browser.chromium(tmp_path_factory.mktemp("chromium-profile"))
    except Exception as exc:  # installed but cannot start (e.g. a broken driver/browser pair)
        pytest.skip(f"headless Chromium did not start: {type(exc).__name__}: {exc}")
    yield drv
    drv.quit()


@pytest.fixture(scope="module")
def big_report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("big")
    synthetic_result(n_quotes=600, n_docs=60, seed=1).write(root / "out")
    return write_report(root / "out", root / "report.html")


@pytest.fixture(scope="module")
def tricky_report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tricky")
    tricky_result().write(root / "out")
    return write_report(root / "out", root / "report.html")


def wait(drv, script: str, timeout: float = 10.0):
    """Poll ``return <script>`` until truthy."""
    end = time.monotonic() + timeout
    while True:
        value = drv.execute_script(f"return ({script});")
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)


def open_page(drv, path: Path, hash_: str = "") -> None:
    drv.get(path.resolve().as_uri() + hash_)
    assert wait(drv, "window.__report && window.__report.ready"), drv.get_log("browser")


def visible_rows(drv, box: str) -> list[list[str]]:
    return drv.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr'))"
        ".map(r => Array.from(r.cells).map(c => c.textContent));",
        box,
    )


def test_search_filters_quotes(driver, big_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, big_report)
    count = driver.find_element(By.ID, "quote-count")
    assert count.text == "600 citat"
    assert len(visible_rows(driver, "#quote-table")) == 50  # paginated
    name = visible_rows(driver, "#quote-table")[0][0]
    box = driver.find_element(By.ID, "quote-search")
    box.send_keys(name)
    assert wait(driver, "document.getElementById('quote-count').textContent.includes(' av ')"), count.text
    n = int(count.text.split(" av ")[0].replace("\u00a0", "").replace(" ", ""))
    assert 0 < n < 600
    rows = visible_rows(driver, "#quote-table")
    assert rows and all(name in "".join(r) for r in rows)
    driver.save_screenshot(str(tmp_path / "quotes-filtered.png"))
    assert (tmp_path / "quotes-filtered.png").stat().st_size > 1000
    # Swedish letters in the search box, no hits: an empty list, then clearing restores all.
    box.clear()
    box.send_keys("åäö-ingen-träff")
    assert wait(driver, "document.getElementById('quote-count').textContent.startsWith('0 av')")
    box.clear()
    driver.execute_script("arguments[0].dispatchEvent(new Event('input'))", box)
    assert wait(driver, "document.getElementById('quote-count').textContent === '600 citat'")


def test_sort_and_paginate(driver, big_report: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, big_report)
    header = driver.find_element(By.XPATH, "//div[@id='quote-table']//th[text()='Datum']")
    header.click()
    dates = [r[-1] for r in visible_rows(driver, "#quote-table")]
    assert dates == sorted(dates)
    driver.find_element(By.XPATH, "//div[@id='quote-table']//th[text()='Datum']").click()
    dates_desc = [r[-1] for r in visible_rows(driver, "#quote-table")]
    assert dates_desc == sorted(dates_desc, reverse=True) and dates_desc[0] >= dates[-1]
    driver.find_element(By.CSS_SELECTOR, "#quote-table .pager .next").click()
    assert driver.find_element(By.CSS_SELECTOR, "#quote-table .pageinfo").text == "Sida 2 av 12"


def test_person_panel(driver, big_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, big_report)
    link = driver.find_element(By.CSS_SELECTOR, "#quote-table tbody a.speaker")
    name = link.text
    link.click()
    assert wait(driver, "!document.getElementById('view-person').hidden")
    panel = driver.find_element(By.ID, "view-person")
    assert panel.find_element(By.TAG_NAME, "h2").text == name
    assert "Roller" in panel.text and "Tillhörighet" in panel.text
    quotes = visible_rows(driver, "#person-quotes")
    articles = visible_rows(driver, "#person-articles")
    assert quotes and articles
    driver.save_screenshot(str(tmp_path / "person.png"))
    # From the person's article list into an article: quotes are highlighted, entities marked.
    driver.find_element(By.CSS_SELECTOR, "#person-articles tbody a.doc").click()
    assert wait(driver, "!document.getElementById('view-article').hidden")
    assert driver.execute_script("return document.querySelectorAll('#article-text mark.q').length") > 0
    assert driver.execute_script("return document.querySelectorAll('#article-text .ent-PER').length") > 0
    driver.save_screenshot(str(tmp_path / "article.png"))


def test_people_list_and_charts(driver, big_report: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, big_report, "#/people")
    assert wait(driver, "document.querySelectorAll('#people-table tbody tr').length > 0")
    driver.find_element(By.CSS_SELECTOR, "#tabs a[data-view=charts]").click()
    assert wait(driver, "!document.getElementById('view-charts').hidden")
    assert driver.execute_script("return document.querySelectorAll('#view-charts svg').length") == 2


def test_hostile_article_is_text_not_markup(driver, tricky_report: Path, tmp_path: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, tricky_report)
    for hash_ in ("#/quotes", "#/articles", "#/article/1", "#/article/1/2", "#/speaker/2", "#/people", "#/person/0"):
        driver.execute_script("location.hash = arguments[0]", hash_)
        time.sleep(0.05)
    driver.execute_script("location.hash = '#/article/1'")
    assert wait(driver, "!document.getElementById('view-article').hidden")
    assert driver.execute_script("return window.__pwned") is None
    text = driver.execute_script("return document.getElementById('article-text').textContent")
    assert text == HOSTILE
    assert driver.find_element(By.CSS_SELECTOR, "#view-article h2").text == HOSTILE_TITLE
    assert (
        driver.execute_script(
            "return document.querySelectorAll('#view-article img, #view-article b, "
            "#view-article i, main script').length"
        )
        == 0
    )
    # A javascript: URL is shown, not linked.
    assert driver.execute_script("return document.querySelectorAll('#view-article a[href^=javascript]').length") == 0
    assert HOSTILE_SPEAKER in driver.find_element(By.CSS_SELECTOR, "#view-article .legend").text
    driver.save_screenshot(str(tmp_path / "hostile.png"))
    # The Swedish article: characters intact, both speakers' quotes highlighted in different colours.
    driver.execute_script("location.hash = '#/article/0'")
    assert wait(driver, "document.querySelectorAll('#article-text mark.q').length === 2")
    colours = driver.execute_script(
        "return Array.from(document.querySelectorAll('#article-text mark.q')).map(m => m.style.backgroundColor)"
    )
    assert len(set(colours)) == 2
    assert "Åsa Öberg höll inte med." in driver.find_element(By.ID, "article-text").text
    assert driver.execute_script("return window.__pwned") is None


def test_charts_link_to_panels_and_person_has_month_chart(driver, big_report: Path):
    from selenium.webdriver.common.by import By

    open_page(driver, big_report, "#/charts")
    driver.find_element(By.CSS_SELECTOR, "#view-charts svg a").click()
    assert wait(driver, "!document.getElementById('view-person').hidden")
    assert driver.execute_script("return document.querySelectorAll('#view-person svg.mini rect').length") >= 2
    assert "null" not in driver.find_element(By.ID, "view-person").text
