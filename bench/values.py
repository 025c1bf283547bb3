"""Precision and recall of value detection on a labelled corpus of real news, plus rendering checks.

    .venv/bin/python bench/values.py [--half A|B|all] [--misses] [--locales zh_CN,ja,de,ar,ru]

The corpus is `tests/data/values/`: one `<id>.json` per article (Wikinews, CC BY 2.5; see
SOURCES.md there: parts A and B for writing rules on one and measuring the other, part C held
out until the rules were done) with its paragraphs, and one `<id>.labels.jsonl` beside it with every value
mention: paragraph index, character span, the text, the kind and the value in the machine form
translators read in the `#.` comment (`l10n.placeables.describe.describe_value`). Text that stays
text (years, names, scores, decades) is not labelled: detecting it is a false alarm.

A detection counts as right only with the same span, kind and value; one with the right span and a
wrong kind or value is listed as `wrong` and counts as a miss and a false alarm both. Sentence
splits are checked too: a cut inside a labelled value, or a segment that ends after an
abbreviation (`l10n.sentences.MIDSENTENCE_ABBREVIATIONS`, US states) followed by a lower-case
word, is a wrong split.

Rendering: every detected value goes through `l10n.placeables.render.render_placeable` for each
locale; it must not raise, and the rendered text must give back the value (`round_trip`).

Not a timed benchmark: it measures quality, so no load average is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from l10n.locales import TargetLocale  # noqa: E402
from l10n.model import DateRange, Money, MonthYear, NumberRange, Placeable, Quantity, TimeOfDay, Weekday, YearlessDate  # noqa: E402
from l10n.placeables.describe import describe_value  # noqa: E402
from l10n.placeables.variety import english_variety  # noqa: E402
from l10n.segment import segment_text  # noqa: E402

CORPUS = REPO / "tests" / "data" / "values"
RENDER_LOCALES = ("zh_CN", "ja", "de", "ar", "ru")
STRICT_KINDS = ("money", "date", "quantity", "range")
"""Kinds whose wrong values the issue tolerates none of (money, dates, units)."""


@dataclass(frozen=True)
class Mention:
    """One value in one paragraph: `start`/`end` index the paragraph text."""

    article: str
    paragraph: int
    start: int
    end: int
    text: str
    kind: str
    value: str

    @property
    def span(self) -> tuple[str, int, int, int]:
        return (self.article, self.paragraph, self.start, self.end)

    def where(self) -> str:
        return f"{self.article} ¶{self.paragraph} [{self.start}:{self.end}] {self.text!r} {self.kind} = {self.value}"


@dataclass
class Article:
    id: str
    meta: dict
    labels: list[Mention]

    @property
    def paragraphs(self) -> list[str]:
        return self.meta["paragraphs"]

    @property
    def reference_date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.meta["date"]) if self.meta["date"] else None

    @property
    def variety(self) -> str | None:
        return english_variety(" ".join(self.paragraphs))


def load_corpus(folder: Path = CORPUS, *, half: str = "all") -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        if half != "all" and meta["half"] != half:
            continue
        labels_path = path.with_suffix(".labels.jsonl")
        labels = []
        if labels_path.is_file():
            for number, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                mention = Mention(
                    meta["id"], row["p"], row["start"], row["end"], row["text"], row["kind"], row["value"]
                )
                text = meta["paragraphs"][mention.paragraph][mention.start : mention.end]
                if text != mention.text:
                    raise SystemExit(f"{labels_path}:{number}: span gives {text!r}, label says {mention.text!r}")
                labels.append(mention)
        articles.append(Article(meta["id"], meta, labels))
    return articles


def detect(article: Article) -> Iterator[tuple[Mention, Placeable, tuple[int, int]]]:
    """Every detected value of the article, with its placeable and its sentence's span."""
    for index, paragraph in enumerate(article.paragraphs):
        for segment in segment_text(paragraph, reference_date=article.reference_date, english_variety=article.variety):
            for placeable in segment.placeables:
                if placeable.kind == "tag":
                    continue
                start, end = segment.start + placeable.start, segment.start + placeable.end
                mention = Mention(
                    article.id, index, start, end, placeable.original, placeable.kind, describe_value(placeable)
                )
                yield mention, placeable, (segment.start, segment.end)


@dataclass
class Score:
    right: list[Mention]
    missed: list[Mention]
    false_alarms: list[Mention]
    wrong: list[tuple[Mention, Mention]]  # (label, detection) with the same span

    def by_kind(self) -> dict[str, tuple[int, int, int]]:
        """kind → (right, labelled, detected)."""
        right = Counter(m.kind for m in self.right)
        labelled = Counter(m.kind for m in self.right + self.missed) + Counter(g.kind for g, _ in self.wrong)
        detected = Counter(m.kind for m in self.right + self.false_alarms) + Counter(d.kind for _, d in self.wrong)
        return {kind: (right[kind], labelled[kind], detected[kind]) for kind in sorted(labelled | detected)}


