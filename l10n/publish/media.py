"""Figure images on the site: where a relative `src` lives under `site/` and which file goes there.

A relative `src` in the source article is relative to the article's file (RFC 3986 §5, as a
browser viewing the source would resolve it). Publishing copies that file to
`site/media/<slug>/<path>` — one folder per article, so two articles' `img/1.jpg` never collide —
and every edition points there (`../media/<slug>/…` from `site/<locale>/`). A relative image
the source folder does not have is looked for at the same path under the site root, where an
editor may have placed it. Absolute http(s) URLs are left as they are. Paths that would leave
the article's folder (`..`, a symlink) are never read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from l10n.assemble.figures import FigureImage, relative_image_path

if TYPE_CHECKING:
    from l10n.assemble.article import LocalizedArticle

MEDIA_FOLDER = "media"


@dataclass(frozen=True)
class MediaFile:
    """A figure image in the site: `site_path` (relative to the site root) and the file to copy."""

    site_path: str
    source: Path | None = None  # None: expected to be in the site already


def figure_media(figures: Mapping[int, FigureImage], *, domain: str, source_dir: Path | None) -> dict[int, MediaFile]:
    """Figure number → its site file, for every figure whose image is a relative path."""
    media: dict[int, MediaFile] = {}
    for number, image in figures.items():
        path = relative_image_path(image.src)
        if path is None:
            continue
        source = _source_file(source_dir, path) if source_dir is not None else None
        site_path = f"{MEDIA_FOLDER}/{domain}/{path}" if source is not None else path
        media[number] = MediaFile(site_path=site_path, source=source)
    return media


def with_site_image_paths(article: LocalizedArticle, media: Mapping[int, MediaFile], *, depth: int) -> LocalizedArticle:
    """A copy of a `LocalizedArticle` whose relative figure images point into the site.

    >>> @dataclasses.dataclass
    ... class Article:
    ...     figures: dict
    >>> moved = with_site_image_paths(Article({1: FigureImage("img/a b.png", "A")}),
    ...                               {1: MediaFile("media/x/img/a b.png")}, depth=1)
    >>> moved.figures[1].src
    '../media/x/img/a%20b.png'
    """
    figures = {
        number: dataclasses.replace(image, src="../" * depth + quote(media[number].site_path))
        if number in media
        else image
        for number, image in article.figures.items()
    }
    return dataclasses.replace(article, figures=figures)


def _source_file(source_dir: Path, path: str) -> Path | None:
    """The image file under `source_dir`, unless it is missing, resolves outside that folder,
    or does not start like the raster image its name promises (a page or script renamed
    `.png` is not copied into the site)."""
    folder = source_dir.resolve()
    candidate = (source_dir / path).resolve()
    if candidate.is_relative_to(folder) and candidate.is_file() and _is_raster_image(candidate):
        return candidate
    return None


def _is_raster_image(path: Path) -> bool:
    """The file's first bytes are a PNG, JPEG, GIF, WebP or AVIF signature (each format's spec)."""
    with path.open("rb") as file:
        head = file.read(16)
    return (
        head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a"))
        or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        or (head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"))
    )
