"""Short lines of a saved page that are the site's notes around the story, not the story
(holdout11's blind run, 30 Nov 2026): the rules of its comment section, the label over an
advertisement, a line pointing to another story whose link the saved copy lost, the site's
newsletter appeal closing a paragraph, a rights line naming the site before its year, and the
site's own post embedded as a quote (`own_posts`: a tweet of its account promoting its offers);
holdout24 added the site's contact directory, a table of labelled e-mail links (`contact_tables`).
holdout14 added the pointer to the comments below ("(puedes comentar esta información más
abajo)"), the call to watch the video embedded under it ("Yuk, Simak Juga Video ini!"), and
such notes as the last lines of a paragraph of the story, after a line break
(`without_closing_notes`: "…tegasnya. (boy/jpnn)<br><br>Yuk, Simak Juga Video ini!", mk.co.kr's
"<br>[ⓒ 매일경제 & mk.co.kr, 무단전재 및 재배포 금지]"). holdout15 added a call to subscribe ("Get the
latest in martech by subscribing to MarTech Today.") and the notice of an old story's age ("This article
is more than 1 year old"). holdout17 added a box of lines headed by a related-story label
(`is_related_box`: "**Artículos relacionados**<br>• … <a>45 proyectos…</a>") and the writer's bio
under the story (`without_writer_bio`: "Syeda Noshin Sharmily is pursuing her bachelor’s…"). Session 21
added a Chinese newsroom's editor credit ("责任编辑：屈运栩", "【编辑：姚昊】", or run onto the last
sentence: "…緩解。（編輯：蘇龍麒）1120221"): who edited the copy at the source; its source line ("来源：…")
and the original title of a story it carries ("原标题：…") are attribution, and stay.

Each is read from the line's words alone, so each is narrow: a sentence of the story that
mentions comments, advertising, newsletters or copyright says more than the note does (see the
near misses in the doctests and `tests/test_ingest_rules10.py`). `page.py` drops a block one of
them matches (`is_site_note`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.byline import FILED_UNDER, ORGANISATION_WORDS
from l10n.ingest.fields import marks_before, marks_from, match_key
from l10n.ingest.furniture import (
    ALL_LINK_SHARE,
    ends_as_sentence,
    first_line,
    is_site_mark,
    is_site_talk,
    related_label_end,
)
from l10n.ingest.page_main import is_link_row
from l10n.ingest.regex_gate import GatedPattern, GateGroup, gated_compile

if TYPE_CHECKING:
    from l10n.model import Block

# The comment section's rules ("Note: we are temporarily moderating all comments…", "ATENÇÃO:
# Comentários … ao usuário não serão aprovados pelo moderador"): comments, their moderation or
# approval, said to the reader or by the site ("we", "you", "usuário").
_COMMENTS = gated_compile(
    r"\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti|reacties)\b", re.IGNORECASE
)
_MODERATION = gated_compile(
    r"\b(?:moderat\w*|approv\w*|aprovad\w*|aprobad\w*|approuv\w*|freigeschaltet|spam|moderador\w*|modérat\w*)", re.I
)
_ADDRESSED = re.compile(
    r"\b(?:we|our|us|you|your|usuári[oa]s?|usuari[oa]s?|leitor\w*|lector\w*|nous|vous|wir|noi|voi)\b", re.I
)
# …and its disclaimer: the comments are their writers' opinion, not the site's ("El contenido de los
# comentarios es la opinión de los usuarios…", "Comments are the responsibility of their authors").
_COMMENT_DISCLAIMER = gated_compile(
    r"\b(?:comments?|comentários?|comentarios?|commentaires?|kommentare?|commenti)\s+(?:are|es|son|é|são|sont|sind|sono)"
    r"\b.{0,40}?\b(?:opinions?|opinión|opinião|opinioni|meinung|responsab\w*|verantwortung)\b.{0,30}?"
    r"\b(?:users?|usuári[oa]s|usuari[oa]s|authors?|autor(?:es)?|auteurs?|autori|readers?|lectores|leitores|internautas)\b"
    # misses48: the site bearing no responsibility for what the comments say ("* Администрация сайта не несет
    # ответственности за содержание сообщений, публикуемых в комментариях к материалам.", holdout48's Банкфакс)
    r"|\bне\s+нес[её]т\s+ответственност\w*\s+за\s+[^.]{0,60}?\bкомментари\w*",
    re.IGNORECASE,
)
MAX_NOTE_WORDS = 40
# The call to comment, and the section's label ("Tell us what YOU think...", "Comments", "27 Comments", "0 Total
# Comments"); the call to log in to comment (misses52b: Hudson Hub-Times's "Login above or Register to comment.").
_COMMENT_CALL = re.compile(
    r"^\W*(?:tell us what you think|(?:leave|post|add|write) a (?:comment|reply)|join the (?:discussion|conversation)"
    r"|(?:log\s*in|sign\s*in|register)(?:\s+(?:above|below|here))?(?:\s+(?:or|and)\s+(?:log\s*in|sign\s*(?:in|up)"
    r"|register))?\s+to\s+(?:comment|post\s+a\s+comment|reply)"
    r"|(?:\d+\s+)?(?:total\s+)?comments?|deixe (?:seu|o seu|um) comentário|deja (?:tu|un) comentario)\W*$",
    re.IGNORECASE,
)
# A pointer to the comment section under the story ("(puedes comentar esta información más abajo)",
# "Comment below", "Kommentieren Sie unten"): a verb of commenting, then "below" ending the line.
_COMMENT_BELOW = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:comment\w*|comenta\w*|coment[aá]\w*|commentez|kommentier\w*|comment[ai]\w*)\b[^.!?]{0,40}?"
    r"\b(?:below|down below|(?:más |mas )?abajo|(?:mais )?abaixo|ci-dessous|(?:weiter )?unten|qui sotto)\W*$",
    re.IGNORECASE,
)
MAX_POINTER_WORDS = 10
# The site asking its reader to report a typo by selecting it and pressing Ctrl+Enter (a widget of
# Russian-language sites, Orphus and its like: "Обнаружили ошибку на сайте? Выделите фрагмент текста с
# ошибкой и нажмите Ctrl + Enter.", holdout27's Interfax): an error or typo named, then the keys, opening the line.
_TYPO_REPORT = re.compile(
    r"^[^.!?]{0,40}\b(?:ошибк\w*|опечатк\w*|помилк\w*|typo\w*|errors?|mistakes?|fehler\w*)\b.{0,80}?\bctrl\s*\+\s*enter\b",
    re.IGNORECASE,
)
# The call to watch the video the page embeds under it ("Yuk, Simak Juga Video ini!", "Watch the video
# below:", "Mira el vídeo"): a short line that opens with the call; a sentence about a video says more.
_VIDEO_CALL = re.compile(
    r"^\W*(?:(?:yuk|ayo|mari)\W+)?(?:simak|tonton|saksikan)(?:lah)?\s+(?:juga\s+)?video\b"
    r"|^\W*(?:watch|see)\s+(?:the|this|our)\s+(?:full\s+)?video\b|^\W*(?:mira|vea|ve|mirá)\s+(?:el|este)\s+v[ií]deo\b"
    r"|^\W*(?:regardez|voir)\s+(?:la|cette)\s+vidéo\b|^\W*(?:assista|veja)\s+(?:ao|o)\s+vídeo\b"
    r"|^\W*(?:sehen|schauen)\s+sie\s+(?:hier\s+)?(?:das|dieses|im)\s+video\b|^\W*guarda\s+il\s+video\b",
    re.IGNORECASE,
)
# The label a page sets over an advertisement ("Advertisement", "Sponsored links", "スポンサードリンク",
# holdout14's "Noticia patrocinada": sponsored news).
_AD_LABEL = re.compile(
    r"^\W*(?:advertisements?|sponsored(?: (?:links?|content|stories|news|posts?))?|anzeige|publicidad|publicidade|pubblicità"
    r"|noticias? patrocinadas?|contenidos? patrocinados?"
    r"|スポンサー(?:ド)?\s*リンク|広告)\W*$",
    re.IGNORECASE,
)
# misses44: the placeholder a script replaces with a box's content once it loads ("Загрузка...", CA-NEWS's side box;
# "Loading…", "Cargando...", "加载中…"), and the label of a box of past issues whose calendar a script draws ("архив"
# over an empty `<div id="rcalendar">`): a line alone, the site's, as an advertisement's label is.
# misses50b: "Загружается, подождите..." ("loading, please wait", holdout50's ПЛН, under its box's "Интересные новости")
_LOADING = (
    r"(?:loading|загрузка|загружается|завантаження|cargando|carregando|chargement(?: en cours)?|wird geladen|lädt"
    r"|caricamento(?: in corso)?|ładowanie|φόρτωση|yükleniyor|加载中|載入中|読み込み中|로딩\s*중)"
    r"(?:\W+(?:please\s+wait|(?:пожалуйста,?\s+)?подождите))?"
)
_PLACEHOLDER = re.compile(
    rf"^\W*(?:{_LOADING}|archives?|архив|архів|archiv|archivo|arquivo|archivio|archiwum)\W*$", re.IGNORECASE
)
_LOADING_LINE = re.compile(rf"^\W*{_LOADING}\W*$", re.IGNORECASE)


def is_loading_line(text: str) -> bool:
    """The text is only the placeholder a script replaces once it loads ("Loading...", "Загружается, подождите...").

    >>> is_loading_line("Загружается, подождите..."), is_loading_line("Loading the ferries took an hour.")
    (True, False)
    """
    return _LOADING_LINE.fullmatch(text.strip()) is not None


# "More: Huawei's next flagship to launch at MWC 2017": a pointer to another story, set as a label and
# its title (the saved copy lost the link); a sentence after the label ("More: the council met…") is prose.
_MORE_LABEL = re.compile(
    r"^\W*(?:more|see also|read more|related|also read|read next)\s*[:：]\s*(?P<title>\S.*)$", re.I
)
MAX_TITLE_WORDS = 15
MAX_POINTER_CHARS = 80  # a pointer's title after its label: one title, in a script that spaces no words too


def _is_related_pointer(text: str) -> bool:
    """A related-story label of any of the corpus's languages (`furniture.related_label_end`: "相关阅读", "Lire aussi",
    "Читайте также") and its colon, then one title, no sentence (`_MORE_LABEL`'s, in the other languages; misses50b,
    holdout50's 东北网: "相关阅读：韩国女主播性爱视频流出淫乱不堪A某为美女主持韩成珠", the links' text left run together).

    >>> _is_related_pointer("相关阅读：韩国女主播视频流出"), _is_related_pointer("相关阅读：专家认为，这一做法值得推广。")
    (True, False)
    >>> _is_related_pointer("Lire aussi : Le port rouvre"), _is_related_pointer("Lire aussi le rapport : il est long")
    (True, False)
    """
    end = related_label_end(text)
    title = text[end:].strip()
    label = text[:end]
    return (
        bool(end and title)
        and ("：" in label or ":" in label)
        and len(title) <= MAX_POINTER_CHARS
        and not ends_as_sentence(title, cjk=True)
    )


# The site's newsletter appeal as one sentence of a short paragraph ("… Sign up for The Water Coolest
# today to get the free daily newsletter delivered to your inbox daily."): sign up or subscribe, said
# to the reader, for a newsletter or an inbox.
# holdout12: "Get a weekly roundup in your inbox instead.": an imperative sentence, not one quoted ("“Get …").
_SIGN_UP_SENTENCE = gated_compile(
    r"(?:^|[.!?]\s+)(?:(?:sign up|subscribe)\b[^.!?]*\b(?:newsletters?|inbox)|get\b[^.!?]*\b(?:in|to) your inbox)\b",
    re.IGNORECASE,
)
# misses48: a note closing on the call alone, "Sign up here." (holdout48's POLITICO Europe: "This article is part of
# POLITICO's Global Policy Lab: Living Cities, a collaborative journalism project exploring the future of cities.
# Sign up here.", its link the call): the note is the site's, about the site's project. "Here" only: the whole-corpus
# run caught marketingland's own story paragraph closing "… I hope you join us! Register today!" on a first cut.
_SIGN_UP_CLOSE = gated_compile(r"[.!?]\s+(?:sign up|subscribe) here[.!]?\s*$", re.IGNORECASE)
# holdout15: "Stay marketing-savvy and tech-savvy. Get the latest in martech by subscribing to MarTech Today.":
# a sentence opening with the call (get, stay, keep up) that the reader answers by subscribing or signing up.
_SUBSCRIBE_CALL = gated_compile(
    r"(?:^|[.!?]\s+)(?:get|stay|keep up)\b[^.!?\"“”]*\bby (?:subscribing|signing up)\b", re.IGNORECASE
)
# …or its subscription offer ("Get Motor Cycle Monthly delivered through your letterbox every month.
# 12 issues for £11.99."): a number of issues for a price.
_ISSUES_OFFER = gated_compile(
    r"\b\d+ (?:issues|editions|ausgaben|numéros|números)\s+(?:for|für|pour|por)\s+[£$€¥]\s?\d", re.I
)
MAX_APPEAL_WORDS = 60
# The notice over an old story ("This article is more than 1 year old", The Register's and the Guardian's):
# the page's age, as the site tells its reader, not a sentence of the story ("The bridge is more than…").
_AGE_NOTICE = re.compile(
    r"\W*(?:this|the)\s+(?:article|story|post|page)\s+is\s+(?:more|over|older)\s+than\s+(?:\d+|an?|one)\s+"
    r"(?:years?|months?)(?:\s+old)?\W*",
    re.IGNORECASE,
)
# A rights line naming the holder before the year ("copyright Inexhibit 2019 - ISSN: 2283-5474"); the holder's
# name may hold a particle and a comma may close it (misses39, holdout38's Business Recorder: "Copyright Associated
# Press of Pakistan, 2012", the agency's rights under the story it wrote)
_RIGHTS_LINE = re.compile(
    r"^\W*(?i:copyright)\s+[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|for|de|des|du|di|del)){0,5},?\s+(?:19|20)\d\d\b"
)  # a capitalised holder
MAX_RIGHTS_WORDS = 12
# rules21: a Chinese newsroom's editor credit, a line of its own under the story ("责任编辑：屈运栩 | 版面编辑：
# 刘潇(ZN028)", "（编辑：严玉洁 王辉）", "【编辑：姚昊】") or bracketed after its last sentence ("…盡全力緩解。
# （編輯：蘇龍麒）1120221", CNA's form, with its filing code): who edited and proofread the copy at the source, the
# source newsroom's furniture, not the story's attribution ("来源：…", "（资料来源：…）", "原标题：…" stay).
_EDITOR_LABEL = r"(?:(?:责任|責任|版面|实习|實習|值班)?(?:编辑|編輯)|校对|校對|责编|責編|审校|審校|编审|編審)\s*[:：]"
_EDITOR_CREDIT = (  # the label, names (letters, spaces, "·"; no sentence's comma), a staff code in brackets
    rf"[\[【（(]?\s*{_EDITOR_LABEL}\s*[\w·・][\w·・ 　_-]{{0,24}}?(?:[(（][\w-]{{1,12}}[)）])?\s*[\]】）)]?"
)
_EDITOR_LINE = re.compile(rf"{_EDITOR_CREDIT}(?:\s*[|｜]\s*{_EDITOR_CREDIT})*")
_CLOSING_EDITOR = re.compile(
    rf"(?<=[。！？」”])\s*[（(]\s*{_EDITOR_LABEL}\s*[\w·・][\w·・ 　]{{0,24}}[）)]\s*\d{{0,8}}\s*$"
)
# misses35: the same credit as a line of its own wholly in brackets, the label after the site's or desk's name and a
# space for the colon ("（松花江网编辑 孙桂芳）", the web editor of a site that carries another paper's story; "（本网编辑
# 王丽）"): the site's or desk's name ends as one does (网, 站, 报, 社, 台), the names are two to four Han letters each
# misses42: or the name first, the role after it ("(曹文明 編輯)", holdout41's cnYES under its relayed story; "（王丽
# 责任编辑）"), as Chinese sets a job after a name
_EDITOR_ROLE = r"(?:(?:责任|責任|网络|網絡|实习|實習)?(?:编辑|編輯)|责编|責編)"
_BRACKETED_EDITOR = re.compile(
    rf"[（(]\s*(?:[\u4e00-\u9fff]{{0,8}}[网網站报報社台])?{_EDITOR_ROLE}\s+"
    r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3}\s*[）)]"
    rf"|[（(]\s*[\u4e00-\u9fff·]{{2,4}}(?:\s+[\u4e00-\u9fff·]{{2,4}}){{0,3}}\s+{_EDITOR_ROLE}\s*[）)]"
)
# misses51b: the same credit in English, a line of its own after the story ("Edited by News Talk Radio's Karin Yeske.",
# holdout51's CKOM, in <em> after <br><br> closing the last paragraph): "edited by" and a name of a few words, nothing
# else (no digit: a book's "Edited by Ann Lee. Oxford, 2019" is a review's citation)
_EDITED_BY = re.compile(
    r"\W*(?:edited|editing|copy-?edited|sub-?edited)\s+by\s+(?:[^\W\d_][\w'’.-]*\s+){0,5}[^\W\d_][\w'’.-]*\W*", re.I
)
MAX_EDITOR_LINE = 80  # characters
# misses51b: the label of the site's contact links, a line alone ("Связаться с редактором", "Связаться с модератором"
# over АМИТЕЛ's ICQ numbers, holdout51; "Contact the editor", "Contact us"): the site's way to reach its staff, as a
# menu's "Contact Us" is; a sentence says whom and why ("Contact the editor of the port's paper, he said")
_CONTACT_LABEL = re.compile(
    r"\W*(?:contact\s+(?:us|the\s+(?:editors?|newsroom|moderators?|author|desk))"
    r"|связаться\s+с\s+(?:нами|редакцией|редактором|модератором|автором)|написать\s+(?:нам|в\s+редакцию|редактору)"
    r"|kontakt\s+zur\s+redaktion|contacter\s+la\s+rédaction|contactar\s+con\s+la\s+redacción)\W*",
    re.IGNORECASE,
)
# misses52b: a blog template's notice under its post pointing to the feed of the post's responses (WordPress's
# "This entry was posted on … and is filed under … You can follow any responses to this entry through the RSS 2.0
# feed", as translated: holdout52's Вечерние новости, "Новость была оставлена … в категории Экономика. Вы можете
# читать ответы и комментарии к этой новости через RSS 2.0."): a line that names an RSS or Atom feed and the
# responses or comments, the feed named with its version or the word "feed" ("Atom comments" is a firm's), asked only
# of a line saying "RSS" or "Atom" (`is_site_note`). A story's sentence about feeds says more than one line of
# `MAX_APPEAL_WORDS`, or names no responses.
_FEED_NAME = re.compile(r"\b(?:RSS|Atom)(?:\s*[0-3]\.\d\b|\s+feeds?\b)", re.IGNORECASE)
_RESPONSES = re.compile(
    r"\b(?:responses?|comments?|ответ\w*|комментари\w*|відповід\w*|коментар\w*|antworten|kommentare?|réponses?|"
    r"commentaires?|respuestas?|comentarios?|respostas?|comentários?|risposte|commenti)\b",
    re.IGNORECASE,
)


# The gated patterns `is_site_note` asks first of a text (`_MODERATION` only after `_COMMENTS`), each under a
# length: one search for all their phrases, in a text no longer than the longest of those (pagespeed28).
_NOTE_PHRASES = GateGroup(
    _COMMENTS, _COMMENT_DISCLAIMER, _SIGN_UP_SENTENCE, _ISSUES_OFFER, _SUBSCRIBE_CALL, _SIGN_UP_CLOSE
)
MAX_PHRASE_WORDS = max(MAX_NOTE_WORDS, MAX_APPEAL_WORDS, 2 * MAX_POINTER_WORDS)
# Every case-blind pattern `is_site_note` asks first, the labels' and pointers' besides the five (`_MODERATION`,
# `_ADDRESSED` only after one of them matched): in a text of up to `MAX_PHRASE_WORDS` words, one search for all
# their phrases tells a line that can be none of those notes (dailymail's 1,148 table cells, "Aberconwy",
# "Robin Millar"), which then asks only the editor's and rights line (pagespeed28b). Gated here only: each
# pattern is asked as itself (its own gate would search a long text).
_NOTE_GATE = GateGroup(
    *map(
        GatedPattern,
        (_COMMENT_CALL, _AD_LABEL, _PLACEHOLDER, _TYPO_REPORT, _COMMENT_BELOW, _VIDEO_CALL, _MORE_LABEL, _AGE_NOTICE),
    ),
    *_NOTE_PHRASES.patterns,
)


def is_ad_label(text: str) -> bool:
    """The label over an advertisement alone ("Advertisement", "Anzeige", "スポンサードリンク").

    >>> is_ad_label("Advertisement"), is_ad_label("Advertisement revenue fell"), is_ad_label("Comment")
    (True, False, False)
    """
    return bool(_AD_LABEL.fullmatch(text))


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
    >>> is_site_note("Copyright Associated Press of Pakistan, 2012"), is_site_note("Copyright Office rules of 2012 still apply")
    (True, False)
    >>> is_site_note("Don’t have time to read about it? Get a weekly roundup in your inbox instead.")
    True
    >>> is_site_note("“Get your flu jab and check your inbox for the letter,” the NHS said in a statement.")
    False
    >>> is_site_note("This article is more than 1 year old"), is_site_note("The bridge is more than 100 years old.")
    (True, False)
    >>> is_site_note("责任编辑：屈运栩 | 版面编辑：刘潇(ZN028)"), is_site_note("（资料来源：参考消息、海外网等）")
    (True, False)
    >>> is_site_note("（松花江网编辑 孙桂芳）"), is_site_note("（他当过编辑，十年）"), is_site_note("（新华社编辑部 供稿）")
    (True, False, False)
    >>> is_site_note("(曹文明 編輯)"), is_site_note("（王丽 责任编辑）"), is_site_note("（曹文明编辑）")
    (True, True, False)
    >>> is_site_note("Edited by News Talk Radio's Karin Yeske."), is_site_note("Edited by Ann Lee. Oxford, 2019.")
    (True, False)
    >>> is_site_note("Edited by the council, the plan was cut to a page and sent back to the port's board.")
    False
    >>> is_site_note("Связаться с редактором"), is_site_note("Contact us:"), is_site_note("Contact the editor of the paper")
    (True, True, False)
    >>> is_site_note("Нашли ошибку? Выделите её и нажмите Ctrl + Enter. © Интерфакс")
    True
    >>> is_site_note("The new app sends a message when you press Ctrl+Enter, fixing an error of the old one.")
    False
    >>> is_site_note("—Staff writer Ann Lee can be reached at ann.lee@example.com."), is_site_note("Ann Lee can be reached at ann.lee@example.com.")
    (True, False)
    >>> is_site_note("Contact staff writer Ann Lee at 212-555-0100 or lee@example.org.")
    True
    >>> is_site_note("Contact with the reporter Ann Lee at the port was lost; write to desk@example.org.")
    False
    >>> is_site_note("[ Comments 0 ]   [ print version ]"), is_site_note("[RU] [EN]"), is_site_note("[1] [2]")
    (True, True, False)
    >>> is_site_note("[Ferries] resume [today]"), is_site_note("[ Comments 0 ]")
    (False, False)
    >>> is_site_note("Загрузка..."), is_site_note("архив"), is_site_note("Loading the ferries took an hour.")
    (True, True, False)
    >>> is_site_note("Posted in Economy. You can follow any responses to this entry through the RSS 2.0 feed.")
    True
    >>> is_site_note("The site's RSS feed carried the story on Monday."), is_site_note("Atom comments on the vote.")
    (False, False)
    """
    parts = text.split()
    text, words = " ".join(parts), len(parts)  # the words of the spaced-out text are these
    if not text:
        return False
    if words <= MAX_TITLE_WORDS and ("：" in text or ":" in text) and _is_related_pointer(text):
        return True  # misses50b: "相关阅读：韩国女主播性爱视频流出…", 东北网's under its story's paragraphs
    phrased = words > MAX_PHRASE_WORDS or _NOTE_GATE.may_match(text)  # False: none of the gate's patterns can match
    if phrased and (
        _COMMENT_CALL.fullmatch(text)
        or _AD_LABEL.fullmatch(text)
        or _PLACEHOLDER.fullmatch(text)
        or _TYPO_REPORT.match(text)
    ):
        return True
    if len(text) <= MAX_EDITOR_LINE and (
        _EDITOR_LINE.fullmatch(text) or _BRACKETED_EDITOR.fullmatch(text) or _EDITED_BY.fullmatch(text)
    ):
        return True  # rules21: "责任编辑：屈运栩 | 版面编辑：刘潇(ZN028)"; misses35: "（松花江网编辑 孙桂芳）"; "Edited by …"
    if words <= MAX_TITLE_WORDS and _CONTACT_LABEL.fullmatch(text):
        return True  # misses51b: "Связаться с редактором", the contact box's label
    if phrased and words <= MAX_POINTER_WORDS and (_COMMENT_BELOW.match(text) or _VIDEO_CALL.match(text)):
        return True  # holdout14: "(puedes comentar esta información más abajo)", "Yuk, Simak Juga Video ini!"
    phrases = (
        phrased and words <= MAX_PHRASE_WORDS and _NOTE_PHRASES.may_match(text)
    )  # else none of the five is searched
    if phrases and words <= MAX_NOTE_WORDS and _COMMENTS.search(text) and _MODERATION.search(text):
        if _ADDRESSED.search(text):
            return True
    if phrases and words <= MAX_NOTE_WORDS and _COMMENT_DISCLAIMER.search(text):
        return True
    more = _MORE_LABEL.match(text) if phrased else None
    if more and not ends_as_sentence(more["title"]) and len(more["title"].split()) <= MAX_TITLE_WORDS:
        return True
    appeal = phrases and words <= MAX_APPEAL_WORDS and (_SIGN_UP_SENTENCE.search(text) or _ISSUES_OFFER.search(text))
    if appeal and _ADDRESSED.search(text):  # the length first: a paragraph is not searched (pagespeed17)
        return True
    if phrases and words <= MAX_APPEAL_WORDS and _SIGN_UP_CLOSE.search(text):
        return True  # misses48: "… a collaborative journalism project exploring the future of cities. Sign up here."
    if (
        phrased
        and words <= MAX_POINTER_WORDS * 2
        and ((phrases and _SUBSCRIBE_CALL.search(text)) or _AGE_NOTICE.fullmatch(text))
    ):
        return (
            True  # holdout15: "… Get the latest in martech by subscribing to …", "This article is more than 1 year old"
        )
    if "[" in text and words <= MAX_BAR_WORDS and _BRACKET_BAR.fullmatch(text):
        return True  # misses43: "[ Комментариев 0 ] [ версия для печати ]", "[РУС] [ENG]" (holdout42's CA-NEWS)
    if ("RSS" in text or "Atom" in text) and words <= MAX_APPEAL_WORDS and _FEED_NAME.search(text):
        if _RESPONSES.search(text):
            return True  # misses52b: "… Вы можете читать ответы и комментарии к этой новости через RSS 2.0."
    if "@" in text and words <= MAX_NOTE_WORDS and _WRITER_CONTACT.match(text):
        return True  # holdout30: "—Staff writer Cam E. Kettles can be reached at cam.kettles@thecrimson.com. …"
    return words <= MAX_RIGHTS_WORDS and bool(_RIGHTS_LINE.match(text)) and not ends_as_sentence(text)


