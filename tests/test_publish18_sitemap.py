"""`sitemap.build_sitemap` builds each group's alternates once and copies them into its
`<url>`s (issue 16); the bytes are those of the tree built `<url>` by `<url>` before (the
reference below, verbatim), over many groups, hostile paths and language tags, and base URLs
with a path: a group's links never reach another group's `<url>`s."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from lxml import etree

from l10n.publish.sitemap import SITEMAP_NS, X_DEFAULT, XHTML_NS, build_sitemap

HOSTILE = ["plain", '<script>alert("x")</script>', "a & b", 'it\'s "quoted"', "العربية", "&amp; <b>", "tab\there"]
CODES = ["en", "de", "fr", "es", "pt", "ru", "ar", "zh-Hans-CN", "zh-Hant-TW", "ja", "ko"]


def _per_url(groups, *, base_url: str) -> bytes:
    """`build_sitemap` before this change."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "xhtml": XHTML_NS})
    for group in groups:
        absolute = {lang: urljoin(base, path) for lang, path in group.items()}
        for lang, url in absolute.items():
            if lang == X_DEFAULT:
                continue
            entry = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
            etree.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = url
            for other_lang, other_url in absolute.items():
                etree.SubElement(entry, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=other_lang, href=other_url)
    return etree.tostring(urlset, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _groups() -> list[dict[str, str]]:
    groups = []
    for n, text in enumerate(HOSTILE):
        codes = CODES[: 1 + n % len(CODES)] if n % 2 else CODES  # groups of other sizes
        group = {code: f"{code}/{text}-{n}.html" for code in codes}
        group[text or "und"] = f"{text}/{n}.html"  # a hostile tag too
        group[X_DEFAULT] = f"en/{text}-{n}.html"
        groups.append(group)
    groups.append({X_DEFAULT: "en/alone.html"})  # only x-default: no `<url>`
    groups.append({"en": "en/no-default.html"})
    return groups


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:8000/", "https://news.example.org/l10n", "https://a.example/?q=1&r=2"]
)
def test_the_sitemap_is_the_one_built_url_by_url(base_url: str) -> None:
    groups = _groups()
    made = build_sitemap(groups, base_url=base_url)
    assert made == _per_url(groups, base_url=base_url)
    assert made.count(b"<url>") == sum(len([k for k in g if k != X_DEFAULT]) for g in groups)


def test_no_group_is_listed_as_another_groups_alternate() -> None:
    groups = [{"en": "en/a.html", "de": "de/a.html"}, {"en": "en/b.html", "fr": "fr/b.html"}]
    root = etree.fromstring(build_sitemap(groups, base_url="https://x.example/"))
    for url in root:
        loc = url.findtext(f"{{{SITEMAP_NS}}}loc")
        hrefs = [link.get("href") for link in url.iter(f"{{{XHTML_NS}}}link")]
        letter = loc.rsplit("/", 1)[-1]
        assert all(href.endswith(letter) for href in hrefs)
