"""A TMX from another tool that holds a different text for a sentence a person reviewed here.

The project's catalogs are the record of its reviews (DESIGN decision 2); the TM is derived from
them. A TMX import used to replace the TM's pair ("the newest target wins"), so the next article
with the same headline got the other tool's text signed off as reviewed — an exact match in the
same context is the one case leverage writes as reviewed. An import now fills the TM and updates
what the same file gave before, but keeps a pair the TM holds from elsewhere and says so. Real
CLI, real article, real Apertium; the TMX is our export as a CAT tool re-saved it with one target
changed."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest
from apertium_es_support import ARTICLE, apertium_es
from conftest import run_l10n

pytestmark = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


def headline(root: Path, domain: str) -> polib.POEntry:
    po = root / "locales" / "es" / "LC_MESSAGES" / f"{domain}.po"
    return next(e for e in polib.pofile(str(po)) if e.msgctxt == "headline")


def other_tools_tmx(root: Path, name: str, target: str) -> Path:
    """Our TMX export with the headline's Spanish replaced, as another tool wrote it back."""
    run_l10n(root, "tm", "export", "ours.tmx")
    text = (root / "ours.tmx").read_text(encoding="utf-8")
    found = re.search(r'<prop type="x-context">headline</prop>.*?<tuv xml:lang="es">\s*<seg>([^<]*)</seg>', text, re.S)
    assert found is not None
    start, end = found.span(1)
    path = root / name
    path.write_text(text[:start] + target + text[end:], encoding="utf-8")
    return path


def test_a_tmx_import_does_not_replace_a_pair_reviewed_here(tmp_path: Path) -> None:
    from l10n.model import unit_id

    apertium_es(tmp_path, "--no-tm")
    ours = headline(tmp_path, ARTICLE.stem)
    run_l10n(tmp_path, "review", "--locale", "es", "--accept", unit_id(ours.msgctxt, ours.msgid))

    theirs = other_tools_tmx(tmp_path, "theirs.tmx", "Titular de otra herramienta")
    done = run_l10n(tmp_path, "tm", "import", theirs.name)
    assert "1 kept" in done.stdout

    shutil.copy(ARTICLE, tmp_path / "seeds" / "weather_copy.txt")  # the same story filed again
    run_l10n(tmp_path, "extract", "seeds/weather_copy.txt", "--locales", "es", "--jobs", "1")
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")
    copy = headline(tmp_path, "weather_copy")
    assert copy.msgstr == ours.msgstr  # the text a person reviewed here, not the other tool's
    assert headline(tmp_path, ARTICLE.stem).msgstr == ours.msgstr and not headline(tmp_path, ARTICLE.stem).fuzzy


def test_a_file_imported_again_updates_its_own_pairs(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(ARTICLE, tmp_path / "seeds" / ARTICLE.name)
    run_l10n(tmp_path, "extract", f"seeds/{ARTICLE.name}", "--locales", "es", "--jobs", "1")
    source = headline(tmp_path, ARTICLE.stem).msgid  # nothing reviewed: the TM holds no pair of it
    memory = tmp_path / "memory.tmx"
    memory.write_text(_tmx(source, "Primera versión"), encoding="utf-8")
    assert "1 entries added or updated\n" in run_l10n(tmp_path, "tm", "import", memory.name).stdout
    memory.write_text(_tmx(source, "Segunda versión"), encoding="utf-8")
    assert "1 entries added or updated\n" in run_l10n(tmp_path, "tm", "import", memory.name).stdout
    run_l10n(tmp_path, "translate", "--locales", "es", "--engine", "apertium")
    assert headline(tmp_path, ARTICLE.stem).msgstr == "Segunda versión"


def _tmx(source: str, target: str) -> str:
    from xml.sax.saxutils import escape

    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="Okapi"'
        ' creationtoolversion="1.47" segtype="sentence" o-tmf="okp" adminlang="en" srclang="en"'
        ' datatype="plaintext"/><body><tu><prop type="x-context">headline</prop>'
        f'<tuv xml:lang="en"><seg>{escape(source)}</seg></tuv>'
        f'<tuv xml:lang="es"><seg>{escape(target)}</seg></tuv></tu></body></tmx>\n'
    )
