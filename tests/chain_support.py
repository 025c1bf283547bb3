"""The blind rounds' whole pages through the whole chain as a newsroom runs it, each output read by a
reader that is not ours (`BlindChain`, subclassed by test_blind_pages45_chain and
test_blind_pages46_chain with their rounds' pages).

One project per round, built once: the whole pages as seeds, the default ten locales, Apertium for
en→es, OpenCC for zh_TW (from zh_CN), pseudo elsewhere; `extract` → `translate` → `qa` → `status` →
`assemble --format html --format md --format txt` → `publish`. Then what the README promises the
translator, the operator and the editor, each checked with GNU gettext's `msgfmt`, Translate
Toolkit, the official XLIFF schemas and TMX DTD, lxml's HTML parser and Babel's own formatting.
The checks that change the project (a second run, an edited sentence, a reviewed unit) run on
copies of it.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path

import polib
import pytest
from babel import Locale
from babel.dates import format_date
from conftest import measured_pages, run_l10n
from lxml import etree
from lxml import html as lxml_html
from schema_support import SITEMAP_NAMESPACE, dtd_errors, sitemap_errors, xliff_schema_errors

LOCALES = ["zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "ar", "ru", "pt_BR"]
TOOLS = Path(sys.executable).parent

STEPS = (
    ("extract", "seeds", "-q"),
    ("translate", "-q"),
    ("qa", "-q"),
    ("status", "-q"),
    ("assemble", "--format", "html", "--format", "md", "--format", "txt", "-q"),
    ("publish", "-q"),
)


def blind_pages(splits: tuple[str, ...]) -> list[Path]:
    """The measured pages of `splits` (never a split still waiting for its blind run)."""
    return sorted(
        page
        for page in measured_pages()
        if page.with_suffix(".json").exists()
        and json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["split"] in splits
    )


def settings(article_languages: Mapping[str, str]) -> str:
    """l10n.toml: pseudo MT, Apertium for es, OpenCC for zh_TW, and the languages the operator
    states for the pages `extract` refuses (by file name under seeds/)."""
    return """[l10n]
engine = "pseudo"

[l10n.engines]
es = "apertium"
zh_TW = "auto"

[l10n.article_languages]
""" + "".join(f'"seeds/{name}" = "{language}"\n' for name, language in article_languages.items())


def units_read_twice(po: Path) -> tuple[list[tuple[str, str, str, bool]], list[tuple[str, str, str, bool]]]:
    """A catalog's units (context, msgid, msgstr, fuzzy) as polib reads them and as Translate Toolkit's
    PO reader does, header and obsolete entries left out: two independent readers that must agree."""
    from translate.storage import pypo

    ours = [(e.msgctxt or "", e.msgid, e.msgstr, e.fuzzy) for e in polib.pofile(str(po)) if not e.obsolete]
    store = pypo.pofile.parsefile(str(po))
    theirs = [
        (unit.getcontext() or "", unit.source, unit.target, unit.isfuzzy())
        for unit in store.units
        if not unit.isheader() and not unit.isobsolete()
    ]
    return ours, theirs


def run_chain(root: Path) -> None:
    for step in STEPS:
        run_l10n(root, *step, allowed=(0, 1) if step[0] == "qa" else (0,))


def copy_of(project: Path, where: Path) -> Path:
    shutil.copytree(project, where / "copy", symlinks=True)
    return where / "copy"


def catalogs(root: Path) -> list[Path]:
    return sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))


def source_language(root: Path, domain: str) -> str:
    """The article's language as its template states it (`X-Source-Language`), else the project's."""
    return polib.pofile(str(root / "locales" / f"{domain}.pot")).metadata.get("X-Source-Language", "en")


def held_units(root: Path) -> set[tuple[str, str, str | None, str]]:
    """(locale, domain, msgctxt, msgid) of every unit with a QA error: shown in the source's words."""
    done = run_l10n(root, "qa", "--json", allowed=(0, 1))
    return {
        (finding["locale"], finding["domain"], finding.get("msgctxt"), finding["msgid"])
        for finding in json.loads(done.stdout)["findings"]
        if finding["severity"] == "error"
    }


PLACEHOLDER = re.compile(r"\{[a-z][a-z0-9_]*\}")


def plain(text: str) -> str:
    """A unit's words as a reader that drops inline codes shows them: placeholders (our `{number_1}`,
    an XLIFF `<ph>`) out, white space collapsed."""
    return " ".join(PLACEHOLDER.sub("", text).split())


def po_rows(path: Path) -> Counter[tuple[str, str, bool]]:
    return Counter((e.msgid, e.msgstr, e.fuzzy) for e in polib.pofile(str(path)) if not e.obsolete and e.msgid)


ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
"""UAX #9's isolate characters (LRI, RLI, FSI, PDI), which Markdown and text carry where HTML has `<bdi>`."""
ACTIVE_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "applet", "form", "base", "noscript"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite", "xlink:href"}


