"""HTML inline markup → zero-width tag placeables, clipped to one sentence.

Follows the XLIFF 2.0 idea of `<pc>` (paired code) split into start/end markers (`<sc>`/`<ec>`)
when a span crosses a segment boundary: a paired element becomes `{a_1}`…`{a_1_end}` in every
sentence it touches; a void element (`<br>`, `<img>`) becomes one `{br_1}`. Tag placeables take
no characters of the plain-text source, so `start == end` and `original == ""`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from l10n.model import InlineMarkup, InlineTag, Placeable


def _tag_placeable(position: int, tag: InlineTag) -> Placeable:
    return Placeable(name="tag", kind="tag", original="", value=tag, start=position, end=position)


def markup_by_sentence(
    markup: Sequence[InlineMarkup], spans: Sequence[tuple[int, int]], point_ranges: Sequence[tuple[int, int]]
) -> list[list[int]]:
    """For each sentence (`spans`, in order, with the `point_ranges` `clip_markup` takes), the
    indices of the elements that give it tags, in markup order: a paragraph with thousands of
    elements and sentences is then read once per element and sentence it touches, not every
    element for every sentence. The same overlap rule as `clip_markup`: a paired element
    touches the sentences it overlaps, a zero-width one the sentence owning its position."""
    starts, ends, lows = [a for a, _ in spans], [b for _, b in spans], [low for low, _ in point_ranges]
    found: list[list[int]] = [[] for _ in spans]
    for index, element in enumerate(markup):
        if element.void or element.start >= element.end:
            owner = bisect.bisect_right(lows, element.start) - 1
            if owner >= 0 and point_ranges[owner][0] <= element.start < point_ranges[owner][1]:
                found[owner].append(index)
            continue
        for sentence in range(bisect.bisect_right(ends, element.start), bisect.bisect_left(starts, element.end)):
            found[sentence].append(index)
    return found


def clip_markup(
    markup: Sequence[InlineMarkup],
    *,
    start: int,
    end: int,
    point_range: tuple[int, int],
    indices: Sequence[int] | None = None,
) -> list[tuple[tuple[int, int, int, int], Placeable]]:
    """Tag placeables of the sentence `text[start:end]`, each with a sort key for nesting order.

    Offsets in the result are relative to the sentence. `point_range` is the half-open range of
    block offsets whose zero-width elements (void, or empty like `<a></a>`) this sentence owns,
    so a `<br>` between two sentences lands at the end of the first. At one position, inner
    elements close before outer ones, then points sit, then outer elements open before inner.
    `indices` (from `markup_by_sentence`) limits the elements read to those that can touch it.
    """
    keyed: list[tuple[tuple[int, int, int, int], Placeable]] = []
    for index in range(len(markup)) if indices is None else indices:
        element = markup[index]
        opening = InlineTag(element.tag, element.attrs, closing=False, void=element.void)
        if element.void or element.start >= element.end:
            if point_range[0] <= element.start < point_range[1]:
                position = min(max(element.start, start), end) - start
                keyed.append(((position, 1, index, 0), _tag_placeable(position, opening)))
                if not element.void:
                    closing = InlineTag(element.tag, element.attrs, closing=True)
                    keyed.append(((position, 1, index, 1), _tag_placeable(position, closing)))
            continue
        clipped_start, clipped_end = max(element.start, start) - start, min(element.end, end) - start
        if clipped_start >= clipped_end:
            continue
        closing = InlineTag(element.tag, element.attrs, closing=True)
        keyed.append(((clipped_start, 2, -clipped_end, index), _tag_placeable(clipped_start, opening)))
        keyed.append(((clipped_end, 0, -clipped_start, -index), _tag_placeable(clipped_end, closing)))
    return keyed


def merge_with_tags(
    values: Sequence[Placeable], tags: Sequence[tuple[tuple[int, int, int, int], Placeable]]
) -> list[Placeable]:
    """Detected values and tag placeables in sentence order (names not yet assigned).

    A value that a tag boundary cuts (`<b>10</b> billion yuan`) is dropped and stays text: the
    markup must survive, and the value cannot be rendered as one piece.
    """
    cut_points = {placeable.start for _, placeable in tags}
    kept = [value for value in values if not any(value.start < point < value.end for point in cut_points)]
    keyed = list(tags) + [((value.start, 3, 0, 0), value) for value in kept]
    return [placeable for _, placeable in sorted(keyed, key=lambda item: item[0])]
