"""Each article's language as `extract` wrote it into its template, kept as a record of the
template's state, so the commands that ask every template which project locale is the
article's own (`update`, `translate`, `status`, `xliff export`, the TM sync) read no template.

The template stays the durable record (`X-Source-Language`, `X-Source-Variant`: design
decision 2); this is derived state beside the stamps (`memory.stamps`, stage `LANGUAGE_STAGE`,
keyed by domain). A record holds for the template's state when it was taken (size, times,
inode; a template written in the clock tick of its stat is compared by content, as every stamp
is), so a template rewritten since, or a project extracted by an earlier version (no record),
is read from its head (`catalog.po.template_source`) and recorded then.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

if TYPE_CHECKING:
    from l10n.memory.stamps import Stamps

LANGUAGE_STAGE = "extract language"


def record_language(where: object, domain: str, pot: Path | str, language: str | None, variant: str | None) -> Stamps:
    """Record the language and region `extract` just wrote into the template `pot` (None, None:
    the project's language), for its state now; the caller saves the stamps it returns."""
    from l10n.memory.stamps import fingerprint, process_stamps

    stamps = process_stamps(where, LANGUAGE_STAGE)
    stamps.record(domain, fingerprint([pot]), [language, variant])
    return stamps


def template_languages(where: object, templates: Mapping[str, Path | str]) -> dict[str, tuple[str | None, str | None]]:
    """domain → (the article's language, the region it states) for each template of
    `templates` (domain → POT) that exists: from its record where that holds for the template
    as it is, else from the template's head (then recorded)."""
    from l10n.catalog.po import template_source
    from l10n.memory.stamps import fingerprint, process_stamps

    if not templates:
        return {}  # (the stamps not opened)
    stamps = process_stamps(where, LANGUAGE_STAGE)
    found: dict[str, tuple[str | None, str | None]] = {}
    recorded = False
    for domain, pot in templates.items():
        state = fingerprint([pot])  # before any read: a template changed meanwhile is not vouched for
        held = stamps.payload(domain) if stamps.has(domain) and stamps.fresh(domain, state) else None
        if _is_languages(held):
            found[domain] = (held[0], held[1])
        elif os.path.isfile(pot):
            found[domain] = template_source(pot)
            stamps.record(domain, state, list(found[domain]))
            recorded = True
    if recorded:  # else nothing to write: `extract`'s own records are saved with its chunk's stamps
        stamps.save()
    return found


def _is_languages(payload: object) -> TypeGuard[list[str | None]]:
    """Whether a recorded payload has the shape `record_language` writes: a language and a region,
    each text or None. The stamps are files under `locales/`, hostile input like the rest: any
    other shape (a forged or damaged row) is no record, and the template's head is read.

    >>> _is_languages(["de", None]), _is_languages([None, None]), _is_languages(3), _is_languages(["de", 7])
    (True, True, False, False)
    """
    return (
        isinstance(payload, list)
        and len(payload) == 2
        and all(part is None or (isinstance(part, str) and len(part) <= 64) for part in payload)
    )


def own_language_codes(where: object, templates: Mapping[str, Path | str], codes: Sequence[str]) -> dict[str, str]:
    """domain → the one of `codes` (the project's locales) its article is written in, for the
    templates (domain → POT) whose article names one (`locales.own_language_locale`, with the
    region the article states): that locale's edition is the article itself, so no command
    makes, fills, counts, exports or syncs its catalog. A template missing is left to the
    caller's own error."""
    return own_codes_of(template_languages(where, templates), codes)


def own_codes_of(languages: Mapping[str, tuple[str | None, str | None]], codes: Sequence[str]) -> dict[str, str]:
    """`own_language_codes` of languages in hand (`template_languages`)."""
    from l10n.locales import own_language_locale

    found: dict[str, str] = {}
    for domain, (language, variant) in languages.items():
        own = own_language_locale(language, codes, variant=variant or "")
        if own is not None:
            found[domain] = own.code
    return found
