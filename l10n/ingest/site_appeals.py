"""The site asking something of its reader inside the story's box (written for holdout6's misses;
`page.py` drops such lines as it drops `furniture.is_site_talk`'s):

- a donation appeal, as public media close their stories ("If you found the reporting above
  valuable, please consider making a donation…", "Your gift pays for everything you find on …");
- a newsletter offer said to the reader ("When you sign up for this free report, you will also
  join our free … newsletter.");
- the comment box's state ("Comments are closed");
- in Chinese and Japanese: a prompt to scroll on ("請繼續下滑閱讀"), a rights notice ("本網站之文字…
  非經授權，不得轉載"), a prompt that follows "liked this article?" ("喜欢这篇文章？去 App 商店搜 …").

Each is said to the reader ("you", "please", an imperative) or is a fixed formula; a story that
reports someone else's appeal ("The shelter asked residents to consider a donation.") is none.
Measured on `tests/data/realworld/` with `bench/pages.py`.
"""

from __future__ import annotations

import re

MAX_APPEAL_WORDS = 40
MAX_CJK_APPEAL_CHARS = 80  # Chinese and Japanese lines have no spaces to count words by
_DONATION = re.compile(
    r"\bplease (?:consider )?(?:making a (?:donation|gift)|donating|giving)\b"
    r"|\bthank(?:s| you) for (?:donating|your (?:donation|gift|support))\b"
    r"|\byour (?:gift|donation|support) (?:pays|helps|keeps|makes|funds)\b"
    r"|\b(?:donate|give) (?:now|today)\b",
    re.IGNORECASE,
)
_NEWSLETTER_TO_READER = re.compile(r"\byou(?:r)?\b.*\bour\b[^.!?]{0,40}\bnewsletters?\b", re.IGNORECASE)
_COMMENTS_STATE = re.compile(
    r"^\W*(?:comments? (?:are|is) (?:now )?(?:closed|disabled|off)|commenting (?:is )?(?:closed|disabled)"
    r"|kommentare (?:sind )?geschlossen|les commentaires sont fermés|comentarios cerrados)\W*$",
    re.IGNORECASE,
)
# "請繼續下滑閱讀" (please scroll on to read), "繼續閱讀", "下にスクロールして続きを読む".
_SCROLL_ON = re.compile(r"^\W*(?:請|请)?(?:繼續|继续)(?:下滑|往下)?(?:閱讀|阅读)\W*$|^\W*下にスクロール")
# Rights notices: "非經授權，不得轉載" (not to be reproduced without authorisation), "版权所有", "無断転載を禁じます".
_CJK_RIGHTS = re.compile(
    r"(?:非經|未經|未经|非经)(?:授權|授权|同意|許可|许可)[，,、\s]*(?:不得|禁止)(?:轉載|转载)"
    r"|版權所有|版权所有|無断(?:転載|転用|複製)"
)
# "喜欢这篇文章？去 App 商店搜 好奇心日报" (liked this article? search the App Store for …): a prompt.
_LIKED_THIS = re.compile(r"^\W*(?:喜欢|喜歡)(?:这|這)(?:篇|个|個)(?:文章|报道|報導|内容|內容)")


def is_site_appeal(text: str) -> bool:
    """The line is the site asking its reader something (see the module docstring).

    >>> is_site_appeal("If you found the reporting above valuable, please consider making a donation to support it.")
    True
    >>> is_site_appeal("The shelter asked residents to consider making a donation to help the animals.")
    False
    >>> is_site_appeal("請繼續下滑閱讀"), is_site_appeal("Comments are closed"), is_site_appeal("Comments closed the debate.")
    (True, True, False)
    """
    stripped = text.strip()
    if len(stripped.split()) <= MAX_APPEAL_WORDS:
        if _DONATION.search(stripped) or _NEWSLETTER_TO_READER.search(stripped) or _COMMENTS_STATE.match(stripped):
            return True
    if len(stripped) <= MAX_CJK_APPEAL_CHARS:
        return bool(_SCROLL_ON.match(stripped) or _CJK_RIGHTS.search(stripped) or _LIKED_THIS.match(stripped))
    return False
