"""The command line as an operator meets it: one-line errors, exit codes, `run`, `workflow.py`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from l10n.cli import main

REPO = Path(__file__).resolve().parent.parent
L10N = [sys.executable, str(REPO / "workflow.py")]


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*L10N, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_bad_locale_is_one_line_on_stderr_without_traceback(project_root):
    done = _run("update", "--root", str(project_root), "--locales", "../../etc")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and "../../etc" in done.stderr


def test_broken_article_error_names_the_file(tmp_path):
    bad = tmp_path / "seeds" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"Headline\n\nCaf\xe9 society returns.\n")
    done = _run("extract", str(bad), "--root", str(tmp_path))
    assert done.returncode != 0
    assert "broken.txt:3" in done.stderr and "Traceback" not in done.stderr


def test_debug_flag_shows_the_traceback(project_root):
    done = _run("update", "--root", str(project_root), "--locales", "xx", "--debug")
    assert done.returncode != 0 and "Traceback" in done.stderr


def test_usage_error_exits_non_zero():
    assert main(["assemble", "--format"]) != 0
    assert main(["no-such-command"]) != 0


def test_run_builds_every_edition_and_keeps_the_reference_translation(project_root):
    shutil.copytree(REPO / "locales", project_root / "locales", ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock"))
    reference = project_root / "locales" / "zh_CN" / "LC_MESSAGES" / "000_3e65442673b9006b.po"
    before = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(reference)) if not e.obsolete}
    done = _run("run", "--root", str(project_root), "--locales", "zh_CN,zh_TW,es,de")
    assert done.returncode == 0, done.stderr
    after = {(e.msgctxt, e.msgid): (e.msgstr, e.fuzzy) for e in polib.pofile(str(reference)) if not e.obsolete}
    assert {k: v[0] for k, v in after.items()} == before and not any(f for _, f in after.values())
    zh_tw = (project_root / "build" / "zh_TW" / "000_3e65442673b9006b.html").read_text(encoding="utf-8")
    assert "寶山" in zh_tw  # derived from the human zh_CN translation by OpenCC
    es = polib.pofile(str(project_root / "locales" / "es" / "LC_MESSAGES" / "000_3e65442673b9006b.po"))
    assert all(e.fuzzy and "apertium" in e.tcomment for e in es if e.msgstr and not e.obsolete)
    assert (project_root / "site" / "index.html").is_file()
    assert (project_root / "site" / "zh_CN" / "000_3e65442673b9006b.html").is_file()
    for po in (project_root / "locales").glob("*/LC_MESSAGES/*.po"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], check=True)


def test_xliff_export_edit_import_through_the_cli(project_root):
    seed = next((project_root / "seeds").iterdir())
    assert main(["extract", str(seed), "--root", str(project_root)]) == 0
    assert main(["update", "--locales", "de", "--root", str(project_root)]) == 0
    out = project_root / "exchange.xlf"
    assert (
        main(
            ["xliff", "export", "--locale", "de", "--xliff-version", "2.0", "-o", str(out), "--root", str(project_root)]
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert 'trgLang="de"' in text and "<ph " in text
    source = '<source xml:space="preserve">Yang Jian</source>'
    edited = text.replace(source, source + "<target>Yang Jian (de)</target>", 1)
    assert edited != text
    out.write_text(edited, encoding="utf-8")
    assert main(["xliff", "import", str(out), "--root", str(project_root)]) == 0
    po = polib.pofile(str(project_root / "locales" / "de" / "LC_MESSAGES" / f"{seed.stem}.po"))
    assert po.find("Yang Jian", msgctxt="byline").msgstr == "Yang Jian (de)"


def test_settings_file_sets_the_default_locales(project_root):
    (project_root / "l10n.toml").write_text('[l10n]\nlocales = ["fr", "ko"]\n', encoding="utf-8")
    seed = next((project_root / "seeds").iterdir())
    assert main(["extract", str(seed), "--root", str(project_root)]) == 0
    assert main(["update", "--root", str(project_root)]) == 0
    assert sorted(p.name for p in (project_root / "locales").iterdir() if p.is_dir()) == ["fr", "ko"]


def test_broken_settings_file_is_a_one_line_error(project_root):
    (project_root / "l10n.toml").write_text("[l10n\nlocales = 3\n", encoding="utf-8")
    done = _run("status", "--root", str(project_root))
    assert done.returncode == 2 and "l10n.toml" in done.stderr and "Traceback" not in done.stderr


def test_a_locale_without_an_engine_names_the_install_command(project_root, tmp_path):
    seed = next((project_root / "seeds").iterdir())
    assert _run("extract", str(seed), "--root", str(project_root)).returncode == 0
    assert _run("update", "--locales", "ja", "--root", str(project_root)).returncode == 0
    done = _run("translate", "--locales", "ja", "--root", str(project_root), "--packages-dir", str(tmp_path / "none"))
    assert done.returncode == 0
    assert "25 units wait for MT" in done.stderr and "l10n models install en ja" in done.stderr


# -- refusals: each names the fix, exits 2, and writes nothing -------------------------------------

SEED_DOMAIN = "000_3e65442673b9006b"


def _refused(argv: list[str], capsys) -> str:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


@pytest.fixture
def extracted(project_root):
    seed = next((project_root / "seeds").iterdir())
    assert main(["extract", str(seed), "--root", str(project_root), "--locales", "de,zh_CN,zh_TW", "-q"]) == 0
    return project_root


@pytest.mark.parametrize(
    "toml,expected",
    [
        ('locale = ["de"]', "l10n.toml:2: unknown setting 'locale' (did you mean 'locales'"),
        (
            'locales = ["de", "zh"]',
            "l10n.toml:2: locales: 'zh' names a language written in more than one script: use zh_CN or zh_TW",
        ),
        ('locales = ["de", "de"]', "locales: de is listed twice"),
        (
            'base_url = "news.example.org"',
            "l10n.toml:2: base_url: 'news.example.org' is not an absolute http(s) URL; did you mean 'https://news.example.org'?",
        ),
        ('engine = "argo"', "l10n.toml:2: engine: unknown engine 'argo' (did you mean 'argos'?)"),
        ("tm_threshold = 140", "l10n.toml:2: tm_threshold: 140 is out of range: use a number from 1 to 100"),
        ('tm_threshold = "high"', "tm_threshold: expected a whole number from 1 to 100"),
        ("[l10n.publish]\nreadiness = 90", "l10n.toml:3: unknown setting 'publish.readiness'"),
    ],
)
def test_settings_are_checked_against_the_schema(project_root, capsys, toml, expected):
    (project_root / "l10n.toml").write_text(f"[l10n]\n{toml}\n", encoding="utf-8")
    assert expected in _refused(["status", "--root", str(project_root)], capsys)


def test_a_stray_top_level_table_is_refused(project_root, capsys):
    (project_root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n[publish]\nx = 1\n', encoding="utf-8")
    assert "l10n.toml:3: 'publish' is outside the [l10n] table, where settings go" in _refused(
        ["status", "--root", str(project_root)], capsys
    )


@pytest.mark.parametrize(
    "argv,expected",
    [
        (
            ["status", "--locales", "zh"],
            "--locales: 'zh' names a language written in more than one script: use zh_CN or zh_TW",
        ),
        (["status", "--locales", "zh_Hans"], "--locales: 'zh_Hans' is not a project locale (did you mean zh_CN?)"),
        (["assemble", "--locales", "de-DE"], "--locales: 'de-DE' is not a project locale (did you mean de?)"),
        (
            ["update", "--locales", "it"],
            "'it' is not a project locale; the project's locales are de, zh_CN, zh_TW, en (to add one, list it under `locales` in l10n.toml)",
        ),
        (["review", "--locale", "zh_hant"], "--locale: 'zh_hant' is not a project locale (did you mean zh_TW?)"),
        (["xliff", "export", "--locale", "es"], "--locale: 'es' is not a project locale"),
        (
            ["translate", "--engine", "argo", "--locales", "de"],
            "--engine: unknown engine 'argo' (did you mean 'argos'?)",
        ),
        (
            ["publish", "--base-url", "news.example.org"],
            "--base-url: 'news.example.org' is not an absolute http(s) URL",
        ),
    ],
)
def test_options_outside_the_project_are_refused_with_the_closest_match(extracted, capsys, argv, expected):
    (extracted / "l10n.toml").write_text('[l10n]\nlocales = ["de", "zh_CN", "zh_TW"]\n', encoding="utf-8")
    assert expected in _refused([*argv, "--root", str(extracted)], capsys)
    assert not (extracted / "locales" / "zh").exists() and not (extracted / "build").exists()


def test_an_unknown_locale_is_named_once(extracted, capsys):
    err = _refused(["qa", "--locales", "xx", "--root", str(extracted)], capsys)
    assert err.count("unknown locale 'xx'") == 1


def test_accepting_an_id_that_is_not_in_the_catalogs_is_refused(extracted, capsys):
    from l10n.model import unit_id

    real = unit_id("byline", "Yang Jian")
    err = _refused(["review", "--locale", "de", "--accept", real[:-1] + "x", "--root", str(extracted)], capsys)
    assert f"no unit '{real[:-1]}x' in the de catalogs; did you mean {real}" in err


def test_an_edited_article_is_extracted_again_by_update(extracted, capsys):
    seed = next((extracted / "seeds").iterdir())
    pot = extracted / "locales" / f"{SEED_DOMAIN}.pot"
    os.utime(pot, ns=(pot.stat().st_mtime_ns - 10**9,) * 2)  # the article is then newer
    seed.write_text(seed.read_text(encoding="utf-8").replace("key pillar industry", "key industry"), encoding="utf-8")
    assert main(["update", "--root", str(extracted), "--locales", "de"]) == 0
    out = capsys.readouterr().out
    assert f"seeds/{seed.name} changed since the template was written: extracted again" in out
    po = polib.pofile(str(extracted / "locales" / "de" / "LC_MESSAGES" / f"{SEED_DOMAIN}.po"))
    assert po.find("Biomedical to become key industry for Baoshan", msgctxt="headline") is not None
    assert main(["update", "--root", str(extracted), "--locales", "de"]) == 0
    assert "changed since" not in capsys.readouterr().out  # once seen, not again


def test_extract_and_status_show_the_headline_next_to_the_domain(project_root, capsys):
    seed = next((project_root / "seeds").iterdir())
    assert main(["extract", str(seed), "--root", str(project_root)]) == 0
    captured = capsys.readouterr()
    headline = "Biomedical to become key pillar industry for Baoshan"
    assert f"{SEED_DOMAIN}.pot: 25 units \u2014 {headline}" in captured.out
    assert "next: `l10n update`" in captured.err
    assert main(["status", "--root", str(project_root), "--locales", "de"]) == 0
    assert re.search(rf"^{SEED_DOMAIN}\s+{headline}$", capsys.readouterr().out, flags=re.MULTILINE)


def test_a_no_op_run_prints_one_line_per_stage_and_where_to_look(project_root):
    (project_root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "es"]\n', encoding="utf-8")
    assert _run("run", "--root", str(project_root)).returncode == 0
    again = _run("run", "--root", str(project_root))
    assert again.returncode == 0, again.stderr
    stages = [line.split(":")[0] for line in again.stdout.splitlines()]
    assert stages == ["extract", "translate", "qa", "status", "assemble", "publish"]
    assert "next: open site/index.html in a browser, or run `l10n serve`" in again.stderr
    assert not [p.name for p in (project_root / "site").rglob(".*")]  # no bookkeeping shipped
    assert (project_root / ".site.l10n-manifest.json").is_file()
    verbose = _run("run", "-v", "--root", str(project_root))
    assert len(verbose.stdout.splitlines()) > 2 * len(stages)


def test_a_manifest_left_inside_the_site_by_an_older_version_is_honoured_then_moved_out(extracted):
    import json

    site = extracted / "site"
    (site / "de").mkdir(parents=True)
    (site / "de" / "gone.html").write_text("old page", encoding="utf-8")
    (site / "CNAME").write_text("news.example.org", encoding="utf-8")
    old = {"version": 1, "generator": "l10n publish", "files": ["de/gone.html"]}
    (site / ".l10n-manifest.json").write_text(json.dumps(old), encoding="utf-8")
    assert main(["publish", "--root", str(extracted), "--locales", "de", "--prune"]) == 0
    assert not (site / "de" / "gone.html").exists() and (site / "CNAME").is_file()
    assert not [p.name for p in site.rglob(".*")]
    assert "de/gone.html" not in (extracted / ".site.l10n-manifest.json").read_text(encoding="utf-8")


def test_run_in_a_folder_without_articles_says_where_they_go(tmp_path, capsys):
    err = _refused(["run", "--root", str(tmp_path)], capsys)
    assert "no seeds/ folder: put the articles (.txt, .html, .md) there" in err
    (tmp_path / "seeds").mkdir()
    assert main(["run", "--root", str(tmp_path)]) == 2
    assert "seeds: no articles to work on: add .txt, .html or .md files" in capsys.readouterr().err
