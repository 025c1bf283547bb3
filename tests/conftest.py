"""Shared fixtures: the seed article, a scratch project root, and paths to test data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def project_root(tmp_path: Path) -> Path:
    """A fresh project folder with the seed article copied into seeds/."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    return tmp_path


@pytest.fixture(scope="session")
def values_bench():
    """bench/values.py as a module (the value-detection scorer over tests/data/values/)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("bench_values", REPO / "bench" / "values.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
