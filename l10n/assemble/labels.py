"""Page-furniture labels ("By …", "Source: …", "Editor: …") per language.

CLDR has no such fields, and they are not in the article's catalog (they are the site's
words, not the article's), so this is a small table: the ten default target locales' languages
and it, nl, pl, tr, sv, da, nb, uk, el, he, id, vi. The words are the everyday newsroom terms of
each language, and the punctuation follows each language's typography (full-width colon in
Chinese and Japanese, a no-break space before the colon in French, Arabic "بقلم" and Hebrew
"מאת" for a byline, Polish "Fot." for a picture). They are the project's choice, not CLDR
data: a language reviewer may correct them here, in one place. Publish's `UI_TEXT` and
`READINESS_TEXT` are keyed by `label_language` too and hold the same languages
(`tests/test_furniture_words.py`), so a page's furniture is in one language: its own, or
English for a language none of the three tables has.
"""

from __future__ import annotations

from typing import Literal

from l10n.locales import TargetLocale

LabelKey = Literal["byline", "source", "editor", "photo"]

ENGLISH_LABELS: dict[LabelKey, str] = {
    "byline": "By {name}",
    "source": "Source: {name}",
    "editor": "Editor: {name}",
    "photo": "Photo: {name}",
}

LABELS: dict[str, dict[LabelKey, str]] = {
    "en": ENGLISH_LABELS,
    "zh_Hans": {"byline": "记者：{name}", "source": "来源：{name}", "editor": "编辑：{name}", "photo": "图片：{name}"},
    "zh_Hant": {"byline": "記者：{name}", "source": "來源：{name}", "editor": "編輯：{name}", "photo": "圖片：{name}"},
    "ja": {"byline": "記者：{name}", "source": "出典：{name}", "editor": "編集：{name}", "photo": "写真：{name}"},
    "ko": {"byline": "글: {name}", "source": "출처: {name}", "editor": "편집: {name}", "photo": "사진: {name}"},
    "de": {"byline": "Von {name}", "source": "Quelle: {name}", "editor": "Redaktion: {name}", "photo": "Foto: {name}"},
    "fr": {
        "byline": "Par {name}",
        "source": "Source\u00a0: {name}",
        "editor": "Édition\u00a0: {name}",
        "photo": "Photo\u00a0: {name}",
    },
    "es": {"byline": "Por {name}", "source": "Fuente: {name}", "editor": "Editor: {name}", "photo": "Foto: {name}"},
    "ar": {"byline": "بقلم {name}", "source": "المصدر: {name}", "editor": "المحرر: {name}", "photo": "الصورة: {name}"},
    "ru": {
        "byline": "Автор: {name}",
        "source": "Источник: {name}",
        "editor": "Редактор: {name}",
        "photo": "Фото: {name}",
    },
    "pt": {"byline": "Por {name}", "source": "Fonte: {name}", "editor": "Editor: {name}", "photo": "Foto: {name}"},
    "it": {"byline": "Di {name}", "source": "Fonte: {name}", "editor": "A cura di {name}", "photo": "Foto: {name}"},
    "nl": {"byline": "Door {name}", "source": "Bron: {name}", "editor": "Redactie: {name}", "photo": "Foto: {name}"},
    "pl": {"byline": "Autor: {name}", "source": "Źródło: {name}", "editor": "Redakcja: {name}", "photo": "Fot. {name}"},
    "tr": {
        "byline": "Yazar: {name}",
        "source": "Kaynak: {name}",
        "editor": "Editör: {name}",
        "photo": "Fotoğraf: {name}",
    },
    "sv": {"byline": "Av {name}", "source": "Källa: {name}", "editor": "Redaktör: {name}", "photo": "Foto: {name}"},
    "da": {"byline": "Af {name}", "source": "Kilde: {name}", "editor": "Redaktør: {name}", "photo": "Foto: {name}"},
    "nb": {"byline": "Av {name}", "source": "Kilde: {name}", "editor": "Redaktør: {name}", "photo": "Foto: {name}"},
    "uk": {
        "byline": "Автор: {name}",
        "source": "Джерело: {name}",
        "editor": "Редактор: {name}",
        "photo": "Фото: {name}",
    },
    "el": {
        "byline": "Κείμενο: {name}",
        "source": "Πηγή: {name}",
        "editor": "Επιμέλεια: {name}",
        "photo": "Φωτογραφία: {name}",
    },
    "he": {"byline": "מאת {name}", "source": "מקור: {name}", "editor": "עריכה: {name}", "photo": "צילום: {name}"},
    "id": {"byline": "Oleh {name}", "source": "Sumber: {name}", "editor": "Editor: {name}", "photo": "Foto: {name}"},
    "vi": {
        "byline": "Tác giả: {name}",
        "source": "Nguồn: {name}",
        "editor": "Biên tập: {name}",
        "photo": "Ảnh: {name}",
    },
}


def label_pattern(key: LabelKey, locale: TargetLocale) -> str:
    """The `{name}` pattern for `key` in `locale`'s language (Chinese by script), else English.

    >>> from l10n.locales import TargetLocale
    >>> label_pattern("source", TargetLocale("zh_TW"))
    '來源：{name}'
    >>> label_pattern("editor", TargetLocale("it")), label_pattern("editor", TargetLocale("sw"))
    ('A cura di {name}', 'Editor: {name}')
    """
    return LABELS.get(label_language(locale), ENGLISH_LABELS)[key]


def label_language(locale: TargetLocale) -> str:
    """The key of a per-language UI table: the language, Chinese split by script.

    Simplified and Traditional Chinese differ in words, not only in glyphs (来源 / 來源), so
    zh_CN/zh_SG share "zh_Hans" and zh_TW/zh_HK share "zh_Hant".

    >>> from l10n.locales import TargetLocale
    >>> [label_language(TargetLocale(c)) for c in ("zh_CN", "zh_HK", "zh", "pt_BR")]
    ['zh_Hans', 'zh_Hant', 'zh_Hans', 'pt']
    """
    if locale.language == "zh":
        return "zh_" + (locale.babel.script or "Hans")
    return locale.language


def label_parts(key: LabelKey, locale: TargetLocale) -> tuple[str, str]:
    """The text before and after `{name}`, so writers can mark up the name between them.

    >>> from l10n.locales import TargetLocale
    >>> label_parts("byline", TargetLocale("de"))
    ('Von ', '')
    """
    before, _, after = label_pattern(key, locale).partition("{name}")
    return before, after


def label(key: LabelKey, locale: TargetLocale, name: str) -> str:
    """`name` inside the label ("Quelle: SHINE"), for plain-text writers."""
    before, after = label_parts(key, locale)
    return before + name + after