# A bar of the page's tools, each set in square brackets as old templates set their links and counts ("[ Комментариев
# 0 ] [ версия для печати ]": the comment count and the print version under holdout42's CA-NEWS story; its "[РУС]
# [ENG]" language switch; "[ Print ] [ E-mail ]"): two bracketed items or more, each a few words with a letter, and
# nothing else on the line but bars or dots between. A story's line says more outside its brackets, and a run of
# reference marks ("[1] [2]") has no letter.
_BRACKET_ITEM = r"\[\s*(?=[^\]]*[^\W\d_])[^\[\]\s]+(?:\s+[^\[\]\s]+){0,3}\s*\]"
_BRACKET_BAR = re.compile(rf"{_BRACKET_ITEM}(?:[\s|·•/]*{_BRACKET_ITEM})+")
MAX_BAR_WORDS = 16


# The writer's contact line set after the story as a dash-led sign-off, as US papers close a story ("—Staff
# writer Cam E. Kettles can be reached at cam.kettles@thecrimson.com. Follow her on X …"): the dash, who (a few
# words), "can be reached" or "contacted", and an e-mail address. A sentence of the story has no leading dash.
# …or as the imperative, with the writer's role before the name (holdout31's Hechinger Report: "Contact staff writer
# Jill Barshay at 212-678-3595, jillbarshay.35 on Signal, or barshay@hechingerreport.org."): the address in it.
_WRITER_CONTACT = re.compile(
    r"^[—–-]\s*(?:\S+\s+){1,8}?(?:can|may)\s+be\s+(?:reached|contacted)\s+(?:at|by\s+e-?mail\s+at|via)\s+\S+@\S+"
    r"|^\W*contact\s+(?:(?:staff|senior|contributing)\s+)?(?:writer|reporter|author|editor|correspondent)\s+"
    r"(?:\S+\s+){1,4}?at\s+[^@]*\S@\S",
    re.IGNORECASE,
)


