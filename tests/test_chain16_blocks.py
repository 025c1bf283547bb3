"""`translate`'s catalog reads and writes through `po_blocks` give what the general path gives.

`mt.catalog_io.fill_suggestions` writes MT into a catalog block by block (a fresh catalog's
units copied, only the new msgstrs printed) and `catalog_translations` reads the open units
from the same blocks; before, `apply_suggestions` and `read_translations` read every entry
into fields and printed all of them again. Inputs the block path was not written around: the
repository's committed catalogs (machine-filled, reviewed), the fresh catalogs `update` merges
from its templates, polib's own test catalogs, gettext's `msgcat` rewraps, and seeded mutations
of them. For each, both ways leave the same bytes (the revision date aside), tell the TM
recorder (`written`) the same translations and raise the same error for a damaged file.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from test_catalog_po_read import mutated
from test_mt_opencc import traditional_variants

from l10n.catalog.po import apply_suggestions, read_translations, update_po
from l10n.catalog.po_blocks import _Plain, read_blocks
from l10n.errors import L10nError
from l10n.fsio import deferred_durability
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.mt.catalog_io import catalog_translations, fill_suggestions
from l10n.mt.pseudo import pseudo_localise

REPO = Path(__file__).resolve().parent.parent
PROVENANCE = "mt: pseudo pseudo-2-x0.35 2026-12-01"
MSGID = re.compile(r'^(?:#~ )?msgid "(.*)"$', re.MULTILINE)
CONTEXT_AND_ID = re.compile(r'^msgctxt "(.*)"\nmsgid "(.*)"$', re.MULTILINE)


def without_date(data: bytes) -> bytes:
    return re.sub(rb'"PO-Revision-Date: [^"]*"', b"", data)


def suggestions_for(data: bytes) -> list[Suggestion]:
    """Pseudo translations of the units the catalog names (read from its text, so a damaged
    catalog gets some too), plus one for a unit it lacks and one empty suggestion."""
    text = data.decode("utf-8", errors="replace")
    keys: dict[tuple[str | None, str], None] = {}
    for context, msgid in CONTEXT_AND_ID.findall(text):
        keys[(context, msgid)] = None
    for msgid in MSGID.findall(text):
        if msgid:
            keys[(None, msgid)] = None
    found = [Suggestion(c, i, pseudo_localise(i), "mt", PROVENANCE) for c, i in keys]
    return [
        *found,
        Suggestion(None, "Not in this catalog.", "x", "mt", PROVENANCE),
        Suggestion(None, "e", "", "mt", ""),
    ]


def catalogs(tmp_path: Path) -> dict[str, bytes]:
    """Real catalogs as `translate` meets them: committed, merged fresh, rewrapped, polib's."""
    found = {
        f"committed {p.parent.parent.name}/{p.name}": p.read_bytes() for p in REPO.glob("locales/*/LC_MESSAGES/*.po")
    }
    for pot in sorted(REPO.glob("locales/*.pot")):
        for code in ("de", "ja", "ar"):
            fresh = tmp_path / f"{pot.stem}-{code}.po"
            update_po(pot, fresh, parse_locale(code))
            found[f"fresh {code}/{pot.stem}"] = fresh.read_bytes()
    found.update({f"zh_TW {name}": data for name, data in traditional_variants(tmp_path).items()})
    found.update({f"polib {p.name}": p.read_bytes() for p in sorted((REPO / "tests/data/catalog/polib").glob("*.po"))})
    return found


def both_ways(root: Path, data: bytes, *, overwrite: bool, printed: bool = False) -> bool:
    """`fill_suggestions` and `apply_suggestions` on copies of `data`: the same bytes, the same
    `written`, the same error; True when the block path took the catalog itself."""
    suggestions = suggestions_for(data)
    told: dict[str, list[dict]] = {"blocks": [], "general": []}
    errors = []
    for side in ("blocks", "general"):
        (root / side).mkdir(parents=True)
        po = root / side / "x.po"
        po.write_bytes(data)
        try:
            if side == "blocks":
                here = (lambda _data: True) if printed else None
                fill_suggestions(
                    po, suggestions, overwrite_fuzzy=overwrite, written=told[side].append, printed_here=here
                )
            else:
                apply_suggestions(po, suggestions, overwrite_fuzzy=overwrite, written=told[side].append)
            errors.append(None)
        except L10nError as error:
            errors.append(type(error))
    assert errors[0] == errors[1], root
    blocks, general = (without_date((root / side / "x.po").read_bytes()) for side in ("blocks", "general"))
    assert blocks == general, f"{root}: the block path wrote other bytes"
    assert told["blocks"] == told["general"]
    return read_blocks(data) is not None


