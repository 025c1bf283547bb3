"""Session 50's outside look (redteam50): the operator's "a killed run resumes", the translator's
edits kept, and hostile files, each through the real CLI (`workflow.py`) on a project of its own.

- A run SIGKILLed at its first removal of a file, then run again, leaves what one whole run does
  (but the filesystem clock's `.now-*`, made and removed at once by `fingerprint.filesystem_now`, which
  a kill at that moment leaves for good: a nameless clock file changed which files later runs found
  racy, found by the CI of the merge, so it was taken back; see DESIGN).

A kill at a chosen moment is made deterministic by an audit hook (`sys.addaudithook`) in the CLI's
own process: it SIGKILLs the process at the N-th event (`"name (args…)"`) a pattern finds (`_KILLER`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_l10n

ARTICLE = (
    "---\ntitle: Riverside library reopens\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "The library reopened on Monday after two years.\n\nVisitors can borrow 12 books at a time.\n"
)
CONFIG = '[l10n]\nlocales = ["de", "fr"]\nengine = "pseudo"\n'

_KILLER = """\
import os, re, runpy, signal, sys
pattern, count = re.compile(sys.argv[1]), [int(sys.argv[2])]
def hook(event, args):
    if event in ("open", "os.remove", "os.rename", "os.link", "tempfile.mkstemp") and pattern.search(f"{event} {args!r}"):
        count[0] -= 1
        if count[0] == 0:
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
sys.argv = [sys.argv[3], *sys.argv[4:]]
sys.path.insert(0, os.path.dirname(sys.argv[0]))  # this checkout's l10n, as `python workflow.py` imports it
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _project(root: Path, article: str = ARTICLE, config: str = CONFIG, name: str = "news.md") -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / name).write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _killed_at(root: Path, pattern: str, nth: int, *args: str) -> subprocess.CompletedProcess[str]:
    """`workflow.py ARGS --root ROOT`, SIGKILLed at the `nth` audit event `pattern` finds (file
    events only, each before its system call), or run to its end when there are fewer."""
    killer = root.parent / f"{root.name}-killer.py"
    killer.write_text(_KILLER, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(killer), pattern, str(nth), str(REPO / "workflow.py"), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )


def _files(root: Path) -> dict[str, bytes]:
    """Every file of the project but the derived databases (stamps, TM, caches) and the PO
    header's dates."""
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".sqlite3" not in path.name and not path.name.startswith(".now-"):
            data = path.read_bytes()
            if path.suffix in (".po", ".pot"):
                data = b"".join(line for line in data.splitlines(True) if b"-Date: " not in line)
            found[path.relative_to(root).as_posix()] = data
    return found


NOT_A_LOCK = r"^os\.remove \('[^']*(?<!\.lock)'"
"""The removal of a file other than a lock (a lock exists only while held: a kill leaves it, and
the next holder takes it)."""


def test_a_run_killed_at_its_first_removal_of_a_file_resumes(tmp_path: Path) -> None:
    """Killed just before its first removal of a file other than a lock, then run again: the project
    is what one whole run leaves (the clock's `.now-*` aside, above)."""
    whole = _project(tmp_path / "whole")
    run_l10n(whole, "run")
    killed = _project(tmp_path / "killed")
    done = _killed_at(killed, NOT_A_LOCK, 1, "run")
    assert done.returncode in (0, -9) and "Traceback" not in done.stderr
    run_l10n(killed, "run")
    assert _files(killed) == _files(whole)


def _lying_docx(path: Path, *, hidden: int) -> None:
    """A Word file whose document part's header declares (size and CRC) a short complete document
    while its compressed stream goes on for `hidden` more bytes of spaces: what zipfile reads is
    the declared document, what it unpacks first is all of it."""
    import io
    import struct
    import zipfile
    import zlib

    from docx import Document

    made = io.BytesIO()
    word = Document()
    word.add_paragraph("The river rose two metres on Monday.")
    word.save(made)
    with zipfile.ZipFile(made) as archive:
        parts = {entry.filename: archive.read(entry) for entry in archive.infolist()}
    declared = parts.pop("word/document.xml")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = packer.compress(declared) + packer.compress(b" " * hidden) + packer.flush()
    out, central = io.BytesIO(), []

    def add(name: str, raw: bytes, crc: int, size: int) -> None:
        offset, encoded = out.tell(), name.encode()
        fields = (8, 0, 0, crc, len(raw), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, *fields, 0) + encoded + raw)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, *fields, 0, 0, 0, 0, 0, offset) + encoded
        )

    for name, data in parts.items():
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        add(name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))
    add("word/document.xml", stream, zlib.crc32(declared), len(declared))
    start = out.tell()
    out.write(b"".join(central))
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - start, start, 0))
    path.write_bytes(out.getvalue())


