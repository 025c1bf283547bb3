"""Rules of the page path added in session 21 for the misses left on the measured pages (issue 14:
l10n/ingest/byline.py, byline_header.py, page_credits.py, site_notes.py): each on a small page
written from the mechanism, not copied from the page it was found on, with the near miss that must
stay as it was, so each can fail alone. The story's result is asserted first (it failed before the
rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

import json

from page_support import HEADLINE, PARAGRAPHS, STORY, TITLE, ingest, texts_of

PUBLISHED = "<meta property='article:published_time' content='2014-01-09T10:00:00+01:00'>"

# --- bylines: the place filed from after a spaced dash ----------------------------------------------


def test_the_place_after_a_spaced_dash_is_no_part_of_the_name() -> None:
    """An Arabic paper states its writer as "name - city" (the place the story was filed from, as a
    comma sets it apart in "Markus Balser, Berlin"): the whole was read as the name. A name's own
    hyphen has no spaces around it."""
    head = TITLE + "<meta name='author' content='حسام أبو العلا - القاهرة'>"
    assert ingest(HEADLINE + STORY, head, lang="ar").author == "حسام أبو العلا"
    head = TITLE + "<meta name='author' content='Ann Lee - Cairo'>"
    assert ingest(HEADLINE + STORY, head).author == "Ann Lee"
    # the near misses: a section and the site's address, a tagline and the site's name, stay no writer
    for stated in ("Zone Justice et faits divers - ICI.Radio-Canada.ca", "Harbour News Today - HARBOUR.am"):
        head = TITLE + f"<meta name='author' content='{stated}'>"
        assert ingest(HEADLINE + STORY, head).author == "", stated
    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Jean-Pierre Dupont").names == ["Jean-Pierre Dupont"]  # a name's hyphen
    assert reduce_byline("Ann Lee - The Guardian").names == ["Ann Lee - The Guardian"]  # no place: as before


# --- bylines: a desk's credit in another language, names parted by a slash --------------------------


def test_a_desk_credit_in_german_names_no_one_and_the_shown_writers_are_read() -> None:
    """A Swiss paper's JSON-LD credits a story to its desk for outside writers ("Auswärtige Autoren
    (AA)": outside authors) and prints the writers as "Ralph Steiner/Carlo Natter" in an author
    element: the desk was read as a person (two capitalised words), and the job words that make a
    credit a desk's were English only ("Staff Writers", "Metro Desk")."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour reopens after the storm"}
    ld["author"] = [{"@type": "Person", "name": "Auswärtige Autoren (AA)"}]
    head = TITLE + f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    shown = "<span class='metainfo__item--author'>Ralph Steiner/Carlo Natter</span>"
    assert ingest(HEADLINE + shown + STORY, head, lang="de").author == "Ralph Steiner, Carlo Natter"
    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Auswärtige Autoren").names == []
    assert reduce_byline("Ann Lee, Korrespondentin").names == ["Ann Lee"]
    # the near misses: a bio sentence with a job word names no "Titiou Lecoq est"; "AFP/…" is one word
    bio = "Titiou Lecoq est journaliste indépendante et blogueuse sur Girls and geeks."
    assert reduce_byline(bio).names == []
    # …but a name's own lower-case particle before its job title is no sentence (review21)
    assert reduce_byline("Ana dos Santos Staff Writer").names == ["Ana dos Santos"]
    assert reduce_byline("Pieter ten Brink Foreign Correspondent").names == ["Pieter ten Brink"]
    assert reduce_byline("Ralph Steiner/carlo").names == ["Ralph Steiner/carlo"]
    # …nor a desk after a site's address and a slash (ORF's "red, wien.ORF.at/Agenturen": agencies), nor a
    # label without its colon ("Autor Mark Newton:" stays as it was: the singular "Autor" is no job word here)
    assert reduce_byline("red, wien.ORF.at/Agenturen").names == []
    assert reduce_byline("Autor john").names == ["Autor john"]


# --- bylines: the site speaking to its reader, in the corpus's languages ----------------------------


