"""Rules of the page path added in session 51 for the misses holdout52's blind run left on the known lists after
misses52 (misses52b; the modules each test names): a headline, two writers and four lines of the site's. Each on the
real page it was found on (taken from `measured`, so a page still waiting for its blind run is never read here), and
on small texts or pages the rule must leave alone. The page's result is asserted first (it failed before the rule);
the rule's own function is imported inside the test.
"""

from __future__ import annotations

import lxml.html
from page_support import chrome_kept, measured

from l10n.model import Block, InlineMarkup


def test_the_entrys_permalink_is_the_headline_where_the_title_is_the_sites_name() -> None:
    """Вечерние новости (holdout52, WordPress) states only `<title>Вечерние новости</title>`, the site's name, and
    shows the post's title as `<a href="…?p=72620" rel="bookmark"><b>…</b></a>` over its category line, a link alone
    that pruning drops: the site's name was the headline. A `rel="bookmark"` link to the page's own address (its
    canonical link) is the entry's title (`page_headline.bookmark_title`), asked where no heading shows a stated
    title; a bookmark to another post, or one of a few words, is none."""
    document = measured("vechirka-kiev-ua-salmonella")
    assert document.headline == "В куриных субпродуктах в Киеве обнаружили сальмонеллу"

    from l10n.ingest.page_headline import bookmark_title

    head = '<head><link rel="canonical" href="https://x.ua/?p=7"></head>'
    own = '<a href="https://x.ua/?p=7" rel="bookmark">Salmonella found in chicken offal</a>'
    other = '<a href="https://x.ua/?p=8" rel="bookmark">Vaccines for all the children ordered</a>'
    assert bookmark_title(lxml.html.document_fromstring(f"<html>{head}<body>{own}{other}</body></html>")) == (
        "Salmonella found in chicken offal"
    )
    assert bookmark_title(lxml.html.document_fromstring(f"<html>{head}<body>{other}</body></html>")) == ""
    assert bookmark_title(lxml.html.document_fromstring(f"<html><body>{own}</body></html>")) == ""  # no own address
    short = '<a href="/?p=7#respond" rel="bookmark">Permalink</a>'
    assert bookmark_title(lxml.html.document_fromstring(f"<html>{head}<body>{short}</body></html>")) == ""


def test_a_notice_pointing_to_the_posts_responses_feed_is_the_sites() -> None:
    """Вечерние новости's post closes with WordPress's notice, translated: "Новость была оставлена 16 января 2012 15:59
    в категории Экономика. Вы можете читать ответы и комментарии к этой новости через RSS 2.0. Свой комментарий Вы
    можете написать в форме ниже." — three units. A line naming an RSS or Atom feed (with its version or the word
    "feed") and the responses or comments is the site's note (`site_notes.is_site_note`)."""
    document = measured("vechirka-kiev-ua-salmonella")
    assert chrome_kept("vechirka-kiev-ua-salmonella", document) == []

    from l10n.ingest.site_notes import is_site_note

    assert is_site_note(
        "This entry was posted on May 2 and is filed under News. You can follow any responses to this "
        "entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site."
    )
    assert not is_site_note("The ministry now publishes its notices through an RSS feed, a spokesman said.")
    assert not is_site_note("Atom comments on the merger were published on Monday.")


def test_a_line_of_the_posts_categories_is_the_sites() -> None:
    """Амур.инфо (holdout52) prints "Эта статья в категориях:&nbsp;<a>здоровье</a>." under its story, a unit. A label
    naming categories (`byline.FILED_UNDER`, a few words before it) and nothing after its colon but links is the
    site's line (`site_notes.is_category_line`); words or a day outside the links keep it."""
    document = measured("amur-info-paliativ")
    assert chrome_kept("amur-info-paliativ", document) == []

    from l10n.ingest.site_notes import is_category_line

    text = "Filed under: Health, Ports."
    linked = [InlineMarkup(13, 19, "a"), InlineMarkup(21, 26, "a")]
    assert is_category_line(Block("paragraph", text, markup=linked))
    assert not is_category_line(Block("paragraph", text, markup=linked[:1]))  # "Ports" is a word of the line
    stamp = "Категория: Экономика | 16 января 2012 15:59"
    assert not is_category_line(Block("paragraph", stamp, markup=[InlineMarkup(11, 20, "a")]))
    said = "Categories: the council listed housing"
    assert not is_category_line(Block("paragraph", said, markup=[InlineMarkup(31, 38, "a")]))


def test_a_comment_sections_foot_of_loose_lines_is_the_sites() -> None:
    """Hudson Hub-Times (holdout52) sets its comment section's foot as loose lines after the rules: "Login above or
    <a>Register</a> to comment.<br>0 Total Comments <a>Home</a> | <a>Back</a>", one unit. The call to log in to
    comment and the total count are the site's (`site_notes._COMMENT_CALL`), and a block whose every line is a note
    once its links are left out, or links alone, is the site's (`site_notes.is_site_note_lines`)."""
    document = measured("hudsonhubtimes-com-summa")
    assert chrome_kept("hudsonhubtimes-com-summa", document) == []

    from l10n.ingest.site_notes import is_site_note, is_site_note_lines

    assert is_site_note("Login above or Register to comment.") and is_site_note("0 Total Comments")
    assert not is_site_note("Register to comment on the plan by Friday, the council said.")
    br = InlineMarkup(19, 19, "br", void=True)
    assert is_site_note_lines(Block("paragraph", "Sign in to comment. 12 Comments", markup=[br]))
    said = "Sign in to comment. 12 comments were sent to the council."
    assert not is_site_note_lines(Block("paragraph", said, markup=[br]))
    assert not is_site_note_lines(Block("paragraph", "Sign in to comment. 12 Comments"))  # one line: is_site_note's


