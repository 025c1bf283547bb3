"""Paths: nothing a user (or a crafted file) passes can make a command write outside `--root`.

Locale codes and domain names are validated (BCP 47 / safe slug) before they become path parts,
and a symlink inside the project that leads out of it is refused. Every test lists the files
outside the root before and after the command: they must be byte-for-byte the same set.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEED

from l10n.cli import main


@pytest.fixture
def layout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """`(root, outside)`: a project with the seed extracted and a German PO, and a sibling folder."""
    root, outside = tmp_path / "root", tmp_path / "outside"
    (root / "seeds").mkdir(parents=True)
    (outside / "etc").mkdir(parents=True)
    (outside / "etc" / "passwd").write_text("root:x:0:0\n", encoding="utf-8")
    shutil.copy(SEED, root / "seeds" / "article.txt")
    assert main(["extract", str(root / "seeds"), "--root", str(root)]) == 0
    assert main(["update", "--root", str(root), "--locales", "de"]) == 0
    capsys.readouterr()
    return root, outside


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def refused(args: list[str], capsys: pytest.CaptureFixture[str], *, pattern: str) -> None:
    status = main(args)
    err = capsys.readouterr().err
    assert status == 2, err
    assert len(err.strip().splitlines()) == 1 and pattern in err, err


@pytest.mark.parametrize(
    "code", ["../../etc", "..", "de/../../outside", "zh_CN/..", "/etc", "de\\..\\..", "de%2f..", "zh_CN\x00"]
)
@pytest.mark.parametrize("command", ["update", "translate", "assemble", "status"])
def test_locale_that_is_a_path_is_refused(code: str, command: str, layout, capsys) -> None:
    root, outside = layout
    before, inside_before = snapshot(outside), snapshot(root)
    args = [command, "--root", str(root), "--locales", code] + (
        ["--engine", "pseudo"] if command == "translate" else []
    )
    refused(args, capsys, pattern="locale")
    assert snapshot(outside) == before
    assert snapshot(root).keys() == inside_before.keys()


@pytest.mark.parametrize("domain", ["../x", "..", "../../outside/etc/passwd", "/etc/passwd", "a/b", ".hidden", "x\x00"])
def test_domain_that_is_a_path_is_refused(domain: str, layout, capsys) -> None:
    root, outside = layout
    before = snapshot(outside)
    refused(
        ["extract", str(root / "seeds" / "article.txt"), "--domain", domain, "--root", str(root)],
        capsys,
        pattern="domain",
    )
    refused(["update", "--root", str(root), "--locales", "de", "--domains", domain], capsys, pattern="domain")
    refused(["assemble", "--root", str(root), "--locales", "de", "--domains", domain], capsys, pattern="domain")
    assert snapshot(outside) == before


def test_seed_symlink_to_a_file_outside_is_refused(layout, capsys) -> None:
    root, outside = layout
    (root / "seeds" / "passwd.txt").symlink_to(outside / "etc" / "passwd")
    before = snapshot(outside)
    refused(
        ["extract", str(root / "seeds"), "--root", str(root)], capsys, pattern="passwd.txt: symlink to a file outside"
    )
    assert not (root / "locales" / "passwd.pot").exists()
    assert snapshot(outside) == before


@pytest.mark.parametrize(
    ("linked", "command"),
    [
        ("locales/fr", ["update", "--locales", "fr"]),
        ("locales/de/LC_MESSAGES", ["translate", "--locales", "de", "--engine", "pseudo"]),
        ("build", ["assemble", "--locales", "de"]),
    ],
)
def test_symlinked_folder_leading_outside_is_never_written_through(
    linked: str, command: list[str], layout, capsys
) -> None:
    root, outside = layout
    target = outside / "trap"
    target.mkdir()
    if (root / linked).exists():
        shutil.copytree(root / linked, target, dirs_exist_ok=True)
        shutil.rmtree(root / linked)
    (root / linked).parent.mkdir(parents=True, exist_ok=True)
    (root / linked).symlink_to(target, target_is_directory=True)
    before = snapshot(outside)
    refused(command[:1] + ["--root", str(root)] + command[1:], capsys, pattern="outside the project root")
    assert snapshot(outside) == before


def test_crafted_xliff_cannot_name_a_catalog_outside_the_root(layout, tmp_path: Path, capsys) -> None:
    root, outside = layout
    assert main(["xliff", "export", "--locale", "de", "--xliff-version", "1.2", "--root", str(root)]) == 0
    text = (root / "locales" / "de" / "article.xlf").read_text(encoding="utf-8")
    before = snapshot(outside)
    for original, language in [
        ("../../outside/etc/LC_MESSAGES/passwd.po", "de"),
        ("de/LC_MESSAGES/article.po", "../../etc"),
    ]:
        crafted = tmp_path / "crafted.xlf"
        crafted.write_text(
            text.replace('original="de/LC_MESSAGES/article.po"', f'original="{original}"').replace(
                'target-language="de"', f'target-language="{language}"'
            ),
            encoding="utf-8",
        )
        capsys.readouterr()
        status = main(["xliff", "import", str(crafted), "--root", str(root)])
        out, err = capsys.readouterr()
        assert status in (0, 2) and len(err.strip().splitlines()) <= 1, err
        if status == 0:  # only the file name is used: the project's own catalog is the one updated
            assert "updated locales/de/LC_MESSAGES/" in out, out
    assert snapshot(outside) == before
