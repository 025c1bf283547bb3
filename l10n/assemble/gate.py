"""The publish gate: which translations a reader must not see yet (product rule 9).

A translation is held back, and the page shows the source sentence in its place, when

- QA finds an *error* in it (a dropped `{number_2}`, a changed number, a failed MT unit…): the
  checks are `l10n.qa`'s, run here exactly as `l10n qa` runs them — one rule, one place;
- it is fuzzy because its source changed since a person translated it (msgmerge kept the old
  msgstr with `#|`, and there is no `mt:`/`tm:` provenance line): it translates another text;
- it is a person's fuzzy text whose source did not change (no `#|`): most often machine text a
  person began to rewrite (its `hash=` no longer matches) and left fuzzy, not done yet;
- it is machine output (`mt:`/`tm:`) whose source changed since (`#|`): `translate` redoes it,
  but until it has (no engine for the locale, `--engine none`, a run stopped before it) it too
  translates a sentence that is gone.

Other fuzzy MT and TM suggestions are not held: they publish marked as machine work, as before,
and their QA errors hold them like anyone's. Warnings never hold a unit. Empty units are simply
untranslated. Reasons are short, stable strings (`qa: placeholders`, `source changed`,
`unfinished human edit`) that `assemble` and `publish` count per page.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.locales import TargetLocale
from l10n.model import Translation
from l10n.qa.errors_record import (  # the rule, kept where `qa` applies it too; re-exported
    QA_PREFIX,
    SOURCE_CHANGED,
    UNFINISHED_EDIT,
    held_for_errors,
    held_units,
)

if TYPE_CHECKING:
    from l10n.memory.compiled import CompiledTranslations
    from l10n.memory.glossary import Glossary
    from l10n.memory.stamps import StampLookup
    from l10n.mt.failures import MTFailure
    from l10n.qa.gate_record import GateRecord

UnitKey = tuple[str | None, str]
__all__ = ["QA_PREFIX", "SOURCE_CHANGED", "UNFINISHED_EDIT", "Gate", "held_for_errors", "held_units"]


@dataclass
class Gate:
    """The gate for one project: glossary and recorded MT failures read once, then each
    catalog's translations and held units on demand (`gated_translations`).

    What `l10n qa` found for a catalog as it is now is taken as it is (the same checks on the
    same inputs): first the translations `qa` compiled from the PO's exact bytes
    (`l10n.memory.compiled`) and the units it found held, kept for those bytes, the glossary
    and the failure log as they are (`l10n.qa.gate_record`: one row read); failing that, its
    recorded errors (`l10n.qa.recorded_errors`: its summary first, the findings only of a catalog
    with an error, `qa.errors_record`). Only a catalog changed since, or never checked, is
    checked here."""

    glossary: Glossary
    failures: list[MTFailure] = field(default_factory=list)
    project: Any = None
    qa_lookup: StampLookup | None = None
    qa_summary: StampLookup | None = None  # `qa.summary`: read first (`qa.errors_record`)
    qa_shared: tuple[Path, ...] | None = None  # `qa.shared_inputs`, found once per gate
    compiled: CompiledTranslations | None = None
    record: GateRecord | None = None  # `qa.gate_record`, taken with `record_key`
    record_key: bytes | None = None  # `qa.gate_record.shared_digest`, taken before the glossary is read
    token: str = field(default_factory=lambda: uuid.uuid4().hex, repr=False, compare=False)  # see `__reduce__`

    def __reduce__(self) -> tuple[Any, tuple[str, dict[str, Any]]]:
        """Pickled with its `token`, so that a worker process, sent the same gate with every chunk
        of articles, unpickles it once (`_gate_in_this_process`) and keeps its open databases
        and what it read, instead of opening them again per chunk. A gate made anew (another
        run, a glossary changed since) has another token: no worker takes an older one for it."""
        state = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "token"}
        return _gate_in_this_process, (self.token, state)

    @classmethod
    def for_project(cls, project: object) -> Gate:
        from l10n.memory.compiled import COMPILED_FILE_NAME, CompiledTranslations
        from l10n.memory.glossary import project_glossary
        from l10n.memory.stamps import StampLookup
        from l10n.mt.failures import failures_path, read_failures
        from l10n.qa import QA_STAGE, QA_SUMMARY_STAGE, shared_inputs
        from l10n.qa.gate_record import GATE_FILE_NAME, GateRecord, shared_digest

        shared = shared_inputs(project)
        record_key = shared_digest(shared)  # before the glossary and failure log are read
        return cls(
            record=GateRecord(project.state_file(GATE_FILE_NAME)),  # type: ignore[attr-defined]
            record_key=record_key,
            qa_shared=shared,
            compiled=CompiledTranslations(project.state_file(COMPILED_FILE_NAME)),  # type: ignore[attr-defined]
            glossary=project_glossary(project),
            failures=read_failures(failures_path(project.state_dir)),  # type: ignore[attr-defined]
            project=project,
            qa_lookup=StampLookup(project, QA_STAGE),
            qa_summary=StampLookup(project, QA_SUMMARY_STAGE),
        )

    def gated_translations(
        self, po_path: Path | str, *, locale: TargetLocale, domain: str, found: bool | None = None
    ) -> tuple[dict[UnitKey, Translation], dict[UnitKey, str]]:
        """A PO's translations and the units among them the gate holds back (none without a PO).
        `po_path` as a string too (`Project.po_to_read`): a `Path` is made only for a catalog
        checked here. `found`: what the caller's `lstat` of it found (`Project.po_to_read_found`:
        True a regular file, False nothing), which this would ask again; None: asked here."""
        po = os.fspath(po_path)
        if found is False or (found is None and not os.path.isfile(po)):
            return {}, {}
        data = read_whole(po)
        compiled = None
        if self.compiled is not None:
            from l10n.memory.compiled import compiled_key
            from l10n.qa.gate_record import gate_key

            key = compiled_key(data)
            compiled = self.compiled.lookup(po, key)
            if compiled is not None and self.record is not None and self.record_key is not None:
                held = self.record.lookup(po, gate_key(key, self.record_key, locale.code, domain), compiled)
                if held is not None:  # qa's held units for these bytes, glossary and failure log
                    return compiled, held
        from l10n.catalog.po import load_catalog  # (here, not above: a catalog qa answered for needs none)
        from l10n.catalog.translations import catalog_translations
        from l10n.mt.failures import failures_for
        from l10n.qa import check_catalog, recorded_errors, shared_inputs

        po_path = Path(po)
        errors = None
        if self.qa_lookup is not None and po_path == self.project.po_path(locale, domain):
            if self.qa_shared is None:
                self.qa_shared = shared_inputs(self.project)
            errors = recorded_errors(
                self.project,
                self.qa_lookup,
                locale=locale,
                domain=domain,
                shared=self.qa_shared,
                summary=self.qa_summary,
            )
        if errors is not None and compiled is not None:  # qa's findings stand: its compiled form too
            return compiled, held_for_errors(compiled, errors)
        catalog = load_catalog(po_path, data=data)  # read once: translations and, unless qa's stand, checks
        translations = catalog_translations(catalog)
        if errors is None:
            findings, _ = check_catalog(
                po_path,
                locale=locale,
                glossary=self.glossary,
                domain=domain,
                mt_failures=failures_for(self.failures, domain=domain, locale=locale.code),
                catalog=catalog,
                project_language=self.project.settings.source_locale,
            )
            return translations, held_units(translations, findings)
        return translations, held_for_errors(translations, errors)


def read_whole(path: str) -> bytes:
    """The bytes of the file `path` (a regular file: the caller checked), read through its
    descriptor: one `fstat` to size one `read` of them all (and one more read only when the file
    has grown since), where a buffered `open` took a `fstat`, an `ioctl`, two `lseek`s and a
    second `fstat` and `read` of its own (the gate reads a catalog per edition: 2,000 a cold
    `assemble` at 200 × 10)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        size = os.fstat(fd).st_size
        data = os.read(fd, size + 1)
        if len(data) <= size:  # a short read of a regular file: its end
            return data
        chunks = [data]
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


_UNPICKLED: dict[str, Gate] = {}  # token → the gate unpickled in this process (the last few)
_UNPICKLED_MAX = 4


def _gate_in_this_process(token: str, state: dict[str, Any]) -> Gate:
    """The gate `token` names, unpickled once per process (`Gate.__reduce__`)."""
    gate = _UNPICKLED.get(token)
    if gate is None:
        while len(_UNPICKLED) >= _UNPICKLED_MAX:
            del _UNPICKLED[next(iter(_UNPICKLED))]
        gate = _UNPICKLED[token] = Gate(**state, token=token)
    return gate
