"""Which files are as a command's last run left them, when its whole-run record no longer holds.

After a one-sentence edit the whole-run record of `qa`, `status` or `translate` does not hold
(ten catalogs moved), and the command used to take a fingerprint of every one of its 10,000
pieces and look its stamp up, to find the ten that changed. The record already has the answer:
kept `with_states` (`memory.whole_run.record_run`), it holds each watched file's state; the
look-up compares them with the stats it takes anyway (`look_up_run(pieces=…)`) and hands the
command the files still in that state (`StatsSeen.unchanged`).

A piece whose input files are all among them is in the state that run left it in: done. That is
the claim a replay makes of every piece on the same evidence, so it holds on the same
conditions, checked here — the same command line (the record's key), the same code, and no
watched file outside the pieces' own changed (`l10n.toml`, the glossary, the MT failure log,
an engine's programs or models: what shapes every piece's settings). A file racy then or now
(touched in the tick of a clock reading: git's "racily clean" rule, `fingerprint`) is never
vouched for by its stat; nor is a file missing then or now (a shared input missing both times
is unchanged). Anything in doubt is left out, and
its piece is checked by its own stamp as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from l10n.fingerprint import code_digest
from l10n.seen import StatsSeen


def unchanged_since(
    recorded: str | None,
    taken: Iterable[tuple[str, os.stat_result | None]],
    seen: StatsSeen,
    pieces: Callable[[str], bool],
) -> set[str] | None:
    """The files of `taken` (the look-up's stats) in the state `recorded` (`whole_run._states_text`)
    holds for them, or None when nothing can be vouched for: no states kept, other code, or a
    watched file that is not a piece's (`pieces`) changed, appeared or went."""
    if not recorded:
        return None
    parts = recorded.split("\0")
    if parts[0] != code_digest().hex() or len(parts) % 2 != 1:
        return None
    then = dict(zip(parts[1::2], parts[2::2], strict=True))
    remembered = seen.states  # settled when seen: a file racy now is not among them
    same: list[str] = []
    listed: set[str] = set()
    for name, st in taken:
        listed.add(name)
        now = seen.state_of(name, st)  # the text the look-up made of the same stat
        if then.get(name) == now and (st is None or name in remembered):
            if st is not None:
                same.append(name)
        elif not pieces(name):
            return None  # a shared input moved (or may have, in the tick of its stat): every piece is checked
    if any(not pieces(name) for name in then.keys() - listed):  # gone since
        return None
    return set(same)


def catalog_pieces(locales_dir: os.PathLike[str] | str) -> Callable[[str], bool]:
    """`pieces` for commands whose pieces are catalogs: the templates and POs under `locales_dir`."""
    prefix = os.path.join(os.fspath(locales_dir), "")
    return lambda name: name.startswith(prefix) and name.endswith((".po", ".pot"))
