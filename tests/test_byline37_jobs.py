"""A trade's job or team after the writers and a comma is their role, not one more writer (blind7's leftover).

blind7 (`tests/test_blind7_chain.py`) read "Bryan Willey and Clementine Hahn, Product Managers" as three
writers and "Anne-Marie Mulumba, Design Research" as two: `byline.ROLE_WORDS` knows newsroom jobs only.
`byline.JOB_WORDS` names other trades' jobs and teams, read only after a name, so a co-writer stays one.
"""

from __future__ import annotations

import pytest

from l10n.ingest.byline import reduce_byline


@pytest.mark.parametrize(
    ("printed", "names", "role"),
    [
        ("Bryan Willey and Clementine Hahn, Product Managers", ["Bryan Willey", "Clementine Hahn"], "Product Managers"),
        ("Anne-Marie Mulumba, Design Research", ["Anne-Marie Mulumba"], "Design Research"),
        ("Ann Lee and Bo Chen, Research Scientists", ["Ann Lee", "Bo Chen"], "Research Scientists"),
        ("By Ann Lee, Director of Communications", ["Ann Lee"], "Director of Communications"),
    ],
)
def test_a_job_after_the_names_is_their_role(printed: str, names: list[str], role: str) -> None:
    byline = reduce_byline(printed)
    assert (byline.names, byline.role) == (names, role)


@pytest.mark.parametrize(
    ("printed", "names"),
    [
        ("Ann Lee, Bo Chen and Li Wei", ["Ann Lee", "Bo Chen", "Li Wei"]),
        ("Ann Lee, Edith Head", ["Ann Lee", "Edith Head"]),  # a surname that is a job's word elsewhere
        ("Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ],
)
def test_co_writers_stay_writers(printed: str, names: list[str]) -> None:
    assert reduce_byline(printed).names == names


def test_a_job_alone_is_no_role_line_of_its_own() -> None:
    # the job words are read only after a name: a credit of them alone names no one and gives no role
    assert reduce_byline("Product Managers").role == ""
