"""Edition readiness: is an edition published *as a translation*? (product rule 9) The one rule,
here in `assemble` so that `build/` editions carry it too (`publish.readiness` uses it).

The policy is `l10n.project.Readiness` (`[l10n.readiness]` in l10n.toml; default: every unit
translated and QA-clean). `meets_policy` judges an assembled edition's counts; `readiness_text`
gives the notice and state words in the reader's language, naming the source language with
CLDR's name for it (Babel, `Locale.languages`; publish asks its kept answers, `publish.cldr`).

`build/` is what a CMS imports, so an edition below the policy says so there too, each format
as it can without changing a finished edition's bytes (`mark_unfinished`): HTML a
`<meta name="l10n-readiness" content="incomplete">` and the site's visible notice before the
`<article>` (`<p class="readiness-notice" role="note">`: a site page takes the `<article>` only
and shows its own); Markdown (our editions have no front matter) and plain text the notice as
their first paragraph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from l10n.assemble.labels import label_language
from l10n.assemble.xml_text import xml_safe
from l10n.locales import TargetLocale, language_of
from l10n.memo import remember
from l10n.project import Readiness

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


def readiness_text(
    locale: TargetLocale,
    key: str,
    *,
    source_lang: str = "en",
    language_name: Callable[[str, TargetLocale], str] | None = None,
) -> str:
    """The notice or a state word in `locale`'s language; `language_name(language, locale)`
    names the source language (default: Babel's CLDR name).

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
        name = (language_name or _babel_language_name)(language, locale)
        found = remember(_TEXTS, cache_key, table[key].format(language=name), limit=10_000)
    return found


_TEXTS: dict[tuple[str, str, str], str] = {}  # a function of the locale code, key and language (CLDR's name)


def _babel_language_name(language: str, locale: TargetLocale) -> str:
    return locale.babel.languages.get(language, language)


READINESS_META = "l10n-readiness"  # `<meta name>` of an HTML edition below the policy


def mark_unfinished(texts: Sequence[str], formats: Sequence[str], article: Any, policy: Readiness) -> list[str]:
    """`texts` (the article's editions in `formats`, as rendered) marked as unfinished when the
    edition is below `policy`; an edition that meets it keeps its bytes. For a translation
    only: the source edition is the editor's text, finished by definition."""
    if meets_policy(article, policy):
        return list(texts)
    notice = readiness_text(article.locale, "notice", source_lang=article.source_lang)
    return [_MARKS[fmt](text, notice) for text, fmt in zip(texts, formats, strict=True)]


def _html_marked(page: str, notice: str) -> str:
    r"""The meta line before `<title>`, the notice as the `<body>`'s first child.

    >>> _html_marked("<html><head><title>T</title></head><body><article>A</article></body></html>", "Not <yet>")
    '<html><head><meta name="l10n-readiness" content="incomplete">\n<title>T</title></head><body><p class="readiness-notice" role="note">Not &lt;yet&gt;</p><article>A</article></body></html>'
    """
    from l10n.assemble.html_tree import escaped_text

    head = page.index("<title>")
    body = page.index("<body>", head) + len("<body>")
    meta = f'<meta name="{READINESS_META}" content="incomplete">\n'  # a line of its own, as the frame's
    shown = f'<p class="readiness-notice" role="note">{escaped_text(xml_safe(notice))}</p>'
    return page[:head] + meta + page[head:body] + shown + page[body:]


def _markdown_marked(text: str, notice: str) -> str:
    from l10n.assemble.markdown_inline import escape_line_start, escape_markdown

    return escape_line_start(escape_markdown(xml_safe(notice))) + "\n\n" + text


def _text_marked(text: str, notice: str) -> str:
    return xml_safe(notice) + "\n\n" + text


_MARKS: dict[str, Callable[[str, str], str]] = {"html": _html_marked, "md": _markdown_marked, "txt": _text_marked}


def html_article_start(page: str) -> int:
    """Where the `<article>` of a `render_html` page marked by `_html_marked` starts (after the
    notice that is the `<body>`'s first child), or -1 for a page not so marked."""
    body = page.find('<body><p class="readiness-notice" role="note">')
    end = page.find("</p><article", body) if body >= 0 else -1
    return end + len("</p>") if end >= 0 else -1
