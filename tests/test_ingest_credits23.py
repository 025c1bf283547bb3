"""Issue 14's picture credits, said once (l10n/ingest/fields.py `without_credit_label`,
`cut_glued_credit`): a credit read from a page's element keeps no label of its own ("Foto: EBAA"
read "Photo: Foto: EBAA" in an edition, which prints its own label), Word and Markdown captions
read the credit labels of the article's language (core properties, front matter), and a caption's
own label-like words are not split off as a credit. Each rule on a real page or markup cut from
one, with its near miss."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html
from page_support import HEADLINE, STORY, ingest, read
from test_ingest_docx import PNG_1PX

from l10n.assemble import assemble_article, render_article
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.model import Document
from l10n.segment import segment_document


def _credits(document: Document) -> list[str]:
    return [block.text for block in document.blocks if block.role == "credit"]


@pytest.mark.parametrize(
    ("page", "credit"),
    [
        ("aerokurier-de-ebaa", "EBAA"),  # <span class="va-image-copyright">Foto: EBAA</span>, lang="de"
        ("pcgamer-com-darkest", "HandyGames"),  # <span class="credit">(Image credit: HandyGames)</span>
        ("telegraph-co-uk-plumber", "PA"),  # "Credit: Photo: PA", its first label in a span of its own
        ("kommersant-ru-ibrahim", "Дмитрий Азаров, Коммерсантъ"),  # "Фото: …", lang="ru"
        ("rollingstone-com-doobie", "Jason Kempin/Getty Images"),  # "Photo by …"
    ],
)
def test_a_credit_read_from_an_element_keeps_no_label(page: str, credit: str) -> None:
    credits = _credits(read(page))
    assert credit in credits
    assert not any(text.endswith(f": {credit}") or text.endswith(f" by {credit}") for text in credits)


def test_near_misses_a_credit_without_a_picture_label_stays_as_written() -> None:
    """heraldsun's "Source: Supplied" ("Source" is no picture label of the table: it labels a
    story's footer too) and villagevoice's two credits, one per picture of a pair."""
    assert "Source: Supplied" in _credits(read("heraldsun-com-au-surveillance"))
    assert "L: Random House / R: Simon & Schuster" in _credits(read("villagevoice-com-party"))


FIGURE = (
    '<figure><img src="quay.jpg"><figcaption>Menschen warten am Kai.'
    '<span class="image-copyright">{credit}</span></figcaption></figure>'
)


def _story(figure: str, lang: str) -> Document:
    return ingest(f"<article>{HEADLINE}{figure}{STORY}</article>", lang=lang)


def test_the_edition_prints_the_credit_label_once_in_its_language() -> None:
    """aerokurier's credit element, cut: every edition, in German and in English, labels the credit
    once, in the edition's language."""
    document = segment_document(_story(FIGURE.format(credit="Foto: Ann Lee/dpa"), "de"))
    for locale, label in (("de", "Foto: "), ("en", "Photo: ")):
        article = assemble_article(document, {}, parse_locale(locale), domain="harbour")
        page = lxml_html.document_fromstring(render_article(article, "html"))
        assert page.find(".//figcaption//small").text_content() == f"{label}Ann Lee/dpa"
        for kind in ("md", "txt"):
            edition = render_article(article, kind)
            assert f"{label}Ann Lee/dpa" in edition and "Foto: Foto" not in edition and "Photo: Foto" not in edition


def test_near_misses_an_agency_named_like_a_label_and_two_bracketed_credits_stay_whole() -> None:
    """ "picture alliance/dpa" is an agency's name (no colon: no label), and "(Foto: AP) / (Foto:
    AFP)" two credits whose brackets are not the one label's."""
    for credit in ("picture alliance/dpa", "(Foto: AP) / (Foto: AFP)"):
        assert _credits(_story(FIGURE.format(credit=credit), "de")) == [credit]


def _word(path: Path, language: str, caption: str) -> Path:
    word = docx.Document()
    word.core_properties.language = language
    word.add_paragraph("Fähren fahren wieder", style="Title")
    word.add_paragraph("Der Hafen ist nach dem Sturm wieder offen, teilte die Hafenbehörde am Montag mit.")
    word.add_paragraph().add_run().add_picture(io.BytesIO(PNG_1PX))
    word.add_paragraph(caption, style="Caption")
    word.save(path)
    return path


def test_a_word_caption_reads_the_credit_label_of_the_files_language(tmp_path: Path) -> None:
    """A German Word file (core properties `dc:language` de-DE): "Foto: …" after its caption is the
    credit, as "Photo: …" is in an English one. The near miss: the same caption in a file without
    a language, where "Foto:" is no label read, stays the caption."""
    caption = "Fähren warten im Hafen. Foto: Bo Chen/dpa"
    german = ingest_file(_word(tmp_path / "de.docx", "de-DE", caption))
    assert [(b.role, b.text) for b in german.blocks if b.figure] == [
        ("caption", "Fähren warten im Hafen."),
        ("credit", "Bo Chen/dpa"),
    ]
    unknown = ingest_file(_word(tmp_path / "none.docx", "", caption))
    assert [(b.role, b.text) for b in unknown.blocks if b.figure] == [("caption", caption)]