def test_a_mailto_link_spelling_its_name_under_the_headline_is_the_writer() -> None:
    """The Comet (holdout52) prints `<a href="mailto:richard.young@thecomet.net " class="email">Richard Young </a>`
    and the day under its `<h1>`, no label, no metadata writer: no writer was given. A mailto link whose text is the
    name its address spells, in the box of the page's `<h1>`, is the writer (`page_authors.mailto_name`); a
    desk's address or a link far from the headline names no one."""
    document = measured("thecomet-net-walkern")
    assert document.author == "Richard Young"

    from l10n.ingest.page_authors import mailto_name

    def page(body: str) -> lxml.html.HtmlElement:
        return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")

    link = '<a href="mailto:ann.lee@x.net">Ann Lee</a>'
    assert mailto_name(page(f"<div><h1>Port reopens after the storm</h1><p>{link} Tuesday</p></div>")) == ["Ann Lee"]
    assert mailto_name(page('<div><h1>Port reopens</h1><p><a href="mailto:news@x.net">Ann Lee</a></p></div>')) == []
    far = f"<div><h1>Port reopens</h1></div><div><div><div><footer><p>Editor: {link}</p></footer></div></div></div>"
    assert mailto_name(page(far)) == []


def test_a_signature_with_its_surname_in_capitals_over_a_rule_is_the_writer() -> None:
    """Приазовский рабочий's issue page (holdout52) signs its court report "<b>Александр БОНДАРЕНКО</b>", a line of
    underscores under it, then the issue's other stories, which the extractor keeps (and leaves the signature out):
    no signature closed the kept lines, and no writer was given. A name in bold with its surname in capitals is a
    signature (`page_authors._capital_surname`), and a signature under a sentence and over a rule line is the
    writer wherever it stands (`page_authors._signature_over_rule`)."""
    document = measured("pr-ua-vich")
    assert document.author == "Александр БОНДАРЕНКО"

    from l10n.ingest.page_authors import _signature, _signature_over_rule

    bold = [InlineMarkup(0, 20, "b")]
    assert _signature(Block("paragraph", "Александр БОНДАРЕНКО", markup=bold)) == "Александр БОНДАРЕНКО"
    assert _signature(Block("paragraph", "Новости ДНЕПРА")) == ""  # not in bold: a heading's words
    assert _signature(Block("paragraph", "Новости Днепра", markup=[InlineMarkup(0, 14, "b")])) == ""
    story = Block(
        "paragraph",
        "Суд приговорил врачей станции переливания крови к пяти годам лишения свободы, их адвокаты обжалуют приговор.",
    )
    signed = Block("paragraph", "Александр БОНДАРЕНКО", markup=bold)
    rule = Block("paragraph", "_" * 30)
    assert _signature_over_rule([story, signed, rule]) == ["Александр БОНДАРЕНКО"]
    assert _signature_over_rule([story, signed, Block("paragraph", "Другие новости")]) == []
    assert _signature_over_rule([Block("heading", "Из зала суда"), signed, rule]) == []
    boxed = [Block("paragraph", "."), Block("paragraph", "НОВОСТИ В СЕТИ"), Block("paragraph", ".")]
    assert _signature_over_rule([Block("paragraph", "Суд вынес приговор."), signed, rule]) == []  # a box's short line
    assert _signature_over_rule(boxed) == []  # Interfax's box title between two dots


def test_a_label_of_other_news_over_cards_closes_a_short_story() -> None:
    """4geo (holdout52) prints its two-paragraph story, then "Другие новости в рубрике «Здоровье»" over six cells of
    "<a>В Кузбассе открылся первый детский хоспис в Сибири</a> 05/04, 12:30 В Новокузнецке …" and the portal's
    interview box: the label was no others-box label, and the cards, longer than the story, kept it from closing it
    (`story_edges._closes`). The label is one (`chrome_lines._OTHERS_BOX`), and over three cards or more each opening
    with a link, under a story none of whose paragraphs does, it closes the story (`story_edges._cards_under`)."""
    document = measured("4geo-ru-kurilki")
    assert chrome_kept("4geo-ru-kurilki", document) == []

    from l10n.ingest.chrome_lines import starts_others_box
    from l10n.ingest.story_edges import story_cut

    assert starts_others_box(Block("paragraph", "Другие новости в рубрике «Здоровье»"))
    assert not starts_others_box(Block("paragraph", "Другие новости в рубрике говорят о том же, сообщил врач."))
    story = Block("paragraph", "The port reopened on Monday after the storm.")
    label = Block("paragraph", "More news")
    card = Block("cell", "Ferries resume on Friday 05/04, 12:30 Boats sail again.", markup=[InlineMarkup(0, 24, "a")])
    cards = [story, label, card, card, card]
    assert story_cut(cards, [0, 2, 3, 4], frozenset()) == [0]
    linked = Block("paragraph", story.text, markup=[InlineMarkup(0, 8, "a")])
    assert story_cut([linked, *cards[1:]], [0, 2, 3, 4], frozenset()) != [0]  # its story opens with a link too
