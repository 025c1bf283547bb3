"""The published site, read back as HTML/XML: pages, languages, links, notices, escaping, increments.

The project is built with the real pipeline (ingest → segment → extract → PO) from the seed and a
hostile article, then translations are written into the POs with polib the way people and MT do:
reviewed msgstrs, fuzzy ones with an `mt:` translator comment, empty ones.
"""

from __future__ import annotations

import json
import shutil
import struct
import urllib.request
import zlib
from pathlib import Path

import polib
import pytest
from conftest import SEED, files_below
from lxml import etree
from lxml import html as lxml_html

from l10n.cli import main
from l10n.errors import ProjectError
from l10n.extraction import update_catalogs
from l10n.locales import parse_locale
from l10n.pipeline import extract_articles
from l10n.project import Project
from l10n.publish.editions import publish_project
from l10n.publish.manifest import manifest_path
from l10n.publish.serve import make_server, serving
from l10n.publish.sitemap import SITEMAP_NS, XHTML_NS

SEED_DOMAIN = SEED.stem
XSS_DOMAIN = "xss"
SITE_LOCALES = ("zh_CN", "zh_TW", "ar", "de", "pt_BR")
LONG_URL = "https://example.com/" + "very-long-path-segment-" * 12
XSS_ARTICLE = f"""<!DOCTYPE html>
<html lang="en"><head><title>Breaking</title></head><body>
<h1>Breaking: &lt;script&gt;window.__xss = 1&lt;/script&gt; found in the headline</h1>
<p>The park &lt;img src=x onerror="window.__xss = 2"&gt; opened on Saturday. It cost 5 billion yuan.</p>
<script>window.__xss = 5</script>
<p>Read more at {LONG_URL} today.</p>
</body></html>
"""
FIGURES_DOMAIN = "wetland"
FIGURE_IMAGE = "images/wetland park.png"  # a space: the page must percent-encode the path
# An article in British English with two figures: one real image (relative path, copied into the
# site), one whose src is a script URL (dropped; the figure keeps its caption).
FIGURES_ARTICLE = """<!DOCTYPE html>
<html lang="en-GB"><head><title>Wetland</title></head><body><article>
<h1>A wetland park opens in Baoshan</h1>
<p class="byline">By Ann Lee</p>
<figure><img src="images/wetland%20park.png" alt="Reed beds at the &quot;new&quot; park &lt;b&gt;">
<figcaption>Visitors walk along the <em>reed</em> beds. <small>Ti Gong</small></figcaption></figure>
<p>The park covers 530,000 square meters. It opened on <strong>Saturday</strong>.</p>
<figure><img src="javascript:alert(1)" alt="lake"><figcaption>A second view of the lake.</figcaption></figure>
</article></body></html>
"""
XSS_MSGSTR = 'Eilmeldung: <script>window.__xss = {number_1}</script> <img src=x onerror="window.__xss = true">'
XSS_SHOWN = XSS_MSGSTR.replace("{number_1}", "1")
# Text in each target script, so pages (and screenshots) show real glyphs; placeholders are
# appended so values are still rendered by assemble.
SCRIPT_SAMPLES = {
    "zh_CN": "宝山区生物医药产业园正在建设中。",
    "zh_TW": "寶山區生物醫藥產業園正在建設中。",
    "ar": "يجري بناء مجمع صناعي للطب الحيوي في منطقة باوشان.",
    "de": "In Baoshan entsteht ein Biomedizin-Industriepark.",
    "pt_BR": "Um parque industrial biomédico surge em Baoshan.",
}
REVIEWED_EVERYWHERE = ("pt_BR",)  # a locale fully reviewed: no notice, 100 %


# names are written in the target script where QA's script check wants it (Arabic, Chinese)
NAMES_IN_SCRIPT = {"ar": "تي غونغ", "zh_CN": "蒂贡", "zh_TW": "蒂貢"}


