"""Rules of the page path added in session 51 for the misses holdout51's blind run left on the known lists (misses51b;
the modules each test names): a headline, three writers, an editor's note and a comment thread. Each on the real page
it was found on (taken from `measured`, so a page still waiting for its blind run is never read here), and on small
texts or pages the rule must leave alone. The page's result is asserted first (it failed before the rule); the rule's
own function is imported inside the test.
"""

from __future__ import annotations

import lxml.html
from page_support import chrome_kept, key, measured


def test_a_titles_long_first_part_shown_whole_in_the_body_is_the_headline() -> None:
    """Саратов-Times's mobile page (holdout51) states "Солдат-срочник … ОРВИ | Самара, …, Алексей Корякин | Город
    Саратов-Times - Мобильная версия" and shows the story's title as a link in a `<strong class="title">` over it,
    which trafilatura leaves out: no block matched, and the `<title>` whole was the headline, the site's name in it.
    The title's first part, of a title's length, that an element of the body shows as its whole text is the headline
    (`page_headline.title_head_in_page`); a short first part (the site's) or a title of one part is not."""
    document = measured("saratov-times-ru-soldat")
    assert document.headline == "Солдат-срочник скончался под Энгельсом из-за осложнений ОРВИ"
    assert chrome_kept("saratov-times-ru-soldat", document) == []

    from l10n.ingest.page_headline import title_head_in_page

    page = lxml.html.fromstring(
        "<html><head><title>x</title></head><body><strong><a href='/s/1'>Harbour reopens after the storm</a></strong>"
        "<p>Ships sailed at dawn.</p></body></html>"
    )
    assert title_head_in_page(page, ["Harbour reopens after the storm | Ports | Daily News"]) == (
        "Harbour reopens after the storm"
    )
    assert title_head_in_page(page, ["Harbour reopens after the storm tonight | Ports | Daily News"]) == ""
    assert title_head_in_page(page, ["Daily News | Harbour reopens after the storm"]) == ""
    assert title_head_in_page(page, ["Harbour reopens after the storm"]) == ""


def test_an_hour_before_by_opens_the_byline() -> None:
    """Proactive Investors (holdout51) prints "Wed 3:59 pm by <a>Deborah Sterescu</a>" under its headline: the
    post's hour, a weekday before it, then "by" — no label before the hour, so the line was read as a date and its
    name cut with it. The hour opens the byline as "posted on <day> by" does (`byline.BYLINE_LABEL`)."""
    document = measured("proactiveinvestors-com-hemispherx")
    assert document.author == "Deborah Sterescu"

    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Wed 3:59 pm by Deborah Sterescu").names == ["Deborah Sterescu"]
    assert reduce_byline("10:15 by Ann Lee").names == ["Ann Lee"]
    assert reduce_byline("Posted on Monday by Ann Lee").names == []  # no day with a digit: as before
    assert reduce_byline("Wed 3:59 pm").names == []


def test_a_double_slash_parts_the_writer_from_the_outlet() -> None:
    """WCTI (holdout51) prints "By KATIE MOISSE // ABC News" (its meta author the same): the network's copy, the
    outlet after " // ", as " | " sets it apart elsewhere. The outlet was read as the name's run-on and only its
    "News" cut ("KATIE MOISSE // ABC"). " // " parts a byline as a bar does (`byline._SPLIT`)."""
    document = measured("wcti12-com-cancer")
    assert key(document.author) == "katiemoisse"

    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("By KATIE MOISSE // ABC News").names == ["KATIE MOISSE"]
    assert reduce_byline("By Ann Lee // Bo Chen").names == ["Ann Lee", "Bo Chen"]
    assert reduce_byline("Ann Lee/Bo Chen").names == ["Ann Lee", "Bo Chen"]  # one slash: two names, as before


def test_reported_by_a_stations_staff_names_no_writer() -> None:
    """CKOM (holdout51) credits "Reported by <strong>CHAB staff</strong>": its sister station's newsroom, no person
    (the label names no writer). "Reported by" was no byline label, so "Reported by CHAB" was given as the writer and
    shown as a byline unit. It is a label as "reporting by" is (`byline.BYLINE_LABEL`), and a one-word outlet and
    "staff" is a desk's credit, as before."""
    document = measured("ckom-com-crash")
    assert document.author == ""
    assert all(block.role != "byline" for block in document.blocks)

    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Reported by CHAB staff").names == []
    assert reduce_byline("Reported by Ann Lee").names == ["Ann Lee"]


