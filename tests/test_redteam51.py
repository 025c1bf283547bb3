"""Session 51's outside look (redteam51): the product's promises tried with input nobody here wrote
the code around, each through the real CLI (`workflow.py`) on a project of its own.

- A very long word (a German compound, a URL, a chemical name) in a heading below h2 or in a table
  cell made every published page holding it scroll sideways on a phone: the site's stylesheet let
  only h1, h2, p, li, figcaption, blockquote and a wrap anywhere (`publish/templates/site.css`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import CHROMIUM, Chromium
from conftest import run_l10n

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
