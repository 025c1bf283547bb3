"""Assemble over a project: which editions are stale, building them (in worker processes when
asked), and what `publish` takes of them (`publish.built`); the article each domain came from
is found in `article_sources.py`, what an edition depends on and the records that let a re-run
skip it in `assembly_plan.py` (both re-exported here).

`pipeline` re-exports these names for the CLI and `run`; `publish` imports them from here, so
the assemble layer does not reach up into `pipeline`. Library imports stay inside the
functions, as they were in `pipeline`, so importing this module stays cheap for every command.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.article_sources import (  # re-exported: `publish` and the CLI find them here
    SOURCE_STAGE,
    ArticleSources,
    article_document,
    article_sources,
    recorded_source,
    source_and_probes,
    source_path_for,
)
from l10n.assembly_plan import (  # re-exported: `publish` finds them here
    ARTICLE_STAGE,
    EDITION_STAGE,
    FEW_PLANNED,
    EditionPlan,
    OutputFormat,
    article_settings,
    edition_inputs,
    edition_plan,
    record_articles,
    recorded_article,
    shared_inputs,
    source_edition_inputs,
    written_stamp,
)
from l10n.collector import collector_paused
from l10n.errors import ArticleMissing, LocaleError
from l10n.fsio import deferred_durability
from l10n.locales import SOURCE_LOCALE, TargetLocale, parse_locale
from l10n.parallel import in_worker_processes
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.assemble import LocalizedArticle
    from l10n.assemble.article import EditionShares
    from l10n.assemble.gate import Gate
    from l10n.fingerprint import StatsSeen
    from l10n.memory.stamps import StampLookup
    from l10n.model import Document

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
    "source_edition_locale",
    "source_path_for",
]


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
    orphans: list[str] | None = None,
) -> Iterator[AssembleResult]:
    """Rebuild each article in every locale: source values + PO text → `build/<locale>/<domain>.<ext>`.

    Translations pass the publish gate first (`assemble.gate`): a unit with a QA error or an
    outdated source is shown as the source sentence, and counted in `AssembleResult.held`.

    An edition whose inputs (article, PO, glossary, MT failure log, `l10n.toml`) and outputs are
    as a finished earlier build left them is not rebuilt (`memory.stamps`); the article is parsed
    and the gate made only if some edition needs them. An article none of whose files moved
    since its record (`assembly_plan.recorded_article`: template, source, POs, editions, shared inputs; racy
    ones by content: `memory.stamps`) is not planned at all: its results come from the record, so a re-run after
    a one-sentence edit costs a stat per file for the other articles.

    The cyclic garbage collector is paused meanwhile (`collector.collector_paused`: building and
    writing editions makes millions of objects and next to no cycles; its passes over the
    growing heap were ~20 % of a cold run's user CPU), and the workers fork paused.

    Articles are independent: `jobs` > 1 builds them in that many worker processes
    (`in_worker_processes`), results in domain order. This process alone decides what is stale
    and records the stamps (after the editions are written); workers only render and write.
    Only articles with a stale edition go to the workers: after a one-sentence edit, shipping
    999 finished plans to them and their results back was most of the run. The first of them is
    built and written here, as one process does, and the pool forks only once it is done (when
    the second's results are asked for), so the workers fork warm: each imported on its first
    article what a parent that builds nothing never loads (the three writers, `babel.dates`,
    `babel.numbers`, `babel.localtime`, the kept parse's table check: ~50 modules) and each
    locale's CLDR data and date pattern, ~60 ms of CPU against ~7 ms for its next article at
    200 × 10 (session 47, `bench/site_write.py`; that session built the article in memory before
    the fork and a worker built it again, 16–18 ms: Session 48). A damaged catalog of that
    article is refused here, before any worker starts, none of its editions written.
    `sources` (a dict) gets each domain's article, for a caller that records what the run read.
    `seen`: the stats the caller's whole-run record took (`fingerprint.StatsSeen`), so that
    planning, which is done before anything is written, stats no file twice. `orphans` (a
    list): a domain whose article is gone (`errors.ArticleMissing`: its template outlived it) is
    added there and skipped, so one deleted article does not stop the batch; without it, it is
    an error.
    """
    from l10n.assemble.built import SOURCE_EDITION_STAGE
    from l10n.memory.stamps import StampLookup, StampWriter, fingerprint, stage_stamps

    settings, codes = ",".join(formats), [locale.code for locale in locales]
    whole = article_settings(formats, codes)
    with (
        collector_paused(),
        deferred_durability(project.root),
        stage_stamps(project, EDITION_STAGE) as stamps,
        stage_stamps(project, ARTICLE_STAGE) as articles,
    ):
        plans, probes = [], {}
        rows: StampLookup | None = StampLookup(project, EDITION_STAGE)  # until more than a few are planned
        for domain in domains:
            plan = recorded_article(project, domain, locales, formats, articles, whole, seen)
            if plan is None:
                try:
                    source, probes[domain] = source_and_probes(project, domain)
                except ArticleMissing:
                    if orphans is None:
                        raise
                    orphans.append(domain)
                    continue
                rows = rows if len(probes) <= FEW_PLANNED else None
                plan = edition_plan(project, domain, source, locales, formats, stamps, seen, rows)
            plans.append(plan)
        edition_stamps = stamps if rows is None else StampWriter(stamps, EDITION_STAGE)
        if sources is not None:
            sources.update((plan[0], plan[1]) for plan in plans)
        recorded_sources = StampLookup(project, SOURCE_EDITION_STAGE)
        work = functools.partial(
            _build_editions, project, formats=tuple(formats), gate=gate, recorded_sources=recorded_sources
        )
        stale = [plan for plan in plans if any(recorded is None for _, recorded in plan[2])]
        # with workers, the first stale article is built and written here (see the docstring)
        sent = stale[1:] if jobs > 1 else stale
        stale_ids = {id(plan) for plan in sent}
        rebuilt_plans = in_worker_processes(work, sent, jobs=jobs) if jobs > 1 else (r for p in sent for r in work(p))
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
                edition_stamps.record(key, written_stamp(inputs, settings, digests, seen), [counts, held, facts])
                if source_page is not None:
                    domain, source_inputs, payload = source_page
                    source_pages.record(domain, fingerprint(source_inputs), payload)
            if results and results[0].domain in probes:
                done.setdefault(results[0].domain, []).append([results[0].counts, results[0].held])
            if seen is not None:  # its stat seen before is not what the whole-run record keeps
                for result in results:
                    if result.written:
                        seen.forget(result.location)
            yield from results
        source_pages.save()
        if edition_stamps is not stamps:
            edition_stamps.save()
        record_articles(
            project,
            articles,
            whole,
            formats,
            codes,
            [(p, probes[p[0]], done) for p in plans if p[0] in probes],
            written,
            seen,
        )


def _taken(items: Iterator[Any], count: int) -> Iterator[Any]:
    for _ in range(count):
        yield next(items)


def _build_editions(
    project: Project,
    plan: EditionPlan,
    *,
    formats: tuple[OutputFormat, ...],
    gate: Gate | None,
    recorded_sources: StampLookup | None = None,
) -> Iterator[tuple[list[AssembleResult], tuple[str, list[str], dict, dict, dict, Any, dict[str, str]] | None]]:
    """One article's editions, the stale ones built and written (in a worker, or here): per
    edition its results, and (stamp key, inputs, counts, held, `edition_facts`, source page,
    content hash of each file's bytes) when it was rebuilt, for the caller to record. Every
    stale edition is assembled (its catalog read) before any is written, so a damaged catalog
    leaves all of the article's editions as they were (`cli.refusals`); the article's editions
    before a later error (a write failing) are reported."""
    from l10n.assemble import render_formats
    from l10n.assemble.article import EditionShares
    from l10n.assemble.built import edition_facts
    from l10n.assemble.readiness import mark_unfinished
    from l10n.fingerprint import data_digest
    from l10n.fsio import atomic_write_bytes
    from l10n.fsio_notes import written_note

    domain, source, editions = plan
    document: Document | None = None
    shared = EditionShares()  # what the article's editions share: source sentences' pieces, blocks
    build_dir = os.fspath(project.build_dir)
    source_page = None
    stale: dict[str, LocalizedArticle] = {}  # all read before any is written: a damaged catalog writes none
    for locale, recorded in editions:
        if recorded is None:
            gate = gate or _gate_for(project)
            if document is None:
                document = article_document(project, source)
                source_page = _source_page(project, document, domain, source, gate, recorded_sources, shared)
            stale[locale.code] = assemble_edition(project, document, locale, domain=domain, gate=gate, shared=shared)
    source_code = source_edition_locale(project, document).code if document is not None else ""
    for locale, recorded in editions:
        if recorded is not None:  # not written: its path only named (`build_path` checks one to write)
            counts, held = recorded[0], recorded[1]
            named = f"{build_dir}{os.sep}{locale.code}{os.sep}{domain}."  # `os.path.join`'s, as in `edition_inputs`
            yield (
                [
                    AssembleResult(domain, locale.code, named + fmt, written=False, counts=counts, held=held)
                    for fmt in formats
                ],
                None,
            )
            continue
        # checked, strings; and whether the check's lstat found each free (the write's stat skipped)
        outputs = [project.build_file_found(locale.code, domain, fmt) for fmt in formats]
        article = stale[locale.code]
        counts, held = dict(article.counts), dict(article.held)
        facts = edition_facts(article, formats)
        inputs = edition_inputs(project, domain, source, locale, formats)
        results, digests = [], {}
        texts = render_formats(article, formats)  # the blocks grouped once for every format
        if locale.code != source_code:  # a translation below its policy says so (`assemble.readiness`)
            texts = mark_unfinished(texts, formats, article, project.settings.readiness_for(locale))
        for text, (path, missing), named in zip(texts, outputs, inputs[-len(formats) :], strict=True):
            data = text.encode("utf-8")  # what `write_article` writes
            written = atomic_write_bytes(path, data, missing=missing)
            results.append(AssembleResult(domain, locale.code, path, written=written, counts=counts, held=held))
            # the hash of the bytes written, not a read back: the note `atomic_write_bytes` left
            # (`fsio_notes.written_note`, the same hash of the same bytes) while the command notes
            # its writes, else hashed here (a worker process, a caller not noting)
            note = written_note(path)
            digests[named] = note.digest if note is not None else data_digest(data)
        yield results, (f"{locale.code}/{domain}", inputs, counts, held, facts, source_page, digests)
        source_page = None  # (with the first edition rebuilt)


def _source_page(
    project: Project,
    document: Document,
    domain: str,
    source: Path,
    gate: Gate,
    recorded: StampLookup | None,
    shared: EditionShares | None = None,
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
    locale = source_edition_locale(project, document)
    article = assemble_edition(project, document, locale, domain=domain, gate=gate, shared=shared)
    return domain, inputs, source_edition_record(article)


def _gate_for(project: Project) -> Gate:
    from l10n.assemble.gate import Gate

    return Gate.for_project(project)


def assemble_edition(
    project: Project,
    document: Document,
    locale: TargetLocale,
    *,
    domain: str,
    gate: Gate | None = None,
    shared: EditionShares | None = None,
) -> LocalizedArticle:
    """One locale's edition of a parsed article, through the publish gate. The source locale's
    edition is the source itself: no catalog is read, every sentence keeps its own wording.
    `shared`: one per document, shared by its editions (`assemble.article.EditionShares`)."""
    from l10n.assemble import assemble_article

    gate = gate or _gate_for(project)
    if locale.code == parse_source_locale(document).code:
        return assemble_article(document, {}, locale, domain=domain, shared=shared)
    if locale.code == source_edition_locale(project, document).code:  # the article's own language
        as_locale = dataclasses.replace(document, source_locale=locale.code)  # the source edition, as that locale
        return assemble_article(as_locale, {}, locale, domain=domain)
    po, found = project.po_to_read_found(locale.code, domain)  # (its check's lstat: the gate's stat)
    translations, held = gate.gated_translations(po, locale=locale, domain=domain, found=found)
    return assemble_article(document, translations, locale, domain=domain, held=held, shared=shared)


def source_edition_locale(project: Project, document: Document) -> TargetLocale:
    """The locale the source edition is made and published as: the project locale that is the
    article's own language (`locales.own_language_locale`, with the region the article states:
    a `zh_Hans` article is the zh_CN
    edition, never a translation of itself, and no `site/zh_Hans/` beside it), else its
    declared language (`parse_source_locale`)."""
    from l10n.locales import article_language, own_language_locale

    source = parse_source_locale(document)
    language = article_language(document, project.settings.source_locale)
    own = own_language_locale(language, project.settings.locales, variant=document.source_variant)
    return own or source


def parse_source_locale(document: Document) -> TargetLocale:
    """The source article's locale (its declared language, else the project default "en")."""
    try:
        return parse_locale(document.source_locale or SOURCE_LOCALE)
    except LocaleError:  # an odd declared tag (lang="x-klingon"): the project's source locale
        return parse_locale(SOURCE_LOCALE)
