"""The SQLite MT cache: batch get/put, key isolation, two writer processes at once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from l10n.memory.cache import MTCache, cache_path

KEY = {"engine": "argos", "model_id": "translate-en_zh-1.9", "source": "en", "target": "zh"}


def test_put_then_get_many_returns_only_hits(tmp_path: Path) -> None:
    with MTCache(cache_path(tmp_path)) as cache:
        cache.put_many([("Baoshan", "宝山", -0.2), ("Shanghai", "上海", None)], **KEY)
        found = cache.get_many(["Baoshan", "Shanghai", "Luodian", "Baoshan"], **KEY)
    assert {k: (v.text, v.score) for k, v in found.items()} == {"Baoshan": ("宝山", -0.2), "Shanghai": ("上海", None)}


def test_every_part_of_the_key_matters(tmp_path: Path) -> None:
    with MTCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many([("park", "园区", None)], **KEY)
        for field, other in [
            ("engine", "apertium"),
            ("model_id", "translate-en_zh-2.0"),
            ("source", "de"),
            ("target", "zt"),
        ]:
            assert cache.get_many(["park"], **{**KEY, field: other}) == {}
        assert cache.get_many(["Park"], **KEY) == {}


def test_survives_reopening_and_many_keys(tmp_path: Path) -> None:
    texts = [f"sentence {n} “quoted”\u00a0{{money_1}}" for n in range(2500)]
    with MTCache(tmp_path / "c.sqlite3") as cache:
        cache.put_many([(t, t.upper(), float(n)) for n, t in enumerate(texts)], **KEY)
    with MTCache(tmp_path / "c.sqlite3") as cache:
        found = cache.get_many(texts, **KEY)
    assert len(found) == 2500 and found[texts[7]].text == texts[7].upper()


def _writer(path: str, worker: int) -> None:
    with MTCache(Path(path)) as cache:
        for batch in range(20):
            items = [(f"w{worker} b{batch} n{n}", f"t{worker}", None) for n in range(25)]
            cache.put_many(items, **KEY)
            cache.get_many([text for text, _, _ in items], **KEY)


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    MTCache(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer, args=(str(path), n)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    with MTCache(path) as cache:
        assert cache.count() == 2 * 20 * 25


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path) -> None:
    from l10n.errors import CatalogError
    from l10n.memory.tm import TranslationMemory

    for opener, what in ((MTCache, "MT cache"), (TranslationMemory, "translation memory")):
        path = tmp_path / f"{what}.sqlite3"
        path.write_bytes(b"this is not SQLite" * 100)
        with pytest.raises(CatalogError, match=what):
            opener(path)