def test_a_menu_label_in_another_language_is_no_writer() -> None:
    """A link labelled by the site in its reader's language ("Kontaktieren Sie Uns", "Nous Contacter",
    "Sobre Nosotros", "اتصل بنا": contact us), marked as the author's (`rel="author"`), was read as
    the writer: every word capitalised (Arabic has no case), and the words of the site speaking of
    itself or to its reader were English only."""
    for label, lang in (
        ("Kontaktieren Sie Uns", "de"),
        ("Nous Contacter", "fr"),
        ("Sobre Nosotros", "es"),
        ("Bize Ulaşın", "tr"),
        ("اتصل بنا", "ar"),
    ):
        box = f"<p class='meta'><a rel='author' href='/contact'>{label}</a></p>"
        assert ingest(HEADLINE + box + STORY, TITLE, lang=lang).author == "", label
    # the near miss: a writer's name in the same link is read, and so are names spelled as a pronoun
    # elsewhere ("Tu", "Mia", "Vos", "Ons": left out of the lists, review21)
    for name in ("Anna Uhl", "Mia Tu", "Marianne Vos", "Ons Jabeur"):
        box = f"<p class='meta'><a rel='author' href='/anna'>{name}</a></p>"
        assert ingest(HEADLINE + box + STORY, TITLE).author == name
    from l10n.ingest.byline import ADDRESS_WORDS_BY_LANGUAGE, looks_like_name

    assert not looks_like_name("Über Uns") and not looks_like_name("Votre Compte") and looks_like_name("Ann Lee")
    assert "us" in ADDRESS_WORDS_BY_LANGUAGE["en"].split()


# --- a Chinese newsroom's editor credit: the source's furniture; its source line stays --------------

STORY_ZH = (
    "<p>港口在风暴过后于周一重新开放，工程师清理了上周留下的残骸。</p>"
    "<p>港口管理局在其网站上发表声明说，前往岛屿的渡轮将于周五恢复。</p>"
    "<p>商人们说，港口关闭使该镇在一周内损失了大约两百万英镑的生意。</p>"
    "<p>市议会将于周四开会，决定如何支付海堤的维修费用。</p>"
)


def test_an_editor_credit_goes_and_the_source_line_stays() -> None:
    """Chinese papers close a story with who edited it at the source ("责任编辑：王小明", "【编辑：李华】",
    "（編輯：蘇龍麒）" run onto the last sentence, with a filing code): the source newsroom's
    furniture, which a translated edition does not print. A line naming the story's source
    ("（资料来源：新华社）") or its original title is attribution, and stays."""
    head = "<title>港口重新开放</title>"
    body = (
        "<h1>港口重新开放</h1><div class='article'>"
        + STORY_ZH
        + "<p>（资料来源：新华社、海外网等）</p><p>责任编辑：王小明 | 版面编辑：刘潇(ZN028)</p><p>【编辑：李华】</p></div>"
    )
    texts = texts_of(body, head, lang="zh-CN")
    assert "（资料来源：新华社、海外网等）" in texts
    assert not any("编辑" in text for text in texts)
    closing = body.replace(
        "决定如何支付海堤的维修费用。</p>", "决定如何支付海堤的维修费用。（編輯：蘇龍麒）1120221</p>"
    )
    texts = texts_of(closing, head, lang="zh-CN")
    assert "市议会将于周四开会，决定如何支付海堤的维修费用。" in texts
    from l10n.ingest.site_notes import is_site_note

    # the near misses: an editor's words in an interview, the editorial desk's box label
    assert not is_site_note("编辑：他说这件事情不是真的，我们会继续调查下去。")
    assert not is_site_note("编辑部推荐") and not is_site_note("原标题：港口在风暴过后重新开放")


# --- bylines: the name, the place and the day under the story's heading ------------------------------


