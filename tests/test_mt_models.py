"""Argos package management: install from a file and from a real (local) index, list, remove, CLI."""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest
from argos_fixtures import packages_dir, tiny_packages, tiny_tool  # noqa: F401

from l10n.cli import main
from l10n.errors import EngineError, EngineUnavailable
from l10n.mt import model_install, models
from l10n.mt.argos import ArgosEngine


def folders(path: Path) -> list[str]:
    return sorted(child.name for child in path.iterdir() if child.is_dir())


def test_install_file_then_list_and_translate(packages_dir, tiny_packages):
    package = model_install.install_file(tiny_packages[("en", "zh")], packages_dir=packages_dir)
    assert (package.from_code, package.to_code, package.package_version) == ("en", "zh", "1.0")
    assert models.installed_packages(packages_dir=packages_dir) == [package]
    assert (
        ArgosEngine(packages_dir=packages_dir).translate_batch(["Luodian"], source="en", target="zh")[0].text == "罗店"
    )


def test_every_folder_in_the_packages_dir_has_metadata(packages_dir, tiny_packages):
    """Argos refuses a packages dir with a folder lacking metadata.json: nothing stray is left."""
    for pair in tiny_packages:
        model_install.install_file(tiny_packages[pair], packages_dir=packages_dir)
    model_install.install_file(tiny_packages[("en", "zh")], packages_dir=packages_dir)  # reinstall replaces
    assert folders(packages_dir) == ["translate-de_zh-1_0", "translate-en_de-1_0", "translate-en_zh-1_0"]
    assert all((packages_dir / name / "metadata.json").is_file() for name in folders(packages_dir))
    assert not [p for p in packages_dir.parent.iterdir() if ".install-" in p.name]


def test_a_newer_version_replaces_the_installed_one(tmp_path, packages_dir, tiny_tool):
    old = tiny_tool.build_package(tmp_path / "old.argosmodel", from_code="en", to_code="zh", package_version="1.0")
    new = tiny_tool.build_package(tmp_path / "new.argosmodel", from_code="en", to_code="zh", package_version="1.1")
    model_install.install_file(old, packages_dir=packages_dir)
    model_install.install_file(new, packages_dir=packages_dir)
    assert [p.package_version for p in models.installed_packages(packages_dir=packages_dir)] == ["1.1"]
    assert ArgosEngine(packages_dir=packages_dir).model_id("en", "zh") == "argos:translate-en_zh-1_1@1.1"


def test_install_file_refuses_what_is_not_a_package(tmp_path, packages_dir):
    text = tmp_path / "notes.argosmodel"
    text.write_text("not a zip")
    with pytest.raises(EngineError, match="not an Argos package"):
        model_install.install_file(text, packages_dir=packages_dir)

    metadata = '{"from_code": "en", "to_code": "zh"}'
    crafted = {
        "unsafe member name": {"pkg/metadata.json": metadata, "pkg/../../evil.txt": "gotcha"},
        "exactly one folder": {"a/metadata.json": metadata, "b/metadata.json": metadata},
        "no pkg/metadata.json": {"pkg/README.md": "no metadata"},
        "model/": {"pkg/metadata.json": metadata},
    }
    for problem, members in crafted.items():
        archive_path = tmp_path / "crafted.argosmodel"
        with zipfile.ZipFile(archive_path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        with pytest.raises(EngineError, match=re.escape(problem)):
            model_install.install_file(archive_path, packages_dir=packages_dir)
    assert folders(packages_dir) == []
    assert not (tmp_path.parent / "evil.txt").exists()


def test_remove_uninstalls_and_says_when_there_is_nothing(packages_dir, tiny_packages):
    model_install.install_file(tiny_packages[("en", "de")], packages_dir=packages_dir)
    removed = model_install.remove_package("en", "de", packages_dir=packages_dir)
    assert [p.to_code for p in removed] == ["de"]
    assert folders(packages_dir) == []
    with pytest.raises(EngineUnavailable, match="en→de"):
        model_install.remove_package("en", "de", packages_dir=packages_dir)


def test_packages_dir_and_index_come_from_argos_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "from-env"))
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", "http://127.0.0.1:9/argos/")
    assert models.resolve_packages_dir() == tmp_path / "from-env"
    assert models.resolve_packages_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert model_install.resolve_index_url() == "http://127.0.0.1:9/argos/index.json"
    assert model_install.resolve_index_url("http://h/x.json") == "http://h/x.json"
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert models.resolve_packages_dir() == tmp_path / "xdg" / "argos-translate" / "packages"


