"""A Word article's hyperlinks pass the one URL rule at ingest, as HTML and Markdown links do.

`ingest/docx_runs.py` kept an external hyperlink when its target started with `http://`,
`https://` or `mailto:` — a second scheme rule beside `l10n.urls.safe_url`, without its refusal
of characters no honest URL holds. A target with a bidi override (`…/\u202egpj.exe`, shown as
"exe.jpg") or a C1 control (U+009B, a terminal's CSI by itself) reached the catalogs' `#.`
lines, the XLIFF notes and the translator's editor; HTML and Markdown articles never put such an
href in a catalog (`urls.allowed_attributes` at ingest), and assembly dropped it again only on
the page. Built with python-docx as Word writes a hyperlink (`test_ingest_docx.add_link`), run
through the real `extract`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import docx
import pytest
from test_ingest_docx import add_link

from l10n.cli import main

GOOD = "https://example.org/statement"
BAD = {
    "bidi override": "https://example.org/\u202egpj.exe",
    "C1 control": "https://example.org/\u009b31mred",
    "zero-width space": "https://exa\u200bmple.org/",
    "script scheme": "javascript:alert(1)",
}


def _hidden(text: str) -> list[str]:
    """Control and format characters (Unicode Cc, Cf) other than tab and line feed."""
    return [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n"]


def test_word_hyperlinks_with_hidden_characters_never_reach_a_catalog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    word = docx.Document()
    word.add_paragraph("Harbour reopens after the storm", style="Title")
    paragraph = word.add_paragraph("The port reopened on Monday, ")
    add_link(paragraph, "the port said", GOOD)
    paragraph.add_run(".")
    for what, url in BAD.items():
        paragraph = word.add_paragraph(f"Residents read about the {what} ")
        add_link(paragraph, "in the notice", url)
        paragraph.add_run(" on Tuesday.")
    (tmp_path / "seeds").mkdir()
    word.save(str(tmp_path / "seeds" / "harbour.docx"))
    status = main(["extract", str(tmp_path / "seeds"), "--root", str(tmp_path), "--locales", "de", "-q"])
    assert status == 0, capsys.readouterr().err
    for catalog in (tmp_path / "locales" / "harbour.pot", tmp_path / "locales" / "de" / "LC_MESSAGES" / "harbour.po"):
        text = catalog.read_text(encoding="utf-8")
        assert _hidden(text) == [], (catalog.name, _hidden(text))
        assert f'<a href="{GOOD}">' in text  # the honest link is kept
        assert "javascript:" not in text
