"""The web page end to end: Debian's headless Chromium, driven by Playwright, against a real
`chronique serve` on the sample corpus. It loads the page, filters by type and by a period
drawn on the timeline, opens an event and finds its sentence highlighted in the article,
pastes the worked example and sees its events, and pastes a report holding markup, which must
show as text. Every request the page makes is routed through the test: one that leaves
127.0.0.1 is refused and fails the module. Screenshots go to test-artifacts/.

One server (models loaded once, on the first paste) and one browser serve the whole module;
the tests run in order and share the page, as an analyst's session would.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from running import COMMAND, free_port, wait_until_serving

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = os.environ.get("CHRONIQUE_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_MS = 15_000
# A first paste loads the spaCy models in the server.
PASTE_MS = 90_000

# A report whose text holds markup: if the page ever parsed it, the script would set a flag and
# the image would ask a host outside this machine (TEST-NET-3, never reached: the test refuses
# the request before it leaves).
HOSTILE = ("Russian forces shelled the city of Kharkiv on Monday, killing four civilians, the "
           "regional governor said. <script>window.__pwned = 1</script> The shells hit a "
           "market <img src=\"http://203.0.113.7/pixel.png\" onerror=\"window.__pwned = 2\"> "
           "in the Saltivka district.")


@pytest.fixture(scope="module")
def server():
    """`chronique ingest samples/` then `chronique serve` on a free port; its base URL."""
    tmp = Path(tempfile.mkdtemp(prefix="chronique-web-"))
    db = tmp / "samples.db"
    subprocess.run(COMMAND + ["ingest", str(REPO / "samples"), "--db", str(db)], check=True,
                   stderr=subprocess.DEVNULL, timeout=180)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("CHRONIQUE_TOKEN",
                                                            "CHRONIQUE_TOKEN_FILE")}
    proc = subprocess.Popen(COMMAND + ["serve", str(db), "--port", str(port)], env=env,
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(base, proc)
    yield base
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
    shutil.rmtree(tmp, ignore_errors=True)


class Session:
    """One page in one browser, and what it asked of the network."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.api = httpx.Client(base_url=base, timeout=30)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def rows(self) -> list[str]:
        return self.page.eval_on_selector_all("#events-body tr", "rs => rs.map(r => r.dataset.id)")

    def wait(self, script: str, arg=None, timeout_ms: int = WAIT_MS) -> None:
        """Until `script` (a JS function of `arg`) is true. Playwright's wait_for_function
        evaluates strings, which the page's Content-Security-Policy rightly forbids."""
        deadline = time.monotonic() + timeout_ms / 1000
        while not self.page.evaluate(script, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout_ms} ms: {script}")
            self.page.wait_for_timeout(50)

    def wait_rows(self, expected: list[str]) -> None:
        self.wait("ids => JSON.stringify([...document.querySelectorAll('#events-body tr')]"
                  ".map(r => r.dataset.id)) === JSON.stringify(ids)", expected)


@pytest.fixture(scope="module")
def session(server):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM}: .ci/run installs Debian's chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="chronique-chromium-")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1440, "height": 900})
        page = context.pages[0] if context.pages else context.new_page()
        s = Session(page, server)

        def route(route, request):
            if urlparse(request.url).hostname == "127.0.0.1":
                route.continue_()
            else:
                s.outside.append(request.url)
                route.abort()
        context.route("**/*", route)
        page.on("pageerror", lambda exc: s.errors.append(str(exc)))
        page.on("console", lambda m: s.errors.append(m.text) if m.type == "error" else None)
        yield s
        s.api.close()
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


def test_the_page_shows_timeline_map_and_table(session):
    page, api = session.page, session.api
    page.goto(session.base + "/")
    expected = [e["id"] for e in api.get("/events", params={"limit": 50}).json()["events"]]
    session.wait_rows(expected)
    total = api.get("/stats").json()["events"]
    assert page.text_content("#table-count") == f"1–{min(total, 50)} of {total}"
    session.wait("() => document.querySelectorAll('.leaflet-overlay-pane path').length > 200")
    placed = len(api.get("/points").json()["rows"])
    assert page.get_attribute("#map", "data-points") == str(placed)
    assert page.locator("#timeline svg g.bar").count() > 0
    assert page.get_attribute("#timeline", "data-total") == str(total)
    session.shot("01-overview")


def test_filtering_by_type_filters_table_map_and_timeline(session):
    page, api = session.page, session.api
    page.click("#f-type summary")
    page.check("#f-type-menu input[value=ASSAULT]")
    page.click("h2:text('Events')")    # close the menu
    expected = api.get("/events", params={"type": "ASSAULT", "limit": 50}).json()
    session.wait_rows([e["id"] for e in expected["events"]])
    cells = page.eval_on_selector_all("#events-body td.type", "tds => tds.map(t => t.textContent)")
    assert cells and all(c.startswith("ASSAULT") for c in cells)
    assert page.get_attribute("#map", "data-points") == str(
        len(api.get("/points", params={"type": "ASSAULT"}).json()["rows"]))
    assert page.get_attribute("#timeline", "data-total") == str(
        api.get("/timeline", params={"type": "ASSAULT"}).json()["total"])
    assert "type=ASSAULT" in page.url
    session.shot("02-assault")


