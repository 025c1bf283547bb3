"""Hostile model packages and indexes: bounded cost, one-line errors, nothing half-installed.

Each case starts from the genuine tiny package (`tools/make_tiny_model.py`) and breaks one thing
the way a hostile or broken mirror would: decoding options that would exhaust memory, a zip bomb,
sizes that lie, corrupt data, odd metadata, an index pointing at `file:///dev/zero`, a package
for another language pair than the one asked for, and no network at all.
"""

from __future__ import annotations

import functools
import http.server
import json
import struct
import threading
import zipfile
from pathlib import Path

import pytest
from argos_fixtures import packages_dir, tiny_packages, tiny_tool  # noqa: F401

from l10n.cli import main
from l10n.errors import EngineError, EngineUnavailable
from l10n.mt import model_install, package_io
from l10n.mt.argos import ArgosEngine

MiB = 1024 * 1024


def repack(archive: Path, out: Path, **replace: bytes | None) -> Path:
    """A copy of `archive` with members (by path below the package folder) replaced or, with None, dropped."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        root = source.namelist()[0].split("/")[0]
        for info in source.infolist():
            relative = info.filename[len(root) + 1 :]
            if relative in replace:
                if replace[relative] is not None:
                    target.writestr(info.filename, replace[relative])
                continue
            target.writestr(info, source.read(info))
        for relative in replace.keys() - {i.filename[len(root) + 1 :] for i in source.infolist()}:
            target.writestr(f"{root}/{relative}", replace[relative])  # a member added
    return out


def with_metadata(archive: Path, out: Path, **fields: object) -> Path:
    with zipfile.ZipFile(archive) as opened:
        name = next(n for n in opened.namelist() if n.endswith("/metadata.json"))
        metadata = json.loads(opened.read(name))
    metadata.update(fields)
    return repack(archive, out, **{"metadata.json": json.dumps(metadata).encode()})


def nothing_installed(folder: Path) -> bool:
    return not any(folder.iterdir()) and not [p for p in folder.parent.iterdir() if ".install-" in p.name]


def cli(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


# --- decoding options from metadata -----------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected", "warning"),
    [
        ({"beam_size": 100000}, {"beam_size": 16}, "beam_size 100000 is above the limit 16; using 16"),
        ({"beam_size": 0}, {"beam_size": 1}, "beam_size 0 is below 1; using 1"),
        ({"beam_size": "4"}, {"beam_size": None}, "beam_size '4' is not a whole number; ignored"),
        ({"beam_size": True}, {"beam_size": None}, "beam_size True is not a whole number; ignored"),
        ({"max_decoding_length": 10**9}, {"max_decoding_length": 1024}, "max_decoding_length 1000000000 is above"),
        ({"max_batch_tokens": -5}, {"max_batch_tokens": 1}, "max_batch_tokens -5 is below 1; using 1"),
        ({"max_batch_tokens": 3.5}, {"max_batch_tokens": None}, "max_batch_tokens 3.5 is not a whole number"),
    ],
)
def test_decoding_options_are_clamped_with_a_warning(tmp_path, packages_dir, tiny_packages, fields, expected, warning):
    archive = with_metadata(tiny_packages[("en", "zh")], tmp_path / "p.argosmodel", **fields)
    package = model_install.install_file(archive, packages_dir=packages_dir)
    assert {name: getattr(package, name) for name in expected} == expected
    [message] = package.warnings
    assert message.startswith("translate-en_zh-1_0/metadata.json: ") and warning in message
    engine = ArgosEngine(packages_dir=packages_dir)
    assert engine.warnings("en", "zh") == [message]
    if "max_decoding_length" not in fields:  # the tiny model has 320 learned positions, fewer than 1024
        assert engine.translate_batch(["Baoshan"], source="en", target="zh")[0].text == "宝山"


def test_a_huge_beam_size_translates_with_bounded_memory_and_the_cli_warns(
    tmp_path, packages_dir, tiny_packages, capsys
):
    archive = with_metadata(tiny_packages[("en", "zh")], tmp_path / "p.argosmodel", beam_size=100000)
    model_install.install_file(archive, packages_dir=packages_dir)
    project_root = tmp_path / "project"
    (project_root / "seeds").mkdir(parents=True)
    (project_root / "seeds" / "short.md").write_text("# Baoshan grows\n\nShanghai is near Luodian.\n", encoding="utf-8")
    assert main(["extract", str(project_root / "seeds"), "--root", str(project_root), "--locales", "zh_CN"]) == 0
    code, err = cli(capsys, "translate", "--root", str(project_root), "--locales", "zh_CN", "--engine", "argos",
                    "--packages-dir", str(packages_dir), "--no-tm")  # fmt: skip
    assert code == 0
    assert "warning: translate-en_zh-1_0/metadata.json: beam_size 100000 is above the limit 16; using 16" in err
    po = (project_root / "locales" / "zh_CN" / "LC_MESSAGES" / "short.po").read_text(encoding="utf-8")
    assert "宝山" in po and "上海" in po


def test_engine_options_are_clamped_too():
    engine = ArgosEngine(beam_size=500, max_decoding_length=0)
    assert (engine.beam_size, engine.max_decoding_length) == (16, 1)
    assert len(engine.notes) == 2


# --- archives -------------------------------------------------------------------------------


def test_a_zip_bomb_is_refused_before_anything_is_extracted(tmp_path, packages_dir, tiny_packages):
    bomb = repack(tiny_packages[("en", "zh")], tmp_path / "bomb.argosmodel", **{"model/zeros.bin": bytes(64 * MiB)})
    assert bomb.stat().st_size < 2 * MiB  # 64 MiB of zeros deflate to ~64 kB
    with pytest.raises(EngineError, match=r"would extract to \d+ bytes, above the limit of 16777216; not extracted"):
        model_install.install_file(bomb, packages_dir=packages_dir, max_extracted_bytes=16 * MiB)
    assert nothing_installed(packages_dir)


def _patch_uncompressed_size(path: Path, member_suffix: str, size: int) -> None:
    """Make the zip's central directory (and local header) declare `size` bytes for one member."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as opened:
        info = next(i for i in opened.infolist() if i.filename.endswith(member_suffix))
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]).decode().endswith(member_suffix):
            struct.pack_into("<I", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_declared_sizes_over_the_default_cap_fail_through_the_cli(tmp_path, packages_dir, tiny_packages, capsys):
    lying = repack(tiny_packages[("en", "zh")], tmp_path / "lying.argosmodel")
    _patch_uncompressed_size(lying, "model/model.bin", 4 * 1024 * MiB - 1)  # "4 GiB"
    code, err = cli(capsys, "models", "install-file", str(lying), "--packages-dir", str(packages_dir))
    assert code != 0
    assert err.count("\n") == 1 and "above the limit of 2147483648; not extracted" in err
    assert nothing_installed(packages_dir)


def test_a_member_larger_than_it_declares_is_corrupt(tmp_path, packages_dir, tiny_packages):
    lying = repack(tiny_packages[("en", "zh")], tmp_path / "short.argosmodel")
    _patch_uncompressed_size(lying, "model/model.bin", 1000)
    with pytest.raises(EngineError, match="corrupt package archive"):
        model_install.install_file(lying, packages_dir=packages_dir)
    assert nothing_installed(packages_dir)


def test_corrupt_and_truncated_archives_are_one_line_errors(tmp_path, packages_dir, tiny_packages, capsys):
    original = tiny_packages[("en", "zh")].read_bytes()
    with zipfile.ZipFile(tiny_packages[("en", "zh")]) as opened:
        info = next(i for i in opened.infolist() if i.filename.endswith("model.bin"))
    flipped = bytearray(original)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 100
    flipped[start : start + 64] = bytes(b ^ 0x5A for b in flipped[start : start + 64])
    (tmp_path / "flipped.argosmodel").write_bytes(bytes(flipped))
    (tmp_path / "truncated.argosmodel").write_bytes(original[: len(original) // 2])
    for name, message in (("flipped", "corrupt package archive"), ("truncated", "not an Argos package")):
        code, err = cli(
            capsys, "models", "install-file", str(tmp_path / f"{name}.argosmodel"), "--packages-dir", str(packages_dir)
        )
        assert code != 0 and err.count("\n") == 1 and message in err and f"{name}.argosmodel" in err
    assert nothing_installed(packages_dir)


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        (b"[1, 2]", "package metadata must be a JSON object"),
        (b"{not json", "unreadable package metadata"),
        (b"\xff\xfe{}", "unreadable package metadata"),
        (json.dumps({"from_code": 5, "to_code": "zh"}).encode(), "from_code must be a language code"),
        (json.dumps({"from_code": "en", "to_code": "../../x"}).encode(), "to_code must be a language code"),
        (json.dumps({"from_code": "EN", "to_code": "zh"}).encode(), "from_code must be a language code"),
        (
            json.dumps({"from_code": "en", "to_code": "zh", "package_version": {}}).encode(),
            "package_version must be text",
        ),
        (
            json.dumps({"from_code": "en", "to_code": "zh", "target_prefix": ["x"]}).encode(),
            "target_prefix must be text",
        ),
        (json.dumps({"from_code": "en", "to_code": "zh", "languages": "en"}).encode(), "languages must be a list"),
        (json.dumps({"from_code": "en", "to_code": "zh", "links": {"a": 1}}).encode(), "links must be a list"),
    ],
)
def test_odd_metadata_is_a_one_line_error(tmp_path, packages_dir, tiny_packages, capsys, replacement, message):
    archive = repack(tiny_packages[("en", "zh")], tmp_path / "odd.argosmodel", **{"metadata.json": replacement})
    code, err = cli(capsys, "models", "install-file", str(archive), "--packages-dir", str(packages_dir))
    assert code != 0 and err.count("\n") == 1
    assert "metadata.json" in err and message in err
    assert nothing_installed(packages_dir)


def test_a_package_without_a_working_tokenizer_is_refused(tmp_path, packages_dir, tiny_packages):
    archive = repack(tiny_packages[("en", "zh")], tmp_path / "bare.argosmodel", **{"sentencepiece.model": None})
    with pytest.raises(EngineError, match="needs model/ and sentencepiece.model or bpe.model"):
        model_install.install_file(archive, packages_dir=packages_dir)
    archive = repack(tiny_packages[("en", "zh")], tmp_path / "junk.argosmodel", **{"sentencepiece.model": b"junk"})
    with pytest.raises(EngineError, match="sentencepiece.model: unreadable SentencePiece model"):
        model_install.install_file(archive, packages_dir=packages_dir)
    bpe = repack(tiny_packages[("en", "zh")], tmp_path / "bpe.argosmodel", **{"sentencepiece.model": None,
                 "bpe.model": b"#version: 0.2\nt h\nthe\n"})  # fmt: skip
    with pytest.raises(EngineError, match=r"bpe\.model:3: a BPE merge is two symbols"):
        model_install.install_file(bpe, packages_dir=packages_dir)
    assert nothing_installed(packages_dir)


# --- indexes and downloads ------------------------------------------------------------------


class Mirror(http.server.SimpleHTTPRequestHandler):
    """A static mirror, plus `/redirect-file` (302 to file:///dev/zero) and `/endless` (no end)."""

    def do_GET(self):  # noqa: N802 - http.server's name
        if self.path in ("/redirect-file", "/redirect-ftp"):
            self.send_response(302)
            self.send_header("Location", "file:///dev/zero" if self.path.endswith("file") else "ftp://127.0.0.1/x")
            self.end_headers()
            return
        if self.path == "/endless":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(bytes(MiB))
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        super().do_GET()

    def log_message(self, format, *args):  # noqa: A002
        pass


@pytest.fixture
def mirror(tmp_path, tiny_packages):
    """A real HTTP server on 127.0.0.1; the test writes `index.json` into `served`."""
    served = tmp_path / "served"
    served.mkdir()
    for (source, target), archive in tiny_packages.items():
        (served / f"{source}_{target}.argosmodel").write_bytes(archive.read_bytes())
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Mirror, directory=str(served)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def entry(source: str, target: str, *links: str) -> dict:
    return {
        "from_code": source,
        "to_code": target,
        "package_version": "1.0",
        "argos_version": "1.0",
        "links": list(links),
    }


def test_only_http_urls_are_opened(mirror, packages_dir):
    served, base = mirror
    for url in ("file:///dev/zero", "ftp://127.0.0.1/index.json", "/etc/passwd", "http:///index.json"):
        with pytest.raises(EngineError, match="only http|names no host"):
            model_install.install_from_index("en", "zh", packages_dir=packages_dir, index_url=url)
    (served / "index.json").write_text(json.dumps([entry("en", "zh", "file:///dev/zero")]))
    with pytest.raises(EngineError, match="file:///dev/zero: only http"):
        model_install.install_from_index("en", "zh", packages_dir=packages_dir, index_url=base)
    (served / "index.json").write_text(json.dumps([entry("en", "zh", base + "redirect-file")]))
    with pytest.raises(EngineUnavailable, match="Redirection to url 'file:///dev/zero' is not allowed"):
        model_install.install_from_index("en", "zh", packages_dir=packages_dir, index_url=base)  # urllib's own rule
    (served / "index.json").write_text(json.dumps([entry("en", "zh", base + "redirect-ftp")]))
    with pytest.raises(EngineError, match="ftp://127.0.0.1/x: only http"):
        model_install.install_from_index(
            "en", "zh", packages_dir=packages_dir, index_url=base
        )  # ours: urllib follows ftp
    assert nothing_installed(packages_dir)


def test_downloads_stop_at_their_cap(mirror, packages_dir, tmp_path):
    served, base = mirror
    (served / "index.json").write_text(json.dumps([entry("en", "zh", base + "endless")]))
    with pytest.raises(EngineError, match="exceeds the limit of 4194304 bytes"):
        model_install.install_from_index(
            "en", "zh", packages_dir=packages_dir, index_url=base, max_download_bytes=4 * MiB
        )
    (served / "big.json").write_text("[" + " " * (2 * MiB) + "]")
    with pytest.raises(EngineError, match="larger than the limit"):
        package_io.fetch_bytes(base + "big.json", max_bytes=MiB)
    assert nothing_installed(packages_dir)


def test_odd_indexes_are_one_line_errors_and_odd_entries_are_skipped(mirror, packages_dir, capsys):
    served, base = mirror
    for body, message in (("{not json", "package index is not JSON"), ('{"a": 1}', "must be a JSON list")):
        (served / "index.json").write_text(body)
        code, err = cli(capsys, "models", "install", "en", "zh", "--index", base, "--packages-dir", str(packages_dir))
        assert code != 0 and err.count("\n") == 1 and message in err
    odd = [
        5,
        "x",
        {"from_code": 1},
        {"from_code": "en", "to_code": "zh", "links": "nope"},
        entry("en", "zh", base + "en_zh.argosmodel"),
    ]
    (served / "index.json").write_text(json.dumps(odd))
    assert [(p.from_code, p.to_code) for p in model_install.available_packages(index_url=base)] == [("en", "zh")]
    assert model_install.install_from_index("en", "zh", packages_dir=packages_dir, index_url=base).to_code == "zh"


def test_install_refuses_an_archive_holding_another_pair(mirror, packages_dir, capsys):
    served, base = mirror
    (served / "index.json").write_text(json.dumps([entry("en", "de", base + "en_zh.argosmodel")]))
    code, err = cli(capsys, "models", "install", "en", "de", "--index", base, "--packages-dir", str(packages_dir))
    assert code != 0 and err.count("\n") == 1
    assert "package holds en→zh, not the en→de asked for; not installed" in err
    assert nothing_installed(packages_dir)


def test_offline_install_says_the_index_is_unreachable_and_names_install_file(packages_dir, capsys):
    code, err = cli(
        capsys, "models", "install", "en", "de", "--index", "http://127.0.0.1:9/", "--packages-dir", str(packages_dir)
    )
    assert code != 0 and err.count("\n") == 1
    assert "the package index http://127.0.0.1:9/index.json is unreachable" in err
    assert "`l10n models install-file PATH.argosmodel`" in err and "Traceback" not in err
