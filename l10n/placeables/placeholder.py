"""The placeholder syntax of the catalogs, alone: a module that reads placeholders (MT masking,
the PO writer) needs this pattern and nothing of the data model `naming` builds names from, and
a command replaying its record imports no more than it reads (`tests/test_edit16_startup.py`)."""

from __future__ import annotations

import re

PLACEHOLDER_PATTERN = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
"""A placeholder as the catalogs write it: `{money_1}`, tag pairs `{a_1}` … `{a_1_end}`
(Python `str.format` field names, which is what gettext's `python-brace-format` flag checks).
The one pattern every stage reads placeholders with (catalogs, TM, MT, QA, status, render);
`placeables.naming` makes the names it reads."""
