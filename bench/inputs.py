"""Word and Markdown articles nobody here wrote, through the real chain, against independent readers.

    .venv/bin/python bench/inputs.py [--only SUBSTRING] [-v] [--keep DIR]

For every file of `tests/data/blind/` (sources and licences in its SOURCES.md), in a scratch
project of its own, the real `l10n` commands run as an operator runs them, one process each:
`extract` → `translate --engine pseudo` → `qa` → `assemble` (html, md, txt). Per file it prints:

- `error`: the one-line message of a refused file (exit 2), or `TRACEBACK` (a bug);
- `units` in the template, and `ref`: the paragraphs of visible text an independent reader finds
  — for Word, lxml over `w:p` of the main document and of the footnotes/endnotes (deleted and
  moved-from text, hidden runs, `mc:Fallback` copies and separator notes left out; headers and footers are not
  article text); for Markdown, markdown-it-py's (CommonMark + GFM tables) paragraphs, headings
  and table cells after the front matter, plus the front matter's title;
- `lost`: reference paragraphs fewer than half of whose words are in any unit (words of two or
  more letters; each Han/kana character a word; a unit's words include those of the values its
  placeholders stand for, from the template's comments);
- `ph>8`: units with more than eight placeholders (suspect: a table or a list run together),
  `tmpl`: units holding template syntax (`{{`, `{%`, Hugo shortcodes), `fm`: units repeating a
  front-matter line that is not the title and that no reference paragraph says too (a
  `description` the first paragraph repeats is the body's; a folded `title: >-` is read whole);
- `kept`: units whose pseudo-translation the assembled outputs show (text and html; alt text in
  html), against units translated, less units QA withheld (errors: shown in the source language
  by design, "readers only see what passed") and less `alt-unshown`: alt text of an image no
  edition shows (a Word picture is not extracted; an image whose `src` the URL policy refuses,
  such as an `.svg` or an absolute path, is dropped — both by design, DESIGN.md);
- CPU seconds (user + system of the four processes) and wall seconds.

Figures (30 Nov 2026, 2 shared cores, load average 6.8–7.7): blind first run (before any rule
for these files) 1 refusal, 8 paragraphs lost besides it, 31 front-matter lines and 11 template
tags as units, 48 translated units shown nowhere; after the mends (two runs, same figures) 0
errors, 0/7,380 reference paragraphs lost, 8,107 units, 40 with more than eight placeholders,
0 front-matter or template units, 8,019/8,019 shown (51 withheld by QA, 37 alt texts of images
no edition shows); 29.1–32.4 CPU s, 50.8–83.0 s wall for 43–44 files (four processes each).
After probe6's mends (45 files, load average 9.8–9.9): 0 errors, 0/7,444 paragraphs lost, 8,234
units, 8,195/8,195 shown, 1 withheld by QA (a true alarm: a bidi control), 38 alt texts of images
no edition shows; 39.5 CPU s, 142.5 s wall. Code blocks are outside the reference reader's
paragraphs, so their return to editions moves no figure here (tests/test_markdown_code_blocks.py).
A Word cell's paragraphs as units of their own (h/cells7, before → after, load average 10.5–11.1):
blind 8,235 → 8,275 units, 0/7,444 paragraphs lost both, more than eight placeholders 40 → 32
(poi-IllustrativeCases 8 → 1, libreoffice_conversion 1 → 0), every translated unit shown;
`--corpus tests/data/docx` 5,180 → 5,212 units, 11/2,595 lost both (the known ones), 18 → 18,
5,172/5,172 shown, the same 3 refusals.

Not a timed test: timings are printed for the record only. `tests/test_ingest_blind_inputs.py`
imports the readers and the measures from here.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BLIND = REPO / "tests" / "data" / "blind"
L10N = str(Path(sys.executable).parent / "l10n")
LOCALE = "de"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PLACEHOLDER = re.compile(r"\{[a-z][a-z0-9_]*\}")
_COMMENT_VALUE = re.compile(r"^#\. [a-z][a-z0-9_]*: (.*?)(?: = .*)?$", re.M)
_WORD = re.compile(r"[^\W\d_]{2,}|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_TEMPLATE = re.compile(r"\{\{|\{%|%\}|\}\}")
_TEMPLATE_TAGS = re.compile(r"\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{%.*?%\}|\{\{.*?\}\}")  # Hugo, Liquid
_CODE_SPAN = re.compile(r"\{(code_\d+)\}.*?\{\1_end\}")  # template syntax shown as code is meant


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


# --- independent readers -------------------------------------------------------------------


def docx_paragraphs(data: bytes) -> list[str]:
    """Visible text of each `w:p` (ECMA-376 Part 1 §17.3.1.22) of the body and of the notes."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
            if part not in names:
                continue
            root = etree.fromstring(package.read(part), parser)
            for paragraph in root.iter(f"{W}p"):
                if any(a.tag in (MC_FALLBACK, f"{W}moveFrom") for a in paragraph.iterancestors()):
                    continue
                note = next((a for a in paragraph.iterancestors() if a.tag in (f"{W}footnote", f"{W}endnote")), None)
                if note is not None and note.get(f"{W}type") in (
                    "separator",
                    "continuationSeparator",
                    "continuationNotice",
                ):
                    continue
                pieces = []
                for t in paragraph.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
                    ancestors = list(t.iterancestors())
                    if next(a for a in ancestors if a.tag == f"{W}p") is not paragraph:
                        continue  # a text box's paragraph inside this one: counted on its own
                    if any(a.tag in (MC_FALLBACK, f"{W}moveFrom", f"{W}del") for a in ancestors):
                        continue
                    run = next((a for a in ancestors if a.tag == f"{W}r"), None)
                    vanish = run.find(f"{W}rPr/{W}vanish") if run is not None else None
                    if vanish is not None and vanish.get(f"{W}val") not in ("0", "false", "off"):
                        continue
                    pieces.append((t.text or "") if t.tag == f"{W}t" else " ")  # a tab or break parts words
                text = " ".join("".join(pieces).split())
                if text:
                    found.append(text)
    return found


