"""Session 51 (issue 16: cold `assemble` against writing the same bytes).

Work a cold `assemble` repeated for nothing, now made once: an article's `<time datetime>`
value (`LocalizedArticle.published_datetime`: the document's date, made per edition twice, for
its facts and its HTML header; now once per document, kept in the `layout` its editions share),
whether a locale joins sentences without a space (`TargetLocale.joins_without_space`, asked per
sentence), and the encoder of a stamp's payload (`memory.stamps.payload_text`: `json.dumps` with
keywords built one per stamp). What may not change: the bytes, and an edit between runs — what
is kept lives for one document of one run, so a date edited since is the next run's date.
Calls are counted by wrapping the real function (it still runs), not replaced.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import build_files, qa_ready_chain, run_main

from l10n.assemble import article as article_module
from l10n.assemble import html as html_module
from l10n.assemble.machine_time import machine_datetime
from l10n.locales import TargetLocale, parse_locale
from l10n.memory.stamps import payload_text

ASSEMBLE = ["assemble", "--format", "html", "--format", "md", "--format", "txt", "--jobs", "1"]
_TIME = re.compile(rb'<time datetime="([^"]*)"')


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    return qa_ready_chain(tmp_path / "project", capsys)


def _dates(root: Path) -> dict[str, list[bytes]]:
    """Each HTML edition's `<time datetime>` values, by its path under build/."""
    return {path: _TIME.findall(data) for path, data in build_files(root).items() if path.endswith(".html")}


def test_a_cold_assemble_makes_each_articles_machine_date_once(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []

    def counted(moment):  # type: ignore[no-untyped-def]
        made.append(moment)
        return machine_datetime(moment)

    monkeypatch.setattr(article_module, "machine_datetime", counted)
    monkeypatch.setattr(html_module, "machine_datetime", counted, raising=False)  # (its own call before)
    run_main(capsys, project, *ASSEMBLE)
    dates = _dates(project)
    assert len(dates) == 3 * 2 and all(len(found) == 1 for found in dates.values())  # 3 articles, de and ja
    # one per article (its editions and the source-language one share it), where each of its
    # three editions made it twice (facts, HTML header)
    assert len(made) == 3


def test_a_date_edited_between_runs_is_the_next_runs_date(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What is kept of a document lives for one run: the pages of an article whose date was
    edited carry the new date, in the HTML and in the facts publish reads."""
    run_main(capsys, project, *ASSEMBLE)
    before = _dates(project)
    seed = sorted((project / "seeds").iterdir())[0]
    text = seed.read_text(encoding="utf-8")
    old = re.search(r"^date: (\S+)$", text, re.M)
    assert old is not None
    seed.write_text(text.replace(old.group(0), "date: 1999-12-31T23:59:00+05:30"), encoding="utf-8")
    run_main(capsys, project, *ASSEMBLE)
    after = _dates(project)
    domain = seed.stem  # (its pages on the site are named by headline)
    for path, found in after.items():
        if f"/{domain}." in path:
            assert found == [b"1999-12-31T23:59:00+05:30"], path
        else:
            assert found == before[path], path
    run_main(capsys, project, "publish")
    pages = [page.read_bytes() for page in (project / "site").rglob("*.html")]  # from the facts and markup kept
    assert any(b'datetime="1999-12-31T23:59:00+05:30"' in page for page in pages)


def test_joins_without_space_is_kept_per_locale() -> None:
    answers = {code: parse_locale(code).joins_without_space for code in ("zh_CN", "zh_TW", "ja", "ko", "de", "ar")}
    assert answers == {"zh_CN": True, "zh_TW": True, "ja": True, "ko": False, "de": False, "ar": False}
    fresh = TargetLocale("ja")
    assert fresh.joins_without_space and vars(fresh)["joins_without_space"] is True  # asked once, kept
    assert fresh == TargetLocale("ja") and hash(fresh) == hash(TargetLocale("ja"))  # kept outside its fields


@pytest.mark.parametrize(
    "payload",
    [
        None,
        [{"de": 3}, {"qa: script": 2}, {"headline": 'Ünïcödé — 中文 \u2028 "q" \\ \x00', "n": 1.5}],
        {"source": "/a/b.md", "probes": [], "editions": [[1, True, False, None]]},
        "\ud800 lone surrogate",
        float("inf"),
    ],
)
def test_a_stamps_payload_text_is_what_json_dumps_wrote(payload: object) -> None:
    assert payload_text(payload) == json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
