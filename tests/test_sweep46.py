"""What the whole chain over trafilatura's evaluation set (`bench/evalchain.py`: 903 real pages
in many languages, none of them in this repository) found, each on a small snippet.
"""

from __future__ import annotations

from pathlib import Path

from conftest import run_l10n

PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Vizepräsidentin gewählt</title></head>
<body><article><h1>Neue Vizepräsidentin gewählt</h1>
<p>Die Fraktion hat am Dienstag eine neue Vizepräsidentin gewählt. Sie tritt ihr Amt im Januar an.</p>
</article></body></html>
"""


def test_a_file_name_that_makes_no_domain_is_refused_naming_the_file(tmp_path: Path) -> None:
    """Three of 91 pages (`spdfraktion.de-Vizepräsidentin.html`) were refused with
    "invalid domain name '…': use letters, digits" and no file: the line did not say which of
    the batch's files to rename, and "letters" read as if "ä" were one it takes."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "spdfraktion.de-Vizepräsidentin.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "seeds" / "spdfraktion.de-Vizepraesidentin.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["fr"]\nengine = "none"\n', encoding="utf-8")
    done = run_l10n(tmp_path, "extract", "seeds", "-q", allowed=(2,))
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert errors[0].startswith("error: seeds/spdfraktion.de-Vizepräsidentin.html: invalid domain name")
    assert "rename it with ASCII letters" in errors[0]
    assert "1 of 2 articles refused" in errors[-1]
    assert [pot.name for pot in (tmp_path / "locales").glob("*.pot")] == ["spdfraktion.de-Vizepraesidentin.pot"]
