"""Inline code → one "code" placeable: its tags and its text are a single marker, `{code_1}`.

Text inside inline code is a command, a name, a path or a flag ("cargo build --release"): an
engine that translates it ("cargo complexión --emisión") shows the reader a wrong value. So a
Markdown code span (CommonMark §6.1), an HTML `<code>`, `<kbd>` or `<samp>` (HTML §4.5.15–17)
inside prose is a value the translator does not retype, as a number is: the msgid holds
`{code_1}`, XLIFF a `<ph>`, every engine gets it masked (`mt/base.py`), and every edition
rebuilds it from `CodeSpan.pieces` as written (`assemble.article.split_tags`).

One rule, here: the outermost non-empty code element that no other element crosses is one
placeable with everything inside it (nested tags too: `<code><b>x</b></code>`); elements
around it stay tag placeables (`[{code_1}](url)` is `{a_1}{code_1}{a_1_end}`). It has no
length limit and a sentence never ends inside it (`joined_over_code`): a long span is still
code. Its text is the block's text, spaces collapsed as everywhere in prose (what a browser
shows of `<code>`, CSS `white-space: normal`).

Catalogs made before this rule held the span as paired tags around its text
(`{code_1}cargo build{code_1_end}`); `migrated_msgid` gives such a msgid its current form, so
`catalog.update` carries the old translation over as fuzzy with the old msgid as `#|`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from l10n.ingest import CODE_ELEMENTS  # one set: ingest refuses a bidi control in their text
from l10n.model import CodeSpan, InlineMarkup, InlineTag, Placeable
from l10n.placeables.tags import clip_markup


def has_code(markup: Sequence[InlineMarkup]) -> bool:
    """Whether any element of `markup` is inline code (most blocks: none, and nothing else runs)."""
    return any(element.tag in CODE_ELEMENTS for element in markup)


def code_groups(markup: Sequence[InlineMarkup], indices: Sequence[int] | None = None) -> list[tuple[int, list[int]]]:
    """The code elements of `markup` (or of its `indices`) that are placeables, by start, each
    with the indices it takes in (its own and every element inside it, in markup order): the
    outermost non-empty code elements that no other element crosses (one whose tags would fall
    inside and outside it). One sort and one sweep, so a post of thousands of spans stays linear.
    """
    chosen = range(len(markup)) if indices is None else indices
    spans = sorted(
        (markup[i].start, -markup[i].end, i) for i in chosen if not markup[i].void and markup[i].start < markup[i].end
    )
    crossed: set[int] = set()
    stack: list[int] = []
    for start, negative_end, index in spans:
        while stack and markup[stack[-1]].end <= start:
            stack.pop()
        if stack and markup[stack[-1]].end < -negative_end:  # starts inside an open element, ends after it
            crossed.add(index)
            crossed.update(open_index for open_index in stack if markup[open_index].end < -negative_end)
        stack.append(index)
    groups: list[tuple[int, list[int]]] = []
    root_end = -1
    for start, negative_end, index in spans:
        if start < root_end:
            groups[-1][1].append(index)
        elif markup[index].tag in CODE_ELEMENTS and index not in crossed:
            groups.append((index, [index]))
            root_end = -negative_end
    if not groups:
        return groups
    starts = [markup[root].start for root, _ in groups]
    for i in chosen:
        element = markup[i]
        if element.void or element.start >= element.end:
            holder = bisect.bisect_left(starts, element.start) - 1  # the last span starting before the point
            if holder >= 0 and element.start < markup[groups[holder][0]].end:
                groups[holder][1].append(i)
    for _, members in groups:
        members.sort()
    return groups


def joined_over_code(spans: list[tuple[int, int]], markup: Sequence[InlineMarkup]) -> list[tuple[int, int]]:
    """Sentence `spans` with each cut that falls inside a code placeable removed (the two
    sentences become one): "Run `make. all` now." is one sentence holding `{code_1}`.

    >>> code = [InlineMarkup(4, 13, "code")]
    >>> joined_over_code([(0, 9), (10, 19)], code)
    [(0, 19)]
    """
    ranges = [(markup[root].start, markup[root].end) for root, _ in code_groups(markup)]
    if not ranges or len(spans) < 2:
        return spans
    starts = [start for start, _ in ranges]
    joined = [spans[0]]
    for start, end in spans[1:]:
        before = bisect.bisect_left(starts, joined[-1][1]) - 1  # the last code span starting before the cut
        if before >= 0 and ranges[before][1] > start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def code_placeables(
    text: str, markup: Sequence[InlineMarkup], start: int, end: int, elements: Sequence[int]
) -> tuple[list[Placeable], set[int]]:
    """The code placeables of the sentence `text[start:end]` (offsets relative to it, names not
    yet assigned) and the indices of the elements they take in (their own and all inside them)."""
    placeables: list[Placeable] = []
    taken: set[int] = set()
    for index, inner in code_groups(markup, elements):
        element = markup[index]
        if element.start < start or element.end > end:
            continue  # a sentence never cuts a code span (`joined_over_code`); kept as tags if one did
        keyed = clip_markup(markup, start=element.start, end=element.end, point_range=_interior(element), indices=inner)
        pieces: list[str | InlineTag] = []
        position = 0
        for _, tag in sorted(keyed, key=lambda item: item[0]):
            if tag.start > position:
                pieces.append(text[element.start + position : element.start + tag.start])
                position = tag.start
            if isinstance(tag.value, InlineTag):  # what clip_markup gives
                pieces.append(tag.value)
        low, high = element.start - start, element.end - start
        span = CodeSpan(tuple(pieces))
        placeables.append(Placeable("code", "code", text[element.start : element.end], span, low, high))
        taken.update(inner)
    return placeables, taken


def _interior(element: InlineMarkup) -> tuple[int, int]:
    """The positions whose zero-width elements lie inside `element` (not on its edges)."""
    return element.start + 1, element.end


def with_code(values: Sequence[Placeable], codes: Sequence[Placeable]) -> list[Placeable]:
    """`values` without those overlapping a code placeable ("2" in `` `-O2` `` is code), plus the
    code placeables, in sentence order."""
    kept = [value for value in values if not any(value.start < code.end and code.start < value.end for code in codes)]
    return sorted([*kept, *codes], key=lambda placeable: placeable.start)


_OLD_CODE_TOKEN = re.compile(r"\{((?:code|kbd|samp)_\d+)(_end)?\}")
_NUMBERED = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*?)_(\d+)(_end)?\}")


def old_code_pairs(msgid: str) -> list[tuple[int, int]]:
    r"""The (start, end) offsets of each outermost old `{code_n}…{code_n_end}` pair of `msgid`
    (or `kbd`, `samp`), left to right: an opener goes with the first end of its name after it
    and takes in all between; an opener with no such end stays as it is. It is what
    `re.sub(r"\{((?:code|kbd|samp)_\d+)\}(.*?)\{\1_end\}", …)` replaces, in one pass over the
    placeholders: that pattern looks for an end from every opener that has none, to the end of
    the msgid each time (a msgid of 64 KB of unclosed openers took 1.6 s, 1 MB minutes).

    >>> old_code_pairs("{code_1} a {kbd_1}b{code_1_end}{kbd_1_end}")
    [(0, 31)]
    """
    tokens = list(_OLD_CODE_TOKEN.finditer(msgid))
    next_end = [-1] * len(tokens)  # for an opener: its name's first end after it
    ends: dict[str, int] = {}
    for index in range(len(tokens) - 1, -1, -1):
        name, closing = tokens[index].group(1, 2)
        if closing:
            ends[name] = index
        else:
            next_end[index] = ends.get(name, -1)
    pairs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        end = next_end[index]
        if end < 0:  # an end, or an opener never closed
            index += 1
            continue
        pairs.append((tokens[index].start(), tokens[end].end()))
        index = end + 1
    return pairs


def migrated_msgid(msgid: str) -> str:
    """A msgid written before inline code was one placeable, in today's form: each outermost
    `{code_n}…{code_n_end}` (or `kbd`, `samp`) pair with all it holds becomes one `{code_n}`,
    and every placeholder is numbered again per prefix in order, as `naming.assign_names`
    numbers them (a number inside the code no longer counts). A msgid with no such pair comes
    back as it is.

    >>> migrated_msgid("Run {code_1}cargo build {number_1}{code_1_end} and {kbd_1}Ctrl{kbd_1_end}, {number_2}.")
    'Run {code_1} and {code_2}, {number_1}.'
    >>> migrated_msgid("See {a_1}{code_1}--check-cfg{code_1_end} flag{a_1_end}.")
    'See {a_1}{code_1} flag{a_1_end}.'
    """
    pairs = old_code_pairs(msgid) if "_end}" in msgid else []
    if not pairs:
        return msgid
    counters: dict[str, int] = {}
    open_numbers: dict[tuple[str, str], int] = {}

    def renumber(match: re.Match[str]) -> str:
        prefix, old, closing = match.group(1), match.group(2), match.group(3)
        if closing:
            return "{" + f"{prefix}_{open_numbers.get((prefix, old), old)}_end" + "}"
        counters[prefix] = counters.get(prefix, 0) + 1
        open_numbers[(prefix, old)] = counters[prefix]
        return "{" + f"{prefix}_{counters[prefix]}" + "}"

    out: list[str] = []
    position = 0
    for start, end in pairs:
        out.append(_NUMBERED.sub(renumber, msgid[position:start]))
        counters["code"] = counters.get("code", 0) + 1
        out.append("{" + f"code_{counters['code']}" + "}")
        position = end
    out.append(_NUMBERED.sub(renumber, msgid[position:]))
    return "".join(out)
