"""`--help` as a user reads it in a narrow terminal: nothing cut, no `[...]` eaten, pipeline order."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from l10n.cli import app, main

COLUMNS = 60


def _commands():
    """(argv path, click command) for every command and sub-command."""
    import typer.main

    found = []

    def walk(command, path):
        found.append((path, command))
        for name in getattr(command, "list_commands", lambda ctx: [])(None):
            walk(command.get_command(None, name), [*path, name])

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _commands()


def _help(argv: list[str], capsys, monkeypatch) -> str:
    monkeypatch.setenv("COLUMNS", str(COLUMNS))
    assert main([*argv, "--help"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("path,command", COMMANDS, ids=[" ".join(p) or "l10n" for p, _ in COMMANDS])
def test_help_at_60_columns_keeps_every_option_and_bracket(path, command, capsys, monkeypatch):
    text = _help(path, capsys, monkeypatch)
    assert max(cell_len(line) for line in text.splitlines()) <= COLUMNS
    for param in command.params:
        for opt in [*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())]:
            if opt.startswith("-"):
                assert re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", text), f"{opt} cut or missing"
    squashed = "".join(text.split())
    helps = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
    for bracketed in (b for help_text in helps for b in re.findall(r"\[[^\]]*\]", help_text)):
        assert "".join(bracketed.split()) in squashed, f"{bracketed} lost"
    cut = [line for line in text.splitlines() if line.rstrip().endswith("...") and not line.startswith("Usage:")]
    assert not cut, "a summary was cut"
    for quiet in ("--quiet", "--verbose"):
        assert getattr(command, "commands", None) is not None or quiet in text


def test_commands_are_listed_in_pipeline_order_with_user_summaries(capsys, monkeypatch):
    text = _help([], capsys, monkeypatch)
    listed = re.findall(r"^  ([a-z]+)\s", text.split("Commands:")[1], flags=re.MULTILINE)
    assert listed[:9] == ["extract", "update", "translate", "qa", "review", "status", "assemble", "publish", "serve"]
    assert "run" in listed and "Returns" not in text and "(for `run`)" not in text


def test_ray_extra_is_named_in_translate_help(capsys, monkeypatch):
    assert "l10n[distributed]" in "".join(_help(["translate"], capsys, monkeypatch).split())


def test_version(capsys):
    from l10n import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"l10n {__version__}"
