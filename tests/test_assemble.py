"""Assembled editions as a reader sees them: localised values, fallbacks, escaping, structure.

Documents are built by hand here (shaped like the seed article) so these tests pin assemble's
own behaviour; the checks on the real seed article (ingest → segment → extract) close the file.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from markdown_it import MarkdownIt

from l10n.assemble import (
    assemble_article,
    render_html,
    render_markdown,
    render_plain_text,
    write_article,
)
from l10n.assemble.html import xml_safe
from l10n.locales import TargetLocale
from l10n.model import Block, Document, InlineTag, Money, Placeable, Segment, Translation

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
MONEY_SENTENCE = "Total investment of more than {money_1} ({money_2}) this year."


def money_segment() -> Segment:
    return Segment(
        text=MONEY_SENTENCE,
        source="Total investment of more than 10 billion yuan (US$1.52 billion) this year.",
        placeables=[
            Placeable("money_1", "money", "10 billion yuan", Money(Decimal("10000000000"), "CNY")),
            Placeable("money_2", "money", "US$1.52 billion", Money(Decimal("1520000000"), "USD")),
        ],
    )


def link_segment() -> Segment:
    return Segment(
        text="Read {a_1}the plan{a_1_end} now.",
        source="Read the plan now.",
        placeables=[
            Placeable("a_1", "tag", "<a>", InlineTag("a", (("href", "https://example.org/?a=1&b=2"),))),
            Placeable("a_1_end", "tag", "</a>", InlineTag("a", closing=True)),
        ],
    )


def plain(text: str) -> Segment:
    return Segment(text=text, source=text)


def article_document() -> Document:
    return Document(
        blocks=[
            Block(
                "headline",
                "Biomedical to become key pillar industry",
                segments=[plain("Biomedical to become key pillar industry")],
            ),
            Block("byline", "Yang Jian", segments=[plain("Yang Jian")]),
            Block("credit", "Ti Gong", figure=1, segments=[plain("Ti Gong")]),
            Block("caption", "Companies sign agreements.", figure=1, segments=[plain("Companies sign agreements.")]),
            Block("paragraph", "", segments=[money_segment(), plain("It will become a highland.")]),
            Block("paragraph", "", segments=[link_segment()]),
        ],
        headline="Biomedical to become key pillar industry",
        published=dt.datetime(2020, 11, 28, 18, 59, tzinfo=SHANGHAI),
        section="News / Metro",
        author="Yang Jian",
        source="SHINE",
        editor="Cai Wenjun",
    )


CONTEXTS = {"headline": "headline", "byline": "byline", "credit": "credit", "caption": "caption"}


def copy_translations(doc: Document) -> dict[tuple[str | None, str], Translation]:
    """Every msgstr = its msgid, as a reviewed translation (issue 2's "copy" catalog)."""
    return {
        (CONTEXTS.get(block.role), segment.text): Translation(segment.text)
        for block in doc.blocks
        for segment in block.segments
    }


def page(article_html: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(article_html)


def test_copy_catalog_renders_cldr_zh_cn_values_and_no_english_amounts() -> None:
    doc = article_document()
    html = render_html(assemble_article(doc, copy_translations(doc), TargetLocale("zh_CN"), domain="seed"))
    assert "¥100亿" in html and "US$15.2亿" in html
    assert "2020年11月28日" in html
    assert "10 billion yuan" not in html and "1.52 billion" not in html
    root = page(html)
    assert root.get("lang") == "zh-Hans-CN" and root.get("dir") == "ltr"
    assert root.find(".//time").get("datetime") == "2020-11-28T18:59:00+08:00"


def test_german_edition_gets_german_forms_and_labels() -> None:
    doc = article_document()
    article = assemble_article(doc, copy_translations(doc), TargetLocale("de"), domain="seed")
    text = render_plain_text(article)
    assert "10\xa0Mrd.\xa0CN¥" in text and "1,52\xa0Mrd.\xa0$" in text
    assert "28. November 2020" in text
    assert "Quelle: SHINE" in text and "Redaktion: Cai Wenjun" in text and "Von Yang Jian" in text


def test_arabic_page_is_right_to_left_and_marks_english_fallback_left_to_right() -> None:
    doc = article_document()
    root = page(render_html(assemble_article(doc, {}, TargetLocale("ar"), domain="seed")))
    assert root.get("dir") == "rtl" and root.get("lang") == "ar"
    spans = root.findall(".//span[@lang='en']")
    assert spans and all(span.get("dir") == "ltr" for span in spans)


def test_untranslated_units_fall_back_to_english_counted_and_marked() -> None:
    doc = article_document()
    translations = {(None, MONEY_SENTENCE): Translation("总投资超过{money_1}（{money_2}）。")}
    article = assemble_article(doc, translations, TargetLocale("zh_CN"), domain="seed")
    assert article.counts == {"translated": 1, "fuzzy": 0, "mt": 0, "untranslated": 6, "held": 0}
    assert not article.fully_reviewed
    root = page(render_html(article))
    fallback = [span.text_content() for span in root.findall(".//span[@lang='en']")]
    assert "It will become a highland." in fallback
    assert not any("总投资" in text for text in fallback)
    # an English fallback sentence keeps the source's own wording of its values (product rule 8)
    untranslated = render_plain_text(assemble_article(doc, {}, TargetLocale("zh_CN"), domain="seed"))
    assert "more than 10 billion yuan (US$1.52 billion) this year." in untranslated
    assert "¥100亿" not in untranslated


def test_fully_reviewed_only_when_every_unit_is_reviewed() -> None:
    doc = article_document()
    assert assemble_article(doc, copy_translations(doc), TargetLocale("fr"), domain="seed").fully_reviewed


def test_fuzzy_and_machine_translations_are_shown_but_counted_apart() -> None:
    doc = article_document()
    translations = {
        (None, MONEY_SENTENCE): Translation("Investissement de {money_1} ({money_2}).", fuzzy=True, origin="mt"),
        (None, "It will become a highland."): Translation("Ce sera un haut lieu.", fuzzy=True, origin="tm"),
    }
    shown = assemble_article(doc, translations, TargetLocale("fr"), domain="seed")
    assert shown.counts["mt"] == 1 and shown.counts["fuzzy"] == 1
    assert "Ce sera un haut lieu." in render_plain_text(shown)
    hidden = assemble_article(doc, translations, TargetLocale("fr"), domain="seed", include_fuzzy=False)
    assert hidden.counts["mt"] == 0 and hidden.counts["fuzzy"] == 0
    assert "Ce sera un haut lieu." not in render_plain_text(hidden)
    assert "It will become a highland." in render_plain_text(hidden)


def test_translations_are_looked_up_with_the_block_role_context() -> None:
    doc = article_document()
    translations = {
        ("caption", "Companies sign agreements."): Translation("Firmen unterzeichnen Verträge."),
        (None, "Ti Gong"): Translation("WRONG CONTEXT"),
    }
    text = render_plain_text(assemble_article(doc, translations, TargetLocale("de"), domain="seed"))
    assert "Firmen unterzeichnen Verträge." in text
    assert "WRONG CONTEXT" not in text and "Foto: Ti Gong" in text


def test_script_in_msgstr_or_source_is_escaped_in_html_and_markdown() -> None:
    doc = article_document()
    doc.blocks.append(Block("paragraph", "", segments=[plain("Hack <script>alert('src')</script> here.")]))
    translations = {(None, MONEY_SENTENCE): Translation("<script>alert('po')</script>{money_1} & {money_2}")}
    article = assemble_article(doc, translations, TargetLocale("ja"), domain="seed")
    html = render_html(article)
    root = page(html)
    assert root.findall(".//script") == []
    assert "<script>alert('po')</script>" in root.text_content()
    assert "<script>alert('src')</script>" in root.text_content()
    rendered_md = MarkdownIt("commonmark").render(render_markdown(article))
    assert "<script>" not in rendered_md and "&lt;script&gt;" in rendered_md


def test_translation_missing_a_placeholder_renders_without_its_value() -> None:
    doc = article_document()
    translations = {(None, MONEY_SENTENCE): Translation("Investissement de {money_1}.")}
    text = render_plain_text(assemble_article(doc, translations, TargetLocale("fr"), domain="seed"))
    assert "Investissement de 10\xa0Md\xa0CNY." in text
    assert "$US" not in text


def test_unknown_placeholder_in_translation_is_left_visible() -> None:
    doc = article_document()
    translations = {(None, MONEY_SENTENCE): Translation("{money_1} {money_9}")}
    text = render_plain_text(assemble_article(doc, translations, TargetLocale("de"), domain="seed"))
    assert "{money_9}" in text


@pytest.mark.parametrize(
    ("code", "expected"), [("zh_CN", "总投资¥100亿。它将成为高地。"), ("ko", "총 ¥100억. 고지가 된다.")]
)
def test_sentences_join_without_space_only_in_chinese_and_japanese(code: str, expected: str) -> None:
    doc = article_document()
    second = "It will become a highland."
    texts = {"zh_CN": ("总投资{money_1}。", "它将成为高地。"), "ko": ("총 {money_1}.", "고지가 된다.")}[code]
    translations = {(None, MONEY_SENTENCE): Translation(texts[0]), (None, second): Translation(texts[1])}
    article = assemble_article(doc, translations, TargetLocale(code), domain="seed")
    assert expected.replace("¥", "CN¥" if code == "ko" else "¥") in render_plain_text(article)


def test_reordered_or_dropped_tags_still_give_well_formed_html() -> None:
    doc = article_document()
    translations = {
        (None, "Read {a_1}the plan{a_1_end} now."): Translation("{a_1_end}Lisez{a_1} le plan."),
    }
    root = page(render_html(assemble_article(doc, translations, TargetLocale("fr"), domain="seed")))
    links = [a for a in root.iter("a")]
    assert len(links) == 1 and links[0].text == " le plan."
    assert links[0].get("href") == "https://example.org/?a=1&b=2"


def test_script_urls_and_event_handlers_from_markup_are_dropped() -> None:
    segment = Segment(
        text="Click {a_1}here{a_1_end}.",
        source="Click here.",
        placeables=[
            Placeable("a_1", "tag", "<a>", InlineTag("a", (("href", " JavaScript:alert(1)"), ("onmouseover", "x")))),
            Placeable("a_1_end", "tag", "</a>", InlineTag("a", closing=True)),
        ],
    )
    doc = Document(blocks=[Block("paragraph", "", segments=[segment])])
    root = page(render_html(assemble_article(doc, {}, TargetLocale("de"), domain="x")))
    link = root.find(".//a")
    assert link is not None and link.text == "here" and dict(link.attrib) == {}


def test_figure_groups_caption_and_credit() -> None:
    doc = article_document()
    root = page(render_html(assemble_article(doc, copy_translations(doc), TargetLocale("zh_TW"), domain="seed")))
    figures = root.findall(".//figure")
    assert len(figures) == 1
    caption = figures[0].find("figcaption")
    assert "Companies sign agreements." in caption.text_content()
    assert caption.find("small[@class='credit']").text_content() == "圖片：Ti Gong"


def test_markdown_keeps_headline_link_and_labels() -> None:
    doc = article_document()
    md = render_markdown(assemble_article(doc, copy_translations(doc), TargetLocale("es"), domain="seed"))
    html = MarkdownIt("commonmark").render(md)
    fragment = lxml_html.fragment_fromstring(html, create_parent="div")
    assert fragment.find("h1").text == "Biomedical to become key pillar industry"
    assert fragment.find(".//a").get("href") == "https://example.org/?a=1&b=2"
    assert "Fuente: SHINE" in fragment.text_content() and "28 de noviembre de 2020" in md


def test_markdown_paragraph_starting_like_a_list_stays_a_paragraph() -> None:
    doc = Document(blocks=[Block("paragraph", "", segments=[plain("1. Not a list, - nor this")])])
    md = render_markdown(assemble_article(doc, {}, TargetLocale("de"), domain="x"))
    assert "<ol>" not in MarkdownIt("commonmark").render(md)


def test_write_article_is_atomic_and_reports_unchanged(tmp_path: Path) -> None:
    doc = article_document()
    article = assemble_article(doc, copy_translations(doc), TargetLocale("pt_BR"), domain="seed")
    target = tmp_path / "build" / "pt_BR" / "seed.html"
    assert write_article(article, target, "html") is True
    assert write_article(article, target, "html") is False
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert write_article(article, tmp_path / "seed.md", "md") is True
    assert "Fonte: SHINE" in (tmp_path / "seed.md").read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["seed.html"]  # no temp files left


# --- the real seed article, through ingest → segment → extract ---------------------------------


@pytest.fixture
def seed_document(seed_path: Path) -> Document:
    from l10n.ingest import ingest_file
    from l10n.segment import segment_document

    return segment_document(ingest_file(seed_path))


@pytest.fixture
def seed_copy_catalog(seed_document: Document) -> dict[tuple[str | None, str], Translation]:
    from l10n.extract import extract_units

    units = extract_units(seed_document, reference_path="seeds/seed.txt")
    return {unit.key: Translation(unit.msgid) for unit in units}


def test_seed_zh_cn_copy_catalog_shows_cldr_values(seed_document: Document, seed_copy_catalog: dict) -> None:
    article = assemble_article(seed_document, seed_copy_catalog, TargetLocale("zh_CN"), domain="seed")
    assert article.counts["untranslated"] == 0 and article.fully_reviewed
    html = render_html(article)
    for expected in (
        "¥100亿",
        "US$15.2亿",
        "¥300亿",
        "¥50亿",
        "530,000平方米",
        "1279–1368年",
        "星期六",
        "第6",
        "2020年11月28日",
    ):
        assert expected in html, expected
    for english in ("10 billion yuan", "US$1.52 billion", "square meters", "Saturday", "6th", "{money_1}"):
        assert english not in html, english
    assert "来源：SHINE" in html and "编辑：Cai Wenjun" in html


def test_seed_german_edition(seed_document: Document, seed_copy_catalog: dict) -> None:
    text = render_plain_text(assemble_article(seed_document, seed_copy_catalog, TargetLocale("de"), domain="seed"))
    for expected in (
        "10\xa0Mrd.\xa0CN¥",
        "1,52\xa0Mrd.\xa0$",
        "530.000 Quadratmeter",
        "28. November 2020",
        "Samstag",
        "6.",
    ):
        assert expected in text, expected
    assert "“Golden Luodian,”" in text  # curly quotes of the source survive


def test_seed_arabic_page_with_empty_catalog(seed_document: Document) -> None:
    from l10n.extract import extract_units

    article = assemble_article(seed_document, {}, TargetLocale("ar"), domain="seed")
    units = extract_units(seed_document, reference_path="seeds/seed.txt")
    assert article.counts["untranslated"] == len(units) and article.counts["translated"] == 0
    segments = sum(len(block.segments) for block in seed_document.blocks)
    assert segments > len(units)  # "Ti Gong" thrice, counted once
    root = page(render_html(article))
    assert root.get("dir") == "rtl"
    english = root.findall(".//*[@lang='en']")
    assert english and all(element.get("dir") == "ltr" for element in english)
    marked_text = " ".join(element.text_content() for element in english)
    for block in seed_document.blocks:
        for segment in block.segments:  # every English fallback sentence sits in a lang="en" element
            assert segment.text.split("{")[0].strip()[:20] in marked_text
    # A wholly English paragraph is marked once, on the paragraph, so the bidi algorithm lays its
    # sentences out left to right in order (per-sentence spans in an RTL paragraph scramble them).
    paragraphs = [p for p in root.iter("p") if p.get("lang") == "en"]
    assert paragraphs and all(p.find(".//span[@lang]") is None for p in paragraphs)
    # English sentences keep English values: no Arabic inside them (no "مليار 10 CN¥" scramble)
    assert "more than 10 billion yuan (US$1.52 billion) this year" in marked_text
    assert not any("\u0600" <= char <= "\u06ff" for char in marked_text)


@settings(max_examples=40, deadline=None)
@given(msgstr=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_msgstr_reaches_the_page_as_text(msgstr: str) -> None:
    doc = Document(blocks=[Block("paragraph", "", segments=[plain("Hello.")])])
    article = assemble_article(doc, {(None, "Hello."): Translation(msgstr)}, TargetLocale("de"), domain="x")
    root = page(render_html(article))
    assert root.find(".//article/p").text_content() == xml_safe(msgstr)
    assert root.findall(".//script") == [] and root.findall(".//article//img") == []


def test_unknown_output_format_is_refused(tmp_path: Path) -> None:
    doc = article_document()
    article = assemble_article(doc, {}, TargetLocale("de"), domain="seed")
    with pytest.raises(ValueError, match="unknown article format"):
        write_article(article, tmp_path / "x.pdf", "pdf")  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


# --- figure images, review markers, Markdown inline markup --------------------------------------


def figure_document(src: str, alt: str = 'Signing "the deal" <b>') -> Document:
    doc = article_document()
    doc.extra = {"figure.1.src": src, "figure.1.alt": alt}
    return doc


def test_figure_image_is_shown_inside_the_figure_with_escaped_alt() -> None:
    doc = figure_document("photos/signing day.jpg")
    root = page(render_html(assemble_article(doc, copy_translations(doc), TargetLocale("de"), domain="seed")))
    figure = root.find(".//figure")
    assert [child.tag for child in figure] == ["img", "figcaption"]
    image = figure.find("img")
    assert image.get("src") == "photos/signing%20day.jpg" and image.get("alt") == 'Signing "the deal" <b>'
    assert image.get("lang") == "en"  # the alt text is the source's, on a German page
    english = page(render_html(assemble_article(doc, {}, TargetLocale("en"), domain="seed")))
    assert english.find(".//figure/img").get("lang") is None


def alt_document(alt: str = "Officials sign the deal") -> Document:
    """`figure_document` whose image alt text is a unit of its own (as ingest makes it)."""
    doc = figure_document("photos/signing.jpg", alt=alt)
    doc.blocks.insert(2, Block("alt", alt, figure=1, segments=[plain(alt)]))
    return doc


def test_translated_alt_text_goes_on_the_image_and_never_into_the_text() -> None:
    doc = alt_document()
    german = {("alt", "Officials sign the deal"): Translation("Beamte unterzeichnen")}
    article = assemble_article(doc, german, TargetLocale("de"), domain="seed")
    image = page(render_html(article)).find(".//figure/img")
    assert (image.get("alt"), image.get("lang")) == ("Beamte unterzeichnen", None)
    assert "Beamte unterzeichnen" not in page(render_html(article)).find(".//figure/figcaption").text_content()
    assert "Officials" not in render_plain_text(article)
    md = lxml_html.fragment_fromstring(MarkdownIt("commonmark").render(render_markdown(article)), create_parent="div")
    assert md.find(".//img").get("alt") == "Beamte unterzeichnen"
    assert article.counts["translated"] == 1


def test_untranslated_alt_text_stays_in_the_source_language_marked_and_counted() -> None:
    article = assemble_article(alt_document(), {}, TargetLocale("zh_CN"), domain="seed")
    image = page(render_html(article)).find(".//figure/img")
    assert (image.get("alt"), image.get("lang")) == ("Officials sign the deal", "en")
    without_alt = assemble_article(figure_document("photos/signing.jpg"), {}, TargetLocale("zh_CN"), domain="seed")
    assert article.counts["untranslated"] == without_alt.counts["untranslated"] + 1


@pytest.mark.parametrize(
    "src",
    ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:image/png;base64,iVBOR",
     "vbscript:x", "file:///etc/passwd", "//evil.example/x.png", "/abs/x.png", "https:///nohost.png", "", "a\\b.png"],
)  # fmt: skip
def test_unsafe_image_sources_never_reach_html_or_markdown(src: str) -> None:
    doc = figure_document(src)
    article = assemble_article(doc, {}, TargetLocale("fr"), domain="seed")
    root = page(render_html(article))
    assert root.find(".//figure/img") is None and root.find(".//figure/figcaption") is not None
    rendered = MarkdownIt("commonmark").render(render_markdown(article))
    assert "<img" not in rendered


def test_markdown_figure_writes_the_image_then_caption_and_credit() -> None:
    doc = figure_document("https://img.example.org/a_(1).jpg?w=800&h=600", alt="Ink [*draft*] #1")
    md = render_markdown(assemble_article(doc, copy_translations(doc), TargetLocale("es"), domain="seed"))
    fragment = lxml_html.fragment_fromstring(MarkdownIt("commonmark").render(md), create_parent="div")
    image = fragment.find(".//img")
    assert image.get("src") == "https://img.example.org/a_(1).jpg?w=800&h=600"
    assert image.get("alt") == "Ink [*draft*] #1"
    paragraph = image.getparent()
    assert paragraph.find("em").text_content() == "Companies sign agreements."
    assert "Foto: Ti Gong" in paragraph.text_content()


def test_seed_text_has_no_figure_images(seed_document: Document, seed_copy_catalog: dict) -> None:
    article = assemble_article(seed_document, seed_copy_catalog, TargetLocale("de"), domain="seed")
    assert article.figures == {}
    root = page(render_html(article))
    assert len(root.findall(".//figure")) == 3 and root.findall(".//img") == []


def test_machine_and_fuzzy_sentences_are_marked_for_review_reviewed_ones_not() -> None:
    doc = article_document()
    translations = copy_translations(doc)
    translations[(None, MONEY_SENTENCE)] = Translation(
        "Investissement de {money_1} ({money_2}).", fuzzy=True, origin="mt"
    )
    translations[(None, "It will become a highland.")] = Translation("Ce sera un haut lieu.", fuzzy=True, origin="tm")
    del translations[("caption", "Companies sign agreements.")]
    root = page(render_html(assemble_article(doc, translations, TargetLocale("fr"), domain="seed")))
    marked = {span.text_content(): span.get("data-status") for span in root.iterfind(".//span[@data-status]")}
    assert marked == {"Investissement de 10\xa0Md\xa0CNY (1,52\xa0Md\xa0$US).": "mt", "Ce sera un haut lieu.": "fuzzy"}
    assert all(span.get("lang") is None for span in root.iterfind(".//span[@data-status]"))
    fallback = root.find(".//figcaption/span[@lang='en']")
    assert fallback.text_content() == "Companies sign agreements." and fallback.get("data-status") is None
    assert root.find(".//h1").text_content() == "Biomedical to become key pillar industry"
    assert not root.findall(".//h1//span")


def test_machine_translated_fallback_in_arabic_is_one_span_with_lang_dir_and_status() -> None:
    doc = article_document()
    translations = {
        ("headline", "Biomedical to become key pillar industry"): Translation("الطب الحيوي", fuzzy=True, origin="mt")
    }
    root = page(render_html(assemble_article(doc, translations, TargetLocale("ar"), domain="seed")))
    span = root.find(".//h1/span")
    assert dict(span.attrib) == {"data-status": "mt"} and span.text == "الطب الحيوي"


def markdown_signature(element) -> list[tuple[str, tuple[str, ...]]]:
    """Every non-space character with the inline elements around it (em, strong, code, a=href)."""
    out: list[tuple[str, tuple[str, ...]]] = []

    def walk(node, active: tuple[str, ...]) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        name = {"i": "em", "b": "strong"}.get(tag, tag)
        if name == "a":
            from urllib.parse import unquote

            active = (*active, "a=" + unquote(node.get("href", "")))
        elif name in ("em", "strong", "code"):
            active = (*active, name)
        tags = tuple(sorted(set(active)))
        out.extend((char, tags) for char in (node.text or "") if not char.isspace())
        for child in node:
            walk(child, active)
            out.extend((char, tags) for char in (child.tail or "") if not char.isspace())

    walk(element, ())
    return out


def test_markdown_source_article_keeps_its_inline_markup_through_assembly(data_dir: Path) -> None:
    """science_feature.md → ingest → segment → assemble (German, English fallback) → Markdown:
    the emphasis, strong, link and code a reader saw in the source are in the output."""
    from l10n.ingest import ingest_file
    from l10n.segment import segment_document

    source = data_dir / "articles" / "science_feature.md"
    doc = segment_document(ingest_file(source))
    md = render_markdown(assemble_article(doc, {}, TargetLocale("en"), domain="science"))
    rendered = lxml_html.fragment_fromstring(MarkdownIt("commonmark").render(md), create_parent="div")
    assert rendered.find(".//a/em").text == "Nature Geoscience"
    assert rendered.find(".//a").get("href") == "https://www.nature.com/ngeo/"
    assert rendered.find(".//strong").text == "Dr. Ana Lucía Ferreira"
    assert [code.text for code in rendered.iter("code")] == ["2024"]
    image = rendered.find(".//img")
    assert (image.get("src"), image.get("alt")) == (
        "images/core-sample.jpg",
        "A sediment core on the deck of a research vessel",
    )
    original = lxml_html.fragment_fromstring(
        MarkdownIt("commonmark").render(source.read_text(encoding="utf-8")), create_parent="div"
    )
    for paragraph in original.iterfind("p"):
        if paragraph.find("a") is not None or paragraph.find("strong") is not None:
            twin = next(p for p in rendered.iterfind("p") if p.text_content()[:30] == paragraph.text_content()[:30])
            assert markdown_signature(twin) == markdown_signature(paragraph)


def test_markdown_line_break_becomes_a_hard_break_and_headings_stay_one_line() -> None:
    br = Placeable("br_1", "tag", "<br>", InlineTag("br", void=True))
    line = Segment(text="Line one{br_1}- not a list", source="", placeables=[br])
    heading = Segment(text="Part{br_1}two", source="", placeables=[br])
    doc = Document(blocks=[Block("heading", "", segments=[heading]), Block("paragraph", "", segments=[line])])
    md = render_markdown(assemble_article(doc, {}, TargetLocale("de"), domain="x"))
    rendered = lxml_html.fragment_fromstring(MarkdownIt("commonmark").render(md), create_parent="div")
    assert rendered.find("h2").text_content() == "Part two"
    paragraph = rendered.find("p")
    assert paragraph.find("br") is not None and paragraph.text_content().replace("\n", "") == "Line one- not a list"
    assert rendered.find(".//ul") is None


MARKDOWN_TEXT = st.text(alphabet="ab Zé中*_`[]()<>#!&\\~|-+=.1;\"'", min_size=0, max_size=8)
HREFS = st.sampled_from(
    ["https://example.org/a_b?x=1&y=*2*", "https://example.org/(x) y", "../rel/pa<th>", "mailto:a@b.c"]
)


def inline_trees(depth: int = 3):
    """Random sentences: text runs and em/strong/code/link elements nested up to `depth`."""
    leaf = MARKDOWN_TEXT.map(lambda text: [text])
    if depth == 0:
        return leaf

    def wrap(args):
        name, href, children = args
        attrs = (("href", href),) if name == "a" else ()
        return [InlineTag(name, attrs), *children, InlineTag(name, closing=True)]

    element = st.tuples(st.sampled_from(["em", "strong", "i", "b", "code", "a"]), HREFS, inline_trees(depth - 1)).map(
        wrap
    )
    return st.lists(st.one_of(leaf, element), min_size=1, max_size=4).map(
        lambda parts: [p for part in parts for p in part]
    )


def expected_signature(pieces) -> list[tuple[str, tuple[str, ...]]]:
    """What a reader should see: characters with their formatting (no links inside links; code literal)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    stack: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.extend((char, tuple(stack)) for char in piece if not char.isspace())
        elif piece.closing:
            stack.pop()
        else:
            name = {"i": "em", "b": "strong"}.get(piece.name, piece.name)
            if name == "a":
                name = "" if any(s.startswith("a=") for s in stack) else "a=" + dict(piece.attrs)["href"]
            stack.append(name)
    # elements inside code show as code text only; empty names (nested links) mark nothing
    cut = [tags[: tags.index("code") + 1] if "code" in tags else tags for _, tags in out]
    return [(char, tuple(sorted({t for t in tags if t}))) for (char, _), tags in zip(out, cut)]


@settings(max_examples=150, deadline=None)
@given(pieces=inline_trees())
def test_markdown_inline_markup_reads_back_as_the_same_formatting(pieces) -> None:
    from l10n.assemble.markdown_inline import inline_markdown

    markdown = inline_markdown(pieces)
    rendered = lxml_html.fragment_fromstring(
        MarkdownIt("commonmark").render(markdown) or "<p></p>", create_parent="div"
    )
    assert markdown_signature(rendered) == expected_signature(pieces), markdown


def test_source_edition_of_a_british_page_says_en_gb_and_translations_keep_their_own_tag() -> None:
    """A real BBC page declares `<html lang="en-GB">`: its source edition (locale `en`) is
    written `lang="en-GB"` (BCP 47), a translation of it keeps its own tag, and an article that
    names no region keeps `en`."""
    from l10n.ingest import ingest_file
    from l10n.locales import parse_locale
    from l10n.segment import segment_document

    realworld = Path(__file__).parent / "data" / "realworld"
    bbc = segment_document(ingest_file(realworld / "bbc-com-52241221.html"))
    assert (bbc.source_locale, bbc.source_variant) == ("en", "en_GB")

    def html_lang(doc: Document, code: str) -> str:
        page = render_html(assemble_article(doc, {}, parse_locale(code), domain="bbc"))
        return lxml_html.document_fromstring(page).get("lang")

    assert html_lang(bbc, "en") == "en-GB"
    assert html_lang(bbc, "de") == "de" and html_lang(bbc, "en_US") == "en-US"
    bbc.source_variant = ""
    assert html_lang(bbc, "en") == "en"
