"""A damaged catalog must not stop the night: `translate`'s TM sync reads every catalog of the
locales, so one PO cut mid-entry stopped `run` for every article and its error was printed
twice. Now that catalog is refused with one line naming it (file and line, under the project
root as the operator named it: `--root .` gives `locales/…`, as `extract seeds/` names an
article `seeds/…`), every other article goes through,
the command exits 2 at the end and the damaged file is left byte for byte as it was.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import polib
from conftest import REPO
from test_mendops_batch import chain, l10n, make_project


def here(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`l10n ARGS` run in the project's folder with the default `--root .`, as an operator does."""
    command = [sys.executable, str(REPO / "workflow.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=root, timeout=600)


def cut_mid_entry(po: Path) -> None:
    """The PO cut inside a msgid string, as a full disk or a killed copy leaves it."""
    data = po.read_bytes()
    at = data.index(b'msgid "', len(data) // 2)
    po.write_bytes(data[: at + 12])


def run_then_damage(root: Path) -> tuple[Path, Path, Path, bytes]:
    """Three articles run once, then the second one's de catalog cut mid-entry and a sentence of
    the first edited: (edited article, damaged article, its PO, the PO's bytes as cut)."""
    good, bad, _ = make_project(root, 3)
    assert l10n(root, "run").returncode in (0, 1)
    damaged = root / "locales" / "de" / "LC_MESSAGES" / f"{bad.stem}.po"
    cut_mid_entry(damaged)
    before = damaged.read_bytes()
    chain().edit_one_sentence(good, 1)
    return good, bad, damaged, before


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_run_refuses_a_truncated_catalog_once_and_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    good, bad, damaged, before = run_then_damage(root)
    done = here(root, "run")
    assert done.returncode == 2, done.stdout + done.stderr
    errors = error_lines(done.stderr)
    named = [line for line in errors if f"{bad.stem}.po" in line]
    assert len(named) == 1, errors  # once, not once per stage that read it
    assert re.fullmatch(rf"error: locales/de/LC_MESSAGES/{bad.stem}\.po:\d+: .+", named[0]), named
    assert errors[-1] == "error: 1 of 3 articles refused; see above", errors
    assert damaged.read_bytes() == before
    for stage in ("translate:", "qa:", "assemble:", "publish:"):
        assert stage in done.stdout, done.stdout + done.stderr
    po = polib.pofile(str(root / "locales" / "de" / "LC_MESSAGES" / f"{good.stem}.po"))
    assert not [entry for entry in po if not entry.msgstr and not entry.obsolete]  # the edit was translated


def test_translate_goes_on_past_a_truncated_catalog(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    articles = make_project(root, 3)
    assert l10n(root, "extract", "seeds", "--locales", "de").returncode == 0
    bad = articles[1]
    damaged = root / "locales" / "de" / "LC_MESSAGES" / f"{bad.stem}.po"
    cut_mid_entry(damaged)
    before = damaged.read_bytes()
    done = here(root, "translate")
    assert done.returncode == 2, done.stdout + done.stderr
    errors = error_lines(done.stderr)
    assert len(errors) == 2 and errors[0].startswith(f"error: locales/de/LC_MESSAGES/{bad.stem}.po:"), errors
    assert errors[1] == "error: 1 of 3 articles refused; see above"
    assert damaged.read_bytes() == before
    for article in articles:
        if article is not bad:
            po = polib.pofile(str(root / "locales" / "de" / "LC_MESSAGES" / f"{article.stem}.po"))
            assert po.translated_entries() or po.fuzzy_entries(), article.stem
            assert not po.untranslated_entries(), article.stem


def test_run_and_extract_name_a_refused_article_alike(tmp_path: Path) -> None:
    """One rule for a path in an error: a project's file under the root as the operator named
    it (`run` printed the project's files absolute, `extract seeds/` as given)."""
    root = tmp_path / "nightly"
    make_project(root, 2)
    (root / "seeds" / "empty.md").write_text("", encoding="utf-8")
    lines = {"extract": error_lines(here(root, "extract", "seeds").stderr)[0]}
    lines["run"] = error_lines(here(root, "run").stderr)[0]
    assert lines["run"] == lines["extract"], lines
    assert lines["run"].startswith("error: seeds/empty.md:1: "), lines


def test_from_the_root_folder_a_path_is_shown_whole(tmp_path: Path) -> None:
    """A service runs in `/` by default and names its project absolute: a path is shown
    absolute, not as `tmp/…/locales/…` (which reads as relative to the project)."""
    root = tmp_path / "nightly"
    articles = make_project(root, 2)
    assert l10n(root, "extract", "seeds", "--locales", "de").returncode == 0
    damaged = root / "locales" / "de" / "LC_MESSAGES" / f"{articles[0].stem}.po"
    cut_mid_entry(damaged)
    done = subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), "translate", "--root", str(root)],
        capture_output=True,
        text=True,
        cwd="/",
        timeout=600,
    )
    assert done.returncode == 2
    assert error_lines(done.stderr)[0].startswith(f"error: {damaged}:"), done.stderr


def test_a_path_is_named_under_the_deepest_root_given() -> None:
    """One process may open several projects (tests, an embedding): a file of a project inside
    another is named under its own root, not the outer one's (review O6)."""
    from l10n.terminal import forget_shown_roots, printable_path, show_under_root

    forget_shown_roots()
    try:
        show_under_root("/srv/news", ".")
        show_under_root("/srv/news/archive", "/srv/news/archive")
        assert printable_path("/srv/news/archive/locales/de.po") == "/srv/news/archive/locales/de.po"
        assert printable_path("/srv/news/locales/de.po") == "locales/de.po"
    finally:
        forget_shown_roots()
