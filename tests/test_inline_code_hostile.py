"""Inline code is one placeholder (`{code_1}`), so QA's bidi check never reads its text and every
edition carries it as written: a bidi control in it (Trojan Source, CVE-2021-42574) or a control
character is refused at ingest as a code block's is — Markdown code spans and raw `<code>`, HTML
`<code>`/`<kbd>`/`<samp>` — naming the file and the line of the block holding it.

The inputs are real posts and saved pages (tests/data/blind/md, tests/data/realworld; sources in
their SOURCES.md) with one character put into one of their own code spans; where it lands and
which line holds it is read with markdown-it-py and lxml, not with the ingest under test."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from conftest import run_l10n
from markdown_it import MarkdownIt

from l10n.errors import IngestError
from l10n.ingest import BIDI_CONTROLS, ingest_file

REPO = Path(__file__).resolve().parent.parent
BLIND_MD = REPO / "tests" / "data" / "blind" / "md"
REALWORLD = REPO / "tests" / "data" / "realworld"
POSTS = [
    "rust-check-cfg.md",
    "rust-Rust-1.80.0.md",
    "nodejs-v20-release-announce.md",
    "jekyll-2016-10-06-jekyll-3-3-is-here.md",
]
PAGES = ["arstechnica-com-minecraft.html", "iij-ad-jp-masscan.html"]
HOSTILE = ["\u202e", "\u2066", "\x1b"]  # an override, an isolate, ESC


def _post_with_char(name: str, char: str, nth: int = 0) -> tuple[str, int]:
    """The post with `char` in the middle of the text of its `nth` code span of prose (a span of
    two characters or more on one line), and the first line of the paragraph holding it, as
    markdown-it-py reads the post."""
    text = (BLIND_MD / name).read_text(encoding="utf-8")
    lines = text.split("\n")
    fence = lines[0]  # YAML `---` or TOML `+++` front matter, blanked so lines keep their numbers
    closing = lines.index(fence, 1) if fence in ("---", "+++") else -1
    body = "\n".join([""] * (closing + 1) + lines[closing + 1 :])
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(body):
        if token.type != "inline" or token.map is None:
            continue
        for child in token.children or []:
            content = child.content
            if child.type != "code_inline" or len(content) < 2 or "\n" in content:
                continue
            for number in range(token.map[0], token.map[1]):
                column = lines[number].find("`" + content + "`")
                if column >= 0:
                    found.append((number, column + 1 + len(content) // 2, token.map[0]))
                    break
    number, column, first = found[nth]
    lines[number] = lines[number][:column] + char + lines[number][column:]
    return "\n".join(lines), first + 1


def _page_with_char(name: str, char: str, tag: str = "code") -> tuple[str, range]:
    """The page with `char` in the middle of its first `<tag>` of prose (not in `<pre>`), and the
    lines its block may start on: its block element's line up to the element's own."""
    text = (REALWORLD / name).read_text(encoding="utf-8")
    root = lxml.html.document_fromstring(text.encode("utf-8"))
    element = next(e for e in root.iter(tag) if e.text and len(e.text) >= 2 and e.getparent().tag != "pre")
    block = next(
        a for a in element.iterancestors() if a.tag in ("p", "li", "td", "th", "h2", "h3", "blockquote", "div")
    )
    line = element.sourceline
    lines = text.split("\n")
    opening = lines[line - 1].index(">", lines[line - 1].index(f"<{tag}")) + 1
    assert lines[line - 1][opening:].startswith(element.text[:2])
    middle = opening + len(element.text) // 2
    lines[line - 1] = lines[line - 1][:middle] + char + lines[line - 1][middle:]
    return "\n".join(lines), range(block.sourceline, line + 1)


@pytest.mark.parametrize("char", HOSTILE)
@pytest.mark.parametrize("name", POSTS)
def test_a_hostile_character_in_a_markdown_code_span_is_refused_with_its_line(
    tmp_path: Path, name: str, char: str
) -> None:
    text, line = _post_with_char(name, char)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as refused:
        ingest_file(path)
    assert refused.value.line == line and f"U+{ord(char):04X} in inline code" in str(refused.value)


@pytest.mark.parametrize("char", HOSTILE[:2])  # a saved page's reader drops a paragraph holding ESC
@pytest.mark.parametrize("name", PAGES)
def test_a_hostile_character_in_html_code_is_refused_with_its_line(tmp_path: Path, name: str, char: str) -> None:
    text, lines = _page_with_char(name, char)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(IngestError) as refused:
        ingest_file(path)
    assert refused.value.line in lines and f"U+{ord(char):04X} in inline code" in str(refused.value)


@pytest.mark.parametrize(
    "source",
    [
        "# T\n\nPress <kbd>Ctrl+\u202eC</kbd> now.\n",  # raw inline HTML in Markdown
        "# T\n\nRead <samp>done \u2067ok</samp> then.\n",
        "# T\n\n<p>An HTML block with <code>x\u202ey</code> in it.</p>\n",  # an HTML block in Markdown
    ],
)
def test_raw_code_kbd_and_samp_in_markdown_are_held_to_the_same_rule(tmp_path: Path, source: str) -> None:
    path = tmp_path / "post.md"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(IngestError, match="in inline code") as refused:
        ingest_file(path)
    assert refused.value.line == 3


@pytest.mark.parametrize("char", HOSTILE)
@pytest.mark.parametrize("tag", ["code", "kbd", "samp"])
def test_an_html_article_holds_code_kbd_and_samp_to_the_same_rule(tmp_path: Path, tag: str, char: str) -> None:
    path = tmp_path / f"{tag}.html"
    path.write_text(f"<h1>T</h1>\n<p>Type\n<{tag}>a{char}b</{tag}> now.</p>\n", encoding="utf-8")
    with pytest.raises(IngestError, match=f"U\\+{ord(char):04X} in inline code") as refused:
        ingest_file(path)
    assert refused.value.line == 2


@pytest.mark.parametrize("name", POSTS[:2])
def test_the_cli_says_it_in_one_line_and_writes_nothing(tmp_path: Path, name: str) -> None:
    text, line = _post_with_char(name, "\u202e", nth=1)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "post.md").write_text(text, encoding="utf-8")
    done = run_l10n(tmp_path, "extract", "seeds/post.md", allowed=(2,))
    assert "Traceback" not in done.stderr
    assert f"post.md:{line}: bidi control U+202E in inline code" in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert not (tmp_path / "locales").exists() or not list((tmp_path / "locales").rglob("*.po*"))


def test_the_clean_posts_and_pages_are_read_and_prose_keeps_its_isolates(tmp_path: Path) -> None:
    """Every real post and page with code is read as before; a bidi control in prose is QA's."""
    for path in [*(BLIND_MD / name for name in POSTS), *(REALWORLD / name for name in PAGES)]:
        ingest_file(path)
    path = tmp_path / "p.md"
    path.write_text("# T\n\nThe name \u2067\u0645\u062b\u0627\u0644\u2069 is next to `code`.\n", encoding="utf-8")
    assert "\u2067" in ingest_file(path).blocks[1].text and "\u2067" in BIDI_CONTROLS
