"""One language group's MT, and what it reports: cache first, the engine for the misses.

A group is every catalog whose locale asks the same engine and model for the same language
(`es` and `es_MX` share work): its distinct source texts are looked up in the MT cache, the misses
go to the engine in batches through an executor (`l10n.mt.executors`), each batch's verified
results go to the cache as soon as it returns, and each catalog then gets its suggestions, with
provenance, and its failures, from the group's results (`collect_suggestions`). `l10n.mt.batch`
reads and writes the catalogs around this.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from l10n.locales import TargetLocale
from l10n.memory.cache import CachedTranslation, MTCache
from l10n.model import Suggestion
from l10n.mt.base import Engine, MaskedTranslation, MaskStyle, translate_masked
from l10n.mt.cjk import postprocess_cjk
from l10n.mt.executors import Executor
from l10n.mt.failures import MTFailure
from l10n.mt.progress import Progress
from l10n.mt.terms import ProtectedText, cache_model_id, restore_terms

Failure = MTFailure
"""A unit left untranslated because its placeholders did not survive any mask style (one home:
`l10n.mt.failures`, the log QA reads the failures `translate_project` records from)."""


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
    held: list[str] = field(default_factory=list)  # catalogs whose article no engine serves (`mt.sources`)


@dataclass
class TranslateReport:
    locales: dict[str, LocaleReport] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    engine_calls: int = 0  # distinct texts sent to engines in this run

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class CatalogWork:
    """One catalog's share of a group: the units a machine may fill, and their protected texts."""

    domain: str
    locale: TargetLocale
    po_path: Path
    todo: list[tuple[str | None, str]]
    protected: list[ProtectedText] = field(default_factory=list)  # parallel to `todo`
    human: int = 0  # units a person translated (reported as skipped)


class GroupRun:
    """One (engine, model, language) group's MT: cached results first; the misses through the
    engine with their glossary terms protected; then, for the texts whose term tokens did not
    survive any mask style, once more with the terms left to the engine (QA's glossary check
    then says which term to fix). Each batch goes to the cache as soon as it returns.

    `shared`: the command's outcomes by (engine, model, source language), then by text, for an
    engine whose output for a text depends on that text alone, not on the target nor on the
    batch: one whose class itself says `depends_on_text_alone` (pseudo, whose eight locales send
    the same texts one after the other; a subclass, which may read the target, says it again or
    is not taken so). A text there is not sent again: what `translate_masked` gave for it is
    what it gives again, so the cache rows and suggestions are the same; the others go in
    batches of their own. `engine_calls` counts the texts sent; a locale's report counts as
    translated the units this run produced for it, those taken from `shared` included."""

    def __init__(
        self,
        engine: Engine,
        cache: MTCache,
        *,
        model_id: str,
        source: str,
        target: str,
        meter: Progress,
        shared: dict[tuple[str, str, str], dict[str, MaskedTranslation]] | None = None,
    ) -> None:
        self.engine, self.cache, self.model_id, self.meter = engine, cache, model_id, meter
        self.source, self.target = source, target
        # An engine that says its output depends on the text alone reads no source language: its
        # catalogs are grouped under the project's (`catalog_io` reads no article's language for it).
        self.text_alone = bool(vars(type(engine)).get("depends_on_text_alone", False))
        self.shared = None  # this group's outcomes by text in `shared`, where its engine declares so itself
        if shared is not None and self.text_alone:
            self.shared = shared.setdefault((engine.name, model_id, source), {})
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
        suffix = "" if protect else " (glossary terms unprotected)"
        source = "" if self.text_alone else self.source  # pseudo's German article is no "en→es"
        self.meter.start(f"{self.engine.name} {source}→{self.target}{suffix}", len(texts))
        for outcomes in self._outcomes(texts, batch_size, executor):
            done: dict[str, list[tuple[str, str, float | None]]] = {}
            for outcome in outcomes:
                for protected in by_text[outcome.source]:
                    self._settle(protected, outcome, protect=protect, done=done)
            for model, rows in done.items():
                self.cache.put_many(rows, **self._key(model))
            self.meter.advance(len(outcomes))
        self.meter.finish()

    def _outcomes(self, texts: list[str], batch_size: int, executor: Executor) -> Iterator[list[MaskedTranslation]]:
        """The outcomes of `texts`, a batch at a time: those `shared` holds first, then the
        others through `executor` (`_by_style`; what it gives goes to `shared`)."""
        shared = self.shared if self.shared is not None else {}
        known = [text for text in texts if text in shared]
        for start in range(0, len(known), batch_size):
            yield [shared[text] for text in known[start : start + batch_size]]
        sent = [text for text in texts if text not in shared] if known else texts
        self.engine_calls += len(sent)
        for outcomes in self._by_style(sent, batch_size, executor):
            if self.shared is not None:
                shared.update((outcome.source, outcome) for outcome in outcomes)
            yield outcomes

    def _by_style(self, texts: list[str], batch_size: int, executor: Executor) -> Iterator[list[MaskedTranslation]]:
        """The final outcomes of `texts`: every text in batches of `batch_size` with the engine's
        first mask style, then the texts whose masks broke, of all batches together, with the
        next style, and so on. Each batch of the first pass is what it was when every batch
        retried its own texts, so is its output; the retries cost one engine call per
        `batch_size` texts of the run instead of one per batch that had any (Apertium: 28 of
        76 pipeline runs at 300 chain articles, each ~0.25 CPU s of dictionaries loading)."""
        passes: list[tuple[MaskStyle, ...]] = [(style,) for style in self.engine.mask_styles] or [()]
        for number, styles in enumerate(passes):
            last = number == len(passes) - 1
            work = partial(translate_masked, self.engine, source=self.source, target=self.target, styles=styles)
            batches = (texts[i : i + batch_size] for i in range(0, len(texts), batch_size))
            broke: list[str] = []
            for outcomes in executor(work, batches):
                done = [outcome for outcome in outcomes if last or not outcome.masks_broke]
                broke += [outcome.source for outcome in outcomes if not last and outcome.masks_broke]
                if done:
                    yield done
            texts = broke
            if not texts:
                return

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


def collect_suggestions(
    catalog: CatalogWork,
    run: GroupRun,
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


@functools.lru_cache(maxsize=1024)
def provenance(engine: str, model_id: str, created: float, score: float | None) -> str:
    """The PO provenance of an MT suggestion (the date is when the engine produced it); kept per
    process: a catalog's units share the few times their batches were cached at.

    >>> provenance("apertium", "eng-spa/apertium-eng-spa=0.8.1-2", 1606560000.0, None)
    'mt: apertium eng-spa/apertium-eng-spa=0.8.1-2 2020-11-28'
    >>> provenance("argos", "translate-en_zh-1.9", 1606560000.0, -0.31415)
    'mt: argos translate-en_zh-1.9 2020-11-28 score=-0.314'
    """
    date = dt.datetime.fromtimestamp(created, dt.UTC).date().isoformat()
    score_part = f" score={score:.3f}" if score is not None else ""
    return f"mt: {engine} {model_id} {date}{score_part}"
