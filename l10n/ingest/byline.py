"""Bylines reduced to names: job titles, dates, outlets and labels go to their own fields.

Real bylines carry more than names: "Richard Adams Education editor", "By Amanda Tan
November 19, 2023 7:18 pm", "By Glen Owen And Brendan Carlin For The Mail On Sunday",
"Rob Picheta, CNN", "Author: Julia Hitz (eg)", "By Nada Tawfik, BBC News, New York" (the wire
convention: names, the outlet, the place filed from; so what follows an outlet is a place, as
is one word after a full name, "Markus Balser, Berlin", and is no name). A translator should see
a name (a byline unit is a list of names, msgctxt "byline"), and the edition's own label and
date come from the locale, so the rest is taken apart here: the date is dropped (the page's
publication date is read from its metadata), a role is kept as `Document.author_role`, an outlet
equal to the site's name is dropped, and so is the place (nothing downstream prints a dateline;
the story's own dateline, if it has one, opens its first paragraph). A desk credit ("HT
Correspondent", "Our Correspondent", "Metro Desk": one word before a job title) names no one.
Whether a line is a byline at all is `byline_shape.py`'s question, asked before this one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from l10n.ingest.byline_cjk import cjk_byline_names, korean_byline
from l10n.ingest.fields import cut_to, match_key, normalise_space

if TYPE_CHECKING:
    from l10n.model import Block

BYLINE_LABEL = re.compile(
    r"^(?:(?:written|words|reporting|reported|report|story|text|article|posted|published|submitted|photos?"
    r"|publicado|publicada|publié|publiée|pubblicato|pubblicata|veröffentlicht)"
    # misses45: "posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda", the post's day between the label and "by"
    r"(?:\s+on\s+(?=[^\n]{0,40}?\d)[^\n]{1,40}?)?\s+"  # holdout4: "Publicado por:"
    # misses51b: the post's hour (a weekday before it) opening the line, no label: "Wed 3:59 pm by Deborah Sterescu"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+)?"
    r"(?:by|from|author:?|authors:?|von|por|par|da|af|av)\s*:?(?:\s+|$)"  # holdout5: Danish "Af", Swedish "Av"
    r"|^(?:auteure?s?|autor(?:a|es|in|en)?|autore|autori|verfasser(?:in)?|texte?|testo|texto|текст|авторы?)\s*:\s*"
    r"|^door\s*:\s*"  # holdout17's review: nu.nl's Dutch "Door: NU.nl" (with its colon: "Door" alone is English)
    r"|^(?:une?\s+)?(?:texte|reportage|chronique)\s+(?:de\s+|d['’])"  # holdout4: "Un texte de Frédéric Zalac"
    r"|^(?:propos\s+)?recueillie?s?\s+par\s+"  # holdout12: an interview's "(Propos) recueillis par …" (taken down by)
    r"|^das\s+(?:gespräch|interview)\s+führten?\s+"  # holdout22: srf's "Das Gespräch führte …" (interviewed by)
    r"|^(?:entretien\s+réalisé\s+par|entrevista\s+realizada\s+por)\s+"
    r"|^(?:作者|著者|筆者|記者|记者|执笔|執筆)\s*[:：]\s*"  # holdout7: "作者：" over a list of writers
    r"|^(?:piše|pišu|пише|пишу)\s*:\s*"  # holdout5: Bosnian, Croatian, Serbian "writes:" ("Piše: P. Mucović")
    # holdout29: Greek "Από Δημήτρης Βέργος" (by), a name of two words in title case after it, nothing else
    # (a column's "ΑΠΟ ΜΕΡΑ ΣΕ ΜΕΡΑ", from day to day, is none)
    r"|^(?:από|απο)\s+(?=(?-i:[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)\s+(?-i:[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)\s*$)"
    r"|^(?:كتبت|كتب|بقلم)\s+",  # holdout5: Arabic "(she) wrote", "(he) wrote", "by the pen of" ("كتبت أسماء نصار")
    # "Auteur: Anna Kubišta", "Текст: Лида Буслаева"
    re.IGNORECASE,
)
# A credit label for the pictures, not the words: "Photo by", "Images by", "Foto:", "Video by".
# session 29: Russian "Фото:" and Polish "fot." too, now that an element classed "autor" is read as a byline's
# (Komsomolskaya Pravda's photo credit sits in one: `<div class="autor">Фото: Игорь УЛИТИН</div>`)
_PICTURE_LABEL = re.compile(
    r"^\W*(?:photos?|pictures?|images?|fotos?|fotograf\w*|photograph\w*|videos?|фото\w*|fot(?=\.))\b", re.IGNORECASE
)
# A company's legal form ("Süddeutsche.de GmbH, Munich, Germany"): the whole line is the publisher
# and its address, not people; no person's name ends so. Polish "Sp. z o.o." in either case, Czech and
# Slovak "s.r.o.", Russian "ООО" before the name (holdout26's Wprost, "AWR Wprost Sp. z o.o.", every page's
# meta author; holdout27's wnp.pl, `<meta name="Author">` "AltumNet sp. z o.o.", its web agency).
# misses50b: "Co." closing the name, or "& Co" (holdout50's NEWS.BCM.RU, meta author "Interline Pro Co.", its web
# developer: "Co" alone is a surname, the full stop closing the line is the company's), and the Russian forms an outlet
# or a firm is named after (ИА, информационное агентство: holdout50's Наш Брянск, meta author "ИА «НашБрянск.Ru»";
# РИА, ИД издательский дом, ТРК/ГТРК broadcasters, ПАО/АО/АНО/НКО), none a person's name's first word.
_LEGAL_FORM = re.compile(
    r"\b(?:GmbH|AG|Inc|Ltd|LLC|PLC|S\.A|S\.L|S\.p\.A|SpA|Pty|B\.V|N\.V)\b\.?|\bCo\.\s*$|&\s*Co\b"
    r"|\b(?i:sp\.\s*z\s*o\.\s*o|s\.\s*r\.\s*o)\b\.?|^(?:ООО|ОАО|ЗАО|ПАО|АО|АНО|НКО|ИА|РИА|ИД|ТРК|ГТРК)\s"
)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE = re.compile(
    rf"(?:\bon\s+)?"  # holdout5: "By Ann Lee on Monday, November 18th, 2019": the "on" goes too
    rf"(?:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\b(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})[a-z]*\.?,?\s+\d{{4}}|\b\d{{4}}-\d{{2}}-\d{{2}}|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}"
    rf"|\b(?:last\s+)?updated\b|\bpublished\b|\bposted\b|\bfiled\b|\b\d{{1,2}}:\d{{2}}\b|\b\d+\s+(?:min|minutes?|hours?)\s+(?:ago|read)\b"
    rf"|\b(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}\s+at\b"  # holdout4: "March 18 at 8:40 PM", the year left out
    # misses45: "Dec 24, 17:00 manga", a teaser's day and time (the year left out), or the day alone: no name
    rf"|\b(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+\d{{1,2}}:\d{{2}}\b|\s*$)"
    r"|\b\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:\d{4},?\s+)?(?:[^\W\d_]+\s+){0,2}\d{1,2}:\d{2}\b"  # holdout17: "24 янв в 17:00"
    r"|\b(?:prije|vor|hace|há|il y a|пре)\s+\d+\s|\b\d+\s+\w+\s+(?:fa|назад|geleden|sedan|siden)\b).*$",
    # holdout5: how long ago, in other languages ("prije 26 minuta", "vor 3 Stunden", "hace 2 horas")
    re.IGNORECASE,
)
# Names are joined by commas, "and" or "und", or by "et"/"y"/"e"/"и"/"og"/"och" before a capitalised name
# ("Por Ana Pérez y Juan López", "Par Jean Dupont et Marie Roy", holdout24's Danish "Trine Juncher Jørgensen
# og Tôrtia Reimer-Johansen", Norwegian's "og" and Swedish "och" the same; lower case after them is a
# phrase, not a name).
_SPLIT = re.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\||//)\s*|\s+(?:et|y|e|и|og|och)\s+(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))",
    re.IGNORECASE,
)
# rules21: two full names run together with a slash ("Ralph Steiner/Carlo Natter"); a desk's credit
# after a site's address ("red, wien.ORF.at/Agenturen", review on bench/evaldata.py's pages) is none.
_SLASHED_NAMES = re.compile(
    r"(?P<first>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)+)/(?P<second>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)+)"
)
# rules21: a name, a spaced dash and one word, the place filed from ("حسام أبو العلا - القاهرة", as a comma
# parts "Markus Balser, Berlin"; a name's own hyphen has no spaces). Only when what comes before is a
# name and the word no outlet: "Zone Justice et faits divers - ICI.Radio-Canada.ca" is a section and the
# site's address.
_DASH_PLACE = re.compile(r"(?P<name>\S+(?:\s+\S+)+?)\s+[-–—]\s+(?P<place>\S+)")
# holdout6: "Michael Larabel in Valve"; holdout27: "Cherie Taylor of the Daily Post", the paper that
# wrote a story another of its group's runs ("of" only before "the": "Catherine of Aragon" is a name)
_OUTLET = re.compile(r"\s+(?:(?i:for|at|in)\s+(?:(?i:the)\s+)?|(?i:of)\s+(?i:the)\s+)[A-Z].*$")
_DOMAIN = re.compile(r"\b(?:www\.|https?:)|\.(?:com|org|net|co\.uk)\b", re.IGNORECASE)
_DOTTED = re.compile(r"[^\W\d_]{2}\.[^\W\d_]{2}")  # "BBC.com", "Reuters.co.uk"; not initials ("J.O. Haselhoef")
# The count of comments a byline runs on after the names ("… and Jeffrey S. Passel24 comments", holdout10).
_COMMENT_COUNT = re.compile(
    r"\s*\d+\s+(?:comments?|comentarios?|comentários?|commentaires?|kommentare?|commenti|reacties)\s*$", re.IGNORECASE
)
# A link to a writer's or agency's other stories ("Otros artículos de ACN »", holdout8's bohemia): no byline.
_MORE_BY = re.compile(
    r"(?:otros|más|mas) artículos|(?:more|other) (?:articles|stories|posts)|(?:plus d.|autres )articles"
    r"|weitere (?:artikel|beiträge)|(?:outros|mais) artigos|altri articoli"
    r"|articles récents|recent (?:articles|stories|posts)|artículos recientes",  # holdout17: an author box's list
    re.IGNORECASE,
)
_BAR = re.compile(r"\s*\|\s*")
# A bar's field naming the post's categories ("par framasoft | Classé dans : Artiste, Contributopia"): no names; the
# label of a line of the post's categories too (`site_notes.is_category_line`, misses52b: "Эта статья в категориях:").
FILED_UNDER = re.compile(
    r"(?:filed under|posted in|categor(?:y|ies)|classé dans|catégories?|publicado en|archivado en|kategorien?"
    r"|категори[яийю]\w*|категорі[яйїю]\w*|рубрик\w*)\s*:",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(r"\s*[(\[].*?[)\]]")
# Co-writers credited in brackets after the writer: "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
_CO_WRITERS = re.compile(r"\s*\((?:avec|with|mit|con|com|с)\s+([^()]+)\)", re.IGNORECASE)
_NAME_JOINER = re.compile(r"\s+(?:et|and|und|y|e|и)\s+")
# A letter run into a digit: a name glued to the date beside it ("Lucas Nolan22 Dec 2016"); names hold no digits.
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)")
# …or into the writer's link words ("HusbandTwitterNews"); a name's inner capital ("McDonald") stays.
# A writer's bio: a name of up to four words, then what the writer did or does, as a sentence.
_BIO_SENTENCE = re.compile(
    r"^\s*(?:\S+\s+){1,4}(?:joined|is|was|has|covers|writes|reports|lives)\s+(?:\S+\s+){3,}\S+[.!]\s*$"
)
# A social network's follow button beside the writer ("Follow @jdoe", "Follow on Twitter"): no name.
_FOLLOW_BUTTON = re.compile(r"\s*follow\s+(?:@\w+|on\s+\w+)\s*", re.IGNORECASE)
# chrome27: what a CMS states when no one is named: its placeholder ("No Author", japantimes' meta author) or an
# administrator's account ("User Admin", "Jdadmin", "admin"): no writer.
_PLACEHOLDER_NAME = re.compile(r"\s*(?:(?:no|unknown)\s+author|(?:\w+\s+)?\w*admin(?:istrator)?)\s*", re.IGNORECASE)
# writers27: a field labelled as the story's source ("Autor: atab, kan; Źródło: PAP", tvp.info): where the
# story came from, a wire or another outlet, not who wrote it ("Quelle: dpa", "Source: Reuters"); with its
# colon, as the label is printed ("Bron Smith", "Fonte Silva" are names). The languages of BYLINE_LABEL.
SOURCE_LABEL = re.compile(
    r"^\W*(?:źródło|źródła|source|sources|quelle|quellen|fuente|fuentes|fonte|fontes|источник|джерело|zdroj"
    r"|forrás|bron|kilde|källa|izvor|kaynak|sursa|sursă|πηγή|πηγη)\s*:",
    re.IGNORECASE,
)
# …or the label "By" into the name ("ByMalcolm Harris"); "Byron", "Byeong-hun" go on in lower case.
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_GLUED_LINK = re.compile(r"(?<=[a-z])(Twitter|Facebook|Instagram|LinkedIn|Email|Archive|Contact)(?=[A-Z]|\b)")
# An academic or professional degree after the name and a comma ("Brenda Goodman, MA"): not a second name.
_DEGREE = re.compile(r"^\s*(?:MA|MSc|MD|PhD|Ph\.D\.|DPhil|BSc|MBA|MPH|MPA|RN|DDS|LLM|EdD|DrPH)\b\.?\s*")
# An academic title before the name ("Dr. Max Kolter", "Prof. Dr. Anna Berg", Austria's "Mag.", Italy's "Dott.",
# Spanish "Dra."; "Dr Ann Lee" as British English writes it; a doctorate's faculty after it, "Dr. med."): a
# degree, not the name the story is signed with (holdout24: LTO's writer, labelled "Max Kolter"). Dropped, as
# `_DEGREE` after a name; one title alone is no name ("Dr." with nothing after it stays as written).
_ACADEMIC_TITLE = re.compile(
    r"^(?:(?:Prof|Dr|Dra|Mag|Dott|Dott\.ssa)\.?(?:\s+(?:med|phil|iur|jur|rer\.\s*nat|h\.\s*c)\.)*\s+)+(?=\S)"
)
ROLE_WORDS = frozenset(
    """editor editors correspondent correspondents reporter reporters writer writers columnist contributor
    contributors staff senior chief deputy political education business science health economics
    sports sport technology tech culture arts foreign diplomatic home affairs social media digital
    producer producers journalist journalists analyst photographer photographers intern associate
    managing executive news desk bureau @""".split()
) | frozenset(  # rules21: the same jobs in the corpus's other languages ("Auswärtige Autoren": outside authors);
    # not the singular "Autor", "Auteur", "Autores", labels as often ("Autor Mark Newton:", "Auteur :")
    """autoren autorinnen redakteur redakteurin redakteure korrespondent korrespondentin korrespondenten
    rédacteur rédactrice rédacteurs correspondant correspondante correspondants journaliste journalistes
    redactor redactora redactores corresponsal corresponsales periodista periodistas
    redattore redattrice corrispondente giornalista giornalisti jornalista jornalistas correspondente repórter""".split()
)
ORGANISATION_WORDS = frozenset(
    "news press agency media times post herald online staff wire service reuters afp ap xinhua dpa efe ansa upi "
    "kyodo yonhap bloomberg ritzau ntb anp bns pti ians "
    "redazione redacción redação rédaction redaktion redaktionen redaksjonen newsroom συντακτικη ομαδα "
    "redaccion redacao "  # chrome27: the desk's name typed without its accent (junin24's "Redaccion")
    # writers27: "agency" and "news" as other languages write them ("Agência O Globo", Arabic "المدينة نيوز"), a
    # bureau (Hindi "वाराणसी ब्यूरो": the Varanasi desk), a portal (ig.com.br's meta author "Portal iG"), and a
    # company's words (aryanews' meta author "Arya Group", dominicantoday's web agency "Merit Designs Consulting Group")
    "agência agencia agence agentur agenzia نيوز bureau ब्यूरो group consulting portal".split()
)  # words of outlets, the wire agencies that sign copy, and a newsroom's desk ("Redazione", "ΣΥΝΤΑΚΤΙΚΗ ΟΜΑΔΑ")
MAX_NAME_WORDS = 5
WRITER_LINK_WORDS = frozenset("twitter facebook instagram linkedin email e-mail archive contact rss follow".split())
MAX_ROLE_LINE_WORDS = 4
NAME_PARTICLES = frozenset("de da del della der di du la le van von bin al el y".split())
# The site speaking of itself or to its reader, as menu labels do ("Contact Us", "Your Account"): the
# pronouns of the first person plural and of the second person, personal and possessive, in the corpus's
# languages, from each language's pronoun table (rules21: Unicode CLDR, Babel and justext's stoplists,
# drawn from Wikipedia's third-person prose, hold none of them; no other list is in the lock). No name's
# word: "You" and "My" are (a Chinese surname, a Vietnamese given name written without marks), and so are
# "Tu" and "Mi" (Chinese and Korean surnames), "Mia", "Mio", "Mon", "Os", "Seu", "Kita", "Anda", and (review21)
# "Vos" (a Dutch surname), "Kami" (Kami Rita Sherpa), "Ons" (Ons Jabeur), "Noi", "Nas", "Biz": left out.
ADDRESS_WORDS_BY_LANGUAGE = {
    "en": "us our ours we me your yours",
    "de": "uns unser unsere unserer wir ihr ihre euch euer eure dein deine",  # "Über uns", "Ihr Konto"
    "fr": "nous notre nos vous votre",  # "Nous contacter", "Votre compte"
    "es": "nosotros nosotras nuestro nuestra nuestros nuestras usted ustedes",  # "Sobre nosotros"
    "it": "nostro nostra nostri nostre voi vostro vostra siamo",  # "Chi siamo" (who we are)
    "pt": "nós nosso nossa nossos nossas conosco você vocês",  # "Fale conosco", "Sobre nós"
    "nl": "onze wij jouw uw",  # "Onze redactie", "Uw account"
    "da no sv": "vores oss vår våra våre",  # "Kontakta oss", "Vores nyhedsbreve"
    "pl cs": "nasz nasza nasze nás náš naše vás váš vaše",  # "Nasz zespół", "Kontaktujte nás"
    # misses48: the neuter "наше", "ваше" too ("Скачай наше iPhone приложение", an app box's title in an author-classed
    # element, was read as a writer)
    "ru bg": "нас наш наша наше наши нашите вас ваш ваша ваше ваши мы",  # "О нас", "За нас"
    "el": "μας εμάς σας εσάς",  # "Επικοινωνήστε μαζί μας"
    "tr": "bize bizim sizin",  # "Bize ulaşın"
    "ar": "نحن بنا لنا معنا",  # "من نحن", "اتصل بنا": caseless, so every word reads as capitalised
    "fa": "ما",  # "درباره ما", "تماس با ما"
}
ADDRESS_WORDS = frozenset(word for words in ADDRESS_WORDS_BY_LANGUAGE.values() for word in words.split())
WRITING_JOBS = frozenset(
    "reporter reporters writer writers correspondent editor columnist contributor journalist".split()
)
# A job title's beat, set before its role word ("International Editor", "AP Entertainment Writer"): part
# of the title there; elsewhere a word of a name ("Amnesty International"), so no role word itself.
BEAT_WORDS = frozenset(
    """international national world global local regional metro city state entertainment environment environmental
    climate crime courts legal defence defense security investigations investigative opinion medical music film
    travel food religion energy transportation weather""".split()
)


# A trade's job or team named after the writers and a comma ("Bryan Willey and Clementine Hahn, Product
# Managers", "Anne-Marie Mulumba, Design Research", blind7; "Ann Lee, Director of Communications"): words no
# person's name holds, read only in a part after a name (`_is_job_part`), so a line of them alone is not
# taken for a role line as `ROLE_WORDS` are. Not "head", "lead" or "president" (Edith Head).
JOB_WORDS = frozenset(
    """manager managers director directors designer designers developer developers engineer engineers scientist
    scientists researcher researchers research strategist strategists officer officers specialist specialists
    coordinator coordinators adviser advisers advisor advisors consultant consultants communications marketing
    engineering operations partnerships""".split()
)
_JOB_JOINERS = frozenset("of for and &".split())


@dataclass
class Byline:
    """A byline taken apart: person names, and a job title if one came with them."""

    names: list[str] = field(default_factory=list)
    role: str = ""


# The copyright sign and the outlet holding the rights, its name in quotes, before the writer's name: a credit line
# closing the story (misses39, holdout38's fedpress: "© Экспертный канал «ФедералПресс» Мария Захарова", the expert
# channel "FederalPress"'s rights, then its writer): the name after it is the byline
_COPYRIGHT_HOLDER = re.compile(r"^\s*(?:©|\([cC]\))\s*[^«»\"“”„]{0,40}[«\"“„][^«»\"“”„]{1,40}[»\"”“]\s*[,.:–—-]?\s*")


def reduce_byline(text: str, *, site_name: str = "") -> Byline:
    """Names (and role) from a byline as printed on a page (`_reduced_byline`), a new `Byline` each call: a function
    of the two texts alone, its last answers kept (`BYLINE_CACHE`; pagespeed44: a page's readers of its writers
    reduce the same author fields and lines two to four times a read)."""
    kept = _kept_byline(text, site_name)
    return Byline(names=list(kept.names), role=kept.role)


BYLINE_CACHE = 512  # (text, site name) pairs whose reduced byline is kept


def _reduced_byline(text: str, site_name: str) -> Byline:
    """Names (and role) from a byline as printed on a page.

    >>> reduce_byline("Richard Adams Education editor")
    Byline(names=['Richard Adams'], role='Education editor')
    >>> reduce_byline('By Amanda "Tania Mae" Tan November 19, 2023 7:18 pm').names
    ['Amanda "Tania Mae" Tan']
    >>> reduce_byline("By Glen Owen And Brendan Carlin For The Mail On Sunday").names
    ['Glen Owen', 'Brendan Carlin']
    >>> reduce_byline("By Cherie Taylor of the Daily Post").names, reduce_byline("By Catherine of Aragon").names
    (['Cherie Taylor'], ['Catherine of Aragon'])
    >>> reduce_byline("Posted: 01/12/2012 1:00 AM | Comments: 0 (including replies)").names
    []
    >>> reduce_byline("Rob Picheta, CNN", site_name="CNN").names, reduce_byline("Author: Julia Hitz (eg)").names
    (['Rob Picheta'], ['Julia Hitz'])
    >>> reduce_byline("CBS News February 24, 2020, 7:57 AM", site_name="CBS News").names
    []
    >>> reduce_byline("By Ann Lee, Shipping correspondent")
    Byline(names=['Ann Lee'], role='Shipping correspondent')
    >>> reduce_byline("Article by").names, reduce_byline("J.O. Haselhoef").names, reduce_byline("Ann Lee BBC.com").names
    ([], ['J.O. Haselhoef'], [])
    >>> reduce_byline("By Adam Aaronson PhillyVoice Staff", site_name="PhillyVoice")
    Byline(names=['Adam Aaronson'], role='Staff')
    >>> reduce_byline("Auteur: Anna Kubišta").names, reduce_byline("Süddeutsche.de GmbH, Munich, Germany").names
    (['Anna Kubišta'], [])
    >>> reduce_byline("Von Markus Balser, Berlin").names, reduce_byline("Ольга Бондаренко, Краснодарский край").names
    (['Markus Balser'], ['Ольга Бондаренко'])
    >>> reduce_byline("By Nada Tawfik, BBC News, New York").names
    ['Nada Tawfik']
    >>> reduce_byline("HT Correspondent"), reduce_byline("Our Correspondent").names
    (Byline(names=[], role='Correspondent'), [])
    >>> reduce_byline("By Ann Lee, Health editor, and Bo Chen").names, reduce_byline("By Ann Lee, Reuters, and Bo Chen, AP").names
    (['Ann Lee', 'Bo Chen'], ['Ann Lee', 'Bo Chen'])
    >>> reduce_byline("Brenda Goodman, MA, and Ann Lee").names
    ['Brenda Goodman', 'Ann Lee']
    >>> reduce_byline("By Smith, Jones").names, reduce_byline("By Ann Lee, Bo Chen").names
    (['Smith', 'Jones'], ['Ann Lee', 'Bo Chen'])
    >>> reduce_byline("Par Martin Untersinger (avec Damien Leloup et Morgane Tual)").names
    ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']
    >>> reduce_byline("聯合報 記者林宸誼／即時報導").names, reduce_byline("著者：後藤大地").names, reduce_byline("[田中宏昌，ITmedia]").names
    (['林宸誼'], ['後藤大地'], ['田中宏昌'])
    >>> reduce_byline("記者会見").names, reduce_byline("記者イベント").names
    ([], [])
    >>> reduce_byline("Von Dr. Max Kolter").names, reduce_byline("Prof. Dr. med. Anna Berg und Mag. Ole Hansen").names
    (['Max Kolter'], ['Anna Berg', 'Ole Hansen'])
    >>> reduce_byline("posted on 2023-12-19 23:30 EST by Ann Lee").names, reduce_byline("Posted on Monday by Ann Lee").names
    (['Ann Lee'], [])
    >>> reduce_byline("Dec 24, 17:00 manga").names, reduce_byline("Ann Lee Dec 24").names
    ([], ['Ann Lee'])
    >>> reduce_byline("© Harbour channel «Daily News» Ann Lee").names, reduce_byline("© 2012 «Daily News». All rights reserved").names
    (['Ann Lee'], [])
    """
    text = _COMMENT_COUNT.sub(
        "", _without_outlet_fields(text)
    )  # holdout5: "Amy Kuperinsky | NJ Advance Media for NJ.com"
    held = _COPYRIGHT_HOLDER.match(text)  # misses39: "© Экспертный канал «ФедералПресс» Мария Захарова"
    if held is not None and looks_like_name(text[held.end() :].strip()):
        text = text[held.end() :]
    if is_picture_label(text):
        return Byline()  # a photo credit is never a byline (holdout24: "Foto: Mads Claus Rasmussen")
    korean = korean_byline(text)
    if korean:  # holdout5: "스포츠조선=선수민 기자"
        return Byline(names=[korean[0]], role=korean[1])
    cjk = cjk_byline_names(text)
    if cjk:  # holdout6: "記者林宸誼／即時報導", "[田中宏昌，ITmedia]"; holdout7: "文● オカモト／ASCII編集部", "by 深海"
        return Byline(names=cjk)
    if _BIO_SENTENCE.match(text):  # holdout9's kesq: the writer's bio, "Madison Weil joined the … in June 2018."
        return Byline()
    if _FOLLOW_BUTTON.fullmatch(text):  # holdout9: "Follow @David_A_Talbot", the button under an author box
        return Byline()
    if site_name and match_key(text) == match_key(site_name):  # holdout9's yjc: `article:author` = og:site_name
        return Byline()  # the site's whole stated name ("… | آخرین اخبار ایران و جهان | YJC"): no writer
    if _DOMAIN.search(text) or _LEGAL_FORM.search(text) or _MORE_BY.match(text.strip()):
        return Byline()  # "Deutsche Welle (www.dw.com)", "Süddeutsche.de GmbH, Munich": an outlet, not a person
    text = _CO_WRITERS.sub(lambda found: ", " + _NAME_JOINER.sub(", ", found.group(1)), text)
    text = _writer_in_brackets(text)  # holdout27: "Autor: wnp.pl (Jerzy Dudała)"
    text = normalise_space(_PARENTHESIS.sub("", text))
    text = _GLUED_DIGIT.sub(" ", text)  # holdout4: "Lucas Nolan22 Dec 2016": spans printed without a space
    text = _GLUED_LINK.sub(r" \1 ", text)  # holdout8: "Andrew HusbandTwitterNews & Culture Writer"
    text = _GLUED_BY.sub("By ", text)  # holdout9: "ByMalcolm Harris", the label's span run into the name's
    text = _DATE.sub("", BYLINE_LABEL.sub("", text)).strip(" ,-–—|·")
    text = _without_trailing_outlet(text, site_name)  # holdout4: "Finian Cunningham. Sputnik International"
    text = _OUTLET.sub("", text)
    slashed = _SLASHED_NAMES.fullmatch(text)
    if slashed and looks_like_name(slashed["first"]) and looks_like_name(slashed["second"]):
        text = f"{slashed['first']}, {slashed['second']}"
    placed = _DASH_PLACE.fullmatch(text)
    if (
        placed
        and len(placed["name"].split()) <= MAX_NAME_WORDS
        and looks_like_name(placed["name"])
        and not _is_outlet(placed["place"], site_name)  # "Լուրեր Հայաստանից - NEWS.am": a tagline and the site
    ):
        text = placed["name"]
    byline = Byline()
    after_outlet = False  # "Name, Outlet, Place": the wire convention; co-writers come before the outlet (or role)
    parts = _SPLIT.split(text)
    for position, part in enumerate(parts):
        if SOURCE_LABEL.match(part):  # writers27: "Źródło: PAP", the story's source, and its agencies after it
            break
        part = _DEGREE.sub("", part) if byline.names else part  # holdout4: "Brenda Goodman, MA"
        if byline.names and _is_job_part(part):  # blind7: "…, Product Managers", "…, Design Research"
            byline.role = byline.role or part.strip(" .-–—")
            continue
        name, role = _name_and_role(part.strip(" .-–—"))
        if role and byline.names and len(name.split()) < 2:
            name, role = "", part.strip(" .-–—")  # "Ann Lee, Shipping correspondent"
        elif role and len(name.split()) < 2 and not role.startswith("@"):
            name = ""  # a desk credit: "HT Correspondent", "Our Correspondent", "Metro Desk"
        name = _without_site(name, site_name)  # "Adam Aaronson PhillyVoice Staff"
        if name.endswith((":", "：")):  # holdout27: "Posted: 01/12/2012 1:00 AM", its label left when the day is cut
            name = ""
        name = _ACADEMIC_TITLE.sub("", name)  # holdout24: "Dr. Max Kolter"
        byline.role = byline.role or role
        if _PLACEHOLDER_NAME.fullmatch(name):  # chrome27: "No Author", "Por User Admin": the CMS's, no one's name
            continue
        if names_desk(name):  # writers28: "By World's Editorial Writers", "Practical Horseman Editorial Staff"
            continue
        if not name or _is_outlet(name, site_name):  # an outlet (not a role or a degree) after the names
            after_outlet = after_outlet or (bool(byline.names) and _is_outlet(part.strip(" .-–—"), site_name))
            continue
        after_full_name = bool(byline.names) and len(byline.names[-1].split()) > 1
        filed_from = after_outlet and position == len(parts) - 1  # the place closes the byline
        if not byline.names and position == len(parts) - 1 and len(name.split()) < 2 and 0 < position:
            if all(_is_outlet(earlier.strip(" .-–—"), site_name) for earlier in parts[:position]):
                continue  # holdout5: "PTI, Washington": a wire agency alone, and where it filed from
        if byline.names and (filed_from or (after_full_name and len(name.split()) < 2 and not role)):
            continue  # the place filed from: "Nada Tawfik, BBC News, New York", "Markus Balser, Berlin"
        if after_full_name and not role and not looks_like_name(name):
            continue  # misses37: a region with a word in lower case, "Ольга Бондаренко, Краснодарский край"
        if name not in byline.names:
            byline.names.append(name)
    return byline


_kept_byline = functools.lru_cache(maxsize=BYLINE_CACHE)(_reduced_byline)  # read only: `reduce_byline` copies it


# A newsroom's desk named by what it writes or as a team ("World's Editorial Writers", "Practical Horseman
# Editorial Staff", "Editorial Team", "Equipo editorial"; the staff word goes to the role, the rest stays
# as a name): the words in the corpus's languages. No person's name holds them. misses39: "report", the paper's own
# report credited to its name ("RECORDER REPORT" in the Business Recorder's author field; "Staff Report", "F.P. Report")
DESK_WORDS = frozenset(
    "editorial editorials editoriale éditorial éditoriale team équipe equipe equipo squadra report".split()
)


def names_desk(name: str) -> bool:
    """A name holding a desk's word (`DESK_WORDS`): a newsroom's desk, no person.

    >>> names_desk("World's Editorial"), names_desk("Practical Horseman Editorial"), names_desk("Ann Lee")
    (True, True, False)
    >>> names_desk("RECORDER REPORT")
    True
    """
    return any(word in DESK_WORDS for word in name.lower().split())


def is_picture_label(text: str) -> bool:
    """A credit for the pictures ("Photo by Ann Lee", "Foto:"): the photographer is not the writer, and
    `reduce_byline` reads no name in it (holdout24: Sermitsiaq's `<figcaption itemprop="author">Foto: Mads
    Claus Rasmussen</figcaption>`, set apart from its picture's figure, was read as the writer).

    >>> is_picture_label("Photo by Ann Lee"), is_picture_label("By Ann Lee")
    (True, False)
    """
    return bool(_PICTURE_LABEL.match(text))


def _without_outlet_fields(text: str) -> str:
    """The byline without the fields a bar sets apart that name an outlet by its web address or
    legal form ("Amy Kuperinsky | NJ Advance Media for NJ.com" → "Amy Kuperinsky"): a CMS joins
    the writer's name and the desk's credit so; the whole text when every field is such a one.

    >>> _without_outlet_fields("Amy Kuperinsky | NJ Advance Media for NJ.com"), _without_outlet_fields("BBC.com")
    ('Amy Kuperinsky', 'BBC.com')
    >>> _without_outlet_fields("By Jemele Hill ESPN.com Archive | Contact")
    'By Jemele Hill | Contact'

    """
    fields = _BAR.split(text)
    cut = [_before_domain(part) for part in fields]  # holdout8: "By Jemele Hill ESPN.com Archive | Contact"
    names = [part for part in cut if not (_DOMAIN.search(part) or _LEGAL_FORM.search(part) or FILED_UNDER.match(part))]
    return " | ".join(names) if names and (len(names) < len(fields) or cut != fields) else text


def _before_domain(field: str) -> str:
    """A labelled byline field up to the outlet's address run on after the name ("By Jemele Hill
    ESPN.com Archive" → "By Jemele Hill", holdout8); any other field as it is."""
    found = _DOMAIN.search(field)
    if found is None or not BYLINE_LABEL.match(field):
        return field
    head = field[: found.start()].rsplit(" ", 1)[0] if " " in field[: found.start()] else ""
    return head.strip() or field


# A site's web address with its writer's name in brackets after it ("wnp.pl (Jerzy Dudała)")
_ADDRESS_AND_WRITER = re.compile(r"[^\s()|]*[^\W\d_]{2}\.[^\W\d_]{2,}[^\s()|]*\s*\((?P<name>[^()|]+)\)")


def _writer_in_brackets(text: str) -> str:
    """The byline with a site's web address credited and its writer in brackets after it read as the
    writer ("Autor: wnp.pl (Jerzy Dudała) | 29-12-2011" → "Autor: Jerzy Dudała | 29-12-2011"):
    a portal credits itself and names the person in brackets (holdout27's wnp.pl), where brackets
    after a name hold initials or a desk ("Julia Hitz (eg)") and are dropped.

    >>> _writer_in_brackets("Autor: wnp.pl (Jerzy Dudała) | 29-12-2011"), _writer_in_brackets("Julia Hitz (eg)")
    ('Autor: Jerzy Dudała | 29-12-2011', 'Julia Hitz (eg)')
    >>> _writer_in_brackets("Source: bbc.co.uk (updated)")
    'Source: bbc.co.uk (updated)'
    """
    return _ADDRESS_AND_WRITER.sub(
        lambda found: found["name"].strip() if looks_like_name(found["name"].strip()) else found.group(0), text
    )


def _without_trailing_outlet(text: str, site_name: str) -> str:
    """The byline without an outlet run on after a full stop ("Finian Cunningham. Sputnik
    International" → "Finian Cunningham"); a full stop after an initial or a title ("Dr. Ann Lee")
    is followed by a name, not an outlet."""
    head, dot, tail = text.rpartition(". ")
    if dot and head and tail and not _INITIAL_END.search(head) and _is_outlet(tail, site_name):
        return head
    return text


# A head ending in an initial ("Cam E", "J.O"): the full stop is the initial's, and the surname follows (holdout30's
# "By Cam E. Kettles, Crimson Staff Writer", whose "Kettles, Crimson Staff Writer" reads as an outlet).
_INITIAL_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)*[A-Z]$")


def _without_site(name: str, site_name: str) -> str:
    """The name without the site's name run on after it ("Adam Aaronson PhillyVoice" → "Adam Aaronson"); none when
    one word is left: the word is the outlet's kind, not a name (misses50b: "ИА «НашБрянск.Ru»", the agency Наш
    Брянск.RU, was cut to "ИА"; a name is not cut to its first word).

    >>> _without_site("Adam Aaronson PhillyVoice", "PhillyVoice"), _without_site("Radio PhillyVoice", "PhillyVoice")
    ('Adam Aaronson', '')
    """
    words, site = name.split(), match_key(site_name)
    for index in range(1, len(words)):
        if site and match_key(" ".join(words[index:])) == site:
            return " ".join(words[:index]) if index > 1 else ""
    return name


def looks_like_name(name: str) -> bool:
    """Every word capitalised ("Gail Levy", "Daniel O'Mahony"), not a phrase ("Why you can trust SCMP"),
    and no word the site says of itself or to its reader: a menu label in title case ("Contact Us",
    "Follow Us", "About Us", "Your Account") names no one.

    >>> looks_like_name("Jan Lukas Strozyk"), looks_like_name("Beginn an"), looks_like_name("Contact Us")
    (True, False, False)
    """
    words = name.split()
    return all(is_capitalised(word) or word.lower() in NAME_PARTICLES for word in words) and not is_menu_label(words)


def is_menu_label(words: list[str]) -> bool:
    """The words of a link the site labels, not of a name: one of the site speaking of itself or to
    its reader among them (`ADDRESS_WORDS`: "Contact Us", "Your Account"), or only a writer's link
    words ("Follow", "Twitter", "Contact": the button beside a name in an author box).

    >>> is_menu_label(["Follow", "Us"]), is_menu_label(["Follow"]), is_menu_label(["Ann", "Follow"])
    (True, True, False)
    """
    keys = [word.lower().strip(".,:!") for word in words]
    return any(key in ADDRESS_WORDS for key in keys) or (bool(keys) and all(key in WRITER_LINK_WORDS for key in keys))


CASELESS_WORDS_END = 0x1100  # Hangul Jamo: East Asian scripts from here on


def is_capitalised(word: str) -> bool:
    """The word opens with a capital, or with a letter of an alphabet that has no case but parts
    its words with spaces (Arabic, Hebrew, Devanagari, Thai…: Unicode gives their letters neither
    case), where any word may be a name's. Han, kana and Hangul (from U+1100 on) are not words
    of a name by spaces: their bylines have patterns of their own (`byline_cjk.korean_byline`, page_authors).

    >>> is_capitalised("Ann"), is_capitalised("ann"), is_capitalised("نصار"), is_capitalised("2020")
    (True, False, True, False)
    >>> is_capitalised("崔宁宁"), is_capitalised("선수민")
    (False, False)
    """
    first = word[:1]
    return first.isupper() or (first.isalpha() and not first.islower() and ord(first) < CASELESS_WORDS_END)


_NAME_DASHES = frozenset("-–—")  # a dash standing alone between a name and the title after it


def _name_and_role(part: str) -> tuple[str, str]:
    """The leading capitalised words are the name; from the first role word on, the role; a
    writer's link words after the name ("Twitter", "Archive", "Contact", holdout8) are neither. A dash
    standing alone before the role ends the name, the outlet and the job after it (misses48).

    >>> _name_and_role("Debbie Emery - Radar Reporter"), _name_and_role("Ann Lee – Staff Writer")
    (('Debbie Emery', 'Radar Reporter'), ('Ann Lee', 'Staff Writer'))
    """
    words = part.split()
    for index, word in enumerate(words):
        if word.lower().strip(".,") in ROLE_WORDS or word.startswith("@"):
            start = index  # holdout12: the beat, and the wire agency, before the role word are the title's
            while start > 1 and _is_title_word(words[start - 1], words[index]):
                start -= 1
            dash = next((at for at, part in enumerate(words[: start + 1]) if at and part in _NAME_DASHES), None)
            if dash is not None:  # misses48: "Debbie Emery - Radar Reporter", the outlet and the job after a dash
                return " ".join(words[:dash]), " ".join(words[dash + 1 :])
            if start and not (is_capitalised(words[start - 1]) or words[start - 1].lower() in NAME_PARTICLES):
                # rules21: a sentence about someone ("Titiou Lecoq est journaliste…"): a verb, not the name's last
                # word, before the job; a particle inside a name stays ("Ana dos Santos Staff Writer", review21)
                return "", ""
            return " ".join(words[:start]), " ".join(words[start:])
        if index and word.lower() in WRITER_LINK_WORDS:
            return _name_and_role(" ".join(words[:index]))
    if len(words) > MAX_NAME_WORDS or not words or not is_capitalised(words[0]) or is_menu_label(words):
        return "", ""  # not a name: a phrase, or a menu label ("Contact Us", "Follow")
    return part, ""


def _is_job_part(part: str) -> bool:
    """A credit's part that names a trade's job or team (`JOB_WORDS`): capitalised words, up to five,
    one of them a job's, the others joined by "of", "for", "and".

    >>> _is_job_part("Product Managers"), _is_job_part("Design Research"), _is_job_part("Director of Communications")
    (True, True, True)
    >>> _is_job_part("Bo Chen"), _is_job_part("Edith Head"), _is_job_part("research on bees")
    (False, False, False)
    """
    words = part.strip(" .-–—").split()
    if not 0 < len(words) <= MAX_NAME_WORDS or not any(word.lower() in JOB_WORDS for word in words):
        return False
    return all(is_capitalised(word) or word.lower() in _JOB_JOINERS for word in words)


def _is_title_word(word: str, role: str) -> bool:
    """A word of a job title before its role word ("Lindsey Hilsum International Editor", "ANDREW
    DALTON AP Entertainment Writer"): a beat, or an agency's name, before a writing job.

    >>> _is_title_word("International", "Editor"), _is_title_word("AP", "Writer"), _is_title_word("Hilsum", "Editor")
    (True, True, False)
    >>> _is_title_word("International", "Staff")
    False
    """
    return role.lower().strip(".,") in WRITING_JOBS and word.lower() in BEAT_WORDS | ORGANISATION_WORDS


def _is_outlet(name: str, site_name: str) -> bool:
    key, site = match_key(name), match_key(site_name)
    if site and (key == site or key.startswith(site) or site.startswith(key)):
        return True
    initials = "".join(word[:1] for word in site_name.split()).lower()
    if len(initials) > 1 and name.isupper() and key == initials:
        return True  # holdout5: "HT Correspondent" on Hindustan Times: the paper by its initials
    words = name.lower().split()
    return any(word in ORGANISATION_WORDS for word in words) or bool(_DOTTED.search(name))


def narrow_to_name(block: Block) -> str:
    """Cut a byline block down to its one name ("Richard Adams Education editor" → "Richard
    Adams"), shifting its inline markup; returns the role that was cut off. A block naming
    several people, or none that `reduce_byline` recognises, keeps its text.

    >>> from l10n.model import Block, InlineMarkup
    >>> block = Block("byline", "Richard Adams Education editor", markup=[InlineMarkup(0, 13, "a")])
    >>> narrow_to_name(block), block.text, block.markup[0].end
    ('Education editor', 'Richard Adams', 13)
    """
    reduced = reduce_byline(block.text)
    if len(reduced.names) != 1 or reduced.names[0] == block.text:
        return reduced.role
    name = reduced.names[0]
    start = block.text.find(name)
    if start < 0:
        return reduced.role
    cut_to(block, start, start + len(name))
    return reduced.role
