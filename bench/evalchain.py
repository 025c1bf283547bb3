"""The whole chain on trafilatura's evaluation set: every page (or every Nth) an article, every
output read by a reader we did not write.

    .venv/bin/python bench/evalchain.py [--repo DIR] [--every N] [--keep DIR] [--extract-only] [-v]

The pages are those `bench/evaldata.py` scores (adbar/trafilatura's evaluation set at commit
e90b0ef5, read from the snapshot /work/.mirror/adbar+trafilatura/repo or a clone given with
`--repo`; the pages tests/data/realworld holds left out), never stored here. `--every N` takes
every Nth of them in URL order. Each is copied to `seeds/` of a temporary project under its own
file name, with the settings `tests/test_blind_pages45_chain.py` uses (the ten default locales,
pseudo, Apertium for en→es, OpenCC for zh_TW from zh_CN), and the real CLI runs in its own
process: `extract seeds` → `translate` → `qa` → `status` → `assemble` (html, md, txt) →
`publish`, then `xliff export` (1.2 and 2.0) for es and zh_TW.

Then the outputs are read:

- every PO and template with GNU gettext's `msgfmt -c --check-format`;
- every PO with Translate Toolkit's `pypo` reader, its units compared with polib's;
- every XLIFF export with Translate Toolkit's `xliff`/`xliff2` readers and the official schemas
  (`tests/schema_support.py`);
- `qa --json`'s findings, counted by check (the chain's `qa` recorded them);
- every page of `build/` and `site/` with lxml: no script, iframe, form, object, embed, base,
  noscript; no `on*` handler; no `javascript:`/`data:`/`vbscript:` URL; every `lang`/`hreflang`
  a BCP 47 tag Babel parses, and an edition's `<html lang>` its folder's language.

Printed: the pages refused by `extract`, by kind of message (the message with its variable parts
— path, line, numbers, quoted text — taken out), each with one example; any traceback of any
step (a crash: a bug); each reader's failures; each step's wall and CPU seconds (its process's,
`RUSAGE_CHILDREN`) and the load at the start and end. `--extract-only` runs `extract` alone
(the refusals of all 903 pages in a few minutes; the readers then read the templates only).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from chain_support import STEPS as CHAIN_STEPS  # noqa: E402
from chain_support import settings, units_read_twice  # noqa: E402
from evaldata import DEFAULT_REPO, Repository, evaluation_pages  # noqa: E402

SETTINGS = settings({})  # chain45's: pseudo MT, Apertium for es, OpenCC for zh_TW; no article's language stated

STEPS: tuple[tuple[str, ...], ...] = (
    *CHAIN_STEPS,
    *(
        ("xliff", "export", "--locale", locale, "--xliff-version", version, "-q")
        for locale in ("es", "zh_TW")
        for version in ("1.2", "2.0")
    ),
)

SPECIAL_LANGUAGE_TAGS = frozenset({"zxx", "und", "mul", "mis"})
"""BCP 47's (ISO 639-2's) no linguistic content, undetermined, multiple and uncoded languages."""
ACTIVE_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "applet", "form", "base", "noscript"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite"}


def run_step(root: Path, step: tuple[str, ...]) -> dict:
    """One CLI command in its own process: exit status, stderr, wall and CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "workflow.py"), *step, "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=root,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {
        "step": step[0] if step[0] != "xliff" else f"xliff {step[3]} {step[5]}",
        "rc": done.returncode,
        "stderr": done.stderr,
        "stdout": done.stdout,
        "wall": wall,
        "cpu": cpu,
    }


