"""Numbers that stay text in news copy, whatever pattern they would match: the house rules.

Each function returns the spans of one kind of protected text in a sentence; the detector drops
every value candidate that overlaps one (`l10n.placeables.detect`). One rule each, the same in
every locale, because none of these has a CLDR form a reader would recognise:

- Scores, results and vote counts are not ranges: "Man City 0-2 Man Utd", "7-5 5-7 6-4", "won
  3-1", "a 6-3 ruling", "45 points to 24". They stay as written; all target locales write Latin
  digits here (CLDR's default numbering system for ar is `latn` too).
- Numbers that label rather than count: "category 3", "round 2", "number 27", "No. 11", "gate 5",
  "issue 43684" (not before a unit, a scale or currency word, and never a grouped or decimal
  number: "a section 100 feet wide" measures, "to issue 2.5 billion euros" or "1,200 shares" counts).
- A zone's offset written alone: "(UTC+11)"; after a time it belongs to the time ("18:59 UTC+8").
- Emergency numbers after a verb of calling: "phoned 911".
- Durations in video or audio context, written like a clock: "the 03:29 clip" (a clock would get
  a.m./p.m. or 午前 in some locales).
- Weekday names inside the name of a day: "Super Tuesday", "Black Friday".
- Web and email addresses (`l10n.urls.address_spans`): their digits are part of the address
  ("trackback.jsp?no=67926&aid=6950016" written "no=67.926" in German is a broken link; reader9).
- A dotted number that is all its unit says, a parenthesis aside: a table cell "1.22" or "1.26
  (Target)" under a column of releases (Kubernetes' CSI migration table, values15). Without a word
  around it, nothing tells a version from a decimal, and a version localised ("1,22", "١٫٢٢") is a
  wrong value where one left as written is not. A grouped or whole number ("1,200", "50"), or one
  with a sign, unit or percent ("$1.25", "2.5%") is still a value.
- A whole number glued to "m" in a sentence about CPUs: Kubernetes' millicores ("a CPU request of
  500m", the docs' LimitRange task page, values15: "500 Meter" in German). Elsewhere a glued "m"
  stays metres or millions (`patterns`: "the 100m final", "3.5m from investors").
- A code in brackets right after a name: an ungrouped whole number of five or more digits, first
  in its brackets and alone there or before a comma or a market suffix, after a Han letter or a
  capitalised word: stock codes ("重庆啤酒(600132，收盘价72.95元)", ce.cn: "600.132" in German,
  while "燕京啤酒(000729，…)" with its leading zero was already text), "新一网（08008.HK）", a post
  code ("Mions (69780)"), a story number ("Davis Cup Finals (4782678)"). In the corpus every
  number of that shape was a code (chain46); a count written so stays as written, never wrong.
- Template actions a page's own site expands: `{{image "10years/gopher.jpg" 850}}` (Go's
  blog, Hugo shortcodes, Liquid's `{% … %}`): their numbers are arguments, "٨٥٠" in the Arabic
  edition broke the Go blog's image (values14).
"""

from __future__ import annotations

import functools
import re

from l10n.placeables.patterns import alternation
from l10n.placeables.vocabulary import CURRENCY_WORDS, SCALE_WORDS, UNITS, WEEKDAYS
from l10n.urls import address_spans

