"""What ours adds to every page, cut where callgrind shows it on the pages still over twice trafilatura
(pagespeed37), and why each answer stays the one it was.

- `byline_shown.shown_writers` asks first whether a writer's name is in the page's shown text as written
  (`written_in`); only a name it is not (another case, other spaces, diacritics) has the page's whole text
  folded. The fold takes a text a character at a time but for a capital sigma, so a name as written in the
  text has its folded key in the text's folded key.
"""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.ingest import byline_shown
from l10n.ingest.byline_site import folded_key


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_name_written_in_a_text_is_in_its_folded_key(text: str, start: int, end: int) -> None:
    name = text[start:end]
    if byline_shown.written_in(name, text):
        assert folded_key(name) in folded_key(text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ann Lee", "— by Ann Lee, 2 May"),
        ("Rocío García", "Por Rocío García"),
        ("İlkay Gündoğan", "İlkay Gündoğan yazdı"),
        ("ǅemal", "ǅemal"),  # a title-case digraph: decomposed and lowered one character at a time
        ("½ Ann", "x½ Ann"),
    ],
)
def test_names_written_as_shown_fold_into_the_shown_text(name: str, text: str) -> None:
    assert byline_shown.written_in(name, text)
    assert folded_key(name) in folded_key(text)


def test_a_capital_sigma_is_asked_of_the_folded_text() -> None:
    """Its lower case hangs on the letters around it: "ΑΣ" alone folds to "ας", inside "ΑΣΑ" to "ασα"."""
    assert folded_key("ΑΣ") not in folded_key("ΑΣΑ")
    assert not byline_shown.written_in("ΑΣ", "ΑΣΑ")


def test_a_writer_shown_as_written_has_no_page_text_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real fold, watched: the page's text goes through it only for a name not written as shown."""
    folded: list[str] = []

    def watched(text: str) -> str:
        folded.append(text)
        return folded_key(text)

    monkeypatch.setattr(byline_shown, "folded_key", watched)
    story = "The pier reopened on Monday. " * 50
    page = lxml.html.fromstring(f"<html><body><p class='byline'>By Ann Lee</p><p>{story}</p></body></html>")
    assert byline_shown.shown_writers(page, ["Ann Lee"]) == ["Ann Lee"]
    assert folded and all(len(text) < 100 for text in folded)
    shouted = lxml.html.fromstring(f"<html><body><p class='byline'>BY ANN LEE</p><p>{story}</p></body></html>")
    assert byline_shown.shown_writers(shouted, ["Ann Lee"]) == ["Ann Lee"]  # shown in capitals: the fold tells
    assert any(len(text) > 1000 for text in folded)
    assert byline_shown.shown_writers(page, ["Ann Lee", "Bo Chen"]) == ["Ann Lee"]  # Bo Chen is nowhere
