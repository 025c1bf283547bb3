"""Session 49's outside look (redteam49): hostile and damaged input through the real CLI
(`workflow.py`), each on a project of its own.

- A forged manifest's `ready` (`publish.manifest.existing_records`): a record saying an edition is
  ready, beside a site whose page says it is not (`noindex`), made `publish --locales de` offer
  the incomplete French page as an `hreflang` alternate and in the sitemap, and list it as
  translated. A manifest that is not the bytes publish last wrote has its `ready` checked
  against the page.
- Article ids that differ only in letter case (`News.txt`, `news.txt`) and Windows device names
  (`aux.txt`, `CON.backup.md`, `--domain COM1`) were valid ids: `build/`, `site/` and `locales/`
  copied to macOS or Windows held one file for two, or a device. `extract` refuses them, naming
  the file (`pipeline._one_case_per_domain`, `project.windows_device`).
- A stamp row of valid JSON in another shape than its stage writes (`{}` for a list, a list of
  other types) made `extract`, `translate`, `qa`, `status`, `publish` and `run` die with a
  traceback: each reader now asks for its stage's shape (`memory.stamps.fits`) and a row of
  another is no record — the work is done again.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import run_l10n

ARTICLE = (
    "---\ntitle: Riverside library reopens\ndate: 2026-03-02T09:15:00+08:00\n---\n\n"
    "The library reopened on Monday after two years.\n\nVisitors can borrow 12 books at a time.\n"
)
CONFIG = '[l10n]\nlocales = ["de", "fr"]\nengine = "pseudo"\n'


def _project(root: Path, article: str = ARTICLE, config: str = CONFIG, name: str = "news.md") -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / name).write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _site(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted((root / "site").rglob("*"))
        if path.is_file()
    }


def test_a_forged_ready_flag_is_checked_against_the_page(tmp_path: Path) -> None:
    """French below its policy (nothing reviewed); the manifest then says it is ready."""
    root = _project(tmp_path, config=CONFIG + "[l10n.readiness.fr]\nmin_reviewed = 1.0\n")
    for command in (("extract", "seeds"), ("update",), ("translate",), ("publish",)):
        run_l10n(root, *command)
    site = _site(root)
    french = "fr/riverside-library-reopens.html"
    assert b'content="noindex"' in site[f"site/{french}"]
    assert f'hreflang="fr" href="../{french}"'.encode() not in site["site/de/riverside-library-reopens.html"]
    manifest = root / ".site.l10n-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    (record,) = [page for page in data["pages"] if page["locale"] == "fr"]
    assert record["ready"] is False
    record["ready"] = True
    manifest.write_text(json.dumps(data), encoding="utf-8")
    run_l10n(root, "publish", "--locales", "de")
    assert _site(root) == site  # no alternate, no sitemap entry, still "incomplete" on every index
    (record,) = [page for page in json.loads(manifest.read_text(encoding="utf-8"))["pages"] if page["locale"] == "fr"]
    assert record["ready"] is False  # and recorded as the page says
    (root / "locales" / ".stamps.sqlite3").unlink()  # no record of the manifest's bytes: every page read
    run_l10n(root, "publish", "--locales", "de")
    assert _site(root) == site  # the ready pages (en, de) still offered as such


def _articles(root: Path, *names: str) -> Path:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(CONFIG, encoding="utf-8")
    for n, name in enumerate(names):
        (root / "seeds" / name).write_text(f"Headline {n}\n\nThe river rose {n} metres.\n", encoding="utf-8")
    return root


def _refused(done: object) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("error: seeds/")]  # type: ignore[attr-defined]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ids_differing_only_in_case_are_refused_at_extract(tmp_path: Path, jobs: str) -> None:
    root = _articles(tmp_path, "News.txt", "news.txt", "other.txt")
    done = run_l10n(root, "extract", "seeds", "--jobs", jobs, allowed=(2,))
    assert _refused(done) == [
        "error: seeds/news.txt: article id 'news' differs only in letter case from 'News' of seeds/News.txt "
        "(one file on macOS and Windows); rename one of the two files, or extract this one alone with --domain ID"
    ]
    assert sorted(path.name for path in (root / "locales").glob("*.pot")) == ["News.pot", "other.pot"]
    # the twin named alone, a template of an earlier run holding the other case: refused too
    assert len(_refused(run_l10n(root, "extract", "seeds/news.txt", allowed=(2,)))) == 1
    run_l10n(root, "extract", "seeds/news.txt", "--domain", "news-2")  # the advice holds
    # a file renamed in case only (its old name gone) is the same article under a new id
    (root / "seeds" / "News.txt").unlink()
    (root / "seeds" / "other.txt").rename(root / "seeds" / "Other.txt")
    run_l10n(root, "extract", "seeds/Other.txt")


def test_windows_device_names_are_refused_at_extract(tmp_path: Path) -> None:
    root = _articles(tmp_path, "aux.txt", "CON.backup.md", "console.txt")
    done = run_l10n(root, "extract", "seeds", allowed=(2,))
    assert [line.split(": ")[1] for line in _refused(done)] == ["seeds/CON.backup.md", "seeds/aux.txt"]
    assert all(" is a device name on Windows " in line for line in _refused(done))
    assert [path.name for path in (root / "locales").glob("*.pot")] == ["console.pot"]
    done = run_l10n(root, "extract", "seeds/console.txt", "--domain", "com1", allowed=(2,))
    assert done.stderr.startswith("error: article id 'com1' in --domain is a device name on Windows")
    run_l10n(root, "extract", "seeds/aux.txt", "--domain", "aux-notes")  # the advice holds
    assert sorted(path.name for path in (root / "locales").glob("*.pot")) == ["aux-notes.pot", "console.pot"]


CHAIN = (("extract", "seeds"), ("update",), ("translate",), ("qa",), ("status",), ("assemble",), ("publish",))


@pytest.mark.parametrize(
    ("stage", "commands"),
    [
        ("extract", [("extract", "seeds")]),
        ("update", [("update", "-v"), ("extract", "seeds", "--locales", "de,fr", "-v")]),
        ("tm-leverage", [("translate",)]),
        ("translate", [("translate",)]),
        ("qa", [("qa", "-v"), ("assemble",)]),
        ("qa.summary", [("qa",), ("publish",)]),
        ("status", [("status",), ("qa",)]),
        ("publish %", [("publish",)]),
    ],
)
def test_a_stamp_of_another_shape_is_no_record(tmp_path: Path, stage: str, commands: list[tuple[str, ...]]) -> None:
    root = _project(tmp_path)
    for command in CHAIN:
        run_l10n(root, *command)
    status, site = run_l10n(root, "status", "--json").stdout, _site(root)
    for payload in ("{}", '[3,"x",[],{}]', "[[]]"):
        for command in (*commands, ("run",)):
            with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
                forged = db.execute(
                    "UPDATE stamp SET payload = ? WHERE stage LIKE ? AND key NOT LIKE '% %'", (payload, stage)
                ).rowcount
                db.execute("DELETE FROM stamp WHERE stage LIKE 'whole run%'")
            assert forged >= 1, stage
            done = run_l10n(root, *command, allowed=None)
            assert done.returncode in (0, 1) and "Traceback" not in done.stderr, (payload, command, done.stderr)
            assert repr(json.loads(payload)) not in done.stdout, (payload, command, done.stdout)  # nor reported
    assert run_l10n(root, "status", "--json").stdout == status
    assert _site(root) == site


@pytest.mark.parametrize("copy", ["news copy.pot", "news - Copy.pot"])
def test_a_template_copied_under_a_name_that_is_no_id_is_named(tmp_path: Path, copy: str) -> None:
    """macOS's and Windows' file managers name a copy so: every command stopped with "invalid
    domain name 'news copy'", no file named."""
    root = _project(tmp_path)
    run_l10n(root, "extract", "seeds")
    (root / "locales" / copy).write_bytes((root / "locales" / "news.pot").read_bytes())
    for command in (("status",), ("update",), ("publish",)):
        done = run_l10n(root, *command, allowed=(2,))
        assert done.stderr.startswith("error: ") and f"locales/{copy}: not an article's template" in done.stderr
        assert len(done.stderr.splitlines()) == 1


def test_a_headline_slugging_to_a_windows_device_names_no_page(tmp_path: Path) -> None:
    """`site/` is copied to Windows, where `nul.html` is the null device."""
    root = _project(tmp_path, ARTICLE.replace("title: Riverside library reopens", "title: Nul"))
    for command in (("extract", "seeds"), ("update",), ("translate",), ("publish",)):
        run_l10n(root, *command)
    pages = sorted(path.name for path in (root / "site" / "de").iterdir())
    assert pages == ["index.html", "news.html", "nul-news.html"], pages  # the domain appended, as for a name taken
