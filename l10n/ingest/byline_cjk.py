"""Chinese and Japanese bylines: Han and kana have no capitals, so patterns, not case, tell a name.

`byline.reduce_byline` asks here first. The forms read, as newsrooms print them:

- a label ("記者" reporter, "著者"/"作者"/"筆者" author, "撰文"/"文" text) and the name, then what the
  desk adds ("記者林宸誼／即時報導", "著者：後藤大地", "聯合報 記者林宸誼／…"); or a name and the outlet
  in Latin letters after a comma ("田中宏昌，ITmedia") (holdout6);
- a name and the desk joined by a full-width slash, either way round, with the label Japanese
  magazines set before it ("文● オカモト／ASCII編集部"; "上報快訊／范姜佳鈺", Up Media's news-flash
  desk and its reporter), a date and time run on after it (holdout7): the part that is a desk
  (an editorial department, a news-flash or report desk, a paper, an outlet in Latin letters)
  is not the name;
- a name alone after a Latin byline label ("by 深海", a WordPress theme's byline on a Japanese
  site, holdout7), or before the time the story went out ("谢若含 2017-03-01 14:27:02", holdout6);
- a Japanese staff title before the name ("編集委員　中沢克二", senior staff writer, holdout10);
- the outlet and "reporter" before names parted by spaces ("澎湃新闻记者 段彦超 廖艳", holdout19);
- a name alone in the page's `<meta name="author">` (the key is its label) or JSON-LD `author` that
  the page also shows as an element's whole text ("<span>島津健吾</span>", holdout11's Lifehacker
  Japan; a Korean name too, "<strong>구현모</strong>", holdout20's hankookilbo): `shown_meta_name`;
  the site's own name there is no writer's;
- Korean: a name and the writer's job, a place or outlet before "=" ("스포츠조선=선수민 기자",
  `korean_byline`, holdout5; moved here from `byline.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

CJK_NAME = r"[\u4e00-\u9fff\u3040-\u30ff·]{2,6}"
# The names a Chinese writer's place or institution opens with: the country, the state's own ("中共", "中央",
# "国家"), the provincial-level divisions and the largest cities, in simplified and traditional letters (misses34's
# `page_credits.run_on_credit`; misses44: "作者：李兆清 江蘇南通 職員", the writer's town after the name)
PLACES = (
    r"(?:中国|中國|中共|中央|国家|國家|国务院|國務院|全国|全國|北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江"
    r"|江苏|江蘇|浙江|安徽|福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅"
    r"|青海|台湾|台灣|臺灣|内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|香港|澳门|澳門|广州|廣州|深圳|南京|武汉|武漢|西安"
    r"|成都|杭州|长沙|長沙|厦门|廈門|大连|大連|青岛|青島|哈尔滨|哈爾濱|沈阳|瀋陽|济南|濟南|郑州|鄭州|合肥|南昌|福州|昆明"
    r"|贵阳|貴陽|兰州|蘭州|苏州|蘇州|台北|臺北|高雄)"
)
# misses35: outlets named before "reporter", an app's and its paper's parted by a middle dot ("顶端新闻·河南商报",
# "新华日报·交汇点"), and the compiler's role before them ("整合": compiled by; "综合", "整理", "编译")
_OUTLETS = r"[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?"
_COMPILED = r"(?:(?:整合|综合|綜合|整理|编译|編譯)\s*)"
_CJK_BYLINE = re.compile(
    # misses44: "reporter", a colon or none, the reporters parted by spaces or "、", the place and "reported", nothing
    # else on the line ("記者：邱雯琪 羅執中 台北報導", holdout43's 人間衛視 over its story; "記者張志雄 張梓嘉 嘉義報導", PTS's)
    r"^(?:記者|记者)\s*[:：]?\s*(?P<reported>[\u4e00-\u9fff·]{2,4}(?:(?:\s+|\s*[、,，]\s*)[\u4e00-\u9fff·]{2,4}){0,3})"
    r"(?:\s+|\s*[／/]\s*)[\u4e00-\u9fff]{2,4}(?:報導|报道)$"
    # misses44: the writer's name, then (after a space) the place the writer is from or works at, its country,
    # province or city first ("作者：李兆清 江蘇南通 職員", holdout43's 中國評論新聞 under a reader's commentary)
    rf"|(?:^|\s)(?:著者|作者|筆者|撰文|記者|记者)\s*[:：]\s*(?!{PLACES})(?P<placed>[\u4e00-\u9fff]{{2,4}})\s+(?={PLACES})"
    # misses46: "reporter" after the mark ("文/记者龚夷菲", the role, not a name), and a run of backslashes as the mark: a
    # backslash typed for the slash, doubled by each escaping the page went through (16 on holdout45's 商都网)
    rf"|(?:^|\s)(?:記者|记者|著者|作者|筆者|執筆|执笔|撰文|文)\s*(?:[:：︱｜|/／]|\\+)\s*(?:記者|记者)?(?!記者|记者)(?P<name>{CJK_NAME})"
    r"\s*(?:[／/｜|，,、(（].*)?$"
    r"|(?:^|\s)(?:記者|记者)(?P<reporter>[\u4e00-\u9fff]{2,4})\s*[／/].*$"  # "記者林宸誼／…", not "記者会見" (press conference)
    # misses35: the outlets run onto "reporter", an app's and its paper's parted by "·", and "/文" (text by) after the
    # name, a photo credit run on ("顶端新闻·河南商报记者马俊峰/文受访者供图", dahe's e-paper); not "/摄" (photo by)
    rf"|^{_OUTLETS}(?:記者|记者)(?P<outlet_reporter>[\u4e00-\u9fff]{{2,4}})\s*[／/]\s*[文稿](?![\u4e00-\u9fff]*[摄攝]).*$"
    r"|^(?P<bare>[\u4e00-\u9fff]{2,4})\s*[，,]\s*[A-Za-z][\w .-]*$"
    # holdout19: the outlet, "reporter" and the names parted by spaces, nothing else on the line ("澎湃新闻记者
    # 段彦超 廖艳", The Paper's byline; "本报记者 王小明"): each name two to four Han letters, as Chinese names are
    r"|^[\u4e00-\u9fff]{0,8}(?:記者|记者)\s+(?P<spaced>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})$"
    # misses35: …after "compiled by" and an app's name and its paper's ("整合 新华日报·交汇点记者 徐睿翔", yangtse)
    rf"|^{_COMPILED}{_OUTLETS}(?:記者|记者)\s+(?P<compiled>[\u4e00-\u9fff]{{2,4}}(?:\s+[\u4e00-\u9fff]{{2,4}}){{0,3}})$"
    # misses42: the writer's field, the outlet and "reporter" before names run together with no marks between them
    # ("作者：半月谈记者谭飞王艳明闫鹃", holdout41's 每日甘肃 relaying Xinhua's magazine), read where they part one way
    rf"|^(?:作者|記者|记者)\s*[:：]\s*(?:{_OUTLETS})?(?:記者|记者)(?P<run>[\u4e00-\u9fff]{{2,16}})$"
)
_NEWSROOM_ROLES = frozenset("通讯员 通訊員 实习生 實習生 摄影 攝影 编辑 編輯 整合 综合 綜合 报道 報導".split())
_HAN = re.compile(r"[\u4e00-\u9fff]")  # a character of the CJK Unified Ideographs block, as `_CJK_BYLINE` reads them
# The label a Japanese magazine sets before the writer: "文●", "文・", "取材・文：", "写真・文●".
_SLASH_LABEL = re.compile(r"^(?:(?:取材|写真|撮影)\s*[・･/]\s*)?文\s*[●・･:：]\s*")
# A date and time run on after the byline: "2020年03月12日 20:19:00", "2019/04/21 12:00".
_TRAILING_TIME = re.compile(r"\s+\d{4}\s*[年/.\-]\s*\d{1,2}.*$")
_SLASH = re.compile(r"\s*／\s*")
# A desk, not a person: an editorial department, a news-flash, report or wire desk, a paper or a
# broadcaster, as Chinese and Japanese newsrooms name them.
_DESK = re.compile(
    r"(?:編集部|編輯部|编辑部|編集局|編輯中心|编辑中心|快訊|快讯|報導|报道|報道|新聞|新闻|通訊社|通讯社|日報|日报|週刊|周刊"
    r"|電視台|电视台|中心|ニュース|編集)$|^(?:週刊|周刊|月刊|日刊|季刊)"  # …or a periodical: "週刊アスキー"
)
_LATIN_OUTLET = re.compile(r"^[A-Za-z][\w .&'-]*[\u3040-\u30ff\u4e00-\u9fff]*$")
_LABEL_THEN_NAME = re.compile(rf"^(?i:by|von|par|por|da|door)\s+(?P<name>{CJK_NAME})$")
# A name and the time the story went out, as a Chinese site's author line prints them ("谢若含
# 2017-03-01 14:27:02", holdout6's qdaily); an outlet there ("新华社", "人民网") is no writer.
_DATED_NAME = re.compile(rf"^(?P<name>{CJK_NAME})\s*\d{{4}}\s*[-/.年]")
_OUTLET_END = re.compile(r"[社报報网網台]$")
# A Japanese newsroom's staff title before the writer's name: "編集委員　中沢克二" (senior staff writer).
_TITLE_THEN_NAME = re.compile(
    rf"^(?:編集委員|論説委員|論説主幹|解説委員|編集長|特派員|主筆|記者)\s+(?P<name>{CJK_NAME})$"
)
# A Korean byline: the place or outlet before "=", the name (one word of two to four syllables), the
# job after it ("부산=스포츠조선 선수민 기자", "스포츠조선=선수민 기자": reporter Seon Su-min).
_KOREAN_JOBS = ("기자", "특파원", "통신원", "객원기자", "칼럼니스트", "논설위원")  # reporter, correspondent, …
_KOREAN_BYLINE = re.compile(rf"(?:^|[\s=])(?P<name>[\uac00-\ud7a3]{{2,4}})\s*(?P<job>{'|'.join(_KOREAN_JOBS)})$")


def cjk_byline_names(text: str) -> list[str]:
    """The writer a Chinese or Japanese byline names (see the module docstring), [] for none.

    >>> cjk_byline_names("聯合報 記者林宸誼／即時報導"), cjk_byline_names("著者：後藤大地"), cjk_byline_names("[田中宏昌，ITmedia]")
    (['林宸誼'], ['後藤大地'], ['田中宏昌'])
    >>> cjk_byline_names("文● オカモト／ASCII編集部"), cjk_byline_names("上報快訊／范姜佳鈺  2020年03月12日 20:19:00")
    (['オカモト'], ['范姜佳鈺'])
    >>> cjk_byline_names("by 深海"), cjk_byline_names("記者会見"), cjk_byline_names("東京／大阪"), cjk_byline_names("本誌編集部／週刊アスキー")
    (['深海'], [], [], [])
    >>> cjk_byline_names("谢若含 2017-03-01 14:27:02"), cjk_byline_names("新华社 2017-03-01 14:27")
    (['谢若含'], [])
    >>> cjk_byline_names("編集委員　中沢克二"), cjk_byline_names("編集委員会の報告")
    (['中沢克二'], [])
    >>> cjk_byline_names("澎湃新闻记者 段彦超 廖艳"), cjk_byline_names("本报记者 王小明 通讯员 李华")
    (['段彦超', '廖艳'], ['王小明', '李华'])
    >>> cjk_byline_names("记者 联系了富士康，尚未回应")
    []
    >>> cjk_byline_names("文 / 李梓峰"), cjk_byline_names("文｜李梓峰")  # a magazine's "text by", any slash or bar
    (['李梓峰'], ['李梓峰'])
    >>> cjk_byline_names("文/记者龚夷菲"), cjk_byline_names("文\\\\\\\\记者龚夷菲"), cjk_byline_names("文/记者")
    (['龚夷菲'], ['龚夷菲'], [])
    >>> cjk_byline_names("作者：半月谈记者谭飞王艳明闫鹃"), cjk_byline_names("作者：本报记者王明高李华")
    (['谭飞', '王艳明', '闫鹃'], [])
    >>> cjk_byline_names("記者：邱雯琪 羅執中 台北報導"), cjk_byline_names("作者：李兆清 江蘇南通 職員")
    (['邱雯琪', '羅執中'], ['李兆清'])
    >>> cjk_byline_names("作者：李兆清 王小明"), cjk_byline_names("記者：邱雯琪 羅執中 台北報導有誤")
    ([], [])
    >>> cjk_byline_names("作者：北京大学 中国经济研究中心"), cjk_byline_names("作者：新华社 北京")
    ([], [])
    """
    text = " ".join(text.split()).strip(" []【】〔〕（）()")
    found = _CJK_BYLINE.search(text)
    if found:
        if found["spaced"]:  # a role among them is no name ("本报记者 王小明 通讯员 李华": correspondent)
            return [name for name in found["spaced"].split() if name not in _NEWSROOM_ROLES]
        if found["compiled"]:
            return [name for name in found["compiled"].split() if name not in _NEWSROOM_ROLES]
        if found["run"]:
            return run_apart(found["run"])
        if found["reported"]:
            return re.split(r"\s*[、,，]\s*|\s+", found["reported"])
        if found["placed"]:  # …not a desk or an outlet there ("作者：本报编辑部 北京")
            return [] if _DESK.search(found["placed"]) or _OUTLET_END.search(found["placed"]) else [found["placed"]]
        return [found["name"] or found["reporter"] or found["outlet_reporter"] or found["bare"]]
    found = _LABEL_THEN_NAME.match(text) or _DATED_NAME.match(text) or _TITLE_THEN_NAME.match(text)
    if found and not _DESK.search(found["name"]) and not _OUTLET_END.search(found["name"]):
        return [found["name"]]
    return _desk_and_name(text)


def is_cjk_byline(text: str) -> bool:
    """The text is a labelled Chinese or Japanese byline (the first form of the module docstring)."""
    if _HAN.search(text) is None:  # each form holds a Han character: most texts are let go in one scan (pagespeed17)
        return False
    return _CJK_BYLINE.search(" ".join(text.split())) is not None


def _desk_and_name(text: str) -> list[str]:
    """The name of "desk／name" or "name／desk" (a label before, a time after, both cut)."""
    parts = _SLASH.split(_TRAILING_TIME.sub("", _SLASH_LABEL.sub("", text)))
    if len(parts) != 2:
        return []
    for name, desk in (parts, parts[::-1]):
        if re.fullmatch(CJK_NAME, name) and not _DESK.search(name) and _is_desk(desk):
            return [name]
    return []


def _is_desk(part: str) -> bool:
    return bool(_DESK.search(part) or _LATIN_OUTLET.fullmatch(part))


def korean_byline(text: str) -> tuple[str, str] | None:
    """(name, job) of a Korean byline ("스포츠조선=선수민 기자": reporter Seon Su-min), None for none."""
    found = _KOREAN_BYLINE.search(text.strip(" []【】"))
    return (found["name"], found["job"]) if found else None


def is_korean_byline(text: str) -> bool:
    """The whole text is a Korean byline, a name and the writer's job ("이용민 기자 |": reporter Lee
    Yong-min), with at most a place or outlet before "=" and a bar after it.

    >>> is_korean_byline("이용민 기자 | "), is_korean_byline("기자회견이 열렸다")
    (True, False)
    """
    text = " ".join(text.split()).strip(" |·-[]")
    found = _KOREAN_BYLINE.search(text)
    return found is not None and (found.start() == 0 or text[: found.start() + 1].rstrip().endswith(("=", " ")))


def names_korean_job(text: str) -> bool:
    """A Korean writer's job is named in `text`: without one, no part of it is a Korean byline
    (`is_korean_byline`), so a page whose whole text names none has none (pagespeed16)."""
    return any(job in text for job in _KOREAN_JOBS)


# …or a Hangul name, two to four syllables as Korean names are (holdout20's hankookilbo: JSON-LD's Person
# "구현모", shown as "<strong> 구현모 </strong>" in the writer's box); not a desk or an account ("편집부",
# "온라인뉴스팀", "관리자": editorial desk, online news team, administrator)
# holdout22's sankei: a Japanese name written family name, a space, given name ("大渡 美咲", "大渡\u3000美咲")
_SPACED_JAPANESE_NAME = r"[\u4e00-\u9fff\u3040-\u30ff]{1,4}[ \u3000][\u4e00-\u9fff\u3040-\u30ff]{1,4}"
_CJK_NAME_ONLY = re.compile(rf"{CJK_NAME}|[\uac00-\ud7a3]{{2,4}}|{_SPACED_JAPANESE_NAME}")
_KOREAN_DESK = re.compile(r"(?:부|팀|관리자|운영자)$")  # "사회부", "뉴스팀": desks; "…국" is a given name too
# an outlet or wire agency stated as the author and shown as its credit line ("뉴시스", "연합뉴스", "한국일보"): no writer (review20)
_KOREAN_OUTLET = re.compile(r"뉴시스|뉴스|일보|신문|통신|방송|미디어")
# the same in Japanese (review22a): a desk ("社会部", "編集部"), an outlet or agency ("朝日新聞", "共同通信",
# "…ニュース", "…デジタル", "…放送"), a company ("…社"): no writer
_JAPANESE_DESK_OR_OUTLET = re.compile(r"(?:部|社|局)$|新聞|通信|ニュース|デジタル|放送|編集")


def shown_meta_name(stated: list[str], root: HtmlElement, site_name: str = "") -> list[str]:
    """The meta author when it is a Han, kana or Hangul name alone (`CJK_NAME`: no label, which
    `byline.reduce_byline` asks of such a line) shown as an element's whole text on the page, and
    not the site's name (see the module docstring).

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><p><span>島津健吾</span></p><p>ライフハッカー</p></div>")
    >>> shown_meta_name(["島津健吾"], root), shown_meta_name(["島津健吾"], lxml.html.fromstring("<p>記事</p>"))
    (['島津健吾'], [])
    >>> shown_meta_name(["ライフハッカー"], root, site_name="ライフハッカー［日本版］")
    []
    >>> spaced = lxml.html.fromstring("<div><p>大渡 美咲</p><p>産経新聞 社会部</p><p>共同 通信</p></div>")
    >>> [shown_meta_name([name], spaced) for name in ("大渡 美咲", "産経新聞 社会部", "共同 通信")]
    [['大渡 美咲'], [], []]
    """
    if (
        len(stated) != 1
        or not _CJK_NAME_ONLY.fullmatch(name := stated[0].strip())
        or _KOREAN_DESK.search(name)
        or _KOREAN_OUTLET.search(name)
        or _JAPANESE_DESK_OR_OUTLET.search(name)
    ):
        return []
    unspaced, site = re.sub(r"\s", "", name), re.sub(r"\s", "", site_name)  # "朝日新聞 デジタル" is the site
    if site and (unspaced in site or site in unspaced):
        return []
    shown = root.xpath("//*[normalize-space(text()) = $name]", name=name)
    return [name] if shown else []


# The most common Chinese surnames (each of them borne by over a million people; traditional and
# simplified forms): how a bracketed sign-off "（羅森）" is told from the formulas set the same way,
# "（完）" (end), "（待續）" (to be continued), "（資料照）" (file photo), "（中央社）" (the agency); and where a run
# of names with no marks between them parts (`run_apart`). Moved here from `page_credits.py` (misses42), with "闫",
# the mainland's own surname beside "阎" (most of its bearers write it so; listed apart in the top hundred).
SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧"
    "田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦方白鄒邹孟熊秦邱"
    "江尹薛閻阎闫段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严武戴莫孔向湯汤溫温洪游詹柯傅施賴赖翁康"
)
NAME_LETTERS = 3  # a Chinese name has two or three letters: a run no longer is one name
RUN_NAMES = 8  # names at most in a run: a page's reporters and interns


def run_apart(run: str) -> list[str]:
    """The names of a run of Chinese names with no marks between them, when it splits one way only: into names of
    two or three letters (most Chinese names), each after the first opening with a common surname (`SURNAMES`;
    the first is where a role's label ends). A run of one name's length is that name; [] where it splits no way,
    or more ways than one ("王明高李华": 王明, 高李华 or 王明高, 李华). Moved here from `page_credits.py` (misses42).

    >>> run_apart("李莎莎黎史翔王进雨程磊"), run_apart("吉喆高小娟"), run_apart("王明高李华"), run_apart("张三")
    (['李莎莎', '黎史翔', '王进雨', '程磊'], ['吉喆', '高小娟'], [], ['张三'])
    """
    if len(run) <= NAME_LETTERS:
        return [run]
    ways: list[list[str]] = []

    def walk(at: int, names: list[str]) -> None:
        if at == len(run):
            ways.append(names)
            return
        for size in (2, 3):
            name = run[at : at + size]
            if len(ways) < 2 and len(name) == size and (not names or name[0] in SURNAMES):
                walk(at + size, [*names, name])

    walk(0, [])
    return ways[0] if len(ways) == 1 and len(ways[0]) <= RUN_NAMES else []
