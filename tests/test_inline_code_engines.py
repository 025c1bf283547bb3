"""Real engines never see inline code: every code span of real posts comes back as written after
Apertium (en→es) and a genuine tiny Argos model (en→de, `tools/make_tiny_model.py`) translated
the units around it. Before inline code was one placeable, its text went to the engines and its
numbers were values: Apertium wrote `cargo control` for `cargo check` (40 code spans of
rust-check-cfg were not shown as written), and the German page of the Jekyll 4.0 post showed
`spec.add_runtime_dependency "jekyll", ">= 3,6", "< 5,0"` — each test here failed on main 7707032.

Only the pipeline's public path is used (ingest → segment → extract → `translate_masked` →
assemble → the HTML page read back with lxml), so the same test runs against the code before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from argos_fixtures import packages_dir, tiny_packages, tiny_tool  # noqa: F401
from lxml import etree
from markdown_it import MarkdownIt

from l10n.assemble.article import assemble_article
from l10n.assemble.html import render_html
from l10n.extract import extract_units
from l10n.ingest.markdown import ingest_markdown, split_front_matter
from l10n.locales import parse_locale
from l10n.model import Translation
from l10n.mt.base import translate_masked
from l10n.segment import segment_document

BLIND_MD = Path(__file__).resolve().parent / "data" / "blind" / "md"


def code_spans(source: str) -> list[str]:
    """The post's code spans as markdown-it-py reads them, spaces collapsed (what `<code>` shows)."""
    _, body = split_front_matter(source)
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    return [
        " ".join(child.content.split())
        for token in tokens
        for child in token.children or []
        if child.type == "code_inline" and child.content.strip()
    ]


def translated_page(path: Path, engine: object, *, source: str, target: str, locale: str) -> tuple[str, list[str]]:
    """The post's page for `locale` with every unit holding a code span translated by `engine`,
    and the code spans of those units' paragraphs."""
    text = path.read_text(encoding="utf-8")
    doc = segment_document(ingest_markdown(text, source_path=path.name))
    units = [unit for unit in extract_units(doc, reference_path=path.name) if "{code_" in unit.msgid]
    outcomes = translate_masked(engine, [unit.msgid for unit in units], source=source, target=target)
    assert all(outcome.ok for outcome in outcomes), [o.problem for o in outcomes if not o.ok]
    translations = {unit.key: Translation(msgstr=o.result.text, fuzzy=False) for unit, o in zip(units, outcomes)}
    article = assemble_article(doc, translations, parse_locale(locale), domain=path.stem)
    return render_html(article), code_spans(text)


def inline_code_shown(page: str) -> list[str]:
    root = etree.fromstring(page.removeprefix("<!DOCTYPE html>").encode(), etree.HTMLParser())
    return [" ".join("".join(code.itertext()).split()) for code in root.iter("code") if code.getparent().tag != "pre"]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="Debian package apertium not installed")
@pytest.mark.parametrize("name", ["rust-check-cfg.md", "rust-Rust-1.80.0.md", "nodejs-domain-postmortem.md"])
def test_apertium_leaves_every_code_span_as_written(name: str) -> None:
    from l10n.mt.apertium import ApertiumEngine

    page, spans = translated_page(BLIND_MD / name, ApertiumEngine(), source="en", target="es", locale="es")
    shown = inline_code_shown(page)
    assert spans and [span for span in spans if span not in shown] == []
    assert "cargo check" in shown or name != "rust-check-cfg.md"  # Apertium made it "cargo control"


def test_argos_leaves_every_code_span_as_written(tiny_packages, packages_dir) -> None:  # noqa: F811
    from l10n.mt.argos import ArgosEngine

    shutil.unpack_archive(tiny_packages[("en", "de")], packages_dir, format="zip")
    engine = ArgosEngine(packages_dir=packages_dir)
    path = BLIND_MD / "jekyll-2019-08-19-jekyll-4-0-0-released.md"
    page, spans = translated_page(path, engine, source="en", target="de", locale="de")
    shown = inline_code_shown(page)
    assert 'spec.add_runtime_dependency "jekyll", ">= 3.6", "< 5.0"' in shown
    assert "and" in spans and [span for span in spans if span not in shown] == []
    assert "Liquid's binary" in page and " und " in page  # the prose around the code went through the model