def test_a_name_place_and_day_under_the_heading_name_the_writer() -> None:
    """A Spanish paper prints "**Patricio Candia** | Palma de Mallorca | 08/01/2014" under the story's
    title, an `<h3>` (its `<h1>` is the logo): no label, three parts, and a slashed day that reads
    either way round. The story's stated day settles the reading (8 January, not 1 August), and a
    name beside the story's day, the place between, is its writer. Lines may part them too
    ("Max Blumenthal<br><a>The Grayzone</a><br>Thu, 9 Jan 2014 17:55 UTC")."""
    logo = "<h1><a href='/'>Ultima Hora</a></h1>"
    title = "<h3>Harbour reopens after the storm</h3>"
    line = "<p><strong>Ann Lee</strong> | Palma de Mallorca | 08/01/2014</p>"
    head = TITLE + PUBLISHED
    assert ingest(logo + title + line + STORY, head, lang="es").author == "Ann Lee"
    lines = "<p>Ann Lee<br><a href='https://grayzone.example/'>The Grayzone</a><br>Thu, 9 Jan 2014 17:55 UTC</p>"
    assert ingest(HEADLINE + lines + STORY, head).author == "Ann Lee"
    # the near misses: another day (a teaser's line), or a link first (a section's name), names no one
    far = line.replace("08/01/2014", "08/03/2014")
    assert ingest(logo + title + far + STORY, head, lang="es").author == ""
    linked = lines.replace("<p>Ann Lee<br>", "<p><a href='/world'>World News</a><br>")
    assert ingest(HEADLINE + linked + STORY, head).author == ""
    # …nor labelled fields on lines, a place and a date (bsi.de: "**Ort** Saarbrücken<br>**Datum** 28.01.2022")
    fields = "<p><strong>Ort</strong> Palma Nova<br><strong>Datum</strong> 09.01.2014</p>"
    assert ingest(HEADLINE + fields + STORY, head, lang="de").author == ""
    import datetime as dt

    from l10n.ingest.byline_header import dated_name_line
    from l10n.model import Block

    blocks = [Block("headline", "Harbour reopens"), Block("paragraph", "Ann Lee | Palma | 08/01/2014")]
    assert dated_name_line(blocks, dt.datetime(2014, 1, 9)) == ["Ann Lee"]
    assert dated_name_line(blocks, dt.datetime(2014, 8, 1)) == ["Ann Lee"]  # the other reading, that day
    assert dated_name_line(blocks, dt.datetime(2014, 5, 1)) == []


# --- a wire agency's reporters after its copyright mark --------------------------------------------


def test_the_reporters_after_the_agency_copyright_mark_are_the_writers() -> None:
    """AFPBB News closes AFP's copy with the agency's mark and its reporters run onto the last
    sentence ("…と指摘している。(c)AFP/Aminu ABUBAKAR"), and names them nowhere else: no writer was
    read."""
    last = "<p>The council will meet on Thursday to decide how the repairs are to be paid for.(c)AFP/Ann LEE</p>"
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:3]) + last
    assert ingest(HEADLINE + story, TITLE).author == "Ann LEE"
    # the near misses: a picture agency's one word, and a mark with no name, name no writer
    for credit in ("(c)AFP/Getty", "(c)AFP"):
        other = last.replace("(c)AFP/Ann LEE", credit)
        assert ingest(HEADLINE + story.replace(last, other), TITLE).author == "", credit
    # …nor a picture's caption set as a paragraph above the story's last (sportnews.bz: "…aus der Schweiz.
    # © AFP / MARCO BERTORELLO", the photographer)
    caption = "<p>Ferries wait at the quay on Monday. © AFP / ANN LEE</p>"
    plain = last.replace("(c)AFP/Ann LEE", "")
    assert ingest(HEADLINE + story.replace(last, caption + plain), TITLE).author == ""
    from l10n.ingest.page_credits import closing_credit
    from l10n.model import Block

    assert closing_credit([Block("paragraph", "…と指摘している。©AFP/Ann Lee and Bo Chen")], [0]) == [
        "Ann Lee",
        "Bo Chen",
    ]
    assert closing_credit([Block("paragraph", "(c)AFP/Ann Lee")], [0]) == []  # a caption's credit alone: no sentence
