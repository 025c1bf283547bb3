"""The article chain as plain functions over a `Project`: extract, update, load, assemble.

The CLI calls these; so do `run`, the Ray executor and the benchmarks, so each step has one
home. Every function takes the project and validated locales/domains explicitly.
"""

from __future__ import annotations

import collections
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from l10n.errors import ProjectError
from l10n.fsio import deferred_durability
from l10n.locales import TargetLocale
from l10n.model import Document, Unit
from l10n.parallel import CHUNK_SIZE, IN_FLIGHT_PER_JOB, in_worker_processes
from l10n.project import CONFIG_FILE, SOURCE_SUFFIXES, Project, check_file_name, path_inside, validate_domain

if TYPE_CHECKING:
    from polib import POFile

    from l10n.assemble import LocalizedArticle
    from l10n.assemble.gate import Gate
    from l10n.memory.glossary import Glossary
    from l10n.memory.stamps import Stamps, Watched

OutputFormat = Literal["html", "md", "txt"]


@dataclass
class UpdateResult:
    domain: str
    locale: str
    po_path: Path
    stats: object


@dataclass
class ExtractResult:
    """One article's template and, with `extract --locales`, the POs made from it in the same pass."""

    domain: str
    pot_path: Path
    units: int
    written: bool
    updates: list[UpdateResult] = field(default_factory=list)
    headline: str | None = None


@dataclass
class AssembleResult:
    domain: str
    locale: str
    path: Path
    written: bool
    counts: dict[str, int] = field(default_factory=dict)
    held: dict[str, int] = field(default_factory=dict)  # units the publish gate held back, by reason


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


def parse_document(path: Path) -> Document:
    """Ingest and segment one article: the Document every later stage reads values from."""
    from l10n.ingest import ingest_file
    from l10n.segment import segment_document

    return segment_document(ingest_file(path))


def extract_article(
    project: Project, path: Path, *, domain: str | None = None, locales: Sequence[TargetLocale] = ()
) -> ExtractResult:
    """Article → `locales/<domain>.pot` (rewritten only when its units changed), and with
    `locales` each locale's PO too, from the template in memory (what `update` would do: a new
    PO is created from it, an existing one merged msgmerge-style), so nothing is read back.

    An article extracted before, unchanged since, whose template is as it was written, is not
    read again (`memory.stamps`); its POs are merged only if they changed."""
    from l10n.catalog.po import write_template
    from l10n.extract import extract_units
    from l10n.memory.stamps import fingerprint, process_stamps

    reference = check_file_name(project.relative(path), path=path)
    domain = validate_domain(domain or path.stem)
    pot_path = project.pot_path(domain)
    stamps = process_stamps(project, "extract")
    made: list[tuple[bool, POFile, list[Unit]]] = []

    def load() -> tuple[POFile, list[Unit]]:
        if not made:
            _refuse_domain_taken(project, pot_path, reference, domain=domain)
            units = extract_units(parse_document(path), reference_path=reference)
            written, template = write_template(units, pot_path, domain=domain, source_path=reference)
            made.append((written, template, units))
        return made[0][1], made[0][2]

    if not stamps.fresh(domain, fingerprint([path, pot_path], settings=reference)):
        load()
    updates = list(_update_from_template(project, domain, pot_path, load, locales)) if locales else []
    if made:
        written, _, units = made[0]
        headline = next((unit.msgid for unit in units if unit.msgctxt == "headline"), None)
        stamps.record(domain, fingerprint([path, pot_path], settings=reference), [len(units), headline])
        stamps.save()
        return ExtractResult(
            domain=domain, pot_path=pot_path, units=len(units), written=written, updates=updates, headline=headline
        )
    count, headline = stamps.payload(domain)
    return ExtractResult(
        domain=domain, pot_path=pot_path, units=count, written=False, updates=updates, headline=headline
    )


