"""Note marks in `sup` (`l10n.placeables.marks`): kept verbatim, sentence ends read past them,
printed as marks in every edition format; near misses (exponents, ordinals) stay text.

Real inputs: the Word files with footnotes and endnotes in tests/data/docx (mammoth, pandoc and
Apache POI test files, SOURCES.md there) and a Seattle Times page with "19<sup>th</sup> century".
"""

from __future__ import annotations

import csv
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import DATA

from l10n.cli import main
from l10n.ingest import ingest_file
from l10n.model import InlineMarkup
from l10n.placeables.marks import is_note_mark, note_mark_spans
from l10n.segment import segment_document, segment_text
from l10n.sentences import sentence_spans, spans_around_marks

DOCX = DATA / "docx"
NOTED = ("mammoth-footnotes.docx", "mammoth-endnotes.docx", "pandoc-notes.docx", "poi-stress008.docx")
LOCALES = "de,mr"  # mr: CLDR's default digits are Devanagari, a mark must not become "१"
BIDI_CONTROLS = "\u2066\u2067\u2068\u2069\u200e\u200f\u061c"  # a held-back source sentence in an RTL edition
_SUP = re.compile(r"<sup>(.*?)</sup>")


def sup(text: str) -> tuple[str, list[InlineMarkup]]:
    """`text` with `<sup>…</sup>` as `sup` markup (a test helper: no other markup)."""
    plain, markup, position = [], [], 0
    for match in _SUP.finditer(text):
        plain.append(text[position : match.start()])
        start = sum(map(len, plain))
        plain.append(match.group(1))
        markup.append(InlineMarkup(start, start + len(match.group(1)), "sup"))
        position = match.end()
    plain.append(text[position:])
    return "".join(plain), markup


def segments(text: str) -> list[tuple[str, str]]:
    plain, markup = sup(text)
    return [(s.source, s.text) for s in segment_text(plain, markup=markup)]


@pytest.mark.parametrize(
    ("content", "before"),
    [("1", "harbour."), ("12", "Jahrhundert"), ("ii", "Ouch"), ("xiv", "end."), ("IV", "end."), ("a", "end,"),
     ("aa", "word"), ("*", "1"), ("**", "x"), ("†", "10"), ("[1]", "cited"), ("(a)", "x"), ("[*]", "2"),
     ("1,2", "studies"), (" 3 ", "end."), ("1", "")],
)  # fmt: skip
def test_what_a_note_mark_is(content: str, before: str) -> None:
    assert is_note_mark(content, before)


@pytest.mark.parametrize(
    ("content", "before"),
    [("6", "10"), ("2", "E=mc"), ("2", "x"), ("2", "km"), ("3", "(a+b)/c"), ("st", "1"), ("th", "19"),
     ("e", "XIX"), ("me", "M"), ("r", "D"), ("-6", "10"), ("note", "x."), ("citation needed", "x."), ("abc", "x."),
     ("", "x."), ("1.5", "x.")],
)  # fmt: skip
def test_near_misses_stay_text(content: str, before: str) -> None:
    assert not is_note_mark(content, before)


def test_a_mark_is_a_placeable_kept_as_written() -> None:
    [(source, text)] = segments("The harbour flooded twice<sup>12</sup> in 2020.")
    assert text == "The harbour flooded twice{sup_1}{mark_1}{sup_1_end} in 2020."
    assert source == "The harbour flooded twice12 in 2020."


def test_numbers_around_a_mark_keep_their_names() -> None:
    """The mark takes only its own characters: the number before it is still `number_1`."""
    [(_, text)] = segments("It cost 40 million.<sup>[3]</sup> Then 5 more came.")[:1]
    assert text == "It cost {number_1}.{sup_1}{mark_1}{sup_1_end}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Test footnote.<sup>1</sup> Test endnote.<sup>i</sup>", ["Test footnote.1", "Test endnote.i"]),
     ("It rained.<sup>*</sup> The council met.", ["It rained.*", "The council met."]),
     ("It rained.<sup>1</sup><sup>2</sup> The council met.", ["It rained.12", "The council met."]),
     ("“We stay.”<sup>4</sup> The council met.", ["“We stay.”4", "The council met."]),
     ("<sup>1</sup> A tachyon walks into a bar. It left.", ["1 A tachyon walks into a bar.", "It left."])],
)  # fmt: skip
def test_a_sentence_ends_after_its_mark(text: str, expected: list[str]) -> None:
    found = segments(text)
    assert [source for source, _ in found] == expected
    assert "{mark_1}" in found[0][1]
    assert sum(placeholder.count("{mark_") for _, placeholder in found) == text.count("<sup>")


