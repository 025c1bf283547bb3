"""Review support: which machine translations a reviewer should read first, and signing them off.

Confidence per fuzzy MT/TM unit from up to two signals, each mapped to 0–1:
- the engine's own score from the provenance comment (`score=-0.31`: CTranslate2's mean token
  log-probability, so `exp(score)` is a per-token probability; a positive score is taken as a
  probability already); a TM match's percentage for TM units;
- a back-translation similarity: the translation is machine-translated back to the source language
  by a reverse engine (when one is installed) and compared with the source by chrF (Popović 2015,
  "chrF: character n-gram F-score for automatic MT evaluation": character n-grams 1–6, β = 2).
Confidence is the mean of the available signals; units are listed lowest first, and units with no
signal at all come last (nothing says they are bad). Accepting a unit clears fuzzy through the
catalog API (`mark_reviewed`), which turns it into human work MT never touches again, and adds it
to the TM.

A unit is named two ways a translator can find: its PO location `locales/de/LC_MESSAGES/a.po:42`
(polib's `linenum`, the `path:line` form QA and compilers print, so an editor jumps there) and its
id `u…` (the XLIFF unit id). `--accept` takes either; a name that matches no unit is an error that
names the closest ones, never a silent "0 signed off".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from l10n.locales import TargetLocale
from l10n.model import Translation, unit_id

_SCORE = re.compile(r"\bscore=(-?\d+(?:\.\d+)?)")
_TM_PERCENT = re.compile(r"^tm:\s*(\d+(?:\.\d+)?)%")
CHRF_MAX_N = 6
CHRF_BETA = 2.0


def chrf(hypothesis: str, reference: str, *, max_n: int = CHRF_MAX_N, beta: float = CHRF_BETA) -> float:
    """chrF score 0–100 (character n-grams without spaces, averaged over n = 1…max_n).

    >>> chrf("the park opened", "the park opened")
    100.0
    >>> round(chrf("the park was opened", "the park opened"), 1)
    68.9
    >>> chrf("", "anything")
    0.0
    """
    hyp, ref = hypothesis.replace(" ", ""), reference.replace(" ", "")
    precisions, recalls = [], []
    for n in range(1, max_n + 1):
        hyp_grams = Counter(hyp[i : i + n] for i in range(len(hyp) - n + 1))
        ref_grams = Counter(ref[i : i + n] for i in range(len(ref) - n + 1))
        if not hyp_grams or not ref_grams:
            continue
        overlap = sum((hyp_grams & ref_grams).values())
        precisions.append(overlap / sum(hyp_grams.values()))
        recalls.append(overlap / sum(ref_grams.values()))
    if not precisions:
        return 0.0
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    if precision == 0 and recall == 0:
        return 0.0
    b2 = beta * beta
    return 100.0 * (1 + b2) * precision * recall / (b2 * precision + recall)


def provenance_confidence(provenance: str) -> float | None:
    """0–1 from the provenance line: an engine `score=` or a TM match percentage.

    >>> round(provenance_confidence("mt: argos translate-en_zh-1.9 2020-11-28 score=-0.314"), 3)
    0.731
    >>> provenance_confidence("tm: 87% from 000_3e65 (headline)")
    0.87
    >>> provenance_confidence("mt: apertium en-es 3.8") is None
    True
    """
    tm = _TM_PERCENT.match(provenance.strip())
    if tm:
        return float(tm.group(1)) / 100.0
    match = _SCORE.search(provenance)
    if not match:
        return None
    score = float(match.group(1))
    return math.exp(score) if score <= 0 else min(score, 1.0)


@dataclass
class ReviewItem:
    domain: str
    unit: str
    msgctxt: str | None
    msgid: str
    msgstr: str
    origin: str
    provenance: str
    where: str = ""
    engine_confidence: float | None = None
    back_translation: str | None = None
    back_translation_chrf: float | None = None

    @property
    def confidence(self) -> float | None:
        signals = [s for s in (self.engine_confidence, _percent(self.back_translation_chrf)) if s is not None]
        return sum(signals) / len(signals) if signals else None

    def to_dict(self) -> dict:
        return asdict(self) | {"confidence": self.confidence}


def _percent(value: float | None) -> float | None:
    return None if value is None else value / 100.0


def worst_first(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    """Lowest confidence first; items without any signal last, in catalog order."""
    ordered = list(items)
    return sorted(ordered, key=lambda i: (i.confidence is None, i.confidence or 0.0))


def back_translate(texts: Sequence[str], *, locale: TargetLocale, source_locale: str = "en") -> list[str | None]:
    """Translate `texts` from `locale` back to the source language, or Nones without a reverse engine."""
    from l10n.errors import EngineError, EngineUnavailable
    from l10n.locales import parse_locale
    from l10n.mt.base import translate_masked
    from l10n.mt.opencc import OpenCCConversion
    from l10n.mt.registry import choose_engine, engine_language

    if not texts:
        return []
    try:
        choice = choose_engine(engine_language(locale), parse_locale(source_locale))
    except EngineUnavailable:
        return [None] * len(texts)
    engine = choice.engine
    if engine is None or isinstance(engine, OpenCCConversion):
        return [None] * len(texts)
    try:
        outcomes = translate_masked(engine, list(texts), source=engine_language(locale), target=source_locale)
    except (EngineError, EngineUnavailable):
        return [None] * len(texts)
    return [o.result.text if o.result is not None else None for o in outcomes]


def review_queue(
    project, *, locale: TargetLocale, domains: Sequence[str], use_back_translation: bool = True
) -> list[ReviewItem]:
    """Fuzzy machine (MT or TM) units of `locale`, worst first."""
    from l10n.catalog.pofile import entry_index, load_catalog
    from l10n.catalog.translations import entry_translation

    items: list[ReviewItem] = []
    for domain in domains:
        po = project.po_path(locale, domain)
        if not po.is_file():
            continue
        where = project.relative(po)
        for (msgctxt, msgid), entry in entry_index(load_catalog(po)).items():
            t = entry_translation(entry)
            if _machine_unreviewed(t):
                items.append(
                    ReviewItem(
                        domain,
                        unit_id(msgctxt, msgid),
                        msgctxt,
                        msgid,
                        t.msgstr,
                        t.origin,
                        t.provenance,
                        where=f"{where}:{entry.linenum}",
                        engine_confidence=provenance_confidence(t.provenance),
                    )
                )
    if use_back_translation and items:
        for item, back in zip(
            items,
            back_translate([i.msgstr for i in items], locale=locale, source_locale=project.settings.source_locale),
        ):
            if back is not None:
                item.back_translation = back
                item.back_translation_chrf = chrf(back, item.msgid)
    return worst_first(items)


def accept(
    project,
    *,
    locale: TargetLocale,
    domains: Sequence[str],
    unit_ids: Iterable[str] = (),
    all_checked: bool = False,
) -> int:
    """Sign off units (by unit id or PO location, or every fuzzy MT/TM unit QA finds nothing on);
    feeds the TM. Every name is resolved before anything is written: one that matches no unit
    of these catalogs is a `CatalogError` naming the closest ids.

    Returns how many entries were marked reviewed.
    """
    from l10n.catalog.po import mark_reviewed
    from l10n.catalog.pofile import entry_index, load_catalog
    from l10n.catalog.translations import entry_translation
    from l10n.memory.catalog_sync import entries_from_po, open_project_tm

    wanted = {name.strip() for name in unit_ids if name.strip()}
    catalogs = []
    names: dict[str, tuple[str, tuple]] = {}
    lines: dict[tuple[str, tuple], int] = {}  # each unit's line in its PO, for a refusal to name
    for domain in domains:
        po = project.po_path(locale, domain)
        if not po.is_file():
            continue
        index = entry_index(load_catalog(po))
        where = project.relative(po)
        for key, entry in index.items():
            names[unit_id(*key)] = names[f"{where}:{entry.linenum}"] = (domain, key)
            lines[(domain, key)] = entry.linenum
        catalogs.append((domain, po, {key: entry_translation(entry) for key, entry in index.items()}))
    unknown = sorted(wanted - names.keys())
    if unknown:
        raise _unknown_units(unknown, names, locale=locale)
    by_domain = {domain: (po, translations) for domain, po, translations in catalogs}
    for name in sorted(wanted):
        domain, key = names[name]
        po, translations = by_domain[domain]
        _refuse_broken_sign_off(key, translations[key], locale=locale, po=po, line=lines[(domain, key)])
    accepted = 0
    for domain, po, translations in catalogs:
        keys = [key for name, (owner, key) in names.items() if name in wanted and owner == domain]
        if all_checked:
            keys += _clean_machine_units(project, po, locale=locale, translations=translations)
        changed = mark_reviewed(po, keys) if keys else 0
        if changed:
            accepted += changed
            with open_project_tm(project) as tm:
                tm.add(
                    entries_from_po(
                        po, source_locale=project.settings.source_locale, target_locale=locale.code, origin=domain
                    )
                )
    return accepted


def _refuse_broken_sign_off(key: tuple, translation, *, locale: TargetLocale, po: Path, line: int) -> None:
    """A unit signed off becomes reviewed work that gettext checks (`msgfmt -c` with
    python-brace-format): its placeholders must be the source's, or the catalog stops compiling
    and the publish gate holds the unit back. QA's own placeholders check decides (one rule);
    refused before anything is written, naming the msgstr to fix where QA names it (`po`:`line`)
    and the unit's id."""
    from l10n.errors import CatalogError
    from l10n.qa.checks import placeholders_kept
    from l10n.qa.registry import CheckedUnit

    problem = translation.msgstr and placeholders_kept(CheckedUnit(key[1], translation.msgstr, locale, key[0]))
    if problem:
        raise CatalogError(
            f"cannot be signed off: its translation's placeholders differ from the source's ({problem}); "
            "fix the msgstr first",
            path=po,
            line=line,
            unit=unit_id(*key),
        )


