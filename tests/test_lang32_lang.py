"""`extract --lang CODE` (issue 14): the operator's word on an article's language over what the
file states (a CMS that marks a German page `lang="en"`), validated like any locale code, said
per article under -v, and an input of the incremental stamps. Real CLI runs, real files."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import run_l10n

GERMAN_PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><title>Der Bürgermeister eröffnet den Park</title></head><body>'
    "<article><h1>Der Bürgermeister eröffnet den Park</h1><p>Am Samstag eröffnete der Bürgermeister den "
    "neuen Park am Fluss. Tausende Besucher kamen am Nachmittag.</p></article></body></html>"
)
ARABIC_TEXT = "افتتاح الحديقة الجديدة\n\nافتتح رئيس البلدية يوم السبت الحديقة الجديدة على ضفة النهر.\n"
SHORT_ARABIC = "بغداد\n\nمرحبا\n"
"""Two words of Arabic script that tell no language surely (Arabic, Persian, Urdu…): not read from the
text (`ingest.text_language`; ARABIC_TEXT is read as Arabic), so refused by its script."""


def project(root: Path, files: dict[str, str], *, source: str = "en") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(f'[l10n]\nsource_locale = "{source}"\nlocales = ["fr", "es"]\n', encoding="utf-8")
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def header(path: Path, name: str) -> str | None:
    found = re.search(rf'^"{re.escape(name)}: (.*)\\n"$', path.read_text(encoding="utf-8"), re.M)
    return found.group(1) if found else None


def without_dates(path: Path) -> str:
    return re.sub(r'^"(POT-Creation-Date|PO-Revision-Date): .*$', "", path.read_text(encoding="utf-8"), flags=re.M)


def test_a_page_marked_english_that_is_german_is_german_with_lang_as_if_it_said_so(tmp_path: Path) -> None:
    """The template, the catalogs and the XLIFF made with `--lang de` from a page marked "en" are
    those made from the same page marked "de": the override flows as a stated language does."""
    wrong = project(tmp_path / "wrong", {"park.html": GERMAN_PAGE.format(lang="en")})
    right = project(tmp_path / "right", {"park.html": GERMAN_PAGE.format(lang="de")})
    plain = run_l10n(wrong, "extract", "park.html", "-v")
    assert "  language en (stated by the page)" in plain.stdout.splitlines()
    assert header(wrong / "locales" / "park.pot", "X-Source-Language") is None
    told = run_l10n(wrong, "extract", "park.html", "--lang", "de", "-v")
    assert "  language de (--lang)" in told.stdout.splitlines()
    stated = run_l10n(right, "extract", "park.html", "-v")
    assert "  language de (stated by the page)" in stated.stdout.splitlines()
    assert without_dates(wrong / "locales" / "park.pot") == without_dates(right / "locales" / "park.pot")
    for root in (wrong, right):
        run_l10n(root, "update")
        run_l10n(root, "xliff", "export", "--locale", "fr", "-o", str(root / "park.xlf"))
    pos = sorted(path.relative_to(wrong / "locales") for path in (wrong / "locales").rglob("*.po"))
    assert len(pos) == 2
    for name in pos:
        assert header(wrong / "locales" / name, "X-Source-Language") == "de"
        assert without_dates(wrong / "locales" / name) == without_dates(right / "locales" / name)
    exported = (wrong / "park.xlf").read_text(encoding="utf-8")
    assert 'srcLang="de"' in exported
    assert exported == (right / "park.xlf").read_text(encoding="utf-8")


def test_an_article_refused_for_its_script_is_extracted_with_lang(tmp_path: Path) -> None:
    root = project(tmp_path, {"park.txt": SHORT_ARABIC})
    refused = run_l10n(root, "extract", "park.txt", allowed=None)
    assert refused.returncode == 2
    assert (
        refused.stderr.strip()
        .splitlines()[-1]
        .endswith(
            "park.txt: no language stated and the text is in Arabic script, not en; set source_locale in l10n.toml, "
            "or extract it with --lang <its language>"
        )
    )
    assert not (root / "locales" / "park.pot").exists()
    done = run_l10n(root, "extract", "park.txt", "--lang", "ar", "-v")
    assert "  language ar (--lang)" in done.stdout.splitlines()
    assert header(root / "locales" / "park.pot", "X-Source-Language") == "ar"
    assert "بغداد" in (root / "locales" / "park.pot").read_text(encoding="utf-8")
    (root / "opening.txt").write_text(ARABIC_TEXT, encoding="utf-8")  # a sentence of it tells its language
    run_l10n(root, "extract", "opening.txt")
    assert header(root / "locales" / "opening.pot", "X-Source-Language") == "ar"


def test_lang_names_english_in_a_project_of_another_language(tmp_path: Path) -> None:
    """A stated "en" in a French project may be a CMS's default and counts as the project's
    (`locales.article_language`); the operator's `--lang en` is English."""
    page = GERMAN_PAGE.replace("Der Bürgermeister eröffnet den Park", "The mayor opens the park")
    root = project(tmp_path, {"park.html": page.format(lang="en")}, source="fr")
    run_l10n(root, "extract", "park.html")
    assert header(root / "locales" / "park.pot", "X-Source-Language") is None
    done = run_l10n(root, "extract", "park.html", "--lang", "en", "-v")
    assert "  language en (--lang)" in done.stdout.splitlines()
    assert header(root / "locales" / "park.pot", "X-Source-Language") == "en"


