"""Parsed articles (`l10n.memory.documents`, `document_codec`): the parse `extract` keeps is
the parse `assemble` would make — equal and printing the same `repr` — over real articles, and
a stale, corrupt, foreign or hostile kept parse is never used (the article is parsed again).

Real inputs, none written for this code: Wikinews reports (`bench/data/wikinews`, CC BY 2.5,
through `bench/chain.py`'s `build_corpus`), the saved news pages of `tests/data/realworld`
(SOURCES.md there) and the articles, Word files and value samples of `tests/data`.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import REALWORLD, bench_module, files_below, measured_pages, opened_copy

import l10n.fingerprint as fingerprint
import l10n.memory.documents as documents
from l10n.assembly import article_document, parse_document
from l10n.cli import main
from l10n.errors import L10nError
from l10n.ingest.tables import MAX_CELLS
from l10n.memory.document_codec import FORMAT, decode_document, encode_document
from l10n.memory.documents import DOCUMENTS_FILE_NAME, ParsedDocuments, document_key
from l10n.project import Project

REPO = Path(__file__).resolve().parent.parent
# What all 702 real articles together carried when every saved page was parsed (session 25):
# each placeable kind with the value types it came with, and the time zone forms (None: naive)
# of the publication and modification times. The articles decoded must still carry each.
VALUE_TYPES = {
    ("code", "code"), ("date", "date"), ("date", "daterange"), ("date", "monthyear"), ("date", "yearless"),
    ("mark", "mark"), ("money", "money"), ("number", "decimal"), ("ordinal", "int"), ("percent", "decimal"),
    ("quantity", "quantity"), ("range", "range"), ("tag", "tag"), ("time", "timeofday"), ("weekday", "weekday"),
}  # fmt: skip
ZONE_FORMS = {None, "utc", "offset"}
SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx"}


def real_articles() -> list[Path]:
    """Every article file of tests/data but the saved pages, every fourth saved page (of those
    `measured_pages` gives: none of a split awaiting its blind run) and every fourth Wikinews
    report. Parsed, all 531 saved pages carried no value type, zone form, block field, role or
    markup form that these do not (measured in session 25; `<sub>`, one page's tag name, aside),
    and they are nine tenths of the parsing: a fourth of them keeps the codec's every path."""
    data = sorted(p for p in (REPO / "tests" / "data").rglob("*") if p.suffix in SUFFIXES)
    tests = [p for p in data if not (p.parent == REALWORLD and p.suffix == ".html")]
    pages = list(measured_pages())[::4]
    wikinews = sorted(p for p in (REPO / "bench" / "data" / "wikinews").rglob("*") if p.suffix in SUFFIXES)
    return tests + pages + wikinews[::4]


def parsed_or_none(path: Path):
    try:
        return parse_document(path)
    except L10nError:  # a file kept to test a refusal
        return None


def test_every_real_article_decodes_to_its_parse_exactly() -> None:
    checked = 0
    value_types: set[tuple[str, str]] = set()
    zone_forms: set[str | None] = set()
    for path in real_articles():
        document = parsed_or_none(path)
        if document is None:
            continue
        data = encode_document(document)
        assert data is not None, path  # every value type real articles carry has an encoding
        decoded = decode_document(data, source_path=document.source_path)
        assert decoded == document, path
        assert repr(decoded) == repr(document), path  # offsets, Decimal exponents, zones as written
        checked += 1
        fields = json.loads(data)
        value_types |= {(p[1], p[3]) for block in fields[13] for s in block[3] for p in s[2]}
        zone_forms |= {moment[1][5] and moment[1][5][0] for moment in (fields[5], fields[9]) if moment}
    assert checked > 150
    assert value_types >= VALUE_TYPES and zone_forms >= ZONE_FORMS  # the sample still carries them all


def test_anything_but_what_the_encoder_writes_is_refused() -> None:
    document = parse_document(REPO / "tests" / "data" / "realworld" / "abc13-com-copperfield.html")
    data = encode_document(document)
    assert data is not None
    good = json.loads(data)
    placeable_block = next(i for i, b in enumerate(good[13]) if any(s[2] for s in b[3]))
    segment = next(s for s in good[13][placeable_block][3] if s[2])

    def spoiled(change) -> bytes:
        copy = json.loads(data)
        change(copy)
        return json.dumps(copy).encode()

    target = good[13].index(good[13][placeable_block])
    place = good[13][target][3].index(segment)
    refusals = [
        data[:-7],  # truncated
        b"\x80not json",
        json.dumps(["l10n-document-0", *good[1:]]).encode(),  # another format
        spoiled(lambda d: d[13][0].__setitem__(0, "sidebar")),  # a role the model does not have
        spoiled(lambda d: d[13][0].__setitem__(2, "3")),  # a line as text
        spoiled(lambda d: d[13][target][3][place][2][0].__setitem__(1, "money")),  # kind and value disagree
        spoiled(lambda d: d[13][target][3][place][2][0].__setitem__(3, "pickle")),  # an unknown value type
        spoiled(lambda d: d.__setitem__(12, {"k": 1})),  # extra holds text only
        spoiled(lambda d: d.__setitem__(5, ["2020-01-01", [0, 0, 0, 0, 0, ["zone", "../../etc/passwd"]]])),
        spoiled(lambda d: d.__setitem__(5, ["2020-01-01", [0, 0, 0, 0, 0, ["offset", [0, 90000, 0], None]]])),
        spoiled(lambda d: d.append(None)),
    ]
    money = ["money_1", "money", "$1", "money", ["NaN", "USD"], 0, 2]
    refusals.append(spoiled(lambda d: d[13][target][3][place][2].__setitem__(0, money)))
    refusals.append(spoiled(lambda d: d[13][target][3][place][2][0].__setitem__(4, None)))
    # Values a fresh parse never gives, which would fail later (a traceback, a grid without bound):
    weekday = ["weekday_1", "weekday", "Funday", "weekday", 99, 0, 2]
    month = ["date_1", "date", "Smarch 2020", "monthyear", [2020, 13], 0, 2]
    refusals.append(spoiled(lambda d: d[13][target][3][place][2].__setitem__(0, weekday)))
    refusals.append(spoiled(lambda d: d[13][target][3][place][2].__setitem__(0, month)))
    refusals.append(spoiled(lambda d: d[13][target][3][place][2][0].__setitem__(6, 10**9)))  # past its source
    refusals.append(spoiled(lambda d: d[13][target][3][place].__setitem__(3, -1)))  # a segment before its block
    refusals.append(spoiled(lambda d: d[13][target][4].append([5, 10**9, "b", [], False])))  # markup past the text
    refusals.append(spoiled(lambda d: d[13][target].__setitem__(6, [0, 0, 10**18, False])))  # a column past any grid
    refusals.append(spoiled(lambda d: d[13][target].__setitem__(2, -1)))  # a line before the file
    america = ["2020-01-01", [0, 0, 0, 0, 0, ["zone", "America"]]]  # a folder of the zone data (OSError)
    refusals.append(spoiled(lambda d: d.__setitem__(5, america)))
    for bad in refusals:
        assert decode_document(bad, source_path="x.html") is None, bad[:200]
    assert decode_document(data, source_path="x.html") is not None


def test_a_cache_holding_a_table_grid_ingest_would_not_make_is_refused() -> None:
    """A forged cell number within `MAX_CELLS` on its own can still make a grid ingest reads as
    paragraphs (`tables.oversized_tables`: rows × columns), which assemble would draw in full:
    one cell at (9,999, 9,999) is 10^8 places. The cache applies ingest's rule, to the place."""
    document = next(d for d in map(parsed_or_none, real_articles()) if d and any(b.cell for b in d.blocks))
    data = encode_document(document)
    assert data is not None
    table = next(b.cell for b in document.blocks if b.cell is not None).table
    columns = 1 + max(b.cell.column for b in document.blocks if b.cell is not None and b.cell.table == table)
    last = max(i for i, b in enumerate(document.blocks) if b.cell is not None and b.cell.table == table)

    def moved(row: int, column: int) -> bytes:
        copy = json.loads(data)
        copy[13][last][6][1:3] = [row, column]
        return json.dumps(copy).encode()

    rows_allowed = MAX_CELLS // columns  # the grid at most MAX_CELLS places: a table ingest keeps
    assert decode_document(moved(rows_allowed - 1, columns - 1), source_path="x") is not None
    assert decode_document(moved(rows_allowed, columns - 1), source_path="x") is None
    assert decode_document(moved(MAX_CELLS - 1, MAX_CELLS - 1), source_path="x") is None


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A project whose articles (Wikinews reports and real saved pages) `extract` parsed."""
    root = tmp_path_factory.mktemp("documents") / "project"
    bench_module("chain").build_corpus(root / "seeds", 6)
    # a page that states its language nowhere over another script (newsru, Russian) is refused by
    # `extract` (`ingest.scripts`): the sample takes the pages it reads, whichever the split adds
    pages = [page for page in list(measured_pages())[::12] if _states_or_is_english(page)]
    for page in pages:
        shutil.copy(page, root / "seeds" / page.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "ar"]\n', encoding="utf-8")
    assert main(["extract", str(root / "seeds"), "--locales", "de,ar", "-q", "--root", str(root)]) == 0
    return root


def _states_or_is_english(page: Path) -> bool:
    from l10n.ingest import ingest_file
    from l10n.ingest.scripts import refuse_wrong_script

    try:
        refuse_wrong_script(ingest_file(page), "en")
    except L10nError:
        return False
    return True


def articles_of(root: Path) -> list[Path]:
    return sorted(p for p in (root / "seeds").iterdir() if p.suffix in SUFFIXES)


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    parsed: list[Path] = []
    real = documents.parse_article

    def counting(path, data=None):
        parsed.append(Path(path))
        return real(path, data)

    monkeypatch.setattr(documents, "parse_article", counting)
    return parsed


def test_extract_keeps_each_parse_and_assemble_reads_it_as_a_fresh_ingest_gives_it(
    extracted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project.open(extracted)
    articles = articles_of(extracted)
    fresh = {path: parse_document(path) for path in articles}
    parsed = counting_parses(monkeypatch)
    for path in articles:
        kept = article_document(project, path)
        assert kept == fresh[path] and repr(kept) == repr(fresh[path]), path
    assert parsed == []  # every one decoded, none ingested again


def test_a_changed_article_is_parsed_again_never_taken_from_its_old_parse(
    extracted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "copy"
    project = opened_copy(extracted, root)
    article = next(path for path in articles_of(root) if path.suffix == ".md")
    text = article.read_text(encoding="utf-8")
    last = [line for line in text.splitlines() if len(line) > 60][-1]  # a paragraph of the body
    article.write_text(text.replace(last, last[:40] + " 17 percent more."), encoding="utf-8")
    parsed = counting_parses(monkeypatch)
    document = article_document(project, article)
    assert parsed == [article]
    assert repr(document) == repr(parse_document(article))
    assert "17 percent more" in " ".join(block.text for block in document.blocks)


def test_a_corrupt_foreign_or_missing_store_only_makes_readers_parse(
    extracted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "copy"
    project = opened_copy(extracted, root)
    articles = articles_of(root)
    fresh = {path: repr(parse_document(path)) for path in articles}
    store = root / "locales" / DOCUMENTS_FILE_NAME
    with sqlite3.connect(store) as db:  # rows keyed right whose data is damaged
        rows = db.execute("SELECT article, data FROM parsed").fetchall()
        assert len(rows) == len(articles)
        for name, data in rows[:3]:
            db.execute("UPDATE parsed SET data = ? WHERE article = ?", (data[: len(data) // 2], name))
        db.execute("UPDATE parsed SET data = ? WHERE article = ?", (b'["' + FORMAT.encode() + b'"]', rows[3][0]))
    documents.parsed_documents.cache_clear()
    parsed = counting_parses(monkeypatch)
    for path in articles:
        assert repr(article_document(project, path)) == fresh[path]
    assert len(parsed) == 4
    for replacement in (b"not a database at all" * 100, None):
        for sibling in store.parent.glob(DOCUMENTS_FILE_NAME + "*"):
            sibling.unlink()
        if replacement is not None:
            store.write_bytes(replacement)
        documents.parsed_documents.cache_clear()
        parsed.clear()
        for path in articles:
            assert repr(article_document(project, path)) == fresh[path]
        assert len(parsed) == len(articles)


def test_a_parse_kept_by_other_code_or_for_another_format_is_not_used(extracted: Path) -> None:
    project = Project.open(extracted)
    article = articles_of(extracted)[0]
    data = article.read_bytes()
    store = ParsedDocuments(project.state_file(DOCUMENTS_FILE_NAME))
    name = project.relative(article)
    assert store.lookup(name, document_key(data, article.suffix), len(data)) is not None
    assert store.lookup(name, document_key(data, ".txt"), len(data)) is None  # the suffix picks the parser
    fingerprint.code_state.cache_clear()
    fingerprint.code_digest.cache_clear()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(fingerprint, "OUTPUT_LIBRARIES", (*fingerprint.OUTPUT_LIBRARIES, "json"))
            assert store.lookup(name, document_key(data, article.suffix), len(data)) is None  # a library moved
    finally:
        fingerprint.code_state.cache_clear()
        fingerprint.code_digest.cache_clear()


def test_a_row_longer_than_any_parse_of_its_article_is_not_read(extracted: Path, tmp_path: Path) -> None:
    """A row past `encoded_limit` (a forged or damaged store) is left in the database, not
    read into memory whole and decoded."""
    copy = tmp_path / "project"
    project = opened_copy(extracted, copy)
    article = articles_of(copy)[0]
    data = article.read_bytes()
    name, key = project.relative(article), document_key(data, article.suffix)
    store = ParsedDocuments(project.state_file(DOCUMENTS_FILE_NAME))
    kept = store.lookup(name, key, len(data))
    assert kept is not None and len(kept) <= documents.encoded_limit(len(data))
    padded = kept[:-1] + b" " * (documents.encoded_limit(len(data)) - len(kept) + 1) + kept[-1:]
    assert decode_document(padded, source_path=str(article)) is not None  # still a good parse, only long
    store.keep([(name, key, padded)])
    assert store.lookup(name, key, len(data)) is None


def test_assemble_writes_the_same_bytes_from_kept_parses_as_from_fresh_ones(
    extracted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept, fresh = tmp_path / "kept", tmp_path / "fresh"
    shutil.copytree(extracted, kept)
    # Units translated and checked, so the editions print the decoded values in each locale's
    # form (an untranslated unit prints the source's own wording and renders no value).
    assert main(["translate", "--engine", "pseudo", "--locales", "de,ar", "-q", "--root", str(kept)]) == 0
    assert main(["qa", "-q", "--root", str(kept)]) in (0, 1)
    shutil.copytree(kept, fresh)
    for sibling in (fresh / "locales").glob(DOCUMENTS_FILE_NAME + "*"):
        sibling.unlink()
    documents.parsed_documents.cache_clear()
    parsed = counting_parses(monkeypatch)
    formats = ["--format", "html", "--format", "md", "--format", "txt"]
    assert main(["assemble", *formats, "--jobs", "1", "-q", "--root", str(kept)]) == 0
    assert parsed == []
    assert main(["assemble", *formats, "--jobs", "1", "-q", "--root", str(fresh)]) == 0
    assert len(parsed) == len(articles_of(fresh))

    built = files_below(kept / "build")
    assert len(built) == 2 * 3 * len(articles_of(kept)) and built == files_below(fresh / "build")