def test_a_mark_that_is_not_a_sentence_end_does_not_split() -> None:
    assert segments("The harbour<sup>1</sup> and the council met.") == [
        ("The harbour1 and the council met.", "The harbour{sup_1}{mark_1}{sup_1_end} and the council met.")
    ]


@pytest.mark.parametrize(
    "text",
    ["About 10<sup>6</sup> cells died.", "He wrote E=mc<sup>2</sup> on it.", "It was her 1<sup>st</sup> win.",
     "Le XIX<sup>e</sup> siècle.", "M<sup>me</sup> Curie came.", "The 500 km<sup>2</sup> park."],
)  # fmt: skip
def test_exponents_ordinals_and_abbreviations_are_no_marks(text: str) -> None:
    assert all("mark_" not in placeholder for _, placeholder in segments(text)), segments(text)


def test_a_real_ordinal_in_sup_stays_text() -> None:
    """The Seattle Times page writes "the 19<sup>th</sup> century": "th" is a word to translate."""
    doc = segment_document(ingest_file(DATA / "realworld" / "seattletimes-com-halibut.html"))
    sups = [(b, m) for b in doc.blocks for m in b.markup if m.tag == "sup"]
    assert [b.text[m.start : m.end] for b, m in sups][:2] == ["th", "st"]
    assert not any(note_mark_spans(b.text, b.markup) for b, _ in sups)
    assert not any(p.kind == "mark" for b, _ in sups for s in b.segments for p in s.placeables)


def test_a_real_pages_footnote_links_are_marks_and_a_subscript_is_text() -> None:
    """FiveThirtyEight links each footnote as `<a><sup>1</sup></a>` after a sentence end; heise
    writes "CO<sub>2</sub>", which is chemistry, not a note."""
    doc = segment_document(ingest_file(DATA / "realworld" / "fivethirtyeight-com-endorsement.html"))
    marks = [p.original for b in doc.blocks for s in b.segments for p in s.placeables if p.kind == "mark"]
    sups = [b.text[m.start : m.end] for b in doc.blocks for m in b.markup if m.tag == "sup"]
    assert sorted(marks) == sorted(sups) and len(marks) >= 4
    heise = segment_document(ingest_file(DATA / "realworld" / "heise-de-lithium.html"))
    subs = [b for b in heise.blocks if any(m.tag == "sub" for m in b.markup)]
    assert subs and not any(p.kind == "mark" for b in subs for s in b.segments for p in s.placeables)


