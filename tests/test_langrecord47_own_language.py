"""An article's own language, as `extract` read it, through every stage (session 47).

Through the real CLI (`workflow.py`) in a project of its own:

- the region an article states (`lang: en-GB`) reaches the own-language rule
  (`locales.own_language_locale`): an en-GB article's en_US edition is a translation, its en_GB
  edition the article itself;
- a Traditional Chinese article's zh_CN edition is OpenCC's t2s of it, as a Simplified
  article's zh_TW edition is s2twp of it (machine output: fuzzy, with provenance);
- a catalog an earlier version made in the article's own language stays out of the TM;
- `status` and `translate` take the article's language from extract's record
  (`memory.article_language`), opening no template for it; without a record (a project an
  earlier version extracted) they read the template's head as before.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import polib
from conftest import REPO, run_l10n

BRITISH = "---\ntitle: New rules for the city centre\nlang: en-GB\n---\n\nThe council published new rules today.\n"
TRADITIONAL = "---\ntitle: 臺北發布新規定\nlang: zh-TW\n---\n\n臺北市政府今天發布了新的規定。市民對此表示歡迎。\n"
SIMPLIFIED = "---\ntitle: 上海发布新规\nlang: zh-CN\n---\n\n上海市政府今天发布了新的规定。市民对此表示欢迎。\n"
# a French newsroom's project that names the English article's language for every run
FRENCH_PROJECT = 'locales = [{locales}]\nsource_locale = "fr"\n\n[article_languages]\n"articles/*" = "en"\n'


def _project(root: Path, article: str, config: str) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "news.md").write_text(article, encoding="utf-8")
    (root / "l10n.toml").write_text(config, encoding="utf-8")
    return root


def _catalogs(root: Path) -> set[str]:
    return {po.parent.parent.name for po in (root / "locales").glob("*/LC_MESSAGES/news.po")}


def test_an_en_GB_article_is_translated_into_en_US(tmp_path: Path) -> None:
    root = _project(tmp_path, BRITISH, FRENCH_PROJECT.format(locales='"en_US", "de"'))
    for command in (("extract", "articles/news.md"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(root, *command)
    assert _catalogs(root) == {"en_US", "de"}  # en_GB is not en_US: a translation, not the article
    template = polib.pofile(str(root / "locales" / "news.pot"))
    assert (template.metadata["X-Source-Language"], template.metadata["X-Source-Variant"]) == ("en", "en_GB")
    american = polib.pofile(str(root / "locales" / "en_US" / "LC_MESSAGES" / "news.po"))
    assert american.metadata["X-Source-Variant"] == "en_GB"  # carried, so `qa` reads the same rule
    assert all(entry.msgstr and "fuzzy" in entry.flags for entry in american)  # filled by the engine
    status = {row["locale"]: row for row in json.loads(run_l10n(root, "status", "--json").stdout)}
    assert status["en_US"]["catalogs"] == 1


def test_an_en_GB_article_is_the_en_GB_edition(tmp_path: Path) -> None:
    root = _project(tmp_path, BRITISH, FRENCH_PROJECT.format(locales='"en_GB", "en_US", "de"'))
    for command in (("extract", "articles/news.md"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(root, *command)
    run_l10n(root, "assemble", allowed=(0, 1))
    run_l10n(root, "publish")
    assert _catalogs(root) == {"en_US", "de"}
    page = (root / "build" / "en_GB" / "news.html").read_text(encoding="utf-8")
    assert "The council published new rules today." in page  # the editor's words


def test_a_locale_naming_no_region_is_the_article_whatever_region_it_states(tmp_path: Path) -> None:
    """An Austrian article's `de` edition is the article, as before regions were read: `de` names
    no region, and a translation of German into German would wait for a translator for ever."""
    austrian = "---\ntitle: Neue Regeln\nlang: de-AT\n---\n\nDer Gemeinderat hat im Jänner neue Regeln beschlossen.\n"
    root = _project(tmp_path, austrian, 'locales = ["de", "en_US", "fr"]\nsource_locale = "en"\n')
    for command in (("extract", "articles/news.md"), ("update",)):
        run_l10n(root, *command)
    assert _catalogs(root) == {"en_US", "fr"}
    assert polib.pofile(str(root / "locales" / "news.pot")).metadata["X-Source-Variant"] == "de_AT"


def test_a_traditional_chinese_articles_zh_CN_edition_is_opencc_t2s_of_it(tmp_path: Path) -> None:
    import opencc

    config = 'locales = ["zh_CN", "zh_TW", "de"]\nsource_locale = "en"\n'
    root = _project(tmp_path, TRADITIONAL, config)
    for command in (("extract", "articles/news.md"), ("update",), ("translate",)):  # the auto engine
        run_l10n(root, *command)
    assert _catalogs(root) == {"zh_CN", "de"}  # zh_TW is the article itself
    simplified = polib.pofile(str(root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po"))
    expected = opencc.OpenCC("t2s").convert  # the library itself, as OpenCC documents it
    assert [(entry.msgstr, "fuzzy" in entry.flags) for entry in simplified] == [
        (expected(entry.msgid), True) for entry in simplified
    ]
    assert "台北市政府今天发布了新的规定。" in [entry.msgstr for entry in simplified]
    assert all(entry.tcomment.startswith("mt: opencc t2s from zh_Hant") for entry in simplified)  # machine output
    german = polib.pofile(str(root / "locales" / "de" / "LC_MESSAGES" / "news.po"))
    assert [entry.msgstr for entry in german] == ["", "", ""]  # no engine for zh → de
    again = run_l10n(root, "translate")
    assert polib.pofile(str(root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po")).__unicode__() == (
        simplified.__unicode__()
    ), again.stderr


def test_the_engine_setting_decides_the_zh_CN_derivation(tmp_path: Path) -> None:
    """`none` for zh_CN: no machine writes into it, as for zh_TW."""
    config = 'locales = ["zh_CN", "zh_TW"]\nsource_locale = "en"\n\n[engines]\nzh_CN = "none"\nzh_TW = "auto"\n'
    root = _project(tmp_path, TRADITIONAL, config)
    for command in (("extract", "articles/news.md"), ("update",), ("translate",)):
        run_l10n(root, *command)
    simplified = polib.pofile(str(root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po"))
    assert [entry.msgstr for entry in simplified] == ["", "", ""]


def _tm_pairs(root: Path) -> set[tuple[str, str]]:
    with sqlite3.connect(root / "locales" / "tm.sqlite3") as db:
        return set(db.execute("SELECT source_locale, target_locale FROM tm_unit"))


def test_a_catalog_an_earlier_version_made_in_the_articles_own_language_is_not_in_the_tm(tmp_path: Path) -> None:
    config = 'locales = ["zh_CN", "zh_TW", "de"]\nsource_locale = "en"\n'
    root = _project(tmp_path, SIMPLIFIED, config)
    for command in (("extract", "articles/news.md"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(root, *command)
    earlier = root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po"
    earlier.parent.mkdir(parents=True)
    catalog = polib.pofile(str(root / "locales" / "zh_TW" / "LC_MESSAGES" / "news.po"))
    catalog.metadata["Language"] = "zh_CN"
    for entry in catalog:  # reviewed by a person, as an earlier version let a translator do
        entry.msgstr, entry.flags = entry.msgid, []
    catalog.save(str(earlier))
    before = earlier.read_bytes()
    german = root / "locales" / "de" / "LC_MESSAGES" / "news.po"
    reviewed = polib.pofile(str(german))
    reviewed[0].msgstr, reviewed[0].flags = "Schanghai", []
    reviewed.save(str(german))
    run_l10n(root, "translate", "--engine", "pseudo")
    assert earlier.read_bytes() == before
    pairs = _tm_pairs(root)
    assert ("zh_Hans", "de") in pairs  # the sync ran: the German review is in
    assert not any(target == "zh_CN" for _, target in pairs)


def test_the_tm_fills_no_catalog_an_earlier_version_made_in_the_articles_own_language(tmp_path: Path) -> None:
    """Rows an earlier version's sync gave the TM (zh_Hans → zh_CN: the article's own sentences)
    are not leveraged into such a catalog: it is left byte for byte."""
    from l10n.memory.tm import TMEntry, TranslationMemory

    root = _project(tmp_path, SIMPLIFIED, 'locales = ["zh_CN", "de"]\nsource_locale = "en"\n')
    for command in (("extract", "articles/news.md"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(root, *command)
    earlier = root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po"
    earlier.parent.mkdir(parents=True)
    catalog = polib.pofile(str(root / "locales" / "de" / "LC_MESSAGES" / "news.po"))
    catalog.metadata["Language"] = "zh_CN"
    for entry in catalog:  # as `update` of an earlier version made it: every unit open
        entry.msgstr, entry.flags, entry.tcomment = "", [], ""
    catalog.save(str(earlier))
    before = earlier.read_bytes()
    with TranslationMemory(root / "locales" / "tm.sqlite3") as tm:
        tm.add([TMEntry("zh_Hans", "zh_CN", entry.msgid, entry.msgid, entry.msgctxt or "", "old") for entry in catalog])
    run_l10n(root, "translate", "--engine", "pseudo")
    assert earlier.read_bytes() == before


COUNTING = """
import os, runpy, sys
log = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)) and os.fspath(args[0]).endswith(".pot"):
        os.write(log, os.fsencode(os.fspath(args[0])) + b"\\n")
