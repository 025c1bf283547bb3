"""`status`: per-locale counts of reviewed / MT-fuzzy / TM-fuzzy / untranslated units and words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from l10n.catalog.po import apply_suggestions
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.status import project_status, source_words

REPO = Path(__file__).resolve().parent.parent
REFERENCE_PO = REPO / "locales" / "zh_CN" / "LC_MESSAGES" / "000_3e65442673b9006b.po"
DOMAIN = "000_3e65442673b9006b"


@pytest.fixture
def project(project_root: Path):
    from l10n.extraction import extract_article, update_catalogs
    from l10n.project import Project

    project = Project.open(project_root)
    extract_article(project, next((project_root / "seeds").glob("*.txt")))
    locales = [parse_locale("zh_CN"), parse_locale("de")]
    list(update_catalogs(project, domains=[DOMAIN], locales=locales))
    project.po_path(locales[0], DOMAIN).write_bytes(REFERENCE_PO.read_bytes())
    return project


def test_counts_units_and_words_per_state(project):
    from l10n.catalog.po import read_pot

    de = parse_locale("de")
    units = read_pot(project.pot_path(DOMAIN))
    headline = next(u for u in units if u.msgctxt == "headline")
    credit = next(u for u in units if u.msgctxt == "credit")
    apply_suggestions(
        project.po_path(de, DOMAIN),
        [
            Suggestion(
                headline.msgctxt, headline.msgid, "Biomedizin wird Säule Baoshans", "mt", "apertium en-de score=-0.4"
            ),
            Suggestion(credit.msgctxt, credit.msgid, "Ti Gong", "tm", "100% from other (credit)"),
        ],
    )
    zh, de_status = project_status(project, locales=[parse_locale("zh_CN"), de], domains=[DOMAIN])
    total_words = sum(source_words(u.msgid) for u in units)
    assert zh.units["reviewed"] == len(units) and zh.words["reviewed"] == total_words
    assert zh.reviewed_percent == 100.0
    assert de_status.units == {"reviewed": 0, "mt_fuzzy": 1, "tm_fuzzy": 1, "fuzzy": 0, "untranslated": len(units) - 2}
    assert de_status.words["mt_fuzzy"] == source_words(headline.msgid) == 8
    assert de_status.words["tm_fuzzy"] == 2
    assert de_status.total_words == total_words


def test_missing_catalog_counts_as_untranslated(project):
    (fr_status,) = project_status(project, locales=[parse_locale("fr")], domains=[DOMAIN])
    assert fr_status.units["untranslated"] == fr_status.total_units > 20


def test_cli_json(project):
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "workflow.py"),
            "status",
            "--root",
            str(project.root),
            "--locales",
            "zh_CN,de",
            "--json",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [row["locale"] for row in data] == ["zh_CN", "de"]
    assert data[0]["units"]["reviewed"] == data[0]["total_units"]
    assert data[1]["units"]["untranslated"] == data[1]["total_units"]


def test_cli_table(project):
    result = subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), "status", "--root", str(project.root), "--locales", "zh_CN"],
        capture_output=True,
        text=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "zh_CN" in result.stdout and "100%" in result.stdout


def test_the_headline_shown_beside_a_domain_is_the_templates(project):
    """`status` lists each article with its headline (`cli.common.headline`), taken by the
    scanner from a template it reads, else by `read_pot` — the same text either way."""
    from l10n.catalog.po import read_pot
    from l10n.cli.common import headline

    pot = project.pot_path(DOMAIN)
    expected = next(unit.msgid for unit in read_pot(pot) if unit.msgctxt == "headline")
    assert headline(project, DOMAIN) == expected
    pot.write_text(pot.read_text(encoding="utf-8") + '\n#~ msgid "gone"\n#~ msgstr ""\n', encoding="utf-8")
    assert headline(project, DOMAIN) == expected  # an obsolete entry: the scanner declines, polib reads it
    assert headline(project, "no_such_article") is None


def test_the_headlines_are_read_without_polibs_reader(project):
    """A `status` whose catalogs were all counted before (by `qa`) reads only the twenty
    templates' headlines: by the scanner, without importing the general PO reader."""
    code = (
        "import sys; from l10n.cli.common import headline; from l10n.project import Project; "
        f"print(headline(Project.open({str(project.root)!r}), {DOMAIN!r})); "
        "print('l10n.catalog.pofile' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["Biomedical to become key pillar industry for Baoshan", "False"]
