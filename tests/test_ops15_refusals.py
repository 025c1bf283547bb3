"""One damaged catalog never stops a batch, in every command that reads catalogs: `qa`,
`status`, `assemble` and `publish` run alone stopped at the first PO cut mid-entry (exit 2, no
other article done), where `run` and `translate` refused its article and went on. Now each
refuses the article with one line naming file and line, does the others, and fails at its end
counting the refused; nothing of the refused article is written, its earlier edition and pages
stay as they were (still listed; not pruned), and `status` shows it as refused, never as done.
A Traditional catalog is derived from zh_CN's, so a damaged zh_CN refuses the article when
only zh_TW is asked for. The article is found from the error's file as given (`L10nError.file`),
kept when the error comes pickled from a worker (`--jobs 2`).

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_mendops_batch import chain, make_project
from test_ops14_batch import cut_mid_entry, error_lines, run_then_damage
from test_ops15_errors import l10n


def files_under(root: Path, folder: str, stem: str) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / folder).rglob(f"{stem}.*")}


def test_reading_commands_refuse_a_damaged_catalog_and_do_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    good, bad, damaged, before = run_then_damage(root)
    assert l10n(root, "update").returncode == 2  # refuses the damaged one, merges the edit
    assert l10n(root, "translate").returncode == 2
    bad_build, good_build = files_under(root, "build", bad.stem), files_under(root, "build", good.stem)
    site_before = {p: p.read_bytes() for p in (root / "site").rglob("*.html")}
    named = re.compile(rf"error: locales/de/LC_MESSAGES/{bad.stem}\.po:\d+: .+")
    for command in ("qa", "status", "assemble", "publish"):
        done = l10n(root, command)
        errors = error_lines(done.stderr)
        assert done.returncode == 2, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert len(errors) == 2 and named.fullmatch(errors[0]), (command, errors)
        assert errors[1] == "error: 1 of 3 articles refused; see above", (command, errors)
        assert damaged.read_bytes() == before
        if command in ("assemble", "publish"):  # a failing command's next step is its fix, not the next stage
            assert "next:" not in done.stdout + done.stderr, (command, done.stdout, done.stderr)
        if command == "status":
            row = next(line for line in done.stdout.splitlines() if line.startswith(bad.stem))
            assert "REFUSED" in row, done.stdout
            assert f"not counted: 1 refused article(s): {bad.stem}" in done.stdout
    assert files_under(root, "build", bad.stem) == bad_build  # nothing of the refused article written
    assert files_under(root, "build", good.stem) != good_build  # the rest done
    title = headline(bad)
    changed = [p for p, data in site_before.items() if p.read_bytes() != data]
    assert [p for p in changed if p.name != "index.html"], "the edited article's pages were published"
    assert not [p for p in changed if p.name != "index.html" and title in p.read_text(encoding="utf-8")], changed
    names = {p.name for p in (root / "site" / "en").glob("*.html") if f"<title>{title}" in p.read_text("utf-8")}
    bad_pages = [p for p in site_before if p.name in names]
    assert len(bad_pages) >= 2, "the refused article's earlier pages, in English and German"
    for page in (root / "site").glob("*/index.html"):  # still listed
        assert any(name in page.read_text(encoding="utf-8") for name in names), page
    done = l10n(root, "publish", "--prune")
    assert done.returncode == 2 and "warning: --prune not done" in done.stderr, done.stderr
    for page in bad_pages:
        assert page.read_bytes() == site_before[page], f"{page}: a damaged catalog is not a deleted article"


def headline(article: Path) -> str:
    """The article's title, from its front matter (`title: "…"`)."""
    line = next(line for line in article.read_text(encoding="utf-8").splitlines() if line.startswith("title: "))
    return line.removeprefix("title: ").strip('"')


