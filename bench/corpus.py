"""A synthetic news corpus for the scale benchmark and the crash tests: N varied copies of real articles.

    .venv/bin/python bench/corpus.py OUT_DIR --count 1000 [--formats txt,html,md] [--seed 7]

Why varied copies: a corpus of identical files measures the MT cache and the OS page cache, not
the pipeline. Each copy of a source article (the seed and the UTF-8 test articles) gets other
place names, other numbers (same digit count, so money/percent/quantity detection still fires),
its paragraphs' sentences shuffled, and some sentences and paragraphs dropped; header and footer
lines of the seed layout stay put, so every copy still parses as the same kind of article.
Deterministic: the same arguments write the same bytes. Copies are distinct (checked by hash).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "data" / "articles"

PLACES = (
    "Baoshan", "Minhang", "Pudong", "Jiading", "Songjiang", "Qingpu", "Fengxian", "Luodian",
    "Jinshan", "Chongming", "Hongkou", "Putuo", "Xuhui", "Changning", "Yangpu", "Zhabei",
)  # fmt: skip
_PLACE = re.compile(r"\b(" + "|".join(PLACES) + r")\b")
# A number not glued to a date, time, offset or range ("2020-11-28", "18:59", "UTC+8", "1279-1368").
_NUMBER = re.compile(r"(?<![\d:/+\-.,])\d{1,3}(?:,\d{3})+(?![\d:/\-]|[.,]\d)|(?<![\d:/+\-.,])\d+(?![\d:/\-]|[.,]\d)")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
SEED_LAYOUT_HEAD_LINES = 6  # date/section, headline, byline, timestamp (non-blank lines)


def source_articles(formats: Sequence[str] = ("txt",)) -> list[Path]:
    """The seed article(s) and the test articles of `formats` that are UTF-8 (the others test decoding)."""
    candidates = sorted((REPO / "seeds").glob("*.txt")) + sorted(ARTICLES.iterdir())
    chosen = []
    for path in candidates:
        if path.suffix.lstrip(".") not in formats:
            continue
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        chosen.append(path)
    return chosen


def vary_number(match: re.Match[str], rng: random.Random) -> str:
    """Another number with the same digit count and grouping; years (19xx/20xx) stay years."""
    text = match.group(0)
    digits = text.replace(",", "")
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return f"{rng.randint(1990, 2030)}"
    low = 10 ** (len(digits) - 1) if len(digits) > 1 else 1
    value = rng.randint(low, 10 ** len(digits) - 1)
    return f"{value:,}" if "," in text else str(value)


def vary_text(text: str, rng: random.Random) -> str:
    """Place names and numbers swapped (markup-agnostic: works on txt, HTML and Markdown alike)."""
    text = _PLACE.sub(lambda m: rng.choice(PLACES), text)
    return _NUMBER.sub(lambda m: vary_number(m, rng), text)


def vary_paragraph(line: str, rng: random.Random) -> str:
    """Shuffle a paragraph's sentences and drop one now and then (never all of them)."""
    sentences = _SENTENCE_END.split(line)
    if len(sentences) > 1:
        rng.shuffle(sentences)
        if rng.random() < 0.3:
            sentences.pop()
    return " ".join(sentences)


def vary_plain_text(text: str, rng: random.Random) -> str:
    """Seed-layout or plain text: keep the head and the last line, vary and thin the body paragraphs."""
    lines = text.split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    keep_head = set(content[:SEED_LAYOUT_HEAD_LINES]) | set(content[-1:])
    out = []
    for i, line in enumerate(lines):
        is_paragraph = i not in keep_head and len(line.split()) >= 12
        if is_paragraph and rng.random() < 0.15:
            continue  # and its blank separator stays, harmless
        out.append(vary_paragraph(line, rng) if is_paragraph else line)
    return vary_text("\n".join(out), rng)


def generate_corpus(
    folder: Path, count: int, *, seed: int = 7, formats: Sequence[str] = ("txt",)
) -> list[Path]:
    """Write `count` distinct varied articles into `folder` (`NNNNN_<source stem>.<ext>`)."""
    sources = source_articles(formats)
    if not sources:
        raise SystemExit(f"no source articles of formats {formats}")
    texts = {path: path.read_text(encoding="utf-8") for path in sources}
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    written = []
    for index in range(count):
        source = sources[index % len(sources)]
        for _attempt in range(20):
            text = texts[source]
            text = vary_plain_text(text, rng) if source.suffix == ".txt" else vary_text(text, rng)
            digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        path = folder / f"{index:05d}_{source.stem[:24]}{source.suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default="txt", help="comma-separated: txt,html,md")
    args = parser.parse_args(argv)
    paths = generate_corpus(args.folder, args.count, seed=args.seed, formats=args.formats.split(","))
    print(f"wrote {len(paths)} articles to {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
