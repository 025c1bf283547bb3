"""Pipeline commands: extract, update, assemble, status, xliff, run. (Being wired up.)"""

from __future__ import annotations
