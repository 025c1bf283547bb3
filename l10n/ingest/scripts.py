"""Whether the default language can be right for an article that states none (issue 14).

An article that names no language (no `lang:` front matter, no `<html lang>`, no Word language,
and plain text can state none) is read as the project's `source_locale`. That is no guess when
the text is written in that language's script; when most of its letters are of another script
(an Arabic post in an English project), the default is certainly wrong: English engines would
run on Arabic and Apertium en→es would pass it through as "Spanish". Such an article is refused
with one line naming the file and how its format states a language. Nothing is guessed: the
rule reads only which script each letter is in (`l10n.writing_systems`, the table QA reads
too), never the language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from l10n.errors import IngestError
from l10n.ingest import CODE_ELEMENTS  # code is no prose
from l10n.model import Document
from l10n.writing_systems import SCRIPT_NAMES, letter_script, scripts_of

HOW_TO_STATE = {
    "md": "add lang: <its language> to the front matter",
    "html": 'add lang="<its language>" to <html>',
    "docx": "set its language in Word (Review > Language)",
    "txt": "set source_locale in l10n.toml",  # plain text has no place to state it
}
_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.I)


def letter_scripts(texts: Iterable[str]) -> Counter[str]:
    """How many letters of `texts` each script has (web addresses left out; a letter of a
    script `writing_systems` does not name counts as "").

    >>> letter_scripts(["Hi 2024, مرحبا https://example.com", "日本語のテキスト"])
    Counter({'Arab': 5, 'Kana': 5, 'Hani': 3, 'Latn': 2})
    """
    counts: Counter[str] = Counter()
    for text in texts:
        for char in _ADDRESS.sub(" ", text):
            if char.isalpha():
                counts[letter_script(char)] += 1
    return counts


def prose_texts(document: Document) -> Iterable[str]:
    """The article's text without its code: code blocks and inline code elements left out."""
    for block in document.blocks:
        if block.role == "code":
            continue
        text, end = [], 0
        for mark in sorted((m for m in block.markup if m.tag in CODE_ELEMENTS), key=lambda m: m.start):
            text.append(block.text[end : mark.start])
            end = max(end, mark.end)
        text.append(block.text[end:])
        yield "".join(text)


def refuse_unstated_script(document: Document, default: str) -> None:
    """Refuse an article that states no language (`Document.language_stated`) and is read as
    `default` (the project's `source_locale`) when most of its letters are of scripts `default`
    is not written in (Japanese: Han and kana together). An article that states its language is never refused here.

    >>> from l10n.model import Block
    >>> refuse_unstated_script(Document([Block("paragraph", "مرحبا بالعالم Hello")], source_path="a.md",
    ...     source_format="md"), "en")
    Traceback (most recent call last):
    l10n.errors.IngestError: a.md: no language stated and the text is in Arabic script, not en; add lang: <its language> to the front matter, or extract it with --lang <its language>
    >>> refuse_unstated_script(Document([Block("paragraph", "مرحبا بالعالم")], source_format="md"), "ar")
    """
    if document.language_stated:
        return
    expected = scripts_of(default)
    if not expected:
        return
    counts = letter_scripts(prose_texts(document))
    if not counts:
        return
    foreign = Counter({script: count for script, count in counts.items() if script and script not in expected})
    if sum(foreign.values()) * 2 <= sum(counts.values()):
        return
    script = foreign.most_common(1)[0][0]  # named in the message: the commonest of them
    how = HOW_TO_STATE.get(document.source_format, HOW_TO_STATE["txt"])
    message = (
        f"no language stated and the text is in {SCRIPT_NAMES[script]} script, not {default}; {how}, "
        "or extract it with --lang <its language>"
    )
    raise IngestError(message, path=document.source_path)
