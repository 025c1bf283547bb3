"""Engine choice per locale: Argos's own codes `zt` and `pb`, `engine = "none"`, explicit engines
that cannot run, and where CTranslate2 decodes (`device`, `compute_type`)."""

from __future__ import annotations

import pickle
from pathlib import Path

import polib
import pytest
from argos_fixtures import install_as, packages_dir, tiny_packages, tiny_tool  # noqa: F401

from l10n.cli import main
from l10n.errors import EngineUnavailable, ProjectError
from l10n.locales import TargetLocale
from l10n.mt.argos import ArgosEngine
from l10n.mt.device import resolve_decoding
from l10n.mt.models import translation_route
from l10n.mt.opencc import OpenCCConversion
from l10n.mt.registry import EngineSettings, choose_engine, get_engine


def settings(folder: Path) -> EngineSettings:
    return EngineSettings(packages_dir=folder)


def test_pt_br_prefers_pb_then_pt_and_pt_pt_never_takes_pb(packages_dir, tiny_packages):
    en_de = tiny_packages[("en", "de")]
    pt = install_as(en_de, packages_dir, to_code="pt")
    assert choose_engine("en", TargetLocale("pt_BR"), settings=settings(packages_dir)).language == "pt"
    install_as(en_de, packages_dir, to_code="pb")
    chosen = choose_engine("en", TargetLocale("pt_BR"), settings=settings(packages_dir))
    assert (chosen.engine.name, chosen.language) == ("argos", "pb")
    assert chosen.engine.model_id("en", "pb").startswith("argos:translate-en_de-1_0-pb@")
    assert choose_engine("en", TargetLocale("pt_PT"), settings=settings(packages_dir)).language == "pt"
    assert choose_engine("en", TargetLocale("pt_BR"), name="argos", settings=settings(packages_dir)).language == "pb"
    assert pt.is_dir()


def test_zh_tw_uses_a_zt_package_before_opencc_and_never_a_simplified_one(packages_dir, tiny_packages):
    zh_tw = TargetLocale("zh_TW")
    install_as(tiny_packages[("en", "zh")], packages_dir, to_code="zh")
    assert isinstance(choose_engine("en", zh_tw, settings=settings(packages_dir)).engine, OpenCCConversion)
    install_as(tiny_packages[("en", "zh")], packages_dir, to_code="zt")
    for locale in ("zh_TW", "zh_HK"):
        chosen = choose_engine("en", TargetLocale(locale), settings=settings(packages_dir))
        assert (chosen.engine.name, chosen.language) == ("argos", "zt")
    assert choose_engine("en", TargetLocale("zh_CN"), settings=settings(packages_dir)).language == "zh"


def test_translate_fills_zh_tw_from_the_zt_model(packages_dir, tiny_packages, project_root, capsys):
    install_as(tiny_packages[("en", "zh")], packages_dir, to_code="zt")
    root = str(project_root)
    assert main(["extract", f"{root}/seeds", "--root", root, "--locales", "zh_TW"]) == 0
    assert (
        main(["translate", "--root", root, "--locales", "zh_TW", "--packages-dir", str(packages_dir), "--no-tm"]) == 0
    )
    [po] = (project_root / "locales" / "zh_TW" / "LC_MESSAGES").glob("*.po")
    entries = [e for e in polib.pofile(str(po)) if e.msgstr]
    assert entries and all("mt: argos argos:translate-en_zh-1_0-zt@1.0" in e.tcomment for e in entries)
    assert any("宝山" in e.msgstr for e in entries)


def test_pivoting_and_listing_understand_zt_and_pb(packages_dir, tiny_packages, capsys):
    install_as(tiny_packages[("en", "de")], packages_dir, from_code="de", to_code="en")
    install_as(tiny_packages[("en", "zh")], packages_dir, to_code="zt")
    install_as(tiny_packages[("en", "de")], packages_dir, to_code="pb")
    route = translation_route("de", "zt", packages_dir=packages_dir)
    assert [(p.from_code, p.to_code) for p in route] == [("de", "en"), ("en", "zt")]
    [result] = ArgosEngine(packages_dir=packages_dir).translate_batch(["Luodian"], source="de", target="zt")
    assert result.text == "罗店"
    assert main(["models", "list", "--packages-dir", str(packages_dir)]) == 0
    listing = capsys.readouterr().out
    assert "en→zt (zh_TW, zh_HK, zh_MO, zh_Hant)  1.0  sentencepiece" in listing
    assert "en→pb (pt_BR)  1.0" in listing and "de→en  1.0" in listing


# --- engine = none, and engines asked for by name ---------------------------------------------


