"""Assemble over a project: which editions are stale, building them (in worker processes when
asked), and what `publish` takes of them (`publish.built`); the article each domain came from
is found in `article_sources.py` (re-exported here).

`pipeline` re-exports these names for the CLI and `run`; `publish` imports them from here, so
the assemble layer does not reach up into `pipeline`. Library imports stay inside the
functions, as they were in `pipeline`, so importing this module stays cheap for every command.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from l10n.article_sources import (  # re-exported: `publish` and the CLI find them here
    SOURCE_STAGE,
    ArticleSources,
    article_document,
    article_sources,
    known_stats,
    recorded_source,
    source_and_probes,
    source_path_for,
)
from l10n.fsio import deferred_durability
from l10n.locales import TargetLocale
from l10n.model import Document
from l10n.parallel import in_worker_processes
from l10n.project import CONFIG_FILE, Project, validate_domain

if TYPE_CHECKING:
    from l10n.assemble import LocalizedArticle
    from l10n.assemble.gate import Gate
    from l10n.fingerprint import StatsSeen
    from l10n.memory.stamps import StampLookup, Stamps

__all__ = [
    "ARTICLE_STAGE",
    "EDITION_STAGE",
    "SOURCE_STAGE",
    "ArticleSources",
    "AssembleResult",
    "article_document",
    "article_sources",
    "assemble_domain",
    "assemble_domains",
    "assemble_edition",
    "edition_inputs",
    "parse_document",
    "parse_source_locale",
    "recorded_source",
    "shared_inputs",
    "source_edition_inputs",
    "source_path_for",
]

OutputFormat = Literal["html", "md", "txt"]


@dataclass
class AssembleResult:
    domain: str
    locale: str
    location: Path | str  # the edition's file; a string for one only named (a re-run names 30,000)
    written: bool
    counts: dict[str, int] = field(default_factory=dict)
    held: dict[str, int] = field(default_factory=dict)  # units the publish gate held back, by reason

    @property
    def path(self) -> Path:
        return self.location if isinstance(self.location, Path) else Path(self.location)


def parse_document(path: Path) -> Document:
    """Ingest and segment one article: the Document every later stage reads values from
    (`article_document` takes the parse `extract` kept when it is of the article as it is)."""
    from l10n.memory.documents import parse_article

    return parse_article(path)


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
    seen: StatsSeen | None = None,
) -> Iterator[AssembleResult]:
    """Rebuild each article in every locale: source values + PO text → `build/<locale>/<domain>.<ext>`.

    Translations pass the publish gate first (`assemble.gate`): a unit with a QA error or an
    outdated source is shown as the source sentence, and counted in `AssembleResult.held`.

    An edition whose inputs (article, PO, glossary, MT failure log, `l10n.toml`) and outputs are
    as a finished earlier build left them is not rebuilt (`memory.stamps`); the article is parsed
    and the gate made only if some edition needs them. An article none of whose files moved
    since its record (`_recorded_article`: template, source, POs, editions, shared inputs; racy
    ones by content: `memory.stamps`) is not planned at all: its results come from the record, so a re-run after
    a one-sentence edit costs a stat per file for the other articles.

    Articles are independent: `jobs` > 1 builds them in that many worker processes
    (`in_worker_processes`), results in domain order. This process alone decides what is stale
    and records the stamps (after the editions are written); workers only render and write.
    Only articles with a stale edition go to the workers: after a one-sentence edit, shipping
    999 finished plans to them and their results back was most of the run. `sources` (a dict)
    gets each domain's article, for a caller that records what the run read. `seen`: the stats
    the caller's whole-run record took (`fingerprint.StatsSeen`), so that planning, which is
    done before anything is written, stats no file twice.
    """
    from l10n.assemble.built import SOURCE_EDITION_STAGE
    from l10n.memory.stamps import StampLookup, StampWriter, fingerprint, stage_stamps

    settings, codes = ",".join(formats), [locale.code for locale in locales]
    whole = json.dumps([list(formats), codes])  # what an article record is for
    with (
        deferred_durability(project.root),
        stage_stamps(project, EDITION_STAGE) as stamps,
        stage_stamps(project, ARTICLE_STAGE) as articles,
    ):
        plans, probes = [], {}
        rows: StampLookup | None = StampLookup(project, EDITION_STAGE)  # until more than a few are planned
        for domain in domains:
            plan = _recorded_article(project, domain, locales, formats, articles, whole, seen)
            if plan is None:
                source, probes[domain] = source_and_probes(project, domain)
                rows = rows if len(probes) <= FEW_PLANNED else None
                plan = _edition_plan(project, domain, source, locales, formats, stamps, seen, rows)
            plans.append(plan)
        edition_stamps = stamps if rows is None else StampWriter(stamps, EDITION_STAGE)
        if sources is not None:
            sources.update((plan[0], plan[1]) for plan in plans)
        recorded_sources = StampLookup(project, SOURCE_EDITION_STAGE)
        work = functools.partial(
            _build_editions, project, formats=tuple(formats), gate=gate, recorded_sources=recorded_sources
        )
        stale = [plan for plan in plans if any(recorded is None for _, recorded in plan[2])]
        stale_ids = {id(plan) for plan in stale}
        rebuilt_plans = in_worker_processes(work, stale, jobs=jobs) if jobs > 1 else (r for p in stale for r in work(p))
        built = (
            item
            for plan in plans
            for item in (work(plan) if id(plan) not in stale_ids else _taken(rebuilt_plans, len(plan[2])))
        )
        done: dict[str, list[list[dict]]] = {}  # per article not taken from its record: its editions' results
        source_pages = StampWriter(stamps, SOURCE_EDITION_STAGE)  # large: written without loading that stage
        written: dict[str, str] = {}  # each edition file rendered: the hash of its bytes (`fingerprint(written=…)`)
        for results, rebuilt in built:
            if rebuilt is not None:
                key, inputs, counts, held, facts, source_page, digests = rebuilt
                written.update(digests)
                edition_stamps.record(
                    key, fingerprint(inputs, settings=settings, written=digests), [counts, held, facts]
                )
                if source_page is not None:
                    domain, source_inputs, payload = source_page
                    source_pages.record(domain, fingerprint(source_inputs), payload)
            if results and results[0].domain in probes:
                done.setdefault(results[0].domain, []).append([results[0].counts, results[0].held])
            if seen is not None:  # its stat seen before is not what the whole-run record keeps
                for result in results:
                    if result.written:
                        seen.forget(result.path)
            yield from results
        source_pages.save()
        if edition_stamps is not stamps:
            edition_stamps.save()
        _record_articles(
            project,
            articles,
            whole,
            formats,
            codes,
            [(p, probes[p[0]], done) for p in plans if p[0] in probes],
            written,
        )


ARTICLE_STAGE = "assemble article"
FEW_PLANNED = 8
"""Articles planned edition by edition, at most, whose editions' stamps are asked one row at a
time (`StampLookup`) rather than by loading the whole stage (10,000 rows and ~7 MB of facts at
1,000 articles × 10 locales, for the one article a one-sentence edit changed)."""
EDITION_STAGE = "assemble"  # per edition: [counts, held, `edition_facts`] (`publish.built` reads them)


def _article_inputs(
    project: Project, domain: str, source: str, probes: Sequence[str], codes: Sequence[str], formats: Sequence[str]
) -> list[str]:
    """Every file an article's editions depend on or are: the shared inputs, its template (the
    source it names), the paths probed for its source, the source, its POs and its editions.
    Strings joined here, no `pathlib`: a re-run stats these for every article."""
    # what `os.path.join` gives for these parts (a folder of `Project`, names without a
    # separator: `validate_domain`, locale codes), concatenated: a re-run joins ~45,000
    sep, locales_dir, build_dir = os.sep, os.fspath(project.locales_dir), os.fspath(project.build_dir)
    return [
        *shared_inputs(project),
        f"{locales_dir}{sep}{domain}.pot",
        *probes,
        source,
        *[f"{locales_dir}{sep}{code}{sep}LC_MESSAGES{sep}{domain}.po" for code in codes],
        *[f"{build_dir}{sep}{code}{sep}{domain}.{fmt}" for code in codes for fmt in formats],
    ]


def _recorded_article(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    formats: Sequence[OutputFormat],
    articles: Stamps,
    whole: str,
    seen: StatsSeen | None = None,
) -> _EditionPlan | None:
    """An article all of whose editions are as its record left them (every input and output
    file as recorded, racy ones by content: `memory.stamps`): its plan with every edition's
    recorded result, found without reading its template or building a `Path` per file. None
    when there is no such record or anything moved (its editions are then planned one by one)."""
    from l10n.memory.stamps import fingerprint

    validate_domain(domain)
    kept = articles.payload(domain)
    try:
        source, probes, editions = kept["source"], kept["probes"], kept["editions"]
        if len(editions) != len(locales) or not isinstance(source, str):
            return None
        codes = [locale.code for locale in locales]
        inputs = _article_inputs(project, domain, source, probes, codes, formats)
        if not articles.fresh(domain, fingerprint(inputs, settings=whole, known=known_stats(seen))):
            return None
        return domain, Path(source), [(locale, tuple(edition)) for locale, edition in zip(locales, editions)]
    except (TypeError, KeyError, ValueError):  # no record, or one of another shape
        return None


def _record_articles(
    project: Project,
    articles: Stamps,
    whole: str,
    formats: Sequence[str],
    codes: Sequence[str],
    planned: list[tuple[_EditionPlan, list[str], dict[str, list[list[dict]]]]],
    written: dict[str, str] | None = None,
) -> None:
    """Record each article planned edition by edition whose editions all finished, after the
    run wrote them (a file touched in the tick of its stat is kept by content: `memory.stamps`;
    an edition file this run rendered by the hash of the bytes written, `written`)."""
    from l10n.memory.stamps import fingerprint

    for (domain, source, _), probes, done in planned:
        editions = done.get(domain, [])
        if len(editions) == len(codes):
            inputs = _article_inputs(project, domain, os.fspath(source), probes, codes, formats)
            payload = {"source": os.fspath(source), "probes": probes, "editions": editions}
            articles.record(domain, fingerprint(inputs, settings=whole, written=written), payload)


def _taken(items: Iterator[Any], count: int) -> Iterator[Any]:
    for _ in range(count):
        yield next(items)


_EditionPlan = tuple[str, Path, list[tuple[TargetLocale, Any]]]  # (domain, article, [(locale, recorded or None)])


def edition_inputs(
    project: Project, domain: str, source: Path, locale: TargetLocale, formats: Sequence[OutputFormat]
) -> list[str]:
    """What can change an edition: the article, glossary, QA's MT failures, config, the PO, and
    the outputs themselves (a deleted or hand-edited output is rebuilt). Paths as strings,
    joined without the symlink check of `Project.po_path`/`build_path`: they are only stat'ed
    here (10,000 editions took ~1 s in `pathlib` alone), and checked where they are written."""
    code, locales_dir = locale.code, os.fspath(project.locales_dir)
    return [
        *shared_inputs(project),
        os.fspath(source),
        os.path.join(locales_dir, code, "LC_MESSAGES", f"{domain}.po"),
        *(os.path.join(os.fspath(project.build_dir), code, f"{domain}.{fmt}") for fmt in formats),
    ]


def shared_inputs(project: Project) -> tuple[str, ...]:
    """The inputs every edition shares: the glossary, QA's MT failure log, `l10n.toml`."""
    return _shared_inputs_of(project.root, project.locales_dir, project.state_dir)


