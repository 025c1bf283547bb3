"""The language a Word document is written in, from the languages Word itself records per run.

Word gives each run three language slots (`w:lang`, ECMA-376 Part 1 §17.3.2.20): `w:val` for
Latin and other text, `w:eastAsia` for East Asian text and `w:bidi` for complex-script text
(right-to-left and the scripts that shape like it); which one applies to a character is decided
by its script. A run states its own, else the document's defaults do (`w:docDefaults` in the
styles part, then the default paragraph style). Word fills the slots from the writer's keyboard
and installation, so a Chinese press release whose core properties name no language carries
`w:eastAsia="zh-CN"` on its Han text and an English `w:val` for the Latin slot it never uses.

The document's language is read from these slots only when most of its letters are East Asian
or complex script: such text cannot be the project's default English, and its slot names which
language of the script it is; or when they are of another script Word puts in the `w:val` slot
(Cyrillic, Greek) that the slot's language is written in. For Latin text the `w:val` slot is no evidence: it is the proofing
language of the writer's installation, which types English in a German Word as `de-DE` (an English
conference summary in the second blind round). The core properties' `dc:language`, when present,
still wins (`docx.py`), unless the letters contradict it and agree with this
(`scripts.settled_language`: `dc:language` "en-US" over Chinese runs marked zh-CN).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from l10n.ingest.docx_runs import W

# Scripts by Word's slot. East Asian: Hangul Jamo, CJK radicals through the Unified Ideographs
# (kana included), Hangul syllables, compatibility ideographs, half-width katakana. Complex
# script: Hebrew through NKo and the Arabic extensions, Devanagari through Sinhala, Thai, Lao,
# and the Hebrew and Arabic presentation forms.
_SLOTS = (
    ("eastAsia", re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]")),
    ("bidi", re.compile(r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\ufb1d-\ufdff\ufe70-\ufefc]")),
)
_LATIN_AND_OTHER = "val"
_LETTER = re.compile(r"[^\W\d_]")


def runs_language(body: Any, styles: Any) -> str:
    """The language tag ("zh-CN") applying to most letters of `body` (a `w:body`), by each run's
    `w:lang` or the defaults in `styles` (the styles part's root), when most letters are East
    Asian or complex script; else, or when nothing is declared, "".

    >>> from lxml import etree
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> styles = etree.fromstring(f'<w:styles {ns}><w:docDefaults><w:rPrDefault><w:rPr>'
    ...     '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    >>> body = etree.fromstring(f'<w:body {ns}><w:p><w:r><w:t>今天，观澜湖高尔夫球会举行了开球仪式 (Callaway)</w:t></w:r></w:p>'
    ...     '<w:p><w:r><w:rPr><w:lang w:bidi="fa-IR"/></w:rPr><w:t>سلام</w:t></w:r></w:p></w:body>')
    >>> runs_language(body, styles)
    'zh-CN'
    """
    defaults = _default_languages(styles)
    by_slot: Counter[str] = Counter()
    letters: Counter[tuple[str, str]] = Counter()
    for run in body.iter(W + "r"):
        text = "".join(node.text or "" for node in run.iter(W + "t"))
        if not text:
            continue
        declared = run.find(f"{W}rPr/{W}lang")
        for slot, count in _letters_by_slot(text).items():
            by_slot[slot] += count
            tag = (declared.get(W + slot) if declared is not None else None) or defaults.get(slot, "")
            if tag:
                letters[slot, tag] += count
    slot = by_slot.most_common(1)[0][0] if by_slot else _LATIN_AND_OTHER
    tags = Counter({tag: count for (each, tag), count in letters.items() if each == slot})
    tag = tags.most_common(1)[0][0] if tags else ""
    if slot != _LATIN_AND_OTHER or not tag:
        return tag
    return tag if _written_in(tag, body) else ""


def _written_in(tag: str, body: Any) -> bool:
    """Whether most letters of `body` are of one script other than Latin that `tag`'s language is
    written in: then the Latin-and-other slot names the text's language (Russian typed in a Russian
    Word, `w:val="ru-RU"`), not only the installation (English in a German Word is Latin either way)."""
    from l10n.ingest.fields import source_language
    from l10n.ingest.scripts import letter_scripts
    from l10n.writing_systems import scripts_of

    counts = letter_scripts(node.text or "" for node in body.iter(W + "t"))
    script, most = counts.most_common(1)[0] if counts else ("", 0)
    language = source_language(tag)
    return script not in ("", "Latn") and most * 2 > sum(counts.values()) and script in scripts_of(language)


def _letters_by_slot(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    total = len(_LETTER.findall(text))
    for slot, pattern in _SLOTS:
        counts[slot] = len(pattern.findall(text))
    counts[_LATIN_AND_OTHER] = max(0, total - sum(counts.values()))
    return +counts  # slots with letters only


def _default_languages(styles: Any) -> dict[str, str]:
    """The slots' defaults: `w:docDefaults`, overridden slot by slot by the default paragraph
    style's run properties."""
    found: dict[str, str] = {}
    if styles is None:
        return found
    places = [styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")]
    for style in styles.iter(W + "style"):
        if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
            places.append(style.find(f"{W}rPr/{W}lang"))
            break
    for lang in places:
        if lang is None:
            continue
        for slot in ("val", "eastAsia", "bidi"):
            if lang.get(W + slot):
                found[slot] = lang.get(W + slot)
    return found
