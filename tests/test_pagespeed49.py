"""trafilatura's readings of a page that its options do not change, made once a tree (pagespeed49, issue 14).

`page_main.main_text_lines` asks trafilatura again without tables when its tables displaced the story's
prose (holdout26's tovima, taiwannews, primamedia: 6 of the realworld pages). Both readings, and each
reading's recall retry, ran readability over the same pruned copy of the page and measured the page's plain
text (`html2txt`) for the retry's threshold; `page_main._page_readings` makes each once for one tree and
hands the same answers to the others, on trafilatura 2.3.1 alone (its internals were read).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from trafilatura import core, external

from l10n.ingest import page_main
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html

CORPUS = Path(__file__).parent / "data" / "realworld"
TWO_READINGS = ("taiwannews-com-tw-baoxian", "primamedia-ru-turizm", "tovima-gr-louketa")


def _page(name: str):
    path = CORPUS / f"{name}.html"
    return parse_html(decode_article(path.read_bytes(), path=str(path), source_format="html"), source_path=str(path))


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often trafilatura's own readability and page text run (the real functions, counted)."""
    calls = {"summary": 0, "text": 0}
    summary, text = external.try_readability, core.html2txt

    def counted_summary(tree):
        calls["summary"] += 1
        return summary(tree)

    def counted_text(content, clean=True):
        calls["text"] += 1
        return text(content, clean)

    monkeypatch.setattr(external, "try_readability", counted_summary)
    monkeypatch.setattr(core, "html2txt", counted_text)
    return calls


@pytest.mark.skipif(trafilatura.__version__ != "2.3.1", reason="shared on trafilatura 2.3.1 alone")
@pytest.mark.parametrize("name", TWO_READINGS)
def test_a_page_read_twice_runs_readability_and_its_text_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    page_main.main_text_lines(_page(name))
    assert calls["summary"] == 1  # before: 2 (tovima, primamedia) or 3 (taiwannews)
    assert calls["text"] <= 1  # before: 2 on taiwannews and primamedia (tovima's readings keep to the threshold)


@pytest.mark.parametrize("name", TWO_READINGS)
def test_the_lines_are_those_of_readings_made_apart(name: str) -> None:
    root = _page(name)
    lines = page_main._extracted_lines(root, tables=True)  # each reading with nothing shared
    prose = page_main._extracted_lines(root, tables=False)
    assert page_main._tables_displaced_prose(root, lines)
    if sum(map(len, prose)) > sum(map(len, lines)):
        read = set(prose)
        lines = prose + [line for line in lines if line not in read]
    assert page_main.main_text_lines(root) == lines


def test_the_summary_goes_out_as_a_copy_and_everything_is_put_back() -> None:
    summary, text = external.try_readability, core.html2txt
    root = _page("taiwannews-com-tw-baoxian")
    with page_main._page_readings({}):
        first, second = external.try_readability(root), external.try_readability(root)
    assert first is not second
    assert first.text_content() == second.text_content() != ""
    assert (external.try_readability, core.html2txt) == (summary, text)


def test_nothing_is_swapped_on_another_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "__version__", "2.4.0")
    summary, text = external.try_readability, core.html2txt
    with page_main._page_readings({}):
        assert (external.try_readability, core.html2txt) == (summary, text)
