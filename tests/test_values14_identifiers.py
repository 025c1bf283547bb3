"""Identifiers and template arguments keep their digits (values14's probe of the Go blog).

"See [issue 43684](/issue/43684) for details." (`tests/data/probe14/go-go116-module-changes.md`)
read "issue 43.684" in the German edition and "43 684" in the French: an issue's number labels, as
"category 3" does (`protect.LABEL_WORDS`). The blog's image template `{{image "…" 850}}`
(`go-10years.md`) had its width written "٨٥٠" in the Egyptian Arabic edition: a template action's
numbers are arguments (`protect`'s "template"). Near misses stay values: "to issue 45-day
certificates" (Let's Encrypt, `tests/data/probe9`), a table 3 feet wide.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import pytest
from conftest import DATA, run_l10n
from test_placeables_names import real_sentence

from l10n.placeables.detect import find_placeables

MODULES = "probe14/go-go116-module-changes.md"
TEN_YEARS = "probe14/go-10years.md"


def _values(sentence: str) -> list[str]:
    return [p.original for p in find_placeables(sentence)]


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        (MODULES, "issue 43684"),
        (TEN_YEARS, '{{image "10years/gopher10th-small.jpg" 850}}'),
        ("blind/md/jekyll-2014-05-06-jekyll-turns-2-0-0.md", "{% post_url 2013-05-06"),
    ],
)
def test_an_identifier_or_template_argument_is_no_value(path: str, fragment: str) -> None:
    text = (DATA / path).read_text(encoding="utf-8")
    (line,) = [line for line in text.splitlines() if fragment in line][:1]
    sentence = re.sub(r"\]\([^)]*\)", "]", line)  # the link's text, as the reader sees it
    assert _values(sentence) == [], sentence


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("We will issue 45-day certificates.", ["45"]),
        ("The table 3 feet wide cost $40.", ["3 feet", "$40"]),
        ("The flaw was fixed within 30 days of issue.", ["30"]),
    ],
)
def test_near_misses_stay_values(sentence: str, values: list[str]) -> None:
    assert _values(sentence) == values


def test_a_real_issue_verb_before_a_compound_counts() -> None:
    sentence = real_sentence("probe9/le-en-2025-12-02-from-90-to-45.md", "to issue 45-day certificates")
    assert "45" in _values(sentence)


def test_the_editions_keep_the_issue_number_and_the_templates_width(tmp_path: Path) -> None:
    """Through the CLI: extract → pseudo → assemble (German, French); the template's unit in the
    template keeps 850 as text, so no edition can rewrite it."""
    (tmp_path / "seeds").mkdir()
    for post in (MODULES, TEN_YEARS):
        shutil.copy(DATA / post, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de_DE", "fr_FR"]\n', encoding="utf-8")
    run_l10n(tmp_path, "extract", "-q", "seeds/go-go116-module-changes.md", "seeds/go-10years.md")
    run_l10n(tmp_path, "update", "-q")
    run_l10n(tmp_path, "translate", "-q", "--engine", "pseudo")
    run_l10n(tmp_path, "assemble", "-q", "--format", "md")
    for locale in ("de_DE", "fr_FR"):
        edition = (tmp_path / "build" / locale / "go-go116-module-changes.md").read_text(encoding="utf-8")
        assert re.search(r" 43684\]", edition) and not re.search(r"43[.\s\u202f\xa0]684", edition), edition
    template = polib.pofile(str(tmp_path / "locales" / "go-10years.pot"))
    (entry,) = [e for e in template if "gopher10th-small" in e.msgid]
    assert '" 850}}' in entry.msgid and "number" not in entry.comment, entry.msgid


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # review14 V3: "issue" the verb before an amount, a grouped count or a percent
        ("The bank will issue 2.5 billion euros in bonds next week.", ["2.5 billion euros"]),
        ("The company will issue 1,200 new shares and issue 3.5% notes.", ["1,200", "3.5%"]),
        ("They will issue 500 million euros of bonds.", ["500 million euros"]),
        ("The company will issue 500 permits.", ["500"]),
        ("It is on page 1,234.", ["1,234"]),  # a grouped number is no label's
    ],
)
def test_issue_the_verb_and_grouped_numbers_count(sentence: str, values: list[str]) -> None:
    assert _values(sentence) == values
