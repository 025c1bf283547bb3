"""Scripts written without spaces end an address written against them (session 13 review).

Thai, Lao, Khmer and Burmese, like Chinese and Japanese, write the next word right after an address:
"ดูรายละเอียดที่https://example.com/newsข่าว" was read "https://example.com/newsข" (a vowel sign is no
word character), so QA reported an address machine translation had changed in a good Thai edition.
"""

from __future__ import annotations

import pytest

from l10n.urls import address_spans, addresses

GLUED = [
    "ดูรายละเอียดที่https://example.com/newsข่าว",  # Thai
    "ເບິ່ງລາຍລະອຽດທີ່https://example.com/newsຂ່າວ",  # Lao
    "មើលព័ត៌មានលម្អិតនៅhttps://example.com/newsព័ត៌មាន",  # Khmer
    "အသေးစိတ်ကိုhttps://example.com/newsသတင်းတွင်ကြည့်ပါ",  # Myanmar
]


@pytest.mark.parametrize("text", GLUED)
def test_text_of_a_script_without_spaces_after_an_address_stays_outside_it(text: str) -> None:
    assert addresses(text) == ["https://example.com/news"]
    (start, end), *_ = address_spans(text)
    assert text[start:end] == "https://example.com/news"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ดูที่ https://example.com/news ครับ", "https://example.com/news"),
        ("See https://th.example/ข่าว/วันนี้ now.", "https://th.example/"),
    ],
)
def test_an_address_a_space_ends_is_whole(text: str, found: str) -> None:
    assert addresses(text) == [found]