def pages(root: Path) -> list[Path]:
    return sorted([*(root / "site").rglob("*.html"), *(root / "build").rglob("*.html")])


def parsed(path: Path) -> etree._Element:
    return lxml_html.document_fromstring(path.read_bytes(), parser=lxml_html.HTMLParser(encoding="utf-8"))


def redirect_of(tree: etree._Element) -> str | None:
    refresh = tree.xpath("//meta[translate(@http-equiv,'REFSH','refsh')='refresh']/@content")
    return refresh[0].split("=", 1)[1].strip() if refresh else None


def language_tag(tag: str) -> tuple[str, str | None, str | None]:
    """(language, script, territory) of a BCP 47 tag as Babel parses it (hyphens, as HTML wants)."""
    locale = Locale.parse(tag, sep="-")
    return locale.language, locale.script, locale.territory


def edition_tag(code: str) -> tuple[str, str | None, str | None]:
    """What an edition's folder (a gettext locale code) must be called in `lang`: Chinese with its
    script, as Babel's likely subtags give it (`zh_CN` → zh-Hans-CN)."""
    locale = Locale.parse(code)
    script = locale.script or (
        Locale.parse(f"{locale.language}_{locale.territory}").script if locale.territory else None
    )
    if locale.language == "zh" and not script:
        script = Locale.parse(code, sep="_").script
    return locale.language, script if locale.language == "zh" else locale.script, locale.territory


def same_language(tag: str, code: str) -> bool:
    """`lang` tag `tag` names the language (and, for Chinese, the script) of gettext code `code`."""
    language, script, _ = language_tag(tag)
    want = edition_tag(code)
    return language == want[0] and (language != "zh" or script == want[1])


def text_runs(tree: etree._Element) -> list[tuple[str, str]]:
    """The body's text as (lang, text) runs: each text node with the `lang` of its nearest element
    that states one (the reader's language for it), consecutive nodes of one language joined."""
    runs: list[tuple[str, str]] = []

    def add(lang: str, text: str | None) -> None:
        if text:
            if runs and runs[-1][0] == lang:
                runs[-1] = (lang, runs[-1][1] + text)
            else:
                runs.append((lang, text))

    def walk(element: etree._Element, lang: str) -> None:
        own = element.get("lang") or lang
        add(own, element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child, own)
            add(own, child.tail)

    walk(tree.find("body"), tree.get("lang", ""))
    return [(lang, " ".join(text.split())) for lang, text in runs]


def longest_words(text: str) -> str:
    """The longest stretch of a unit's text between placeholders, white space collapsed."""
    chunks = [" ".join(chunk.split()) for chunk in PLACEHOLDER.split(text)]
    return max(chunks, key=len, default="")


def editions(root: Path) -> list[tuple[str, str]]:
    return [(locale, po.stem) for locale in LOCALES for po in catalogs_of(root, locale)]


def catalogs_of(root: Path, locale: str) -> list[Path]:
    return sorted((root / "locales" / locale / "LC_MESSAGES").glob("*.po"))


def is_source_edition(locale: str, source: str) -> bool:
    return Locale.parse(locale).language == Locale.parse(source).language and (
        Locale.parse(locale).language != "zh" or edition_tag(locale)[1] == edition_tag(source)[1]
    )


def languages_of_text(element: etree._Element) -> set[str]:
    """The `lang` each text node under `element` is read in (its nearest ancestor's)."""
    found: set[str] = set()

    def lang_of(node: etree._Element) -> str:
        while node is not None and node.get("lang") is None:
            node = node.getparent()
        return "" if node is None else node.get("lang", "")

    for node in element.iter(etree.Element):
        if (node.text or "").strip():
            found.add(lang_of(node))
        if node is not element and (node.tail or "").strip():
            found.add(lang_of(node.getparent()))
    return {" ".join(map(str, language_tag(lang)[:2])) for lang in found}


def article_page(path: Path) -> Path:
    tree = parsed(path)
    target = redirect_of(tree)
    return (path.parent / target).resolve() if target else path.resolve()


def inherited(element: etree._Element, attribute: str) -> str:
    """`attribute` (`lang`, `dir`) as `element` has it, from itself or its nearest ancestor."""
    return next((node.get(attribute) for node in (element, *element.iterancestors()) if node.get(attribute)), "")


def readiness(root: Path) -> dict[Path, bool]:
    """Whether each target edition's page (resolved through its redirect) is finished, read
    against the catalogs and QA's errors (the default policy: every unit shown translated)."""
    held = held_units(root)
    ready: dict[Path, bool] = {}
    for locale, domain in editions(root):
        entries = polib.pofile(str(root / "locales" / locale / "LC_MESSAGES" / f"{domain}.po"))
        done = all(e.msgstr and (locale, domain, e.msgctxt, e.msgid) not in held for e in entries if not e.obsolete)
        source = source_language(root, domain)
        ready[article_page(root / "site" / locale / f"{domain}.html")] = done or is_source_edition(locale, source)
    return ready


