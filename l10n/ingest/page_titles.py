"""A page's stated titles taken apart: the site's name and dates that CMSs run on a title ("… | CNN
Politics", "… | DW | 19.01.2020"), cut by the stated site name, by the page's own domains, or by
the name two of its titles end with (`titles_site_name`). Moved out of `metadata.py` (holdout12).
"""

from __future__ import annotations

import functools
import re

from l10n.ingest.fields import match_key, normalise_space

# A bar binds without spaces; full-width forms (U+FF5C "｜", U+FF0D "－") as CJK titles set them (holdout7).
# misses35: a double hyphen after a Han letter binds without spaces too, as Chinese papers' CMSs set it
# ("拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网", dahe's); in Latin text "--" is a dash inside the title.
# misses36: an underscore after a Han letter parts too, as China's government portals and papers set the site's
# name ("…减负180亿元_内蒙古自治区政府门户网站", nmg's; "…_教育频道_中国青年网"); in Latin text it joins a name.
_TITLE_SEPARATOR = re.compile(
    r"\s+(?:[|\-–—:·•»－]|::)\s+|\s*[|｜]\s*|(?<=[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e”」』》）])(?:--|\s*_\s*)(?=\S)"
)
_DATE_PART = re.compile(r"^[\d./\- ]{6,}$")
# misses42: a part that is a domain name alone ("VOCM.COM|Flu Vaccine Still Available | Article", holdout41's VOCM;
# "News.az", "Rediff.com"): the site named by its address, whatever the page states as its name; a label of two
# letters or more, then a generic or a two-letter country's top-level domain ("St.Louis", "Vol.2" are none).
# misses43: the top-level domain written in lower case as addresses are ("News.az"), or the whole name in capitals
# with a generic one ("VOCM.COM"): a capital's abbreviation before a name is no address ("Dr.No", "St.Lo", "Mr.Li";
# "no", "lo" and "li" are countries' domains all the same, so a list of domains would not tell them apart)
_GENERIC_DOMAINS = "com|net|org|info|biz|gov|edu|news|online|media|tv|fm"
_DOMAIN_PART = re.compile(
    rf"(?:www\.)?(?:[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]\.)+(?:{_GENERIC_DOMAINS}|[a-z]{{2}})"
    rf"|(?:WWW\.)?(?:[A-Z0-9][A-Z0-9-]*[A-Z0-9]\.)+(?:{_GENERIC_DOMAINS.upper()})"
)
MAX_SITE_WORDS = 6  # a site's name as titles end with it ("Preußische Allgemeine Zeitung")
STRIP_CACHE = 256  # (title, site name) pairs whose `strip_site_name` is kept: a page states a few titles


