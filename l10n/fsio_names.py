"""Names of the hidden files made beside a file (`fsio`'s temp files `.<name>.<pid>-<n>.tmp`,
`fsio_locks`' `.<name>.lock`), kept within the folder's longest name (`NAME_MAX`).

A target's own name may be up to `NAME_MAX` bytes (255 on ext4, xfs, btrfs, tmpfs: a long
headline's slug, or 85 characters of a Chinese or Arabic title at 3 bytes each); a hidden name
made of all of it and a suffix passed the limit, and the write of a legal name failed with
ENAMETOOLONG. A name that would pass is made of the longest prefix of the target's name that
fits, cut at a character boundary, `~`, and 8 hex digits of BLAKE2b of the whole name, so two
long names that share a prefix still get two lock files (a temp name is unique by its pid and
counter anyway).
"""

from __future__ import annotations

import os

_CUT_MARK = "~"
_HASH_DIGITS = 8
_COMMON_NAME_MAX = 255
_SURE_FIT_CHARACTERS = _COMMON_NAME_MAX // 4
"""A hidden name of at most this many characters fits in 255 bytes however it is encoded (at
most 4 bytes a character in UTF-8, 1 for an undecodable byte kept as a surrogate): it is not
encoded to be measured. A filesystem whose limit is lower (eCryptfs: 143) is asked for it only
for names longer than that."""

_name_max: dict[str, int] = {}  # folder -> its NAME_MAX, asked once per folder and process


def hidden_beside(folder: str, name: str, suffix: str, *, dot: str = ".") -> str:
    """The name `<dot><name><suffix>` for a file beside `name` in `folder`, or, where that is
    longer than the folder's `NAME_MAX` in bytes, `<dot><prefix>~<hash><suffix>` at most that
    long (`prefix`: the most of `name` that fits, whole characters; see the module docstring).
    The same name, folder and suffix give the same name in every process."""
    whole = f"{dot}{name}{suffix}"
    if len(whole) <= _SURE_FIT_CHARACTERS:
        return whole
    encoded = os.fsencode(whole)
    limit = name_max(folder)
    if len(encoded) <= limit:
        return whole
    head, tail = os.fsencode(dot), os.fsencode(suffix)
    return os.fsdecode(head) + cut_with_digest(name, limit - len(head) - len(tail), mark=_CUT_MARK) + suffix


def cut_with_digest(name: str, limit: int, *, mark: str) -> str:
    """`name` cut to at most `limit` bytes (its file-system encoding) as the most of it that fits,
    whole characters, then `mark` and 8 hex digits of BLAKE2b of the whole name: the same name
    gives the same cut name everywhere, two names sharing a prefix two names. (Used for hidden
    names here and for page names, `publish.slugs`.)

    >>> cut_with_digest("x" * 300, 200, mark="-") == cut_with_digest("x" * 300, 200, mark="-")
    True
    >>> len(cut_with_digest("x" * 300, 200, mark="-")), len(cut_with_digest("宝" * 100, 200, mark="~").encode())
    (200, 198)
    """
    tail = os.fsencode(f"{mark}{name_digest(name)}")
    full = os.fsencode(name)
    cut = min(max(limit - len(tail), 0), len(full))
    while 0 < cut < len(full) and full[cut] & 0xC0 == 0x80:  # inside a character: before it
        cut -= 1
    return os.fsdecode(full[:cut] + tail)


def name_max(folder: str) -> int:
    """The longest file name `folder`'s filesystem takes, in bytes (`pathconf`'s `NAME_MAX`),
    remembered per folder; 255 where it cannot say (no such folder yet, no limit)."""
    known = _name_max.get(folder)
    if known is not None:
        return known
    try:
        limit = os.pathconf(folder or os.curdir, "PC_NAME_MAX")
    except (OSError, ValueError):
        return _COMMON_NAME_MAX  # (not remembered: a folder made later can say)
    if limit <= 0:
        limit = _COMMON_NAME_MAX
    _name_max[folder] = limit
    return limit


def name_digest(name: str) -> str:
    """8 hex digits of BLAKE2b of `name` as the file system encodes it (UTF-8; an undecodable
    byte kept as a surrogate is that byte): the same name, the same digits in every process.
    Also the tail of an id derived from a file's name (`project.derived_article_id`)."""
    import hashlib

    return hashlib.blake2b(os.fsencode(name), digest_size=_HASH_DIGITS // 2).hexdigest()
