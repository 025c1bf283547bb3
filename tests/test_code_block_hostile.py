"""A code block is shown as written in every edition and is never a unit, so QA never reads it:
a bidi control in it (the Trojan Source trick, CVE-2021-42574) or a control character is refused
at ingest with the file and the line of the character, through the CLI as an operator meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_l10n

from l10n.errors import IngestError
from l10n.ingest import BIDI_CONTROLS
from l10n.ingest.markdown import ingest_markdown

REPO = Path(__file__).resolve().parent.parent
POST = REPO / "tests" / "data" / "blind" / "md" / "rust-Rust-1.80.0.md"  # real post with fenced code


def _with_char_in_code(char: str) -> tuple[str, int]:
    """The real post with `char` put into the middle of its first fenced block's second line,
    and that line's number (1-based)."""
    lines = POST.read_text(encoding="utf-8").split("\n")
    fence = lines.index("```rust")  # the first block of several lines
    target = fence + 2  # the code's second line (0-based index)
    half = len(lines[target]) // 2
    lines[target] = lines[target][:half] + char + lines[target][half:]
    return "\n".join(lines), target + 1


@pytest.mark.parametrize("char", sorted(BIDI_CONTROLS) + ["\x1b", "\x07", "\x85"])
def test_a_hostile_character_in_a_code_block_is_refused_with_its_line(char: str) -> None:
    text, line = _with_char_in_code(char)
    with pytest.raises(IngestError) as refused:
        ingest_markdown(text, source_path="post.md")
    assert refused.value.line == line and f"U+{ord(char):04X}" in str(refused.value)
    assert "code block" in str(refused.value)


def test_the_cli_says_it_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    text, line = _with_char_in_code("\u202e")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "post.md").write_text(text, encoding="utf-8")
    done = run_l10n(tmp_path, "extract", "seeds/post.md", allowed=(2,))
    assert "Traceback" not in done.stderr
    assert f"post.md:{line}: bidi control U+202E in a code block" in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert not list((tmp_path / "locales").glob("*.pot")) if (tmp_path / "locales").exists() else True


def test_prose_keeps_its_bidi_controls_and_the_clean_post_is_read() -> None:
    """Right-to-left copy needs isolates: prose is QA's business (a warning on the source)."""
    ingest_markdown(POST.read_text(encoding="utf-8"), source_path="post.md")
    doc = ingest_markdown("# T\n\nThe name \u2067\u0645\u062b\u0627\u0644\u2069 is Arabic.\n", source_path="p.md")
    assert "\u2067" in doc.blocks[1].text
