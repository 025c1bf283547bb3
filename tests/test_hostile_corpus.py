"""Every case of tests/hostile/ through the real chain, held to the outcome its README row states.

The chain runs once for all `safe` cases (one project, corpus extraction, pseudo MT into de and
ar, assemble HTML + Markdown, publish); `error:` cases run alone. What counts as safe is judged
here, independently of `l10n.urls`: each page is parsed with lxml, and every URL attribute is
read the way the WHATWG URL parser starts (character references decoded by the HTML parser,
leading/trailing C0 controls and spaces stripped, ASCII tab and newline removed) before its
scheme is looked at. Markdown editions are rendered by markdown-it with raw HTML on and link
validation off — the least careful renderer — and checked the same way.
"""

from __future__ import annotations

import codecs
import functools
import html
import re
import shutil
import sys
import tempfile
from pathlib import Path

import polib
import pytest

from l10n.cli import main

HOSTILE = Path(__file__).parent / "hostile"
CASES = HOSTILE / "cases"
LOCALES = ("de",)  # pseudo MT and the hand-made translations; RTL layout is tested elsewhere
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data", "livescript", "mocha", "jscript", "file"})
ACTIVE_ELEMENTS = frozenset(
    {
        "script",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "form",
        "input",
        "button",
        "svg",
        "math",
        "style",
        "link",
        "meta",
        "template",
        "noscript",
        "xml",
        "isindex",
    }
)
ALLOWED_META = {"charset", "viewport", "description", "robots", "Content-Security-Policy", "refresh", "l10n-readiness"}
ALLOWED_LINKS = {"stylesheet", "alternate", "icon", "canonical"}
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # what no page or edition may hold
URLISH = re.compile(
    r"^(href|src|action|formaction|data|background|poster|cite|lowsrc|dynsrc|srcset|xlink:href|longdesc|usemap|ping|codebase|manifest|content)$",
    re.IGNORECASE,
)


def read_table() -> dict[str, tuple[str, str]]:
    """README rows: case file name → (kind, expected)."""
    rows = {}
    for line in (HOSTILE / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\| `([^`]+)` \| ([^|]+) \| .* \| `(.+)` \|$", line)
        if match:
            rows[match.group(1)] = (match.group(2).strip(), match.group(3).replace("\\|", "|"))
    return rows


TABLE = read_table()
ARTICLES = sorted(name for name, (kind, _) in TABLE.items() if kind == "article")
SAFE_ARTICLES = [name for name in ARTICLES if TABLE[name][1].startswith("safe")]
ERROR_ARTICLES = [name for name in ARTICLES if TABLE[name][1].startswith("error")]
TRANSLATIONS = sorted(name for name, (kind, _) in TABLE.items() if kind == "translation")
SETTINGS = sorted(name for name, (kind, _) in TABLE.items() if kind == "settings")
IMAGE_FILES = sorted(name for name, (kind, _) in TABLE.items() if kind == "image file")
NAMES = sorted(name for name, (kind, _) in TABLE.items() if kind == "file name")


def test_the_corpus_is_what_make_corpus_writes_and_has_150_inputs() -> None:
    sys.path.insert(0, str(HOSTILE))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(HOSTILE))
    assert make_corpus.write(check_only=True) == []
    assert sorted(p.name for p in CASES.iterdir()) == sorted(TABLE)
    assert len(TABLE) >= 150


# --- the independent checker ------------------------------------------------------------------


def browser_scheme(value: str) -> str | None:
    """The scheme a browser reads from an attribute value lxml already decoded once."""
    value = html.unescape(value)  # a second decoding: stricter than the browser, never looser
    value = value.strip("".join(map(chr, range(0x21))))
    value = re.sub("[\t\n\r]", "", value)
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", value)
    return match.group(1).lower() if match else None


def dangers_in_html(text: str) -> list[str]:
    """Everything in a page that could run script or load a script URL."""
    import lxml.html

    root = lxml.html.document_fromstring(text.encode("utf-8"))
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ACTIVE_ELEMENTS and not _expected_head_element(element, tag):
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on") or lowered == "style":
                found.append(f"<{tag} {name}>")
            if URLISH.match(lowered) and not (tag == "meta" and lowered == "content"):
                for part in value.split(",") if lowered == "srcset" else [value]:
                    scheme = browser_scheme(part.strip().split(" ")[0] if lowered == "srcset" else part)
                    if scheme in SCRIPT_SCHEMES:
                        found.append(f"<{tag} {name}={value!r}>")
    return found


def _expected_head_element(element, tag: str) -> bool:
    if tag == "meta":
        if (element.get("http-equiv") or "").lower() == "refresh":  # publish's own redirect pages
            target = (element.get("content") or "").partition("url=")[2]
            return browser_scheme(target) is None and not target.startswith("//")
        return bool(
            {element.get("charset") and "charset", element.get("name"), element.get("http-equiv")} & ALLOWED_META
        )
    if tag == "link":
        return element.get("rel") in ALLOWED_LINKS and browser_scheme(element.get("href", "")) is None
    return False


def content_security_policy(text: str) -> str:
    import lxml.html

    root = lxml.html.document_fromstring(text.encode("utf-8"))
    metas = root.findall(".//head/meta[@http-equiv='Content-Security-Policy']")
    return metas[0].get("content", "") if len(metas) == 1 else ""


def render_markdown_carelessly(text: str) -> str:
    from markdown_it import MarkdownIt

    renderer = MarkdownIt("commonmark", {"html": True})
    renderer.validateLink = lambda url: True  # a renderer that trusts its input
    return f"<html><body>{renderer.render(text)}</body></html>"


def markdown_references(text: str) -> dict:
    """The link reference definitions markdown-it reads in `text`: the writer never writes one, so
    any is a paragraph that lost its text to `[label]: destination` (CommonMark §4.7)."""
    from markdown_it import MarkdownIt

    env: dict = {}
    MarkdownIt("commonmark").parse(text, env)
    return env.get("references", {})


def test_the_checker_sees_what_a_browser_would_run() -> None:
    pages = [
        '<a href="java&#x09;script:alert(1)">x</a>',
        '<a href=" &#1;javascript:x">x</a>',
        '<img src="x" onerror="alert(1)">',
        "<p><script>alert(1)</script></p>",
        '<span style="x">y</span>',
        '<img srcset="a.png 1x, data:image/svg+xml,x 2x">',
    ]
    for page in pages:
        assert dangers_in_html(f"<html><body>{page}</body></html>"), page
    assert dangers_in_html(render_markdown_carelessly("[x](javascript:alert(1))"))
    assert markdown_references("[`x]: /y '`](<https://x.org/>) it is.'") and not markdown_references("[x](<y>)")
    assert not dangers_in_html(
        '<html><body><a href="https://x.org/a:b">x</a><a href="java%09script:x">y</a></body></html>'
    )