@functools.lru_cache(maxsize=STRIP_CACHE)
def strip_site_name(title: str, site_name: str = "") -> str:
    """A title without the site's name and dates that CMSs append or prepend ("… | CNN Politics",
    "… | DW | 19.01.2020", "… - The New York Times", "대전일보 모바일 :: …"), and without what follows
    the site's name (its tagline); a title that is all site stays whole.

    >>> strip_site_name("Berlin confronts its past | DW | 19.01.2020", "DW.COM")
    'Berlin confronts its past'
    >>> strip_site_name("Senate passes the bill | CNN Politics", "CNN")
    'Senate passes the bill'
    >>> strip_site_name("Coronavirus: New York ramps up burials - BBC News", "BBC News")
    'Coronavirus: New York ramps up burials'
    >>> strip_site_name("Letters: Coddling criminals | Tax dollars", "The Mercury News")
    'Letters: Coddling criminals | Tax dollars'
    >>> strip_site_name("Stars refuse to play - Raw Story - Celebrating 18 Years of Journalism", "rawstory")
    'Stars refuse to play'
    >>> strip_site_name("대전일보 모바일 :: 코로나19 극복 성금 기탁 줄 잇는다", "대전일보")
    '코로나19 극복 성금 기탁 줄 잇는다'
    >>> strip_site_name("気軽に新聞をスクラップできる「ペン」、CUTPEN ｜ ガジェット通信 GetNews", "ガジェット通信 GetNews")
    '気軽に新聞をスクラップできる「ペン」、CUTPEN'
    >>> strip_site_name("VOCM.COM|Flu Vaccine Still Available | Article"), strip_site_name("St.Louis | Cardinals win")
    ('Flu Vaccine Still Available | Article', 'St.Louis | Cardinals win')
    >>> strip_site_name("Bond returns | Dr.No"), strip_site_name("Bond returns | News.az")
    ('Bond returns | Dr.No', 'Bond returns')

    A function of the two texts alone, its last answers kept (`STRIP_CACHE`): a page's rules ask it of the
    page's few titles some eighteen times a read (pagespeed44: `story_headings`, `side_column_keys`,
    `drop_other_stories`, the headline's choice).
    """
    parts = _TITLE_SEPARATOR.split(title)
    separators = _TITLE_SEPARATOR.findall(title)
    site = match_key(site_name)
    named = next(
        (index for index in range(1, len(parts)) if match_key(parts[index]) and _is_site_part(parts[index], site)), None
    )
    if named is not None:  # holdout6: the site's name and its tagline after it ("… - Raw Story - Celebrating …")
        parts, separators = parts[:named], separators[: named - 1]
    while len(parts) > 1 and _is_site_part(parts[-1], site):
        parts.pop()
        separators.pop()
    while len(parts) > 1 and _is_site_part(parts[0], site):
        parts.pop(0)
        separators.pop(0)
    text = parts[0]
    for separator, part in zip(separators, parts[1:]):
        text += separator + part
    return normalise_space(text)


# A list of keywords run on after a title's separator (a bar, a dash or an underscore, spaced or, after CJK letters,
# glued), before the next part or the end: four or more short items parted by commas
_KEYWORD = r"[^\s,，、\-_|｜－–—](?:[^,，、\-_|｜－–—]{0,14}[^\s,，、\-_|｜－–—])?"  # a few words, no separator
_KEYWORD_LIST = re.compile(rf"\s*[\-_|｜－–—]\s*{_KEYWORD}(?:\s*[,，、]\s*{_KEYWORD}){{3,}}(?=\s*[\-_|｜－–—]|\s*$)")


def without_keyword_list(title: str) -> str:
    """The title without a list of keywords run on after it, as a CMS fills its `<title>` for search engines: the
    story's title, then its tags ("治公款消费 莫患“茅台焦虑症”-茅台酒,公款消费,公款吃喝,人大代表,五粮液,奢侈品,焦虑症,人民-北方网-新闻中心",
    enorth's). A title naming a few things in its own words keeps them.

    >>> without_keyword_list("Ferries resume - ferries, islands, harbour, storm, port - Daily News")
    'Ferries resume - Daily News'
    >>> without_keyword_list("Ferries resume - Paris, London and Rome - Daily News")
    'Ferries resume - Paris, London and Rome - Daily News'
    """
    return _KEYWORD_LIST.sub("", title, count=1)


def title_parts(title: str) -> list[str]:
    """A title cut at the separators CMSs put between its parts ("Story | Site | 10.06.2013").

    >>> title_parts("拿起跨界“指挥棒”她跟学生“较着劲儿”成长--大河网"), title_parts("Reform--at last")
    (['拿起跨界“指挥棒”她跟学生“较着劲儿”成长', '大河网'], ['Reform--at last'])
    """
    return _TITLE_SEPARATOR.split(title)


def _is_site_part(part: str, site: str) -> bool:
    key = match_key(part)
    if not key or _DATE_PART.match(part.strip()) or _DOMAIN_PART.fullmatch(part.strip()):
        return True
    if not site:
        return False
    site_bare = site.removeprefix("the").removesuffix("com")
    key_bare = key.removeprefix("the")
    return bool(site_bare) and (key_bare.startswith(site_bare) or site_bare.startswith(key_bare))