MARKDOWN = """---
title: Fähren fahren wieder
{lang}---

Der Hafen ist nach dem Sturm wieder offen, teilte die Hafenbehörde am Montag mit.

![Fähren im Hafen](hafen.jpg "Foto: Ann Lee")

*Fähren warten im Hafen. Foto: Bo Chen/dpa*
"""


def test_a_markdown_caption_and_image_title_read_the_credit_label_of_the_front_matters_language(
    tmp_path: Path,
) -> None:
    """A Markdown figure (image, emphasised caption) in German by its front matter: the image's
    title "Foto: Ann Lee" is the credit without its label, and the caption's glued "Foto: …" its
    credit. The near miss: without a language "Foto:" labels nothing and both stay as written."""
    path = tmp_path / "hafen.md"
    path.write_text(MARKDOWN.format(lang="lang: de-DE\n"), encoding="utf-8")
    assert [(b.role, b.text) for b in ingest_file(path).blocks if b.figure] == [
        ("alt", "Fähren im Hafen"),
        ("credit", "Ann Lee"),
        ("caption", "Fähren warten im Hafen."),
        ("credit", "Bo Chen/dpa"),
    ]
    path.write_text(MARKDOWN.format(lang=""), encoding="utf-8")
    assert [(b.role, b.text) for b in ingest_file(path).blocks if b.figure] == [
        ("alt", "Fähren im Hafen"),
        ("credit", "Foto: Ann Lee"),
        ("caption", "Fähren warten im Hafen. Foto: Bo Chen/dpa"),
    ]


SEED = """ date 2020-11-28 News / Metro
Harbour reopens after the storm
Yang Jian
18:59 UTC+8, 2020-11-28      0
The harbour reopened on Monday.
{credit}
Companies sign agreements at the harbour on Saturday.
The harbour reopened on Monday after the storm.
"""


def test_a_seed_articles_photo_by_credit_keeps_no_label(tmp_path: Path) -> None:
    """The seed layout's "Photo by Dong Jun" credit line (DESIGN.md "Seed article format") is the
    credit "Dong Jun"; the near miss "Ti Gong", a credit with no label, stays as written."""
    for credit, expected in (("Photo by Dong Jun", "Dong Jun"), ("Ti Gong", "Ti Gong")):
        path = tmp_path / "seed.txt"
        path.write_text(SEED.format(credit=credit), encoding="utf-8")
        assert _credits(ingest_file(path)) == [expected]


def _caption_figure(caption: str, lang: str) -> list[tuple[str, str]]:
    document = _story(f'<figure><img src="quay.jpg"><figcaption>{caption}</figcaption></figure>', lang)
    return [(block.role, block.text) for block in document.blocks if block.figure]


@pytest.mark.parametrize(
    ("lang", "caption"),
    [
        # a label after a word of the caption's phrase (an article, a preposition) is its noun: German "im Bild:"
        ("de", "Der Parteitag in Berlin, links im Bild: Olaf Scholz"),
        # a Title Case title after the label: a function word capitalised inside it, as no name or agency has
        ("en-US", "Our weekend special, The Big Picture: Storms Over Texas"),
    ],
)
def test_a_captions_own_label_like_words_are_not_split_as_a_credit(lang: str, caption: str) -> None:
    assert _caption_figure(caption, lang) == [("caption", caption)]


def test_near_misses_credits_after_a_space_still_split() -> None:
    """Credits the spaced rule was written on (tageblatt's "… vollen Erfolg Foto: Editpress/…",
    lsm-lv's "… janvāris Foto: REUTERS, NTB", ak-kurier's "… Wilhelmstraße Foto: Jennifer Patt"),
    and an agency's part that opens with "The", still split from their captions."""
    for lang, caption, credit in (
        ("de", "Die Filiale in der Betzdorfer Wilhelmstraße Foto: Jennifer Patt", "Jennifer Patt"),
        ("lv", "Zemes nogruvums Askā, Norvēģijā, 2021.gada janvāris Foto: REUTERS, NTB", "REUTERS, NTB"),
        ("en-CA", "Crowds wait on the quay at dawn Photo: AP Photo/The Canadian Press", "AP Photo/The Canadian Press"),
        # review23a F1: a short name or noun closing the caption is no word of a label's phrase
        ("de", "Papst Franziskus in Rom Foto: Andrew Medichini/AP", "Andrew Medichini/AP"),
        ("en-US", "President Biden walks with his son Photo: Evan Vucci/AP", "Evan Vucci/AP"),
        # review23a F3: a name holding an English function word, on a page of another language
        ("ko", "Crowds wait on the quay at dawn Photo: Kim An/Yonhap", "Kim An/Yonhap"),
    ):
        assert _caption_figure(caption, lang) == [
            ("caption", caption.partition(" Foto:")[0].partition(" Photo:")[0]),
            ("credit", credit),
        ]
