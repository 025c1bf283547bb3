"""Rules of the page path added in session 20 for the last misses of issue 14 (l10n/ingest/page_main.py,
byline.py, …): each on a small page written from the mechanism, not copied from the page it was
found on, with the near miss that must stay as it was, so each can fail alone. The story's result
is asserted first (it failed before the rule); the rule's own function is imported inside the
test, after it."""

from __future__ import annotations

from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, key, texts_of

# --- the story's later sections: trafilatura reads the first container of a body class ------------

SECTION = (
    "Engineers said the sea wall had held for most of its length, but two sections near the lifeboat"
    " station will have to be rebuilt before the winter."
)
ITEM = "Boats moored in the inner harbour may stay there until the end of the month, the harbour master said."
CONTACT = "Harbour office, telephone 01234 567890"


def sectioned(*, second_class: str = "text") -> str:
    """A government page with no `<article>`: the story's sections each in a `<div class="text">` (a
    body class trafilatura knows), a heading between them, a contact box of the same class last."""
    return (
        f"<div id='main'>{HEADLINE}<div class='text'>{STORY}</div>"
        f"<h3>What happens to the sea wall</h3>"
        f"<div class='{second_class}'><div><p>{SECTION}</p></div><ul><li>{ITEM}</li></ul></div>"
        f"<h2>Enquiries</h2><div class='text'><div>{CONTACT}</div></div></div>"
    )


def test_story_sections_after_the_container_trafilatura_read_are_the_story() -> None:
    """trafilatura takes the first element its body expressions match (`div[@class='text']`) and
    nothing after it: ipa.go.jp sets each section of its notice in its own `<div class="text">`
    under a heading, and the second section (a heading, a table of questions and answers, lists)
    was lost. With no `<article>` around them, the holder's later siblings of the same tag and class
    that hold a paragraph are the story, and so are the headings between them."""
    texts = [key(text) for text in texts_of(sectioned())]
    for passage in (PARAGRAPHS[0], "What happens to the sea wall", SECTION, ITEM):
        assert key(passage) in texts, passage
    # the near misses: the last box of that class holds no paragraph (a contact line), so neither it
    # nor the heading over it is the story; a later section of another class is not a twin
    assert key(CONTACT) not in texts and key("Enquiries") not in texts
    other = [key(text) for text in texts_of(sectioned(second_class="teaser"))]
    assert key(SECTION) not in other and key(PARAGRAPHS[3]) in other
    from l10n.ingest.html_parse import parse_html
    from l10n.ingest.page_main import main_text_lines, twin_story_lines

    root = parse_html(sectioned(), source_path="page.html")
    lines = main_text_lines(root)
    assert not any(key(SECTION) in key(line) for line in lines)  # trafilatura alone: the first section only
    assert key(SECTION) in [key(line) for line in twin_story_lines(root, lines)]


# --- bylines: a menu label in title case names no one ---------------------------------------------


def test_a_menu_label_in_a_byline_box_is_no_writer() -> None:
    """A byline box that holds only the site's link "Contact Us" (or "Follow Us") was read as the
    writer: every word capitalised, as a name's are. A name says neither "us" nor "your"."""
    for label in ("Contact Us", "Follow Us", "About Us"):
        for box in (f"<div class='author'><a href='/contact'>{label}</a></div>", f"<p class='byline'>{label}</p>"):
            assert ingest(HEADLINE + box + STORY, TITLE).author == "", box
    # the near miss: a writer's name in the same boxes is read
    assert (
        ingest(HEADLINE + "<div class='author'><a href='/jane'>Jane Doe</a></div>" + STORY, TITLE).author == "Jane Doe"
    )
    from l10n.ingest.byline import looks_like_name, reduce_byline

    assert not looks_like_name("Contact Us") and not looks_like_name("Your Account")
    assert looks_like_name("Jane Doe") and looks_like_name("Ann van der Berg")
    assert reduce_byline("By Contact Us").names == [] and reduce_byline("By Jane Doe").names == ["Jane Doe"]
