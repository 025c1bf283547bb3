"""The language of an article's text, where the article states none (issue 14).

An article that states no language (no `<html lang>`, og:locale or Content-Language, no `lang:`
front matter, no Word language; plain text can state none) was read as the project's
`source_locale`: a German page with no `lang` went to English engines as English, and Apertium
en→es mixed the two languages in one sentence. Ingest now reads such an article's language from
its text (`read_language`, called once by `ingest.ingest_file` for every format), with
py3langid (BSD, numpy only, 97 languages; `bench/text_language.py` compared it with pycld2,
lingua and langdetect on the realworld pages and chose it for its calibrated probability: no
wrong reading at 0.8 or more at any length of text on half the pages, where the others were
sure of wrong languages on short texts).

A reading is taken when the whole text's likeliest language has a probability of at least
`MINIMUM_PROBABILITY` and is not a mixture: of the letters of the blocks read confidently one by
one, at least `MIXED_SHARE` are of that language (an English page quoting long Hindi passages
is neither). Otherwise the article keeps the project's language, as before, with a warning
naming the file when another language is likelier than not (`WARN_PROBABILITY`: "Hello." says
nothing). A
language CLDR has no locale for is never read: a warning names it. Chinese is read in the
script its characters are (OpenCC's tables: those `t2s` rewrites are Traditional forms).

A stated language always wins; when the text reads confidently as another language of the same
script (`<html lang="en">` over a Spanish article), a warning names the file and the language
read, and the operator decides (`extract --lang`, `[l10n.article_languages]`). Letters of
another script than the stated language's are `ingest.scripts`' case, not warned twice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from l10n.ingest import warn
from l10n.ingest.scripts import HOW_TO_CORRECT, HOW_TO_STATE, prose_foreign_script, prose_texts
from l10n.model import Document

if TYPE_CHECKING:
    from collections.abc import Callable

MINIMUM_PROBABILITY = 0.8
"""The probability the whole text's likeliest language must reach to be read (py3langid's,
normalised over its languages, tempered by the text's length). Set on half `a` of the realworld
pages (340), each cut to 40, 80, 160 and 400 characters and whole (`bench/text_language.py
sweep`): 0.7 was the lowest with no wrong reading at any cut (0.5: 3 wrong at 40 characters),
one step up for margin. Half `b` (391) measured with it: whole pages 390 right, 0 wrong, 1 unsure;
cut to 160 characters 345 right, 2 wrong (an English story opening on a Japanese title, read
ja; one read as Nigerian Pidgin), 44 unsure."""
MIXED_SHARE = 0.8
"""The least share of the letters of confidently read blocks that must be of the language read:
below it the text is a mixture and nothing is read. On half `a` the single-language pages hold
0.86–1.0, the mixed ones 0.44 (Hindi and English), 0.49 (Tagalog and English) and 0.76 (a Dutch
story over an English change list, read en at 1.00)."""
WARN_PROBABILITY = 0.5
"""An article whose text is not read keeps the default silently when its likeliest language (not
the default's) is less likely than this: "Hello." is likeliest Breton at 0.05, which says nothing."""
BLOCK_LETTERS = 20
"""The fewest letters a block must have to be read on its own for `MIXED_SHARE`."""
TEXT_LIMIT = 4000
"""How many characters of the article's prose are read (from its start: headline, lead, body):
more changes no reading on the realworld pages and costs more."""
FOLDED = {"wuu": "zh", "yue": "zh", "ary": "ar", "arz": "ar", "no": "nb"}
"""Languages py3langid tells apart that an article is written in as the standard language: Wu
and Cantonese readings are Chinese news in Han characters, Moroccan and Egyptian Arabic pages are
Arabic to the engines and the site; its `no` is Bokmål (it reads Nynorsk as `nn`)."""
STOPWORDS_AGREE = 0.25
"""A stated language whose stopwords (jusText's lists) are this share of the prose's words or more
is taken to agree with the text unread (the model costs ~0.5 s a process to load, the count 0.5 ms a
page). On the realworld pages the ten whose text is in another language than stated hold 0.003–0.149
of its stopwords (sdpnoticias 0.106), the lowest agreeing ones 0.13 (Gujarati), 0.16 (Hindi): 25 of
the 557 pages stating a language jusText lists are below it and read, as are those of a language
it has no list for (Chinese, Japanese, Thai)."""
NO_LANGUAGE = "zxx"  # py3langid's "no linguistic content"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class Reading:
    """What the text reads as: `code` (py3langid's), its `probability`, the `share` of the
    confidently read blocks' letters that are of it, and `language`: the source-locale form
    (`fields.source_language`: "de", "zh_Hant"), "" when CLDR has no locale of it."""

    code: str
    probability: float
    share: float
    language: str

    @property
    def confident(self) -> bool:
        return self.probability >= MINIMUM_PROBABILITY and self.share >= MIXED_SHARE and self.code != NO_LANGUAGE


@functools.cache
def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once a process (~0.5 s CPU:
    its model is xz-compressed) and only for an article that needs it. Unpacked in memory (68 MB
    for the moment of loading): py3langid's own loader unpacks it to a temporary file, and a full
    disk or quota under TMPDIR stopped `extract` with a bare "File too large" before the stamps'
    one-line error could name the project (tests/test_operator_batch.py)."""
    import io
    import lzma
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from l10n.ingest.language_walk import WalkingIdentifier

    def unsigned(values: Any) -> array[int]:
        packed = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        packed.frombytes(np.ascontiguousarray(values).tobytes())
        return packed

    with lzma.open(MODEL_DIR / MODEL_FILE) as packed_model:
        unpacked = io.BytesIO(packed_model.read())
    with np.load(unpacked, allow_pickle=False) as model:
        return WalkingIdentifier(
            np.asarray(model["ptc"]),
            np.asarray(model["pc"]),
            model["classes"].tolist(),
            unsigned(model["nextmove"]),
            model["out_feat"].tolist(),
            tk_row=unsigned(model["nextmove_row"]),
            norm_probs=True,
        )


def classify(text: str) -> tuple[str, float]:
    """py3langid's likeliest language of `text` and its probability, `FOLDED` applied (Chinese's
    probability is Mandarin's, Wu's and Cantonese's together: apart, none was sure of a Chinese page).

    >>> classify("Der Bundesrat hat am Freitag das neue Gesetz zur Förderung der Wärmepumpen beschlossen.")[0]
    'de'
    """
    return _identifier().likeliest(text, FOLDED)  # a folded language's probability is its own and theirs


def read_text(texts: Sequence[str]) -> Reading:
    """The language `texts` (an article's prose blocks, in order) read as, from their first
    `TEXT_LIMIT` characters.

    >>> english = ["Harbour bridge to close for repairs", "The city's harbour bridge will close for six weeks "
    ...     "from Monday while engineers replace its expansion joints, the transport department said."]
    >>> read_text(english).language, read_text(english).confident, read_text(["Hello."]).confident
    ('en', True, False)
    """
    kept = first_characters(texts, TEXT_LIMIT)
    _identifier().prepare(kept)  # the whole's bytes and each block's walked once (`language_walk`)
    whole = "\n".join(kept)
    code, probability = classify(whole)
    return Reading(code, probability, _share(kept, code), _locale_of(code, whole))


def first_characters(texts: Sequence[str], limit: int) -> list[str]:
    """The first `limit` characters of `texts` joined by line breaks, as the texts they fall in.

    >>> first_characters(["abc", "defg", "hij"], 6)
    ['abc', 'de']
    """
    kept: list[str] = []
    size = 0
    for text in texts:
        if size >= limit:
            break
        kept.append(text[: limit - size])
        size += len(kept[-1]) + 1
    return kept


def _share(blocks: Iterable[str], code: str) -> float:
    """Of the letters of the blocks of `BLOCK_LETTERS` or more read with `MINIMUM_PROBABILITY`
    one by one, the share read as `code`; 1.0 when no block is (a short text is judged whole)."""
    read = same = 0
    for block in blocks:
        letters = sum(map(str.isalpha, block))
        if letters < BLOCK_LETTERS:
            continue
        found, probability = classify(block)
        if probability >= MINIMUM_PROBABILITY:
            read += letters
            same += letters if found == code else 0
    return same / read if read else 1.0


def _locale_of(code: str, text: str) -> str:
    """The source-locale form of py3langid's `code`; Chinese with the script of `text`'s characters."""
    from l10n.ingest.fields import source_language

    if code == NO_LANGUAGE:
        return ""
    if code == "zh":
        return source_language(f"zh-{chinese_script(text)}")
    return source_language(code)


def chinese_script(text: str) -> str:
    """ "Hant" when more of `text`'s Han characters are Traditional forms (OpenCC's `t2s` rewrites
    them) than Simplified ones (`s2t` rewrites them), else "Hans".

    >>> chinese_script("醫師提醒健康為重，春節連假長達九天"), chinese_script("医师提醒健康为重，春节连假长达九天")
    ('Hant', 'Hans')
    """
    runs = _HAN_RUN.findall(text)
    if not runs:
        return "Hans"
    counts = [_rewritten(runs, _opencc(config)) for config in ("t2s", "s2t")]
    return "Hant" if counts[0] > counts[1] else "Hans"


@functools.cache
def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert


def _rewritten(runs: Sequence[str], convert: Callable[[str], str]) -> int:
    """How many characters of `runs` `convert` rewrites (a run it changes in length counts once).
    The runs go to OpenCC joined by line breaks, one call (OpenCC matches its phrases within a run
    of Han characters, never across a line break: each run comes back as converted alone, checked
    on the realworld pages); when no run changes in length the characters are compared in one pass."""
    joined = "\n".join(runs)
    converted_runs = convert(joined).split("\n")
    if list(map(len, converted_runs)) == list(map(len, runs)):
        return sum(map(str.__ne__, joined, "\n".join(converted_runs)))
    return _rewritten_each(runs, convert)


def _rewritten_each(runs: Sequence[str], convert: Callable[[str], str]) -> int:
    """`_rewritten` with `convert` called for each run (where a run changed in length)."""
    count = 0
    for run in runs:
        converted = convert(run)
        if len(converted) != len(run):
            count += converted != run
            continue
        count += sum(map(str.__ne__, run, converted))
    return count


def read_language(document: Document) -> None:
    """Ingest's one rule for an article's language from its text (see the module docstring). An
    article that states none is read in its text's language when the reading is `confident` and
    CLDR knows it (`Document.language_read`), else keeps the default with a warning naming the
    file when the likeliest language is another at `WARN_PROBABILITY` or more; one that states a
    language keeps it, with a warning when the text reads confidently as another of the same script.

    >>> from l10n.model import Block
    >>> page = Document([Block("paragraph", "Die Stadt hat am Montag die neue Brücke über den Rhein eröffnet, "
    ...     "nach drei Jahren Bauzeit und mit Kosten von 40 Millionen Euro.")], source_path="a.html", source_format="html")
    >>> read_language(page); page.source_locale, page.language_read
    ('de', True)
    """
    texts = list(prose_texts(document))
    if not any(text.strip() for text in texts):
        return
    if document.language_stated:
        _check_stated(document, texts)
        return
    reading = read_text(texts)
    default = document.source_locale
    path, how = document.source_path, HOW_TO_STATE.get(document.source_format, HOW_TO_STATE["txt"])
    if reading.confident and reading.language:
        document.source_locale, document.language_read, document.source_variant = reading.language, True, ""
        return
    if (
        _language(reading.code) == _language(default)
        or reading.probability < WARN_PROBABILITY
        or prose_foreign_script(texts, _scripts_of(default))
    ):  # the default's own language, or letters `extract` refuses anyway (`scripts.refuse_wrong_script`)
        return
    if reading.confident:
        what = f"the text reads as {reading.code}, a language CLDR has no locale for"
    else:
        what = (
            f"the text does not tell its language surely (too short, mixed or of close languages: likeliest "
            f"{reading.code} at {reading.probability:.2f}, {reading.share:.0%} of its blocks)"
        )
    warn(
        f"{path}: warning: no language stated and {what}; read as the project's source_locale; "
        f"{how}, or extract it with --lang <its language>"
    )


def _check_stated(document: Document, texts: Sequence[str]) -> None:
    stated = document.source_locale
    if stopword_share(texts, stated) >= STOPWORDS_AGREE:
        return  # its common words are the stated language's: not worth loading the model (asked first: most pages)
    if prose_foreign_script(texts, _scripts(stated)):
        return  # `scripts.refuse_wrong_script` refuses it with its script named
    reading = read_text(texts)
    if not reading.confident or not reading.language or _language(reading.language) == _language(stated):
        return
    how = HOW_TO_CORRECT.get(document.source_format, HOW_TO_STATE["txt"])
    warn(
        f"{document.source_path}: warning: the article states {stated} and its text reads as {reading.language} "
        f"({reading.probability:.2f}); read as {stated}; if it is {reading.language}, {how}, "
        f"or extract it with --lang {reading.language}"
    )


def stopword_share(texts: Sequence[str], language: str) -> float:
    """The share of the words of `texts` that are stopwords of `language` (jusText's list,
    `scripts.stoplist_name`); 0.0 when jusText has no list for it or there are no words.

    >>> stopword_share(["The mayor said that the bridge will open in the spring."], "en") > STOPWORDS_AGREE
    True
    >>> stopword_share(["El alcalde dijo que el puente abrirá en primavera."], "en") < STOPWORDS_AGREE
    True
    """
    from l10n.ingest.scripts import stoplist, stoplist_name

    name = stoplist_name(language)
    if not name:
        return 0.0
    words = re.findall(r"\w+", " ".join(texts).lower())
    if not words:
        return 0.0
    stopwords = stoplist(name)
    return sum(map(stopwords.__contains__, words)) / len(words)


def _language(code: str) -> str:
    """The language subtag of `code`, Norwegian's macrolanguage `no` as Bokmål (`FOLDED`)."""
    from l10n.locales import language_of

    language = language_of(code)
    return FOLDED.get(language, language) if language == "no" else language


def _scripts(language: str) -> frozenset[str]:
    from l10n.writing_systems import scripts_written

    return scripts_written(language)


def _scripts_of(language: str) -> frozenset[str]:
    from l10n.writing_systems import scripts_of

    return scripts_of(language)
