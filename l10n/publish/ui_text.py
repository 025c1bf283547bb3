"""The few interface strings a page shows besides the article, in the page's language.

The project's own wording (CLDR has none for "machine translated"), keyed like assemble's labels:
by language, Chinese by script; a language the table lacks reads English.
"""

from __future__ import annotations

from l10n.locales import TargetLocale

# The few interface strings a page shows besides the article, in the page's language: the
# project's wording (CLDR has none), keyed like assemble's labels (language; Chinese by script).
UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "notice": "Machine translated — not yet reviewed",
        "reviewed": "{percent} reviewed",
        "review": "Highlight unreviewed sentences",
    },
    "zh_Hans": {
        "notice": "机器翻译——尚未审校",
        "reviewed": "已审校 {percent}",
        "review": "标出未审校的句子",
    },
    "zh_Hant": {
        "notice": "機器翻譯——尚未審校",
        "reviewed": "已審校 {percent}",
        "review": "標出未審校的句子",
    },
    "ja": {
        "notice": "機械翻訳 — 未校閲",
        "reviewed": "校閲済み {percent}",
        "review": "未校閲の文を表示",
    },
    "ko": {
        "notice": "기계 번역 — 아직 검토되지 않음",
        "reviewed": "검토 완료 {percent}",
        "review": "검토되지 않은 문장 표시",
    },
    "de": {
        "notice": "Maschinell übersetzt – noch nicht geprüft",
        "reviewed": "{percent} geprüft",
        "review": "Ungeprüfte Sätze markieren",
    },
    "fr": {
        "notice": "Traduction automatique — pas encore relue",
        "reviewed": "{percent} relu",
        "review": "Surligner les phrases non relues",
    },
    "es": {
        "notice": "Traducción automática: aún sin revisar",
        "reviewed": "{percent} revisado",
        "review": "Resaltar las frases sin revisar",
    },
    "ar": {
        "notice": "ترجمة آلية — لم تتم مراجعتها بعد",
        "reviewed": "تمت مراجعة {percent}",
        "review": "تمييز الجمل غير المراجعة",
    },
    "ru": {
        "notice": "Машинный перевод — ещё не проверен",
        "reviewed": "Проверено: {percent}",
        "review": "Выделить непроверенные предложения",
    },
    "pt": {
        "notice": "Tradução automática — ainda não revisada",
        "reviewed": "{percent} revisado",
        "review": "Destacar frases não revisadas",
    },
}


def ui_text(locale: TargetLocale, key: str, **values: str) -> str:
    """An interface string in the locale's language, English when the table lacks it.

    >>> from l10n.locales import parse_locale
    >>> ui_text(parse_locale("zh_TW"), "notice")
    '機器翻譯——尚未審校'
    >>> ui_text(parse_locale("pt_BR"), "notice")
    'Tradução automática — ainda não revisada'
    >>> ui_text(parse_locale("sw"), "notice")
    'Machine translated — not yet reviewed'
    """
    language = locale.language
    if language == "zh":
        language = "zh_" + (locale.babel.script or "Hans")
    return UI_TEXT.get(language, UI_TEXT["en"])[key].format(**values)
