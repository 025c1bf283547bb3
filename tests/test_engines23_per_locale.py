"""Each locale's own MT engine (`[l10n.engines]` in l10n.toml, `l10n/config.py`): read and
checked like every setting, used by `translate` and `run` when no `--engine` is given (one
command: pseudo, Apertium and OpenCC side by side, zh_CN translated before zh_TW is derived from
it), overridden by `--engine`, and part of what `translate`'s records key on: changing one
locale's engine re-translates that locale's machine output and nothing else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest
from argos_fixtures import packages_dir  # noqa: F401

from l10n.catalog.translations import machine_may_fill
from l10n.cli import main
from l10n.config import read_settings
from l10n.errors import ProjectError
from l10n.model import Translation
from l10n.mt.opencc import convert_all

LOCALES = ("de", "es", "zh_CN", "zh_TW")
TABLE = '[l10n]\nlocales = ["de", "es", "zh_CN", "zh_TW"]\nengine = "pseudo"\n\n[l10n.engines]\nes = "{es}"\nzh_TW = "auto"\n'
apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="Debian package apertium not installed")


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--root", str(root)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _po(root: Path, code: str) -> Path:
    return next((root / "locales" / code / "LC_MESSAGES").glob("*.po"))


def _engines(root: Path, code: str) -> set[str]:
    """The engines named by the machine lines of `code`'s catalog (`mt: <engine> …`)."""
    return {
        line.split()[1]
        for entry in polib.pofile(str(_po(root, code)))
        for line in entry.tcomment.splitlines()
        if line.startswith("mt:")
    }


