"""The publish gate's record: per catalog, the units `qa` found the gate must hold back.

Why: for every catalog it reads, the gate used to take QA's verdict from three records — the
catalog's fingerprint (the PO, the glossary and the MT failure log stat'ed), its summary, and for
a catalog with an error its whole findings (every warning, decoded to keep the errors) — and
then worked out the held units again (`errors_record.held_for_errors`). At 300 articles × 10
locales that was about half of the gate's CPU (`bench/site_write.py`, session 13). `qa`, which
has the findings and the translations in hand when it checks a catalog, now also keeps the
answer itself: unit key → reason (`errors_record.held_units`, the one rule), in
`locales/.gate.sqlite3`, and the gate reads that one row.

Fails closed. A row serves only the exact inputs the checks ran on: it is keyed on a BLAKE2b hash
of the PO's bytes (`memory.compiled.compiled_key`, keyed with the package's code digest), the
*contents* of the glossary and the MT failure log (`shared_digest`, hashed once per run, before
either is read), and the catalog's locale and domain. The gate hashes the bytes it is about to
use, so a PO edited after `qa` (even within one clock tick, at the same size), a glossary or
failure log changed since, or another version of the code finds no row, and the gate checks the
catalog itself. A row is read as hostile input: anything but exactly what `encode_held` writes,
or a held unit the catalog has no msgstr for, is ignored (the gate then checks). The file is
derived state (design decision 2): deleting it only makes the gate read QA's other records.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from l10n.memory.sqlite import KeptRows
from l10n.model import Translation
from l10n.mt.failures import UnitKey

GATE_FILE_NAME = ".gate.sqlite3"
FORMAT = "l10n-gate-1"
_SCHEMA = "CREATE TABLE IF NOT EXISTS held (po TEXT PRIMARY KEY, digest BLOB NOT NULL, data BLOB NOT NULL)"


def shared_digest(paths: Iterable[Path]) -> bytes | None:
    """A hash of the contents of the inputs every catalog's checks share (`qa.shared_inputs`:
    the glossary, the MT failure log), keyed with the code; an absent file counts as absent.
    None when one cannot be read: then no row is written or taken."""
    from l10n.fingerprint import code_digest

    digest = hashlib.blake2b(digest_size=16, key=code_digest())
    for path in paths:
        digest.update(os.fsencode(path) + b"\0")
        try:
            data = Path(path).read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            digest.update(b"absent\0")
            continue
        except OSError:
            return None
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.digest()


def gate_key(compiled: bytes, shared: bytes, locale: str, domain: str) -> bytes:
    """What a row is keyed on: the PO's `compiled_key`, `shared_digest`, the locale and domain."""
    return hashlib.blake2b(compiled + shared + f"{locale}\0{domain}".encode(), digest_size=16).digest()


def encode_held(held: Mapping[UnitKey, str], translations: Mapping[UnitKey, Translation]) -> bytes:
    """`[FORMAT, [reason, …], [[unit, reason], …]]`: each held unit by its place among
    `translations` (the compiled translations of the same bytes list them in the same order,
    `memory.compiled`) and its reason by its place in the list of reasons — a tenth of the bytes
    of the units' msgids and reasons written out, which were most of the gate's decoding."""
    places = {key: index for index, key in enumerate(translations)}
    reasons = sorted(set(held.values()))
    numbers = {reason: index for index, reason in enumerate(reasons)}
    rows = [[places[key], numbers[reason]] for key, reason in held.items()]
    return json.dumps([FORMAT, reasons, rows], ensure_ascii=False).encode("utf-8", "surrogatepass")


def decode_held(data: bytes, translations: Mapping[UnitKey, Translation]) -> dict[UnitKey, str] | None:
    """The held units `encode_held` wrote for these `translations`, each one with a msgstr (what
    `held_units` gives), or None for anything else."""
    try:
        decoded = json.loads(data)
    except (ValueError, TypeError, RecursionError):
        return None
    if not (type(decoded) is list and len(decoded) == 3 and decoded[0] == FORMAT):
        return None
    reasons, rows = decoded[1], decoded[2]
    if type(reasons) is not list or type(rows) is not list or not all(type(r) is str for r in reasons):
        return None
    keys, units = list(translations), translations
    held: dict[UnitKey, str] = {}
    for row in rows:
        if type(row) is not list or len(row) != 2 or type(row[0]) is not int or type(row[1]) is not int:
            return None
        unit, reason = row
        if not (0 <= unit < len(keys) and 0 <= reason < len(reasons)):
            return None
        key = keys[unit]
        if not units[key].msgstr or key in held:
            return None
        held[key] = reasons[reason]
    return held


def keep_batch(compiled: KeptRows, record: KeptRows, rows: list) -> None:
    """A batch of `qa`'s rows kept, each (compiled translations, held units or None): the
    compiled translations first, so a row here never names translations not written."""
    compiled.keep(row for row, _ in rows)
    record.keep(held for _, held in rows if held is not None)
    rows.clear()


class GateRecord(KeptRows):
    """The held units of a project's catalogs as `qa` found them: one SQLite file, opened on
    first use (WAL, busy timeout). Picklable: a worker opens its own connection."""

    SCHEMA = _SCHEMA
    INSERT = "INSERT OR REPLACE INTO held (po, digest, data) VALUES (?, ?, ?)"
    WHAT = "the publish gate's record"

    def lookup(
        self, po: Path | str, key: bytes, translations: Mapping[UnitKey, Translation]
    ) -> dict[UnitKey, str] | None:
        """The held units kept for `po` with this `gate_key`, or None."""
        data = self.kept_data("SELECT digest, data FROM held WHERE po = ?", (os.fspath(po),), key)
        return None if data is None else decode_held(data, translations)