@functools.lru_cache(maxsize=4)
def _shared_inputs_of(root: Path, locales_dir: Path, state_dir: Path) -> tuple[str, ...]:
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.mt.failures import failures_path

    paths = (locales_dir / GLOSSARY_FILE_NAME, failures_path(state_dir), root / CONFIG_FILE)
    return tuple(os.fspath(path) for path in paths)


def _edition_plan(
    project: Project,
    domain: str,
    source: Path,
    locales: Sequence[TargetLocale],
    formats: Sequence[OutputFormat],
    stamps: Stamps,
    seen: StatsSeen | None = None,
    rows: StampLookup | None = None,
) -> _EditionPlan:
    """Each edition of an article with its recorded result, or None where it must be built;
    `rows`: the stage's stamps asked one at a time (`FEW_PLANNED`) instead of `stamps`."""
    from l10n.memory.stamps import fingerprint

    plan: list[tuple[TargetLocale, Any]] = []
    for locale in locales:
        key = f"{locale.code}/{domain}"
        if rows is not None:
            inputs = edition_inputs(project, domain, source, locale, formats)
            fresh, payload = rows.recorded(
                key, fingerprint(inputs, settings=",".join(formats), known=known_stats(seen))
            )
            plan.append((locale, payload if fresh else None))
            continue
        if not stamps.has(key):  # never built: stale, no need to stat its inputs
            plan.append((locale, None))
            continue
        inputs = edition_inputs(project, domain, source, locale, formats)
        fresh = stamps.fresh(key, fingerprint(inputs, settings=",".join(formats), known=known_stats(seen)))
        plan.append((locale, stamps.payload(key) if fresh else None))
    return domain, source, plan


