"""Page furniture that a main-content extractor keeps: the site talking inside the story's box.

trafilatura decides which text of a saved page is the article (`page.py`); what it keeps still
holds lines that are the site addressing its reader rather than the story: calls to sign up or
follow, rights notices and paywall prompts, excerpts of other posts, labels whose list was
dropped, hidden pop-ups, links to the site's own pages. Each test here is one line-level rule,
measured on `tests/data/realworld/` (`bench/pages.py`) and named after the convention it reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from l10n.ingest.fields import match_key, word_count
from l10n.ingest.regex_gate import GatedPattern, GateGroup, gated_compile

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Block

# A short line that tells the reader to sign up, subscribe or follow is the site talking, not the story
# ("Sign up and stay up to date with Barbados' FREE latest news."; "Download our new hockey app for the
# iPhone…", holdout27's Winnipeg Free Press); "Sign up sheets were posted…", a story's words, is not an instruction.
_CALL_TO_ACTION = re.compile(
    r"^(?:sign up|subscribe)(?:\s+(?:for|to|now|today|here|and|free)\b|\W*$)|^(?:never miss|don.t miss|get|follow|join|download|register)\b"
    r".*\b(?:newsletters?|sign(?:ing)? up|subscribe|subscription|by email|inbox|our(?:\s+[\w-]+){0,3}\s+apps?)\b",
    re.IGNORECASE,
)
MAX_CALL_WORDS = 25
# Link text that names the widget, not where it leads ("click here to watch live"; WCAG 2.4.4 warns
# against it for that reason): an instruction to operate the page, not a sentence of the story.
_UI_LINK_TEXT = re.compile(
    r"^\W*(?:(?:click|tap) here|haga clic aquí|haz clic aquí|pulse aquí|cliquez ici|klicken sie hier|hier klicken"
    r"|clicca qui)\b",
    re.IGNORECASE,
)
# A line that is only a web address ("BVINEWS.COM", "www.example.org/news"): a source's or the site's
# mark, nothing to translate. A scheme, "www." or a generic top-level domain (or a country's under
# co/com/org/gov) makes it an address; "Node.js" or "ASP.NET" as a heading is not one.
_BARE_ADDRESS = re.compile(
    r"(?:(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|news|gov|edu|int|biz)"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:co|com|org|gov|net|ac)\.[a-z]{2})(?:/\S*)?",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s")  # none of `_BARE_ADDRESS`'s parts matches one: a text holding one is no address
# A paywall's notice in Japanese: "この記事は会員限定です。" (this article is for members only),
# "電子版に登録すると続きをお読みいただけます。" (register to read the rest); the offer under it is
# the site's too (`story_edges.starts_paywall_offer`).
MEMBERS_ONLY = r"続きをお読みいただけます|この記事は(?:有料)?会員限定"
# The site's rights notice ("© 2020 CBS Interactive Inc. All Rights Reserved.", "This document is
# subject to copyright.") and its paywall prompts ("Subscribe now …", "…already a subscriber…"):
# page furniture on most saved pages (tests/data/realworld, rules half: 8 of 20), even when a
# CMS prints them inside the article's container. Searched in every kept block: gated (`regex_gate`).
_SITE_NOTICE = gated_compile(
    r"^(?:(?:©|\(c\))\s*(?:copyright\b|\d{4})|copyright\s+(?:©|\(c\)|\d{4}))|\ball rights reserved\b|\bsubject to copyright\b|\bcopyrighted property\b"
    r"|^copyrights?\s*[ⓒⒸ©]|^[©ⓒ]\s*[^\W\d][\w .&'’-]{1,40}$"
    # misses43: the holder, then the years the rights run, closing the line ("© CA-NEWS: Центральноазиатская
    # новостная служба, 2007-2011.", holdout42's CA-NEWS, the first `<br>` line of its footer's rights paragraph)
    r"|^©\s*[^\W\d][^©\n]{1,80}?,?\s(?:19|20)\d\d(?:\s*[-–—]\s*(?:19|20)\d\d)?\.?$"
    r"|무단\s*전재\s*(?:및|와|·)?\s*(?:재배포|복사\s*배포)\s*금지"
    # holdout5: "Copyrights ⓒ 스포츠조선. 무단 전재 및 재배포 금지" (Korean: reproduction and redistribution
    # prohibited); a site's "Disclaimer: …" is one only where the story has ended (`story_edges.is_disclaimer`)
    r"|\bmay not be (?:published|reproduced|reprinted|redistributed)\b"
    # holdout26: the Sunday Times's (Sri Lanka) terms of reuse under every story, "Reproduction of articles permitted
    # when used without any alterations to contents and a link to the source page."
    r"|^reproduction of (?:(?:our|its|the|these|all) )?(?:articles?|contents?|stories|materials?|texts?)"
    r"(?: (?:on|of|from|published on) (?:this|the) (?:site|website|page))? (?:is |are )?"
    r"(?:(?:strictly |not )?(?:permitted|allowed|prohibited|forbidden))\b"
    # misses32: gazzetta.gr's terms under the story, "… Απαγορεύεται η χρήση ή επανεκπομπή του … χωρίς γραπτή άδεια
    # του εκδότη." (use forbidden without the publisher's written permission): the publisher's leave is the formula's
    r"|\bwithout (?:the )?(?:prior )?written (?:permission|consent) (?:of|from) the publisher\b"
    # misses48: the Russian-language site's terms of reuse, "При полном или частичном использовании материалов сайта,
    # ссылка на dozor.kharkov.ua обязательна." (Городской Дозор), "При использовании материалов сайта ссылка (в Интернете
    # - гиперссылка) на сайт "Банкфакс" обязательна, …" (Банкфакс): using the site's material, a link is required
    r"|^при (?:полном или частичном |частичном или полном )?(?:использовании|цитировании|перепечатке|копировании) "
    r"(?:материалов|информации|статей) (?:с )?(?:сайта|портала|ресурса)\b.{0,80}?\bссылка\b.{0,80}?\bобязательна\b"
    r"|χωρίς (?:την? )?(?:προηγούμενη )?(?:έγγραφη |γραπτή )άδεια του εκδότη"
    r"|^subscribe (?:now|today)\b|\balready a subscriber\b|\b(?:to view|for) the full story\b|\bto continue reading\b"
    r"|\bfree articles? left\b|\b(?:first-time|new) subscribers (?:also )?(?:receive|get)\b|^join now or renew\b"
    # misses36: a metered paywall's count, LeadDev's "You have 1 article left to read this month before you need to
    # register a free LeadDev.com account." (the reader addressed, the count of stories left to read)
    r"|^you have (?:\d+|one|two|three|no) (?:more )?(?:free )?articles? (?:left|remaining)\b"
    r"|\b(?:advertising )?disclaimer below\b|\bfor your personal,? non-commercial use only\b|\bpresentation-ready copies\b"
    # holdout10: "This site is best viewed with Internet Explorer 6.0 or higher"; Japanese "この記事は会員限定です。
    # 電子版に登録すると続きをお読みいただけます。" (members only; register to read the rest)
    r"|\bbest viewed (?:with|in|on|using|at)\b[^.;]{0,40}?\b(?:explorer|firefox|chrome|safari|opera|browser|resolution)"
    rf"|{MEMBERS_ONLY}"
    # holdout14: canarias7's "Necesitas ser suscriptor para acceder a esta funcionalidad." (a feature for subscribers)
    r"|^(?:necesitas|tienes que) ser suscriptor\b|^you (?:need|have) to be a subscriber\b|^vous devez être abonné",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 40
# …but the rights line of a work the article quotes is the article's ("Excerpted from … Used with
# permission of Little, Brown and Company. All rights reserved."): an edition carries it too.
_QUOTED_WORK = re.compile(
    r"\bexcerpted from\b|\b(?:used|reprinted|reproduced) (?:here )?with (?:the )?permission\b", re.I
)
# "Follow The Gleaner on Twitter and Instagram…", "…o seguir a Materia en Facebook, Twitter,
# Instagram…", "…download the Nationnews apps for iOS and Android": a verb of following or
# downloading and two or more platforms is the site promoting its channels (seen on 3 sites).
_FOLLOW_VERB = gated_compile(
    r"\b(?:follow|like us|download|subscribe|seguir|s[ií]guenos|s[ií]ganos|descarg\w*|suscr[ií]b\w*|suivez|suivre"
    r"|abonnez|t[ée]l[ée]charg\w*|folgen|folgt|abonnieren|herunterladen|seguici|segui|scarica|iscriviti)\b",
    re.IGNORECASE,
)
# …said to the reader: the verb opens the line ("Follow…", "Folgen Sie uns…", "Puede…"), the site is
# "us"/"our", or the thing to get is its app; a story's "…would follow it on Twitter" is not.
_ADDRESSED = re.compile(
    rf"^\W*(?:{_FOLLOW_VERB.pattern}|you can|puede|pueden|vous pouvez|sie können|potete|puoi)"
    r"|\b(?:us|our|nos|nuestr[oa]s?|uns|unser\w*|nous|notre|ci|nostr[oi])\b|\bapps?\b",
    re.IGNORECASE,
)
_PLATFORM = re.compile(
    r"\b(?:facebook|twitter|instagram|youtube|tiktok|whatsapp|telegram|linkedin|ios|android|app store|google play)\b",
    re.IGNORECASE,
)
MAX_PROMO_WORDS = 40
# The site naming itself as "our"/"us" in a short line that links home ("Read our ePaper. Fast.
# Factual. Free."): a promotion of its own products, not the story, which names the site in the third person.
_SELF_REFERENCE = re.compile(r"\b(?:us|our|nuestr[oa]s?|notre|nos|unser\w*|uns|nostr[oaie])\b", re.IGNORECASE)
MAX_SELF_PROMO_WORDS = 10
_QUOTATION_MARK = re.compile('["“”„«»‘’‚‹›「」]')
# WordPress ends an automatic excerpt of a post with " [&hellip;]" (wp_trim_excerpt's "more"
# string): a block ending so is a teaser for another post, not a paragraph of this one.
_EXCERPT_END = re.compile(r"\[(?:…|\.\.\.)\]\s*$")
_REPUBLISHED = gated_compile(  # the text itself is the subject: "this post", "dieser Text", "este artículo"
    r"\b(?:post|article|story|piece|report|column|essay|text)\s+(?:was\s+|has\s+been\s+)?(?:originally|first)\s+"
    r"(?:appeared|published|ran)\b|\b(?:text|artikel|beitrag)\s+erschien\s+zuerst\b"
    r"|\b(?:artículo|texto|nota)\s+(?:fue\s+)?publicad[oa]\s+originalmente\b"
    r"|\b(?:article|texte)\s+(?:a\s+été\s+)?(?:initialement|d'abord)\s+publié"
    r"|\b(?:articolo|testo)\s+(?:è\s+stato\s+)?pubblicato\s+originariamente\b",
    re.IGNORECASE,
)
# The label a site sets over links to its other stories, in the corpus's languages ("Read also",
# "DON'T MISS", "Lire aussi", "Leggi anche", "Lee también", "Leia também", "Lesen Sie auch",
# "Читайте также", "Ссылки по теме", "Čtěte také", "Przeczytaj też", "Most Read Business Stories"): furniture once the
# links it labels are gone.
_RELATED_LABEL = re.compile(
    r"(?:read (?:more|also|next)|also read|further reading|see (?:also|more)|more on this(?: story)?|related(?: stories| articles| news)?"
    # misses48: English's "te puede interesar", "猜你喜欢" (POLITICO Europe's "You may like" box inside the story)
    r"|you (?:may|might) (?:also )?(?:like|enjoy)|you may (?:also )?be interested in"
    r"|don.t miss|must read(?: stories)?|recommended|lire(?: aussi| également)?|à lire(?: aussi)?|voir aussi|leggi(?: anche)?"
    r"|vedi anche|lee (?:también|más)|leer más|ver también|te puede interesar|leia (?:também|mais)|veja também"
    r"|saiba mais|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|читайте (?:также|еще)|смотрите также"
    r"|čtěte (?:také|též)|související(?: články)?"
    r"|(?:ссылки|новости|статьи|материалы|публикации) по теме"  # misses47: Vesti.kz's "Ссылки по теме:" (holdout47)
    r"|(?:prze)?czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)"  # misses32: gwizdek24's "Przeczytaj też"
    r"|(?:artículos|noticias|notas|publicaciones) relacionad[oa]s|artigos relacionados|articoli correlati"  # holdout17
    r"|most (?:read|popular|viewed|shared|commented)(?: \w+){0,2}|trending(?: now| stories)?|top stories|(?:[\w.]+ )?recommends"
    r"|(?:i )?più (?:letti|lette|visti|viste|commentati|condivisi)(?: della sezione)?|news (?:dalla|dalle|dal|dai) \w+"
    r"|(?:\S+の)?関連(?:記事|エントリー?|ニュース)"  # holdout11: "MOONGIFTの関連記事", "関連エントリ"
    # holdout28: Chinese "related links/news/reading", a reference mark before it (Rednet's "※相关链接")
    r"|[※＊]?\s*(?:相关|相關)(?:链接|鏈接|連結|新闻|新聞|阅读|閱讀|文章|报道|報導)|延伸阅读|延伸閱讀"
    # misses37: the site's "recommended" box, its name before it ("*** 大江网推荐内容 ***", jxnews), as "X recommends"
    r"|\W*[\u4e00-\u9fff]{0,6}(?:推荐|推薦)(?:内容|內容|阅读|閱讀|新闻|新聞|文章))\W*",
    re.IGNORECASE,
)
# Reading tools a page prints as words ("Order Reprints", "Print Article", "Text size"): the interface.
# misses42: "Fonts Size" too (holdout41's Taiwan News, the label beside its "A+" control), as English labels of
# Asian sites write the plural
_TOOL_LABEL = re.compile(
    r"(?:order )?reprints?(?: (?:&|and) permissions)?|print(?: this)?(?: article| story| page)?|texts? size"
    r"|fonts? size"
    # misses44: a share bar's label over its icon buttons ("Share This article", holdout43's CBN, its buttons a list
    # named "menu--share" that is pruned, the label a <p> beside it), as "E-mail this article"
    r"|share(?: (?:this|the))?(?: (?:article|story|post|page))?|(?:artikel )?teilen|partager(?: cet article)?"
    r"|compartir(?: (?:este|esta) (?:artículo|noticia|nota))?|condividi(?: (?:questo )?articolo)?|поделиться"
    r"|добавить в закладки(?: и поделиться)?\s*:?"  # misses50b: NEWS.BCM.RU's "Добавить в закладки и поделиться:"
    # misses44: a Chinese label of the text-size control alone, its colon kept (holdout43's 人間衛視: "字級設定：", "text
    # level setting", its sizes pictures of script links in the next cell), as "Text size" above
    r"|(?:字级|字級|字号|字號|字体|字體)(?:大小|设定|設定|设置|設置|调整|調整|选择|選擇)?\s*[:：]?"
    r"|e-?mail this(?: article| story)?|save (?:article|story|for later)|imprimer(?: l.article)?|artikel drucken"
    r"|drucken|stampa(?: articolo)?|imprimir(?: artículo)?"
    # holdout14: "Reporta un error en esta noticia", the title of a form to report a mistake
    r"|report (?:an? )?(?:error|typo|mistake)(?: in this (?:article|story))?|reporta(?:r)? un error(?: en esta noticia)?"
    r"|signaler une erreur|fehler melden|segnala(?:re)? un errore",
    re.IGNORECASE,
)
# A prompt to pass the story on ("Like this story? Share it with a friend!"): the site asking for a share.
_SHARE_PROMPT = re.compile(
    r"^(?:(?:did you )?(?:like|enjoy(?:ed)?|love(?:d)?) this (?:story|article|post|piece)\b.*\bshare\b"
    r"|share (?:this|it) with (?:a friend|your friends)\b)",
    re.IGNORECASE,
)
MAX_CREDIT_WORDS = 25
MAX_LABEL_WORDS = 4  # "Release Date:", "Seguir leyendo:", "Editors' Recommendations:"
KICKER_WORDS = 2  # words of an emphasised kicker, and at least as many after it, before a line is a teaser
MIXED_SCRIPT_WORDS = 3  # words spelled in two scripts at once before a line counts as disguised
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LOOKALIKE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek and Cyrillic
_WORD = re.compile(r"[^\W\d_]+")
PROSE_WORDS = 12  # a block this long, ending as a sentence ends, with at most PROSE_LINKS links, is prose
PROSE_LINKS = 2
SITE_LINKS = 3  # links to one organisation before it may be the site's own, whatever else is stated
ALL_LINK_SHARE = 0.9  # a block this much link text is a link (with a label), whatever its length
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s*$")
_CJK_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）」』]*\s*$")
# Links to these hosts are share buttons and the site's own channels, not sources the story cites.
_SOCIAL_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|t\.co|linkedin\.com|pinterest\.[a-z.]+|reddit\.com|whatsapp\.com"
    r"|wa\.me|t\.me|telegram\.me|instagram\.com|youtube\.com|tumblr\.com|flipboard\.com|getpocket\.com)$"
)

_ITEM_NUMBER = re.compile(r"\s*\d{1,3}[.)]\s*")  # "13. " before a numbered list's linked item
_MAKER = re.compile(r"\s*\([^()]{1,40}\)\s*")  # holdout15: "<a>Google AI Essentials</a> (Google)", who made it

_TALK_WORDS = max(MAX_CALL_WORDS, MAX_NOTICE_WORDS, MAX_PROMO_WORDS)  # the limits `is_site_talk` counts to
# `is_site_talk`'s gated patterns, each under a length: one search for both's phrases (pagespeed28)
_TALK_PHRASES = GateGroup(_SITE_NOTICE, _FOLLOW_VERB)
MAX_PHRASE_WORDS = max(MAX_NOTICE_WORDS, MAX_PROMO_WORDS)
# Every case-blind pattern `is_site_talk` asks first but the address's (its strings, "co", "net", are in most
# texts; `_QUOTED_WORK`, `_ADDRESSED`, `_PLATFORM` only after one of them matched): in a text of up to
# `MAX_PHRASE_WORDS` words, one search for all their phrases tells a line that none of them can match
# (dailymail's 1,148 table cells, "Aldershot"), which then asks only the address, the excerpt's end and the
# look-alike letters (pagespeed28b). Gated here only: each pattern is asked as itself.
_TALK_GATE = GateGroup(*map(GatedPattern, (_CALL_TO_ACTION, _TOOL_LABEL, _SHARE_PROMPT)), *_TALK_PHRASES.patterns)


def is_site_talk(text: str) -> bool:
    """True for a line of the site talking to its reader (see the module docstring). A blank text is
    none: every test below needs a letter, digit or sign (`_article_blocks` asks each block's `first_line`,
    "" for most blocks; pagespeed28)."""
    if not text or text.isspace():
        return False
    words = word_count(text, _TALK_WORDS)
    phrased = words > MAX_PHRASE_WORDS or _TALK_GATE.may_match(text)  # False: none of the gate's patterns can match
    if phrased and words <= MAX_CALL_WORDS and _CALL_TO_ACTION.search(text):
        return True  # "Never miss the latest news by signing up to our newsletter"
    if is_site_mark(text.strip()) or (phrased and _TOOL_LABEL.fullmatch(text.strip())):
        return True  # "BVINEWS.COM", "Order Reprints"
    if phrased and words <= MAX_CALL_WORDS and _SHARE_PROMPT.search(text):
        return True  # "Like this story? Share it with a friend!"
    phrases = phrased and words <= MAX_PHRASE_WORDS and _TALK_PHRASES.may_match(text)  # else neither is searched
    if phrases and words <= MAX_NOTICE_WORDS and _SITE_NOTICE.search(text) and not _QUOTED_WORK.search(text):
        return True  # "Copyright 2023 Nexstar Media Inc. All rights reserved."
    if (
        phrases
        and words <= MAX_PROMO_WORDS
        and _FOLLOW_VERB.search(text)
        and _ADDRESSED.search(text)
        and (len(set(_platforms(text))) >= 2 or _is_follow_line(text, words))
    ):
        return True  # "Follow us on Facebook and Instagram", "Follow our editor on twitter"
    return bool(_EXCERPT_END.search(text)) or _disguised(text)


def _is_follow_line(text: str, words: int) -> bool:
    """A few words that open with the verb, say "us" or "our" and name one platform: the site asking its reader to
    follow it there (misses39, holdout38's Penguin News: "Follow our editor on twitter" over a follow button in a
    side module); a story's sentence about following says more.

    >>> _is_follow_line("Follow our editor on twitter", 5), _is_follow_line("They follow our team on Twitter", 6)
    (True, False)
    """
    return (
        words <= MAX_FOLLOW_LINE_WORDS
        and _FOLLOW_OPENING.match(text) is not None
        and _SELF_REFERENCE.search(text) is not None
        and bool(_platforms(text))
    )


MAX_FOLLOW_LINE_WORDS = 8
_FOLLOW_OPENING = re.compile(rf"^\W*(?:{_FOLLOW_VERB.pattern})", re.IGNORECASE)


def is_site_mark(text: str) -> bool:
    """A line that is only a web address naming a site or a section of it ("BVINEWS.COM",
    "www.example.org/news"): a mark. An address of one page deeper in a site (RFC 3986: path
    segments below the host's first, or a query: "http://www.openpetition.de/petition/online/
    gegen-…") is the resource the story points its reader to, and stays.

    >>> is_site_mark("www.example.org/news"), is_site_mark("http://www.openpetition.de/petition/online/gegen-x")
    (True, False)
    >>> is_site_mark("HTTPS://BVINEWS.COM/NEWS")
    True
    """
    # pagespeed22: a paragraph is none; pagespeed28b: nor a word without a dot (every branch of
    # `_BARE_ADDRESS` puts one before its domain: "www.", ".com", ".co.uk"), "Aberconwy" in a table
    if "." not in text or _SPACE.search(text) or not _BARE_ADDRESS.fullmatch(text):
        return False
    path = re.sub(r"^(?:https?://)?[^/?#]*", "", text, flags=re.IGNORECASE).strip("/")
    return "/" not in path and "?" not in path


def _platforms(text: str) -> list[str]:
    return [found.lower() for found in _PLATFORM.findall(text)]


def _disguised(text: str) -> bool:
    """Latin words spelled with Cyrillic or Greek look-alike letters ("Yоur соntеnt", with
    Cyrillic о and е): Unicode TR39's mixed-script confusables, the way an advert slips past
    filters. A few such words make the line an advert, not copy."""
    if text.isascii() or not _LOOKALIKE.search(text):
        return False  # the common case, at the cost of one search (none for an ASCII text, told without a read: pagespeed39)
    mixed = sum(1 for word in _WORD.findall(text) if _LATIN.search(word) and _LOOKALIKE.search(word))
    return mixed >= MIXED_SCRIPT_WORDS


def is_republication_credit(text: str) -> bool:
    """ "This post originally appeared on Grist.": the line a republished story must carry (the
    licences it is republished under ask for it; seen on salon.com and vice.com). It is the
    article's, even where trafilatura leaves it out.

    >>> is_republication_credit("This article originally appeared on VICE US."), is_republication_credit("It rained.")
    (True, False)
    """
    return len(text.split(maxsplit=MAX_CREDIT_WORDS)) <= MAX_CREDIT_WORDS and bool(_REPUBLISHED.search(text))


def is_dangling_label(text: str) -> bool:
    """A short line ending in a colon: a label for what follows ("Release Date:", "Read more:"); or
    the label over links to the site's other stories, colon or not ("DON'T MISS", "Leggi anche").

    >>> is_dangling_label("Leggi anche"), is_dangling_label("Lire aussi :"), is_dangling_label("Read the full report")
    (True, True, False)
    >>> is_dangling_label("※相关链接"), is_dangling_label("相关链接显示，两人曾在北京见面。")
    (True, False)
    >>> is_dangling_label("*** 大江网推荐内容 ***"), is_dangling_label("他推荐阅读这本书，认为它讲清楚了问题。")
    (True, False)
    """
    stripped = text.strip()
    if is_related_label(stripped):
        return True
    return stripped.endswith((":", "：")) and len(stripped.split(maxsplit=MAX_LABEL_WORDS)) <= MAX_LABEL_WORDS


def is_related_label(text: str) -> bool:
    """The whole text is the label over links to the site's other stories (`_RELATED_LABEL`: "You may like",
    "Leggi anche", "※相关链接"), no colon needed.

    >>> is_related_label("You may like"), is_related_label("You may like the new ferry timetable")
    (True, False)
    """
    return _RELATED_LABEL.fullmatch(text.strip()) is not None


def related_label_end(text: str) -> int:
    """Where a leading related-story label ends ("À LIRE AUSSI Antisémitisme : …" → 12), 0 for none."""
    found = _RELATED_LABEL.match(text)
    return found.end() if found and (found.end() == len(text) or not text[found.end() - 1].isalnum()) else 0


def is_kicker_teaser(block: Block) -> bool:
    """A link to another story set as a paragraph: an emphasised kicker of two or more words
    ending in a colon, then a headline that does not end as a sentence ends ("**Internal memo:**
    Federal prison guards falsified records of cell checks"; USA Today's teasers between
    paragraphs). A paragraph with a bold lead-in is prose when it ends as a sentence ("**Update:**
    The council met on Monday."), and a one-word label heads a fact ("**Where:** Town Hall").
    """
    lead = next((m for m in block.markup if m.tag in ("strong", "b") and m.start == 0), None)
    if lead is None or ends_as_sentence(block.text) or any(m.tag == "br" for m in block.markup):
        return False  # a labelled box of lines ("**Tour dates:**<br>June 9 -- …") is a list
    kicker, rest = block.text[: lead.end].strip(), block.text[lead.end :].split()
    return (
        kicker.endswith((":", "："))
        and len(kicker.split()) >= KICKER_WORDS
        and KICKER_WORDS <= len(rest) <= MAX_CALL_WORDS
    )


def page_sites(root: HtmlElement) -> frozenset[str]:
    """The organisations the page belongs to: the one its links point to most (menus, teasers and
    footers link home far more often than a story cites anyone), and those of its stated address
    (`<link rel="canonical">`, `og:url`). Empty when nothing says. A site that links home by
    relative addresses ("/latest") has its own links outnumber a story's one or two citations: the
    organisation most linked to is then not the site unless it has more links than those, or
    `SITE_LINKS` (holdout10's simplyfound: raspberrypi.org, cited once; a syndicating portal's
    own absolute links, many, still count)."""
    counts: dict[str, int] = {}
    stated: set[str] = set()
    relative = 0
    counted: dict[str, str | None] = {}  # an address's organisation, None when it counts for none: read once a page
    of_host: dict[str, str | None] = {}  # likewise a host's (pagespeed21b: a site's own addresses are mostly distinct)
    for element in root.iter("a", "link", "meta"):
        if element.tag == "a":
            href = (element.get("href") or "").strip()
            relative += href.startswith("/") and not href.startswith("//")
            if href not in counted:  # a page links the same addresses again and again (menus, footers)
                host = _host(href)
                if host not in of_host:
                    of_host[host] = _organisation(host) if host and not _SOCIAL_HOSTS.search(host) else None
                counted[href] = of_host[host]
            organisation = counted[href]
            if organisation is not None:
                counts[organisation] = counts.get(organisation, 0) + 1
        elif "canonical" in (element.get("rel") or "").lower().split():
            stated.add(_organisation(_host(element.get("href") or "")))
        elif (element.get("property") or element.get("name") or "").lower() == "og:url":
            stated.add(_organisation(_host(element.get("content") or "")))
    top = max(counts, key=lambda site: counts[site]) if counts else ""
    most = {top} if top and (top in stated or not stated or counts[top] > min(relative, SITE_LINKS - 1)) else set()
    return frozenset(site for site in most | stated if site)


def link_share(block: Block, *, writers: frozenset[str] = frozenset()) -> float:
    """How much of the block's text is inside links (HTML `<a>`); a link whose text is one of the
    `writers` (`match_key`s) after a sentence's end does not count: a sign-off linked to the
    writer's page ("… hates CNN. <a>Peter Weber</a>", holdout10), not a byline ("Editor: <a>…</a>")."""
    covered: set[int] = set()
    for markup in block.markup:
        if markup.tag != "a":
            continue
        signed = match_key(block.text[markup.start : markup.end]) in writers and ends_as_sentence(
            block.text[: markup.start].rstrip()
        )
        if not signed:
            covered.update(range(markup.start, markup.end))
    return len(covered) / max(len(block.text), 1)


def first_line(block: Block) -> str:
    """The text before the block's first line break (`<br>`), "" when it has none: a box of
    lines under a lead line ("Join now or renew to get:<br>— Instant access …") is what its
    lead line says it is."""
    breaks = [m.start for m in block.markup if m.tag == "br" and m.start > 0]
    return block.text[: min(breaks)] if breaks else ""


def is_ui_instruction(block: Block) -> bool:
    """A short line with a link whose text starts "click here", "tap here" ("If you're on the ABC7
    News app, click here to watch live"), not ending as a sentence ends: the page telling its reader
    how to operate it. A story quoting such words ("…urged them to click here…") does not make them
    a link, and a story's own sentence pointing to a document ("To read the ruling, click here.")
    ends with its full stop."""
    if word_count(block.text, MAX_CALL_WORDS) > MAX_CALL_WORDS or ends_as_sentence(block.text):
        return False
    return any(m.tag == "a" and _UI_LINK_TEXT.match(block.text[m.start : m.end]) for m in block.markup)


def is_prose(block: Block) -> bool:
    """A sentence with a link or two in it ("Una tasa de desempleo baja en Miami …, también
    contribuye…"), not a list of links: long, ending as sentences end, few links, and words of its
    own outside them (a question set as one link is a teaser's headline)."""
    links = sum(1 for markup in block.markup if markup.tag == "a")
    if link_share(block) >= ALL_LINK_SHARE:
        return False  # one link with at most a label before it ("Lire : Que sont les IMSI-catchers… ?"): a teaser
    return len(block.text.split()) >= PROSE_WORDS and links <= PROSE_LINKS and ends_as_sentence(block.text)


def ends_as_sentence(text: str, *, cjk: bool = False) -> bool:
    """The text ends as a sentence ends: a full stop, question or exclamation mark, or an ellipsis,
    and any closing quotes or brackets; with `cjk`, also the Chinese and Japanese full-width stops and
    closing brackets ("。", "！", "？", "）", "」", "』": `reader_boxes`' toolbar test and `site_appeals`' next
    story's title, which read such pages)."""
    return bool((_CJK_SENTENCE_END if cjk else _SENTENCE_END).search(text))


def is_self_promotion(block: Block, sites: frozenset[str]) -> bool:
    """A short line whose link to the site's own pages says "our"/"us" ("<a>Read our ePaper</a>.
    Fast. Factual. Free."); "Our reporter <a>Ann Lee</a> was there." links a name, and an "our"
    inside quotation marks is someone in the story speaking."""
    if word_count(block.text, MAX_SELF_PROMO_WORDS) > MAX_SELF_PROMO_WORDS or _QUOTATION_MARK.search(block.text):
        return False
    return any(
        markup.tag == "a"
        and _SELF_REFERENCE.search(block.text[markup.start : markup.end])
        and _organisation(_host(dict(markup.attrs).get("href", ""))) in sites
        for markup in block.markup
    )


def is_citation(block: Block, sites: frozenset[str]) -> bool:
    """The block is one link, to another organisation's page: the story naming its source (the
    cited article's title), where a link home would be the site's navigation. A list's number may
    stand before the link (holdout10's flavorwire: "13. <a>The … media circus around Ferguson</a>"),
    a label may not ("Read more: <a>…</a>" is a teaser); its maker in brackets may follow (holdout15's
    computerworld: "<a>Google AI Essentials</a> (Google)", a course a roundup lists)."""
    links = [markup for markup in block.markup if markup.tag == "a"]
    if not sites or len(links) != 1 or _UI_LINK_TEXT.match(block.text[links[0].start : links[0].end]):
        return False  # aeb19: "<a>CLICK HERE TO GET THE FOX NEWS APP</a>" (to onelink.me) cites nothing
    if links[0].end < len(block.text.rstrip()) and not _MAKER.fullmatch(block.text[links[0].end :]):
        return False
    if links[0].start > 0 and not _ITEM_NUMBER.fullmatch(block.text[: links[0].start]):
        return False
    host = _host(dict(links[0].attrs).get("href", ""))
    return bool(host) and not _SOCIAL_HOSTS.search(host) and _organisation(host) not in sites


def is_social_address(url: str) -> bool:
    """The address is a social network's (`_SOCIAL_HOSTS`): a share or follow button's, a plugin's frame."""
    host = _host(url)
    return bool(host) and bool(_SOCIAL_HOSTS.search(host))


def organisation_of(url: str) -> str:
    """The organisation a link's address belongs to (`_organisation`), "" for a relative or non-web one."""
    return _organisation(_host(url))


# "http(s)://" and a host of ASCII letters, digits, dots and hyphens up to the path, query, fragment or
# end: `urlsplit` reads that host as written (no port, user, brackets, tab or newline for it to handle)
_PLAIN_WEB_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)(?=[/?#]|\Z)")


def _host(url: str) -> str:
    if ":" not in url:  # no scheme, so no http(s) host: a relative address ("/news/…") needs no urlsplit
        return ""
    url = url.strip()
    plain = _PLAIN_WEB_HOST.match(url)
    if plain:  # most links (pagespeed21b: moneycontrol's ~800 distinct addresses each went through urlsplit)
        return plain[1].lower()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return (parts.hostname or "").lower() if parts.scheme in ("http", "https") else ""


# the second-level labels countries register domains under (co.uk, com.au, org.pl, ac.jp, gob.mx, ne.jp)
_SECOND_LEVEL_KINDS = frozenset(
    {"co", "com", "net", "org", "gov", "gob", "go", "edu", "ac", "or", "ne", "mil", "nic", "ltd", "plc", "nom", "info"}
)


def _organisation(host: str) -> str:
    """The name part of the registrable domain: "www.bbc.co.uk" and "bbc.com" are both "bbc"."""
    if not host:
        return ""
    labels = host.removeprefix("www.").split(".")
    # "co.uk", "com.do": a country's second level names a kind of organisation, not one ("wnp.pl" is wnp's)
    second_level = len(labels) > 2 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL_KINDS
    return labels[-3] if second_level else labels[-2] if len(labels) > 1 else labels[0]
