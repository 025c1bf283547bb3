"""One maker of frozen dataclasses with their fields set at once (`model.frozen_maker`), serving
`memory.compiled.decode_translations` and `assemble.article`'s sentences (session 39: the same
technique was written twice, each with its own import-time check)."""

from __future__ import annotations

import dataclasses

import pytest

from l10n.model import Translation, frozen_maker


@dataclasses.dataclass(frozen=True)
class _Pair:
    first: str
    second: int = 0


def test_the_maker_makes_what_the_class_makes() -> None:
    made = frozen_maker(_Pair, ("first", "second"))({"first": "a", "second": 2})
    same = _Pair("a", 2)
    assert type(made) is _Pair and made == same and hash(made) == hash(same) and repr(made) == repr(same)
    assert vars(made) == vars(same) and list(vars(made)) == list(vars(same))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.first = "b"  # type: ignore[misc]
    unit = frozen_maker(Translation, ("msgstr", "fuzzy", "origin", "provenance", "source_changed"))(
        {"msgstr": "x", "fuzzy": True, "origin": "mt", "provenance": "mt: e 1", "source_changed": False}
    )
    assert unit == Translation("x", fuzzy=True, origin="mt", provenance="mt: e 1")


def test_a_class_whose_fields_changed_is_refused() -> None:
    for fields in (("first",), ("second", "first"), ("first", "second", "third"), ("first", "other")):
        with pytest.raises(ImportError, match="_Pair changed"):
            frozen_maker(_Pair, fields)


def test_a_class_the_maker_cannot_make_the_same_is_refused() -> None:
    @dataclasses.dataclass(frozen=True)
    class Computed:
        first: str
        size: int = dataclasses.field(init=False)

        def __post_init__(self) -> None:
            object.__setattr__(self, "size", len(self.first))

    @dataclasses.dataclass(frozen=True)
    class Slotted:
        __slots__ = ("first",)
        first: str

    @dataclasses.dataclass
    class Thawed:
        first: str

    for cls in (Computed, Slotted, Thawed):
        with pytest.raises(ImportError):
            frozen_maker(cls, tuple(f.name for f in dataclasses.fields(cls)))
    # a `__post_init__` is taken when the caller says it sets what it computes
    made = frozen_maker(Computed, ("first", "size"), computed=True)({"first": "abc", "size": 3})
    assert made == Computed("abc") and vars(made) == vars(Computed("abc"))


def test_both_callers_take_their_maker_from_the_model() -> None:
    from l10n.assemble import article
    from l10n.memory import compiled

    assert compiled._made_translation.__qualname__ == "made_Translation"
    assert article._made_segment.__qualname__ == "made_LocalizedSegment"
    assert compiled._made_translation.__module__ == article._made_segment.__module__ == "l10n.model"
