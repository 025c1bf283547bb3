"""A web address in a sentence reaches the reader as written in the source (l10n/qa/addresses.py).

Found by reading the Spanish site of a real saved page (tests/data/realworld, inquisitr.com,
embedded tweets): Apertium lower-cases the words it does not know, so the link text of
"https://t.co/NlyEv9U3rD" came out "https://t.co/nlyev9u3rd" — another short link — and
"pic.twitter.com/OUiKqj8qjV" likewise, with no QA error: the reader saw a wrong address. Real
page, real Apertium, real CLI; the check's own cases are on sentences of other real pages.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run_l10n
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.locales import TargetLocale
from l10n.qa.addresses import addresses, addresses_kept
from l10n.qa.registry import CheckedUnit

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "tests" / "data" / "realworld" / "inquisitr-com-briefings.html"
SLUG = "donald-trump-has-skipped-nearly-all-intelligence-briefings-president-elects.html"


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


def page_text(path: Path) -> str:
    """What a reader reads of a published page: its text, markup and attributes gone."""
    body = path.read_text(encoding="utf-8").split("<article", 1)[1]
    return html.unescape(re.sub(r"<[^>]*>", " ", body))


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_an_address_in_an_apertium_sentence_is_written_as_the_source_writes_it(tmp_path: Path) -> None:
    """Apertium lower-cased addresses ("NlyEv9U3rD" → "nlyev9u3rd") and QA held those units back;
    since `mt.base.mask` hides addresses from engines, they come back as written: no QA finding,
    and the Spanish page writes each as the source does (the check itself: the tests below)."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(PAGE, tmp_path / "seeds" / PAGE.name)
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["es"]\n', encoding="utf-8")
    done = l10n(tmp_path, "run", "-q")
    assert done.returncode == 0, done.stderr

    source_page, spanish_page = (tmp_path / "site" / locale / SLUG for locale in ("en", "es"))
    source_addresses = set(addresses(page_text(source_page)))
    assert {"https://t.co/NlyEv9U3rD", "pic.twitter.com/OUiKqj8qjV"} <= source_addresses
    spanish = page_text(spanish_page)
    for address in source_addresses:
        written = {m.group() for m in re.finditer(re.escape(address), spanish, re.IGNORECASE)}
        assert written <= {address}, f"the Spanish page writes {address} as {written - {address}}"
    assert "https://t.co/NlyEv9U3rD" in spanish  # the sentence is there, in the source's words

    report = json.loads(l10n(tmp_path, "qa", "--json").stdout)
    assert [finding for finding in report["findings"] if finding["check"] == "addresses"] == []


def unit(msgid: str, msgstr: str, locale: str = "es") -> CheckedUnit:
    return CheckedUnit(msgid=msgid, msgstr=msgstr, locale=TargetLocale(locale))


# Sentences of other real pages (tests/data/realworld: hosted-ap-org-tories, fortune-com-alexa,
# citylimits-org-nycha) and what Apertium 0.8 wrote for them.
AP = "Follow AP's full coverage of Brexit and British politics at {a_1}https://www.apnews.com/Brexit{a_1_end}"
FORTUNE = "{em_1}This {a_1}article{a_1_end} originally appeared on Time.com.{em_1_end}"
NYCHA = "Email {a_1}vote@NYCHA.nyc.gov{a_1_end} or call 212-306-6794 for more information."


def test_a_changed_path_or_host_is_an_error() -> None:
    apertium_ap = (
        "Sigue AP cobertura llena de Brexit y política británica en {a_1}https://www.apnews.com/brexit{a_1_end}"
    )
    assert addresses_kept(unit(AP, apertium_ap)) == "changed https://www.apnews.com/Brexit"
    apertium_fortune = "{em_1}Esto {a_1}prenda{a_1_end} originalmente parecido puntualmente.com.{em_1_end}"
    assert addresses_kept(unit(FORTUNE, apertium_fortune)) == "changed Time.com"
    assert addresses_kept(unit(AP, "Sigue la cobertura de AP sobre el Brexit.")) is not None  # dropped


def test_what_rfc_3986_calls_equal_passes() -> None:
    kept = "Sigue la cobertura de AP en {a_1}HTTPS://WWW.APNEWS.COM/Brexit{a_1_end}"  # scheme, host: any case
    assert addresses_kept(unit(AP, kept)) is None
    assert addresses_kept(unit(FORTUNE, "{em_1}Este {a_1}artículo{a_1_end} apareció en time.com.{em_1_end}")) is None
    apertium_nycha = "Email {a_1}vote@nycha.nyc.gov{a_1_end} o llamada 212-306-6794 para más información."
    assert addresses_kept(unit(NYCHA, apertium_nycha)) is None  # an email, compared without case
    assert addresses_kept(unit("Crude oil started the day higher, e.g. at 9 a.m.", "El crudo subió.")) is None


