"""Issue 14's known misses left by session 21 (l10n/ingest/fields.py `CREDIT_LABELS_BY_LANGUAGE`,
`split_caption_credit`; page_authors.py `author_elements`): a picture's credit written after its
caption in the page's language ("Foto: …", "Ảnh: …", "写真：…", "사진=…") becomes the figure's
credit as English ones do, and a photographer's author-classed box inside a figure is not the
story's writer. Each case is the small story of page_support with one figure, and its near miss."""

from __future__ import annotations

import pytest
from page_support import HEADLINE, STORY, ingest

from l10n.model import Document

LEAD = "<p>Engineers worked through the night to clear the quay before the first ferry came in.</p>"


def _story(figure: str, lang: str, byline: str = '<p class="byline">By Ben Hall</p>') -> Document:
    return ingest(f"<article>{HEADLINE}{byline}{LEAD}{figure}{STORY}</article>", lang=lang)


def _figure(caption: str, lang: str) -> list[tuple[str, str]]:
    document = _story(f'<figure><img src="quay.jpg"><figcaption>{caption}</figcaption></figure>', lang)
    return [(block.role, block.text) for block in document.blocks if block.figure]


@pytest.mark.parametrize(
    ("lang", "caption", "credit"),
    [
        ("de-DE", "Menschen warten am Kai. Foto: Ann Lee/dpa", "Ann Lee/dpa"),
        ("de", "Menschen warten am Kai (Bild: Ann Lee)", "Ann Lee"),
        ("fr-FR", "Des gens attendent sur le quai. Crédit : Ann Lee/AFP", "Ann Lee/AFP"),
        ("it", "Persone in attesa sul molo. Foto di Ann Lee", "Ann Lee"),
        ("hu", "Emberek várnak a rakparton. Fotó: Lee Ann", "Lee Ann"),
        ("vi", "Người dân chờ trên bến. Ảnh: Hoàng Phong", "Hoàng Phong"),
        ("ru", "Люди ждут на причале. Фото: Reuters", "Reuters"),
        ("ja", "岸壁で待つ人々。写真：共同", "共同"),
        ("zh-CN", "人们在码头等候。图片来源：新华社", "新华社"),
        ("ko", "부두에서 기다리는 사람들. 사진=연합뉴스", "연합뉴스"),
        (
            "id",
            "Warga menunggu di dermaga. (Foto: Getty Images/iStockphoto/peter.media)",
            "Getty Images/iStockphoto/peter.media",
        ),
    ],
)
def test_a_credit_in_the_pages_language_after_its_caption_is_the_figures_credit(
    lang: str, caption: str, credit: str
) -> None:
    figure = _figure(caption, lang)
    assert ("credit", credit) in figure
    [(_, text)] = [part for part in figure if part[0] == "caption"]
    assert credit not in text and text in caption


def test_a_capitalised_label_after_a_space_needs_no_stop_before_it() -> None:
    """tageblatt's "… als vollen Erfolg Foto: Editpress/Fabrizio Pizzolante": no stop closes the
    caption; the label, written with its capital after a space, still starts the credit."""
    figure = _figure("Die Kundgebung war ein voller Erfolg Foto: Editpress/Ann Lee", "de")
    assert figure == [("caption", "Die Kundgebung war ein voller Erfolg"), ("credit", "Editpress/Ann Lee")]
    # review22a's near misses: a title-case caption's own label-like words, and a German noun, are the caption's
    for lang, caption in (
        ("en-US", "The Big Picture: Storms over Texas"),
        ("en-US", "Winners of the Photo by Kids contest"),
        ("de", "Unser Bild: Die Kanzlerin beim Empfang in Berlin"),
    ):
        assert _figure(caption, lang) == [("caption", caption)], caption


def test_a_label_naming_no_one_is_cut_and_gives_no_credit() -> None:
    """heise's empty "(Bild: )" ended its caption."""
    assert _figure("Technology Review Juli 2019 (Bild: )", "de") == [("caption", "Technology Review Juli 2019")]


def test_near_misses_another_languages_label_and_a_captions_own_words_stay_the_caption() -> None:
    """A label is read in English and the page's language only ("Foto:" on an English page is no
    label there); a by-form's credit opens with a capital ("Foto di famiglia" is a group photo); a
    lower-case label after a space is the caption's prose ("… the image: a harbour")."""
    for lang, caption in (
        ("en-GB", "Crowds wait on the quay. Foto: Ann Lee/dpa"),
        ("it", "Il vertice a Roma. Foto di famiglia dei leader"),
        ("en-GB", "Crowds wait on the quay, the image: a harbour at dawn"),
        ("de", "Fotografen warten am Kai"),
    ):
        assert _figure(caption, lang) == [("caption", caption)], caption


