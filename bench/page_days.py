"""Which source gave each realworld page's day, and how often each source is right (issue 14).

    PYTHONPATH=. .venv/bin/python bench/page_days.py [--split all|…] [-v]

`l10n/ingest/page.py` takes a page's `published` from the first of: the day it states (metadata:
JSON-LD, meta, microdata, `<time>`; its title or summary; a dateline, `datelines.py`), a timestamp
line among the walked blocks, then on the unpruned page an update's day, a stamp above the
headline, a day under the post, and last htmldate's reading (`page_htmldate.py`). This script
ingests every labelled page (`page_dump.pages_of`: never a split awaiting its blind run) with those
readers wrapped to record which one answered, and for htmldate's answers asks htmldate again
with `extensive_search=False` on the same unpruned tree: an answer equal to that first,
metadata-based pass is "htmldate-meta", else "htmldate-extensive". Per source it counts days
right (in the label's `dates`), wrong, and given where the label has none; and pages with no day.

`--addresses` counts besides, per page, the first day the story's own address or its picture's writes
(`og:url`, canonical, `og:image`: "/2012/01/04/", "Date=20120104"), right or wrong by the same label:
whether such a day could be read as one more source.

trafilatura's evaluation set (`bench/evaldata.py`) labels text only (`with`/`without`), no
days: it cannot count here.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_dump import pages_of  # noqa: E402

# The readers `page.py` calls by name, in its order; the first whose answer is the page's day is its source.
READERS = ("title_day", "summary_day", "dateline_day", "stamped_day", "updated_day", "top_stamp_day", "foot_day")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="all")
    parser.add_argument("--addresses", action="store_true", help="count the days the story's addresses write")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each htmldate-dated page")
    args = parser.parse_args()

    import htmldate

    from l10n.ingest import ingest_file, page

    answers: dict[str, Any] = {}

    def recorded(name: str, reader: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            found = reader(*args, **kwargs)
            answers.setdefault(name, found)
            if name == "htmldate_day":
                tree = copy.deepcopy(args[0])
                first = htmldate.find_date(tree, extensive_search=False, original_date=True)
                answers["htmldate_meta"] = dt.datetime.fromisoformat(first) if first else None
            return found

        return wrapper

    for name in (*READERS, "htmldate_day"):
        setattr(page, name, recorded(name, getattr(page, name)))

    counts: Counter[tuple[str, str]] = Counter()
    addressed: Counter[str] = Counter()
    for path in pages_of(args.split):
        label = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        answers.clear()
        document = ingest_file(path)
        day = document.published
        source = source_of(day, answers)
        verdict = (
            "none"
            if day is None
            else ("right" if day.date().isoformat() in label["dates"] else "wrong")
            if label["dates"]
            else "unlabelled"
        )
        if day is None and label["dates"]:
            verdict = "missed"
        counts[source, verdict] += 1
        if args.addresses:
            written = address_day(path)
            told = "none" if written is None else "right" if written.isoformat() in label["dates"] else "wrong"
            addressed[told] += 1
            if told == "wrong":
                print(f"{path.stem:45} address day {written} label {label['dates']}")
        if args.verbose and source.startswith("htmldate") or verdict == "wrong":
            shown = day.date().isoformat() if day else "-"
            print(f"{path.stem:45} {label['split']:10} {source:20} {verdict:10} {shown} label {label['dates']}")
    print(f"\n{'source':20} {'right':>6} {'wrong':>6} {'day, label none':>16} {'missed':>7} {'none, none':>11}")
    for source in sorted({source for source, _ in counts}):
        row = [counts[source, verdict] for verdict in ("right", "wrong", "unlabelled", "missed", "none")]
        print(f"{source:20} {row[0]:6} {row[1]:6} {row[2]:16} {row[3]:7} {row[4]:11}")
    if args.addresses:
        print(f"\nthe story's address: {dict(addressed)}")


ADDRESS_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:(\d\d)(\d\d)|(?P<sep>[/-])(\d\d)(?P=sep)(\d\d)(?!\d))")


def address_day(path: Path) -> dt.date | None:
    """The first day the page's `og:url`, canonical link or `og:image` writes (see the module docstring)."""
    import lxml.html

    tree = lxml.html.document_fromstring(path.read_bytes())
    found = tree.xpath("//meta[@property='og:url' or @property='og:image']/@content | //link[@rel='canonical']/@href")
    for address in found:
        for match in ADDRESS_DAY.finditer(str(address)):
            year, *parts = [part for part in match.groups() if part and part not in "/-"]
            try:
                return dt.date(int(year), int(parts[0]), int(parts[1]))
            except ValueError:
                continue
    return None


def source_of(day: dt.datetime | None, answers: dict[str, Any]) -> str:
    """The reader that gave `day`: the first recorded one whose answer it is; metadata when none was
    asked (the day stated in the page's metadata needs no reader of `page.py`)."""
    if day is None:
        return "no day"
    if answers.get("htmldate_day") == day and not any(answers.get(name) for name in READERS):
        return "htmldate-meta" if answers.get("htmldate_meta") == day else "htmldate-extensive"
    for name in READERS:
        if answers.get(name) == day:
            return name
    return "metadata"


if __name__ == "__main__":
    main()
