"""Byline lines printed apart from the names: the label alone ("By", "Article by"), how much of
a line its label takes, and a job title on its own line ("Tribune Staff Reporter"). `page.py`,
`page_authors.py` and `datelines.py` ask these of a page's lines; `byline.py` takes a byline
apart (these moved here from it, holdout10, to keep it under the house's module size).
"""

from __future__ import annotations

from l10n.ingest.byline import BYLINE_LABEL, MAX_ROLE_LINE_WORDS, ROLE_WORDS, WRITING_JOBS
from l10n.ingest.fields import normalise_space


def label_length(text: str) -> int:
    """How many characters of `text` its byline label takes ("Un texte de " → 12), 0 for none."""
    found = BYLINE_LABEL.match(text)
    return found.end() if found else 0


def is_label_only(text: str) -> bool:
    """A byline's label printed apart from the name ("By", "Article by", "Author:").

    >>> is_label_only(" Article by "), is_label_only("By Ann Lee")
    (True, False)
    """
    text = normalise_space(text)
    return bool(text) and BYLINE_LABEL.sub("", text) == ""


def is_role_line(text: str) -> bool:
    """A byline's job title printed apart from the name ("Tribune Staff Reporter", "Staff
    Writer"): role words, at most one capitalised word before them (the paper's name), and a
    word that names a writing job.

    >>> is_role_line("Tribune Staff Reporter"), is_role_line("Staff Writer"), is_role_line("Health")
    (True, True, False)
    >>> is_role_line("Reporter Ann Lee"), is_role_line("The reporter said so.")
    (False, False)
    """
    words = normalise_space(text).rstrip(".").split()
    roles = [word for word in words if word.lower() in ROLE_WORDS]
    others = [word for word in words if word.lower() not in ROLE_WORDS]
    return (
        1 < len(words) <= MAX_ROLE_LINE_WORDS
        and len(others) <= 1
        and all(word[:1].isupper() for word in words)
        and (not others or words[0] == others[0])
        and any(word.lower() in WRITING_JOBS for word in roles)
    )
