"""The README as a user meets it: its tutorial blocks run, its article examples ingest as it says.

A tutorial block is a ```sh block preceded by `<!-- tutorial creates: FILE... -->`; the blocks
run in order in one empty folder (as a user following the README would), each must exit 0 and
leave the files it promises. An article example is a block preceded by
`<!-- article: FORMAT ROLE... -->`; it is extracted like any article and must yield those roles.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"<!-- (tutorial creates|article):([^>]*)-->\n```(\w+)\n(.*?)\n```", re.DOTALL)


def _blocks(kind: str) -> list[tuple[list[str], str]]:
    return [(marker.split(), body) for found, marker, _, body in _BLOCK.findall(README) if found == kind]


def test_the_readme_has_a_tutorial_and_an_example_per_format():
    assert len(_blocks("tutorial creates")) >= 3
    assert sorted(words[0] for words, _ in _blocks("article")) == ["html", "md", "txt"]


def test_the_tutorial_runs_in_an_empty_folder(tmp_path):
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("COLUMNS", None)
    for number, (promised, script) in enumerate(_blocks("tutorial creates"), 1):
        done = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, f"block {number} failed:\n{script}\n{done.stdout}\n{done.stderr}"
        missing = [name for name in promised if not (tmp_path / name).is_file()]
        assert not missing, f"block {number} did not create {missing}"
        assert "Traceback" not in done.stderr


@pytest.mark.parametrize("index", range(3))
def test_each_article_example_yields_the_parts_the_readme_names(tmp_path, index):
    from l10n.assembly import parse_document

    (fmt, *roles), body = _blocks("article")[index]
    article = tmp_path / f"example.{fmt}"
    article.write_text(body + "\n", encoding="utf-8")
    document = parse_document(article)
    found = {block.role for block in document.blocks}
    assert set(roles) <= found, f"{fmt}: missing {set(roles) - found}"
    assert document.headline == "Riverside library reopens after two-year restoration"
    assert document.published is not None and document.published.year == 2026


def test_every_setting_is_in_the_readme_table():
    from l10n.config import SCHEMA

    assert [name for name in SCHEMA if f"| `{name}` |" not in README] == []
