"""Lines of a site's notices around its story that holdout28's blind run kept (issue 14), each a formula a
site prints, never a sentence of a story, read from the line's words alone (`page.py` drops a block that is one):

- the notice of who published the story and when, a line of its own under it ("Published by Globes
  [online], Israel business news - www.globes-online.com - on January 16, 2012", Globes's italic line): the
  site's imprint, which the page's metadata states for every edition (`_PUBLISHED_BY`);
- an agency's notice to its readers that the full report is on its subscribers' page, and where to apply
  ("Λεπτομέρειες στη συνδρομητική σελίδα του ΑΠΕ-ΜΠΕ | Αίτηση Συνδρομητή", ΑΠΕ-ΜΠΕ's: "details on ANA-MPA's
  subscribers' page | subscriber's application"), and its rights notice ("© ΑΠΕ-ΜΠΕ ΑΕ. Τα πνευματικά
  δικαιώματα ανήκουν στο ΑΠΕ-ΜΠΕ ΑΕ. Απαγορεύεται η αναπαραγωγή …": the copyright belongs to it, reproduction
  is prohibited), Greek formulas `furniture._SITE_NOTICE` has in English and Korean (`_GREEK_NOTICE`);
- the call to like the site's page on a social network and join its fans ("Facebook 馬上按讚
  加入台視新聞粉絲團", TTV's: "like now, join TTV News's fan page"): the site's plug (`_FAN_PAGE`).

holdout34's blind run (misses34) added two notes of a site that carries others' releases and lists:
- the note that what the page carries is a press release, opening the line ("This is a press release which we
  link to from Podnews…", "The following is a press release from …"): the site's disclaimer, not the release's
  text, which never calls itself one that way (`_RELEASE_NOTICE`);
- the offer of the list or table above as a file for the reader's software ("The above list of podcasts is
  available as an OPML file for your podcast player", "This table is available as a CSV file"): the page
  speaking of its own layout, the list above it, and of a file it serves (`_LIST_FILE_NOTE`).

holdout49's blind run (misses50) added the masthead's edition line with the day it was served ("Online Edition |
Wednesday, 18 January 2012 | 01:58:01": `_EDITION_LINE`) and a Chinese site's licence numbers and its disclaimer of
all its articles ("津ICP备09001704号", "本站所有文章、数据仅供参考": `_CHINESE_LICENCE`), the line naming the paper a story
was relayed from and a footer's "friendly links" heading ("文章来源: 华西都市报", "友情链接": `_CHINESE_SOURCE`), and a
sign-off with the paper's copyright sign ("Татьяна Кожихова © «Вечерние Ведомости»": `_SIGNED_RIGHTS`).
"""

from __future__ import annotations

import re

from l10n.ingest.fields import word_count
from l10n.ingest.regex_gate import GateGroup, gated_compile