def fill_catalog(po_path: Path, locale_code: str) -> None:
    """Every third entry reviewed, every third fuzzy MT, the rest left empty (pt_BR: all reviewed).

    Names (credits, bylines) are kept as written (transliterated in Arabic and Chinese), headlines are
    reviewed. Every translation keeps the placeholders and the written numbers ("COVID-19",
    "2020") of its source, so QA finds no error and the publish gate holds nothing back.
    """
    catalog = polib.pofile(str(po_path))
    sample = SCRIPT_SAMPLES[locale_code]
    for index, entry in enumerate(catalog):
        placeholders = " ".join(polib.re.findall(r"\{[a-z_0-9]+\}", entry.msgid))
        numbers = " ".join(polib.re.findall(r"[\w-]*\d[\w-]*", polib.re.sub(r"\{[a-z_0-9]+\}", " ", entry.msgid)))
        text = " ".join(part for part in (sample, numbers, placeholders) if part)
        if locale_code == "de" and "<script>" in entry.msgid:
            entry.msgstr = XSS_MSGSTR
        elif entry.msgctxt in ("credit", "byline"):
            entry.msgstr = NAMES_IN_SCRIPT.get(locale_code, entry.msgid)  # names stay as they are
        elif locale_code in REVIEWED_EVERYWHERE or entry.msgctxt == "headline" or index % 3 == 0:
            entry.msgstr = text
        elif index % 3 == 1:
            entry.msgstr = text
            entry.flags.append("fuzzy")
            entry.tcomment = "mt: test-engine en->" + locale_code
    catalog.save()


def write_png(path: Path, *, width: int = 48, height: int = 32, rgb: tuple[int, int, int] = (40, 120, 60)) -> Path:
    """A real (tiny, one-colour) PNG written with zlib, per the PNG spec: signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    )
    return path


# fill_catalog leaves a third of each catalog empty; these tests are about the site's frame, so
# every edition counts as ready (test_publish_trust.py holds the default policy's pages).
READY_ANYWAY = "[l10n.readiness]\nmin_translated = 0\n"


def build_project(root: Path, *, settings: str = READY_ANYWAY) -> Project:
    """A project with the seed, the hostile and the figures article extracted and translated in SITE_LOCALES."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(settings, encoding="utf-8")
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / f"{XSS_DOMAIN}.html").write_text(XSS_ARTICLE, encoding="utf-8")
    (seeds / f"{FIGURES_DOMAIN}.html").write_text(FIGURES_ARTICLE, encoding="utf-8")
    write_png(seeds / FIGURE_IMAGE)
    project = Project.open(root)
    list(extract_articles(project, [seeds]))
    locales = [parse_locale(code) for code in SITE_LOCALES]
    for result in update_catalogs(project, domains=project.domains(), locales=locales):
        fill_catalog(result.po_path, result.locale)
    return project


