"""Issue 11, rules 4 and 6 on the published site: edition readiness (notice, noindex, no hreflang,
state in the switcher and indexes, the `[l10n.readiness]` policy) and readers' details
(canonical and absolute hreflang with a base URL, meta description, readable slugs whose old
address still works, favicon), on the seed and the real-style articles of tests/data/articles.
"""

from __future__ import annotations

import urllib.request
from pathlib import Path

import polib
import pytest
from lxml import etree
from lxml import html as lxml_html
from test_assemble_gate import SEED, make_project
from test_publish import page_file

from l10n.cli import main
from l10n.errors import ProjectError
from l10n.locales import parse_locale
from l10n.project import Project
from l10n.publish.serve import serving
from l10n.publish.sitemap import SITEMAP_NS, XHTML_NS

BASE_URL = "https://news.example.org/world/"
SEED_SLUG = "biomedical-to-become-key-pillar-industry-for-baoshan"
LOCALES = '[l10n]\nlocales = ["de", "ar", "de_CH"]\n'  # de_CH has no catalog in some tests: declared


def review_everything(project: Project, locale: str) -> None:
    """A locale a person finished: every unit translated, reviewed and QA-clean."""
    from test_assemble_gate import translation_text

    for po in project.locales_dir.glob(f"{locale}/LC_MESSAGES/*.po"):
        catalog = polib.pofile(str(po))
        for entry in catalog:
            entry.msgstr = entry.msgid if entry.msgctxt in ("credit", "byline") else translation_text(entry.msgid, "de")
            entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
            entry.previous_msgid = None
            entry.tcomment = ""
        catalog.save()


def publish(project: Project, *args: str) -> int:
    from l10n.cli.common import state

    state.exit_code = 0
    return main(["publish", "--root", str(project.root), "--locales", "de,ar,de_CH", *args])


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """de and ar partly translated (below the default policy); de_CH (German for Switzerland) a
    copy of de then fully reviewed, so one edition meets the policy."""
    project = make_project(tmp_path_factory.mktemp("readiness"))
    for po in project.locales_dir.glob("de/LC_MESSAGES/*.po"):
        target = project.locales_dir / "de_CH" / "LC_MESSAGES" / po.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(po.read_bytes())
    review_everything(project, "de_CH")
    (project.root / "l10n.toml").write_text(f'[l10n]\nbase_url = "{BASE_URL}"\n', encoding="utf-8")
    project = Project.open(project.root)
    assert publish(project) == 0
    return project


def seed_page(project: Project, locale: str):
    return lxml_html.parse(str(project.site_dir / locale / f"{SEED_SLUG}.html")).getroot()


def alternates(root) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in root.iterfind(".//head/link[@rel='alternate']")}


# -- rule 4: readiness ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "notice"),
    [("de", "Noch nicht vollständig übersetzt – Teile dieser Seite sind Originalfassung (Englisch)."),
     ("ar", "الترجمة غير مكتملة بعد — أجزاء من هذه الصفحة بلغتها الأصلية (الإنجليزية).")],
)  # fmt: skip
def test_an_edition_below_the_policy_says_so_is_noindex_and_offers_no_alternates(
    project: Project, locale: str, notice: str
) -> None:
    root = seed_page(project, locale)
    shown = root.find(".//p[@class='readiness-notice']")
    assert shown is not None and shown.text_content() == notice
    assert shown.getparent().tag == "main" and shown.getparent().index(shown) == 0  # top of the page
    assert root.find(".//meta[@name='robots']").get("content") == "noindex"
    assert alternates(root) == {}


