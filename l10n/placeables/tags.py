"""HTML inline markup → zero-width tag placeables, clipped to one sentence.

Follows the XLIFF 2.0 idea of `<pc>` (paired code) split into start/end markers (`<sc>`/`<ec>`)
when a span crosses a segment boundary: a paired element becomes `{a_1}`…`{a_1_end}` in every
sentence it touches; a void element (`<br>`, `<img>`) becomes one `{br_1}`. Tag placeables take
no characters of the plain-text source, so `start == end` and `original == ""`.
"""

from __future__ import annotations

from collections.abc import Sequence

from l10n.model import InlineMarkup, InlineTag, Placeable


def _tag_placeable(position: int, tag: InlineTag) -> Placeable:
    return Placeable(name="tag", kind="tag", original="", value=tag, start=position, end=position)


def clip_markup(
    markup: Sequence[InlineMarkup], *, start: int, end: int, point_range: tuple[int, int]
) -> list[tuple[tuple[int, int, int, int], Placeable]]:
    """Tag placeables of the sentence `text[start:end]`, each with a sort key for nesting order.

    Offsets in the result are relative to the sentence. `point_range` is the half-open range of
    block offsets whose zero-width elements (void, or empty like `<a></a>`) this sentence owns,
    so a `<br>` between two sentences lands at the end of the first. At one position, inner
    elements close before outer ones, then points sit, then outer elements open before inner.
    """
    keyed: list[tuple[tuple[int, int, int, int], Placeable]] = []
    for index, element in enumerate(markup):
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