def read_both_ways(root: Path, data: bytes) -> None:
    """`catalog_translations` reads what `read_translations` reads, in the same order, or fails alike."""
    root.mkdir(parents=True, exist_ok=True)
    po = root / "read.po"
    po.write_bytes(data)
    found = []
    for read in (catalog_translations, read_translations):
        try:
            found.append(list(read(po).items()))
        except L10nError as error:
            found.append(type(error))
    assert found[0] == found[1], root


@pytest.mark.parametrize("overwrite", [False, True])
def test_real_catalogs_fill_to_the_same_bytes(tmp_path: Path, overwrite: bool) -> None:
    found = catalogs(tmp_path / "in")
    taken = 0
    with deferred_durability(tmp_path):
        for number, data in enumerate(found.values()):
            taken += both_ways(tmp_path / f"{number}", data, overwrite=overwrite)
            read_both_ways(tmp_path / f"{number}", data)
    assert taken >= len(found) // 2, "most real catalogs are the block path's own, not a fallback"


def test_fresh_catalogs_are_filled_as_printed(tmp_path: Path) -> None:
    """A catalog `update` merged (bytes our printer wrote, which `translate` knows by its merge
    stamp) is filled with its fields copied unchecked: the same bytes, every block plain."""
    found = {name: data for name, data in catalogs(tmp_path / "in").items() if name.startswith("fresh")}
    assert len(found) >= 3
    with deferred_durability(tmp_path):
        for number, data in enumerate(found.values()):
            catalog = read_blocks(data)
            assert catalog is not None and all(isinstance(block, _Plain) for block in catalog.blocks)
            assert both_ways(tmp_path / f"{number}", data, overwrite=False, printed=True)
            again = (tmp_path / f"{number}" / "blocks" / "x.po").read_bytes()  # filled: nothing left to fill
            assert both_ways(tmp_path / f"{number}-again", again, overwrite=True, printed=False)


def test_mutated_catalogs_fill_to_the_same_bytes(tmp_path: Path) -> None:
    """Lines dropped, repeated, swapped, indented, made obsolete or previous, stray characters:
    the block path declines, or writes (and reads) what the general path does."""
    rng = random.Random(1612)
    sources = list(catalogs(tmp_path / "in").values())
    stray = ["\t", " ", '"', "\\", "#", "#,", "#.", "#:", "#|", "\\n", ":", ",", "\u3000", "fuzzy", "# mt: x"]
    taken = 0
    with deferred_durability(tmp_path):
        for number in range(240):
            lines = rng.choice(sources).decode("utf-8", errors="replace").split("\n")
            lines = mutated(lines, rng, stray, number)
            mutant = "\n".join(lines).encode("utf-8")
            taken += both_ways(tmp_path / f"m{number}", mutant, overwrite=number % 3 == 0)
            read_both_ways(tmp_path / f"m{number}", mutant)
    assert taken > 30  # 45 of 240 with this seed: the rest declined, and written by the general path


def test_no_suggestion_tells_the_recorder_nothing(tmp_path: Path) -> None:
    """As `apply_suggestions`: nothing to write, nothing read and nothing told (the TM then
    syncs the catalog itself), even for a file that is not a catalog."""
    po = tmp_path / "x.po"
    shutil.copy(next(REPO.glob("locales/zh_CN/LC_MESSAGES/*.po")), po)
    told: list[dict] = []
    assert fill_suggestions(po, [Suggestion(None, "a", "", "mt", "")], overwrite_fuzzy=False, written=told.append) == 0
    assert told == []


@pytest.mark.parametrize("overwrite", [False, True])
def test_two_suggestions_for_one_unit_as_the_general_rule(tmp_path: Path, overwrite: bool) -> None:
    """`apply_suggestions` applies each suggestion by its rule (the first fills an empty unit,
    the second finds it machine-fuzzy); the block path must not refuse such a call
    (`BlockCatalog.fill` raises on a second text for a plain block)."""
    pot = sorted(REPO.glob("locales/*.pot"))[0]
    fresh = tmp_path / "fresh.po"
    update_po(pot, fresh, parse_locale("de"))
    data = fresh.read_bytes()
    units = list(read_translations(fresh))[:3]
    doubled = [Suggestion(c, i, text, "mt", PROVENANCE) for c, i in units for text in (f"erst {i}", f"dann {i}")]
    told: dict[str, list[dict]] = {"blocks": [], "general": []}
    for side, write in (("blocks", fill_suggestions), ("general", apply_suggestions)):
        po = tmp_path / f"{side}.po"
        po.write_bytes(data)
        write(po, doubled, overwrite_fuzzy=overwrite, written=told[side].append)
    blocks, general = (without_date((tmp_path / f"{side}.po").read_bytes()) for side in ("blocks", "general"))
    assert blocks == general and blocks != without_date(data)
    assert told["blocks"] == told["general"]