def test_a_photographers_box_in_a_figure_is_not_the_writer() -> None:
    """A page without a byline took an author-classed box inside a picture's figure (its
    photographer) for the story's writer; the near miss: a writer's box set as a figure (avatar,
    "author-name", bio; review21b) still names the writer."""
    photo = (
        '<figure><img src="quay.jpg"><figcaption>Crowds wait on the quay at dawn. '
        '<span class="author">Ann Lee</span></figcaption></figure>'
    )
    document = _story(photo, "en-GB", byline="")
    assert document.author == ""
    assert ("credit", "Ann Lee") in [(block.role, block.text) for block in document.blocks]
    writer = (
        '<figure class="author-box"><img src="ben.jpg"><figcaption><span class="author-name">Ben Hall</span>'
        "</figcaption></figure>"
    )
    assert _story(writer, "en-GB", byline="").author == "Ben Hall"
    # review22a's near miss: a columnist's headshot captioned with the name alone names the writer
    headshot = (
        '<figure class="columnist"><img src="ben.jpg"><figcaption><span class="author-name">Ben Hall</span>'
        "</figcaption></figure>"
    )
    assert _story(headshot, "en-GB", byline="").author == "Ben Hall"


WRITERS_BOX = (
    '<div class="author-box"><img src="ben.jpg" alt="Photo of Ben Hall"><div class="data">{name}'
    '<div class="authortitle">Political Commentator</div><ul class="author"><li><a href="/author/bhall/">'
    'See All Articles</a></li><li><a href="/feed/">Subscribe to RSS</a></li></ul></div></div>'
)


def test_the_name_in_a_writers_box_is_the_writer() -> None:
    """dailycaller: no byline, and the author-classed box holds the avatar, the name, a job title
    and links; its element classed "name" is the writer. The near miss: an element whose class
    only holds the word (Drupal's "field-name-title": the field named "title") names no one."""
    named = _story(WRITERS_BOX.format(name='<div class="name">Ben Hall</div>'), "en-US", byline="")
    assert named.author == "Ben Hall"
    field = _story(WRITERS_BOX.format(name='<div class="field-name-title">Harbour Desk</div>'), "en-US", byline="")
    assert field.author == ""
    # review22a's near misses: a share bar's "network-name" in a theme's author-classed story container, a
    # tag box's "tag-name" in an author-classed box
    story = "".join(f"<p>{n} {text}</p>" for n, text in enumerate(["The ferry resumed on Friday morning."] * 12))
    wrapper = _story(
        f'<div class="post author-ann">{story}<div class="share"><span class="network-name">Facebook Page</span>'
        "</div></div>",
        "en-US",
        byline="",
    )
    assert wrapper.author == ""
    tags = _story(
        '<div class="post-author"><img src="a.jpg"><div class="tag-name">Climate Change</div>'
        "<p>More stories about the harbour and the ferries this week</p></div>",
        "en-US",
        byline="",
    )
    assert tags.author == ""


def test_one_of_several_like_boxes_names_no_writer() -> None:
    """The near miss of a Q&A page (stackexchange): each answer's author box (one class, a link, the
    name, a reputation score) names that answer's author, not the page's writer; so does the first
    of them. One such box alone is a writer's box."""
    box = (
        '<div class="author-details"><a href="/users/{n}">{name}</a><span class="name">{name}</span>'
        "3,728 reputation, 1 gold badge, 9 silver badges</div>"
    )
    answers = "".join(box.format(n=n, name=name) for n, name in enumerate(("Hagen von Eitzen", "Tom Au Lee")))
    assert _story(answers, "en-US", byline="").author == ""
    alone = _story(box.format(n=1, name="Hagen von Eitzen"), "en-US", byline="")
    assert alone.author == "Hagen von Eitzen"


def test_a_credit_line_in_the_pages_language_under_a_picture_makes_its_figure() -> None:
    """holdout21's credited picture (a picture's box, a caption line, a credit line: isolezwe's
    "Image: …") is read with the page's credit labels too: "Foto: …" on a German page; on an English
    page "Foto:" labels nothing and the box is pruned as before."""
    box = (
        '<div class="image-widget"><span><img src="quay.jpg"></span><p>Menschen warten am Kai.</p>'
        "<p>Foto: Ann Lee/dpa</p></div>"
    )
    german = _story(box, "de", byline="")
    assert [(b.role, b.text, b.figure) for b in german.blocks if b.figure] == [
        ("credit", "Ann Lee/dpa", 1),
        ("caption", "Menschen warten am Kai.", 1),
    ]
    assert not [b for b in _story(box, "en-GB", byline="").blocks if b.figure]
