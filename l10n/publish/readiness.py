"""Edition readiness: is a locale's page published *as a translation*? (product rule 9)

The policy is `l10n.project.Readiness` (`[l10n.readiness]` in l10n.toml; default: every unit
translated and QA-clean). An edition below it is still published — a reader who follows a link
gets the article — but it says so at the top in the reader's language, carries
`<meta name="robots" content="noindex">` and is never offered as an `hreflang` alternate or in
the sitemap (Google's hreflang guidance: alternates are equivalent pages, and a half-English page
is not one). The switcher and the indexes show each edition's state.

The notice names the source language with CLDR's name for it in the reader's language (Babel,
`Locale.languages`); the sentence around it is the project's wording for the default locales
(CLDR has no such message), keyed like assemble's labels, English elsewhere.
"""

from __future__ import annotations

from typing import Any

from l10n.assemble.article import TRANSLATED_COUNT_KEYS
from l10n.assemble.labels import label_language
from l10n.locales import TargetLocale, language_of
from l10n.memo import remember
from l10n.project import Readiness

READINESS_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "notice": "Not yet fully translated — parts of this page are the original ({language}) text.",
        "ready": "translated",
        "incomplete": "incomplete",
    },
    "zh_Hans": {"notice": "尚未完整翻译——部分内容为原文（{language}）。", "ready": "已翻译", "incomplete": "未完成"},
    "zh_Hant": {"notice": "尚未完整翻譯——部分內容為原文（{language}）。", "ready": "已翻譯", "incomplete": "未完成"},
    "ja": {
        "notice": "翻訳はまだ完了していません — 一部は原文（{language}）のままです。",
        "ready": "翻訳済み",
        "incomplete": "未完成",
    },
    "ko": {
        "notice": "아직 번역이 완료되지 않았습니다 — 일부는 원문({language})입니다.",
        "ready": "번역 완료",
        "incomplete": "미완성",
    },
    "de": {
        "notice": "Noch nicht vollständig übersetzt – Teile dieser Seite sind Originalfassung ({language}).",
        "ready": "übersetzt",
        "incomplete": "unvollständig",
    },
    "fr": {
        "notice": "Traduction incomplète — une partie de cette page est en version originale ({language}).",
        "ready": "traduit",
        "incomplete": "incomplet",
    },
    "es": {
        "notice": "Traducción incompleta: parte de esta página está en la versión original ({language}).",
        "ready": "traducido",
        "incomplete": "incompleto",
    },
    "pt": {
        "notice": "Tradução incompleta — parte desta página está na versão original ({language}).",
        "ready": "traduzido",
        "incomplete": "incompleto",
    },
    "ru": {
        "notice": "Перевод ещё не завершён — часть страницы на языке оригинала ({language}).",
        "ready": "переведено",
        "incomplete": "не завершено",
    },
    "ar": {
        "notice": "الترجمة غير مكتملة بعد — أجزاء من هذه الصفحة بلغتها الأصلية ({language}).",
        "ready": "مترجمة",
        "incomplete": "غير مكتملة",
    },
}


def meets_policy(article: Any, policy: Readiness) -> bool:
    """True when the assembled edition's shares reach the policy (assemble's `counts`; held
    units count as untranslated, so the default policy also means "QA-clean").

    >>> class A: counts = {"translated": 9, "mt": 1, "fuzzy": 0, "untranslated": 0, "held": 0}
    >>> meets_policy(A(), Readiness()), meets_policy(A(), Readiness(min_reviewed=0.95))
    (True, False)
    """
    counts = article.counts
    total = sum(counts.values())
    if total == 0:
        return True
    translated = sum(counts.get(key, 0) for key in TRANSLATED_COUNT_KEYS)
    reviewed = counts.get("translated", 0)
    return translated >= policy.min_translated * total and reviewed >= policy.min_reviewed * total


def readiness_text(locale: TargetLocale, key: str, *, source_lang: str = "en") -> str:
    """The notice or a state word in `locale`'s language.

    >>> from l10n.locales import TargetLocale
    >>> readiness_text(TargetLocale("de"), "notice")
    'Noch nicht vollständig übersetzt – Teile dieser Seite sind Originalfassung (Englisch).'
    >>> readiness_text(TargetLocale("ar"), "incomplete"), readiness_text(TargetLocale("sw"), "ready")
    ('غير مكتملة', 'translated')
    """
    cache_key = (locale.code, key, source_lang)  # a site asks ~100,000 times for a few dozen texts
    found = _TEXTS.get(cache_key)
    if found is None:
        table = READINESS_TEXT.get(label_language(locale), READINESS_TEXT["en"])
        language = language_of(source_lang)
        name = locale.babel.languages.get(language, language)
        found = remember(_TEXTS, cache_key, table[key].format(language=name), limit=10_000)
    return found


_TEXTS: dict[tuple[str, str, str], str] = {}  # a function of the locale code, key and language
