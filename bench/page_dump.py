"""Every realworld page's whole `Document` and units, dumped, to show a speed change changed no output.

    .venv/bin/python bench/page_dump.py write OUT.jsonl [--code CHECKOUT] [--split all|…]
    .venv/bin/python bench/page_dump.py compare BEFORE.jsonl AFTER.jsonl

`write` ingests every labelled page of `tests/data/realworld/` (`l10n.ingest.ingest_file`) with the
`l10n` of `--code` (a checkout's folder, first on the path; this checkout's by default: run one
checkout's code with this script, /work/wt/base20 for the session's baseline), and writes one JSON
line a page: the `repr` of the `Document` (every block with its role, text, markup, cell and line;
headline, dates, author, the rest) and of its `extract_units` (msgctxt, msgid, references,
placeables, comments), or the refusal's message. `compare` lists the pages whose lines differ
and says how many are byte-identical; its exit status is 1 on any difference.

Sessions 17–19 compared such dumps by hand each time; this is that comparison kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "realworld"


def dump_page(page: Path) -> dict[str, str]:
    import copy

    from l10n.errors import L10nError
    from l10n.extract import extract_units
    from l10n.ingest import ingest_file

    try:
        document = ingest_file(page)
        units = extract_units(copy.deepcopy(document), reference_path=page.name)
    except L10nError as error:
        return {"page": page.stem, "error": _in_corpus(str(error))}
    return {"page": page.stem, "document": _in_corpus(repr(document)), "units": _in_corpus(repr(units))}


def _in_corpus(text: str) -> str:
    """`text` with the corpus folder's path written `<corpus>`: two checkouts' dumps of one page compare
    equal (the page's path is in its `Document` and in a refusal's message)."""
    return text.replace(str(CORPUS), "<corpus>")


def pages_of(split: str) -> list[Path]:
    """ "all": every split but one awaiting its blind run (splits.toml `unmeasured`), run only by name."""
    listed = tomllib.loads((CORPUS / "splits.toml").read_text(encoding="utf-8"))
    chosen = (
        [name for name in listed["splits"] if name not in listed["unmeasured"]] if split == "all" else split.split(",")
    )
    return [
        label.with_suffix(".html")
        for label in sorted(CORPUS.glob("*.json"))
        if json.loads(label.read_text(encoding="utf-8"))["split"] in chosen
    ]


def write(out: Path, code: Path, split: str) -> None:
    sys.path.insert(0, str(code))
    import l10n

    where = Path(l10n.__file__).resolve().parent.parent
    head = subprocess.run(["git", "-C", str(where), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    print(f"code dumped: {where} at {head.stdout.strip()}", file=sys.stderr)
    pages = pages_of(split)
    with out.open("w", encoding="utf-8") as handle:
        for page in pages:
            handle.write(json.dumps(dump_page(page), ensure_ascii=False) + "\n")
    print(f"{len(pages)} pages dumped to {out}", file=sys.stderr)


def compare(before: Path, after: Path) -> int:
    def read(path: Path) -> dict[str, str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["page"]: line for line in lines}

    old, new = read(before), read(after)
    differing = sorted(page for page in old.keys() | new.keys() if old.get(page) != new.get(page))
    for page in differing:
        print(f"differs: {page}")
    print(
        f"{len(old.keys() & new.keys()) - len(set(differing) & old.keys() & new.keys())} pages byte-identical, "
        f"{len(differing)} differ ({len(old)} before, {len(new)} after)"
    )
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write")
    writing.add_argument("out", type=Path)
    writing.add_argument("--code", type=Path, default=ROOT, help="the checkout whose l10n to run")
    splits = tuple(tomllib.loads((CORPUS / "splits.toml").read_text(encoding="utf-8"))["splits"])
    writing.add_argument("--split", default="all", help=f"all, or of {', '.join(splits)} parted by commas")
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, args.code.resolve(), args.split)
    else:
        sys.exit(compare(args.before, args.after))


if __name__ == "__main__":
    main()
