"""Wrong values a reader saw in real posts (reader7's probe, Apertium es): a version after a product
name at a sentence's start, a CVE id read as a range, a clock time written "6.24pm".

Sentences are read from the blind Markdown posts (`tests/data/blind/md`, SOURCES.md there) and a
labelled page (`tests/data/realworld`), so each case is copy nobody here wrote; the near misses
that must stay values come from the Wikinews corpus (`tests/data/values`) where it has them.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from pathlib import Path

import pytest

from l10n.model import NumberRange, TimeOfDay
from l10n.placeables.detect import find_placeables
from l10n.sentences import sentence_spans

DATA = Path(__file__).resolve().parent / "data"


def real_sentence(path: str, fragment: str) -> str:
    """The sentence of a stored post or page that contains `fragment`, markup and links removed."""
    text = (DATA / path).read_text(encoding="utf-8")
    if path.endswith(".html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)  # Markdown reference links keep their text
    for paragraph in text.split("\n\n"):
        paragraph = " ".join(paragraph.split())
        for start, end in sentence_spans(paragraph):
            if fragment in paragraph[start:end]:
                return paragraph[start:end]
    raise AssertionError(f"{fragment!r} is not in {path}")


JEKYLL = "blind/md/jekyll-2019-08-19-jekyll-4-0-0-released.md"
K8S = "blind/md/k8s-en-2024-04-22-userns-beta.md"

NAMES = [
    # file, fragment locating the sentence, the name whose number stays as written
    (JEKYLL, "Jekyll 4.0 caches", "Jekyll 4.0"),
    (JEKYLL, "Rouge 3.0 or greater", "Rouge 3.0"),
    (K8S, "Kubernetes 1.28 lifted", "Kubernetes 1.28"),
    (K8S, "Kubernetes 1.28 lifted", "Kubernetes 1.30"),
    (K8S, "exploits CVE 2024-21626", "CVE 2024-21626"),
    (K8S, "CVE-2024-21626", "CVE-2024-21626"),
    ("blind/md/rust-Rust-1.80.0.md", "In 1.79, `rustc`", "In 1.79"),
]


@pytest.mark.parametrize(("path", "fragment", "name"), NAMES, ids=[c[2] for c in NAMES])
def test_a_number_in_a_name_stays_text(path: str, fragment: str, name: str) -> None:
    sentence = real_sentence(path, fragment)
    where = sentence.index(name)
    assert not any(where <= p.start < where + len(name) for p in find_placeables(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    ["Python 3.12 was released today.", "Kubernetes 1.30: Beta Support For Pods With User Namespaces"],
)
def test_a_version_opening_a_sentence_or_title_stays_text(sentence: str) -> None:
    assert find_placeables(sentence) == []


def test_a_model_number_with_a_hyphen_is_not_a_range() -> None:
    assert find_placeables("Airlines grounded the Boeing 737-800 fleet.") == []


STAY_VALUES = [
    ("Magnitude 6.3 according to Phivolcs.", "6.3", Decimal("6.3")),
    ("Shallow 6.1 magnitude earthquake off Japan.", "6.1", Decimal("6.1")),
    ("Over 200 came to the square.", "200", Decimal(200)),
    ("Copyright 2011-2016 the authors.", "2011-2016", NumberRange(Decimal(2011), Decimal(2016), is_years=True)),
    ("The NBA 2019-20 season ended.", "2019-20", NumberRange(Decimal(2019), Decimal(2020), is_years=True)),
    ("Tickets for the 2024-2025 season.", "2024-2025", NumberRange(Decimal(2024), Decimal(2025), is_years=True)),
    ("Between 10-15 people came.", "10-15", NumberRange(Decimal(10), Decimal(15))),
    ("OCTOBER 24-28, 2022", "24-28", NumberRange(Decimal(24), Decimal(28))),
]


@pytest.mark.parametrize(("sentence", "original", "value"), STAY_VALUES, ids=[c[1] for c in STAY_VALUES])
def test_near_misses_stay_values(sentence: str, original: str, value: object) -> None:
    assert {p.original: p.value for p in find_placeables(sentence)}[original] == value


def test_a_clock_time_written_with_a_dot_and_pm_is_a_time() -> None:
    sentence = real_sentence("realworld/cricket-com-au-mcg.html", "at 6.24pm this evening")
    times = [(p.original, p.value) for p in find_placeables(sentence) if p.kind == "time"]
    assert times == [("6.24pm", TimeOfDay(dt.time(18, 24)))]
    assert [p.value for p in find_placeables("The ferry left at 8.10 a.m. today.")] == [TimeOfDay(dt.time(8, 10))]


@pytest.mark.parametrize("sentence", ["Shares rose 6.24 percent.", "The index closed at 6.24 points."])
def test_a_dotted_number_without_am_or_pm_stays_a_number(sentence: str) -> None:
    assert not any(p.kind == "time" for p in find_placeables(sentence))
