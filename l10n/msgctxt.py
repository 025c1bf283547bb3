"""The msgctxt of a unit, by the role of the block its sentence is in: the one rule `extract`
writes into each catalog entry and `assemble` looks translations up by.

Its own module, importing nothing: `assemble` reads an edited article's parse decoded from what
`extract` kept, and importing the rule from `extract` pulled the segmenter and every ingest
module into that edit run (`tests/test_assemble_edit_imports.py`).
"""

from __future__ import annotations

TRANSLATION_CONTEXT_ROLES: frozenset[str] = frozenset({"headline", "caption", "credit", "byline", "heading", "alt"})


def context_for_role(role: str) -> str | None:
    """The msgctxt for a block role, or None where the role does not change the translation.

    >>> context_for_role("credit")
    'credit'
    >>> context_for_role("paragraph") is None
    True
    """
    return role if role in TRANSLATION_CONTEXT_ROLES else None
