"""The direct PO writer gives polib's bytes (l10n/catalog/po_render.py).

polib is the reference: every test renders the same `POFile` both ways and compares the text,
on catalogs the pipeline writes (seed and test articles), hand-made tricky entries, and
random entries from hypothesis.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import polib
import pytest
from catalog_support import make_catalogs, seed_units, tricky_units
from conftest import DATA, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog.po import apply_suggestions, load_catalog, render_catalog
from l10n.catalog.po_render import render_po, wrap_escaped
from l10n.extract import extract_units
from l10n.model import Suggestion
from l10n.pipeline import parse_document


def assert_same_as_polib(catalog: polib.POFile) -> None:
    assert render_po(catalog) == str(catalog)


def test_seed_and_test_articles_render_as_polib_does(tmp_path: Path) -> None:
    articles = [SEED, *sorted(p for p in (DATA / "articles").iterdir() if "latin1" not in p.name)]  # latin1: refused
    for number, article in enumerate(articles):
        units = extract_units(parse_document(article), reference_path=f"seeds/{article.name}")
        pot, po, _ = make_catalogs(tmp_path / str(number), units, locale="zh_CN")
        for path in (pot, po):
            catalog = load_catalog(path)
            assert len(catalog) == len(units)
            assert_same_as_polib(catalog)
            assert render_catalog(catalog) == path.read_text(encoding="utf-8")


def test_tricky_units_and_machine_suggestions_render_as_polib_does(tmp_path: Path) -> None:
    units = seed_units() + tricky_units()
    _, po, _ = make_catalogs(tmp_path, units)
    long_provenance = "argos en->de 1.9 " + "with a very long model description " * 4
    apply_suggestions(po, [Suggestion(msgctxt=u.msgctxt, msgid=u.msgid, msgstr=u.msgid.upper(), origin="mt",
                                      provenance=long_provenance) for u in units[::3]])
    catalog = load_catalog(po)
    assert any(entry.fuzzy for entry in catalog)
    assert_same_as_polib(catalog)


def entry_with(**fields) -> polib.POFile:
    catalog = polib.POFile(wrapwidth=78)
    catalog.header = "Title line\n\n, flags-like line\n: colon line"
    catalog.metadata = {"Project-Id-Version": "x", "Language": "de", "X-Zeta": "z", "X-Alpha": 'a "quoted" \\ value'}
    catalog.append(polib.POEntry(**fields))
    return catalog


@pytest.mark.parametrize(
    "fields",
    [
        {"msgid": "a" * 200, "msgstr": ""},  # one word longer than a line
        {"msgid": "short " + "x" * 90 + " tail words here", "msgstr": "y"},
        {"msgid": "well-known long-standing 700-year-old self-made co-operation " * 3, "msgstr": ""},
        {"msgid": "an em--dash between--words and a -- spaced one " * 3, "msgstr": ""},
        {"msgid": '"' * 10 + "a" * 70, "msgstr": ""},  # polib counts escapes in: one (long) line
        {"msgid": 'quotes "here" and \\backslashes\\ and\ttabs ' * 4, "msgstr": ""},
        {"msgid": "ends with a newline\n", "msgstr": "endet mit einer neuen Zeile\n"},
        {"msgid": "two\nlines and a much longer second line that would need wrapping if it were alone " * 2},
        {"msgid": "line\u2028separator and \x0bvertical tab and \x1cfile separator", "msgstr": ""},
        {"msgid": "no\u00a0break\u00a0spaces " * 8, "msgstr": "不换行空格" * 20},
        {"msgid": "x", "msgctxt": "a long context " * 8, "msgstr": ""},
        {"msgid": "x", "comment": "placeholder: " + "very long description " * 5, "msgstr": ""},
        {"msgid": "x", "tcomment": "mt: argos\nreviewed", "flags": ["fuzzy", "python-brace-format"], "msgstr": "y"},
        {"msgid": "x", "occurrences": [(f"seeds/article-{n}.txt", str(n)) for n in range(8)], "msgstr": ""},
        {"msgid": "x", "occurrences": [("\u2068my article.txt\u2069", "3"), ("b.txt", "")], "msgstr": ""},
        {"msgid": "x", "previous_msgid": "old " * 30, "previous_msgctxt": "c", "flags": ["fuzzy"], "msgstr": "y"},
        {"msgid": "x", "msgid_plural": "xs", "msgstr_plural": {0: "y", 1: "ys"}},
        {"msgid": "obsolete one", "msgstr": "alt", "obsolete": True, "tcomment": "kept"},
        {"msgid": "", "msgstr": ""},
    ],
)
def test_tricky_entries_render_as_polib_does(fields: dict) -> None:
    assert_same_as_polib(entry_with(**fields))


def test_an_unusual_width_is_left_to_polib() -> None:
    catalog = entry_with(msgid="word " * 40, msgstr="")
    catalog.wrapwidth = 40
    assert render_po(catalog) == str(catalog)
    assert max(len(line) for line in render_po(catalog).splitlines()) <= 40


def test_long_msgids_are_cut_into_lines_gettext_tools_read_back(tmp_path: Path) -> None:
    text = "The 700-year-old “Baoshan” district — a well-known hub — said: " * 3
    catalog = entry_with(msgid=text, msgstr="")
    path = tmp_path / "a.po"
    path.write_text(render_po(catalog), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in lines) <= 78
    assert polib.pofile(str(path))[0].msgid == text


def pieces(*words: str, max_size: int) -> st.SearchStrategy[str]:
    """Text glued from characters and short words (escape sequences, hyphens, em-dashes)."""
    return st.lists(st.sampled_from(words), max_size=max_size).map("".join)


TEXT = pieces(*"ab -—\\\"\t\n\r\u00a0\u2028中.,?!'&", "word", "x-y", "--", "\\n", "  ", max_size=60)


@settings(max_examples=300, deadline=None)
@given(
    msgid=TEXT,
    msgstr=TEXT,
    msgctxt=st.none() | TEXT,
    comment=TEXT,
    tcomment=TEXT,
    references=st.lists(st.tuples(st.sampled_from(["a.txt", "seeds/b-c.txt", "\u2068d e.txt\u2069"]),
                                  st.sampled_from(["", "1", "123"])), max_size=6),
    flags=st.lists(st.sampled_from(["fuzzy", "python-brace-format", "no-wrap"]), max_size=2, unique=True),
)
def test_random_entries_render_as_polib_does(msgid, msgstr, msgctxt, comment, tcomment, references, flags) -> None:
    assert_same_as_polib(entry_with(msgid=msgid, msgstr=msgstr, msgctxt=msgctxt, comment=comment,
                                    tcomment=tcomment, occurrences=references, flags=flags))


@settings(max_examples=300, deadline=None)
@given(text=pieces(*"ab -.\"'", "\\\\", "\\\"", "--", "xyz-", max_size=80),
       width=st.integers(min_value=1, max_value=80))
def test_wrap_escaped_cuts_where_textwrap_cuts(text: str, width: int) -> None:
    assert wrap_escaped(text, width) == textwrap.wrap(text, width, drop_whitespace=False, break_long_words=False)

