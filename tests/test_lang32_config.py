"""`[l10n.article_languages]` (issue 14): the operator's word on an article's language kept in
l10n.toml, so every later run — the nightly `extract`/`run` with no option — reads the article as
that language; `extract --lang` is one run's word over it. Real CLI runs, real files."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import run_l10n
from test_lang32_lang import GERMAN_PAGE, header

SETTINGS = '[l10n]\nsource_locale = "en"\nlocales = ["fr", "es"]\n'


def project(root: Path, table: str = "") -> Path:
    (root / "berlin").mkdir(parents=True)
    (root / "l10n.toml").write_text(SETTINGS + table, encoding="utf-8")
    (root / "berlin" / "park.html").write_text(GERMAN_PAGE.format(lang="en"), encoding="utf-8")
    (root / "news.html").write_text(GERMAN_PAGE.format(lang="en").replace("Park", "Zoo"), encoding="utf-8")
    return root


def languages(root: Path) -> dict[str, str | None]:
    return {name: header(root / "locales" / f"{name}.pot", "X-Source-Language") for name in ("park", "news")}


def test_a_glob_in_the_settings_gives_the_articles_it_matches_their_language_on_every_run(tmp_path: Path) -> None:
    root = project(tmp_path, '[l10n.article_languages]\n"berlin/*.html" = "de"\n')
    first = run_l10n(root, "extract", "berlin/park.html", "news.html", "-v")
    assert "  language de (l10n.toml)" in first.stdout.splitlines()
    assert "  language en (stated by the page)" in first.stdout.splitlines()
    assert languages(root) == {"park": "de", "news": None}
    # the nightly run names no option: the article is read as the settings say, as before
    page = root / "berlin" / "park.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Tausende", "Hunderte"), encoding="utf-8")
    run_l10n(root, "extract", "berlin/park.html", "news.html")
    assert languages(root) == {"park": "de", "news": None}
    assert "Hunderte" in (root / "locales" / "park.pot").read_text(encoding="utf-8")
    # one run's --lang is over the settings; the next run without it is the settings' again
    run_l10n(root, "extract", "berlin/park.html", "--lang", "fr")
    assert languages(root)["park"] == "fr"
    run_l10n(root, "extract", "berlin/park.html")
    assert languages(root)["park"] == "de"


def test_a_changed_table_is_a_changed_input_and_the_first_matching_glob_wins(tmp_path: Path) -> None:
    root = project(tmp_path, '[l10n.article_languages]\n"berlin/*" = "de"\n')
    run_l10n(root, "extract", "berlin/park.html", "news.html")
    assert languages(root) == {"park": "de", "news": None}
    settings = root / "l10n.toml"
    settings.write_text(
        SETTINGS + '[l10n.article_languages]\n"news.html" = "de_AT"\n"*.html" = "nl"\n', encoding="utf-8"
    )
    os.utime(settings, ns=(0, 0))  # a change of content, whatever the clock says
    run_l10n(root, "extract", "berlin/park.html", "news.html")
    assert languages(root) == {"park": "nl", "news": "de"}  # de_AT is German, as a stated de-AT is
    settings.write_text(SETTINGS, encoding="utf-8")
    run_l10n(root, "extract", "berlin/park.html", "news.html")
    assert languages(root) == {"park": None, "news": None}  # the pages' own word again


def test_a_wrong_language_in_the_table_is_refused_in_one_line_naming_file_and_line(tmp_path: Path) -> None:
    root = project(tmp_path, '[l10n.article_languages]\n"news.html" = "de"\n"berlin/*" = "deu"\n')
    refused = run_l10n(root, "extract", "news.html", allowed=None)
    assert refused.returncode != 0
    last = refused.stderr.strip().splitlines()[-1]
    assert "l10n.toml" in last and ":6" in last, last
    assert last.endswith("article_languages: berlin/*: unknown locale 'deu' (did you mean de?)"), last
    assert not (root / "locales" / "news.pot").exists()
    wrong_type = project(tmp_path / "typed", '[l10n.article_languages]\n"berlin/*" = 7\n')
    refused = run_l10n(wrong_type, "extract", "news.html", allowed=None)
    assert "expected a language code" in refused.stderr


def test_the_source_edition_is_published_in_the_language_the_settings_give(tmp_path: Path) -> None:
    """`assemble` and `publish` read the article as `extract` did (`article_sources.article_document`):
    the source edition of a page marked "en" that the settings call German is the German one, its
    page `lang="de"`, with no English edition beside it."""
    root = project(tmp_path, '[l10n.article_languages]\n"berlin/*" = "de"\n')
    settings = root / "l10n.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("[l10n]\n", '[l10n]\nengine = "pseudo"\n'))
    for command in (("extract", "berlin/park.html"), ("update",), ("translate",), ("publish",)):
        run_l10n(root, *command)
    site = root / "site"
    assert (site / "de" / "park.html").is_file()
    assert not (site / "en" / "park.html").exists()
    assert '<html lang="de"' in (site / "de" / "park.html").read_text(encoding="utf-8")