def snapshot(root: Path) -> dict[str, tuple[int, bytes]]:
    return {
        str(path.relative_to(root)): (path.stat().st_mtime_ns, path.read_bytes())
        for folder in ("locales", "build", "site")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and not path.name.startswith(".stamps")
    }


REVIEWED = "Die kostenlosen Impfungen gibt es beim Hausarzt oder im Gesundheitsamt."


def review_by_hand(po: Path) -> str:
    """A translator's edit of a machine unit in a text editor: its own words as the msgstr and the
    fuzzy flag cleared (the `# mt:` line left, as editors leave it); the unit's msgid."""
    text = po.read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    for number, block in enumerate(blocks):
        found = re.search(r'^msgid ((?:".*"\n)+)msgstr ', block + "\n", re.M)
        msgid = "".join(re.findall(r'"(.*)"', found.group(1))) if found else ""
        if 20 < len(msgid) and not re.search(r'[{}\\"]', msgid) and "#, fuzzy" in block and "msgctxt" not in block:
            head = block[: block.index("\nmsgstr ")].replace("#, fuzzy, ", "#, ").replace("#, fuzzy\n", "")
            blocks[number] = f'{head}\nmsgstr "{REVIEWED}"'
            po.write_text("\n\n".join(blocks), encoding="utf-8")
            return msgid
    raise AssertionError(f"no short machine unit in {po}")


def entry_of(po: Path, msgid: str) -> polib.POEntry:
    return next(e for e in polib.pofile(str(po)) if e.msgid == msgid and not e.obsolete)


def foreign_letters(text: str) -> float:
    """The share of `text`'s letters that are Cyrillic or Han (Unicode's names for them)."""
    import unicodedata

    letters = [char for char in text if char.isalpha()]
    foreign = [char for char in letters if unicodedata.name(char, "").split(" ")[0] in ("CYRILLIC", "CJK")]
    return len(foreign) / len(letters) if letters else 0.0


_VALUE = re.compile(r"^(date|number|percent|weekday)_\d+: (.*?) = (?:ISO weekday )?(\S+)", re.M)
_VALUE_SHAPES = {"number": r"\d+(\.\d+)?", "percent": r"\d+(\.\d+)?", "weekday": r"[1-7]", "date": r"(--)?\d+(-\d+)+"}
"""What `babel_forms` reads of each kind (a range, "2023-03-21/2023-11-21", is the locale's
interval; a percent range or an ordinal is not read)."""


def babel_forms(kind: str, value: str, locale: str) -> set[str]:
    """Babel's own ways of writing `value` (a placeholder's value as the catalog states it:
    `2023-06-20`, `--12-24` with the year left out, `2022-03`; a number; a percent, `7.70` with
    its decimals as written; an ISO weekday, `4`) in `locale`."""
    from babel.dates import format_skeleton, get_day_names
    from babel.numbers import format_decimal, parse_pattern

    if kind == "number":
        return {format_decimal(float(value) if "." in value else int(value), locale=locale)}
    if kind == "percent":
        pattern = copy.copy(parse_pattern(Locale.parse(locale).percent_formats[None].pattern))
        decimals = len(value.partition(".")[2])
        pattern.frac_prec = (decimals, decimals)
        return {pattern.apply(Decimal(value) / 100, Locale.parse(locale))}
    if kind == "weekday":
        return {
            get_day_names(width, context, locale)[int(value) - 1]
            for width in ("wide", "abbreviated")
            for context in ("format", "stand-alone")
        }
    parts = value.removeprefix("--").split("-")
    if value.startswith("--"):
        day, skeletons = date(2023, int(parts[0]), int(parts[1])), ("MMMd", "MMMMd", "Md", "MMMMEEEEd")
    elif len(parts) == 2:
        day, skeletons = date(int(parts[0]), int(parts[1]), 1), ("yMMMM", "yMMM", "yM")
    else:
        day, skeletons = date(*map(int, parts)), ("yMMMd", "yMMMMd", "yMd", "yMMMMEEEEd")
    forms = {format_skeleton(skeleton, day, locale=locale) for skeleton in skeletons}
    if len(parts) == 3:
        forms |= {format_date(day, size, locale=locale) for size in ("full", "long", "medium", "short")}
    return forms


