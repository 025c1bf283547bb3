"""Bounded cost on hostile Markdown: text full of `[` that nothing closes (a link label never
ended) made markdown-it look ahead up to 100 nested labels from every `[` (its one
`maxNesting`, raised to 100 for deep quotes and lists). Inline nesting is now 20; the work is
counted in markdown-it's own unit — the tokens `skipToken` reads while looking for a label's end
— not timed. No text is lost, and the deep-list refusal still holds."""

from __future__ import annotations

import pytest

from l10n.errors import IngestError
from l10n.ingest import markdown
from l10n.ingest.markdown import ingest_markdown


def skipped_tokens(text: str, *, disable: str | None = None) -> tuple[int, list]:
    """(tokens skipped while looking ahead, the parse) of `text` with the article parser
    (with its core rule `disable` turned off)."""
    parser = markdown._parser()
    if disable is not None:
        parser.core.ruler.disable(disable)
    calls = 0
    skip = parser.inline.skipToken

    def counted(state) -> None:
        nonlocal calls
        calls += 1
        skip(state)

    parser.inline.skipToken = counted  # type: ignore[method-assign]
    tokens = parser.parse(text)
    return calls, tokens


@pytest.mark.parametrize("line", ["[a\n", "[[a\n", "[a][\n", "[^a\n", "*[a\n"])
def test_unclosed_label_lookahead_grows_with_the_text_not_with_the_nesting_limit(line: str) -> None:
    small, _ = skipped_tokens(line * 2_000)
    large, _ = skipped_tokens(line * 8_000)
    brackets = line.count("[") * 8_000
    assert large <= 4.2 * small  # linear in the text
    assert large <= 4 * markdown.INLINE_NESTING * brackets  # each `[` looks ≤ 20 labels (≤ 4 tokens each) ahead


def test_near_miss_the_block_limit_alone_would_look_five_times_further() -> None:
    calls, _ = skipped_tokens("[a\n" * 4_000, disable="inline_nesting")
    bounded, _ = skipped_tokens("[a\n" * 4_000)
    assert calls >= 4 * bounded


def test_bracket_soup_keeps_every_character_of_its_text() -> None:
    doc = ingest_markdown("# Soup\n\n" + "[a\n" * 3_000 + "\nEnd of [it.\n", source_path="soup.md")
    text = "".join(block.text for block in doc.blocks)
    assert text.count("[a") == 3_000 and "End of [it." in text


def test_inline_markup_deeper_than_the_limit_is_read_as_text() -> None:
    deep = "[" * 30 + "x" + "]" * 30 + "(https://example.org)"
    doc = ingest_markdown(f"# T\n\nBefore {deep} after.\n", source_path="deep.md")
    assert "Before" in doc.blocks[1].text and "x" in doc.blocks[1].text and "after." in doc.blocks[1].text


def test_lists_nested_past_the_block_limit_are_still_refused() -> None:
    nested = "".join("  " * depth + "- item\n" for depth in range(120))
    with pytest.raises(IngestError) as caught:
        ingest_markdown("# T\n\n" + nested, source_path="deep.md")
    assert "nested deeper than 98" in str(caught.value) and "deep.md" in str(caught.value)


def test_the_list_limit_is_said_as_it_is_counted() -> None:
    """A list nests two of markdown-it's levels (the list and its item): 49 lists are read, the 50th is
    refused, and the message says how lists count (redteam50: it said 98 levels, which only quotes reach)."""

    def nested(depth: int) -> str:
        return "# T\n\n" + "".join("  " * level + f"- item {level}\n" for level in range(depth))

    assert "item 48" in " ".join(block.text for block in ingest_markdown(nested(49), source_path="deep.md").blocks)
    with pytest.raises(IngestError) as caught:
        ingest_markdown(nested(50), source_path="deep.md")
    assert "a list two" in str(caught.value) and "49 lists" in str(caught.value)