def publish(
    project: Project, locales: tuple[str, ...] = SITE_LOCALES, domains: list[str] | None = None, *, prune: bool = False
):
    return publish_project(
        project,
        domains=project.domains() if domains is None else domains,
        locales=[parse_locale(c) for c in locales],
        prune=prune,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = build_project(tmp_path_factory.mktemp("publish"))
    publish(project)
    return project.site_dir


def page_file(site: Path, locale: str, domain: str = SEED_DOMAIN) -> Path:
    """The page of an article, reached from its old address `<locale>/<domain>.html` the way a
    browser gets there (that file is a meta-refresh redirect to the readable name)."""
    old = site / locale / f"{domain}.html"
    refresh = lxml_html.parse(str(old)).getroot().find(".//meta[@http-equiv='refresh']")
    if refresh is None:
        return old
    return old.parent / refresh.get("content").split("url=", 1)[1]


def page(site: Path, locale: str, domain: str = SEED_DOMAIN):
    return lxml_html.parse(str(page_file(site, locale, domain))).getroot()


SEED_SLUG = "biomedical-to-become-key-pillar-industry-for-baoshan"  # pages are named after the headline
XSS_SLUG = "breaking-script-window-xss-1-script-found-in-the-headline"
FIGURES_SLUG = "a-wetland-park-opens-in-baoshan"


def test_one_page_per_article_and_locale_plus_indexes_css_and_sitemap(site: Path) -> None:
    for locale in ("en", *SITE_LOCALES):
        for domain in (SEED_DOMAIN, XSS_DOMAIN, FIGURES_DOMAIN):
            assert page_file(site, locale, domain) != site / locale / f"{domain}.html"  # a readable name
            assert page_file(site, locale, domain).is_file()
        assert page_file(site, locale) == site / locale / f"{SEED_SLUG}.html"
        assert (site / locale / "index.html").is_file()
    for name in ("index.html", "site.css", "sitemap.xml", "favicon.svg"):
        assert (site / name).is_file()


@pytest.mark.parametrize(
    ("locale", "lang", "direction"),
    [("en", "en", "ltr"), ("zh_CN", "zh-Hans-CN", "ltr"), ("zh_TW", "zh-Hant-TW", "ltr"),
     ("ar", "ar", "rtl"), ("de", "de", "ltr"), ("pt_BR", "pt-BR", "ltr")],
)  # fmt: skip
def test_html_lang_is_bcp47_and_arabic_is_rtl(site: Path, locale: str, lang: str, direction: str) -> None:
    root = page(site, locale)
    assert root.get("lang") == lang
    assert root.get("dir") == direction
    index = lxml_html.parse(str(site / locale / "index.html")).getroot()
    assert (index.get("lang"), index.get("dir")) == (lang, direction)


def alternates(root) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in root.findall(".//head/link[@rel='alternate']")}


def test_every_page_links_to_every_version_itself_included_and_x_default(site: Path) -> None:
    """Google's hreflang rules: each version lists all versions (itself too) plus x-default."""
    expected = {"en", "zh-Hans-CN", "zh-Hant-TW", "ar", "de", "pt-BR", "x-default"}
    for locale in ("en", *SITE_LOCALES):
        root = page(site, locale)
        links = alternates(root)
        assert set(links) == expected
        assert links[root.get("lang")] == f"../{locale}/{SEED_SLUG}.html"
        assert links["x-default"] == f"../en/{SEED_SLUG}.html"
        for href in links.values():
            assert (site / locale / href).resolve().is_file()


def test_root_index_is_english_and_the_x_default_of_the_locale_indexes(site: Path) -> None:
    root = lxml_html.parse(str(site / "index.html")).getroot()
    assert (root.get("lang"), root.get("dir")) == ("en", "ltr")
    links = alternates(root)
    assert links["x-default"] == "index.html"
    assert links["zh-Hans-CN"] == "zh_CN/index.html" and links["en"] == "en/index.html"
    for locale in SITE_LOCALES:
        index = lxml_html.parse(str(site / locale / "index.html")).getroot()
        assert alternates(index)["x-default"] == "../index.html"
        assert alternates(index)[index.get("lang")] == f"../{locale}/index.html"


def test_language_switcher_marks_the_current_page_and_names_languages_natively(site: Path) -> None:
    switcher = page(site, "ar").find(".//nav[@class='switcher']")
    names = {a.get("hreflang"): a.text_content() for a in switcher.iter("a")}
    assert names["ar"] == "العربية" and names["de"] == "Deutsch" and names["zh-Hans-CN"].startswith("中文")
    current = [a.get("hreflang") for a in switcher.iter("a") if a.get("aria-current") == "page"]
    assert current == ["ar"]
    # each name is bidi-isolated in its own direction, so "العربية 0% reviewed" keeps its order
    directions = {a.get("hreflang"): a.get("dir") for a in page(site, "de").iter("a") if a.get("hreflang")}
    assert directions["ar"] == "rtl" and directions["zh-Hans-CN"] == "ltr"