def _update_from_template(
    project: Project,
    domain: str,
    pot_path: Path,
    load: Callable[[], tuple[POFile, Sequence[Unit]]],
    locales: Sequence[TargetLocale],
) -> Iterator[UpdateResult]:
    """Each locale's PO created or merged from the parsed template of `pot_path` (`load` gives it
    and its units, called only if some PO needs it), with the glossary notes for its units
    (shared by `extract --locales` and `update`).

    A PO merged before from the same template and glossary, and not changed since, is skipped
    without reading it (`memory.stamps`): merging it again would give the same file."""
    from l10n.catalog.po import update_po
    from l10n.catalog.update import MERGE_STAGE, UpdateStats, merge_state
    from l10n.memory.glossary import GLOSSARY_FILE_NAME, glossary_comments
    from l10n.memory.stamps import process_stamps

    glossary = _glossary_of(project)
    stamps = process_stamps(project, MERGE_STAGE)
    state_of = functools.partial(merge_state, pot_path, glossary_path=project.locales_dir / GLOSSARY_FILE_NAME)
    for locale in locales:
        po = project.po_path(locale, domain)
        key = f"{locale.code}/{domain}"
        if stamps.fresh(key, state_of(po, locale_code=locale.code)):
            stats = UpdateStats(kept=stamps.payload(key))
            yield UpdateResult(domain=domain, locale=locale.code, po_path=po, stats=stats)
            continue
        template, units = load()
        notes = glossary_comments(units, locale.code, glossary=glossary)
        stats = update_po(pot_path, po, locale, notes=notes, template=template)
        stamps.record(key, state_of(po, locale_code=locale.code), stats.kept + stats.added + stats.fuzzied)
        yield UpdateResult(domain=domain, locale=locale.code, po_path=po, stats=stats)
    stamps.save()


