"""Publish's swap: the staged pages of a run moved into the site (`site.publish_site`).

Every article's pages are staged first (`staging.py`, `fsio_stage`); once all are made they
are moved in, article by article, each article's figure images first, so a run killed before
then leaves the site it found. A site folder that did not exist when the run began is the
stage folder itself, renamed into place in one step (`_stage_as_site`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.fsio import atomic_write_bytes
from l10n.publish.media import MediaFile
from l10n.publish.pages import HOME
from l10n.publish.staging import ArticleTask, StagedArticle, StageSettings

if TYPE_CHECKING:
    from l10n.publish.site import PublishReport


def swap(
    report: PublishReport,
    settings: StageSettings,
    accepted: list[tuple[ArticleTask, StagedArticle]],
    *,
    previous: set[str],
    whole: bool = False,
) -> list[tuple[str, str, list[tuple[str, str]], dict]]:
    """Every staged page moved into the site, article by article (each article's figure images
    first), and what each article's stamp keeps (`reuse.record_published`). A site folder that
    did not exist is the stage renamed whole (`_stage_as_site`) when `whole`: the stage holds
    the pages of `accepted` and nothing else (every article was staged; an article refused
    half-way leaves its pages so far, a partial file among them)."""
    from l10n.fsio_stage import move_into_place

    if whole:
        before = _stage_as_site(settings, accepted)
        if before is not None:
            moved = _moved_with_stage(report, settings, accepted)
            _vouch_moved(settings, accepted, before)
            return moved
    published = []
    folders: set[str] = set()
    for task, staged in accepted:
        written_before, unchanged_before = len(report.written), len(report.rendered_unchanged)
        _copy_media(report, settings.out_dir, staged.media, previous=previous)
        for n, page in enumerate(staged.pages):
            target = settings.out_dir / page.path
            if page.digest is not None:
                folder = os.path.dirname(target)
                # Each folder checked once; the page's own name was checked when it was staged
                # (`staging._stage`), and a rename replaces a symlink there, never follows it.
                if folder not in folders:
                    os.makedirs(report.checked(target).parent, exist_ok=True)
                    folders.add(folder)
                assert page.made is not None  # (`staging._stage` sets it with the digest)
                move_into_place(staged.staged_path(settings, n), target, page.digest, page.made)
            report.record(target, page.digest is not None)
        files = [*report.written[written_before:], *report.rendered_unchanged[unchanged_before:]]
        named = [(report.site_path(path), os.fspath(path)) for path in files]
        published.append((staged.domain, task.state, named, staged.published_state()))
    return published


def _stage_as_site(settings: StageSettings, accepted: list[tuple[ArticleTask, StagedArticle]]) -> int | None:
    """The stage renamed into place as the site folder (the filesystem's clock read just before
    the rename, `fingerprint.filesystem_now`; None when it was not): one rename, where moving
    ~22,000 pages of a new site one by one took a rename and a stat each. Only for a site folder
    that did not exist when the run began (`StageSettings.whole`), every article staged under
    its site paths (`StagedArticle.whole`: in worker processes, those that took the names the
    parent decided ahead), and that still does not exist — an empty folder made since is replaced, nothing else is
    (the rename fails, and the pages are moved one by one as always) — and without figure
    images (copied into the site beside the pages). Readers then find the whole site at once."""
    from l10n.fingerprint import filesystem_now

    if not settings.whole or any(staged.media or not staged.whole for _, staged in accepted):
        return None
    if os.path.lexists(settings.out_dir):
        return None
    before = filesystem_now(settings.stage)
    try:
        os.rename(settings.stage, settings.out_dir)
    except OSError:
        return None
    return before


def _moved_with_stage(
    report: PublishReport, settings: StageSettings, accepted: list[tuple[ArticleTask, StagedArticle]]
) -> list[tuple[str, str, list[tuple[str, str]], dict]]:
    """`swap`'s report, records and notes for pages moved with their stage (`_stage_as_site`):
    each page's state noted as its write left it (`fsio_stage.note_moved_with_folder`: the
    folder's rename keeps it), each folder's entries made durable once."""
    from l10n.fsio_durability import flush_folder
    from l10n.fsio_stage import note_moved_with_folder

    published = []
    out = os.fspath(settings.out_dir)
    folders = {out}
    for task, staged in accepted:
        files: list[tuple[str, str]] = []
        for page in staged.pages:
            name = os.path.join(out, page.path)  # strings, the site path as staged: ~22,000 pages
            assert page.digest is not None and page.made is not None  # nothing was there to hold its bytes
            note_moved_with_folder(name, page.digest, page.made)
            folders.add(os.path.dirname(name))
            report.record_written(name, page.path)
            files.append((page.path, name))
        published.append((staged.domain, task.state, files, staged.published_state()))
    flush_folder(settings.out_dir)  # the site folder's own entry, in its parent
    for folder in sorted(folders):
        flush_folder(Path(folder, HOME))  # (`flush_folder` makes the entries of a path's folder durable)
    return published


def _vouch_moved(settings: StageSettings, accepted: list[tuple[ArticleTask, StagedArticle]], before: int) -> None:
    """Each page moved with its stage (`_moved_with_stage`) whose write's times are older than
    `before` (the clock read before the rename) taken as holding the bytes written while it
    keeps that state, without reading it back (`fingerprint.vouch_written`): it had no site path
    until the rename, and an edit made through the site since gets times at or after `before`,
    another state, which the records keep and the next run rebuilds. A page written in the tick
    of `before` is read back as before (`fingerprint.as_written`). Not seen: an edit made inside
    the run's own stage folder, in the tick of the page's write, before the rename (DESIGN.md,
    "A new site's pages trusted as written")."""
    from l10n.fingerprint import touched_since, vouch_written
    from l10n.fsio_stage import stat_state_of

    out = os.fspath(settings.out_dir)
    for _, staged in accepted:
        for page in staged.pages:
            made = page.made
            if made is not None and page.digest is not None and not touched_since(made.mtime_ns, made.ctime_ns, before):
                vouch_written(os.path.join(out, page.path), stat_state_of(made), page.digest)


def _copy_media(report: PublishReport, out_dir: Path, media: Iterable[MediaFile], *, previous: set[str]) -> None:
    """Copy figure images into the site; a file already there that an earlier run did not write
    is someone else's and is left as it is (the page still points to it)."""
    for item in media:
        target = report.checked(out_dir / item.site_path)
        if item.source is None or (target.exists() and item.site_path not in previous):
            continue
        write_bytes(report, target, item.source.read_bytes())


def write_bytes(report: PublishReport, path: Path, data: bytes) -> None:
    """`data` written at `path` (checked to stay under the report's root), and reported."""
    report.record(path, atomic_write_bytes(report.checked(path), data))
