"""Bad rows of a user's file are said, never dropped without a word (README: "a one-line error
naming file and line/unit, a non-zero exit, nothing lost"): a TMX `<tuv>` without a language is
refused (TMX 1.4b requires `xml:lang`; Okapi refuses such a file too), one without a `<seg>` and a
`<tu>` without its source are left out with a warning line naming the file and line, and
`tm import` counts them in its summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_l10n

from l10n.errors import CatalogError
from l10n.memory.glossary import parse_glossary_csv, unused_rows
from l10n.memory.tmx import read_tmx

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
    'segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n'
)


def tmx(path: Path, *units: str) -> Path:
    path.write_text(HEADER + "\n".join(units) + "\n</body></tmx>\n", encoding="utf-8")
    return path


GOOD = '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>'
NO_SEG = '<tu><tuv xml:lang="en"><seg>Bye</seg></tuv><tuv xml:lang="de"/></tu>'
NO_SOURCE = '<tu><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv></tu>'


def test_a_tuv_without_a_language_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmx(tmp_path / "m.tmx", GOOD, '<tu><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv><seg>Hallo</seg></tuv></tu>')
    with pytest.raises(CatalogError) as caught:
        read_tmx(path, source_locale="en", locales=["de"])
    assert str(caught.value).startswith(f"{path}:5: <tuv> without xml:lang"), caught.value


def test_a_tuv_without_seg_and_a_tu_without_source_are_warned_with_their_lines(tmp_path: Path) -> None:
    path = tmx(tmp_path / "m.tmx", GOOD, NO_SEG, NO_SOURCE)
    warnings: list[CatalogError] = []
    entries = read_tmx(path, source_locale="en", locales=["de"], warnings=warnings)
    assert [(e.source, e.target) for e in entries] == [("Hello", "Hallo")]
    assert [str(w) for w in warnings] == [
        f'{path}:5: <tuv xml:lang="de"> without <seg>: left out',
        f"{path}:6: <tu> without a <tuv> in en: its 1 translation(s) left out",
    ]


def test_a_source_tuv_without_seg_is_said_once(tmp_path: Path) -> None:
    path = tmx(tmp_path / "m.tmx", '<tu><tuv xml:lang="en"/><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>')
    warnings: list[CatalogError] = []
    assert read_tmx(path, source_locale="en", locales=["de"], warnings=warnings) == []
    assert [w.message for w in warnings] == ['<tuv xml:lang="en"> without <seg>: left out']


def test_tm_import_warns_and_counts_what_it_left_out(tmp_path: Path) -> None:
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    tmx(tmp_path / "m.tmx", GOOD, NO_SEG, NO_SOURCE)
    done = run_l10n(tmp_path, "tm", "import", "m.tmx")
    assert done.stderr.splitlines() == [
        'warning: m.tmx:5: <tuv xml:lang="de"> without <seg>: left out',
        "warning: m.tmx:6: <tu> without a <tuv> in en: its 1 translation(s) left out",
    ], done.stderr
    assert done.stdout == "m.tmx: 1 entries added or updated; 2 left out (the warnings above)\n", done.stdout


GLOSSARY_HEADER = "term,locale,translation,note,dnt\n"


def test_a_glossary_locale_is_read_in_any_spelling_of_its_tag() -> None:
    glossary = parse_glossary_csv(GLOSSARY_HEADER + "Shanghai,zh-CN,上海,,\nTyphoon,DE_de,Taifun,,\n")
    assert [(t.locale, t.line) for t in glossary.terms] == [("zh_CN", 2), ("de_DE", 3)]
    assert [t.translation for t in glossary.for_locale("zh_CN")] == ["上海"]  # was never applied


@pytest.mark.parametrize(
    ("row", "said"),
    [
        ("Typhoon,klingon-XX,Taifun,,", "g.csv:3: glossary term 'Typhoon': locale 'klingon-XX': "),
        ("Typhoon,,Taifun,,", "g.csv:3: glossary term 'Typhoon' names no locale (only a do-not-translate row"),
        (",de,Taifun,,", "g.csv:3: glossary translation 'Taifun' has no term"),
    ],
)
def test_a_glossary_row_that_cannot_be_meant_is_refused_with_its_line(row: str, said: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_glossary_csv(GLOSSARY_HEADER + "Baoshan,zh_CN,宝山,,\n" + row + "\n", path="g.csv")
    assert str(caught.value).startswith(said), caught.value


def test_rows_no_project_locale_reads_are_named_with_their_lines() -> None:
    rows = "Typhoon,de,Taifun,,\nTyphoon,fr,Typhon,,\nShanghai,zh_CN,上海,,\nNASA,*,,,yes\n"
    glossary = parse_glossary_csv(GLOSSARY_HEADER + rows, path="g.csv")
    assert [str(w) for w in unused_rows(glossary, locales=("de", "zh_TW"))] == [
        "g.csv:3: glossary term 'Typhoon' is for fr, not a project locale (de, zh_TW): not used"
    ]  # zh_CN is read: zh_TW is derived from it


def test_extract_and_run_warn_of_an_unused_glossary_row_once(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Typhoon warning\n\nA typhoon nears Shanghai.\n", encoding="utf-8")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "glossary.csv").write_text(GLOSSARY_HEADER + "Typhoon,fr,Typhon,,\n", encoding="utf-8")
    said = f"warning: {tmp_path}/locales/glossary.csv:2: glossary term 'Typhoon' is for fr, not a project locale (de): not used"
    done = run_l10n(tmp_path, "extract", "seeds/a.txt", "--locales", "de", "--jobs", "1")
    assert done.stderr.splitlines() == [said], done.stderr
    done = run_l10n(tmp_path, "run", "--engine", "none")  # four stages read the glossary
    assert done.stderr.splitlines().count(said) == 1, done.stderr


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ('title = ["Typhoon", "warning"]', "a.md:2: TOML front matter: title is an array, not text"),
        ("date = true", "a.md:2: TOML front matter: date is true or false, not text"),
        ("authors = [1, 2]", "a.md:2: TOML front matter: authors is an array, not text"),
        ('tags = ["x"]\n[author]\nname = "Ann Lee"', "a.md:3: TOML front matter: author is a table, not text"),
    ],
)
def test_a_toml_front_matter_field_the_article_is_read_from_that_is_no_text_is_refused(fields: str, said: str) -> None:
    """Such a title, day or writer was dropped without a word (YAML's are read as text)."""
    from l10n.errors import IngestError
    from l10n.ingest.markdown import ingest_markdown

    with pytest.raises(IngestError) as caught:
        ingest_markdown(f"+++\n{fields}\n+++\n\nA typhoon nears Shanghai.\n", source_path="a.md")
    assert str(caught.value) == said


def test_other_toml_front_matter_fields_of_other_types_are_passed_over() -> None:
    from l10n.ingest.markdown import ingest_markdown

    text = '+++\ntitle = "Typhoon"\naliases = ["/a"]\n[extra]\nauthor = ["x"]\n+++\n\nA typhoon nears Shanghai.\n'
    assert [b.text for b in ingest_markdown(text, source_path="a.md").blocks] == [
        "Typhoon",
        "A typhoon nears Shanghai.",
    ]
