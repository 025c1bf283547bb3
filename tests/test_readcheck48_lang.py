"""A translated sentence is not marked as the source's language by a tag the source page wrapped
round it (readcheck48).

`bench/readcheck.py` over every 3rd page of trafilatura's evaluation set found the French and
Portuguese editions of two German pages saying their translated sentences were German: Word
Online's `<span class="TextRun" lang="DE-DE">` round courage-online.de's lead, and the page's own
`<span lang="de">` round a paragraph of perfekte-schnitte, went into the translation as inline
tags with their `lang`. A screen reader then reads French words with German rules (WCAG 2.1,
3.1.2 Language of Parts), and the page holds text marked in two languages. A tag's `lang` naming
another language — a quoted English word in a German sentence, bmwi.de's `„<span
lang="en-US">Run</span>“` — still marks that word. The paragraphs are the pages' own (trafilatura's
evaluation pages, adbar/trafilatura at e90b0ef5, `tests/eval/courgage-online.de.HIV.html` and
`tests/eval/bmwi.de-neubau.html`; GPL-3.0 repository, quoted as test input), shortened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_l10n
from lxml import html as lxml_html

from l10n.locales import language_of

PAGE = """<!DOCTYPE html>
<html lang="de-DE"><head><meta charset="utf-8">
<title>Erfinderinnen: Ann Kiessling und ihre Forschung im Kampf gegen das HIV-Virus</title>
<meta property="article:published_time" content="2022-12-25T11:00:02+00:00"></head>
<body><article><h1>Erfinderinnen: Ann Kiessling und ihre Forschung im Kampf gegen das HIV-Virus</h1>
<p><em><span class="TextRun SCXW86380490 BCX0" lang="DE-DE" xml:lang="DE-DE" data-contrast="auto"><span
class="NormalTextRun SCXW86380490 BCX0">Ihr gelang so einiges in ihrem Leben. Dabei arbeitet Ann </span><span
class="NormalTextRun SpellingErrorV2Themed SCXW86380490 BCX0">Kiessling</span><span
class="NormalTextRun SCXW86380490 BCX0"> mit 80 Jahren noch immer an der Bedford Stem Cell Research
Foundation.</span></span></em></p>
<p>Das dann im November 2021 angekündigte nahende Ende der EH55-Neubauförderung hat zu einem
„<span lang="en-US">Run</span>“ auf die Förderung geführt.</p>
<p>Die Forscherin hat ihr Leben lang an Viren und Stammzellen gearbeitet und dabei viel erreicht.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lang")
    (root / "seeds").mkdir()
    (root / "seeds" / "kiessling.html").write_text(PAGE, encoding="utf-8")
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["fr", "pt_BR"]\nengine = "pseudo"\n', encoding="utf-8")
    for step in (("extract", "seeds", "-q"), ("translate", "-q"), ("assemble", "-q")):
        run_l10n(root, *step)
    return root


def languages_of_words(page: Path, words: str) -> list[str]:
    """The `lang` each text node holding `words` is read in (its nearest element's that states one)."""
    tree = lxml_html.document_fromstring(page.read_bytes(), parser=lxml_html.HTMLParser(encoding="utf-8"))
    found = []
    for node in tree.iter():
        for text, holder in ((node.text, node), (node.tail, node.getparent())):
            if holder is not None and text and words in text:
                found.append(next(e.get("lang") for e in (holder, *holder.iterancestors()) if e.get("lang")))
    return found


@pytest.mark.parametrize("locale", ["fr", "pt_BR"])
def test_a_translated_sentence_is_read_in_its_editions_language(project: Path, locale: str) -> None:
    page = project / "build" / locale / "kiessling.html"
    # the pseudo translation of "Ihr gelang so einiges in ihrem Leben." (accented letters, `l10n.mt.pseudo`)
    marked = languages_of_words(page, "Îĥŕ ĝéĺàñĝ")
    assert marked and {language_of(lang) for lang in marked} == {language_of(locale)}


def test_a_foreign_word_the_source_marked_keeps_its_language(project: Path) -> None:
    marked = languages_of_words(project / "build" / "fr" / "kiessling.html", "Ŕûñ")
    assert [language_of(lang) for lang in marked] == ["en"]