_FRONT = re.compile(r"\A(?:---\r?\n(.*?)\r?\n(?:---|\.\.\.)|\+\+\+\r?\n(.*?)\r?\n\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
_TITLE = re.compile(r"""^title\s*[:=]\s*(?P<q>['"]?)(?P<title>.*?)(?P=q)\s*$""", re.M)


def front_matter(text: str) -> tuple[str, str]:
    """(front matter block, body) of a Jekyll/Hugo (YAML `---`) or Zola/Hugo (TOML `+++`) file."""
    match = _FRONT.match(text)
    if not match:
        return "", text
    return match.group(1) or match.group(2) or "", text[match.end() :]


_BLOCK_SCALAR = re.compile(r"^title\s*:\s*[>|][+-]?\s*\n((?:[ \t]+\S.*(?:\n|$))+)", re.M)


def front_title(front: str) -> str:
    """The front matter's title: on its line, or folded under `title: >-` (YAML block scalar)."""
    block = _BLOCK_SCALAR.search(front)
    if block:
        return " ".join(block.group(1).split())
    title = _TITLE.search(front)
    return title.group("title").strip() if title else ""


_MDX_COMMENT = re.compile(r"\{/\*[^{}]{0,2000}?\*/\}")


def markdown_paragraphs(text: str) -> list[str]:
    """Paragraph, heading and table-cell texts by markdown-it-py (CommonMark + GFM tables), and
    the front matter's title; code, HTML blocks and comments are not prose, MDX comments
    `{/* … */}` (react.dev's heading ids, which MDX renders as nothing) included."""
    from markdown_it import MarkdownIt

    front, body = front_matter(text)
    body = _MDX_COMMENT.sub("", body)
    found = []
    title = front_title(front)
    if title:
        found.append(title)
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type != "inline" or not token.children:
            continue
        pieces = [child.content for child in token.children if child.type == "text"]
        line = " ".join("".join(pieces).split())
        if line:
            found.append(line)
    return found


# --- measures on a scratch project -----------------------------------------------------------


@dataclass
class Result:
    name: str
    error: str = ""
    units: int = 0
    reference: int = 0
    lost: list[str] = field(default_factory=list)
    crowded: list[str] = field(default_factory=list)
    template: list[str] = field(default_factory=list)
    front: list[str] = field(default_factory=list)
    translated: int = 0
    withheld: int = 0
    kept: int = 0
    missing: list[str] = field(default_factory=list)
    unshown_alt: list[str] = field(default_factory=list)  # alt text of an image no edition shows
    cpu: float = 0.0
    wall: float = 0.0


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([L10N, *args, "--root", str(root)], capture_output=True, text=True, check=False)


def template_entries(root: Path, domain: str = "*") -> list:
    import polib

    entries = []
    for pot in sorted((root / "locales").glob(f"{domain}.pot")):
        entries.extend(entry for entry in polib.pofile(str(pot)) if not entry.obsolete)
    return entries


def unit_words(entry) -> set[str]:
    values = " ".join(_COMMENT_VALUE.findall("\n".join(f"#. {line}" for line in entry.comment.splitlines())))
    return words(_PLACEHOLDER.sub(" ", entry.msgid) + " " + values)


def measure_units(result: Result, entries: list, reference: list[str], front: str) -> None:
    result.units = len(entries)
    result.reference = len(reference)
    vocabulary: set[str] = set()
    for entry in entries:
        vocabulary |= unit_words(entry)
        if len(_PLACEHOLDER.findall(entry.msgid)) > 8:
            result.crowded.append(entry.msgid)
        if _TEMPLATE.search(_CODE_SPAN.sub(" ", entry.msgid)):
            result.template.append(entry.msgid)
    for paragraph in reference:
        needed = words(_TEMPLATE_TAGS.sub(" ", paragraph))  # a generator's tags print no text of their own
        if needed and len(needed & vocabulary) * 2 < len(needed):
            result.lost.append(paragraph)
    title = _TITLE.search(front)
    for line in front.splitlines():
        line = line.strip()
        if len(line) < 8 or (title and title.group(0).strip() == line):
            continue
        if any(line in paragraph for paragraph in reference):
            continue  # the title's folded lines, or a `description` the story's first paragraph repeats
        if any(line in entry.msgid for entry in entries):
            result.front.append(line)


def qa_withheld(root: Path) -> set[tuple[str, str | None, str]]:
    """(domain, msgctxt, msgid) of every unit with a QA error: shown in the source language."""
    withheld = set()
    report = run(root, "qa", "--json")
    if report.stdout.strip().startswith("{"):
        for finding in json.loads(report.stdout)["findings"]:
            if finding["severity"] == "error":
                withheld.add((finding["domain"], finding.get("msgctxt"), finding["msgid"]))
    return withheld


def measure_outputs(result: Result, root: Path, withheld: set[tuple[str, str | None, str]], domain: str) -> None:
    import polib

    shown = {"txt": "", "html": ""}
    for kind in shown:
        for path in sorted((root / "build" / LOCALE).glob(f"{domain}.{kind}")):
            text = path.read_text(encoding="utf-8")
            shown[kind] += " ".join((html.unescape(text) if kind == "html" else text).split())
    for po in sorted((root / "locales" / LOCALE / "LC_MESSAGES").glob(f"{domain}.po")):
        for entry in polib.pofile(str(po)):
            if entry.obsolete or not entry.msgstr:
                continue
            result.translated += 1
            if (domain, entry.msgctxt, entry.msgid) in withheld:
                result.withheld += 1
                continue
            chunks = [" ".join(c.split()) for c in _PLACEHOLDER.split(entry.msgstr)]
            chunks = [c for c in chunks if len(c) >= 3]
            where = shown["html"] if entry.msgctxt == "alt" else shown["txt"] + " " + shown["html"]
            if all(chunk in where for chunk in chunks):
                result.kept += 1
            elif entry.msgctxt == "alt":
                result.unshown_alt.append(entry.msgid)
            else:
                result.missing.append(entry.msgid)


def reference_of(path: Path) -> tuple[list[str], str]:
    """The independent reader's paragraphs of a file, and its front matter (Markdown)."""
    data = path.read_bytes()
    if path.suffix == ".docx":
        return docx_paragraphs(data), ""
    text = data.decode("utf-8-sig")
    return markdown_paragraphs(text), front_matter(text)[0]


def with_stated_languages(files: list[Path], languages: dict[str, str], folder: Path) -> list[Path]:
    """`files`, those named in `languages` copied into `folder` with `lang: <tag>` added to their
    front matter: Markdown posts in another script that state no language, which `extract`
    refuses (`l10n.ingest.scripts`), as their authors would fix them."""
    folder.mkdir(parents=True, exist_ok=True)
    stated = []
    for path in files:
        if path.name not in languages:
            stated.append(path)
            continue
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\n") and not re.search(r"^(lang|language|locale):", text, re.M), path
        (copy := folder / path.name).write_text(f"---\nlang: {languages[path.name]}\n{text[4:]}", encoding="utf-8")
        stated.append(copy)
    return stated


def project(root: Path, files: list[Path]) -> None:
    (root / "seeds").mkdir(parents=True)
    for path in files:
        shutil.copyfile(path, root / "seeds" / path.name)
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = ["{LOCALE}"]\n', encoding="utf-8")


STEPS = (
    ("extract", "{seeds}", "--locales", LOCALE, "--jobs", "1", "-q"),
    ("translate", "--engine", "pseudo", "--locales", LOCALE, "-q"),
    ("qa", "-q"),
    ("assemble", "--format", "html", "--format", "md", "--format", "txt", "-q"),
)


def measure_together(files: list[Path], root: Path) -> list[Result]:
    """Every file in one project (what `tests/test_ingest_blind_inputs.py` runs: four processes,
    not four per file); a step that fails is an AssertionError with its message."""
    project(root, files)
    for step in STEPS:
        done = run(root, *(part.format(seeds=root / "seeds") for part in step))
        assert done.returncode in ((0, 1) if step[0] == "qa" else (0,)), done.stderr[-2000:]
    withheld = qa_withheld(root)
    results = []
    for path in files:
        result = Result(path.name)
        reference, front = reference_of(path)
        measure_units(result, template_entries(root, path.stem), reference, front)
        measure_outputs(result, root, withheld, path.stem)
        results.append(result)
    return results


def measure(path: Path, scratch: Path) -> Result:
    result = Result(path.name)
    reference, front = reference_of(path)
    root = scratch / path.stem
    project(root, [path])
    before, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    for step in (tuple(part.format(seeds=root / "seeds") for part in step) for step in STEPS):
        done = run(root, *step)
        if done.returncode not in ((0, 1) if step[0] == "qa" else (0,)):
            lines = done.stderr.strip().splitlines() or ["(no message)"]
            kind = "TRACEBACK" if "Traceback" in done.stderr else f"exit {done.returncode}"
            result.error = f"{step[0]}: {kind}: {lines[-1][:200]}"
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result.wall = time.perf_counter() - wall
    result.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if (root / "locales").is_dir():
        measure_units(result, template_entries(root), reference, front)
    if not result.error:
        measure_outputs(result, root, qa_withheld(root), path.stem)
    return result


def line_of(result: Result) -> str:
    if result.error and not result.units:
        return f"{result.name:58} error {result.error}"
    kept = f"{result.kept}/{result.translated - result.withheld - len(result.unshown_alt)}"
    return (
        f"{result.name:58} units {result.units:4} ref {result.reference:4} lost {len(result.lost):3} "
        f"ph>8 {len(result.crowded):2} tmpl {len(result.template):2} fm {len(result.front):2} "
        f"kept {kept:>9} withheld {result.withheld:3} alt-unshown {len(result.unshown_alt):2}  "
        f"{result.cpu:5.1f} CPU s {result.wall:5.1f} s" + (f"  error {result.error}" if result.error else "")
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BLIND, help="folder of .docx/.md files (default: the blind set)")
    parser.add_argument("--only", default="", help="files whose name contains this")
    parser.add_argument("--keep", type=Path, help="scratch projects go here and stay")
    parser.add_argument("-v", "--verbose", action="store_true", help="name each lost paragraph and suspect unit")
    args = parser.parse_args(argv)
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="l10n-inputs-"))
    scratch.mkdir(parents=True, exist_ok=True)
    files = sorted(
        p
        for p in args.corpus.rglob("*")
        if p.suffix in (".docx", ".md") and p.name != "SOURCES.md" and args.only in p.name
    )
    results = []
    try:
        for path in files:
            result = measure(path, scratch)
            results.append(result)
            print(line_of(result), flush=True)
            if args.verbose:
                for label, items in (
                    ("lost", result.lost),
                    ("ph>8", result.crowded),
                    ("tmpl", result.template),
                    ("fm", result.front),
                    ("not shown", result.missing),
                    ("alt of an image not shown", result.unshown_alt),
                ):
                    for item in items:
                        print(f"    {label}: {item[:150]!r}")
    finally:
        if not args.keep:
            shutil.rmtree(scratch, ignore_errors=True)
    errors = [r for r in results if r.error]
    tracebacks = [r for r in errors if "TRACEBACK" in r.error]
    print(
        f"\n{len(results)} files ({sum(r.name.endswith('.docx') for r in results)} docx), load average "
        f"{tuple(round(x, 1) for x in os.getloadavg())}\n"
        f"errors {len(errors)} (tracebacks {len(tracebacks)}); units {sum(r.units for r in results)}; "
        f"reference paragraphs lost {sum(len(r.lost) for r in results)}/{sum(r.reference for r in results)}; "
        f"units with >8 placeholders {sum(len(r.crowded) for r in results)}; template-syntax units "
        f"{sum(len(r.template) for r in results)}; front-matter lines as units {sum(len(r.front) for r in results)}; "
        f"assembled kept {sum(r.kept for r in results)}/"
        f"{sum(r.translated - r.withheld - len(r.unshown_alt) for r in results)} "
        f"(withheld by QA {sum(r.withheld for r in results)}, alt text of images no edition shows "
        f"{sum(len(r.unshown_alt) for r in results)}); "
        f"{sum(r.cpu for r in results):.1f} CPU s, {sum(r.wall for r in results):.1f} s wall"
    )


if __name__ == "__main__":
    main()