MAX_CATEGORY_WORDS = 12  # a label of a few words and a few categories


def is_category_line(block: Block) -> bool:
    """A line of the post's categories or tags under it: a label naming them (`byline.FILED_UNDER`: "Filed under:",
    "Categories:", "Эта статья в категориях:", a few words before it at most) and after its colon nothing but links
    and the marks between them (misses52b: holdout52's Амур.инфо, "Эта статья в категориях:&nbsp;<a>здоровье</a>."
    under its story). A line with words or a day outside the links after the label is the stamp readers' or the
    story's ("Категория: <a>Экономика</a> | 16 января 2012 15:59", `datelines`).

    >>> from l10n.model import Block, InlineMarkup
    >>> is_category_line(Block("paragraph", "Эта статья в категориях: здоровье.", markup=[InlineMarkup(25, 33, "a")]))
    True
    >>> is_category_line(Block("paragraph", "Категория: Экономика | 16 января 2012 15:59", markup=[InlineMarkup(11, 20, "a")]))
    False
    >>> is_category_line(Block("paragraph", "Filed under: health.")), is_category_line(Block("paragraph", "Category: a new one"))
    (False, False)
    """
    text = block.text
    if ":" not in text or len(text.split(maxsplit=MAX_CATEGORY_WORDS)) > MAX_CATEGORY_WORDS:
        return False
    label = FILED_UNDER.search(text)
    if label is None or len(text[: label.start()].split()) > MAX_POINTER_WORDS // 2:
        return False
    links = [mark for mark in block.markup if mark.tag == "a" and mark.end > label.end()]
    if not links:
        return False
    inside = bytearray(len(text))
    for mark in links:
        inside[mark.start : mark.end] = b"\x01" * (mark.end - mark.start)
    return not any(char.isalnum() for at, char in enumerate(text[label.end() :], label.end()) if not inside[at])


