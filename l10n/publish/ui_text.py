"""The few interface strings a page shows besides the article, in the page's language.

The project's own wording (CLDR has none for "machine translated"), keyed like assemble's labels
(`label_language`: the language, Chinese by script) and for the same languages, so an edition's
furniture is all in its language or, for a language none of the tables has, all English
(`tests/test_furniture_words.py` holds the tables to one set of languages).
"""

from __future__ import annotations

from l10n.assemble.labels import label_language
from l10n.locales import TargetLocale

UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "notice": "Machine translated — not yet reviewed",
        "reviewed": "{percent} reviewed",
        "review": "Highlight unreviewed sentences",
        "languages": "Languages",
    },
    "zh_Hans": {
        "notice": "机器翻译——尚未审校",
        "reviewed": "已审校 {percent}",
        "review": "标出未审校的句子",
        "languages": "语言",
    },
    "zh_Hant": {
        "notice": "機器翻譯——尚未審校",
        "reviewed": "已審校 {percent}",
        "review": "標出未審校的句子",
        "languages": "語言",
    },
    "ja": {
        "notice": "機械翻訳 — 未校閲",
        "reviewed": "校閲済み {percent}",
        "review": "未校閲の文を表示",
        "languages": "言語",
    },
    "ko": {
        "notice": "기계 번역 — 아직 검토되지 않음",
        "reviewed": "검토 완료 {percent}",
        "review": "검토되지 않은 문장 표시",
        "languages": "언어",
    },
    "de": {
        "notice": "Maschinell übersetzt – noch nicht geprüft",
        "reviewed": "{percent} geprüft",
        "review": "Ungeprüfte Sätze markieren",
        "languages": "Sprachen",
    },
    "fr": {
        "notice": "Traduction automatique — pas encore relue",
        "reviewed": "{percent} relu",
        "review": "Surligner les phrases non relues",
        "languages": "Langues",
    },
    "es": {
        "notice": "Traducción automática: aún sin revisar",
        "reviewed": "{percent} revisado",
        "review": "Resaltar las frases sin revisar",
        "languages": "Idiomas",
    },
    "ar": {
        "notice": "ترجمة آلية — لم تتم مراجعتها بعد",
        "reviewed": "تمت مراجعة {percent}",
        "review": "تمييز الجمل غير المراجعة",
        "languages": "اللغات",
    },
    "ru": {
        "notice": "Машинный перевод — ещё не проверен",
        "reviewed": "Проверено: {percent}",
        "review": "Выделить непроверенные предложения",
        "languages": "Языки",
    },
    "pt": {
        "notice": "Tradução automática — ainda não revisada",
        "reviewed": "{percent} revisado",
        "review": "Destacar frases não revisadas",
        "languages": "Idiomas",
    },
    "it": {
        "notice": "Traduzione automatica – non ancora revisionata",
        "reviewed": "{percent} revisionato",
        "review": "Evidenzia le frasi non revisionate",
        "languages": "Lingue",
    },
    "nl": {
        "notice": "Machinaal vertaald – nog niet nagekeken",
        "reviewed": "{percent} nagekeken",
        "review": "Niet-nagekeken zinnen markeren",
        "languages": "Talen",
    },
    "pl": {
        "notice": "Tłumaczenie maszynowe – jeszcze niesprawdzone",
        "reviewed": "Sprawdzono: {percent}",
        "review": "Zaznacz niesprawdzone zdania",
        "languages": "Języki",
    },
    "tr": {
        "notice": "Makine çevirisi – henüz gözden geçirilmedi",
        "reviewed": "{percent} gözden geçirildi",
        "review": "Gözden geçirilmemiş cümleleri vurgula",
        "languages": "Diller",
    },
    "sv": {
        "notice": "Maskinöversättning – ännu inte granskad",
        "reviewed": "{percent} granskat",
        "review": "Markera ogranskade meningar",
        "languages": "Språk",
    },
    "da": {
        "notice": "Maskinoversættelse – endnu ikke gennemgået",
        "reviewed": "{percent} gennemgået",
        "review": "Markér ikke-gennemgåede sætninger",
        "languages": "Sprog",
    },
    "nb": {
        "notice": "Maskinoversettelse – ennå ikke gjennomgått",
        "reviewed": "{percent} gjennomgått",
        "review": "Marker setninger som ikke er gjennomgått",
        "languages": "Språk",
    },
    "uk": {
        "notice": "Машинний переклад — ще не перевірений",
        "reviewed": "Перевірено: {percent}",
        "review": "Виділити неперевірені речення",
        "languages": "Мови",
    },
    "el": {
        "notice": "Μηχανική μετάφραση – δεν έχει ελεγχθεί ακόμη",
        "reviewed": "Ελέγχθηκε: {percent}",
        "review": "Επισήμανση των μη ελεγμένων προτάσεων",
        "languages": "Γλώσσες",
    },
    "he": {
        "notice": "תרגום מכונה – טרם נבדק",
        "reviewed": "{percent} נבדקו",
        "review": "הדגשת משפטים שלא נבדקו",
        "languages": "שפות",
    },
    "id": {
        "notice": "Terjemahan mesin – belum ditinjau",
        "reviewed": "{percent} ditinjau",
        "review": "Tandai kalimat yang belum ditinjau",
        "languages": "Bahasa",
    },
    "vi": {
        "notice": "Bản dịch máy – chưa được hiệu đính",
        "reviewed": "Đã hiệu đính {percent}",
        "review": "Đánh dấu các câu chưa được hiệu đính",
        "languages": "Ngôn ngữ",
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
    return UI_TEXT.get(label_language(locale), UI_TEXT["en"])[key].format(**values)
