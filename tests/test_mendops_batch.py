"""One bad article must not stop the night: `run`, `extract` of a folder and `update` of many
articles skip an article they refuse (an empty Markdown file, a control character, a template
with no units for a translated catalog) with its one-line error, process every other one, and
exit 2 at the end with one line counting the refused. The refused article's catalogs, editions
and pages stay as they were. A command naming one article still refuses it alone, as before.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
from conftest import REPO, SEED, bench_module, chain_project, run_l10n


def chain():
    return bench_module("chain")


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


def make_project(root: Path, count: int) -> list[Path]:
    return chain_project(root, count, ["de"], engine="pseudo")


def files_of(root: Path, domain: str) -> dict[str, bytes]:
    """Every file of `domain` under locales/, build/ and site/ (its pages are named after its
    headline: the site's files are all taken, which the other articles' run must leave be)."""
    found = {}
    for folder in ("locales", "build"):
        for path in (root / folder).rglob(f"{domain}.*"):
            found[path.relative_to(root).as_posix()] = path.read_bytes()
    return found


def control_character(article: Path) -> int:
    """A U+0001 put into the article's first paragraph (ingest refuses it, naming the line)."""
    lines = article.read_text(encoding="utf-8").split("\n")
    index = next(n for n, text in enumerate(lines) if text.startswith("# ")) + 2
    lines[index] += " \x01"
    article.write_text("\n".join(lines), encoding="utf-8")
    return index + 1


def test_run_goes_on_past_refused_articles_and_fails_at_the_end(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    good, bad, _ = make_project(root, 3)
    first = l10n(root, "run")
    assert first.returncode in (0, 1), first.stderr
    bad_before, good_before = files_of(root, bad.stem), files_of(root, good.stem)
    assert any(name.startswith("build/de/") for name in bad_before)
    site_before = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    index = root / "site" / "index.html"
    listed = sorted(re.findall(r'href="([^"]*)"', index.read_text(encoding="utf-8")))
    chain().edit_one_sentence(good, 1)
    line = control_character(bad)
    (root / "seeds" / "empty.md").write_text("", encoding="utf-8")
    done = l10n(root, "run")
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    errors = [text for text in done.stderr.splitlines() if text.startswith("error: ")]
    assert len(errors) == 3, done.stderr
    assert f"seeds/{bad.name}:{line}:" in errors[0] and "control character" in errors[0]
    assert "seeds/empty.md:1:" in errors[1]
    assert errors[2] == "error: 2 of 4 articles refused; see above"
    # every stage ran for the others: the edited article's edition has the edit
    good_after = files_of(root, good.stem)
    assert any("(rev." in entry.msgid for entry in polib.pofile(str(root / "locales" / f"{good.stem}.pot")))
    changed = {name for name in good_after if good_after[name] != good_before.get(name)}
    assert {f"build/de/{good.stem}.{kind}" for kind in ("html", "md", "txt")} <= changed
    for stage in ("translate:", "assemble:", "publish:"):
        assert stage in done.stdout, done.stdout
    # the refused article: catalogs, editions and pages as they were
    assert files_of(root, bad.stem) == bad_before
    assert all(path.is_file() for path in site_before)  # no page of it removed
    redirects = [path for path in site_before if path.stem == bad.stem]
    assert redirects and all(path.read_bytes() == site_before[path] for path in redirects)
    assert sorted(re.findall(r'href="([^"]*)"', index.read_text(encoding="utf-8"))) == listed  # still listed
    # and the next night says it again (no record of the run hides it)
    again = l10n(root, "run")
    assert again.returncode == 2 and again.stderr.splitlines()[-1] == errors[2], again.stderr


def test_extract_of_a_folder_goes_on_but_one_article_is_refused_alone(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    articles = make_project(root, 20)
    (root / "seeds" / "empty.md").write_text("", encoding="utf-8")
    control_character(articles[9])
    done = l10n(root, "extract", "seeds", "--jobs", "2")
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == "error: 2 of 21 articles refused; see above", done.stderr
    made = {p.stem for p in (root / "locales").glob("*.pot")}
    assert made == {p.stem for p in articles} - {articles[9].stem}
    alone = l10n(root, "extract", "seeds/empty.md")
    assert alone.returncode == 2
    assert alone.stderr.splitlines() == [alone.stderr.strip()] and "empty.md:1:" in alone.stderr
    assert "refused; see above" not in alone.stderr


def test_update_of_many_articles_goes_on_past_an_empty_template(tmp_path: Path) -> None:
    """ops9's guard (`EmptyTemplate`) refuses the reviewed catalog's merge; the other article's
    edit still reaches its catalog."""
    root = tmp_path / "project"
    [article] = make_project(root, 1)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["zh_CN"]\n', encoding="utf-8")
    (root / "locales" / "zh_CN" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(REPO / "locales" / f"{SEED.stem}.pot", root / "locales")
    shutil.copy(
        REPO / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po", root / "locales" / "zh_CN" / "LC_MESSAGES"
    )
    assert l10n(root, "extract", f"seeds/{article.name}").returncode == 0
    assert l10n(root, "update").returncode == 0
    reviewed = root / "locales" / "zh_CN" / "LC_MESSAGES" / f"{SEED.stem}.po"
    before = reviewed.read_bytes()
    pot = root / "locales" / f"{SEED.stem}.pot"
    pot.write_text(pot.read_text(encoding="utf-8").split("\n\n")[0] + "\n", encoding="utf-8")
    (root / "seeds" / SEED.name).rename(root / SEED.name)  # its article gone: nothing to extract it again from
    chain().edit_one_sentence(article, 1)
    done = l10n(root, "update")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr
    assert f"{SEED.stem}.pot" in lines[0] and "no units" in lines[0]
    assert lines[1] == "error: 1 of 2 articles refused; see above"
    assert reviewed.read_bytes() == before
    other = root / "locales" / "zh_CN" / "LC_MESSAGES" / f"{article.stem}.po"
    assert any("(rev." in entry.msgid for entry in polib.pofile(str(other)))
