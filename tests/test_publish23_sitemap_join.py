"""The sitemap's absolute URLs: `base + path` where that is what `urljoin` gives, `urljoin`
otherwise (session 23; a guard: main calls `urljoin` for each of ~11,000 page paths).

Every base and path below, plain or not (dot segments, a query or fragment in the base, a
scheme-like or rooted path, non-ASCII), joins as `urljoin` joins it, and a sitemap made with
a base of each kind lists exactly `urljoin`'s URLs.
"""

from __future__ import annotations

import itertools
from urllib.parse import urljoin

from l10n.publish.sitemap import _joiner, build_sitemap

BASES = [
    *("http://127.0.0.1:8000/", "https://news.example/l10n/", "https://x/a/../", "https://x/./b/"),
    *("https://x/?q=1/", "https://x/#f/", "https://x//", "//host/", "https://x/a b/", "https://x/%41/"),
    *("file:///srv/site/", "https://x:80/"),
]
PATHS = [
    *("de/a.html", "zh_CN/article-00001.html", "../a", "./a", "a/./b", "a/../b", "/a", "//a", "a//b"),
    *("?q", "#f", "a:b", "en/a.b.html", ".hidden/x", "a/..", "a/.", "é/x", "a b", "~x/y", "-x", "x/"),
]


def test_each_path_joins_as_urljoin_joins_it() -> None:
    for base, path in itertools.product(BASES, PATHS):
        assert _joiner(base)(path) == urljoin(base, path), (base, path)


def test_a_sitemap_lists_urljoins_urls() -> None:
    group = {f"x{n}": path for n, path in enumerate(PATHS)}
    for base in BASES:
        xml = build_sitemap([group], base_url=base).decode()
        for path in PATHS:
            url = urljoin(base, path).replace("&", "&amp;")
            assert f"<loc>{url}</loc>" in xml, (base, path)
