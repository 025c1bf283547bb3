"""An article's own language is its source edition, never a translation of itself (session 46).

Through the real CLI (`workflow.py`): a Chinese article (`lang: zh-CN`) in an English project
with the default ten locales was read as `zh_Hans`; `update` made a zh_CN catalog of it,
`translate` filled it, and `publish` wrote the article under `site/zh_Hans/` (no project
locale) beside a machine-translated zh_CN edition of itself. Now the project locale CLDR likely
subtags make the article's language (`locales.own_language_locale`) is its source edition.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from conftest import run_l10n

CHINESE = "---\ntitle: 上海发布新规\nlang: zh-CN\n---\n\n上海市政府今天发布了新的规定。市民对此表示欢迎。\n"
RUSSIAN = "---\ntitle: Новые правила\nlang: ru\n---\n\nПравительство города сегодня опубликовало новые правила.\n"
PORTUGUESE = "---\ntitle: Novas regras\nlang: pt\n---\n\nO governo da cidade publicou hoje novas regras.\n"
ENGLISH = "---\ntitle: New rules\nlang: en\n---\n\nThe city government published new rules today.\n"


def _published(root: Path, article: str, *, config: str = "") -> Path:
    (root / "articles").mkdir()
    (root / "articles" / "news.md").write_text(article, encoding="utf-8")
    if config:
        (root / "l10n.toml").write_text(config, encoding="utf-8")
    for command in (("extract", "articles/news.md"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(root, *command)
    run_l10n(root, "assemble", allowed=(0, 1))
    run_l10n(root, "publish")
    return root


def _catalogs(root: Path) -> set[str]:
    return {po.parent.parent.name for po in (root / "locales").glob("*/LC_MESSAGES/news.po")}


def _page(root: Path, locale: str, domain: str = "news") -> tuple[str, str]:
    """The article's page in `locale`'s folder (`news.html`, or the page its redirect names:
    a page is named from its headline) as (name, text)."""
    name = f"{domain}.html"
    text = (root / "site" / locale / name).read_text(encoding="utf-8")
    moved = re.search(r'http-equiv="refresh" content="0; url=([^"]+)"', text)
    if moved:
        name = moved.group(1)
        text = (root / "site" / locale / name).read_text(encoding="utf-8")
    return name, text


def _hreflangs(page: str) -> dict[str, str]:
    return dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', page))


def test_a_chinese_article_is_the_zh_CN_edition(tmp_path: Path) -> None:
    root = _published(tmp_path, CHINESE)
    assert "zh_CN" not in _catalogs(root) and "zh_TW" in _catalogs(root)  # no catalog of the article itself
    assert not (root / "site" / "zh_Hans").exists() and not (root / "build" / "zh_Hans").exists()
    name, page = _page(root, "zh_CN")
    assert "上海市政府今天发布了新的规定。" in page  # the editor's words, not a pseudo-translation
    assert '<html lang="zh-Hans-CN"' in page and 'name="robots"' not in page  # finished, indexed
    links = _hreflangs(page)
    assert links["zh-Hans-CN"] == links["x-default"] == f"../zh_CN/{name}"
    assert not any("zh_Hans" in href for href in links.values())
    sitemap = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "zh_Hans" not in sitemap and f"zh_CN/{name}" in sitemap
    built = (root / "build" / "zh_CN" / "news.html").read_text(encoding="utf-8")
    assert "上海市政府今天发布了新的规定。" in built
    status = {row["locale"]: row for row in json.loads(run_l10n(root, "status", "--json").stdout)}
    assert status["zh_CN"]["catalogs"] == 0 and status["zh_CN"]["units"]["untranslated"] == 0  # nothing waits
    assert status["zh_TW"]["catalogs"] == 1
    exported = run_l10n(root, "xliff", "export", "--locale", "zh_CN")  # nothing to send a translator, no error
    assert "its zh_CN edition is the article itself" in exported.stdout + exported.stderr
    assert not list((root / "locales").glob("zh_CN/*.xlf"))


def test_a_catalog_an_earlier_version_made_is_left_alone_and_not_used(tmp_path: Path) -> None:
    root = _published(tmp_path, CHINESE)
    earlier = root / "locales" / "zh_CN" / "LC_MESSAGES" / "news.po"
    earlier.parent.mkdir(parents=True)
    taiwan = (root / "locales" / "zh_TW" / "LC_MESSAGES" / "news.po").read_text(encoding="utf-8")
    earlier.write_text(taiwan.replace("Language: zh_TW", "Language: zh_CN"), encoding="utf-8")
    before = earlier.read_bytes()
    run_l10n(root, "update")
    done = run_l10n(root, "translate", "--engine", "pseudo", "-q")
    note = "locales/zh_CN/LC_MESSAGES/news.po: the article is written in zh_CN, its zh_CN edition is the article itself"
    assert note in done.stderr
    run_l10n(root, "assemble", allowed=(0, 1))
    run_l10n(root, "publish")
    assert earlier.read_bytes() == before
    checked = run_l10n(root, "qa", allowed=(0, 1))
    assert "locales/zh_TW/" in checked.stdout and "locales/zh_CN/" not in checked.stdout  # not checked, not counted
    _, page = _page(root, "zh_CN")
    assert "上海市政府今天发布了新的规定。" in page and 'name="robots"' not in page
    assert not (root / "site" / "zh_Hans").exists()


def test_a_russian_article_is_the_ru_edition(tmp_path: Path) -> None:
    root = _published(tmp_path, RUSSIAN)
    assert "ru" not in _catalogs(root) and {"de", "zh_CN", "pt_BR"} <= _catalogs(root)
    name, page = _page(root, "ru")
    assert "Правительство города сегодня опубликовало новые правила." in page and 'name="robots"' not in page
    assert _hreflangs(page)["x-default"] == f"../ru/{name}"


def test_a_portuguese_article_is_the_pt_BR_edition(tmp_path: Path) -> None:
    """`pt` states no region: CLDR's likely one is Brazil, so pt_BR is its own edition."""
    root = _published(tmp_path, PORTUGUESE)
    assert "pt_BR" not in _catalogs(root) and not (root / "site" / "pt").exists()
    _, page = _page(root, "pt_BR")
    assert "O governo da cidade publicou hoje novas regras." in page and 'name="robots"' not in page