def test_machine_notice_in_page_language_only_where_mt_or_fuzzy_is_shown(site: Path) -> None:
    def notice(locale: str) -> str | None:
        found = page(site, locale).find(".//p[@class='mt-notice']")
        return None if found is None else found.text_content()

    assert notice("zh_CN") == "机器翻译——尚未审校"
    assert notice("ar") == "ترجمة آلية — لم تتم مراجعتها بعد"
    assert notice("de").startswith("Maschinell übersetzt")
    assert notice("en") is None
    assert notice("pt_BR") is None  # fully reviewed


def test_untranslated_sentences_are_marked_english(site: Path) -> None:
    root = page(site, "zh_CN")
    english = root.findall(".//article//span[@lang='en']")
    assert english, "the zh_CN page has empty msgstrs, so some sentences must fall back to English"
    assert any("Baoshan" in span.text_content() for span in english)
    assert not page(site, "pt_BR").findall(".//article//span[@lang='en']")


def test_dates_labels_and_figures_are_localised(site: Path) -> None:
    zh = page(site, "zh_CN")
    assert "2020年11月28日" in zh.find(".//time").text_content()
    assert zh.find(".//time").get("datetime") == "2020-11-28T18:59:00+08:00"
    de = page(site, "de")
    footer = de.find(".//article/footer").text_content()
    assert "Quelle: SHINE" in footer and "Redaktion: Cai Wenjun" in footer
    assert de.find(".//p[@class='byline']").text_content().startswith("Von ")
    figures = de.findall(".//figure")
    assert len(figures) == 3
    for figure in figures:
        assert figure.find(".//small[@class='credit']").text_content().startswith("Foto: ")


def test_script_from_article_or_msgstr_is_text_not_markup(site: Path) -> None:
    for locale in ("en", "de", "zh_CN"):
        root = page(site, locale, XSS_DOMAIN)
        assert not root.findall(".//script")
        assert not root.xpath("//@onerror")
        assert not root.xpath("//img")
    assert page(site, "de", XSS_DOMAIN).find(".//h1").text_content() == XSS_SHOWN
    assert "<script>window.__xss = 1</script>" in page(site, "en", XSS_DOMAIN).find(".//h1").text_content()
    assert "window.__xss = 5" not in page_file(site, "en", XSS_DOMAIN).read_text(encoding="utf-8")
    assert "Breaking: &lt;script&gt;" in (site / "index.html").read_text(encoding="utf-8")


def test_root_index_lists_articles_with_languages_and_completeness(site: Path) -> None:
    root = lxml_html.parse(str(site / "index.html")).getroot()
    entries = root.findall(".//section[@class='article-entry']")
    assert len(entries) == 3
    seed_entry = next(e for e in entries if SEED_SLUG in e.find(".//h2/a").get("href"))
    assert "Biomedical to become key pillar" in seed_entry.find(".//h2").text_content()
    rows = {a.get("hreflang"): a.getparent().text_content() for a in seed_entry.iter("a") if a.get("hreflang")}
    assert set(rows) == {"en", "zh-Hans-CN", "zh-Hant-TW", "ar", "de", "pt-BR"}
    assert "100% reviewed" in rows["en"] and "100% reviewed" in rows["pt-BR"]
    assert "100% reviewed" not in rows["zh-Hans-CN"]


def test_sitemap_lists_every_version_with_all_alternates(site: Path) -> None:
    tree = etree.parse(str(site / "sitemap.xml"))
    urls = tree.findall(f"{{{SITEMAP_NS}}}url")
    locs = [u.findtext(f"{{{SITEMAP_NS}}}loc") for u in urls]
    assert f"http://127.0.0.1:8000/zh_CN/{SEED_SLUG}.html" in locs
    for url in urls:
        alternates = {link.get("hreflang") for link in url.findall(f"{{{XHTML_NS}}}link")}
        assert alternates == {"en", "zh-Hans-CN", "zh-Hant-TW", "ar", "de", "pt-BR", "x-default"}


