"""The audit's report.html opened in a real browser (Chromium, driven by
Playwright): its charts are drawn, and it asks the network for nothing.

Needs Chromium and Playwright; skipped, saying so, where either is missing.
``ATTRLINT_CHROMIUM`` names another executable.
"""
from __future__ import annotations

import os
import shutil

import pytest

pytest.importorskip("pyarrow", reason="the audit extra is not installed (pip install '.[audit]')")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")

import attrlint  # noqa: E402

from audit_archives import articles, write_jsonl  # noqa: E402


def _chromium() -> str | None:
    return os.environ.get("ATTRLINT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def test_the_report_draws_its_charts_offline(tmp_path):
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium here (apt-get install chromium, or set ATTRLINT_CHROMIUM)")
    archive = write_jsonl(tmp_path / "a.jsonl", articles(30))
    attrlint.audit(str(archive), str(tmp_path / "out"), partition_bytes=4000)
    report = tmp_path / "out" / "report.html"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        requests, errors = [], []
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda message: message.type == "error" and errors.append(message.text))
        page.goto(report.as_uri())
        charts = page.locator("svg.chart")
        assert charts.count() == 3
        for i in range(3):
            box = charts.nth(i).bounding_box()
            assert box is not None and box["width"] > 300 and box["height"] > 50
        # Each code found has its line, each section and source its bar, drawn with a size.
        lines = page.locator("svg.chart polyline")
        assert lines.count() >= 2
        assert all(lines.nth(i).bounding_box()["width"] > 100 for i in range(lines.count()))
        assert page.locator("svg.chart").nth(1).locator("rect").count() == 3  # the three sections
        assert page.locator("h1").inner_text() == "Attribution audit"
        browser.close()
    assert requests == [report.as_uri()] and errors == []
