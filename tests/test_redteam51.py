"""Session 51's outside look (redteam51): the product's promises tried with input nobody here wrote
the code around, each through the real CLI (`workflow.py`) on a project of its own.

- A very long word (a German compound, a URL, a chemical name) in a heading below h2 or in a table
  cell made every published page holding it scroll sideways on a phone: the site's stylesheet let
  only h1, h2, p, li, figcaption, blockquote and a wrap anywhere (`publish/templates/site.css`).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import CHROMIUM, Chromium
from conftest import REPO, run_l10n

from l10n.publish.serve import serving

WORD = "Donaudampfschifffahrtsgesellschaftskapitaen" * 4
CONFIG = '[l10n]\nlocales = ["de", "ar"]\nengine = "pseudo"\n'


def _project(root: Path, articles: dict[str, str], config: str = CONFIG) -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


WIDE_HTML = f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wide words</title></head>
<body><article><h1>Wide words in every block</h1><p>The opening paragraph of the story.</p>
<h3>A third-level heading {WORD}</h3><h4>A fourth-level heading {WORD}</h4>
<table><caption>A table caption {WORD}</caption><thead><tr><th>Header {WORD}</th><th>Other</th></tr></thead>
<tbody><tr><td>A cell {WORD}</td><td>Second cell</td></tr></tbody></table>
<dl><dt>Term {WORD}</dt><dd>Its definition {WORD}.</dd></dl>
<h5>A fifth-level heading {WORD}</h5><h6>A sixth-level heading {WORD}</h6></article></body></html>
"""
WIDE_MARKDOWN = f"""---
title: Wide words in Markdown
---

The opening paragraph of the story.

### A third-level heading {WORD}

| Name | Value |
| --- | --- |
| {WORD} | 1 |

```
code_line_{WORD} = 1
```
"""
SIDEWAYS_JS = "document.documentElement.scrollWidth > window.innerWidth"


@pytest.fixture(scope="module")
def phone() -> Iterator[Chromium]:
    with Chromium() as chromium:
        chromium.set_viewport(width=360, height=740)
        yield chromium


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (scripts/setup.sh installs it)")
def test_a_long_word_in_any_heading_table_cell_or_code_block_keeps_the_page_in_a_phone_width(
    tmp_path: Path, phone: Chromium
) -> None:
    root = _project(tmp_path / "p", {"wide.html": WIDE_HTML, "wide-md.md": WIDE_MARKDOWN})
    run_l10n(root, "run")
    pages = sorted(path.relative_to(root / "site").as_posix() for path in (root / "site").glob("*/wide-words-*.html"))
    assert len(pages) == 6, pages  # two articles in en, de, ar
    with serving(root / "site") as base_url:
        sideways = []
        for page in pages:
            phone.open(base_url + page)
            if phone.evaluate(SIDEWAYS_JS):
                sideways.append(page)
    assert sideways == []


_PEAK_MEMORY = """\
import atexit, os, re, runpy, sys
def peak():  # this program's high-water mark (getrusage's ru_maxrss keeps the forking parent's across exec)
    with open("/proc/self/status") as status:
        sys.stderr.write("peak-kb=" + re.search(r"VmHWM:\\s*(\\d+)", status.read()).group(1) + "\\n")
atexit.register(peak)
sys.argv = sys.argv[1:]
sys.path.insert(0, os.path.dirname(sys.argv[0]))  # this checkout's l10n, as `python workflow.py` imports it
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _tm_import_peak_kb(root: Path, tmx: Path) -> int:
    """`workflow.py tm import TMX --root ROOT`'s peak resident memory in KB (its VmHWM)."""
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_MEMORY, str(REPO / "workflow.py"), "tm", "import", str(tmx), "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stderr.rsplit("peak-kb=", 1)[1].split()[0])


def _tmx(path: Path, units: int) -> int:
    """A valid TMX 1.4b of `units` `<tu>`s, English and Icelandic (a language the project does not
    translate into, so every `<tuv>` is counted and left out and the TM stays empty); its size in KB."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">'
        '<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"'
        ' srclang="en" datatype="plaintext"/><body>\n'
    )
    body = "".join(
        f'<tu tuid="{n}"><prop type="x-note">row {n}</prop><tuv xml:lang="en"><seg>Sentence {n} about the'
        f' library and its books.</seg></tuv><tuv xml:lang="is"><seg>Setning {n} um bókasafnið.</seg></tuv></tu>\n'
        for n in range(units)
    )
    path.write_text(head + body + "</body></tmx>\n", encoding="utf-8")
    return path.stat().st_size // 1024


def test_a_large_tmx_is_read_as_a_stream_not_a_tree(tmp_path: Path) -> None:
    """`tm import` parsed a TMX into one lxml tree, ~9 bytes of memory a byte of file (a 61 MB TMX
    of 300,000 units took 770 MB, a 600 MB one would take 6 GB), where there is no limit on a TMX's
    size. Read as a stream (`xmlsafe.iter_xml_bytes`), a 25 MB TMX costs the file's bytes and one
    `<tu>` beyond what a tiny one costs (a 30 MB one measured here: +29 MB, +378 MB before)."""
    root = _project(tmp_path / "p", {"news.md": "---\ntitle: A story\n---\n\nA sentence.\n"})
    _tmx(tmp_path / "tiny.tmx", 10)
    tiny = _tm_import_peak_kb(root, tmp_path / "tiny.tmx")
    size = _tmx(tmp_path / "large.tmx", 150_000)
    assert size > 20_000
    large = _tm_import_peak_kb(root, tmp_path / "large.tmx")
    assert large - tiny < 3 * size, (tiny, large, size)


def test_a_front_matter_date_naming_no_day_is_refused_as_toml_refuses_it(tmp_path: Path) -> None:
    """`date: 2026-02-29` (2026 is no leap year) or a month 13 was read as no date at all: the
    article was published without its dateline and nobody was told, where the same date in TOML
    front matter (`date = 2026-02-29`) is refused with its line. Now both are one line, exit 2,
    and nothing is written; a date in a form the reader does not know is still no refusal."""
    story = "---\ntitle: A story\n{date}\n---\n\nA sentence about the library.\n"
    root = _project(tmp_path / "p", {})
    for name, line in (("leap.md", "date: 2026-02-29T09:15:00+08:00"), ("month.md", "date: '2026/13/02'")):
        (root / "seeds" / name).write_text(story.format(date=line), encoding="utf-8")
        done = run_l10n(root, "extract", f"seeds/{name}", allowed=None)
        assert done.returncode == 2, done.stdout
        assert f"error: seeds/{name}:3: front matter date " in done.stderr, done.stderr
        assert not (root / "locales" / f"{name[:-3]}.pot").exists()
    (root / "seeds" / "toml.md").write_text('+++\ntitle = "A story"\ndate = 2026-02-29\n+++\n\nA sentence.\n')
    assert (
        "error: seeds/toml.md:3: TOML front matter" in run_l10n(root, "extract", "seeds/toml.md", allowed=(2,)).stderr
    )
    (root / "seeds" / "prose.md").write_text(story.format(date="date: Tuesday, 8 December 2026"), encoding="utf-8")
    run_l10n(root, "extract", "seeds/prose.md")
    (root / "seeds" / "fine.md").write_text(story.format(date="date: 2024-02-29"), encoding="utf-8")
    run_l10n(root, "extract", "seeds/fine.md")