def test_republishing_unchanged_rewrites_nothing_and_a_changed_po_only_its_pages(tmp_path: Path) -> None:
    project = build_project(tmp_path)
    first = publish(project)
    assert first.written and not first.unchanged
    stamps = {path: path.stat().st_mtime_ns for path in first.written}
    second = publish(project)
    assert second.written == []
    assert len(second.unchanged) == len(first.written)
    assert all(path.stat().st_mtime_ns == stamp for path, stamp in stamps.items())

    po_path = project.po_path(parse_locale("de"), SEED_DOMAIN)
    catalog = polib.pofile(str(po_path))
    headline = next(entry for entry in catalog if entry.msgctxt == "headline")
    headline.msgstr = "Biomedizin wird zur Säule der Industrie in Baoshan"
    catalog.save()
    third = publish(project)
    written = {path.relative_to(project.site_dir).as_posix() for path in third.written}
    assert f"de/{SEED_SLUG}.html" in written
    assert f"zh_CN/{SEED_SLUG}.html" not in written and f"de/{XSS_DOMAIN}.html" not in written
    assert "Säule der Industrie" in page_file(project.site_dir, "de").read_text(encoding="utf-8")


def test_publish_command_reports_written_and_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_project(tmp_path)
    args = ["publish", "--root", str(tmp_path), "--locales", "zh_CN,ar", "--out", str(tmp_path / "out")]
    assert main(args) == 0
    assert " 0 unchanged" in capsys.readouterr().out
    assert (tmp_path / "out" / "ar" / f"{SEED_SLUG}.html").is_file()
    assert not (tmp_path / "out" / "de").exists()
    assert main(args) == 0
    assert "0 written" in capsys.readouterr().out


def test_preview_server_serves_the_site_on_loopback(site: Path) -> None:
    with serving(site) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(base_url + f"zh_CN/{SEED_SLUG}.html", timeout=10) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "text/html; charset=utf-8"
            assert 'lang="zh-Hans-CN"' in response.read().decode("utf-8")


def test_preview_server_refuses_a_folder_without_a_site(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="l10n publish"):
        make_server(tmp_path, port=0)


# -- figures with images, review markers, source language ---------------------------------------


def test_figure_image_is_copied_into_the_site_and_shown_with_escaped_alt(site: Path) -> None:
    copied = site / "media" / FIGURES_DOMAIN / FIGURE_IMAGE
    assert copied.read_bytes().startswith(b"\x89PNG")
    for locale in ("en", "de", "ar"):
        figures = page(site, locale, FIGURES_DOMAIN).findall(".//article/figure")
        assert len(figures) == 2
        image = figures[0].find("img")
        assert image.get("src") == f"../media/{FIGURES_DOMAIN}/images/wetland%20park.png"
        assert image.get("alt") == 'Reed beds at the "new" park <b>'
        assert figures[0].index(image) == 0 and figures[0][1].tag == "figcaption"
        assert figures[1].find("img") is None  # javascript: src dropped, caption kept
        assert "second view" in figures[1].find("figcaption").text_content() or locale != "en"
    # the alt text is the source's English: on a translation it says so
    assert page(site, "de", FIGURES_DOMAIN).find(".//figure/img").get("lang") == "en"
    assert page(site, "en", FIGURES_DOMAIN).find(".//figure/img").get("lang") is None
    assert b'src="javascript' not in page_file(site, "de", FIGURES_DOMAIN).read_bytes()


def test_plain_text_seed_figures_have_no_empty_image_frame(site: Path) -> None:
    assert page(site, "de").findall(".//figure") and not page(site, "de").findall(".//figure/img")
    css = (site / "site.css").read_text(encoding="utf-8")
    assert "::before" not in css  # no placeholder box drawn where there is no picture