class BlindChain:
    """The chain's tests on one round's pages: a module subclasses it (`class TestBlindPages46Chain(
    BlindChain)`) with the round's `SPLITS`, the languages the operator states for the pages
    `extract` refuses, the pages it knows are read as English, an English page to edit (`EDITED`,
    and `OTHER_EDIT`, the words a second edit changes) and how many checks each reading must make
    at the least. One project per class, built once (`project`)."""

    SPLITS: tuple[str, ...]
    ARTICLE_LANGUAGES: dict[str, str]
    KNOWN_READ_AS_ENGLISH: set[str]
    EDITED: str
    OTHER_EDIT: tuple[str, str]
    MIN_SHOWN_SENTENCES: int
    MIN_DATELINES: int
    MIN_VALUES: int

    @classmethod
    def pages(cls) -> list[Path]:
        return blind_pages(cls.SPLITS)

    @pytest.fixture(scope="class")
    @classmethod
    def project(cls, tmp_path_factory: pytest.TempPathFactory) -> Path:
        root = tmp_path_factory.mktemp("pages")
        (root / "seeds").mkdir()
        for page in cls.pages():
            shutil.copyfile(page, root / "seeds" / page.name)
        (root / "l10n.toml").write_text(settings(cls.ARTICLE_LANGUAGES), encoding="utf-8")
        run_chain(root)
        return root

    # --- the translator's catalogs, read by GNU gettext and Translate Toolkit ---------------------------

    @pytest.mark.slow
    def test_every_article_has_a_catalog_per_locale(self, project: Path) -> None:
        domains = sorted(page.stem for page in self.pages())
        assert sorted(pot.stem for pot in (project / "locales").glob("*.pot")) == domains
        for locale in LOCALES:  # but in the article's own language: its edition there is the article (session 46)
            wanted = [domain for domain in domains if not is_source_edition(locale, source_language(project, domain))]
            assert sorted(po.stem for po in (project / "locales" / locale / "LC_MESSAGES").glob("*.po")) == wanted

    @pytest.mark.slow
    def test_every_catalog_passes_msgfmt_check(self, project: Path) -> None:
        failed = {}
        for po in [*catalogs(project), *sorted((project / "locales").glob("*.pot"))]:
            done = subprocess.run(
                ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(po)], capture_output=True, text=True
            )
            if done.returncode:
                failed[po.name] = done.stderr[:300]
        assert failed == {}

    @pytest.mark.slow
    def test_translate_toolkit_reads_every_catalog_with_the_same_units(self, project: Path) -> None:
        differ = []
        for po in catalogs(project):
            ours, theirs = units_read_twice(po)
            if ours != theirs or not ours:
                differ.append(po.relative_to(project))
        assert differ == []

    @pytest.mark.slow
    @pytest.mark.parametrize("locale", ["es", "zh_TW", "ar"])
    @pytest.mark.parametrize("version", ["1.2", "2.0"])
    def test_an_xliff_export_validates_and_translate_toolkit_reads_it(
        self, project: Path, tmp_path: Path, locale: str, version: str
    ) -> None:
        from translate.storage import xliff, xliff2

        root = copy_of(project, tmp_path)
        run_l10n(root, "xliff", "export", "--locale", locale, "--xliff-version", version, "-q")
        files = sorted((root / "locales" / locale).glob("*.xlf"))
        # none for an article in `locale`'s own language: its edition there is the article (session 46)
        assert len(files) == sum(not is_source_edition(locale, source_language(root, p.stem)) for p in self.pages())
        rows: Counter[tuple[str, str]] = Counter()
        for path in files:
            data = path.read_bytes()
            assert {name: errors[:3] for name, errors in xliff_schema_errors(data).items() if errors} == {}
            store = (xliff2.Xliff2File if version == "2.0" else xliff.xlifffile).parsestring(data)
            # (every unit: one that is a placeholder alone, a table's number, has no source text)
            rows.update((plain(unit.source), plain(unit.target or "")) for unit in store.units)
        expected: Counter[tuple[str, str]] = Counter()
        for po in sorted((root / "locales" / locale / "LC_MESSAGES").glob("*.po")):
            expected.update(
                (plain(e.msgid), plain(e.msgstr)) for e in polib.pofile(str(po)) if not e.obsolete and e.msgid
            )
        assert rows == expected

    @pytest.mark.slow
    def test_a_tmx_export_validates_against_the_dtd_and_translate_toolkit_reads_it(
        self, project: Path, tmp_path: Path
    ) -> None:
        from translate.storage import tmx

        root = copy_of(project, tmp_path)
        run_l10n(root, "tm", "export", str(root / "memory.tmx"))
        data = (root / "memory.tmx").read_bytes()
        assert dtd_errors(data) == []
        units = tmx.tmxfile.parsestring(data).units
        ours = etree.fromstring(data).findall(".//tu")
        assert len(units) == len(ours)

    # --- the reader's pages, read by lxml and the standard library's HTML parser ------------------------

    @pytest.mark.slow
    def test_every_page_parses_balanced_and_carries_nothing_active(self, project: Path) -> None:
        from html.parser import HTMLParser

        class Balance(HTMLParser):
            VOID = {
                "area",
                "base",
                "br",
                "col",
                "embed",
                "hr",
                "img",
                "input",
                "link",
                "meta",
                "source",
                "track",
                "wbr",
            }

            def __init__(self) -> None:
                super().__init__(convert_charrefs=True)
                self.open: list[str] = []
                self.errors: list[str] = []

            def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
                if tag not in self.VOID:
                    self.open.append(tag)

            def handle_endtag(self, tag: str) -> None:
                if not self.open or self.open[-1] != tag:
                    self.errors.append(f"</{tag}> closes {self.open[-1:]} at {self.getpos()}")
                else:
                    self.open.pop()

        found = []
        all_pages = pages(project)
        assert len(all_pages) > len(self.pages()) * (len(LOCALES) + 1)
        for page in all_pages:
            text = page.read_text(encoding="utf-8")
            checker = Balance()
            checker.feed(text)
            checker.close()
            if checker.errors or checker.open:
                found.append((page.relative_to(project), "unbalanced", checker.errors[:2], checker.open))
            for element in parsed(page).iter(etree.Element):
                if element.tag in ACTIVE_ELEMENTS:
                    found.append((page.relative_to(project), element.tag))
                for name, value in element.attrib.items():
                    if name.startswith("on"):
                        found.append((page.relative_to(project), element.tag, name))
                    url = value.strip().lower() if name in URL_ATTRIBUTES else ""
                    if name == "content" and element.get("http-equiv", "").lower() == "refresh":
                        url = value.split("=", 1)[-1].strip().lower()
                    if url.startswith(("javascript:", "data:", "vbscript:")):
                        found.append((page.relative_to(project), element.tag, name, value[:60]))
        assert found == []

    @pytest.mark.slow
    def test_the_markdown_and_text_editions_say_what_the_html_edition_says(self, project: Path) -> None:
        """Each Markdown edition as markdown-it (CommonMark and tables) renders it, and each text
        edition, holds the HTML edition's `<body>` text (its `<article>`, and an unfinished
        edition's readiness notice: `assemble.readiness`): the same characters as often (white
        space, isolate characters, list bullets and cell bars aside; where the section line
        stands is each format's own); and the rendered Markdown nothing active."""
        from markdown_it import MarkdownIt

        render = MarkdownIt("commonmark").enable("table").render

        def characters(text: str) -> Counter[str]:
            return Counter("".join(text.translate(ISOLATES).split()).replace("|", "").replace("•", ""))

        wrong = []
        editions_read = sorted((project / "build").glob("*/*.html"))
        assert len(editions_read) >= len(self.pages()) * len(LOCALES)
        for page in editions_read:
            shown = characters(parsed(page).find(".//body").text_content())  # an unfinished one's notice too
            markdown = lxml_html.fragment_fromstring(
                render(page.with_suffix(".md").read_text(encoding="utf-8")), create_parent="div"
            )
            text = page.with_suffix(".txt").read_text(encoding="utf-8")
            for name, other in (("md", characters(markdown.text_content())), ("txt", characters(text))):
                if other != shown:
                    wrong.append((str(page.relative_to(project)), name, dict(other - shown), dict(shown - other)))
            active = [element.tag for element in markdown.iter(etree.Element) if element.tag in ACTIVE_ELEMENTS]
            if active or any(name.startswith("on") for e in markdown.iter(etree.Element) for name in e.attrib):
                wrong.append((str(page.relative_to(project)), "active", active, {}))
        assert wrong == []

    @pytest.mark.slow
    def test_every_lang_attribute_is_a_language_tag(self, project: Path) -> None:
        """WCAG's `lang` and hreflang are BCP 47 tags: hyphens, never gettext's `zh_Hans`."""
        wrong = Counter()
        for page in pages(project):
            for element in parsed(page).iter(etree.Element):
                for name in ("lang", "hreflang"):
                    value = element.get(name)
                    if value is None or (name == "hreflang" and value == "x-default"):
                        continue
                    try:
                        language_tag(value)
                    except (ValueError, TypeError):
                        wrong[(name, value)] += 1
        assert dict(wrong) == {}

    @pytest.mark.slow
    def test_every_language_a_switcher_offers_is_named_as_cldr_names_it_in_itself(self, project: Path) -> None:
        """Each link to an edition (`hreflang`) says its language's own name as Babel gives it
        ("русский", "中文 (繁體, 台灣)", "português (Brasil)")."""
        wrong = Counter()
        named = 0
        for page in sorted((project / "site").rglob("*.html")):
            for link in parsed(page).xpath("//body//a[@hreflang]"):
                tag = link.get("hreflang")
                if tag == "x-default":
                    continue
                language = Locale.parse(tag, sep="-")
                named += 1
                if link.text_content().strip() != language.get_display_name(language):
                    wrong[(tag, link.text_content().strip())] += 1
        assert named > len(self.pages()) * len(LOCALES)
        assert dict(wrong) == {}

    @pytest.mark.slow
    def test_every_page_says_its_editions_language(self, project: Path) -> None:
        wrong = []
        for folder in ("site", "build"):
            for page in sorted((project / folder).glob("*/*.html")):
                tree = parsed(page)
                lang = tree.get("lang", "")
                try:
                    right = language_tag(lang)[0] == edition_tag(page.parent.name)[0] and same_language(
                        lang, page.parent.name
                    )
                except (ValueError, TypeError):
                    right = False
                if not right:
                    wrong.append((page.relative_to(project), lang))
        assert wrong == []

    @pytest.mark.slow
    def test_every_sentence_shown_in_the_source_words_carries_the_source_language(self, project: Path) -> None:
        """Read against the catalogs and QA's errors: a unit with no translation, or one the gate
        holds, is shown in the source's words and must be marked with the source's language; a unit
        shown translated, with the edition's."""
        held = held_units(project)
        wrong: list[tuple[str, str, str, str]] = []
        checked = 0
        for locale, domain in editions(project):
            source = source_language(project, domain)
            if is_source_edition(locale, source):
                continue
            runs = text_runs(parsed(project / "build" / locale / f"{domain}.html"))
            for entry in polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po")):
                if entry.obsolete or entry.msgctxt == "alt":
                    continue
                in_source = not entry.msgstr or (locale, domain, entry.msgctxt, entry.msgid) in held
                words = longest_words(entry.msgid if in_source else entry.msgstr)
                if len(words) < 8:
                    continue
                where = [lang for lang, text in runs if words in text]
                if not where:
                    continue  # (not shown as one stretch: `bench/inputs.py` measures what is shown)
                checked += 1
                if in_source and not any(same_language(lang, source) for lang in where):
                    wrong.append((locale, domain, f"source words under {where}", words[:50]))
                if not in_source and not any(same_language(lang, locale) for lang in where):
                    wrong.append((locale, domain, f"translation under {where}", words[:50]))
        assert checked > self.MIN_SHOWN_SENTENCES
        assert wrong == []

    @pytest.mark.slow
    def test_a_headline_in_an_index_is_marked_in_the_language_its_page_shows_it_in(self, project: Path) -> None:
        """The indexes list each article by its headline as that edition shows it: in the language
        the article's page marks its `<h1>` with. (A headline shown in the source's words was not
        marked: 235 links, every Russian and Chinese headline on the English root index among them.)"""
        wrong = []
        indexes = sorted((project / "site").rglob("index.html"))
        assert len(indexes) > len(LOCALES)
        for index in indexes:
            for link in parsed(index).iter("a"):
                href = link.get("href", "")
                if not href.endswith(".html") or href.endswith("index.html") or link.get("hreflang"):
                    continue  # the switchers' and the languages' lists name languages, in their own
                page = article_page(index.parent / href)
                h1 = parsed(page).find(".//h1")
                shown, listed = languages_of_text(h1), languages_of_text(link)
                if len(shown) == 1 and listed != shown:
                    wrong.append((str(index.relative_to(project)), page.stem, listed, shown))
        # (the known misses' Spanish pages: "es" on their words, and the source's on the index)
        assert [row for row in wrong if row[1] not in self.KNOWN_READ_AS_ENGLISH] == []

    @pytest.mark.slow
    def test_an_unfinished_edition_is_never_listed_as_finished(self, project: Path) -> None:
        """Read against the catalogs and QA's errors (the default policy: every unit shown
        translated): an edition with a unit untranslated or held is marked `not-ready` wherever a
        switcher or an index lists it, and one with none is not."""
        ready = readiness(project)
        wrong = []
        listed = 0
        for page in sorted((project / "site").rglob("*.html")):
            tree = parsed(page)
            if redirect_of(tree):
                continue
            for item in tree.iter("li"):
                link = item.find("a")
                target = (page.parent / link.get("href", "")).resolve() if link is not None else None
                if target not in ready:
                    continue
                listed += 1
                if ("not-ready" in item.get("class", "").split()) == ready[target]:
                    wrong.append((str(page.relative_to(project)), link.get("href"), ready[target]))
            for alternate in tree.xpath("//head/link[@rel='alternate'][@hreflang]"):  # what search engines offer
                target = (page.parent / alternate.get("href", "")).resolve()
                if target in ready and not ready[target]:
                    wrong.append((str(page.relative_to(project)), "alternate", alternate.get("href")))
        assert listed > len(ready)
        assert wrong == []

    @pytest.mark.slow
    def test_on_a_right_to_left_page_every_run_has_its_languages_direction(self, project: Path) -> None:
        """On the Arabic pages (build and site), each text with a letter is read in the direction
        of the language it is marked with (CLDR's character order, as Babel gives it): a Russian,
        English or Chinese sentence shown in the source's words under `dir="ltr"`, Arabic under
        `rtl`; the bidi algorithm alone would run a Latin or Cyrillic sentence's end punctuation
        to its left."""
        wrong = Counter()
        checked = 0
        for page in [*sorted((project / "build").glob("*/*.html")), *sorted((project / "site").glob("*/*.html"))]:
            tree = parsed(page)
            if tree.get("dir") != "rtl" or redirect_of(tree):
                continue
            for element in tree.find("body").iter(etree.Element):
                texts = [element.text or "", *(child.tail or "" for child in element)]
                if not any(char.isalpha() for text in texts for char in text):
                    continue
                if element.tag == "bdi" and not element.get("dir"):
                    continue  # (`<bdi>` takes its own direction from its text)
                lang, direction = inherited(element, "lang"), inherited(element, "dir")
                checked += 1
                if direction != ("rtl" if Locale.parse(lang, sep="-").character_order == "right-to-left" else "ltr"):
                    wrong[(page.parent.name, lang, direction)] += 1
        assert checked > len(self.pages())
        assert dict(wrong) == {}

    @pytest.mark.slow
    def test_the_sitemap_validates_and_offers_only_finished_pages_each_in_its_language(self, project: Path) -> None:
        """site/sitemap.xml against sitemaps.org's schema; each `<loc>` and each hreflang alternate
        (Google's `xhtml:link`) a page of the site that is finished, the alternate's hreflang the
        BCP 47 tag of its page's edition, and each page's group naming the page itself."""
        data = (project / "site" / "sitemap.xml").read_bytes()
        assert sitemap_errors(data) == []
        ready = readiness(project)
        wrong = []
        urls = etree.fromstring(data).findall(f"{{{SITEMAP_NAMESPACE}}}url")
        assert len(urls) > len(self.pages())

        def page_of(url: str) -> Path:
            return article_page(project / "site" / url.split("/", 3)[3])

        for url in urls:
            loc = url.findtext(f"{{{SITEMAP_NAMESPACE}}}loc", "")
            pages_named = {page_of(loc)}
            for alternate in url.findall("{http://www.w3.org/1999/xhtml}link"):
                href, tag = alternate.get("href", ""), alternate.get("hreflang", "")
                pages_named.add(page_of(href))
                folder = page_of(href).parent.name
                if alternate.get("rel") != "alternate" or not (tag == "x-default" or same_language(tag, folder)):
                    wrong.append((loc, "hreflang", tag, href))
            if not any(a.get("href") == loc for a in url.findall("{*}link")):
                wrong.append((loc, "not in its own group"))
            for page in pages_named:
                if not page.is_file() or not ready.get(page, True):
                    wrong.append((loc, "unfinished or missing", str(page.relative_to(project))))
        assert wrong == []

    @pytest.mark.slow
    def test_a_second_run_writes_nothing_and_one_edited_sentence_is_translated_again_alone(
        self, project: Path, tmp_path: Path
    ) -> None:
        """The run is made in the project itself (a copy's files are new files to the records' stat),
        then the edit in a copy; the stamps file is the records' own."""
        before = snapshot(project)
        run_chain(project)
        after = snapshot(project)
        assert sorted(name for name in after if after[name] != before.get(name)) == []
        assert sorted(set(before) - set(after)) == []
        root = copy_of(project, tmp_path)
        # one sentence of one English page edited, as the editor would: a word changed in the page
        domain = self.EDITED
        seed = root / "seeds" / f"{domain}.html"
        raw = seed.read_text(encoding="utf-8")
        sentence = max(
            (e.msgid for e in polib.pofile(str(root / "locales" / f"{domain}.pot")) if not PLACEHOLDER.search(e.msgid)),
            key=lambda msgid: (raw.count(msgid) == 1, " the " in msgid, len(msgid)),
        )
        assert raw.count(sentence) == 1 and " the " in sentence
        edited = sentence.replace(" the ", " this ", 1)
        seed.write_text(raw.replace(sentence, edited), encoding="utf-8")
        old = {po: polib.pofile(str(po)) for po in catalogs(root)}
        run_l10n(root, "update", "-q")  # what README tells the editor: extracts the edited article again
        run_l10n(root, "translate", "-q")
        for locale in LOCALES:
            for po in catalogs_of(root, locale):
                if po.stem != domain:
                    assert po.read_bytes() == before[str(po.relative_to(root))][1], po
                    continue
                was = {(e.msgctxt, e.msgid): e.msgstr for e in old[po] if not e.obsolete}
                now = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(po)) if not e.obsolete}
                changed = {key for key in now if was.get(key) != now[key]}
                assert [key[1] for key in changed] == [edited], locale
                assert {key for key in was if key not in now} == {(next(iter(changed))[0], sentence)}, locale

    @pytest.mark.slow
    def test_every_translated_editions_dateline_is_babels_long_date(self, project: Path) -> None:
        """The dateline's day in each target edition is Babel's own long format of the day its
        `<time datetime>` states (never an English month name on a German or Arabic page)."""
        checked = 0
        wrong = []
        for locale in LOCALES:
            for page in sorted((project / "build" / locale).glob("*.html")):
                for time in parsed(page).xpath('//p[@class="dateline"]/time'):
                    day = time.get("datetime", "")[:10]
                    if len(day) < 10:
                        continue
                    checked += 1
                    if format_date(date.fromisoformat(day), "long", locale=locale) not in time.text_content():
                        wrong.append((locale, page.stem, time.text_content()))
        assert checked > self.MIN_DATELINES and wrong == []

    @pytest.mark.slow
    def test_a_unit_a_translator_reviewed_survives_re_extract_re_translate_and_xliff_round_trips(
        self, project: Path, tmp_path: Path
    ) -> None:
        root = copy_of(project, tmp_path)
        domain = self.EDITED
        po = root / "locales" / "de" / "LC_MESSAGES" / f"{domain}.po"
        msgid = review_by_hand(po)
        assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)]).returncode == 0

        def reviewed() -> bool:
            entry = entry_of(po, msgid)
            return entry.msgstr == REVIEWED and not entry.fuzzy

        assert reviewed()
        # the editor changes another sentence of the page; the chain runs again
        seed = root / "seeds" / f"{domain}.html"
        seed.write_text(seed.read_text(encoding="utf-8").replace(*self.OTHER_EDIT))
        run_l10n(root, "update", "-q")
        run_l10n(root, "translate", "-q")
        assert reviewed()
        run_l10n(root, "translate", "--overwrite-fuzzy", "-q")
        assert reviewed()
        # our XLIFF 1.2 through Translate Toolkit's xliff2po: the unit is there, reviewed
        run_l10n(root, "xliff", "export", "--locale", "de", "--xliff-version", "1.2", "--domains", domain, "-q")
        xlf = root / "locales" / "de" / f"{domain}.xlf"
        back = tmp_path / "back.po"
        done = subprocess.run([str(TOOLS / "xliff2po"), "--progress=none", "-i", str(xlf), "-o", str(back)])
        assert done.returncode == 0
        theirs = entry_of(back, msgid)
        assert theirs.msgstr == REVIEWED and not theirs.fuzzy
        # Translate Toolkit's own round trip of the catalog, po2xliff then xliff2po; and po2xliff's file
        # through our import (its numbered units matched by source text and `#:` references)
        tt_xlf, tt_back = tmp_path / "tt.xlf", tmp_path / "tt.po"
        for tool, given, made in (("po2xliff", po, tt_xlf), ("xliff2po", tt_xlf, tt_back)):
            done = subprocess.run([str(TOOLS / tool), "--progress=none", "-i", str(given), "-o", str(made)])
            assert done.returncode == 0
        theirs = entry_of(tt_back, msgid)
        assert theirs.msgstr == REVIEWED and not theirs.fuzzy
        # (not --strict: a minified page can hold one text as a heading and as a sentence on one line,
        # which nothing in po2xliff's file tells apart; such a unit is said and left, never guessed)
        run_l10n(root, "xliff", "import", str(tt_xlf), "-q")
        assert reviewed()
        # our own export, imported back: nothing changes
        run_l10n(root, "xliff", "import", str(xlf), "-q")
        assert reviewed()
        # and the translation memory holds it as a person's work
        run_l10n(root, "tm", "export", str(root / "memory.tmx"))
        from translate.storage import tmx

        units = tmx.tmxfile.parsestring((root / "memory.tmx").read_bytes()).units
        assert [unit.target for unit in units if unit.source == msgid] == [REVIEWED]

    @pytest.mark.slow
    def test_no_spanish_sentence_is_russian_or_chinese(self, project: Path) -> None:
        """What Apertium gives the Spanish editions is read as Spanish: no text the page marks `es`
        is mostly Cyrillic or Han letters (Spanish MT of a page read in the wrong language)."""
        found = set()
        for page in sorted((project / "build" / "es").glob("*.html")):
            for lang, text in text_runs(parsed(page)):
                if lang == "es" and len(text) > 20 and foreign_letters(text) > 0.5:
                    found.add(page.stem)
        assert found == self.KNOWN_READ_AS_ENGLISH

    @pytest.mark.slow
    def test_a_value_in_a_translated_sentence_is_written_as_babel_writes_it_for_the_locale(self, project: Path) -> None:
        """Each date, number, percent and weekday a shown translation holds as a placeholder is on
        its page in one of Babel's own forms for the edition's locale (never the source's "Oct. 4,
        2023")."""
        held = held_units(project)
        checked, wrong = 0, []
        for locale, domain in editions(project):
            if is_source_edition(locale, source_language(project, domain)):
                continue
            text = " ".join(parsed(project / "build" / locale / f"{domain}.html").find("body").text_content().split())
            for entry in polib.pofile(str(project / "locales" / locale / "LC_MESSAGES" / f"{domain}.po")):
                if entry.obsolete or not entry.msgstr or (locale, domain, entry.msgctxt, entry.msgid) in held:
                    continue
                for kind, written, value in _VALUE.findall(entry.comment or ""):
                    if not re.fullmatch(_VALUE_SHAPES[kind], value):
                        continue
                    checked += 1
                    forms = {" ".join(form.split()) for form in babel_forms(kind, value, locale)}
                    if not any(form in text for form in forms):
                        wrong.append((locale, domain, written, sorted(forms)[:3]))
        assert checked > self.MIN_VALUES
        assert wrong == []
