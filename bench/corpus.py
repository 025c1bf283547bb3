"""A news corpus for the benchmarks and the crash tests: N distinct articles recombined from real ones.

    .venv/bin/python bench/corpus.py OUT_DIR --count 1000 [--formats txt,html,md] [--seed 7]

Where the text comes from: every real article in the repository — the 295 Wikinews articles of
`bench/data/wikinews/` (CC BY 2.5; see SOURCES.md there; paragraphs as the CSV gives them), the
saved news pages of `tests/data/realworld/` outside the blind splits (BBC, CNN, DW, Reuters, …),
the seed article and the UTF-8 test articles, the last three read by our own `l10n.ingest.ingest_file`. Their body
paragraphs (≥ 12 words) form one pool, their headlines another. On 30 Nov 2026 that is 396
articles (294 Wikinews ones with two such paragraphs, 97 saved pages, the seed, 4 test articles)
and 5,049 distinct paragraphs.

How an article is made: the first articles are the real ones as written (their paragraphs of
≥ 12 words; the seed first, then the test articles, the saved pages, Wikinews); every further one
is a real headline, then 6–14 paragraphs — a run of consecutive paragraphs of one real article (so
most of it reads in order) and a few drawn from the pool of its language (so articles mix sources). Nothing is rewritten: every sentence is a real sentence, numbers and names
included, and the values and placeables are those journalists wrote. Articles are distinct (by
hash); `pool_stats` says how often a paragraph recurs, because a corpus with few paragraphs
flatters deduplication and caches — it is printed by the benchmarks that use it.

Each article keeps its language: the language its lead article is read in (`RealArticle.language`:
the page's stated one, as `extract` reads it; Wikinews English), its other paragraphs and its
headline drawn from articles of that language only, so no article is in two languages, and
the language is stated as the format states it: `<html lang>`, `lang:` front matter (only where
it is not English: an English article is written as before). Plain text states none and is read
as the project's `source_locale`. A source whose letters contradict the language it is read in
(`ingest.scripts.refuse_wrong_script`: `extract` would refuse it) is left out.

Formats: `.txt` (headline, blank line, paragraphs separated by blank lines), `.md` (`# headline`),
`.html` (`<h1>` and `<p>` inside `<article>`, text escaped). Deterministic: the same arguments
write the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import html
import json
import random
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
ARTICLES = REPO / "tests" / "data" / "articles"
REALWORLD = REPO / "tests" / "data" / "realworld"
WIKINEWS = REPO / "bench" / "data" / "wikinews"
MIN_WORDS = 12


class RealArticle(NamedTuple):
    source: str  # file name, for `pool_stats`
    headline: str
    paragraphs: tuple[str, ...]
    language: str = "en"  # as ingest reads it (`Document.source_locale`: "es", "zh_Hant")


_SPLITS = tomllib.loads((REALWORLD / "splits.toml").read_text(encoding="utf-8"))
BLIND_SPLITS = frozenset(_SPLITS["splits"]) - frozenset(_SPLITS["seen_before_blind"])
"""Every split after the first four (`tests/data/realworld/splits.toml`, the one list)."""


def source_files() -> list[Path]:
    """Every real article: saved pages, the seed, the UTF-8 test articles (others test decoding).

    The pages of the holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10 and holdout11 splits are left out: no extraction may run on
    a blind split before it is measured (tests/data/realworld/SOURCES.md), and without them the
    corpus, so every benchmark's figures, stays what it was with the pages of the first four
    splits."""
    blind = {
        label.with_suffix(".html")
        for label in REALWORLD.glob("*.json")
        if json.loads(label.read_text(encoding="utf-8")).get("split") in BLIND_SPLITS
    }
    pages = sorted(page for page in REALWORLD.glob("*.html") if page.with_suffix(".json").is_file())  # aeb19: labelled
    candidates = sorted((REPO / "seeds").glob("*.txt")) + sorted(ARTICLES.iterdir()) + pages
    chosen = []
    for path in candidates:
        if path in blind:
            continue
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        chosen.append(path)
    return chosen


def wikinews_articles() -> list[RealArticle]:
    """The Wikinews CSVs' articles: title, and the text's blank-line-separated paragraphs."""
    csv.field_size_limit(16 * 1024 * 1024)
    found = []
    for path in sorted(WIKINEWS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                paragraphs = (" ".join(chunk.split()) for chunk in row["text"].split("\n\n"))
                kept = tuple(dict.fromkeys(p for p in paragraphs if len(p.split()) >= MIN_WORDS))
                if len(kept) >= 2 and row["title"].strip():
                    found.append(RealArticle(row["url"], " ".join(row["title"].split()), kept))
    return found


@functools.cache
def real_articles() -> tuple[RealArticle, ...]:
    """Headline and body paragraphs of every real article (saved pages and test articles: those
    our ingest reads without error)."""
    from l10n.errors import L10nError
    from l10n.ingest import ingest_file
    from l10n.ingest.scripts import refuse_wrong_script

    found = []
    for path in source_files():
        try:
            document = ingest_file(path)
            refuse_wrong_script(document, "en")  # a language `extract` would refuse is no language to keep
        except L10nError:
            continue
        paragraphs = tuple(
            dict.fromkeys(
                block.text
                for block in document.blocks
                if block.role in ("lead", "paragraph") and len(block.text.split()) >= MIN_WORDS
            )
        )
        if len(paragraphs) >= 2 and document.headline:
            found.append(RealArticle(path.name, document.headline.strip(), paragraphs, document.source_locale))
    return (*found, *wikinews_articles())


def compose(
    rng: random.Random, articles: Sequence[RealArticle], languages: Mapping[str, Sequence[RealArticle]]
) -> tuple[RealArticle, list[str]]:
    """One article: a real headline, a run of one real article's paragraphs, a few from the pool
    of the lead article's language (`languages`: `by_language` of `articles`, each with its
    paragraphs' pool). Returns the article whose headline it has (of the lead's language) and the
    paragraphs."""
    lead = rng.choice(articles)
    same = languages[lead.language]
    pool = _pool(tuple(same))
    length = min(rng.randint(6, 14), len(set(pool)))  # a language of few articles has few paragraphs
    run = min(len(lead.paragraphs), rng.randint(3, max(3, length)))
    start = rng.randint(0, len(lead.paragraphs) - run)
    paragraphs = list(lead.paragraphs[start : start + run])
    while len(paragraphs) < length:
        paragraph = rng.choice(pool)
        if paragraph not in paragraphs:
            paragraphs.insert(rng.randint(1, len(paragraphs)), paragraph)
    return rng.choice(same) if rng.random() < 0.5 else lead, paragraphs


@functools.cache
def _pool(articles: tuple[RealArticle, ...]) -> list[str]:
    """The paragraphs of `articles`, in order (one that two articles share, twice: as likely as they make it)."""
    return [p for article in articles for p in article.paragraphs]


def by_language(articles: Sequence[RealArticle]) -> dict[str, list[RealArticle]]:
    """`articles` by `RealArticle.language`, in their order."""
    found: dict[str, list[RealArticle]] = {}
    for article in articles:
        found.setdefault(article.language, []).append(article)
    return found


def render(headline: str, paragraphs: Sequence[str], *, suffix: str, language: str = "en") -> str:
    """The article in the format of `suffix`, stating `language` where the format can."""
    if suffix == ".md":
        matter = f"---\nlang: {language}\n---\n\n" if language != "en" else ""
        return f"{matter}# {headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    if suffix == ".html":
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        title = html.escape(headline)
        tag = language.replace("_", "-")
        return (
            f'<!DOCTYPE html>\n<html lang="{tag}"><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f"<body><article><h1>{title}</h1>\n{body}\n</article></body></html>\n"
        )
    return f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_corpus(folder: Path, count: int, *, seed: int = 7, formats: Sequence[str] = ("txt",)) -> list[Path]:
    """Write `count` distinct articles into `folder` (`NNNNN_<headline hash>.<ext>`): the real ones
    as written, then recombinations."""
    articles = real_articles()
    if not articles:
        raise SystemExit("no real articles could be read")
    languages = by_language(articles)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    written = []
    for index in range(count):
        suffix = "." + formats[index % len(formats)]
        if index < len(articles):  # each real article once as written (its long paragraphs), first
            lead, paragraphs = articles[index], list(articles[index].paragraphs)
        else:
            lead, paragraphs = compose(rng, articles, languages)
        while True:
            digest = hashlib.sha1("\n".join([lead.headline, *paragraphs]).encode("utf-8")).hexdigest()
            if digest not in seen:
                break
            lead, paragraphs = compose(rng, articles, languages)
        headline = lead.headline
        seen.add(digest)
        stem = hashlib.sha1(headline.encode("utf-8")).hexdigest()[:8]
        path = folder / f"{index:05d}_{stem}{suffix}"
        path.write_text(render(headline, paragraphs, suffix=suffix, language=lead.language), encoding="utf-8")
        written.append(path)
    return written


def pool_stats(folder: Path) -> str:
    """One line on what a corpus is made of: sources, distinct paragraphs, how often one recurs."""
    articles = real_articles()
    pool = {p for article in articles for p in article.paragraphs}
    paths = list(folder.iterdir())
    used = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            chunks = [html.unescape(chunk) for chunk in re.findall(r"<p>(.*?)</p>", text)]
        else:
            chunks = text.split("\n\n")
        used += sum(1 for chunk in chunks if chunk.strip() in pool)
    return (
        f"{len(paths)} articles: {min(len(paths), len(articles))} of {len(articles)} real ones as written, the rest recombined "
        f"({len(pool)} distinct paragraphs; each used {used / max(1, len(pool)):.1f}× on average)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default="txt", help="comma-separated: txt,html,md")
    args = parser.parse_args(argv)
    paths = generate_corpus(args.folder, args.count, seed=args.seed, formats=args.formats.split(","))
    print(f"wrote {len(paths)} articles to {args.folder}: {pool_stats(args.folder)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
