"""A stage with nothing to do is answered before its command line is parsed (`cli.early`), and
only then: the same report and exit status as the command run for real, none of the command
line's machinery imported, and every change to what the record's key is made of (`l10n.toml`,
a catalog, the templates, build/'s files, the printing environment) runs the command again.
A record that no longer holds is looked up once, not once early and once by the command."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n.cli import main
from l10n.memory import whole_run

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))
COMMANDS = {
    "qa": ["qa"],
    "status": ["status"],
    "assemble": ["assemble", "--format", "html", "--format", "txt"],
    "publish": ["publish"],
}
WRITERS = {"assemble", "publish"}  # a re-run after a change writes, so it prints what a real re-run does not


def run(root: Path, args: list[str], **env: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `main` in this process, as the operator's command line."""
    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, "--root", str(root)])
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return code, out.getvalue(), err.getvalue()


def for_real(root: Path, args: list[str]) -> tuple[int, str, str]:
    """The command run with every record ignored: what an answer from a record must equal."""
    return run(root, args, L10N_NO_RECORDS="1")


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds")
    assert run(root, ["extract", str(root / "seeds"), "--locales", "de,zh_CN", "-q"])[0] == 0
    assert run(root, ["translate", "--engine", "pseudo", "--locales", "de,zh_CN"])[0] == 0
    for args in COMMANDS.values():  # the runs that keep the records (and their command lines)
        run(root, args)
    yield root


class LookUps:
    """Counts the whole-run look-ups a command takes (the real `look_up_run`, called through)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = whole_run.look_up_run

        def counted(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(whole_run, "look_up_run", counted)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_an_unchanged_command_line_is_answered_as_the_command_answers(project: Path, name: str) -> None:
    answered = run(project, COMMANDS[name])
    assert answered == for_real(project, COMMANDS[name])
    assert answered[1] or answered[2]


PROBE = (
    "import sys\n"
    "from l10n.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('MODULES ' + ' '.join(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_an_unchanged_command_line_imports_no_command_line_machinery(project: Path, name: str) -> None:
    """Failed before `cli.early`: a replay imported Typer and Click to parse the command line,
    and the project's settings and CLDR to compute the record's key."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *COMMANDS[name], "--root", str(project)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr
    modules = set(done.stdout.rpartition("MODULES ")[2].split())
    assert "l10n.memory.whole_run" in modules  # the record was looked up
    assert sorted(modules & {"typer", "click", "rich", "babel", "l10n.project", "l10n.cli.common"}) == []
    assert "dataclasses" not in modules  # ~40 M instructions (`inspect`, `ast`, `dis`): session 37


