"""The operator's `translate` path: every catalog × locale, deduplicated, cached, resumable.

1. For each (domain, locale) read the PO and collect the units a machine may fill: empty ones, and
   MT-fuzzy ones with `overwrite_fuzzy`. Human translations (reviewed or fuzzy) are never touched.
2. Group locales by (engine, model, source language, engine language): `es` and `es_MX` share work,
   and identical source texts across ALL articles of a group are translated once.
3. Look every text up in the MT cache (keyed also by the glossary terms applied to it); only misses
   go to the engine, in large batches, through `base.translate_masked` (placeholder masking +
   verification + retry with the next mask style), with the locale's glossary terms protected as
   placeholders of their own (`l10n.mt.terms`) — retried once without that protection if a term
   token does not survive.
4. Each batch's verified results go to the cache as soon as it returns — a SIGKILL loses at most
   the batch in flight, and a re-run translates nothing twice.
5. Each catalog then gets its suggestions in ONE locked, atomic `apply_suggestions` (fuzzy, with
   provenance `mt: <engine> <model id> <date> score=<x>`), CJK post-processing for zh/ja.
6. Traditional Chinese without a direct model is derived from zh_CN with OpenCC, after zh_CN.
7. Units left untranslated are recorded in `locales/.mt-failures.json`, where QA's `mt-failed`
   check reports them (`l10n.qa.mt_failures`).

Batches are mapped by an *executor* (`register_executor`), the seam a Ray executor plugs into.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.translations import machine_may_fill
from l10n.config import CONFIG_FILE
from l10n.errors import EngineUnavailable, ProjectError
from l10n.fsio import deferred_durability
from l10n.locales import TargetLocale
from l10n.memory.cache import CachedTranslation, MTCache, cache_path
from l10n.memory.glossary import (
    GLOSSARY_FILE_NAME,
    Glossary,
    forced_terms,
    project_glossary,
)
from l10n.memory.leverage import record_nothing_open
from l10n.model import Suggestion
from l10n.mt.base import Engine, MaskedTranslation, translate_masked
from l10n.mt.cjk import postprocess_cjk
from l10n.mt.device import check_decoding, resolve_decoding
from l10n.mt.opencc import (
    SIMPLIFIED_SOURCE,
    OpenCCConversion,
    derive_traditional_catalog,
    release_converters,
)
from l10n.mt.progress import Progress
from l10n.mt.registry import EngineChoice, EngineSettings, choose_engine
from l10n.mt.terms import ProtectedText, TermProtector, cache_model_id, restore_terms
from l10n.project import Project
from l10n.qa.mt_failures import MTFailure, failures_path, record_failures

if TYPE_CHECKING:
    from l10n.memory.stamps import Stamps

DEFAULT_BATCH_SIZE = 256

BatchFunction = Callable[[list[str]], list[MaskedTranslation]]
Executor = Callable[[BatchFunction, Iterable[list[str]]], Iterator[list[MaskedTranslation]]]
"""Maps a batch function over batches, yielding each batch's results (in any order) as it ends."""


def run_local(translate: BatchFunction, batches: Iterable[list[str]]) -> Iterator[list[MaskedTranslation]]:
    """The default executor: one batch after the other in this process (engine loaded once)."""
    for batch in batches:
        yield translate(batch)


_EXECUTORS: dict[str, Executor] = {"local": run_local}


def register_executor(name: str, executor: Executor) -> None:
    """Make `translate_project(executor=name)` use `executor` (e.g. a Ray pool)."""
    _EXECUTORS[name] = executor


Failure = MTFailure
"""A unit left untranslated because its placeholders did not survive any mask style (one home:
`l10n.qa.mt_failures`, where QA reads the failures `translate_project` records)."""


@dataclass
class LocaleReport:
    """Per-locale counts; `cached`/`translated`/`failed` count units (catalog entries)."""

    locale: str
    engine: str = "none"
    reason: str = ""
    cached: int = 0
    translated: int = 0
    failed: int = 0
    skipped_human: int = 0
    written: int = 0
    terms_unprotected: int = 0  # translated only after glossary-term protection broke
    waiting: int = 0  # units a machine could fill, but no engine exists for the locale
    notes: list[str] = field(default_factory=list)  # decoding options clamped or ignored
    up_to_date: int = 0  # catalogs not read: done before, and nothing changed since