def titles_site_name(titles: list[str]) -> str:
    """The last part that two different stated titles both end with, after a separator: the site's
    name, which a page may state nowhere else by that name (holdout12's paz.de: og:title
    "Einwanderungsbegrenzung - Wettstreit der Scheinlösungen | Preußische Allgemeine Zeitung", the
    `<title>` "Wettstreit der Scheinlösungen - Preußische Allgemeine Zeitung", og:site_name "paz.de").
    "" when no two titles share an ending. The page's heading is matched against the titles with it
    cut as well as whole (`page_headline`), so a heading that is a whole title still wins.

    >>> titles_site_name(["Kicker - Story | Daily Paper", "Story - Daily Paper", "Story - Daily Paper"])
    'Daily Paper'
    >>> titles_site_name(["Story", "Story | Daily Paper"]), titles_site_name(["A - Daily Paper", "B | Weekly"])
    ('', '')
    """
    ends: dict[str, list[str]] = {}
    for title in dict.fromkeys(titles):
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) > 1 and match_key(parts[-1]) and not _DATE_PART.match(parts[-1].strip()):
            ends.setdefault(normalise_space(parts[-1]), []).append(title)
    for end, holders in ends.items():
        if len(holders) > 1 and len(end.split(maxsplit=MAX_SITE_WORDS)) <= MAX_SITE_WORDS:
            return end
    return ""


# misses46: the mark a portal sets after a title whose story has pictures or a video ("…普通员工年薪30万/图", 商都网's;
# "（组图）", "(фото)", gorodlip.ru's; "(VIDEO)"): the story's own heading over its text leaves it out
_MEDIA_MARK = re.compile(
    r"\s*(?:[/／]\s*(?:组图|組圖|图|圖|视频|視頻)|[(（\[【]\s*(?:组图|組圖|图|圖|图文|圖文|视频|視頻|фото|видео|photos?|video)"
    r"(?:\s*[,，+]\s*(?:фото|видео|photos?|video))?\s*[)）\]】])$",
    re.IGNORECASE,
)


def without_media_mark(title: str) -> str:
    """`title` without the mark of its story's pictures or video closing it (`_MEDIA_MARK`).

    >>> without_media_mark("深圳最牛工资单普通员工年薪30万/图"), without_media_mark("В Липецке стартовал месячник (фото)")
    ('深圳最牛工资单普通员工年薪30万', 'В Липецке стартовал месячник')
    >>> without_media_mark("Storm hits the coast (VIDEO)"), without_media_mark("Why the sky is blue (and red)")
    ('Storm hits the coast', 'Why the sky is blue (and red)')
    """
    return _MEDIA_MARK.sub("", title)


_COMMA = re.compile(r",\s+")


def comma_site_heads(title: str, texts: list[str]) -> list[str]:
    """The title's heads before a comma where the rest is a name the page shows as a text of its own or opening
    one before a separator (`_TITLE_SEPARATOR`): the site's name or slogan run on after the story's title with a comma
    (misses50b: holdout50's Orissa Diary, `<title>Odisha: Pipli gang rape …; Crime branch issues photos 4 accused,
    Orissa Current News</title>`, its header's cell "Orissa Current News | Orissa Diary, Latest News Orissa, …"); a
    head is most of the title. A comma inside the story's title ("Storm hits, ferries stop") has no such rest.

    >>> title = "Pier reopens after the storm, Harbour Daily"
    >>> comma_site_heads(title, ["Harbour Daily | News of the coast"]), comma_site_heads(title, ["Harbour Daily"])
    (['Pier reopens after the storm'], ['Pier reopens after the storm'])
    >>> comma_site_heads(title, ["Harbour Daily reports the storm"]), comma_site_heads("Storm, Harbour Daily", ["Harbour Daily"])
    ([], [])
    """
    spaced = normalise_space(title)
    heads = []
    for found in _COMMA.finditer(spaced):
        head, rest = spaced[: found.start()], spaced[found.end() :]
        if len(head) * 2 <= len(spaced) or not match_key(rest):
            continue
        if any(_names_first(normalise_space(text), rest) for text in texts):
            heads.append(head)
    return heads


def _names_first(text: str, name: str) -> bool:
    """The text is the name, or opens with it and a separator after it."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :]
    return not rest.strip() or bool(_TITLE_SEPARATOR.match(rest))