# --- running the chain ----------------------------------------------------------------------


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.err


def one_line_error(status: int, err: str, pattern: str) -> None:
    lines = err.strip().splitlines()
    assert status == 2, err
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert re.search(pattern, lines[0]), lines[0]
    assert "Traceback" not in err


def tag_placeholders(msgid: str) -> list[str]:
    return re.findall(r"\{[a-z]+_\d+(?:_end)?\}", msgid)


def translate_by_hand(po_path: Path, template: str) -> None:
    """Every unit reviewed (not fuzzy) with the hostile `template`, placeholders kept."""
    catalog = polib.pofile(str(po_path))
    for entry in catalog:
        names = tag_placeholders(entry.msgid)
        entry.msgstr = template.replace("{TAGS}", " ".join(names)).replace("{TAGS_REVERSED}", " ".join(reversed(names)))
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save()


@functools.cache
def site_pages(published: Path) -> dict[str, list[str]]:
    """Domain → site paths of its article pages (publish's manifest) and their redirects."""
    from l10n.publish.manifest import read_page_records

    pages: dict[str, list[str]] = {}
    for record in read_page_records(published / "site"):
        redirect = f"{record.locale}/{record.domain}.html"
        pages.setdefault(record.domain, []).extend([record.path] + ([redirect] if redirect != record.path else []))
    return pages


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """One project holding every safe article and translation case, run through the chain."""
    root = tmp_path_factory.mktemp("hostile-corpus")
    if Path("/dev/shm").is_dir():  # 1,000+ small files, each fsynced: memory, not the shared disk
        shm = Path(tempfile.mkdtemp(prefix="l10n-hostile-", dir="/dev/shm"))
        request.addfinalizer(lambda: shutil.rmtree(shm, ignore_errors=True))
        root = shm
    seeds = root / "seeds"
    seeds.mkdir()
    (root / "l10n.toml").write_text(f"[l10n]\nlocales = {list(LOCALES)!r}\n".replace("'", '"'), encoding="utf-8")
    for name in SAFE_ARTICLES:
        shutil.copy(CASES / name, seeds / name)
    for name in TRANSLATIONS:
        shutil.copy(CASES / "msgstr_article.html", seeds / f"{Path(name).stem}.html")
    for name in IMAGE_FILES:
        shutil.copy(CASES / name, seeds / name)
    status = main(["extract", str(seeds), "--root", str(root), "--locales", ",".join(LOCALES), "-q"])
    assert status == 0, "corpus extraction failed"
    for name in TRANSLATIONS:
        template = (CASES / name).read_text(encoding="utf-8").rstrip("\n")
        translate_by_hand(root / "locales" / "de" / "LC_MESSAGES" / f"{Path(name).stem}.po", template)
    for command in (
        ["translate", "--engine", "pseudo"],
        ["assemble", "--format", "html", "--format", "md", "--format", "txt"],
        ["publish"],
    ):
        assert main([*command, "--root", str(root)]) == 0, command
    return root