def _edit_a_translation(root: Path) -> None:
    """A translator breaks a unit's placeholder (QA must say so) and signs it off."""
    import polib

    path = root / "locales" / "de" / "LC_MESSAGES" / f"{SEED.stem}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgstr and "{" in e.msgid)
    entry.msgstr = "Kaputt ohne Platzhalter"
    entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    catalog.save(str(path))


def _fewer_locales(root: Path) -> None:
    (root / "l10n.toml").write_text('locales = ["de"]\n', encoding="utf-8")


def _new_template(root: Path) -> None:
    shutil.copy(SEED, root / "seeds" / "second.txt")
    assert run(root, ["extract", str(root / "seeds"), "--locales", "de,zh_CN", "-q"])[0] == 0


def _edition_removed(root: Path) -> None:
    next((root / "build" / "de").glob("*.txt")).unlink()


def _edition_edited(root: Path) -> None:
    path = next((root / "build" / "de").glob("*.html"))
    path.write_text(path.read_text(encoding="utf-8") + "<!-- by hand -->", encoding="utf-8")


def _page_removed(root: Path) -> None:
    next((root / "site" / "de").glob("*.html")).unlink()


CHANGES = {  # one input the record's key or its files are made of
    "a translation": _edit_a_translation,
    "l10n.toml": _fewer_locales,
    "the templates": _new_template,
    "an edition removed": _edition_removed,
    "an edition edited": _edition_edited,
    "a page removed": _page_removed,
}


RELEVANT = {  # the changes each command's report shows
    "qa": {"a translation", "l10n.toml", "the templates"},
    "status": {"a translation", "l10n.toml", "the templates"},
    "assemble": set(CHANGES) - {"a page removed"},
    "publish": {"a translation", "l10n.toml", "the templates", "a page removed"},
}


@pytest.mark.parametrize("change", list(CHANGES))
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_changed_input_runs_the_command_again(project: Path, name: str, change: str) -> None:
    """Each change, then the command line again: it works (an early answer from the record would
    print the old report and leave build/ as it was), after which it is answered as the
    command run for real answers."""
    args = COMMANDS[name]
    before = run(project, args)
    CHANGES[change](project)
    answered = run(project, args)
    if change in RELEVANT[name]:
        assert answered != before
    if name == "assemble" and change.startswith("an edition"):
        assert " 1 written" in answered[1]
        assert not any("by hand" in p.read_text(encoding="utf-8") for p in (project / "build").rglob("*.html"))
    if name == "publish" and change == "a page removed":
        assert " 1 written" in answered[1]
    if name not in WRITERS:
        assert answered == for_real(project, args)  # read-only: a real run now prints the same
    written = {p: p.read_bytes() for folder in ("build", "site") for p in (project / folder).rglob("*") if p.is_file()}
    assert run(project, args) == for_real(project, args)
    assert written == {
        p: p.read_bytes() for folder in ("build", "site") for p in (project / folder).rglob("*") if p.is_file()
    }


def test_the_printing_environment_is_part_of_the_command_line(project: Path) -> None:
    wide = run(project, ["status"], COLUMNS="40")
    assert wide == run(project, ["status"], COLUMNS="40", L10N_NO_RECORDS="1")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_record_that_no_longer_holds_is_looked_up_once(
    project: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The early look-up's stats go to the command's own (`cli.early.handed_look_up`): a walk of
    every watched file (~40,000 for assemble at 1,000 × 10) is not taken twice."""
    _edit_a_translation(project)
    look_ups = LookUps(monkeypatch)
    run(project, COMMANDS[name])
    assert look_ups.count == 1
    look_ups.count = 0
    assert run(project, COMMANDS[name]) == for_real(project, COMMANDS[name])  # answered early now
    assert look_ups.count == 1


def test_run_and_debug_keep_no_command_line(project: Path) -> None:
    """Only a command run as its own command line is answered early: `--debug` runs it."""
    from l10n.cli import early
    from l10n.memory.stamps import stage_stamps

    with stage_stamps(project, early.ARGV_STAGE) as stamps:
        rows = dict(stamps._stamps())
    _edit_a_translation(project)
    run(project, ["qa", "--debug"])
    with stage_stamps(project, early.ARGV_STAGE) as stamps:
        assert dict(stamps._stamps()) == rows


def test_an_options_value_is_its_own_not_an_option(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Failed before (cleanup39): the command line was read as if no option took a value, so `status --root --help`
    (the project in the folder "--help", which Click reads as `--root`'s value) was taken as asking for help and
    never answered early, and `--out --root` made the folder after it the root."""
    from l10n.cli import early

    monkeypatch.chdir(project.parent)
    (project.parent / "--help").symlink_to(project.name)
    args = ["status", "--root", "--help"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(args) == 0  # keeps the record and its command line
    code = Path(early.__file__).parents[2]  # the checkout whose l10n this test runs
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(code)},
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.rpartition("MODULES ")[0] == out.getvalue()
    assert "typer" not in done.stdout.rpartition("MODULES ")[2].split()  # answered early
    found = early._argv_key(["publish", "--out", "--root", "--jobs", "2"])
    assert found is not None and found[1] == os.path.realpath(".")  # Click's root: here; "--root" is the output folder
    assert early._argv_key(["status", "--jobs", "2", "--help"]) is None


def test_the_options_taking_a_value_are_the_commands_own() -> None:
    """`cli.early.VALUE_OPTIONS`, read without Typer, names the options of each command answered early that take a
    value, as the command itself defines them."""
    import click
    import typer.main

    from l10n.cli import early
    from l10n.cli.common import app

    group = typer.main.get_command(app)
    context = click.Context(group)
    for name in early.LOOK_UPS:
        command = group.get_command(context, name)
        assert command is not None
        taking = {
            opt
            for param in command.params
            if param.param_type_name == "option" and not param.is_flag and not param.count  # Typer's click's Option
            for opt in param.opts
        }
        assert taking == early.VALUE_OPTIONS[name], name
