"""Where a saved page's story starts and ends, and which lines inside its box are the site
talking (`page.py` calls them; first written for the misses of the holdout4 split).

Each reads a convention, never a site: a story whose sentences a CMS sets as headings
(BuzzFeed's list format), a fact-check's claim box (schema.org `ClaimReview`), and the lines
the site says to its reader inside the story's box: reading-time notes, "Story continues
below" markers, comment prompts, gallery buttons ("Gallery: … | 14 Photos"), a review's score
widget, a heading over the column's other columns, a prompt to subscribe behind a "click
here" link. holdout5 added where a story ends before the page does: a paywall's offer to read
the rest, and the heading of the readers' comments under it (`page_marks.py` holds the rules
read from markup conventions). Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from l10n.ingest.chrome_lines import starts_others_box
from l10n.ingest.fields import marks_before, match_key, word_count
from l10n.ingest.furniture import MEMBERS_ONLY, ends_as_sentence, first_line, link_share, organisation_of
from l10n.ingest.notice_lines import is_notice_line
from l10n.ingest.page_boxes import menu_items
from l10n.ingest.page_headline import is_title_long
from l10n.ingest.page_marks import comment_thread_start, is_sentence_heading, quote_attributions, subheadings
from l10n.ingest.regex_gate import gated_compile

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet

    from l10n.model import Block

# misses46b: the page's count of its readers, a label and a number alone on a line ("Просмотров: 28", holdout46's
# Cxid.info under its story; "Views: 1,204", "Aufrufe: 28", "阅读：28", "瀏覽次數：28"), or the number and the word.
_VIEW_COUNT = re.compile(
    r"^(?:views?|hits|reads|page\s?views|просмотр(?:ов|ы|а)?|прочитано|переглядів|перегляди|aufrufe|zugriffe"
    r"|visualizaciones|visualizações|vues|lectures|visite|letture|odsłon|wyświetleń"
    r"|阅读|閱讀|浏览|瀏覽|点击|點擊|人气|人氣)(?:次数|次數|数|數|量)?\s*[:：]\s*\d[\d\s,.]*(?:раз|次|times)?$"
    r"|^\d[\d\s,.]*\s*(?:views|hits|reads|просмотр(?:ов|а)?|переглядів|aufrufe|次(?:阅读|閱讀|浏览|瀏覽))$",
    re.IGNORECASE,
)


def is_view_count(text: str) -> bool:
    """A count of the page's readers alone on a line (see `_VIEW_COUNT`): the site's, not the story's.

    >>> [is_view_count(text) for text in ("Просмотров: 28", "Views: 1,204", "瀏覽次數：28", "3,412 views")]
    [True, True, True, True]
    >>> is_view_count("Views: the council's, and the port's"), is_view_count("28 views of the harbour were painted.")
    (False, False)
    """
    return bool(_VIEW_COUNT.match(text.strip()))


# "Tempo de leitura: 1 minuto", "5 min read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten".
_READING_TIME = re.compile(
    r"^\W*(?:(?:estimated\s+)?reading time|read(?:ing)? time|tempo de leitura|tiempo de lectura|temps de lecture"
    r"|lesezeit|tempo di lettura|время чтения)\s*:?\s*(?:about\s+|ca\.\s+|environ\s+)?\d+\s*\w*\W*$"
    r"|^\W*\d+\s*(?:-\s*)?(?:min(?:ute)?s?|minutos?|minuten)\.?\s+(?:read|de leitura|de lectura|de lecture|lesezeit)\W*$",
    re.IGNORECASE,
)
# "Story continues below gallery", "Article continues below advertisement", "Continue reading below",
# "Dalsza część artykułu pod materiałem wideo" (holdout13's wp.pl); holdout33: Turkish "Haberin Devamı" (the
# story's rest, Hürriyet's over its in-text advert) and "İçeriğin Devamı Aşağıda" (Onedio's), German "Weiterlesen
# nach der Anzeige", French "La suite après cette publicité", Italian "L'articolo continua sotto":
# a marker where the page sets a box inside the story, not a sentence of it.
_CONTINUES_BELOW = re.compile(
    r"^\W*(?:(?:the\s+)?(?:story|article|text|post|content)\s+continues\s+(?:below|after)"
    r"|continue(?:s)?\s+reading\s+(?:below|after\s+(?:the\s+)?(?:ad|advertisement))"
    r"|(?:der\s+)?artikel\s+geht\s+(?:unten\s+|nach\s+der\s+(?:anzeige|werbung)\s+)?weiter"
    r"|weiter(?:lesen)?\s+nach\s+der\s+(?:anzeige|werbung)|l['’]article\s+continue\s+ci-dessous"
    r"|(?:la\s+)?suite\s+(?:de\s+l['’]article\s+)?(?:ci-dessous|après\s+(?:cette|la)\s+publicité)"
    r"|l['’]articolo\s+continua\s+(?:sotto|dopo)"
    r"|(?:haberin|içeriğin|yazının|makalenin)\s+devamı(?:\s+aşağıda)?(?=\W*$)"
    r"|(?:el\s+artículo|la\s+noticia)\s+continúa\s+(?:abajo|debajo)|a\s+matéria\s+continua\s+(?:abaixo|após)"
    r"|dalsza\s+część\s+(?:artykułu|tekstu)\s+(?:pod|poniżej)"
    r"|(?:het\s+|de\s+)?(?:tekst|artikel)\s+gaat\s+(?:hieronder\s+)?verder"
    r"|continued\s+on\s+(?:the\s+)?next\s+page|接下一?[頁页]|[續续]下[頁页])\b[^.!?]{0,40}$",  # holdout27: NOWnews's "(接下一頁)"
    re.IGNORECASE,
)
# holdout21's nieuwsblad: "… in oktober 2023. <span class="italic">(Tekst gaat verder onder de foto.)</span>",
# the marker set in parentheses at the end of the paragraph above the picture.
_CLOSING_PARENTHESES = re.compile(r"\(([^()]{1,80})\)\s*$")
# The readers' comments named: English, Turkish ("yorumlar", "yorumlara": to the comments), German, French,
# Spanish, Portuguese, Italian.
_COMMENTS_WORD = r"(?:comments?|yorum(?:lar)?(?:a|da|ı|ları|lara|larda)?|kommentare?n?|commentaires?|comentarios?|comentários?|commenti)\b"
# "Leave your questions and opinions below!", "Deixe seu comentário", "Laissez un commentaire":
# the site asking for comments, a call whose object is the comment box under the story. Asked of every short
# kept block: gated (`regex_gate`; pagespeed39), its last branch opens anywhere.
_COMMENT_PROMPT = gated_compile(
    r"^\W*(?:leave|post|share|add|write|drop)\s+(?:us\s+)?(?:a|your|an?y?)\s+(?:\w+\s+){0,3}"
    r"(?:comments?|questions|thoughts|opinions)\b.*\b(?:below|here)\b"
    r"|^\W*deixe?\s+(?:o\s+)?(?:seus?|suas|um)\s+(?:\w+\s+){0,3}(?:comentários?|dúvidas|opiniões)\b"
    r"|^\W*(?:deja|dejad|dejen)\s+(?:tu|su|un|tus|sus)\s+(?:\w+\s+){0,3}(?:comentarios?|opiniones|dudas)\b"
    r"|^\W*(?:laissez|laisse)[\s-]+(?:nous\s+)?(?:un|vos|votre|ton|tes)\s+(?:\w+\s+){0,2}(?:commentaires?|avis)\b"
    r"|^\W*(?:hinterlassen sie|schreiben sie)\s+(?:\w+\s+){0,3}(?:kommentar|meinung)\b"
    # holdout33's Onedio: the reader asked what they think, then sent to the comments ("Peki siz bu konuda ne
    # düşünüyorsunuz? Hadi buyrun yorumlara", "What do you think? Let us know in the comments", "Was meinen Sie?
    # Schreiben Sie es in die Kommentare"), and the comments said to be below ("Yorumlar ve Emojiler Aşağıda")
    r"|\b(?:what\s+do\s+you\s+think|ne\s+düşünüyorsun(?:uz)?|was\s+(?:denken|meinen)\s+sie|qu['’]en\s+pensez[\s-]vous"
    r"|qu[ée]\s+(?:opinas|opina|piensas|opinan)|o\s+que\s+(?:você|vocês)\s+acha)\b[^?]*\?.*\b"
    + _COMMENTS_WORD
    + r"|^\W*"
    + _COMMENTS_WORD
    + r"(?:\s+\S+){0,3}?\s+(?:below|aşağıda|unten|ci-dessous|abajo|debajo|abaixo|sotto)\W*$",
    re.IGNORECASE,
)
MAX_PROMPT_WORDS = 25
MAX_COMMENT_PROMPT_WORDS = 15  # "Deixe suas dúvidas e opiniões aqui embaixo! Obrigado por compartilhar…": 14
_QUOTED = re.compile('["“”„«»]')
MIN_TEASER_RUN = 3  # linked headlines with their excerpts in a row before they are a box of teasers
MIN_TEASER_TITLE_WORDS = 4
# misses46b: the credit line of a gallery the page links to or a script shows, whose pictures no edition holds
# ("Gallery Credit: Carena Liptak" under the gallery's title and description in The Boot's story box, holdout46;
# "Slideshow credits: …", "Galería: créditos …"): the site's box, and the title over it goes with it
# (`page_boxes.without_closing_headings`).
_GALLERY_CREDIT = re.compile(
    r"^\W*(?:(?:photo\s+)?gallery|slideshow|galer[ií]a|galerie|galleria|fotostrecke|bildergalerie)\s+"
    r"(?:credits?|cr[ée]ditos?|crédits?|crediti)\s*:\s*\w",
    re.IGNORECASE,
)
# A gallery's button: "Gallery: Xbox One X | 14 Photos", "Photos: 12 images", "Galería: … (8 fotos)".
_GALLERY_BUTTON = re.compile(
    r"^\W*(?:(?:photo\s+)?gallery|galer[ií]a|galerie|galleria|fotostrecke|bildergalerie|photos|slideshow)\b.*"
    r"\b\d+\s+(?:photos?|images?|pictures?|fotos?|bilder|immagini|slides?)\W*$",
    re.IGNORECASE,
)
# A heading over the column's other columns, or the site's other stories of a kind: "Other Opinion
# Columns", "More Columns", "More from this columnist", "Weitere Kolumnen", "Otras columnas".
_MORE_OF_KIND = re.compile(
    r"^\W*(?:other|more|latest|recent|weitere|andere|otr[oa]s|m[aá]s|autres|altre|altri)\s+(?:\w+\s+){0,2}"
    r"(?:columns?|columnists?|kolumnen|columnas|chroniques|rubriche|editorials)\W*$"
    r"|^\W*more\s+from\s+(?:this|the)\s+(?:columnist|author|writer)\W*$",
    re.IGNORECASE,
)
# "Mehr Artikel aus dieser Rubrik gibt's hier: Wirtschaft", "More stories from this section": a link to
# the section's page, said to the reader.
_MORE_ARTICLES = re.compile(
    r"^\W*(?:mehr (?:artikel|nachrichten|beiträge)|more (?:articles|stories|news)|plus d['’]articles"
    r"|más (?:artículos|noticias)|altri articoli|mais (?:artigos|notícias))\s+(?:aus|from|in|de|da|di|dans)\b",
    re.IGNORECASE,
)
MAX_MORE_WORDS = 12
# A review site's score widget named after the site ("Engadget Score", "IGN Rating"): a heading of the
# site's name and the word for a score; "Credit Score" in a story is a sub-heading.
# the paper's printed edition named (English): "Winnipeg Free Press - PRINT EDITION", "Republished from
# the … print edition January 12, 2012 B2"
_PRINT_EDITION = gated_compile(r"\b(?:print|printed|e-?)\s*edition\b", re.IGNORECASE)  # gated: "edition" (pagespeed39)
_SCORE_WIDGET = re.compile(r"^\W*(?P<site>[\w.-]+)\s+(?:score|rating|wertung|puntuación)\W*$", re.IGNORECASE)
# The label over a box of recommended or related stories in Chinese and Japanese ("精彩视频推荐",
# "相关阅读", "【関連記事】"): furniture whether or not the box's links were kept.
# misses50b: and over a list of the latest stories ("即时新闻", "滚动新闻": instant, rolling news; holdout50's 东北网)
_RECOMMENDATION_LABEL = re.compile(
    r"[【\[]?(?:(?:精彩|热门|相关|推荐|延伸|猜你喜欢|関連|おすすめ|人気)(?:视频|图片|新闻|阅读|文章|报道|链接|推荐|記事|ニュース)*"
    r"|(?:即时|即時|滚动|滾動|最新)(?:新闻|新聞|资讯|資訊))[】\]]?"
)
# "Click here to subscribe to The Paradigm Newsletter": an instruction and a call to sign up.
_SUBSCRIBE = re.compile(r"\b(?:subscribe|sign up|newsletter|abonn\w+|suscr[ií]b\w+|assine|inscreva)\b", re.I)
_CLICK_HERE = re.compile(
    r"^\W*(?:click|tap)\s+here\b|^\W*(?:cliquez|clique|haga clic|haz clic|klicken sie)\s+(?:ici|aqui|aquí|hier)\b", re.I
)


# A paywall's offer heading the rest of the page after the free paragraphs: "Få fuld adgang til sn.dk
# og læs resten af artiklen", "Read the rest of this article", "Get full access…", "Lire la suite de
# cet article", "Lesen Sie den ganzen Artikel": the story shown for free has ended there.
_PAYWALL_OFFER = re.compile(
    r"\b(?:read|continue reading)\s+the\s+(?:rest|full|whole)\s+(?:of\s+)?(?:this|the)?\s*(?:article|story)\b"
    r"|\bget\s+(?:full|unlimited)\s+(?:digital\s+)?access\b"
    r"|\b(?:få|fa)\s+(?:fuld|full)\s+(?:digital\s+)?(?:adgang|tilgang|tillgång)\b"
    r"|\b(?:læs|les|läs)\s+resten\s+(?:af|av)\b|\blees\s+(?:het|de)\s+(?:volledige|hele)\s+(?:artikel|verhaal)\b"
    r"|\blesen\s+sie\s+(?:den|die|das)\s+(?:ganzen?|vollständigen?|kompletten?)\s+(?:artikel|text|beitrag)\b"
    r"|\b(?:lire|pour lire)\s+la\s+suite\s+(?:de\s+)?(?:cet|l['’])\s*article\b"
    r"|\bper\s+continuare\s+a\s+leggere\b|\bpara\s+continuar\s+(?:lendo|leyendo)\b",
    re.IGNORECASE,
)
MAX_OFFER_WORDS = 15
MAX_NOTICE_CHARACTERS = 80  # Japanese has no spaces to count words by; Chunichi's notice is 38, Nikkei's 33
_MEMBERS_ONLY = re.compile(MEMBERS_ONLY)  # Japanese: "この記事は会員限定です。", a sentence and the offer's head
# The heading of the reader comments under the story: "Comments", "3 Comments", "Kommentarer", "Leserkommentare".
# holdout15: "Comment" alone, in the singular, is the writer's own analysis (The Register's "Comment" section
# closing a news story, as British papers label opinion); the readers' take the plural or a count ("1 Comment").
# holdout27: Chinese pages' "網友回應" (netizens' responses, NOWnews), "读者评论" (readers' comments).
_COMMENTS_HEADING = re.compile(
    r"^\W*(?:(?:\d+\s+)?(?:reader\s+)?(?:comments|kommentar(?:e|er)?|leserkommentare|commentaires|comentarios"
    r"|comentários|commenti|комментарии|reacties|kommentit|komentarze)|\d+\s+(?:reader\s+)?comment|comment(?=\s*\(\d)"
    r"|(?:網友|网友|讀者|读者)(?:回應|回应|評論|评论|留言))"
    # misses51b: the plural naming what they are on, the story itself ("Комментарии к новости:", holdout51's АМИТЕЛ;
    # "Comments on this article", "Kommentare zum Artikel"); a heading naming anything else ("Comments on the plan") is
    # the story's
    r"(?:\s+(?:on|to)\s+(?:this|the)\s+(?:article|story|post|news)|\s+(?:zum|zu\s+diesem)\s+(?:artikel|beitrag)"
    r"|\s+(?:sur|de)\s+(?:cet|l['’])\s*article|\s+к\s+(?:этой\s+)?(?:новости|статье|материалу|публикации))?"
    r"(?:\s*\(\d+\))?\W*$",
    re.IGNORECASE,
)


# holdout31's junge Welt: the stars to rate the story under it, asked as a line of its own ("Wie hat Ihnen dieser
# Artikel gefallen?", "How did you like this article?", "Rate this article"): the story has ended, the site's
# boxes follow (its average rating, its appeal to subscribe). The question names the page's story, not a film
# or a concert an interview asks about; a line that goes on (an appeal for donations after it) is not it alone.
_RATING_PROMPT = re.compile(
    r"^\W*(?:wie (?:hat|gefällt) (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag|text)(?: gefallen)?"
    r"|(?:how )?did you (?:like|enjoy) this (?:article|story|post)|how (?:would you rate|useful was) this (?:article|story|post)"
    r"|rate this (?:article|story|post)|(?:bewerten sie|bewerte) (?:diesen|den) (?:artikel|beitrag))\W*$",
    re.IGNORECASE,
)


def starts_rating_prompt(block: Block) -> bool:
    """A line that only asks the reader to rate the story (see `_RATING_PROMPT`).

    >>> from l10n.model import Block
    >>> starts_rating_prompt(Block("paragraph", "Wie hat Ihnen dieser Artikel gefallen?"))
    True
    >>> starts_rating_prompt(Block("paragraph", "Wie hat Ihnen das Konzert gefallen?"))
    False
    """
    return bool(_RATING_PROMPT.match(block.text))


def starts_paywall_offer(block: Block) -> bool:
    """A short heading or line that offers access to read the rest of the story (see
    `_PAYWALL_OFFER`): the free part of a paywalled story has ended, and what follows is the
    offer (prices, products, a log-in) and the page after it. The story's own sentence about a
    paywall is longer than a heading, or does not say "the rest of the article", and a short
    paragraph that ends as a sentence ends ("Season-ticket holders get full access to the new
    stand.") is the story's.

    >>> from l10n.model import Block
    >>> starts_paywall_offer(Block("heading", "Få fuld adgang til sn.dk og læs resten af artiklen"))
    True
    >>> starts_paywall_offer(Block("paragraph", "Readers who pay get full access to the archive, which the paper opened in 2019 to all of its subscribers."))
    False
    """
    if len(block.text) <= MAX_NOTICE_CHARACTERS and _MEMBERS_ONLY.search(block.text):  # holdout23's Chunichi
        return True  # no story says it is for members only; a paragraph run on with the notice is the story's
    return (
        len(block.text.split(maxsplit=MAX_OFFER_WORDS)) <= MAX_OFFER_WORDS
        and (block.role == "heading" or not ends_as_sentence(block.text))
        and bool(_PAYWALL_OFFER.search(block.text))
    )


# A disclaimer's label ("Disclaimer:", "Haftungsausschluss:", "Descargo de responsabilidad:", "Avertissement :").
_DISCLAIMER = re.compile(
    r"^\W*(?:disclaimer|haftungsausschluss|descargo de responsabilidad|aviso legal|avertissement|esclusione di responsabilità)"
    r"\s*[:：]",
    re.IGNORECASE,
)
# misses45: a disclaimer without its label, the site saying a story is not its or its owner's word ("This story does
# not necessarily represent the position of our parent company, IBM.", weather.com's; "The views expressed … do not
# necessarily reflect those of …"), in the corpus's languages
_UNLABELLED_DISCLAIMER = re.compile(
    r"\bdo(?:es)?(?: not|n['’]t) necessarily (?:represent|reflect)\b|\bne reflète(?:nt)? pas nécessairement\b"
    r"|\bno (?:refleja|representa)n? necesariamente\b|\bnon (?:riflette|rappresenta)(?:no)? necessariamente\b"
    r"|\bgibt nicht (?:unbedingt|notwendigerweise)\b|\bgeben nicht (?:unbedingt|notwendigerweise)\b",
    re.IGNORECASE,
)
MAX_DISCLAIMER_WORDS = 40


def is_disclaimer(block: Block) -> bool:
    """A short line under a disclaimer's label ("Disclaimer: The views … expressed by investment
    experts on this site are their own."). Where it closes the page's text, after the story's
    last paragraph, it is the site's boilerplate (`story_cut`); inside the story it is the
    writer's own disclosure ("Disclaimer: I own shares in the company."), which stays.

    >>> from l10n.model import Block
    >>> is_disclaimer(Block("paragraph", "Disclaimer: I own shares in Tesla.")), is_disclaimer(Block("paragraph", "The disclaimer was short."))
    (True, False)

    The site's disclaimer may also go without its label: "This story does not necessarily represent the position of
    our parent company, IBM." (misses45: weather.com's, in italics under the story); a speaker quoted saying so is not.

    >>> is_disclaimer(Block("paragraph", "The views expressed here do not necessarily reflect those of the Harbour Times."))
    True
    >>> is_disclaimer(Block("paragraph", "“It does not necessarily reflect the views of the council,” Lee said."))
    False
    """
    lead = first_line(block) or block.text  # a `<br>` box under the disclaimer's line is what that line says
    if len(lead.split(maxsplit=MAX_DISCLAIMER_WORDS)) > MAX_DISCLAIMER_WORDS:
        return False
    if _DISCLAIMER.match(lead):
        return True
    return not _QUOTE_MARK.search(lead) and bool(_UNLABELLED_DISCLAIMER.search(lead))  # a speaker quoted: the story's


_QUOTE_MARK = re.compile(r"[\"“”«»„]")


# misses35: the label alone over the site's rights box under the story ("反侵权公告：", anti-infringement notice,
# shjnet's; "版权声明" copyright notice, "免责声明" disclaimer, "郑重声明" solemn notice; "Copyright notice", "Legal
# notice"): the box's lines under it (the law cited, the terms, the lawyer's telephone) are the site's, not the story's
_RIGHTS_BOX_LABEL = re.compile(
    r"\W*(?:反侵权公告|反侵權公告|侵权声明|侵權聲明|版权(?:声明|公告|说明)|版權(?:聲明|公告|說明)|免责声明|免責聲明"
    r"|郑重声明|鄭重聲明|法律声明|法律聲明|copyright notice|legal notice|disclaimer)\W*",
    re.IGNORECASE,
)
MAX_RIGHTS_LABEL_CHARS = 30


def starts_rights_box(block: Block) -> bool:
    """A line that is only the label of a rights box (`_RIGHTS_BOX_LABEL`), not a link: where it stands under
    most of the story's text, the story has ended (`story_cut`); a label run into its text ("Disclaimer: I own
    shares …") is `is_disclaimer`'s.

    >>> from l10n.model import Block
    >>> starts_rights_box(Block("paragraph", "反侵权公告：")), starts_rights_box(Block("heading", "版权声明"))
    (True, True)
    >>> starts_rights_box(Block("paragraph", "反侵权公告：未经许可不得转载")), starts_rights_box(Block("paragraph", "他发表了版权声明。"))
    (False, False)
    """
    return (
        len(block.text) <= MAX_RIGHTS_LABEL_CHARS
        and not any(mark.tag == "a" for mark in block.markup)
        and _RIGHTS_BOX_LABEL.fullmatch(block.text.strip()) is not None
    )


def starts_comments(block: Block) -> bool:
    """The heading of the readers' comments ("Comments", "3 Comments", "Kommentarer"): the story has
    ended, and what follows is the comment box, its count and rules, which an extractor may keep.

    >>> from l10n.model import Block
    >>> [starts_comments(Block("heading", text)) for text in ("Comments", "Comments on the plan", "1 Comment", "Comment")]
    [True, False, True, False]
    >>> starts_comments(Block("heading", "Комментарии к новости:")), starts_comments(Block("heading", "Comments on this article"))
    (True, True)
    >>> from l10n.model import InlineMarkup
    >>> box = Block("paragraph", "KOMENTARZE Zapraszamy do dyskusji", markup=[InlineMarkup(10, 10, "br", void=True)])
    >>> starts_comments(box), starts_comments(Block("paragraph", "Comments")), starts_comments(Block("heading", "網友回應"))
    (True, False, True)
    """
    if block.role == "paragraph" and (lead := first_line(block)):  # holdout27: BIOLOG's "KOMENTARZE<br>Zapraszamy…"
        return not any(mark.tag == "a" and mark.start < len(lead) for mark in block.markup) and bool(
            _COMMENTS_HEADING.match(lead)
        )
    return block.role == "heading" and link_share(block) == 0 and bool(_COMMENTS_HEADING.match(block.text))


def is_site_line(block: Block, sites: frozenset[str] = frozenset()) -> bool:
    """A line of the site to its reader (see the module docstring), not a sentence of the story.

    >>> from l10n.model import Block
    >>> [is_site_line(Block("paragraph", text)) for text in ("Tempo de leitura: 1 minuto", "Story continues below gallery")]
    [True, True]
    >>> is_site_line(Block("paragraph", "Gallery Credit: Ann Lee")), is_site_line(Block("paragraph", "Gallery credit went to Ann Lee."))
    (True, False)
    >>> is_site_line(Block("paragraph", "The story continues below the surface, the divers said."))
    False
    """
    text = block.text.strip()
    words = word_count(text, MAX_PROMPT_WORDS)
    if words > MAX_PROMPT_WORDS:
        return False
    if _READING_TIME.match(text) or _CONTINUES_BELOW.match(text) or _GALLERY_BUTTON.match(text):
        return True
    if is_view_count(text) or _GALLERY_CREDIT.match(text):  # misses46b: "Просмотров: 28", "Gallery Credit: …"
        return True
    if text.startswith("(") and _closing_marker(text) == 0:
        return True  # "(Tekst gaat verder onder de foto.)" on a line of its own
    if words <= MAX_COMMENT_PROMPT_WORDS and _COMMENT_PROMPT.search(text) and not _QUOTED.search(text):
        return True  # a short prompt said to the reader; a story quoting someone's call for comments stays
    if _MORE_OF_KIND.match(text) or _RECOMMENDATION_LABEL.fullmatch(text):
        return True
    if words <= MAX_MORE_WORDS and _MORE_ARTICLES.match(text) and link_share(block) > 0:
        return True  # "Mehr Artikel aus dieser Rubrik gibt's hier: <a>Wirtschaft</a>"
    score = _SCORE_WIDGET.match(text) if block.role == "heading" else None
    if score and match_key(score["site"]) in sites:
        return True  # "Engadget Score" on engadget.com (`furniture.page_sites`)
    if _PRINT_EDITION.search(text) and any(site in match_key(text) for site in sites if len(site) > 3):
        return True  # holdout27: the Winnipeg Free Press's "PRINT EDITION" over its headline, the note under its story
    return bool(_CLICK_HERE.match(text) and _SUBSCRIBE.search(text))


def is_reading_time(text: str) -> bool:
    """A line that is only the page's note of the story's reading time ("9 min read", "Reading time: 4
    minutes"; see `_READING_TIME`): the site's, though it holds a digit.

    >>> is_reading_time("9 min read"), is_reading_time("It took 9 min to read the verdict.")
    (True, False)
    """
    return len(text) <= MAX_READING_TIME_CHARACTERS and bool(_READING_TIME.match(text.strip()))


MAX_READING_TIME_CHARACTERS = 60


def without_continues_marker(block: Block) -> Block:
    """The paragraph without the "continues below" marker (`_CONTINUES_BELOW`) it closes on in
    parentheses: a page that sets a picture or a box inside the story may tell the reader so at the
    end of the paragraph above it (holdout21's nieuwsblad, "(Tekst gaat verder onder de foto.)"),
    the site's line, not the story's sentence. A marker's words outside parentheses are the story's.

    >>> from l10n.model import Block
    >>> without_continues_marker(Block("paragraph", "The port reopened. (Story continues below the photo.)")).text
    'The port reopened.'
    >>> without_continues_marker(Block("paragraph", "The story continues below the surface.")).text
    'The story continues below the surface.'
    >>> without_continues_marker(Block("paragraph", "保持1公尺以上的距離。 (接下一頁)")).text
    '保持1公尺以上的距離。'
    """
    end = _closing_marker(block.text)
    if not end:
        return block
    return replace(block, text=block.text[:end], markup=marks_before(block.markup, end))


def _closing_marker(text: str) -> int | None:
    """Where the text before a closing parenthesised "continues below" marker ends, or None."""
    found = _CLOSING_PARENTHESES.search(text)
    if found is None or not _CONTINUES_BELOW.match(found[1].strip().rstrip(".!…")):
        return None
    return len(text[: found.start()].rstrip())


def starts_teaser_box(block: Block) -> bool:
    """A heading over the site's other columns or stories of a kind ("Other Opinion Columns"): the
    story has ended, and what follows it (headlines, their standfirsts) is a box of teasers.

    >>> from l10n.model import Block
    >>> starts_teaser_box(Block("heading", "Other Opinion Columns")), starts_teaser_box(Block("heading", "Other views"))
    (True, False)
    """
    return block.role == "heading" and bool(_MORE_OF_KIND.match(block.text.strip()))


def body_extras(blocks: list[Block], kept: list[int], claim: str, headline_key: str) -> list[int]:
    """Blocks of the story that the extractor dropped: a fact-check's claim box (`claim_box`),
    the story's sentences set as headings (`sentence_headings`) and a quotation's attribution
    line (`quote_attributions`, holdout5), a subheading inside it (`subheadings`, holdout6)."""
    return (
        claim_box(blocks, claim, kept)
        + sentence_headings(blocks, kept, headline_key)
        + quote_attributions(blocks, kept)
        + subheadings(blocks, kept, headline_key)
    )


def story_cut(
    blocks: list[Block],
    kept: list[int],
    sites: frozenset[str],
    no_site_lines: AbstractSet[int] = frozenset(),
    no_notice_lines: AbstractSet[int] = frozenset(),
) -> list[int]:
    """The kept blocks above a heading over other columns (`starts_teaser_box`: the story has
    ended) or a box of other stories (`chrome_lines.starts_others_box`, holdout26), a paywall's offer (`starts_paywall_offer`, holdout5), a prompt to rate the story (`starts_rating_prompt`, holdout31), a rights box's label (`starts_rights_box`, misses35) or the readers' comments under
    most of the story's text (`starts_comments`, holdout5), without the site's lines
    (`is_site_line`), which may come in as cited sources, without a run of teasers (`teaser_run`),
    without signed reader comments (`page_marks.comment_thread_start`, holdout6), without a
    disclaimer after the story's last paragraph (`is_disclaimer`) and without a menu's one-word
    items kept after it (`menu_items`, holdout19). `no_site_lines`: blocks the caller found to be no site
    line already (`page._article_blocks`: its story text; pagespeed29, dailymail's 1,148 cells asked twice);
    `no_notice_lines` alike, blocks found to be no notice line (`notice_lines.is_notice_line`; pagespeed36)."""
    if not kept:
        return kept
    end = next(
        (
            index
            for index in range(kept[0], kept[-1] + 1)  # holdout27: the comments' heading the last kept block
            if starts_teaser_box(blocks[index])
            or (index > kept[0] and starts_paywall_offer(blocks[index]))
            or (starts_comments(blocks[index]) and _closes(blocks, kept, index))
            or (index > kept[0] and starts_others_box(blocks[index]) and _closes(blocks, kept, index))  # holdout26
            or (index > kept[0] and starts_rating_prompt(blocks[index]) and _closes(blocks, kept, index))  # holdout31
            or (index > kept[0] and starts_rights_box(blocks[index]) and _closes(blocks, kept, index))  # misses35
        ),
        None,
    )
    thread = comment_thread_start(blocks, kept)  # holdout6: signed reader comments under the story
    end = thread if end is None or (thread is not None and thread < end) else end
    teasers = teaser_run(blocks, sites)
    kept = [
        index
        for index in kept
        if (end is None or index < end)
        and index not in teasers
        and (index in no_site_lines or not is_site_line(blocks[index], sites))
        and (
            index in no_notice_lines or not is_notice_line(blocks[index].text)
        )  # holdout28: ΑΠΕ-ΜΠΕ's rights notice, a heading among the kept
    ]
    story_end = max((index for index in kept if _is_story_paragraph(blocks[index])), default=-1)
    menus = menu_items(blocks, story_end)  # holdout19: NetEase's tabs "娱乐 体育 财经…" under its recommendations
    return [index for index in kept if (index < story_end or not is_disclaimer(blocks[index])) and index not in menus]


STORY_PARAGRAPH_KEY = 60  # letters and digits of a paragraph of running text (a sentence's worth)


def _is_story_paragraph(block: Block) -> bool:
    """A paragraph of the story's running text, a sentence's worth, not a disclaimer: where the
    story has not ended (a tag list, a "Read more" line or a credit after it do not continue it)."""
    return (
        block.role in ("paragraph", "quote", "list_item")
        and len(match_key(block.text)) >= STORY_PARAGRAPH_KEY
        and not is_disclaimer(block)
    )


def _closes(blocks: list[Block], kept: list[int], index: int) -> bool:
    """More of the kept text stands above `index` than below it: a heading there may end the story
    (a "Comments" heading under the byline, before the story, ends nothing)."""
    above = sum(len(blocks[kept_index].text) for kept_index in kept if kept_index < index)
    return above > sum(len(blocks[kept_index].text) for kept_index in kept if kept_index > index)


def teaser_run(blocks: list[Block], sites: frozenset[str]) -> set[int]:
    """Three or more blocks in a row, each a linked headline to the site's own page and the
    excerpt after it ("<a>Historic Armenian church … on the verge of destruction</a> The Surp
    Sarkis Armenian Church … is in ruins…"): a list of other stories, which an extractor keeps as
    prose. One such paragraph alone may be the story's; a run of them is a box.

    >>> from l10n.model import Block, InlineMarkup
    >>> link = InlineMarkup(0, 33, "a", (("href", "https://example.com/n/1"),))
    >>> card = Block("paragraph", "Historic church in Turkey at risk The church is in ruins.", markup=[link])
    >>> sorted(teaser_run([card] * 3, frozenset({"example"}))), sorted(teaser_run([card] * 2, frozenset({"example"})))
    ([0, 1, 2], [])
    """
    cards = [_is_headline_and_excerpt(block, sites) for block in blocks]
    run: list[int] = []
    found: set[int] = set()
    for index, is_card in enumerate([*cards, False]):
        if is_card:
            run.append(index)
            continue
        if len(run) >= MIN_TEASER_RUN:
            found.update(run)
        run = []
    return found


def _is_headline_and_excerpt(block: Block, sites: frozenset[str]) -> bool:
    """The block opens with a link to the site's own page whose text is a headline (4+ words, or 8 Han, kana or
    Hangul letters: `page_headline.is_title_long`; not ending as a sentence) and goes on with a sentence of its own
    (a capital after the link, or a letter of a script without case). A relative address is the site's own page
    (misses46b: 國際線上's "管窺天下" box after its story, three cells of `<a href="/gate/big5/…">最牛工資事件不能最“牛氣”收場
    </a><br>` and the commentary's one sentence, on a page stating no address of its own).

    >>> from l10n.model import Block, InlineMarkup
    >>> link = InlineMarkup(0, 15, "a", (("href", "/gate/big5/gb.cri.cn/27824/882s3518851.htm"),))
    >>> text = "最牛工資事件不能最“牛氣”收場 最牛工資事件不能草率收場，就是對納稅人不負責任。"
    >>> _is_headline_and_excerpt(Block("cell", text, markup=[link]), frozenset())
    True
    >>> _is_headline_and_excerpt(Block("cell", text, markup=[replace(link, attrs=(("href", "https://other.cn/1"),))]), frozenset())
    False
    """
    link = next((markup for markup in block.markup if markup.tag == "a"), None)
    if link is None or link.start != 0:
        return False
    title, rest = block.text[: link.end].strip(), block.text[link.end :].strip()
    return (  # the link's address read last: the text's tests are cheaper and most blocks fail them
        is_title_long(title)
        and rest[:1].isalpha()
        and not rest[:1].islower()
        and not ends_as_sentence(title, cjk=True)
        and ends_as_sentence(rest, cjk=True)
        and _is_own_address(dict(link.attrs).get("href", ""), sites)
    )


def _is_own_address(href: str, sites: frozenset[str]) -> bool:
    """A link to the site's own page: its organisation's (`furniture.organisation_of`, `sites`: the
    addresses the page states of itself), or, on a page stating none, a relative address (a page that
    states its address names its own stories by it; a relative link there names no organisation).

    >>> [_is_own_address(href, frozenset()) for href in ("/news/1.htm", "https://other.cn/1", "#top")]
    [True, False, False]
    >>> _is_own_address("/news/1.htm", frozenset({"example"}))
    False
    """
    href = href.strip()
    if not sites:
        return bool(href) and ":" not in href.split("/")[0] and not href.startswith(("#", "//"))  # "/news/1.htm"
    return organisation_of(href) in sites


def sentence_headings(blocks: list[Block], kept: list[int], headline_key: str) -> list[int]:
    """The sentence headings (`is_sentence_heading`) inside the story, between its first and last
    kept blocks; a dek right under the headline and the headline again (a share box's copy of
    it) stay out.

    >>> from l10n.model import Block
    >>> sentence = "The mother of a woman who took pills bought online has described how her daughter died."
    >>> story = [Block("headline", "Pills"), Block("heading", sentence), Block("paragraph", "A."), Block("heading", sentence), Block("paragraph", "B.")]
    >>> sentence_headings(story, [2, 4], "pills")
    [3]
    """
    if not kept:
        return []
    return [
        index
        for index in range(kept[0] + 1, kept[-1])
        if is_sentence_heading(blocks[index])
        and blocks[index - 1].role != "headline"
        and match_key(blocks[index].text) != headline_key
    ]


def claim_box(blocks: list[Block], claim: str, kept: list[int]) -> list[int]:
    """The fact-check's claim box above the story: the block that shows the claim the page's
    schema.org `ClaimReview` states (`claimReviewed`), and what follows it down to the next
    block the extractor kept (its source, the rating, the rating's one-line reason). It is what
    the article checks; an extractor drops it as a box apart from the running text. None when no
    block shows the claim.

    >>> from l10n.model import Block
    >>> box = [Block("paragraph", "“Taxes fell by half.”"), Block("paragraph", "False"), Block("paragraph", "They rose.")]
    >>> claim_box(box, "“Taxes fell by half.”", [2])
    [0, 1]
    """
    claim_key = match_key(claim)
    if not claim_key or not kept:
        return []
    start = next((index for index in range(kept[-1]) if _shows_claim(blocks[index], claim_key)), None)
    if start is None:
        return []
    end = next((index for index in kept if index > start), start + 1)
    return [index for index in range(start, end) if blocks[index].role in ("paragraph", "quote", "heading")]


def _shows_claim(block: Block, claim_key: str) -> bool:
    """The block is the claim, or most of its opening (a box may cut a long claim short)."""
    key = match_key(block.text)
    return bool(key) and claim_key.startswith(key) and len(key) * 2 >= len(claim_key)