# "Published by <the site> … on <a day>", the whole line: a story's sentence goes on after the day ("Published
# by Penguin on 3 March 2020, the book sold …") or names no day.
_PUBLISHED_BY = gated_compile(
    r"\W*published by\s+\S.{0,120}?\s+on\s+(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4})\W*",
    re.IGNORECASE,
)
# Greek sites' subscription and rights formulas: "συνδρομητική σελίδα" (subscribers' page), "αίτηση συνδρομητή"
# (subscriber's application), "τα πνευματικά δικαιώματα ανήκουν" (the copyright belongs to), "απαγορεύεται η
# αναπαραγωγή/αναδημοσίευση" (reproduction/republication is prohibited), "με επιφύλαξη παντός δικαιώματος" (all
# rights reserved).
_GREEK_NOTICE = gated_compile(
    r"συνδρομητικ[ήη] σελ[ίι]δα|α[ίι]τηση συνδρομητ[ήη]|τα πνευματικ[άα] δικαι[ώω]ματα ανήκουν"
    r"|απαγορε[ύυ]εται η (?:αναπαραγωγ[ήη]|αναδημοσ[ίι]ευση)|με επιφ[ύυ]λαξη παντ[όο]ς δικαι[ώω]ματος",
    re.IGNORECASE,
)
# The call to like the site's page and join its fans: "按讚"/"按赞" (press like) or "加入" (join), then its "粉絲團"
# (fan club) or "粉絲專頁" (fan page), in traditional or simplified letters; or "like us on Facebook".
_FAN_PAGE = gated_compile(
    r"(?:按讚|按赞|加入).{0,20}?(?:粉絲團|粉丝团|粉絲專頁|粉丝专页)|\blike us on (?:facebook|instagram)\b",
    re.IGNORECASE,
)
# misses34: "This is a press release …", "The following is a news release from …", "This article is a paid press
# release": the line opens by saying what the page carries is a release (a release's own text states its news)
_RELEASE_NOTICE = gated_compile(
    r"\W*(?:this|the following|the above)(?: (?:article|post|story|content|text))? (?:is|was) (?:an? )?"
    r"(?:(?:paid|sponsored|official) )?(?:press|news|media) release\b",
    re.IGNORECASE,
)
# misses34: the page's list or table above (or below) offered as a file: "The above list of podcasts is available as
# an OPML file for your podcast player", "This table is also available as a CSV file", "The list below can be
# downloaded as a spreadsheet"
_LIST_FILE_NOTE = gated_compile(
    r"\W*(?:the (?:above|following) |this )(?:list|table|chart|ranking|data(?:set)?)\b[^.!?]{0,60}?"
    r"(?:is|are|can be) (?:also )?(?:available|downloaded|downloadable)\b[^.!?]{0,20}?\b(?:as|in) (?:an? )?"
    r"(?:OPML|CSV|PDF|Excel|XLSX?|JSON|RSS|spreadsheet)\b",
    re.IGNORECASE,
)
# misses37: a Chinese site's copyright and disclaimer notice under its stories ("大江网版权与免责声明", jxnews), its
# heading alone on a line ("…版权与免责声明", "版权声明", "免责声明": copyright and disclaimer) and its clauses, each opening
# with the formula the notices share ("1、凡本网注明“大江网讯”…的所有作品，版权均属于…": all works this site marks as …;
# "如因作品内容、版权和其它问题需要同本网联系的…": for questions of a work's content or copyright …)
_CHINESE_RIGHTS = gated_compile(
    r"\W*(?:\d{1,2}\s*[、.．]\s*)?(?:凡本[网站](?:注明|标注|註明)|如因作品内容)"
    r"|\W*[\u4e00-\u9fff]{0,8}(?:版权(?:与|和|及)?免责声明|版权声明|免责声明|版權聲明|免責聲明)\W*$",
    re.IGNORECASE,
)
# misses50: the masthead's edition line with the day and the hour the page was served ("Online Edition | Wednesday,
# 18 January 2012 | 01:58:01", holdout49's Otago Daily Times, between its byline and its story), the whole line:
# the edition's name, a weekday or none, the day in words and a clock's time or none
_EDITION_LINE = gated_compile(
    r"\W*(?:online|print|digital|web|e-?|today's|today’s|weekend|daily|morning|evening)\s*edition\s*[|:·•,–—-]\s*"
    r"(?:[a-z]+\.?,?\s+)?(?:\d{1,2}\s+[a-z]+\.?,?\s+\d{4}|[a-z]+\.?\s+\d{1,2},?\s+\d{4})"
    r"(?:\s*[|,·•–—-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?\W*",
    re.IGNORECASE,
)
# misses50: a Chinese site's footer citing its licences, the ICP record or licence number the law has every site show
# ("版权所有 中国网・滨海高新 … 津ICP备09001704号", 022china; "《中华人民共和国增值电信业务经营许可证》编号：闽 B2-20050010 号",
# 中金在线, a licence's name and "编号" (number)), and a site's disclaimer of all its articles ("本站所有文章、数据仅供参考": all
# this site's articles and data are for reference only), holdout49's
_CHINESE_LICENCE = gated_compile(
    r"ICP\s*[备證证]\s*(?:字\s*)?[:：]?\s*(?:第\s*)?\d{5,}|许可证》?\s*编号\s*[:：]"
    r"|\W*本[网站](?:所有|的)(?:文章|内容|资料|信息|新闻)[^。]{0,20}仅供参考",
    re.IGNORECASE,
)
# misses50: the line naming the paper a Chinese site relayed the story from, alone ("文章来源: 华西都市报", 022china's under
# its story: "article source"), and a footer's "friendly links" heading ("友情链接") over its partners' links
_CHINESE_SOURCE = gated_compile(
    r"\W*(?:文章|新闻|新聞|稿件)?(?:来源|來源)\s*[:：]\s*[^\s:：，。,]{1,20}\W*|\W*(?:友情链接|友情連結)\s*[:：]?\W*",
    re.IGNORECASE,
)
# misses50: a sign-off of one name with the paper's copyright sign and its name in quotes ("Татьяна Кожихова ©
# «Вечерние Ведомости»", holdout49's Вечерние ведомости under its story; the name is the byline already)
_SIGNED_RIGHTS = gated_compile(
    r"\W*(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*\s*©\s*[«\"„“][^«»\"„“”]{1,60}[»\"“”]\W*",
    re.IGNORECASE,
)
MAX_NOTICE_WORDS = 40
# one search for the strings of all the patterns (pagespeed36: `page._article_blocks` asks every kept block; a line
# holding none of them is no notice, where each pattern's own gate searched it again)
_NOTICE_GATE = GateGroup(
    _PUBLISHED_BY,
    _GREEK_NOTICE,
    _FAN_PAGE,
    _RELEASE_NOTICE,
    _LIST_FILE_NOTE,
    _CHINESE_RIGHTS,
    _EDITION_LINE,
    _CHINESE_LICENCE,
    _CHINESE_SOURCE,
    _SIGNED_RIGHTS,
)