def refusal_kind(line: str) -> str:
    """A refusal line without its variable parts: the path and line, quoted text, numbers.

    >>> refusal_kind("error: seeds/a b.html:3: invalid domain name 'a b' (the file's name): rename it")
    "invalid domain name … (the file's name): rename it"
    """
    message = re.sub(r"^error: (?:.*?\.(?:html?|md|markdown|txt|docx)(?::\d+)?|\S+?): ", "", line.strip())
    message = re.sub(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|“[^”]*”|‘[^’]*’|«[^»]*»", "…", message)
    message = re.sub(r"\b(?:0x[0-9a-fA-F]+|U\+[0-9A-F]{4,6})\b|\d[\d,.]*", "N", message)
    return message[:140]


def refusals(stderr: str) -> list[tuple[str, str]]:
    """(kind, line) of each `error: PATH…` line of extract's stderr, not the closing count."""
    lines = [line for line in stderr.splitlines() if line.startswith("error: ")]
    return [(refusal_kind(line), line) for line in lines if "refused; see above" not in line]


def msgfmt_failures(root: Path) -> list[str]:
    failed = []
    for po in [*sorted((root / "locales").glob("*.pot")), *sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))]:
        done = subprocess.run(
            ["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=False
        )
        if done.returncode:
            failed.append(f"{po.relative_to(root)}: {done.stderr.strip().splitlines()[0][:200]}")
    return failed


def toolkit_po_failures(root: Path) -> tuple[int, list[str]]:
    failed, read = [], 0
    for po in sorted((root / "locales").glob("*/LC_MESSAGES/*.po")):
        read += 1
        try:
            ours, theirs = units_read_twice(po)
        except Exception as error:  # a reader's refusal is a finding, whatever its type
            failed.append(f"{po.relative_to(root)}: {type(error).__name__}: {error}"[:240])
            continue
        if ours != theirs:
            first = next((pair for pair in zip(ours, theirs) if pair[0] != pair[1]), (len(ours), len(theirs)))
            failed.append(f"{po.relative_to(root)}: units differ, first {first!r}"[:300])
    return read, failed


def xliff_failures(root: Path) -> tuple[int, list[str]]:
    from schema_support import xliff_schema_errors
    from translate.storage import xliff, xliff2

    failed, read = [], 0
    for path in sorted((root / "xliff").rglob("*.xlf")):
        read += 1
        data = path.read_bytes()
        errors = {name: found[:1] for name, found in xliff_schema_errors(data).items() if found}
        if errors:
            failed.append(f"{path.relative_to(root)}: schema {errors}"[:300])
        try:
            reader = xliff2.Xliff2File if path.parent.name.endswith("2.0") else xliff.xlifffile
            if not reader.parsestring(data).units:
                failed.append(f"{path.relative_to(root)}: no units read")
        except Exception as error:
            failed.append(f"{path.relative_to(root)}: {type(error).__name__}: {error}"[:240])
    return read, failed


def page_failures(root: Path) -> tuple[int, list[str]]:
    """Pages read, and what is wrong on them; the special tags Babel does not know are counted
    and said on a line of their own, not failures."""
    from babel import Locale, UnknownLocaleError
    from lxml import etree
    from lxml import html as lxml_html

    failed, read = [], 0
    special: Counter[str] = Counter()
    for page in sorted([*(root / "site").rglob("*.html"), *(root / "build").rglob("*.html")]):
        read += 1
        where = page.relative_to(root)
        try:
            tree = lxml_html.document_fromstring(page.read_bytes(), parser=lxml_html.HTMLParser(encoding="utf-8"))
        except Exception as error:
            failed.append(f"{where}: lxml {type(error).__name__}: {error}"[:240])
            continue
        folder = page.parent.name if page.parent.parent.name in ("site", "build") else None
        if folder is not None:  # an edition's page says its edition's language
            try:
                said, meant = Locale.parse(tree.get("lang", ""), sep="-"), Locale.parse(folder)
                if said.language != meant.language:
                    failed.append(f"{where}: <html lang={tree.get('lang')!r}> in {folder}/")
            except (ValueError, TypeError) as error:
                failed.append(f"{where}: <html lang={tree.get('lang')!r}>: {error}"[:200])
        for element in tree.iter(etree.Element):
            if element.tag in ACTIVE_ELEMENTS:
                failed.append(f"{where}: <{element.tag}>")
            for name, value in element.attrib.items():
                if name.startswith("on"):
                    failed.append(f"{where}: <{element.tag} {name}>")
                url = value.strip().lower() if name in URL_ATTRIBUTES else ""
                if url.startswith(("javascript:", "data:", "vbscript:")):
                    failed.append(f"{where}: <{element.tag} {name}={value[:60]!r}>")
                if name in ("lang", "hreflang") and not (name == "hreflang" and value == "x-default"):
                    try:
                        Locale.parse(value, sep="-")
                    except (ValueError, TypeError, UnknownLocaleError) as error:
                        if value.lower() not in SPECIAL_LANGUAGE_TAGS:
                            failed.append(f"{where}: <{element.tag} {name}={value!r}>: {error}"[:200])
                        else:
                            special[value.lower()] += 1
    if special:
        print(f"lang tags of IANA's special languages (BCP 47, unknown to Babel), kept from the pages: {dict(special)}")
    return read, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    parser.add_argument("--every", type=int, default=1, help="every Nth page (URL order)")
    parser.add_argument("--offset", type=int, default=0, help="start at the Nth page (with --every)")
    parser.add_argument("--keep", type=Path, help="build the project here (an empty or new folder) and keep it")
    parser.add_argument("--read", type=Path, help="only read the outputs of a project --keep kept")
    parser.add_argument("--extract-only", action="store_true", help="only `extract`: the pages refused, by kind")
    parser.add_argument("-v", "--verbose", action="store_true", help="every refusal and reader failure")
    args = parser.parse_args()
    if args.read:
        report(args.read, [], 0, verbose=args.verbose)
        return
    pages = evaluation_pages(Repository(args.repo))[args.offset :: args.every]
    repo = Repository(args.repo)
    with tempfile.TemporaryDirectory(prefix="evalchain-") as scratch:
        root = args.keep or Path(scratch)
        (root / "seeds").mkdir(parents=True, exist_ok=True)
        (root / "l10n.toml").write_text(SETTINGS, encoding="utf-8")
        for _url, where, _item in pages:
            (root / "seeds" / Path(where).name).write_bytes(repo.read(where) or b"")
        print(f"{len(pages)} pages (every {args.every}th from {args.offset}), load {os.getloadavg()[0]:.2f}")
        results = []
        for step in STEPS[:1] if args.extract_only else STEPS:
            results.append(run_step(root, step))
            if args.keep:  # each step's whole stderr beside the kept project
                (root.parent / f"{root.name}.{'-'.join(step[:4])}.err").write_text(
                    results[-1]["stderr"], encoding="utf-8"
                )
            if step[0] == "xliff":  # each export to its own folder: the next one writes the same names
                moved = root / "xliff" / f"{step[3]}-{step[5]}"
                moved.mkdir(parents=True)
                for path in (root / "locales" / step[3]).glob("*.xlf"):
                    path.rename(moved / path.name)
        report(root, results, len(pages), verbose=args.verbose)


def report(root: Path, results: list[dict], pages: int, *, verbose: bool) -> None:
    crashes = 0
    for result in results:
        traced = result["stderr"].count("Traceback (most recent call last)")
        crashes += traced
        bad_exit = result["rc"] not in ((0, 1) if result["step"] == "qa" else (0,))
        print(
            f"  {result['step']:<16} exit {result['rc']}  wall {result['wall']:7.1f} s  cpu {result['cpu']:7.1f} s"
            f"{'  TRACEBACK ×' + str(traced) if traced else ''}"
        )
        if traced or (bad_exit and result["step"] != "extract"):
            print("    " + "\n    ".join(result["stderr"].strip().splitlines()[-12:]))
    refused = refusals(results[0]["stderr"]) if results else []
    kinds = Counter(kind for kind, _ in refused)
    if results:
        print(f"extract: {pages - len(refused)} of {pages} pages extracted, {len(refused)} refused")
    example = {kind: line for kind, line in reversed(refused)}
    for kind, count in kinds.most_common():
        print(f"  {count:4}  {kind}\n        e.g. {example[kind][:220]}")
        if verbose:
            for other, line in refused:
                if other == kind:
                    print(f"          {line[:220]}")
    readers = {
        "msgfmt -c --check-format": (None, msgfmt_failures(root)),
        "Translate Toolkit pypo": toolkit_po_failures(root),
        "XLIFF schemas + Translate Toolkit": xliff_failures(root),
        "lxml pages (active, lang)": page_failures(root),
    }
    findings = run_step(root, ("qa", "--json"))  # recorded by the chain's `qa`: read back, not checked again
    checks = Counter((f["severity"], f["check"]) for f in json.loads(findings["stdout"] or "{}").get("findings", []))
    print("qa findings by check: " + ", ".join(f"{check} {count}" for (_, check), count in sorted(checks.items())))
    catalogs = len(list((root / "locales").glob("*/LC_MESSAGES/*.po"))) + len(list((root / "locales").glob("*.pot")))
    for name, (read, failed) in readers.items():
        print(f"{name}: {len(failed)} failures of {read if read is not None else catalogs} files")
        for line in failed if verbose else failed[:8]:
            print(f"    {line}")
    print(f"crashes (tracebacks): {crashes}; load {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
