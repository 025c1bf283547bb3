"""The operator's `translate` path: every catalog × locale, deduplicated, cached, resumable.

1. For each (domain, locale) read the PO and collect the units a machine may fill: empty ones, and
   MT-fuzzy ones with `overwrite_fuzzy`. Human translations (reviewed or fuzzy) are never touched.
2. Group locales by (engine, model, source language, engine language): `es` and `es_MX` share work,
   and identical source texts across ALL articles of a group are translated once.
3. Look every text up in the MT cache; only misses go to the engine, in large batches, through
   `base.translate_masked` (placeholder masking + verification + retry with the next mask style).
4. Each batch's verified results go to the cache as soon as it returns — a SIGKILL loses at most
   the batch in flight, and a re-run translates nothing twice.
5. Each catalog then gets its suggestions in ONE locked, atomic `apply_suggestions` (fuzzy, with
   provenance `mt: <engine> <model id> <date> score=<x>`), CJK post-processing for zh/ja.
6. Traditional Chinese without a direct model is derived from zh_CN with OpenCC, after zh_CN.

Batches are mapped by an *executor* (`register_executor`), the seam a Ray executor plugs into.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from l10n.errors import ProjectError
from l10n.locales import TargetLocale
from l10n.memory.cache import MTCache, cache_path
from l10n.model import Suggestion, Translation
from l10n.mt.base import Engine, MaskedTranslation, translate_masked
from l10n.mt.cjk import postprocess_cjk
from l10n.mt.opencc import SIMPLIFIED_SOURCE, OpenCCConversion, derive_traditional_catalog
from l10n.mt.registry import EngineSettings, choose_engine, engine_language
from l10n.project import Project

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


@dataclass(frozen=True)
class Failure:
    """A unit left untranslated because its placeholders did not survive any mask style."""

    domain: str
    locale: str
    msgctxt: str | None
    msgid: str
    problem: str


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


def machine_may_fill(translation: Translation, *, overwrite_fuzzy: bool) -> bool:
    """Same rule as the catalog's writer: empty, or (on request) fuzzy work of a machine."""
    if not translation.msgstr:
        return True
    return overwrite_fuzzy and translation.fuzzy and translation.origin in ("mt", "tm")


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
) -> TranslateReport:
    """Machine-translate every empty unit of `domains` × `locales`; see the module docstring."""
    from l10n.catalog.po import apply_suggestions, read_translations

    if executor not in _EXECUTORS:
        raise ProjectError(f"unknown executor {executor!r}; choose one of {', '.join(sorted(_EXECUTORS))}")
    source = project.settings.source_locale.split("_")[0]
    report = TranslateReport({loc.code: LocaleReport(loc.code) for loc in locales})
    groups: dict[tuple[str, str, str], tuple[Engine, list[_Catalog]]] = {}
    conversions: list[OpenCCConversion] = []
    for locale in locales:
        choice = choose_engine(source, locale, name=engine_name, settings=settings)
        entry = report.locales[locale.code]
        entry.reason = choice.reason
        if isinstance(choice.engine, OpenCCConversion):
            entry.engine = f"opencc {choice.engine.model_id()}"
            conversions.append(choice.engine)
            continue
        if choice.engine is None:
            continue
        engine, language = choice.engine, engine_language(locale)
        model_id = engine.model_id(source, language)
        entry.engine = f"{engine.name} {model_id}"
        catalogs = []
        for domain in domains:
            po_path = _ensure_po(project, locale, domain)
            translations = read_translations(po_path)
            todo = [k for k, t in translations.items() if machine_may_fill(t, overwrite_fuzzy=overwrite_fuzzy)]
            entry.skipped_human += sum(1 for t in translations.values() if t.msgstr and t.origin == "human")
            catalogs.append(_Catalog(domain, locale, po_path, todo))
        key = (engine.name, model_id, language)
        groups.setdefault(key, (engine, []))[1].extend(catalogs)

    with MTCache(cache_path(project.state_dir)) as cache:
        meter = _Progress(enabled=progress)
        for (name, model_id, language), (engine, catalogs) in groups.items():
            texts = list(dict.fromkeys(msgid for c in catalogs for _, msgid in c.todo))
            cache_key = {"engine": name, "model_id": model_id, "source": source, "target": language}
            known = cache.get_many(texts, **cache_key)
            misses = [t for t in texts if t not in known]
            problems: dict[str, str] = {}
            report.engine_calls += len(misses)
            meter.start(f"{name} {source}→{language}", len(misses))
            batches = (misses[i : i + batch_size] for i in range(0, len(misses), batch_size))
            work = partial(translate_masked, engine, source=source, target=language)
            for outcomes in _EXECUTORS[executor](work, batches):
                done = [(o.source, o.result.text, o.result.score) for o in outcomes if o.result is not None]
                cache.put_many(done, **cache_key)
                problems.update({o.source: o.problem for o in outcomes if o.result is None})
                meter.advance(len(outcomes))
            meter.finish()
            fresh = set(misses)
            results = cache.get_many(texts, **cache_key)
            for catalog in catalogs:
                entry = report.locales[catalog.locale.code]
                suggestions = []
                for msgctxt, msgid in catalog.todo:
                    hit = results.get(msgid)
                    if hit is None:
                        problem = problems.get(msgid, "not translated")
                        report.failures.append(Failure(catalog.domain, catalog.locale.code, msgctxt, msgid, problem))
                        entry.failed += 1
                        continue
                    entry.translated += msgid in fresh
                    entry.cached += msgid not in fresh
                    text = postprocess_cjk(hit.text, language=catalog.locale.language)
                    suggestions.append(
                        Suggestion(msgctxt, msgid, text, "mt", provenance(name, model_id, hit.created, hit.score), hit.score)
                    )
                entry.written += apply_suggestions(catalog.po_path, suggestions, overwrite_fuzzy=overwrite_fuzzy)
    for conversion in conversions:
        entry = report.locales[conversion.target.code]
        simplified = TargetLocale(SIMPLIFIED_SOURCE)
        for domain in domains:
            written, refused = derive_traditional_catalog(
                project.po_path(simplified, domain),
                _ensure_po(project, conversion.target, domain),
                config=conversion.config,
                overwrite_fuzzy=overwrite_fuzzy,
            )
            entry.written += written
            entry.translated += written
            entry.failed += refused
    return report


