"""The site asking something of its reader inside the story's box (written for holdout6's misses;
`page.py` drops such lines as it drops `furniture.is_site_talk`'s):

- a donation appeal, as public media close their stories ("If you found the reporting above
  valuable, please consider making a donation…", "Your gift pays for everything you find on …");
- a newsletter offer said to the reader ("When you sign up for this free report, you will also
  join our free … newsletter.");
- the comment box's state ("Comments are closed");
- the newsroom asking for news tips ("Got a news tip or want to contact us directly? Email …", misses47);
- the site selling its own service, in bold or italics under the story (`is_site_plug`, holdout15);
- in Chinese and Japanese: a prompt to scroll on ("請繼續下滑閱讀"), a rights notice ("本網站之文字…
  非經授權，不得轉載"), a prompt that follows "liked this article?" ("喜欢这篇文章？去 App 商店搜 …").

Each is said to the reader ("you", "please", an imperative) or is a fixed formula; a story that
reports someone else's appeal ("The shelter asked residents to consider a donation.") is none.
Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from l10n.ingest.fields import match_key, word_count
from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.regex_gate import GateGroup, gated_compile

if TYPE_CHECKING:
    from l10n.model import Block

MAX_APPEAL_WORDS = 40
MAX_CJK_APPEAL_CHARS = 80  # Chinese and Japanese lines have no spaces to count words by
_DONATION = gated_compile(
    r"\bplease (?:consider )?(?:making a (?:donation|gift)|donating|giving)\b"
    r"|\bthank(?:s| you) for (?:donating|your (?:donation|gift|support))\b"
    r"|\byour (?:gift|donation|support) (?:pays|helps|keeps|makes|funds)\b"
    # misses34: the appeal said of the reader's gifts in the plural, with what kind ("Your one-off or monthly
    # donations play a crucial role in supporting our operations"), and the box's heading saying whom the
    # story is paid by ("This story is funded by readers like you", public media's "viewers like you")
    r"|\byour (?:[\w-]+ (?:or [\w-]+ )?)?(?:gifts|donations|contributions) (?:pay|help|keep|make|fund|play|allow)\b"
    r"|\b(?:funded|supported|made possible|paid for) by (?:readers|listeners|viewers|members|supporters) like you\b"
    r"|\b(?:donate|give) (?:now|today)\b"
    r"|(?:^|[.!?]\s+)(?:donate|give) to (?:[\w.'’&-]+ ){1,3}(?:now|today)[.!]"  # misses32: "… Donate to JTA now."
    # misses39b: the imperative naming the way to give, opening a sentence (holdout39's CNX Software: "Support CNX
    # Software! Donate via cryptocurrencies, become a Patron on Patreon, or purchase goods on Amazon …")
    r"|(?:^|[.!?]\s+)donate (?:via|through|using) ",
    re.IGNORECASE,
)
# holdout22: the site asking to be supported in the reader's language ("Dann unterstützen Sie uns bitte mit einer
# Spende", "soutenez-nous par un don", "apóyanos con una donación", "sostienici con una donazione", "steun ons met
# een gift"); not within quotation marks, where the story reports someone's appeal (review22a)
_DONATION_TO_US = gated_compile(
    r"\b(?:unterstützen sie uns|unterstütze uns)\b[^.!?]{0,30}\bspende\b"
    r"|\bsoutenez-nous\b[^.!?]{0,30}\bdon\b|\b(?:apóyanos|ayúdanos)\b[^.!?]{0,30}\b(?:donación|donativo)\b"
    r"|\b(?:sostienici|aiutaci)\b[^.!?]{0,30}\bdonazione\b|\bsteun ons\b[^.!?]{0,30}\b(?:gift|donatie)\b",
    re.IGNORECASE,
)
_QUOTATION_MARKS = frozenset('"„“”«»‘’‚‹›')
# …or the newsletter named first (holdout31's Hechinger Report: "Related: Our free weekly newsletter alerts you to
# what research says about schools and classrooms."), the reader in the same sentence; or offered in an imperative
# opening a sentence (misses32, holdout29's JTA: "Need to know? Get JTA's free e-newsletters!"), and the prompt to
# log in to write to the site ("Click to login and write a letter to the editor …"); misses44: a newsletter named,
# then the offer to send it as the next sentence ("The Booklist is a weekly newsletter for book lovers from books
# editor Jason Steger. Get it delivered every Friday.", holdout43's Herald under a review, the offer its sign-up link)
_NEWSLETTER_TO_READER = gated_compile(
    r"\byou(?:r)?\b.*\bour\b[^.!?]{0,40}\bnewsletters?\b|\bour\b[^.!?]{0,40}\bnewsletters?\b[^.!?]*\byou(?:r)?\b"
    r"|\bnewsletters?\b[^!?]*[.!?]\s+(?:get|have) (?:it|them|yours) (?:delivered|sent)\b"
    r"|(?:^|[.!?]\s+)get (?:[\w'’.-]+ ){0,3}free (?:[\w-]+ ){0,2}?(?:e-?)?newsletters?\b"
    r"|(?:^|[.!?]\s+)click (?:here )?to (?:log ?in|sign ?in)\b",
    re.IGNORECASE,
)
# misses47: the newsroom asking its reader for news tips, a question opening the line or an imperative ("Got a news tip
# or want to contact us directly? Email news@gamespot.com", holdout47's GameSpot under its story; "Have a story tip?",
# "Send us your tips"); not within quotation marks, where the story reports someone's appeal
_TIP_OFFER = gated_compile(
    r"(?:^|[.!?]\s+)(?:got|have|do you have) (?:a |any )?(?:news |story )tips?\b[^.!?]{0,60}\?"
    r"|(?:^|[.!?]\s+)(?:got|have|do you have) (?:a |any )?tips?\?\s*(?:e-?mail|contact|write to|send)\b"
    r"|(?:^|[.!?]\s+)send (?:us (?:your )?|your )(?:news |story )?tips?\b",
    re.IGNORECASE,
)
_APPEAL_PHRASES = GateGroup(_DONATION, _NEWSLETTER_TO_READER, _DONATION_TO_US, _TIP_OFFER)  # `is_site_appeal`'s
_COMMENTS_STATE = re.compile(
    r"^\W*(?:comments? (?:are|is) (?:now )?(?:closed|disabled|off)|commenting (?:is )?(?:closed|disabled)"
    r"|kommentare (?:sind )?geschlossen|les commentaires sont fermés|comentarios cerrados)\W*$",
    re.IGNORECASE,
)
# "請繼續下滑閱讀" (please scroll on to read), "繼續閱讀", "下にスクロールして続きを読む".
# A Chinese site's offer of its paper by text message: subscribe ("订") by sending a code to a number ("移动发KTDBW到
# 10658333": China Mobile's users text KTDBW to 10658333), the carriers' numbers one after another; a story telling of
# such a service quotes no code to send.
_SMS_ORDER = re.compile(r"(?:发|發)(?:送)?\s*[A-Za-z0-9]{2,12}\s*(?:到|至)\s*\d{5,}")
MAX_SMS_ORDER_CHARS = 200
_SCROLL_ON = re.compile(r"^\W*(?:請|请)?(?:繼續|继续)(?:下滑|往下)?(?:閱讀|阅读)\W*$|^\W*下にスクロール")
# Rights notices: "非經授權，不得轉載" (not to be reproduced without authorisation), "版权所有", "無断転載を禁じます".
_CJK_RIGHTS = gated_compile(
    r"(?:非經|未經|未经|非经)(?:授權|授权|同意|許可|许可)[，,、\s]*(?:不得|禁止)(?:轉載|转载)"
    r"|版權所有|版权所有|無断(?:転載|転用|複製)"
)
# misses44: a ban on reprints, commercial ones or any, on a line that is no sentence ("原创版权禁止商业转载 授权>>",
# holdout43's CNR under its story: original work, commercial reprints forbidden, a link to ask for a licence; "谢绝
# 转载"); a story's sentence reporting such a ban ends with its full stop ("法院判决该网站不得转载原告的作品。").
_CJK_REPRINT_BAN = gated_compile(r"(?:禁止|不得|谢绝|謝絕|严禁|嚴禁)(?:商业|商業|任何)?(?:转载|轉載)")
# misses32: a box the site labels its copyright or disclaimer statement ("版权声明： ・凡注明来源为"南海网"的所有文字…版权
# 均属南海网所有。…", hinews.cn under its story), whatever its length: the label says what the box is.
_CJK_STATEMENT = re.compile(r"^\W*(?:版权声明|版權聲明|免责声明|免責聲明)\s*[:：]")
# "喜欢这篇文章？去 App 商店搜 好奇心日报" (liked this article? search the App Store for …): a prompt.
_LIKED_THIS = re.compile(r"^\W*(?:喜欢|喜歡)(?:这|這)(?:篇|个|個)(?:文章|报道|報導|内容|內容)")


# Holdout7: a call to subscribe or follow in Japanese, Chinese or Korean, which set the verb last;
# not "登録してください" alone (register…), which a story may print as the public's instruction
# ("週刊アスキーの最新情報を購読しよう", subscribe to our latest news; "チャンネル登録してください";
# "歡迎訂閱我們", "구독하세요"): the English "Subscribe to …" of `furniture.is_site_talk`.
_CJK_CALL = gated_compile(
    r"(?:購読|フォロー|チャンネル登録|いいね)(?:しよう|して(?:ください|下さい|ね)|をお願いします|お願いします)[!！。]?$"
    r"|^\W*(?:欢迎|歡迎)?(?:关注|關注|订阅|訂閱)(?:我们|我們)|(?:구독|팔로우)(?:하세요|해\s*주세요)[!.]?$"
)
_CJK_PHRASES = GateGroup(_CJK_RIGHTS, _CJK_CALL, _CJK_REPRINT_BAN)  # `is_site_appeal`'s for a short line (pagespeed28)
# A line sending its reader to more stories through a link that is only "here" ("Para ver más
# noticias escalofriantes ingrese AQUÍ", "For more stories click HERE", "Plus d'actualités ICI"):
# the words name no story, the link names no place (WCAG 2.4.4's "click here").
_HERE = re.compile(r"^\W*(?:here|aquí|aqui|acá|ici|hier|qui|здесь|тут|tutaj)\W*$", re.IGNORECASE)
_MORE_STORIES = gated_compile(
    r"\b(?:more|más|mas|plus d.|mehr|mais|altre|più)\s+(?:\w+\s+)?(?:news|stories|articles|noticias|notas"
    r"|artículos|actualités|infos|nachrichten|artikel|notícias|matérias|notizie|articoli)\b",
    re.IGNORECASE,
)
MAX_HERE_LINE_WORDS = 20


def is_more_here_line(block: Block) -> bool:
    """A short line offering more stories whose link is only "here" (see `_HERE`); a story's own
    sentence with a "here" link ("The full report is here.") offers no more stories.

    >>> from l10n.model import Block, InlineMarkup
    >>> line = Block("paragraph", "Para ver más noticias escalofriantes ingrese AQUÍ", markup=[InlineMarkup(45, 49, "a")])
    >>> own = Block("paragraph", "The court's ruling is here.", markup=[InlineMarkup(22, 26, "a")])
    >>> is_more_here_line(line), is_more_here_line(own)
    (True, False)
    """
    if word_count(block.text, MAX_HERE_LINE_WORDS) > MAX_HERE_LINE_WORDS or not _MORE_STORIES.search(block.text):
        return False
    return any(m.tag == "a" and _HERE.match(block.text[m.start : m.end]) for m in block.markup)


# misses37: the link closing a teaser's summary, its call to read the story it sums up ("Mashreq Neo to offer secure,
# convenient and personalised customer... <a>READ MORE</a>", Khaleej Times' "More from" list): the phrase alone
# as the link's text, at the block's end.
_READ_MORE = re.compile(
    r"^\W*(?:read (?:more|the full (?:story|article))|continue reading|lire la suite|en savoir plus|leer m[aá]s"
    r"|seguir leyendo|leia mais|continue lendo|weiterlesen|mehr lesen|leggi (?:tutto|di più)|czytaj (?:więcej|dalej)"
    r"|lees meer|читать (?:далее|дальше)|подробнее)\W*$",
    re.IGNORECASE,
)
MAX_TEASER_WORDS = 40


def is_read_more_teaser(block: Block) -> bool:
    """A short block whose last link, closing it, says only "read more" (see `_READ_MORE`): a teaser's summary and
    its link to the story; a story's sentence whose link says more ("read more about the ruling") stays.

    >>> from l10n.model import Block, InlineMarkup
    >>> teaser = Block("list_item", "Ferries to resume on Friday... READ MORE", markup=[InlineMarkup(31, 40, "a")])
    >>> prose = Block("paragraph", "The court ruled on Monday; read more in its report.", markup=[InlineMarkup(27, 50, "a")])
    >>> is_read_more_teaser(teaser), is_read_more_teaser(prose)
    (True, False)
    """
    links = [mark for mark in block.markup if mark.tag == "a"]
    if not links or word_count(block.text, MAX_TEASER_WORDS) > MAX_TEASER_WORDS:
        return False
    last = max(links, key=lambda mark: mark.end)
    if block.text[last.end :].strip(" .…»›→"):
        return False  # text after the link: the link does not close the block
    return bool(block.text[: last.start].strip()) and bool(_READ_MORE.match(block.text[last.start : last.end]))


# holdout8: a lone imperative to subscribe closing a short box ("Las noticias locales nunca fueron tan
# importantes<br>SUSCRIBITE"): the site's offer; a story's sentence about subscribing ends as one.
_SUBSCRIBE_LINE = re.compile(
    r"^\W*(?:suscr[ií]bite|suscr[ií]bete|suscr[ií]base|subscribe(?: now| today)?|abonnez-vous|assine(?: já)?"
    r"|abbonati|(?:jetzt )?abonnieren)\W*$",
    re.IGNORECASE,
)
MAX_SUBSCRIBE_BOX_WORDS = 20


def is_subscribe_box(block: Block) -> bool:
    """A short block whose last line is only an imperative to subscribe (see `_SUBSCRIBE_LINE`).

    >>> from l10n.model import Block, InlineMarkup
    >>> box = Block("paragraph", "Las noticias locales nunca fueron tan importantes SUSCRIBITE", markup=[InlineMarkup(49, 49, "br", void=True)])
    >>> is_subscribe_box(box), is_subscribe_box(Block("paragraph", "Readers were urged to subscribe."))
    (True, False)
    """
    if word_count(block.text, MAX_SUBSCRIBE_BOX_WORDS) > MAX_SUBSCRIBE_BOX_WORDS:
        return False
    breaks = [m.start for m in block.markup if m.tag == "br"]
    last = block.text[max(breaks, default=0) :]
    return bool(_SUBSCRIBE_LINE.match(last)) and (bool(breaks) or len(block.text.split()) <= 2)


MAX_NEXT_TITLE_CHARS = 40


def is_next_story_title(blocks: list[Block], index: int) -> bool:
    """The line right under a prompt to scroll on ("請繼續下滑閱讀"), short and no sentence: the
    title of the next story the page loads below (holdout6's cna: "郭台銘質疑缺蛋 綠委：養雞非
    iPhone生產線"); a story that goes on under such a prompt goes on with a sentence.

    >>> from l10n.model import Block
    >>> next_story = [Block("paragraph", "請繼續下滑閱讀"), Block("paragraph", "郭台銘質疑缺蛋 綠委：養雞非iPhone生產線")]
    >>> goes_on = [Block("paragraph", "請繼續下滑閱讀"), Block("paragraph", "農委會表示，蛋價維持穩定。")]
    >>> is_next_story_title(next_story, 1), is_next_story_title(goes_on, 1)
    (True, False)
    """
    text = blocks[index].text.strip()
    return (
        index > 0
        and bool(_SCROLL_ON.match(blocks[index - 1].text.strip()))
        and len(text) <= MAX_NEXT_TITLE_CHARS
        and not ends_as_sentence(text, cjk=True)
    )


def is_site_appeal(text: str) -> bool:
    """The line is the site asking its reader something (see the module docstring).

    >>> is_site_appeal("If you found the reporting above valuable, please consider making a donation to support it.")
    True
    >>> is_site_appeal("The shelter asked residents to consider making a donation to help the animals.")
    False
    >>> is_site_appeal("Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.")
    True
    >>> is_site_appeal("Das Tierheim bat die Anwohner, es mit einer Spende zu unterstützen.")
    False
    >>> is_site_appeal("Related: Our free weekly newsletter alerts you to what research says about schools.")
    True
    >>> is_site_appeal("Our weekly newsletter was cut to save money, the union told its members.")
    False
    >>> is_site_appeal("請繼續下滑閱讀"), is_site_appeal("Comments are closed"), is_site_appeal("Comments closed the debate.")
    (True, True, False)
    >>> is_site_appeal("Need to know? Get JTA's free e-newsletters!"), is_site_appeal("Readers can get the free newsletter by mail.")
    (True, False)
    >>> is_site_appeal("The Booklist is a weekly newsletter for book lovers. Get it delivered every Friday.")
    True
    >>> is_site_appeal("The newsletter's editor told the printers: get it delivered by Friday.")
    False
    >>> is_site_appeal("This story is funded by readers like you"), is_site_appeal("The museum is funded by the city.")
    (True, False)
    >>> is_site_appeal("Your one-off or monthly donations play a crucial role in supporting our operations.")
    True
    >>> is_site_appeal("Donate to JTA now."), is_site_appeal("Click to login and write a letter to the editor.")
    (True, True)
    >>> is_site_appeal("The fund asked residents to donate to the shelter now that winter is near.")
    False
    >>> is_site_appeal("Support Harbour News! Donate via PayPal, or buy a mug."), is_site_appeal("They donate via PayPal.")
    (True, False)
    >>> is_site_appeal("版权声明： ・凡注明来源为“南海网”的所有文字，版权均属南海网所有。"), is_site_appeal("他发表了版权声明。")
    (True, False)
    >>> is_site_appeal("原创版权禁止商业转载 授权>> 转载申请事宜以及报告非法侵权行为，请联系我们：010-56807194")
    True
    >>> is_site_appeal("法院判决该网站不得转载原告的作品。")
    False
    >>> is_site_appeal("Got a news tip or want to contact us directly? Email news@gamespot.com")
    True
    >>> is_site_appeal("Police got a tip on Monday and searched the harbour."), is_site_appeal("“Have any tips?” she asked.")
    (False, False)
    >>> is_site_appeal("Got a tip? Email Ann Lee at ann@example.com."), is_site_appeal("Do you have any tips for new runners?")
    (True, False)
    >>> is_site_appeal("订东北网彩信手机报，移动发KTDBW到10658333。"), is_site_appeal("用户订购套餐后，发短信到10086查询。")
    (True, False)
    """
    stripped = text.strip()
    if _CJK_STATEMENT.match(stripped):
        return True
    if len(stripped) <= MAX_SMS_ORDER_CHARS and ("订" in stripped or "訂" in stripped) and _SMS_ORDER.search(stripped):
        return True  # misses50b: "订东北网彩信手机报，移动发KTDBW到10658333，…" (holdout50's 东北网, over its story)
    if word_count(stripped, MAX_APPEAL_WORDS) <= MAX_APPEAL_WORDS:
        phrases = _APPEAL_PHRASES.may_match(stripped)  # one search for the three gated patterns' phrases
        if phrases and (_DONATION.search(stripped) or _NEWSLETTER_TO_READER.search(stripped)):
            return True
        if _COMMENTS_STATE.match(stripped):
            return True
        if phrases and _DONATION_TO_US.search(stripped) and _QUOTATION_MARKS.isdisjoint(stripped):
            return True
        if phrases and _TIP_OFFER.search(stripped) and _QUOTATION_MARKS.isdisjoint(stripped):
            return True
    if len(stripped) <= MAX_CJK_APPEAL_CHARS:
        cjk = _CJK_PHRASES.may_match(stripped)  # one search for the two gated patterns' phrases
        return bool(
            _SCROLL_ON.match(stripped)
            or (cjk and _CJK_RIGHTS.search(stripped))
            or (cjk and _CJK_REPRINT_BAN.search(stripped) is not None and not ends_as_sentence(stripped, cjk=True))
            or _LIKED_THIS.match(stripped)
            or (cjk and _CJK_CALL.search(stripped))
        )
    return False


EMPHASISED_SHARE = 0.9  # of a block's text in bold or italics: set apart from the story's running text
_TO_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)


def is_site_plug(block: Block, sites: frozenset[str]) -> bool:
    """A short paragraph set whole in bold or italics that names the site and speaks to the reader
    (holdout15's informationweek: "***Get Your Dream Job**. Use InformationWeek's hosted, searchable
    job board to land your next gig in tech. Start your search here.*"): the site selling its own
    service under the story. An emphasised note naming the site but not the reader (an editor's
    update), or speaking to the reader without the site (a helpline), is the story's.

    >>> from l10n.model import Block, InlineMarkup
    >>> plug = "Use InformationWeek's job board to land your next gig."
    >>> note = "This story was updated by InformationWeek's editors on May 25."
    >>> [is_site_plug(Block("paragraph", text, markup=[InlineMarkup(0, len(text), "em")]), frozenset({"informationweek"}))
    ...  for text in (plug, note)]
    [True, False]
    """
    if is_partner_lines(block):
        return True  # misses39: "Точная <a>погода в Харькове</a> на Sinoptik.ua.<br>…"
    if is_site_tagline(block.text, sites) or is_site_banner(block.text):
        return True  # misses50b: Orissa Diary's header cells, its slogan and a sister site's banner
    text = block.text.strip()
    if not sites or not text or word_count(text, MAX_APPEAL_WORDS) > MAX_APPEAL_WORDS or not _TO_READER.search(text):
        return False
    emphasised: set[int] = set()
    for markup in block.markup:
        if markup.tag in ("strong", "b", "em", "i"):
            emphasised.update(range(markup.start, markup.end))
    if len(emphasised) < EMPHASISED_SHARE * len(block.text.strip()):
        return False
    words = set(re.findall(r"\w+", text.lower()))
    return any(site in words for site in sites)


MAX_TAGLINE_WORDS = 20
_BAR = re.compile(r"\s+\|\s+")


def is_site_tagline(text: str, sites: frozenset[str]) -> bool:
    """A short line of fields parted by bars, one of which opens with the site's name (`furniture.page_sites`), and
    those before the last names (title-cased): the site's slogan and keywords as its header sets them (misses50b: holdout50's
    Orissa Diary, "Orissa Current News | Orissa Diary, Latest News Orissa, News Headlines, and more." in a cell over its
    story). A story's line names the site in a sentence, not in a field of its own.

    >>> line = "Orissa Current News | Orissa Diary, Latest News Orissa, News Headlines, and more."
    >>> is_site_tagline(line, frozenset({"orissadiary"})), is_site_tagline(line, frozenset({"sambad"}))
    (True, False)
    >>> is_site_tagline("The police said | Orissa Diary reported it first.", frozenset({"orissadiary"}))
    False
    """
    if "|" not in text or word_count(text, MAX_TAGLINE_WORDS) > MAX_TAGLINE_WORDS:
        return False
    fields = [field.strip() for field in _BAR.split(text.strip())]
    if len(fields) < 2 or any(not field or not _is_title_cased(field) for field in fields[:-1]):
        return False  # the fields before the last are names ("Orissa Current News"), not a sentence's words
    keys = [key for key in sites if len(key) >= MIN_SITE_KEY]
    return any(match_key(field).startswith(key) for field in fields for key in keys)


def _is_title_cased(field: str) -> bool:
    return all(not word[:1].isalpha() or word[:1].isupper() for word in field.split())


MIN_SITE_KEY = 5  # letters of a site's name before a field opening with them names it
MAX_BANNER_WORDS = 25
_ADDRESS_END = re.compile(r"\b(?:www\.)?(?P<name>[A-Za-z][\w-]{4,})\.[a-z]{2,6}\s*$")


def is_site_banner(text: str) -> bool:
    """A short line opening with a site's name in words and ending with its address, the same letters run together
    ("India Education Diary Get Education News from India, Exam, Admission, Edu News & Career IndiaEducationDiary.in",
    holdout50's Orissa Diary, its sister site's banner in its header: misses50b): an advertisement for that site. A
    sentence naming a site and its address ("Ann Lee wrote on Harbour Daily, at harbourdaily.com") opens otherwise.

    >>> is_site_banner("India Education Diary Get Education News from India, Exam IndiaEducationDiary.in")
    True
    >>> is_site_banner("Results were posted on India Education Diary, IndiaEducationDiary.in")
    False

    A venue's listing under a review names its address and telephone: the story's (chicagoreader's "Sauce and Bread
    Kitchen 6338 N. Clark (773) 942-6384 sauceandbread.com").

    >>> is_site_banner("Sauce and Bread Kitchen 6338 N. Clark (773) 942-6384 sauceandbread.com")
    False
    """
    found = _ADDRESS_END.search(text)
    if found is None or word_count(text, MAX_BANNER_WORDS) > MAX_BANNER_WORDS or any(c.isdigit() for c in text):
        return False  # a listing's street and telephone ("Sauce and Bread Kitchen 6338 N. Clark (773) 942-6384 …")
    name = match_key(found["name"])
    opening = ""
    for word in text.split():
        opening += match_key(word)
        if opening == name:
            return True
        if not name.startswith(opening):
            return False
    return False


def is_partner_lines(block: Block) -> bool:
    """A paragraph linking to several other sites, most of which it names by their addresses ("Точная <a
    href="http://sinoptik.ua/…">погода в Харькове</a> на Sinoptik.ua. Читайте свежие <a href="http://www.ukr.net/">
    новости</a> Украины в ленте Ukr.net. <a href="http://job.ukr.net/">Работа</a> в Украине от JOB.ukr.net…",
    holdout37's Podrobnosti, a "Links" box of its partners' services beside the story): the partners' plugs. A story's
    sentence citing a site names one or two (a blog's paragraph on "Bundesstadt.com" and "BonnerBlogs.de", linking a
    third it does not name, is moritz-meyer.net's story).

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "Weather in Leeds on Skycast.com. Jobs from Jobsite.net. Films on Filmly.org."
    >>> hrefs = ((11, 16, "http://skycast.com/leeds"), (33, 37, "http://www.jobsite.net/"), (56, 61, "http://filmly.org/"))
    >>> marks = [InlineMarkup(start, end, "a", attrs=(("href", href),)) for start, end, href in hrefs]
    >>> is_partner_lines(Block("paragraph", text, markup=marks)), is_partner_lines(Block("paragraph", text, markup=marks[:2]))
    (True, False)
    """
    if block.role != "paragraph" or sum(mark.tag == "a" for mark in block.markup) < MIN_PARTNER_SITES:
        return False  # fewer links than sites to name: no address is parted (nearly every block)
    hosts = {
        host
        for mark in block.markup
        if mark.tag == "a"
        for host in [(urlsplit(dict(mark.attrs).get("href") or "").hostname or "").lower()]
        if host
    }
    if len(hosts) < MIN_PARTNER_SITES:
        return False
    addresses = {found.lower() for found in _ADDRESS.findall(block.text)}
    named = sum(any(host == address or host.endswith("." + address) for address in addresses) for host in hosts)
    return named >= MIN_PARTNER_SITES and named * PARTNER_SHARE_DENOMINATOR >= len(hosts) * PARTNER_SHARE_NUMERATOR


MIN_PARTNER_SITES = 3  # sites linked and named by address (a blog naming two of the three it links: its story)
PARTNER_SHARE_NUMERATOR, PARTNER_SHARE_DENOMINATOR = 2, 3  # of the sites linked that the text names by address
_ADDRESS = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b", re.IGNORECASE)
