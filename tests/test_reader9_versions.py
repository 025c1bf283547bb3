"""Versions after lower-case product names stay as written (reader9, known hole 1).

Rust's glibc post (`tests/data/probe8`) lists "RHEL 7 (glibc 2.17, kernel 3.10)": the German edition
read "glibc 2,17, kernel 3,10", a wrong name. The Kubernetes post (`tests/data/blind/md`) needs
"crun 1.9 or greater" and "containerd 2.0". A dotted number after a lower-case product's name is its
version (`l10n/placeables/names.py`); a decimal after a lower-case function word, verb or measure
noun stays a number, read in real sentences of the same corpora.
"""

from __future__ import annotations

import pytest
from test_placeables_names import real_sentence

from l10n.placeables.detect import find_placeables

GLIBC = "probe8/rust-Increasing-glibc-kernel-requirements.md"
K8S = "blind/md/k8s-en-2024-04-22-userns-beta.md"
GSOC = "probe8/rust-gsoc-2025-results.md"

VERSIONS = [
    # file, fragment locating the sentence, the versions that stay as written
    (GLIBC, "RHEL 7 (glibc 2.17, kernel 3.10)", ["2.17", "3.10"]),
    (GLIBC, "Ubuntu 12.04 (glibc 2.15, kernel 3.2)", ["2.15", "3.2"]),
    (GLIBC, "RHEL 7 with glibc 2.17 and", ["2.17", "3.10"]),
    (K8S, "you also need crun 1.9 or greater", ["1.9"]),
    (K8S, "targeted for containerd 2.0,", ["2.0"]),
    (K8S, "Another limitation of containerd 1.7", ["1.7"]),
    (GSOC, "can reach 1.0", ["1.0"]),
]


def _values(sentence: str) -> list[str]:
    return [p.original for p in find_placeables(sentence)]


@pytest.mark.parametrize(("path", "fragment", "versions"), VERSIONS, ids=[c[1] for c in VERSIONS])
def test_a_version_after_a_lower_case_product_stays_text(path: str, fragment: str, versions: list[str]) -> None:
    sentence = real_sentence(path, fragment)
    found = find_placeables(sentence)
    for version in versions:
        where = sentence.index(version)
        assert not any(p.start <= where < p.end for p in found), (version, sentence, found)


DECIMALS = [
    # real decimals after lower-case words: a measure noun, a function word, an adjective
    ("realworld/appleinsider-com-macbook.html", "clocked in at a 126.8", "126.8"),
    ("realworld/appleinsider-com-macbook.html", "over the previous 82.3", "82.3"),
    ("realworld/standard-co-uk-caribbean.html", "Curacao was on 66.7", "66.7"),
    ("realworld/slashgear-com-vizzion.html", "coefficient of drag down to 0.24", "0.24"),
]
SIGNIFICANCE = "Since p-value > 0.05 we fail to reject null at significance 0.05."
"""A sentence of `tests/data/blind/docx/poi-bug57031.docx` (Apache POI's test file), as ingest reads it."""


@pytest.mark.parametrize(("path", "fragment", "value"), DECIMALS, ids=[c[1] for c in DECIMALS])
def test_a_decimal_after_a_lower_case_word_stays_a_number(path: str, fragment: str, value: str) -> None:
    assert value in _values(real_sentence(path, fragment))


def test_a_decimal_after_a_measure_noun_stays_a_number() -> None:
    assert _values(SIGNIFICANCE) == ["0.05", "0.05"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Stocks rose 2.17 points.", "2.17"),
        ("The Dow rose 2.17, or 0.1%, to 3,456.78.", "2.17"),
        ("The index gained 2.17, its best day.", "2.17"),
        ("It was a 3.5 magnitude quake.", "3.5"),
        ("The vulnerability score 8.6 (HIGH) was given.", "8.6"),
    ],
)
def test_near_misses_stay_decimals(sentence: str, value: str) -> None:
    assert value in _values(sentence)
