"""Page-furniture labels ("By …", "Source: …", "Editor: …") per language.

CLDR has no such fields, and they are not in the article's catalog (they are the site's
words, not the article's), so this is a small table for the ten default target locales. The
words are the everyday newsroom terms of each language, and the punctuation follows each
language's typography (full-width colon in Chinese and Japanese, a no-break space before
the colon in French, Arabic "بقلم" for a byline). They are the project's choice, not CLDR
data: a language reviewer may correct them here, in one place. Unlisted languages get English.
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
}


def label_pattern(key: LabelKey, locale: TargetLocale) -> str:
    """The `{name}` pattern for `key` in `locale`'s language (Chinese by script), else English.

    >>> from l10n.locales import TargetLocale
    >>> label_pattern("source", TargetLocale("zh_TW"))
    '來源：{name}'
    >>> label_pattern("editor", TargetLocale("it"))
    'Editor: {name}'
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
