"""py3langid's reading of an article's text and its blocks, one walk of their bytes (pagespeed50, issue 14).

py3langid counts a text's features by walking its UTF-8 bytes through a byte automaton in Python, one
step a byte (`langid.visit_counts`), then scores the counts (`_sparse_score`). `text_language.read_text`
asks it of an article's first 4,000 characters whole and again of each of its blocks, so each byte was
walked twice, ~0.25 µs a byte: most of the reading's cost (0.6 of 1.0 s CPU over the 740 realworld pages).

The automaton forgets: after any `SYNCHRONISING_BYTES` bytes it is in the state those bytes alone lead to
from its start, whatever state it was in (checked for every state of py3langid 0.4.0's model by
`tests/test_pagespeed50.py`). So the state after each byte of a text is the state its last six bytes
lead to from the start, which numpy computes for every byte at once (a table of the states two bytes lead
to, then four steps); a block's states past its first five bytes are those of the same bytes in the
blocks joined by line breaks, and its first five are walked from the start. Each text's features are
counted and ordered by their first place, as `visit_counts`' `Counter` holds them, so the scores are
py3langid's to the bit (the float32 sum is taken in that order), and `rank` is py3langid's own. The
rows of the model's float16 weights a page's texts use are cast to float32 once a page, not once a text,
and `likeliest` answers `text_language.classify` without ranking every language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from py3langid.langid import LanguageIdentifier

SYNCHRONISING_BYTES = 6
"""After this many bytes py3langid 0.4.0's automaton is in the state they lead to from its start, from
any state (`tests/test_pagespeed50.py` follows every pair of states six steps; after five 198 pairs
still differ)."""
_FEATURE_BITS = 17  # the model's 100,053 features
_PLACE_BITS = 24  # a place in the joined bytes (16 MB; an article is read to 4,000 characters)


class WalkingIdentifier(LanguageIdentifier):
    """py3langid's identifier whose feature counts are taken by one numpy walk (`prepare`), not a
    Python step a byte; `rank` and `classify` are py3langid's, given the same counts."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._next = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")  # no copy (39 MB)
        self._rows = np.asarray(self._rowbase, dtype=np.int32)
        self._output = np.asarray(self.tk_output, dtype=np.int32)
        first = self._next[self._rows[0] + np.arange(256, dtype=np.int32)]
        self._two = self._next[(self._rows[first][:, None] + np.arange(256, dtype=np.int32)).ravel()]
        self._counted: dict[bytes, _Counts | None] = {}
        self._folded: dict[tuple[tuple[str, str], ...], tuple[np.ndarray, list[tuple[str, list[int]]]]] = {}

    def prepare(self, texts: Sequence[str]) -> None:
        """Count the features of each of `texts` and of all of them joined by line breaks (as `rank`
        encodes each: `_encode`) by one walk; `rank` then takes them from here, until the next call."""
        encoded = [self._encode(text) for text in texts]
        joined = b"\n".join(encoded)
        if len(joined) >= 1 << _PLACE_BITS or len(encoded) >= 1 << (63 - _FEATURE_BITS - _PLACE_BITS):
            self._counted = {}
            return
        states = self._states(joined)
        whole = _in_first_order(self._output[states], self.nb_ptc)
        starts = np.cumsum([0] + [len(text) + 1 for text in encoded[:-1]])
        for text, start in zip(encoded, starts.tolist(), strict=True):  # each text's first bytes from the start
            state = 0
            for place in range(min(SYNCHRONISING_BYTES - 1, len(text))):
                state = self.tk_nextmove[self._rowbase[state] + text[place]]
                states[start + place] = state
        features = self._output[states].astype(np.int64)
        text_of = np.repeat(np.arange(len(encoded), dtype=np.int64), [len(text) + 1 for text in encoded])[: len(joined)]
        keep = features >= 0
        keep[starts[1:] - 1] = False  # the line breaks between texts are none of theirs
        places = np.flatnonzero(keep)
        keys = (text_of[places] << (_FEATURE_BITS + _PLACE_BITS)) | (features[places] << _PLACE_BITS) | places
        feature, count, first = _groups(keys, _PLACE_BITS)
        order = np.argsort(first, kind="stable")  # by first place: by text, then as `Counter` holds them
        feature, count, owner = feature[order], count[order], text_of[first[order]]
        bounds = np.searchsorted(owner, np.arange(len(encoded) + 1)).tolist()
        # the model's rows these texts use, as float32 once (each score casts its float16 rows: 2/3 of its cost)
        whole_size = 0 if whole is None else len(whole[1])
        used, rows = np.unique(feature if whole is None else np.concatenate([whole[1], feature]), return_inverse=True)
        table = self.nb_ptc[used].astype(np.float32)  # (numpy 2.4's `unique` without the inverse took 5× as long)
        self._counted = {joined: None if whole is None else (table, rows[:whole_size], whole[2])}
        rows = rows[whole_size:]
        for index, text in enumerate(encoded):
            low, high = bounds[index], bounds[index + 1]
            self._counted[text] = (table, rows[low:high], count[low:high]) if high > low else None

    def likeliest(self, text: str, folded: Mapping[str, str]) -> tuple[str, float]:
        """The likeliest language of `text` and its probability, each language of `folded` (py3langid's
        code → the language it is counted as) counted as that one, its probability theirs summed: what
        summing `rank(text)`'s probabilities by language in `rank`'s order and taking the first largest
        gives (`text_language.classify`), without ranking all 140 languages: the likeliest language
        `folded` names not is its likeliest column (the first of equals), and each sum is taken in
        `rank`'s order (probability down, then column), the order the tie goes by."""
        scores = self._decide(text)
        single, groups = self._languages(tuple(folded.items()))
        column = single[int(scores[single].argmax())]  # argmax: the first of equals, as `rank`'s stable sort
        probability = float(scores[column])
        best = (-probability, -probability, column, self.nb_classes[column])
        for language, members in groups:
            ranked = sorted((-float(scores[member]), member) for member in members)
            summed = 0.0
            for minus, _ in ranked:
                summed -= minus
            best = min(best, (-summed, *ranked[0], language))
        return best[3], -best[0]

    def _languages(self, folded: tuple[tuple[str, str], ...]) -> tuple[np.ndarray, list[tuple[str, list[int]]]]:
        """`rank`'s columns (each label's first) of the languages `folded` names not, in order, and of
        each language it does, the columns counted as it; made once a process for each `folded`."""
        if folded not in self._folded:
            first: dict[str, int] = {}
            for column, label in enumerate(self.nb_classes):
                first.setdefault(label, column)
            renamed = dict(folded)
            groups: dict[str, list[int]] = {}
            for label, column in first.items():
                groups.setdefault(renamed.get(label, label), []).append(column)
            alone = {language: columns for language, columns in groups.items() if [first.get(language)] == columns}
            self._folded[folded] = (
                np.asarray(sorted(columns[0] for columns in alone.values()), dtype=np.intp),
                [(language, columns) for language, columns in groups.items() if language not in alone],
            )
        return self._folded[folded]

    def _states(self, data: bytes) -> np.ndarray:
        """The automaton's state after each byte of `data` walked from its start."""
        size, reach = len(data), SYNCHRONISING_BYTES
        states = np.empty(size, dtype=np.int32)
        if size >= reach:
            late = np.frombuffer(data, dtype=np.uint8).astype(np.int32)
            last = size - reach + 1
            walked = self._two[(late[:last] << 8) | late[1 : last + 1]]
            for step in range(2, reach):
                walked = self._next[self._rows[walked] + late[step : last + step]]
            states[reach - 1 :] = walked
        state = 0
        for place in range(min(reach - 1, size)):
            state = self.tk_nextmove[self._rowbase[state] + data[place]]
            states[place] = state
        return states

    def _raw_score(self, text: bytes) -> Any:
        if text in self._counted:
            counted = self._counted[text]
        elif len(text) >= 1 << _PLACE_BITS:  # a place would run into the feature's bits: py3langid's own walk
            return super()._raw_score(text)
        else:
            counted = _in_first_order(self._output[self._states(text)], self.nb_ptc)
        if counted is None:
            return super()._raw_score(b"")  # no features: py3langid's own answer
        table, rows, count = counted
        return np.log1p(count.astype(np.float32)) @ table[rows] + self.nb_pc


