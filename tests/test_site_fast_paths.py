"""The fast paths of assemble and publish give what the general code gives.

Each optimisation of issue 16 in `assemble` and `publish` replaced a general computation by a
cheaper one; these tests hold the two equal on generated and real input, so a fast path that
diverges fails here rather than changing a page.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from l10n.assemble.html import xml_safe
from l10n.assemble.markdown_inline import escape_markdown
from l10n.locales import DEFAULT_TARGET_LOCALES, TargetLocale, parse_locale

_REFERENCE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&~])")


def reference_escape(text: str) -> str:
    """CommonMark backslash escapes as a regex substitution (the code before str.translate)."""
    return _REFERENCE_SPECIAL.sub(r"\\\1", xml_safe(text).replace("\n", " "))


@given(st.text(alphabet=st.sampled_from(list("\\`*_[]<>#|!&~ \n\t\x0b\x85aé字{}()-+.1"))))
def test_escape_markdown_matches_the_regex_escape(text: str) -> None:
    assert escape_markdown(text) == reference_escape(text)


@given(st.text())
def test_escape_markdown_matches_on_any_text(text: str) -> None:
    assert escape_markdown(text) == reference_escape(text)


def test_cached_locale_properties_are_what_babel_says() -> None:
    for code in (*DEFAULT_TARGET_LOCALES, "en", "sr_Latn_RS", "he", "fa"):
        cached, fresh = parse_locale(code), TargetLocale(code)
        assert parse_locale(code) is cached  # one object per code
        loc = fresh.babel
        parts = [
            loc.language,
            *([loc.script] if loc.script and (loc.language == "zh" or "_" + loc.script in code) else []),
        ]
        assert cached.bcp47 == "-".join([*parts, *([loc.territory] if loc.territory else [])])
        assert cached.direction == ("rtl" if loc.character_order == "right-to-left" else "ltr")
        assert cached.display_name == (loc.get_display_name(loc) or code)