def test_a_bad_code_is_refused_in_one_line_with_what_it_may_mean(tmp_path: Path) -> None:
    root = project(tmp_path, {"park.html": GERMAN_PAGE.format(lang="en")})
    for code, line in (
        ("deu", "error: --lang: unknown locale 'deu' (did you mean de?)"),
        (
            "German",
            "error: --lang: invalid locale code 'German': expected a BCP 47 / CLDR code such as zh_CN "
            "(did you mean de?)",
        ),
        ("jp", "error: --lang: unknown locale 'jp': not a CLDR locale code (did you mean ja?)"),
        ("zh", "error: --lang: 'zh' names a language written in more than one script: use zh_CN or zh_TW"),
        ("xx", "error: --lang: unknown locale 'xx': not a CLDR locale code"),
    ):
        done = run_l10n(root, "extract", "park.html", "--lang", code, allowed=None)
        assert done.returncode == 2, code
        assert done.stderr.strip().splitlines() == [line]
    assert not (root / "locales").exists() or not list((root / "locales").glob("*.pot"))


def test_a_changed_lang_is_a_changed_input(tmp_path: Path) -> None:
    """The same `--lang` again finds the article unchanged (its stamps, which keep what -v says);
    another one, or none, extracts it again and the template says so."""
    root = project(tmp_path, {"park.html": GERMAN_PAGE.format(lang="en")})
    pot = root / "locales" / "park.pot"
    first = run_l10n(root, "extract", "park.html", "--lang", "de", "-v")
    assert first.stdout.startswith("wrote locales/park.pot")
    again = run_l10n(root, "extract", "park.html", "--lang", "de", "-v")
    assert again.stdout.startswith("unchanged locales/park.pot")
    assert "  language de (--lang)" in again.stdout.splitlines()
    other = run_l10n(root, "extract", "park.html", "--lang", "nl", "-v")
    assert other.stdout.startswith("wrote locales/park.pot") and header(pot, "X-Source-Language") == "nl"
    none = run_l10n(root, "extract", "park.html", "-v")
    assert none.stdout.startswith("wrote locales/park.pot") and header(pot, "X-Source-Language") is None
    assert "  language en (stated by the page)" in none.stdout.splitlines()


def test_lang_over_a_folder_in_workers_and_what_each_article_says_under_v(tmp_path: Path) -> None:
    """`--lang` is every named article's language, in worker processes too; without it each
    says where its own came from, and a run after the override reads them as they state it
    (the whole-run record holds no override)."""
    files = {
        "news/park.html": GERMAN_PAGE.format(lang="en"),
        "news/note.md": "---\ntitle: Nota breve\nlang: it\n---\n\nIl sindaco ha aperto il parco sabato.\n",
        "news/plain.txt": "Park opens\n\nThe mayor opened the park on Saturday.\n",
    }
    root = project(tmp_path, files)
    first = run_l10n(root, "extract", "news", "-v", "--jobs", "1")
    said = [line for line in first.stdout.splitlines() if line.startswith("  language")]
    assert sorted(said) == [
        "  language en (read from the text)",  # lang49: plain text states none; its sentence is English
        "  language en (stated by the page)",
        "  language it (front matter)",
    ]
    told = run_l10n(root, "extract", "news", "-v", "--jobs", "2", "--lang", "de_AT")
    assert [line for line in told.stdout.splitlines() if line.startswith("  language")] == [
        "  language de (--lang)"
    ] * 3
    assert {header(root / "locales" / f"{name}.pot", "X-Source-Language") for name in ("park", "note", "plain")} == {
        "de"
    }
    after = run_l10n(root, "extract", "news", "-v", "--jobs", "1")
    assert sorted(line for line in after.stdout.splitlines() if line.startswith("  language")) == sorted(said)
    assert header(root / "locales" / "note.pot", "X-Source-Language") == "it"
    assert header(root / "locales" / "park.pot", "X-Source-Language") is None
