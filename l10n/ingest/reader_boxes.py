"""Boxes the page sets for its reader to act in, not to read (`page.py` calls these before pruning).

A reader's comment form is `page_prune.drop_signup_boxes`'s (the box around a `<textarea>`).

A social network's button set in a frame, and the line beside it in their small box (`drop_social_buttons`):
holdout39's Apple Daily, `<div class="fb_like_box"><a>Facebook</a><iframe src="http://www.facebook.com/plugins/like.php
…"></iframe><p>←讚一個！《蘋果》粉絲團24小時陪你看新聞！</p></div>` ("Like us! …") under the story.

A reader's toolbar: a line of controls that run the page's scripts, its links all `javascript:` or to a place on the
page (`drop_control_bars`): holdout39's jmnews, a cell above the headline, "【<a href='#Comm_Fm'>我说两句</a>】 字体大小
<a href="javascript:setFont('16')">大</a> 中 小 视力保护色 - <a href="javascript:setColor(…)"><img alt=杏仁黄></a> …" (say
something, the text's size, a colour to rest the eyes).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key
from l10n.ingest.furniture import ends_as_sentence, is_social_address
from l10n.ingest.shown_text import UNSHOWN, shown_amount

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

_UNSHOWN = UNSHOWN | {"option", "textarea"}  # a menu's options and a field's text are no shown words either
# a day written in digits: "03.01.2012", "2011-12-9", "2012年 01月12日"
_DAY = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,4}\s*年\s*\d{1,2}\s*月")
MAX_BUTTON_BOX_CHARS = 60  # a button's box: the network's name, a line asking for a like or a follow
# a button's plugin by its address ("/plugins/like.php", "follow_button", "share_button"), not an embedded post or video
_BUTTON_PLUGIN = re.compile(r"like|follow|share|subscribe|fan", re.IGNORECASE)


def drop_social_buttons(root: HtmlElement, story_start: str = "") -> None:
    """Remove the largest element around each frame of a social network's button (a like, follow or share plugin:
    `_BUTTON_PLUGIN`) that shows at most `MAX_BUTTON_BOX_CHARS` characters and holds no part of the story."""
    start_key = match_key(story_start)
    headline = next(root.iter("h1"), None)
    headings = (headline,) if headline is not None else ()
    for frame in list(root.iter("iframe")):
        source = frame.get("src") or ""
        if root not in frame.iterancestors() or not is_social_address(source) or not _BUTTON_PLUGIN.search(source):
            continue
        box = frame
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if _shown_chars(parent, MAX_BUTTON_BOX_CHARS) > MAX_BUTTON_BOX_CHARS or holds_story(
                parent, start_key, headings
            ):
                break
            if _DAY.search(parent.text_content()):
                break  # the story's day beside its like button (Apple Daily's "2012年 01月12日")
            box = parent
        if box is not frame:
            box.drop_tree()


MIN_CONTROLS = 3  # links of a toolbar: a size to pick, colours, a comment's anchor
MAX_BAR_CHARS = 40  # a toolbar's shown characters but spaces: labels, not a sentence
_BAR_TAGS = ("td", "div", "p", "li")
_SCRIPT_LINKS = "//a[starts-with(normalize-space(@href), 'javascript:')]"


def drop_control_bars(root: HtmlElement, story_start: str = "") -> None:
    """Remove each line (a cell, a box, a paragraph, an item: the nearest around a script's link) that holds at
    least `MIN_CONTROLS` links, each to a script (`javascript:`) or a place on the page (`#…`), one of them to a
    script, and shows at most `MAX_BAR_CHARS` characters, none of the story, no day in digits (guancha's "2019-09-09
    19:32:27 字号：A- A A+ 来源：中新网" is the story's stamp and source, its size control read apart), and does not end as a
    sentence."""
    start_key = match_key(story_start)
    seen: set[HtmlElement] = set()
    for link in root.xpath(_SCRIPT_LINKS):
        bar = next(link.iterancestors(*_BAR_TAGS), None)
        if bar is None or bar in seen or root not in bar.iterancestors():
            continue  # (or in a bar dropped already)
        seen.add(bar)
        links = list(bar.iter("a"))
        if len(links) < MIN_CONTROLS or not all(_is_control(other) for other in links):
            continue
        if _shown_chars(bar, MAX_BAR_CHARS) > MAX_BAR_CHARS:
            continue
        text = bar.text_content()
        if ends_as_sentence(text, cjk=True) or _DAY.search(text):
            continue  # a sentence with a script's links in it ("市民可<a>点击地图</a>查看…"), the story's day and source
        if not holds_story(bar, start_key):
            bar.drop_tree()


def _is_control(link: HtmlElement) -> bool:
    href = (link.get("href") or "").strip().lower()
    return href.startswith(("javascript:", "#"))


def holds_story(box: HtmlElement, start_key: str, headings: Sequence[HtmlElement] = ()) -> bool:
    """The box holds a `<time>`, an `<article>`, one of `headings` (the `<h1>`s its caller takes for the story's:
    `drop_social_buttons` the page's first, `page_prune.drop_signup_boxes` those saying a stated headline) or the
    story's first line (`start_key`): a box for the reader to act in that holds one of these is the story's or its
    header, and stays. The one test of the boxes this module and `page_prune` drop (`drop_control_bars`,
    `page_prune.drop_button_banners`)."""
    if box.xpath("self::time | self::article | .//time | .//article"):
        return True
    if any(heading is box or any(ancestor is box for ancestor in heading.iterancestors()) for heading in headings):
        return True
    return bool(start_key) and start_key in match_key(box.text_content())


def _shown_chars(element: HtmlElement, limit: int) -> int:
    """The characters but spaces of the element's text outside scripts, styles and the like, up to `limit` + 1."""
    return shown_amount(element, limit, _UNSHOWN, _char_count)


def _char_count(text: str) -> int:
    return len("".join(text.split()))
