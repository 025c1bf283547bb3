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
        self._frames: dict[tuple[str, tuple[Any, ...]], tuple[list[str], list[_Slot]] | None] = {}
        self._functions = {name: value for name, value in env.globals.items() if callable(value)}

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """What `env.get_template(name).render(**context)` gives. `context` maps names to values
        or to dicts of values (one level: a page's `page`)."""
        values: list[Any] = []
        shape: list[Any] = []
        for key, value in context.items():
            if type(value) is dict:
                shape.append((key, dict))
                for inner_key, inner in value.items():
                    shape.append(_shape_of(inner_key, inner, values))
            else:
                shape.append(_shape_of(key, value, values))
        frame_key = (name, tuple(shape))
        if frame_key not in self._frames:
            frame = self._frame(name, context)
            expected = str(self.env.get_template(name).render(**context))
            # the first page of a shape checked against Jinja2's own render: a frame that
            # differs (a template's text holding a marker's characters) is never used
            self._frames[frame_key] = frame if frame is not None and _filled(frame, values) == expected else None
            return expected
        frame = self._frames[frame_key]
        if frame is None:
            return str(self.env.get_template(name).render(**context))
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


def _shape_of(key: str, value: Any, values: list[Any]) -> Any:
    """A value's part of a frame's shape: its key, and the value itself when empty (an empty
    value is printed as it is and decides the template's tests), else only that it is not (and
    the value is added to `values`, what the frame's markers stand for, in order)."""
    if not value:
        return (key, type(value), repr(value))
    values.append(value)
    return (key,)


def _filled(frame: tuple[list[str], list[_Slot]], values: list[Any]) -> str:
    """The page: the frame's text with each marker replaced by its value as the template printed it."""
    texts, slots = frame
    pieces = [texts[0]]
    for slot, text in zip(slots, texts[1:], strict=True):
        value = values[slot.number]
        if slot.through is not None:
            pieces.append(escape(slot.through(value)))
        elif type(value) is str:
            pieces.append(_escaped_text(value))
        else:
            pieces.append(escape(value))
        pieces.append(text)
    return "".join(pieces)


@functools.lru_cache(maxsize=4096)
def _escaped_text(text: str) -> str:
    """`markupsafe.escape` of a plain `str` (exactly: a `Markup` equal to it prints unescaped),
    kept while it recurs: most of a page's values are its locale's (`lang`, `dir`, the links to
    the stylesheet and home, the notice and review words, the switcher's name) or its article's,
    each escaped once per page before (~19 escapes, a `Markup` each, on each of ~22,000 pages)."""
    return str(escape(text))
