"""Versions with no name before them stay as written (values15, the Kubernetes blog).

The CSI migration status post (`tests/data/probe15`, SOURCES.md there) lists, per storage driver,
the Kubernetes releases of each stage in a table: cells "1.22", "1.26 (Target)". Each cell was
read as a decimal, so the German, French, Spanish and Russian editions said "1,22" and the
Arabic one "١٫٢٢" — a release that does not exist. With no word around it, a dotted number can
be a version as well as a decimal, and only the one left as written is never wrong
(`l10n.placeables.protect`). Whole and grouped numbers, and dotted numbers with a sign, a unit, a
percent or a sentence around them, are still values. Kubeflow's announcement
(`k8s-2018-announcing-kubeflow-0-1.md`) names its next release after a copula: "release will be
0.2".
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, run_l10n
from test_placeables_names import real_sentence

from l10n.placeables.detect import find_placeables

CSI = "probe15/k8s-2022-csi-migration-status.md"
KUBEFLOW = "probe15/k8s-2018-announcing-kubeflow-0-1.md"


def _cells(path: str) -> list[str]:
    """Every cell of every Markdown table row of a stored post."""
    rows = [line for line in (DATA / path).read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    return [cell.strip() for row in rows for cell in row.strip("|").split("|") if cell.strip()]


def test_the_release_cells_stay_text() -> None:
    cells = [cell for cell in _cells(CSI) if re.match(r"\d+\.\d+", cell)]
    assert len(cells) == 51 and "1.26 (Target)" in cells and "1.22" in cells
    for cell in cells:
        assert find_placeables(cell) == [], cell


@pytest.mark.parametrize(
    ("unit", "values"),
    [
        # near misses: each is still a value
        ("50", ["50"]),
        ("1,200", ["1,200"]),
        ("$1.25", ["$1.25"]),
        ("2.5%", ["2.5%"]),
        ("1.5 million", ["1.5 million"]),
        ("1.22 points", ["1.22"]),
        ("It rose to 1.22.", ["1.22"]),
        ("0.091 GB/s", ["0.091"]),
    ],
)
def test_a_number_with_words_or_a_sign_stays_a_value(unit: str, values: list[str]) -> None:
    assert [p.original for p in find_placeables(unit)] == values


@pytest.mark.parametrize(
    ("path", "fragment", "value"),
    [
        ("realworld/standard-co-uk-caribbean.html", "is now at 20.4", "20.4"),
        ("realworld/slashgear-com-vizzion.html", "coefficient of drag down to 0.24", "0.24"),
    ],
)
def test_a_real_decimal_in_a_sentence_stays_a_number(path: str, fragment: str, value: str) -> None:
    assert value in [p.original for p in find_placeables(real_sentence(path, fragment))]


def test_a_version_a_version_noun_is_stays_text() -> None:
    """Kubeflow's "Our next major release will be 0.2 coming this summer." read "0,2" in four
    editions and "٠٫٢" in the Arabic one: a version noun, a copula, a dotted number (`names`)."""
    sentence = real_sentence(KUBEFLOW, "release will be 0.2")
    assert find_placeables(sentence) == [], sentence


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # near misses: a measure's noun after the number, or a noun between
        ("The release rate was 2.5 in March.", ["2.5"]),
        ("The series was 4.5 hours long.", ["4.5"]),
        ("The release was 2.5 times bigger.", ["2.5"]),
        ("The edition was 1.5 million copies.", ["1.5 million"]),
        ("Each build is 2.5 GB.", ["2.5"]),
        ("The release is 2.5%.", ["2.5%"]),
    ],
)
def test_a_copula_before_a_measure_keeps_its_value(sentence: str, values: list[str]) -> None:
    assert [p.original for p in find_placeables(sentence)] == values


def test_the_editions_keep_the_release_table(tmp_path: Path) -> None:
    """Through the CLI: extract → pseudo → assemble (German, French); every release cell as written,
    and Kubeflow's next release."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / CSI, tmp_path / "seeds")
    shutil.copy(DATA / KUBEFLOW, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de_DE", "fr_FR"]\n', encoding="utf-8")
    run_l10n(tmp_path, "extract", "-q", f"seeds/{Path(CSI).name}", f"seeds/{Path(KUBEFLOW).name}")
    run_l10n(tmp_path, "update", "-q")
    run_l10n(tmp_path, "translate", "-q", "--engine", "pseudo")
    run_l10n(tmp_path, "assemble", "-q", "--format", "md")
    for locale in ("de_DE", "fr_FR"):
        edition = (tmp_path / "build" / locale / Path(CSI).name).read_text(encoding="utf-8")
        rows = [line for line in edition.splitlines() if line.startswith("|") and "---" not in line]
        assert len(rows) == 16
        assert "1.22" in edition and not re.search(r"\b1,\d\d\b", edition), rows
        kubeflow = (tmp_path / "build" / locale / Path(KUBEFLOW).name).read_text(encoding="utf-8")
        assert " 0.2 " in kubeflow and "0,2" not in kubeflow


SPOTLIGHT = "probe15/k8s-2022-sig-storage-spotlight.md"
SNAPSHOTS = "probe15/k8s-2024-volume-group-snapshot-beta.md"

STAGES = [
    # file, fragment locating the sentence, the version that stays as written
    (SPOTLIGHT, "Beta in K8s 1.17 in 2019", "1.17"),  # a numeronym names its version ("K8s")
    (SPOTLIGHT, "eventually GA in 1.20 in 2020", "1.20"),  # a release stage before "in"
    (SPOTLIGHT, "That is targeting GA in 1.25.", "1.25"),
    (SPOTLIGHT, "it is now targeting GA in 1.25", "1.25"),
    (SPOTLIGHT, "we are targeting in 1.25 are related", "1.25"),  # a release plan's verb
    (SNAPSHOTS, "Kubernetes version is 1.25 for", "1.25"),  # a version noun, a copula
]


@pytest.mark.parametrize(("path", "fragment", "version"), STAGES, ids=[c[1] for c in STAGES])
def test_a_release_stage_or_numeronym_keeps_its_version(path: str, fragment: str, version: str) -> None:
    """The Kubernetes blog's SIG Storage spotlight read "1,17", "1,20" and "1,25" in the German,
    French, Spanish and Russian editions ("١٫٢٠" in Arabic); the group snapshot post "1,25"."""
    sentence = real_sentence(path, fragment)
    where = sentence.index(fragment) + fragment.index(version)
    assert not any(p.start <= where < p.end for p in find_placeables(sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # near misses: a stage word with a measure between, a capital and digits that is no numeronym
        ("Beta Corp shares rose to 2.5 in March.", ["2.5"]),
        ("The alpha index fell in 2.5 seconds.", ["2.5"]),
        ("Q4 2.5% growth beat forecasts.", ["2.5%"]),
        ("G7 leaders pledged 1.5 billion dollars.", ["1.5 billion dollars"]),
        ("The bank is targeting growth in 2.5 years.", ["2.5"]),
        ("Investors targeted returns in 11.3 percent of deals.", ["11.3 percent"]),
    ],
)
def test_stage_words_and_numeronyms_leave_measures(sentence: str, values: list[str]) -> None:
    assert [p.original for p in find_placeables(sentence)] == values


CPU_DEFAULTS = "probe15/k8s-docs-cpu-default-namespace.md"


def test_millicores_in_a_cpu_sentence_stay_text() -> None:
    """The docs' "a CPU request of 500m `cpu`" read 500 metres ("500 Meter" in German): a whole
    number glued to "m" in a sentence about CPUs stays as written (`l10n.placeables.protect`)."""
    sentence = real_sentence(CPU_DEFAULTS, "CPU request of 500m")
    assert "500m" not in [p.original for p in find_placeables(sentence)], sentence
    assert "500" in [p.original for p in find_placeables(sentence)]  # "500 millicpu" still counts


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # near misses: no CPU in the sentence, or a currency or decimal before the "m"
        ("He won the 100m final in 9.58 seconds.", ["100m", "9.58"]),
        ("It raised $500m for CPU research.", ["$500m"]),
        ("The chipmaker raised 3.5m from investors for its CPU line.", ["3.5m"]),
    ],
)
def test_a_glued_m_elsewhere_keeps_its_value(sentence: str, values: list[str]) -> None:
    assert [p.original for p in find_placeables(sentence)] == values


def test_the_edition_keeps_the_millicores(tmp_path: Path) -> None:
    """Through the CLI (German): the LimitRange page's "500m" stays text, no "500 Meter"."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / CPU_DEFAULTS, tmp_path / "seeds")
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de_DE"]\n', encoding="utf-8")
    run_l10n(tmp_path, "extract", "-q", f"seeds/{Path(CPU_DEFAULTS).name}")
    run_l10n(tmp_path, "update", "-q")
    run_l10n(tmp_path, "translate", "-q", "--engine", "pseudo")
    run_l10n(tmp_path, "assemble", "-q", "--format", "md")
    edition = (tmp_path / "build" / "de_DE" / Path(CPU_DEFAULTS).name).read_text(encoding="utf-8")
    # the text around placeholders is pseudo-translated: "500m" is text, so its "m" is accented
    assert re.search(r"500[mɱ] `cpu`", edition) and "Meter" not in edition
