"""Inline code is one "code" placeable (`l10n.placeables.code`): never text for a translator or an
engine, rebuilt as written in every edition, held by QA when a translation loses or repeats it.

The reference for what the code spans are is markdown-it-py's own reading of the real posts in
tests/data/blind/md (sources in its SOURCES.md), and lxml's reading of the pages we write."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from markdown_it import MarkdownIt

from l10n.assemble.article import assemble_article
from l10n.assemble.html import render_html
from l10n.assemble.markdown import render_markdown
from l10n.assemble.text import render_plain_text
from l10n.extract import extract_units
from l10n.ingest.html import ingest_html
from l10n.ingest.markdown import ingest_markdown, split_front_matter
from l10n.locales import parse_locale
from l10n.memory.document_codec import decode_document, encode_document
from l10n.model import CodeSpan, InlineMarkup, InlineTag, Translation
from l10n.placeables.code import code_groups, migrated_msgid
from l10n.qa.checks import placeholders_kept
from l10n.segment import segment_document, segment_text

BLIND_MD = Path(__file__).resolve().parent / "data" / "blind" / "md"
WITH_SPANS = sorted(path for path in BLIND_MD.glob("*.md") if re.search(r"`[^`\n]+`", path.read_text(encoding="utf-8")))


def reference_spans(text: str) -> list[str]:
    """Every code span of the post's prose, as markdown-it-py reads it (spaces collapsed, as a
    browser shows `<code>`)."""
    _, body = split_front_matter(text)
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        for child in token.children or []:
            if child.type == "code_inline" and child.content.strip():
                found.append(" ".join(child.content.split()))
    return found


def segmented(text: str, path: str = "post.md"):
    return segment_document(ingest_markdown(text, source_path=path))


def inline_code(page: str) -> list[str]:
    """The text of every `<code>` of a page we wrote that is not a code block, spaces collapsed."""
    root = etree.fromstring(page.removeprefix("<!DOCTYPE html>").encode(), etree.HTMLParser())
    return [" ".join("".join(code.itertext()).split()) for code in root.iter("code") if code.getparent().tag != "pre"]


def translated_everything(doc, path: str = "post.md") -> dict:
    """A translation of every unit that keeps its placeholders and changes every word around them
    (what a good engine or translator gives): msgstr = "Ü " + msgid with letters upper-cased."""
    translations = {}
    for unit in extract_units(doc, reference_path=path):
        pieces = re.split(r"(\{[A-Za-z_]\w*\})", unit.msgid)
        msgstr = "".join(piece if piece.startswith("{") else piece.upper() for piece in pieces)
        translations[unit.key] = Translation(msgstr="Ü " + msgstr, fuzzy=False)
    return translations


def test_the_corpus_has_code_spans() -> None:
    assert len(WITH_SPANS) >= 15
    assert sum(len(reference_spans(path.read_text(encoding="utf-8"))) for path in WITH_SPANS) >= 500


@pytest.mark.parametrize("path", WITH_SPANS, ids=lambda path: path.stem)
def test_every_code_span_is_a_placeable_and_no_msgid_holds_its_text(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    doc = segmented(source, path.name)
    units = extract_units(doc, reference_path=path.name)
    spans = [p.original for b in doc.blocks for s in b.segments for p in s.placeables if p.kind == "code"]
    reference = reference_spans(source)
    assert spans and set(spans) <= set(reference) | {s for s in spans if "{" in s}, path.name  # template tags too
    assert not any(
        p.kind == "tag" and p.value.name in ("code", "kbd", "samp")
        for b in doc.blocks
        for s in b.segments
        for p in s.placeables
    )
    for unit in units:
        assert "{code_" not in unit.msgid or "_end}" not in re.sub(r"\{(?!code_)\w+_end\}", "", unit.msgid), unit.msgid
    for span in {span for span in reference if len(span) >= 12 and " " in span}:  # a command, not a word
        assert not any(span in unit.msgid for unit in units), span


@pytest.mark.parametrize("locale", ["de", "ar"])
@pytest.mark.parametrize("path", WITH_SPANS, ids=lambda path: path.stem)
def test_every_edition_shows_every_code_span_as_written(path: Path, locale: str) -> None:
    """Right-to-left editions too: there the span is isolated left to right as a whole, outside
    its delimiters (`<code><bdi dir="ltr">`, LRI before the backticks), never inside the code."""
    source = path.read_text(encoding="utf-8")
    doc = segmented(source, path.name)
    spans = [p.value for b in doc.blocks for s in b.segments for p in s.placeables if isinstance(p.value, CodeSpan)]
    article = assemble_article(doc, translated_everything(doc, path.name), parse_locale(locale), domain="post")
    page, markdown, text = render_html(article), render_markdown(article), render_plain_text(article)
    shown = inline_code(page)
    written = [" ".join(t.split()) for t in reference_spans(markdown)]
    for span in spans:
        assert span.text in shown, span.text  # the page: <code> with its text, untouched by "translation"
        assert span.text in written, span.text  # the Markdown edition: a code span CommonMark reads back
        assert span.text in text
    assert "Ü " in page  # and the sentences around them are the translation
    assert not any(re.search("[\u2066-\u2069]", span) for span in written)


def test_a_sentence_never_ends_inside_code_and_nested_markup_rides_inside() -> None:
    text = "Run make. Then all now. Then stop."
    code = InlineMarkup(4, 22, "code")  # "make. Then all now"
    bold = InlineMarkup(10, 14, "b")  # "Then", inside the code
    link = InlineMarkup(0, 23, "a", (("href", "https://x.org"),))  # around it all
    [first, second] = segment_text(text, markup=[link, code, bold])
    assert first.text == "{a_1}Run {code_1}.{a_1_end}" and second.text == "Then stop."
    span = first.placeables[1].value
    assert span == CodeSpan(
        (
            InlineTag("code"),
            "make. ",
            InlineTag("b"),
            "Then",
            InlineTag("b", closing=True),
            " all now",
            InlineTag("code", closing=True),
        )
    )


def test_html_code_kbd_and_samp_and_markdown_raw_code_are_code() -> None:
    page = (
        "<html><body><h1>T</h1><p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, run <code class='sh'>make all</code>"
        " and read <samp>build failed</samp>.</p></body></html>"
    )
    [_, paragraph] = segment_document(ingest_html(page)).blocks
    assert paragraph.segments[0].text == "Press {code_1}+{code_2}, run {code_3} and read {code_4}."
    doc = segmented("# T\n\nRun <code>make all</code> or <kbd>Ctrl</kbd> now.\n")
    assert doc.blocks[1].segments[0].text == "Run {code_1} or {code_2} now."


def test_a_value_inside_code_is_code_and_values_outside_keep_their_numbers() -> None:
    doc = segmented("# T\n\nUse `-O2` or `--jobs 4` on 3 machines for $5 million.\n")
    segment = doc.blocks[1].segments[0]
    assert segment.text == "Use {code_1} or {code_2} on {number_1} machines for {money_1}."


def test_a_translation_that_drops_repeats_or_alters_a_code_placeable_is_an_error() -> None:
    from l10n.qa.registry import REGISTRY, CheckedUnit

    assert REGISTRY.checks["placeholders"].severity == "error"  # an error holds the unit (publish gate)
    locale = parse_locale("es")

    def finding(msgstr: str) -> str | None:
        unit = CheckedUnit(msgid="Run {code_1} then {code_2}.", msgstr=msgstr, locale=locale)
        return placeholders_kept(unit)

    assert finding("Ejecute {code_1} y luego {code_2}.") is None
    assert finding("Ejecute cargo build y luego {code_2}.") == "missing {code_1}"  # retyped: not the code
    assert finding("Ejecute {code_1} y luego {code_1}.") == "missing {code_2}; extra {code_1}"
    assert finding("Ejecute {code_1} y luego {code_2} {code_2}.") == "extra {code_2}"
    assert finding("Ejecute {codigo_1} y luego {code_2}.") == "missing {code_1}; extra {codigo_1}"


def test_a_kept_parse_holds_code_placeables_exactly() -> None:
    path = BLIND_MD / "rust-check-cfg.md"
    doc = segmented(path.read_text(encoding="utf-8"), str(path))
    data = encode_document(doc)
    assert data is not None and b'"code"' in data
    assert decode_document(data, source_path=str(path)) == doc


def test_many_code_spans_stay_linear() -> None:
    markup = [InlineMarkup(start, start + 3, "code") for start in range(0, 400_000, 5)]
    groups = code_groups(markup)
    assert len(groups) == len(markup) and all(members == [root] for root, members in groups)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Run {code_1}cargo build --release{code_1_end} now.", "Run {code_1} now."),
        ("{kbd_1}Ctrl{kbd_1_end}+{code_1}x {number_1}{code_1_end} at {number_2}", "{code_1}+{code_2} at {number_1}"),
        ("{code_1}{kbd_1}a{kbd_1_end}{code_1_end} {b_1}b{b_1_end}", "{code_1} {b_1}b{b_1_end}"),
        ("No code, {a_1}a link{a_1_end} and {number_1}.", "No code, {a_1}a link{a_1_end} and {number_1}."),
    ],
)
def test_an_old_msgid_is_given_its_current_form(old: str, new: str) -> None:
    assert migrated_msgid(old) == new


@pytest.mark.parametrize("name", ["arstechnica-com-minecraft.html", "iij-ad-jp-masscan.html"])
def test_real_pages_keep_their_code_as_written(name: str) -> None:
    """Saved news pages (tests/data/realworld, SOURCES.md) through the page reader: `<code>` in
    their prose is code — `10^5 * 300 = 30,000,000` is no longer three numbers a German edition
    rewrote ("30.000.000"), the shell line no translatable text."""
    from l10n.ingest import ingest_file

    path = Path(__file__).resolve().parent / "data" / "realworld" / name
    root = etree.parse(str(path), etree.HTMLParser())
    reference = {" ".join("".join(code.itertext()).split()) for code in root.iter("code")}
    doc = segment_document(ingest_file(path))
    spans = [p.value for b in doc.blocks for s in b.segments for p in s.placeables if isinstance(p.value, CodeSpan)]
    assert spans and {span.text for span in spans} <= reference
    article = assemble_article(doc, translated_everything(doc, name), parse_locale("de"), domain="page")
    page = render_html(article)
    shown = inline_code(page)
    assert all(span.text in shown for span in spans)


def test_a_long_span_over_several_lines_is_still_one_placeable() -> None:
    command = " ".join(f"--flag-{n}=value" for n in range(40))  # ~650 characters
    source = f"# T\n\nRun `{command[:300]}\n{command[300:]}` before you start.\n"
    doc = segmented(source)
    [segment] = doc.blocks[1].segments
    written = command[:300] + " " + command[300:]  # CommonMark §6.1: a line ending in a code span is a space
    assert segment.text == "Run {code_1} before you start."
    assert segment.placeables[0].value.text == written and len(command) > 600
    markdown = render_markdown(assemble_article(doc, translated_everything(doc), parse_locale("fr"), domain="post"))
    assert reference_spans(markdown) == [written]