def is_notice_line(text: str) -> bool:
    """A line of the site's notices (see the module docstring).

    >>> is_notice_line("Published by Globes [online], Israel business news - www.globes-online.com - on January 16, 2012")
    True
    >>> is_notice_line("Published by Penguin on 3 March 2020, the book sold a million copies in a year.")
    False
    >>> is_notice_line("Λεπτομέρειες στη συνδρομητική σελίδα του ΑΠΕ-ΜΠΕ | Αίτηση Συνδρομητή")
    True
    >>> is_notice_line("Το υπουργείο είπε ότι οι συνδρομητές θα ενημερωθούν για τις αλλαγές.")
    False
    >>> is_notice_line("Facebook 馬上按讚 加入台視新聞粉絲團"), is_notice_line("他加入了球隊，成為先發。")
    (True, False)
    >>> is_notice_line("This is a press release which we link to from Podnews. We may make small edits.")
    True
    >>> is_notice_line("The company said in a press release that this is a record year.")
    False
    >>> is_notice_line("The above list of podcasts is available as an OPML file for your podcast player")
    True
    >>> is_notice_line("The ministry's list of approved schools is available as a PDF on its website.")
    False
    >>> is_notice_line("大江网版权与免责声明"), is_notice_line("1、凡本网注明“大江网讯”的所有作品，版权均属于大江网。")
    (True, True)
    >>> is_notice_line("该公司随后发布免责声明，称相关报道与事实不符。")
    False
    >>> is_notice_line("Online Edition | Wednesday, 18 January 2012 | 01:58:01")
    True
    >>> is_notice_line("The online edition of 18 January 2012 sold out by noon.")
    False
    >>> is_notice_line("版权所有 中国网・滨海高新 电话：022-84806316 津ICP备09001704号"), is_notice_line("工信部要求网站公示ICP备案号。")
    (True, False)
    >>> is_notice_line("本站所有文章、数据仅供参考，使用前务请仔细阅读法律声明，风险自负")
    True
    >>> is_notice_line("文章来源: 华西都市报"), is_notice_line("友情链接"), is_notice_line("来源：腾讯。据报道，该公司昨日发布公告。")
    (True, True, False)
    >>> is_notice_line("Татьяна Кожихова © «Вечерние Ведомости»"), is_notice_line("Фото © «Вечерние Ведомости», 2011 год")
    (True, False)
    """
    if word_count(text, MAX_NOTICE_WORDS) > MAX_NOTICE_WORDS:  # a paragraph's words not all split (pagespeed34)
        return False
    words = text.split()
    if not words:
        return False
    line = " ".join(words)
    if not _NOTICE_GATE.may_match(line):
        return False
    return bool(
        _PUBLISHED_BY.fullmatch(line)
        or _GREEK_NOTICE.search(line)
        or _FAN_PAGE.search(line)
        or _RELEASE_NOTICE.match(line)
        or _LIST_FILE_NOTE.match(line)
        or _CHINESE_RIGHTS.match(line)
        or _EDITION_LINE.fullmatch(line)
        or _CHINESE_LICENCE.search(line)
        or _CHINESE_SOURCE.fullmatch(line)
        or _SIGNED_RIGHTS.fullmatch(line)
    )