def _glossary_of(project: Project) -> Glossary:
    """The project glossary, read once per process while the file stays the same."""
    from l10n.memory.glossary import GLOSSARY_FILE_NAME

    path = project.locales_dir / GLOSSARY_FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return _glossary_at(path, None)
    return _glossary_at(path, (stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _glossary_at(path: Path, stamp: tuple[int, int] | None) -> Glossary:
    from l10n.memory.glossary import load_glossary

    return load_glossary(path)


def _refuse_domain_taken(project: Project, pot_path: Path, reference: str, *, domain: str) -> None:
    """Two articles must never share a catalog: `x.txt` and `x.html` would overwrite each other."""
    from l10n.catalog.po import pot_source

    recorded = pot_source(pot_path) if pot_path.is_file() else None
    if recorded and recorded != reference and (project.root / recorded).is_file():
        raise _domain_taken(domain, recorded=recorded, reference=reference)


def _domain_taken(domain: str, *, recorded: str, reference: str) -> ProjectError:
    return ProjectError(
        f"domain {domain!r} already belongs to {recorded}; give this article its own with --domain", path=reference
    )


def _one_article_per_domain(project: Project, files: Iterable[Path], *, jobs: int) -> Iterator[Path]:
    """In a parallel run `x.txt` and `x.html` may reach different workers before either has
    written `x.pot`, so the check `_refuse_domain_taken` makes on disk is made here as well.

    Only for the articles that can still be in flight: the chunk before those is finished (its
    results were taken, in order), so its templates are on disk for the workers' own check.
    """
    recent: collections.OrderedDict[str, Path] = collections.OrderedDict()
    for path in files:
        earlier = recent.setdefault(path.stem, path)
        if earlier != path and project.relative(earlier) != project.relative(path):
            raise _domain_taken(path.stem, recorded=project.relative(earlier), reference=project.relative(path))
        if len(recent) > (IN_FLIGHT_PER_JOB * jobs + 2) * CHUNK_SIZE:
            recent.popitem(last=False)
        yield path


def extract_articles(
    project: Project,
    paths: Sequence[Path | str],
    *,
    domain: str | None = None,
    jobs: int = 1,
    locales: Sequence[TargetLocale] = (),
) -> Iterator[ExtractResult]:
    """Extract many articles; `domain` only makes sense for a single file; `locales` also
    creates or updates each locale's PO in the same pass (`extract_article`).

    One batch: per-file fsync is deferred to one flush of the project's filesystem at the end
    (`fsio.deferred_durability`).
    `jobs` > 1 extracts in that many worker processes (`in_worker_processes`); results still
    come in file order.
    """
    from l10n.memory.stamps import look_up_run

    record = _templates_record(project, paths) if domain is None else None
    if record is not None:
        last, holds = look_up_run(project, record[0])
        if holds:  # no article and no template changed: only the POs may need a merge
            yield from _catalogs_on_record(project, last["articles"], locales=locales, jobs=jobs)
            return
        if _articles_known(project, last):
            listed = list(iter_article_files(paths))
            same = _unchanged_articles(project, last, listed)
            if len(listed) - len(same) <= max(8, len(listed) // 10):  # a few edited: those alone
                yield from _extract_changed(project, record, listed, same, locales=locales, jobs=jobs)
                return
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

    with deferred_durability(project.root):
        if jobs > 1 and domain is None:
            codes = tuple(locale.code for locale in locales)
            work = functools.partial(_extract_one, project, locale_codes=codes)
            results = in_worker_processes(work, _one_article_per_domain(project, taken(files), jobs=jobs), jobs=jobs)
        else:
            results = (extract_article(project, path, domain=domain, locales=locales) for path in taken(files))
        for index, result in enumerate(results):
            done.append((result, consumed[index]))
            yield result
    if record is not None:
        _record_templates(project, record, done)


def _record_templates(
    project: Project, record: tuple[str, Watched], done: Sequence[tuple[ExtractResult, Path]]
) -> None:
    """Keep the whole-run record of `extract`'s templates, with each article's and template's
    state, so that a run after an edit extracts the edited articles alone (`_extract_changed`)."""
    from l10n.fingerprint import code_digest, file_state, filesystem_now
    from l10n.memory.stamps import record_run

    if not done or not project.locales_dir.is_dir():
        return  # nothing was extracted: no record (and no locales/ made for one)
    now = filesystem_now(project.locales_dir)  # before the stats, as `record_run` does
    articles = [
        [result.domain, result.units, result.headline, os.fspath(path), file_state(path), file_state(result.pot_path)]
        for result, path in done
    ]
    config = file_state(project.root / CONFIG_FILE)
    record_run(
        project, record[0], record[1], {"articles": articles, "code": code_digest().hex(), "config": config, "now": now}
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
    from l10n.fingerprint import file_state

    def settled(state: str) -> bool:
        parts = state.split(":")
        return len(parts) == 4 and int(parts[1]) < last["now"] and int(parts[2]) < last["now"]

    known = {article[3]: article for article in last["articles"]}
    same = {}
    for path in files:
        article = known.get(os.fspath(path))
        if (
            article is not None
            and settled(article[4])
            and settled(article[5])
            and file_state(path) == article[4]
            and file_state(project.pot_path(article[0])) == article[5]
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
) -> Iterator[ExtractResult]:
    """`extract` after a few articles changed: those are extracted (and their POs merged), the
    others' results come from the record, their POs merged only where their merge stamps say."""
    done: list[tuple[ExtractResult, Path]] = []
    with deferred_durability(project.root):
        kept = {
            result.domain: result
            for result in _catalogs_on_record(project, list(same.values()), locales=locales, jobs=jobs)
        }
        for path in files:
            article = same.get(os.fspath(path))
            result = kept[article[0]] if article is not None else extract_article(project, path, locales=locales)
            done.append((result, path))
            yield result
    _record_templates(project, record, done)


def _templates_record(project: Project, paths: Sequence[Path | str]) -> tuple[str, Watched] | None:
    """The key and watched files of the whole-run record of extracting `paths` into templates
    (`memory.stamps.record_run`): the articles (files, or folders in full), the templates and
    `l10n.toml`. None for globs, whose matches are not a folder's listing."""
    from l10n.memory.stamps import Watched

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
    project: Project, articles: Sequence[Sequence[Any]], *, locales: Sequence[TargetLocale], jobs: int
) -> Iterator[ExtractResult]:
    """`extract` when its templates are as recorded: each article's result from the record, its
    POs merged only where their merge stamps say so (in `jobs` workers when there are many)."""
    from l10n.catalog.update import MERGE_STAGE, UpdateStats, merge_state
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.memory.stamps import process_stamps

    stamps = process_stamps(project, MERGE_STAGE)
    glossary = project.locales_dir / GLOSSARY_FILE_NAME
    merged: dict[str, list[UpdateResult]] = {}
    stale: list[str] = []
    for name, *_ in articles:
        pot = project.pot_path(name)
        merged[name] = []
        for locale in locales:
            po, key = project.po_path(locale, name), f"{locale.code}/{name}"
            if not stamps.fresh(key, merge_state(pot, po, glossary_path=glossary, locale_code=locale.code)):
                stale.append(name)
                break
            merged[name].append(UpdateResult(name, locale.code, po, UpdateStats(kept=stamps.payload(key))))
    again = set(stale)
    remerged = iter(list(update_catalogs(project, domains=stale, locales=locales, jobs=jobs)) if stale else [])
    for name, units, headline, *_ in articles:
        updates = [next(remerged) for _ in locales] if name in again else merged[name]
        yield ExtractResult(name, project.pot_path(name), units, written=False, updates=updates, headline=headline)


def _extract_one(project: Project, path: Path, *, locale_codes: tuple[str, ...] = ()) -> list[ExtractResult]:
    return [extract_article(project, path, locales=_parsed_locales(locale_codes))]


def update_catalogs(
    project: Project, *, domains: Sequence[str], locales: Sequence[TargetLocale], jobs: int = 1
) -> Iterator[UpdateResult]:
    """Merge each POT into each locale's PO, msgmerge-style (human work kept).

    Glossary terms found in a unit are added as `#. glossary: term = translation` lines for that
    locale, so translators see the required wording where they type. One batch: per-file fsync
    is deferred to one sync at the end (`fsio.deferred_durability`). `jobs` > 1 merges domains
    in that many worker processes; results still come in domain order.
    """
    with deferred_durability(project.root):
        if jobs > 1:
            work = functools.partial(_update_one, project, locale_codes=tuple(locale.code for locale in locales))
            yield from in_worker_processes(work, domains, jobs=jobs)
            return
        for domain in domains:
            pot = project.pot_path(domain)
            if not pot.is_file():
                raise ProjectError(f"no template for domain {domain!r}: run `l10n extract` first", path=pot)
            yield from _update_from_template(project, domain, pot, _template_loader(pot), locales)


def _template_loader(pot: Path) -> Callable[[], tuple[POFile, list[Unit]]]:
    """Reads `pot` and its units on the first call, then gives the same."""
    from l10n.catalog.po import catalog_units, load_catalog

    loaded: list[tuple[POFile, list[Unit]]] = []

    def load() -> tuple[POFile, list[Unit]]:
        if not loaded:
            template = load_catalog(pot)
            loaded.append((template, catalog_units(template)))
        return loaded[0]

    return load


def changed_sources(project: Project, domains: Sequence[str]) -> Iterator[tuple[str, Path]]:
    """(domain, article) for each template older than the article it records (`X-L10n-Source`).

    A template whose recorded article lies outside the project (an article extracted from
    elsewhere, or a crafted header: `recorded_source`) is not re-extracted from there: extracting
    that file again is the editor's call, made by naming it to `extract`.

    Modification times, not content hashes: a stat per file keeps `update` over a corpus cheap,
    and a false alarm (a touched but unchanged article) costs one re-extraction that finds the
    same units and leaves the template as it was (`update` then marks the template checked).
    """
    from l10n.catalog.po import pot_source

    for domain in domains:
        pot = project.pot_path(domain)
        try:
            written = pot.stat().st_mtime_ns
        except OSError:
            continue
        try:
            source = recorded_source(project, pot, pot_source(pot))
        except ProjectError:  # outside the project: never read from here (`extract` that file again)
            continue
        if source is None:
            continue
        try:
            if source.stat().st_mtime_ns > written:
                yield domain, source
        except OSError:
            continue


def _update_one(project: Project, domain: str, *, locale_codes: tuple[str, ...]) -> Iterator[UpdateResult]:
    """One domain in a worker. Locales travel as codes: a `TargetLocale` that has loaded its
    CLDR data pickles to ~100 KB."""
    return update_catalogs(project, domains=[domain], locales=_parsed_locales(locale_codes))


@functools.lru_cache(maxsize=16)
def _parsed_locales(codes: tuple[str, ...]) -> tuple[TargetLocale, ...]:
    from l10n.locales import parse_locale

    return tuple(parse_locale(code) for code in codes)


def source_path_for(project: Project, domain: str) -> Path:
    """The article a domain came from: the POT's recorded source, else `seeds/<domain>.*`."""
    from l10n.catalog.po import pot_source

    pot = project.pot_path(domain)
    candidate = recorded_source(project, pot, pot_source(pot) if pot.is_file() else None)
    if candidate is not None and candidate.is_file():
        return candidate
    return project.source_for(domain)


def article_sources(project: Project, domains: Iterable[str]) -> list[Path]:
    """The article each domain was extracted from (`source_path_for`), in domain order."""
    return [source_path_for(project, domain) for domain in domains]


def recorded_source(project: Project, pot: Path, recorded: str | None) -> Path | None:
    """The article a template's `X-L10n-Source` header names, resolved under the project root
    (relative to it, or absolute inside it); None when the header is empty. The header is
    hostile input like the rest of the file: a path that leaves the root — absolute, with `..`,
    or through a symlink — is refused with one line naming the template, so a crafted template
    cannot make `update`, `assemble` or `publish` read any file and print it into catalogs,
    editions or the site (`project.path_inside`)."""
    if not recorded:
        return None
    candidate = Path(recorded) if Path(recorded).is_absolute() else project.root / recorded
    try:
        path_inside(candidate, project.root)
    except ProjectError:
        raise ProjectError(
            f"X-L10n-Source {recorded!r} is outside the project; extract the article from inside it", path=pot
        ) from None
    return candidate


def assemble_domain(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    *,
    formats: Sequence[OutputFormat] = ("html",),
    gate: Gate | None = None,
) -> Iterator[AssembleResult]:
    """Rebuild the article in every locale: source values + PO text → `build/<locale>/<domain>.<ext>`
    (`assemble_domains` for one domain)."""
    yield from assemble_domains(project, [domain], locales, formats=formats, gate=gate)


def assemble_domains(
    project: Project,
    domains: Iterable[str],
    locales: Sequence[TargetLocale],
    *,
    formats: Sequence[OutputFormat] = ("html",),
    gate: Gate | None = None,
    jobs: int = 1,
    sources: dict[str, Path] | None = None,
) -> Iterator[AssembleResult]:
    """Rebuild each article in every locale: source values + PO text → `build/<locale>/<domain>.<ext>`.

    Translations pass the publish gate first (`assemble.gate`): a unit with a QA error or an
    outdated source is shown as the source sentence, and counted in `AssembleResult.held`.

    An edition whose inputs (article, PO, glossary, MT failure log, `l10n.toml`) and outputs are
    as a finished earlier build left them is not rebuilt (`memory.stamps`); the article is parsed
    and the gate made only if some edition needs them.

    Articles are independent: `jobs` > 1 builds them in that many worker processes
    (`in_worker_processes`), results in domain order. This process alone decides what is stale
    and records the stamps (after the editions are written); workers only render and write.
    Only articles with a stale edition go to the workers: after a one-sentence edit, shipping
    999 finished plans to them and their results back was most of the run. `sources` (a dict)
    gets each domain's article, for a caller that records what the run read.
    """
    from l10n.memory.stamps import fingerprint, stage_stamps

    settings = ",".join(formats)
    with deferred_durability(project.root), stage_stamps(project, "assemble") as stamps:
        plans = [_edition_plan(project, domain, locales, formats, stamps) for domain in domains]
        if sources is not None:
            sources.update((plan[0], plan[1]) for plan in plans)
        work = functools.partial(_build_editions, project, formats=tuple(formats), gate=gate)
        stale = [plan for plan in plans if any(recorded is None for _, recorded in plan[2])]
        stale_ids = {id(plan) for plan in stale}
        rebuilt_plans = in_worker_processes(work, stale, jobs=jobs) if jobs > 1 else (r for p in stale for r in work(p))
        built = (
            item
            for plan in plans
            for item in (work(plan) if id(plan) not in stale_ids else _taken(rebuilt_plans, len(plan[2])))
        )
        for results, rebuilt in built:
            if rebuilt is not None:
                key, inputs, counts, held = rebuilt
                stamps.record(key, fingerprint(inputs, settings=settings), [counts, held])
            yield from results


def _taken(items: Iterator[Any], count: int) -> Iterator[Any]:
    for _ in range(count):
        yield next(items)


_EditionPlan = tuple[str, Path, list[tuple[TargetLocale, Any]]]  # (domain, article, [(locale, recorded or None)])


def _edition_inputs(
    project: Project, domain: str, source: Path, locale: TargetLocale, formats: Sequence[OutputFormat]
) -> list[str]:
    """What can change an edition: the article, glossary, QA's MT failures, config, the PO, and
    the outputs themselves (a deleted or hand-edited output is rebuilt). Paths as strings,
    joined without the symlink check of `Project.po_path`/`build_path`: they are only stat'ed
    here (10,000 editions took ~1 s in `pathlib` alone), and checked where they are written."""
    code, locales_dir = locale.code, os.fspath(project.locales_dir)
    return [
        *_shared_inputs(project),
        os.fspath(source),
        os.path.join(locales_dir, code, "LC_MESSAGES", f"{domain}.po"),
        *(os.path.join(os.fspath(project.build_dir), code, f"{domain}.{fmt}") for fmt in formats),
    ]


def _shared_inputs(project: Project) -> tuple[str, ...]:
    """The inputs every edition shares: the glossary, QA's MT failure log, `l10n.toml`."""
    return _shared_inputs_of(project.root, project.locales_dir, project.state_dir)


@functools.lru_cache(maxsize=4)
def _shared_inputs_of(root: Path, locales_dir: Path, state_dir: Path) -> tuple[str, ...]:
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.qa.mt_failures import failures_path

    paths = (locales_dir / GLOSSARY_FILE_NAME, failures_path(state_dir), root / CONFIG_FILE)
    return tuple(os.fspath(path) for path in paths)


def _edition_plan(
    project: Project, domain: str, locales: Sequence[TargetLocale], formats: Sequence[OutputFormat], stamps: Stamps
) -> _EditionPlan:
    from l10n.memory.stamps import fingerprint

    source, plan = source_path_for(project, domain), []
    for locale in locales:
        key, inputs = f"{locale.code}/{domain}", _edition_inputs(project, domain, source, locale, formats)
        fresh = stamps.fresh(key, fingerprint(inputs, settings=",".join(formats)))
        plan.append((locale, stamps.payload(key) if fresh else None))
    return domain, source, plan


def _build_editions(
    project: Project, plan: _EditionPlan, *, formats: tuple[OutputFormat, ...], gate: Gate | None
) -> Iterator[tuple[list[AssembleResult], tuple[str, list[str], dict, dict] | None]]:
    """One article's editions, the stale ones built and written (in a worker, or here): per
    edition its results, and (stamp key, inputs, counts, held) when it was rebuilt, for the
    caller to record. Per edition, so an error leaves the editions before it reported."""
    from l10n.assemble import write_article

    domain, source, editions = plan
    document: Document | None = None
    for locale, recorded in editions:
        outputs = [project.build_path(locale, domain, fmt) for fmt in formats]
        if recorded is not None:
            counts, held = recorded
            yield (
                [
                    AssembleResult(domain, locale.code, path, written=False, counts=counts, held=held)
                    for path in outputs
                ],
                None,
            )
            continue
        document = parse_document(source) if document is None else document
        gate = gate or _gate_for(project)
        article = assemble_edition(project, document, locale, domain=domain, gate=gate)
        counts, held = dict(article.counts), dict(article.held)
        results = [
            AssembleResult(
                domain, locale.code, path, written=write_article(article, path, fmt), counts=counts, held=held
            )
            for fmt, path in zip(formats, outputs, strict=True)
        ]
        yield (
            results,
            (f"{locale.code}/{domain}", _edition_inputs(project, domain, source, locale, formats), counts, held),
        )


def _gate_for(project: Project) -> Gate:
    from l10n.assemble.gate import Gate

    return Gate.for_project(project)


def assemble_edition(
    project: Project, document: Document, locale: TargetLocale, *, domain: str, gate: Gate | None = None
) -> LocalizedArticle:
    """One locale's edition of a parsed article, through the publish gate. The source locale's
    edition is the source itself: no catalog is read, every sentence keeps its own wording."""
    from l10n.assemble import assemble_article

    gate = gate or _gate_for(project)
    if locale.code == parse_source_locale(document).code:
        return assemble_article(document, {}, locale, domain=domain)
    translations, held = gate.gated_translations(project.po_path(locale, domain), locale=locale, domain=domain)
    return assemble_article(document, translations, locale, domain=domain, held=held)


def parse_source_locale(document: Document) -> TargetLocale:
    """The source article's locale (its declared language, else the project default "en")."""
    from l10n.errors import LocaleError
    from l10n.locales import SOURCE_LOCALE, parse_locale

    try:
        return parse_locale(document.source_locale or SOURCE_LOCALE)
    except LocaleError:  # an odd declared tag (lang="x-klingon"): the project's source locale
        return parse_locale(SOURCE_LOCALE)
