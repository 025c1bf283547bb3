"""Edition readiness: is a locale's page published *as a translation*? (product rule 9)

The policy is `l10n.project.Readiness` (`[l10n.readiness]` in l10n.toml; default: every unit
translated and QA-clean). An edition below it is still published — a reader who follows a link
gets the article — but it says so at the top in the reader's language, carries
`<meta name="robots" content="noindex">` and is never offered as an `hreflang` alternate or in
the sitemap (Google's hreflang guidance: alternates are equivalent pages, and a half-English page
is not one). The switcher and the indexes show each edition's state.

The notice names the source language with CLDR's name for it in the reader's language (Babel,
`Locale.languages`); the sentence around it is the project's wording (CLDR has no such
message), keyed like assemble's labels and for the same languages, English for any other.
"""

from __future__ import annotations

from typing import Any

from l10n.assemble.labels import label_language
from l10n.locales import TargetLocale, language_of
from l10n.memo import remember
from l10n.project import Readiness
from l10n.publish import cldr

# the counts (assemble's, per status of a unit) whose units a reader sees in the target language
TRANSLATED_COUNT_KEYS = ("translated", "fuzzy", "mt")
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
    "it": {
        "notice": "Traduzione incompleta – parte di questa pagina è nella versione originale ({language}).",
        "ready": "tradotto",
        "incomplete": "incompleto",
    },
    "nl": {
        "notice": "Nog niet volledig vertaald – delen van deze pagina staan in de oorspronkelijke taal ({language}).",
        "ready": "vertaald",
        "incomplete": "onvolledig",
    },
    "pl": {
        "notice": "Tłumaczenie jeszcze niepełne – część tej strony jest w języku oryginału ({language}).",
        "ready": "przetłumaczone",
        "incomplete": "niepełne",
    },
    "tr": {
        "notice": "Henüz tamamen çevrilmedi – bu sayfanın bazı bölümleri özgün dilinde ({language}).",
        "ready": "çevrildi",
        "incomplete": "eksik",
    },
    "sv": {
        "notice": "Ännu inte helt översatt – delar av sidan är på originalspråket ({language}).",
        "ready": "översatt",
        "incomplete": "ofullständig",
    },
    "da": {
        "notice": "Endnu ikke fuldt oversat – dele af siden er på originalsproget ({language}).",
        "ready": "oversat",
        "incomplete": "ufuldstændig",
    },
    "nb": {
        "notice": "Ennå ikke ferdig oversatt – deler av siden er på originalspråket ({language}).",
        "ready": "oversatt",
        "incomplete": "ufullstendig",
    },
    "uk": {
        "notice": "Переклад ще не завершено — частина сторінки мовою оригіналу ({language}).",
        "ready": "перекладено",
        "incomplete": "не завершено",
    },
    "el": {
        "notice": "Η μετάφραση δεν έχει ολοκληρωθεί – μέρη της σελίδας είναι στην πρωτότυπη γλώσσα ({language}).",
        "ready": "μεταφρασμένο",
        "incomplete": "ημιτελές",
    },
    "he": {
        "notice": "התרגום טרם הושלם – חלקים מהעמוד מופיעים בשפת המקור ({language}).",
        "ready": "מתורגם",
        "incomplete": "חלקי",
    },
    "id": {
        "notice": "Belum diterjemahkan sepenuhnya – sebagian halaman ini masih dalam bahasa aslinya ({language}).",
        "ready": "diterjemahkan",
        "incomplete": "belum lengkap",
    },
    "vi": {
        "notice": "Chưa được dịch đầy đủ – một phần của trang này vẫn bằng ngôn ngữ gốc ({language}).",
        "ready": "đã dịch",
        "incomplete": "chưa hoàn chỉnh",
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
    >>> readiness_text(TargetLocale("he"), "incomplete"), readiness_text(TargetLocale("sw"), "ready")
    ('חלקי', 'translated')
    """
    cache_key = (locale.code, key, source_lang)  # a site asks ~100,000 times for a few dozen texts
    found = _TEXTS.get(cache_key)
    if found is None:
        table = READINESS_TEXT.get(label_language(locale), READINESS_TEXT["en"])
        language = language_of(source_lang)
        name = cldr.language_name(language, locale)
        found = remember(_TEXTS, cache_key, table[key].format(language=name), limit=10_000)
    return found


_TEXTS: dict[tuple[str, str, str], str] = {}  # a function of the locale code, key and language
