"""The URL policy (`l10n/urls.py`): examples, then generated spellings of dangerous schemes.

The property tests build `javascript:`/`vbscript:`/`data:` with random junk inserted — control
characters raw or as character references, tabs and newlines, case changes, leading spaces,
invisible characters, double-encoded references — and check what a browser would do with the
output, read by this file's own reader (not the module's): through `safe_url` alone, and end to
end through ingest → assemble → the HTML and Markdown editions.
"""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.urls import allowed_attributes, safe_image_url, safe_url

DANGEROUS = ("javascript", "vbscript", "data")
C0_AND_SPACE = "".join(map(chr, range(0x21)))


def browser_reads_scheme(attribute_text: str) -> str | None:
    """The scheme of an attribute value as written in HTML source, the way a browser gets it:
    the tokenizer decodes character references (NUL becomes U+FFFD), then the URL parser strips
    leading/trailing C0 controls and spaces and removes ASCII tabs and newlines."""
    value = html.unescape(attribute_text).replace("\x00", "\ufffd")
    value = re.sub("[\t\n\r]", "", value.strip(C0_AND_SPACE))
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", value)
    return match.group(1).lower() if match else None


# --- examples ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "java\x0bscript:alert(1)", "java&#x0B;script:alert(1)", "&#1;javascript:alert(1)", "java\tscript:x",
        "java&Tab;script:x", " \x01javascript:x", "JAVASCRIPT:x", "javascript&colon;x", "jav&#x61;script:x",
        "java&amp;#x0B;script:x", "java\u200bscript:x", "\u202ejavascript:x", "vbscript:x", "data:text/html,x",
        "file:///etc/passwd", "java script:x", "java%3Ascript:x:y", "ftp://x.org/", "javascript:x\n",
    ],
)  # fmt: skip
def test_dangerous_or_odd_urls_are_refused(value: str) -> None:
    assert safe_url(value) is None


@pytest.mark.parametrize(
    "value",
    ["https://x.org/a?b=1&c=2#d", "http://x.org", "mailto:desk@x.org", "../a.html", "a/b.html", "#top", "?q=1",
     "//x.org/a", "/a:b", "a%3Ab", "https://x.org/a b", "https://例子.测试/路径"],
)  # fmt: skip
def test_honest_urls_pass_unchanged(value: str) -> None:
    assert safe_url(value) == value


def test_images_are_stricter_than_links() -> None:
    assert safe_url("//x.org/a.png") == "//x.org/a.png"
    assert safe_image_url("//x.org/a.png") is None
    assert safe_image_url("/a.png") is None and safe_image_url("mailto:x@y") is None
    assert safe_image_url("https://[x/a.png") is None
    assert safe_image_url("img/a b.png") == "img/a%20b.png"


def test_attribute_allow_list_is_per_element() -> None:
    attrs = [
        ("href", "https://x.org"),
        ("hreflang", "de"),
        ("datetime", "2020"),
        ("cite", "https://x.org"),
        ("style", "x"),
        ("onclick", "x"),
        ("lang", "en"),
    ]
    assert allowed_attributes("a", attrs) == (("href", "https://x.org"), ("hreflang", "de"), ("lang", "en"))
    assert allowed_attributes("time", attrs) == (("datetime", "2020"), ("lang", "en"))
    assert allowed_attributes("q", attrs) == (("lang", "en"),)
    assert allowed_attributes("a", [("href", "javascript:x"), ("HREF", "https://x.org")]) == ()


# --- generated spellings --------------------------------------------------------------------

CONTROL = st.sampled_from([chr(c) for c in [*range(0x20), 0x7F, 0x85, 0xA0]])
REFERENCE = st.one_of(
    st.integers(min_value=0, max_value=0x20).map(lambda c: f"&#{c};"),
    st.integers(min_value=0, max_value=0x20).map(lambda c: f"&#x{c:x};"),
    st.integers(min_value=0, max_value=0x20).map(lambda c: f"&#x{c:02X}"),
    st.integers(min_value=0, max_value=0x20).map(lambda c: f"&#{c:05d}"),
    st.sampled_from(
        ["&Tab;", "&NewLine;", "&nbsp;", "&shy;", "&#x200B;", "&#x202E;", "&#xFEFF;", "&amp;#x0B;", "&#xFFFE;"]
    ),
)
JUNK = st.lists(
    st.one_of(CONTROL, REFERENCE, st.sampled_from(["\t", "\n", "\r", " ", "\u200b", "\u2028"])), max_size=3
).map("".join)


