"""Short lines of a saved page that are the site's notes around the story, not the story
(holdout11's blind run, 30 Nov 2026): the rules of its comment section, the label over an
advertisement, a line pointing to another story whose link the saved copy lost, the site's
newsletter appeal closing a paragraph, a rights line naming the site before its year, and the
site's own post embedded as a quote (`own_posts`: a tweet of its account promoting its offers).

Each is read from the line's words alone, so each is narrow: a sentence of the story that
mentions comments, advertising, newsletters or copyright says more than the note does (see the
near misses in the doctests and `tests/test_ingest_rules10.py`). `page.py` drops a block one of
them matches (`is_site_note`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l10n.ingest.fields import match_key
from l10n.ingest.furniture import ends_as_sentence

if TYPE_CHECKING:
    from l10n.model import Block

# The comment section's rules ("Note: we are temporarily moderating all comments…", "ATENÇÃO:
# Comentários … ao usuário não serão aprovados pelo moderador"): comments, their moderation or
# approval, said to the reader or by the site ("we", "you", "usuário").
_COMMENTS = re.compile(
    r"\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|reacties)\b", re.IGNORECASE
)
_MODERATION = re.compile(
    r"\b(?:moderat\w*|approv\w*|aprovad\w*|aprobad\w*|approuv\w*|freigeschaltet|spam|moderador\w*|modérat\w*)", re.I
)
_ADDRESSED = re.compile(
    r"\b(?:we|our|us|you|your|usuári[oa]s?|usuari[oa]s?|leitor\w*|lector\w*|nous|vous|wir|noi|voi)\b", re.I
)
# …and its disclaimer: the comments are their writers' opinion, not the site's ("El contenido de los
# comentarios es la opinión de los usuarios…", "Comments are the responsibility of their authors").
_COMMENT_DISCLAIMER = re.compile(
    r"\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti)\s+(?:are|es|son|é|são|sont|sind|sono)"
    r"\b.{0,40}?\b(?:opinions?|opinión|opinião|opinioni|meinung|responsab\w*|verantwortung)\b.{0,30}?"
    r"\b(?:users?|usuári[oa]s|usuari[oa]s|authors?|autor(?:es)?|auteurs?|autori|readers?|lectores|leitores|internautas)\b",
    re.IGNORECASE,
)
MAX_NOTE_WORDS = 40
# The call to comment, and the section's label ("Tell us what YOU think...", "Comments", "27 Comments").
_COMMENT_CALL = re.compile(
    r"^\W*(?:tell us what you think|(?:leave|post|add|write) a (?:comment|reply)|join the (?:discussion|conversation)"
    r"|(?:\d+\s+)?comments?|deixe (?:seu|o seu|um) comentário|deja (?:tu|un) comentario)\W*$",
    re.IGNORECASE,
)
# The label a page sets over an advertisement ("Advertisement", "Sponsored links", "スポンサードリンク").
_AD_LABEL = re.compile(
    r"^\W*(?:advertisements?|sponsored(?: (?:links?|content|stories))?|anzeige|publicidad|publicidade|pubblicità"
    r"|スポンサー(?:ド)?\s*リンク|広告)\W*$",
    re.IGNORECASE,
)
# "More: Huawei's next flagship to launch at MWC 2017": a pointer to another story, set as a label and
# its title (the saved copy lost the link); a sentence after the label ("More: the council met…") is prose.
_MORE_LABEL = re.compile(
    r"^\W*(?:more|see also|read more|related|also read|read next)\s*[:：]\s*(?P<title>\S.*)$", re.I
)
MAX_TITLE_WORDS = 15
# The site's newsletter appeal as one sentence of a short paragraph ("… Sign up for The Water Coolest
# today to get the free daily newsletter delivered to your inbox daily."): sign up or subscribe, said
# to the reader, for a newsletter or an inbox.
# holdout12: "Get a weekly roundup in your inbox instead.": an imperative sentence, not one quoted ("“Get …").
_SIGN_UP_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:sign up|subscribe)\b[^.!?]*\b(?:newsletters?|inbox)|get\b[^.!?]*\b(?:in|to) your inbox)\b",
    re.IGNORECASE,
)
# …or its subscription offer ("Get Motor Cycle Monthly delivered through your letterbox every month.
# 12 issues for £11.99."): a number of issues for a price.
_ISSUES_OFFER = re.compile(
    r"\b\d+ (?:issues|editions|ausgaben|numéros|números)\s+(?:for|für|pour|por)\s+[£$€¥]\s?\d", re.I
)
MAX_APPEAL_WORDS = 60
# A rights line naming the holder before the year ("copyright Inexhibit 2019 - ISSN: 2283-5474").
_RIGHTS_LINE = re.compile(r"^\W*(?i:copyright)\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:19|20)\d\d\b")  # a capitalised holder
MAX_RIGHTS_WORDS = 12


def is_site_note(text: str) -> bool:
    """A line of the site's notes around the story (see the module docstring).

    >>> is_site_note("Note: we are temporarily moderating all comments submitted to deal with a surge in spam.")
    True
    >>> is_site_note("The agency said it would moderate public comments on the rule until May.")
    False
    >>> is_site_note("More: Huawei's next flagship to launch at MWC 2017"), is_site_note("More: the council met on Monday.")
    (True, False)
    >>> is_site_note("copyright Inexhibit 2019 - ISSN: 2283-5474"), is_site_note("Copyright law changed in 2019.")
    (True, False)
    >>> is_site_note("Don’t have time to read about it? Get a weekly roundup in your inbox instead.")
    True
    >>> is_site_note("“Get your flu jab and check your inbox for the letter,” the NHS said in a statement.")
    False
    """
    text = " ".join(text.split())
    words = len(text.split())
    if not text:
        return False
    if _COMMENT_CALL.fullmatch(text) or _AD_LABEL.fullmatch(text):
        return True
    if words <= MAX_NOTE_WORDS and _COMMENTS.search(text) and _MODERATION.search(text) and _ADDRESSED.search(text):
        return True
    if words <= MAX_NOTE_WORDS and _COMMENT_DISCLAIMER.search(text):
        return True
    more = _MORE_LABEL.match(text)
    if more and not ends_as_sentence(more["title"]) and len(more["title"].split()) <= MAX_TITLE_WORDS:
        return True
    appeal = _SIGN_UP_SENTENCE.search(text) or _ISSUES_OFFER.search(text)
    if words <= MAX_APPEAL_WORDS and appeal and _ADDRESSED.search(text):
        return True
    return words <= MAX_RIGHTS_WORDS and bool(_RIGHTS_LINE.match(text)) and not ends_as_sentence(text)


# The signature line of an embedded post: "— 9to5Mac.com (@9to5mac) November 4, 2019" (Twitter's
# embed code writes it under the post's text, inside the same <blockquote>).
_POST_SIGNATURE = re.compile(r"^[—–-]\s*(?P<who>[^()]{1,60}?)\s*\(@(?P<handle>\w{1,30})\)")


def own_posts(blocks: list[Block], sites: frozenset[str]) -> set[int]:
    """The blocks of a post the site's own account wrote, embedded in the story as a quote
    (holdout11's 9to5mac: "The 9to5Mac BundleHunt delivers over 40 top apps…" signed "— 9to5Mac.com
    (@9to5mac) …"): the signature and the quote blocks right above it. A post by anyone else is
    the story quoting them, and stays.

    >>> from l10n.model import Block
    >>> post = [Block("paragraph", "Deals."), Block("quote", "Our bundle: 40 apps from $1"),
    ...         Block("quote", "— 9to5Mac.com (@9to5mac) November 4, 2019")]
    >>> sorted(own_posts(post, frozenset({"9to5mac"}))), own_posts(post, frozenset({"macrumors"}))
    ([1, 2], set())
    """
    found: set[int] = set()
    for index, block in enumerate(blocks):
        signature = _POST_SIGNATURE.match(block.text) if block.role == "quote" else None
        if signature is None or not {match_key(signature["handle"]), match_key(signature["who"])} & _site_keys(sites):
            continue
        start = index
        while start > 0 and blocks[start - 1].role == "quote" and start - 1 not in found:
            start -= 1
        found.update(range(start, index + 1))
    return found


def _site_keys(sites: frozenset[str]) -> set[str]:
    """The site as a post's signature may name it: "9to5mac" for 9to5mac, "9to5maccom" for "9to5Mac.com"."""
    return {key for site in sites for key in (match_key(site), match_key(site) + "com")}