_Counts = tuple[np.ndarray, np.ndarray, np.ndarray]
"""A text's features as rows of a table of the model's feature weights (`nb_ptc` or some of its rows)
and how often each is met, in the order of their first place."""


def _in_first_order(features: np.ndarray, table: np.ndarray) -> _Counts | None:
    """The features of one text (`features`: the output of each byte's state, `-1` none) as rows of
    `table` (the model's `nb_ptc`) and their counts, in the order of their first place."""
    places = np.flatnonzero(features >= 0)
    if not len(places):
        return None
    keys = (features[places].astype(np.int64) << _PLACE_BITS) | places
    feature, count, first = _groups(keys, _PLACE_BITS)
    order = np.argsort(first, kind="stable")
    return table, feature[order].astype(np.intp), count[order]


def _groups(keys: np.ndarray, place_bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of `keys` (what is counted, above `place_bits`, and a place), each distinct thing counted: its
    feature (the bits just above the place), its count and its first place."""
    keys = np.sort(keys)
    counted = keys >> place_bits
    starts = np.flatnonzero(np.diff(counted, prepend=-1))
    count = np.diff(starts, append=len(keys))
    return counted[starts] & ((1 << _FEATURE_BITS) - 1), count, keys[starts] & ((1 << place_bits) - 1)
