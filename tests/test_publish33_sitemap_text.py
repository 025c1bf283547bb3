"""A sitemap of plain tags and URLs is written as text (`sitemap._plain_sitemap`), without
lxml, to the bytes lxml's tree gives: checked against the per-`<url>` tree of
`test_publish18_sitemap` over generated groups — plain, hostile and mixed tags, paths and base
URLs — and a sitemap holding anything else still goes through lxml."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from test_publish18_sitemap import _groups, _per_url

from l10n.publish.sitemap import X_DEFAULT, _plain_sitemap, build_sitemap

PLAIN = "abcXYZ019._~:/?#[]@!$()*+,;=%-"
HOSTILE = "&<>\"' \t\nÄ中\u200f"
TAGS = st.one_of(st.sampled_from(["en", "de", "zh-Hans-CN", "pt-BR", X_DEFAULT]), st.text(PLAIN + HOSTILE, max_size=6))
PATHS = st.text(PLAIN + HOSTILE, min_size=1, max_size=12)
GROUPS = st.lists(st.dictionaries(TAGS, PATHS, max_size=5), max_size=4)
BASES = st.sampled_from(["http://127.0.0.1:8000/", "https://news.example.org/l10n", "https://a.example/?q=1&r=2"])


@settings(max_examples=300, deadline=None)
@given(groups=GROUPS, base_url=BASES)
def test_the_sitemap_is_lxmls_whichever_way_it_is_written(groups: list[dict[str, str]], base_url: str) -> None:
    try:
        expected = _per_url(groups, base_url=base_url)
    except ValueError:  # a tag or URL XML cannot hold (a control character): lxml refuses it
        return
    assert build_sitemap(groups, base_url=base_url) == expected


def test_plain_groups_are_written_as_text_and_others_through_lxml() -> None:
    plain = [{"en": "http://x.example/en/a.html", "de": "http://x.example/de/a.html", X_DEFAULT: "http://x.example/"}]
    assert _plain_sitemap(plain) is not None
    assert _plain_sitemap([{**plain[0], "de": "http://x.example/de/a&b.html"}]) is None
    assert _plain_sitemap([{X_DEFAULT: "http://x.example/"}]) is None  # no `<url>`: lxml's self-closed urlset
    assert _plain_sitemap([]) is None
    for base_url in ("http://127.0.0.1:8000/", "https://a.example/?q=1&r=2"):
        assert build_sitemap(_groups(), base_url=base_url) == _per_url(_groups(), base_url=base_url)


def test_a_plain_sitemap_imports_no_lxml() -> None:
    code = (
        "import sys; from l10n.publish.sitemap import build_sitemap; "
        "data = build_sitemap([{'en': 'en/a.html', 'x-default': 'en/a.html'}], base_url='https://x.example/'); "
        "print(data.count(b'<url>'), 'lxml.etree' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["1", "False"]
