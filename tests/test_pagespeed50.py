"""An article's language read from its text at under half the cost, the same readings (pagespeed50, issue 14).

`text_language.read_text` asked py3langid of an article's first 4,000 characters and again of each block,
each a Python step a byte; `language_walk.WalkingIdentifier` walks the bytes once, by numpy, and hands
py3langid's own `rank` the same counts in the same order. The stated language's check counts the letters
of a Latin-script language's pages without a dictionary step for each ASCII character
(`scripts.prose_foreign_script`). Each is held here to the reading it replaces.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from py3langid import langid

from l10n.ingest import ingest_file, scripts, text_language
from l10n.ingest.language_walk import SYNCHRONISING_BYTES
from l10n.ingest.scripts import (
    _ADDRESS,
    foreign_script,
    letter_scripts,
    prose_foreign_script,
    prose_texts,
    without_addresses,
)
from l10n.ingest.text_language import (
    _HAN_RUN,
    FOLDED,
    TEXT_LIMIT,
    _identifier,
    _opencc,
    _rewritten,
    _rewritten_each,
    classify,
    first_characters,
    read_text,
)
from l10n.writing_systems import scripts_of, scripts_written

REALWORLD = Path(__file__).parent / "data" / "realworld"
# Pages of many scripts and languages, some stating none (the realworld pages `text_language` reads).
PAGES = (
    "aero-de-fraport",
    "ozap-com-terriens",
    "bankfax-ru-kardio",
    "shjnet-cn-tudou",
    "nownews-com-kouzhao",
    "ipa-go-jp-goldenweek",
    "chosun-com-nokyungeun",
    "akhbarelyom-com-akef",
    "kavalanet-gr-eisitirio",
    "business-standard-com-templeton",
    "tweakers-net-libreoffice",
    "yangtse-com-shuji",
    "tass-ru-tskad",
    "sdpnoticias-com-tatu",
)
ODD_TEXTS = (
    "",
    "a",
    "Hello",
    "BREAKING NEWS FROM THE HARBOUR",  # upper case: py3langid reads it lower-cased, alone
    "Cafe\u0301 e\u0301te\u0301",  # combining marks: NFC
    "日本語のテキスト、東京都",
    "🙂🙂 emoji only 🙂",
    "\n\n",
    "Der Bundesrat hat am Freitag das neue Gesetz beschlossen.",
)


def _prose(name: str) -> list[str]:
    return list(prose_texts(ingest_file(REALWORLD / f"{name}.html")))


def _stock() -> langid.LanguageIdentifier:
    """py3langid's own identifier over the same model."""
    walking = _identifier()
    return langid.LanguageIdentifier(
        walking.nb_ptc,
        walking.nb_pc,
        walking.nb_classes,
        walking.tk_nextmove,
        walking.tk_output,
        norm_probs=True,
        tk_row=walking.tk_row,
    )


def test_the_automaton_is_in_the_same_state_after_six_bytes_from_any_state() -> None:
    """Every pair (a state, the start) followed along every byte: after six bytes no pair differs,
    so the state after a byte is the one the six bytes up to it lead to from the start."""
    walking = _identifier()
    moves = np.frombuffer(walking.tk_nextmove, dtype=np.uint32).astype(np.int64)
    rows = np.asarray(walking._rowbase, dtype=np.int64)
    size = len(rows)
    here, start = np.arange(size, dtype=np.int64), np.zeros(size, dtype=np.int64)
    for _ in range(SYNCHRONISING_BYTES):
        pairs = []
        for byte in range(256):
            after, after_start = moves[rows[here] + byte], moves[rows[start] + byte]
            differ = after != after_start
            pairs.append(np.unique(after[differ] * size + after_start[differ]))
        found = np.unique(np.concatenate(pairs))
        here, start = found // size, found % size
    assert len(found) == 0


@pytest.mark.parametrize("name", PAGES)
def test_each_reading_is_py3langids_to_the_bit(name: str) -> None:
    """The article's first characters whole and each block, after one walk (`prepare`), ranked as
    py3langid ranks them: every language's probability the same float."""
    walking, stock = _identifier(), _stock()
    kept = first_characters(_prose(name), TEXT_LIMIT)
    walking.prepare(kept)
    for text in ["\n".join(kept), *kept]:
        assert walking.rank(text) == stock.rank(text)


def _summed_classify(text: str) -> tuple[str, float]:
    """`text_language.classify` as lang49 wrote it (163d58ee): `rank`'s probabilities summed by
    language in its order, the first largest taken."""
    summed: dict[str, float] = {}
    for code, probability in _identifier().rank(text):
        language = FOLDED.get(code, code)
        summed[language] = summed.get(language, 0.0) + probability
    best = max(summed, key=summed.__getitem__)
    return best, summed[best]


@pytest.mark.parametrize("name", PAGES)
def test_the_likeliest_language_is_the_summed_ranks(name: str) -> None:
    """`likeliest` sums only the folded languages and takes the rest's likeliest column: the same
    language and the same float as summing all 140 (Chinese and Arabic pages read as the sums)."""
    kept = first_characters(_prose(name), TEXT_LIMIT)
    _identifier().prepare(kept)
    for text in ["\n".join(kept), *kept, *ODD_TEXTS]:  # "" ties Chinese and Arabic: each 3 of the 142 columns
        assert classify(text) == _summed_classify(text)


