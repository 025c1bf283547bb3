"""The byline printed right under a saved page's heading, against a metadata writer the page never shows.

The metadata's writers come first (`page_authors.py`), and the page's own bylines are read only when
it names none. An old CMS template may state one name on every page: ReadWriteWeb's `<meta
name="author">` names its founder, Richard MacManus, on a story whose page prints "By <a>Chris
Cameron</a> / August 18, 2010 4:55 PM" under the `<h1>` and Richard MacManus nowhere. A name the
page never shows, beside a byline under the heading naming someone else, is the template's: the
byline is the writer. Read before pruning, as `datelines.py` reads the dateline there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.byline import looks_like_name, reduce_byline
from l10n.ingest.byline_lines import is_label_only
from l10n.ingest.datelines import under_headings
from l10n.ingest.fields import match_key, normalise_space

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.metadata import PageMetadata

MAX_NAME_WORDS = 4  # a writer's name in the byline's link


def writers_shown(root: HtmlElement, meta: PageMetadata) -> list[str]:
    """The metadata's author values, or the byline under the heading (`byline_under_heading`) in
    their place when it names none of the metadata's writers and the page's text shows none of them."""
    byline = byline_under_heading(root, meta) if meta.authors else ""
    if not byline:
        return meta.authors
    shown = {match_key(name) for name in reduce_byline(byline, site_name=meta.site_name).names}
    stated = {
        match_key(name) for value in meta.authors for name in reduce_byline(value, site_name=meta.site_name).names
    }
    if not shown or not stated or shown & stated:
        return meta.authors
    body = root.find("body")
    text = match_key(body.text_content() if body is not None else "")
    return meta.authors if any(name in text for name in stated) else [byline]


def byline_under_heading(root: HtmlElement, meta: PageMetadata) -> str:
    """ "By Chris Cameron": the first text under the story's heading (`datelines.under_headings`) a
    byline's label alone ("By "), the next a name of capitalised words (the writer's link), as a
    byline under a headline is printed; "" when the heading is followed by anything else.

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> page = fromstring("<div><h1>Title</h1><div>By <a>Ann Lee</a> / May 3, 2010</div><p>By Friday, all …</p></div>")
    >>> byline_under_heading(page, PageMetadata(headlines=["Title"]))
    'By Ann Lee'
    >>> byline_under_heading(fromstring("<div><h1>Title</h1><p>By <b>Friday</b> all the rest</p></div>"), PageMetadata())
    ''
    """
    for shown in under_headings(root, meta):
        label, name = (normalise_space(text) for text in [*shown[:2], "", ""][:2])
        if is_label_only(label) and 1 < len(name.split()) <= MAX_NAME_WORDS and looks_like_name(name):
            return f"{label} {name}"
    return ""
