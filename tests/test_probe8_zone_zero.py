"""A time at UTC keeps one space before its zone in every default locale (reader8's probe).

Read in the Brazilian Portuguese edition of npm's 2013 outage post (`tests/data/probe8`, SOURCES.md
there): "4 de nov. -- 16:30 a 15:00  GMT", two spaces. CLDR's Portuguese `gmtFormat` is "{0} GMT"
and its `gmtZeroFormat` "GMT" (UTS #35, "Time Zone Format Terminology": the zero offset has its
own format); Babel ships only the first, and filling its "{0}" with nothing left " GMT".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import DATA
from test_placeables_names import real_sentence

from l10n.locales import DEFAULT_TARGET_LOCALES, TargetLocale
from l10n.placeables.detect import find_placeables
from l10n.placeables.render import render_datetime, render_placeable

OUTAGE = "probe8/nodejs-2013-outage-postmortem.md"


@pytest.mark.parametrize("code", DEFAULT_TARGET_LOCALES)
def test_a_utc_time_has_no_doubled_or_edge_space(code: str) -> None:
    sentence = real_sentence(OUTAGE, "16:30 to 15:00 UTC")
    (at_utc,) = [p for p in find_placeables(sentence) if p.kind == "time" and "UTC" in p.original]
    shown = render_placeable(at_utc, TargetLocale(code))
    assert shown == shown.strip() and not re.search(r"\s\s", shown), repr(shown)


def test_portuguese_writes_cldrs_zero_format() -> None:
    sentence = real_sentence(OUTAGE, "16:30 to 15:00 UTC")
    (at_utc,) = [p for p in find_placeables(sentence) if p.kind == "time" and "UTC" in p.original]
    assert render_placeable(at_utc, TargetLocale("pt_BR")) == "15:00 GMT"


@pytest.mark.parametrize("code", DEFAULT_TARGET_LOCALES)
def test_a_dateline_at_utc_has_no_doubled_space(code: str) -> None:
    """The post's own date (2013-11-26T15:14:59.000Z) is its dateline in every edition."""
    (written,) = re.findall(r"^date: '?([^'\s]+)'?$", (DATA / OUTAGE).read_text(encoding="utf-8"), re.MULTILINE)
    published = dt.datetime.fromisoformat(written.replace("Z", "+00:00"))
    shown = render_datetime(published, TargetLocale(code))
    assert not re.search(r"\s\s", shown), repr(shown)
