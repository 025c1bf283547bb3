"""Credits a newsroom sets inside the story's text rather than in a byline (`page_authors.py`
reads them when nothing else names the writers): a wire story's closing credit ("(Reporting by
Will Dunham; Editing by Tom Brown)": the reporters, holdout5); a Chinese story's closing credit
("（编译/林靖东）", "作者︱春春"), a Korean sign-off with the address, an op-ed's emphasised tagline
("*Andrés Malamud es politólogo…*", holdout4, moved here from `page_authors.py` in session 10);
a Chinese story's writer alone in brackets under it ("（羅森）", holdout6's sina); the bracketed
credit opening a Chinese, Korean or Japanese story ("〔記者巫其倫／台北報導〕", "[부산=스포츠조선 선수민
기자]", holdout5; "【ロンドン＝岡田浩幸】", holdout6) and a Chinese wire dateline ("（中央社記者溫貴香台北
21日電）", holdout6's cna); a wire agency's reporters after its copyright mark, run onto the last
sentence ("…と指摘している。(c)AFP/Aminu ABUBAKAR", AFPBB News, session 21); a Taiwanese broadcaster's
reporters on the line closing its story ("記者張志雄 張梓嘉 嘉義報導", holdout26's PTS). Measured on
`tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from l10n.ingest.byline import looks_like_name, reduce_byline
from l10n.ingest.byline_cjk import PLACES, RUN_NAMES, SURNAMES, run_apart
from l10n.ingest.fields import match_key, normalise_space
from l10n.ingest.furniture import is_dangling_label, is_site_talk

if TYPE_CHECKING:
    from l10n.model import Block

CREDIT_PARAGRAPHS = 3  # last paragraphs searched for a closing credit
LEAD_IN_TAGS = frozenset({"strong", "b", "em", "i"})
SENTENCE_BREAK = re.compile(r"(?<=[.!?”\"’])\s+")
# The credit a Chinese story closes with, in brackets: "（编译/林靖东）", "（记者 王小明）", "（作者︱春春）";
# an editor ("责任编辑") edits, and is not among the labels.
_CLOSING_CREDIT = re.compile(
    r"[（(]\s*(?:编译|作者|记者|撰文|撰稿|翻译|译者|文)\s*[/／︱|:：\s]\s*(?P<name>[\u4e00-\u9fff·]{2,8})\s*[）)]\s*$"
)
# misses34: the writer of a Chinese column closing it in brackets with the writer's post run on after the name, no
# comma between ("(作者：方敏北京大学经济学院教授)", holdout34's chinanews from 求是网: Fang Min, professor at Peking
# University's School of Economics): the post is an institution (a university, an academy, a party school) and a
# title, and an institution's name opens with its country, province or city (`_PLACE`: the provincial-level
# divisions, the largest cities, the state's own "中国", "中共", "中央", "国家": `byline_cjk.PLACES`), so the name is the two or three
# letters before the place (`run_on_credit`).
_RUN_ON_CREDIT = re.compile(r"[（(]\s*(?:作者|撰文|文)\s*[:：︱|/／]\s*(?P<credit>[\u4e00-\u9fff]{6,30})\s*[）)]\s*$")
_POST = re.compile(
    r"(?:大学|学院|研究院|研究所|科学院|社科院|党校|研究中心)[\u4e00-\u9fff]{0,12}?"
    r"(?:教授|研究员|讲师|博士|博士后|博士生|研究生|院长|所长|主任|学者|专家)$"
)
_PLACE = re.compile(PLACES)
# misses32: the reporters a Chinese story closes its last sentence with, two or more parted by "、" ("…造福全人类。
# （记者宋晨、田中全、胡喆）", Xinhua's copy as people.cn carries it); and where a broken encoding ate the credit's end
# (the page's bytes mixed two encodings: "（记者宋晨、田中全、胡�础⒑钗睦ぃ�", no closing bracket), the names before the
# first broken one, each read whole up to a "、" (holdout30's people.cn; its label names those two).
_CLOSING_REPORTER_LIST = re.compile(
    r"[。！？”」]\s*[（(]\s*(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:[、，,][\u4e00-\u9fff·]{2,4})+)"
    r"\s*(?:[）)]|[、，,][^（()）]*\ufffd[^（()）]*)\s*$"
)
_CREDIT_LINE = re.compile(r"(?:作者|记者|撰文|撰稿|编译|文)\s*[/／︱|:：]\s*(?P<name>[\u4e00-\u9fff·]{2,8})")
# misses48: the broadcaster's or paper's name run into the reporter's and "reported", a line of its own under the
# story ("希望之聲國際廣播電台張翠報導", holdout48's 希望之聲, Sound of Hope Radio International): the outlet's name ends
# in what it is (a station, an agency, a paper, a site), the name after it is a surname and a given name; "中央社報導"
# (an agency alone) or "據法新社報導" name no one.
_OUTLET_SIGN_OFF = re.compile(
    r"[\u4e00-\u9fff]{2,16}?(?:電台|电台|電視台|电视台|社|報|报|網|网)(?P<name>[\u4e00-\u9fff]{2,3})(?:報導|报道)"
)
# chrome27: the line a Taiwanese broadcaster closes its story's text with, under the last sentence: "reporter",
# the reporters (two to four Han letters each, parted by spaces or "、"), the place and "reported" ("記者張志雄
# 張梓嘉 嘉義報導", PTS; "记者 王小明／北京报道"); a space or a slash parts the last name from the place.
_CLOSING_REPORTERS = re.compile(
    r"(?:記者|记者)\s*(?P<names>[\u4e00-\u9fff·]{2,4}(?:(?:\s+|\s*[、,，]\s*)[\u4e00-\u9fff·]{2,4}){0,3})"
    r"(?:\s+|\s*[／/]\s*)[\u4e00-\u9fff]{2,4}(?:報導|报道)"
)
# A Korean story's sign-off: the name, the writer's job and the address ("정덕현 칼럼니스트 thekian1@…").
_KOREAN_SIGN_OFF = re.compile(
    r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\s*(?:칼럼니스트|객원기자|기자|특파원|통신원)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
# A sentence of a contributor's tagline: a name of two to four capitalised words, then "is"/"es"… and
# what the person does ("Andrés Malamud es politólogo e investigador…").
_TAGLINE_SENTENCE = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+)\s+(?:is|es|est|ist|é|è)\s+\w.*"
)
TAGLINE_EMPHASIS = 0.9  # of the paragraph set in bold or italics: a tagline apart from the story

# A wire story's closing credit (Reuters' style): "(Reporting by Will Dunham; Editing by Tom Brown)",
# "(Reporting by A, B, C, with reporting by D and E, editing by F.)". The first credit names the
# reporters; contributors "with"/"additional" reporting, editors and compilers are not the writers.
_WIRE_CREDIT = re.compile(
    r"^\(?\s*(?:reporting|reported|reporting and writing|writing|written)\s+by\s+(?P<names>[^;()]+?)\s*"
    r"(?:[;,]\s*(?:with|additional|further|editing|edited|writing|compiled|graphics)\b[^()]*)?[.\s]*\)?\s*$",
    re.IGNORECASE,
)
MAX_CREDIT_WORDS = 40
# …and the writer it names after the reporters: "(Reporting by A in Los Angeles; Writing by B in New
# York; Editing by C)" (holdout15's entrepreneur, Reuters' copy): who wrote the story is its writer too.
_WRITING_CREDIT = re.compile(r"[;,]\s*(?:writing|written)\s+by\s+(?P<names>[^;()]+)", re.IGNORECASE)
# A Chinese, Korean or Japanese story's opening credit, in brackets before its first sentence:
# reporter, place and "reports" ("〔記者巫其倫／台北報導〕", "（记者 王小明／北京报道）"), place, outlet,
# name and "reporter" ("[부산=스포츠조선 선수민 기자]"), or place and name ("【ロンドン＝岡田浩幸】",
# holdout6; a wire agency there, "【北京＝共同】", is none).
_LEAD_CREDIT = re.compile(
    r"^\s*[〔\[（(【]\s*(?:(?:記者|记者)\s*(?P<han>[\u4e00-\u9fff·]{2,4}(?:[、,，][\u4e00-\u9fff·]{2,4})*)\s*[／/]\s*"
    r"[\u4e00-\u9fff]{1,8}(?:報導|报道|電|电)"
    r"|[^\]】=]{0,20}=\s*[^\]】]*?\s(?P<hangul>[\uac00-\ud7a3]{2,4})\s*(?:기자|특파원|통신원)"
    r"|[^\]】＝=]{1,12}[＝=]\s*(?!(?:共同|時事|ロイター|新華社|聯合|連合|AFP|AP)\b)(?P<kanji>[\u4e00-\u9fff\u3040-\u30ff]{2,6})"
    # holdout7: a Chinese wire dateline, agency, "reporter", names, place and day, nothing between
    # them ("（中央社記者溫貴香台北21日電）", Central News Agency's form)
    r"|(?:[\u4e00-\u9fff]{1,4}社)?(?:記者|记者)(?P<wire>[\u4e00-\u9fff、]{4,24}?)\s*\d{1,2}日(?:電|电)"
    # misses47: the paper's name, "reporter", the name and the place run together and "reported", no slash between
    # them ("【台灣醒報記者林宜靜台北報導】", holdout47's 台灣醒報): the place one `byline_cjk.PLACES` names, where the
    # name ends
    rf"|[\u4e00-\u9fff]{{0,8}}?(?:記者|记者)\s*(?P<run_on>[\u4e00-\u9fff·]{{2,4}}?)\s*{PLACES}(?:報導|报道))"
    r"\s*[〕\]）)】]"
)
# holdout19: a Chinese dateline, outlet (and day) and "讯"/"电" (news from, cabled), then the reporters in
# brackets and what they did ("长江网10月4日讯（记者陈智 整合）", "新华社北京10月4日电（记者 王小明、李华）");
# holdout28: the reporter's own paper may stand before "记者" there, as on a byline line ("红网长沙1月17日讯（潇湘晨报
# 滚动新闻记者 范思鼎）", Rednet running the Xiaoxiang Morning Herald's copy; "（本报记者 王小明）").
_CORRESPONDENT = frozenset({"通讯员", "通訊員"})  # an office's press officer, named as a source
_DATELINE_CREDIT = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,12}?(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)\s*[（(]\s*(?:[\u4e00-\u9fff]{1,10}?)?(?:記者|记者)\s*"
    r"(?!(?:整合|综合|綜合|报道|報導|摄影|攝影|编译|編譯)\s*[）)])(?P<names>[\u4e00-\u9fff·]{2,4}(?:(?:\s*[、,，]\s*|\s+)[\u4e00-\u9fff·]{2,4})*?)"
    r"\s*(?:整合|综合|綜合|报道|報導|摄影|攝影|编译|編譯)?\s*[）)]"
)
# misses37: the same dateline, then each writer's role and name with no brackets, "reported" and a colon before the
# story ("大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，…", jxnews; "本报讯 记者王小明报道：", the regional press's form);
# the names read a role at a time (`_ROLE_SPLIT`), a press officer's (通讯员) left out as above.
_NEWSROOM_ROLE = r"(?:記者|记者|实习生|實習生|通讯员|通訊員)"
_DATELINE_REPORTED = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,12}?(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)\s*"
    rf"(?P<credits>(?:{_NEWSROOM_ROLE}\s*[\u4e00-\u9fff·]{{2,4}}(?:(?:\s*[、,，]\s*|\s+)[\u4e00-\u9fff·]{{2,4}})*?"
    r"(?:\s*[、,，]\s*|\s+)?){1,4}?)\s*(?:报道|報導)\s*[:：]"
)
_ROLE_SPLIT = re.compile(rf"({_NEWSROOM_ROLE})")
# misses50: the same dateline, then each newsroom role and its name parted by a slash in brackets ("南方日报讯 (记者/钟啸
# 通讯员/王海军)", holdout49's 沈阳网 relaying the Nanfang Daily); read as `_DATELINE_REPORTED`'s, the press officer left out
_DATELINE_SLASHED = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,12}?(?:\d{1,2}月\d{1,2}日)?(?:讯|訊|电|電)\s*[（(]\s*"
    rf"(?P<credits>(?:{_NEWSROOM_ROLE}\s*[/／]\s*[\u4e00-\u9fff·]{{2,4}}(?:\s*[、,，]\s*[\u4e00-\u9fff·]{{2,4}})*\s*){{1,4}})[）)]"
)
# misses46b: the credit closing the story's last sentence in brackets, two newsroom roles or more each before its
# names ("…提供人道救助。(通訊員 宋黎勝 記者 黃淼君)", holdout46's 國際線上: a press officer, then the reporter); read as
# the dateline's are (`credit_names`, the press officer left out). One role alone is `_CLOSING_CREDIT`'s.
_CLOSING_ROLES = re.compile(
    rf"[。！？”」]\s*[（(]\s*(?P<credits>{_NEWSROOM_ROLE}[\u4e00-\u9fff·、，,\s]{{2,40}}?)\s*[）)]\s*$"
)
MIN_CLOSING_ROLES = 2
# holdout29: the reporter's credit closing one of the story's first paragraphs, in brackets after its last
# sentence, the name and "reported" ("…開到年初七。（陳奕華報導）", BCC's radio newsroom; "（記者王小明報導）"); a desk's
# report names no one ("（綜合報導）" compiled, "（中央社報導）" the agency's, "（外電報導）" wires').
_REPORTED_CLOSE = re.compile(
    r"[。！？」”]\s*[（(]\s*(?:記者|记者)?\s*(?!綜合|综合|編譯|编译|本報|本报|中央社|國際|国际|外電|外电)(?P<name>[\u4e00-\u9fff·]{2,4}?)\s*(?:報導|报道)\s*[）)]\s*$"
)
# holdout20: the credit a Japanese paper closes its story with, in lenticular brackets after the last
# sentence, each reporter after the place filed from, run together or parted by "・"/"＝", reporters
# parted by "、" ("…拘束されている。【エルサレム松岡大地、カイロ金子淳】", Mainichi's form; "【北京・河津啓介】").
_BRACKET_CREDIT = re.compile(r"。\s*【(?P<credits>[^【】]{2,60})】\s*$")
_BRACKET_CREDIT_PART = re.compile(
    r"(?:[\u30a1-\u30fa\u30fc]+|[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{1,10}[・＝=])"  # the place: katakana, or any and a mark
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\u3041-\u3093]{1,4})"  # the name: Han, a given name in hiragana too
)
# …but a wire agency or a desk in those brackets ("【共同】", "【毎日新聞経済プレミア】"), or a label set there
# ("【関連記事】" related stories, "【写真特集】" photo special, "【動画】" video, "【詳報】" full report) names no one.
_NOT_REPORTER = re.compile(
    r"共同|時事|新聞|通信|編集|記事|写真|動画|画像|特集|詳報|速報|続報|解説|図解|一覧|関連|全文|要旨|まとめ"
    r"|ニュース|新闻|日报|时报|(?:社|网|報|报)$"  # an outlet: "【新华社】", "【人民网】" (review20)
)
# rules21: the copyright mark, the wire agency and its reporters run onto the story's last sentence, as AFPBB
# News closes AFP's copy ("…と指摘している。(c)AFP/Aminu ABUBAKAR"): the agency names its writers there.
_AGENCY_CREDIT = re.compile(
    r"(?<=[.!?。！？”」\"])\s*(?:[(（][cC][)）]|©)\s*(?:AFP|ＡＦＰ|AP|Reuters|dpa|EFE|ANSA)\s*[/／]\s*"
    r"(?P<names>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3}(?:\s*(?:,|and|&)\s*[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})*)\s*$"
)
_KANA = re.compile(r"[\u3041-\u3093\u30a1-\u30fa]")  # Japanese text: Chinese wires close with "…。【新华社】"
WIRE_PLACE = 2  # letters of the place a wire dateline runs on after the last name: most are two ("台北", "北京")
WIRE_NAME = 3  # …and a Chinese name has three letters but where the run is too short for them
# misses53: a wire dateline of a place and a day, then the outlet and the reporter in round brackets and a dash
# before the story ("Благовещенск, Январь 06 (Новый Регион, Дарья Неклюдова) – В …", holdout53's NR2.ru; the Russian
# agencies' form, "Москва, 6 января (Outlet, Name) – "): the name after the outlet's comma, two or three words
_DATELINE_OUTLET_WRITER = re.compile(
    r"^\s*[^\W\d_][^()\n.!?]{0,40}?\d[^()\n.!?]{0,20}?\(\s*[^(),]{2,40},\s*"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2})\s*\)\s*[–—-]\s"
)
LEAD_CREDIT_PARAGRAPHS = 4  # a dateline and a caption may stand above it (ltn)
LEAD_TEXT_KEY = 20  # letters and digits of a paragraph counted there (yomiuri's memo box "メモ入力" is not one)
_SENTENCE_CLOSE = (".", "!", "?", "。", "！", "？")


def _is_text(text: str) -> bool:
    """A paragraph of the story's text: a sentence's length, or a sentence however short ("第1段。");
    a box's short lines ("メモ入力", "完了しました") are neither."""
    return len(match_key(text)) >= LEAD_TEXT_KEY or text.rstrip().endswith(_SENTENCE_CLOSE)


