"""Work a cold `assemble` no longer does per edition (session 38, `bench/site_write.py`).

- A block every edition of an article shows in the source's words (`EditionShares`) is written
  into the HTML page as one element made once (`html_tree.Element.outer`): a later edition that
  shares it neither builds nor serialises that element again. The pages are the same bytes as
  an edition rendered alone (`test_assemble26_shared_blocks.py`, on real articles, both
  directions); here, that the later edition's serialiser writes none of them again.
- The compiled translations (`memory.compiled.decode_translations`) are made without a frozen
  dataclass `__init__` per unit, and are the `Translation`s that `__init__` makes.
"""

from __future__ import annotations

import pytest
from test_assemble26_shared_blocks import wikinews_documents

from l10n.assemble import assemble_article, html, render_formats
from l10n.assemble.article import EditionShares
from l10n.locales import parse_locale
from l10n.memory.compiled import compile_translations, decode_translations
from l10n.model import Translation


def _serialised(article: object, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """The article's HTML page and how many paragraphs' sentences the writer serialised for it
    (`html._sentences_markup`; since session 44 a paragraph's tags, `lang` among them, are
    written once per kind of block, so the serialiser's attributes count no paragraph)."""
    calls = 0
    walk = html._sentences_markup

    def counted(*args: object, **kwargs: object) -> str | None:
        nonlocal calls
        calls += 1
        return walk(*args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(html, "_sentences_markup", counted)
        page = render_formats(article, ("html",))[0]  # type: ignore[arg-type]
    return page, calls


def test_a_shared_block_is_serialised_once_for_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    document = wikinews_documents()[0]
    shared = EditionShares()
    first = assemble_article(document, {}, parse_locale("de"), domain="d", shared=shared)
    second = assemble_article(document, {}, parse_locale("fr"), domain="d", shared=shared)
    alone = assemble_article(document, {}, parse_locale("fr"), domain="d")
    _serialised(first, monkeypatch)  # the first edition makes what the second takes
    page, walked = _serialised(second, monkeypatch)
    reference, walked_alone = _serialised(alone, monkeypatch)
    assert page == reference
    paragraphs = sum(1 for block in second.blocks if block.shown is not None and block.role == "paragraph")
    assert paragraphs > 3
    assert walked + paragraphs <= walked_alone  # each shared paragraph written once, not again here


def _units() -> dict[tuple[str | None, str], Translation]:
    return {
        (None, "A plain sentence."): Translation("Ein Satz."),
        ("headline", "Title"): Translation("Titel", fuzzy=True, origin="mt", provenance="mt: x 1"),
        (None, "Changed."): Translation("Alt.", fuzzy=True, origin="human", source_changed=True),
        (None, "Empty."): Translation(""),
    }


def test_compiled_translations_are_decoded_without_an_init_per_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    units = _units()
    data = compile_translations(units)
    made = 0
    init = Translation.__init__

    def counted(self: Translation, *args: object, **kwargs: object) -> None:
        nonlocal made
        made += 1
        init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Translation, "__init__", counted)
    decoded = decode_translations(data)
    assert made == 0
    monkeypatch.undo()
    assert decoded == units and list(decoded) == list(units)
    for key, unit in decoded.items():
        assert type(unit) is Translation and repr(unit) == repr(units[key]) and hash(unit) == hash(units[key])
        with pytest.raises(AttributeError):  # still frozen
            unit.msgstr = "x"  # type: ignore[misc]


def test_sentences_are_made_without_an_init_each_and_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """`article.localize_segment` makes each `LocalizedSegment` with its fields set at once: the
    same object (fields, `xml_clean`, equality, hash) its `__init__` makes, on real sentences."""
    from l10n.assemble.article import LocalizedSegment, localize_segment

    made = 0
    init = LocalizedSegment.__init__

    def counted(self: LocalizedSegment, *args: object, **kwargs: object) -> None:
        nonlocal made
        made += 1
        init(self, *args, **kwargs)  # type: ignore[arg-type]

    locale = parse_locale("de")
    segments = [segment for document in wikinews_documents()[:3] for b in document.blocks for segment in b.segments]
    shown = []
    with monkeypatch.context() as patch:
        patch.setattr(LocalizedSegment, "__init__", counted)
        previous = None
        for number, segment in enumerate(segments):
            translation = (
                Translation(segment.text + " \x0b", fuzzy=number % 2 == 0, origin="mt") if number % 3 else None
            )
            previous = localize_segment(
                segment, translation, locale, previous=previous, held="qa: x" * (number % 5 == 0)
            )
            shown.append(previous)
    assert made == 0 and len(shown) > 50
    assert {segment.xml_clean for segment in shown} == {True, False}
    for segment in shown:
        same = LocalizedSegment(segment.pieces, segment.status, segment.lang, segment.separator, segment.held)
        assert segment == same and hash(segment) == hash(same) and repr(segment) == repr(same)
        assert segment.xml_clean == same.xml_clean and vars(segment) == vars(same)
