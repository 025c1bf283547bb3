"""A page whose stated language contradicts its letters (issue 14; the editor's promise: no page in
two languages). A CMS's template marks an Arabic, Cyrillic, Greek or Han page `<html lang="en">`:
read as English, Apertium en→es passed its words through into a "Spanish" edition. Now ingest
reads such a page in another language it states that its letters agree with
(`ingest.scripts.settled_language`, with a warning), and `extract` refuses the others with one
line naming the file, the stated language and the script (`refuse_wrong_script`); the operator's
`--lang` or `[l10n.article_languages]` is never refused. Real pages (tests/data/realworld, their
sources in SOURCES.md there) and snippets for the mixed texts that must stay as stated."""

from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path

import docx
import lxml.html
import pytest
from conftest import REALWORLD, bench_module, run_l10n

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.html import ingest_html
from l10n.ingest.scripts import refuse_wrong_script

# The real pages that state `en` (`<html lang>`, Content-Language or og:locale) over another
# script and state nothing else their letters agree with, and the script each is in.
STATED_WRONG = {
    "beirutobserver-com-paris": "Arabic",
    "bel-ru-kupeli": "Cyrillic",
    "chinanews-com-neixu": "Han",
    "cnr-cn-shiyan": "Han",
    "kathimerini-com-cy-rivers": "Greek",
    "simerini-sigmalive-com-akel": "Greek",
    "world-huanqiu-com-interns": "Han",
}