def wire_credit(blocks: list[Block], kept: list[int]) -> list[str]:
    """The reporters a wire story's closing credit names (see `_WIRE_CREDIT`), in the last
    paragraphs the extractor kept or on a line under them: a story that another site carries is
    bylined with the agency only, and the credit is where the agency names its reporters, and the
    writer who put their reports together ("Writing by …", holdout15)."""
    if not kept:
        return []
    for block in blocks[kept[-min(CREDIT_PARAGRAPHS, len(kept))] : kept[-1] + 1 + CREDIT_PARAGRAPHS]:
        text = normalise_space(block.text)
        credit = text[text.rfind("(") :] if text.endswith(")") else text
        if len(credit.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
            continue  # counted before the pattern runs: its lazy names make a long paragraph quadratic
        found = _WIRE_CREDIT.search(credit)
        if found is None:
            continue
        names = reduce_byline(found["names"]).names
        written = _WRITING_CREDIT.search(credit, found.end("names"))
        names += [name for name in reduce_byline(written["names"]).names if name not in names] if written else []
        if names and all(len(name.split()) > 1 and looks_like_name(name) for name in names):
            return names
    return []


def lead_credit(blocks: list[Block], kept: list[int]) -> list[str]:
    """The reporter a Chinese or Korean story names in the bracketed credit opening its first
    paragraph (see `_LEAD_CREDIT`), or after the dateline opening it (`_DATELINE_CREDIT`): the
    newsroom's byline, set in the text as a dateline is.

    >>> from l10n.model import Block
    >>> lead = Block("paragraph", "长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半，外媒关注武汉的热情不减。")
    >>> quoted = Block("paragraph", "他在电话中说（记者会见时）：国庆中秋长假过半，外媒关注武汉的热情不减。")
    >>> lead_credit([lead], [0]), lead_credit([quoted], [0])
    (['陈智'], [])
    >>> lead_credit([Block("paragraph", "春節連假長達九天，急診不打烊，門診只有部分服務。（陳奕華報導）")], [0])
    ['陳奕華']
    >>> lead_credit([Block("paragraph", "大江网讯 实习生吴梦丽、记者喻云亮报道：1月15日，江西省体育工作会议在南昌召开。")], [0])
    ['吴梦丽', '喻云亮']
    >>> lead_credit([Block("paragraph", "本报讯 记者从市教育局获悉：今年全市新增学位一万个，秋季开学前投入使用。")], [0])
    []
    >>> lead_credit([Block("paragraph", "南方日报讯 (记者/钟啸 通讯员/王海军)广铁集团日前公布，将取消刷证过闸功能。")], [0])
    ['钟啸']
    >>> lead_credit([Block("paragraph", "【台灣醒報記者林宜靜台北報導】週末就是投票日，選戰的溫度依然直線上升。")], [0])
    ['林宜靜']
    >>> lead_credit([Block("paragraph", "【台灣醒報記者林宜靜綜合報導】週末就是投票日，選戰的溫度依然直線上升。")], [0])
    []
    >>> lead_credit([Block("paragraph", "Omsk, January 6 (New Region, Dana Neck) – A coal wagon left the rails today.")], [0])
    ['Dana Neck']
    >>> lead_credit([Block("paragraph", "Omsk, January 6 (Reuters) – A coal wagon left the rails there today.")], [0])
    []
    """
    texts = [index for index in kept if _is_text(blocks[index].text)]  # not a box's short lines
    for block in (blocks[index] for index in texts[:LEAD_CREDIT_PARAGRAPHS]):
        dated = _DATELINE_CREDIT.match(block.text)
        if dated:
            # holdout26: "（记者 傅大伟 通讯员 刘洪韬）": the press officer after 通讯员 is no writer of the paper
            names = re.split(r"\s*[、,，\s]\s*", dated["names"])
            return list(itertools.takewhile(lambda name: name not in _CORRESPONDENT, names))
        reported = _DATELINE_REPORTED.match(block.text) or _DATELINE_SLASHED.match(block.text)
        if (
            reported
        ):  # misses37: "大江网讯 实习生吴梦丽、记者喻云亮报道："; misses50: "南方日报讯 (记者/钟啸 通讯员/王海军)"
            parts = _ROLE_SPLIT.split(reported["credits"])  # ["", role, names, role, names, …]
            return [
                name
                for role, names in zip(parts[1::2], parts[2::2])
                if role not in _CORRESPONDENT
                for name in re.split(r"\s*[、,，\s]\s*", names.strip(" 、,，/／"))
                if name
            ]
        breaks = sorted({mark.start for mark in block.markup if mark.tag == "br"})  # its `<br>` lines' ends
        closing = next(
            filter(None, (_REPORTED_CLOSE.search(block.text, 0, end) for end in [*breaks, len(block.text)])), None
        )
        if closing:  # holdout29: BCC's first paragraph "…類流感門診從小年夜一路開到年初七。（陳奕華報導）"
            return [closing["name"]]
        outlet = _DATELINE_OUTLET_WRITER.match(block.text)
        if outlet and looks_like_name(outlet["name"]):
            return [outlet["name"]]
        found = _LEAD_CREDIT.match(block.text)
        if found:
            if found["han"]:
                return re.split(r"[、,，]", found["han"])
            if found["wire"]:
                return wire_dateline_names(found["wire"])
            if found["run_on"]:
                return [found["run_on"]]
            return [found["hangul"] or found["kanji"]]
    return []


def wire_dateline_names(run: str) -> list[str]:
    """The reporters of a Chinese wire dateline's run of names and place ("溫貴香台北" → 溫貴香;
    "王小明、李華上海" → 王小明, 李華): the names are parted by "、", the place runs into the last,
    and no mark parts them, so the last keeps three letters, a Chinese name's usual length, when
    two are left for a place, else two (a two-letter name: "李華上海").

    >>> wire_dateline_names("溫貴香台北"), wire_dateline_names("王小明、李華上海")
    (['溫貴香'], ['王小明', '李華'])
    """
    *names, last = run.split("、")
    return [*names, last[:WIRE_NAME] if len(last) >= WIRE_NAME + WIRE_PLACE else last[: len(last) - WIRE_PLACE]]


_BRACKETED_NAME = re.compile(r"^\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2,3})\s*[）)]\s*$")


def closing_name(blocks: list[Block], kept: list[int]) -> list[str]:
    """The writer a Chinese story names alone in brackets on the line under a sentence the
    extractor kept ("（羅森）" under the story's last paragraph; the extractor may keep teasers
    further down), a surname and a given name; a formula in the same brackets names no one.

    >>> from l10n.model import Block
    >>> story = [Block("paragraph", "凱爾特人終結了沃克對詹姆斯全敗的紀錄。"), Block("paragraph", "（羅森）")]
    >>> closing_name(story, [0]), closing_name([story[0], Block("paragraph", "（待續）")], [0])
    (['羅森'], [])
    """
    for index in kept:
        found = _BRACKETED_NAME.match(blocks[index + 1].text) if index + 1 < len(blocks) else None
        if found and found["name"][0] in SURNAMES and blocks[index].text.rstrip().endswith(_SENTENCE_CLOSE):
            return [found["name"]]
    return []


def closing_credit(blocks: list[Block], kept: list[int]) -> list[str]:
    """The writer or translator-compiler a Chinese story names in brackets at the end of its last
    paragraph ("…发表在科学刊物《自然》上。（编译/林靖东）"), as a wire story signs off, or on a line
    of its own under it ("作者︱春春"); a Korean story's name, job and address ("정덕현 칼럼니스트
    thekian1@…"); its reporters, listed ("（记者宋晨、田中全）", `_CLOSING_REPORTER_LIST`); a Japanese story's reporters (`bracket_credit`); a wire agency's reporters after its
    copyright mark ("…と指摘している。(c)AFP/Aminu ABUBAKAR", `_AGENCY_CREDIT`)."""
    for index in kept[-CREDIT_PARAGRAPHS:]:  # a box's label ("精彩视频推荐") may follow the story
        found = _CLOSING_CREDIT.search(blocks[index].text) or _KOREAN_SIGN_OFF.search(blocks[index].text)
        if found:
            return [found["name"]]
        listed = _CLOSING_REPORTER_LIST.search(blocks[index].text)
        if listed:
            return re.split(r"[、，,]", listed["names"])
        roles = closing_roles(blocks[index].text)
        if roles:
            return roles
        run_on = run_on_credit(blocks[index].text)
        if run_on:
            return [run_on]
        bracketed = bracket_credit(blocks[index].text)
        if bracketed:
            return bracketed
        reporters = closing_reporters(blocks[index])
        if reporters:
            return reporters
        signed = outlet_sign_off(blocks[index].text)  # misses48: "希望之聲國際廣播電台張翠報導", kept as the last line
        if signed:
            return signed
        # rules21: "…と指摘している。(c)AFP/Aminu ABUBAKAR", closing the story: only its last paragraph, as
        # a picture's caption set as a paragraph above it credits the photographer so ("…der Schweiz.
        # © AFP / MARCO BERTORELLO", sportnews.bz on bench/evaldata.py's pages)
        agency = _AGENCY_CREDIT.search(blocks[index].text) if index == kept[-1] and "/" in blocks[index].text else None
        names = reduce_byline(agency["names"]).names if agency else []
        if names and all(len(name.split()) > 1 and looks_like_name(name) for name in names):
            return names
    after = blocks[kept[-1] + 1 : kept[-1] + 1 + CREDIT_PARAGRAPHS] if kept else []
    for block in after:  # on a line of its own under the story: "作者︱春春"
        found = _CREDIT_LINE.fullmatch(block.text.strip())
        if found:
            return [found["name"]]
        signed = outlet_sign_off(block.text)
        if signed:
            return signed
    return []


def outlet_sign_off(text: str) -> list[str]:
    """The reporter of a line that is only an outlet's name, the reporter's and "reported" (`_OUTLET_SIGN_OFF`), the
    name's first letter a surname's; [] else.

    >>> outlet_sign_off("希望之聲國際廣播電台張翠報導"), outlet_sign_off("中央社報導"), outlet_sign_off("新华社记者王小明报道")
    (['張翠'], [], [])
    """
    signed = _OUTLET_SIGN_OFF.fullmatch(text.strip())
    return [signed["name"]] if signed and signed["name"][0] in SURNAMES else []


def closing_roles(text: str) -> list[str]:
    """The reporters of a bracketed credit of two newsroom roles or more closing the text's last sentence (see
    `_CLOSING_ROLES`); [] for one role (a bracket such as "（记者会见时）" is no credit) or a part naming no one.

    >>> closing_roles("…提供人道救助。(通訊員 宋黎勝 記者 黃淼君)"), closing_roles("…提供人道救助。(記者了解到)")
    (['黃淼君'], [])
    >>> closing_roles("…提供人道救助。(通訊員 宋黎勝)"), closing_roles("(通訊員 宋黎勝 記者 黃淼君)說，救助已經開始。")
    ([], [])
    """
    found = _CLOSING_ROLES.search(text)
    if found is None or len(_ROLE_SPLIT.findall(found["credits"])) < MIN_CLOSING_ROLES:
        return []
    return credit_names(found["credits"])


def run_on_credit(text: str) -> str:
    """The writer's name of a closing credit whose writer's post runs on after it (see `_RUN_ON_CREDIT`):
    the two letters before a place opening the institution's name, or else the three; "" when the post
    names no institution and title, or no place opens it there (the name's end is not told then).

    >>> run_on_credit("(作者：方敏北京大学经济学院教授)"), run_on_credit("（作者：王小明中国人民大学副教授）")
    ('方敏', '王小明')
    >>> run_on_credit("（作者：方敏）"), run_on_credit("(作者：北京大学经济学院课题组)")
    ('', '')
    """
    found = _RUN_ON_CREDIT.search(text)
    if not found or not _POST.search(found["credit"]):
        return ""
    credit = found["credit"]
    return next((credit[:size] for size in (2, 3) if _PLACE.match(credit, size) and _POST.search(credit, size)), "")


def closing_reporters(block: Block) -> list[str]:
    """The reporters the last line of a paragraph names, a line of its own after a line break
    (`<br>`) or the whole paragraph, when it is only "reporter", names, place and "reported" (see
    `_CLOSING_REPORTERS`): how a Taiwanese broadcaster's site closes the story's text (holdout26's PTS).
    A sentence that holds such words says more than them.

    >>> from l10n.model import Block, InlineMarkup
    >>> story = Block("paragraph", "救難能量更加完整 記者張志雄 張梓嘉 嘉義報導", markup=[InlineMarkup(8, 8, "br", void=True)])
    >>> closing_reporters(story), closing_reporters(Block("paragraph", "記者王小明／北京报道"))
    (['張志雄', '張梓嘉'], ['王小明'])
    >>> closing_reporters(Block("paragraph", "他對記者張志雄說，嘉義報導有誤。"))
    []
    """
    breaks = [mark.start for mark in block.markup if mark.tag == "br" and mark.start < len(block.text.rstrip())]
    found = _CLOSING_REPORTERS.fullmatch(block.text[max(breaks, default=0) :].strip())
    return re.split(r"\s*[、,，]\s*|\s+", found["names"]) if found else []


# misses41: the credit line a Chinese-language paper sets its writers in: "text" or "report" and a slash ("文/",
# "撰文／", "報導╱", a box-drawing diagonal too), "this page's" before it ("本版", a print page's stories all by
# them), then the names, or each newsroom role ("记者", "实习生") before its names; on a line of its own, or after
# the last sentence of a line ("…加深眼睛疲勞。報導╱林明佳、張佩玉<br>攝影╱施偉平", holdout39's Apple Daily closing
# its lead; "本版文/记者李莎莎黎史翔王进雨程磊实习生吉喆高小娟", holdout39's jmnews, the Fazhi Wanbao's page credit
# with no marks between the names). A photographer's line ("攝影╱…", "图/…") credits no writer.
_SLASHED_CREDIT = re.compile(
    r"(?:本版|本报|本報)?(?:文|撰文|文字|報導|报道)\s*[/／╱]\s*(?P<credits>[\u4e00-\u9fff、，,\s]{2,60})"
)
# misses50: a relayed paper's credit line of its own, the paper's name (ending in "报"), its reporters' role and names
# run together, a photographer's after them ("华西都市报记者彭晗侯婷婷摄影吕甲", holdout49's 022china relaying the West
# China City Daily): the reporters are the writers, the photographer none
_PAPER_CREDIT = re.compile(
    rf"[\u4e00-\u9fff]{{1,10}}?(?:报|報)(?P<credits>{_NEWSROOM_ROLE}[\u4e00-\u9fff、，,\s]{{2,40}}?)"
    r"(?:(?:摄影|攝影)\s*[/／]?\s*[\u4e00-\u9fff]{2,3})?"
)
_LINE_SENTENCE_END = re.compile(r"^.*[。！？」”]")  # a line up to its last sentence's end
# …but a desk or an outlet there is no one ("文/新华社", "報導╱綜合外電", "文/本报记者"): its last letter or its words
_NOT_A_NAME = re.compile(
    r"[社报報网網台站部]$|新闻|新聞|日报|日報|晚报|晚報|本报|本報|综合|綜合|整理|外电|外電|编辑|編輯"
)


_CREDIT_MARKS = ("/", "／", "╱", "记者", "記者")  # a line holding none is no credit `slashed_credit` reads


def slashed_credit(blocks: list[Block]) -> list[str]:
    """The writers of the credit line (see `_SLASHED_CREDIT`, and a relayed paper's, `_PAPER_CREDIT`) that is a line of
    one of the story's paragraphs (its lead set apart as a summary too), or its part after the line's last sentence:
    the names of each role but a press
    officer's (通讯员); [] where a part is no name, or names run together that split into names more ways than one
    (`run_apart`). Any paragraph, not only those the extractor kept: it left out both pages' (Apple Daily's lead,
    broken by `<br>`s; jmnews' credit between two fact boxes), and the line is all credit.

    >>> from l10n.model import Block, InlineMarkup
    >>> lead = Block("paragraph", "宜保持距離。報導╱林明佳、張佩玉攝影╱施偉平", markup=[InlineMarkup(16, 16, "br", void=True)])
    >>> slashed_credit([lead]), slashed_credit([Block("paragraph", "本版文/记者李莎莎黎史翔实习生吉喆高小娟")])
    (['林明佳', '張佩玉'], ['李莎莎', '黎史翔', '吉喆', '高小娟'])
    >>> slashed_credit([Block("paragraph", "文/新华社")]), slashed_credit([Block("paragraph", "图/李铭")])
    ([], [])
    >>> slashed_credit([Block("paragraph", "华西都市报记者彭晗侯婷婷摄影吕甲")])
    ['彭晗', '侯婷婷']
    >>> slashed_credit([Block("paragraph", "华西都市报记者昨日从成都大熊猫繁育研究基地获悉")])
    []
    """
    for block in blocks:
        text = block.text
        if block.role not in ("paragraph", "summary") or not any(mark in text for mark in _CREDIT_MARKS):
            continue
        breaks = sorted({mark.start for mark in block.markup if mark.tag == "br"})
        for start, end in zip([0, *breaks], [*breaks, len(text)], strict=True):
            line = _LINE_SENTENCE_END.sub("", text[start:end]).strip()
            found = _SLASHED_CREDIT.fullmatch(line) or _PAPER_CREDIT.fullmatch(line)
            names = credit_names(found["credits"]) if found else []
            if names:
                return names
    return []


def credit_names(credits: str) -> list[str]:
    """The names of a credit's run of roles and names ("记者李莎莎黎史翔实习生吉喆", "林明佳、張佩玉"): each role's
    names parted by marks or spaces, or run together (`run_apart`); a press officer's (通讯员) left out; [] where a
    part is none.

    >>> credit_names("记者 王小明 李华 通讯员 张三"), credit_names("记者 联系了富士康")
    (['王小明', '李华'], [])
    """
    parts = _ROLE_SPLIT.split(credits)  # [before the first role, role, names, role, names, …]
    names: list[str] = []
    for role, run in [("", parts[0]), *zip(parts[1::2], parts[2::2], strict=True)]:
        pieces = [piece for piece in re.split(r"[、，,\s]+", run) if piece]
        if not pieces:
            if role:
                return []  # a role that names no one
            continue
        found = run_apart(pieces[0]) if len(pieces) == 1 else pieces
        if not found or not all(2 <= len(name) <= 4 and not _NOT_A_NAME.search(name) for name in found):
            return []
        names += [] if role in _CORRESPONDENT else found
    return names if len(names) <= RUN_NAMES else []


def bracket_credit(text: str) -> list[str]:
    """The reporters of the bracketed credit closing a Japanese story's paragraph (see `_BRACKET_CREDIT`),
    each without the place filed from; [] when a part is no such name, has no place, or the text before
    is no Japanese (no kana: a Chinese wire's "…举行。【新华社】" names its agency, review20).

    >>> bracket_credit("…拘束されている。【エルサレム松岡大地、カイロ金子淳】"), bracket_credit("…述べた。【北京・河津啓介】")
    (['松岡大地', '金子淳'], ['河津啓介'])
    >>> bracket_credit("…発表した。【共同】"), bracket_credit("…発表した。【関連記事】"), bracket_credit("【速報】地震が発生")
    ([], [], [])
    """
    found = _BRACKET_CREDIT.search(text) if "【" in text else None
    if found is None or not _KANA.search(text, 0, found.start()):
        return []
    parts = [_BRACKET_CREDIT_PART.fullmatch(part.strip()) for part in found["credits"].split("、")]
    names = [part["name"] for part in parts if part is not None]
    return (
        names
        if len(names) == len(parts) and not any(_NOT_REPORTER.search(part) for part in found["credits"].split("、"))
        else []
    )


def closing_tagline(blocks: list[Block], kept: list[int]) -> list[str]:
    """The contributors an op-ed names in the emphasised tagline closing it, one sentence each
    ("*Andrés Malamud es politólogo e investigador en la Universidad de Lisboa. Martín Schapiro es
    abogado…*"): the last kept paragraph, all in bold or italics, every sentence a name and what
    the person is. A story's own last sentence about someone is not emphasised whole."""
    if not kept:
        return []
    last = blocks[kept[-1]]
    emphasised: set[int] = set()
    for markup in last.markup:
        if markup.tag in LEAD_IN_TAGS:
            emphasised.update(range(markup.start, markup.end))
    if len(emphasised) < TAGLINE_EMPHASIS * len(last.text.strip()):
        return _signed_lines(last)
    sentences = [part for part in SENTENCE_BREAK.split(normalise_space(last.text)) if part]
    found = [_TAGLINE_SENTENCE.fullmatch(sentence) for sentence in sentences]
    if not found or not all(found):
        return _signed_lines(last)
    return [match["name"] for match in found if match is not None]


SIGNED_LINES = 2  # the name, and what the person is


def _signed_lines(block: Block) -> list[str]:
    """The contributor an op-ed's last paragraph names in its emphasised closing lines, set apart by
    line breaks: the name on a line of its own, then what the person is (holdout19's Simerini:
    "…του Λαϊκού Κινήματος.<br><strong>ΑΦΡΟΔΙΤΗ ΚΑΤΣΗ<br>Μέλος Επαρχιακής Γραμματείας ΕΔΟΝ…</strong>").
    A bold label alone ("**Related coverage**") has no second line; a box's label over a teaser
    ("**Related Stories**<br>**Storm damage closes the pier**", `is_dangling_label`) or the site
    talking ("Subscribe Now") is no name, nor is a bold sentence.

    >>> from l10n.model import Block, InlineMarkup as M
    >>> text = "They fought it.Ann LeeMember of the board"
    >>> signed = Block("paragraph", text, markup=[M(15, 15, "br"), M(15, 41, "strong"), M(22, 22, "br")])
    >>> said = Block("paragraph", text, markup=[M(15, 15, "br"), M(15, 41, "strong")])
    >>> _signed_lines(signed), _signed_lines(said)
    (['Ann Lee'], [])
    """
    text = block.text
    breaks = sorted({mark.start for mark in block.markup if mark.tag == "br"})
    for mark in block.markup:
        if mark.tag not in LEAD_IN_TAGS or mark.end < len(text.rstrip()) or text[mark.start : mark.end].strip() == "":
            continue
        if text[: mark.start].strip() and not any(not text[at : mark.start].strip() for at in breaks):
            continue  # not at the start of a line
        inside = [at for at in breaks if mark.start < at < mark.end and text[at : mark.end].strip()]
        lines = [text[a:b].strip() for a, b in zip([mark.start, *inside], [*inside, mark.end], strict=True)]
        name = normalise_space(lines[0])
        if (
            len(lines) == SIGNED_LINES
            and 1 < len(name.split(maxsplit=MAX_SIGNED_NAME_WORDS)) <= MAX_SIGNED_NAME_WORDS
            and looks_like_name(name)
            and not (is_dangling_label(name) or is_site_talk(name))
            and not any(char.isdigit() for char in name)
            and not name.endswith(_SENTENCE_CLOSE)
        ):
            return [name]
    return []


MAX_SIGNED_NAME_WORDS = 4
