"""Rules of the page path added in session 12 for holdout11's misses after its blind run, and the
hole a control character made in it (l10n/ingest/page_controls.py, ...): each on a small input or a real
page changed in one place, with the near miss that must stay as it was, so each can fail alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from l10n.errors import IngestError
from l10n.ingest import ingest_file

WHEELER = DATA / "realworld" / "recode-net-wheeler.html"  # a real saved page (holdout11), 16 blocks
STORY_WORDS = b"Commission chairman Tom Wheeler announced this morning"  # its first body sentence
MENU_WORDS = b"</span> Trending </a>"  # a link of its header menu


def with_inserted(tmp_path: Path, after: bytes, char: bytes) -> Path:
    data = WHEELER.read_bytes()
    at = data.index(after) + after.index(b" ")  # before a space: a word stays whole
    path = tmp_path / "page.html"
    path.write_bytes(data[:at] + char + data[at:])
    return path


# --- a control character in a saved page ---------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "code"), [(b"\x1b", 0x1B), (b"\x01", 0x01), (b"\x1f", 0x1F), (b"&#27;", 0x1B), (b"&#x1B;", 0x1B)]
)
def test_a_control_character_in_the_story_is_refused_with_the_page_and_its_line(
    tmp_path: Path, char: bytes, code: int
) -> None:
    """ESC in the story, raw or as a character reference, once made trafilatura return nothing (lxml
    refuses to set a string holding it, inside trafilatura's cleaning), and the page reader gave 3
    blocks and no story, silently."""
    path = with_inserted(tmp_path, STORY_WORDS, char)
    line = path.read_bytes()[: path.read_bytes().index(char)].count(b"\n") + 1
    with pytest.raises(IngestError) as caught:
        ingest_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:{line}: control character U+{code:04X}")


def test_a_control_character_in_a_menu_leaves_the_story_as_it_reads_without_it(tmp_path: Path) -> None:
    clean = [block.text for block in ingest_file(WHEELER).blocks]
    read = [block.text for block in ingest_file(with_inserted(tmp_path, MENU_WORDS, b"\x1b")).blocks]
    assert len(clean) > 10
    assert read == clean


@pytest.mark.parametrize("char", [b"\x0b", b"\x0c", b"&#11;"])
def test_a_vertical_tab_or_form_feed_in_the_story_is_whitespace(tmp_path: Path, char: bytes) -> None:
    """The near miss: C0 whitespace XML forbids too is read as a space, not refused."""
    clean = [block.text for block in ingest_file(WHEELER).blocks]
    read = [block.text for block in ingest_file(with_inserted(tmp_path, STORY_WORDS, char)).blocks]
    assert len(read) == len(clean)
    assert " ".join(read).split() == " ".join(clean).split()
