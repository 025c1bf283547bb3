"""Size limits on what enters the project: articles and catalogs, each limit named in its error.

Everything outside is hostile (DESIGN decision 12), so cost must be bounded: every stage is
linear in its input, and these limits bound the input. They sit far above any real article or
catalog (a long feature is ~100 KB and a few hundred units), so they only stop files that are
broken or built to exhaust the machine; `bench/sizes.py` measures time and memory up to them.
Bounds inside one format stay beside its reader: a Word file's unpacked size and parts
(`ingest/docx.py`), JSON-LD (`ingest/metadata.py`), table cells (`ingest/tables.py`), model
packages and their downloads (`mt/package_io.py`).
"""

from __future__ import annotations

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
"""An article file (HTML, Markdown or text) larger than this is refused at ingest."""

MAX_CATALOG_BYTES = 512 * 1024 * 1024
"""A PO/POT file larger than this is refused before it is parsed."""

MAX_CATALOG_ENTRIES = 2_000_000
"""A PO/POT file with more entries than this is refused while it is read."""


def describe(limit: int) -> str:
    """A limit as people read it.

    >>> describe(MAX_ARTICLE_BYTES), describe(MAX_CATALOG_ENTRIES)
    ('64 MiB', '2,000,000')
    """
    if limit % (1024 * 1024) == 0 and limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MiB"
    return f"{limit:,}"
