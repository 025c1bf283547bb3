"""An edition's own words in one language (the editor's promise: no sentence in two languages).

Three tables hold the words a page prints besides the article: assemble's labels ("By …",
"Source: …"), publish's interface text (machine translation notice, "… reviewed", review link) and
readiness text (not-fully-translated notice, "translated"/"incomplete"). Each stays in its layer,
so these tests hold them to one set of languages, each complete, and read an Italian and a Hebrew
edition assembled and published by the real commands: none of English's furniture on either.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest
from conftest import SEED
from lxml import html as lxml_html
from test_assemble import article_document, copy_translations
from test_assemble_gate import translation_text
from test_publish import page

from l10n.assemble import assemble_article, render_plain_text
from l10n.assemble.labels import LABELS
from l10n.cli import main
from l10n.locales import TargetLocale, parse_locale
from l10n.pipeline import extract_articles
from l10n.project import Project
from l10n.publish.readiness import READINESS_TEXT
from l10n.publish.ui_text import UI_TEXT

TABLES: dict[str, dict[str, dict[str, str]]] = {
    "assemble.labels.LABELS": {language: dict(words) for language, words in LABELS.items()},
    "publish.ui_text.UI_TEXT": UI_TEXT,
    "publish.readiness.READINESS_TEXT": READINESS_TEXT,
}
FIELD = re.compile(r"\{\w+\}")


def test_every_furniture_table_holds_the_same_languages() -> None:
    """A language is in all three tables or in none: one added to a table alone fails here."""
    every = set().union(*TABLES.values())
    missing = {name: sorted(every - set(table)) for name, table in TABLES.items() if every - set(table)}
    assert not missing, f"languages missing from a furniture table: {missing}"


@pytest.mark.parametrize("name", TABLES)
def test_every_language_of_a_table_has_each_text_with_englishs_fields(name: str) -> None:
    table = TABLES[name]
    for language, words in table.items():
        assert words.keys() == table["en"].keys(), f"{name}[{language!r}]"
        for key, text in words.items():
            assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(table["en"][key])), (
                f"{name}[{language!r}][{key!r}]"
            )


# a locale of each table language, Chinese by script and others with a region
TABLE_LOCALES = {"zh_Hans": "zh_CN", "zh_Hant": "zh_TW", "pt": "pt_BR", "nb": "nb_NO", "he": "he_IL", "nl": "nl_BE"}


@pytest.mark.parametrize("language", sorted(set(LABELS) - {"en"}))
def test_an_assembled_edition_prints_its_languages_labels(language: str) -> None:
    doc = article_document()
    locale = TargetLocale(TABLE_LOCALES.get(language, language))
    text = render_plain_text(assemble_article(doc, copy_translations(doc), locale, domain="seed"))
    text = re.sub("[\u2066-\u2069]", "", text)  # a right-to-left edition isolates Latin names (UAX #9)
    for key, name in (("source", "SHINE"), ("editor", "Cai Wenjun"), ("byline", "Yang Jian")):
        pattern = LABELS[language][key]
        assert pattern.format(name=name) in text
        if pattern != LABELS["en"][key]:  # "Editor: …" is Spanish, Portuguese and Indonesian too
            assert LABELS["en"][key].format(name=name) not in text


# -- an Italian and a Hebrew edition, published -------------------------------------------------

SAMPLES = {"it": "La situazione nella regione resta tesa.", "he": "המצב באזור נותר מתוח."}
HEBREW_NAMES = {"Yang Jian": "יאנג ג'יאן", "Ti Gong": "טי גונג"}  # QA wants a name in the page's script


def fill(po_path: Path, locale: str) -> None:
    """A third reviewed, a third fuzzy machine output, a third empty: the page shows the machine
    notice and the readiness notice, and its percent reviewed."""
    catalog = polib.pofile(str(po_path))
    for index, entry in enumerate(catalog):
        if entry.msgctxt in ("credit", "byline"):
            entry.msgstr = HEBREW_NAMES.get(entry.msgid, entry.msgid) if locale == "he" else entry.msgid
        elif index % 3 < 2:
            entry.msgstr = translation_text(entry.msgid, locale, SAMPLES)
            if index % 3 == 1:
                entry.flags.append("fuzzy")
                entry.tcomment = f"mt: test-engine en->{locale}"
    catalog.save()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("furniture")
    (root / "seeds").mkdir()
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["it", "he"]\n', encoding="utf-8")
    project = Project.open(root)
    for result in extract_articles(project, [root / "seeds"], locales=[parse_locale(code) for code in SAMPLES]):
        for update in result.updates:
            fill(update.po_path, update.locale)
    from l10n.cli.common import state

    state.exit_code = 0
    assert main(["publish", "--root", str(root), "--locales", "it,he"]) == 0
    return project.site_dir


def furniture(root: lxml_html.HtmlElement) -> dict[str, str]:
    """Every piece of a page's furniture by what it is, as the reader sees it."""

    def text(path: str) -> str:
        found = root.find(path)
        assert found is not None, path
        return " ".join(found.text_content().split())

    pieces = {
        "byline": text(".//p[@class='byline']"),
        "footer": text(".//article/footer"),
        "credit": text(".//small[@class='credit']"),
        "readiness": text(".//p[@class='readiness-notice']"),
        "notice": text(".//p[@class='mt-notice']"),
        "review": text(".//a[@class='review-toggle']"),
        "completeness": text(".//p[@class='completeness']"),
    }
    states = [small.text_content() for small in root.iterfind(".//nav[@class='switcher']//small")]
    assert states, "both translations are below the readiness policy: the switcher says so"
    pieces["states"] = " ".join(states)
    pieces["switcher"] = root.find(".//nav[@class='switcher']").get("aria-label")  # read aloud, not shown
    return pieces


