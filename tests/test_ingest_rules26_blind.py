"""Rules of the page path added in session 26 for what holdout26's blind run missed (issue 14;
l10n/ingest/page.py): each on a small page written around the mechanism, with the near miss that
must stay as it was, then on the real page it was found on. The story's result is asserted first
(it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import datetime as dt

from page_support import HEADLINE, STORY, TITLE, ingest, read

# --- a rights notice's year is no publication day ----------------------------------------------------------


def test_a_rights_notices_year_is_not_the_pages_day() -> None:
    """The Sunday Times (Sri Lanka) states no day; its footer reads "© Copyright 1996 - 2012 |
    Wijeya Newspapers Ltd.", and htmldate's last guess, the notice's first year as 1 January, was
    taken: 1996-01-01, a wrong value a reader would see. No day is right."""
    footer = "<footer><p>© Copyright 1996 - 2012 | Harbour Newspapers Ltd.</p></footer>"
    assert ingest(f"<article>{HEADLINE}{STORY}</article>{footer}").published is None
    # the near miss: a day the page does state, beside the same notice, is still read
    stated = "<p>Posted on 14 March 2012</p>"
    day = ingest(f"<article>{HEADLINE}{stated}{STORY}</article>{footer}").published
    assert day is not None and day.date() == dt.date(2012, 3, 14)
    from l10n.ingest.page_htmldate import rights_years

    assert rights_years("Copyright (c) 2009-2011 Example Ltd") == {2009, 2011}
    assert rights_years("In 2012 the harbour closed") == set()
    assert read("sundaytimes-lk-dengue").published is None


# --- a Greek dateline's publication label ------------------------------------------------------------------


def test_a_greek_publication_label_under_the_title_gives_the_day() -> None:
    """To Vima prints "ΔΗΜΟΣΙΕΥΣΗ:  08/09/2011 11:28" ("publication") in a box under its title (a
    `<div>`, no `<h1>`): no label in Greek was read, and htmldate's extensive search took the day the
    page was saved, 2013-04-09, from the sidebar."""
    title = "<title>Επιδημία λουκέτων σαρώνει την αγορά</title>"
    head = '<div class="article_title">Επιδημία λουκέτων σαρώνει την αγορά</div>'
    story = "".join(f"<p>{text}</p>" for text in _GREEK)
    teaser = '<div class="side"><span>08/04/2013 12:59</span><a href="/b">Άλλο άρθρο</a></div>'
    body = f'{head}<div class="info">ΔΗΜΟΣΙΕΥΣΗ:  08/09/2011 11:28</div>{story}{teaser}'
    day = ingest(body, title, lang="el").published
    assert day is not None and day.date() == dt.date(2011, 9, 8)
    from l10n.ingest.datelines import _PUBLISHED

    # the near miss: a word of the same stem ("journalist") is no label
    assert _PUBLISHED.search("Δημοσίευση") and not _PUBLISHED.search("ΔΗΜΟΣΙΟΓΡΑΦΟΣ")
    day = read("tovima-gr-louketa").published
    assert day is not None and day.date() == dt.date(2011, 9, 8)


_GREEK = (
    "Μία στις τέσσερις εμπορικές επιχειρήσεις στο σύνολο της χώρας έκλεισαν μέσα στον τελευταίο χρόνο.",
    "Τα στοιχεία της έρευνας δείχνουν ότι το ποσοστό των κλειστών καταστημάτων αυξάνεται συνεχώς.",
    "Οι έμποροι ζητούν μέτρα στήριξης από την κυβέρνηση πριν από τη νέα φορολογική χρονιά που έρχεται.",
)


# --- a press officer after 通讯员 in a Chinese lead's credit ----------------------------------------------------


def test_the_press_officer_after_correspondent_in_a_lead_credit_is_no_writer() -> None:
    """Shenzhen News opens "深圳新闻网12月14日讯（记者 傅大伟 通讯员 刘洪韬）为及时…": its reporter, then
    "通讯员" (the correspondent an office sends its news through, its press officer) and his name; the
    role word and the officer were read as writers."""
    from l10n.ingest.page_credits import lead_credit
    from l10n.model import Block

    text = "深圳新闻网12月14日讯（记者 傅大伟 通讯员 刘洪韬）为及时、高效、妥善应对轨道交通突发事件，有效提高应急联动水平。"
    assert lead_credit([Block("paragraph", text)], [0]) == ["傅大伟"]
    # the near miss: two reporters of the paper stay both
    text = "深圳新闻网12月14日讯（记者 傅大伟 刘洪韬）为及时、高效、妥善应对轨道交通突发事件，有效提高应急联动水平。"
    assert lead_credit([Block("paragraph", text)], [0]) == ["傅大伟", "刘洪韬"]
    assert read("news-sznews-com-ditie").author == "傅大伟"


# --- a page whose stated title is the site's name: the line over the lead ---------------------------------


def test_the_line_over_the_lead_is_the_headline_when_the_title_is_the_sites_name() -> None:
    """Kathimerini (Cyprus) states "Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy" as its `<title>` on every page
    and has no `<h1>`: the story's title is a table cell (`class="title_xbig"`) under the date, over a
    standfirst, a byline and the lead; the site's name and domain were taken for the headline. The
    line that says what the lead's first line says is the title; the standfirst says less."""
    head = (
        "<title>THE HARBOUR TIMES, harbourtimes.com</title><meta property='og:site_name' content='THE HARBOUR TIMES'>"
        "<link rel='canonical' href='https://harbourtimes.com/article/71424'>"
    )
    lead = (
        "<p>The harbour reopens on Monday after the storm, engineers having cleared the debris it left"
        " on the quays and on the road to the ferry terminal last week.</p>"
    )
    cells = (
        '<tr><td class="date">Date: 27.12.2011 | 22:55</td></tr>'
        '<tr><td class="title_xbig">Harbour reopens after the storm</td></tr>'
        '<tr><td class="title2">Traders count the cost of a week without ferries</td></tr>'
        '<tr><td class="author_name">Newsroom</td></tr>'
    )
    page = f"<table>{cells}<tr><td>{lead}{STORY}</td></tr></table>"
    assert ingest(page, head).headline == "Harbour reopens after the storm"
    # the near miss: a stated title of the story's own, not shown, stays the headline
    titled = head.replace(
        "THE HARBOUR TIMES, harbourtimes.com</title>", "Storm damage counted | THE HARBOUR TIMES</title>"
    )
    assert ingest(page, titled).headline == "Storm damage counted"
    # no line over the lead says what it says (a "Loading" box, a byline): the stated title stays
    bare = page.replace("Harbour reopens after the storm", "Loading").replace(
        "Traders count the cost of a week without ferries", "Newsroom"
    )
    assert ingest(bare, head).headline == "THE HARBOUR TIMES, harbourtimes.com"
    from l10n.ingest.page_headline import _is_site_only

    assert _is_site_only("公視新聞網", "公視新聞網", {"pts"})
    assert read("kathimerini-com-cy-rivers").headline == "Πέθανε ο Αμερικανός σαξοφωνίστας Σαμ Ρίβερς"
    assert read("news-pts-org-tw-ec225").headline == "EC-225救護直升機 空軍正式亮相"
