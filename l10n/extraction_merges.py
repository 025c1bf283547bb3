"""Which POs `extract --locales` need not check again: those its last run checked, as it left them.

When no article changed, or a few did, `extract` still confirms that every PO of every other
article is merged from its template, by the PO's merge stamp (`catalog.update.merge_state`):
at 1,000 articles × 10 locales, 10,000 fingerprints and stamp look-ups, most of an edit run's
`extract` once the edited article is done. A whole-run record kept with its files' states
(`memory.whole_run`, `memory.unchanged`) answers that from one stat per file: a PO whose
template and catalog are both in the state the last run saw when it checked (or wrote when it
merged) them — the glossary, `l10n.toml` and the code the same — is merged as that run left it.

The record names exactly the files of the pieces that run checked or merged (never a folder):
a PO it did not look at is never vouched for. Its states are the stats taken before the
checks (`StatsSeen`), or what a merge's write left (`fsio.noting_writes`), so a file changed
during the run is seen as changed next time. Anything in doubt is checked by its stamp.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from l10n.fingerprint import KnownStat
from l10n.project import CONFIG_FILE, Project
from l10n.seen import StatsSeen

if TYPE_CHECKING:
    from l10n.fsio import Written
    from l10n.locales import TargetLocale

MERGES_KEY = "extract merges "


class MergesSeen:
    """The look-up of the record of `extract`'s PO checks for `locales`, and the stats it took."""

    def __init__(self, project: Project, locales: Sequence[TargetLocale], shared: Sequence[str]) -> None:
        """`shared`: the files every merge reads besides its template and PO (the glossary)."""
        from l10n.memory.unchanged import catalog_pieces
        from l10n.memory.whole_run import look_up_run

        self.project = project
        self.key = MERGES_KEY + ",".join(locale.code for locale in locales)
        self.shared = [*shared, os.fspath(project.root / CONFIG_FILE)]
        self.seen = StatsSeen(project.locales_dir)
        payload, holds = look_up_run(project, self.key, seen=self.seen, pieces=catalog_pieces(project.locales_dir))
        if holds and isinstance(payload, dict):  # nothing it names moved: every piece as it was checked
            self.as_left: frozenset[str] = frozenset(payload.get("files", ())) - set(self.shared)
        else:
            self.as_left = frozenset(self.seen.unchanged or ())
        self.files: list[str] = []

    def taking(self, files: Iterable[str]) -> dict[str, KnownStat | None]:
        """Stat `files` (a piece's template and POs, and the shared files) before they are
        checked, unless seen already; they will be recorded in these states. The `known` of
        `fingerprint` for their checks: those seen settled (a racy one is stat'ed and judged there)."""
        from l10n.seen import watched_states

        names = list(files)
        states = self.seen.states
        self.seen.remember(watched_states([name for name in names if name not in states], ()))
        self.files.extend(names)
        known: dict[str, KnownStat | None] = {}
        for name in names:
            if name in states:  # settled when seen (`StatsSeen.kept`)
                st = states[name]
                known[name] = None if st is None else (st, False)
        return known

    def unchanged(self, *files: str) -> bool:
        """Whether all of `files` are as the last run left them after checking them."""
        return all(name in self.as_left for name in files)

    def keep(self, written: dict[str, Written]) -> None:
        """Record the files taken (`taking`), each in the state seen before its check or as
        this run's write left it: call after every piece taken is merged, never after a refusal."""
        from l10n.memory.whole_run import Watched, record_run

        files = tuple(dict.fromkeys([*self.shared, *self.files]))
        record_run(self.project, self.key, Watched(files, ()), {}, seen=self.seen, with_states=True, written=written)
