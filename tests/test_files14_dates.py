"""A Markdown post's day when its front matter has no `date` (files14): Zola's `path`
("2024/07/25/Rust-1.80.0": the Rust blog) and a Jekyll post's file name ("2014-05-06-….md").

Before, such a post had no publication day: no dateline in any edition, none in the site's
indexes. The posts are the Rust blog's and Jekyll's own (tests/data/blind, SOURCES.md); the
Jekyll post is given its name in Jekyll's `docs/_posts` (the corpus prefixes "jekyll-").
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA

from l10n.ingest import ingest_file

BLIND = DATA / "blind" / "md"


@pytest.mark.parametrize("path", sorted(BLIND.glob("rust-*.md")), ids=lambda path: path.name)
def test_a_zola_post_is_published_on_the_day_of_its_path(path: Path) -> None:
    written = re.search(r'^path = "(?:[\w-]+/)?(\d{4})/(\d\d)/(\d\d)/', path.read_text(encoding="utf-8"), re.M)
    assert written is not None
    document = ingest_file(path)
    assert document.published == dt.datetime(*(int(part) for part in written.groups()))


def test_a_jekyll_post_is_published_on_the_day_of_its_file_name(tmp_path: Path) -> None:
    post = tmp_path / "2014-05-06-jekyll-turns-2-0-0.md"
    shutil.copyfile(BLIND / "jekyll-2014-05-06-jekyll-turns-2-0-0.md", post)
    assert ingest_file(post).published == dt.datetime(2014, 5, 6)
    assert ingest_file(BLIND / "jekyll-2014-05-06-jekyll-turns-2-0-0.md").published is None  # not Jekyll's name


def test_a_stated_date_wins_over_the_file_name(tmp_path: Path) -> None:
    """Jekyll 4.0's post is dated the 20th in its front matter, its file named the 19th."""
    post = tmp_path / "2019-08-19-jekyll-4-0-0-released.md"
    shutil.copyfile(BLIND / "jekyll-2019-08-19-jekyll-4-0-0-released.md", post)
    published = ingest_file(post).published
    assert published is not None and published.date() == dt.date(2019, 8, 20) and published.hour == 10
