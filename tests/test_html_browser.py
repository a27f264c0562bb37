"""The html report opened in a real browser: Debian's Chromium, driven by Playwright.

It checks what only a browser can: the marks the page shows, its notes on
hover, click and focus, keyboard navigation, the sources panel, that the
page asks the network for nothing and logs no error. It makes the
screenshot of the README, and writes it to docs/report.png only when
``ATTRLINT_UPDATE_SCREENSHOT=1`` asks for it: a test run leaves the
checkout as it found it.

Needs Chromium (``apt-get install chromium``) and the ``browser`` extra
(``pip install -e '.[browser]'``); skipped, saying so, only where there is
no browser. ``ATTRLINT_CHROMIUM`` names another executable.
"""
from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "crue-de-la-vezere.txt"
SCREENSHOT = ROOT / "docs" / "report.png"
SECOND = ("Grève à l'usine de Tulle\n\n"
          "Au moins 150 salariés ont cessé le travail lundi. « Nous ne lâcherons rien », a lancé Marc Vidal, "
          "délégué syndical.\n\nLa direction aurait proposé une prime de 200 euros.\n")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    named = os.environ.get("ATTRLINT_CHROMIUM")
    if named:
        return named
    return next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium here (apt-get install chromium, or set ATTRLINT_CHROMIUM)")
    try:
        from playwright import sync_api
    except ImportError:  # a browser is here: the test must run
        pytest.fail("Chromium is installed but Playwright is not: pip install -e '.[browser]'")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """A run over two articles of our own: the html report and the JSON output of the same run."""
    from attrlint.cli import main

    folder = tmp_path_factory.mktemp("report")
    (folder / "crue.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "greve.txt").write_text(SECOND, encoding="utf-8")
    here = os.getcwd()
    os.chdir(folder)
    try:
        common = ["check", "--isolated", "--no-cache", "--select", "ALL", "crue.txt", "greve.txt"]
        assert main([*common, "--format", "html", "-o", "rapport.html"]) == 1
        assert main([*common, "--format", "json", "-o", "diagnostics.json"]) == 1
    finally:
        os.chdir(here)
    return folder


@pytest.fixture
def page(browser, sample):
    """The report opened from disk, with every request and console error recorded."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.requests, page.errors = [], []
    page.on("request", lambda request: page.requests.append(request.url))
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.goto((sample / "rapport.html").as_uri())
    yield page
    page.close()


def _diagnostics(sample: Path) -> list[dict]:
    return json.loads((sample / "diagnostics.json").read_text(encoding="utf-8"))


def test_the_marks_are_the_diagnostics_of_the_json_output(page, sample):
    diagnostics = _diagnostics(sample)
    shown = page.eval_on_selector_all(
        "section.article mark[data-code]",
        "marks => marks.map(m => [m.closest('section').dataset.path, m.dataset.code, +m.dataset.start, "
        "+m.dataset.end, m.getClientRects().length > 0])")
    assert Counter(code for _, code, *_ in shown) == Counter(d["code"] for d in diagnostics)
    assert sorted(tuple(row[:4]) for row in shown) == sorted((d["path"], d["code"], d["start"], d["end"])
                                                             for d in diagnostics)
    assert all(row[4] for row in shown)  # each one is drawn on the page


def test_hover_and_click_show_the_message(page, sample):
    diagnostics = _diagnostics(sample)
    tip = page.locator("#tip")
    for d in diagnostics[:3]:
        mark = page.locator(f'section[data-path="{d["path"]}"] mark[data-code="{d["code"]}"][data-start="{d["start"]}"]')
        mark.hover()
        assert tip.is_visible() and d["message"] in tip.inner_text()
    page.mouse.move(5, 5)
    page.keyboard.press("Escape")
    figure = next(d for d in diagnostics if d["code"] == "FIG001")
    page.locator(f'mark[data-code="FIG001"][data-start="{figure["start"]}"]').first.click()
    assert tip.is_visible() and figure["message"] in tip.inner_text()
    assert "Why" in tip.inner_text()  # and its rule's explanation


def test_the_keyboard_reaches_every_mark(page, sample):
    wanted = set(page.eval_on_selector_all("mark[data-code]", "marks => marks.map(m => m.id)"))
    stops = page.eval_on_selector_all("a[href], button, [tabindex='0']", "els => els.length")
    reached = set()
    page.locator("body").focus()
    for _ in range(stops + 2):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id"))
        if page.evaluate("document.activeElement.matches('mark[data-code]')"):
            assert page.locator("#tip").is_visible()  # focus shows the note too
    assert wanted <= reached
    page.keyboard.press("Escape")
    page.locator("body").focus()
    order = page.eval_on_selector_all("mark[data-code]", "marks => marks.map(m => m.id)")
    visited = []
    for _ in order:
        page.keyboard.press("n")
        visited.append(page.evaluate("document.activeElement.id"))
    assert visited == order


def test_the_sources_panel_lists_the_sources_of_each_article(page, sample):
    from attrlint.api import sources_of_text

    for name in ("crue.txt", "greve.txt"):
        expected = [s.name for s in sources_of_text((sample / name).read_text(encoding="utf-8"), name).sources]
        listed = page.eval_on_selector_all(f'section[data-path="{name}"] aside li.src .who',
                                           "items => items.map(i => i.textContent)")
        assert listed == expected and expected
    prefecture = page.locator('section[data-path="crue.txt"] li.src', has_text="la préfecture de la Dordogne")
    prefecture.hover()  # its cue and the figure it backs light up in the text
    lit = page.eval_on_selector_all('section[data-path="crue.txt"] .text .hl', "els => els.map(e => e.textContent)")
    assert "420 habitants" in lit and any("Selon la préfecture" in text for text in lit)


def test_a_cue_shows_its_source_and_a_figure_who_backs_it(page):
    figure = page.locator("section[data-path='crue.txt'] .backed", has_text="420 habitants").first
    figure.hover()
    assert "la préfecture de la Dordogne" in page.locator("#tip").inner_text()


def test_the_sorted_table_and_links_work(page):
    table = page.locator("table.files")
    table.locator("th button").nth(1).click()
    table.locator("th button").nth(1).click()  # descending counts
    counts = [int(c) for c in table.locator("tbody td.n").all_inner_texts()]
    assert counts == sorted(counts, reverse=True)
    table.locator("a", has_text="greve.txt").click()
    assert page.evaluate("location.hash") == page.evaluate(
        "'#' + document.querySelector('section[data-path=\"greve.txt\"]').id")


def test_nothing_leaves_the_page_and_nothing_fails(page, sample):
    page.locator("mark[data-code]").first.hover()
    page.locator("li.src").first.hover()
    assert page.requests == [(sample / "rapport.html").as_uri()]
    assert page.errors == []


def test_the_screenshot_of_the_readme(browser, tmp_path):
    """A report on the example article, its first problem's note open, for the README."""
    from attrlint.cli import main

    here = os.getcwd()
    os.chdir(tmp_path)
    try:
        (tmp_path / "crue-de-la-vezere.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
        assert main(["check", "--isolated", "--no-cache", "--select", "ALL", "--format", "html",
                     "-o", "rapport.html", "crue-de-la-vezere.txt"]) == 1
    finally:
        os.chdir(here)
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto((tmp_path / "rapport.html").as_uri())
    page.locator("mark[data-code='FIG001']").hover()
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    page.close()
    assert shot.stat().st_size > 10_000
    if os.environ.get("ATTRLINT_UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, SCREENSHOT)
