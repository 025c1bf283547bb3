"""python-brace-format strings, line separators and the real msgcat (l10n/catalog/po_render.py).

gettext 0.21 forbids line breaks inside what its python-brace parser marks as a format
directive, and that parser counts its marks from each directive's `{` instead of from the
string's start: the forbidden span is at the start of every string of the entry, as long as its
shortest directive (`po_render.brace_hold`). A U+2028 there loses its mandatory break (the column
does not restart after it), a space there its break opportunity. These tests render generated
entries — separators U+2028, U+2029, U+0085 and plain characters, directives before and after,
several per string, escaped braces, broken and nested directives, escapes, other format flags —
and pass them through the real `msgcat`, which must give the same bytes back.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.catalog import linebreak
from l10n.catalog.po_render import brace_hold, entry_text, field_texts, render_po

MSGCAT = shutil.which("msgcat")
pytestmark = pytest.mark.skipif(not (MSGCAT and linebreak.exact()), reason="needs gettext + libunistring")

FALSIFYING = "aaaaax-y\u2028aaaaaaaa\\word{money_1}長い日本語の文長い日本語の文a/b/c/d/e/f"
SEPARATORS = ["\u2028", "\u2029", "\x85", "Q", " "]
DIRECTIVES = ["{x}", "{money_1}", "{a_1_end}", "{0}", "{x.y}", "{x[0]}", "{x:>10}", "{x:{y}}", "{{", "}}", "{", "{ x}"]
FLAGS = [
    [],
    ["python-brace-format"],
    ["fuzzy", "python-brace-format"],
    ["python-format", "python-brace-format"],
    ["c-format"],
    ["python-brace-format", "no-wrap"],
]
HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n'


def msgcat(text: str, folder: Path) -> str:
    path = folder / "x.po"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, encoding="utf-8")  # type: ignore[list-item]
    assert done.returncode == 0, done.stderr
    return done.stdout


def catalog_text(cases: list[tuple[str, list[str]]]) -> str:
    """Every (text, flags) as a translated entry (the text its msgctxt and msgstr) and as an
    untranslated one (the text its msgid), printed by `entry_text`."""
    blocks = [HEADER]
    for number, (text, flags) in enumerate(cases):
        blocks.append(
            entry_text(
                msgctxt=text, msgid=f"case {number}", msgstr=text, tcomment="", comment="", occurrences=(), flags=flags
            )
        )
        untranslated = [flag for flag in flags if flag != "fuzzy"]
        blocks.append(
            entry_text(
                msgctxt=f"u{number}", msgid=text, msgstr="", tcomment="", comment="", occurrences=(), flags=untranslated
            )
        )
    return "\n".join(blocks)


def assert_msgcat_keeps(cases: list[tuple[str, list[str]]], folder: Path) -> None:
    text = catalog_text(cases)
    back = msgcat(text, folder)
    if back != text:  # name the first entry that differs
        ours, theirs = text.split("\n\n"), back.split("\n\n")
        first = next(n for n, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b)
        assert theirs[first] == ours[first]
    assert back == text


def test_the_falsifying_example_survives_msgcat(tmp_path: Path) -> None:
    """The hypothesis case from fresh-clone CI: a U+2028 in the first bytes of a string whose
    shortest directive ({money_1}) is longer than them; msgcat starts its msgstr with `""`."""
    assert brace_hold(FALSIFYING) == 8
    assert_msgcat_keeps([(FALSIFYING, ["fuzzy", "python-brace-format"]), (FALSIFYING, [])], tmp_path)
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    catalog.append(polib.POEntry(msgid="x", msgstr=FALSIFYING, flags=["fuzzy", "python-brace-format"]))
    text = render_po(catalog)
    assert 'msgstr ""\n"aaaaax-y\u2028' in text
    assert msgcat(text, tmp_path) == text


def test_separator_grid_survives_msgcat(tmp_path: Path) -> None:
    """'ab' + separator + n letters + directive, and the directive first: the widths around
    which msgcat starts to cut, with every separator, directive and flag set."""
    cases = []
    for separator, directive, flags, n in itertools.product(SEPARATORS, DIRECTIVES[:8], FLAGS, (58, 61, 62, 63, 66)):
        cases.append(("ab" + separator + "c" * n + f" {directive} d", flags))
        cases.append((f"{directive}" + separator + "c" * n + " d", flags))
    assert_msgcat_keeps(cases, tmp_path)


def test_break_before_a_long_word_in_the_held_span(tmp_path: Path) -> None:
    """No separator: a space within the first bytes loses its break too (msgcat keeps 'a ' and
    the long word on one line), escapes and a `\\n` part included."""
    cases = []
    for head, directive, flags in itertools.product(
        ["a ", "ab ", 'a"', "a\\ ", "a\tb ", "x\n", "中 ", "a\u2028"], DIRECTIVES, FLAGS
    ):
        cases.append((head + "Q" * 80 + " " + directive, flags))
        cases.append((head + "Q" * 70 + directive + " tail", flags))
    assert_msgcat_keeps(cases, tmp_path)


def test_printing_fields_ahead_with_their_flag_matches_entry_text() -> None:
    """`field_texts` prints a python-brace-format entry's msgstr as `entry_text` does when told
    which fields are flagged, and as an unflagged one when not."""
    texts = [FALSIFYING, "ab\u2028" + "c" * 62 + " {x} d", "plain " * 20, "a " + "Q" * 80 + " {x}"]
    flagged = field_texts([("msgstr", text) for text in texts], brace=[True, True, False, True])
    plain = field_texts([("msgstr", text) for text in texts])
    for text, with_flag, without in zip(texts, flagged, plain, strict=True):
        body = entry_text(
            msgctxt=None, msgid="x", msgstr=text, tcomment="", comment="", occurrences=(), flags=["python-brace-format"]
        )
        assert body.endswith(with_flag + "\n")
        unflagged = entry_text(msgctxt=None, msgid="x", msgstr=text, tcomment="", comment="", occurrences=(), flags=[])
        assert unflagged.endswith(without + "\n")
    assert flagged[0] != plain[0] and flagged[2] == plain[2]


ODD_DIRECTIVES = ["{x!r}", "{x[", "{x.", "{:", "{}", "{0:{1:{2}}}", "{x:{y}", "{ab.cd[1]}", "{x:}", "{x:0>+#010.3f}"]
ODD_DIRECTIVES += ["{x:.}", "{ä}", "{x[0]y}", "{a_very_long_placeholder_name_1}", "}"]
HEADS = st.lists(
    st.sampled_from([*SEPARATORS, "a", "\\", '"', "\t", "\n", "長", "é", "{x}", "{", "{{", "}"]), max_size=8
)


@st.composite
def held_strings(draw) -> str:  # noqa: ANN001
    """A short head (separators, blanks, escapes, braces), a long run of one piece (so the
    first line's break falls early or the width is reached right after the head), directives
    of every kind after it, maybe one before it, and a tail."""
    head = "".join(draw(HEADS))
    body = draw(st.sampled_from(["c", "長", "a b", "-", "/"])) * draw(st.integers(20, 80))
    directives = draw(st.lists(st.sampled_from([*DIRECTIVES, *ODD_DIRECTIVES]), max_size=3))
    glue = draw(st.sampled_from(["", " ", "x", "\u2028"]))
    first = draw(st.sampled_from(["", *DIRECTIVES[:3]]))
    tail = draw(st.sampled_from(["", " d", " tail words", "長い日本語の文"]))
    return first + head + body + glue.join(directives) + tail


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.tuples(held_strings(), st.sampled_from(FLAGS)), min_size=1, max_size=40, unique_by=lambda case: case[0])
)
def test_random_brace_strings_survive_msgcat(tmp_path: Path, cases: list[tuple[str, list[str]]]) -> None:
    assert_msgcat_keeps(cases, tmp_path)


def test_previous_and_obsolete_fields_survive_msgcat(tmp_path: Path) -> None:
    """The span holds in `#|` previous msgids (their prefix counted) and obsolete `#~` entries,
    printed by `render_po` from polib entries."""
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    texts = [FALSIFYING, "ab\u2028" + "c" * 60 + " {x} d", "a " + "Q" * 76 + " {x}", "a\u2029" + "c" * 66 + "{money_1}"]
    for number, text in enumerate(texts):
        catalog.append(
            polib.POEntry(msgid=f"p{number}", msgstr=text, previous_msgid=text, flags=["fuzzy", "python-brace-format"])
        )
        catalog.append(polib.POEntry(msgid=f"o{number}", msgstr=text, obsolete=True, flags=["python-brace-format"]))
    text = render_po(catalog)
    assert msgcat(text, tmp_path) == text
