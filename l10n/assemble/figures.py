"""Figure images: the `<img src alt>` a figure shows, read from what ingest kept and made safe.

Ingest stores a figure's image in `Document.extra` (`figure.N.src` / `figure.N.alt`, N =
`Block.figure`). Only two kinds of `src` reach a page: a relative-path reference (RFC 3986
§4.2, resolved against the source article's folder) and an absolute `http`/`https` URL.
Everything else — `javascript:`, `data:`, `file:`, protocol-relative `//host/x`, absolute
paths that depend on where the site is mounted, backslashes and control characters that
browsers "repair" in surprising ways (WHATWG URL Standard) — is dropped, keeping the figure
as caption and credit only.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from l10n.urls import safe_image_url

_UNSAFE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\\]")


@dataclass(frozen=True)
class FigureImage:
    """One figure's picture: `src` is a checked URL reference, `alt` its text alternative, in
    `alt_lang` (BCP 47; empty for the source's language: the alt text was not translated)."""

    src: str
    alt: str = ""
    alt_lang: str = ""

    @property
    def is_relative(self) -> bool:
        """True for a path relative to the article (copied along when the site is published)."""
        return relative_image_path(self.src) is not None


def safe_image_src(src: str) -> str | None:
    """`src` when it is a relative path or an http(s) URL with a host, else None (spaces encoded):
    the image rule of the one URL policy, `l10n.urls.safe_image_url`.

    >>> [safe_image_src(s) for s in ("img/a.png", "https://x.org/a.png", "javascript:alert(1)",
    ...                               "data:image/png;base64,AA", "//evil.org/a.png", "/abs.png", "a\\\\b.png")]
    ['img/a.png', 'https://x.org/a.png', None, None, None, None, None]
    """
    return safe_image_url(src)


def relative_image_path(src: str) -> str | None:
    """The file path a relative `src` names (percent-decoded, query/fragment cut), if it stays
    inside the article's folder; None for URLs and for paths that climb out with `..`.

    >>> relative_image_path("img/./a%20b.png?v=2"), relative_image_path("../secret.png")
    ('img/a b.png', None)
    >>> relative_image_path("%2Fetc/passwd"), relative_image_path("a/%2e%2e/%2e%2e/x.png")
    (None, None)
    >>> relative_image_path("https://x.org/a.png") is None
    True
    """
    if safe_image_src(src) is None or urlsplit(src).scheme:
        return None
    path = posixpath.normpath(unquote(urlsplit(src).path))
    if path.startswith(("../", "/")) or path in (".", "..") or _UNSAFE_CHARACTERS.search(path):
        return None
    return path


def figure_images(extra: Mapping[str, str]) -> dict[int, FigureImage]:
    """Figure number → image, for each figure whose `src` passes `safe_image_src`.

    >>> figure_images({"figure.1.src": "a.png", "figure.1.alt": "A park", "figure.2.src": "javascript:x"})
    {1: FigureImage(src='a.png', alt='A park', alt_lang='')}
    """
    images: dict[int, FigureImage] = {}
    for key, value in extra.items():
        number, _, attribute = key.removeprefix("figure.").partition(".")
        if not key.startswith("figure.") or attribute != "src" or not number.isdigit():
            continue
        src = safe_image_src(value)
        if src is not None:
            images[int(number)] = FigureImage(src=src, alt=extra.get(f"figure.{number}.alt", ""))
    return dict(sorted(images.items()))