def is_site_note_lines(block: Block) -> bool:
    """A block of a few lines parted by line breaks (`<br>`), each the site's note (`is_site_note`) once its links'
    text is left out, or a line of links alone: the comment section's foot set as loose lines (misses52b: Hudson
    Hub-Times's "Login above or <a>Register</a> to comment.<br>0 Total Comments <a>Home</a> | <a>Back</a>"). One line
    of the story's words keeps the block.

    >>> from l10n.model import Block, InlineMarkup as M
    >>> foot = Block("paragraph", "Login above or Register to comment. 0 Total Comments Home | Back",
    ...     markup=[M(15, 23, "a"), M(35, 35, "br", void=True), M(53, 57, "a"), M(60, 64, "a")])
    >>> is_site_note_lines(foot)
    True
    >>> said = Block("paragraph", "Login above or Register to comment. 0 comments were left on the plan.", markup=foot.markup[:2])
    >>> is_site_note_lines(said)
    False
    """
    text = block.text
    breaks = sorted({m.start for m in block.markup if m.tag == "br" and 0 < m.start < len(text)})
    if not breaks or len(text.split(maxsplit=MAX_NOTE_WORDS)) > MAX_NOTE_WORDS:
        return False
    outside = bytearray(b"\x01" * len(text))
    for mark in block.markup:
        if mark.tag == "a":
            outside[mark.start : mark.end] = bytes(mark.end - mark.start)
    for start, end in itertools.pairwise([0, *breaks, len(text)]):
        line = text[start:end].strip()
        unlinked = " ".join("".join(char for at, char in enumerate(text[start:end], start) if outside[at]).split())
        if line and not (is_site_note(line) or is_site_note(unlinked) or not any(c.isalnum() for c in unlinked)):
            return False
    return True


