"""More damage to the publish manifest than ops9's tests cover: JSON nested deeper than the
parser recurses (`[` × 100,000: a RecursionError traceback from `publish`), and a manifest that
is valid JSON with its `files` list but no usable `pages` (the page records were lost without
a word). Each is named in one warning and the site published whole, as for a cut-short one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_ops9_manifest import damage_and_publish, published  # the same published project


def pages_broken(good: bytes, pages: object) -> bytes:
    data = json.loads(good)
    data["pages"] = pages
    return json.dumps(data).encode()


DAMAGE = {
    "deep nesting": lambda good: b"[" * 100_000,
    "pages not a list": lambda good: pages_broken(good, {"de": "x"}),
    "pages missing": lambda good: pages_broken(good, None).replace(b', "pages": null', b""),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_manifest_is_named_once_and_the_site_published_whole(published: Path, damage) -> None:
    damage_and_publish(published, damage)
