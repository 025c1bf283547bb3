"""Segments → translator-facing units (the msgctxt/msgid/#: /#. of a PO entry, gettext manual §3).

`msgctxt` is set only where a block's role changes how one translates it: a headline is
terse, a credit is a name list, a caption describes a photo. Everything else shares the
empty context so identical body sentences merge into one unit.
"""

from __future__ import annotations

TRANSLATION_CONTEXT_ROLES: frozenset[str] = frozenset(
    {"headline", "caption", "credit", "byline", "heading"}
)


def context_for_role(role: str) -> str | None:
    """The msgctxt for a block role, or None where the role does not change the translation.

    >>> context_for_role("credit")
    'credit'
    >>> context_for_role("paragraph") is None
    True
    """
    return role if role in TRANSLATION_CONTEXT_ROLES else None