def test_an_address_ends_where_its_characters_end() -> None:
    """A Chinese tender notice (tests/data/blind/docx/docx2python-libreoffice_conversion.docx):
    the address is followed by Chinese text with no space; a translation that keeps both
    addresses passes, one that drops the path of the second does not."""
    source = (
        "潜在投标人应在浙江省政府采购网(http://zfcg.czt.zj.gov.cn/）、"
        "东阳市公共资源交易网(http://www.dongyang.gov.cn/ggzyjy/)获取（下载）招标文件。"
    )
    assert addresses(source) == ["http://zfcg.czt.zj.gov.cn/", "http://www.dongyang.gov.cn/ggzyjy/"]
    kept = (
        "Bieter laden die Unterlagen unter http://zfcg.czt.zj.gov.cn/ und http://www.dongyang.gov.cn/ggzyjy/ herunter."
    )
    assert addresses_kept(unit(source, kept, "de")) is None
    dropped = "Bieter laden die Unterlagen unter http://zfcg.czt.zj.gov.cn/ und http://www.dongyang.gov.cn/ herunter."
    assert addresses_kept(unit(source, dropped, "de")) == "changed http://www.dongyang.gov.cn/ggzyjy/"


_ADDRESSY = st.lists(
    st.sampled_from([*"aAwWcom.:/@-_ \u017f\u212a\u0131\u0130", "www.", "://", ".com", ".co.uk", "http"]), max_size=20
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(_ADDRESSY, st.text(max_size=40)))
def test_the_cheap_search_skips_no_address(text: str) -> None:
    """`addresses` skips `address_pattern()` where `MAYBE_ADDRESS` finds nothing: only where the
    pattern would find nothing either."""
    from l10n.urls import MAYBE_ADDRESS, address_pattern

    if address_pattern().search(text):
        assert MAYBE_ADDRESS.search(text), text


def test_an_address_against_chinese_or_japanese_words_is_the_address() -> None:
    """Chinese and Japanese write an address with no space before or after it. Lines of real
    pages (tests/data/realworld: buzzap-jp-keigen, upmedia-mg-83141, note100yen-com-kindle), where
    the email took in the words before it and "Amazon.co.jp" or a host after kana was lost, so a
    Chinese or Japanese translation that kept the address was held as having changed it."""
    assert addresses("Amazon.co.jpで詳細を見る") == ["Amazon.co.jp"]
    assert addresses("上報歡迎各界投書，來稿請寄至editor@upmedia.mg") == ["editor@upmedia.mg"]
    assert addresses("スタードメインからnamecheap.comへドメイン移管をした手順覚書") == ["namecheap.com"]
    source = "Send letters to editor@upmedia.mg or see Amazon.co.jp and www.upmedia.mg."
    chinese = "来稿请寄至editor@upmedia.mg，或见Amazon.co.jp和www.upmedia.mg。"
    assert addresses_kept(unit(source, chinese, "zh_CN")) is None
    assert addresses_kept(unit(source, chinese.replace("editor@", "editors@"), "zh_CN")) == "changed editor@upmedia.mg"


_HOST = st.lists(
    st.sampled_from(["x", "apnews", "t", "NYCHA", "nyc", "pic", "twitter", "a-b", "9"]), min_size=1, max_size=3
)
_TLD = st.sampled_from(["com", "org", "gov", "co.uk", "co.jp", "io", "news"])
_PATH = st.sampled_from(["", "/", "/Brexit", "/a/b?c=1&d=2", "/6YB38zvrAB"])
_ADDRESS = st.one_of(
    st.builds(lambda *a: "{}{}.{}{}".format(a[0], ".".join(a[1]), *a[2:]), st.sampled_from(["https://", "http://", "ftp://", "www.", ""]), _HOST, _TLD, _PATH),
    st.builds(lambda *a: "{}@{}.{}".format(a[0], ".".join(a[1]), a[2]), st.sampled_from(["vote", "a.b", "x+y", "editor"]), _HOST, _TLD),
)  # fmt: skip
_UNSPACED_WORDS = st.sampled_from(
    ["", "见", "请访问", "在", "上", "。", "，", "で", "へ", "から", "を見る", "來稿請寄至", "（", "）", "、", "에서"]
)


@settings(max_examples=150, deadline=None)
@given(address=_ADDRESS, before=_UNSPACED_WORDS, after=_UNSPACED_WORDS)
def test_an_address_written_against_unspaced_words_is_found_whole(address: str, before: str, after: str) -> None:
    """A Chinese, Japanese or Korean translation may write the source's address with no space on
    either side: it is found as written, and the translation passes the check."""
    source = f"See {address} today."
    assert addresses(source) == [address]
    assert addresses(before + address + after) == [address], before + address + after
    assert addresses_kept(unit(source, before + address + after, "ja")) is None
