"""Session 51's second round of leftovers of its outside look (`docs/DESIGN.md`, "Hostile input"),
through the real CLI (`workflow.py`), each on a project of its own.

- An XLIFF 2.0 `<cp hex="…"/>` was dropped without a word on import: it is read as its
  character, or refused with one line naming the file and unit when it stands for a control
  character a catalog cannot hold (`catalog/xliff20._check_code_points`).
- Every command left SQLite's `-wal`/`-shm` beside its databases (connections never closed):
  `cli.main` closes those it opened as it ends (`memory/sqlite.close_opened_since`).
- A sign before a value ("−5 °C", "-$3 million", "+2.5%") stayed outside its placeholder: it is
  the value's now (`placeables/detect._with_signs`), written in each locale's CLDR minus or plus
  sign (`placeables/render`).
- A headline's unclosed bidi override reached `<title>`, redirects and index links as written:
  each placed copy closes it (`assemble/xml_text.placed_text`).
"""

from __future__ import annotations

from pathlib import Path

import polib
from conftest import run_l10n
from test_leftovers51 import ARTICLE, CONFIG, _project  # the same one-article project


def _po(root: Path) -> str:
    return (root / "locales" / "de" / "LC_MESSAGES" / "news.po").read_text(encoding="utf-8")


def _exported_with_headline(root: Path, target_xml: str) -> Path:
    """The project's XLIFF 2.0 export, its headline's target replaced by `target_xml` (reviewed)."""
    run_l10n(root, "run")
    run_l10n(root, "xliff", "export", "--locale", "de", "--xliff-version", "2.0", "-q")
    xlf = root / "locales" / "de" / "news.xlf"
    text = xlf.read_text(encoding="utf-8")
    head, _, rest = text.partition('<source xml:space="preserve">Riverside library reopens</source>')
    old_target, _, tail = rest.partition("</target>")
    assert old_target, text
    head = head[: head.rindex('<segment state="initial"')] + '<segment state="final">'
    new = head + '<source xml:space="preserve">Riverside library reopens</source>'
    new += f'\n        <target xml:space="preserve">{target_xml}</target>' + tail
    xlf.write_text(new, encoding="utf-8")
    return xlf


def test_an_xliff_20_code_point_is_read_as_its_character(tmp_path: Path) -> None:
    root = _project(tmp_path)
    xlf = _exported_with_headline(root, 'Stadtb<cp hex="FC"/>cherei <cp hex="202E"/>öffnet<cp hex="202C"/>')
    run_l10n(root, "xliff", "import", str(xlf))
    assert 'msgstr "Stadtbücherei \u202eöffnet\u202c"' in _po(root)


def test_an_xliff_20_code_point_of_a_control_character_is_refused_naming_file_and_unit(tmp_path: Path) -> None:
    root = _project(tmp_path)
    xlf = _exported_with_headline(root, 'Stadtbücherei<cp hex="0007"/> öffnet')
    before = _po(root)
    done = run_l10n(root, "xliff", "import", str(xlf), allowed=(2,))
    lines = [line for line in done.stderr.splitlines() if "cp" in line]
    assert len(lines) == 1, done.stderr
    text = xlf.read_text(encoding="utf-8")
    unit = text[text.rindex('<unit id="', 0, text.index("0007")) :].split('"')[1]
    assert "news.xlf" in lines[0] and unit in lines[0] and 'hex="0007"' in lines[0]
    assert _po(root) == before
    bad = text.replace('hex="0007"', 'hex="110000"')
    xlf.write_text(bad, encoding="utf-8")
    done = run_l10n(root, "xliff", "import", str(xlf), allowed=(2,))
    assert 'hex="110000"> is not a code point' in done.stderr


