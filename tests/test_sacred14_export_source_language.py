"""XLIFF and TMX exports name the language the article is written in, not the project's.

A German page (`lang="de"`) in an English project: extraction records `X-Source-Language: de`
in its template and `update` carries it into each catalog (session 13). A CAT tool (or Okapi,
Translate Toolkit) takes an XLIFF file's `srcLang`/`source-language` and a TMX's `srclang` at
their word: German text labelled `en` is leveraged into English sentences and counted as English.
Real pages, the real CLI; the German unit is one a person translated and reviewed."""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from conftest import DATA, SEED, run_l10n
from lxml import etree

GERMAN = DATA / "realworld" / "heise-de-lithium.html"  # <html lang="de">
PERSON = "Traducción de una persona."
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def project_with_a_german_review(root: Path) -> polib.POEntry:
    (root / "articles").mkdir()
    for article in (GERMAN, SEED):
        shutil.copy(article, root / "articles" / article.name)
    (root / "l10n.toml").write_text('locales = ["es"]\nsource_locale = "en"\n', encoding="utf-8")
    run_l10n(root, "extract", "articles")
    run_l10n(root, "update")
    run_l10n(root, "translate", "--engine", "apertium")
    po_path = root / "locales" / "es" / "LC_MESSAGES" / f"{GERMAN.stem}.po"
    po = polib.pofile(str(po_path))
    assert po.metadata["X-Source-Language"] == "de"
    entry = next(e for e in po if e.msgid and not e.msgstr and "{" not in e.msgid)
    entry.msgstr = PERSON
    po.save()
    return entry


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_xliff_export_names_the_articles_language(tmp_path: Path, version: str) -> None:
    project_with_a_german_review(tmp_path)
    out = tmp_path / "de.xlf"
    run_l10n(
        tmp_path,
        "xliff",
        "export",
        "--locale",
        "es",
        "--xliff-version",
        version,
        "-o",
        str(out),
        "--domains",
        GERMAN.stem,
    )
    root = etree.parse(str(out)).getroot()
    languages = {
        e.get("srcLang") or e.get("source-language")
        for e in root.iter()
        if e.get("srcLang") or e.get("source-language")
    }
    assert languages == {"de"}
    english = tmp_path / "en.xlf"
    run_l10n(tmp_path, "xliff", "export", "--locale", "es", "-o", str(english), "--domains", SEED.stem)
    assert etree.parse(str(english)).getroot().get("srcLang") == "en"
    run_l10n(tmp_path, "xliff", "import", str(out))  # its own export comes back


def test_tmx_export_names_the_articles_language(tmp_path: Path) -> None:
    reviewed = project_with_a_german_review(tmp_path)
    out = tmp_path / "tm.tmx"
    run_l10n(tmp_path, "tm", "export", str(out))
    tus = [tu for tu in etree.parse(str(out)).iter("tu") if PERSON in [seg.text for seg in tu.iter("seg")]]
    assert len(tus) == 1
    langs = {tuv.get(XML_LANG): "".join(tuv.find("seg").itertext()) for tuv in tus[0].iter("tuv")}
    assert langs == {"de": reviewed.msgid, "es": PERSON}
    assert tus[0].get("srclang", etree.parse(str(out)).find("header").get("srclang")) == "de"
    # the file comes back into a TM as it went out (TMX 1.4b: a <tu>'s srclang overrides the header's)
    run_l10n(tmp_path, "tm", "import", str(out))
    again = tmp_path / "again.tmx"
    run_l10n(tmp_path, "tm", "export", str(again), "--no-sync")
    assert again.read_bytes().count(PERSON.encode()) == 1