def test_status_json_names_the_refused_article(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    _, bad = make_project(root, 2)
    assert l10n(root, "run").returncode in (0, 1)
    cut_mid_entry(root / "locales" / "de" / "LC_MESSAGES" / f"{bad.stem}.po")
    done = l10n(root, "status", "--json")
    assert done.returncode == 2, done.stderr
    (de,) = json.loads(done.stdout)
    assert de["refused"] == [bad.stem] and de["catalogs"] == 1, de


POOL_LOCALES = "de,fr,es,it,pt_BR,pt_PT,nl,sv,da,nb,fi,pl,cs,sk,hu,ro,bg,el,tr,ru,uk,ja"  # 66 catalogs: a pool


@pytest.mark.parametrize("command", ["qa", "status"])
def test_through_the_worker_pool_the_error_keeps_its_file(tmp_path: Path, command: str) -> None:
    """`--jobs 2` over 66 catalogs (`parallel.WORKERS_FROM` is 64): the error is raised in a
    worker and pickled to the parent; from another folder with a relative `--root` it is printed
    `nightly/locales/…`, which is not the file's path: the article is found by `error.file`."""
    root = tmp_path / "nightly"
    _, bad, _ = make_project(root, 3)
    codes = ", ".join(f'"{code}"' for code in POOL_LOCALES.split(","))
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = [{codes}]\nengine = "pseudo"\n', encoding="utf-8")
    assert l10n(root, "extract", "seeds", "--locales", POOL_LOCALES, "-q").returncode == 0
    cut_mid_entry(root / "locales" / "ru" / "LC_MESSAGES" / f"{bad.stem}.po")
    done = l10n(tmp_path, command, "--root", "nightly", "--locales", POOL_LOCALES, "--jobs", "2", "-q")
    errors = error_lines(done.stderr)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert re.fullmatch(rf"error: nightly/locales/ru/LC_MESSAGES/{bad.stem}\.po:\d+: .+", errors[0]), errors
    assert errors[1:] == ["error: 1 of 3 articles refused; see above"], errors


def test_assemble_writes_no_edition_of_an_article_whose_last_catalog_is_damaged(tmp_path: Path) -> None:
    """The article edited, its German catalog sound and its zh_CN one (read after it) cut:
    `assemble` wrote the German edition before reading zh_CN's, so the refused article came
    out half rebuilt. Its editions are all assembled before any is written."""
    root = tmp_path / "nightly"
    good, bad = make_project(root, 2)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "zh_CN"]\nengine = "pseudo"\n', encoding="utf-8")
    assert l10n(root, "run").returncode in (0, 1)
    cut_mid_entry(root / "locales" / "zh_CN" / "LC_MESSAGES" / f"{bad.stem}.po")
    for article in (good, bad):
        chain().edit_one_sentence(article, 1)
    bad_build, good_build = files_under(root, "build", bad.stem), files_under(root, "build", good.stem)
    done = l10n(root, "assemble")
    assert done.returncode == 2 and error_lines(done.stderr)[-1] == "error: 1 of 2 articles refused; see above"
    assert files_under(root, "build", bad.stem) == bad_build, "an edition of the refused article was written"
    changed = {name for name, data in files_under(root, "build", good.stem).items() if good_build[name] != data}
    assert changed == set(good_build), changed  # the other article's every edition rebuilt


def changed_files(root: Path, folder: str, before: dict[Path, bytes]) -> list[Path]:
    now = [p for p in (root / folder).rglob("*") if p.is_file() and not p.name.startswith(".")]
    return [p for p in now if before.get(p) != p.read_bytes()]


def test_the_closing_line_counts_what_a_stopped_pass_wrote(tmp_path: Path) -> None:
    """The article before the damaged one is written in the pass that then reads the damaged
    catalog; the pass without it finds those files holding their bytes. They were written."""
    root = tmp_path / "nightly"
    run_then_damage(root)
    for command, folder in (("assemble", "build"), ("publish", "site")):
        before = {p: p.read_bytes() for p in (root / folder).rglob("*") if p.is_file()}
        done = l10n(root, command)
        assert done.returncode == 2, done.stderr
        written = int(re.search(r"(\d+) written", done.stdout)[1])  # type: ignore[index]
        changed = changed_files(root, folder, before)
        assert written == len(changed) > 0, (command, done.stdout, sorted(map(str, changed)))
        if command == "publish":
            assert "kept from earlier runs (an article refused: not pruned)" in done.stdout, done.stdout
