"""What a stage process pays for before and besides its work (issue 16, session 16).

Each stage of the nightly chain is its own process, so what a command imports and sets up is
paid on every re-run. The seed article and a real saved news page go through the chain's first
five stage commands (as the operator runs them, each in its own process) until each replays its
whole-run record; the replaying process's `sys.modules` is read from inside it. The data model
(`l10n.model`: twenty-one dataclasses, ~15 ms of CPU to define) describes what a stage works
on, and a replay works on nothing. (Modules that build model objects per unit or placeable keep
their import at module level: an import statement in a function is paid on every call.)

An edit run's `extract` segments the edited article, which needs its source locale's number
symbols: for `en` they are known (`patterns.ENGLISH_NUMBERS`, checked against CLDR here), and
loading CLDR's `en` to read them again (which imports `babel.dates`, pytz and the local time
zone with it: ~30 ms) is not done.

And a process that writes a PO wraps its lines with the system's libunistring: loading it by
its soname must not first search for it with `ctypes.util.find_library`, which runs
`ldconfig -p` in a child process (a fork and an exec in every catalog-writing process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_startup_imports import probe, replays_of

REPO = Path(__file__).resolve().parent.parent
STAGES = {
    "extract": ["extract", "{root}/seeds", "--locales", "de,zh_CN,zh_TW,es", "-q"],
    "translate pseudo": ["translate", "--engine", "pseudo", "--locales", "de,zh_CN"],
    "translate auto": ["translate", "--engine", "auto", "--locales", "es,zh_TW"],
    "qa": ["qa"],
    "status": ["status"],
}


@pytest.fixture(scope="module")
def replays(tmp_path_factory) -> dict[str, tuple[str, str, set[str]]]:
    """name → (stdout of a re-run that records, stdout of the next, modules the next imported).

    Taken again, as in test_startup_imports (`replays_of`), when the machine's engine inputs or this package's
    code moved during the runs (`outside_state` reads the same two translate stages there)."""
    return replays_of(tmp_path_factory.mktemp("edit16") / "project", STAGES)


# extract's replay still checks each PO's merge stamp, and `catalog.update` brings the catalog
# readers with it (`catalog.translations` builds a `Translation` per unit: a module-level import)
MODEL_FREE = [name for name in STAGES if name != "extract"]


@pytest.mark.slow
@pytest.mark.parametrize("name", MODEL_FREE)
def test_a_replayed_stage_defines_no_data_model(replays, name: str) -> None:
    recorded, replayed, modules = replays[name]
    assert replayed == recorded  # nothing changed: the same report
    assert "l10n.memory.whole_run" in modules  # the record was looked up
    assert "l10n.model" not in modules


def test_po_line_breaking_loads_libunistring_without_a_child_process() -> None:
    """`linebreak.exact()` loads libunistring (installed here with gettext: Debian's
    `libunistring2` or `5`); the audit hook sees every `subprocess.Popen` of the process."""
    code = (
        "import json, sys\n"
        "started = []\n"
        "sys.addaudithook(lambda event, args: started.append(repr(args[1])) if event == 'subprocess.Popen' else None)\n"
        "from l10n.catalog import linebreak\n"
        "print(json.dumps([linebreak.exact(), started]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=True,
    )
    exact, started = json.loads(done.stdout)
    assert exact  # the library was found and loaded (else the search would be the right thing to do)
    assert started == []


def test_english_number_symbols_are_cldrs() -> None:
    from babel import Locale

    from l10n.placeables.patterns import NumberSymbols
    from l10n.placeables.variety import source_number_symbols

    symbols = Locale.parse("en").number_symbols["latn"]
    assert source_number_symbols("en") == NumberSymbols(symbols["group"], symbols["decimal"])


@pytest.mark.slow
def test_an_edit_run_of_extract_loads_no_cldr_for_english(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    seed = root / "seeds" / "seed.txt"
    shutil.copy(next((REPO / "seeds").glob("*.txt")), seed)
    args, listing = STAGES["extract"], tmp_path / "modules.txt"
    for _ in range(2):  # cold; a re-run that records
        probe(root, args, listing)
    text = seed.read_text(encoding="utf-8")
    assert " the " in text
    seed.write_text(text.replace(" the ", " the (edited) ", 1), encoding="utf-8")
    out, modules = probe(root, ["extract", "{root}/seeds", "--locales", "de,zh_CN,zh_TW,es"], listing)
    assert "wrote" in out and "unchanged" not in out  # the one article was extracted again
    assert "l10n.segment" in modules
    assert "babel.dates" not in modules
