"""What a stage command imports when it has nothing to do (issue 16: each stage of the nightly
chain is its own process, so start-up is part of every re-run).

The seed article and a real saved news page go through the chain's seven stage commands twice,
each in its own process as the operator runs them (the second run records what an unchanged
re-run prints); the third run of each must replay its record, and the modules it imported are
listed from inside that process. A replay decides from stats alone, so none of the libraries
the work needs may be loaded: catalog readers, HTML/XML, templates, CLDR formatting, MT, Rich
— nor the other commands' modules (`cli.common.HOMES`: only the command run is built).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "tests" / "data" / "realworld" / "bbc-com-52241221.html"  # SOURCES.md there
CLI_MODULES = {
    f"l10n.cli.{name}" for name in ("config", "models", "pipeline", "run", "site", "translate", "translators")
}

# what none of the seven replays may import: the work's libraries and its own heavy modules
NEVER = {
    "polib",
    "lxml",
    "lxml.etree",
    "jinja2",
    "markdown_it",
    "trafilatura",
    "htmldate",
    "docx",
    "babel.dates",
    "babel.numbers",
    "rich",
    "rich.console",
    "rapidfuzz",
    "blingfire",
    "opencc",
    "ctranslate2",
    "sentencepiece",
    "argostranslate",
    "numpy",
    "py3langid",
    "logging",
    "concurrent.futures",
    "multiprocessing",
    "l10n.catalog.po",
    "l10n.qa",
    "l10n.status",
    "l10n.assemble",
    "l10n.assemble.gate",
    "l10n.assembly",
    "l10n.publish",
    "l10n.publish.editions",
    "l10n.ingest",
    "l10n.segment",
    "l10n.sentences",
    "l10n.mt.batch",
}

# extract's re-run still checks each PO's merge stamp (`pipeline._catalogs_on_record`): the
# catalog code that stamp is computed by, and the extraction modules it lives beside, are its work
ALLOWED = {"extract": {"l10n.catalog.po", "l10n.assembly"}}

LOCALES = "de,zh_CN,zh_TW,es"
STAGES = {  # name → (arguments after the command, its module under l10n.cli)
    "extract": (["extract", "{root}/seeds", "--locales", LOCALES, "-q"], "pipeline"),
    "translate pseudo": (["translate", "--engine", "pseudo", "--locales", "de,zh_CN"], "translate"),
    "translate auto": (["translate", "--engine", "auto", "--locales", "es,zh_TW"], "translate"),
    "qa": (["qa"], "translators"),
    "status": (["status"], "translators"),
    "assemble": (["assemble", "--format", "html", "--format", "md", "--format", "txt"], "pipeline"),
    "publish": (["publish"], "site"),
}

# run main() and write the names in sys.modules to the file named by L10N_TEST_MODULES
PROBE = (
    "import os, sys\n"
    "from l10n.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "with open(os.environ['L10N_TEST_MODULES'], 'w') as out:\n"
    "    out.write('\\n'.join(sorted(sys.modules)))\n"
    "sys.exit(code)\n"
)


def probe(root: Path | None, args: list[str], listing: Path) -> tuple[str, set[str]]:
    """(stdout, modules imported) of one `l10n` process."""
    argv = [a.format(root=root) for a in args] + (["--root", str(root)] if root is not None else [])
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "L10N_TEST_MODULES": str(listing), "PYTHONPATH": str(REPO)},
        timeout=600,
    )
    assert done.returncode in ((0, 1) if args[0] == "qa" else (0,)), done.stderr[-2000:]
    return done.stdout, set(listing.read_text(encoding="utf-8").split("\n"))


def outside_state() -> str:
    """The state of everything outside the project that the stages' records key on: the
    engines' inputs (`mt.registry.engine_inputs`: /var/lib/dpkg/status, the apertium binary
    and modes, the Argos packages folder, the libraries) and this package's code. These are
    the machine's, not the test's: `apt-get install` by anything else on the machine (every
    helper's `scripts/setup.sh`) or an Argos package installed in the default folder moves
    them, and a stage must then work again, not replay. The test flaked so, under load."""
    from l10n.fingerprint import code_state, stat_state, watched_states
    from l10n.locales import parse_locale
    from l10n.mt.registry import engine_inputs

    lines = [code_state.__wrapped__()]  # uncached: read now
    for args, _module in STAGES.values():
        if args[0] == "translate":
            locales = [parse_locale(code) for code in args[args.index("--locales") + 1].split(",")]
            inputs = engine_inputs(args[args.index("--engine") + 1], locales)
            assert inputs is not None
            lines.append(repr(inputs.versions))
            lines += [f"{name}={stat_state(st)}" for name, st in watched_states(inputs.files, inputs.folders)]
    return "\n".join(lines)


ATTEMPTS = 3


def replays_of(root: Path, stages: dict[str, list[str]]) -> dict[str, tuple[str, str, set[str]]]:
    """Each stage's arguments (`STAGES`' or some of them) run in a project made at `root` of the seed article and
    `PAGE`, cold, then twice: name → (stdout of the second run, stdout of the third, modules the third imported).

    The second and third runs are taken again (at most `ATTEMPTS` times) when something
    outside the project that the records key on moved meanwhile (`outside_state`): a replay
    is then wrong, and its absence says nothing about start-up imports. Nothing asserted is
    relaxed: the pair of runs judged is one with the machine's state the same throughout."""
    (root / "seeds").mkdir(parents=True)
    shutil.copy(next((REPO / "seeds").glob("*.txt")), root / "seeds")
    shutil.copy(PAGE, root / "seeds" / PAGE.name)
    listing = root.parent / "modules.txt"
    for args in stages.values():  # cold
        probe(root, args, listing)
    moved = []
    for _ in range(ATTEMPTS):
        before = outside_state()
        runs: dict[str, list[tuple[str, set[str]]]] = {name: [] for name in stages}
        for _ in range(2):  # a re-run that records; a re-run that replays
            for name, args in stages.items():
                runs[name].append(probe(root, args, listing))
        after = outside_state()
        if after == before:
            return {name: (found[0][0], found[1][0], found[1][1]) for name, found in runs.items()}
        moved.append(sorted(set(after.split("\n")) - set(before.split("\n")))[:3])
    raise AssertionError(f"the machine's engine inputs or code kept moving during the runs: {moved}")