def provenance(engine: str, model_id: str, created: float, score: float | None) -> str:
    """The PO provenance of an MT suggestion (the date is when the engine produced it).

    >>> provenance("apertium", "eng-spa/apertium-eng-spa=0.8.1-2", 1606560000.0, None)
    'mt: apertium eng-spa/apertium-eng-spa=0.8.1-2 2020-11-28'
    >>> provenance("argos", "translate-en_zh-1.9", 1606560000.0, -0.31415)
    'mt: argos translate-en_zh-1.9 2020-11-28 score=-0.314'
    """
    date = dt.datetime.fromtimestamp(created, dt.timezone.utc).date().isoformat()
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


class _Progress:
    """A Rich bar (units/s, ETA) on a terminal; otherwise one plain line per ~10 % on stderr."""

    def __init__(self, *, enabled: bool | None) -> None:
        self.rich = sys.stderr.isatty() if enabled is None else enabled
        self._bar = None
        self.total = self.done = self._next_line = 0
        self.label = ""
        self._started = 0.0

    def start(self, label: str, total: int) -> None:
        self.label, self.total, self.done, self._started = label, total, 0, time.monotonic()
        self._next_line = max(total // 10, 1)
        if not total:
            return
        if self.rich:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} units/s"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self._bar.start()
            self._task = self._bar.add_task(label, total=total, rate="-")
        else:
            print(f"translate: {label}: {total} units to translate", file=sys.stderr, flush=True)

    def advance(self, count: int) -> None:
        self.done += count
        rate = self.done / max(time.monotonic() - self._started, 1e-9)
        if self._bar is not None:
            self._bar.update(self._task, advance=count, rate=f"{rate:.1f}")
        elif self.done >= self._next_line or self.done == self.total:
            self._next_line = self.done + max(self.total // 10, 1)
            print(f"translate: {self.label}: {self.done}/{self.total} ({rate:.1f} units/s)", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
