"""Every `<time>` the chain writes carries a valid machine-readable `datetime` (mends47).

HTML §4.5.14: a `<time>` without `datetime` must hold a valid date or time string as its text;
ours show the localised day ("9. Dezember 2011", "2014年12月29日"), which is none, so each needs
the attribute, holding a valid date string, local date and time string or global date and time
string (§2.3.5) — the forms the dateline writes. Real pages of tests/data/realworld (SOURCES.md)
go through the CLI; every HTML file of `build/` and `site/` is parsed with lxml and each `<time>`
read. The grammar below is the spec's, written from it, not taken from the product.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from conftest import REALWORLD

from l10n.cli import main

PAGES = ("247wallst-com-djia.html", "aero-de-fraport.html")
_DATE = r"(?P<year>\d{4,})-(?P<month>\d\d)-(?P<day>\d\d)"
_TIME = r"(?P<hour>\d\d):(?P<minute>\d\d)(?::(?P<second>\d\d)(?:\.\d{1,3})?)?"
_ZONE = r"(?:Z|[+-](?P<zh>\d\d):?(?P<zm>\d\d))"
HTML_DATETIME = re.compile(rf"{_DATE}(?:[T ]{_TIME}(?P<zone>{_ZONE})?)?")


def valid_html_datetime(value: str) -> bool:
    """A valid date string, local date and time string or global date and time string (HTML
    §2.3.5.2, §2.3.5.5, §2.3.5.7): a day that exists (year > 0), hours < 24, minutes and seconds
    < 60, an offset within ±23:59.

    >>> [valid_html_datetime(v) for v in ("2011-12-09", "2014-12-29T10:05:00+08:00", "2011-02-30", "9. Dezember 2011")]
    [True, True, False, False]
    """
    match = HTML_DATETIME.fullmatch(value)
    if match is None or int(match["year"]) == 0:
        return False
    try:
        dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return False
    if match["hour"] is not None and (int(match["hour"]) > 23 or int(match["minute"]) > 59):
        return False
    if match["second"] is not None and int(match["second"]) > 59:
        return False
    return match["zh"] is None or (int(match["zh"]) <= 23 and int(match["zm"]) <= 59)


def times(folder: Path) -> dict[str, list[tuple[str | None, str]]]:
    """Every `<time>` of every HTML file under `folder`: (datetime, text) by file."""
    from lxml import html

    found = {}
    for page in sorted(folder.rglob("*.html")):
        tree = html.parse(str(page))
        found[str(page.relative_to(folder))] = [(t.get("datetime"), t.text_content()) for t in tree.iter("time")]
    return found


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two real pages (en with a date, de with a moment and its offset) in de and ja: extracted, pseudo-translated, assembled, published."""
    root = tmp_path_factory.mktemp("time")
    (root / "seeds").mkdir()
    for name in PAGES:
        shutil.copy(REALWORLD / name, root / "seeds" / name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "ja"]\n', encoding="utf-8")
    assert main(["extract", *[str(root / "seeds" / name) for name in PAGES], "--root", str(root), "-q"]) == 0
    assert main(["translate", "--root", str(root), "--engine", "pseudo", "--no-tm", "-q"]) == 0
    assert main(["assemble", "--root", str(root), "-q"]) in (0, 1)
    assert main(["publish", "--root", str(root), "-q"]) in (0, 1)
    return root


def test_every_time_element_has_a_valid_datetime(chain: Path) -> None:
    found = {**{f"build/{k}": v for k, v in times(chain / "build").items()}}
    found.update({f"site/{k}": v for k, v in times(chain / "site").items()})
    written = [(page, moment, text) for page, elements in found.items() for moment, text in elements]
    assert any(page.startswith("site/de/index") for page, _, _ in written)  # the indexes' rows are among them
    assert any(page.startswith("build/") for page, _, _ in written)
    bad = [(page, moment, text) for page, moment, text in written if moment is None or not valid_html_datetime(moment)]
    assert not bad, bad[:5]


def test_an_index_row_names_the_day_its_article_page_does(chain: Path) -> None:
    """The row's `datetime` is the article dateline's, its text the localised day shown there."""
    for locale in ("de", "ja"):
        pages = times(chain / "site" / locale)
        rows = pages.pop("index.html")
        articles = {element for elements in pages.values() for element in elements}
        assert rows and set(rows) <= articles
        assert all(not valid_html_datetime(text) for _, text in rows)  # the shown text needs the attribute


def test_a_record_of_before_session_47_lists_its_date_as_text() -> None:
    """A manifest record written before the date's `datetime` was kept is read (not forgotten:
    a run for other locales still lists it) and its row shows the date without `<time>`."""
    from dataclasses import replace

    from l10n.locales import parse_locale
    from l10n.publish.head_links import index_rows
    from l10n.publish.indexes import locale_index
    from l10n.publish.manifest import PageRecord

    record = PageRecord("de/a.html", "a", "de", "Eine Schlagzeile", "4. Januar 2019", 10, True, False, "2019-01-04")
    data = record.as_json()
    del data["published_datetime"]
    old = PageRecord.from_json(data)
    assert old == replace(record, published_datetime="")
    german = parse_locale("de")
    now, before = (str(index_rows(locale_index([r], german, [german], base_url=None)["rows"])) for r in (record, old))
    assert '<time datetime="2019-01-04">4. Januar 2019</time>' in now
    assert '<span class="date">4. Januar 2019</span>' in before and "<time" not in before
