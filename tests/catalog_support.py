"""Helpers shared by the catalog tests: real `msgfmt -c`, seed-derived units, tricky units."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import SEED

from l10n.catalog.po import update_po, write_pot
from l10n.locales import TargetLocale, parse_locale
from l10n.model import Reference, Unit

MSGFMT = "/usr/bin/msgfmt"
SEED_REFERENCE = f"seeds/{SEED.name}"


def msgfmt_check(path: Path) -> str:
    """Run the real `msgfmt -c` and fail on any fatal error; returns its warnings."""
    done = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stderr


def seed_units() -> list[Unit]:
    """Every distinct line of the seed article as a unit (no-break spaces, curly quotes kept)."""
    units: dict[str, Unit] = {}
    for number, line in enumerate(SEED.read_text(encoding="utf-8").splitlines(), start=1):
        text = line.strip()
        if text and text not in units:
            units[text] = Unit(msgid=text, references=[Reference(SEED_REFERENCE, number)])
    return list(units.values())


def tricky_units() -> list[Unit]:
    """Units with context, placeholders, quotes, backslashes, tabs, newlines and long lines."""
    return [
        Unit(
            msgid="investment of more than {money_1} ({money_2}) this year.",
            references=[Reference(SEED_REFERENCE, 14)],
            comments=[
                "money_1: 10 billion yuan = CNY 10000000000",
                "money_2: US$1.52 billion = USD 1520000000",
            ],
        ),
        Unit(
            msgid="Ti Gong", msgctxt="credit", references=[Reference(SEED_REFERENCE, 7), Reference(SEED_REFERENCE, 30)]
        ),
        Unit(msgid="Ti Gong", msgctxt="caption"),
        Unit(msgid='He said “it\'s \\done\\” and\tleft.\nThen "quiet".'),
        Unit(msgid="A very long sentence " * 12 + "ends here with {number_1} items.", comments=["number_1: 200 = 200"]),
        Unit(msgid="Click {a_1}here{a_1_end} to read.", comments=['a_1: <a href="/x"> = a']),
    ]


def make_catalogs(folder: Path, units: list[Unit], *, locale: str = "de") -> tuple[Path, Path, TargetLocale]:
    """Write a template and create the locale's PO from it: (pot, po, locale)."""
    target = parse_locale(locale)
    pot = folder / "article.pot"
    write_pot(units, pot, domain="article", source_path=SEED_REFERENCE)
    po = folder / target.code / "LC_MESSAGES" / "article.po"
    update_po(pot, po, target)
    return pot, po, target
