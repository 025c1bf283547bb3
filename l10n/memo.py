"""Per-process memos of formatted texts, each with a bound.

A cold site formats the same few values and labels hundreds of thousands of times, so
`assemble` and `publish` keep each text once per process. Their keys can come from hostile
input (a manifest, a catalog), so no memo may grow without limit: at its bound it is emptied
and refilled (the texts are cheap to make again; a run of real articles never reaches it).
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(memo: dict[K, V], key: K, value: V, *, limit: int) -> V:
    """`memo[key] = value`, the memo emptied first when it already holds `limit` entries.

    >>> memo: dict[int, str] = {}
    >>> [remember(memo, n, str(n), limit=2) for n in range(3)], memo
    (['0', '1', '2'], {2: '2'})
    """
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value
