"""Every exported XLIFF 1.2 / 2.0 file against the official OASIS schemas, every TMX against the
TMX 1.4b DTD (tests/data/schemas/, offline; see schema_support.py).

The catalogs are real: the seed article and the test articles extracted by the CLI (many units
with a msgctxt: headline, byline, credit, caption, heading, alt), machine-translated with the
pseudo engine (fuzzy with `mt:` provenance), partly reviewed, plus the committed, reviewed
zh_CN catalog of the seed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from conftest import DATA, REPO, SEED
from lxml import etree
from schema_support import XLIFF12_SCHEMAS, dtd_errors, schema_errors, xliff_schema_errors

from l10n.catalog.po import mark_reviewed
from l10n.catalog.xliff import export_xliff
from l10n.cli import main
from l10n.locales import parse_locale
from l10n.memory.tm import TMEntry
from l10n.memory.tmx import write_tmx

ARTICLES = [
    SEED,
    DATA / "articles" / "market_report.html",
    DATA / "articles" / "science_feature.md",
    DATA / "articles" / "weather_alert.txt",
]
LOCALES = ("zh_CN", "de", "ar")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("exchange")
    (root / "seeds").mkdir()
    for article in ARTICLES:
        shutil.copy(article, root / "seeds" / article.name)
    assert main(["extract", str(root / "seeds"), "--root", str(root), "--jobs", "1", "-q"]) == 0
    assert main(["update", "--root", str(root), "--locales", ",".join(LOCALES), "-q"]) == 0
    assert main(["translate", "--root", str(root), "--locales", "de,ar", "--engine", "pseudo", "--no-tm"]) == 0
    for po in (root / "locales" / "de" / "LC_MESSAGES").glob("*.po"):  # a person reviews every other unit
        catalog = polib.pofile(str(po))
        mark_reviewed(po, [(e.msgctxt, e.msgid) for e in catalog if e.msgstr][::2])
    committed = next((REPO / "locales" / "zh_CN" / "LC_MESSAGES").glob(f"{SEED.stem}.po"))
    shutil.copy(committed, root / "locales" / "zh_CN" / "LC_MESSAGES" / committed.name)
    return root


def catalogs(project: Path) -> list[tuple[Path, str]]:
    found = sorted(
        (po, locale) for locale in LOCALES for po in (project / "locales" / locale / "LC_MESSAGES").glob("*.po")
    )
    assert len(found) == len(ARTICLES) * len(LOCALES)
    return found


def test_the_catalogs_hold_what_the_schemas_must_accept(project: Path) -> None:
    entries = [e for po, _ in catalogs(project) for e in polib.pofile(str(po))]
    assert sum(e.msgctxt is not None for e in entries) >= 20, "many units with a msgctxt in one file"
    assert any(e.fuzzy and e.msgstr for e in entries) and any(e.msgstr and not e.fuzzy for e in entries)
    assert any("{a_1}" in e.msgid for e in entries) and any("{money_1}" in e.msgid for e in entries)


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_every_export_is_valid_against_the_official_schemas(project: Path, tmp_path: Path, version: str) -> None:
    for po, locale in catalogs(project):
        out = tmp_path / f"{locale}-{po.stem}.xlf"
        export_xliff(po, out, locale=parse_locale(locale), version=version)  # type: ignore[arg-type]
        for name, errors in xliff_schema_errors(out.read_bytes()).items():
            assert errors == [], f"{out.name} against {name}: {errors[:3]}"


def test_the_validator_rejects_what_the_old_export_wrote() -> None:
    """Two units each with `<context-group name="x-gettext">`: what 1.2 exports looked like."""
    units = "".join(
        f'<trans-unit id="u{n}"><source>Ti Gong</source><context-group name="x-gettext" purpose="information">'
        f'<context context-type="x-gettext-msgctxt">{ctx}</context></context-group></trans-unit>'
        for n, ctx in enumerate(["credit", "caption"])
    )
    old = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a.po" '
        f'source-language="en" target-language="de" datatype="po"><body>{units}</body></file></xliff>'
    ).encode()
    for name in XLIFF12_SCHEMAS:
        assert any("U_context-group_name" in error for error in schema_errors(old, name)), name


def test_a_2_0_fuzzy_state_other_than_the_spec_values_is_rejected(project: Path, tmp_path: Path) -> None:
    po, locale = next((po, loc) for po, loc in catalogs(project) if loc == "de")
    out = tmp_path / "de.xlf"
    export_xliff(po, out, locale=parse_locale(locale), version="2.0")
    broken = out.read_bytes().replace(b'state="initial"', b'state="fuzzy"', 1)
    assert broken != out.read_bytes()
    assert schema_errors(broken, "xliff_core_2.0.xsd")
    module = out.read_bytes().replace(b'<mda:meta type="base">', b'<mda:meta kind="base">', 1)
    assert schema_errors(module, "metadata.xsd"), "the module schema checks our <mda:meta> elements"


def test_tmx_export_is_valid_against_the_tmx_14b_dtd(project: Path, tmp_path: Path) -> None:
    entries = []
    for po, locale in catalogs(project):
        for entry in polib.pofile(str(po)):
            if entry.msgstr:
                entries.append(
                    TMEntry("en", locale, entry.msgid, entry.msgstr, context=entry.msgctxt or "", origin=po.stem)
                )
    out = tmp_path / "memory.tmx"
    assert write_tmx(entries, out) > 20
    assert dtd_errors(out.read_bytes()) == []
    root = etree.fromstring(out.read_bytes())
    assert {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in root.iter("tuv")} == {
        "en",
        "zh-CN",
        "de",
        "ar",
    }
    broken = out.read_bytes().replace(b"<seg>", b"<seg><b>", 1).replace(b"</seg>", b"</b></seg>", 1)
    assert dtd_errors(broken), "the DTD catches an element TMX does not have"


def test_every_format_writes_the_same_language_tag(project: Path, tmp_path: Path) -> None:
    po = next(po for po, loc in catalogs(project) if loc == "zh_CN")
    tags = set()
    for version in ("1.2", "2.0"):
        out = tmp_path / f"zh.{version}.xlf"
        export_xliff(po, out, locale=parse_locale("zh_CN"), version=version)  # type: ignore[arg-type]
        root = etree.fromstring(out.read_bytes())
        file = root[0]
        tags.add(file.get("target-language") or root.get("trgLang"))
    memory = tmp_path / "zh.tmx"
    write_tmx([TMEntry("en", "zh_CN", "a", "甲")], memory)
    tags |= {tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in etree.parse(str(memory)).iter("tuv")} - {
        "en"
    }
    assert tags == {parse_locale("zh_CN").exchange_tag} == {"zh-CN"}
