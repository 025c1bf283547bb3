"""Page records taken on a re-run without making each again (session 19, issue 16).

After a one-sentence edit `publish` takes 999 of 1,000 articles as published: each stamp's page
records went through `PageRecord.from_json` although the manifest had given the same records
already. Now a stamp's record equal to the page index's (`PageRecord.same_as`, `from_json`'s rule:
exact types) is that record; any other is read anew. `existing_records` checks each domain and
locale name once, not once per page; `PageIndex` is built in one pass.

Each shortcut is held to what it replaces, on the inputs that could fool it: a bool where an int
is (1 == True in Python), a field missing or of another type, a `str` subclass, a stamp whose
record differs from the manifest's (a manifest edited by hand to other headlines), a locale
named like a domain already checked. The articles are real Wikinews articles (bench/data/wikinews,
CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import pseudo_translated_project

from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish import publish_project
from l10n.publish.manifest import PageRecord, existing_records, manifest_path, read_manifest_entries
from l10n.publish.reuse import PageIndex, take_as_published
from l10n.publish.site import PublishReport

LOCALES = [parse_locale("de"), parse_locale("ja")]

RECORD = PageRecord(
    path="de/a-headline.html",
    domain="story",
    locale="de",
    headline="Eine Schlagzeile",
    published_text="4. Januar 2019",
    percent_reviewed=1,
    ready=True,
    is_source=False,
)


class Text(str):
    """A `str` subclass: `from_json` takes it as a `str`."""


def _variants() -> list[object]:
    data = RECORD.as_json()
    return [
        data,
        {**data, "extra": "ignored"},
        {**data, "percent_reviewed": True},  # equal to 1, but a bool
        {**data, "ready": 1},  # equal to True, but an int
        {**data, "is_source": 0},
        {**data, "percent_reviewed": 1.0},
        {**data, "headline": Text("Eine Schlagzeile")},
        {**data, "headline": b"Eine Schlagzeile"},
        {key: value for key, value in data.items() if key != "published_text"},
        {**data, "headline": "Eine andere Schlagzeile"},
        {**data, "path": "../a-headline.html"},
        [*data.values()],
        None,
    ]


@pytest.mark.parametrize("data", _variants())
def test_a_stamped_record_is_the_known_one_exactly_when_from_json_reads_it_so(data: object) -> None:
    """`same_as` says yes exactly when `from_json` would make an equal record. Fails when it
    compares with `==` alone (1 == True, 1.0 == 1, 0 == False: 4 cases)."""
    read = PageRecord.from_json(data)
    assert RECORD.same_as(data) == (read is not None and read == RECORD)


def test_a_stamp_whose_record_differs_from_the_index_gives_its_own(tmp_path: Path) -> None:
    """The page index holds the manifest's record; the stamp's, of other values, replaces it —
    and one of another type refuses the article, as before. Fails when a record found under the
    same (domain, locale) is taken without comparing."""
    changed = {**RECORD.as_json(), "headline": "Die wahre Schlagzeile"}
    pages = PageIndex([RECORD])
    report = PublishReport(out_dir=tmp_path)
    published = {"records": [changed], "files": {RECORD.path: "0:0:0:0"}, "held": {}, "not_ready": []}
    assert take_as_published(published, report=report, pages=pages)
    assert pages[("story", "de")].headline == "Die wahre Schlagzeile"
    assert pages.of("story") == [pages[("story", "de")]]

    same = PageIndex([RECORD])
    assert take_as_published({**published, "records": [RECORD.as_json()]}, report=report, pages=same)
    assert same[("story", "de")] is RECORD  # taken as it is

    refused = PageIndex([RECORD])
    wrong = {**RECORD.as_json(), "ready": 1}
    assert not take_as_published({**published, "records": [wrong]}, report=report, pages=refused)


def test_each_name_is_checked_whatever_was_checked_before(tmp_path: Path) -> None:
    """Names are checked once each, domains and locales apart: a locale spelled like a domain
    already found valid is still refused, as are names never seen. Fails with one set for both
    (the record whose locale is "story" kept)."""
    site = tmp_path / "site"

    def record(domain: str, locale: str) -> PageRecord:
        path = f"{locale}/{domain}.html"
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text("page", encoding="utf-8")
        return PageRecord(path, domain, locale, "h", "", 0, True)

    good = [record("story", "de"), record("story", "ja"), record("other", "de")]
    bad = [record("story", "story"), record("de..x", "de"), record("bad domain", "ja")]
    kept = existing_records(site, [good[0], bad[0], good[1], bad[1], bad[2], good[2]])
    assert kept == [good[0], good[1], good[2]]


def test_the_page_index_is_the_one_made_record_by_record() -> None:
    """`PageIndex` built in one pass holds what setting each record did: a later record of the
    same page wins, each article's records at hand in order."""
    records = [
        RECORD,
        PageRecord("ja/a.html", "story", "ja", "h", "", 0, True),
        PageRecord("de/b.html", "other", "de", "h", "", 0, True),
        PageRecord("de/c.html", "story", "de", "later", "", 0, True),
    ]
    built = PageIndex(records)
    one_by_one = PageIndex()
    for record in records:
        one_by_one[(record.domain, record.locale)] = record
    assert dict(built) == dict(one_by_one)
    assert built.of("story") == one_by_one.of("story") == [records[3], records[1]]
    assert built.of("other") == [records[2]] and built.of("none") == []


@pytest.fixture
def project(tmp_path: Path) -> Project:
    built, domains = pseudo_translated_project(
        tmp_path / "project", 3, locales=LOCALES, translated=LOCALES, glossary=False
    )
    list(assemble_domains(built, domains, LOCALES, formats=("html",)))
    return built


def test_a_manifest_edited_to_other_headlines_never_reaches_the_indexes(project: Project) -> None:
    """Every record of a published site rewritten in the manifest (other headlines, same
    shape): the next run takes each article as published, with the records its stamps keep,
    so the indexes and the manifest show the true headlines again. Fails when the manifest's
    record is taken for the stamp's without comparing (the edited headlines stay listed)."""
    publish_project(project, domains=project.domains(), locales=LOCALES)
    manifest = manifest_path(project.site_dir)
    canonical = manifest.read_bytes()
    index = (project.site_dir / "de" / "index.html").read_bytes()
    data = json.loads(canonical)
    for page in data["pages"]:
        page["headline"] = "Edited by hand"
    manifest.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    report = publish_project(project, domains=project.domains(), locales=LOCALES)
    assert report.rebuilt == [] and len(report.taken) > 0  # every article taken as published
    assert b"Edited by hand" not in (project.site_dir / "de" / "index.html").read_bytes()
    assert (project.site_dir / "de" / "index.html").read_bytes() == index
    assert manifest.read_bytes() == canonical
    assert all(record.headline != "Edited by hand" for record in read_manifest_entries(project.site_dir)[1])
