"""The article chain as plain functions over a `Project`: extract, update, load, assemble.

The CLI calls these; so do `run`, the Ray executor and the benchmarks, so each step has one
home. Every function takes the project and validated locales/domains explicitly.

This module runs extraction over many articles and keeps `extract`'s whole-run record; one
article's extraction and the catalog update live in `extraction`, assembling in `assembly`
(the assemble layer, which `publish` imports): callers import those names from there.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.errors import ProjectError
from l10n.extraction import (
    ExtractResult,
    Refused,
    UpdateResult,
    domain_taken_error,
    save_held_stamps,
    update_catalogs,
)
from l10n.extraction_batch import extract_in_worker, extract_or_refuse, extracted_here, load_before_fork
from l10n.extraction_sources import iter_article_files
from l10n.fsio import Written, deferred_durability, noting_writes, state_of_note
from l10n.locales import TargetLocale
from l10n.parallel import CHUNK_SIZE, IN_FLIGHT_PER_JOB, in_worker_processes
from l10n.project import CONFIG_FILE, Project, article_id

if TYPE_CHECKING:
    from l10n.memory.whole_run import Watched

__all__ = ["extract_articles"]


def _one_article_per_domain(
    project: Project, files: Iterable[Path | Refused], *, jobs: int, skip_refused: bool = False
) -> Iterator[Path | Refused]:
    """In a parallel run `x.txt` and `x.html` may reach different workers before either has
    written `x.pot`, so the check `_refuse_domain_taken` makes on disk is made here as well.

    Only for the articles that can still be in flight: the chunk before those is finished (its
    results were taken, in order), so its templates are on disk for the workers' own check.
    """
    recent: collections.OrderedDict[str, Path] = collections.OrderedDict()
    for path in files:
        if isinstance(path, Refused):  # refused before (`_one_case_per_domain`)
            yield path
            continue
        domain = article_id(path)
        earlier = recent.setdefault(domain, path)
        if earlier != path and project.relative(earlier) != project.relative(path):
            error = domain_taken_error(domain, recorded=project.relative(earlier), reference=project.relative(path))
            if not skip_refused:
                raise error
            yield Refused(domain, str(error), taken=True)
            continue
        if len(recent) > (IN_FLIGHT_PER_JOB * jobs + 2) * CHUNK_SIZE:
            recent.popitem(last=False)
        yield path


def _one_case_per_domain(
    project: Project, files: Iterable[Path], *, domain: str | None = None, skip_refused: bool = False
) -> Iterator[Path | Refused]:
    """`files`, an article refused (`extraction.case_twin_error`) where its id differs only in
    letter case from another's — one earlier in the batch, or a template already in `locales/`
    whose article is still there (`extraction.template_owner`): `news.md` and `News.md` are two
    articles here, but one file where `build/`, `site/` and `locales/` are copied to a file
    system that does not tell case apart (macOS, Windows), the second written over the first.
    The templates are listed once, before the batch (a cold batch writes thousands)."""
    from l10n.extraction import case_twin_error, template_owner

    folded: dict[str, tuple[str, Path | None]] = {}  # an id in lower case → (the id, its article in this batch)
    with contextlib.suppress(OSError), os.scandir(project.locales_dir) as entries:
        for entry in entries:
            stem, suffix = os.path.splitext(entry.name)
            if suffix == ".pot":
                folded.setdefault(stem.lower(), (stem, None))
    for path in files:
        name = domain or article_id(path)
        other, earlier = folded.setdefault(name.lower(), (name, path))
        if other == name:
            yield path
            continue
        reference = project.relative(path)
        # a template of an earlier run counts while its article is there (`template_owner`)
        owner = (
            project.relative(earlier)
            if earlier is not None
            else template_owner(project, project.pot_path(other), reference)
        )
        if owner is not None:
            error = case_twin_error(name, other=other, owner=owner, reference=reference)
            if not skip_refused:
                raise error
            yield Refused(name, str(error))
            continue
        yield path


def extract_articles(
    project: Project,
    paths: Sequence[Path | str],
    *,
    domain: str | None = None,
    jobs: int = 1,
    locales: Sequence[TargetLocale] = (),
    language: str | None = None,
    on_refused: Callable[[Refused], None] | None = None,
) -> Iterator[ExtractResult]:
    """Extract many articles; `domain` only makes sense for a single file; `locales` also
    creates or updates each locale's PO in the same pass (`extract_article`); `language`
    (`extract --lang`) is every article's language, whatever it states.

    With `on_refused`, an article refused (`extraction.REFUSALS`: unreadable, empty, a domain
    taken, a catalog merge refused) is handed to it and the batch goes on; nothing of that
    article is written, and no whole-run record is kept (the next run says it again).

    One batch: per-file fsync is deferred to one flush of the project's filesystem at the end
    (`fsio.deferred_durability`).
    `jobs` > 1 extracts in that many worker processes (`in_worker_processes`); results still
    come in file order.
    """
    from l10n.memory.whole_run import look_up_run

    # the whole-run record is of articles read as they state their language: a run naming
    # one is neither answered by it nor kept as it (each article's stamps know `language`)
    record = _templates_record(project, paths) if domain is None and language is None else None
    if record is not None:
        last, holds = look_up_run(project, record[0])
        if holds:  # no article and no template changed: only the POs may need a merge
            yield from _catalogs_on_record(project, last["articles"], locales=locales, jobs=jobs, on_refused=on_refused)
            return
        if _articles_known(project, last):
            listed = list(iter_article_files(paths))
            same = _unchanged_articles(project, last, listed)
            if len(listed) - len(same) <= max(8, len(listed) // 10):  # a few edited: those alone
                yield from _extract_changed(
                    project, record, listed, same, locales=locales, jobs=jobs, on_refused=on_refused
                )
                return
    with noting_writes() as written:  # the templates recorded as their writes left them
        yield from _extract_all(
            project,
            paths,
            record,
            domain=domain,
            jobs=jobs,
            locales=locales,
            language=language,
            written=written,
            on_refused=on_refused,
        )


def _extract_all(
    project: Project,
    paths: Sequence[Path | str],
    record: tuple[str, Watched] | None,
    *,
    domain: str | None,
    jobs: int,
    locales: Sequence[TargetLocale],
    written: Mapping[str, Written],
    language: str | None = None,
    on_refused: Callable[[Refused], None] | None = None,
) -> Iterator[ExtractResult]:
    """`extract_articles` without a record to take results from: every article extracted."""
    files: Iterable[Path] = iter_article_files(paths)
    if domain is not None:
        named = list(files)
        if len(named) != 1:
            raise ProjectError(f"--domain names one article, but {len(named)} files were given")
        files = named
    done: list[tuple[ExtractResult, Path]] = []
    consumed: list[Path] = []  # the files in the order they were taken (still streamed)

    def taken(paths: Iterable[Path]) -> Iterator[Path]:
        for path in paths:
            consumed.append(path)
            yield path

    skip, refused = on_refused is not None, False
    with deferred_durability(project.root):
        results: Iterable[ExtractResult | Refused]
        if jobs > 1 and domain is None:
            codes = tuple(locale.code for locale in locales)
            work = functools.partial(
                extract_in_worker, project, locale_codes=codes, language=language, skip_refused=skip
            )
            once = _one_case_per_domain(project, taken(files), skip_refused=skip)
            articles = _one_article_per_domain(project, once, jobs=jobs, skip_refused=skip)
            warm_up = functools.partial(load_before_fork, project, codes)
            results = in_worker_processes(work, articles, jobs=jobs, after_chunk=save_held_stamps, before_fork=warm_up)
        else:
            results = extracted_here(
                project,
                _one_case_per_domain(project, taken(files), domain=domain, skip_refused=skip),
                domain=domain,
                locales=locales,
                language=language,
                skip_refused=skip,
            )
        for index, result in enumerate(results):
            if isinstance(result, Refused):
                refused = True
                on_refused(result)  # type: ignore[misc]  # only with `on_refused`
                continue
            done.append((result, consumed[index]))
            yield result
    if record is not None and not refused:
        _record_templates(project, record, done, written)


def _record_templates(
    project: Project,
    record: tuple[str, Watched],
    done: Sequence[tuple[ExtractResult, Path]],
    written: Mapping[str, Written],
) -> None:
    """Keep the whole-run record of `extract`'s templates, with each article's and template's
    state, so that a run after an edit extracts the edited articles alone (`_extract_changed`).
    A template this run wrote is kept as its write left it (`written`, `fingerprint.as_written`):
    one edited since is then extracted again, not taken from the record."""
    from l10n.fingerprint import code_digest, file_state, filesystem_now
    from l10n.memory.whole_run import record_run

    if not done or not project.locales_dir.is_dir():
        return  # nothing was extracted: no record (and no locales/ made for one)
    now = filesystem_now(project.locales_dir)  # before the stats, as `record_run` does

    def template_state(path: Path | str) -> str:
        return state_of_note(os.fspath(path), written.get(os.fspath(path)), now)

    articles = [
        [
            result.domain,
            result.units,
            result.headline,
            os.fspath(path),
            file_state(path),
            template_state(result.pot_path),
        ]
        for result, path in done
    ]
    config = file_state(project.root / CONFIG_FILE)
    record_run(
        project,
        record[0],
        record[1],
        {"articles": articles, "code": code_digest().hex(), "config": config, "now": now},
        written=written,
    )


def _articles_known(project: Project, last: Any) -> bool:
    """Whether a record that no longer holds can still say which articles are as they were:
    same code and `l10n.toml`, and per-article states kept."""
    from l10n.fingerprint import code_digest, file_state

    return (
        isinstance(last, dict)
        and last.get("code") == code_digest().hex()
        and last.get("config") == file_state(project.root / CONFIG_FILE)
        and all(len(article) == 6 for article in last.get("articles", ()))
    )


def _unchanged_articles(project: Project, last: Any, files: Sequence[Path]) -> dict[str, list]:
    """The recorded rows of the articles among `files` whose file and template are as recorded
    (states taken after the record's clock reading: an earlier one may have changed unseen)."""
    from l10n.fingerprint import file_state, touched_since

    def settled(state: str) -> bool:
        parts = state.split(":")
        return len(parts) == 4 and not touched_since(int(parts[1]), int(parts[2]), last["now"])

    known = {article[3]: article for article in last["articles"]}
    same = {}
    for path in files:
        article = known.get(os.fspath(path))
        if (
            article is not None
            and settled(article[4])
            and settled(article[5])
            and file_state(path) == article[4]
            and file_state(project.pot_file(article[0])) == article[5]
        ):
            same[article[3]] = article
    return same


def _extract_changed(
    project: Project,
    record: tuple[str, Watched],
    files: Sequence[Path],
    same: dict[str, list],
    *,
    locales: Sequence[TargetLocale],
    jobs: int,
    on_refused: Callable[[Refused], None] | None = None,
) -> Iterator[ExtractResult]:
    """`extract` after a few articles changed: those are extracted (and their POs merged), the
    others' results come from the record, their POs merged only where their merge stamps say."""
    done: list[tuple[ExtractResult, Path]] = []
    refused: list[Refused] = []
    with deferred_durability(project.root), noting_writes() as written:
        kept = {
            result.domain: result
            for result in _catalogs_on_record(
                project,
                list(same.values()),
                locales=locales,
                jobs=jobs,
                on_refused=None if on_refused is None else refused.append,
            )
        }
        for each in refused:
            on_refused(each)  # type: ignore[misc]  # none without it
        try:
            for path in _one_case_per_domain(project, files, skip_refused=on_refused is not None):
                if isinstance(path, Refused):
                    refused.append(path)
                    on_refused(path)  # type: ignore[misc]  # none without it
                    continue
                article = same.get(os.fspath(path))
                if article is not None:
                    if article[0] not in kept:
                        continue  # its catalogs refused (said above)
                    result = kept[article[0]]
                else:  # its stamps saved with the others', once (`save_held_stamps`)
                    made = extract_or_refuse(project, path, locales=locales, skip_refused=on_refused is not None)
                    if isinstance(made, Refused):
                        refused.append(made)
                        on_refused(made)  # type: ignore[misc]  # none without it
                        continue
                    result = made
                done.append((result, path))
                yield result
        finally:
            save_held_stamps()
    if not refused:
        _record_templates(project, record, done, written)


def _templates_record(project: Project, paths: Sequence[Path | str]) -> tuple[str, Watched] | None:
    """The key and watched files of the whole-run record of extracting `paths` into templates
    (`memory.whole_run.record_run`): the articles (files, or folders in full), the templates and
    `l10n.toml`. None for globs, whose matches are not a folder's listing."""
    from l10n.memory.whole_run import Watched

    if any(any(ch in str(path) for ch in "*?[") for path in paths):
        return None
    named = [os.path.abspath(path) for path in paths]
    folders = [(path, "", True) for path in named if os.path.isdir(path)]
    files = [path for path in named if not os.path.isdir(path)]
    watched = Watched(
        (*files, os.fspath(project.root / CONFIG_FILE)), (*folders, (os.fspath(project.locales_dir), ".pot", False))
    )
    return "extract templates " + "\0".join(named), watched


def _catalogs_on_record(
    project: Project,
    articles: Sequence[Sequence[Any]],
    *,
    locales: Sequence[TargetLocale],
    jobs: int,
    on_refused: Callable[[Refused], None] | None = None,
) -> Iterator[ExtractResult]:
    """`extract` when its templates are as recorded: each article's result from the record, its
    POs merged only where their merge stamps say so (in `jobs` workers when there are many).

    The check of 10,000 POs by stat: one stat per PO, the template's and the glossary's once,
    each PO's path joined onto its locale folder taken once, its digest by `stat_digest` (no
    `Fingerprint` per PO). A stamp that does not equal it (stale, or kept by content for racy
    files) is asked again with `merge_state`'s full fingerprint, which applies the racy rules."""
    from l10n.catalog.update import MERGE_STAGE, UpdateStats, merge_settings, merge_state
    from l10n.fingerprint import file_state, stat_digest
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.memory.stamps import process_stamps

    stamps = process_stamps(project, MERGE_STAGE)
    glossary = os.fspath(project.locales_dir / GLOSSARY_FILE_NAME)
    glossary_state = (glossary, file_state(glossary))  # stat'ed once: nothing is read here
    folders = [  # (code, the folder's path with its separator, settings): joined once per locale
        (locale.code, project.catalog_folder_text(locale.code) + os.sep, merge_settings(locale.code))
        for locale in locales
    ]
    merged: dict[str, list[UpdateResult]] = {}
    stale: list[str] = []
    for name, *_ in articles:
        pot = project.pot_file(name)  # the name checked here, once (`pot_path` below is the path reported)
        pot_state = (pot, file_state(pot))
        merged[name] = []
        for code, folder, settings in folders:
            po, key = f"{folder}{name}.po", f"{code}/{name}"
            state = stat_digest(settings, (pot_state, (po, file_state(po)), glossary_state))
            if not stamps.fresh(key, state, int) and not stamps.fresh(  # units merged
                key, merge_state(pot, po, glossary_path=glossary, locale_code=code), int
            ):
                stale.append(name)
                break
            merged[name].append(UpdateResult(name, code, po, UpdateStats(kept=stamps.payload(key))))
    refused: set[str] = set()

    def refuse(each: Refused) -> None:
        refused.add(each.domain)
        on_refused(each)  # type: ignore[misc]  # only handed over with it

    for name in stale:
        merged[name] = []
    if stale:
        for result in update_catalogs(
            project, domains=stale, locales=locales, jobs=jobs, on_refused=None if on_refused is None else refuse
        ):
            merged[result.domain].append(result)
    for name, units, headline, source, *_ in articles:
        if name in refused:
            continue
        yield ExtractResult(
            name, project.pot_path(name), units, written=False, updates=merged[name], headline=headline, source=source
        )
