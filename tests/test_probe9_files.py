"""Real Markdown, Word and plain-text articles nobody here wrote (files9's probe, `tests/data/probe9`,
SOURCES.md there), run through the CLI; each test is a bug the run showed.

- The Go blog writes its authors as a YAML block sequence at the key's own indentation (`by:` then
  `- Roland Shoemaker and Filippo Valsorda`), as Hugo does `tags:`: the front-matter reader took
  only indented `- ` lines, so every Go post lost its authors and tags (`by: ''`), and the key is
  `by`, which named no author. PyYAML, locked here through other packages, is the independent
  reader of the front matter.
- An author value is printed after the edition's translated "By": "Por Roland Shoemaker and
  Filippo Valsorda" put an English word in a Spanish line; the value is reduced to its names.
- Goldmark (the Go blog, Hugo), kramdown (Jekyll) and Pandoc give a heading an id with a trailing
  `{#id}`; CommonMark leaves it as text, so "Who did we hear from? {#demographics}" was a unit.
- A Word file of pictures alone was refused as having "no text besides its headline": it has no
  headline.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import polib
import yaml
from conftest import DATA, run_l10n

from l10n.ingest import ingest_file
from l10n.ingest.byline import reduce_byline

PROBE = DATA / "probe9"
GO_POSTS = sorted(PROBE.glob("go-*.md"))


def _front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("\n---\n", 1)[0].removeprefix("---\n"))


def test_the_go_blogs_unindented_sequences_are_read() -> None:
    assert len(GO_POSTS) == 6
    for path in GO_POSTS:
        matter = _front_matter(path)
        document = ingest_file(path)
        for key in ("by", "tags"):
            if key in matter:
                assert document.extra[key] == ", ".join(matter[key]), (path.name, key)
        names = [name for value in matter["by"] for name in reduce_byline(value).names]
        assert names, path.name
        assert document.author == ", ".join(names), path.name


def test_an_editions_byline_holds_names_not_english_words(tmp_path: Path) -> None:
    post = PROBE / "go-tob-crypto-audit.md"
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["es"]\n', encoding="utf-8")
    shutil.copy(post, tmp_path / post.name)
    run_l10n(tmp_path, "extract", post.name, "--locales", "es")
    run_l10n(tmp_path, "translate", "--engine", "pseudo", "--locales", "es")
    run_l10n(tmp_path, "assemble", "--format", "md", "--format", "txt", "--locales", "es")
    (written,) = _front_matter(post)["by"]  # "Roland Shoemaker and Filippo Valsorda"
    first, second = written.split(" and ")
    for suffix in ("md", "txt"):
        edition = (tmp_path / "build" / "es" / f"{post.stem}.{suffix}").read_text(encoding="utf-8")
        (line,) = [line for line in edition.splitlines() if first in line]
        assert second in line and " and " not in line, line


def test_a_headings_attribute_block_is_no_part_of_its_unit(tmp_path: Path) -> None:
    post = PROBE / "go-survey2025.md"
    headings = [
        line.lstrip("#").strip()
        for line in post.read_text(encoding="utf-8").splitlines()
        if re.match(r"#+ .*\{#[\w-]+\}$", line)
    ]
    assert len(headings) >= 5
    shutil.copy(post, tmp_path / post.name)
    run_l10n(tmp_path, "extract", post.name)
    msgids = {entry.msgid for entry in polib.pofile(str(tmp_path / "locales" / f"{post.stem}.pot"))}
    for heading in headings:
        words, attribute = re.fullmatch(r"(.*?) (\{#[\w-]+\})", heading).groups()  # type: ignore[union-attr]
        assert words in msgids, heading
        assert not any(attribute in msgid for msgid in msgids), heading


def test_a_word_file_of_pictures_alone_is_refused_for_having_no_text(tmp_path: Path) -> None:
    document = PROBE / "pydocx-having-images.docx"
    shutil.copy(document, tmp_path / document.name)
    done = run_l10n(tmp_path, "extract", document.name, allowed=(2,))
    (message,) = done.stderr.strip().splitlines()
    assert message.startswith(f"error: {document.name}:1: ") and message.endswith("has no text"), message


def _first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n", 1)[0]


def test_a_story_that_starts_with_its_by_line_has_that_byline_and_no_headline() -> None:
    """coolhunting.com's story as newspaper extracted it: "by Kelly Phillips Badal", a blank line,
    the story. The wire-copy rule read the byline as the headline."""
    path = PROBE / "np-coolhunting.com1.txt"
    written = _first_line(path)
    assert written.lower().startswith("by ")
    document = ingest_file(path)
    assert not document.headline and not document.blocks_with_role("headline")
    (byline,) = document.blocks_with_role("byline")
    assert byline.text == written[3:] == document.author


def test_a_first_line_that_is_a_picture_credit_is_no_headline() -> None:
    """gq.com's story starts with its lead picture's credit; the one other short first line of
    the probe, gulflive's, is a headline and stays one (the near miss)."""
    credit = ingest_file(PROBE / "np-gq.com2.txt")
    assert _first_line(PROBE / "np-gq.com2.txt").startswith("Photo: ")
    assert not credit.headline and credit.blocks[0].text == _first_line(PROBE / "np-gq.com2.txt")
    headline = ingest_file(PROBE / "np-gulflive.com2.txt")
    assert headline.blocks[0].role == "headline" and headline.headline == _first_line(PROBE / "np-gulflive.com2.txt")


