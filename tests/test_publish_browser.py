"""The published site in real headless Chromium (Debian's /usr/bin/chromium), from the rendered DOM.

One browser and one loopback HTTP server serve the whole module. Screenshots of the zh_CN, ar
and de pages go to `build/screenshots/` for a person to look at; the font checks ask Chromium
which system fonts it actually drew the CJK and Arabic text with (no tofu), and the RTL check
measures where the text sits in its box.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from browser import CHROMIUM, BrowserError, Chromium
from conftest import REPO
from test_publish import (
    FIGURES_DOMAIN,
    FIGURES_SLUG,
    SEED_DOMAIN,
    SEED_SLUG,
    SITE_LOCALES,
    XSS_SLUG,
    build_project,
    publish,
)

from l10n.publish.serve import serving

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (scripts/setup.sh installs it)"),
]

SCREENSHOTS = REPO / "build" / "screenshots"
ALL_LOCALES = ("en", *SITE_LOCALES)
VIEWPORTS = ((1280, 900), (360, 740))  # desktop and a narrow phone
TEXT_BLOCKS = "h1, h2, p, li, figcaption, blockquote"
OVERFLOWING_JS = f"""
Array.from(document.querySelectorAll({TEXT_BLOCKS!r}))
  .filter(el => el.scrollWidth > el.clientWidth + 1)
  .map(el => el.tagName + ': ' + el.textContent.slice(0, 60))
  .concat(document.documentElement.scrollWidth > window.innerWidth ? ['page scrolls sideways'] : [])