@st.composite
def obfuscated_urls(draw: st.DrawFn) -> str:
    """A dangerous URL with junk before it and between the letters of its scheme, random case,
    and the colon sometimes spelled as a reference."""
    scheme = draw(st.sampled_from(DANGEROUS))
    letters = [
        draw(st.sampled_from([c.lower(), c.upper(), f"&#{ord(c)};", f"&#x{ord(c):x};"])) if draw(st.booleans()) else c
        for c in scheme
    ]
    spelled = "".join(letter + draw(JUNK) for letter in letters)
    colon = draw(st.sampled_from([":", "&colon;", "&#58;", "&#x3A;", ":"]))
    return (
        draw(JUNK) + spelled + colon + draw(st.sampled_from(["alert(1)", "text/html,<script>alert(1)</script>", "//x"]))
    )


@settings(max_examples=400, deadline=None)
@given(obfuscated_urls())
def test_no_spelling_of_a_script_url_survives_the_filter(spelling: str) -> None:
    kept = safe_url(spelling)
    if kept is not None:
        assert browser_reads_scheme(kept) not in DANGEROUS
        assert browser_reads_scheme(html.escape(kept)) not in DANGEROUS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(obfuscated_urls())
def test_no_spelling_reaches_a_page_or_a_markdown_edition(spelling: str) -> None:
    """End to end: the spelling as an attacker writes it in a link and a figure of an HTML and of a
    Markdown article, through ingest and assembly to both editions."""
    import lxml.html
    from markdown_it import MarkdownIt

    from l10n.assemble import assemble_article
    from l10n.assemble.html import render_html
    from l10n.assemble.markdown import render_markdown
    from l10n.ingest.html import ingest_html
    from l10n.ingest.markdown import ingest_markdown
    from l10n.locales import parse_locale
    from l10n.segment import segment_document

    attribute = spelling.replace('"', "&quot;").replace("<", "&lt;")
    source = (
        f'<h1>Park opens</h1><p>Read <a href="{attribute}">the report</a> today.</p>'
        f'<figure><img src="{attribute}" alt="Park"><figcaption>The park</figcaption></figure>'
    )
    destination = spelling.replace("\n", "&#10;").replace("\r", "&#13;").replace("<", "%3C").replace(">", "%3E")
    markdown_source = (
        f"# Park opens\n\nRead [the report](<{destination}>) today.\n\n![Park](<{destination}>)\n*The park*\n"
    )
    trees = []
    for document in (segment_document(ingest_html(source)), segment_document(ingest_markdown(markdown_source))):
        article = assemble_article(document, {}, parse_locale("de"), domain="case")
        careless = MarkdownIt("commonmark", {"html": True})
        careless.validateLink = lambda url: True
        trees.append(lxml.html.document_fromstring(render_html(article).encode("utf-8")))
        trees.append(lxml.html.document_fromstring(f"<div>{careless.render(render_markdown(article))}</div>"))
    for tree in trees:
        for element in tree.iter("a", "img"):
            for name in ("href", "src"):
                value = element.get(name)
                if value is not None:  # lxml decoded the references once, as a browser does
                    assert browser_reads_scheme(html.escape(value, quote=False)) not in DANGEROUS, (spelling, value)


@pytest.mark.parametrize(
    "base_url", ["javascript:alert(1)//", "news/", "https:///x", "https://x.org/\u202e", "ftp://x.org/"]
)
def test_publish_refuses_a_base_url_that_is_not_a_site_address(base_url: str, tmp_path, capsys) -> None:
    from l10n.cli import main

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Park opens\n\nThe park opened on Monday.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "seeds"), "--root", str(tmp_path), "--locales", "de"]) == 0
    capsys.readouterr()
    assert main(["publish", "--root", str(tmp_path), "--base-url", base_url]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--base-url" in err
    assert not (tmp_path / "site").exists()
