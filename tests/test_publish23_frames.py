"""`publish.frames` renders a page from its template's frame to Jinja2's own bytes (issue 16).

The reference is Jinja2 rendering the same template with the same context (the site's own
environment, `template_environment`), over every shape of the article and redirect pages (each
optional value empty or not) and values a hostile PO or article could put there. A template
doing anything else with a value than print it, test it or hand it to the environment's
functions, or whose text holds a marker's characters, is rendered by Jinja2 (each case below
would print another page from a frame).
These compare the module with Jinja2 (guards: main has no frames to compare).
"""

from __future__ import annotations

import itertools

import pytest
from markupsafe import Markup

from l10n.locales import parse_locale
from l10n.publish.frames import FramedTemplates
from l10n.publish.pages import LanguageLink, language_links
from l10n.publish.site import template_environment

HOSTILE = ['<script>alert("x")</script>', "a & b", 'it\'s "quoted"', "العربية", "&amp; <b>", "\x00s0\x00", "plain"]


def _versions(text: str) -> list[LanguageLink]:
    locales = [parse_locale(code) for code in ("en", "ar", "de")]
    entries = [(loc, f"{loc.code}/{text}.html", 50, loc.code != "de") for loc in locales]
    return language_links(entries, current=locales[1], depth=1, reader=locales[1])


def _article_context(text: str, present: tuple[bool, ...]) -> dict:
    description, robots, canonical, alternates, ready_notice, notice = present
    page = {
        "lang": text if text != "plain" else "de",
        "dir": "rtl",
        "title": text,
        "description": text if description else "",
        "robots": "noindex" if robots else "",
        "canonical": f"https://x.example/{text}" if canonical else "",
        "alternates": [{"hreflang": "de", "href": f"../de/{text}.html"}] if alternates else [],
        "css_href": "../site.css",
        "icon_href": "../favicon.svg",
        "home_href": "../index.html",
        "switcher_label": text,
        "versions": _versions(text),
    }
    return {
        "page": page,
        "article_html": Markup(f"<article><p>{text}</p></article>"),
        "readiness_notice": text if ready_notice else None,
        "notice": text if notice else None,
        "review_link": text,
        "completeness": f"42 % {text}",
    }


def _jinja(name: str, context: dict) -> str:
    return template_environment().get_template(name).render(**context)


def test_article_pages_of_every_shape_are_jinjas_bytes() -> None:
    framed = FramedTemplates(template_environment())
    for present in itertools.product([True, False], repeat=6):
        for text in HOSTILE:
            context = _article_context(text, present)
            assert framed.render("article.html.j2", context) == _jinja("article.html.j2", context)
    assert all(frame is not None for frame in framed._frames.values())  # every page from a frame
    assert len(framed._frames) == 2**6


def test_redirect_pages_are_jinjas_bytes() -> None:
    framed = FramedTemplates(template_environment())
    for text in HOSTILE:
        context = {"lang": text, "dir": "ltr", "title": text, "href": f"{text}.html", "canonical": f"../{text}"}
        assert framed.render("redirect.html.j2", context) == _jinja("redirect.html.j2", context)
        context["title"] = ""
        assert framed.render("redirect.html.j2", context) == _jinja("redirect.html.j2", context)
    assert all(frame is not None for frame in framed._frames.values())


@pytest.mark.parametrize(
    "source",
    [
        "<p>{{ title|upper }}</p>",
        "<p>{{ title|lower }}</p>",
        "<p>{{ title|length }}</p>",
        "<p>{% if title == 'plain' %}same{% endif %}</p>",
        "<p>{% for c in title %}[{{ c }}]{% endfor %}</p>",
        "<p>{{ title[0] }}</p>",
        "<p>{{ title.upper() }}</p>",
        "<p>{{ title ~ '!' }}{{ switcher_items(versions) }}{{ switcher_items(versions) }}</p>",
        "<p>{{ switcher_items(title) }}</p>",
        "<p>\x00s0\x00{{ title }}</p>",  # a marker's characters in the template's text
    ],
)
def test_a_template_using_a_value_otherwise_is_rendered_by_jinja(source: str) -> None:
    env = template_environment().overlay(loader=None)
    template = env.from_string(source)
    env.get_template = lambda name: template  # (the overlay has no loader: one template)
    framed = FramedTemplates(env)
    for text in ("plain", "Straße", "<b>&"):
        context = {"title": text, "versions": _versions(text)}
        try:
            expected = template.render(**context)
        except Exception:  # (`switcher_items` of a string: the frame must not hide Jinja's error either)
            with pytest.raises(Exception):  # noqa: B017
                framed.render("t", context)
            continue
        assert framed.render("t", context) == expected


def test_a_page_from_its_frame_makes_no_language_link() -> None:
    """A page's switcher lines come made (`head_links.SwitcherLinks`); its `LanguageLink`s are
    made only if asked for, and the frame's test of the value for truth does not ask (it did,
    through `len`, before `SwitcherLinks.__bool__`: 11 links per page of a cold site)."""
    from l10n.publish.head_links import ArticleVersions
    from l10n.publish.manifest import PageRecord

    records = [
        PageRecord(
            f"{code}/story.html", "story", code, "Story", "", 100 if code == "en" else 40, code != "ar", code == "en"
        )
        for code in ("en", "ar", "de")
    ]
    shared = ArticleVersions(records)
    framed = FramedTemplates(template_environment())
    for record in records:
        locale = parse_locale(record.locale)
        versions = shared.links(locale, locale)
        context = _article_context("plain", (True,) * 6)
        context["page"]["versions"] = versions
        assert framed.render("article.html.j2", context) == _jinja("article.html.j2", context)
        assert versions._links is None  # type: ignore[attr-defined]
