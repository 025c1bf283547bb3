"""The operator's nightly batch through the real CLI (`workflow.py … --root`): what an earlier run
left in `build/` and `site/` never goes stale or stays offered after an edit or a deletion, and
one article's state never stops the batch.

- `assemble` without `--format` keeps every format `build/` holds current (`run` wrote html, md
  and txt; an edit rebuilt only the HTML and left the Markdown with the old text).
- An article deleted while its template stays (`errors.ArticleMissing`) is skipped by
  `assemble` and `publish` with one warning naming the template (both failed for the whole
  project), and its pages are no longer listed; nor are those of an article deleted with its
  template; `publish --prune` removes them.
- Machine output whose source sentence changed is held back by the publish gate until
  `translate` redoes it (it showed the translation of the sentence that is gone).

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import bench_module, chain_project, run_l10n
from conftest import files_below as tree


def chain():
    return bench_module("chain")


def make_project(root: Path, count: int = 3) -> list[Path]:
    return chain_project(root, count, ["de", "fr"], engine="pseudo")


def edit(article: Path) -> None:
    chain().edit_one_sentence(article, 1)


def test_assemble_keeps_every_built_format_current(tmp_path: Path) -> None:
    root, fresh = tmp_path / "nightly", tmp_path / "fresh"
    articles = make_project(root)
    run_l10n(root, "run", allowed=(0, 1))
    before = tree(root / "build")
    assert any(name.endswith(".md") for name in before) and any(name.endswith(".txt") for name in before)
    edit(articles[1])
    run_l10n(root, "update")
    run_l10n(root, "translate")
    run_l10n(root, "assemble")  # no --format: what an operator types after an edit
    after = tree(root / "build")
    domain = articles[1].stem
    for ext in ("html", "md", "txt"):
        assert after[f"de/{domain}.{ext}"] != before[f"de/{domain}.{ext}"], ext
    # the same bytes as a from-scratch run of the edited articles
    make_project(fresh)
    edit(fresh / "seeds" / articles[1].name)
    run_l10n(fresh, "run", allowed=(0, 1))
    assert after == tree(fresh / "build")
    again = run_l10n(root, "assemble")
    assert "0 written" in again.stdout
    # explicit --format html keeps the others current too
    edit(articles[0])
    run_l10n(root, "update")
    run_l10n(root, "translate")
    run_l10n(root, "assemble", "--format", "html")
    assert tree(root / "build")[f"fr/{articles[0].stem}.md"] != after[f"fr/{articles[0].stem}.md"]


def listed_domains(root: Path) -> set[str]:
    manifest = json.loads((root / ".site.l10n-manifest.json").read_text(encoding="utf-8"))
    return {page["domain"] for page in manifest["pages"]}


def page_paths(root: Path, domain: str) -> list[str]:
    manifest = json.loads((root / ".site.l10n-manifest.json").read_text(encoding="utf-8"))
    return [page["path"] for page in manifest["pages"] if page["domain"] == domain]


@pytest.mark.parametrize("with_template", [True, False], ids=["article-only", "article-and-catalogs"])
def test_deleted_article_does_not_stop_the_batch(tmp_path: Path, with_template: bool) -> None:
    root = tmp_path / "project"
    articles = make_project(root)
    run_l10n(root, "run", allowed=(0, 1))
    gone = articles[1].stem
    pages = page_paths(root, gone)
    assert pages and gone in listed_domains(root)
    articles[1].unlink()
    if not with_template:
        for catalog in (root / "locales").rglob(f"{gone}.po*"):
            catalog.unlink()
    edit(articles[0])  # the batch still has work to do for the others
    for command in (("assemble",), ("publish",), ("run",)):
        done = run_l10n(root, *command, allowed=(0, 1))
        warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
        if with_template:
            assert warnings, command
            assert all(line.startswith(f"warning: locales/{gone}.pot: its article is gone") for line in warnings)
        assert "Traceback" not in done.stderr
    assert gone not in listed_domains(root)
    site = root / "site"
    shown = "".join(p.read_text(encoding="utf-8") for p in [*site.glob("*/index.html"), site / "index.html"])
    assert not any(page.split("/", 1)[1] in shown for page in pages)
    assert (site / pages[0]).is_file()  # not deleted silently: kept until --prune
    for other in (articles[0].stem, articles[2].stem):
        assert other in listed_domains(root)
        assert (root / "build" / "de" / f"{other}.md").is_file()
    pruned = run_l10n(root, "publish", "--prune")
    assert not any((site / page).exists() for page in pages)
    assert f"removed site/{pages[0]}" in pruned.stdout


def test_machine_output_of_a_changed_sentence_is_held(tmp_path: Path) -> None:
    root = tmp_path / "project"
    articles = make_project(root, 1)
    run_l10n(root, "run", allowed=(0, 1))
    domain = articles[0].stem
    old_page = (root / "build" / "de" / f"{domain}.html").read_text(encoding="utf-8")
    edit(articles[0])
    run_l10n(root, "update")  # the operator stopped here (no engine run): assemble must not show the old MT
    done = run_l10n(root, "assemble", "-v")
    page = (root / "build" / "de" / f"{domain}.html").read_text(encoding="utf-8")
    assert "source changed" in done.stdout
    assert "(rev. 1)" in page and "(rev. 1)" not in old_page  # the new sentence, in the source language
    assert page.count('data-status="held"') > old_page.count('data-status="held"')
    run_l10n(root, "translate")
    redone = run_l10n(root, "assemble", "-v")
    assert "source changed" not in redone.stdout


def test_a_copied_project_does_not_replay_the_original(tmp_path: Path) -> None:
    """Whole-run records watch files by absolute path: a copy (a backup restored elsewhere, a
    trial copy, a moved checkout) must not stat the original's files and replay its report."""
    import shutil

    original, copy = tmp_path / "original", tmp_path / "copy"
    articles = make_project(original, 2)
    run_l10n(original, "run", allowed=(0, 1))
    for command in (("qa",), ("status",), ("assemble",)):
        run_l10n(original, *command, allowed=(0, 1))  # each command's record, as a nightly run keeps it
    shutil.copytree(original, copy, symlinks=True)
    po = copy / "locales" / "de" / "LC_MESSAGES" / f"{articles[0].stem}.po"
    po.write_bytes(b'msgid ""\nmsgstr "\xff\xfe broken\n')
    for command in (("qa",), ("status",), ("assemble",)):
        done = run_l10n(copy, *command, allowed=(2,))
        assert done.stderr.startswith(f"error: {po}:"), command
        assert "Traceback" not in done.stderr
    assert (original / "locales" / "de" / "LC_MESSAGES" / f"{articles[0].stem}.po").read_bytes() != po.read_bytes()


