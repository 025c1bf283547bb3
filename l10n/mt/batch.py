"""The operator's `translate` path: every catalog × locale, deduplicated, cached, resumable.

1. For each (domain, locale) read the PO and collect the units a machine may fill: empty ones, and
   MT-fuzzy ones with `overwrite_fuzzy`. Human translations (reviewed or fuzzy) are never touched.
2. Group locales by (engine, model, source language, engine language): `es` and `es_MX` share work,
   and identical source texts across ALL articles of a group are translated once. An article not
   in the project's source language (its catalog's `X-Source-Language`) goes to the engine for its
   own language, or, with none, is left for a translator, one line per catalog
   (`l10n.mt.sources`).
3. Look every text up in the MT cache (keyed also by the glossary terms applied to it); only misses
   go to the engine, in large batches, through `base.translate_masked` (placeholder masking +
   verification + retry with the next mask style), with the locale's glossary terms protected as
   placeholders of their own (`l10n.mt.terms`) — retried once without that protection if a term
   token does not survive.
4. Each batch's verified results go to the cache as soon as it returns, in order — a SIGKILL
   loses at most the batches in flight (with workers, up to `IN_FLIGHT_PER_JOB` × jobs of them,
   some perhaps finished behind a slower one), and a re-run translates nothing twice.
5. Each catalog then gets its suggestions in ONE locked, atomic `apply_suggestions` (fuzzy, with
   provenance `mt: <engine> <model id> <date> score=<x>`), CJK post-processing for zh/ja; what
   the written catalog holds goes to the TM from there (`memory.catalog_sync.WrittenCatalogs`), so
   the next run's TM sync need not parse it. The catalogs' reads (1) and writes (5) run in
   `jobs` worker processes when there are many (`l10n.mt.catalog_io`), the batches of pseudo
   and Apertium too (`executors.in_processes`); the cache, stamps and TM are written here.
6. Traditional Chinese without a direct model is derived from zh_CN with OpenCC, after zh_CN
   (every engine's locales of the command first, so zh_CN is translated before zh_TW).
7. Units left untranslated are recorded in `locales/.mt-failures.json` (`l10n.mt.failures`),
   where QA's `mt-failed` check reports them.

Each locale may have its own engine (`engine_name` a mapping: `[l10n.engines]` in l10n.toml).
Machine output another engine wrote (`mt: <engine> …`) is open to the locale's engine as empty
units are (`machine_may_fill`'s `engine`): changing a locale's engine re-translates its MT, and
only its; human work and TM matches are kept.

This module reads and writes the catalogs; the rest lives where it belongs: one group's cache
lookups, engine rounds and suggestions in `l10n.mt.group`, the executors that map batches (the
seam a Ray executor plugs into) in `l10n.mt.executors`, device and compute type in
`l10n.mt.device`, engine choice and release in `l10n.mt.registry`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.catalog.translations import machine_may_fill
from l10n.fingerprint import Fingerprint, KnownStat, still_as_taken
from l10n.fsio import deferred_durability, noting_writes
from l10n.locales import TargetLocale, language_of
from l10n.memory.cache import MTCache, cache_path
from l10n.memory.catalog_sync import WrittenCatalogs
from l10n.memory.glossary import (
    GLOSSARY_FILE_NAME,
    Glossary,
    forced_terms,
    project_glossary,
)
from l10n.memory.leverage import record_nothing_open
from l10n.mt.base import Engine, MaskedTranslation
from l10n.mt.catalog_io import ensure_po, human_units, read_open_units, written_in_order
from l10n.mt.device import decoding_settings
from l10n.mt.executors import get_executor, in_processes
from l10n.mt.failures import failures_path, record_failures
from l10n.mt.group import (
    CatalogWork,
    GroupRun,
    LocaleReport,
    TranslateReport,
    collect_suggestions,
)
from l10n.mt.opencc import (
    SIMPLIFIED_SOURCE,
    OpenCCConversion,
    article_conversion,
    article_to_traditional_suggestions,
    derive_traditional_catalog,
    release_converters,
)
from l10n.mt.opencc_ahead import AHEAD_CATALOGS, convert_ahead
from l10n.mt.progress import Progress
from l10n.mt.registry import (
    EngineNames,
    EngineSettings,
    choose_engine,
    close_engine,
    engine_of,
    opencc_available,
    refuse_unrunnable,
)
from l10n.mt.sources import ArticleEngines, held_note, unused_note
from l10n.mt.terms import ProtectedText, TermProtector
from l10n.parallel import SharedPool
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.memory.stamps import Stamps

__all__ = ["DEFAULT_BATCH_SIZE", "translate_project"]

DEFAULT_BATCH_SIZE = 256


def translate_project(
    project: Project,
    *,
    locales: Sequence[TargetLocale],
    domains: Sequence[str],
    engine_name: EngineNames = "auto",
    overwrite_fuzzy: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool | None = None,
    executor: str = "local",
    settings: EngineSettings = EngineSettings(),
    glossary: Glossary | None = None,
    feed_tm: bool = True,
    seen: Mapping[str, KnownStat | None] | None = None,
    unchanged: Set[str] | None = None,
    jobs: int = 1,
) -> TranslateReport:
    """Machine-translate every empty unit of `domains` × `locales`; see the module docstring.

    `glossary` defaults to the project's `locales/glossary.csv`; its terms for each locale are
    protected through MT and restored as the glossary says (`l10n.mt.terms`). The failures of
    every catalog processed replace its earlier records in `locales/.mt-failures.json` (QA).
    With `feed_tm` (and a TM file) the catalogs written go to the TM as the next sync would add
    them (`memory.catalog_sync.WrittenCatalogs`); without it, that sync reads them instead.
    `seen`: stats of the catalogs taken before and none written since (`translate`'s whole-run
    look-up), for the checks of which catalogs are done: one stat per catalog a run.
    `unchanged`: the catalogs as the last `translate` of this command line left them, every
    one done then (`memory.unchanged`; the glossary and engines vouched for with them): those
    are up to date by their stamps' payloads alone, without a fingerprint each.
    `jobs`: worker processes for the catalogs' reads and writes (`l10n.mt.catalog_io`) and, for
    an engine that allows it (`batches_in_processes`: pseudo, Apertium), its batches; the MT
    cache, stamps and TM are written here alone. Outputs are the same whatever `jobs` is.
    """
    from l10n.catalog.po import read_translations
    from l10n.fingerprint import stats_of
    from l10n.memory.article_language import own_codes_of, template_languages
    from l10n.memory.stamps import fingerprint, stage_stamps

    run_batches = get_executor(executor)
    source = language_of(project.settings.source_locale)
    report = TranslateReport({loc.code: LocaleReport(loc.code) for loc in locales})
    glossary_file = project.locales_dir / GLOSSARY_FILE_NAME
    known = {**(seen or {}), **stats_of([glossary_file])}  # stat'ed once, before it is read
    filled: list[tuple[str, str]] = []  # (locale, domain) catalogs MT left with no open unit
    to_tm = WrittenCatalogs(project, enabled=feed_tm)  # what it writes goes to the TM now, not parsed next run
    with (
        deferred_durability(project.root),  # one flush for every catalog written (DESIGN 7)
        noting_writes(),  # the stamps take each catalog by the bytes written (`stamps.with_writes`), whoever calls
        stage_stamps(project, "translate") as stamps,
        _merges_kept(project, glossary_file) as keeping_merge,
        SharedPool(jobs) as pool,  # started when some work is worth workers; ended before the flush
    ):
        requested = settings
        settings = decoding_settings(project, requested, resolve=False)
        names = {locale.code: engine_of(engine_name, locale.code) for locale in locales}
        choices = {loc.code: choose_engine(source, loc, name=names[loc.code], settings=settings) for loc in locales}
        if any(getattr(choice.engine, "name", "") == "argos" for choice in choices.values()):
            settings = decoding_settings(project, requested, resolve=True)  # CTranslate2 only when it runs
            choices = {loc.code: choose_engine(source, loc, name=names[loc.code], settings=settings) for loc in locales}
        refuse_unrunnable(engine_name, choices)
        # an article's edition in its own language is the article: its catalog is not filled, made or counted
        languages = template_languages(project, {d: project.pot_path(d) for d in domains})  # extract's record
        own_codes = own_codes_of(languages, project.settings.locales)
        articles = ArticleEngines(engine_name, settings, partial(decoding_settings, project, requested, resolve=True))
        groups: dict[tuple[str, str, str, str], tuple[Engine, list[CatalogWork]]] = {}
        conversions: list[OpenCCConversion] = []
        stale: list[tuple[TargetLocale, str, str]] = []  # catalogs to read: (locale, domain, its engine)
        planned: list[tuple[TargetLocale, Engine, str, str, list[str]]] = []  # engine locales' stale domains
        for locale in locales:
            choice = choices[locale.code]
            entry = report.locales[locale.code]
            entry.reason = choice.reason
            not_mt = {domain for domain, code in own_codes.items() if code == locale.code}  # done here, or none
            for domain in sorted(not_mt):
                if os.path.isfile(po_file := project.po_file(locale.code, domain)):
                    entry.held.append(unused_note(project.relative(Path(po_file)), locale.code))
            if names[locale.code] == "auto" and opencc_available():
                for domain in domains:  # a Traditional Chinese article's Simplified edition: OpenCC's t2s of it
                    conversion = article_conversion(languages.get(domain, (None, None))[0], locale)
                    if conversion is not None and domain not in not_mt:
                        _derive_from_article(
                            project, conversion, domain, entry, overwrite_fuzzy, stamps, keeping_merge, to_tm
                        )
                        not_mt.add(domain)
                        entry.engine = (
                            f"opencc {conversion.model_id()}"  # (an engine of the locale's pair says its own)
                        )
            if isinstance(choice.engine, OpenCCConversion):
                entry.engine = f"opencc {choice.engine.model_id()}"
                conversions.append(choice.engine)
                continue
            if choice.engine is None:
                for domain in domains:
                    if domain in not_mt:
                        continue
                    po_file = project.po_file(locale.code, domain)  # stat'ed; read through `po_path`
                    key = f"{locale.code}/{domain}"
                    counted = _payload_as_done(stamps, key, po_file, unchanged, shape=COUNTED)
                    if counted is not None:
                        entry.waiting += counted[0]
                        entry.skipped_human += counted[1]
                        continue
                    done = fingerprint([po_file], settings="counted")
                    if not stamps.fresh(key, done, COUNTED):
                        po_path = project.po_path(locale, domain)
                        translations = read_translations(po_path) if po_path.is_file() else {}
                        waiting = sum(1 for t in translations.values() if machine_may_fill(t, overwrite_fuzzy=False))
                        stamps.record(key, done, [waiting, human_units(translations)])
                    waiting, human = stamps.payload(key)
                    entry.waiting += waiting
                    entry.skipped_human += human
                continue
            engine, language = choice.engine, choice.language
            model_id = engine.model_id(source, language)
            entry.engine = f"{engine.name} {model_id}"
            warnings = getattr(engine, "warnings", None)
            entry.notes = list(warnings(source, language)) if warnings else []
            stamp_settings = f"mt|{engine.name}|{model_id}|{language}|{overwrite_fuzzy}"
            pending = []
            for domain in domains:
                if domain in not_mt:
                    continue
                key, po_file = f"{locale.code}/{domain}", project.po_file(locale.code, domain)
                human = _payload_as_done(stamps, key, po_file, unchanged, shape=int)
                if human is not None:  # done then, as it is now
                    entry.skipped_human += human
                    entry.up_to_date += 1
                    continue
                if stamps.has(key, int) and stamps.fresh(  # never done (a cold run): stale without a fingerprint
                    key, fingerprint([po_file, glossary_file], settings=stamp_settings, known=known), int
                ):
                    entry.skipped_human += stamps.payload(key)  # done, and nothing changed since
                    entry.up_to_date += 1
                    continue
                pending.append(domain)
                stale.append((locale, domain, engine.name))
            planned.append((locale, engine, language, model_id, pending))
        opened = iter(read_open_units(project, stale, overwrite_fuzzy=overwrite_fuzzy, jobs=jobs, pool=pool))
        for locale, engine, language, model_id, pending in planned:
            entry = report.locales[locale.code]
            own_group = groups.setdefault((engine.name, model_id, source, language), (engine, []))
            if own_group[0] is not engine:
                close_engine(engine)  # the group's first engine serves it; this one loaded nothing yet
            for domain in pending:
                found = next(opened)
                entry.skipped_human += found.human
                work = CatalogWork(domain, locale, found.po_path, found.todo, human=found.human)
                if found.language is None:
                    own_group[1].append(work)
                    continue
                own, article = articles.choose(found.language, locale), language_of(found.language)
                if own.engine is None or isinstance(own.engine, OpenCCConversion):
                    entry.waiting += len(found.todo)
                    translations = read_translations(found.po_path)  # for the note's count of earlier MT
                    entry.held.extend(held_note(project.relative(found.po_path), own.reason, translations, found.todo))
                    continue
                group = (own.engine.name, own.engine.model_id(article, own.language), article, own.language)
                if groups.setdefault(group, (own.engine, []))[0] is not own.engine:
                    close_engine(own.engine)  # as above: the group's first engine serves it
                groups[group][1].append(work)

        glossary = project_glossary(project) if glossary is None else glossary
        protectors: dict[str, TermProtector] = {}
        today = dt.datetime.now(dt.UTC).date().isoformat()
        shared: dict[tuple[str, str, str], dict[str, MaskedTranslation]] = {}
        with MTCache(project.state_file(cache_path(project.state_dir).name)) as cache:
            meter = Progress(enabled=progress)
            for (name, model_id, group_source, language), (engine, catalogs) in groups.items():
                items: dict[tuple[str, str], ProtectedText] = {}
                for catalog in catalogs:
                    code = catalog.locale.code
                    if code not in protectors:
                        protectors[code] = TermProtector(forced_terms(glossary, locale=code))
                    catalog.protected = [protectors[code].protect(msgid) for _, msgid in catalog.todo]
                    items.update((p.key, p) for p in catalog.protected)
                run = GroupRun(  # `shared`: pseudo's outcomes, one for every locale
                    engine, cache, model_id=model_id, source=group_source, target=language, meter=meter, shared=shared
                )
                batches = run_batches
                if executor == "local" and jobs > 1 and getattr(engine, "batches_in_processes", False):
                    batches = in_processes(jobs, pool)  # the same batches, two at a time: the same outputs
                results = run.translate(list(items.values()), batch_size=batch_size, executor=batches)
                report.engine_calls += run.engine_calls
                stamp_settings = f"mt|{name}|{model_id}|{language}|{overwrite_fuzzy}"
                suggested = []
                for catalog in catalogs:
                    failed_before = len(report.failures)
                    suggestions = collect_suggestions(
                        catalog, run, results, report=report, engine=name, model_id=model_id, today=today
                    )
                    suggested.append((catalog, suggestions, len(report.failures) == failed_before))
                for catalog, changed, complete in written_in_order(
                    suggested, keeping_merge, to_tm=to_tm, overwrite_fuzzy=overwrite_fuzzy, jobs=jobs, pool=pool
                ):
                    report.locales[catalog.locale.code].written += changed
                    if complete:  # a failure is retried next run
                        finished = fingerprint([catalog.po_path, glossary_file], settings=stamp_settings)
                        stamps.record(f"{catalog.locale.code}/{catalog.domain}", finished, catalog.human)
                        filled.append((catalog.locale.code, catalog.domain))
                close_engine(engine)  # this group's locales are done: its model leaves memory
        processed = {(c.domain, c.locale.code) for _, catalogs in groups.values() for c in catalogs}
        processed |= {(d, conversion.target.code) for conversion in conversions for d in domains if d not in own_codes}
        record_failures(project.state_file(failures_path(project.state_dir).name), report.failures, replaced=processed)
        _derive_traditional(
            project,
            conversions,
            domains=domains,
            report=report,
            overwrite_fuzzy=overwrite_fuzzy,
            stamps=stamps,
            keeping_merge=keeping_merge,
            to_tm=to_tm,
            unchanged=unchanged,
            own=own_codes,
        )
    to_tm.flush()
    if not overwrite_fuzzy:
        record_nothing_open(project, filled)
    return report


class _MergesKept:
    """Each write of MT into a merged PO keeps it merged with its template, so its merge stamp
    (`catalog.update.merge_state`) is carried over and `update` need not read it: `before` the
    write, the PO's merge fingerprint; `after` it, the stamp carried over to the new one. As a
    context (`keeping_merge`), both around a write, giving the fingerprint when its stamp holds
    — the file is then bytes `update`, or a machine writer after it, printed
    (`fingerprint.still_as_taken` tells whether what is read later is still them) — else None."""

    def __init__(self, project: Project, glossary_file: Path, merges: Stamps) -> None:
        from l10n.fingerprint import stats_of

        self.project, self.glossary_file, self.merges = project, glossary_file, merges
        self.known = stats_of([glossary_file])  # once per command (`fingerprint`'s `known`): MT never writes it

    def before(self, code: str, domain: str) -> str:
        """Only stat'ed: the paths without their symlink checks (`Project.po_file`), two a
        catalog before and after its write, 16,000 in a cold run; it is read and written
        through `po_path`."""
        from l10n.catalog.update import merge_state

        pot, po = self.project.pot_file(domain), self.project.po_file(code, domain)
        return merge_state(pot, po, glossary_path=self.glossary_file, locale_code=code, known=self.known)

    def printed(self, code: str, domain: str, before: str) -> Fingerprint | None:
        """`before` when the PO's merge stamp holds for it (bytes l10n's printer wrote), else None."""
        return before if isinstance(before, Fingerprint) and self.merges.fresh(f"{code}/{domain}", before) else None

    def after(self, code: str, domain: str, before: str) -> None:
        self.merges.carry_over(f"{code}/{domain}", before, self.before(code, domain))

    @contextlib.contextmanager
    def __call__(self, code: str, domain: str) -> Iterator[Fingerprint | None]:
        before = self.before(code, domain)
        yield self.printed(code, domain, before)
        self.after(code, domain, before)


@contextlib.contextmanager
def _merges_kept(project: Project, glossary_file: Path) -> Iterator[_MergesKept]:
    from l10n.catalog.update import MERGE_STAGE
    from l10n.memory.stamps import stage_stamps

    with stage_stamps(project, MERGE_STAGE) as merges:
        yield _MergesKept(project, glossary_file, merges)


COUNTED = [int, int]
"""A catalog no engine fills: its units waiting and its human units (`memory.stamps.fits`)."""


def _payload_as_done(stamps: Stamps, key: str, po_file: str, unchanged: Set[str] | None, *, shape: Any):
    """The payload of `key`'s stamp when its catalog is as the last run of this command line
    left it, done (`unchanged`), and the payload has the shape this loop records (`fits`: a
    count of human units, or `COUNTED`); else None."""
    if unchanged is None or po_file not in unchanged or not stamps.has(key, shape):
        return None
    return stamps.payload(key)


def _derive_from_article(
    project: Project,
    conversion: OpenCCConversion,
    domain: str,
    entry: LocaleReport,
    overwrite_fuzzy: bool,
    stamps: Stamps,
    keeping_merge: Callable[[str, str], contextlib.AbstractContextManager[Fingerprint | None]],
    to_tm: WrittenCatalogs,
) -> None:
    """The zh_TW/zh_HK catalog of a Simplified Chinese article, whose zh_CN edition is the
    article itself (no zh_CN catalog): its open units converted from their msgids
    (`opencc.article_to_traditional_suggestions`), as `derive_traditional_catalog` converts a
    zh_CN catalog's; skipped while its template and catalog are as the last conversion left them.
    A Traditional Chinese article's zh_CN catalog the same way, by `t2s` (`opencc.article_conversion`)."""
    from l10n.catalog.po import read_translations
    from l10n.memory.stamps import fingerprint
    from l10n.mt.catalog_io import fill_suggestions

    key, settings = f"{conversion.target.code}/{domain}", f"opencc-article|{conversion.config}|{overwrite_fuzzy}"
    files = [project.pot_file(domain), project.po_file(conversion.target.code, domain)]
    if stamps.has(key) and stamps.fresh(key, fingerprint(files, settings=settings)):
        entry.up_to_date += 1
        return
    po = ensure_po(project, conversion.target, domain)
    open_keys = [k for k, t in read_translations(po).items() if machine_may_fill(t, overwrite_fuzzy=overwrite_fuzzy)]
    suggestions, refused = article_to_traditional_suggestions(
        open_keys, config=conversion.config, source=conversion.source
    )
    with keeping_merge(conversion.target.code, domain) as merged:  # its merge stamp holds: our bytes
        written = fill_suggestions(
            po,
            suggestions,
            overwrite_fuzzy=overwrite_fuzzy,
            written=to_tm.recorder(conversion.target, domain),
            printed_here=None if merged is None else partial(still_as_taken, merged, 1),
        )
    entry.written += written
    entry.translated += written
    entry.failed += refused
    if not refused:
        stamps.record(key, fingerprint(files, settings=settings))