def test_html_lang_of_the_source_sets_the_source_edition(site: Path) -> None:
    """`<html lang="en-GB">` is read as the source locale "en": the source edition is the en page,
    and says it is British English (BCP 47 `en-GB`); the other articles' en pages say `en`."""
    root = page(site, "en", FIGURES_DOMAIN)
    assert root.get("lang") == "en-GB"
    assert page(site, "en", XSS_DOMAIN).get("lang") == "en" and page(site, "de", FIGURES_DOMAIN).get("lang") == "de"
    assert alternates(root)["x-default"] == "../en/a-wetland-park-opens-in-baoshan.html"


def test_machine_and_fuzzy_sentences_carry_data_status_reviewed_ones_nothing(site: Path) -> None:
    zh = page(site, "zh_CN")
    statuses = [span.get("data-status") for span in zh.iterfind(".//article//span[@data-status]")]
    assert statuses and set(statuses) == {"mt"}  # fill_catalog's fuzzy entries all carry `mt:`
    for span in zh.iterfind(".//article//span[@data-status]"):
        assert span.get("lang") is None and "宝山区" in span.text_content()  # target text, not English
    assert not page(site, "pt_BR").findall(".//*[@data-status]")  # fully reviewed
    assert not page(site, "en").findall(".//*[@data-status]")
    assert zh.find(".//div[@id='review']/a[@class='review-toggle']").get("href") == "#review"
    assert page(site, "pt_BR").find(".//*[@id='review']") is None


# -- stale pages ---------------------------------------------------------------------------------


def test_publishing_some_locales_never_deletes_another_language(tmp_path: Path) -> None:
    project = build_project(tmp_path)
    site = project.site_dir
    publish(project)
    de_pages = {
        page_file(site, "de", d).relative_to(site).as_posix() for d in (SEED_DOMAIN, XSS_DOMAIN, FIGURES_DOMAIN)
    }
    report = publish(project, locales=("zh_CN",))  # `publish --locales zh_CN`
    assert report.removed == []
    assert de_pages <= set(report.kept) and all((site / path).is_file() for path in de_pages)
    zh_page = page_file(site, "zh_CN").read_text(encoding="utf-8")
    assert 'hreflang="de"' in zh_page and 'hreflang="ar"' in zh_page  # the others are still offered
    assert "de/" in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert (site / "de" / "index.html").is_file() and 'href="de/index.html"' in (site / "index.html").read_text(
        encoding="utf-8"
    )
    manifest = json.loads(manifest_path(site).read_text(encoding="utf-8"))
    assert de_pages <= set(manifest["files"])  # still the publisher's: a later --prune may remove them


def test_prune_removes_only_the_publishers_old_files_and_lists_them(tmp_path: Path) -> None:
    project = build_project(tmp_path)
    site = project.site_dir
    publish(project)
    foreign = [site / "CNAME", site / "de" / "notes.txt", site / "media" / "logo.svg"]
    for path in foreign:
        path.write_text("not the publisher's", encoding="utf-8")
    manifest = json.loads(manifest_path(site).read_text(encoding="utf-8"))
    assert f"de/{SEED_SLUG}.html" in manifest["files"] and "CNAME" not in manifest["files"]

    report = publish(project, locales=("zh_CN", "ar", "pt_BR", "zh_TW"), prune=True)  # de dropped
    removed = {path.relative_to(site).as_posix() for path in report.removed}
    assert {f"de/{d}.html" for d in (SEED_DOMAIN, XSS_DOMAIN, FIGURES_DOMAIN)} | {"de/index.html"} <= removed
    assert f"de/{SEED_SLUG}.html" in removed and all(path.startswith("de/") for path in removed)
    assert all(path.read_text(encoding="utf-8") == "not the publisher's" for path in foreign)
    assert "de/" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert 'hreflang="de"' not in page_file(site, "zh_CN").read_text(encoding="utf-8")

    report = publish(project, locales=("zh_CN", "ar", "pt_BR", "zh_TW"), domains=[SEED_DOMAIN, XSS_DOMAIN], prune=True)
    assert not (site / "media" / FIGURES_DOMAIN).exists()  # the emptied folder went with its image
    assert not list(site.glob(f"*/{FIGURES_DOMAIN}.html")) and not list(site.glob("*/a-wetland-park*.html"))
    assert (site / "media" / "logo.svg").is_file() and (site / "en" / f"{SEED_SLUG}.html").is_file()
    again = publish(project, locales=("zh_CN", "ar", "pt_BR", "zh_TW"), domains=[SEED_DOMAIN, XSS_DOMAIN], prune=True)
    assert again.removed == []