@dataclass
class TranslateReport:
    locales: dict[str, LocaleReport] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    engine_calls: int = 0  # distinct texts sent to engines in this run

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class _Catalog:
    domain: str
    locale: TargetLocale
    po_path: Path
    todo: list[tuple[str | None, str]]
    protected: list[ProtectedText] = field(default_factory=list)  # parallel to `todo`
    human: int = 0  # units a person translated (reported as skipped)


def translate_project(
    project: Project,
    *,
    locales: Sequence[TargetLocale],
    domains: Sequence[str],
    engine_name: str = "auto",
    overwrite_fuzzy: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool | None = None,
    executor: str = "local",
    settings: EngineSettings = EngineSettings(),
    glossary: Glossary | None = None,
) -> TranslateReport:
    """Machine-translate every empty unit of `domains` × `locales`; see the module docstring.

    `glossary` defaults to the project's `locales/glossary.csv`; its terms for each locale are
    protected through MT and restored as the glossary says (`l10n.mt.terms`). The failures of
    every catalog processed replace its earlier records in `locales/.mt-failures.json` (QA).
    """
    from l10n.catalog.po import apply_suggestions, read_translations
    from l10n.memory.stamps import fingerprint, stage_stamps

    if executor not in _EXECUTORS:
        raise ProjectError(f"unknown executor {executor!r}; choose one of {', '.join(sorted(_EXECUTORS))}")
    source = project.settings.source_locale.split("_")[0]
    report = TranslateReport({loc.code: LocaleReport(loc.code) for loc in locales})
    glossary_file = project.locales_dir / GLOSSARY_FILE_NAME
    filled: list[tuple[str, str]] = []  # (locale, domain) catalogs MT left with no open unit
    with (
        deferred_durability(project.root),  # one flush for every catalog written (DESIGN 7)
        stage_stamps(project, "translate") as stamps,
        _merges_kept(project, glossary_file) as keeping_merge,
    ):
        requested = settings
        settings = decoding_settings(project, requested, resolve=False)
        choices = {
            locale.code: choose_engine(source, locale, name=engine_name, settings=settings) for locale in locales
        }
        if any(getattr(choice.engine, "name", "") == "argos" for choice in choices.values()):
            settings = decoding_settings(project, requested, resolve=True)  # CTranslate2 only when it runs
            choices = {loc.code: choose_engine(source, loc, name=engine_name, settings=settings) for loc in locales}
        refuse_unrunnable(engine_name, choices)
        groups: dict[tuple[str, str, str], tuple[Engine, list[_Catalog]]] = {}
        conversions: list[OpenCCConversion] = []
        for locale in locales:
            choice = choices[locale.code]
            entry = report.locales[locale.code]
            entry.reason = choice.reason
            if isinstance(choice.engine, OpenCCConversion):
                entry.engine = f"opencc {choice.engine.model_id()}"
                conversions.append(choice.engine)
                continue
            if choice.engine is None:
                for domain in domains:
                    po_path = project.po_path(locale, domain)
                    key, done = f"{locale.code}/{domain}", fingerprint([po_path], settings="counted")
                    if not stamps.fresh(key, done):
                        translations = read_translations(po_path) if po_path.is_file() else {}
                        waiting = sum(1 for t in translations.values() if machine_may_fill(t, overwrite_fuzzy=False))
                        stamps.record(key, done, [waiting, _human_units(translations)])
                    waiting, human = stamps.payload(key)
                    entry.waiting += waiting
                    entry.skipped_human += human
                continue
            engine, language = choice.engine, choice.language
            model_id = engine.model_id(source, language)
            entry.engine = f"{engine.name} {model_id}"
            warnings = getattr(engine, "warnings", None)
            entry.notes = list(warnings(source, language)) if warnings else []
            catalogs = []
            stamp_settings = f"mt|{engine.name}|{model_id}|{language}|{overwrite_fuzzy}"
            for domain in domains:
                po_path = project.po_path(locale, domain)
                key = f"{locale.code}/{domain}"
                if stamps.fresh(key, fingerprint([po_path, glossary_file], settings=stamp_settings)):
                    entry.skipped_human += stamps.payload(key)  # done, and nothing changed since
                    entry.up_to_date += 1
                    continue
                _ensure_po(project, locale, domain)
                translations = read_translations(po_path)
                todo = [k for k, t in translations.items() if machine_may_fill(t, overwrite_fuzzy=overwrite_fuzzy)]
                human = _human_units(translations)
                entry.skipped_human += human
                catalogs.append(_Catalog(domain, locale, po_path, todo, human=human))
            group = (engine.name, model_id, language)
            groups.setdefault(group, (engine, []))[1].extend(catalogs)
            if groups[group][0] is not engine:
                _close(engine)  # the group's first engine serves it; this one loaded nothing yet

        glossary = project_glossary(project) if glossary is None else glossary
        protectors: dict[str, TermProtector] = {}
        today = dt.datetime.now(dt.UTC).date().isoformat()
        with MTCache(project.state_file(cache_path(project.state_dir).name)) as cache:
            meter = Progress(enabled=progress)
            for (name, model_id, language), (engine, catalogs) in groups.items():
                items: dict[tuple[str, str], ProtectedText] = {}
                for catalog in catalogs:
                    code = catalog.locale.code
                    if code not in protectors:
                        protectors[code] = TermProtector(forced_terms(glossary, locale=code))
                    catalog.protected = [protectors[code].protect(msgid) for _, msgid in catalog.todo]
                    items.update((p.key, p) for p in catalog.protected)
                run = _GroupRun(engine, cache, model_id=model_id, source=source, target=language, meter=meter)
                results = run.translate(list(items.values()), batch_size=batch_size, executor=_EXECUTORS[executor])
                report.engine_calls += run.engine_calls
                stamp_settings = f"mt|{name}|{model_id}|{language}|{overwrite_fuzzy}"
                for catalog in catalogs:
                    failed_before = len(report.failures)
                    suggestions = _collect(
                        catalog, run, results, report=report, engine=name, model_id=model_id, today=today
                    )
                    with keeping_merge(catalog.locale.code, catalog.domain):
                        report.locales[catalog.locale.code].written += apply_suggestions(
                            catalog.po_path, suggestions, overwrite_fuzzy=overwrite_fuzzy
                        )
                    if len(report.failures) == failed_before:  # a failure is retried next run
                        done = fingerprint([catalog.po_path, glossary_file], settings=stamp_settings)
                        stamps.record(f"{catalog.locale.code}/{catalog.domain}", done, catalog.human)
                        filled.append((catalog.locale.code, catalog.domain))
                _close(engine)  # this group's locales are done: its model leaves memory
        processed = {(c.domain, c.locale.code) for _, catalogs in groups.values() for c in catalogs}
        processed |= {(domain, conversion.target.code) for conversion in conversions for domain in domains}
        record_failures(project.state_file(failures_path(project.state_dir).name), report.failures, replaced=processed)
        _derive_traditional(
            project,
            conversions,
            domains=domains,
            report=report,
            overwrite_fuzzy=overwrite_fuzzy,
            stamps=stamps,
            keeping_merge=keeping_merge,
        )
    if not overwrite_fuzzy:
        record_nothing_open(project, filled)
    return report