sys.addaudithook(hook)
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _templates_opened(root: Path, *args: str) -> int:
    """How many times `workflow.py ARGS` (and any worker it forks) opens a template (`.pot`),
    counted by an audit hook on the `open` event (PEP 578), which every file open raises."""
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


def _forget_records(root: Path) -> None:
    """The project as an earlier version left it: no record of the articles' languages."""
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        db.execute("DELETE FROM stamp WHERE stage = 'extract language'")


def _count_again(root: Path) -> None:
    """`status` counts every catalog again: its stamps and the record of its last run dropped."""
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        db.execute("DELETE FROM stamp WHERE stage = 'status' OR stage LIKE 'whole run%'")


def test_status_and_translate_read_no_template_for_the_articles_language(tmp_path: Path) -> None:
    root = _project(
        tmp_path / "project", SIMPLIFIED, 'locales = ["zh_CN", "zh_TW", "de", "fr"]\nsource_locale = "en"\n'
    )
    for name in ("two", "three"):
        (root / "articles" / f"{name}.md").write_text(SIMPLIFIED.replace("上海", name), encoding="utf-8")
    for command in (("extract", "articles"), ("update",)):
        run_l10n(root, *command)
    assert _templates_opened(root, "translate", "--engine", "pseudo") == 0
    _count_again(root)
    # every (locale, article) counted (`--json`: no headlines, which the table reads from the templates)
    assert _templates_opened(root, "status", "--json") == 0
    assert _catalogs(root) == {"zh_TW", "de", "fr"}
    # a project extracted by an earlier version: the template's head, once a template, then recorded
    _forget_records(root)
    _count_again(root)
    assert _templates_opened(root, "status", "--json") == 3
    _count_again(root)
    assert _templates_opened(root, "status", "--json") == 0
    status = {row["locale"]: row for row in json.loads(run_l10n(root, "status", "--json").stdout)}
    assert status["zh_CN"]["catalogs"] == 0 and status["zh_TW"]["catalogs"] == 3


def test_a_forged_record_of_an_articles_language_is_no_record(tmp_path: Path) -> None:
    """The stamps are files under `locales/`, hostile input: a row whose payload is not a language
    and a region (a number, a list of three, a region that is a number) is read as no record —
    the template's head is read, and every command still answers."""
    root = _project(tmp_path / "project", SIMPLIFIED, 'locales = ["zh_CN", "de"]\nsource_locale = "en"\n')
    for command in (("extract", "articles"), ("update",)):
        run_l10n(root, *command)
    for forged in ("5", '["zh_Hans", null, 1]', '["zh_Hans", 7]'):
        with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
            assert db.execute("UPDATE stamp SET payload = ? WHERE stage = 'extract language'", (forged,)).rowcount == 1
        _count_again(root)
        assert _templates_opened(root, "status", "--json") == 1
        status = {row["locale"]: row for row in json.loads(run_l10n(root, "status", "--json").stdout)}
        assert status["zh_CN"]["catalogs"] == 0 and status["de"]["catalogs"] == 1
