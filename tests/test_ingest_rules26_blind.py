"""Rules of the page path added in session 26 for what holdout26's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, STORY, TITLE, ingest, read

# --- a rights notice's year is no publication day ----------------------------------------------------------


def test_a_rights_notices_year_is_not_the_pages_day() -> None:
    """The Sunday Times (Sri Lanka) states no day; its footer reads "© Copyright 1996 - 2012 |
    Wijeya Newspapers Ltd.", and htmldate's last guess, the notice's first year as 1 January, was
    taken: 1996-01-01, a wrong value a reader would see. No day is right."""
    footer = "<footer><p>© Copyright 1996 - 2012 | Harbour Newspapers Ltd.</p></footer>"
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}").published is None
    # the near miss: a day the page does state, beside the same notice, is still read
    stated = "<p>Posted on 14 March 2012</p>"
    day = ingest(f"<article>{HEADLINE}{stated}{STORY}</article>{footer}").published
    assert day is not None and day.date() == dt.date(2012, 3, 14)
    from l10n.ingest.page import rights_years

    assert rights_years("Copyright (c) 2009-2011 Example Ltd") == {2009, 2011}
    assert rights_years("In 2012 the harbour closed") == set()
    assert read("sundaytimes-lk-dengue").published is None
