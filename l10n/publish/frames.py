"""A site page rendered from its template's frame: the template run once per shape, each
page then its values escaped into the frame's gaps.

A cold site is ~22,000 renders of two small templates (`article.html.j2` over `base.html.j2`,
and `redirect.html.j2`) whose text around the values never changes: Jinja2 made a context,
resumed its generators and escaped ~19 values through `markupsafe` (a `Markup` made per
value) on every page — with the contexts, ~a fifth of a cold publish's CPU. Here a template is
rendered once with a marker in place of every value the page is given (a *frame*), per
*shape*: which values are empty (they decide the `{% if %}`s, and print as they are) and
which are not. A page is then the frame's text with each marker replaced by its value as the
template printed it — `markupsafe.escape`, the escaping Jinja2's autoescape applies, or, for a
value handed to one of the environment's functions (`head_links.alternate_links`,
`switcher_items`), that function's markup. The template stays the one home of the page's
shape; the bytes are Jinja2's (`tests/test_publish23_frames.py` renders both, every shape,
hostile values included).

A marker only stands in for a value the template prints, tests for truth, or hands to a
function of the environment: anything else it does with one (a filter, a comparison, a
length, a loop, an attribute) raises while the frame is made, and that template is then
rendered by Jinja2 for every page of the run. The first page of each shape is rendered by
Jinja2 as well and compared: a frame that gives other bytes (a template's text holding a
marker's characters) is never used.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from markupsafe import Markup, escape

_MARK = "\x00"  # in no template's text (Jinja2 templates are text; the site's are ours)


class _Refused(Exception):
    """A template did something with a marker other than print it, test it or pass it on."""


class _Slot(Markup):
    """A page value's place in a frame: prints as its marker (`\\0s<n>\\0`, `\\0f<n>\\0` for
    what a function made of it), is true, and refuses every other use (see the module's
    docstring)."""

    number: int  # the value's place among the page's non-empty values
    through: Callable[[Any], Any] | None  # the environment's function the template handed it to

    def __new__(cls, index: int, through: Callable[[Any], Any] | None = None) -> _Slot:
        slot = super().__new__(cls, f"{_MARK}{'s' if through is None else 'f'}{index}{_MARK}")
        slot.number, slot.through = index, through
        return slot

    def __bool__(self) -> bool:
        return True


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise _Refused


for _name in (
    *("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__len__", "__iter__", "__contains__"),
    *("__getitem__", "__add__", "__radd__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__format__"),
    *(name for name in dir(str) if not name.startswith("_")),
    *(name for name in dir(Markup) if not name.startswith("_")),
):
    setattr(_Slot, _name, _refuse)
del _name


class FramedTemplates:
    """The frames of an environment's templates (per template name and shape), made as pages ask."""

    def __init__(self, env: Any) -> None:
        self.env = env
        self._frames: dict[tuple[str, tuple[Any, ...]], _Gaps | None] = {}
        self._functions = {name: value for name, value in env.globals.items() if callable(value)}

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """What `env.get_template(name).render(**context)` gives. `context` maps names to values
        or to dicts of values (one level: a page's `page`)."""
        return self.render_utf8(name, context).decode("utf-8")

    def render_utf8(self, name: str, context: Mapping[str, Any]) -> bytes:
        """`render(name, context).encode("utf-8")`, joined from the frame's text and the values
        encoded apiece: the frame's text once per frame, a recurring value once while it
        recurs, an `EncodedMarkup` not at all. Encoding is concatenation's (the UTF-8 of a
        joined text is the join of its pieces' UTF-8), so the bytes are the same; a page text
        joined whole widened every piece to its widest character (a switcher naming 中文 made a
        German article's text two bytes a character) before encoding it all again."""
        # each value's part of the frame's shape: its key, and the value itself when empty (an
        # empty value is printed as it is and decides the template's tests), else only that it
        # is not (and the value is added to `values`, what the frame's markers stand for, in
        # order); one loop, no call per value (a page has ~20, a cold site ~22,000 pages)
        values: list[Any] = []
        shape: list[Any] = []
        for key, value in context.items():
            if type(value) is dict:
                shape.append((key, dict))
                for inner_key, inner in value.items():
                    if inner:
                        values.append(inner)
                        shape.append((inner_key,))
                    else:
                        shape.append((inner_key, type(inner), repr(inner)))
            elif value:
                values.append(value)
                shape.append((key,))
            else:
                shape.append((key, type(value), repr(value)))
        frame_key = (name, tuple(shape))
        frame = self._frames.get(frame_key, _NOT_MADE)  # one hash of the shape, not two
        if frame is _NOT_MADE:
            made = self._frame(name, context)
            expected = str(self.env.get_template(name).render(**context))
            # the first page of a shape checked against Jinja2's own render: a frame that
            # differs (a template's text holding a marker's characters) is never used
            page = expected.encode("utf-8")
            gaps = _gaps(made) if made is not None else None
            self._frames[frame_key] = gaps if gaps is not None and _filled(gaps, values) == page else None
            return page
        if frame is None:
            return str(self.env.get_template(name).render(**context)).encode("utf-8")
        return _filled(frame, values)

    def _frame(self, name: str, context: Mapping[str, Any]) -> tuple[list[str], list[_Slot]] | None:
        """The template rendered with markers for the context's non-empty values: its text
        between them and, per gap, the slot printed there; None when the template refuses."""
        made: list[_Slot] = []

        def slot(value: Any) -> Any:
            if not value:
                return value
            made.append(_Slot(len(made)))
            return made[-1]

        marked: dict[str, Any] = {}
        for key, value in context.items():
            marked[key] = {k: slot(v) for k, v in value.items()} if type(value) is dict else slot(value)
        passed: dict[int, _Slot] = {}

        def through(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
            def call(value: Any) -> Any:
                if isinstance(value, _Slot):
                    known = passed.get(value.number)
                    if value.through is not None or (known is not None and known.through is not function):
                        raise _Refused  # a function's markup handed on, or one value to two functions
                    passed[value.number] = _Slot(value.number, function)
                    return passed[value.number]
                return function(value)

            return call

        for function_name, function in self._functions.items():
            marked.setdefault(function_name, through(function))
        try:
            text = str(self.env.get_template(name).render(**marked))
        except Exception:  # refused, or any error: Jinja2 renders each page (and raises its own errors)
            return None
        parts = text.split(_MARK)
        texts, slots = parts[0::2], []
        for marker in parts[1::2]:
            kind, number = marker[:1], marker[1:]
            index = int(number) if number.isdigit() else -1
            found = made[index] if kind == "s" and 0 <= index < len(made) else None
            found = passed.get(index) if kind == "f" else found
            if found is None:
                return None  # a marker the template changed
            slots.append(found)
        if len(texts) != len(slots) + 1:
            return None
        return texts, slots


class EncodedMarkup(Markup):
    """Markup whose UTF-8 is known already (`utf8`: an edition's `<article>` as `build/` holds
    it, `publish.built`), taken as it is into a page's bytes (`FramedTemplates.render_utf8`).
    Whoever makes one vouches that `utf8` is its text's UTF-8; anything made from it (a
    `Markup` method) is a plain `Markup`'s text again, `utf8` None."""

    utf8: bytes | None

    def __new__(cls, text: str = "", utf8: bytes | None = None) -> EncodedMarkup:
        made = super().__new__(cls, text)
        made.utf8 = utf8
        return made


_Gaps = tuple[bytes, tuple[tuple[int, Callable[[Any], Any] | None, bytes], ...]]
"""A frame as `_filled` takes it: its first text's UTF-8, then per gap the number of the value
printed there, the function it was handed to (or None) and the UTF-8 of the text after it."""

_NOT_MADE: Any = object()  # `FramedTemplates.render_utf8`: no frame made yet for a shape


def _gaps(frame: tuple[list[str], list[_Slot]]) -> _Gaps:
    """`frame` (its texts and slots) as `_filled` reads it: each slot's number and function
    taken, and each text encoded, once per frame, not per page."""
    texts, slots = frame
    return (
        texts[0].encode("utf-8"),
        tuple((slot.number, slot.through, text.encode("utf-8")) for slot, text in zip(slots, texts[1:], strict=True)),
    )


def _filled(frame: _Gaps, values: list[Any]) -> bytes:
    """The page's UTF-8: the frame's text with each marker replaced by its value as the template
    printed it, joined from the pieces' UTF-8."""
    first, gaps = frame
    pieces = [first]
    for number, through, text in gaps:
        value = values[number]
        if through is not None:
            pieces.append(escape(through(value)).encode("utf-8"))
        elif type(value) is str:
            pieces.append(_escaped_utf8(value))
        elif type(value) is EncodedMarkup and value.utf8 is not None:
            pieces.append(value.utf8)  # printed as it is (a `Markup`), its UTF-8 known
        else:
            pieces.append(escape(value).encode("utf-8"))
        pieces.append(text)
    return b"".join(pieces)


@functools.lru_cache(maxsize=4096)
def _escaped_utf8(text: str) -> bytes:
    """The UTF-8 of `markupsafe.escape` of a plain `str` (exactly: a `Markup` equal to it prints
    unescaped), kept while it recurs: most of a page's values are its locale's (`lang`, `dir`, the
    links to the stylesheet and home, the notice and review words, the switcher's name) or its
    article's, each escaped once per page before (~19 escapes, a `Markup` each, on each of ~22,000
    pages)."""
    return str(escape(text)).encode("utf-8")