@pytest.fixture
def project(project_root: Path, packages_dir: Path, capsys, monkeypatch) -> Path:  # noqa: F811
    """The seed project, extracted for four locales, with es on Apertium, zh_TW on auto (OpenCC
    from zh_CN: no Argos package installed) and the others on pseudo."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages_dir))
    (project_root / "l10n.toml").write_text(TABLE.format(es="apertium"), encoding="utf-8")
    extract = ["extract", str(project_root / "seeds"), "--locales", ",".join(LOCALES), "-q"]
    assert run(capsys, project_root, *extract)[0] == 0
    return project_root


# ---- the setting ---------------------------------------------------------------------------


def test_the_table_is_read_and_shown_by_l10n_config(tmp_path: Path, capsys) -> None:
    (tmp_path / "l10n.toml").write_text(TABLE.format(es="apertium").replace("zh_TW =", '"zh-TW" ='), encoding="utf-8")
    settings = read_settings(tmp_path / "l10n.toml")
    assert [settings.engine_for(code) for code in LOCALES] == ["pseudo", "apertium", "pseudo", "auto"]
    status, out, _ = run(capsys, tmp_path, "config", "--json")
    assert status == 0
    rows = {row["key"]: row for row in json.loads(out)}
    assert rows["engines"]["value"] == {"es": "apertium", "zh_TW": "auto"} and rows["engines"]["default"] == {}
    assert rows["readiness"]["value"] == {"min_translated": 1.0, "min_reviewed": 0.0}  # (json.dumps failed on it)


@pytest.mark.parametrize(
    ("table", "line", "words"),
    [
        (
            '[l10n.engines]\nes = "apertium"\nde = "apertum"\n',
            6,
            "engines: de: unknown engine 'apertum' (did you mean 'apertium'?)",
        ),
        (
            '[l10n.engines]\nes = "apertium"\nit = "pseudo"\n',
            6,
            "engines: it is not one of locales (de, es, zh_CN, zh_TW)",
        ),
        ('[l10n.engines]\n"zh-TW" = "auto"\n"zh_TW" = "none"\n', 6, "engines: zh_TW: zh_TW is named twice"),
        ("engines.es = 3\n", 3, 'engines: es: expected an engine name such as "apertium", not int 3'),
        ('engines = "pseudo"\n', 3, 'engines: expected a table of locale = "engine"'),
    ],
)
def test_a_wrong_entry_is_one_line_naming_the_file_and_its_line(
    tmp_path: Path, table: str, line: int, words: str
) -> None:
    path = tmp_path / "l10n.toml"
    head = '[l10n]\nlocales = ["de", "es", "zh_CN", "zh_TW"]\n'
    path.write_text(head + ("\n" if table.startswith("[") else "") + table, encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        read_settings(path)
    assert caught.value.line == line and Path(caught.value.path) == path
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_another_engines_machine_output_is_open_to_the_locales_engine() -> None:
    apertium_mt = Translation("Hola", fuzzy=True, origin="mt", provenance="mt: apertium eng-spa 2026-12-02")
    assert machine_may_fill(apertium_mt, overwrite_fuzzy=False, engine="pseudo")
    assert not machine_may_fill(apertium_mt, overwrite_fuzzy=False, engine="apertium")
    assert not machine_may_fill(apertium_mt, overwrite_fuzzy=False)  # (no engine named: as before)
    tm_match = Translation("Hola", fuzzy=True, origin="tm", provenance="tm: 92% locales/tm.sqlite3")
    person = Translation("Hola", fuzzy=True, origin="human")
    reviewed = Translation("Hola", origin="mt", provenance="mt: apertium eng-spa 2026-12-02")
    assert not any(machine_may_fill(t, overwrite_fuzzy=False, engine="pseudo") for t in (tm_match, person, reviewed))


# ---- translate and run ---------------------------------------------------------------------


@apertium
def test_one_translate_uses_each_locales_engine_and_derives_zh_tw_after_zh_cn(project: Path, capsys) -> None:
    status, out, err = run(capsys, project, "translate", "-q")
    assert status == 0, err
    assert {code: _engines(project, code) for code in LOCALES} == {
        "de": {"pseudo"},
        "es": {"apertium"},
        "zh_CN": {"pseudo"},
        "zh_TW": {"opencc"},
    }
    simplified = {e.msgid: e.msgstr for e in polib.pofile(str(_po(project, "zh_CN"))) if e.msgstr}
    traditional = {e.msgid: e.msgstr for e in polib.pofile(str(_po(project, "zh_TW"))) if e.msgstr}
    assert traditional and traditional.keys() == simplified.keys()  # zh_CN was translated first, in this command
    assert list(traditional.values()) == convert_all("s2twp", list(simplified.values()))


@apertium
def test_changing_one_locales_engine_retranslates_its_machine_output_only(project: Path, capsys) -> None:
    assert run(capsys, project, "translate", "-q")[0] == 0
    es = polib.pofile(str(_po(project, "es")))
    reviewed, person = es[0], es[1]
    reviewed.msgstr, reviewed.tcomment, reviewed.flags = "Revisado por una persona.", "", []
    person.msgstr, person.tcomment = "Borrador de una persona.", ""
    es.save()
    others = {code: _po(project, code).read_bytes() for code in LOCALES if code != "es"}
    (project / "l10n.toml").write_text(TABLE.format(es="pseudo"), encoding="utf-8")

    status, out, err = run(capsys, project, "translate", "-q")

    assert status == 0, err
    assert {code: _po(project, code).read_bytes() for code in others} == others  # nothing else rewritten
    after = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(_po(project, "es")))}
    assert after[(reviewed.msgctxt, reviewed.msgid)].msgstr == "Revisado por una persona."
    kept = after[(person.msgctxt, person.msgid)]
    assert kept.msgstr == "Borrador de una persona." and kept.fuzzy  # a person's fuzzy draft
    machine = [e for e in after.values() if e.tcomment.startswith("mt:")]
    assert machine and all(e.tcomment.startswith("mt: pseudo") for e in machine)
    assert len(machine) == len(after) - 2


@apertium
def test_engine_on_the_command_line_applies_to_every_locale_it_names(project: Path, capsys) -> None:
    assert run(capsys, project, "translate", "--engine", "pseudo", "--locales", "es,zh_TW", "-q")[0] == 0
    assert _engines(project, "es") == {"pseudo"} and _engines(project, "zh_TW") == {"pseudo"}
    assert run(capsys, project, "translate", "--locales", "es", "-q")[0] == 0  # the table again: Apertium's
    assert _engines(project, "es") == {"apertium"}


@apertium
def test_run_uses_the_table(project: Path, capsys) -> None:
    status, out, err = run(capsys, project, "run")
    assert status == 0, err
    assert "(apertium " in out and "(opencc s2twp from zh_CN)" in out  # translate's one line
    assert {code: _engines(project, code) for code in LOCALES} == {
        "de": {"pseudo"},
        "es": {"apertium"},
        "zh_CN": {"pseudo"},
        "zh_TW": {"opencc"},
    }
    assert any((project / "site").rglob("*.html"))


@apertium
def test_an_engine_that_cannot_serve_a_locale_says_where_it_was_named(project: Path, capsys) -> None:
    status, _, err = run(capsys, project, "translate", "--engine", "apertium", "--locales", "zh_CN")
    assert status != 0 and "engine apertium cannot translate zh_CN" in err and "--engine auto" in err
    (project / "l10n.toml").write_text(TABLE.format(es="apertium") + 'zh_CN = "apertium"\n', encoding="utf-8")
    status, _, err = run(capsys, project, "translate", "--locales", "zh_CN")
    assert status != 0 and "engine apertium cannot translate zh_CN" in err
    assert "another engine for zh_CN in l10n.toml" in err and "--engine auto" not in err