@pytest.fixture
def package_index(tmp_path, tiny_packages):
    """A real HTTP server on 127.0.0.1 serving an Argos `index.json` and the tiny en→zh package."""
    served = tmp_path / "served"
    served.mkdir()
    (served / "translate-en_zh.argosmodel").write_bytes(tiny_packages[("en", "zh")].read_bytes())
    handler = functools.partial(QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [
        {
            "package_version": "1.0",
            "argos_version": "1.0",
            "from_code": "en",
            "from_name": "English",
            "to_code": "zh",
            "to_name": "Chinese",
            "links": [base + "translate-en_zh.argosmodel"],
        },
        {"from_code": "en", "to_code": "fr", "package_version": "1.0", "links": [base + "missing.argosmodel"]},
    ]
    (served / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002  (keep test output clean)
        pass


def test_install_from_a_local_index_over_http(package_index, packages_dir, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", package_index)  # honoured like Argos does
    assert [(p.from_code, p.to_code) for p in model_install.available_packages()] == [("en", "zh"), ("en", "fr")]
    package = model_install.install_from_index("en", "zh", packages_dir=packages_dir)
    assert package.path == packages_dir / "translate-en_zh-1_0"
    [result] = ArgosEngine(packages_dir=packages_dir).translate_batch(["Shanghai"], source="en", target="zh")
    assert result.text == "上海"


def test_index_errors_are_clear(package_index, packages_dir):
    with pytest.raises(EngineUnavailable, match="has no en→ja model"):
        model_install.install_from_index("en", "ja", packages_dir=packages_dir, index_url=package_index)
    with pytest.raises(EngineUnavailable, match="no working download link for en→fr"):
        model_install.install_from_index("en", "fr", packages_dir=packages_dir, index_url=package_index)
    assert folders(packages_dir) == []


def test_a_locale_asks_the_index_for_argos_own_code_first(tmp_path, tiny_tool, packages_dir, capsys):
    """`models install en pt_BR` installs Argos's `pb` package, though the index also lists `pt`
    (whose link is dead: taking it would fail); zh_TW never falls back to Simplified `zh`."""
    served = tmp_path / "served"
    served.mkdir()
    tiny_tool.build_package(served / "en_pb.argosmodel", from_code="en", to_code="pb")
    handler = functools.partial(QuietHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [
        {"from_code": "en", "to_code": "pt", "package_version": "1.0", "links": [base + "missing.argosmodel"]},
        {"from_code": "en", "to_code": "pb", "package_version": "1.0", "links": [base + "en_pb.argosmodel"]},
        {"from_code": "en", "to_code": "zh", "package_version": "1.0", "links": [base + "missing.argosmodel"]},
    ]
    (served / "index.json").write_text(json.dumps(index))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    where = ["--packages-dir", str(packages_dir)]
    try:
        assert main(["models", "install", "en", "pt_BR", "--index", base, *where]) == 0
        assert "installed en→pb (pt_BR)" in capsys.readouterr().out
        with pytest.raises(EngineUnavailable, match="has no en→zt model"):
            model_install.install_from_index("en", "zh_TW", packages_dir=packages_dir, index_url=base)
    finally:
        server.shutdown()
        server.server_close()
    assert [(p.from_code, p.to_code) for p in models.installed_packages(packages_dir=packages_dir)] == [("en", "pb")]
    assert main(["models", "remove", "en", "pt-BR", *where]) == 0
    assert "removed en→pb" in capsys.readouterr().out
    assert folders(packages_dir) == []


def test_cli_install_list_remove(package_index, packages_dir, tiny_packages, capsys):
    where = ["--packages-dir", str(packages_dir)]
    assert main(["models", "install", "en", "zh", "--index", package_index, *where]) == 0
    assert main(["models", "install-file", str(tiny_packages[("en", "de")]), *where]) == 0
    capsys.readouterr()
    assert main(["models", "list", *where]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listing] == ["en→de", "en→zh"]
    assert main(["models", "remove", "en", "zh", *where]) == 0
    assert "removed en→zh" in capsys.readouterr().out
    assert main(["models", "remove", "en", "zh", *where]) == 2
    assert "no argos model for en→zh" in capsys.readouterr().err
    assert folders(packages_dir) == ["translate-en_de-1_0"]


STANZA_FREE_ARGOS = """
import sys, types
# argostranslate.package.install_from_path imports argostranslate.translate, which imports stanza
# and minisbd (deliberately not installed: `pip install --no-deps argostranslate`). Stub them.
sys.modules["stanza"] = types.ModuleType("stanza")
minisbd = types.ModuleType("minisbd"); minisbd.SBDetect = object
minisbd.models = types.SimpleNamespace(cache_dir=None); sys.modules["minisbd"] = minisbd
from pathlib import Path
import argostranslate.package as package
package.install_from_path(Path(sys.argv[1]))
for installed in package.get_installed_packages():
    print(installed.from_code, installed.to_code, installed.package_version, installed.package_path.name)
"""


def test_argostranslate_itself_installs_and_lists_the_tiny_package(tmp_path, tiny_packages):
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "packages"), "HOME": str(tmp_path)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run(
        [sys.executable, "-c", STANZA_FREE_ARGOS, str(tiny_packages[("en", "zh")])],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["en", "zh", "1.0", "translate-en_zh-1_0"]
    # ...and our listing agrees with Argos's on what it installed.
    [ours] = models.installed_packages(packages_dir=tmp_path / "packages")
    assert (ours.from_code, ours.to_code, ours.path.name) == ("en", "zh", "translate-en_zh-1_0")


def test_translate_reads_packages_without_the_install_machinery():
    """`translate` reaches the packages through `l10n.mt.argos` (and `auto` through the registry):
    reading what is installed must not load the archive and download code that only `models
    install` uses (`model_install`, `package_io`: zipfile, tempfile), a cost in every `translate`."""
    probe = "import sys, l10n.mt.registry, l10n.mt.argos; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    assert "l10n.mt.models" in loaded  # the probe reached the packages reader
    assert not {"l10n.mt.model_install", "l10n.mt.package_io", "zipfile"} & set(loaded)