def test_publish_command_lists_what_prune_removes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_project(tmp_path)
    assert main(["publish", "--root", str(tmp_path), "--locales", "de,ar"]) == 0
    capsys.readouterr()
    assert main(["publish", "--root", str(tmp_path), "--locales", "ar"]) == 0
    out = capsys.readouterr().out
    assert "0 stale removed" in out and "kept from earlier runs (--prune removes them)" in out
    assert (tmp_path / "site" / "de" / f"{SEED_SLUG}.html").is_file()
    assert main(["publish", "--root", str(tmp_path), "--locales", "ar", "--prune"]) == 0
    out = capsys.readouterr().out
    assert f"removed site/de/{SEED_SLUG}.html" in out and "removed site/de/index.html" in out
    assert not (tmp_path / "site" / "de").exists()


def test_a_tampered_manifest_never_deletes_outside_the_site_or_unlisted_files(tmp_path: Path) -> None:
    project = build_project(tmp_path)
    site = project.site_dir
    publish(project, locales=("de",))
    outside = tmp_path / "precious.txt"
    outside.write_text("keep", encoding="utf-8")
    (site / "de" / "linked.html").symlink_to(outside)
    manifest = json.loads(manifest_path(site).read_text(encoding="utf-8"))
    manifest["files"] += ["../precious.txt", str(outside), "de/../../precious.txt", "de/linked.html"]
    manifest_path(site).write_text(json.dumps(manifest), encoding="utf-8")
    report = publish(project, locales=("de",), prune=True)
    assert report.removed == []
    assert outside.read_text(encoding="utf-8") == "keep" and (site / "de" / "linked.html").is_symlink()

    manifest_path(site).write_text("{not json", encoding="utf-8")
    assert publish(project, locales=(), prune=True).removed == []  # unreadable: nothing is known to be ours
    assert (site / "de" / f"{SEED_DOMAIN}.html").is_file()


def test_preview_server_hides_the_publishers_bookkeeping(site: Path) -> None:
    import urllib.error

    assert manifest_path(site).is_file() and not list(site.glob(".*"))  # bookkeeping stays outside
    with serving(site) as base_url:
        for path in (".l10n-manifest.json", "%2El10n-manifest.json", "de/../.l10n-manifest.json"):
            with pytest.raises(urllib.error.HTTPError) as error:
                urllib.request.urlopen(base_url + path, timeout=10)
            assert error.value.code == 404
        with urllib.request.urlopen(
            base_url + f"media/{FIGURES_DOMAIN}/images/wetland%20park.png", timeout=10
        ) as response:
            assert response.headers["Content-Type"] == "image/png" and response.read().startswith(b"\x89PNG")


def test_workers_send_pages_made_as_here_with_figures_and_hostile_markup(tmp_path: Path) -> None:
    """Publish workers make and stage each article's pages (`publish.staging`): the site,
    figures copied and hostile markup escaped included, is byte for byte the one a single
    process writes."""

    sites = []
    for jobs in (1, 2):
        project = build_project(tmp_path / f"jobs{jobs}")
        locales = [parse_locale(c) for c in SITE_LOCALES]
        publish_project(project, domains=project.domains(), locales=locales, jobs=jobs)
        sites.append(files_below(project.site_dir))
    assert sites[0] == sites[1]
    assert f"media/{FIGURES_DOMAIN}/{FIGURE_IMAGE}" in sites[1]