def test_engine_none_works_from_the_flag_and_from_l10n_toml(project_root, capsys):
    root = str(project_root)
    assert main(["extract", f"{root}/seeds", "--root", root, "--locales", "de"]) == 0
    [po] = (project_root / "locales" / "de" / "LC_MESSAGES").glob("*.po")
    before = po.read_bytes()
    assert main(["translate", "--root", root, "--locales", "de", "--engine", "none"]) == 0
    assert "MT is off" in capsys.readouterr().err and po.read_bytes() == before
    (project_root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\nengine = "none"\n', encoding="utf-8")
    assert main(["translate", "--root", root]) == 0
    assert main(["run", "--root", root]) == 0
    assert po.read_bytes() == before and (project_root / "site").is_dir()


def test_an_engine_asked_for_by_name_that_cannot_run_fails_with_the_fix(project_root, packages_dir, capsys):
    root = str(project_root)
    assert main(["extract", f"{root}/seeds", "--root", root, "--locales", "de,ja"]) == 0
    capsys.readouterr()
    code = main(
        ["translate", "--root", root, "--locales", "de,ja", "--engine", "argos", "--packages-dir", str(packages_dir)]
    )
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1
    assert "engine argos cannot translate de, ja" in err and "`l10n models install en de`" in err
    code = main(["translate", "--root", root, "--locales", "de", "--engine", "apertium"])
    assert code != 0 and "engine apertium cannot translate de" in capsys.readouterr().err
    assert (
        main(["translate", "--root", root, "--locales", "de", "--packages-dir", str(packages_dir)]) == 0
    )  # auto: waits


# --- device and compute type ------------------------------------------------------------------


def test_auto_decodes_on_the_cpu_here_and_a_missing_gpu_is_a_clear_error(en_zh_package_dir, project_root, capsys):
    assert resolve_decoding("auto").device == "cpu"  # this machine has no CUDA device
    root, where = str(project_root), ["--packages-dir", str(en_zh_package_dir)]
    assert main(["extract", f"{root}/seeds", "--root", root, "--locales", "zh_CN"]) == 0
    capsys.readouterr()
    code = main(["translate", "--root", root, "--locales", "zh_CN", "--device", "cuda", *where])
    err = capsys.readouterr().err
    assert code != 0 and err.count("\n") == 1 and "CTranslate2 sees no CUDA GPU" in err and "--device cpu" in err
    assert (
        main(["translate", "--root", root, "--locales", "zh_CN", "--device", "cpu", "--compute-type", "int8", *where])
        == 0
    )


def test_bad_device_settings_in_l10n_toml_name_the_file(project_root, en_zh_package_dir, capsys):
    root = str(project_root)
    assert main(["extract", f"{root}/seeds", "--root", root, "--locales", "zh_CN"]) == 0
    for line, message in (('device = "gpu"', "device: unknown value 'gpu' (did you mean 'cpu'?)"),
                          ('compute_type = "float16"', "compute_type 'float16' is not supported on cpu")):  # fmt: skip
        (project_root / "l10n.toml").write_text(f"[l10n]\n{line}\n", encoding="utf-8")
        capsys.readouterr()
        code = main(["translate", "--root", root, "--locales", "zh_CN", "--packages-dir", str(en_zh_package_dir)])
        err = capsys.readouterr().err
        assert code != 0 and "l10n.toml:2: " in err and message in err  # the file and the setting's line
    (project_root / "l10n.toml").unlink()
    code = main(["translate", "--root", root, "--locales", "zh_CN", "--compute-type", "float16",
                 "--packages-dir", str(en_zh_package_dir)])  # fmt: skip
    err = capsys.readouterr().err
    assert (
        code != 0 and "--compute-type: compute_type 'float16' is not supported on cpu" in err
    )  # the option it came from
    assert "l10n.toml" not in err


def test_the_resolved_device_travels_with_the_engine_to_workers(en_zh_package_dir):
    decoding = resolve_decoding("cpu", "int8")
    engine = get_engine(
        "argos", settings=EngineSettings(packages_dir=en_zh_package_dir, device=decoding.device, compute_type="int8")
    )
    worker_copy = pickle.loads(pickle.dumps(engine))  # what Ray ships to each actor
    assert (worker_copy.device, worker_copy.compute_type) == ("cpu", "int8")
    assert worker_copy.translate_batch(["Yangtze"], source="en", target="zh")[0].text == "长江"


def test_cuda_is_chosen_by_auto_when_ctranslate2_reports_a_gpu():
    assert resolve_decoding("auto", "float16", cuda_devices=2).device == "cuda"
    with pytest.raises(EngineUnavailable, match="no CUDA GPU"):
        resolve_decoding("cuda", cuda_devices=0)
    with pytest.raises(ProjectError, match="compute_type must be"):
        resolve_decoding("cpu", 8)


@pytest.fixture
def en_zh_package_dir(packages_dir, tiny_packages) -> Path:
    install_as(tiny_packages[("en", "zh")], packages_dir)
    return packages_dir


def test_ray_actors_ask_for_gpus_only_for_a_cuda_engine(en_zh_package_dir):
    from functools import partial

    from l10n.mt.base import translate_masked
    from l10n.mt.ray_executor import engine_device, gpu_share

    cpu = ArgosEngine(packages_dir=en_zh_package_dir, device="cpu")
    cuda = ArgosEngine(packages_dir=en_zh_package_dir, device="cuda")  # built, never loaded here
    assert engine_device(partial(translate_masked, cpu, source="en", target="zh")) == "cpu"
    assert engine_device(partial(translate_masked, cuda, source="en", target="zh")) == "cuda"
    with pytest.raises(EngineUnavailable, match="the Ray cluster has no GPU"):
        gpu_share(0, 2)
