"""A page stating two languages of one script (the editor's promise: no wrong value). A Spanish
article under an English template states `<html lang="en">` and `Content-Language: es`; the
script rule (`scripts.settled_language`) cannot choose between two Latin-script languages, so it
was read as English, and Apertium en→es showed "1.162 millones" (1,162 million) as "1,162". Now
the stated language whose stopwords (jusText's lists) the prose holds clearly most is read
(`scripts.stopword_language`), with one warning; a page stating only one language, a language
jusText has no list for, short prose and an English page whose template states another language
stay as read before. Real pages: tests/data/realworld (sources in SOURCES.md there)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REALWORLD, run_l10n

from l10n.ingest import ingest_file
from l10n.ingest.html import ingest_html
from l10n.ingest.scripts import STOPWORDS_MARGIN, STOPWORDS_MINIMUM, prose_texts, stopword_counts

SPANISH = (
    "Nicaragua cerró el año con una deuda externa de 1.162 millones de dólares más que en el año anterior, "
    "según el informe que publicó el banco central el lunes por la tarde.",
    "La mayor parte de la deuda es de la administración pública, y el resto corresponde a las empresas "
    "privadas y a los bancos del país, que pidieron más préstamos para pagar sus importaciones.",
    "Los economistas consultados dijeron que no hay un riesgo inmediato, pero que el gobierno tendrá que "
    "buscar otras fuentes de dinero si los precios del petróleo siguen subiendo durante los próximos meses.",
)
ENGLISH = (
    "The city council voted on Monday to reopen the riverside library after a restoration that took two years "
    "and cost more than the budget that was set for it.",
    "Most of the money came from the state, and the rest was raised by the people who live in the district, "
    "who had asked for the building to be saved when it was closed.",
    "The mayor said that the library would be open every day of the week from the first of next month, and that "
    "the old reading room would be kept as it was.",
)
# The real pages that state English first and another language their letters agree with too, and the
# one their words are in (read by eye: Polish, German and Spanish articles under English templates;
# divyabhaskar is Gujarati, a script `writing_systems` does not name, so its letters could not choose).
READ_BY_WORDS = {
    "biolog-pl-hiv": "pl",
    "comwrap-com-patientenakte": "de",
    "divyabhaskar-co-in-chhetu": "gu",
    "hoy-com-do-aird": "es",
}
# Real pages that state two languages of one script and stay in the first: dominicantoday is English
# with og:locale es_ES; unn states ru then uk over a Russian article.
READ_AS_STATED = {"dominicantoday-com-air": "en", "unn-com-ua-moldova": "ru"}


def page(lang: str, *paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>'


CONTENT_ES = '<meta http-equiv="Content-Language" content="es">'


def test_spanish_prose_under_english_and_spanish_stated_is_read_as_spanish(caplog: pytest.LogCaptureFixture) -> None:
    document = ingest_html(page("en", *SPANISH, head=CONTENT_ES), source_path="a.html")
    assert (document.source_locale, document.language_stated) == ("es", True)
    assert [record.getMessage() for record in caplog.records] == [
        "a.html: warning: the article states en and its common words are es's; read as es, which it states too"
    ]


def test_an_english_page_whose_template_states_another_language_stays_english(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for head in ('<meta property="og:locale" content="es_ES">', CONTENT_ES):
        assert ingest_html(page("en", *ENGLISH, head=head), source_path="b.html").source_locale == "en"
    assert not caplog.records


def test_short_prose_is_not_judged() -> None:
    """Two sentences hold fewer than STOPWORDS_MINIMUM Spanish stopwords: read as first stated."""
    short = ingest_html(page("en", SPANISH[0][:90], head=CONTENT_ES), source_path="c.html")
    assert stopword_counts(list(prose_texts(short)), ["es"])["es"] < STOPWORDS_MINIMUM
    assert short.source_locale == "en"


def test_a_language_without_a_stop_list_is_not_judged() -> None:
    """Norwegian `no` has no jusText list (its Bokmål has): a page stating no, then nb is not judged."""
    text = ("Det er en fin dag i byen, og vi har mange som kommer for å se på det som skjer her i dag.",) * 4
    document = ingest_html(page("no", *text, head='<meta property="og:locale" content="nb_NO">'), source_path="d.html")
    assert stopword_counts(list(prose_texts(document)), ["no", "nb"]).keys() == {"nb"}
    assert document.source_locale == "no"


def test_never_a_language_the_page_does_not_state() -> None:
    assert ingest_html(page("en", *SPANISH), source_path="e.html").source_locale == "en"
    assert (
        ingest_html(
            page("en", *SPANISH, head='<meta property="og:locale" content="pt_BR">'), source_path="f.html"
        ).source_locale
        == "en"
    )


@pytest.mark.parametrize("name", sorted(READ_BY_WORDS))
def test_a_real_page_is_read_in_the_stated_language_of_its_words(name: str) -> None:
    path = REALWORLD / f"{name}.html"
    document = ingest_file(path)
    assert (document.source_locale, document.language_stated) == (READ_BY_WORDS[name], True)
    counts = stopword_counts(list(prose_texts(document)), ["en", READ_BY_WORDS[name]])
    assert counts[READ_BY_WORDS[name]] >= STOPWORDS_MARGIN * counts["en"]


@pytest.mark.parametrize("name", sorted(READ_AS_STATED))
def test_a_real_page_stating_two_languages_of_one_script_stays_in_its_first(name: str) -> None:
    assert ingest_file(REALWORLD / f"{name}.html").source_locale == READ_AS_STATED[name]


def test_extract_writes_the_spanish_article_as_spanish(tmp_path: Path) -> None:
    """The template's X-Source-Language is es: no es catalog is machine-translated from "English"."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["es", "de"]\n', encoding="utf-8")
    (tmp_path / "seeds" / "deuda.html").write_text(page("en", *SPANISH, head=CONTENT_ES), encoding="utf-8")
    done = run_l10n(tmp_path, "extract", "seeds/deuda.html")
    assert 'X-Source-Language: es\\n"' in (tmp_path / "locales" / "deuda.pot").read_text(encoding="utf-8")
    assert "its common words are es's" in done.stderr
