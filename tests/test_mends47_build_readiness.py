"""`build/` editions below the readiness policy say so, as the site's pages do (mends47).

Editors' promise: an unfinished edition is never passed off as finished, and `build/` is what a
CMS imports. An edition below the policy is marked the way each format can carry it — HTML a
`<meta name="l10n-readiness" content="incomplete">` and the site's visible notice, Markdown and
plain text the notice as their first paragraph — and a finished edition keeps its bytes. Run
through the CLI on the seed article: German machine-translated (finished by the default policy),
French untranslated (unfinished); the same project with a policy French meets gives the
reference bytes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEED
from lxml import html

from l10n.assemble.built import article_slice, parsed_article_markup
from l10n.cli import main

FORMATS = ("--format", "html", "--format", "md", "--format", "txt")


def built(root: Path, locale: str) -> dict[str, str]:
    return {fmt: (root / "build" / locale / f"{SEED.stem}.{fmt}").read_text(encoding="utf-8") for fmt in FORMATS[1::2]}


def chain(root: Path, *, policy: str = "") -> None:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = ["de", "fr"]\n{policy}', encoding="utf-8")
    assert main(["extract", str(root / "seeds" / SEED.name), "--root", str(root), "-q"]) == 0
    assert main(["update", "--root", str(root), "-q"]) == 0  # the French catalog, untranslated
    assert main(["translate", "--root", str(root), "--locales", "de", "--engine", "pseudo", "--no-tm", "-q"]) == 0
    assert main(["assemble", "--root", str(root), *FORMATS, "-q"]) in (0, 1)


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(default policy, a policy every edition meets): the same article and catalogs."""
    default, lenient = tmp_path_factory.mktemp("default"), tmp_path_factory.mktemp("lenient")
    chain(default)
    chain(lenient, policy="[l10n.readiness]\nmin_translated = 0\nmin_reviewed = 0\n")
    return default, lenient


def test_an_unfinished_html_edition_carries_the_meta_and_the_sites_notice(projects: tuple[Path, Path]) -> None:
    default, _ = projects
    page = html.fromstring(built(default, "fr")["html"].encode("utf-8"))
    assert page.xpath('//head/meta[@name="l10n-readiness"]/@content') == ["incomplete"]
    (notice,) = page.xpath('//body/p[@class="readiness-notice"]')
    assert notice.getnext().tag == "article" and notice.get("role") == "note"
    assert main(["publish", "--root", str(default), "-q"]) in (0, 1)
    (site_page,) = [p for p in (default / "site" / "fr").glob("*.html") if b"readiness-notice" in p.read_bytes()]
    shown = html.fromstring(site_page.read_bytes()).xpath('//*[@class="readiness-notice"]')
    assert [element.text_content() for element in shown] == [notice.text_content()]  # once, the same words


def test_markdown_and_text_say_it_first(projects: tuple[Path, Path]) -> None:
    from markdown_it import MarkdownIt

    default, _ = projects
    notice = html.fromstring(built(default, "fr")["html"].encode("utf-8")).xpath('//p[@class="readiness-notice"]')
    words = notice[0].text_content()
    assert "(" in words  # names the source language
    first = html.fragment_fromstring(MarkdownIt("commonmark").render(built(default, "fr")["md"]), create_parent="div")
    assert first[0].tag == "p" and first[0].text_content() == words
    assert built(default, "fr")["txt"].split("\n\n", 1)[0] == words


def test_a_finished_edition_keeps_its_bytes_and_the_marks_only_add(projects: tuple[Path, Path]) -> None:
    default, lenient = projects
    assert built(default, "de") == built(lenient, "de")  # finished under both policies
    for text in built(default, "de").values():
        assert "l10n-readiness" not in text and "readiness-notice" not in text
    marked, plain = built(default, "fr"), built(lenient, "fr")
    words = html.fromstring(marked["html"].encode("utf-8")).xpath('//p[@class="readiness-notice"]')[0].text_content()
    assert marked["txt"] == f"{words}\n\n{plain['txt']}"
    assert marked["md"].endswith("\n\n" + plain["md"]) and "\n\n" not in marked["md"][: -len(plain["md"]) - 2]
    unmarked = marked["html"].replace('<meta name="l10n-readiness" content="incomplete">\n', "", 1)
    unmarked = unmarked.replace(f'<p class="readiness-notice" role="note">{words}</p>', "", 1)
    assert unmarked == plain["html"]


def test_the_site_takes_the_article_of_a_marked_page_without_parsing_it(projects: tuple[Path, Path]) -> None:
    default, _ = projects
    page = built(default, "fr")["html"]
    sliced = article_slice(page)
    assert sliced is not None and sliced == parsed_article_markup(page)
