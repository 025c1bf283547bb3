"""How to cut a call's inputs into CTranslate2 batches: what a batch costs, and what outputs cost.

A batch's work has two parts. The encoder's is its padded input (inputs × longest input, the
measure of CTranslate2's `batch_type="tokens"`). The decoder's is its sentences × the steps their
outputs run, and that part is not linear in memory: every step allocates each row's grown
key/value cache afresh (beam search also reorders it), and large freed blocks go back to the
kernel, so the next step takes them again as zeroed pages — page faults, system time. Cutting by
input tokens alone, as CTranslate2 does, cannot see it: short inputs whose outputs run far beyond
them end up 40+ to a batch. Measured in fresh processes (`getrusage`, a transformer-base of
`bench/models.py`, 60 real sentences whose outputs all run to a 128-piece cap, 2 translators):
CTranslate2's own cuts at beam 4 spend 12.2 s user and 17.6 s system (8.5 M minor faults);
batches of 16 sentences 14.2 s user and 5.6 s system. Greedy, a 46-sentence batch took 1.4 s
system against 0.25 s for 16–17-sentence batches, user 3.6 against 4.2–4.35 s. Outputs that end
at their input's length never reach the budget: input tokens decide, as before.

So a batch is held within two budgets: `max_tokens` padded input tokens, and `DECODE_BUDGET`
sentences × expected output pieces. Expected output pieces come from what the model decoded
(`OutputLengths`): the share of outputs that ran to the cap, and, for the others, output pieces
per input piece. Until a model has shown one batch, its outputs are assumed to run to the cap
(the costly case; `ArgosEngine` then cuts the rest of the call from what the first batch decoded).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

DECODE_BUDGET = 2048
"""Sentences × expected output pieces per batch: 16 sentences at a 128-piece cap (the measurements
above), ~80 sentences of realistic length (where `max_tokens` decides first)."""


@dataclass
class OutputLengths:
    """What one model's outputs have cost so far: learnt from each batch it decoded."""

    capped: int = 0  # outputs that ran to the cap
    ended: int = 0  # outputs that ended before it ...
    ended_input: int = 0  # ... their input pieces
    ended_output: int = 0  # ... and their output pieces

    @property
    def learnt(self) -> bool:
        return self.capped + self.ended > 0

    def observe(self, input_pieces: int, output_pieces: int, *, cap: int) -> None:
        """Record one decoded output (`output_pieces` ≥ `cap` means it was cut by the cap)."""
        if output_pieces >= cap:
            self.capped += 1
        else:
            self.ended += 1
            self.ended_input += max(1, input_pieces)
            self.ended_output += output_pieces

    def expected(self, input_pieces: int, *, cap: int) -> int:
        """Expected decoding steps for an input of `input_pieces`: the share of capped outputs runs
        `cap` steps, the rest as many as the learnt pieces-per-input-piece say (never past `cap`).
        Non-decreasing in `input_pieces`, as `balanced_batches` needs.

        >>> OutputLengths().expected(20, cap=128)
        128
        >>> lengths = OutputLengths()
        >>> for pieces in (10, 30):
        ...     lengths.observe(pieces, pieces * 2, cap=128)
        >>> lengths.expected(20, cap=128), lengths.expected(100, cap=128)
        (41, 128)
        >>> lengths.observe(5, 128, cap=128)
        >>> lengths.expected(20, cap=128)
        70
        """
        if not self.learnt:
            return cap
        share = self.capped / (self.capped + self.ended)
        ratio = self.ended_output / self.ended_input if self.ended else 1.0
        ended = min(cap, ratio * max(1, input_pieces) + 1)
        return max(1, math.ceil(share * cap + (1 - share) * ended))


def balanced_batches(
    lengths: Sequence[int],
    *,
    max_tokens: int,
    workers: int,
    steps: Sequence[int] | None = None,
    budget: int | None = None,
) -> list[list[int]]:
    """Indices of `lengths` (tokens per input) cut into batches for `workers` parallel translators.

    Why not CTranslate2's own `max_batch_size` with `batch_type="tokens"`: it cuts greedily by
    input tokens only, so a call can end with a short batch while the other workers idle, and a
    batch of many short inputs whose outputs run long costs far more than its tokens say (module
    docstring). Here the inputs are sorted by length (little padding, as CTranslate2 does); each
    input weighs the larger of its share of `max_tokens` and, when `steps` (expected output pieces
    per input, non-decreasing in length) is given, its steps' share of `budget` (`DECODE_BUDGET`
    when None); a batch weighs its input count × its heaviest input. The batch count is the total weight rounded up
    to a multiple of `workers`, and the cuts minimise the heaviest batch, so the workers finish
    together. Longest inputs first.

    >>> balanced_batches([5, 1, 9, 3, 7, 2], max_tokens=16, workers=2)
    [[2, 4], [0, 3, 5, 1]]
    >>> balanced_batches([4, 4, 4], max_tokens=1024, workers=2)
    [[0, 1], [2]]
    >>> balanced_batches([20] * 8, max_tokens=1024, workers=2, steps=[128] * 8, budget=256)
    [[0, 1], [2, 3], [4, 5], [6, 7]]
    >>> balanced_batches([], max_tokens=1024, workers=2)
    []
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i], reverse=True)
    if not order:
        return []
    max_tokens, budget, workers = max(1, max_tokens), max(1, budget or DECODE_BUDGET), max(1, workers)
    # Integer weights on one scale: tokens × budget against steps × max_tokens.
    sizes = [max(1, lengths[i]) * budget for i in order]
    if steps is not None:
        sizes = [max(size, max(1, steps[i]) * max_tokens) for size, i in zip(sizes, order)]
        for heavier, lighter in zip(sizes, sizes[1:]):
            if lighter > heavier:
                raise ValueError("balanced_batches: steps must not decrease as inputs get shorter")

    def cut(largest: int) -> list[list[int]]:
        batches, start = [], 0
        while start < len(order):
            end = start + 1  # sizes descend: the batch's first input is its heaviest
            while end < len(order) and sizes[start] * (end + 1 - start) <= largest:
                end += 1
            batches.append(order[start:end])
            start = end
        return batches

    count = -(-sum(sizes) // (max_tokens * budget))
    count = min(len(order), -(-count // workers) * workers)
    low, high = sizes[0], sizes[0] * len(order)  # `high` always fits in one batch
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if len(cut(middle)) <= count else (middle + 1, high)
    return cut(low)