@pytest.mark.parametrize("name", SAFE_ARTICLES + TRANSLATIONS)
def test_safe_case_publishes_no_script(name: str, published: Path) -> None:
    domain = Path(name).stem
    expected = TABLE[name][1] if name in TABLE else "safe"
    pot = (published / "locales" / f"{domain}.pot").read_text(encoding="utf-8")
    pages = [published / "site" / path for path in site_pages(published)[domain]]  # the pages and their redirects
    pages += [published / "build" / locale / f"{domain}.html" for locale in LOCALES]
    assert len(pages) >= (1 + len(LOCALES)) + len(LOCALES), pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert dangers_in_html(text) == [], page
        assert not CONTROL.search(text), (page, CONTROL.search(text))
        assert "script-src 'none'" in content_security_policy(text), page
    for locale in LOCALES:
        plain = (published / "build" / locale / f"{domain}.txt").read_text(encoding="utf-8")
        assert not CONTROL.search(plain), (locale, CONTROL.search(plain))
        markdown = (published / "build" / locale / f"{domain}.md").read_text(encoding="utf-8")
        assert not CONTROL.search(markdown), (locale, CONTROL.search(markdown))
        assert dangers_in_html(render_markdown_carelessly(markdown)) == [], (locale, markdown)
        assert not markdown_references(markdown), (locale, markdown)  # a paragraph read as one vanishes
    if ", keeps: " in expected:
        assert expected.split(", keeps: ", 1)[1] in pot


def test_the_site_holds_only_pages_that_pass_and_real_raster_images(published: Path) -> None:
    """Every file publish wrote, not only the pages named after a case: a figure could pull any
    file of the article's folder into the site, where an .html or .svg would run script."""
    files = [path for path in (published / "site").rglob("*") if path.is_file() and not path.name.startswith(".")]
    files = [
        path for path in files if path.relative_to(published / "site").as_posix() != "favicon.svg"
    ]  # the package's own
    suffixes = {path.suffix for path in files}
    assert suffixes <= {".html", ".css", ".xml", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"}, suffixes
    for path in files:
        if path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            assert dangers_in_html(text) == [], path
            assert "script-src 'none'" in content_security_policy(text), path
            assert not CONTROL.search(text), path
        elif path.suffix not in (".css", ".xml"):
            assert path.read_bytes().startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF")), path
    assert not [path for path in files if path.name in IMAGE_FILES]


@pytest.mark.parametrize("name", ERROR_ARTICLES)
def test_error_case_is_one_line(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err = run(["extract", str(CASES / name), "--root", str(tmp_path), "--locales", "de"], capsys)
    one_line_error(status, err, TABLE[name][1].removeprefix("error: "))
    assert not (tmp_path / "locales").exists() or not list((tmp_path / "locales").rglob("*.po*"))


@pytest.mark.parametrize("name", SETTINGS)
def test_settings_case_is_one_line(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(CASES / name, tmp_path / "l10n.toml")
    pattern = TABLE[name][1].removeprefix("error: ")
    for command in (["status"], ["publish"], ["translate", "--engine", "pseudo"]):
        status, err = run([*command, "--root", str(tmp_path)], capsys)
        one_line_error(status, err, pattern)
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("name", NAMES)
def test_file_name_case_never_reaches_a_catalog(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    relative = codecs.decode((CASES / name).read_text(encoding="ascii").rstrip("\n"), "unicode_escape")
    source = tmp_path / "seeds" / relative
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text("Council approves park budget\n\nThe council approved the budget on Monday.\n", encoding="utf-8")
    for target in (source, tmp_path / "seeds"):
        status, err = run(["extract", str(target), "--root", str(tmp_path), "--locales", "de"], capsys)
        one_line_error(status, err, TABLE[name][1].removeprefix("error: "))
    assert not (tmp_path / "locales").exists() or not list((tmp_path / "locales").rglob("*.po*"))
