"""Shared CLI pieces: the Typer app, consoles, and the options every command takes.

`COMMANDS` lists the commands in pipeline order with the one-line summary `l10n --help` shows;
`PipelineGroup` applies it and gives every command (sub-commands included) `-q/--quiet` and
`-v/--verbose` unless it declares its own. Help is plain click text (`rich_markup_mode=None`):
option help may contain `[brackets]` and must wrap, not be cut, in a narrow terminal.

Commands are built lazily: `HOMES` names the module under `l10n.cli` that defines each one, and
only the command a process runs is imported and turned into a click command. Every stage of the
nightly chain is its own process, and building all twenty commands (Typer inspects each
function's signature and evaluates its annotations) and importing their modules was a tenth of
a stage that has nothing to do (`bench/startup.py`). `l10n --help` lists them from `COMMANDS`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from gettext import gettext
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup, TyperOption

from l10n.cli import start_up
from l10n.terminal import shown, terminal_json

# name → one line for users; the order is the order of work (l10n --help lists them so)
COMMANDS: dict[str, str] = {
    "extract": "Read articles into translation templates (locales/ARTICLE.pot).",
    "update": "Bring each locale's catalog (PO) in line with its template; human work kept.",
    "translate": "Fill empty units from the translation memory, then offline MT (as fuzzy).",
    "qa": "Check translations: placeholders, numbers, glossary, punctuation, script.",
    "review": "List machine translations worst first; sign them off with --accept.",
    "status": "Progress per locale: reviewed, machine-fuzzy and untranslated units and words.",
    "assemble": "Build each article per locale into build/, values rendered for the locale.",
    "publish": "Write the static site into site/: pages, language switcher, sitemap.",
    "serve": "Preview site/ at http://127.0.0.1:8000/.",
    "run": "The whole chain on seeds/: extract to publish, one line per stage.",
    "xliff": "Exchange one locale's catalogs with CAT tools as XLIFF 1.2 or 2.0.",
    "tm": "The translation memory: import or export TMX, statistics.",
    "models": "Argos Translate model packages: list, install, remove.",
    "config": "The settings l10n.toml accepts, with their defaults and current values.",
}

# name → the module under l10n.cli that registers it on `app` when imported
HOMES: dict[str, str] = {
    "extract": "pipeline",
    "update": "pipeline",
    "assemble": "pipeline",
    "run": "run",
    "translate": "translate",
    "qa": "translators",
    "review": "translators",
    "status": "translators",
    "xliff": "exchange",
    "tm": "exchange",
    "publish": "site",
    "serve": "site",
    "models": "models",
    "config": "config",
}


class PipelineGroup(TyperGroup):
    """Commands in `COMMANDS` order with its summaries; every command gets `-q` and `-v`. The
    top group's commands are a `LazyCommands`: built when asked for, not when the group is."""

    def __init__(self, *, name: str | None = None, commands: Any = None, **attrs: Any) -> None:
        super().__init__(name=name, commands=commands, **attrs)
        if name == "l10n":
            self.commands = LazyCommands(dict(self.commands))

    def list_commands(self, ctx) -> list[str]:
        names = list(self.commands)  # the names alone: nothing is built for a listing
        order = list(COMMANDS)
        return sorted(names, key=lambda n: order.index(n) if n in order else len(order))

    def get_command(self, ctx, name: str):
        command = super().get_command(ctx, name)
        if self.name == "l10n":
            start_up.done()  # the command's module is imported: its work starts (`cli.start_up`)
        if command is not None and self.name == "l10n" and name in COMMANDS:
            command.short_help = COMMANDS[name]
        if command is not None:
            _add_global_flags(command)
        return command

    def format_commands(self, ctx, formatter) -> None:
        """The command list of `l10n --help` from `COMMANDS` (what `get_command` would set as
        each one's short help), without building the commands; sub-groups list their own."""
        if not isinstance(self.commands, LazyCommands) or not set(self.commands) <= set(COMMANDS):
            super().format_commands(ctx, formatter)
            return
        rows = [(name, COMMANDS[name]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section(gettext("Commands")):  # as click titles it
                formatter.write_dl(rows)


class LazyCommands(MutableMapping[str, Any]):
    """The top group's commands, name → click command: every name in `HOMES` is listed, and a
    command is built (its module imported, its Typer registration made a click command) the
    first time it is looked up. Commands already registered when the group was built (a
    process that imported a command module before) are taken as they are."""

    def __init__(self, built: dict[str, Any]) -> None:
        self._built = built

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in HOMES:
                raise KeyError(name)
            self._built[name] = _build_command(name)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        return iter({**dict.fromkeys(HOMES), **dict.fromkeys(self._built)})

    def __len__(self) -> int:
        return len({*HOMES, *self._built})


def _build_command(name: str) -> Any:
    """The click command `name`, from the module `HOMES` names (imported here, which registers
    its commands on `app`), made as Typer makes each command of a group (`typer.main`)."""
    import typer.main

    importlib.import_module(f"l10n.cli.{HOMES[name]}")
    for info in app.registered_commands:
        if (info.name or typer.main.get_command_name(info.callback.__name__)) == name:  # type: ignore[union-attr]
            return typer.main.get_command_from_info(
                info, pretty_exceptions_short=app.pretty_exceptions_short, rich_markup_mode=app.rich_markup_mode
            )
    for group in app.registered_groups:
        if group.name == name:
            return typer.main.get_group_from_info(
                group,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
                suggest_commands=app.suggest_commands,
            )
    raise LookupError(f"l10n.cli.{HOMES[name]} registers no command {name!r}")


def _add_global_flags(command) -> None:
    """`-q/--quiet`, `-v/--verbose` on `command` (and its sub-commands) unless it has its own."""
    if getattr(command, "_l10n_flags", False):
        return
    command._l10n_flags = True
    for sub in getattr(command, "commands", {}).values():
        if not sub.short_help and sub.help:  # click would cut the first sentence at ~45 characters
            sub.short_help = " ".join(sub.help.split("\n\n")[0].split())
        _add_global_flags(sub)
    if getattr(command, "commands", None) is not None:
        return
    taken = {opt for param in command.params for opt in getattr(param, "opts", ())}
    for flags, text in (
        (["--quiet", "-q"], "Print only warnings and one closing summary line."),
        (["--verbose", "-v"], "Print more detail (every file, every finding)."),
    ):
        if not taken.intersection(flags):
            command.params.append(
                TyperOption(param_decls=flags, is_flag=True, expose_value=False, callback=_set_flag, help=text)
            )


def _set_flag(ctx, param, value: bool) -> None:
    if value:
        setattr(state, param.name, True)


app = typer.Typer(
    name="l10n",
    cls=PipelineGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class _LazyConsole:
    """A Rich `Console` made on first use: importing Rich is ~15 ms of every command's start,
    and the batch commands (`extract`, `update`) report in plain lines without it.

    Text printed through it is outside text until shown otherwise: `print` passes every string
    through `terminal.shown` (controls and bidi overrides as escapes), and the console is made
    with Rich markup and emoji codes off, so `[red]` or `:smile:` in a headline, a table cell
    or a translation prints as written. A caller that styles with markup (`qa.report`) escapes
    its text and passes `markup=True`."""

    def __init__(self, **options) -> None:
        self._options = {"markup": False, "emoji": False, **options}
        self._console: Any = None

    def _made(self) -> Any:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self._made(), name)

    def print(self, *objects: Any, **options: Any) -> None:
        self._made().print(*(shown(item) if isinstance(item, str) else item for item in objects), **options)


console = _LazyConsole(highlight=False, soft_wrap=True)
err_console = _LazyConsole(stderr=True, highlight=False, soft_wrap=True)


def report_line(text: str) -> None:
    """One line (or several, joined) of a batch command's report, written plainly: a Rich
    `print` costs ~0.2 ms (a tenth of `extract`'s time per article). Shown through
    `terminal.shown`, as every console line is."""
    sys.stdout.write(shown(text) + "\n")


def json_out(document: str) -> None:
    """A `--json` document on stdout, with what `terminal.shown` escapes as JSON `\\uXXXX`."""
    sys.stdout.write(terminal_json(document) + "\n")


@dataclass
class CliState:
    """Process-wide CLI flags (`--debug`, `-q`, `-v`), the exit code a command asks for without
    raising, the stage `run` is in (its summary lines are prefixed with it) and `run`'s refused
    articles (`cli.refusals.Refusals`), which its stages add to and skip."""

    debug: bool = False
    quiet: bool = False
    verbose: bool = False
    exit_code: int = 0
    stage: str | None = None
    refusals: Any = None


state = CliState()


def say(text: str) -> None:
    """A progress line (`wrote …`): not printed under `-q`."""
    if not state.quiet:
        report_line(text)


def summary(text: str) -> None:
    """A command's closing line, printed even under `-q` (inside `run`, after the stage name)."""
    report_line(summary_text(text))


def summary_text(text: str) -> str:
    """The closing line as `summary` prints it."""
    return f"{state.stage}: {text}" if state.stage else text


def next_step(text: str) -> None:
    """What to do next, once, at the end of a command (not under `-q`, not inside `run`), on
    stderr as git's hints are: stdout stays the command's own report for scripts to read."""
    if not state.quiet and not state.stage:
        sys.stderr.write(f"next: {shown(text)}\n")


RootOption = Annotated[
    Path,
    typer.Option("--root", help="Project folder holding seeds/, locales/, build/ (and l10n.toml)."),
]
LocalesOption = Annotated[
    str | None,
    typer.Option("--locales", help="Comma-separated project locales, e.g. zh_CN,de (default: all, from l10n.toml)."),
]
DomainsOption = Annotated[
    str | None,
    typer.Option("--domains", help="Comma-separated domains (articles); default: every POT under locales/."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", help="Worker processes (default: one per CPU; 1 = all in this process)."),
]


def describe_held(held: Mapping[str, int]) -> str:
    """The units the gate held back on a page or in a run (counts by reason) as one line:
    "2 held back (1 qa: placeholders; 1 source changed)", or "" when nothing was.

    >>> describe_held({"source changed": 1, "qa: numbers, placeholders": 2})
    '3 held back (2 qa: numbers, placeholders; 1 source changed)'
    """
    total = sum(held.values())
    if not total:
        return ""
    reasons = "; ".join(f"{count} {reason}" for reason, count in sorted(held.items()))
    return f"{total} held back ({reasons})"


def jobs_wanted(option: int | None) -> int:
    """`--jobs` validated; unset means one worker process per CPU."""
    from l10n.errors import ProjectError
    from l10n.parallel import default_jobs

    if option is None:
        return default_jobs()
    if option < 1:
        raise ProjectError(f"--jobs must be 1 or more, not {option}")
    return option


def open_project(root: Path):
    """Open the project at `root` (validated; settings read)."""
    from l10n.leftovers import sweep_after_killed_runs
    from l10n.project import Project
    from l10n.terminal import show_under_root

    project = Project.open(root)
    show_under_root(project.root, root)  # its files are named under the root as given
    sweep_after_killed_runs(project)  # this run's lock held, a killed run's files removed
    return project


def selected_domains(project, option: str | None) -> list[str]:
    """`--domains` parsed and validated, or every domain with a POT."""
    from l10n.errors import ProjectError
    from l10n.project import validate_domain

    if option:
        domains = [validate_domain(d.strip(), option="--domains") for d in option.split(",") if d.strip()]
    else:
        domains = project.domains()
        if not domains:
            raise ProjectError("no catalogs yet: run `l10n extract FILE...` first", path=project.locales_dir)
    from l10n.cli.paths import refuse_folder_catalogs

    refuse_folder_catalogs(project, domains)
    return domains


def warn_missing_articles(project, domains: list[str], consequence: str) -> None:
    """One warning line per template whose article is gone (`errors.ArticleMissing`): `assemble`
    and `publish` skip such an article rather than stop the batch for it."""
    for domain in domains:
        err_console.print(
            f"warning: {project.relative(project.pot_path(domain))}: its article is gone (deleted, or "
            f"moved out of {project.relative(project.seeds_dir)}/): {consequence}; delete the template "
            "and its catalogs to retire the article",
            markup=False,
        )


_glossaries_said: set[tuple[str, tuple[str, ...]]] = set()


def warn_unused_glossary_rows(project) -> None:
    """One warning line per glossary row no project locale reads (`glossary.unused_rows`), said
    once per process by the commands that read the glossary (`extract --locales`, `update`,
    `translate`, `qa`; once in `run`)."""
    from l10n.extraction import glossary_of
    from l10n.memory.glossary import unused_rows

    glossary = glossary_of(project)
    if not glossary.terms:
        return
    source = project.settings.source_locale
    targets = tuple(code for code in project.known_locales() if code != source)
    said = (glossary.path, targets)
    if said in _glossaries_said:
        return
    _glossaries_said.add(said)
    for warning in unused_rows(glossary, locales=targets):
        err_console.print(f"warning: {warning}", markup=False)


def _print_version(value: bool) -> None:
    if value:
        from l10n import __version__

        report_line(f"l10n {__version__}")
        raise typer.Exit()


def headline(project, domain: str) -> str | None:
    """The headline of a domain's article, read from its template (the `headline` unit): by the
    scanner (`catalog.po_scan.scan_units`: no polib entry or `Unit` per unit, and polib's reader
    not imported; `status` reads twenty templates), else — a template the scanner declines —
    by `read_pot`, which reads it as polib does and names any error."""
    from l10n.catalog.po_scan import scan_units, scannable_bytes

    pot = project.pot_path(domain)
    if not pot.is_file():
        return None
    data = scannable_bytes(pot)
    scanned = scan_units(data) if data is not None else None
    if scanned is not None:
        return next((entry.msgid for entry in scanned.entries if entry.msgctxt == "headline"), None)
    from l10n.catalog.po import read_pot

    return next((unit.msgid for unit in read_pot(pot) if unit.msgctxt == "headline"), None)


@app.callback()
def _global_options(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an error (accepted anywhere on the line).")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit.")
    ] = False,
) -> None:
    """Offline localisation workflow for news articles.

    Pipeline: extract → update → translate → qa → review → assemble → publish (`run` does them
    all). Every command takes --root DIR (default: here), -q and -v; settings come from l10n.toml
    (`l10n config` lists them). Exit status: 0 done, 1 QA found errors, 2 refused input.
    """
    state.debug = state.debug or debug