def test_a_portuguese_article_is_translated_for_portugal(tmp_path: Path) -> None:
    """Another region than the likely one stays a translation (its catalog is made)."""
    root = _published(tmp_path, PORTUGUESE, config='locales = ["pt_PT", "de"]\nsource_locale = "en"\n')
    assert _catalogs(root) == {"pt_PT", "de"}
    assert (root / "site" / "pt" / "news.html").is_file()


def test_an_english_article_is_unchanged(tmp_path: Path) -> None:
    root = _published(tmp_path, ENGLISH)
    assert len(_catalogs(root)) == 10
    name, page = _page(root, "en")
    assert "The city government published new rules today." in page
    assert _hreflangs(page)["x-default"] == f"../en/{name}"


def test_a_chinese_articles_zh_TW_edition_is_opencc_of_the_article(tmp_path: Path) -> None:
    """The auto engine's OpenCC turns zh_CN into zh_TW; a Chinese article has no zh_CN catalog
    (its zh_CN edition is the article), so its own words are converted."""
    import opencc
    import polib

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "news.md").write_text(CHINESE, encoding="utf-8")
    (tmp_path / "l10n.toml").write_text('locales = ["zh_CN", "zh_TW", "de"]\nsource_locale = "en"\n', encoding="utf-8")
    for command in (("extract", "articles/news.md"), ("update",), ("translate",)):
        run_l10n(tmp_path, *command)
    assert _catalogs(tmp_path) == {"zh_TW", "de"}
    taiwan = polib.pofile(str(tmp_path / "locales" / "zh_TW" / "LC_MESSAGES" / "news.po"))
    expected = opencc.OpenCC("s2twp").convert  # the library itself, as OpenCC documents it
    assert [(entry.msgstr, "fuzzy" in entry.flags) for entry in taiwan] == [
        (expected(entry.msgid), True) for entry in taiwan
    ]
    assert "市民對此表示歡迎。" in [entry.msgstr for entry in taiwan]
    german = polib.pofile(str(tmp_path / "locales" / "de" / "LC_MESSAGES" / "news.po"))
    assert [entry.msgstr for entry in german] == ["", "", ""]  # no engine for zh → de: left for a translator


