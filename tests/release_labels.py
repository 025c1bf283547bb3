"""Scoring of the blind rounds of plain-text press releases (tests/data/blind4, blind5, blind6): a page
read by `ingest_file` against its hand labels, field by field (each round's SOURCES.md says how its
labels were made). Moved here from test_releases33_blind4.py so that every round scores the same way;
and the tests each round runs (`ReleaseRound`), one class a round's module subclasses."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from l10n.ingest import ingest_file

STORY_LETTERS = 40  # a paragraph of a sentence's length: the story's, not a line of the page's chrome


def letters(text: str) -> int:
    return sum(character.isalnum() for character in text)


def after_dateline(text: str, dateline: str | None) -> str:
    """`text` without the dateline it opens with ("SANTA ANA – A man …") and the dash after it."""
    if dateline and text.startswith(dateline):
        text = text[len(dateline) :]
    return text.lstrip("–—-, ")


def score(folder: Path, labels: dict[str, Any], name: str) -> dict[str, bool]:
    """Whether each labelled field of `folder`/txt/`name` is read as `labels[name]` says."""
    label = labels[name]
    document = ingest_file(folder / "txt" / name)
    body = [block.text for block in document.blocks if block.role not in ("headline", "byline")]
    # the first paragraph of a sentence's length (or of the label's, for a short first paragraph);
    # a deck read as the story's summary is not its first paragraph (the labels' rule)
    least = min(STORY_LETTERS, letters(label["first"]))
    paragraphs = [block.text for block in document.blocks if block.role not in ("headline", "byline", "summary")]
    story = [text for text in paragraphs if letters(text) >= least]
    first = after_dateline(story[0], label["dateline"]) if story else ""
    last = after_dateline(body[-1], label["dateline"]) if body else ""
    return {
        "headline": document.headline in label["headline_any"],
        "byline": document.author == (label["byline"] or ""),
        "date": document.published is not None and document.published.date().isoformat() == label["date"],
        "first": first.startswith(label["first"]),
        "last": any(last.startswith(start) for start in label["last_any"]),
        "furniture": not any(line in text for line in label["not_body"] for text in body),
        "chrome": not set(label["chrome_above"]) & {text.strip() for text in body},
    }


def missed(scores: dict[str, dict[str, bool]], field: str) -> set[str]:
    """The files of `scores` (file name → `score`) whose `field` is not read as labelled."""
    return {name for name, fields in scores.items() if not fields[field]}


def datelines_lost(folder: Path, labels: dict[str, Any]) -> list[str]:
    """The files whose dateline's place opens no block: the edition prints the dateline, so its
    place must stay in the text."""
    lost = []
    for name, label in sorted(labels.items()):
        if label["dateline"] is None:
            continue
        place = re.split(r"[,(–-]", label["dateline"])[0].strip()
        if not any(block.text.startswith(place) for block in ingest_file(folder / "txt" / name).blocks):
            lost.append(name)
    return lost


FIELDS = ("headline", "byline", "date", "first", "last", "furniture", "chrome")  # what `score` scores
ROUND_FILES = 14  # each round's press releases


class ReleaseRound:
    """A blind round's tests: its folder's files are those its SOURCES.md and labels list, each field's
    misses are exactly its `KNOWN` entry (a mend that fixes a file fails until the file leaves the list, a
    new miss until it is read and listed with its reason), and every release keeps its dateline. A round's
    module subclasses it (`class TestBlind4(ReleaseRound)`) with its `FOLDER` and `KNOWN`."""

    FOLDER: Path
    KNOWN: dict[str, dict[str, str]]

    @classmethod
    def labels(cls) -> dict[str, Any]:
        return json.loads((cls.FOLDER / "labels.json").read_text(encoding="utf-8"))

    @classmethod
    def files(cls) -> list[Path]:
        return sorted((cls.FOLDER / "txt").glob("*.txt"))

    def test_the_corpus_is_what_sources_and_labels_list(self) -> None:
        sources = (self.FOLDER / "SOURCES.md").read_text(encoding="utf-8")
        files = self.files()
        assert len(files) == ROUND_FILES and {path.name for path in files} == set(self.labels())
        for path in files:
            assert f"`{path.name}`" in sources

    @pytest.fixture(scope="class")
    @classmethod
    def scores(cls) -> dict[str, dict[str, bool]]:
        labels = cls.labels()
        return {path.name: score(cls.FOLDER, labels, path.name) for path in cls.files()}

    @pytest.mark.parametrize("field", FIELDS)
    def test_each_fields_misses_are_the_known_ones(self, scores: dict[str, dict[str, bool]], field: str) -> None:
        assert set(self.KNOWN) == set(FIELDS)
        misses = missed(scores, field)
        assert misses == set(self.KNOWN[field]), f"{field}: {len(scores) - len(misses)}/{len(scores)} read as labelled"

    def test_the_releases_keep_their_dateline(self) -> None:
        """The dateline's place stays in the text: the edition prints it."""
        assert datelines_lost(self.FOLDER, self.labels()) == []