@contextlib.contextmanager
def _merges_kept(
    project: Project, glossary_file: Path
) -> Iterator[Callable[[str, str], contextlib.AbstractContextManager]]:
    """A context for each write of MT into a merged PO: the PO stays merged with its template, so
    its merge stamp (`catalog.update.merge_state`) is carried over and `update` need not read it."""
    from l10n.catalog.update import MERGE_STAGE, merge_state
    from l10n.memory.stamps import stage_stamps

    with stage_stamps(project, MERGE_STAGE) as merges:

        @contextlib.contextmanager
        def keeping_merge(code: str, domain: str) -> Iterator[None]:
            state = partial(merge_state, project.pot_path(domain), project.po_path(TargetLocale(code), domain))
            before = state(glossary_path=glossary_file, locale_code=code)
            yield
            merges.carry_over(f"{code}/{domain}", before, state(glossary_path=glossary_file, locale_code=code))

        yield keeping_merge


def _human_units(translations: dict) -> int:
    return sum(1 for t in translations.values() if t.msgstr and t.origin == "human")


def _derive_traditional(
    project: Project,
    conversions: Sequence[OpenCCConversion],
    *,
    domains: Sequence[str],
    report: TranslateReport,
    overwrite_fuzzy: bool,
    stamps: Stamps,
    keeping_merge: Callable[[str, str], contextlib.AbstractContextManager],
) -> None:
    """zh_TW/zh_HK catalogs from zh_CN with the process's one converter per configuration,
    released when every catalog is done; a pair of catalogs unchanged since its last derivation
    is skipped (`memory.stamps`)."""
    from l10n.memory.stamps import fingerprint

    for conversion in conversions:
        entry = report.locales[conversion.target.code]
        simplified = TargetLocale(SIMPLIFIED_SOURCE)
        stamp_settings = f"opencc|{conversion.config}|{overwrite_fuzzy}"
        for domain in domains:
            inputs = [project.po_path(simplified, domain), project.po_path(conversion.target, domain)]
            key = f"{conversion.target.code}/{domain}"
            if stamps.fresh(key, fingerprint(inputs, settings=stamp_settings)):
                entry.up_to_date += 1
                continue
            with keeping_merge(conversion.target.code, domain):
                written, refused = derive_traditional_catalog(
                    inputs[0],
                    _ensure_po(project, conversion.target, domain),
                    config=conversion.config,
                    overwrite_fuzzy=overwrite_fuzzy,
                )
            entry.written += written
            entry.translated += written
            entry.failed += refused
            if not refused:
                stamps.record(key, fingerprint(inputs, settings=stamp_settings))
    release_converters()