def test_a_truncated_catalog_is_refused_by_every_command_naming_its_line(tmp_path: Path) -> None:
    """A PO cut mid-string (a disk filled while copying it, a half-restored backup) was read as
    polib guesses, and `update` wrote the guess back: the other half of the translations gone
    without a word. msgfmt calls it a fatal "end-of-line within string"; so do we."""
    root = tmp_path / "project"
    articles = make_project(root, 2)
    run_l10n(root, "run", allowed=(0, 1))
    po = root / "locales" / "de" / "LC_MESSAGES" / f"{articles[0].stem}.po"
    data = po.read_bytes()
    cut = data.index(b'msgstr "', len(data) // 2) + len(b'msgstr "') + 5
    po.write_bytes(data[:cut])
    line = data[:cut].count(b"\n") + 1
    for command in (("update",), ("translate",), ("qa",), ("status",), ("assemble",), ("publish",), ("run",)):
        done = run_l10n(root, *command, allowed=(2,))
        errors = [text for text in done.stderr.splitlines() if text.startswith("error:")]
        expected = f"error: {po}:{line}: end-of-line within string (the PO is truncated or broken here)"
        assert errors[0] == expected
        # the other article goes on; the count closes (said once: session 14; every command: session 15)
        assert errors[1:] == ["error: 1 of 2 articles refused; see above"], command
        assert "Traceback" not in done.stderr
        assert po.read_bytes() == data[:cut]  # nothing rewritten: the operator restores it


def test_a_full_disk_under_the_stamps_is_one_line(tmp_path: Path) -> None:
    """SQLite reports a full disk or quota (here the file-size limit, RLIMIT_FSIZE, which the
    kernel enforces as it does a quota) as its own exception, without a file name: the run
    died with a traceback while saving its stamps. Now one line naming the project's state."""
    import resource
    import signal
    import subprocess

    root = tmp_path / "project"
    articles = make_project(root, 2)
    run_l10n(root, "run", allowed=(0, 1))
    before = {p: p.read_bytes() for p in (root / "locales").rglob("*.po")}
    for article in articles:
        edit(article)

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (60_000, 60_000))  # POs fit, the stamps do not

    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parent.parent / "workflow.py"), "run", "--root", str(root)],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        timeout=600,
    )
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[-2000:]
    assert len(errors) == 1 and errors[0].startswith(f"error: {root / 'locales'}")
    for po, data in before.items():  # each catalog whole: as it was, or as the run rewrote it
        assert po.read_bytes() == data or po.read_bytes().endswith(b'"\n')
    run_l10n(root, "run", allowed=(0, 1))  # room again: the run finishes


@pytest.mark.parametrize("kind", ["folder", "dangling link"])
def test_settings_that_are_not_a_file_are_refused(tmp_path: Path, kind: str) -> None:
    """A folder (or a link to nothing) named l10n.toml was read as "no settings": the default
    ten locales, engine and readiness, silently — a nightly run then made catalogs for locales
    the project never had. Refused in one line naming it."""
    root = tmp_path / "project"
    make_project(root, 1)
    settings = root / "l10n.toml"
    settings.unlink()
    if kind == "folder":
        settings.mkdir()
    else:
        settings.symlink_to(tmp_path / "gone.toml")
    for command in (("status",), ("run",)):
        done = run_l10n(root, *command, allowed=(2,))
        assert done.stderr.startswith(f"error: {settings}: the settings are not a file")
    assert not (root / "locales").exists()
