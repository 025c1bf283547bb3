"""An edition's inputs name its files as the writes name them (session 33).

`assembly_plan.edition_inputs` joins the catalog's and the edition files' paths itself (no
`Path`, no symlink check: they are only stat'ed there). `_build_editions` pairs each file it
writes (`Project.build_file`) with the input of the same place, and `written_stamp` takes a
written file's state from the note its write left under *that* string: a path spelled another
way finds no note, and every stamp falls back to a fingerprint that reads the files back. The
strings are also part of every stamp's fingerprint, so a re-run of the same code must spell
them as the run before did (`os.path.join`'s).
"""

from __future__ import annotations

import os
from pathlib import Path

from l10n.assembly_plan import edition_inputs, shared_inputs
from l10n.locales import parse_locale
from l10n.project import Project

FORMATS = ("html", "md", "txt")


def test_edition_inputs_name_files_as_the_writes_do(tmp_path: Path) -> None:
    root = tmp_path / "news room"  # a space, as an operator's folder may have
    (root / "seeds").mkdir(parents=True)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "zh_TW", "ar"]\n', encoding="utf-8")
    project = Project.open(root)
    source = root / "seeds" / "article-1.md"
    for code in ("de", "zh_TW", "ar"):
        locale = parse_locale(code)
        for domain in ("article-1", "a.b-2", "x_3"):
            for formats in (FORMATS, ("txt",), ("md", "html")):
                inputs = edition_inputs(project, domain, source, locale, formats)
                assert inputs[: len(shared_inputs(project))] == list(shared_inputs(project))
                assert inputs[-len(formats) - 2] == os.fspath(source)
                po = inputs[-len(formats) - 1]
                assert po == project.po_file(code, domain)
                assert po == os.path.join(os.fspath(project.locales_dir), code, "LC_MESSAGES", f"{domain}.po")
                for fmt, named in zip(formats, inputs[-len(formats) :], strict=True):
                    assert named == project.build_file(code, domain, fmt)
                    assert named == os.path.join(os.fspath(project.build_dir), code, f"{domain}.{fmt}")
