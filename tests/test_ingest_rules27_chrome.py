"""Rules of the page path added in session 27 for the writers and chrome holdout26's blind run left (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that must stay as
it was, then on the real page it was found on. The story's result is asserted first (it failed before the
rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

from lxml.html import fromstring
from page_support import HEADLINE, STORY, TITLE, ingest, read

# --- the reporters a broadcaster's closing line names ---------------------------------------------------------

_CHINESE = (
    "空軍向法國採購的救護直昇機今天正式亮相，它不但有完整的醫療配備可以在空中進行急救，還有自動駕駛系統。",
    "緩緩升起的是空軍救護隊的新生力軍，和一旁原有的直昇機比起來，不但馬力航程載運量都更大，還配備完整的醫療模組。",
    "空軍一共採購三架救護直昇機，預計在今年七月正式成軍，將強化空軍救護隊的醫療救援資源，也讓救難能量更加完整",
)


def test_the_reporters_on_the_line_closing_the_story_are_its_writers() -> None:
    """PTS (公視新聞網) sets its story as one paragraph of lines and closes it with "記者張志雄 張梓嘉
    嘉義報導" on a line of its own: "reporter", two reporters parted by a space, the place and
    "reported"; no byline or metadata names them, and no writer was read."""
    title = "<title>救護直升機 空軍正式亮相</title>"
    head = "<h1>救護直升機 空軍正式亮相</h1>"

    def story(closing: str) -> str:
        return f"{head}<p>{'<br><br>'.join(_CHINESE)}<br><br>{closing}</p>"

    assert ingest(story("記者張志雄 張梓嘉 嘉義報導"), title, lang="zh-TW").author == "張志雄, 張梓嘉"
    # the near miss: a sentence naming a reporter and a report says more than the credit
    assert ingest(story("他對記者張志雄說，嘉義報導有誤。"), title, lang="zh-TW").author == ""
    from l10n.ingest.page_credits import closing_reporters
    from l10n.model import Block

    assert closing_reporters(Block("paragraph", "记者 王小明、李华／北京报道")) == ["王小明", "李华"]
    assert read("news-pts-org-tw-ec225").author == "張志雄, 張梓嘉"


# --- the site's maker stated as the page's author ---------------------------------------------------------------


def test_the_company_the_footer_credits_with_the_site_is_no_writer() -> None:
    """Kathimerini (Cyprus) states `<meta name="author" content="BDigital Web Solutions">` on every page
    and credits "Design & Development by BDigital" in its footer; the story names no writer, and the web
    agency was read as the writer. A name the page credits with making the site is no byline."""
    head = f'{TITLE}<meta name="author" content="Quayside Web Solutions">'
    footer = (
        '<table><tr><td><a href="http://quayside.example">Design &amp; Development by Quayside</a></td></tr></table>'
    )
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}", head).author == ""
    # the near miss: a writer the metadata states stays, and so does one a story's sentence says designed something
    writer = head.replace("Quayside Web Solutions", "Ann Lee")
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}", writer).author == "Ann Lee"
    designed = "<p>Designed by Ann Lee, the new pier opens in May.</p>"
    assert ingest(f"<article>{HEADLINE}{STORY}{designed}</article>", writer).author == "Ann Lee"
    from l10n.ingest.site_makers import without_site_makers

    assert without_site_makers(fromstring("<p>Powered by Webstudio</p>"), ["Webstudio Ltd", "Ann Lee"]) == ["Ann Lee"]
    assert read("kathimerini-com-cy-rivers").author == ""
