"""Shared fixtures for the argos engine tests: tiny genuine Argos packages, built once per session.

`tools/make_tiny_model.py` builds real `.argosmodel` files (CTranslate2 + SentencePiece) that copy
their input and substitute a small glossary (Baoshan→宝山, Shanghai→上海 …; en→de: is→ist …).
Nothing is committed: the packages are built into a session temp folder, deterministically.
Import the fixtures you use into a test module (`from argos_fixtures import tiny_packages`).
"""

from __future__ import annotations

import importlib.util
import shutil
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent
TOOL = REPO / "tools" / "make_tiny_model.py"
PAIRS = (("en", "zh"), ("en", "de"), ("de", "zh"))


def load_tiny_model_tool() -> ModuleType:
    """`tools/make_tiny_model.py` as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_tiny_model", TOOL)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def tiny_tool() -> ModuleType:
    return load_tiny_model_tool()


@pytest.fixture(scope="session")
def tiny_packages(tmp_path_factory: pytest.TempPathFactory, tiny_tool: ModuleType) -> dict[tuple[str, str], Path]:
    """`{("en", "zh"): Path(".../en_zh.argosmodel"), ...}` for every pair in `PAIRS`."""
    folder = tmp_path_factory.mktemp("argosmodels")
    return {
        (source, target): tiny_tool.build_package(
            folder / f"{source}_{target}.argosmodel", from_code=source, to_code=target
        )
        for source, target in PAIRS
    }


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    """An empty Argos packages folder for one test."""
    folder = tmp_path / "argos-packages"
    folder.mkdir()
    return folder


@pytest.fixture
def en_zh_installed(packages_dir: Path, tiny_packages: dict[tuple[str, str], Path]) -> Path:
    """A packages folder holding the tiny en→zh model (installed by unzipping, as Argos does)."""
    shutil.unpack_archive(tiny_packages[("en", "zh")], packages_dir, format="zip")
    return packages_dir


@pytest.fixture(scope="session")
def tiny_bpe_package(tmp_path_factory: pytest.TempPathFactory, tiny_tool: ModuleType) -> Path:
    """A genuine Moses + BPE Argos package en→de (`bpe.model` learned by subword-nmt), built once."""
    folder = tmp_path_factory.mktemp("argos-bpe")
    return tiny_tool.build_package(folder / "en_de_bpe.argosmodel", from_code="en", to_code="de", tokenizer="bpe")


def install_as(archive: Path, packages_dir: Path, **metadata: object) -> Path:
    """Unzip `archive` into `packages_dir` and overwrite metadata.json fields (e.g. `to_code="zt"`),
    the way a package for another direction is laid out; returns the package folder."""
    import json

    with zipfile.ZipFile(archive) as opened:
        root = opened.namelist()[0].split("/")[0]
        opened.extractall(packages_dir / "_unpack")
    name = f"{root}-{metadata.get('from_code', '')}{metadata.get('to_code', '')}"
    folder = packages_dir / name
    (packages_dir / "_unpack" / root).rename(folder)
    (packages_dir / "_unpack").rmdir()
    meta_path = folder / "metadata.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(metadata)
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return folder