def _build_editions(
    project: Project,
    plan: _EditionPlan,
    *,
    formats: tuple[OutputFormat, ...],
    gate: Gate | None,
    recorded_sources: StampLookup | None = None,
) -> Iterator[tuple[list[AssembleResult], tuple[str, list[str], dict, dict, dict, Any, dict[str, str]] | None]]:
    """One article's editions, the stale ones built and written (in a worker, or here): per
    edition its results, and (stamp key, inputs, counts, held, `edition_facts`, source page,
    content hash of each file's bytes) when it was rebuilt, for the caller to record. Per
    edition, so an error leaves the editions before it reported."""
    from l10n.assemble import render_article
    from l10n.assemble.built import edition_facts
    from l10n.fingerprint import data_digest
    from l10n.fsio import atomic_write_bytes

    domain, source, editions = plan
    document: Document | None = None
    build_dir = os.fspath(project.build_dir)
    for locale, recorded in editions:
        if recorded is not None:  # not written: its path only named (`build_path` checks one to write)
            counts, held = recorded[0], recorded[1]
            yield (
                [
                    AssembleResult(
                        domain,
                        locale.code,
                        os.path.join(build_dir, locale.code, f"{domain}.{fmt}"),
                        written=False,
                        counts=counts,
                        held=held,
                    )
                    for fmt in formats
                ],
                None,
            )
            continue
        outputs = [project.build_path(locale, domain, fmt) for fmt in formats]
        source_page = None
        gate = gate or _gate_for(project)
        if document is None:
            document = article_document(project, source)
            source_page = _source_page(project, document, domain, source, gate, recorded_sources)
        article = assemble_edition(project, document, locale, domain=domain, gate=gate)
        counts, held = dict(article.counts), dict(article.held)
        facts = edition_facts(article, formats)
        inputs = edition_inputs(project, domain, source, locale, formats)
        results, digests = [], {}
        for fmt, path, named in zip(formats, outputs, inputs[-len(formats) :], strict=True):
            data = render_article(article, fmt).encode("utf-8")  # what `write_article` writes
            results.append(
                AssembleResult(
                    domain, locale.code, path, written=atomic_write_bytes(path, data), counts=counts, held=held
                )
            )
            digests[named] = data_digest(data)  # its stamp takes the bytes written, not a read back
        yield results, (f"{locale.code}/{domain}", inputs, counts, held, facts, source_page, digests)


def _source_page(
    project: Project, document: Document, domain: str, source: Path, gate: Gate, recorded: StampLookup | None
) -> tuple[str, list[str], dict] | None:
    """The source-language edition as a site page needs it (`assemble.built`), for `publish`
    (its inputs: the article and `l10n.toml`): made for an article this run parses, unless
    `recorded` holds it for the article as it is (a PO edited: the article's source is not), and
    not for an article with relative images (decided before assembling it: publish takes none)."""
    from l10n.assemble.built import source_edition_record
    from l10n.assemble.figures import figure_images
    from l10n.memory.stamps import fingerprint

    if any(image.is_relative for image in figure_images(document.extra).values()):
        return None  # publish assembles it (the site moves relative images): none to make here
    inputs = source_edition_inputs(project, source)
    if recorded is not None and recorded.recorded(domain, fingerprint(inputs))[0]:
        return None
    article = assemble_edition(project, document, parse_source_locale(document), domain=domain, gate=gate)
    return domain, inputs, source_edition_record(article)


def source_edition_inputs(project: Project, source: Path | str) -> list[str]:
    """What the source edition is made of: the article (and `l10n.toml`, as for every edition)."""
    return [os.fspath(project.root / CONFIG_FILE), os.fspath(source)]


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
