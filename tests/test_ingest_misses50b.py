"""Rules of the page path added in session 50 for holdout50's blind misses (misses50b; the modules each test names):
each on a small page shaped like the convention, with the near miss that must stay as it was, and on the real page it
was found on (taken from `measured`, so a page still waiting for its blind run is never read here). The story's result
is asserted first (it failed before the rule); the rule's own function is imported inside the test, after it."""

from __future__ import annotations

from page_support import HEADLINE, STORY, ingest, label_of, measured

BCM = "bcm-ru-zhvachka"
NASHBRYANSK = "nashbryansk-ru-gripp"

RUSSIAN_STORY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Ни одного лабораторного подтверждения заболевания гриппом не зафиксировано в Брянской области.",
        "По мнению специалистов, сдерживать натиск сезонного вируса помогает ежегодная вакцинопрофилактика.",
        "В 2011 году прививочная компания на Брянщине стартовала в начале октября, сообщили в управлении.",
        "Чтобы не испортить новогодние каникулы, специалисты посоветовали укреплять иммунитет и закаляться.",
    )
)


# --- writers: a company or an agency stated as the page's author --------------------------------------------------------


def _meta_writer(author: str, *, site: str = "", body: str = HEADLINE + STORY, lang: str = "en-GB") -> str:
    head = f"<title>Harbour reopens after the storm</title><meta name='author' content='{author}'>"
    head += f"<meta property='og:site_name' content='{site}'>" if site else ""
    return ingest(body, head, lang=lang).author


def test_a_company_or_an_agency_stated_as_author_is_no_writer() -> None:
    """NEWS.BCM.RU (holdout50) states `<meta name="author" content="Interline Pro Co.">` on its page, its web developer
    (the footer: "Разработка и дизайн «Интерлайн Про»"), and Наш Брянск "ИА «НашБрянск.Ru»", the news agency that is
    the site (ИА: информационное агентство), whose site's name cut off left "ИА": both were shown as writers on pages
    that name none. "Co." closing a name, "& Co", and the Russian forms an outlet or a firm is named after (ИА, РИА,
    ИД, ООО, …) before it are a company's, no person's; a name is never cut to its first word by the site's name after
    it. A person's name, "Co" a surname in it, and a full name before the site's stay."""
    assert measured(BCM).author == ""
    assert measured(NASHBRYANSK).author == ""
    assert not label_of(BCM)["authors"] and not label_of(NASHBRYANSK)["authors"]
    assert _meta_writer("Interline Pro Co.") == ""
    assert _meta_writer("Baker &amp; Co") == ""
    assert _meta_writer("Ann Co") == "Ann Co"  # a surname
    assert _meta_writer("Ann Lee") == "Ann Lee"
    russian = HEADLINE + RUSSIAN_STORY
    assert _meta_writer("ИА «Брянск»", site="Брянск", body=russian, lang="ru") == ""
    assert _meta_writer("ИА Регнум", body=russian, lang="ru") == ""
    assert _meta_writer("Ольга Бондаренко", body=russian, lang="ru") == "Ольга Бондаренко"
    assert _meta_writer("Ольга Бондаренко Брянск", site="Брянск", body=russian, lang="ru") == "Ольга Бондаренко"

    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("ИА «НашБрянск.Ru»", site_name="Наш Брянск.RU").names == []
    assert reduce_byline("Adam Aaronson PhillyVoice", site_name="PhillyVoice").names == ["Adam Aaronson"]
    assert reduce_byline("Radio PhillyVoice", site_name="PhillyVoice").names == []


# --- writers: Drupal's "Submitted by … on …" ---------------------------------------------------------------------------

FRENCH_TRIBUNE = "frenchtribune-com-hangover"


def test_drupal_s_submitted_by_line_names_the_writer() -> None:
    """French Tribune (holdout50) prints Drupal's default byline under its title, `<div class="submitted">Submitted by
    <a href="/users/annabel-tautou">Annabel Tautou</a> on Sat, 01/14/2012 - 05:20</div>`, the writer its label names:
    no writer was given ("Submitted by" was no byline's label, as "Posted by" is). Read as "Posted by" is now; a
    comment thread's "Submitted by … on …" under the story names no writer of it, as before."""
    assert measured(FRENCH_TRIBUNE).author == "Annabel Tautou"
    assert label_of(FRENCH_TRIBUNE)["authors"] == ["Annabel Tautou"]
    submitted = "<div class='submitted'>Submitted by <a href='/users/ann-lee'>Ann Lee</a> on Sat, 01/14/2012 - 05:20</div>"
    assert ingest(HEADLINE + submitted + STORY).author == "Ann Lee"
    comments = "".join(
        f"<div class='comment'><div class='submitted'>Submitted by {name} on Sat, 01/14/2012 - 0{hour}:20</div>"
        f"<p>{text}</p></div>"
        for name, hour, text in (("Bo Chen", 6, "Good news for the town."), ("Cy Tan", 7, "About time, I say."))
    )
    assert ingest(HEADLINE + STORY + "<h2>Comments</h2>" + comments).author == ""
    assert ingest(HEADLINE + submitted + STORY + "<h2>Comments</h2>" + comments).author == "Ann Lee"

    from l10n.ingest.byline import reduce_byline

    assert reduce_byline("Submitted by Ann Lee on Sat, 01/14/2012 - 05:20").names == ["Ann Lee"]
