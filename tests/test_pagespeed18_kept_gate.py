"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed18).

- `MainText.kept` looks a long text up by the key of its head first (`fields.key_head`): a text
  whose head trafilatura's lines do not hold is not kept, without keying all of it (readers'
  comments, most of some pages). The head must start the whole key, even where lower-casing
  depends on what follows (a Greek capital sigma at the cut: "ΕΠΙΣ" alone ends in "ς").
- `MainText.kept_block` does not key a one-line block again after `kept` said no.
- `page_main.main_text_lines` hands trafilatura our tree itself when no Cloudflare link must go:
  trafilatura reads a copy of it; our tree is the same after, and its lines those of a copy.
"""

from __future__ import annotations

import copy
from pathlib import Path

import lxml.html
from conftest import measured_pages

from l10n.ingest.decode import decode_article
from l10n.ingest.fields import key_head, match_key
from l10n.ingest.html import walk_blocks
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_main import (
    HEAD_GATE_CHARS,
    LEAD_FOLLOWERS,
    LONG_KEY,
    MainText,
    _is_lead_sentence,
    main_text_lines,
)
from l10n.model import Block, Document

REALWORLD = Path(__file__).parent / "data" / "realworld"
GREEK = "haniotika-nea-gr-klopi.html"  # capitals with a sigma inside a word ("ΕΠΙΣΤΗΜΗ")
# readers' comments under a short story, a long magazine story, a Cloudflare-hidden address, Greek
PAGES = ("kenya-today-com-itumbi.html", "nymag-com-polarization.html", GREEK)


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


def whole_key_kept(main: MainText, text: str) -> bool:
    """`MainText.kept` as it answered before the head's gate: the whole key, looked up."""
    key = match_key(text)
    return bool(key) and (key in main.lines or (len(key) >= LONG_KEY and key in main.everything))


def test_a_texts_head_starts_its_key_at_every_cut_of_real_greek_and_latin_texts() -> None:
    texts = [element.text_content() for name in (GREEK, PAGES[0]) for element in parsed(name).iter("p", "li", "a")]
    sigma_cuts = 0
    for text in {text for text in texts if text.strip()}:
        key = match_key(text)
        for chars in range(1, min(len(text), 300)):
            head = key_head(text, chars)
            sigma_cuts += head is None
            assert head is None or key.startswith(head), (text, chars)
    assert sigma_cuts > 0  # the sigma's case was met


def test_kept_answers_as_the_whole_key_on_every_text_of_real_pages() -> None:
    long_kept = long_left = 0
    for name in PAGES:
        root = parsed(name)
        main = MainText.of(main_text_lines(root))
        texts = [element.text_content() for element in root.iter()] + list(main_text_lines(root))
        for text in texts:
            expected = whole_key_kept(main, text)
            assert main.kept(text) == expected, (name, text[:80])
            if len(text) > HEAD_GATE_CHARS:
                long_kept += expected
                long_left += not expected
    assert long_kept > 0 and long_left > 0  # the gate was asked of both answers


def lines_kept(main: MainText, block: Block) -> bool:
    """`MainText.kept_block` before pagespeed18 (every block's lines keyed after `kept` said no)."""
    if main.kept(block.text):
        return True
    if block.role == "cell":
        return match_key(block.text) in main.cells
    breaks = [m.start for m in block.markup if m.tag == "br"]
    lines = [block.text[start:end] for start, end in zip([0, *breaks], [*breaks, len(block.text)], strict=True)]
    keyed = [line for line in lines if match_key(line)]
    if len(keyed) > 1 and all(main.kept(line) for line in keyed[1:]):
        lead = keyed[0].strip()
        return main.kept(lead) or (len(keyed) > LEAD_FOLLOWERS and _is_lead_sentence(lead))
    return False


def test_kept_block_answers_as_before_on_real_blocks() -> None:
    for name in PAGES:
        root = parsed(name)
        main = MainText.of(main_text_lines(root))
        document = Document(blocks=[], source_format="html")
        walk_blocks(root, document)
        assert any(not any(m.tag == "br" for m in block.markup) for block in document.blocks)
        for block in document.blocks:
            assert main.kept_block(block) == lines_kept(main, block), (name, block.text[:80])


def test_trafilatura_reads_our_tree_and_leaves_it_as_it_was() -> None:
    cloudflare = [path.name for path in measured_pages() if b"__cf_email__" in path.read_bytes()][:2]
    assert cloudflare
    for name in (*PAGES, *cloudflare):
        root = parsed(name)
        before = lxml.html.tostring(root, encoding="unicode")
        copied = main_text_lines(copy.deepcopy(root))
        assert main_text_lines(root) == copied
        assert lxml.html.tostring(root, encoding="unicode") == before, name
