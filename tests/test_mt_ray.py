"""The Ray executor on a real local Ray cluster (2 CPUs) with the tiny genuine argos model.

What a user relies on: `translate --executor ray` writes exactly what the local executor writes,
both workers really translate, the driver alone writes catalogs (valid for msgfmt), and a run with
nothing left to translate does not even start a cluster.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from argos_fixtures import en_zh_installed, packages_dir, tiny_packages, tiny_tool  # noqa: F401  (fixtures)
from conftest import SEED

from l10n.cli import main
from l10n.extraction import extract_article
from l10n.locales import parse_locale
from l10n.mt.batch import translate_project
from l10n.mt.executors import register_executor
from l10n.mt.ray_executor import RayExecutor
from l10n.mt.registry import EngineSettings
from l10n.project import Project

pytestmark = [pytest.mark.ray, pytest.mark.slow]

ZH = parse_locale("zh_CN")


def seed_project(root: Path) -> Project:
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / "article.txt")
    project = Project.open(root)
    extract_article(project, root / "seeds" / "article.txt")
    return project


def msgstrs(project: Project) -> dict[tuple[str | None, str], str]:
    return {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(project.po_path(ZH, "article")))}


def msgfmt_ok(path: Path) -> None:
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_two_ray_workers_write_what_the_local_executor_writes(tmp_path: Path, en_zh_installed: Path) -> None:
    import ray

    settings = EngineSettings(packages_dir=en_zh_installed, threads=1)
    local = seed_project(tmp_path / "local")
    translate_project(local, locales=[ZH], domains=["article"], batch_size=3, progress=False, settings=settings)

    executor = RayExecutor(workers=2)
    register_executor("ray-test", executor)
    distributed = seed_project(tmp_path / "ray")
    report = translate_project(
        distributed,
        locales=[ZH],
        domains=["article"],
        batch_size=3,
        progress=False,
        executor="ray-test",
        settings=settings,
    )

    expected = msgstrs(local)
    assert msgstrs(distributed) == expected
    assert sum(1 for text in expected.values() if text) >= 20
    assert "宝山" in "".join(expected.values())  # the tiny model's glossary really ran
    assert report.locales["zh_CN"].translated == report.engine_calls >= 20
    # both workers did work, in processes of their own, and the cluster we started is gone
    assert len(executor.batches_by_worker) == 2 and min(executor.batches_by_worker.values()) >= 1
    assert sum(executor.batches_by_worker.values()) == -(-report.engine_calls // 3)
    assert len(set(executor.worker_pids.values())) == 2 and os.getpid() not in executor.worker_pids.values()
    assert not ray.is_initialized()
    msgfmt_ok(distributed.po_path(ZH, "article"))


def test_cli_ray_run_then_a_cached_rerun_gives_the_same_catalog(
    tmp_path: Path, en_zh_installed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import ray

    project = seed_project(tmp_path / "p")
    command = ["translate", "--root", str(project.root), "--locales", "zh_CN", "--packages-dir", str(en_zh_installed)]
    command += ["--threads", "1", "--no-tm", "--batch-size", "5", "--executor", "ray", "--workers", "2"]
    assert main(command) == 0
    first = msgstrs(project)
    assert sum(1 for text in first.values() if "上海" in text) >= 3
    assert "argos" in capsys.readouterr().out
    assert not ray.is_initialized()
    po = polib.pofile(str(project.po_path(ZH, "article")))
    for entry in po:
        entry.msgstr = ""
    po.save()
    assert main(command) == 0  # every text is in the MT cache now
    assert msgstrs(project) == first
    msgfmt_ok(project.po_path(ZH, "article"))


def test_nothing_to_translate_starts_no_cluster() -> None:
    import ray

    with RayExecutor(workers=2) as executor:
        assert list(executor(lambda batch: [], iter([]))) == []
        assert not ray.is_initialized()
    assert not executor.batches_by_worker


def test_cli_refuses_unknown_executor_and_ray_options_without_ray(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = seed_project(tmp_path / "p")
    assert (
        main(["translate", "--root", str(project.root), "--locales", "de", "--engine", "pseudo", "--executor", "dask"])
        == 2
    )
    assert "unknown executor 'dask'" in capsys.readouterr().err
    assert (
        main(["translate", "--root", str(project.root), "--locales", "de", "--engine", "pseudo", "--workers", "3"]) == 2
    )
    assert "--executor ray" in capsys.readouterr().err
    assert not project.po_path(parse_locale("de"), "article").exists()
