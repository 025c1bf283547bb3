"""A new site's pages trusted as written, not read back (session 32, issue 16: cold publish).

A cold publish stages every page under its site path and renames the stage into place
(`publish.swap`). The pages' records keep each page in the state its write left it; to rule
out an edit in the tick of the write (which keeps that state) each page was read back once. A
page written before a clock reading taken just before the rename had no site path until then,
and an edit made through the site afterwards gets times at or after that reading — another
state — so such pages are taken as written (`fingerprint.vouch_written`). What is given up: an
edit made inside the run's own stage folder, in the tick of a page's write (DESIGN.md).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from test_publish19_swap import edited_after_swap, project, publish

import l10n.fingerprint
import l10n.publish.staging as staging
import l10n.publish.swap as swap
from l10n.project import Project

__all__ = ["project"]  # the fixture, imported for the tests below


@pytest.fixture
def settled_before_swap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every staged page older than the clock reading before the rename (a pause before it): on
    a small site all pages may be written in that reading's tick, and those are read back."""
    real = swap._stage_as_site

    def later(settings, accepted):
        time.sleep(0.05)
        return real(settings, accepted)

    monkeypatch.setattr(swap, "_stage_as_site", later)


def article_pages(written: list[Path], site: Path) -> set[str]:
    """The article pages among `written` (not the indexes, sitemap and static files, written
    after the swap by `fsio` and stamped as before)."""
    return {os.fspath(path) for path in written if path.parent != site and path.name != "index.html"}


def read_back(monkeypatch: pytest.MonkeyPatch, site: Path) -> list[str]:
    """The site files whose content is read to hash it (`fingerprint.content_digest`)."""
    read: list[str] = []
    real = l10n.fingerprint.content_digest
    prefix = os.path.join(os.fspath(site), "")

    def counting(path: str) -> str:
        if os.fspath(path).startswith(prefix):
            read.append(os.fspath(path))
        return real(path)

    monkeypatch.setattr(l10n.fingerprint, "content_digest", counting)
    return read


def test_a_new_sites_pages_are_not_read_back(
    project: Project, settled_before_swap: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No article page of a new site is read back to record it (it was each page once), and a
    second run with nothing changed writes nothing and rebuilds no article."""
    read = read_back(monkeypatch, project.site_dir)
    report = publish(project)
    pages = article_pages(report.written, project.site_dir)
    assert len(pages) > 20 and pages.isdisjoint(read)
    again = publish(project)
    assert again.written == [] and again.rebuilt == []


def test_a_page_edited_right_after_the_swap_is_rebuilt_when_pages_are_trusted(
    project: Project, settled_before_swap: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The promise the trust rests on: a page edited in place at the same size right after the
    rename (through the site) is in another state than its write left, so the next run rebuilds
    it although nothing read it back."""
    edited = edited_after_swap(monkeypatch)
    read = read_back(monkeypatch, project.site_dir)
    first = publish(project)
    assert edited and article_pages(first.written, project.site_dir).isdisjoint(read)
    report = publish(project)
    assert len(report.rebuilt) == 1 and edited[0] in report.written
    assert not edited[0].read_bytes().endswith((b"X\n", b"Y\n"))


def test_an_edit_inside_the_stage_in_the_tick_of_the_write_is_not_seen(
    project: Project, settled_before_swap: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The narrowing, stated in DESIGN.md: a staged page whose bytes are not those its write was
    given while its state is the write's — what an edit in the stage folder within the write's
    tick leaves (made here by staging other bytes of the same size) — is recorded as written and
    taken as published by the next run. Before session 32 the read-back saw it and the next run
    rebuilt the article; a change of this rule back makes this test fail."""
    real = staging.stage_bytes
    forged: list[str] = []

    def other_bytes(path: str, data: bytes, **options: int) -> object:
        if not forged and path.endswith(".html") and b"</html>" in data:
            forged.append(path)
            data = data.replace(b"</html>", b"</HTML>")
        return real(path, data, **options)

    monkeypatch.setattr(staging, "stage_bytes", other_bytes)
    publish(project)
    monkeypatch.setattr(staging, "stage_bytes", real)
    assert forged
    report = publish(project)
    assert report.rebuilt == [] and report.written == []