def without_closing_notes(block: Block) -> Block:
    """The block without its last lines after a line break (`<br>`) that are the site's notes or
    talk (`is_site_note`, `furniture.is_site_talk`): a CMS that sets the story as one paragraph of
    lines puts its rights line or a call to watch the video under a paragraph's last sentence (holdout14's
    mk.co.kr and jpnn), or a row of its links (`page_main.is_link_row`, misses53), or an editor's credit after the last sentence (`_CLOSING_EDITOR`). The first line always stays; a line of the story stays with all above it,
    and so does a bare web address (chicagoreader's venue listings end with the venue's site).

    >>> from l10n.model import Block, InlineMarkup
    >>> story = Block("paragraph", "The port reopened. Yuk, Simak Juga Video ini!", markup=[InlineMarkup(18, 18, "br", void=True)])
    >>> without_closing_notes(story).text
    'The port reopened.'
    >>> watch = Block("paragraph", "The port reopened. Watch the tide come in over the sea wall, he said.", markup=story.markup)
    >>> without_closing_notes(watch).text == watch.text
    True
    """
    text = block.text
    breaks = sorted({m.start for m in block.markup if m.tag == "br" and 0 < m.start < len(text)}, reverse=True)
    end = len(text)
    credit = _CLOSING_EDITOR.search(text) if "：" in text or ":" in text else None
    if credit:  # rules21: "…盡全力緩解。（編輯：蘇龍麒）1120221", the editor's credit run onto the last sentence
        end = credit.start()
    for cut in (at for at in breaks if at < end):
        line = text[cut:end].strip()
        if line and not (
            is_site_note(line) or (is_site_talk(line) and not is_site_mark(line)) or is_link_row(block, cut, end)
        ):
            break  # a bare address closing the lines is the venue's ("…(219) 937-6103<br>18thstreetdistillery.com")
        end = len(text[:cut].rstrip())
    if end == len(text):
        return block
    return replace(block, text=text[:end], markup=marks_before(block.markup, end))


