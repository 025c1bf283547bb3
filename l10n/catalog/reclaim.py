"""Give a person back the units GNU msgmerge lowered from their review.

A unit a person accepted in an editor (fuzzy cleared, the `mt:` line left, as Poedit and Lokalize
leave it) and then merged by GNU msgmerge (Poedit's "Update from POT") for a changed source comes
back fuzzy, its old msgid as `#|`, its machine line still matching the text: in the file it is
machine output whose source changed, which `translate` redoes (`machine_may_fill`). msgmerge
keeps no trace of the review, and writes no `reviewed-as:` line (`restore_review`) when it lowers
it. The record is elsewhere: the project TM holds every reviewed unit a catalog showed it (each
`translate` syncs them), keyed by source, context and text. So a fuzzy unit whose `#|` source,
with its msgstr, is a reviewed pair on record is a person's text of an older source:

- its machine line becomes `reviewed-from: …` and a `reviewed-as:` line names what was reviewed,
  as `update` writes when it lowers a reviewed unit (`held_review_lines`): fuzzy with `#|`, held
  from readers and never overwritten by a machine;
- when its `#|` is its own msgctxt and msgid again (a source changed and changed back, both
  merges msgmerge's), it is reviewed again: the text is the one reviewed for exactly this source,
  which an exact TM match would have filled as reviewed into an empty unit anyway. A `#|` with
  its own msgid and no msgctxt, on a unit that has one, counts so too when the TM holds the
  review under the unit's own msgctxt: Translate Toolkit's po2xliff drops msgctxt, so after
  xliff2po its `pomerge` matches such units fuzzily and writes exactly that `#|`.

Nothing else changes: a unit is never raised on a file's word alone, only on the TM's record of
this article's review (a pair whose origin is this catalog's domain: not one a `tm import` brought
from elsewhere), or the entry's own `reviewed-as:` line (`restore_review`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.comment_lines import MACHINE_ORIGINS, is_held_line, translator_lines, unmachine_lines
from l10n.catalog.pofile import CatalogKey, drop_previous, edit_catalog, set_fuzzy
from l10n.catalog.translations import held_lines, provenance_of, restore_review

if TYPE_CHECKING:
    import polib

WasReviewed = Callable[[str | None, str, str], bool]
"""Whether (msgctxt, msgid, msgstr) is a reviewed pair on record (the project TM)."""


def reclaim_reviewed(po_path: Path, was_reviewed: WasReviewed) -> int:
    """Reclaim, in one locked edit of `po_path`, the units the module docstring describes;
    returns how many changed (the file is written only then)."""

    def reclaim_all(index: dict[CatalogKey, polib.POEntry]) -> int:
        return sum(reclaim_entry(entry, was_reviewed) for entry in index.values())

    return edit_catalog(po_path, reclaim_all)


def reclaim_entry(entry: polib.POEntry, was_reviewed: WasReviewed) -> bool:
    """One entry as `reclaim_reviewed` treats it; True when changed."""
    if not (entry.fuzzy and entry.msgstr and entry.previous_msgid is not None):
        return False
    if restore_review(entry):
        return True
    old_context, old_msgid = entry.previous_msgctxt, entry.previous_msgid
    if old_context is None and old_msgid == entry.msgid and entry.msgctxt is not None:
        if was_reviewed(entry.msgctxt, old_msgid, entry.msgstr):
            old_context = entry.msgctxt  # `#|` from a tool that drops msgctxt (pomerge after xliff2po)
    if not was_reviewed(old_context, old_msgid, entry.msgstr):
        return False
    lines = translator_lines(entry)
    if old_msgid == entry.msgid and (old_context or "") == (entry.msgctxt or ""):
        set_fuzzy(entry, False)
        drop_previous(entry)
        entry.tcomment = "\n".join(line for line in unmachine_lines(lines) if not is_held_line(line))
        return True
    if provenance_of(entry)[0] not in MACHINE_ORIGINS:
        return False  # already a person's: `translate` leaves it
    entry.tcomment = "\n".join(held_lines(lines, old_context, old_msgid, entry.msgstr))
    return True
