"""Right-to-left editions isolate the same spans in every format (l10n/assemble/bidi.py, UAX #9).

HTML isolates with `<bdi>` (values), `<bdi dir="ltr">` (Latin runs) and `dir="ltr"` spans
(English fallback sentences); Markdown and plain text carry FSI…PDI and LRI…PDI around exactly
those spans, and nothing of it reaches a catalog. The articles are real Wikinews reports
(`bench/data/wikinews`, CC BY 2.5) written as Markdown by `bench/chain.py`.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from conftest import bench_module, text_isolates
from lxml import html as lxml_html

from l10n.assemble.bidi import FSI, LRI, PDI
from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.pipeline import extract_articles
from l10n.project import Project

RTL = ["ar", "he", "fa"]
LOCALES = [parse_locale(code) for code in (*RTL, "de")]
ISOLATES = (FSI, LRI, PDI, "\u2067")  # and RLI, which no writer emits


@pytest.fixture(scope="module")
def assembled(tmp_path_factory) -> tuple[Project, list[str], dict[str, bytes]]:
    """Six real articles extracted, two units in three translated (`translate_words`) into ar, he, fa
    and de, and assembled in every format;
    with the bytes of every catalog as they were before assembling."""
    root = tmp_path_factory.mktemp("bidi") / "project"
    bench_module("chain").build_corpus(root / "seeds", 6)
    (root / "locales").mkdir()
    project = Project.open(root)
    domains = [r.domain for r in extract_articles(project, [project.seeds_dir], locales=LOCALES, jobs=1)]
    for locale in LOCALES:
        for domain in domains:
            translate_words(project.po_path(locale, domain), WORD[locale.code])
    catalogs = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "locales").rglob("*.po*"))}
    list(assemble_domains(project, domains, LOCALES, formats=("html", "md", "txt"), jobs=1))
    return project, domains, catalogs


WORD = {"ar": "كلمة", "he": "מילה", "fa": "کلمه", "de": "Wort"}
_PLAIN_WORD = re.compile(r"(?<![{\w])[a-z][a-z'’]*(?![\w}])")


def translate_words(po_path: Path, word: str) -> None:
    """A reviewed "translation" of two units in three: each lower-case word of the msgid becomes
    `word`, so names (capitalised), numbers, placeholders and punctuation stay where they were;
    every third unit is left untranslated, so paragraphs mix the edition's language and English."""
    catalog = polib.pofile(str(po_path))
    for index, entry in enumerate(e for e in catalog if not e.obsolete):
        if index % 3 != 2:
            entry.msgstr = _PLAIN_WORD.sub(word, entry.msgid)
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save()


def html_isolates(path: Path) -> list[tuple[str, str]]:
    """(FSI|LRI, text) for each isolating element of the page body, in document order."""
    body = lxml_html.fromstring(path.read_bytes()).find("body")
    found = []
    for element in body.iter("bdi", "span"):
        if element.tag == "bdi":
            found.append((LRI if element.get("dir") == "ltr" else FSI, element.text_content()))
        elif element.get("dir") == "ltr":
            found.append((LRI, element.text_content()))
    return found


@pytest.mark.parametrize("code", RTL)
def test_plain_text_and_markdown_isolate_what_the_html_isolates(assembled, code: str) -> None:
    project, domains, _ = assembled
    locale = parse_locale(code)
    total = 0
    for domain in domains:
        expected = html_isolates(project.build_path(locale, domain, "html"))
        text = project.build_path(locale, domain, "txt").read_text(encoding="utf-8")
        assert text_isolates(text) == expected
        markdown = project.build_path(locale, domain, "md").read_text(encoding="utf-8")
        assert [kind for kind, _ in text_isolates(markdown)] == [kind for kind, _ in expected]
        total += len(expected)
    assert total > 20  # real articles: values and Latin names in every one


def test_left_to_right_editions_and_catalogs_carry_no_isolates(assembled) -> None:
    project, domains, catalogs = assembled
    for domain in domains:
        for fmt in ("html", "md", "txt"):
            shown = project.build_path(parse_locale("de"), domain, fmt).read_text(encoding="utf-8")
            assert not any(char in shown for char in ISOLATES)
    # the isolates are for editions: catalogs are not rewritten by assembling and hold none
    after = {
        p.relative_to(project.root).as_posix(): p.read_bytes()
        for p in sorted((project.root / "locales").rglob("*.po*"))
    }
    assert after == catalogs and len(after) == len(domains) * (len(LOCALES) + 1)
    assert not any(isolate.encode() in data for data in after.values() for isolate in ISOLATES)