def score(labels: Sequence[Mention], found: Sequence[Mention]) -> Score:
    gold = {m.span: m for m in labels}
    seen = {m.span: m for m in found}
    right, wrong = [], []
    for span, label in gold.items():
        detected = seen.get(span)
        if detected is not None and (detected.kind, detected.value) == (label.kind, label.value):
            right.append(label)
        elif detected is not None:
            wrong.append((label, detected))
    missed = [m for span, m in gold.items() if span not in seen]
    false_alarms = [m for span, m in seen.items() if span not in gold]
    return Score(right, missed, false_alarms, wrong)


_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Mt|Ft|No|vs)\.|\b[A-Z][a-z]{1,3}\.)$"
)


def wrong_splits(article: Article) -> list[str]:
    """Sentence cuts inside a labelled value, or after an abbreviation before a lower-case word."""
    problems = []
    inside = {(m.paragraph, position) for m in article.labels for position in range(m.start + 1, m.end)}
    for index, paragraph in enumerate(article.paragraphs):
        segments = segment_text(paragraph, reference_date=article.reference_date)
        for before, after in zip(segments, segments[1:]):
            if (index, after.start) in inside:
                problems.append(f"{article.id} ¶{index}: cut inside a value before {after.source[:30]!r}")
            elif _ABBREVIATION_END.search(before.source) and after.source[:1].islower():
                problems.append(
                    f"{article.id} ¶{index}: cut after {before.source[-20:]!r} before {after.source[:20]!r}"
                )
            elif re.search(r"[?!][’'\"”]?$", before.source) and re.match(r"[’'\"”]?[:,;a-z]", after.source):
                problems.append(f"{article.id} ¶{index}: cut after a quoted question before {after.source[:20]!r}")
            elif before.source.endswith(":"):
                problems.append(f"{article.id} ¶{index}: cut after a colon before {after.source[:20]!r}")
            elif re.search(r"[A-Z][\w.'’-]*, (?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)$", before.source) and (
                after.source[:1].islower() or re.match(r"\(|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", after.source)
            ):
                problems.append(f"{article.id} ¶{index}: cut after a US state before {after.source[:20]!r}")
    return problems


def _numbers_in(text: str, locale: TargetLocale) -> list[Decimal]:
    """The numbers a rendered value shows, with its locale's symbols and CLDR compact scales."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    decimal_sign, group = get_decimal_symbol(locale.babel), get_group_symbol(locale.babel)
    scales = _compact_scales(locale)
    numbers = []
    pattern = re.compile(r"\d[\d" + re.escape(group) + r"\u00a0\u202f]*(?:" + re.escape(decimal_sign) + r"\d+)?")
    for match in pattern.finditer(text):
        digits = match.group(0).rstrip(group + "\u00a0\u202f")
        value = Decimal(
            digits.replace(group, "").replace("\u00a0", "").replace("\u202f", "").replace(decimal_sign, ".")
        )
        rest = text[match.start() + len(digits) :].lstrip("\u00a0\u202f ")
        for suffix, multiplier in scales:
            if suffix and rest.startswith(suffix):
                value *= multiplier
                break
        numbers.append(value.normalize())
    return numbers


def _compact_scales(locale: TargetLocale) -> list[tuple[str, Decimal]]:
    """(suffix, multiplier) from the locale's CLDR compact currency and decimal patterns."""
    found: dict[str, Decimal] = {}
    for formats in (locale.babel.compact_currency_formats, locale.babel.compact_decimal_formats):
        for _plural, forms in formats.get("short", {}).items():
            for magnitude, pattern in forms.items():
                text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
                zeros = text.count("0")
                suffix = re.sub(r"[0#.,¤\s\u00a0\u202f']", "", text).strip()
                if zeros and suffix:
                    found.setdefault(suffix, Decimal(magnitude) / Decimal(10) ** (zeros - 1))
    return sorted(found.items(), key=lambda item: -len(item[0]))


def _expected_numbers(value: object) -> list[Decimal] | None:
    if isinstance(value, Money):
        return [value.amount.normalize()]
    if isinstance(value, Quantity):
        return [value.value.normalize()]
    if isinstance(value, NumberRange):
        return [value.start.normalize(), value.end.normalize()]
    if isinstance(value, Decimal):
        return [value.normalize()]
    if isinstance(value, int):
        return [Decimal(value)]
    return None


