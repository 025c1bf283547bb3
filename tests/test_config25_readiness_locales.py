"""A `[l10n.readiness.<locale>]` table must name one of the project's `locales` (`l10n/config.py`,
`_named_locales`): a typo (`de_CH` when the project has `de`) used to be read and never looked
up, so the editor believed a stricter policy guarded an edition it did not. Spellings that
`l10n.locales` normalises to a listed locale (`pt-BR`, `pt_br` for pt_BR) are that locale."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.cli import main
from l10n.config import Readiness, read_settings
from l10n.locales import parse_locale

HEAD = '[l10n]\nlocales = ["de", "es", "pt_BR"]\n'
WRONG = "readiness: de_CH is not one of locales (de, es, pt_BR) (did you mean de?)"


def _written(root: Path, table: str) -> Path:
    path = root / "l10n.toml"
    path.write_text(HEAD + table, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("table", "line"),
    [
        ("[l10n.readiness.de_CH]\nmin_reviewed = 0.9\n", 3),
        ("[l10n.readiness]\nmin_translated = 0.5\n\n[l10n.readiness.de-ch]\nmin_reviewed = 0.9\n", 6),
        ('[l10n.readiness.es]\nmin_reviewed = 0.5\n[l10n.readiness."de-CH"]\nmin_reviewed = 0.9\n', 5),
        ("[l10n.readiness]\nmin_translated = 0.5\nes = { min_reviewed = 0.5 }\nde_CH = { min_reviewed = 0.9 }\n", 6),
        ("readiness.es.min_reviewed = 0.5\nreadiness.de_CH.min_reviewed = 0.9\n", 4),
    ],
)
@pytest.mark.parametrize("command", [["status"], ["config"], ["publish"]])
def test_a_table_for_another_locale_is_one_line_naming_the_file_and_its_line(
    tmp_path: Path, capsys, table: str, line: int, command: list[str]
) -> None:
    _written(tmp_path, table)
    assert main([*command, "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{tmp_path / 'l10n.toml'}:{line}: {WRONG}" in err


def test_a_locale_of_another_language_names_no_suggestion_but_the_locales(tmp_path: Path, capsys) -> None:
    _written(tmp_path, "[l10n.readiness.it]\nmin_reviewed = 0.9\n")
    assert main(["config", "--root", str(tmp_path)]) == 2
    assert "l10n.toml:3: readiness: it is not one of locales (de, es, pt_BR)\n" in capsys.readouterr().err


@pytest.mark.parametrize("spelled", ["pt_BR", "pt-BR", '"pt-BR"', "pt_br", "PT-br"])
def test_any_spelling_of_a_listed_locale_is_that_locale(tmp_path: Path, capsys, spelled: str) -> None:
    path = _written(
        tmp_path, f"[l10n.readiness]\nmin_translated = 0.5\n[l10n.readiness.{spelled}]\nmin_reviewed = 0.9\n"
    )
    settings = read_settings(path)
    assert settings.readiness_for(parse_locale("pt_BR")) == Readiness(min_translated=0.5, min_reviewed=0.9)
    assert settings.readiness_for(parse_locale("de")) == Readiness(min_translated=0.5, min_reviewed=0.0)
    assert main(["config", "--root", str(tmp_path)]) == 0, capsys.readouterr().err


def test_a_table_for_a_listed_locale_still_applies_to_its_editions_only(tmp_path: Path) -> None:
    path = _written(tmp_path, "[l10n.readiness.de]\nmin_reviewed = 0.9\n[l10n.readiness.es]\nmin_translated = 0.25\n")
    settings = read_settings(path)
    assert [settings.readiness_for(parse_locale(code)) for code in ("de", "es", "pt_BR")] == [
        Readiness(min_translated=1.0, min_reviewed=0.9),
        Readiness(min_translated=0.25, min_reviewed=0.0),
        Readiness(),
    ]
