"""Session 48's outside look at session 46–47's new surfaces (redteam48): hostile state under
`locales/` and beside `site/`, through the real CLI (`workflow.py`) on a project of its own.

- The stamps (`locales/.stamps.sqlite3`) are a file under `locales/`, hostile input like the
  rest: a row whose payload is not JSON (cut short, nested past the decoder's depth) is no
  record (`memory.stamps.decoded_payload`), where `status`, `update` and `translate` died with a
  traceback on the language record of session 47 (`memory.article_language`) and every stage
  on its own rows; a whole-run record (`memory.whole_run`) cut short or of another shape is no
  record either (every command died on it).
- The site's manifest (`.site.l10n-manifest.json`) is read back by a publish of some locales: a
  page record's date that is not a date string never reaches `<time datetime>`
  (`assemble.machine_time.is_machine_datetime`, at the one place an index writes it), and a record
  whose path is not its locale's page is forgotten (`publish.manifest.is_page_path`): its path
  is the href of the indexes' and sitemap's links. The dateline's own value is a valid HTML
  string too (`machine_time.machine_datetime`: a source's microseconds, an offset with seconds).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_l10n
from hypothesis import given, settings
from hypothesis import strategies as st
from test_mends47_time_datetime import valid_html_datetime

ARTICLE = (
    "---\ntitle: Riverside library reopens\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "The library reopened on Monday after two years.\n\nVisitors can borrow 12 books at a time.\n"
)
CONFIG = '[l10n]\nlocales = ["de", "fr"]\nengine = "pseudo"\n'


def _project(root: Path, article: str = ARTICLE, config: str = CONFIG) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "news.md").write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _damage(root: Path, stage: str, payload: str) -> int:
    """Every row of `stage` given `payload` as its text, the whole-run records dropped (so each
    command asks its pieces' stamps); the rows changed."""
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        changed = db.execute("UPDATE stamp SET payload = ? WHERE stage = ?", (payload, stage)).rowcount
        db.execute("DELETE FROM stamp WHERE stage LIKE 'whole run%'")
    return changed


def _status(root: Path) -> list[dict[str, object]]:
    return json.loads(run_l10n(root, "status", "--json").stdout)


@pytest.mark.parametrize("payload", ['["de",', "[" * 100_000], ids=["cut", "deep"])
def test_a_language_record_that_is_not_json_is_no_record(tmp_path: Path, payload: str) -> None:
    root = _project(tmp_path)
    for command in (("extract", "seeds"), ("update",), ("translate",)):
        run_l10n(root, *command)
    before = _status(root)
    assert _damage(root, "extract language", payload) == 1
    assert _status(root) == before  # the template's head read instead, and recorded again
    for command in (("update",), ("translate",), ("status",)):
        assert _damage(root, "extract language", payload) == 1
        done = run_l10n(root, *command, allowed=None)
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert _status(root) == before


@pytest.mark.parametrize("stage", ["update", "status", "extract"])
def test_any_stage_row_cut_short_is_done_again(tmp_path: Path, stage: str) -> None:
    root = _project(tmp_path)
    for command in (("extract", "seeds"), ("update",), ("translate",), ("status",)):
        run_l10n(root, *command)
    before = _status(root)
    assert _damage(root, stage, '{"cut') >= 1
    for command in (("extract", "seeds"), ("update",), ("translate",), ("status",)):
        done = run_l10n(root, *command, allowed=None)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (command, done.stderr)
    assert _status(root) == before


@pytest.mark.parametrize(
    "payload", ['{"files": ["l10n.toml"', '{"files": [], "folders": [[1]], "racy": []}'], ids=["cut", "shape"]
)
def test_a_whole_run_record_not_of_its_shape_is_no_record(tmp_path: Path, payload: str) -> None:
    """The whole-run record every command reads first (`memory.whole_run`): one cut short or of
    another shape made every command die with a traceback."""
    root = _project(tmp_path)
    commands = (("extract", "seeds"), ("update",), ("translate",), ("status",))
    for command in commands:
        run_l10n(root, *command)
    before = _status(root)
    for command in commands:
        with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
            assert db.execute("UPDATE stamp SET payload = ? WHERE stage = 'whole run'", (payload,)).rowcount >= 1
        done = run_l10n(root, *command, allowed=None)
        assert done.returncode == 0 and "Traceback" not in done.stderr, (command, done.stderr)
    assert _status(root) == before


def _published(root: Path) -> Path:
    for command in (("extract", "seeds"), ("update",), ("translate",), ("assemble",), ("publish",)):
        run_l10n(root, *command)
    return root / ".site.l10n-manifest.json"


def _times(page: Path) -> list[tuple[str | None, str]]:
    from lxml import html

    return [(t.get("datetime"), t.text_content()) for t in html.parse(str(page)).iter("time")]


@pytest.mark.parametrize("forged", ["next tuesday", "2026-02-30", '2026-03-02"><b>x</b>'])
def test_a_recorded_date_that_is_not_one_never_reaches_time_datetime(tmp_path: Path, forged: str) -> None:
    """The manifest's page records are read back by a publish of other locales: a record's
    `published_datetime` was escaped but written as it stood ("next tuesday")."""
    manifest = _published(_project(tmp_path))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    (french,) = [page for page in data["pages"] if page["locale"] == "fr"]
    shown = french["published_text"]
    french["published_datetime"] = forged
    manifest.write_text(json.dumps(data), encoding="utf-8")
    run_l10n(tmp_path, "publish", "--locales", "de")
    index = tmp_path / "site" / "fr" / "index.html"
    assert _times(index) == []  # no <time> with that value
    assert f'<span class="date">{shown}</span>' in index.read_text(encoding="utf-8")  # the date still shown
    assert valid_html_datetime(_times(tmp_path / "site" / "de" / "index.html")[0][0] or "")


@pytest.mark.parametrize(
    ("stated", "written"),
    [
        ("2026-03-02T09:15:00.123456+08:00", "2026-03-02T09:15:00.123+08:00"),  # a second's fraction: 3 digits at most
        ("1890-03-02T09:15:00+00:17:30", "1890-03-02T08:57:30+00:00"),  # an offset with seconds: no HTML offset
    ],
)
def test_every_time_datetime_written_is_a_valid_html_string(tmp_path: Path, stated: str, written: str) -> None:
    root = _project(tmp_path, ARTICLE.replace("2026-03-02T09:15:00+08:00", stated))
    _published(root)
    for page in (root / "build" / "de" / "news.html", root / "site" / "de" / "index.html"):
        (value, _), *_ = _times(page)
        assert value == written and valid_html_datetime(value), (page, value)


@settings(max_examples=500, deadline=None)
@given(
    moment=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    offset=st.none() | st.integers(min_value=-86_399, max_value=86_399),
)
def test_machine_datetime_writes_only_valid_html_strings_it_reads_back(moment: dt.datetime, offset: int | None) -> None:
    from l10n.assemble.machine_time import is_machine_datetime, machine_datetime

    if offset is not None:
        moment = moment.replace(tzinfo=dt.timezone(dt.timedelta(seconds=offset)))
    written = machine_datetime(moment)
    assert valid_html_datetime(written), written
    assert is_machine_datetime(written), written  # what the writer writes, a record may carry


def test_a_forged_page_record_makes_no_link(tmp_path: Path) -> None:
    """A page record's path is the href of the indexes' and the sitemap's links: a forged
    manifest naming `javascript:alert(1)` (a file of that name put into the site) made one."""
    manifest = _published(_project(tmp_path))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for page in data["pages"]:
        if page["locale"] == "fr":
            page["path"] = "javascript:alert(1)"
    (tmp_path / "site" / "javascript:alert(1)").write_text("x", encoding="utf-8")
    manifest.write_text(json.dumps(data), encoding="utf-8")
    run_l10n(tmp_path, "publish", "--locales", "de")
    written = {page: page.read_text(encoding="utf-8") for page in (tmp_path / "site").rglob("*.html")}
    written["sitemap.xml"] = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert [page for page, text in written.items() if "javascript:" in text] == []
    assert (tmp_path / "site" / "fr" / "riverside-library-reopens.html").is_file()  # the page itself left as it was
    assert (tmp_path / "site" / "javascript:alert(1)").is_file()  # nor is the file removed: it is not ours


@pytest.mark.parametrize("share", [-5, 10**400], ids=["negative", "huge"])
def test_a_recorded_share_reviewed_outside_0_to_100_is_no_record(tmp_path: Path, share: int) -> None:
    """-5 was shown as "-5 % relu" on the French index; 10**400 made publish die in Babel."""
    manifest = _published(_project(tmp_path))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for page in data["pages"]:
        if page["locale"] == "fr":
            page["percent_reviewed"] = share
    manifest.write_text(json.dumps(data), encoding="utf-8")
    done = run_l10n(tmp_path, "publish", "--locales", "de", allowed=None)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert str(share)[:3] not in (tmp_path / "site" / "fr" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "fr" / "riverside-library-reopens.html").is_file()  # the page stays
    run_l10n(tmp_path, "publish")  # a whole publish lists it again, as it is
    assert "0\xa0% relu" in (tmp_path / "site" / "fr" / "index.html").read_text(encoding="utf-8")