def decoding_settings(project: Project, settings: EngineSettings, *, resolve: bool) -> EngineSettings:
    """`settings` with device and compute type from the option, else `l10n.toml`, else auto/default:
    checked for shape, and with `resolve` also against CTranslate2 (`auto` → cpu/cuda, GPU present,
    compute type supported). A bad value names `l10n.toml` when it came from there."""
    device = settings.device or project.settings.get("device")
    compute_type = settings.compute_type or project.settings.get("compute_type")
    try:
        if not resolve:
            device, compute_type = check_decoding(device, compute_type)
            return replace(settings, device=device, compute_type=compute_type)
        decoding = resolve_decoding(device, compute_type)
    except ProjectError as exc:
        from_flag = settings.device if exc.message.startswith("device") else settings.compute_type
        raise ProjectError(exc.message, path=None if from_flag else project.root / CONFIG_FILE) from None
    return replace(settings, device=decoding.device, compute_type=decoding.compute_type)


def refuse_unrunnable(engine_name: str, choices: dict[str, EngineChoice]) -> None:
    """An engine asked for by name (not auto/none) must serve every locale asked for, else nothing runs."""
    if engine_name in ("auto", "none"):
        return
    missing = {code: choice for code, choice in choices.items() if choice.engine is None}
    if not missing:
        return
    for choice in choices.values():
        _close(choice.engine)
    codes = ", ".join(missing)
    first = next(iter(missing.values()))
    raise EngineUnavailable(
        f"engine {engine_name} cannot translate {codes}: {first.reason} "
        f"(or use --engine auto, or leave {codes} out with --locales)"
    )


def _close(engine: object) -> None:
    close = getattr(engine, "close", None)
    if close is not None:
        close()


def _collect(
    catalog: _Catalog,
    run: _GroupRun,
    results: dict[tuple[str, str], CachedTranslation],
    *,
    report: TranslateReport,
    engine: str,
    model_id: str,
    today: str,
) -> list[Suggestion]:
    """One catalog's suggestions from its group's results; its failures and counts go to `report`."""
    entry = report.locales[catalog.locale.code]
    suggestions = []
    for (msgctxt, msgid), protected in zip(catalog.todo, catalog.protected):
        hit = results.get(protected.key)
        if hit is None:
            problem = run.problems.get(protected.key, "not translated")
            report.failures.append(Failure(catalog.domain, entry.locale, msgctxt, msgid, problem, entry.engine, today))
            entry.failed += 1
            continue
        fresh = protected.key in run.fresh
        entry.translated += fresh
        entry.cached += not fresh
        entry.terms_unprotected += protected.key in run.unprotected
        text = postprocess_cjk(hit.text, language=catalog.locale.language)
        suggestions.append(
            Suggestion(msgctxt, msgid, text, "mt", provenance(engine, model_id, hit.created, hit.score), hit.score)
        )
    return suggestions


