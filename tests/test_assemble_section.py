"""The article's section line is the source's words in every edition, and says so.

The section ("News / Metro" of the seed article, "IPOs and fundraising" of a real City A.M. page
in tests/data/realworld) is no translation unit: every edition prints it as the source wrote it.
Read on the published Arabic site, it sat in `<p class="section">` with the page's `lang="ar"
dir="rtl"` — English text announced as Arabic to a screen reader and laid out right to left —
while every English fallback sentence of the same page was marked `lang="en" dir="ltr"`. Now the
HTML line carries the source's language (and `dir="ltr"` on a right-to-left page), and Markdown
and plain text carry LRI…PDI around it on right-to-left editions (UAX #9, `assemble/bidi.py`).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from l10n.assemble.bidi import LRI, PDI
from l10n.assembly import assemble_domains
from l10n.locales import parse_locale
from l10n.pipeline import extract_articles
from l10n.project import Project

REPO = Path(__file__).resolve().parent.parent
ARTICLES = {
    "cityam-com-alibaba": (REPO / "tests" / "data" / "realworld" / "cityam-com-alibaba.html", "IPOs and fundraising"),
    "000_3e65442673b9006b": (REPO / "seeds" / "000_3e65442673b9006b.txt", "News / Metro"),
}
LOCALES = [parse_locale(code) for code in ("ar", "de", "zh_CN", "en")]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root = tmp_path_factory.mktemp("section") / "project"
    (root / "seeds").mkdir(parents=True)
    for path, _ in ARTICLES.values():
        shutil.copy(path, root / "seeds" / path.name)
    (root / "locales").mkdir()
    opened = Project.open(root)
    domains = [r.domain for r in extract_articles(opened, [opened.seeds_dir], locales=LOCALES[:3], jobs=1)]
    assert sorted(domains) == sorted(ARTICLES)
    list(assemble_domains(opened, domains, LOCALES, formats=("html", "md", "txt"), jobs=1))
    return opened


@pytest.mark.parametrize("domain", sorted(ARTICLES))
def test_the_section_is_marked_as_the_source_language(project: Project, domain: str) -> None:
    section = ARTICLES[domain][1]
    for locale, lang, direction in (("ar", "en", "ltr"), ("de", "en", None), ("zh_CN", "en", None), ("en", None, None)):
        page = lxml_html.fromstring((project.root / "build" / locale / f"{domain}.html").read_bytes())
        (line,) = page.xpath('//header/p[@class="section"]')
        assert line.text_content() == section
        assert (line.get("lang"), line.get("dir")) == (lang, direction), locale


@pytest.mark.parametrize("domain", sorted(ARTICLES))
def test_markdown_and_text_isolate_the_section_on_right_to_left_editions(project: Project, domain: str) -> None:
    section = ARTICLES[domain][1]
    for suffix in ("md", "txt"):
        arabic = (project.root / "build" / "ar" / f"{domain}.{suffix}").read_text(encoding="utf-8")
        german = (project.root / "build" / "de" / f"{domain}.{suffix}").read_text(encoding="utf-8")
        assert f"{LRI}{section}{PDI}\n" in arabic, suffix  # Markdown escapes nothing in these two
        assert f"\n{section}\n" in "\n" + german and LRI not in german.split(section)[0], suffix
