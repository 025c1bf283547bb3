"""Parsed articles: the segmented `Document` `extract` made of an article, kept so `assemble`
and `publish` need not ingest and segment it again.

Why: every stage that renders an edition needs the article's values, and reading them means
ingesting (HTML boilerplate removal, Markdown, Word) and segmenting (sentence breaking, ~100
placeable rules) — 13 % of a cold `assemble`, which `extract` had already paid for. As
`memory.compiled` keeps what the gate reads of a PO, `extract` keeps each article's parse in
`locales/.documents.sqlite3` (`document_codec`: JSON of plain lists, decoded at C speed), one
row per article, and a reader decodes it instead of parsing.

A row serves only the exact bytes it was parsed from, by the same code and parsers: its key
is a BLAKE2b hash of the article's bytes and suffix (which picks the parser), keyed with
`parser_digest` (this package's code, the libraries ingest and segmentation read with, the
Python that runs them). The reader reads the article once, hashes those bytes, and on any miss
— no row, another key, a row that does not decode, a foreign or damaged file — parses those
same bytes (`parse_article`), so an edition is never made from a parse of other bytes. The file
is derived state (design decision 2: deleting it only makes readers parse) and hostile input
(`document_codec` accepts only what it writes); nothing here raises to its caller but the
errors parsing itself raises.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from l10n.memory.document_codec import decode_document, encode_document
from l10n.memory.sqlite import KeptRows
from l10n.model import Document

DOCUMENTS_FILE_NAME = ".documents.sqlite3"
_SCHEMA = "CREATE TABLE IF NOT EXISTS parsed (article TEXT PRIMARY KEY, digest BLOB NOT NULL, data BLOB NOT NULL)"
Row = tuple[str, bytes, bytes]  # (article as the project names it, `document_key`, `encode_document`)


def parser_digest() -> bytes:
    """What a kept parse's key is keyed with: the code digest, which holds this package's code,
    the state of every library that shapes a parse (`fingerprint.OUTPUT_LIBRARIES`: lxml,
    trafilatura and what it brings, markdown-it, python-docx, BlingFire, tzdata…) and the Python
    version — one list for every record and the parse cache."""
    from l10n.fingerprint import code_digest

    return code_digest()


def document_key(data: bytes, suffix: str) -> bytes:
    """What a kept parse is keyed on: the article's bytes, its suffix and `parser_digest`."""
    key = hashlib.blake2b(suffix.lower().encode() + b"\0", digest_size=16, key=parser_digest())
    key.update(data)
    return key.digest()


def read_article(path: Path) -> bytes | None:
    """The article's bytes, bounded as ingest bounds them; None when it cannot be read or is
    too large (the caller then parses from the path, which reports why, as ever)."""
    from l10n.limits import MAX_ARTICLE_BYTES

    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_ARTICLE_BYTES else None


def parse_article(path: Path, data: bytes | None = None) -> Document:
    """Ingest and segment one article (from `data`, its bytes, when the caller read them): the
    Document every later stage reads values from."""
    from l10n.ingest import ingest_file
    from l10n.segment import segment_document

    return segment_document(ingest_file(path, data=data))


class ParsedDocuments(KeptRows):
    """The kept parses of a project's articles: one SQLite file, opened on first use (WAL, busy
    timeout: `extract`'s workers write while others read). Picklable: a worker opens its own."""

    SCHEMA = _SCHEMA
    INSERT = "INSERT OR REPLACE INTO parsed (article, digest, data) VALUES (?, ?, ?)"
    WHAT = "parsed articles"

    def lookup(self, article: str, key: bytes, size: int) -> bytes | None:
        """The encoded parse kept for `article` with this `document_key`, or None; never one
        longer than `encoded_limit(size)` of the article's `size` bytes (a forged row is not
        read into memory whole, whatever its length)."""
        return self.kept_data(
            "SELECT digest, data FROM parsed WHERE article = ? AND length(data) <= ?",
            (article, encoded_limit(size)),
            key,
        )


@functools.lru_cache(maxsize=4)
def parsed_documents(state_file: Path) -> ParsedDocuments:
    """The store at `state_file` (`Project.state_file(DOCUMENTS_FILE_NAME)`), one per process."""
    return ParsedDocuments(state_file)


def parsed_document(path: Path, *, article: str, store: ParsedDocuments | None) -> Document:
    """The article at `path` (named `article` in the project: `Project.relative`) as
    `parse_article` gives it: decoded from `store` when a parse of these very bytes is kept
    there, else parsed from the bytes read here."""
    data = read_article(path)
    if data is not None and store is not None:
        kept = store.lookup(article, document_key(data, Path(path).suffix), len(data))
        if kept is not None:
            document = decode_document(kept, source_path=str(Path(path)))
            if document is not None:
                return document
    return parse_article(path, data)


def parsed_to_keep(path: Path, *, article: str) -> tuple[Document, Row | None]:
    """`parse_article` of the article at `path`, and the row that keeps it (None when some
    value has no encoding: that article is parsed again by its readers)."""
    data = read_article(path)
    document = parse_article(path, data)
    if data is None:
        return document, None
    encoded = encode_document(document)
    if encoded is None or len(encoded) > encoded_limit(len(data)):
        return document, None
    return document, (article, document_key(data, Path(path).suffix), encoded)


def encoded_limit(size: int) -> int:
    """The longest encoded parse kept for an article of `size` bytes. Real articles encode to
    at most ~4× their bytes (plain text; a web page to a fraction); a parse past this is simply
    not kept, and its readers parse the article again."""
    return 32 * size + 65_536


_held: dict[Path, list[Row]] = {}
"""Parses `extract` made and has not kept yet, by store: written with its stamps."""


def hold_parse(state_file: Path, row: Row) -> None:
    """Hold `row` for the store at `state_file` until `keep_held_parses` (once per chunk of
    articles, with the stamps: one transaction, not one per article)."""
    _held.setdefault(state_file, []).append(row)


def keep_held_parses() -> None:
    """Write every held parse, one transaction per store."""
    while _held:
        state_file, rows = _held.popitem()
        parsed_documents(state_file).keep(rows)
