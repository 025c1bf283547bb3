"""Scoring of the blind rounds of plain-text press releases (tests/data/blind4, blind5): a page read
by `ingest_file` against its hand labels, field by field (each round's SOURCES.md says how its labels
were made). Moved here from test_releases33_blind4.py so that every round scores the same way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

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
