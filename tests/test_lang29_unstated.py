"""An article that states no language is not English just because it says nothing (issue 14):
`extract` checks the default against the script of the article's letters (`l10n.ingest.scripts`),
and the ways a file does state its language are read, so that such a file is not refused.
The blind2 react.dev posts are in tests/test_blind2_chain.py."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import lxml.html
from conftest import run_l10n
from lxml import etree

from l10n.ingest import ingest_file

DATA = Path(__file__).parent / "data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def project(root: Path, name: str, text: str, settings: str = "") -> None:
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = ["es"]\n{settings}', encoding="utf-8")
    (root / name).write_text(text, encoding="utf-8")


def test_plain_text_in_another_script_is_refused_and_told_where_to_state_it(tmp_path: Path) -> None:
    """Plain text has no place to state a language: the project's `source_locale` is the way. Two
    Cyrillic words tell no language surely (a longer text is read in its language: tests/test_lang49.py)."""
    project(tmp_path, "news.txt", "Москва\n\nПривет, мир\n")
    done = run_l10n(tmp_path, "extract", "news.txt", allowed=None)
    assert done.returncode != 0
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith(
            "news.txt: no language stated and the text is in Cyrillic script, not en; set source_locale in l10n.toml, "
            "or extract it with --lang <its language>"
        )
    )
    assert not list(tmp_path.glob("locales/*.pot"))
    (tmp_path / "l10n.toml").write_text('[l10n]\nsource_locale = "ru"\nlocales = ["es"]\n', encoding="utf-8")
    run_l10n(tmp_path, "extract", "news.txt")
    assert (tmp_path / "locales" / "news.pot").is_file()


def test_an_html_article_without_html_lang_names_the_html_way(tmp_path: Path) -> None:
    """Two Cyrillic words tell no language surely (Russian, Bulgarian, Serbian…): not read from the
    text (`ingest.text_language`), the article is refused by its script."""
    project(tmp_path, "a.html", "<html><body><h1>Москва</h1><p>Привет, мир</p></body></html>")
    done = run_l10n(tmp_path, "extract", "a.html", allowed=None)
    assert done.returncode != 0
    assert (
        'a.html: no language stated and the text is in Cyrillic script, not en; add lang="<its language>" to <html>'
        in (done.stderr)
    )


def test_code_and_web_addresses_are_no_letters_of_the_article(tmp_path: Path) -> None:
    """An English post quoting Chinese in code, inline code and an address is English."""
    code = "\n".join(f"print('这是一个很长的中文字符串，用来测试代码块 {n}')" for n in range(20))
    text = (
        "---\ntitle: Printing Unicode\n---\n\nPrint `'你好，世界，这是中文'` like this "
        "(see https://zh.wikipedia.org/wiki/中文字符集编码标准列表):\n\n"
        f"```python\n{code}\n```\n"
    )
    project(tmp_path, "post.md", text)
    run_l10n(tmp_path, "extract", "post.md")
    assert (tmp_path / "locales" / "post.pot").is_file()


def test_a_russian_word_file_states_its_language_by_words_language_slot() -> None:
    """poi-stress001: no `dc:language`; Word's defaults give the Latin-and-other slot `ru-RU`, and
    the letters are Cyrillic, which Russian is written in: the slot names the text's language
    (it was read as `en`; now it would otherwise be refused)."""
    path = DATA / "docx" / "poi-stress001.docx"
    with zipfile.ZipFile(path) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
        text = "".join(node.text or "" for node in etree.fromstring(archive.read("word/document.xml")).iter(W + "t"))
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(W + "val") == "ru-RU"
    assert len(re.findall("[а-яА-ЯёЁ]", text)) > 0.9 * len(re.findall(r"[^\W\d_]", text))
    document = ingest_file(path)
    assert (document.source_locale, document.source_variant, document.language_stated) == ("ru", "ru_RU", True)


def test_a_page_that_states_its_language_only_in_og_locale_is_read_in_it() -> None:
    """akhbarelyom: no `<html lang>`, `og:locale` "ar_AR": it was read as `en`, and would be refused."""
    path = DATA / "realworld" / "akhbarelyom-com-akef.html"
    root = lxml.html.document_fromstring(path.read_bytes())
    assert root.get("lang") is None
    assert [meta.get("content") for meta in root.iter("meta") if meta.get("property") == "og:locale"] == ["ar_AR"]
    document = ingest_file(path)
    assert (document.source_locale, document.language_stated) == ("ar", True)
