"""Review: machine units worst first (engine score, back-translation chrF), and signing them off."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from l10n.catalog.po import apply_suggestions, read_translations
from l10n.locales import parse_locale
from l10n.model import Suggestion
from l10n.review import accept, chrf, review_queue

REPO = Path(__file__).resolve().parent.parent
DOMAIN = "000_3e65442673b9006b"


@pytest.fixture
def project(project_root: Path):
    from l10n.extraction import extract_article
    from l10n.project import Project

    project = Project.open(project_root)
    extract_article(project, next((project_root / "seeds").glob("*.txt")))
    shutil.copy(REPO / "locales" / "glossary.csv", project.locales_dir / "glossary.csv")
    return project


def _units(project):
    from l10n.catalog.po import read_pot

    return {u.msgid: u for u in read_pot(project.pot_path(DOMAIN))}


def _catalog(project, code: str, suggestions: list[tuple[str, str, str, str]]):
    """A PO for `code` with machine suggestions (msgid prefix, msgstr, origin, provenance)."""
    from l10n.catalog.po import update_po

    locale = parse_locale(code)
    po = project.po_path(locale, DOMAIN)
    update_po(project.pot_path(DOMAIN), po, locale)
    units = _units(project)
    chosen = []
    for prefix, msgstr, origin, provenance in suggestions:
        unit = next(u for msgid, u in units.items() if msgid.startswith(prefix))
        chosen.append(Suggestion(unit.msgctxt, unit.msgid, msgstr, origin, provenance))
    apply_suggestions(po, chosen)
    return locale, po


def test_worst_engine_score_first_and_tm_matches_ranked_by_percentage(project):
    locale, _ = _catalog(
        project,
        "zh_CN",
        [
            ("Biomedical to become", "生物医药将成为宝山支柱产业", "mt", "argos m 2020-11-28 score=-0.100"),
            ("Leading experts are", "领先专家被任命", "mt", "argos m 2020-11-28 score=-2.000"),
            ("To restore the historical", "为重振荣光", "mt", "argos m 2020-11-28 score=-0.700"),
            ("They shared their", "他们分享了研究", "tm", "80% from older (no context)"),
            ("Yang Jian", "杨健", "mt", "opencc s2tw 2020-11-28"),
        ],
    )
    queue = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)
    assert [item.msgid.split()[0] for item in queue] == ["Leading", "To", "They", "Biomedical", "Yang"]
    assert queue[-1].confidence is None  # no signal: listed, but last


def test_back_translation_chrf_ranks_a_wrong_translation_first(project):
    # Same engine score for both: only the back-translation (real Apertium spa→eng) tells them apart.
    locale, _ = _catalog(
        project,
        "es",
        [
            (
                "Leading experts are",
                "Expertos destacados son nombrados consultores para el desarrollo del parque.",
                "mt",
                "x score=-0.5",
            ),
            ("To restore the historical", "El gato azul duerme en la mesa de la cocina.", "mt", "x score=-0.5"),
        ],
    )
    queue = review_queue(project, locale=locale, domains=[DOMAIN])
    if queue[0].back_translation is None:
        pytest.skip("no Apertium spa→eng pair installed")
    assert queue[0].msgstr.startswith("El gato azul")
    assert queue[0].back_translation_chrf < queue[1].back_translation_chrf
    assert "park" in queue[1].back_translation


def test_accept_by_unit_id_signs_off_and_feeds_the_tm(project):
    from l10n.memory.catalog_sync import open_project_tm

    locale, po = _catalog(
        project,
        "zh_CN",
        [
            ("Yang Jian", "杨健", "mt", "argos m score=-0.2"),
            ("Leading experts are", "多位知名专家受聘担任园区发展顾问。", "mt", "argos m score=-0.3"),
        ],
    )
    queue = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)
    chosen = next(item for item in queue if item.msgid == "Yang Jian")
    assert accept(project, locale=locale, domains=[DOMAIN], unit_ids=[chosen.unit]) == 1
    translations = read_translations(po)
    assert translations[("byline", "Yang Jian")].is_reviewed
    assert translations[("byline", "Yang Jian")].origin == "human"
    assert [i.msgid for i in review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)] == [
        "Leading experts are appointed as consultants for the development of the park."
    ]
    with open_project_tm(project) as tm:
        assert [(e.source, e.target, e.context) for e in tm.entries()] == [("Yang Jian", "杨健", "byline")]


def test_accept_all_checked_leaves_units_qa_flags(project):
    locale, po = _catalog(
        project,
        "zh_CN",
        [
            ("Leading experts are", "多位知名专家受聘担任园区发展顾问。", "mt", "argos m score=-0.3"),
            (
                "As one of the new projects",
                "作为新项目之一，上海医药宝山超级工厂总投资50亿元，占地{quantity_1}。",
                "mt",
                "argos m score=-0.3",
            ),
        ],
    )
    assert accept(project, locale=locale, domains=[DOMAIN], all_checked=True) == 1
    states = {msgid.split()[0]: t for (_, msgid), t in read_translations(po).items() if t.msgstr}
    assert states["Leading"].is_reviewed
    assert states["As"].fuzzy and states["As"].origin == "mt"


def test_cli_lists_and_accepts(project):
    locale, po = _catalog(project, "zh_CN", [("Yang Jian", "杨健", "mt", "argos m score=-0.2")])
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, str(REPO / "workflow.py"), "review", "--root", str(project.root), "--locale", "zh_CN", *args],
        capture_output=True,
        text=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    listed = run("--no-back-translation")
    assert listed.returncode == 0, listed.stderr
    from l10n.model import unit_id

    key = unit_id("byline", "Yang Jian")
    assert key in listed.stdout and "杨健" in listed.stdout
    accepted = run("--accept", key)
    assert accepted.returncode == 0 and "1 unit(s) signed off" in accepted.stdout
    assert read_translations(po)[("byline", "Yang Jian")].is_reviewed


def test_chrf_prefers_closer_text():
    reference = "Leading experts are appointed as consultants for the park."
    assert chrf("Leading experts are appointed consultants of the park.", reference) > chrf(
        "The cat sleeps on the table.", reference
    )


def test_review_lists_the_po_location_and_accepts_it(project):
    locale, po = _catalog(project, "zh_CN", [("Yang Jian", "杨健", "mt", "argos m score=-0.2")])
    item = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)[0]
    path, line = item.where.rsplit(":", 1)
    lines = (project.root / path).read_text(encoding="utf-8").splitlines()
    entry = lines[int(line) - 1 : lines.index("", int(line) - 1)]  # where an editor jumps: the entry
    assert 'msgid "Yang Jian"' in entry and lines[int(line) - 2] == ""
    assert accept(project, locale=locale, domains=[DOMAIN], unit_ids=[item.where]) == 1
    assert read_translations(po)[("byline", "Yang Jian")].is_reviewed


def test_an_unknown_id_is_refused_before_anything_is_signed_off(project):
    from l10n.errors import CatalogError

    locale, po = _catalog(project, "zh_CN", [("Yang Jian", "杨健", "mt", "argos m score=-0.2")])
    item = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)[0]
    with pytest.raises(CatalogError, match="no unit 'u0000' in the zh_CN catalogs"):
        accept(project, locale=locale, domains=[DOMAIN], unit_ids=[item.unit, "u0000"])
    assert read_translations(po)[("byline", "Yang Jian")].fuzzy  # nothing half-done


def test_cli_wraps_chinese_by_display_width_without_losing_text(project):
    from rich.cells import cell_len

    long_zh = "上海医药宝山超级工厂总投资五十亿元，占地面积很大，建成后将成为长三角地区最重要的生物医药生产基地之一，带动周边产业共同发展。"
    _catalog(project, "zh_CN", [("Leading experts are", long_zh, "mt", "argos m score=-0.3")])
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "workflow.py"),
            "review",
            "--root",
            str(project.root),
            "--locale",
            "zh_CN",
            "--no-back-translation",
        ],
        capture_output=True,
        text=True,
        env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    translation = "".join(
        line.strip() for line in lines[lines.index(next(l for l in lines if l.startswith("  zh_CN: "))) :]
    )
    assert long_zh in translation.replace("zh_CN:", "")


def test_a_translation_whose_placeholders_differ_cannot_be_signed_off(project):
    from l10n.errors import CatalogError

    locale, po = _catalog(
        project,
        "zh_CN",
        [
            ("Yang Jian", "杨健", "mt", "argos m"),
            ("As one of the new", "作为新项目之一，总投资巨大。", "mt", "argos m"),
        ],
    )
    queue = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)
    broken = next(item for item in queue if item.msgid.startswith("As one of the new"))
    fine = next(item for item in queue if item.msgid == "Yang Jian")
    with pytest.raises(CatalogError, match=r"cannot be signed off: .*\{money_1\}"):
        accept(project, locale=locale, domains=[DOMAIN], unit_ids=[fine.unit, broken.unit])
    assert read_translations(po)[("byline", "Yang Jian")].fuzzy  # refused before anything was written
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True).returncode == 0


def test_a_refused_sign_off_names_the_msgstr_to_fix_by_its_po_line_and_unit(project):
    """cleanup44: the refusal said "unit 'u…' cannot be signed off", naming no file: the one line now names the
    PO and the unit's line there (where `review` and QA list it), and the unit's id."""
    from l10n.errors import CatalogError

    locale, po = _catalog(project, "zh_CN", [("As one of the new", "作为新项目之一，总投资巨大。", "mt", "argos m")])
    queue = review_queue(project, locale=locale, domains=[DOMAIN], use_back_translation=False)
    broken = next(item for item in queue if item.msgid.startswith("As one of the new"))
    for name in (broken.unit, broken.where):
        with pytest.raises(CatalogError) as refused:
            accept(project, locale=locale, domains=[DOMAIN], unit_ids=[name])
        error = refused.value
        assert (error.file, error.line, error.unit) == (str(po), int(broken.where.rsplit(":", 1)[1]), broken.unit)
        assert str(error).endswith(f":{error.line}: unit {broken.unit}: {error.message}"), str(error)
        assert error.message.startswith("cannot be signed off: ")
