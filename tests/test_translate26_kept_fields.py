"""Session 26: msgstr fields kept across the catalogs one process fills (`po_blocks.KeptFields`).

`translate` writes pseudo's one output into each of eight locales' catalogs, and a paragraph the
corpus repeats into each article's; a field's lines depend on its text alone, so a process
prints each text once. These hold what a kept field must be (what printing it gives, whatever
was kept before it and however full the memo was) and that two locales' catalogs filled through
the memo are the bytes the general path writes for each.
"""

from __future__ import annotations

from pathlib import Path

from l10n.catalog.po import apply_suggestions, update_po
from l10n.catalog.po_blocks import KeptFields, msgstr_fields
from l10n.catalog.po_render import field_texts
from l10n.fsio import deferred_durability
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.mt.catalog_io import fill_suggestions
from l10n.mt.pseudo import pseudo_localise

REPO = Path(__file__).resolve().parent.parent
TEXTS = [
    "Kurz.",
    pseudo_localise("A sentence long enough to be cut over two or three lines of a catalog, as news sentences are."),
    "在宝山区北部一座拥有百年历史的村庄里，村民们正在为即将到来的节日做准备，街道两旁挂满了红灯笼。",
    'Quotes "inside", a tab\there and a backslash \\ that gettext escapes, long enough to wrap at the page width.',
    "Zwei\nZeilen, deren zweite lang genug ist, um am Rand der Seite umbrochen zu werden, wie gettext es tut.",
]


def printed_alone(text: str) -> str:
    return field_texts([("msgstr", text)])[0]


def test_kept_fields_are_what_printing_gives() -> None:
    kept = KeptFields(bound=100)
    first = msgstr_fields(TEXTS[:3], kept)
    assert first is kept and set(kept) == set(TEXTS[:3])
    again = msgstr_fields(TEXTS[1:], kept)  # two kept, two printed now
    assert again is kept and set(kept) == set(TEXTS)
    assert {text: kept[text] for text in TEXTS} == {text: printed_alone(text) for text in TEXTS}


def test_a_plain_mapping_is_left_as_it_is() -> None:
    ahead = {TEXTS[0]: printed_alone(TEXTS[0])}
    known = msgstr_fields(TEXTS[:2], ahead)
    assert known is not ahead and ahead == {TEXTS[0]: printed_alone(TEXTS[0])}
    assert known[TEXTS[1]] == printed_alone(TEXTS[1])


def test_a_full_memo_is_emptied_and_fills_again() -> None:
    kept = KeptFields(bound=3)
    msgstr_fields(TEXTS[:2], kept)
    msgstr_fields(TEXTS[2:4], kept)  # 2 + 2 > 3: emptied first
    assert set(kept) == set(TEXTS[2:4])
    assert all(kept[text] == printed_alone(text) for text in kept)
    msgstr_fields(TEXTS[2:], kept)  # one more fits
    assert set(kept) == set(TEXTS[2:]) and len(kept) <= kept.bound


def test_locales_filled_through_the_memo_are_the_general_paths_bytes(tmp_path: Path) -> None:
    """One template's catalogs for de, fr and ja, filled one after the other in one process with
    the same texts (the second and third print none of them), against `apply_suggestions`."""
    pot = sorted(REPO.glob("locales/*.pot"))[0]
    ids = [line[7:-1] for line in pot.read_text(encoding="utf-8").splitlines() if line.startswith('msgid "')]
    msgids = [msgid for msgid in ids if msgid]
    assert len(msgids) >= 3
    with deferred_durability(tmp_path):
        for code in ("de", "fr", "ja"):
            suggestions = [
                Suggestion(None, msgid, pseudo_localise(msgid), "mt", "mt: pseudo pseudo-2-x0.35 2026-12-03")
                for msgid in msgids
            ]
            written = {}
            for side in ("blocks", "general"):
                po = tmp_path / side / f"{code}.po"
                update_po(pot, po, parse_locale(code))
                if side == "blocks":
                    fill_suggestions(po, suggestions, overwrite_fuzzy=False, written=None, printed_here=lambda _d: True)
                else:
                    apply_suggestions(po, suggestions, overwrite_fuzzy=False, written=None)
                written[side] = b"".join(
                    line for line in po.read_bytes().splitlines(keepends=True) if b"PO-Revision-Date" not in line
                )
            assert written["blocks"] == written["general"], code