"""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = build_project(tmp_path_factory.mktemp("browser-site"))
    publish(project)
    with serving(project.site_dir) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium() as chromium:
        chromium.set_viewport(width=VIEWPORTS[0][0], height=VIEWPORTS[0][1])
        yield chromium


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize(
    ("locale", "lang", "direction"),
    [("en", "en", "ltr"), ("zh_CN", "zh-Hans-CN", "ltr"), ("zh_TW", "zh-Hant-TW", "ltr"),
     ("ar", "ar", "rtl"), ("de", "de", "ltr"), ("pt_BR", "pt-BR", "ltr")],
)  # fmt: skip
def test_rendered_page_language_direction_and_hreflang(
    browser: Chromium, site_url: str, locale: str, lang: str, direction: str
) -> None:
    browser.open(f"{site_url}{locale}/{SEED_SLUG}.html")
    rendered = browser.evaluate(
        """({lang: document.documentElement.lang,
             dir: getComputedStyle(document.body).direction,
             alternates: Array.from(document.querySelectorAll('link[rel=alternate]'))
                              .map(l => [l.hreflang, l.href])})"""
    )
    assert rendered["lang"] == lang
    assert rendered["dir"] == direction
    alternates = dict(rendered["alternates"])
    assert set(alternates) == {"en", "zh-Hans-CN", "zh-Hant-TW", "ar", "de", "pt-BR", "x-default"}
    assert alternates[lang] == f"{site_url}{locale}/{SEED_SLUG}.html"
    assert alternates["x-default"] == f"{site_url}en/{SEED_SLUG}.html"
    assert all(status_of(url) == 200 for url in alternates.values())


def test_every_switcher_link_resolves(browser: Chromium, site_url: str) -> None:
    pages = ["index.html", *(f"{loc}/index.html" for loc in ALL_LOCALES)]
    pages += [f"{loc}/{slug}.html" for loc in ALL_LOCALES for slug in (SEED_SLUG, XSS_SLUG)]
    checked: dict[str, int] = {}
    for path in pages:
        browser.open(site_url + path)
        links = browser.evaluate("Array.from(document.querySelectorAll('a[href]')).map(a => a.href)")
        assert links, path
        for url in links:
            if url not in checked:
                checked[url] = status_of(url)
    broken = [url for url, status in checked.items() if status != 200]
    assert not broken
    assert {site_url + path for path in pages} <= set(checked)  # every page is reachable by a link


@pytest.mark.parametrize(("width", "height"), VIEWPORTS)
def test_no_text_overflows_its_column(browser: Chromium, site_url: str, width: int, height: int) -> None:
    browser.set_viewport(width=width, height=height)
    try:
        for locale in ALL_LOCALES:
            for path in (f"{locale}/{SEED_SLUG}.html", f"{locale}/{XSS_SLUG}.html", f"{locale}/index.html"):
                browser.open(site_url + path)
                assert browser.evaluate(OVERFLOWING_JS) == [], path
        browser.open(site_url + "index.html")
        assert browser.evaluate(OVERFLOWING_JS) == []
    finally:
        browser.set_viewport(width=VIEWPORTS[0][0], height=VIEWPORTS[0][1])


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_script_in_article_or_msgstr_never_runs_and_shows_as_text(
    browser: Chromium, site_url: str, locale: str
) -> None:
    browser.open(f"{site_url}{locale}/{XSS_SLUG}.html")
    assert browser.evaluate("typeof window.__xss") == "undefined"
    assert browser.evaluate("document.scripts.length") == 0
    if locale in ("en", "de"):  # where the headline keeps the source's / msgstr's script text
        assert "<script>window.__xss" in browser.evaluate("document.querySelector('h1').textContent")
    browser.open(site_url + "index.html")
    assert browser.evaluate("typeof window.__xss") == "undefined"


def test_machine_notice_is_visible_on_machine_translated_pages(browser: Chromium, site_url: str) -> None:
    browser.open(f"{site_url}zh_CN/{SEED_SLUG}.html")
    notice = browser.evaluate(
        """(() => { const n = document.querySelector('.mt-notice');
                    const r = n.getBoundingClientRect();
                    return [n.innerText, r.height > 0 && r.top < window.innerHeight]; })()"""
    )
    assert notice == ["机器翻译——尚未审校", True]
    browser.open(f"{site_url}pt_BR/{SEED_SLUG}.html")
    assert browser.evaluate("document.querySelector('.mt-notice')") is None


@pytest.mark.parametrize(
    ("locale", "font"),
    [("zh_CN", "Noto Sans CJK SC"), ("zh_TW", "Noto Sans CJK TC"), ("ar", "Noto Sans Arabic")],
)
def test_cjk_and_arabic_are_drawn_with_real_system_fonts(
    browser: Chromium, site_url: str, locale: str, font: str
) -> None:
    browser.open(f"{site_url}{locale}/{SEED_SLUG}.html")
    fonts = browser.platform_fonts("article h1")
    assert fonts.get(font, 0) > 5, fonts


def test_arabic_text_runs_right_to_left(browser: Chromium, site_url: str) -> None:
    browser.open(f"{site_url}ar/{SEED_SLUG}.html")
    gaps = browser.evaluate(
        """(() => { const el = document.querySelector('.mt-notice');
                    const range = document.createRange(); range.selectNodeContents(el);
                    const text = range.getBoundingClientRect(), box = el.getBoundingClientRect();
                    return {start: box.right - text.right, end: text.left - box.left}; })()"""
    )
    assert gaps["start"] < 20 < gaps["end"], gaps  # text hugs the right edge, free space on the left


@pytest.mark.parametrize("locale", ["zh_CN", "ar", "de"])
def test_screenshots_for_review(browser: Chromium, site_url: str, locale: str) -> None:
    browser.open(f"{site_url}{locale}/{SEED_SLUG}.html")
    shot = browser.screenshot(SCREENSHOTS / f"{locale}-{SEED_DOMAIN}.png")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000


@pytest.mark.parametrize("locale", ["en", "ar", "zh_CN"])
def test_figure_image_loads_and_fits_its_column(browser: Chromium, site_url: str, locale: str) -> None:
    browser.open(f"{site_url}{locale}/{FIGURES_SLUG}.html")
    image = browser.evaluate(
        """(() => { const img = document.querySelector('article figure > img');
                    const figure = img.closest('figure').getBoundingClientRect();
                    const box = img.getBoundingClientRect();
                    return {complete: img.complete, width: img.naturalWidth, height: img.naturalHeight,
                            alt: img.alt, inside: box.left >= figure.left - 1 && box.right <= figure.right + 1,
                            frames: getComputedStyle(img.closest('figure'), '::before').content}; })()"""
    )
    assert image["complete"] and (image["width"], image["height"]) == (48, 32), image  # decoded, not broken
    assert image["alt"] == 'Reed beds at the "new" park <b>'
    assert image["inside"] and image["frames"] == "none"  # no placeholder frame over a real photo


def test_seed_figures_without_image_show_no_empty_frame(browser: Chromium, site_url: str) -> None:
    browser.open(f"{site_url}de/{SEED_SLUG}.html")
    frame = browser.evaluate(
        """(() => { const f = document.querySelector('article figure');
                    return [f.querySelector('img'), getComputedStyle(f, '::before').content,
                            f.getBoundingClientRect().height - f.querySelector('figcaption').getBoundingClientRect().height]; })()"""
    )
    assert frame[0] is None and frame[1] == "none" and frame[2] < 2  # the figure is its caption, nothing more


def test_an_old_address_lands_on_the_readable_page(browser: Chromium, site_url: str) -> None:
    try:
        browser.open(f"{site_url}de/{SEED_DOMAIN}.html")
    except BrowserError:  # the refresh may navigate away while open() awaits the page's fonts
        pass  # (a page that never loads fails below: nothing lands)
    landed = ("", "")
    deadline = time.monotonic() + 30  # the meta refresh navigates once the redirect page has loaded
    while time.monotonic() < deadline and not (landed[0].endswith(f"{SEED_SLUG}.html") and landed[1]):
        try:  # asked while the page navigates, Chromium answers "target navigated or closed"
            landed = tuple(browser.evaluate("[location.pathname, document.documentElement.lang]"))
        except BrowserError:
            pass
        time.sleep(0.1)
    assert landed == (f"/de/{SEED_SLUG}.html", "de")


MT_MARKS_JS = """Array.from(document.querySelectorAll('[data-status]'))
  .map(el => getComputedStyle(el).textDecorationLine + ' ' + getComputedStyle(el).textDecorationStyle)"""


def test_mt_marker_is_invisible_to_readers_and_shown_in_review_mode(browser: Chromium, site_url: str) -> None:
    browser.open(f"{site_url}zh_CN/{SEED_SLUG}.html")
    marks = browser.evaluate(MT_MARKS_JS)
    assert marks and set(marks) == {"none solid"}  # the reader's view is clean text
    browser.evaluate("document.querySelector('.review-toggle').click(), true")  # follow the notice's link
    assert browser.evaluate("location.hash") == "#review"
    assert set(browser.evaluate(MT_MARKS_JS)) == {"underline dotted"}
    browser.open(f"{site_url}zh_CN/{SEED_SLUG}.html")
    browser.evaluate("document.documentElement.classList.add('review'), true")  # a review tool's switch
    assert set(browser.evaluate(MT_MARKS_JS)) == {"underline dotted"}
    assert browser.evaluate("getComputedStyle(document.querySelector('article h1')).textDecorationLine") == "none"
    # (fill_catalog reviews every headline: reviewed text stays unmarked even in review mode)


def test_screenshot_of_a_page_with_a_figure_image(browser: Chromium, site_url: str) -> None:
    browser.open(f"{site_url}de/{FIGURES_SLUG}.html#review")
    shot = browser.screenshot(SCREENSHOTS / f"de-{FIGURES_DOMAIN}-review.png")
    assert shot.read_bytes().startswith(b"\x89PNG")
