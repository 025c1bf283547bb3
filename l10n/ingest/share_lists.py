"""A share bar set as a list, whatever the list's own class (holdout30's Dainik Bhaskar: `<ul class="b8727832">`, a
hashed name that says nothing, `<li><button
class="react-share__ShareButton">…</li>…<li><svg/><span>कॉपी लिंक</span></li></ul>`, "copy link" in
Hindi): its buttons are named share and pruned as furniture (`page_prune`), but a list not so named is not, and
an item that only labels an icon ("copy link", "print") stays behind as a line of the story. A list
whose items, but for at most one, each hold an element a class names a share button, the others a
short label (`MAX_LABEL_WORDS`) without a link away, is the share bar: it goes whole, before pruning.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.regex_gate import gated_compile

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_LABEL_WORDS = 3  # an icon's label: "copy link", "कॉपी लिंक", "Drucken"
MIN_SHARE_ITEMS = 2  # a list of one share button is no bar
_SHARE_NAMED = gated_compile(r"(?:^|[\s_-])share(?:button|btn|link|icon|s)?(?:$|[\s_-])", re.IGNORECASE)
_CASE_CHANGE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def drop_share_lists(root: HtmlElement) -> None:
    """Remove the unnamed lists that are share bars (see the module docstring).

    >>> import lxml.html
    >>> bar = lxml.html.fragment_fromstring('<div><ul><li><button class="x__ShareButton">f</button></li>'
    ...     '<li><button class="x__ShareButton">t</button></li><li><span>Copy link</span></li></ul><p>Text.</p></div>')
    >>> drop_share_lists(bar); lxml.html.tostring(bar, encoding="unicode")
    '<div><p>Text.</p></div>'
    """
    for listing in list(root.getroottree().getroot().iter("ul", "ol")):  # `//ul | //ol`, in C (pagespeed32)
        shared = 0
        others: list[HtmlElement] = []
        for item in listing:
            if item.tag != "li":
                continue
            if any(_names_share(part) for part in item.iter() if isinstance(part.tag, str)):
                shared += 1
            else:
                others.append(item)
                if len(others) > 1:  # no bar: a menu's items are not read on (pagespeed32)
                    break
        if shared >= MIN_SHARE_ITEMS and len(others) <= 1 and all(map(_icon_label, others)):
            listing.drop_tree()


def _names_share(element: HtmlElement) -> bool:
    # the gate reads the class as written: the hyphens put between a word's case change split no "share"
    names = element.get("class")
    if not names or not _SHARE_NAMED.may_match(names):  # most classes hold no "share" (pagespeed32)
        return False
    return bool(_SHARE_NAMED.compiled.search(_CASE_CHANGE.sub("-", names)))


def _icon_label(item: HtmlElement) -> bool:
    """A short label beside an icon, no link to another page: a share bar's own button."""
    words = item.text_content().split()
    return 0 < len(words) <= MAX_LABEL_WORDS and item.find(".//a[@href]") is None
