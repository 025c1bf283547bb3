"""Rules of the page path added in session 27 (helper rules27b) for what holdout27's blind run still
missed (issue 14; l10n/ingest/page*.py): each on a small page written around the mechanism, with the
near miss that must stay as it was, then on the real page it was found on. The story's result is
asserted first (it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, key, read, texts_of
from test_ingest_page import page

from l10n.ingest.html_parse import parse_html

# --- a story's box discarded by trafilatura for a boilerplate word inside a longer word of its class ------

_MORE = (
    "Engineers worked through the weekend to clear the wreckage of two fishing boats from the main channel.",
    "The harbour master said the quay would be inspected again before the larger ferries are allowed to dock.",
)
_MENU = "".join(
    f'<tr><td><a href="/s/{n}">Section {n}</a></td><td><a href="/t/{n}">Topic {n}</a></td></tr>' for n in range(8)
)


def _laid_out(box_class: str, story: str) -> str:
    """A page laid out in tables, as sites of the 2000s were: the menu's rows, then the story's box in a cell."""
    return f'<table>{_MENU}<tr><td>{HEADLINE}<div class="{box_class}">{story}</div></td></tr></table>'


def test_a_storys_box_whose_class_holds_a_boilerplate_word_inside_another_is_read() -> None:
    """Interfax classes its story's box "txtmain _ga1_on_ _reachbanner_" (a reach counter's marker):
    trafilatura's discard expressions read "banner" anywhere in a class and drop the box whole; the
    page, laid out in tables, was read as its menu's rows alone, and every paragraph was lost."""
    story = "".join(f"<p>{text}</p>" for text in (*PARAGRAPHS, *_MORE))
    units = [key(block.text) for block in ingest(_laid_out("txtmain _reachbanner_", story), TITLE).blocks]
    assert key(PARAGRAPHS[0]) in units and key(_MORE[-1]) in units
    from l10n.ingest.page_main import _discarded_story, _extracted_lines, main_text_lines

    # the near miss: a story trafilatura kept, and a larger promotion box it discarded: read once
    promotion = "".join(f"<p>{text} Subscribe today for the full archive.</p>" for text in (*PARAGRAPHS, *_MORE))
    body = f'<article>{HEADLINE}<p>{"</p><p>".join(PARAGRAPHS)}</p></article><div class="banner">{promotion}</div>'
    root = parse_html(page(body, head=TITLE), source_path="kept.html")
    lines = _extracted_lines(root, tables=True)
    assert any(key(PARAGRAPHS[0]) == key(line) for line in lines)
    assert _discarded_story(root, lines) is None and main_text_lines(root) == lines
    lead = key("Золотухин сказал, что Войска воздушно-космической обороны контролируют параметры орбиты")
    assert any(key(block.text).startswith(lead) for block in read("interfax-ru-fobos").blocks)


# --- a caption written as the picture's alt text again under it, in a box no class names a caption ----------

_ALT = "Crews begin demolition work at the old hospital on Wednesday. JOHN SMITH / THE HARBOUR NEWS"


def test_a_box_under_a_picture_repeating_its_alt_is_its_caption() -> None:
    """The Winnipeg Free Press sets its picture's caption and credit, the image's alt text again, in a
    `<div class="captioninfo">` after an "Enlarge Image" link, and the New Zealand Herald in a
    `<div class="caption"><h2>…</h2></div>` under a link holding an "Expand" button: neither was read
    as the picture's caption, and the caption, a line trafilatura did not keep, was dropped."""
    enlarge = '<p class="enlarge"><a href="/images/big.jpg">Enlarge Image</a></p>'
    picture = f'<div class="article_img"><img src="/images/small.jpg" alt="{_ALT}"><div class="captioninfo">{enlarge}<p>{_ALT}</p></div></div>'
    blocks = ingest(f"{HEADLINE}{picture}{STORY}", TITLE).blocks
    assert [block.role for block in blocks if key("old hospital") in key(block.text)] == ["alt", "caption"]
    assert not any(key("Enlarge Image") in key(block.text) for block in blocks)
    expand = '<div class="overlay"><span class="icon"></span><span class="text">Expand</span></div>'
    linked = f'<div class="articleImage"><a href="#"><img src="/s.jpg" alt="{_ALT}">{expand}</a><div class="caption"><h2>{_ALT}</h2></div></div>'
    blocks = ingest(f"{HEADLINE}{linked}{STORY}", TITLE).blocks
    assert [block.role for block in blocks if key("old hospital") in key(block.text)] == ["alt", "caption"]
    from l10n.ingest.page_figures import _alt_captions

    # the near miss: a box under the picture saying something else than its alt is no caption of it
    root = parse_html(
        page(f'<div><img src="/s.jpg" alt="{_ALT}"><div>Share this story</div></div>'), source_path="p.html"
    )
    assert _alt_captions(root) == []
    credit = key("KEN GIGLIOTTI / WINNIPEG FREE PRESS")
    assert any(
        block.role == "caption" and credit in key(block.text)
        for block in read("winnipegfreepress-com-demolition").blocks
    )


# --- a label over a widget that shows no text: a ticker's frame, a jump menu ------------------------------------