def _derive_traditional(
    project: Project,
    conversions: Sequence[OpenCCConversion],
    *,
    domains: Sequence[str],
    report: TranslateReport,
    overwrite_fuzzy: bool,
    stamps: Stamps,
    keeping_merge: Callable[[str, str], contextlib.AbstractContextManager[Fingerprint | None]],
    to_tm: WrittenCatalogs,
    unchanged: Set[str] | None = None,
    own: Mapping[str, str] | None = None,
) -> None:
    """zh_TW/zh_HK catalogs from zh_CN with the process's one converter per configuration,
    released when every catalog is done; a pair of catalogs unchanged since its last derivation
    is skipped (`memory.stamps`), without a fingerprint when both are as the last run of this
    command line left them (`unchanged`). The others are converted `AHEAD_CATALOGS` at a time
    before they are filled (`opencc_ahead.convert_ahead`)."""
    from l10n.memory.stamps import fingerprint

    for conversion in conversions:
        entry = report.locales[conversion.target.code]
        simplified = TargetLocale(SIMPLIFIED_SOURCE)
        stamp_settings = f"opencc|{conversion.config}|{overwrite_fuzzy}"
        stale = []
        for domain in domains:
            if (own or {}).get(domain) == conversion.target.code:
                continue  # the article itself (a Traditional Chinese article's own locale)
            if (own or {}).get(domain) == SIMPLIFIED_SOURCE:  # its zh_CN edition is the article: converted from it
                _derive_from_article(project, conversion, domain, entry, overwrite_fuzzy, stamps, keeping_merge, to_tm)
                continue
            files = [project.po_file(SIMPLIFIED_SOURCE, domain), project.po_file(conversion.target.code, domain)]
            key = f"{conversion.target.code}/{domain}"
            if unchanged is not None and files[0] in unchanged and files[1] in unchanged and stamps.has(key):
                entry.up_to_date += 1  # derived then, as both are now
                continue
            if stamps.has(key) and stamps.fresh(key, fingerprint(files, settings=stamp_settings)):
                entry.up_to_date += 1  # stat'ed only
            else:
                stale.append(domain)
        ahead = None
        for number, domain in enumerate(stale):
            if number % AHEAD_CATALOGS == 0:
                chunk = stale[number : number + AHEAD_CATALOGS]
                ahead = convert_ahead(
                    conversion.config,
                    [(project.po_path(simplified, name), project.po_path(conversion.target, name)) for name in chunk],
                )
            key = f"{conversion.target.code}/{domain}"
            inputs = [project.po_path(simplified, domain), project.po_path(conversion.target, domain)]
            with keeping_merge(conversion.target.code, domain) as merged:  # its merge stamp holds: our bytes
                written, refused = derive_traditional_catalog(
                    inputs[0],
                    ensure_po(project, conversion.target, domain),
                    config=conversion.config,
                    overwrite_fuzzy=overwrite_fuzzy,
                    written=to_tm.recorder(conversion.target, domain),
                    printed_here=None if merged is None else partial(still_as_taken, merged, 1),
                    ahead=ahead,
                )
            entry.written += written
            entry.translated += written
            entry.failed += refused
            if not refused:
                stamps.record(key, fingerprint(inputs, settings=stamp_settings))
    release_converters()
