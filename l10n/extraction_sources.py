"""Which articles a batch works on: the article files that paths, folders and globs name
(`iter_article_files`), and the articles edited since their template was written
(`changed_sources`, which `update` extracts again first). Finding the work, not doing it:
`extraction` extracts and merges what these name.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from l10n.assembly import recorded_source
from l10n.errors import ProjectError
from l10n.project import SOURCE_SUFFIXES, Project


def iter_article_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Expand files, folders and globs into article files, lazily, in a stable order.

    Corpus mode streams: one article at a time is read, so memory stays flat in corpus size.
    """
    for raw in paths:
        path = Path(raw)
        if any(ch in str(raw) for ch in "*?["):
            anchor = Path(path.anchor or ".")
            pattern = str(path.relative_to(anchor)) if path.is_absolute() else str(raw)
            yield from sorted(p for p in anchor.glob(pattern) if p.suffix.lower() in SOURCE_SUFFIXES)
        elif path.is_dir():
            folder = path.resolve()
            for found, is_link in sorted(_article_files_below(path)):
                if is_link and not found.resolve().is_relative_to(folder):
                    raise ProjectError("symlink to a file outside the folder given; name that file itself", path=found)
                yield found
        elif path.is_file():
            yield path
        else:
            raise ProjectError("no such article file or folder", path=path)


def _article_files_below(folder: Path) -> Iterator[tuple[Path, bool]]:
    """(file, is a symlink) for each article file below `folder`, as `rglob` finds them
    (symlinked folders are not entered), from directory entries: no stat per plain file."""
    try:
        entries = os.scandir(folder)
    except OSError as error:
        raise ProjectError(f"cannot list this folder: {error.strerror}", path=folder) from None
    with entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from _article_files_below(Path(entry.path))
            elif os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES and entry.is_file():
                yield Path(entry.path), entry.is_symlink()


def changed_sources(project: Project, domains: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """(domain, article) for each template whose article is not as it was extracted
    (`extraction.extracted_as_is`: the article and template it records, `X-L10n-Source`, in the
    states of the template's `extract` stamp).

    A template whose recorded article lies outside the project (an article extracted from
    elsewhere, or a crafted header: `recorded_source`) is not re-extracted from there: extracting
    that file again is the editor's call, made by naming it to `extract`.

    By stat, as git finds an edited file: size, mtime, change time and inode, and the content for
    a file racy when stamped. Modification times alone (an article newer than its template, the
    rule until session 51) missed an older copy put in place (`cp -p`, `rsync -t`, an older
    checkout copied over); no change moves an article's change time back. A false alarm (a
    touched but unchanged article, a template without a stamp) costs one re-extraction that finds
    the same units, leaves the template as it was and stamps it, so the next run skips it.
    """
    from l10n.catalog.po import pot_source
    from l10n.extraction import extracted_as_is
    from l10n.memory.stamps import process_stamps

    stamps = process_stamps(project, "extract") if domains else None
    for domain in domains:
        pot = project.pot_path(domain)
        if not pot.exists():
            continue
        try:
            source = recorded_source(project, pot, pot_source(pot))
        except ProjectError:  # outside the project: never read from here (`extract` that file again)
            continue
        if source is None:
            continue
        if not os.path.isfile(source):
            continue
        try:
            if extracted_as_is(project, domain, source, pot, stamps):
                continue
        except ProjectError:  # a name `extract` refuses (`check_file_name`): extracting it says so
            pass
        yield domain, source
    if stamps is not None:
        stamps.save()  # stamps racy when written and settled since: kept by stat from here on