def round_trip(placeable: Placeable, rendered: str, locale: TargetLocale) -> str | None:
    """None when `rendered` gives back the placeable's value, else what differs.

    Numbers are read back with the locale's CLDR symbols and compact scales; dates, months and
    times are compared field by field with what Babel writes for that locale (year, month name,
    day, hour and minute digits)."""
    value = placeable.value
    expected = _expected_numbers(value)
    if expected is not None:
        got = _numbers_in(rendered, locale)
        return (
            None
            if sorted(got) == sorted(expected)
            else f"numbers {[str(n) for n in got]} ≠ {[str(n) for n in expected]}"
        )
    fields: list[str] = []
    if isinstance(value, dt.date):
        fields = [str(value.year), str(value.day), _month_name(value, locale)]
    elif isinstance(value, YearlessDate):
        fields = [str(value.date.day)]
    elif isinstance(value, DateRange):
        fields = [str(value.start.day), str(value.end.day)] + ([str(value.end.year)] if value.has_year else [])
    elif isinstance(value, MonthYear):
        fields = [str(value.year), _month_name(dt.date(value.year, value.month, 1), locale, standalone=True)]
    elif isinstance(value, TimeOfDay):
        fields = [f"{value.time.minute:02d}"]
    elif isinstance(value, Weekday):
        return None if rendered.strip() else "empty"
    missing = [f for f in fields if f not in rendered]
    return f"missing {missing}" if missing else None


def _month_name(date: dt.date, locale: TargetLocale, *, standalone: bool = False) -> str:
    """The month as the locale writes it in a date (CJK "11月", Russian genitive "ноября"), or
    standing alone beside a year (`standalone`: "октябрь")."""
    from babel.dates import format_date

    if locale.language in ("zh", "ja", "ko"):
        return f"{date.month}月" if locale.language != "ko" else f"{date.month}월"
    return format_date(date, "LLLL" if standalone else "MMMM", locale=locale.babel)


def render_checks(pairs: Iterable[tuple[Mention, Placeable]], locales: Sequence[str]) -> tuple[int, list[str]]:
    from l10n.placeables.render import render_placeable

    checked, problems = 0, []
    for mention, placeable in pairs:
        for code in locales:
            locale = TargetLocale(code)
            checked += 1
            try:
                rendered = render_placeable(placeable, locale)
            except Exception as error:  # noqa: BLE001 - every failure is a finding here
                problems.append(f"{code}: {mention.where()}: {type(error).__name__}: {error}")
                continue
            difference = round_trip(placeable, rendered, locale)
            if difference:
                problems.append(f"{code}: {mention.where()} → {rendered!r}: {difference}")
    return checked, problems


def evaluate(articles: Sequence[Article]) -> tuple[Score, list[tuple[Mention, Placeable]], list[str]]:
    labels: list[Mention] = []
    found: list[Mention] = []
    pairs: list[tuple[Mention, Placeable]] = []
    splits: list[str] = []
    for article in articles:
        labels.extend(article.labels)
        for mention, placeable, _ in detect(article):
            found.append(mention)
            pairs.append((mention, placeable))
        splits.extend(wrong_splits(article))
    return score(labels, found), pairs, splits


def _ratio(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f} %" if whole else "     – "


def report(name: str, articles: Sequence[Article], *, locales: Sequence[str], show: bool) -> Score:
    result, pairs, splits = evaluate(articles)
    print(f"== {name}: {len(articles)} articles")
    print(f"{'kind':10} {'labelled':>8} {'detected':>8} {'right':>6} {'recall':>9} {'precision':>9}")
    totals = [0, 0, 0]
    for kind, (right, labelled, detected) in result.by_kind().items():
        totals = [totals[0] + right, totals[1] + labelled, totals[2] + detected]
        print(
            f"{kind:10} {labelled:8} {detected:8} {right:6} {_ratio(right, labelled):>9} {_ratio(right, detected):>9}"
        )
    right, labelled, detected = totals
    print(f"{'all':10} {labelled:8} {detected:8} {right:6} {_ratio(right, labelled):>9} {_ratio(right, detected):>9}")
    strict_wrong = [pair for pair in result.wrong if pair[0].kind in STRICT_KINDS]
    print(f"wrong values in money/date/quantity/range: {len(strict_wrong)}; wrong splits: {len(splits)}")
    checked, problems = render_checks(pairs, locales)
    print(f"rendering: {checked} renderings ({len(pairs)} values × {len(locales)} locales), {len(problems)} problems")
    if show:
        for label in result.missed:
            print("  miss   ", label.where())
        for detection in result.false_alarms:
            print("  false  ", detection.where())
        for label, detection in result.wrong:
            print("  wrong  ", label.where(), "→", detection.kind, "=", detection.value)
        for line in splits:
            print("  split  ", line)
        for line in problems:
            print("  render ", line)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("A", "B", "C", "all"), default="all", help="score one part, or each apart")
    parser.add_argument("--misses", action="store_true", help="list misses, false alarms, wrong values and splits")
    parser.add_argument("--locales", default=",".join(RENDER_LOCALES))
    args = parser.parse_args(argv)
    locales = [code for code in args.locales.split(",") if code]
    halves = ("A", "B", "C") if args.half == "all" else (args.half,)
    for half in halves:
        report(f"half {half}", load_corpus(half=half), locales=locales, show=args.misses)
    if args.half == "all":
        report("whole corpus", load_corpus(), locales=locales, show=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
