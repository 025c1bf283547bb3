"""A cold site's pages joined as UTF-8 (session 35, issue 16: cold publish within 2× of writing
its bytes).

`FramedTemplates.render_utf8` joins a page from its frame's text and its values encoded apiece,
and an edition taken from `build/` brings its `<article>` as the bytes of the build file
(`publish.built._utf8_of`, `frames.EncodedMarkup`): no page text is joined whole and encoded
again. The reference is Jinja2's own render, encoded (every shape of the article and redirect
pages, hostile values), and for the build files the markup `article_markup` gives, encoded.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from conftest import run_main
from markupsafe import Markup
from test_publish23_frames import HOSTILE, _article_context, _jinja, _versions
from test_publish_built import published_without_build, translated, tree

from l10n.assemble.built import article_markup
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish.built import BuiltEditions, _utf8_of
from l10n.publish.frames import EncodedMarkup, FramedTemplates
from l10n.publish.pages import PageArticle
from l10n.publish.site import template_environment

__all__ = ["translated"]  # the fixture, imported for the tests below


def _as(kind: str, markup: str) -> Markup:
    if kind == "encoded":
        return EncodedMarkup(markup, markup.encode("utf-8"))
    if kind == "unknown":
        return EncodedMarkup(markup)  # its UTF-8 not known: encoded like any value
    return Markup(markup)


@pytest.mark.parametrize("kind", ["markup", "encoded", "unknown"])
def test_article_pages_of_every_shape_are_jinjas_bytes_as_utf8(kind: str) -> None:
    framed = FramedTemplates(template_environment())
    for present in itertools.product([True, False], repeat=6):
        for text in HOSTILE:
            context = _article_context(text, present)
            context["article_html"] = _as(kind, f"<article><p>{text}</p><p>中文 العربية</p></article>")
            expected = _jinja("article.html.j2", context).encode("utf-8")
            assert framed.render_utf8("article.html.j2", context) == expected
            assert framed.render("article.html.j2", context).encode("utf-8") == expected
    assert all(frame is not None for frame in framed._frames.values())  # every page from a frame


def test_redirect_pages_are_jinjas_bytes_as_utf8() -> None:
    framed = FramedTemplates(template_environment())
    for text in HOSTILE:
        context = {"lang": text, "dir": "ltr", "title": text, "href": f"{text}.html", "canonical": f"../{text}"}
        assert framed.render_utf8("redirect.html.j2", context) == _jinja("redirect.html.j2", context).encode("utf-8")


def test_a_template_using_a_value_otherwise_gives_jinjas_bytes() -> None:
    """No frame (the template does more with a value than print it): Jinja2 renders, encoded."""
    env = template_environment().overlay(loader=None)
    template = env.from_string("<p>{{ title|upper }}{{ switcher_items(versions) }}</p>")
    env.get_template = lambda name: template  # (the overlay has no loader: one template)
    framed = FramedTemplates(env)
    for text in ("plain", "Straße", "<b>&", "中文"):
        context = {"title": text, "versions": _versions(text)}
        assert framed.render_utf8("t", context) == template.render(**context).encode("utf-8")
    assert all(frame is None for frame in framed._frames.values())


def test_markup_made_from_encoded_markup_does_not_keep_its_bytes() -> None:
    """What a `Markup` method makes of an `EncodedMarkup` is other text: its bytes are not taken."""
    kept = EncodedMarkup("<p>a</p>", b"<p>a</p>")
    assert (kept + "<b>").utf8 is None and str(kept + "<b>") == "<p>a</p>&lt;b&gt;"
    assert getattr(kept.join(["x", "y"]), "utf8", None) is None


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><article><p>Straße 中文</p></article></body>\n</html>\n",
        "<p>中文</p><p>中文</p>",  # the markup twice: either place gives its bytes
        "<title>𝔘𝔫𝔦</title><body><article lang=ar>العربية</article></body>",
    ],
)
def test_the_bytes_cut_out_of_a_page_are_its_markups_utf8(page: str) -> None:
    data = page.encode("utf-8")
    for start, end in itertools.combinations(range(len(page) + 1), 2):
        markup = page[start:end]
        assert _utf8_of(markup, page, data) == markup.encode("utf-8")
    assert _utf8_of("<article>not there</article>", page, data) is None


def test_editions_taken_from_build_bring_their_files_bytes(
    translated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each edition of a real build/ (German and Japanese) comes with its `<article>`'s UTF-8
    cut out of the build file, the bytes the markup `article_markup` gives encodes to."""
    run_main(capsys, translated, "assemble", "--format", "html")
    project = Project.open(translated)
    built = BuiltEditions(project)
    domains = sorted(path.stem for path in (translated / "seeds").glob("*.md"))
    locales = [parse_locale(code) for code in ("de", "ja")]
    taken = 0
    for domain in domains:
        source = translated / "seeds" / f"{domain}.md"
        built.expect(domain, locales, locales)
        for locale in locales:
            edition = built.article(domain, source, locale)
            if edition is None:
                continue
            assert isinstance(edition, PageArticle)
            page = (translated / "build" / locale.code / f"{domain}.html").read_text(encoding="utf-8")
            assert edition.markup == article_markup(page)
            assert edition.markup_utf8 == edition.markup.encode("utf-8")
            taken += 1
    assert taken == len(domains) * len(locales)


def test_a_cold_site_from_build_is_the_site_made_without_it(
    translated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pages joined from the build files' bytes are the pages of a publish that assembles
    every edition itself (no build/: every page's text encoded as a whole value)."""
    run_main(capsys, translated, "assemble", "--format", "html")
    run_main(capsys, translated, "publish")
    assert tree(translated / "site") == published_without_build(capsys, translated, tmp_path / "scratch")
