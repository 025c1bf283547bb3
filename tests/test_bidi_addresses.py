"""A web address or a dotted name shown as text in a right-to-left edition is isolated whole.

Found by values15 (session 15) in the Arabic edition of a Kubernetes blog post
(`tests/data/probe15/SOURCES.md`; kubernetes/website, CC BY 4.0): the link text
"https://github.com/kubernetes/ingress-nginx/releases/tag/controller-v1.2.0" came out cut into
Latin runs at its colon, slashes and the dots before digits, each in LRI…PDI, so the address a
reader sees (and copies) held invisible characters.
"""

from __future__ import annotations

from l10n.assemble.article import LocalizedSegment
from l10n.assemble.bidi import FSI, LRI, PDI, isolated_segments, latin_runs
from l10n.assemble.pieces import Value
from l10n.locales import TargetLocale

ADDRESS = "https://github.com/kubernetes/ingress-nginx/releases/tag/controller-v1.2.0"


def shown(*pieces: str | Value) -> str:
    segment = LocalizedSegment(tuple(pieces), "mt", "ar")
    return "".join(isolated_segments([segment], TargetLocale("ar"))[0].pieces)


def test_an_address_in_an_arabic_sentence_is_one_isolated_run() -> None:
    text = shown(f"راجع {ADDRESS} للتفاصيل.")
    assert text == f"راجع {LRI}{ADDRESS}{PDI} للتفاصيل."


def test_a_dotted_release_name_is_one_run() -> None:
    assert shown("الإصدار controller-v1.2.0 متاح.") == f"الإصدار {LRI}controller-v1.2.0{PDI} متاح."


def test_a_sentence_full_stop_after_an_address_stays_outside_it() -> None:
    assert [run for run, latin in latin_runs(f"انظر www.example.org/a. ثم {ADDRESS}،") if latin] == [
        "www.example.org/a",
        ADDRESS,
    ]


def test_near_misses_keep_their_runs() -> None:
    # names and glued currency symbols as before; a value keeps its own first-strong isolate
    assert shown("دفع ", Value("US$15"), " إلى Baoji.") == f"دفع {FSI}{LRI}US${PDI}15{PDI} إلى {LRI}Baoji{PDI}."
    assert shown("قال Dr. Zhang إن") == f"قال {LRI}Dr. Zhang{PDI} إن"
    assert shown("في 2019.") == "في 2019."
