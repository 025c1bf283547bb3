"""Compiled translations: what the publish gate reads of a PO, kept so it need not parse it.

Why: in a cold chain `qa`, `assemble` and `publish` each read the same 10,000 POs, and parsing
(`po_read`, a Python loop over every line, comments and references included) was ~20 % of
`assemble` and `publish`. As gettext compiles a `.po` into a `.mo` holding only what a program
looks up, `qa` — which parses every PO it checks anyway — keeps each catalog's translations
(context, msgid, msgstr, fuzzy, origin and provenance, source changed: `catalog_translations`)
in `locales/.translations.sqlite3`, and the gate decodes those (JSON, C-speed) instead.

A compiled form serves only the exact bytes it was made from, by the same code: a row is keyed
on a BLAKE2b hash of the PO's bytes keyed with the package's code digest
(`fingerprint.code_digest`), and the reader hashes the PO it is about to use. Hashing rather
than trusting the file's stat costs ~1/20 of a parse and has no racy window: a PO rewritten
within one clock tick at the same size cannot pass for its old self (git's "racily clean"
entries, which a stat rule must guard against with `filesystem_now`).

The file is derived state (design decision 2: deleting it only makes the gate parse), and it is
read as hostile input: a row that is not exactly what `compile_translations` writes — another
format, a foreign or truncated database, a wrong type anywhere — is ignored and the PO parsed.
Nothing here raises to its caller; a database that cannot be written is left alone.

Measured and not kept: a compiled form of the *whole* catalog (every entry attribute, decoded
into the same polib objects) saved only ~40 % of a parse per reader and cost ~60 % of one to
write, and doubled the PO bytes on disk (see docs/DESIGN.md).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from l10n.memory.sqlite import KeptRows
from l10n.model import Translation, frozen_maker

COMPILED_FILE_NAME = ".translations.sqlite3"
FORMAT = "l10n-translations-1"
_SCHEMA = "CREATE TABLE IF NOT EXISTS compiled (po TEXT PRIMARY KEY, digest BLOB NOT NULL, data BLOB NOT NULL)"
_ORIGINS = frozenset({"mt", "tm", "human", "none"})

CatalogKey = tuple[str | None, str]
Row = tuple[str, bytes, bytes]  # (PO path, `compiled_key` of its bytes, `compile_translations`)


def compiled_key(data: bytes) -> bytes:
    """What a compiled form is keyed on: the PO's bytes and the code that read them."""
    from l10n.fingerprint import code_digest

    return hashlib.blake2b(data, digest_size=16, key=code_digest()).digest()


def compile_translations(translations: Mapping[CatalogKey, Translation]) -> bytes:
    """`[FORMAT, [[msgctxt, msgid, msgstr, fuzzy, origin, provenance, source_changed], …]]`."""
    rows = [
        [ctxt, msgid, t.msgstr, t.fuzzy, t.origin, t.provenance, t.source_changed]
        for (ctxt, msgid), t in translations.items()
    ]
    return json.dumps([FORMAT, rows], ensure_ascii=False).encode("utf-8", "surrogatepass")


def decode_translations(data: bytes) -> dict[CatalogKey, Translation] | None:
    """The translations `compile_translations` wrote, or None for anything else."""
    try:
        decoded = json.loads(data)
    except (ValueError, TypeError, RecursionError):
        return None
    if not (isinstance(decoded, list) and len(decoded) == 2 and decoded[0] == FORMAT):
        return None
    rows = decoded[1]
    if not isinstance(rows, list):
        return None
    translations: dict[CatalogKey, Translation] = {}
    for row in rows:
        if type(row) is not list or len(row) != 7:
            return None
        ctxt, msgid, msgstr, fuzzy, origin, provenance, changed = row
        if not (ctxt is None or type(ctxt) is str) or type(msgid) is not str or type(msgstr) is not str:
            return None
        if type(fuzzy) is not bool or type(changed) is not bool or type(provenance) is not str:
            return None
        if origin not in _ORIGINS:
            return None
        # `Translation(msgstr, fuzzy, origin, provenance, changed)` with its fields set at once
        # (`model.frozen_maker`: ~40,000 units a cold `assemble` at 200 × 10)
        translations[(ctxt, msgid)] = _made_translation(
            {"msgstr": msgstr, "fuzzy": fuzzy, "origin": origin, "provenance": provenance, "source_changed": changed}
        )
    return translations


_made_translation = frozen_maker(Translation, ("msgstr", "fuzzy", "origin", "provenance", "source_changed"))
"""`Translation`'s maker for `decode_translations` (the class checked at import: `frozen_maker`)."""


class CompiledTranslations(KeptRows):
    """The compiled translations of a project's catalogs: one SQLite file, opened on first use
    (WAL, busy timeout: a reader and `qa` may meet). Picklable: a worker opens its own."""

    SCHEMA = _SCHEMA
    INSERT = "INSERT OR REPLACE INTO compiled (po, digest, data) VALUES (?, ?, ?)"
    WHAT = "compiled translations"

    def lookup(self, po: Path | str, key: bytes) -> dict[CatalogKey, Translation] | None:
        """The translations kept for `po` with this `compiled_key`, or None."""
        data = self.kept_data("SELECT digest, data FROM compiled WHERE po = ?", (os.fspath(po),), key)
        return None if data is None else decode_translations(data)
