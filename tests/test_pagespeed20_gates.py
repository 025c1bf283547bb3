"""What ingest no longer works out on a page, and why each answer stays the one it was (pagespeed20).

- `regex_gate`: the furniture patterns searched in every kept block (`furniture._SITE_NOTICE`,
  `_FOLLOW_VERB`, `_REPUBLISHED`) are searched only in a text holding one of the strings every
  match holds. The gate never refuses a text the pattern matches: the case fold is `re`'s on every
  code point, and the gated search answers as the pattern on the labels' chrome and body strings,
  on every text of slow pages, and on generated texts mixing the patterns' words with the letters
  `re` folds apart from `str.lower` ("İ", "ı", "ſ", "K", final "ς"). Each gate is on (the strings
  are read from the pattern), so a Python whose `re` parses otherwise is noticed.
- `page_prune.prune_boilerplate` reads each class-and-id string's words once a page
  (`_furniture_names`): the answer is the element-by-element one, on generated names and on every
  named element of real pages.
- `html_blocks.has_block_below`: lxml's tag-filtered reading, without the filter.
- `fields._key` drops the non-word characters of an ASCII text with `bytes.translate`: the key is
  the pattern's, for ASCII and any other text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import furniture, site_appeals, site_notes
from l10n.ingest.decode import decode_article
from l10n.ingest.fields import _ASCII_NON_WORD, _key
from l10n.ingest.html_blocks import BLOCK_LEVEL, has_block_below
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_prune import BOILERPLATE_NAMES, _furniture_names, without_negated_names
from l10n.ingest.page_threads import NAME_PARTS
from l10n.ingest.regex_gate import GatedPattern, fold, gated_compile, required_strings

REALWORLD = Path(__file__).parent / "data" / "realworld"
GATED = {"_SITE_NOTICE": furniture._SITE_NOTICE, "_FOLLOW_VERB": furniture._FOLLOW_VERB}
GATED["_REPUBLISHED"] = furniture._REPUBLISHED
GATED |= {  # pagespeed22: the site notes' and appeals' phrases, searched in every kept block
    f"{module.__name__}.{name}": getattr(module, name)
    for module, names in (
        (site_notes, ("_COMMENTS", "_MODERATION", "_COMMENT_DISCLAIMER", "_SIGN_UP_SENTENCE", "_SUBSCRIBE_CALL")),
        (site_notes, ("_ISSUES_OFFER",)),
        (site_appeals, ("_DONATION", "_NEWSLETTER_TO_READER", "_CJK_RIGHTS", "_CJK_CALL", "_MORE_STORIES")),
        (site_appeals, ("_DONATION_TO_US",)),
    )
    for name in names
}
SLOW_PAGES = ("businessinsider-com-larrypage.html", "usatoday-com-epstein.html", "kulu-media-com-outage.html")
# letters `re.IGNORECASE` folds apart from `str.lower`: dotted and dotless i, long s, Kelvin, sigmas
ODD_LETTERS = "İıſKΣσςΐΰ"


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


def same_answer(gated: GatedPattern, text: str) -> bool:
    found, wanted = gated.search(text), gated.compiled.search(text)
    return (found is None and wanted is None) or (
        found is not None and wanted is not None and found.span() == wanted.span()
    )


@pytest.mark.parametrize("name", GATED)
def test_each_gate_is_on(name: str) -> None:
    gated = GATED[name]
    assert isinstance(gated, GatedPattern) and gated.required  # strings read from the pattern: a gate
    assert not gated.may_match("The council met on Monday and voted to keep the library open.")


def test_the_fold_is_res_on_every_cased_code_point() -> None:
    cased = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).lower() != chr(code).upper()]
    for char in cased:
        folded = fold(char)
        assert folded is not None and len(folded) == 1, hex(ord(char))
        assert re.fullmatch(re.escape(char), folded, re.IGNORECASE), hex(ord(char))  # the fold matches the letter
        for other in {*char.lower(), *char.upper(), *char.casefold(), folded}:  # and is one for all it matches
            if re.fullmatch(re.escape(char), other, re.IGNORECASE):
                assert fold(other) == folded, (hex(ord(char)), hex(ord(other)))


def test_the_fold_leaves_uncased_characters_and_reads_final_sigma_as_sigma() -> None:
    uncased = (chr(code) for code in range(0, sys.maxunicode + 1, 7) if not 0xD800 <= code <= 0xDFFF)
    assert all(fold(char) == char for char in uncased if char.lower() == char.upper() == char)
    assert fold("ΣΑΣ") == fold("σασ") == fold("ςας")
    assert fold("COPYRİGHT ſUBSCRIBE") == "copyright subscribe"


def test_strings_are_read_from_each_branch_and_none_without_a_literal() -> None:
    assert required_strings(re.compile(r"\bfree articles? left\b", re.I)) == {"free article"}
    assert required_strings(re.compile(r"^[©ⓒ]\s*\w+|copyright", re.I)) == {"©", "ⓒ", "copyright"}
    assert required_strings(re.compile(r"(?:sign|log) in|x+y", re.I)) == {"sign", "log", "x"}  # the longest
    assert required_strings(re.compile(r"\d{4}|copyright")) is None
    assert required_strings(re.compile(r"a?b*")) is None
    assert required_strings(re.compile(r"Archive|Email")) == {"Archive", "Email"}  # case kept when not blind
    assert not gated_compile(r"Archive").may_match("archive") and gated_compile(r"Archive", re.I).may_match("ARCHİVE")


def test_labels_chrome_and_body_strings_are_answered_as_the_pattern_does() -> None:
    texts: list[str] = []
    for label in (page.with_suffix(".json") for page in measured_pages() if page.with_suffix(".json").exists()):
        data = json.loads(label.read_text(encoding="utf-8"))
        texts += [text for text in (*data["chrome"], data["body_start"], data["body_end"], *data["keep"]) if text]
    assert sum(bool(GATED["_SITE_NOTICE"].compiled.search(text)) for text in texts) > 10  # notices among them
    for gated in GATED.values():
        assert all(same_answer(gated, text) for text in texts)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_text_of_slow_pages_is_answered_as_the_pattern_does(name: str) -> None:
    root = parsed(name)
    texts = [element.text_content() for element in root.iter("p", "li", "div", "span", "td", "h2", "small")]
    for gated in GATED.values():
        assert all(same_answer(gated, text) for text in texts)


def _words(gated: GatedPattern) -> list[str]:
    return sorted(re.findall(r"[^\W\d_]+", gated.pattern))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_texts_are_answered_as_the_pattern_does(data: st.DataObject) -> None:
    gated = data.draw(st.sampled_from(list(GATED.values())))
    pieces = st.one_of(
        st.sampled_from(_words(gated)).map(lambda word: word.upper() if len(word) % 2 else word.title()),
        st.sampled_from([" ", "  ", "\u00a0", ", ", ". ", "©", "(c) ", "2024", "ⓒ", "\n"]),
        st.text(alphabet=ODD_LETTERS + "abcisk ", max_size=4),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    odd = data.draw(st.sampled_from([("i", "İ"), ("i", "ı"), ("s", "ſ"), ("k", "K"), ("", "")]))
    text = text.replace(*odd) if odd[0] else text
    assert same_answer(gated, text)


def _old_furniture_names(names: str) -> tuple[str, bool]:
    """The element-by-element reading `prune_boilerplate` made before pagespeed20."""
    names = names.lower()
    if names != " ":
        names = without_negated_names(names)
    parts = set(NAME_PARTS.split(names)) if names != " " else set()
    return names, bool(names.strip() and (BOILERPLATE_NAMES & parts or any(p.startswith("cookie") for p in parts)))


@given(st.lists(st.sampled_from([*sorted(BOILERPLATE_NAMES), "no", "hasnt", "cookiemsg", "x", "-", "_", " ", "Ad"])))
def test_a_class_and_id_strings_words_are_the_element_by_element_ones(words: list[str]) -> None:
    for cut in range(len(words) + 1):
        names = f"{''.join(words[:cut])} {'-'.join(words[cut:])}"
        assert _furniture_names(names) == _old_furniture_names(names)


@pytest.mark.parametrize("name", ("pikabu-ru-matrix.html", "thekenyatimes-com-kisumu.html"))
def test_every_named_element_of_real_pages_reads_as_before(name: str) -> None:
    for element in parsed(name).iter():
        names = f"{element.get('class', '')} {element.get('id', '')}"
        assert _furniture_names(names) == _old_furniture_names(names)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_a_block_below_is_found_as_lxmls_tag_filter_finds_it(name: str) -> None:
    for element in parsed(name).iter():
        assert has_block_below(element) == (next(element.iterdescendants(*BLOCK_LEVEL), None) is not None)


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_a_texts_key_is_the_patterns_whatever_its_letters(text: str) -> None:
    """`fields._key` drops what `\\W` matches from an ASCII text with `bytes.translate`."""
    assert _key(text) == re.sub(r"\W+", "", text.lower())
    assert all((re.fullmatch(r"\W", chr(code)) is not None) == (code in _ASCII_NON_WORD) for code in range(128))
