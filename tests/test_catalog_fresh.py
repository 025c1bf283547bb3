"""New catalogs printed straight from units (l10n/catalog/fresh.py) give the general path's bytes.

The general path is the reference: `build_template` rendered by `render_catalog` for the template,
and `update_po`'s steps for a PO that does not exist yet (an empty `new_catalog`, `merge_catalogs`,
glossary notes appended, `render_catalog`). Compared on the pipeline's real units, hand-made
tricky ones, and random units from hypothesis; PO-Revision-Date is the creation minute on both
sides, so it is blanked before comparing.
"""

from __future__ import annotations

import re

from catalog_support import SEED_REFERENCE, seed_units, tricky_units
from conftest import DATA, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.assembly import parse_document
from l10n.catalog.fresh import FreshTemplate
from l10n.catalog.po import build_template, render_catalog
from l10n.catalog.update import merge_catalogs, new_catalog
from l10n.extract import extract_units
from l10n.locales import parse_locale
from l10n.model import Reference, Unit

DATE = "2020-11-28 18:59+0800"
_REVISION = re.compile(r'^"PO-Revision-Date: .*\\n"$', re.MULTILINE)


def general_path(units: list[Unit], locale_code: str, notes: dict) -> tuple[str, str]:
    """(template text, new PO text) the way `write_template` and `update_po` make them."""
    template = build_template(units, domain="article", source_path=SEED_REFERENCE, date=DATE)
    locale = parse_locale(locale_code)
    merged, _ = merge_catalogs(template, new_catalog(template, locale), locale)
    for entry in merged:
        extra = notes.get((entry.msgctxt, entry.msgid))
        if extra:
            entry.comment = "\n".join(filter(None, [entry.comment, *extra]))
    return render_catalog(template), render_catalog(merged)


def assert_same(units: list[Unit], locale_code: str = "zh_CN", notes: dict | None = None) -> None:
    notes = notes or {}
    expected_pot, expected_po = general_path(units, locale_code, notes)
    fresh = FreshTemplate(units, domain="article", source_path=SEED_REFERENCE, date=DATE)
    assert fresh.text() == expected_pot
    assert _REVISION.sub("", fresh.po_text(parse_locale(locale_code), notes=notes)) == _REVISION.sub("", expected_po)
    assert render_catalog(fresh.catalog) == expected_pot


def test_pipeline_units_of_every_test_article_come_out_the_same() -> None:
    articles = [SEED, *sorted(p for p in (DATA / "articles").iterdir() if "latin1" not in p.name)]
    for article in articles:
        units = extract_units(parse_document(article), reference_path=f"seeds/{article.name}")
        notes = {units[0].key: ["glossary: Baoshan District = 宝山区"]} if units else {}
        assert_same(units, "zh_CN", notes)
        assert_same(units, "ar")


def test_tricky_and_seed_line_units_come_out_the_same() -> None:
    assert_same(
        tricky_units(), "de", {tricky_units()[0].key: ["glossary: yuan = Yuan", "glossary: a very long note " * 6]}
    )
    assert_same(seed_units(), "ru")


def test_an_empty_template_has_only_its_header() -> None:
    assert_same([])


TEXT = st.lists(
    st.sampled_from(
        [*"ab -—\\\"\t\n\u00a0中.,?!'{}", "word", "x-y", "{money_1}", "  "]
        + [
            "\U0001f600",
            "e\u0301",
            "مرحبا",
            "ภาษาไทย",
            "１２３",
            "\u200b",
            "\u202e",
            "\ufeff",
            "\u00ad",
            "\u2028",
            "\r",
            "\u3000",
        ]
    ),
    min_size=1,
    max_size=40,
).map("".join)
LINE = st.lists(st.sampled_from([*"ab -—\\\"\t\u00a0中.,=:'", "money_1", "glossary"]), min_size=1, max_size=90).map(
    "".join
)


@st.composite
def units_and_notes(draw) -> tuple[list[Unit], dict]:
    units: dict[tuple[str | None, str], Unit] = {}
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        unit = Unit(
            msgid=draw(TEXT.filter(str.strip)),
            msgctxt=draw(st.none() | st.sampled_from(["credit", "caption", "alt"])),
            references=draw(
                st.lists(
                    st.builds(
                        Reference,
                        st.sampled_from(["a.txt", "seeds/b c.txt", "x/" * 20 + "long.txt"]),
                        st.integers(min_value=0, max_value=999),
                    ),
                    max_size=4,
                )
            ),
            comments=draw(st.lists(LINE, max_size=3)),
        )
        units.setdefault(unit.key, unit)
    chosen = list(units.values())
    notes = {unit.key: draw(st.lists(LINE, min_size=1, max_size=2)) for unit in chosen if draw(st.booleans())}
    return chosen, notes


@settings(max_examples=200, deadline=None)
@given(case=units_and_notes(), locale=st.sampled_from(["zh_CN", "de", "ar", "pt_BR"]))
def test_random_units_and_notes_come_out_the_same(case: tuple[list[Unit], dict], locale: str) -> None:
    units, notes = case
    assert_same(units, locale, notes)