_SCORE_CUES = (
    "won|win|wins|winning|beat|beats|beating|defeat|defeated|defeats|lost|lose|loses|losing|loss|draw|drew|"
    "drawn|victory|victories|score|scored|scores|scoreline|lead|led|leads|leading|trail|trailed|trailing|"
    "vote|votes|voted|voting|ballot|ruling|ruled|decision|verdict|margin|majority|record|series|set|sets|"
    "tie|tied|final|aggregate|half-time|halftime|match|game|fixture|innings|thrashed|edged|routed|clinched|"
    "hammered|comeback|upset|triumph|rout"
)
LABEL_WORDS = frozenset(
    "category round level stage phase grade tier flight route chapter article section platform gate "
    "terminal exit number no. nos. seed matchday episode season volume vol. page room runway highway "
    "interstate district ward region division group heat lap hole pick "
    "issue bug ticket port line step item figure table question".split()
)
"""Words after which a number labels rather than counts ("category 3"), in any case."""
_NAMED_DAYS = "Super|Black|Good|Ash|Cyber|Easter|Palm|Bloody|Holy|Maundy|Shrove|Giving|Blue|Mad|Fat"
_MEDIA_CUES = (
    r"\b(?:video|videos|clip|clips|footage|film|song|track|trailer|duration|runtime|livestream|"
    r"recording|podcast|episode|audio|watch|YouTube)\b"
)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    units = alternation(UNITS)
    amounts = alternation([*SCALE_WORDS, *CURRENCY_WORDS])
    pair = r"(?<![\w.,:/])\d{1,3}\s?[-–]\s?\d{1,3}(?![\w.,:/]|\s?%)"
    return {
        "pair": re.compile(pair + rf"(?!\s?(?:percent|per cent|{units})\b)"),
        "digit": re.compile(r"\d"),
        "points_to": re.compile(
            r"\b\d{1,3}\s(?:points?|goals?|runs?|games?|sets?|votes?|seats?|wickets?)\sto\s\d{1,3}\b"
        ),
        "cue": re.compile(rf"\b(?:{_SCORE_CUES})\b", re.IGNORECASE),
        "team_sides": re.compile(r"[A-Z][\w.'’-]*\s$"),
        "team_after": re.compile(r"^\s[A-Z]"),
        "label": re.compile(  # not "to issue 45-day certificates", "issue 2.5 billion euros", "issue 1,200 shares"
            rf"(?<![\w.])([A-Za-z]+\.?)\s\d+(?![.,]\d)[A-Za-z]?\b(?![-–][A-Za-z])"
            rf"(?!\s?(?:{units}|percent|per cent|%)(?!\w))(?!\s(?:{amounts})(?!\w))"
        ),
        "zone_offset": re.compile(
            r"(?<!\d\s)(?<![ap]m\s)(?<!\.m\.\s)(?<![AP]M\s)(?<![A-Z]\s)\b(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\b"
        ),
        "emergency": re.compile(
            r"\b(?:phoned|phone|called|call|calling|dial|dialed|dialled|dialing|dialling|rang|ring)\s"
            r"(?:the\s)?(?:911|999|112|000|111|119|110|101)\b",
            re.IGNORECASE,
        ),
        "lone_decimal": re.compile(r"[\s*_~(\[]*(\d+\.\d+)[\s*_~)\].,;:!?]*(?:\([^()]*\)[\s.]*)?"),
        "cpu": re.compile(r"\b(?:v?CPUs?|cores?|millicores?|millicpus?)\b", re.IGNORECASE),
        "milli": re.compile(r"(?<![^\s(\[“\"'])\d+m(?![\w²/]|[.,]\d)"),  # not "$500m", "3.5m"
        "template": re.compile(r"\{\{.*?\}\}|\{%.*?%\}"),
        "bracketed_code": re.compile(r"[(（](\d{5,})(?=[)）,，;；]|\.[A-Z]{2,4}\b)"),
        "name_before": re.compile(r"(?:[\u3400-\u9fff\uf900-\ufaff]|\b[A-Z][\w'’.&-]*\s)\Z"),
        "emergency_number": re.compile(r"911|999|112|000|111|119|110|101"),
        "named_day": re.compile(rf"\b(?:{_NAMED_DAYS})\s(?:{'|'.join(WEEKDAYS)})\b"),
        "media": re.compile(_MEDIA_CUES, re.IGNORECASE),
        "clock_duration": re.compile(
            r"(?<![\d:.])(?:(?P<lead>0)\d|[1-9]\d?):[0-5]\d(?![\d:])(?!\s?(?:[ap]\.?m\b|[AP]\.?M\b|[ap]\.m\.))"
        ),
    }


