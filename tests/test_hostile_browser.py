"""The Content-Security-Policy in real headless Chromium: should markup ever slip past the filters,
the browser refuses to run it — from `l10n serve` (header + meta) and from the file opened on disk
(meta only) — while the site's own stylesheet and images still load.

The slip is simulated by writing script into a published page after `publish`, the way a future
filter bug would; the test then asks the browser whether any of it ran.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser import CHROMIUM, Chromium
from test_publish import write_png

from l10n.cli import main
from l10n.publish.manifest import read_page_records
from l10n.publish.serve import serving

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (scripts/setup.sh installs it)")

ARTICLE = (
    '<!DOCTYPE html><html lang="en"><head><title>Park</title></head><body><article>'
    "<h1>Council approves park budget</h1><p>The council approved the budget on Monday.</p>"
    '<figure><img src="park.png" alt="The park"><figcaption>The new park</figcaption></figure>'
    "</article></body></html>"
)
PAGE = "de/council-approves-park-budget.html"  # publish's slug of the headline
INJECTED = (
    "<script>window.__ran = (window.__ran || 0) + 1</script>"
    '<img src="nope.png" onerror="window.__ran = (window.__ran || 0) + 1">'
    '<a id="js" href="javascript:window.__ran = (window.__ran || 0) + 1">x</a>'
    '<iframe srcdoc="&lt;script&gt;parent.__ran = 1&lt;/script&gt;"></iframe>'
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("csp")
    (root / "seeds").mkdir()
    (root / "seeds" / "park.html").write_text(ARTICLE, encoding="utf-8")
    write_png(root / "seeds" / "park.png", width=1, height=1)
    (root / "l10n.toml").write_text('locales = ["de"]\n', encoding="utf-8")
    for command in (["extract", str(root / "seeds"), "--locales", "de"], ["publish"]):
        assert main([*command, "--root", str(root)]) == 0
    page = root / "site" / next(r.path for r in read_page_records(root / "site") if r.locale == "de")
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("</article>", INJECTED + "</article>"), encoding="utf-8")
    assert page.relative_to(root / "site").as_posix() == PAGE
    return root / "site"


@pytest.fixture(scope="module")
def browser() -> Chromium:
    with Chromium() as chromium:
        yield chromium


def _assert_nothing_ran_and_the_page_is_styled(browser: Chromium, url: str) -> None:
    browser.open(url)
    browser.evaluate("document.getElementById('js') && document.getElementById('js').click()")
    assert browser.evaluate("window.__ran || 0") == 0
    assert browser.evaluate("document.styleSheets.length") >= 1
    assert browser.evaluate("getComputedStyle(document.querySelector('.home')).fontWeight") == "700"
    assert browser.evaluate("document.querySelector('figure img').naturalWidth") == 1


def test_injected_script_does_not_run_when_served(browser: Chromium, site: Path) -> None:
    with serving(site) as base:
        _assert_nothing_ran_and_the_page_is_styled(browser, base + PAGE)


def test_injected_script_does_not_run_from_the_file_on_disk(browser: Chromium, site: Path) -> None:
    _assert_nothing_ran_and_the_page_is_styled(browser, (site / PAGE).as_uri())


def test_the_same_page_without_the_policy_would_run_it(browser: Chromium, site: Path, tmp_path: Path) -> None:
    """The control: the injected markup is live when the policy is removed, so the tests above
    measure the policy and not a broken injection."""
    shutil.copytree(site, tmp_path / "site")
    page = tmp_path / "site" / PAGE
    text = page.read_text(encoding="utf-8")
    start = text.index('<meta http-equiv="Content-Security-Policy"')
    page.write_text(text[:start] + text[text.index(">", start) + 1 :], encoding="utf-8")
    browser.open(page.as_uri())
    assert browser.evaluate("window.__ran || 0") >= 1