def _unknown_units(unknown: list[str], names: dict, *, locale: TargetLocale):
    import difflib

    from l10n.errors import CatalogError

    close = difflib.get_close_matches(unknown[0], list(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    return CatalogError(
        f"no unit {unknown[0]!r} in the {locale.code} catalogs{hint} "
        f"(`l10n review --locale {locale.code}` lists ids and PO locations)"
    )


def _machine_unreviewed(translation: Translation) -> bool:
    """Fuzzy MT or TM output: what the queue lists and `--all-checked` may sign off."""
    from l10n.catalog.translations import MACHINE_ORIGINS

    return translation.fuzzy and bool(translation.msgstr) and translation.origin in MACHINE_ORIGINS


def _clean_machine_units(project, po, *, locale: TargetLocale, translations: dict) -> list[tuple[str | None, str]]:
    """Fuzzy MT/TM units on which no QA check (error or warning) fires, and whose source did not
    change since the machine wrote them: one with msgmerge's `#|` translates a sentence that is
    gone (QA cannot tell, its placeholders may still match), so it waits for `translate` to redo
    it (`catalog.translations.machine_may_fill`) or for a person to accept it by name."""
    from l10n.memory.glossary import project_glossary
    from l10n.qa import check_catalog

    findings, _ = check_catalog(
        po, locale=locale, glossary=project_glossary(project), project_language=project.settings.source_locale
    )
    flagged = {(f.msgctxt, f.msgid) for f in findings}
    return [
        key for key, t in translations.items() if _machine_unreviewed(t) and not t.source_changed and key not in flagged
    ]