# misses32: arrows before a link, the whole first line of a paragraph (">>> <a>Sprawdź, ile zarabia Grzegorz
# Lato</a><br><br>Były prezes PZPN…", holdout29's gwizdek24; "» <a>Read: the ferry timetable</a><br>…"): the site
# pointing to another story above the paragraph's sentences, as `is_related_box`'s lines do under a label.
_POINTER_ARROWS = re.compile(r"\s*(?:>{2,}|»+|►|▶|→)\s*")


def without_opening_pointer(block: Block) -> Block:
    """The block without its first line (up to the first `<br>`) when that line is arrows and a link
    (`_POINTER_ARROWS`, `furniture.ALL_LINK_SHARE` of the rest linked); a first line that says more than its
    link, or a paragraph of one line (a list of such pointers is read elsewhere), stays.

    >>> from l10n.model import Block, InlineMarkup
    >>> marks = [InlineMarkup(4, 21, "a"), InlineMarkup(21, 21, "br", void=True)]
    >>> without_opening_pointer(Block("paragraph", ">>> Who runs the port The port reopened.", markup=marks)).text
    'The port reopened.'
    >>> without_opening_pointer(Block("paragraph", ">>> Who runs the port The port reopened.", markup=marks[1:])).text
    '>>> Who runs the port The port reopened.'
    """
    line = first_line(block)
    arrows = _POINTER_ARROWS.match(line) if line else None
    if arrows is None or arrows.end() == 0:
        return block
    linked = {at for m in block.markup if m.tag == "a" for at in range(m.start, min(m.end, len(line)))}
    letters = [at for at in range(arrows.end(), len(line)) if not line[at].isspace()]
    if not letters or len(linked.intersection(letters)) < len(letters) * ALL_LINK_SHARE:
        return block
    start = len(block.text) - len(block.text[len(line) :].lstrip())
    if start >= len(block.text):
        return block
    return replace(block, text=block.text[start:], markup=marks_from(block.markup, start))


