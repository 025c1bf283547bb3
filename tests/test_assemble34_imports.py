"""What a cold `publish` imports of `l10n.assemble` (session 34, issue 16: start-up is part of
every stage's cost, each stage being its own process).

`publish` frames the editions `assemble` left in build/; it needs the labels and the facts kept
with each edition (since session 38 not the gate: `test_publish38_cold_imports.py`), and the one rule for a page's characters (`xml_text.xml_safe`),
not the three writers. The package used to import them all (`l10n.assemble/__init__`), with
the element tree, bidi isolates and tables they bring: ~32 M instructions of a publish run.
A source whose edition assemble did not keep (here: none) would still render it on demand.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from test_startup_imports import probe

REPO = Path(__file__).resolve().parent.parent
LOCALES = "de,zh_CN,ar"
WRITERS = {
    "l10n.assemble.html",
    "l10n.assemble.markdown",
    "l10n.assemble.markdown_inline",
    "l10n.assemble.text",
    "l10n.assemble.html_tree",
    "l10n.assemble.bidi",
    "l10n.assemble.tables",
}


@pytest.fixture(scope="module")
def assembled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A project of two real seed articles through extract, translate pseudo, qa and assemble."""
    tmp = tmp_path_factory.mktemp("assemble34")
    root = tmp / "project"
    (root / "seeds").mkdir(parents=True)
    for seed in sorted((REPO / "seeds").glob("*.txt"))[:2]:
        shutil.copy(seed, root / "seeds")
    listing = tmp / "modules.txt"
    for args in (
        ["extract", "{root}/seeds", "--locales", LOCALES, "-q"],
        ["translate", "--engine", "pseudo", "--locales", LOCALES],
        ["qa"],
        ["assemble", "--format", "html", "--format", "md", "--format", "txt"],
    ):
        probe(root, args, listing)
    return root, listing


def test_cold_publish_imports_no_writer(assembled: tuple[Path, Path]) -> None:
    root, listing = assembled
    out, modules = probe(root, ["publish"], listing)
    written = int(re.search(r"(\d+) written", out).group(1))  # type: ignore[union-attr]
    assert written > 0, out  # a cold site: every page framed from build/
    assert "l10n.assemble.built" in modules  # it did read the editions
    assert not WRITERS & modules, sorted(WRITERS & modules)
    pages = list((root / "site").rglob("*.html"))
    assert any("<article" in page.read_text(encoding="utf-8") for page in pages)


def test_package_names_import_their_module_when_asked() -> None:
    """`from l10n.assemble import render_html` still works, and gives the writer itself."""
    import l10n.assemble as package
    from l10n.assemble import html, render_formats, render_html, render_markdown, render_plain_text

    assert render_html is html.render_html
    assert package.render_markdown is render_markdown and callable(render_plain_text)
    with pytest.raises(AttributeError):
        package.no_such_name  # noqa: B018
    with pytest.raises(ValueError, match="unknown article format"):
        render_formats(None, ["pdf"])  # type: ignore[arg-type, list-item]


def test_xml_safe_is_one_rule() -> None:
    """The writers and publish take the same function (one rule, one place)."""
    from l10n.assemble import html, markdown_inline, text, xml_text

    assert html.xml_safe is xml_text.xml_safe is markdown_inline.xml_safe is text.xml_safe
    assert xml_text.xml_safe("a\x0bb\x7f\tc\ud800") == "ab\tc"
    assert xml_text.xml_safe("plain – text") == "plain – text"