def test_a_period_drawn_on_the_timeline_filters_the_rest(session):
    page, api = session.page, session.api
    box = page.locator("#timeline svg .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.05, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    session.wait("() => document.querySelector('#f-since').value !== ''")
    since, until = page.input_value("#f-since"), page.input_value("#f-until")
    assert since < until
    expected = api.get("/events", params={"type": "ASSAULT", "since": since, "until": until,
                                          "limit": 50}).json()["events"]
    assert 0 < len(expected)
    session.wait_rows([e["id"] for e in expected])
    assert page.get_attribute("#map", "data-points") == str(len(api.get(
        "/points", params={"type": "ASSAULT", "since": since, "until": until}).json()["rows"]))
    session.shot("03-period")
    page.fill("#f-since", "")
    page.dispatch_event("#f-since", "change")
    page.fill("#f-until", "")
    page.dispatch_event("#f-until", "change")


def test_an_event_shows_its_sentences_highlighted_in_each_report(session):
    page, api = session.page, session.api
    listed = api.get("/events", params={"type": "ASSAULT", "sort": "-sources",
                                        "limit": 1}).json()["events"][0]
    assert len(listed["sources"]) >= 2    # the samples report one strike in two languages
    session.wait_rows([e["id"] for e in api.get("/events", params={
        "type": "ASSAULT", "limit": 50}).json()["events"]])
    page.click(f"#events-body tr[data-id='{listed['id']}']")
    page.wait_for_selector("#event .article mark.sentence", timeout=WAIT_MS)
    session.wait("() => [...document.querySelectorAll('#event .report')]"
                 ".every(r => r.querySelector('.article mark.sentence'))")
    assert page.locator("#event .report").count() == len(listed["sources"])
    marked = page.eval_on_selector_all("#event mark.sentence", "ms => ms.map(m => m.textContent)")
    triggers = page.eval_on_selector_all("#event b.trigger", "bs => bs.map(b => b.textContent)")
    sentences = {m["sentence"] for m in listed["mentions"]}
    # Each highlighted stretch is one or more reported sentences, word for word.
    assert all(any(s in m for s in sentences) for m in marked)
    assert sentences <= {s for s in sentences if any(s in m for m in marked)}
    assert {m["trigger"] for m in listed["mentions"]} <= set(triggers)
    assert f"event={listed['id']}" in page.url
    session.shot("04-event")
    page.click("#event-close")


def test_pasting_the_worked_example_adds_its_events(session, shared_dir):
    page, api = session.page, session.api
    page.click("#f-clear")
    before = api.get("/stats").json()["events"]
    text = (shared_dir / "examples" / "seed_fr_2022-03-02.txt").read_text(encoding="utf-8")
    page.click("#open-paste")
    page.fill("#paste-text", text)
    page.fill("#paste-date", "2022-03-02")
    page.click("#paste-submit")
    page.wait_for_selector("#paste-result .paste-events li", timeout=PASTE_MS)
    listed = page.eval_on_selector_all("#paste-result li", "ls => ls.map(l => l.dataset.id)")
    assert len(listed) >= 7     # the analyst codes seven required events in it
    assert page.locator("#paste-result .action.new").count() >= 7
    assert api.get("/stats").json()["events"] >= before + 7
    session.shot("05-pasted")
    page.click("text=Show only this report's events")
    dated = [e["id"] for e in api.get("/events", params={"doc": _doc_of(api, listed[0]),
                                                          "limit": 50}).json()["events"]]
    session.wait_rows(dated)
    assert set(dated) == set(listed)
    places = page.eval_on_selector_all("#events-body td.place", "ts => ts.map(t => t.textContent)")
    assert any("Kharkiv" in p for p in places)
    session.shot("06-seed-events")


def _doc_of(api: httpx.Client, event_id: str) -> str:
    return api.get(f"/events/{event_id}").json()["event"]["sources"][-1]


def test_a_report_holding_markup_shows_it_as_text(session):
    page = session.page
    page.click("#f-clear")
    page.click("#open-paste")
    page.fill("#paste-text", HOSTILE)
    page.fill("#paste-date", "2024-06-04")
    page.select_option("#paste-lang", "en")
    page.select_option("#paste-format", "text/plain")
    page.fill("#paste-title-input", "<b onmouseover=alert(1)>Kharkiv</b> shelling")
    page.click("#paste-submit")
    page.wait_for_selector("#paste-result .paste-event", timeout=PASTE_MS)
    page.click("#paste-result .paste-event")
    page.wait_for_selector("#event .article mark.sentence", timeout=WAIT_MS)
    article = page.text_content("#event .article")
    assert "<script>window.__pwned = 1</script>" in article
    assert '<img src="http://203.0.113.7/pixel.png"' in article
    assert page.text_content("#event .report-title") == \
        "<b onmouseover=alert(1)>Kharkiv</b> shelling"
    assert page.locator("#event .article script, #event .article img, "
                        "#event .article b:not(.trigger), #event .report-title b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    session.shot("07-markup-as-text")


def test_no_request_left_this_machine_and_nothing_failed(session):
    assert session.outside == []
    assert session.errors == []
