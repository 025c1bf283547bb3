"""A page that states no language is read in its own language, not taken for English (lang49,
issue 14: `ingest.text_language`). Real pages of tests/data/realworld with every statement of their
language stripped (`bench/text_language.py`'s `strip_language`) read back as the language they
stated; a stated language wins over the text, with a warning; a short or mixed text keeps the
default. The whole corpus is `bench/text_language.py table`'s to count."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import bench_module, run_l10n

from l10n.ingest import ingest_file
from l10n.locales import article_language
from l10n.memory.document_codec import decode_document, encode_document

REALWORLD = Path(__file__).parent / "data" / "realworld"

# One page of each language, each stating it and its text agreeing (`bench/text_language.py dump`).
STATED = {
    "aero-de-fraport": "de",
    "ozap-com-terriens": "fr",
    "la-prensa-com-mx-tijuana": "es",
    "bankfax-ru-kardio": "ru",
    "shjnet-cn-tudou": "zh_Hans",
    "nownews-com-kouzhao": "zh_Hant",
    "ipa-go-jp-goldenweek": "ja",
    "chosun-com-nokyungeun": "ko",
    "akhbarelyom-com-akef": "ar",
    "kavalanet-gr-eisitirio": "el",
    "torcedores-com-neymar": "pt",
    "kopalniawiedzy-pl-markury": "pl",
    "radionz-co-nz-shellfish": "en",
    "gmanetwork-com-servings": "en",
}


def stripped(name: str) -> bytes:
    return bench_module("text_language").strip_language((REALWORLD / f"{name}.html").read_bytes())


@pytest.mark.parametrize("name", sorted(STATED))
def test_a_page_stripped_of_its_language_is_read_in_it(name: str) -> None:
    """Without the lang stripped each states its language; stripped, each was English (`en`, the
    default) and is now its own, read from its text (`-v`: "read from the text")."""
    page = REALWORLD / f"{name}.html"
    stated = ingest_file(page)
    assert stated.language_stated and stated.source_locale == STATED[name]
    document = ingest_file(page, data=stripped(name))
    assert not document.language_stated
    assert (document.source_locale, document.language_read) == (STATED[name], True)


@pytest.mark.parametrize(
    ("name", "language"), [("yangtse-com-shuji", "zh_Hans"), ("upmedia-mg-83141", "zh_Hant"), ("tass-ru-tskad", "ru")]
)
def test_pages_that_state_no_language_are_read_in_theirs(name: str, language: str) -> None:
    """Pages saved as they are, stating nothing: extract refused them by their script before; a
    Chinese page is read in the script its characters are (Traditional for upmedia's)."""
    document = ingest_file(REALWORLD / f"{name}.html")
    assert (document.source_locale, document.language_read, document.language_stated) == (language, True, False)


def test_a_stated_language_wins_and_a_strong_disagreement_is_warned(caplog: pytest.LogCaptureFixture) -> None:
    """sdpnoticias states `<html lang="en">` over a Spanish story, one language stated, so the
    stopword rule (`scripts.settled_language`) has none to choose: it stays en, and says so."""
    page = REALWORLD / "sdpnoticias-com-tatu.html"
    with caplog.at_level(logging.WARNING):
        document = ingest_file(page)
    assert (document.source_locale, document.language_stated, document.language_read) == ("en", True, False)
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith(f"{page}: warning: the article states en and its text reads as es (")
    assert message.endswith(
        'correct lang="…" on <html> and the page\'s other language tags, or extract it with --lang es'
    )


def test_a_mixed_page_keeps_the_default_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    """philstar's story is Tagalog and English, sentence by sentence (py3langid reads it all as
    Tagalog at 0.99): half its blocks are English, so no language is read from it."""
    page = REALWORLD / "philstar-com-bea.html"
    with caplog.at_level(logging.WARNING):
        document = ingest_file(page)
    assert (document.source_locale, document.language_read) == ("en", False)
    [message] = [record.getMessage() for record in caplog.records]
    assert message.startswith(f"{page}: warning: no language stated and the text does not tell its language surely")
    assert "likeliest tl at 0.9" in message and "of its blocks); read as the project's source_locale" in message


def test_a_short_text_keeps_the_default(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """ "Hello." says nothing (likeliest Breton at 0.05): en, silently; "Notícias do dia" is likeliest
    Portuguese at 0.70, not sure enough: en, with a warning naming the file."""
    hello, news = tmp_path / "hello.txt", tmp_path / "news.txt"
    hello.write_text("Hello.\n", encoding="utf-8")
    news.write_text("Notícias do dia\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert (ingest_file(hello).source_locale, ingest_file(hello).language_read) == ("en", False)
        assert not caplog.records
        assert (ingest_file(news).source_locale, ingest_file(news).language_read) == ("en", False)
    assert (
        caplog.records[0]
        .getMessage()
        .startswith(
            f"{news}: warning: no language stated and the text does not tell its language surely "
            "(too short, mixed or of close languages: likeliest pt at 0.70"
        )
    )
    assert (
        caplog.records[0]
        .getMessage()
        .endswith("set source_locale in l10n.toml, or extract it with --lang <its language>")
    )


def test_an_english_text_read_from_its_words_is_english_in_a_project_of_another_language() -> None:
    """A stated `en` counts as the project's language in a French project (a CMS's default); an
    English text read as English is English, so its template says so."""
    document = ingest_file(REALWORLD / "radionz-co-nz-shellfish.html", data=stripped("radionz-co-nz-shellfish"))
    assert article_language(document, "fr") == "en"
    document.language_read = False
    assert article_language(document, "fr") is None


def test_the_kept_parse_keeps_where_its_language_came_from() -> None:
    document = ingest_file(REALWORLD / "tass-ru-tskad.html")
    data = encode_document(document)
    assert data is not None
    decoded = decode_document(data, source_path=document.source_path)
    assert decoded is not None and (decoded.source_locale, decoded.language_read) == ("ru", True)


def test_extract_writes_the_language_read_into_the_template(tmp_path: Path) -> None:
    """The German page stripped of its lang is extracted as German: `X-Source-Language: de`, and
    `-v` says where it came from; nothing goes to en→es engines as English."""
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["es"]\n', encoding="utf-8")
    (tmp_path / "fraport.html").write_bytes(stripped("aero-de-fraport"))
    done = run_l10n(tmp_path, "extract", "fraport.html", "-v")
    assert "  language de (read from the text)" in done.stdout.splitlines()
    assert '"X-Source-Language: de\\n"' in (tmp_path / "locales" / "fraport.pot").read_text(encoding="utf-8")