@pytest.fixture(scope="module")
def replays(tmp_path_factory) -> dict[str, tuple[str, str, set[str]]]:
    """name → (stdout of the second run, stdout of the third, modules the third imported): `replays_of`."""
    stages = {name: args for name, (args, _module) in STAGES.items()}
    return replays_of(tmp_path_factory.mktemp("startup") / "project", stages)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(STAGES))
def test_a_replayed_stage_imports_none_of_the_work(replays, name: str) -> None:
    recorded, replayed, modules = replays[name]
    assert replayed == recorded  # nothing changed: the same report
    assert "l10n.memory.stamps" in modules  # the record was looked up
    assert sorted(NEVER & modules - ALLOWED.get(name, set())) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", list(STAGES))
def test_a_stage_imports_only_its_own_command_module(replays, name: str) -> None:
    from l10n.cli.early import LOOK_UPS

    _, _, modules = replays[name]
    own = [] if name in LOOK_UPS else [f"l10n.cli.{STAGES[name][1]}"]  # answered before parsing (`cli.early`)
    assert sorted(CLI_MODULES & modules) == own


def test_help_builds_no_command(tmp_path: Path) -> None:
    out, modules = probe(None, ["--help"], tmp_path / "modules.txt")
    assert "extract" in out and "publish" in out
    assert sorted(CLI_MODULES & modules) == []
    assert sorted(NEVER & modules) == []
    assert "hashlib" not in modules  # `cli.early` imported it for every command line (session 37)


@pytest.mark.parametrize("name", ["qa", "status", "assemble", "publish"])
def test_a_command_help_looks_for_no_record(tmp_path: Path, name: str) -> None:
    """Failed before session 37: `cli.early` looked for the stamps of a command answered early
    even when the command line asked for its help, which no run keeps a row for, and imported
    the stamps module (SQLite, `fsio`) on the way."""
    out, modules = probe(None, [name, "--help"], tmp_path / "modules.txt")
    assert f"Usage: l10n {name}" in out
    assert sorted(modules & {"sqlite3", "l10n.memory.stamps_file", "l10n.memory.whole_run"}) == []


def test_every_command_lives_where_homes_says() -> None:
    """A command added to a module but not to `HOMES` would never be found: every registered
    command and group is in `HOMES` under the module that registers it, and nothing else is."""
    import importlib

    import typer.main

    from l10n.cli.common import COMMANDS, HOMES, app

    for module in sorted(set(HOMES.values())):
        importlib.import_module(f"l10n.cli.{module}")
    registered = {
        (info.name or typer.main.get_command_name(info.callback.__name__)): info.callback.__module__
        for info in app.registered_commands
        if info.callback is not None
    }
    registered |= {
        group.name: group.typer_instance.registered_commands[0].callback.__module__ for group in app.registered_groups
    }
    assert registered == {name: f"l10n.cli.{module}" for name, module in HOMES.items()}
    assert set(COMMANDS) == set(HOMES)


@pytest.mark.slow
def test_startup_benchmark_smoke_run_prints_load_spread_and_same_output(tmp_path: Path) -> None:
    """bench/startup.py against itself (an A/A run) on two articles: it runs, prints the load
    and a median (min–max) per command, and finds both sides printing the same."""
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "startup.py"), "--articles", "2", "--repeat", "2"]
        + ["--scratch", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "load average before" in done.stdout and "load average after" in done.stdout
    rows = [line for line in done.stdout.splitlines() if line.strip().startswith(("status", "publish", "--help"))]
    assert len(rows) == 3 and all(row.endswith("True") and "–" in row for row in rows), done.stdout


def test_a_batch_of_one_chunk_starts_no_pool() -> None:
    """After a one-sentence edit a stage has one article to redo: `in_worker_processes` runs it
    here, and does not even import the process pool (multiprocessing, concurrent.futures)."""
    code = (
        "import sys\n"
        "from l10n.parallel import in_worker_processes\n"
        "results = list(in_worker_processes(lambda n: [n * 2], [1, 2, 3], jobs=2))\n"
        "print(results, 'concurrent.futures' in sys.modules, 'multiprocessing' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    assert done.stdout.split() == ["[2,", "4,", "6]", "False", "False"], done.stderr[-2000:]


def test_python_dash_m_l10n_is_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "l10n", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert (done.returncode, done.stdout) == (0, "l10n 0.1.0\n"), done.stderr[-2000:]


def test_importing_the_project_compiles_no_address_pattern() -> None:
    """`l10n.project` imports `l10n.urls`, and every command imports the project: the address
    pattern (60–90 ms of `re` compiling its Unicode classes) waits for the first sentence read."""
    code = "import l10n.project, l10n.urls; print(l10n.urls.address_pattern.cache_info().currsize)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
