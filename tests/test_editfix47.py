"""Three operator mends (session 47's editfix47), each through the real CLI (`workflow.py`):

- an en-GB article's source edition in a project with en_US (a translation there, so the article's
  own edition is en_GB, no project locale) is taken from `assemble`'s record by `publish`
  (`publish.built.source`), not parsed and assembled again on every run that makes its pages;
- an invalid id given to `--domains` or `--domain` is refused by a line naming the option;
- two files of a batch that map to one article id are refused with advice a batch run can follow.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polib
from conftest import REPO, run_l10n

BRITISH = "---\ntitle: New rules for the city centre\nlang: en-GB\n---\n\nThe council published new rules today.\n"
FRENCH_PROJECT = 'locales = ["en_US", "de"]\nsource_locale = "fr"\n\n[article_languages]\n"articles/*" = "en"\n'

COUNTING = """
import os, runpy, sys
log = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)) and os.fspath(args[0]).endswith("news.md"):
        os.write(log, os.fsencode(os.fspath(args[0])) + b"\\n")
sys.addaudithook(hook)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _article_opened(root: Path, *args: str) -> int:
    """How many times `workflow.py ARGS` (and any worker it forks) opens the article `news.md`,
    counted by an audit hook on the `open` event (PEP 578)."""
    log = root.parent / f"opened-{len(list(root.parent.glob('opened-*')))}.log"
    done = subprocess.run(
        [sys.executable, "-c", COUNTING, str(log), str(REPO / "workflow.py"), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_an_en_GB_articles_source_edition_is_taken_from_assembles_record(tmp_path: Path) -> None:
    """A translator's edit of the article's de catalog, then `assemble` and `publish`: publish
    takes the de edition from build/ and the source edition (en_GB, the article itself: en_US is
    its translation) from the record `assemble` kept, so it opens the article not at all."""
    root = tmp_path / "project"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "news.md").write_text(BRITISH, encoding="utf-8")
    (root / "l10n.toml").write_text(FRENCH_PROJECT, encoding="utf-8")
    assert _article_opened(root, "extract", "articles/news.md") >= 1  # the hook sees the article read
    for command in (("update",), ("translate", "--engine", "pseudo"), ("assemble",), ("publish",)):
        run_l10n(root, *command)
    po = root / "locales" / "de" / "LC_MESSAGES" / "news.po"
    catalog = polib.pofile(str(po))
    body = catalog.find("The council published new rules today.")
    assert body is not None
    body.msgstr, body.flags = "Der Rat hat heute neue Regeln veröffentlicht.", []  # reviewed
    catalog.save()
    run_l10n(root, "assemble")
    assert _article_opened(root, "publish") == 0

    def pages(locale: str) -> str:
        return "".join(p.read_text(encoding="utf-8") for p in (root / "site" / locale).glob("*.html"))

    assert "Der Rat hat heute neue Regeln veröffentlicht." in pages("de")  # the edit is published
    sources = {p.name for p in (root / "site").iterdir() if p.is_dir()} - {"de", "en_US"}
    assert len(sources) == 1  # one source edition beside the two translations, with the editor's words
    assert "The council published new rules today." in pages(sources.pop())


def test_an_invalid_id_is_refused_naming_the_option_that_gave_it(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "news.md").write_text(BRITISH, encoding="utf-8")
    (root / "l10n.toml").write_text(FRENCH_PROJECT, encoding="utf-8")
    refused = run_l10n(root, "extract", "articles/news.md", "--domain", "city centre", allowed=(2,))
    rule = "use ASCII letters, digits, '.', '_' and '-'"
    assert refused.stderr.splitlines() == [f"error: invalid domain name 'city centre' in --domain: {rule}"]
    assert not (root / "locales").exists() or not list((root / "locales").glob("*.pot"))  # nothing written
    run_l10n(root, "extract", "articles/news.md")
    for command in ("status", "publish", "assemble", "qa"):
        refused = run_l10n(root, command, "--domains", "news,city centre", allowed=(2,))
        assert refused.stderr.splitlines() == [f"error: invalid domain name 'city centre' in --domains: {rule}"]


def test_two_files_of_a_batch_for_one_id_are_refused_with_advice_a_batch_can_follow(tmp_path: Path) -> None:
    """`extract articles` refuses the second of two files whose names give one id (`news.md`,
    `news.markdown`): the line names both and advises what a batch run can do (`--domain` names
    one file's id, not a folder's)."""
    root = tmp_path / "project"
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "news.md").write_text(BRITISH, encoding="utf-8")
    (root / "articles" / "news.markdown").write_text(BRITISH.replace("new rules", "fresh rules"), encoding="utf-8")
    (root / "l10n.toml").write_text(FRENCH_PROJECT, encoding="utf-8")
    run_l10n(root, "extract", "articles/news.md")
    refused = run_l10n(root, "extract", "articles", allowed=(2,))
    (line, *_) = [line for line in refused.stderr.splitlines() if line.startswith("error: ")]
    assert line.startswith("error: articles/news.markdown: domain 'news' already belongs to articles/news.md; ")
    assert "rename one of the two files" in line, line
    # the advice's other way, for the refused file alone, is one that extract takes
    run_l10n(root, "extract", "articles/news.markdown", "--domain", "news-fresh")
    assert polib.pofile(str(root / "locales" / "news-fresh.pot")).find("The council published fresh rules today.")