def test_a_finished_run_leaves_only_the_databases(tmp_path: Path) -> None:
    """Each command closes the connections it opened as it ends: SQLite's last close checkpoints
    the log and removes `-wal`/`-shm` (they stayed after every run, killed or not)."""
    root = _project(tmp_path)
    for command in (("run",), ("run",), ("update",), ("qa",), ("status",), ("assemble",)):
        run_l10n(root, *command)
        logs = sorted(str(p.relative_to(root)) for p in root.rglob("*.sqlite3-*"))
        assert logs == [], (command, logs)
    assert (root / "locales" / ".documents.sqlite3").is_file()


def test_a_headlines_unclosed_override_is_closed_where_the_headline_is_placed(tmp_path: Path) -> None:
    """A headline's RLO (U+202E) left open ended at its `<h1>`, but in `<title>`, a redirect's
    link and an index's link it reordered what follows (the index's date): each placed copy now
    ends with the PDF (U+202C) that closes it; the article's own `<h1>` keeps the text as written."""
    root = _project(
        tmp_path, ARTICLE.replace("title: Riverside library reopens", 'title: "Riverside \u202elibrary reopens"')
    )
    run_l10n(root, "run")
    placed = 0
    pages = [*root.joinpath("site").rglob("*.html"), *root.joinpath("build").rglob("*.html")]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for start in range(len(text)):
            if text[start] == "\u202e":
                end = text.index("<", start)
                tag = text[end : text.index(">", end) + 1]
                if tag in ("</title>", "</a>"):
                    placed += 1
                    assert text[start:end] == "\u202elibrary reopens\u202c", (page, tag)
                else:
                    assert text[start:end] == "\u202elibrary reopens", (page, tag)
    assert placed >= 8  # the titles of build/ and site/, the redirects' and the indexes' links


SIGNED = (
    "---\ntitle: Cold snap hits the harbour\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "Overnight lows reached \u22125 °C on the quay.\n\n"
    "The ferry company posted -$3 million in March, after sales grew +2.5% last year.\n\n"
    "The 5-7 day forecast is well-known.\n"
)


def test_a_sign_before_a_value_is_the_values_and_written_in_the_locales_form(tmp_path: Path) -> None:
    """The sign goes into the placeholder (a translator who moves the value moves its sign) and
    each edition writes CLDR's sign: Swedish's minus is U+2212 where the copy has a hyphen; a
    range's hyphen and a word's stay text."""
    from l10n.locales import TargetLocale
    from l10n.placeables.symbols import minus_sign, plus_sign

    root = _project(tmp_path, SIGNED, CONFIG.replace('"de"', '"sv"'))
    run_l10n(root, "run")
    template = " ".join(entry.msgid for entry in polib.pofile(str(root / "locales" / "news.pot")))
    assert "reached {quantity_1} on" in template
    assert "posted {money_1} in March" in template and "grew {percent_1} last" in template
    assert "The {range_1} day forecast is well-known." in template
    for sign in ("-", "\u2212", "+"):
        assert sign + "{" not in template
    po_path = root / "locales" / "sv" / "LC_MESSAGES" / "news.po"
    catalog = polib.pofile(str(po_path))
    entry = next(e for e in catalog if e.msgid.startswith("Overnight"))
    entry.msgstr, entry.flags, entry.tcomment = "{quantity_1} nattens lägsta vid kajen.", ["python-brace-format"], ""
    catalog.save(str(po_path))  # a translator moved the value first, reviewed
    run_l10n(root, "run")
    edition = (root / "build" / "sv" / "news.txt").read_text(encoding="utf-8")
    sv = TargetLocale("sv")
    minus, plus = minus_sign(sv), plus_sign(sv)
    assert minus != "-"  # the hyphen-minus of the copy is not the form Swedish writes
    assert edition.count(minus + "5 ") == 1
    moved = next(line for line in edition.splitlines() if "nattens lägsta" in line)
    assert moved.startswith(minus + "5 ")  # the value moved first, its sign with it
    assert minus + "3" in edition and plus + "2,5" in edition
    assert "-" + minus not in edition and minus + minus not in edition