# The link closing a writer's bio under the story ("Kelly is an associate editor for InformationWeek. …
# <a>View Full Bio</a>", holdout15): the bio box; a story's "… read her <a>full bio</a>." has no verb in the link.
_BIO_LINK = re.compile(r"(?:view|read|see)\s+(?:the\s+)?full\s+(?:bio|biography|profile)\W*", re.IGNORECASE)


def ends_in_bio_link(block: Block) -> bool:
    """The block closes on a link to the writer's full bio (see `_BIO_LINK`): the writer's bio box.

    >>> from l10n.model import Block, InlineMarkup
    >>> bio = Block("paragraph", "Kelly is an editor. View Full Bio", markup=[InlineMarkup(20, 33, "a")])
    >>> story = Block("paragraph", "Read her full bio.", markup=[InlineMarkup(9, 17, "a")])
    >>> ends_in_bio_link(bio), ends_in_bio_link(story)
    (True, False)
    """
    text = block.text.rstrip()
    return any(
        markup.tag == "a" and markup.end >= len(text) and _BIO_LINK.fullmatch(text[markup.start : markup.end])
        for markup in block.markup
    )


# The signature line of an embedded post: "— 9to5Mac.com (@9to5mac) November 4, 2019" (Twitter's
# embed code writes it under the post's text, inside the same <blockquote>).
_POST_SIGNATURE = re.compile(r"^[—–-]\s*(?P<who>[^()]{1,60}?)\s*\(@(?P<handle>\w{1,30})\)")


def contact_tables(blocks: list[Block]) -> set[int]:
    """The cells of a table that is the site's contact directory: two cells or more, each a label
    and, closing it, an e-mail link (`mailto:`), nothing else (holdout24's Ethnos, under the story:
    "Πληροφορίες για διαφήμιση στην έντυπη έκδοση <a href="mailto:…">mdiamantaki@pegasus.gr</a>",
    advertising, back issues, job applications). A table of the story's holds other cells too (a
    name alone, an address alone), and a story's sentence giving an address is no table's cell.

    >>> from l10n.model import Block, InlineMarkup, TableCell
    >>> def cell(text, column, href="mailto:ads@example.org"):
    ...     return Block("cell", text, cell=TableCell(1, 0, column), markup=[InlineMarkup(len(text) - 15, len(text), "a", (("href", href),))])
    >>> sorted(contact_tables([cell("Advertising ads@example.org", 0), cell("Back issues ads@example.org", 1)]))
    [0, 1]
    >>> contact_tables([cell("Advertising ads@example.org", 0), cell("ads@example.org", 1)])
    set()
    """
    tables: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.role == "cell" and block.cell is not None:
            tables.setdefault(block.cell.table, []).append(index)
    found: set[int] = set()
    for cells in tables.values():
        if len(cells) >= CONTACT_CELLS and all(_is_contact_line(blocks[index]) for index in cells):
            titled = cells[0] > 0 and blocks[cells[0] - 1].role == "heading"  # its title ("ΕΠΙΚΟΙΝΩΝΙΑ", contact)
            found.update(cells, [cells[0] - 1] if titled else [])
    return found | {index for index, block in enumerate(blocks) if _is_contact_box(block)}


MAX_BOX_LABEL_WORDS = 3
MAX_BOX_WORDS = 30


def _is_contact_box(block: Block) -> bool:
    """A box of the site's address lines (misses43, holdout42's CA-NEWS footer: "Наш адрес:<br>Кыргызстан, г.Бишкек,
    ул. Московская 189<br><br><a href="mailto:…">news@ca-news.org</a>"): a label alone on its first `<br>` line
    (a few words and a colon: "Our address:", "Contact:"), a few lines under it, an e-mail link closing it
    (`_is_contact_line`). A story's paragraph giving an address runs its sentence on after the colon.

    >>> from l10n.model import Block, InlineMarkup
    >>> def box(text, label):
    ...     mail = InlineMarkup(len(text) - 15, len(text), "a", (("href", "mailto:ads@example.org"),))
    ...     return Block("paragraph", text, markup=[InlineMarkup(label, label, "br"), mail])
    >>> _is_contact_box(box("Our address: 1 Harbour Road, Portsea ads@example.org", 12))
    True
    >>> _is_contact_box(box("Write to the port's office at ads@example.org", 0))
    False
    """
    if "@" not in block.text:  # most blocks: no address to close them
        return False
    label = first_line(block).strip()
    return (
        label.endswith(":")
        and len(label.split(maxsplit=MAX_BOX_LABEL_WORDS)) <= MAX_BOX_LABEL_WORDS
        and len(block.text.split(maxsplit=MAX_BOX_WORDS)) <= MAX_BOX_WORDS
        and _is_contact_line(block)
    )


CONTACT_CELLS = 2


def _is_contact_line(block: Block) -> bool:
    """A label, then an e-mail link closing the block."""
    text = block.text.rstrip()
    return any(
        mark.tag == "a"
        and dict(mark.attrs).get("href", "").lower().startswith("mailto:")
        and mark.end >= len(text)
        and text[: mark.start].strip()
        for mark in block.markup
    )


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


def is_site_box(block: Block) -> bool:
    """A box of the site's set as one paragraph: a bio closing on its link (`ends_in_bio_link`,
    holdout15) or links to other stories under their label (`is_related_box`, holdout17)."""
    return ends_in_bio_link(block) or is_related_box(block)


# "About <name>" opening the boilerplate of an organisation's release: English's label, on a page of any language
# (gazetadopovo's Portuguese page closes with "About Gazeta do Povo"), and the page languages' most common (German
# "Über", French "À propos de", Spanish "Acerca de"), each a word of its own ("Überblick", "Aboutique" open none)
_ABOUT = re.compile(r"(?:(?:About|Über|À propos de|Acerca de)\s+|À propos d['’]\s*)(?P<name>\S.*)$")
# Dutch "Over" (tweakers.net's "Over Tweakers") on a Dutch page alone: on others it opens English's lines ("Over 200
# people attended", "Over Harbour Ferries' first decade<br>the fleet grew…" on harbourferries.com's page)
_DUTCH_ABOUT = re.compile(r"Over\s+(?P<name>\S.*)$")
MAX_ABOUT_NAME_WORDS = 6  # an organisation's name under its "About" label, not a sentence
MIN_SITE_KEY = 4  # a site's key this long at least to open a name ("bbc" opening "bbcworldwide" is not read)


