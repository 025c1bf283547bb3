"""A link whose text holds inline code must stay a link in the Markdown edition.

CommonMark reads a paragraph that starts with `[label]: destination 'title'` as a link
reference definition (spec 0.31.2 §4.7): the paragraph is not shown at all, and it defines a
reference. The writer escapes every `[`/`]` of text, but a code span keeps its characters as
written, and the label of a definition ends at the first `]` that has no backslash — backticks do
not protect it. So `<a href="…"><code>x]: /y '</code></a> … said.'` at the start of a paragraph,
list item or quote was written `[`x]: /y '`](<…>) … said.'`: a definition of `` `x `` → `/y`
whose title swallowed the rest of the sentence, and the reader of the Markdown edition lost the
paragraph (the HTML edition showed it). Found by rendering random inline pieces with markdown-it.

Everything runs through the real CLI (extract, a translator's reviewed msgstr, assemble), and
each Markdown edition is read back by markdown-it as the least careful renderer would.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from l10n.assemble.markdown_inline import emphasize, inline_markdown
from l10n.cli import main
from l10n.model import InlineTag

CODES = ("x]: /y '", 'x]: /y "')
"""Inline code that ends a definition's label and opens its title, in both quoted title forms
(a `(` title cannot hold the link's own `(`); the sentence ends with the closing quote."""

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council publishes its report</title></head>
<body><article>
<h1>Council publishes its report</h1>
<p>The council published its report on the park on Monday.</p>
{paragraphs}
</article></body></html>
"""


def _article(code: str) -> str:
    """The code inside a link at the start of a paragraph, a list item and a quote; each sentence
    ends with the title's closing quote, so the definition's title takes the whole line."""
    closing = code[-1]
    link = f'<a href="https://example.org/report"><code>{code.replace(chr(34), "&quot;")}</code></a>'
    return ARTICLE.format(
        paragraphs=(
            f"<p>{link} is where the council keeps the paragraph report{closing}</p>\n"
            f"<ul><li>{link} is where the council keeps the list report{closing}</li></ul>\n"
            f"<blockquote><p>{link} is where the council keeps the quoted report{closing}</p></blockquote>\n"
        )
    )


SENTENCES = ("paragraph report", "list report", "quoted report")


def _rendered(markdown: str) -> tuple[str, dict]:
    renderer = MarkdownIt("commonmark", {"html": True})
    env: dict = {}
    return renderer.render(markdown, env), env


@pytest.mark.parametrize("code", CODES)
def test_a_code_span_in_a_link_never_turns_a_paragraph_into_a_definition(
    code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "report.html").write_text(_article(code), encoding="utf-8")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    assert main(["extract", str(tmp_path / "seeds"), "--root", str(tmp_path), "--locales", "de", "-q"]) == 0
    po_path = tmp_path / "locales" / "de" / "LC_MESSAGES" / "report.po"
    catalog = polib.pofile(str(po_path))
    for entry in catalog:  # a translator's reviewed sentence, the link moved to its start
        tags = re.findall(r"\{[a-z]+_\d+(?:_end)?\}", entry.msgid)
        entry.msgstr = "".join(tags) + " ist der Bericht" + entry.msgid[-1] if tags else "Der Rat."
    catalog.save()
    command = ["assemble", "--format", "md", "--format", "html", "--locales", "en,de", "--root", str(tmp_path)]
    assert main(command) == 0, capsys.readouterr().err
    for locale in ("en", "de"):
        markdown = (tmp_path / "build" / locale / "report.md").read_text(encoding="utf-8")
        html, env = _rendered(markdown)
        assert not env.get("references"), (locale, markdown)  # no definition was made
        assert html.count('<a href="https://example.org/report">') == 3, (locale, markdown, html)
        assert html.count(f"<code>{code.replace('&', '&amp;').replace(chr(34), '&quot;')}</code>") == 3, html
        if locale == "en":
            for sentence in SENTENCES:
                assert sentence in html, (sentence, markdown, html)


# --- the writer on its own: any inline pieces, in every block context a paragraph can start ---

_TEXT = st.lists(
    st.sampled_from([*"\\`*_[]<>#|!&~()\"':=-+.1 a\n/", "]: ", "![", "](", "1. ", "- ", "> ", "```", "&lt;"]),
    max_size=8,
).map("".join)
_HREFS = ("https://example.org/r", "<x>", "a b)")
_TAGS = ("em", "strong", "code", "a", "sup", "span", "br", "i", "b")


@st.composite
def _pieces(draw: st.DrawFn) -> list[str | InlineTag]:
    pieces: list[str | InlineTag] = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            pieces.append(draw(_TEXT))
            continue
        name = draw(st.sampled_from(_TAGS))
        if name == "br":
            pieces.append(InlineTag("br", void=True))
        else:
            attrs = (("href", draw(st.sampled_from(_HREFS))),) if name == "a" else ()
            pieces.append(InlineTag(name, attrs, closing=draw(st.booleans())))
    return pieces


_LINK = InlineTag("a", (("href", "https://example.org/r"),))
_CODE, _CODE_END, _LINK_END = InlineTag("code"), InlineTag("code", closing=True), InlineTag("a", closing=True)


@settings(max_examples=300, deadline=None)
@example([_LINK, _CODE, "x]: /y '", _CODE_END, _LINK_END, " is it.'"], "")  # the case found by fuzzing
@example([_LINK, "***", _CODE, "&lt;`]: ", _CODE_END, _LINK_END], "- ")
@given(_pieces(), st.sampled_from(["", "- ", "> ", "**"]))
def test_markdown_shows_the_text_of_any_pieces_and_nothing_else(pieces: list[str | InlineTag], block: str) -> None:
    """The Markdown a sentence becomes — alone, as a list item, a quote or an emphasised lead —
    renders (markdown-it, raw HTML on) to exactly its text, with no element the pieces did not ask
    for, no link but to the pieces' addresses, and no reference definition."""
    import lxml.html

    body = inline_markdown(pieces)
    markdown = emphasize("**", body) if block == "**" else block + body
    html, env = _rendered(markdown)
    root = lxml.html.fragment_fromstring(f"<div>{html}</div>")
    elements = {element.tag for element in root.iter() if isinstance(element.tag, str)}
    assert elements <= {"div", "p", "em", "strong", "code", "a", "sup", "br", "ul", "li", "blockquote"}, markdown
    assert {a.get("href") for a in root.iter("a")} <= {"https://example.org/r", "%3Cx%3E", "a%20b)"}, markdown
    assert not env.get("references"), markdown
    text = "".join(piece for piece in pieces if isinstance(piece, str))
    assert "".join(root.text_content().split()) == "".join(text.split()), (markdown, html)