class _GroupRun:
    """One (engine, model, language) group's MT: cached results first; the misses through the
    engine with their glossary terms protected; then, for the texts whose term tokens did not
    survive any mask style, once more with the terms left to the engine (QA's glossary check
    then says which term to fix). Each batch goes to the cache as soon as it returns."""

    def __init__(
        self, engine: Engine, cache: MTCache, *, model_id: str, source: str, target: str, meter: Progress
    ) -> None:
        self.engine, self.cache, self.model_id, self.meter = engine, cache, model_id, meter
        self.source, self.target = source, target
        self.problems: dict[tuple[str, str], str] = {}
        self.fresh: set[tuple[str, str]] = set()
        self.unprotected: set[tuple[str, str]] = set()
        self.engine_calls = 0

    def translate(
        self, items: Sequence[ProtectedText], *, batch_size: int, executor: Executor
    ) -> dict[tuple[str, str], CachedTranslation]:
        """Cached or fresh results by `ProtectedText.key`; failures are left out (see `problems`)."""
        known = self._cached(items)
        misses = [p for p in items if p.key not in known]
        self._round(misses, protect=True, batch_size=batch_size, executor=executor)
        retry = [p for p in misses if p.has_terms and p.key in self.problems]
        self._round(retry, protect=False, batch_size=batch_size, executor=executor)
        return self._cached(items)

    def _cached(self, items: Iterable[ProtectedText]) -> dict[tuple[str, str], CachedTranslation]:
        by_model: dict[str, list[ProtectedText]] = {}
        for protected in items:
            by_model.setdefault(cache_model_id(self.model_id, protected), []).append(protected)
        found: dict[tuple[str, str], CachedTranslation] = {}
        for model, group in by_model.items():
            hits = self.cache.get_many([p.source for p in group], **self._key(model))
            found.update((p.key, hits[p.source]) for p in group if p.source in hits)
        return found

    def _key(self, model: str) -> dict[str, str]:
        return {"engine": self.engine.name, "model_id": model, "source": self.source, "target": self.target}

    def _round(self, items: Sequence[ProtectedText], *, protect: bool, batch_size: int, executor: Executor) -> None:
        by_text: dict[str, list[ProtectedText]] = {}
        for protected in items:
            by_text.setdefault(protected.text if protect else protected.source, []).append(protected)
        texts = list(by_text)
        if not texts:
            return
        self.engine_calls += len(texts)
        suffix = "" if protect else " (glossary terms unprotected)"
        self.meter.start(f"{self.engine.name} {self.source}→{self.target}{suffix}", len(texts))
        batches = (texts[i : i + batch_size] for i in range(0, len(texts), batch_size))
        work = partial(translate_masked, self.engine, source=self.source, target=self.target)
        for outcomes in executor(work, batches):
            done: dict[str, list[tuple[str, str, float | None]]] = {}
            for outcome in outcomes:
                for protected in by_text[outcome.source]:
                    self._settle(protected, outcome, protect=protect, done=done)
            for model, rows in done.items():
                self.cache.put_many(rows, **self._key(model))
            self.meter.advance(len(outcomes))
        self.meter.finish()

    def _settle(self, protected: ProtectedText, outcome: MaskedTranslation, *, protect: bool, done: dict) -> None:
        key = protected.key
        if outcome.result is None:
            earlier = self.problems.get(key)
            self.problems[key] = (
                f"{earlier}; without glossary protection: {outcome.problem}" if earlier else outcome.problem
            )
            return
        self.problems.pop(key, None)
        text = restore_terms(outcome.result.text, protected) if protect else outcome.result.text
        done.setdefault(cache_model_id(self.model_id, protected), []).append(
            (protected.source, text, outcome.result.score)
        )
        self.fresh.add(key)
        if not protect:
            self.unprotected.add(key)


def provenance(engine: str, model_id: str, created: float, score: float | None) -> str:
    """The PO provenance of an MT suggestion (the date is when the engine produced it).

    >>> provenance("apertium", "eng-spa/apertium-eng-spa=0.8.1-2", 1606560000.0, None)
    'mt: apertium eng-spa/apertium-eng-spa=0.8.1-2 2020-11-28'
    >>> provenance("argos", "translate-en_zh-1.9", 1606560000.0, -0.31415)
    'mt: argos translate-en_zh-1.9 2020-11-28 score=-0.314'
    """
    date = dt.datetime.fromtimestamp(created, dt.UTC).date().isoformat()
    score_part = f" score={score:.3f}" if score is not None else ""
    return f"mt: {engine} {model_id} {date}{score_part}"


def _ensure_po(project: Project, locale: TargetLocale, domain: str):
    """The PO for (locale, domain), created from the POT (msgmerge-style) when it does not exist."""
    from l10n.catalog.po import update_po

    po_path = project.po_path(locale, domain)
    if not po_path.is_file():
        pot_path = project.pot_path(domain)
        if not pot_path.is_file():
            raise ProjectError(f"no template for domain {domain!r}: run `l10n extract` first", path=pot_path)
        update_po(pot_path, po_path, locale)
    return po_path
