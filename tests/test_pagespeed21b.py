"""What ingest no longer works out twice on a page, and why each answer stays the one it was (pagespeed21b).

- `page_main.MainText.extended`: trafilatura's lines are keyed once for the twins' search
  (`twin_story_lines`) and the lines found after them (the page's description, the twins) are
  added to those keys, where the page's lines were keyed again with them before. The result is
  `MainText.of` the whole list: the same lines, the same text in the same order, the same table
  cells (an empty cell dropped from either part), on generated lines and on real pages.
- `twin_story_lines` given the page's `MainText` answers as given the lines.
- The class-picking XPaths of `page_marks` (`_HEADING_CLASSED`, `_ENTRY_CLASSED`) and
  `page_figures` (`_CAPTION_CLASSED`) test the class attributes and take their elements (`/..`)
  where they tested `@class` of every element: the same elements in the same order (the reading
  before, `BEFORE`, kept here on purpose as the oracle) on a small page holding each near miss —
  the page's own root named, a class word after a tab, no class, an empty class, a comment, an
  `id` holding the words — and on real pages.
- `furniture._host` reads a plain "http(s)://host/…" address's host without `urlsplit`
  (`_PLAIN_WEB_HOST`), and `page_sites` an organisation once per host: the hosts of the reading
  before (`urlsplit_host`) on generated addresses holding what `urlsplit` handles (ports, users,
  brackets, "%", tabs and newlines, upper-case schemes, a host left empty) and the sites the same
  on real pages.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import furniture, page_figures, page_marks
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_main import MainText, main_text_lines, twin_story_lines

REALWORLD = Path(__file__).parent / "data" / "realworld"
PAGES = ("businessinsider-com-larrypage.html", "taz-de-siemens.html", "dailymail-co-uk-food.html")

# lines as trafilatura writes them: prose, a table row with empty and repeated cells, blank lines
LINES = st.lists(
    st.one_of(
        st.text(alphabet="ab |.İΣς \t", max_size=12),
        st.lists(st.sampled_from(["", "a", "b b", " ", "Σ"]), max_size=4).map(
            lambda cells: "| " + " | ".join(cells) + " |"
        ),
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(LINES, LINES)
def test_extended_is_the_whole_lists_main_text(before: list[str], after: list[str]) -> None:
    assert MainText.of(before).extended(after) == MainText.of(before + after)


def test_extended_keeps_the_order_of_the_text() -> None:
    """A key spanning the two parts is found as in the whole list's text (its order matters)."""
    whole = MainText.of(["The harbour reopened", "on Monday morning"])
    extended = MainText.of(["The harbour reopened"]).extended(["on Monday morning"])
    assert extended.everything == whole.everything
    assert extended.kept("harbour reopened on Monday") is whole.kept("harbour reopened on Monday")
    assert MainText.of(["on Monday morning"]).extended(["The harbour reopened"]).everything != whole.everything


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


@pytest.mark.parametrize("name", PAGES)
def test_real_pages_twins_and_keys_are_the_reading_before(name: str) -> None:
    root = parsed(name)
    lines = main_text_lines(root)
    read = MainText.of(lines)
    twins = twin_story_lines(root, read)
    assert twins == twin_story_lines(root, lines)
    extra = ["A description of the page.", *twins]
    assert read.extended(extra) == MainText.of(lines + extra)


# the XPaths before pagespeed21b, as oracles; their replacements, read from the modules
BEFORE = {
    "heading": "//*[contains(@class, ' h') or starts-with(@class, 'h')]",
    "caption": "//*[contains(@class, 'aption') or contains(@class, 'utline')]",
    "entry": "descendant-or-self::*[contains(@class, 'entry')]",
}
NOW = {
    "heading": page_marks._HEADING_CLASSED,
    "caption": page_figures._CAPTION_CLASSED,
    "entry": page_marks._ENTRY_CLASSED,
}
NEAR_MISSES = """<html class="h2 hentry"><body class="caption">
<div class="x\th3">tab</div><div id="h2 entry caption">id only</div><div class="">empty</div><div>none</div>
<!-- <div class="h2"> --><span class="half h5">a</span><p class="hero"><b class="Caption">B</b></p>
<figure><figcaption class="outline entry-content"><i class="h-entry">c</i></figcaption></figure>
<svg class="h4"><g class="caption"></g></svg><div class="h2 entry-box" id="h3"><div class="entry">d</div></div>
</body></html>"""


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_class_xpaths_pick_what_they_picked_on_near_misses(name: str) -> None:
    root = parse_html(NEAR_MISSES, source_path="page.html")
    picked = root.xpath(NOW[name])
    assert picked == root.xpath(BEFORE[name])
    assert root in picked or name == "caption"  # the page's root is read too (its class names a heading, an entry)
    inner = root.xpath("//div[@id='h3']")[0]
    assert inner.xpath(NOW["entry"]) == inner.xpath(BEFORE["entry"]) == [inner, inner[0]]  # from an element too


@pytest.mark.parametrize("name", PAGES + ("thekenyatimes-com-kisumu.html", "nowgrenada-com-pm.html"))
def test_class_xpaths_pick_what_they_picked_on_real_pages(name: str) -> None:
    root = parsed(name)
    for key, before in BEFORE.items():
        assert root.xpath(NOW[key]) == root.xpath(before), key


def urlsplit_host(url: str) -> str:
    """furniture._host before pagespeed21b: every address through `urlsplit`, as an oracle."""
    if ":" not in url:
        return ""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    return (parts.hostname or "").lower() if parts.scheme in ("http", "https") else ""


HOST_PARTS = ["http", "https", "HTTPS", "://", ":", "/", "//", "x", "Ab", ".", "-", "9", "@", "[", "]", "%", "?", "#"]
HOST_PARTS += ["\t", "\n", " ", "\x01", "é", ":80", "user@", "www.Bbc.co.uk"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(HOST_PARTS), max_size=8).map("".join))
def test_host_is_urlsplits_on_generated_addresses(url: str) -> None:
    assert furniture._host(url) == urlsplit_host(url)


@pytest.mark.parametrize(
    "url",
    ["https://X.org", "https://x.org/a\tb", "https://x.org\n", "https://x.org\n/a", "https://x.org:8/", "http://a@x.org/",
     "https://x%41.org/", "https://[::1]/", "https:///a", "HTTP://x.org/", " https://x.org?q ", "https://x.org#f"],
)  # fmt: skip
def test_host_near_misses(url: str) -> None:
    assert furniture._host(url) == urlsplit_host(url)


@pytest.mark.parametrize("name", PAGES + ("moneycontrol-com-sensex.html", "thekenyatimes-com-kisumu.html"))
def test_real_pages_hosts_are_urlsplits(name: str) -> None:
    root = parsed(name)
    addresses = [element.get("href") or "" for element in root.iter("a", "link")]
    assert [furniture._host(url) for url in addresses] == [urlsplit_host(url) for url in addresses]
