"""Outside text printed by every command reaches the terminal as text (`l10n/terminal.py`).

A crafted catalog, file name or model package holds what a terminal would act on — OSC (retitle
the window), CSI (erase a line) as ESC sequences and as the C1 control U+009B, BEL, a bidi
override and isolate (Trojan Source) — and what Rich would act on: markup (`[red]`, `[link=…]`)
and emoji codes. Each command runs as a user runs it (`workflow.py` in a subprocess), once
writing to a pipe and once as to a colour terminal (`FORCE_COLOR`, Rich's own styles then
allowed: SGR `ESC[…m` only); the bytes printed are checked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from argos_fixtures import install_as, packages_dir, tiny_packages, tiny_tool  # noqa: F401

from l10n.terminal import one_line, printable_path, shown, terminal_json

REPO = Path(__file__).resolve().parent.parent
DOMAIN = "000_3e65442673b9006b"

ACTING = "\x1b]0;owned\x07\x1b[2K\x9b31m\u202eevil\u2066"
"""OSC retitle + BEL, CSI erase-line, a C1 CSI, a right-to-left override and an isolate."""
RICH = "[red]rot[/red] [link=https://example.invalid]klick[/link] :smile:"
HOSTILE = f"Zahl 5 {ACTING} {RICH}"
SHOWN = "\\x1b]0;owned\\x07\\x1b[2K\\x9b31m\\u202eevil\\u2066"
"""How `ACTING` reads on screen."""

_SGR = re.compile("\x1b\\[[0-9;]*m")
_ACTING_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _run(*args: str, terminal: bool = False, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "COLUMNS": "200", "L10N_NO_RECORDS": "1"}
    environment.update(env or {})
    if terminal:
        environment["FORCE_COLOR"] = "1"
    return subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        env=environment,
        timeout=120,
    )


def assert_inert(printed: str, *, terminal: bool) -> str:
    """No character in `printed` acts on a terminal, bar Rich's own colours on one; returns what
    a reader sees (Rich's styles removed)."""
    visible = _SGR.sub("", printed) if terminal else printed
    assert not _SGR.search(printed) or terminal, "styles written to a pipe"
    found = _ACTING_CHARS.findall(visible)
    assert not found, f"acting characters reached the terminal: {found!r} in {visible!r}"
    return visible


def assert_shown(printed: str, *, terminal: bool, markup: bool = True) -> None:
    visible = assert_inert(printed, terminal=terminal)
    assert SHOWN in visible, visible
    if markup:  # printed as written: not styled, not a link, no emoji
        assert RICH in visible, visible


@pytest.fixture
def project(project_root: Path):
    from l10n.extraction import extract_article
    from l10n.project import Project

    project = Project.open(project_root)
    extract_article(project, next((project_root / "seeds").glob("*.txt")))
    return project


def _machine_translation(project, msgstr: str) -> Path:
    """A de catalog whose first body unit holds `msgstr` as machine output (fuzzy, mt:)."""
    from l10n.catalog.po import apply_suggestions, read_pot, update_po
    from l10n.locales import parse_locale
    from l10n.model import Suggestion

    locale = parse_locale("de")
    po = project.po_path(locale, DOMAIN)
    update_po(project.pot_path(DOMAIN), po, locale)
    unit = next(u for u in read_pot(project.pot_path(DOMAIN)) if u.msgctxt != "headline" and "{" not in u.msgid)
    apply_suggestions(po, [Suggestion(unit.msgctxt, unit.msgid, msgstr, "mt", "pseudo x score=-0.5")])
    return po


# ---------------------------------------------------------------- the rule


def test_the_rule_shows_what_acts_and_keeps_what_belongs_to_the_text() -> None:
    assert shown(HOSTILE) == f"Zahl 5 {SHOWN} {RICH}"
    persian = "می\u200cخواهم \u200f(۱۲٫۵٪)\u200e \u0645\u061c"  # ZWNJ, RLM, LRM, ALM: text, kept
    assert shown(persian) == persian and one_line(persian) == persian
    assert shown("a\tb\nc") == "a\tb\nc" and one_line("a\tb\nc\rd") == "a\\tb\\nc\\rd"
    assert printable_path("a\u200cb\u200e.txt") == "a\\u200cb\\u200e.txt"  # a name has no use for them
    assert shown(shown(HOSTILE)) == shown(HOSTILE)  # shown text is inert: showing it again changes nothing
    for text in (HOSTILE, persian, "\u2028\u2029\x7f"):
        document = json.dumps({"text": text}, ensure_ascii=False)
        safe = terminal_json(document)
        assert json.loads(safe) == {"text": text} and not _ACTING_CHARS.search(safe)


# ---------------------------------------------------------------- every command


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_status_shows_a_crafted_headline_as_text(project, terminal: bool) -> None:
    pot = project.pot_path(DOMAIN)
    text = pot.read_text(encoding="utf-8")
    headline = re.search(r'msgctxt "headline"\nmsgid "([^"]*)"', text)
    assert headline
    pot.write_text(text.replace(headline.group(0), headline.group(0).replace(headline.group(1), HOSTILE)), "utf-8")
    done = _run("status", "--root", str(project.root), "--locales", "de", terminal=terminal)
    assert done.returncode == 0, done.stderr
    assert_shown(done.stdout, terminal=terminal)
    assert_inert(done.stderr, terminal=terminal)


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_review_shows_a_crafted_machine_translation_as_text(project, terminal: bool) -> None:
    _machine_translation(project, HOSTILE + "\nsecond line")
    done = _run("review", "--root", str(project.root), "--locale", "de", "--no-back-translation", terminal=terminal)
    assert done.returncode == 0, done.stderr
    visible = assert_inert(done.stdout, terminal=terminal)
    assert SHOWN in visible and "[red]rot[/red]" in visible and ":smile:" in visible
    line = next(line for line in visible.splitlines() if line.startswith("  de: "))
    assert "\\nsecond" in visible and not line.endswith("klick[/link]"), "the unit's newline printed as a line break"


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_qa_shows_a_crafted_translation_as_text_and_json_keeps_it_exactly(project, terminal: bool) -> None:
    _machine_translation(project, HOSTILE)
    done = _run("qa", "--root", str(project.root), "--locales", "de", "-v", terminal=terminal)
    assert "bidi-control" in assert_inert(done.stdout, terminal=terminal)  # the report names, never replays, them
    as_json = _run("qa", "--root", str(project.root), "--locales", "de", "--json", terminal=terminal)
    assert_inert(as_json.stdout, terminal=False)  # a JSON document: no styles either
    findings = json.loads(as_json.stdout)["findings"]
    assert any(f["msgstr"] == HOSTILE for f in findings), "the document holds the catalog's text exactly"


def test_json_of_status_and_review_keeps_the_text_exactly_and_inert(project) -> None:
    _machine_translation(project, HOSTILE)
    done = _run("review", "--root", str(project.root), "--locale", "de", "--no-back-translation", "--json")
    assert_inert(done.stdout, terminal=False)
    assert any(item["msgstr"] == HOSTILE for item in json.loads(done.stdout))


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_tm_import_shows_a_crafted_file_name_as_text(project, tmp_path: Path, terminal: bool) -> None:
    po = _machine_translation(project, "Zahl 5")
    name = f"x{ACTING} [bold red]rot [link=file:x]klick :smile:.po"  # unclosed tags: no "/" in a file name
    shutil.copy(po, tmp_path / name)
    done = _run("tm", "import", str(tmp_path / name), "--root", str(project.root), terminal=terminal)
    assert done.returncode == 0, done.stderr
    visible = assert_inert(done.stdout, terminal=terminal)
    assert f"x{SHOWN} [bold red]rot [link=file:x]klick :smile:.po" in visible, visible


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_an_error_quoting_outside_text_stays_one_inert_line(project, terminal: bool) -> None:
    done = _run("status", "--root", str(project.root), "--locales", f"de{ACTING}\nfake: line", terminal=terminal)
    assert done.returncode == 2
    visible = assert_inert(done.stderr, terminal=terminal)
    assert len(visible.strip().splitlines()) == 1 and visible.startswith("error: "), visible


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_xliff_import_reports_a_crafted_unit_id_on_one_inert_line(project, terminal: bool) -> None:
    _machine_translation(project, "Zahl 5")
    out = project.locales_dir / "de" / f"{DOMAIN}.xlf"
    assert _run("xliff", "export", "--locale", "de", "--root", str(project.root)).returncode == 0
    xml = out.read_text(encoding="utf-8")
    first = re.search(r'<unit id="([^"]+)"', xml)
    assert first
    crafted = "u1&#10;fake line \u202eevil\u2066 [red]x[/red] \u009b31m"  # XML 1.0 can carry these, not ESC
    xml = xml.replace(first.group(0), f'<unit id="{crafted}"', 1)
    # xliff46: a unit whose id is not ours is matched by its source; one that matches nothing is reported
    xml = xml.replace('<source xml:space="preserve">', '<source xml:space="preserve">Not in the catalog: ', 1)
    out.write_text(xml, encoding="utf-8")
    done = _run("xliff", "import", str(out), "--root", str(project.root), terminal=terminal)
    printed = done.stdout + done.stderr
    visible = assert_inert(printed, terminal=terminal)
    assert "u1\\nfake line \\u202eevil\\u2066 [red]x[/red] \\x9b31m" in visible, visible
    assert not any(line.startswith("fake line") for line in visible.splitlines())


@pytest.mark.parametrize("terminal", [False, True], ids=["pipe", "terminal"])
def test_models_list_shows_crafted_package_metadata_as_text(packages_dir: Path, tiny_packages, terminal) -> None:  # noqa: F811
    install_as(tiny_packages[("en", "zh")], packages_dir, package_version=f"1.0 {ACTING} {RICH}")
    env = {"ARGOS_PACKAGES_DIR": str(packages_dir)}
    done = _run("models", "list", "--packages-dir", str(packages_dir), terminal=terminal, env=env)
    assert done.returncode == 0, done.stderr
    assert_shown(done.stdout, terminal=terminal)
    assert_inert(done.stderr, terminal=terminal)
    as_json = _run("models", "list", "--packages-dir", str(packages_dir), "--json", env=env)
    assert_inert(as_json.stdout, terminal=False)
    assert json.loads(as_json.stdout)[0]["version"] == f"1.0 {ACTING} {RICH}"
