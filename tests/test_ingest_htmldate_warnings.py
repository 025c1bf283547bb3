"""htmldate's last-resort reading of a page's day says nothing on stderr a user cannot act on."""

from __future__ import annotations

import warnings

import lxml.html

from l10n.ingest.page_htmldate import htmldate_day


def test_a_zone_name_dateutil_cannot_place_prints_no_warning() -> None:
    """The Winnipeg Free Press's `<meta name="publish-date" content="2012-01-12 01:00:00 CST">`: htmldate
    reads the day through dateutil, which warned on stderr of the zone name "CST" at every ingest."""
    page = (
        '<html><head><meta name="publish-date" content="2012-01-12 01:00:00 CST"></head>'
        "<body><p>The hospital's demolition stalled on Wednesday.</p></body></html>"
    )
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        day = htmldate_day(lxml.html.document_fromstring(page), language="en", near=[])
    assert day is not None and day.date().isoformat() == "2012-01-12"
    assert [str(warning.message) for warning in seen] == []
