"""Click-to-tweet pull quotes: a sentence of the story set as a link that opens the reader's tweet
composer (`page.py` calls this before trafilatura reads the page).

Blog plugins (Social Warfare's `<a class="swp_CTT" href="https://twitter.com/share?text=…"><span
class="sw-ctt-text">…</span><span class="sw-ctt-btn">Click To Tweet</span></a>`, Better Click To
Tweet's `bctt-ctt-text`) set a sentence the writer wants shared as one link to Twitter's web
intent. The link rule (`page_boxes.MAX_LINK_SHARE`) read the block as navigation and dropped the
sentence (bigbrandsystem on scrapinghub's article-extraction-benchmark, dev half: 4 of its
people-written body's sentences). Such a link points nowhere a reader reads: its text is the story's
own. So a tweet-intent link whose text (less its button, an element classed as one) is a sentence
becomes plain text; one that is not (the "Click To Tweet" button, a share bar's "Twitter") goes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.page_authors import BUTTON_CLASS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Twitter's (X's) web intents to compose a post: "twitter.com/share?text=…", "…/intent/tweet?…"
_TWEET_INTENT = re.compile(
    r"^(?:https?:)?//(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:share|intent/(?:tweet|post))\b", re.I
)
MIN_QUOTE_WORDS = 4  # a sentence, not a button's label ("Tweet this!")


def open_tweet_quotes(root: HtmlElement) -> None:
    """Tweet-intent links: the sentence one holds as plain text, a button or label link out."""
    for link in list(root.iter("a")):
        if not _TWEET_INTENT.match(link.get("href") or ""):
            continue
        for button in [part for part in link.iterdescendants("*") if BUTTON_CLASS.search(part.get("class") or "")]:
            button.drop_tree()
        text = link.text_content().strip()
        if (len(text.split()) >= MIN_QUOTE_WORDS and ends_as_sentence(text)) or _in_prose(link):
            link.drop_tag()
        else:
            link.drop_tree()


_WORD = re.compile(r"\w\w")


def _in_prose(link: HtmlElement) -> bool:
    """Words run on right before or after the link: it is part of a sentence ("…can <a>send us
    their photos on Twitter</a> or by email"), whose words stay (review20: dropping it left "can
    or by email"); a button or a share bar's link stands between separators or alone."""
    before = link.getprevious()
    parent = link.getparent()
    around = (before.tail if before is not None else parent.text if parent is not None else None) or ""
    return bool(_WORD.search(around[-40:]) or _WORD.search((link.tail or "")[:40]))
