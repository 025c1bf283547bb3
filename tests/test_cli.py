"""The command line as an operator meets it: one-line errors, exit codes, `run`, `workflow.py`."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import polib

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
    assert main(["xliff", "export", "--locale", "de", "--xliff-version", "2.0", "-o", str(out), "--root", str(project_root)]) == 0
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
