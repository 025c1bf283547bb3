"""A C1 control in a web page's text is the windows-1252 character of its number (`decode._c1_rule`):
holdout28's blind run met the Telegraph, Calcutta, whose dashes are the bytes C2 97 (windows-1252's
0x97 taken for ISO-8859-1 on the way to UTF-8), and the whole page was refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file

REAL = Path(__file__).parent / "data" / "realworld" / "telegraphindia-com-polio.html"
STORY = "<html><body><h1>Polio</h1><p>{}</p><p>Another sentence of the story.</p></body></html>"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_dash_and_quotes_as_c1_controls_read_as_windows_1252(tmp_path: Path) -> None:
    page = write(tmp_path, "a.html", STORY.format("It will need a strategy \x97 including \x93VDPV\x94 \x85"))
    texts = [block.text for block in ingest_file(page).blocks]
    assert "It will need a strategy — including “VDPV” …" in texts


def test_an_attribute_keeps_its_c1_control_and_a_link_with_one_is_no_link(tmp_path: Path) -> None:
    page = write(tmp_path, "a.html", STORY.format('Read <a href="\x85javascript:alert(1)">this</a> now.'))
    blocks = ingest_file(page).blocks
    assert not any("javascript" in str(vars(block)) for block in blocks)


def test_an_undefined_number_stays_refused(tmp_path: Path) -> None:
    page = write(tmp_path, "a.html", STORY.format("A story with \x81 in it."))
    with pytest.raises(IngestError, match="U\\+0081"):
        ingest_file(page)


@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_text_and_markdown_keep_the_refusal(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, "Polio\n\nIt will need a strategy \x97 including VDPV.\n")
    with pytest.raises(IngestError, match="U\\+0097"):
        ingest_file(path)


def test_the_real_page_reads_its_story_with_its_dashes() -> None:
    assert REAL.read_bytes().count("\x97".encode()) == 2
    texts = " ".join(block.text for block in ingest_file(REAL).blocks)
    assert "eradicate all of polio — including VDPV" in texts
