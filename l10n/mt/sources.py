"""Engines for articles not written in the project's source language.

Extraction writes such an article's language into its template (`X-Source-Language`, see
`l10n.locales.article_language`) and `update` carries it into every catalog. `translate` then asks
for an engine for (the article's language, the locale), never the project's pair: a German page
in an English project must not go through Apertium en→es. With no engine for that pair, or when
the article is already in the locale's language, its units are left for a translator, and the
gate holds them from readers as it holds any untranslated unit. `pseudo` (layout testing) and
`none` are as they are for every article.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from l10n.locales import TargetLocale, language_of
from l10n.mt.opencc import OpenCCConversion
from l10n.mt.registry import EngineChoice, EngineNames, EngineSettings, choose_engine, engine_of

__all__ = ["ArticleEngines", "held_note", "unused_note"]


class ArticleEngines:
    """One `EngineChoice` per (article language, locale) a run meets, each made once.

    `resolved` gives the decoding settings with CTranslate2's resolved (`mt.device`), asked for
    only when the choice is Argos, as `translate_project` does for the project's own pair."""

    def __init__(
        self, engine_name: EngineNames, settings: EngineSettings, resolved: Callable[[], EngineSettings]
    ) -> None:
        self.engine_name, self.settings, self._resolved = engine_name, settings, resolved
        self._choices: dict[tuple[str, str], EngineChoice] = {}

    def choose(self, article: str, locale: TargetLocale) -> EngineChoice:
        """The engine for `article` (a source-locale form: `de`, `zh_Hant`) → `locale`; an
        `EngineChoice` without an engine, its reason said as the operator reads it, when the
        article is already in the locale's language or no engine serves the pair."""
        key = (article, locale.code)
        if key not in self._choices:
            self._choices[key] = self._choose(language_of(article), locale)
        return self._choices[key]

    def _choose(self, source: str, locale: TargetLocale) -> EngineChoice:
        if source == locale.language:
            return EngineChoice(None, f"the article is already in {source}, no MT into {locale.code}", source)
        name = engine_of(self.engine_name, locale.code)
        choice = choose_engine(source, locale, name=name, settings=self.settings)
        if getattr(choice.engine, "name", "") == "argos":
            self.settings = self._resolved()  # CTranslate2 only when it runs
            choice = choose_engine(source, locale, name=name, settings=self.settings)
        if choice.engine is not None and not isinstance(choice.engine, OpenCCConversion):
            return choice
        # OpenCC converts zh_CN's catalog, which this article's own choice governs: nothing to add
        return EngineChoice(None, f"no engine for {source} → {locale.code}", choice.language)


def held_note(po_name: str, reason: str, translations: Mapping[Any, Any], todo: Sequence[Any]) -> list[str]:
    """The operator's one line for a catalog whose units no engine may fill (none when nothing
    is open): how many wait for a translator, and how many machine translations written before
    the article's language was known (a project's-pair engine's) are still there to check."""
    open_units = set(todo)
    earlier = sum(1 for key, unit in translations.items() if unit.origin == "mt" and key not in open_units)
    if not todo and not earlier:
        return []
    check = f" ({earlier} machine translations from before to check)" if earlier else ""
    return [f"{po_name}: {reason}; {len(todo)} units left for a translator{check}"]


def unused_note(po_name: str, locale: str) -> str:
    """The operator's line for a catalog in the article's own language (`locales.own_language_locale`),
    which an earlier version made: left as it is, never filled nor shown."""
    return (
        f"{po_name}: the article is written in {locale}, its {locale} edition is the article itself; catalog not used"
    )