def test_a_label_over_a_frame_or_a_jump_menu_is_dropped() -> None:
    """NOWnews sets "速報>>" over a ticker's `<iframe>` and "生活最新：" over a `<form>` whose `<select>`
    jumps to the section's latest stories: a saved page shows each label alone, kept as a line."""
    ticker = '<div class="page_title"><strong>Breaking &gt;&gt;</strong><div id="ticker"><iframe src="/ticker.htm"></iframe></div></div>'
    jump = '<div class="more_news"><strong>Latest:</strong><form><select><option>Ferry fares rise</option></select></form></div>'
    texts = texts_of(f"{ticker}{HEADLINE}{STORY}{jump}", TITLE)
    assert not any(text.startswith(("Breaking", "Latest")) for text in texts)
    from l10n.ingest.page_marks import drop_widget_labels

    # the near miss: a label over text it labels stays
    root = parse_html(page(f"{HEADLINE}{STORY}<p><b>Where:</b> <span>Town Hall</span></p>"), source_path="p.html")
    drop_widget_labels(root)
    assert "Where:" in root.text_content()
    assert not any(block.text == "生活最新：" for block in read("nownews-com-kouzhao").blocks)


# --- a site's own subdomain under a short name in a country's domain: not another organisation -------------------


def test_a_sites_own_subdomain_under_a_short_name_is_the_sites() -> None:
    """wnp.pl's most-read rankings ("5. <a>Górnictwo: mogą prywatyzować…</a>", links to gornictwo.wnp.pl)
    were kept as a story's citations of other sites' articles: "wnp.pl", a three-letter name in a
    country's domain, was read as a second level like "co.uk", and gornictwo.wnp.pl as the organisation
    "gornictwo", another than the site's."""
    from l10n.ingest.furniture import organisation_of

    assert organisation_of("http://gornictwo.wnp.pl/x,194501_1_0_0.html") == "wnp"
    # the near miss: a country's second level stays one ("co.uk", "net.au"), its organisation the name under it
    assert [organisation_of(url) for url in ("https://news.bbc.co.uk/a", "https://www.abc.net.au/b")] == ["bbc", "abc"]
    units = [key(block.text) for block in read("wnp-pl-nominacje").blocks]
    assert not any(key("Polskie górnictwo skazane na porażkę?") in unit for unit in units)


# --- the site's printed edition named on a line of its own ---------------------------------------------------


def test_a_line_naming_the_sites_print_edition_is_the_sites() -> None:
    """The Winnipeg Free Press sets "Winnipeg Free Press - PRINT EDITION" over its headline and
    "Republished from the Winnipeg Free Press print edition January 12, 2012 B2" under its story:
    the paper's notes on where the story ran, kept as the story's lines."""
    head = f'{TITLE}<link rel="canonical" href="https://www.harbournews.com/local/harbour-reopens-1.html">'
    top = '<p class="source">Harbour News - PRINT EDITION</p>'
    note = "<p>Republished from the Harbour News print edition January 12, 2012 B2</p>"
    texts = texts_of(f"{top}{HEADLINE}{STORY}{note}", head)
    assert not any("edition" in text.lower() for text in texts)
    from l10n.ingest.story_edges import is_site_line
    from l10n.model import Block

    # the near miss: a story's sentence about another paper's print edition stays
    said = Block("paragraph", "The Gazette will stop its print edition in May, its owner said.")
    assert not is_site_line(said, frozenset({"harbournews"}))
    texts = [block.text for block in read("winnipegfreepress-com-demolition").blocks]
    assert not any("PRINT EDITION" in text for text in texts)


# --- the site's app plugged in a line that opens with the verb ---------------------------------------------------


def test_a_line_plugging_our_named_app_is_the_sites() -> None:
    """The Winnipeg Free Press's "Download our new hockey app for the iPhone for Winnipeg Jets updates"
    under its story: the call to action read "our app" only, not "our" and the app's name before "app"."""
    plug = "<ul><li>Download our new harbour app for the iPhone for ferry updates</li></ul>"
    texts = texts_of(f"{HEADLINE}{STORY}{plug}", TITLE)
    assert not any("harbour app" in text for text in texts)
    from l10n.ingest.furniture import is_site_talk

    # the near miss: a story's line on someone else's app stays
    assert not is_site_talk("Download numbers for the council's new parking app rose in May.")
    texts = [block.text for block in read("winnipegfreepress-com-demolition").blocks]
    assert not any(text.startswith("Download our new hockey app") for text in texts)


def test_a_trafilatura_without_its_discard_expressions_reads_the_page_once(monkeypatch) -> None:
    """`_discarded_story` asks trafilatura 2.3's own discard expressions (`trafilatura.xpaths`); a release
    without them (the range in pyproject.toml admits others) gives no story box, so the page is read
    once, and the ingest does not fail."""
    import trafilatura  # its modules took their names from trafilatura.xpaths when imported

    from l10n.ingest.page_main import _discarded_story

    story = "".join(f"<p>{text}</p>" for text in (*PARAGRAPHS, *_MORE))
    root = parse_html(page(_laid_out("txtmain _reachbanner_", story), head=TITLE), source_path="laid-out.html")
    assert _discarded_story(root, []) is not None  # a first reading that kept nothing: the box is the story's
    monkeypatch.delattr(trafilatura.xpaths, "OVERALL_DISCARD_XPATH")
    assert _discarded_story(root, []) is None
