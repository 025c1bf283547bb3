"""Versions a reader saw as decimals (reader8's probe, `tests/data/probe8`, SOURCES.md there).

Read in the Spanish and German editions of real posts: "the 1,78 release" (Rust's Windows 7 post),
"Windows 7, 8, and 8,1", the Jekyll headline "Security Fixes for series 3,6, 3,7 and 3,8", "a
stable 1,0 release of libc". A version is a name's number, not a quantity (`placeables/names.py`):
a version noun names a dotted number, and numbers listed after a name's number share its reading.
Near misses stay values: a count before a version noun, a list item a noun follows.
"""

from __future__ import annotations

import csv
import html
import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, run_l10n
from test_placeables_names import real_sentence

from l10n.placeables.detect import find_placeables

BENCH = DATA.parent.parent / "bench" / "data" / "wikinews"
WINDOWS = "probe8/rust-Windows-7.md"
JEKYLL = "probe8/jekyll-2018-09-19-security-fixes-for-3-6-3-7-3-8.md"

VERSIONS = [
    # file, fragment locating the sentence, the text that stays as written
    (WINDOWS, "with the 1.78 release", "1.78"),
    (WINDOWS, "Windows 7, 8, and 8.1", "Windows 7, 8, and 8.1"),
    (JEKYLL, "Security Fixes for series", "series 3.6, 3.7 and 3.8"),
    ("probe8/rust-gsoc-2025-results.md", "toward a stable 1.0 release", "1.0"),
    ("probe8/rust-gsoc-2025-results.md", "toward the 1.0 release", "1.0"),
    ("blind/md/k8s-en-2024-04-22-userns-beta.md", "containerd 1.7 added", "Kubernetes 1.25 and 1.26"),
]


@pytest.mark.parametrize(("path", "fragment", "text"), VERSIONS, ids=[c[1] for c in VERSIONS])
def test_a_version_a_noun_names_or_a_list_continues_stays_text(path: str, fragment: str, text: str) -> None:
    title = re.search(r'^title: "(.*)"$', (DATA / path).read_text(encoding="utf-8"), re.MULTILINE)
    sentence = title[1] if title and fragment in title[1] else real_sentence(path, fragment)
    where = sentence.index(text)
    assert not any(where <= p.start < where + len(text) for p in find_placeables(sentence)), sentence


def test_a_span_of_versions_stays_text() -> None:
    """A Wikinews sentence of the chain benchmark's corpus (bench/data/wikinews, CC BY 2.5)."""
    rows = [row["text"] for path in sorted(BENCH.glob("*.csv")) for row in csv.DictReader(path.open(encoding="utf-8"))]
    (paragraph,) = [text for text in rows if "from version 0.3 to 0.4" in text]
    (sentence,) = [s for s in paragraph.split("\n") if "from version 0.3 to 0.4" in s]
    where = sentence.index("0.3 to 0.4")
    assert not any(where <= p.start < where + len("0.3 to 0.4") for p in find_placeables(sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("We shipped 3 releases in 2.5 years.", ["3", "2.5"]),  # a count of releases
        ("Windows 7, 200 people and 3.5 million dollars.", ["200", "3.5 million dollars"]),
        ("It rose 2.5 percent, and 3.5 million came.", ["2.5 percent", "3.5 million"]),
    ],
)
def test_near_misses_stay_values(sentence: str, values: list[str]) -> None:
    assert [p.original for p in find_placeables(sentence)] == values


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")
def test_the_spanish_editions_write_versions_as_the_posts_do(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for post in (WINDOWS, JEKYLL):
        shutil.copy(DATA / post, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["es"]\n', encoding="utf-8")
    run_l10n(tmp_path, "run", "-q")
    spanish = ""
    for page in (tmp_path / "site" / "es").glob("*.html"):
        if "<article" in (text := page.read_text(encoding="utf-8")):
            spanish += html.unescape(re.sub(r"<[^>]*>", "", text.split("<article", 1)[1]))
    assert "1.78" in spanish and "8.1" in spanish and "3.6, 3.7" in spanish
    assert not re.search(r"\b(?:1,78|8,1|3,6|3,7|3,8)\b", spanish), spanish
