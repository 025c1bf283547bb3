"""Whether a line is a byline: the shape every reader checks before it takes a line apart.

A byline is short, opens with its label ("By", "Von", "Written by:", "作者：") and names people:
each name `byline.reduce_byline` takes from it is two or more capitalised words. A story's first
sentence may open the same way ("By Monday, officials had counted 40 dead.", "From Monday,
ferries …"); its words after the label are no names, and it ends like a sentence. The plain-text,
Markdown and Word readers ask `is_byline_paragraph`; a web page, whose bylines run into dates,
desks and buttons, asks `is_page_by_line` / `is_labelled_byline`, which refuse only a sentence.
"""

from __future__ import annotations

import re

from l10n.ingest.byline import BYLINE_LABEL, is_picture_label, looks_like_name, reduce_byline
from l10n.ingest.byline_cjk import is_cjk_byline

_BY_LINE = re.compile(r"^(?i:by)\s+[A-Z\u00c0-\uffff]")  # a name follows, capitalised: "By clicking…" is no byline
MAX_BY_LINE_WORDS = 15  # "By" + names + a date and time
SENTENCE_END = (".", ",", ";", ":", "!", "?")  # what a byline line never ends with


def is_byline_paragraph(text: str) -> bool:
    """A paragraph of an article that is its "By …" line (`is_by_line`) naming people
    (`names_people`); the story's first sentence is not one. `text` is read without note marks
    ("By Ann Lee¹" names Ann Lee, not "Ann Lee1").

    >>> is_byline_paragraph("By Ann Lee and Bo Chen"), is_byline_paragraph("By Amanda Tan November 19, 2023")
    (True, True)
    >>> is_byline_paragraph("By Monday, officials had counted 40 dead."), is_byline_paragraph("By Monday, 40 dead")
    (False, False)
    """
    return is_by_line(text) and names_people(text)


def is_page_by_line(text: str) -> bool:
    """A "By …" line of a web page that may be its byline: any but a sentence, one that ends like
    a sentence and names no one ("By July 2001, BackRub had been renamed Google and was doing
    really well."). Pages run bylines into dates, desks and buttons ("By HNN Staff Published 4h",
    "By Carrie ArnoldNovember 15, 2019", "By Staff Reports -"), which `is_byline_paragraph`, the
    rule for an article file's own paragraph, would refuse.

    >>> is_page_by_line("By Carrie ArnoldNovember 15, 2019"), is_page_by_line("By Perry Bacon Jr.")
    (True, True)
    >>> is_page_by_line("By Monday, officials had counted 40 dead.")
    False
    """
    return is_by_line(text) and (not text.endswith(SENTENCE_END) or names_writers(text))


def names_people(text: str) -> bool:
    """A byline's shape after its label: no sentence punctuation at its end, and names of people
    (`names_writers`), not a lead's "By Monday, officials had counted 40 dead."."""
    return not text.endswith(SENTENCE_END) and names_writers(text)


def names_writers(text: str) -> bool:
    """Every name `reduce_byline` takes from `text` is two or more capitalised words: a byline's
    names, not a sentence's words after its label ("By Monday, officials …" yields "Monday")."""
    names = reduce_byline(text).names
    return bool(names) and all(len(name.split()) > 1 and looks_like_name(name) for name in names)


def is_by_line(text: str, *, max_words: int = MAX_BY_LINE_WORDS) -> bool:
    """ "By Amanda Tan November 19, 2023 7:18 pm": a line starting "By" and a letter, at most
    `max_words` long (`reduce_byline` takes apart whatever follows the names). Only the label
    and the length: `is_byline_paragraph` also asks for names.

    >>> is_by_line("By Amanda Tan November 19, 2023"), is_by_line("Bystanders fled")
    (True, False)
    """
    return bool(_BY_LINE.match(text)) and len(text.split()) <= max_words


def is_labelled_byline(text: str) -> bool:
    """A byline under any of the labels `reduce_byline` knows ("Von Volkmar Kabisch, Jan Lukas
    Strozyk und Benedikt Strunz, NDR", "Written by: Julie Mollins", "Por Ana Pérez"), not only
    "By …": short, and every name it yields is two or more capitalised words, so a sentence that
    merely opens with the word ("Von Beginn an …", "From Monday, ferries …") is none.

    >>> is_labelled_byline("Written by: Julie Mollins"), is_labelled_byline("Von Beginn an war das klar.")
    (True, False)
    >>> is_labelled_byline("From Monday, ferries to the islands resume.")
    False
    >>> is_labelled_byline("By Monday, officials had counted 40 dead.")
    False
    """
    if is_page_by_line(text) or is_cjk_byline(text):
        return True
    if (
        not BYLINE_LABEL.match(text)
        or len(text.split(maxsplit=MAX_BY_LINE_WORDS)) > MAX_BY_LINE_WORDS
        or is_picture_label(text)
    ):
        return False
    return names_writers(text)
