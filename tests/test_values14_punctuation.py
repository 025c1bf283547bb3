"""A localised value that ends with a period ends the sentence once (values14's probe of the Go blog).

"Apps written against `api_version` 1 will stop working after the 18th of August." (the Go blog's
App Engine post, `tests/data/probe14`) read "nach dem 18. Aug.." in the German edition: CLDR's
German day and month ends with the abbreviation's period, and the sentence's own followed it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import DATA, run_l10n

POST = "probe14/go-appengine-ga.md"


def test_the_german_edition_ends_the_sentence_with_one_period(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / POST, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de_DE", "fr_FR"]\n', encoding="utf-8")
    run_l10n(tmp_path, "extract", "-q", "seeds/go-appengine-ga.md")
    run_l10n(tmp_path, "update", "-q")
    run_l10n(tmp_path, "translate", "-q", "--engine", "pseudo")
    run_l10n(tmp_path, "assemble", "-q", "--format", "txt")
    german = (tmp_path / "build" / "de_DE" / "go-appengine-ga.txt").read_text(encoding="utf-8")
    french = (tmp_path / "build" / "fr_FR" / "go-appengine-ga.txt").read_text(encoding="utf-8")
    assert "18. Aug. " in german and "Aug.." not in german, german
    assert "18 août. " in french, french  # a value without a period keeps the sentence's
