"""A sentence cut into the pieces every writer prints: text runs, inline tags and values.

A PO sentence holds placeholders (`{money_1}`, `{a_1}`…, DESIGN.md decision 1); `split_tags`
replaces each by its piece — the inline tag, the inline code as written, or the value rendered
for the edition's locale with CLDR (`l10n.placeables.render`, once per value and locale in a
process: `rendered_value`) — so the writers never see a placeholder. Values are `Value` and
inline code `Code` (both `str`), so a right-to-left page can isolate them (UAX #9, `bidi.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from l10n.locales import TargetLocale
from l10n.memo import remember
from l10n.model import CodeSpan, InlineTag, Placeable
from l10n.placeables.render import render_placeable
from l10n.placeables.render_numbers import render_ordinal_after


class Value(str):
    """A placeable's value as shown (a `str`, so every writer can print it as text); the HTML
    writer isolates it on right-to-left pages."""

    __slots__ = ()


class Code(str):
    """The text of inline code (`CodeSpan`) as written: no writer changes a character of it, so a
    right-to-left edition isolates the whole span left-to-right instead of the runs inside it."""

    __slots__ = ()


Piece = str | InlineTag

_PLACEHOLDER = re.compile(r"\{([A-Za-z][A-Za-z0-9_]*)\}")


def split_tags(text: str, placeables: Sequence[Placeable], locale: TargetLocale | None) -> tuple[Piece, ...]:
    """Cut a sentence with placeholders into pieces: text, inline tags (`{a_1}`, `{a_1_end}`)
    and `Value`s — rendered for `locale`, or the source's own wording when `locale` is None.

    Placeholders with no placeable (a typo, QA's business) stay as they are. A value that ends
    with a period (German "18. Aug.", "8.") takes the place of the sentence's own period after it,
    as typesetting does after an abbreviation; the source's own wording is never touched.

    >>> from l10n.model import InlineTag, Weekday
    >>> tags = [Placeable("a_1", "tag", "<a>", InlineTag("a", (("href", "/x"),))),
    ...         Placeable("a_1_end", "tag", "</a>", InlineTag("a", closing=True)),
    ...         Placeable("weekday_1", "weekday", "Saturday", Weekday(5))]
    >>> split_tags("See {a_1}the park{a_1_end} on {weekday_1}.", tags, None)  # doctest: +NORMALIZE_WHITESPACE
    ('See ', InlineTag(name='a', attrs=(('href', '/x'),), closing=False, void=False),
     'the park', InlineTag(name='a', attrs=(), closing=True, void=False), ' on ', 'Saturday', '.')
    >>> split_tags("Am {weekday_1} {typo_1}.", tags, TargetLocale("de"))
    ('Am ', 'Samstag', ' {typo_1}.')
    """
    if not placeables or "{" not in text:  # most sentences: what `_split_placeholders` gives them
        return (text,) if text else ()
    return _split_placeholders(text, placeables, locale)


def _split_placeholders(text: str, placeables: Sequence[Placeable], locale: TargetLocale | None) -> tuple[Piece, ...]:
    """`split_tags` for any sentence: each placeholder found and replaced by its piece."""
    by_name = {p.name: p for p in placeables}
    pieces: list[Piece] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        placeable = by_name.get(match.group(1))
        if placeable is None:
            continue
        if match.start() > position:
            pieces.append(text[position : match.start()])
        if placeable.kind == "tag" and isinstance(placeable.value, InlineTag):
            pieces.append(placeable.value)
        elif isinstance(placeable.value, CodeSpan):  # inline code: its tags and text as written, any locale
            pieces.extend(Code(piece) if isinstance(piece, str) else piece for piece in placeable.value.pieces)
        elif placeable.kind != "tag":
            value = placeable.original if locale is None else rendered_value(placeable, locale)
            if locale and placeable.kind == "ordinal" and isinstance(placeable.value, int):
                value = _agreeing_ordinal(placeable.value, locale, text, match) or value
            pieces.append(Value(value))
            if (
                locale
                and value.endswith(".")
                and text.startswith(".", match.end())
                and text[match.end() + 1 : match.end() + 2] != "."
            ):
                position = match.end() + 1  # "18. Aug." ends the sentence: one period, not "Aug.." (values14)
                continue
        else:
            continue
        position = match.end()
    if position < len(text):
        pieces.append(text[position:])
    return tuple(_joined(pieces))


def _agreeing_ordinal(number: int, locale: TargetLocale, text: str, match: re.Match[str]) -> str | None:
    """A gendered language's ordinal as the translation's determiner before it asks ("la
    {ordinal_1} Enmienda" → "la 14.ª Enmienda"), unless the translator wrote the indicator
    after the placeholder ("{ordinal_1}.ª"): `render_numbers.ORDINAL_BY_DETERMINER`."""
    after = text[match.end() : match.end() + 2]
    if after[:1].isalpha() or (after[:1] != "" and after[:1] in "ºª") or (after[:1] == "." and after[1:].isalpha()):
        return None  # "{ordinal_1}.ª", "{ordinal_1}.er piso", "{ordinal_1}º", "{ordinal_1}re"
    return render_ordinal_after(number, locale, text[: match.start()])


_RENDERED: dict[tuple[str, type, str, str, bool], str] = {}
_RENDERED_MAX = 100_000


def rendered_value(placeable: Placeable, locale: TargetLocale) -> str:
    """`render_placeable`, once per (value, locale) in a process: the same amount, date or
    count recurs across the articles and editions of a run (Babel's formatting is most of a
    value's cost). Keyed by the placeable's kind (a datetime shown as a date drops the time)
    and the value's type and `repr`, not by equality: two aware datetimes of the same instant
    are equal but show their own offsets (`tests/test_site_fast_paths.py` holds cached and
    direct equal); and by whether the copy wrote a plus sign, which `render_placeable` shows and the
    value does not hold ("+30" and "30" are both 30: the first rendered gave the other its form)."""
    key = (placeable.kind, type(placeable.value), repr(placeable.value), locale.code, placeable.original[:1] == "+")
    found = _RENDERED.get(key)
    if found is None:
        found = remember(_RENDERED, key, render_placeable(placeable, locale), limit=_RENDERED_MAX)
    return found


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Adjacent plain-text runs merged (a skipped placeholder leaves two), `Value`s kept apart."""
    out: list[Piece] = []
    for piece in pieces:
        if out and type(piece) is str and type(out[-1]) is str:
            out[-1] = out[-1] + piece
        elif piece != "":
            out.append(piece)
    return out
