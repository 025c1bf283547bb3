"""Ordinals: no gender guessed, and digits grouped as the page groups them (values14).

"8th Avenue" became "8.º Avenida" in Spanish: the indicator agrees with the noun (Avenida is
feminine: "8.ª"), which no rule can know. Where a language's digit ordinal depends on the noun
(Spanish, Portuguese, Russian, French's "1er"/"1re"), the placeable is the localised number and
the indicator is the translation's ("{ordinal_1}.ª Avenida"); where it does not (English, German
"8.", French "8e", Chinese "第8"), the ordinal is localised as before
(`l10n/placeables/render_numbers.py` ORDINAL_PATTERNS). And "1,500th" was read with English
grouping whatever the page's proven style: it now follows reader9's rule for numbers
(`patterns._ordinal_number`).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest
from conftest import DATA, run_l10n

from l10n.locales import TargetLocale
from l10n.model import Placeable
from l10n.placeables.detect import find_placeables
from l10n.placeables.patterns import ENGLISH_NUMBERS, NumberSymbols
from l10n.placeables.render import render_placeable
from l10n.placeables.variety import article_number_symbols

TEN_YEARS = "probe14/go-10years.md"


@pytest.mark.parametrize(
    ("code", "number", "shown"),
    [
        ("es", 8, "8"),
        ("es_ES", 1500, "1.500"),
        ("pt", 8, "8"),
        ("ru", 8, "8"),
        ("fr", 1, "1"),
        ("fr", 8, "8e"),
        ("de", 8, "8."),
        ("en", 8, "8th"),
        ("zh_CN", 8, "第8"),
    ],
)
def test_an_ordinal_has_no_gendered_indicator(code: str, number: int, shown: str) -> None:
    assert render_placeable(Placeable("ordinal_1", "ordinal", f"{number}th", number), TargetLocale(code)) == shown


def _project(tmp_path: Path, locales: str, *seeds: Path) -> Path:
    (tmp_path / "seeds").mkdir(parents=True)
    for seed in seeds:
        shutil.copy(seed, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text(f"[l10n]\nlocales = [{locales}]\n", encoding="utf-8")
    return tmp_path


def test_the_go_posts_tenth_anniversary_takes_no_gender_in_spanish(tmp_path: Path) -> None:
    """Through the CLI (extract → pseudo → assemble): "the 10th anniversary" and "the 10th birthday"
    of the Go blog (`tests/data/probe14`) were "10.º" in Spanish by rule; German keeps "10."."""
    root = _project(tmp_path, '"es_ES", "de_DE"', DATA / TEN_YEARS)
    run_l10n(root, "extract", "-q", "seeds/go-10years.md")
    run_l10n(root, "update", "-q")
    run_l10n(root, "translate", "-q", "--engine", "pseudo")
    run_l10n(root, "assemble", "-q", "--format", "md")
    spanish = (root / "build" / "es_ES" / "go-10years.md").read_text(encoding="utf-8")
    german = (root / "build" / "de_DE" / "go-10years.md").read_text(encoding="utf-8")
    assert "10.º" not in spanish and re.search(r"ŧĥé 10 àññîṽéŕšàŕý", spanish), spanish
    assert re.search(r"ŧĥé 10\\?\. àññîṽéŕšàŕý", german), german


def test_the_translators_indicator_follows_the_number(tmp_path: Path) -> None:
    """A reviewed Spanish unit writes the feminine indicator after the placeholder; the edition
    shows "8.ª Avenida" (the msgid is the real extractor's, the translation a person's)."""
    seed = tmp_path / "avenue.md"
    seed.write_text("---\ntitle: Reading room\n---\n\nIts reading room on 8th Avenue reopened.\n", encoding="utf-8")
    root = _project(tmp_path / "p", '"es"', seed)
    run_l10n(root, "extract", "-q", "seeds/avenue.md")
    run_l10n(root, "update", "-q")
    po_path = root / "locales" / "es" / "LC_MESSAGES" / "avenue.po"
    catalog = polib.pofile(str(po_path))
    (entry,) = [e for e in catalog if "{ordinal_1}" in e.msgid]
    assert entry.msgid == "Its reading room on {ordinal_1} Avenue reopened."
    entry.msgstr = "Su sala de lectura de la {ordinal_1}.ª Avenida reabrió."
    for other in catalog:
        other.msgstr = other.msgstr or "Sala de lectura"
    catalog.save(str(po_path))
    run_l10n(root, "assemble", "-q", "--format", "txt")
    assert "de la 8.ª Avenida reabrió." in (root / "build" / "es" / "avenue.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("symbols", "sentence", "ordinals"),
    [
        (ENGLISH_NUMBERS, "It was the 1,500th show.", [1500]),
        (NumberSymbols(".", ",", proven=True), "It was the 1.500th show.", [1500]),
        (NumberSymbols(".", ",", proven=True), "It was the 1,500th show.", []),
        (NumberSymbols(".", ",", proven=False), "It was the 1,500th show.", []),
        (NumberSymbols(".", ",", proven=False), "It was the 1.500th show.", []),
        (NumberSymbols(".", ",", proven=False), "It was the 8th show.", [8]),
        (ENGLISH_NUMBERS, "It was the 1\u202f500th show.", [1500]),  # a typesetter's space groups anywhere
    ],
)
def test_an_ordinal_is_read_with_the_pages_proven_symbols(
    symbols: NumberSymbols, sentence: str, ordinals: list[int]
) -> None:
    found = find_placeables(sentence, number_symbols=symbols)
    assert [p.value for p in found if p.kind == "ordinal"] == ordinals
    assert not any(p.kind != "ordinal" for p in found)


def test_an_unproven_page_keeps_its_1500th_as_written_in_the_template(tmp_path: Path) -> None:
    """Through `extract`: a page declaring Spanish whose numbers prove no style (only "1,500th" and
    "250,000") keeps both as text; before, "1,500th" was ordinal 1500 while "250,000" stayed text."""
    text = "Fue la 1,500th función del teatro, con 250,000 espectadores en total.\n"
    assert article_number_symbols("es", text).proven is False
    seed = tmp_path / "teatro.md"
    seed.write_text("---\ntitle: Teatro\nlang: es\n---\n\n" + text, encoding="utf-8")
    root = _project(tmp_path / "p", '"de"', seed)
    (root / "l10n.toml").write_text('[l10n]\nsource_locale = "es"\nlocales = ["de"]\n', encoding="utf-8")
    run_l10n(root, "extract", "-q", "seeds/teatro.md")
    template = polib.pofile(str(root / "locales" / "teatro.pot"))
    (entry,) = [e for e in template if "función" in e.msgid]
    assert "1,500th" in entry.msgid and "250,000" in entry.msgid, entry.msgid
    assert "ordinal" not in entry.comment, entry.comment


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_the_spanish_ordinal_agrees_with_the_determiner_the_translation_writes(tmp_path: Path) -> None:
    """review14 (V1): Wikinews's Spanish had "14.º Enmienda" by rule, and then bare "14 Enmienda".
    Through the CLI with Apertium en→es, the determiner before the placeholder ("La", "El") picks
    the indicator; with none ("cerrará {ordinal_1} Avenida") the number stays alone."""
    seed = tmp_path / "ordinals.md"
    seed.write_text(
        "---\ntitle: Ordinals\n---\n\nThe 14th Amendment protects citizens.\n\nThe 116th Congress met on"
        " Monday.\n\nThe 1st Fleet sailed at dawn.\n\nThe parade will close 8th Avenue.\n",
        encoding="utf-8",
    )
    root = _project(tmp_path / "p", '"es"', seed)
    run_l10n(root, "extract", "-q", "seeds/ordinals.md")
    run_l10n(root, "update", "-q")
    run_l10n(root, "translate", "-q", "--engine", "apertium")
    run_l10n(root, "assemble", "-q", "--format", "txt")
    spanish = (root / "build" / "es" / "ordinals.txt").read_text(encoding="utf-8")
    assert "La 14.ª Enmienda" in spanish and "El 116.º Congreso" in spanish and "La 1.ª Flota" in spanish, spanish
    assert "8 Avenida" in spanish and "8.º" not in spanish, spanish


@pytest.mark.parametrize(
    ("code", "translation", "shown"),
    [
        ("pt", "De 3.º a {ordinal_1} lugar.", "De 3.º a 1 lugar."),  # review14 V5: "a" is a preposition too
        ("pt", "Na {ordinal_1} edição.", "Na 1ª edição."),
        ("es", "Vive en el {ordinal_1}.er piso.", "Vive en el 1.er piso."),  # review14 V6: the translator's apocope
        ("es", "Es la {ordinal_1} edición.", "Es la 1.ª edición."),
        ("es", "Celebra la {ordinal_1}", "Celebra la 1.ª"),  # review14 V8: a headline ends at the placeholder
    ],
)
def test_the_determiner_or_the_translators_indicator_decides(code: str, translation: str, shown: str) -> None:
    from l10n.assemble.pieces import split_tags

    ordinal = Placeable("ordinal_1", "ordinal", "1st", 1)
    assert "".join(str(piece) for piece in split_tags(translation, [ordinal], TargetLocale(code))) == shown
