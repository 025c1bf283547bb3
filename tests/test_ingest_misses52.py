"""holdout52's blind run (session 51), its misses read by general rules.

The Comet's page was refused whole: its curly quotes are UTF-8 stored twice ("â" and two C1 controls, the bytes
E2 80 9D read one a character before the corpus saved the page as UTF-8 again), and U+009D, which windows-1252
leaves undefined, stayed a control character. A page whose every C1 control is a byte of such a sequence is read
as the UTF-8 it was (`decode._double_encoded_utf8`); a page with a lone C1 control keeps the windows-1252 reading
(`decode._c1_rule`), and a control the repair itself yields stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.errors import IngestError
from l10n.ingest import ingest_file

REALWORLD = Path(__file__).parent / "data" / "realworld"
STORY = "<html><body><h1>Care home</h1><p>{}</p><p>Another sentence of the story, as stories have.</p></body></html>"


def twice(text: str) -> str:
    """`text` as UTF-8 stored twice: its UTF-8 bytes read one a character (ISO-8859-1)."""
    return text.encode("utf-8").decode("latin-1")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "a.html"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_quotes_stored_twice_read_as_the_quotes(tmp_path: Path) -> None:
    """U+009D (in ” stored twice) was refused; now the sentence reads as written, its pound sign too. A page with a
    lone C1 control as well (a dash as the Telegraph's bytes C2 97: windows-1252 taken for ISO-8859-1) is not UTF-8
    stored twice and keeps the windows-1252 reading; a C1 control stored twice is U+009D again, refused."""
    sentence = twice("“Where restraint was used,” the hospital’s spokesman said – it cost £5.")
    assert "\x9d" in sentence and "Â£" in sentence
    texts = [block.text for block in ingest_file(write(tmp_path, STORY.format(sentence))).blocks]
    assert "“Where restraint was used,” the hospital’s spokesman said – it cost £5." in texts

    mixed = write(tmp_path, STORY.format("polio \x97 including " + twice("“VDPV’")))
    assert "polio — including â€œVDPVâ€™" in [block.text for block in ingest_file(mixed).blocks]
    with pytest.raises(IngestError, match="U\\+009D"):
        ingest_file(write(tmp_path, STORY.format(twice("A story ” with \x9d in it."))))


def test_an_attribute_is_left_as_written(tmp_path: Path) -> None:
    """Tags are left as written (a link's address is the URL rules'): only the page's text is repaired."""
    page = write(tmp_path, STORY.format(twice("“Quoted” ") + f'<a title="{twice("”")}" href="/x">link</a> now.'))
    doc = ingest_file(page)
    assert any("“Quoted” link now." in block.text for block in doc.blocks)


def test_the_comet_reads_its_story_with_its_quotes() -> None:
    doc = ingest_file(REALWORLD / "thecomet-net-walkern.html")
    text = "\n".join(block.text for block in doc.blocks)
    assert doc.headline == "Watchdog slams care at hospital for vulnerable adults"
    assert "“Where restraint was being used this was not recognised as restraint." in text
    assert "Walkern Lodge – a private care home" in text
    assert not any("\x80" <= character <= "\x9f" or character == "â" for character in text)


CATEGORY_PAGE = """<html lang="en"><head><title>Вечерние новости</title></head><body>
<nav><a href="/">Главная</a> <a href="/?cat=10">Экономика</a> <a href="/?cat=11">Политика</a></nav>
<aside><h2>Категории</h2><ul><li><a href="/?cat=10">Экономика</a></li><li><a href="/?cat=11">Политика</a></li></ul></aside>
<form action="/"><input name="s"><button>Найти</button></form><script>var a = 1;</script>
<div class="post"><a rel="bookmark" href="/?p=1"><b>В Украине нашли сальмонеллу в курятине</b></a>
<div class="meta">Категория: <a href="/?cat=10" rel="category">Экономика</a> | 16 января 2012 15:59</div>
<p>Государственная ветеринарная служба обнаружила возбудитель сальмонеллеза в субпродуктах из птицы, сообщили в службе.</p>
<p>Партию продукции изъяли из продажи, а поставщика оштрафовали, добавили в службе в понедельник.</p></div>
</body></html>"""


def test_a_category_link_after_its_label_and_the_time_is_the_stamp(tmp_path: Path) -> None:
    """A saved page (its menus, side box, search form: `page.looks_like_full_page`), WordPress's "Категория: <a>Экономика</a> | 16 января 2012 15:59" over the story: a link named by a one-word
    label and the post's time (`datelines._linked_label_stamp`), its month read in the languages of its script on a
    page whose template says "en" (`script_stamp`): the day, and the line is furniture, no unit."""
    path = tmp_path / "a.html"
    path.write_text(CATEGORY_PAGE, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.published is not None and doc.published.date().isoformat() == "2012-01-16"
    assert not any("Категория" in block.text for block in doc.blocks)


def test_vechirka_reads_its_day() -> None:
    """…and a source's label and link before the time stay `addressed_stamp`'s labelled stamp, furniture wherever it
    stands (holdout29's express.gr under its story: "Πηγή: <a>Express.gr</a> 08/12/11-15:10")."""
    doc = ingest_file(REALWORLD / "vechirka-kiev-ua-salmonella.html")
    assert doc.published is not None and doc.published.date().isoformat() == "2012-01-16"
    assert not any(block.text.startswith("Категория:") for block in doc.blocks)
    assert not any("Πηγή" in block.text for block in ingest_file(REALWORLD / "express-gr-kliniki.html").blocks)


def test_a_day_closing_the_title_after_a_comma_is_read(tmp_path: Path) -> None:
    """Амур.инфо's <title> "… / ИА "Амур.инфо", 17 января 2012", its only day but the stamp "вчера, 17:17"
    ("yesterday"): the site's name and the day run on after the story's title (`datelines.comma_title_day`), its
    month read in the languages of its script; a day inside the title's sentence is none."""
    title = 'В благовещенской горбольнице открылось паллиативное отделение / ИА "Амур.инфо", 17 января 2012'
    page = CATEGORY_PAGE.replace("<title>Вечерние новости</title>", f"<title>{title}</title>")
    page = page.replace("16 января 2012 15:59", "вчера, 17:17")
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    doc = ingest_file(path)
    assert doc.published is not None and doc.published.date().isoformat() == "2012-01-17"
    path.write_text(page.replace(title, "Отделение откроют 17 января 2012 года"), encoding="utf-8")
    assert ingest_file(path).published is None


def test_amur_reads_its_day() -> None:
    doc = ingest_file(REALWORLD / "amur-info-paliativ.html")
    assert doc.published is not None and doc.published.date().isoformat() == "2012-01-17"


def test_a_meta_author_named_after_the_generator_is_no_writer(tmp_path: Path) -> None:
    """Профи-ньюс states "Max Covax" as the author of every page, its generator "Covax CMS 1.01": the CMS's own
    default, no writer (`metadata.names_software`); a writer's name beside another generator stays."""
    page = CATEGORY_PAGE.replace("<head>", '<head><meta name="generator" content="Covax CMS 1.01">')
    path = tmp_path / "a.html"
    path.write_text(page.replace("<head>", '<head><meta name="author" content="Max Covax">'), encoding="utf-8")
    assert ingest_file(path).author == ""
    path.write_text(page.replace("<head>", '<head><meta name="author" content="Ольга Бердецкая">'), encoding="utf-8")
    assert ingest_file(path).author == "Ольга Бердецкая"


def test_profinews_shows_no_writer() -> None:
    doc = ingest_file(REALWORLD / "profinews-com-ua-zevota.html")
    assert doc.author == ""
    assert not any("Covax" in block.text for block in doc.blocks)