def test_a_markdown_stub_of_front_matter_alone_is_refused(tmp_path: Path) -> None:
    """Let's Encrypt ships its Persian notice as a stub (`untranslated: 1`, a title, no body): it
    became a one-unit article whose editions were a headline alone. Refused as a Word file with
    no text besides its headline is; the other languages' same notice is read (the near miss)."""
    stub, read = (
        PROBE / "le-fa-dst-root-ca-x3-expiration-september-2021.md",
        PROBE / "le-de-dst-root-ca-x3-expiration-september-2021.md",
    )
    assert _front_matter(stub)["title"] and not stub.read_text(encoding="utf-8").split("\n---\n", 1)[1].strip()
    for path in (stub, read):
        shutil.copy(path, tmp_path / path.name)
    done = run_l10n(tmp_path, "extract", stub.name, allowed=(2,))
    (message,) = done.stderr.strip().splitlines()
    assert message == f"error: {stub.name}:1: Markdown article has no text besides its headline", message
    assert not (tmp_path / "locales" / f"{stub.stem}.pot").exists()
    run_l10n(tmp_path, "extract", read.name)
    assert len(polib.pofile(str(tmp_path / "locales" / f"{read.stem}.pot"))) > 1


M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"


def _equations(path: Path, part: str = "word/document.xml") -> list[list[str]]:
    """The text runs (`m:t`) of each equation of a part (the main one by default), read with lxml."""
    import zipfile

    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read(part))
    return [[t.text or "" for t in math.iter(M + "t")] for math in root.iter(M + "oMath")]


def test_a_word_equation_is_read_as_code_in_its_paragraph(tmp_path: Path) -> None:
    """markitdown's equations.docx: two of its five paragraphs are equations alone and two hold
    one; the run reader saw no `m:oMath`, so two paragraphs vanished and "For m = 1," read
    "For ,". Each equation is now code in its paragraph (never translated), every character of
    its runs in order, and a fraction reads num/den, never its parts run together."""
    path = PROBE / "markitdown-equations.docx"
    equations = _equations(path)
    assert len(equations) == 4
    shutil.copy(path, tmp_path / path.name)
    run_l10n(tmp_path, "extract", path.name)
    catalog = polib.pofile(str(tmp_path / "locales" / f"{path.stem}.pot"))
    codes = [
        note.split(": ", 1)[1].rsplit(" = inline code", 1)[0]
        for entry in catalog
        for note in entry.comment.splitlines()
        if note.startswith("code_")
    ]
    assert len(codes) == len(equations)
    for runs in equations:
        assert any(_in_order("".join(runs), code) for code in codes), runs
    assert "{code_1}" in {entry.msgid for entry in catalog}  # a paragraph that is an equation alone
    stress = DATA / "blind" / "docx" / "poi-stress004.docx"  # a Persian book's footnote: 1 over 4
    ((numerator, denominator),) = _equations(stress, "word/footnotes.xml")
    assert any(f"{numerator}/{denominator}" in block.text for block in ingest_file(stress).blocks)


def _in_order(characters: str, text: str) -> bool:
    """Every character of `characters` in `text`, in order (the structure's marks between)."""
    rest = iter(text)
    return all(character in rest for character in characters)


def test_a_figcaption_after_a_markdown_image_is_that_images_caption() -> None:
    """Let's Encrypt's posts set a figure as `<figure>`, a blank line, `![alt](src)`, a blank line,
    `<figcaption>…</figcaption></figure>`: three blocks to CommonMark. The caption was read
    alone (no figure), so an edition printed it apart from its image."""
    path = PROBE / "le-en-2025-10-07-Ten-yrs-community-forum.md"
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", path.read_text(encoding="utf-8"))
    alts = re.findall(r"^!\[(.*?)\]\(", path.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(captions) == len(alts) == 3
    blocks = ingest_file(path).blocks
    for alt, caption in zip(alts, captions, strict=True):
        (image,) = [block for block in blocks if block.role == "alt" and block.text == alt]
        (shown,) = [block for block in blocks if block.role == "caption" and block.text == caption]
        assert image.figure is not None and shown.figure == image.figure, caption


def test_the_go_blogs_raw_strings_are_code_blocks(tmp_path: Path) -> None:
    """The Go blog writes code as `{{raw `…`}}` around an indented block; its site runs the post
    through Go's text/template first, whose `raw` returns the string. Read as a template tag, the
    code was a placeholder inside the paragraph above it, its lines run into one."""
    post = PROBE / "go-allocation-optimizations.md"
    strings = re.findall(r"\{\{raw `([^`]*)`\}\}", post.read_text(encoding="utf-8"))
    assert len(strings) >= 5
    codes = [block.text for block in ingest_file(post).blocks if block.role == "code"]
    for string in strings:
        lines = [line.removeprefix("\t") for line in string.strip("\n").split("\n")]
        assert "\n".join(lines) in codes, lines[0]
    shutil.copy(post, tmp_path / post.name)
    run_l10n(tmp_path, "extract", post.name)
    catalog = polib.pofile(str(tmp_path / "locales" / f"{post.stem}.pot"))
    assert not any("{{raw" in entry.msgid or "{{raw" in entry.comment for entry in catalog)