def is_about_site(block: Block, sites: frozenset[str], language: str = "") -> bool:
    """A paragraph whose first line is the label "About <the site itself>" and whose further lines describe it: the
    boilerplate an organisation closes its own release with on its own site (misses38: Georgetown's "**About
    Georgetown University Medical Center**<br>Georgetown University Medical Center (GUMC) is an internationally
    recognized…" on gumc.georgetown.edu). The site is the page's organisation (`furniture.page_sites`): the name
    opens with it. The same box about another organisation (a wire's release: "About HackerRank" on prnewswire.com)
    tells the reader who the story's subject is, and stays. `language` is the page's (`page_days.page_language`):
    Dutch's label "Over" is read on a Dutch page alone.

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "About Harbour Ferries Ltd Harbour Ferries runs six boats."
    >>> box = Block("paragraph", text, markup=[InlineMarkup(25, 25, "br", void=True)])
    >>> is_about_site(box, frozenset({"harbourferries"})), is_about_site(box, frozenset({"prnewswire"}))
    (True, False)
    """
    label = first_line(block).strip()
    found = _ABOUT.fullmatch(label) or (_DUTCH_ABOUT.fullmatch(label) if language == "nl" else None)
    if found is None or len(found["name"].split()) > MAX_ABOUT_NAME_WORDS or ends_as_sentence(label):
        return False
    name = match_key(found["name"])
    return any(len(site) >= MIN_SITE_KEY and name.startswith(site) for site in sites)


def is_related_box(block: Block) -> bool:
    """A box of lines under a related-story label, each further line holding a link ("**Artículos
    relacionados**<br>• Primera convocatoria…: <a>45 proyectos de comunidades energéticas…</a>",
    holdout17's energias-renovables): links to the site's other stories set as one paragraph. A
    line without a link under the label ("Read more<br>The council met on Monday.") is the story's.

    >>> from l10n.model import Block, InlineMarkup
    >>> text = "Related articles • Storm closes port: ferries stop"
    >>> box = Block("paragraph", text, markup=[InlineMarkup(16, 16, "br", void=True), InlineMarkup(37, 51, "a")])
    >>> is_related_box(box), is_related_box(Block("paragraph", text, markup=box.markup[:1]))
    (True, False)
    """
    label = first_line(block).strip()
    if not label or related_label_end(label) != len(label):
        return False
    text = block.text
    breaks = sorted({m.start for m in block.markup if m.tag == "br" and 0 < m.start < len(text)})
    links = [(m.start, m.end) for m in block.markup if m.tag == "a" and m.end > m.start]
    lines = [(start, end) for start, end in zip(breaks, [*breaks[1:], len(text)]) if text[start:end].strip()]
    return bool(lines) and all(any(a < end and b > start for a, b in links) for start, end in lines)


# A writer's bio: the name, then what the writer is or does now ("… is a senior writer for FiveThirtyEight.",
# "Emiliano joined pv magazine in March 2017.", "Andrés Malamud es politólogo…"); a past tense or "has" is
# the story's ("Bloomberg News has reported…", "Ann Lee was arrested…").
_BIO_VERB = re.compile(r"\s+(?:is|joined|covers|writes|reports|lives|teaches|es|est|ist|è|é)\s", re.IGNORECASE)
MAX_BIO_WORDS = 60
# misses47: the story's last block, a bio of three sentences (Popular Mechanics' author box, 73 words, holdout47)
MAX_CLOSING_BIO_WORDS = 100


def without_writer_bio(blocks: list[Block], kept: list[int], names: list[str]) -> list[int]:
    """The kept blocks without the writer's bio set under the story (holdout17's moderndiplomacy:
    "Syeda Noshin Sharmily is pursuing her bachelor’s in International Relations…", the author box
    an extractor keeps): a short paragraph in the latter half of the story that opens with one of
    the page's `names` written in full (two or more words) and a verb in the present saying what
    the writer is or does; the story's last kept block may be longer, up to `MAX_CLOSING_BIO_WORDS` (misses47:
    Popular Mechanics' author box under the story, "Michael Natale is the news editor for Best Products, …", 73
    words). Every such paragraph the labels name is chrome (fivethirtyeight,
    newrepublic, techmonitor). A one-word name is an account or a company (a press release's
    "HackerRank is…"), a name with an outlet's word an outlet ("The Associated Press is not
    naming…"); a first name alone may be anyone's ("John is…"); someone else's sentence, or the
    writer named mid-sentence, stays.

    >>> from l10n.model import Block
    >>> story = [Block("paragraph", "Ferries resumed on Monday."), Block("paragraph", "Ann Lee is a reporter in Kyiv.")]
    >>> without_writer_bio(story, [0, 1], ["Ann Lee"]), without_writer_bio(story, [0, 1], ["Bo Ek"])
    ([0], [0, 1])
    >>> long = Block("paragraph", "Ann Lee is a reporter in Kyiv." + " She covers the port." * 16)
    >>> without_writer_bio([story[0], long], [0, 1], ["Ann Lee"]), without_writer_bio([story[0], long, story[0]], [0, 1, 2], ["Ann Lee"])
    ([0], [0, 1, 2])
    """
    openings = [  # prnewswire's "HackerRank is…" is the story's, and so is "The Associated Press is not naming…"
        name for name in names if len(name.split()) > 1 and not ORGANISATION_WORDS & {*name.lower().split(), "the"}
    ]
    if not openings or len(kept) < 2:
        return kept
    half = kept[len(kept) // 2]

    def is_bio(block: Block, *, last: bool) -> bool:
        text = block.text
        return (
            block.role == "paragraph"
            and len(text.split()) <= (MAX_CLOSING_BIO_WORDS if last else MAX_BIO_WORDS)
            and any(text.startswith(name) and _BIO_VERB.match(text, len(name)) for name in openings)
        )

    return [index for index in kept if index < half or not is_bio(blocks[index], last=index == kept[-1])]