def test_odd_texts_read_as_py3langid_reads_them() -> None:
    walking, stock = _identifier(), _stock()
    texts = list(ODD_TEXTS)
    walking.prepare(texts)
    for text in [*texts, "\n".join(texts), "not prepared: une phrase en français"]:
        assert walking.rank(text) == stock.rank(text)
    shuffled = random.Random(50)
    for _ in range(30):  # random bytes' worth of characters, in random blocks
        blocks = [
            "".join(shuffled.choice("aé Ж日\u0301Z.\n1") for _ in range(shuffled.randrange(12))) for _ in range(5)
        ]
        walking.prepare(blocks)
        for text in [*blocks, "\n".join(blocks)]:
            assert walking.rank(text) == stock.rank(text)


def test_a_page_is_walked_once_not_a_block_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, py3langid's byte-at-a-time walk ran for the whole and for every block read alone
    (yangtse: 1 + 13 walks); now numpy's one walk gives them all."""
    calls = []
    walk = langid.visit_counts
    monkeypatch.setattr(langid, "visit_counts", lambda *args: calls.append(1) or walk(*args))
    reading = read_text(_prose("yangtse-com-shuji"))
    assert (reading.language, reading.confident) == ("zh_Hans", True)
    assert calls == []


@pytest.mark.parametrize("name", PAGES)
def test_the_foreign_script_of_prose_is_letter_scripts(name: str) -> None:
    texts = _prose(name)
    for language in ("en", "sr", "ru", "ja", "zh_Hant", "ar", "el", "hi"):
        for expected in (scripts_written(language), scripts_of(language)):
            assert prose_foreign_script(texts, expected) == foreign_script(letter_scripts(texts), expected)


def test_a_tie_of_foreign_scripts_goes_to_the_one_met_first() -> None:
    latin = frozenset({"Latn"})
    for texts in (["ab Жж αβ"], ["ab αβ Жж"], ["αβ", "Жж ab"], ["é"], ["Ж"], []):
        assert prose_foreign_script(texts, latin) == foreign_script(letter_scripts(texts), latin)


@pytest.mark.parametrize(
    "name", ["shjnet-cn-tudou", "nownews-com-kouzhao", "yangtse-com-shuji", "ipa-go-jp-goldenweek"]
)
def test_han_runs_converted_joined_count_as_converted_one_by_one(name: str) -> None:
    runs = _HAN_RUN.findall("\n".join(_prose(name)))
    odd = ["後", "发", "乾隆", "乾燥", "頭髮", "头发", "一"]  # one character of two forms, phrases OpenCC reads whole
    for config in ("t2s", "s2t"):
        convert = _opencc(config)
        assert len(runs) > 20
        assert _rewritten(runs, convert) == _rewritten_each(runs, convert)
        assert _rewritten(odd, convert) == _rewritten_each(odd, convert)
        calls: list[str] = []
        _rewritten(runs, lambda text, convert=convert, calls=calls: calls.append(text) or convert(text))
        assert len(calls) == 1  # before, one call a run


@pytest.mark.parametrize("name", PAGES)
def test_a_text_searched_for_addresses_only_when_it_may_hold_one_is_the_same(name: str) -> None:
    document = ingest_file(REALWORLD / f"{name}.html")
    for block in document.blocks:
        assert without_addresses(block.text) == _ADDRESS.sub(" ", block.text)
    for text in ("www.x.org", "WWW.X.ORG", "wWw.x", "Ftp://host", "a\u00a0http://b c", "no w . here", "now.", "://"):
        assert without_addresses(text) == _ADDRESS.sub(" ", text)


def test_a_stated_language_its_stopwords_agree_with_counts_no_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    """Either test lets the page go unwarned: the stopwords' (most pages agree) is asked first now."""
    asked: list[str] = []
    counted = scripts.prose_foreign_script
    monkeypatch.setattr(text_language, "prose_foreign_script", lambda *args: asked.append("letters") or counted(*args))
    document = ingest_file(REALWORLD / "aero-de-fraport.html")
    assert (document.source_locale, document.language_stated) == ("de", True)
    assert asked == []


def test_a_text_longer_than_the_places_counted_is_scored_as_py3langid_scores_it() -> None:
    """A block of 16 MB or more (one long paragraph of a hostile page) has places past `_PLACE_BITS`: packed
    with its feature they would run into the feature's bits and count wrong features silently; such a text
    is walked by py3langid itself (the lead's one more read, session 50)."""
    import numpy as np

    from l10n.ingest import language_walk
    from l10n.ingest.text_language import _identifier

    identifier = _identifier()
    text = "Der Rat hat heute neue Regeln veröffentlicht. " * ((1 << language_walk._PLACE_BITS) // 46 + 1)
    encoded = identifier._encode(text)
    assert len(encoded) >= 1 << language_walk._PLACE_BITS
    ours = identifier._raw_score(encoded)
    theirs = language_walk.LanguageIdentifier._raw_score(identifier, encoded)
    assert np.array_equal(ours, theirs)