def protected_spans(sentence: str) -> list[tuple[int, int]]:
    """Every span of `sentence` that must stay text (see the module docstring).

    >>> sentence = "City won 3-1 in round 2, days after a 0-0 draw."
    >>> [sentence[a:b] for a, b in protected_spans(sentence)]
    ['round 2', '3-1', '0-0']
    """
    patterns = _patterns()
    spans = []
    if "day" in sentence:
        spans += [match.span() for match in patterns["named_day"].finditer(sentence)]
    if not patterns["digit"].search(sentence):
        return spans
    spans += address_spans(sentence)
    if lone := patterns["lone_decimal"].fullmatch(sentence):
        spans.append(lone.span(1))
    if "{{" in sentence or "{%" in sentence:
        spans += [match.span() for match in patterns["template"].finditer(sentence)]
    if "m" in sentence and patterns["cpu"].search(sentence):
        spans += [match.span() for match in patterns["milli"].finditer(sentence)]
    spans += [match.span() for match in patterns["points_to"].finditer(sentence)]
    if "UTC" in sentence or "GMT" in sentence:
        spans += [match.span() for match in patterns["zone_offset"].finditer(sentence)]
    spans += [match.span() for match in patterns["label"].finditer(sentence) if _labels(match, sentence)]
    if patterns["emergency_number"].search(sentence):
        spans += [match.span() for match in patterns["emergency"].finditer(sentence)]
    if "-" in sentence or "–" in sentence:
        spans += _score_pairs(sentence)
    if ":" in sentence:
        spans += _media_durations(sentence)
    if "(" in sentence or "（" in sentence:
        spans += _bracketed_codes(sentence)
    return spans


_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not)\s+\Z", re.IGNORECASE
)
"""Words before which "issue" is a verb ("will issue 500 permits"): the number counts."""


def _labels(match: re.Match[str], sentence: str) -> bool:
    """Whether a word and number (`label`) are a label: a label word, and "issue" only as a noun."""
    word = match[1].lower()
    if word not in LABEL_WORDS:
        return False
    return word != "issue" or _VERB_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) is None


def _score_pairs(sentence: str) -> list[tuple[int, int]]:
    """Digit pairs joined by a dash that read as a score, result or vote count."""
    patterns = _patterns()
    pairs = [match.span() for match in patterns["pair"].finditer(sentence)]
    found = []
    for start, end in pairs:
        before, after = sentence[max(0, start - 40) : start], sentence[end : end + 30]
        in_a_row = any(
            other != (start, end) and (0 <= start - other[1] <= 2 or 0 <= other[0] - end <= 2) for other in pairs
        )
        cue = patterns["cue"].search(" ".join(before.split()[-4:]) + " " + " ".join(after.split()[:3]))
        between_teams = patterns["team_sides"].search(before) is not None and patterns["team_after"].match(after)
        if in_a_row or cue or between_teams:
            found.append((start, end))
    return found


def _bracketed_codes(sentence: str) -> list[tuple[int, int]]:
    """A stock, post or story code in brackets right after a name (a Han letter, or a capitalised
    word and a space): "重庆啤酒(600132，收盘价72.95元)", "Mions (69780)"; not "The crowd (45000)".

    >>> sentence = "甩卖重庆啤酒(600132，收盘价72.95元)，新一网（08008.HK）和 Mions (69780)"
    >>> [sentence[a:b] for a, b in _bracketed_codes(sentence)]
    ['600132', '08008', '69780']
    """
    patterns = _patterns()
    return [
        match.span(1)
        for match in patterns["bracketed_code"].finditer(sentence)
        if patterns["name_before"].search(sentence, max(0, match.start() - 40), match.start())
    ]


def _media_durations(sentence: str) -> list[tuple[int, int]]:
    """ "03:29" or "(3:29)" in a sentence about a video or a recording: a length, not a clock time."""
    patterns = _patterns()
    if not patterns["media"].search(sentence):
        return []
    found = []
    for match in patterns["clock_duration"].finditer(sentence):
        start, end = match.span()
        minutes = int(match.group(0).split(":")[0])
        bracketed = sentence[start - 1 : start] == "(" and sentence[end : end + 1] == ")"
        if match["lead"] or minutes > 23 or bracketed or re.match(r"\s(?:long|minutes?|mins?)\b", sentence[end:]):
            found.append((start, end))
    return found