def test_a_templates_language_is_read_from_its_head_as_from_the_whole_file(tmp_path: Path) -> None:
    """`catalog.po.template_language` reads a few KB of each template; the answer is
    `catalog_source_language`'s (the whole file) for every catalog of tests/data and for a
    template `extract` wrote with the header."""
    from conftest import DATA

    from l10n.catalog.po import catalog_source_language, template_language
    from l10n.errors import CatalogError

    root = tmp_path / "project"
    root.mkdir()
    _published(root, CHINESE)
    files = [root / "locales" / "news.pot", *sorted(DATA.rglob("*.po")), *sorted(DATA.rglob("*.pot"))]
    assert template_language(files[0]) == "zh_Hans"
    compared = 0
    for path in files:
        try:
            whole = catalog_source_language(path)
        except CatalogError:
            continue  # a damaged catalog (tests/data/catalog's hostile ones) is refused where it is read
        assert template_language(path) == whole, path
        compared += 1
    assert compared > 20


def test_a_source_edition_recorded_by_an_earlier_version_is_made_again(tmp_path: Path) -> None:
    """`assemble` keeps the source edition for `publish` (`assemble.built`); one an earlier
    version recorded as `zh_Hans` (its inputs, the article and l10n.toml, unchanged) is not taken."""
    import sqlite3

    root = _published(tmp_path, CHINESE)
    with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
        (payload,) = db.execute("SELECT payload FROM stamp WHERE stage = 'assemble source edition'").fetchone()
        earlier = {**json.loads(payload), "locale": "zh_Hans"}
        db.execute("UPDATE stamp SET payload = ? WHERE stage = 'assemble source edition'", (json.dumps(earlier),))
    shutil.rmtree(root / "site")  # every page made again, the source edition taken from the record if it holds
    run_l10n(root, "publish")
    assert not (root / "site" / "zh_Hans").exists()
    assert "上海市政府今天发布了新的规定。" in _page(root, "zh_CN")[1]


def test_real_pages_in_chinese_russian_and_brazilian_portuguese_are_their_own_editions(tmp_path: Path) -> None:
    """Pages of tests/data/realworld (SOURCES.md) stating `zh-CN`, `ru` and `pt-BR` on `<html>`,
    beside the English seed, in an English project with the default locales."""
    from conftest import DATA, SEED

    pages = {"shjnet-cn-tudou": "zh_CN", "1tv-ru-medvedeva": "ru", "folha-uol-com-br-tite": "pt_BR"}
    (tmp_path / "seeds").mkdir()
    for name in pages:
        shutil.copy(DATA / "realworld" / f"{name}.html", tmp_path / "seeds")
    shutil.copy(SEED, tmp_path / "seeds")
    for command in (("extract", "seeds"), ("update",), ("translate", "--engine", "pseudo")):
        run_l10n(tmp_path, *command)
    run_l10n(tmp_path, "assemble", allowed=(0, 1))
    run_l10n(tmp_path, "publish")
    for domain, own in pages.items():
        made = {po.parent.parent.name for po in (tmp_path / "locales").glob(f"*/LC_MESSAGES/{domain}.po")}
        assert own not in made and len(made) == 9, domain
        name, page = _page(tmp_path, own, domain)
        assert 'name="robots"' not in page, domain  # the article itself: never below readiness
        assert _hreflangs(page)["x-default"] == f"../{own}/{name}", domain
    assert len(list((tmp_path / "locales").glob(f"*/LC_MESSAGES/{SEED.stem}.po"))) == 10
    assert sorted(folder.name for folder in (tmp_path / "site").iterdir() if folder.is_dir()) == sorted(
        ["en", "zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "ar", "ru", "pt_BR"]
    )