def test_a_word_part_holding_more_than_its_header_declares_is_refused(tmp_path: Path) -> None:
    """zipfile stops reading a part at its declared size (its CRC made for those bytes passes) but
    unpacks all the part's compressed bytes first: a 1 MB file holding 1 GB took 2.1 GB of memory
    (and an article may be 64 MiB, ~1,000 times that unpacked). Here 16 MB hides behind a declared
    document that reads fine; the article is refused, naming the part, and nothing is written."""
    root = _project(tmp_path, name="placeholder.md")
    (root / "seeds" / "placeholder.md").unlink()
    _lying_docx(root / "seeds" / "flood.docx", hidden=16 << 20)
    done = run_l10n(root, "extract", "seeds", allowed=None)
    assert done.returncode == 2, done.stdout
    (line,) = [line for line in done.stderr.splitlines() if not line.startswith("translate: ")]
    assert line.startswith("error: seeds/flood.docx:1: ") and "'word/document.xml' unpacks to more than" in line
    assert not (root / "locales" / "flood.pot").exists()


def test_emphasis_nested_past_the_inline_limit_keeps_its_words_and_assembles(tmp_path: Path) -> None:
    """`*` × 4,000, a word, `*` × 4,000: markdown-it pairs them into 2,000 nested tags, past its own
    inline limit (20, checked before emphasis is paired); `assemble` died of recursion writing them.
    Markup past 20 deep is dropped, its words kept: the chain runs, the word reaches the page."""
    stars = "*" * 4_000
    root = _project(tmp_path, article=ARTICLE + f"\n{stars}deepest{stars} and **bold** after.\n")
    done = run_l10n(root, "run", allowed=None)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-2000:]
    template = (root / "locales" / "news.pot").read_text(encoding="utf-8").replace('"\n"', "")  # lines joined
    assert "{strong_20}deepest{strong_20_end}" in template and "{strong_21}" in template  # `bold`, the next tag
    assert "{strong_22}" not in template
    page = (root / "site" / "en" / "riverside-library-reopens.html").read_text(encoding="utf-8")
    assert "<strong>deepest</strong>" in page and "<strong>bold</strong>" in page


GLOSSARY_HEAD = b"term,locale,translation,note,dnt\n"


@pytest.mark.parametrize(
    ("rows", "line", "says"),
    [
        # a cell over the csv module's 128 KB: a traceback
        (b"library,de,Bibliothek," + b"x" * 200_000 + b",\n", 2, "glossary row cannot be read: field larger"),
        # a quote left open took every later row into its cell, the rows lost without a word
        (b'library,de,"Bibliothek,,\nbooks,de,B\xc3\xbccher,,\nvisitors,de,Besucher,,\n', 2, "unexpected end of data"),
        # a NUL (or ESC) went into every catalog's `#.` glossary notes
        (b"library,de,Biblio\x00thek,,\n", 2, "control character U+0000 in a glossary row"),
        (b"books,de,B\xc3\xbccher,,\nlibrary,de,Biblio\x1b[31mthek,,\n", 3, "control character U+001B"),
        # not UTF-8: named without its line
        (b"books,de,B\xc3\xbccher,,\nlibrary,fr,biblioth\xe8que,,\n", 3, "glossary is not UTF-8 (byte 0xe8)"),
    ],
)
def test_a_malformed_glossary_is_one_line_with_its_line_and_nothing_is_written(
    tmp_path: Path, rows: bytes, line: int, says: str
) -> None:
    root = _project(tmp_path)
    run_l10n(root, "extract", "seeds", "--locales", "de,fr")
    catalogs = {path: path.read_bytes() for path in sorted((root / "locales").rglob("*.po*"))}
    (root / "locales" / "glossary.csv").write_bytes(GLOSSARY_HEAD + rows)
    for command in ("update", "qa", "run"):
        done = run_l10n(root, command, allowed=None)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-2000:]
        (error,) = [text for text in done.stderr.splitlines() if text.startswith("error: ")]
        assert f"locales/glossary.csv:{line}: " in error and says in error, error
    assert {path: path.read_bytes() for path in sorted((root / "locales").rglob("*.po*"))} == catalogs


def test_a_tmx_segment_holding_a_control_character_is_left_out(tmp_path: Path) -> None:
    """XML 1.0 carries C1 controls raw: a TMX `<seg>` with U+0085 (a line break to some readers) and
    U+009B (a terminal's CSI) went into the TM, and its exact match into the catalog as reviewed
    text, where an article holding one is refused. The `<tuv>` is left out with a warning naming
    the file and line; the other entry of the file is taken."""
    root = _project(tmp_path)
    tmx = tmp_path / "memory.tmx"
    unit = '<tu><tuv xml:lang="en"><seg>{}</seg></tuv>\n<tuv xml:lang="de"><seg>{}</seg></tuv></tu>\n'
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1"'
        ' segtype="sentence" adminlang="en" srclang="en" datatype="plaintext" o-tmf="x"/><body>\n'
        + unit.format("The library reopened on {weekday_1} after two years.", "Die Bibliothek\u0085\u009b31m.")
        + unit.format("Visitors can borrow {number_1} books at a time.", "Man kann {number_1} Bücher leihen.")
        + "</body></tmx>\n",
        encoding="utf-8",
    )
    done = run_l10n(root, "tm", "import", str(tmx))
    assert f'warning: {tmx}:4: <tuv xml:lang="de"> holds control character U+0085: left out' in done.stderr
    run_l10n(root, "run")
    catalog = (root / "locales" / "de" / "LC_MESSAGES" / "news.po").read_text(encoding="utf-8")
    assert "\u0085" not in catalog and "\u009b" not in catalog
    assert 'msgstr "Man kann {number_1} Bücher leihen."' in catalog