def project(root: Path, files: dict[str, str | bytes], *, settings: str = "") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "l10n.toml").write_text(f'[l10n]\nlocales = ["es"]\n{settings}', encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return root


def page(lang: str, *paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body><article>{body}</article></body></html>'


@pytest.mark.parametrize("name", sorted(STATED_WRONG))
def test_a_real_page_stating_english_over_another_script_is_refused_naming_both(name: str) -> None:
    document = ingest_file(REALWORLD / f"{name}.html")
    assert (document.source_locale, document.language_stated) == ("en", True)
    with pytest.raises(IngestError) as refused:
        refuse_wrong_script(document, "en")
    assert str(refused.value) == (
        f"{REALWORLD / name}.html: the article states en and the text is in {STATED_WRONG[name]} script; "
        'correct lang="…" on <html> and the page\'s other language tags, or extract it with --lang <its language>'
    )


def test_a_real_page_stating_english_and_chinese_is_read_in_the_one_its_letters_agree_with(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """ttv: `<html lang="en">` over Traditional Chinese, and `Content-Language: zh-tw`."""
    path = REALWORLD / "ttv-com-tw-liugan.html"
    root = lxml.html.document_fromstring(path.read_bytes())
    assert root.get("lang") == "en"
    assert [m.get("content") for m in root.iter("meta") if m.get("http-equiv", "").lower() == "content-language"] == [
        "zh-tw"
    ]
    document = ingest_file(path)
    assert (document.source_locale, document.language_stated, document.source_variant) == ("zh_Hant", True, "zh_TW")
    refuse_wrong_script(document, "en")  # not refused: read as it states too
    assert [record.getMessage() for record in caplog.records] == [
        f"{path}: warning: the article states en and the text is in Han script; read as zh_Hant, which it states too"
    ]


def test_extract_refuses_a_stated_wrong_page_and_the_operators_language_is_never_refused(tmp_path: Path) -> None:
    """One line naming the file, exit 2, nothing written; `--lang ru` then extracts it, and so does the
    project's `[l10n.article_languages]` (no `--lang`)."""
    project(tmp_path, {"seeds/kupeli.html": (REALWORLD / "bel-ru-kupeli.html").read_bytes()})
    done = run_l10n(tmp_path, "extract", "seeds/kupeli.html", allowed=(2,))
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith(
            'seeds/kupeli.html: the article states en and the text is in Cyrillic script; correct lang="…" on <html> '
            "and the page's other language tags, or extract it with --lang <its language>"
        )
    )
    assert not list(tmp_path.glob("locales/*.pot"))
    run_l10n(tmp_path, "extract", "seeds/kupeli.html", "--lang", "ru")
    assert 'X-Source-Language: ru\\n"' in (tmp_path / "locales" / "kupeli.pot").read_text(encoding="utf-8")
    other = project(
        tmp_path / "other",
        {"seeds/kupeli.html": (REALWORLD / "bel-ru-kupeli.html").read_bytes()},
        settings='[l10n.article_languages]\n"seeds/kupeli.html" = "ru"\n',
    )
    run_l10n(other, "extract", "seeds/kupeli.html")
    assert 'X-Source-Language: ru\\n"' in (other / "locales" / "kupeli.pot").read_text(encoding="utf-8")


def test_og_locale_that_agrees_with_the_letters_is_read_and_one_that_does_not_is_refused(tmp_path: Path) -> None:
    arabic = "افتتح رئيس البلدية يوم السبت الحديقة الجديدة على ضفة النهر أمام آلاف الزوار."
    agreeing = ingest_html(page("en", arabic, head='<meta property="og:locale" content="ar_AR">'), source_path="a.html")
    assert agreeing.source_locale == "ar"
    refuse_wrong_script(agreeing, "en")
    also_english = ingest_html(
        page("en", arabic, head='<meta property="og:locale" content="en_US">'), source_path="b.html"
    )
    with pytest.raises(IngestError, match=r"^b\.html: the article states en and the text is in Arabic script"):
        refuse_wrong_script(also_english, "en")


@pytest.mark.parametrize(
    ("lang", "paragraphs"),
    [
        # an English report quoting Arabic, Russian and Chinese: most of its letters are Latin
        (
            "en",
            (
                "The minister said the agreement would be signed next week in the capital, after months of talks.",
                "Protesters carried signs reading «لا للحرب» and «Нет войне», and one banner said 和平.",
            ),
        ),
        # Japanese: Han and kana, neither alone a majority
        ("ja", ("東京都は二十日、新しい公園を開いたと発表した。多くの人が訪れた。",)),
        # Serbian in Latin letters under `sr` (CLDR's likely script is Cyrillic; sr_Latn is a locale of it)
        ("sr", ("Gradonačelnik je u subotu otvorio novi park na obali reke. Hiljade posetilaca je došlo.",)),
        # a page of numbers: no letters to count
        ("en", ("2024 — 1:0, 2:1, 3:3 (12.5 %)",)),
    ],
)
def test_a_page_mostly_in_its_stated_script_is_not_refused(lang: str, paragraphs: tuple[str, ...]) -> None:
    document = ingest_html(page(lang, *paragraphs), source_path="a.html")
    assert document.language_stated
    refuse_wrong_script(document, "en")


def test_serbian_latin_under_sr_is_no_contradiction_where_latin_under_ru_is() -> None:
    """The same letters are judged by the language stated: Latin under `sr`, not under `ru`."""
    latin = "Gradonačelnik je u subotu otvorio novi park na obali reke."
    refuse_wrong_script(ingest_html(page("sr", latin), source_path="a.html"), "en")
    with pytest.raises(IngestError, match=r"states ru and the text is in Latin script"):
        refuse_wrong_script(ingest_html(page("ru", latin), source_path="b.html"), "en")


def test_a_stated_english_page_in_a_project_of_its_script_is_the_projects(tmp_path: Path) -> None:
    """A stated `en` counts as the project's language in a project of another (`locales.article_language`:
    a CMS's default): an Arabic page marked "en" in an Arabic project is Arabic, not refused."""
    arabic = "افتتح رئيس البلدية يوم السبت الحديقة الجديدة على ضفة النهر أمام آلاف الزوار."
    document = ingest_html(page("en", arabic), source_path="a.html")
    refuse_wrong_script(document, "ar")
    with pytest.raises(IngestError):
        refuse_wrong_script(document, "en")


def test_front_matter_stating_english_over_cyrillic_is_refused_naming_the_front_matter(tmp_path: Path) -> None:
    text = "---\ntitle: Новости\nlang: en\n---\n\nСегодня в городе открылся новый мост через реку.\n"
    project(tmp_path, {"news.md": text})
    done = run_l10n(tmp_path, "extract", "news.md", allowed=(2,))
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .endswith(
            "news.md: the article states en and the text is in Cyrillic script; correct lang: in the front matter, "
            "or extract it with --lang <its language>"
        )
    )


def test_a_word_file_whose_language_is_english_over_greek_is_refused_naming_word(tmp_path: Path) -> None:
    word = docx.Document()
    word.core_properties.language = "en-US"
    word.add_paragraph("Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία και την απασχόληση.")
    buffer = io.BytesIO()
    word.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        assert b"<dc:language>en-US</dc:language>" in archive.read("docProps/core.xml")
    (tmp_path / "news.docx").write_bytes(buffer.getvalue())
    document = ingest_file(tmp_path / "news.docx")
    assert (document.source_locale, document.language_stated) == ("en", True)
    with pytest.raises(IngestError, match=r"states en and the text is in Greek script; set its language in Word"):
        refuse_wrong_script(document, "en")


def test_each_benchmark_article_keeps_its_pages_language(tmp_path: Path) -> None:
    """`bench/corpus.py` composed articles from pages in five languages under `<html lang="en">`:
    now each states the language of the page it is made from, and every paragraph in it is from a
    page of that language."""
    corpus = bench_module("corpus")
    languages_of: dict[str, set[str]] = {}
    for article in corpus.real_articles():
        for paragraph in article.paragraphs:
            languages_of.setdefault(paragraph, set()).add(article.language)
    paths = corpus.generate_corpus(tmp_path, 200, formats=("html", "md"))
    read: dict[str, int] = {}
    for path in paths:
        document = ingest_file(path)
        refuse_wrong_script(document, "en")
        text = path.read_text(encoding="utf-8")  # the paragraphs as written (ingest may part them further)
        if path.suffix == ".html":
            body = [html.unescape(chunk) for chunk in re.findall(r"<p>(.*?)</p>", text)]
        else:
            body = text.split("\n# ", 1)[-1].strip().split("\n\n")[1:]
        assert body and all(document.source_locale in languages_of[chunk] for chunk in body), path.name
        read[document.source_locale] = read.get(document.source_locale, 0) + 1
    assert read["en"] > 150 and len(read) > 2, read  # English most, and other languages kept


def test_a_word_file_whose_language_is_english_over_runs_word_marks_chinese_is_read_as_chinese(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Word states two languages: the core properties' `dc:language` and each run's `w:lang`
    (`docx_language.runs_language`). Where the first contradicts the letters and the runs agree,
    the runs' language is read, with a warning."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    word = docx.Document()
    word.core_properties.language = "en-US"
    run = word.add_paragraph().add_run("今天上午，市政府举行新闻发布会，介绍了今年的城市规划和交通建设。")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    run._r.get_or_add_rPr().append(lang)
    word.save(tmp_path / "news.docx")
    document = ingest_file(tmp_path / "news.docx")
    assert (document.source_locale, document.language_stated, document.source_variant) == ("zh_Hans", True, "zh_CN")
    refuse_wrong_script(document, "en")
    assert [record.getMessage() for record in caplog.records] == [
        f"{tmp_path / 'news.docx'}: warning: the article states en and the text is in Han script; "
        "read as zh_Hans, which it states too"
    ]
