"""Whole-run records (`l10n/cli/records.py`, `memory.stamps.record_run`): a command with nothing
to do prints what a real re-run prints and exits; any change to what it read or wrote — a
catalog edited, an output deleted, `l10n.toml`, the code, an article — makes it work again."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l10n.cli import main
from l10n.memory import whole_run as whole_run_module

LOCALES = "de,zh_CN"
STAGES = (
    ["translate", "--engine", "pseudo"],
    ["qa"],
    ["status"],
    ["assemble", "--format", "html", "--format", "txt"],
    ["publish"],
)


def run(capsys, root: Path, *argv: str) -> tuple[int, str, str]:
    status = main([*argv, "--root", str(root)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def chained(project_root: Path, capsys) -> Path:
    """The seed project through the chain once (every command recorded)."""
    (project_root / "l10n.toml").write_text(f'[l10n]\nlocales = ["{LOCALES.replace(",", chr(34) + ", " + chr(34))}"]\n')
    assert run(capsys, project_root, "extract", str(project_root / "seeds"), "--locales", LOCALES, "-q")[0] == 0
    for argv in STAGES:
        assert run(capsys, project_root, *argv)[0] in (0, 1)
    return project_root


def test_a_replayed_command_prints_what_a_real_rerun_prints(chained: Path, capsys, monkeypatch) -> None:
    extract = ["extract", str(chained / "seeds"), "--locales", LOCALES]
    for argv in [extract, [*extract, "-q"], *STAGES, ["qa", "-v"], ["status", "--json"], ["publish", "-q"]]:
        run(capsys, chained, *argv)  # recorded (a command line not run before runs here)
        monkeypatch.setenv("L10N_NO_RECORDS", "1")
        real = run(capsys, chained, *argv)
        monkeypatch.delenv("L10N_NO_RECORDS")
        assert run(capsys, chained, *argv) == real, argv


def test_an_unchanged_command_imports_no_catalog_reader(chained: Path) -> None:
    """The replay decides from stats alone: polib (every catalog read) is never imported."""
    for argv in (["qa"], ["status"], ["assemble", "--format", "html", "--format", "txt"], ["publish"]):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import sys; from l10n.cli import main; sys.exit(main())"]
            + [*argv, "--root", str(chained)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
        assert done.returncode in (0, 1), done.stderr[-2000:]
        imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time")}
        assert "polib" not in imported, argv
        assert "l10n.memory.stamps" in imported  # the record was looked at


def test_an_edited_catalog_is_checked_again(chained: Path, capsys) -> None:
    _, before, _ = run(capsys, chained, "qa", "-v")
    po = chained / "locales" / "de" / "LC_MESSAGES" / f"{next((chained / 'seeds').iterdir()).stem}.po"
    lines = po.read_text(encoding="utf-8").split("\n")
    fields = [line.split(" ", 1)[0] if line[:1].isalpha() else "" for line in lines]
    within = [next((f for f in reversed(fields[: n + 1]) if f), "") for n in range(len(lines))]
    at = next(n for n, line in enumerate(lines) if within[n] == "msgstr" and "_1}" in line)
    lines[at] = lines[at].replace("_1}", "_9}", 1)  # a translator's typo, same size
    po.write_text("\n".join(lines), encoding="utf-8")
    _, after, _ = run(capsys, chained, "qa", "-v")
    assert after != before
    assert "_9}" in after


def test_a_deleted_output_is_built_again(chained: Path, capsys) -> None:
    edition = next((chained / "build" / "de").glob("*.html"))
    edition.unlink()
    _, out, _ = run(capsys, chained, "assemble", "--format", "html", "--format", "txt")
    assert edition.is_file()
    assert "1 written" in out
    page = next((chained / "site" / "de").glob("*.html"))
    page.write_text("defaced", encoding="utf-8")
    _, out, _ = run(capsys, chained, "publish")
    assert page.read_text(encoding="utf-8") != "defaced"
    assert "published site: 0 written" not in out


def test_a_config_change_is_seen(chained: Path, capsys) -> None:
    _, before, _ = run(capsys, chained, "publish")
    config = chained / "l10n.toml"
    config.write_text(config.read_text() + 'base_url = "https://news.example.org/"\n')
    _, after, _ = run(capsys, chained, "publish")
    assert "0 written" in before and "0 written" not in after
    assert "https://news.example.org/" in (chained / "site" / "sitemap.xml").read_text(encoding="utf-8")


def test_other_code_does_not_trust_a_record(chained: Path, capsys, monkeypatch) -> None:
    import l10n.status

    _, before, _ = run(capsys, chained, "status", "--json")
    counted: list[int] = []
    real = l10n.status.project_status
    monkeypatch.setattr(l10n.status, "project_status", lambda *a, **k: counted.append(1) or real(*a, **k))
    assert run(capsys, chained, "status", "--json")[1] == before
    assert counted == []  # replayed
    monkeypatch.setattr(whole_run_module, "code_digest", lambda: b"a later version of l10n")
    assert run(capsys, chained, "status", "--json")[1] == before
    assert counted == [1]  # counted again


def test_an_added_article_is_extracted(chained: Path, capsys) -> None:
    seed = next((chained / "seeds").iterdir())
    _, before, _ = run(capsys, chained, "extract", str(chained / "seeds"), "--locales", LOCALES, "-q")
    assert "0 templates written" in before
    (chained / "seeds" / "second.txt").write_bytes(seed.read_bytes().replace(b"Baoshan", b"Jiading"))
    _, after, _ = run(capsys, chained, "extract", str(chained / "seeds"), "--locales", LOCALES, "-q")
    assert "2 articles" in after and "1 templates written" in after
    assert (chained / "locales" / "de" / "LC_MESSAGES" / "second.po").is_file()


def test_a_translators_edit_reaches_the_merge_when_templates_are_as_recorded(chained: Path, capsys) -> None:
    """The article-level record covers the templates; each PO is still checked by its own stamp."""
    domain = next((chained / "seeds").iterdir()).stem
    po = chained / "locales" / "de" / "LC_MESSAGES" / f"{domain}.po"
    text = po.read_text(encoding="utf-8")
    header_end = text.index("\n\n") + 2
    po.write_text(text[:header_end], encoding="utf-8")  # a translator's tool dropped every entry
    _, out, _ = run(capsys, chained, "extract", str(chained / "seeds"), "--locales", LOCALES)
    assert f"locales/de/LC_MESSAGES/{domain}.po: updated" in out
    assert po.read_text(encoding="utf-8").count("msgid ") == text.count("msgid ")


def test_a_racily_clean_file_is_compared_by_content(tmp_path: Path) -> None:
    """A file touched in the same tick as the record may change again without its times moving
    (coarse clocks, FAT's 2 s): such a file is kept by content. A later touch that leaves the
    content alone still matches; a same-size edit does not."""
    watched_file = tmp_path / "catalog.po"
    watched_file.write_text("msgstr one\n")
    future = whole_run_module.filesystem_now(tmp_path) + 3_600 * 10**9  # written "after" the record began
    os.utime(watched_file, ns=(future, future))
    watched = whole_run_module.Watched(files=(str(watched_file),))
    whole_run_module.record_run(tmp_path, "k", watched, {"out": "x"})
    assert whole_run_module.recorded_run(tmp_path, "k") is not None
    os.utime(watched_file, ns=(future + 1, future + 1))  # touched, same content: by content, unchanged
    assert whole_run_module.recorded_run(tmp_path, "k") is not None
    watched_file.write_text("msgstr two\n")
    os.utime(watched_file, ns=(future + 1, future + 1))
    assert whole_run_module.recorded_run(tmp_path, "k") is None


def test_a_file_recorded_as_settled_is_compared_by_its_stat(tmp_path: Path) -> None:
    watched_file = tmp_path / "catalog.po"
    watched_file.write_text("msgstr one\n")
    past = whole_run_module.filesystem_now(tmp_path) - 3_600 * 10**9
    os.utime(watched_file, ns=(past, past))
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / "a.html").write_text("a")
    time.sleep(0.1)  # past the tick of the writes, on any clock but FAT's: nothing is racy
    whole_run_module.record_run(
        tmp_path, "k", whole_run_module.Watched((str(watched_file),), ((str(folder), "", True),)), {"out": ""}
    )
    os.utime((folder / "a.html"), ns=(past, past))
    assert whole_run_module.recorded_run(tmp_path, "k") is None  # an output's time moved
    whole_run_module.record_run(
        tmp_path, "k", whole_run_module.Watched((str(watched_file),), ((str(folder), "", True),)), {"out": ""}
    )
    assert whole_run_module.recorded_run(tmp_path, "k") is not None
    (folder / "sub").mkdir()
    (folder / "sub" / "b.html").write_text("b")
    assert whole_run_module.recorded_run(tmp_path, "k") is None  # a new file in the folder


def test_a_long_report_is_kept_compressed_and_replayed_whole(tmp_path: Path, capsys) -> None:
    from l10n.cli.records import WholeRun

    (tmp_path / "input.po").write_text("x")
    record = WholeRun(tmp_path, "assemble", formats=["html"])
    assert not record.replayed()
    report = "".join(f"unchanged build/de/article-{n:05d}.html (3 units in English)\n" for n in range(5000))
    with record.capturing():
        sys.stdout.write(report)
    record.keep(files=[tmp_path / "input.po"])
    capsys.readouterr()
    assert WholeRun(tmp_path, "assemble", formats=["html"]).replayed()
    assert capsys.readouterr().out == report
    assert not WholeRun(tmp_path, "assemble", formats=["md"]).replayed()  # other arguments, other record


def _two_articles(root: Path) -> list[Path]:
    seed = next((root / "seeds").iterdir())
    second = root / "seeds" / "second.txt"
    second.write_bytes(seed.read_bytes().replace(b"Baoshan", b"Jiading"))
    return [seed, second]


def test_after_an_edit_only_the_edited_article_is_read(project_root: Path, capsys, monkeypatch) -> None:
    import l10n.extraction_batch

    seed, second = _two_articles(project_root)
    extract = ["extract", str(project_root / "seeds"), "--locales", "de", "-q", "--jobs", "1"]
    assert run(capsys, project_root, *extract)[0] == 0
    parsed: list[str] = []
    real = l10n.extraction_batch.extract_article  # where a batch looks it up
    monkeypatch.setattr(
        l10n.extraction_batch, "extract_article", lambda p, path, **k: parsed.append(path.name) or real(p, path, **k)
    )
    untouched = (project_root / "locales" / f"{seed.stem}.pot").stat().st_mtime_ns
    second.write_text(second.read_text(encoding="utf-8").replace("Jiading", "Minhang", 1), encoding="utf-8")
    _, out, _ = run(capsys, project_root, *extract)
    assert parsed == ["second.txt"]
    assert "2 articles" in out and "1 templates written, 1 unchanged" in out
    assert (project_root / "locales" / f"{seed.stem}.pot").stat().st_mtime_ns == untouched
    assert "Minhang" in (project_root / "locales" / "de" / "LC_MESSAGES" / "second.po").read_text(encoding="utf-8")
    parsed.clear()
    assert "0 templates written" in run(capsys, project_root, *extract)[1]
    assert parsed == []


def test_an_article_recorded_while_racy_is_read_again(project_root: Path, capsys, monkeypatch) -> None:
    """An article whose times were at or after the record's clock reading may have changed
    since without its stat moving: it is not taken from the record (its own stamp decides)."""
    import l10n.extraction_batch

    seed, second = _two_articles(project_root)
    future = whole_run_module.filesystem_now(project_root) + 3_600 * 10**9
    os.utime(second, ns=(future, future))
    extract = ["extract", str(project_root / "seeds"), "-q", "--jobs", "1"]
    assert run(capsys, project_root, *extract)[0] == 0
    asked: list[str] = []
    real = l10n.extraction_batch.extract_article  # where a batch looks it up
    monkeypatch.setattr(
        l10n.extraction_batch, "extract_article", lambda p, path, **k: asked.append(path.name) or real(p, path, **k)
    )
    seed.write_bytes(seed.read_bytes())  # the seed's times move: the whole-run record no longer holds
    run(capsys, project_root, *extract)
    assert sorted(asked) == sorted([seed.name, "second.txt"])  # not taken from the record


def test_assemble_sends_only_articles_with_a_stale_edition_to_workers(project_root: Path, monkeypatch) -> None:
    """Of three articles, two edited: the first stale one is built here before the pool forks
    (session 48), the other alone goes to the workers; the finished one goes nowhere."""
    import l10n.assembly
    import l10n.pipeline
    from l10n.locales import parse_locale
    from l10n.project import Project

    seed, _ = _two_articles(project_root)
    (project_root / "seeds" / "third.txt").write_bytes(seed.read_bytes().replace(b"Baoshan", b"Songjiang"))
    project = Project.open(project_root)
    locales = [parse_locale("de"), parse_locale("fr")]
    domains = [r.domain for r in l10n.pipeline.extract_articles(project, [project.seeds_dir], locales=locales)]
    assert len(domains) == 3
    first = [(r.domain, r.locale, r.written) for r in l10n.assembly.assemble_domains(project, domains, locales, jobs=2)]
    sent: list[list[str]] = []
    real = l10n.assembly.in_worker_processes
    monkeypatch.setattr(
        l10n.assembly,
        "in_worker_processes",
        lambda work, items, **k: sent.append([plan[0] for plan in items]) or real(work, items, **k),
    )
    for domain in domains[1:]:
        po = project.po_path(locales[1], domain)
        po.write_text(po.read_text(encoding="utf-8") + "\n# a translator's note\n", encoding="utf-8")
    again = [(r.domain, r.locale, r.written) for r in l10n.assembly.assemble_domains(project, domains, locales, jobs=2)]
    assert sent == [[domains[2]]]
    assert [item[:2] for item in again] == [item[:2] for item in first]  # every edition, in order