def source_marks(path: Path) -> Counter[str]:
    doc = ingest_file(path)
    return Counter(b.text[m.start : m.end].strip() for b in doc.blocks for m in b.markup if m.tag == "sup")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The noted Word files extracted, pseudo-translated and assembled as html, md and txt."""
    root = tmp_path_factory.mktemp("marks")
    (root / "seeds").mkdir()
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "mr"]\n', encoding="utf-8")
    for name in NOTED:
        shutil.copy(DOCX / name, root / "seeds" / name)
    assert main(["extract", str(root / "seeds"), "--root", str(root), "--locales", LOCALES, "-q"]) == 0
    assert main(["translate", "--root", str(root), "--locales", LOCALES, "--engine", "pseudo", "--no-tm"]) == 0
    formats = ["--format", "html", "--format", "md", "--format", "txt"]
    assert main(["assemble", "--root", str(root), "--locales", LOCALES, *formats]) == 0
    return root


@pytest.mark.parametrize("locale", LOCALES.split(","))
@pytest.mark.parametrize("name", NOTED)
def test_marks_reach_html_and_markdown_unchanged(built: Path, name: str, locale: str) -> None:
    expected = source_marks(DOCX / name)
    assert sum(expected.values()) >= 4, "each file has references and notes"
    for suffix in ("html", "md"):
        edition = (built / "build" / locale / f"{Path(name).stem}.{suffix}").read_text(encoding="utf-8")
        assert Counter(mark.strip() for mark in _SUP.findall(edition)) == expected, suffix


@pytest.mark.parametrize("name", NOTED)
def test_each_note_starts_with_its_mark_in_plain_text(built: Path, name: str) -> None:
    doc = ingest_file(DOCX / name)
    marks = [b.text[m.start : m.end] for b in doc.blocks if b.role == "note" for m in b.markup[:1] if m.start == 0]
    assert marks, "each noted file has notes that start with their mark"
    edition = (built / "build" / "mr" / f"{Path(name).stem}.txt").read_text(encoding="utf-8")
    paragraphs = [p.lstrip(BIDI_CONTROLS) for p in edition.split("\n\n") if p.strip()]
    for mark in marks:  # the mark, not a longer number or word ("53siehe" is the author's own spacing)
        follows = r"\d" if mark.isdigit() else r"[^\W\d_]"
        starts = re.compile(rf"(?:\[!! )?{re.escape(mark)}(?!{follows})")
        assert any(starts.match(p) for p in paragraphs), mark


def test_a_dropped_or_changed_mark_is_caught_and_held_back(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    shutil.copytree(built, root)
    po = root / "locales" / "de" / "LC_MESSAGES" / "pandoc-notes.po"
    text = po.read_text(encoding="utf-8")
    first, second = [m.start() for m in re.finditer(r"(?m)^msgstr .*\{mark_1\}", text)][:2]
    changed = text[:first] + text[first:second].replace("{mark_1}", "î", 1) + text[second:]
    changed = changed[:second] + changed[second:].replace("{mark_1}", "", 1)
    po.write_text(changed, encoding="utf-8")
    capsys.readouterr()
    assert main(["qa", "--root", str(root), "--locales", "de", "--domains", "pandoc-notes"]) == 1
    assert capsys.readouterr().out.count("missing {mark_1}") == 2
    assert main(["assemble", "--root", str(root), "--locales", "de", "--domains", "pandoc-notes"]) == 0
    edition = (root / "build" / "de" / "pandoc-notes.html").read_text(encoding="utf-8")
    assert Counter(_SUP.findall(edition)) == source_marks(DOCX / "pandoc-notes.docx")
    assert "<sup>î</sup>" not in edition


def test_markdown_inline_html_sup_is_kept_as_markup(tmp_path: Path) -> None:
    """CommonMark raw inline HTML (§6.6) `<sup>1</sup>` is the same mark an HTML page writes."""
    path = tmp_path / "noted.md"
    text = "---\ntitle: Noted\n---\n\nIt rained.<sup>1</sup> The 19<sup>th</sup> flood came. A <span>b</span>.\n"
    path.write_text(text, encoding="utf-8")
    [paragraph] = [b for b in segment_document(ingest_file(path)).blocks if b.role == "paragraph"]
    assert paragraph.text == "It rained.1 The 19th flood came. A b."
    assert [paragraph.text[m.start : m.end] for m in paragraph.markup] == ["1", "th"]
    assert [s.text for s in paragraph.segments] == [
        "It rained.{sup_1}{mark_1}{sup_1_end}",
        "The {number_1}{sup_1}th{sup_1_end} flood came.",
        "A b.",
    ]


def _spans_around_marks_by_scanning(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The rule as first written (every mark against every span): what the bisected version must match."""
    blanked = list(text)
    for low, high in marks:
        blanked[low:high] = " " * (high - low)
    spans = sentence_spans("".join(blanked))
    for low, high in marks:
        if any(start <= low and high <= end for start, end in spans):
            continue
        before = [index for index, (_, end) in enumerate(spans) if end <= low]
        if before:
            spans[before[-1]] = (spans[before[-1]][0], high)
        elif spans:
            spans[0] = (low, spans[0][1])
        else:
            spans = [(low, high)]
    return spans


def test_sentences_around_many_marks_are_those_of_the_scan_over_every_mark() -> None:
    """Real Wikinews paragraphs with a mark glued after many words, after sentence ends, and one
    leading (a note's own mark): the bisected search for each mark's sentence finds what scanning
    every sentence for it found, and every sentence gets exactly the marks that lie in it."""
    with (Path(__file__).parents[1] / "bench" / "data" / "wikinews" / "wikinews_2019.csv").open(encoding="utf-8") as f:
        paragraphs = [p.strip() for row in list(csv.DictReader(f))[:40] for p in row["text"].split("\n") if p.strip()]
    assert len(paragraphs) > 100
    checked = 0
    for number, paragraph in enumerate(paragraphs):
        words = paragraph.split(" ")
        marked = " ".join(
            f"{word}<sup>{index % 9 + 1}</sup>" if (index + number) % (number % 4 + 1) == 0 else word
            for index, word in enumerate(words)
        )
        text, markup = sup(f"<sup>*</sup> {marked}" if number % 5 == 0 else marked)
        marks = note_mark_spans(text, markup)
        expected = _spans_around_marks_by_scanning(text, marks)
        assert spans_around_marks(text, marks) == expected, paragraph
        segments = segment_text(text, markup=markup)
        assert [(s.start, s.end) for s in segments] == expected
        shown = [p.original for s in segments for p in s.placeables if p.kind == "mark"]
        assert shown == [text[low:high] for low, high in marks if any(a <= low and high <= b for a, b in expected)]
        checked += len(marks)
    assert checked > 2_000