def test_an_editors_credit_line_after_the_story_is_no_unit() -> None:
    """CKOM's last paragraph ends "…the root cause of the blade fatigue.<br /><br /><em>Edited by News Talk Radio's
    Karin Yeske.</em>": who edited the copy, a line of its own, as Chinese newsrooms print "（编辑：…）" under a story
    (`site_notes.is_site_note`, cut from a paragraph's end by `without_closing_notes`). A book's credit with its year,
    or a sentence opening "Edited by", stays."""
    document = measured("ckom-com-crash")
    assert chrome_kept("ckom-com-crash", document) == []
    assert document.blocks[-1].text.endswith("the root cause of the blade fatigue.")

    from l10n.ingest.site_notes import is_site_note

    assert is_site_note("Edited by Ann Lee.")
    assert not is_site_note("Edited by Ann Lee. Oxford University Press, 2019.")
    assert not is_site_note("Edited by the council, the plan went back to the board.")


def test_comments_headed_as_the_storys_are_the_thread() -> None:
    """АМИТЕЛ (holdout51) heads its readers' comments "Комментарии к новости:" (comments on the news), in a layout
    table's cell with no class: the heading, a reader's comment and the form's notice were kept as units. A heading
    of comments that names the story as what they are on ends the story as "Комментарии" alone does
    (`story_edges.starts_comments`); comments on anything else ("Comments on the plan") are the story's heading."""
    document = measured("amic-ru-materinstvo")
    kept = chrome_kept("amic-ru-materinstvo", document)
    assert "Комментарии к новости:" not in kept and "Давно пора их отдельно принимать." not in kept

    from l10n.ingest.story_edges import starts_comments
    from l10n.model import Block

    for heading in ("Комментарии к новости:", "Comments on this article", "Kommentare zum Artikel"):
        assert starts_comments(Block("heading", heading)), heading
    for heading in ("Comments on the plan", "Комментарии к закону"):
        assert not starts_comments(Block("heading", heading)), heading


def test_a_contact_boxs_label_alone_is_the_sites() -> None:
    """АМИТЕЛ's contact table under its story: "Связаться с редактором" (contact the editor) and "Связаться с
    модератором" over their ICQ numbers, each label kept as a cell. The label alone is the site's way to reach its
    staff, as a menu's "Contact Us" (`site_notes.is_site_note`); a sentence saying whom to contact stays."""
    document = measured("amic-ru-materinstvo")
    assert chrome_kept("amic-ru-materinstvo", document) == []

    from l10n.ingest.site_notes import is_site_note

    assert is_site_note("Связаться с модератором") and is_site_note("Contact the editor")
    assert not is_site_note("Связаться с редактором газеты не удалось.")
    assert not is_site_note("Contact the editor of the port's paper, he said.")


def test_a_grid_of_picture_teasers_is_no_unit() -> None:
    """东北网 (holdout50) sets "明星写真" under its story: ten pictures, each linking to another story and each in a
    little table with its title in a cell under it ("女星与干爹的荒唐事"), kept as ten units once its table was read
    (misses50b). The largest box of three or more pictures linking to pages whose unlinked text is short titles
    only is a grid of other stories: no block saying one of them is a unit (`page_prune.teaser_grid_keys`, the grid
    left in the tree); a story's gallery, linking its pictures to their files or captioned in sentences, stays, and so
    does a box holding the story's headline."""
    document = measured("dbw-cn-nvzhubo")
    assert [block.role for block in document.blocks].count("cell") == 0
    assert document.blocks[-1].text.endswith("实在无奈。")

    from l10n.ingest.page_prune import teaser_grid_keys

    item = "<td><a href='/s/{0}.html'><img src='/p/{0}.jpg'></a><br>{1}</td>"
    titles = ("Stars of the year", "A life on stage", "The new faces")
    grid = "<table><tr>" + "".join(item.format(n, title) for n, title in enumerate(titles)) + "</tr></table>"
    page = lxml.html.fromstring(f"<div><p>The story.</p>{grid}</div>")
    assert teaser_grid_keys(page) == {key(title) for title in titles}
    said = ("The mayor opened the pier.", "Crowds came at noon.", "Boats sailed at dusk.")
    gallery = "<table><tr>" + "".join(item.format(n, text) for n, text in enumerate(said)) + "</tr></table>"
    assert teaser_grid_keys(lxml.html.fromstring(f"<div><p>The story.</p>{gallery}</div>")) == frozenset()
    files = grid.replace(".html'", ".jpg'")  # each picture linked to its own file: a gallery
    assert teaser_grid_keys(lxml.html.fromstring(f"<div><p>The story.</p>{files}</div>")) == frozenset()
    headed = grid.replace("Stars of the year", "Harbour reopens after the storm")  # the story's own title among them
    page = lxml.html.fromstring(f"<div><p>The story.</p>{headed}</div>")
    assert teaser_grid_keys(page, headlines=["Harbour reopens after the storm"]) == frozenset()