ENGLISH_FURNITURE = [
    text.partition("{")[0].strip() or text.rpartition("}")[2].strip()
    for table in TABLES.values()
    for text in table["en"].values()
]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("it", {"byline": "Di Yang Jian", "footer": ("Fonte: SHINE", "A cura di Cai Wenjun"), "credit": "Foto: Ti Gong",
             "readiness": "Traduzione incompleta – parte di questa pagina è nella versione originale (inglese).",
             "notice": "Traduzione automatica – non ancora revisionata",
             "review": "Evidenzia le frasi non revisionate", "completeness": "revisionato", "states": "incompleto", "switcher": "Lingue"}),
     ("he", {"byline": "מאת יאנג ג'יאן", "footer": ("מקור: SHINE", "עריכה: Cai Wenjun"), "credit": "צילום: טי גונג",
             "readiness": "התרגום טרם הושלם – חלקים מהעמוד מופיעים בשפת המקור (אנגלית).",
             "notice": "תרגום מכונה – טרם נבדק",
             "review": "הדגשת משפטים שלא נבדקו", "completeness": "נבדקו", "states": "חלקי", "switcher": "שפות"})],
)  # fmt: skip
def test_a_published_edition_in_a_new_language_shows_no_english_furniture(
    site: Path, locale: str, expected: dict[str, str | tuple[str, ...]]
) -> None:
    root = page(site, locale)
    pieces = furniture(root)
    for piece, words in expected.items():
        for word in (words,) if isinstance(words, str) else words:
            assert word in pieces[piece], (piece, pieces[piece])
    for piece, shown in pieces.items():
        english = [word for word in ENGLISH_FURNITURE if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", shown)]
        assert not english, f"{locale} page's {piece} {shown!r} holds English furniture {english}"
    assert root.get("dir") == ("rtl" if locale == "he" else "ltr")
    index = lxml_html.parse(str(site / locale / "index.html")).getroot()
    assert {span.text_content() for span in index.iterfind(".//span[@class='state']")} == {expected["states"]}