def test_a_ready_edition_is_indexable_and_the_only_translation_offered_as_alternate(project: Project) -> None:
    ready = seed_page(project, "de_CH")
    assert ready.find(".//p[@class='readiness-notice']") is None and ready.find(".//meta[@name='robots']") is None
    for locale in ("en", "de_CH"):
        assert set(alternates(seed_page(project, locale))) == {"en", "de-CH", "x-default"}
    sitemap = (project.site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert f"de_CH/{SEED_SLUG}" in sitemap and f"/de/{SEED_SLUG}" not in sitemap and f"/ar/{SEED_SLUG}" not in sitemap


def test_switcher_and_indexes_show_each_editions_state(project: Project) -> None:
    switcher = seed_page(project, "de_CH").find(".//nav[@class='switcher']")
    states = {li.find("a").get("hreflang"): li.findtext("small") for li in switcher.iter("li")}
    assert states == {"en": None, "de": "unvollständig", "ar": "unvollständig", "de-CH": None}  # in the reader's German
    arabic = seed_page(project, "ar").find(".//nav[@class='switcher']")
    assert "غير مكتملة" in arabic.text_content()
    de_index = lxml_html.parse(str(project.site_dir / "de" / "index.html")).getroot()
    assert {li.findtext("span[@class='state']") for li in de_index.iterfind(".//ul[@class='article-list']/li")} == {
        "unvollständig"
    }
    root_index = lxml_html.parse(str(project.site_dir / "index.html")).getroot()
    entry = next(s for s in root_index.iterfind(".//section") if SEED_SLUG in s.find(".//h2/a").get("href"))
    rows = {a.get("hreflang"): a.getparent().text_content() for a in entry.iter("a") if a.get("hreflang")}
    assert "incomplete" in rows["de"] and "incomplete" in rows["ar"] and "incomplete" not in rows["de-CH"]


def test_publish_reports_pages_below_the_policy(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert publish(project) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("below the readiness policy"))
    assert line.endswith("pages per locale: de 5, ar 5")  # five articles; de_CH is ready


def test_pages_below_the_policy_are_still_reported_when_taken_as_published(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-run after one catalog changed rebuilds one article and takes the others from their
    stamps (`publish.reuse`): their pages below the policy come from what the stamp recorded,
    so the count per locale is the cold run's (it drops if a stamp recorded them wrongly)."""
    project = make_project(tmp_path / "p")
    (project.root / "l10n.toml").write_text(LOCALES, encoding="utf-8")
    project = Project.open(project.root)
    assert publish(project) == 0
    cold = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("below the readiness"))
    po = project.locales_dir / "de" / "LC_MESSAGES" / "weather_alert.po"
    po.write_text(po.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert publish(project) == 0
    out = capsys.readouterr().out
    again = next(line for line in out.splitlines() if line.startswith("below the readiness"))
    assert again == cold and cold.endswith("pages per locale: de 5, ar 5")


def test_policy_keys_per_locale_change_what_is_ready(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    settings = LOCALES + "[l10n.readiness]\nmin_translated = 0.5\n[l10n.readiness.ar]\nmin_translated = 1.0\n"
    (project.root / "l10n.toml").write_text(settings, encoding="utf-8")
    project = Project.open(project.root)
    assert publish(project, "--domains", SEED.stem) == 0
    assert seed_page(project, "de").find(".//meta[@name='robots']") is None  # 2/3 translated ≥ 0.5
    assert seed_page(project, "ar").find(".//meta[@name='robots']") is not None  # ar's own policy
    (project.root / "l10n.toml").write_text(LOCALES + "[l10n.readiness.de]\nmin_reviewed = 0.9\n", encoding="utf-8")
    review_everything(project, "de")
    assert publish(Project.open(project.root), "--domains", SEED.stem) == 0
    assert seed_page(project, "de").find(".//meta[@name='robots']") is None


def test_a_wrong_policy_key_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "l10n.toml").write_text("[l10n.readiness]\nmin_reviewed = 90\n", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"l10n.toml.*min_reviewed must be a number from 0 to 1"):
        Project.open(tmp_path)


# -- rule 6: readers' details --------------------------------------------------------------------


def test_canonical_and_hreflang_are_absolute_with_a_base_url(project: Project) -> None:
    root = seed_page(project, "de_CH")
    assert root.find(".//link[@rel='canonical']").get("href") == f"{BASE_URL}de_CH/{SEED_SLUG}.html"
    assert alternates(root)["x-default"] == f"{BASE_URL}en/{SEED_SLUG}.html"
    assert all(href.startswith(BASE_URL) for href in alternates(root).values())
    assert seed_page(project, "de").find(".//link[@rel='canonical']").get("href") == f"{BASE_URL}de/{SEED_SLUG}.html"
    locs = [
        u.findtext(f"{{{SITEMAP_NS}}}loc")
        for u in etree.parse(str(project.site_dir / "sitemap.xml")).iter(f"{{{SITEMAP_NS}}}url")
    ]
    assert f"{BASE_URL}de_CH/{SEED_SLUG}.html" in locs
    assert all(
        link.get("href").startswith(BASE_URL)
        for link in etree.parse(str(project.site_dir / "sitemap.xml")).iter(f"{{{XHTML_NS}}}link")
    )


def test_meta_description_is_the_summary_as_shown(project: Project) -> None:
    english = seed_page(project, "en").find(".//meta[@name='description']").get("content")
    assert (
        english
        == "A major biomedical industrial park is rising from a more than 700-old ancient town in north Baoshan District."
    )
    market = lxml_html.parse(str(page_file(project.site_dir, "en", "market_report"))).getroot()
    summary = market.find(".//meta[@name='description']").get("content")
    assert summary and summary in " ".join(market.find(".//article").text_content().split())


def test_old_addresses_redirect_to_the_readable_slug(project: Project) -> None:
    old = project.site_dir / "de" / f"{SEED.stem}.html"
    root = lxml_html.parse(str(old)).getroot()
    assert root.find(".//meta[@http-equiv='refresh']").get("content") == f"0; url={SEED_SLUG}.html"
    assert root.find(".//meta[@name='robots']").get("content") == "noindex"
    assert root.find(".//link[@rel='canonical']").get("href") == f"{BASE_URL}de/{SEED_SLUG}.html"
    assert page_file(project.site_dir, "en", "market_report").name == "european-shares-slip-as-energy-costs-bite.html"
    with (
        serving(project.site_dir) as base_url,
        urllib.request.urlopen(base_url + f"de/{SEED.stem}.html", timeout=10) as response,
    ):
        assert response.status == 200 and f"url={SEED_SLUG}.html" in response.read().decode("utf-8")


def test_every_page_has_a_favicon(project: Project) -> None:
    icon = project.site_dir / "favicon.svg"
    assert etree.fromstring(icon.read_bytes()).tag == "{http://www.w3.org/2000/svg}svg"
    for path in (
        project.site_dir / "index.html",
        project.site_dir / "ar" / "index.html",
        project.site_dir / "de" / f"{SEED_SLUG}.html",
    ):
        href = lxml_html.parse(str(path)).getroot().find(".//link[@rel='icon']").get("href")
        assert (path.parent / href).resolve() == icon.resolve()


def test_two_articles_with_the_same_headline_never_share_a_page(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    (project.root / "l10n.toml").write_text(LOCALES, encoding="utf-8")
    copy = project.seeds_dir / "copy_of_seed.txt"
    copy.write_bytes(SEED.read_bytes())
    from l10n.pipeline import extract_articles

    list(extract_articles(project, [copy]))
    assert publish(project) == 0
    slugs = {page_file(project.site_dir, "en", domain).name for domain in (SEED.stem, "copy_of_seed")}
    assert len(slugs) == 2 and f"{SEED_SLUG}.html" in slugs
    assert slugs & {f"{SEED_SLUG}-copy_of_seed.html", f"{SEED_SLUG}-{SEED.stem}.html"}


def test_an_arabic_edition_lists_the_source_language_by_its_arabic_name() -> None:
    from l10n.publish.readiness import readiness_text

    assert "(الإنجليزية)" in readiness_text(parse_locale("ar"), "notice")
    assert "(anglais)" in readiness_text(parse_locale("fr"), "notice")


def test_no_article_page_takes_the_place_of_its_locales_index_or_of_another_page(tmp_path: Path) -> None:
    """A headline "Index" slugs to `index`, and so does an `index.md` whose headline has no Latin
    letters (its domain): both pages were overwritten by `en/index.html`, the locale's index; and a
    headline "Story" took `en/story.html`, where article `story` then wrote its redirect (found by
    fuzzing headlines and file names). Every article keeps a page of its own, linked from the index."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, headline in (("index", "宝山新闻"), ("story", "Index"), ("foo", "Story")):
        text = f"---\ntitle: {headline}\n---\n\nThe fair of {name} opens on Monday.\n"
        (seeds / f"{name}.md").write_text(text, encoding="utf-8")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    for command in (["extract", str(seeds)], ["assemble"], ["publish"]):
        assert main([*command, "--root", str(tmp_path), "-q"]) == 0, command
    site = tmp_path / "site" / "en"
    index = lxml_html.parse(str(site / "index.html")).getroot()
    assert index.find(".//title").text == "English"
    shown = {
        " ".join(lxml_html.parse(str(site / href)).getroot().xpath("//main//p//text()"))
        for href in index.xpath("//main//a/@href")
    }
    for name in ("index", "story", "foo"):
        assert any(f"The fair of {name} opens" in text for text in shown), (name, shown)
