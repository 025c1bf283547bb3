"""The code key of every record (`fingerprint.code_state`, and the parsers' `parser_digest`)
holds still when another environment hard-links the same installed files (uv links one cached
file into every venv; each link moves the ctime of all), and moves when a code file is rewritten
or replaced — in a source tree also when only its ctime tells (a same-size edit, mtime put back).

Found by build15 (session 15): a new venv made by another worktree moved Babel's ctime between a
chain's extract and its assemble, so every kept article parse missed. The source-tree case is
review15's.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import os
import sys
from pathlib import Path

import pytest

from l10n.fingerprint import OUTPUT_LIBRARIES, code_file_state, code_state, file_state


def written(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_hard_link_to_an_installed_file_keeps_its_code_state(tmp_path: Path) -> None:
    module = written(tmp_path / "lib" / "site-packages" / "babel" / "core.py", "VALUE = 1\n")
    before, before_file = code_file_state(module), file_state(module)
    os.link(module, tmp_path / "elsewhere.py")
    assert file_state(module) != before_file  # the link count lives in the inode: ctime moved
    assert code_file_state(module) == before


def test_an_installed_file_rewritten_or_replaced_moves_its_code_state(tmp_path: Path) -> None:
    module = written(tmp_path / "dist-packages" / "polib.py", "VALUE = 1\n")
    first = code_file_state(module)
    os.utime(module, ns=(1, 1))
    assert code_file_state(module) != first  # edited in place: mtime
    replacement = written(tmp_path / "new.py", "VALUE = 2\n")
    os.utime(replacement, ns=(1, 1))
    moved = code_file_state(module)
    os.replace(replacement, module)  # an upgrade: same size and mtime, new inode
    assert code_file_state(module) != moved
    assert code_file_state(tmp_path / "dist-packages" / "gone.py") == "-"


def test_a_source_file_edited_with_its_mtime_put_back_moves_its_code_state(tmp_path: Path) -> None:
    module = written(tmp_path / "l10n" / "limits.py", "MAX = 64 * 1024\n")
    st = module.stat()
    before = code_file_state(module)
    with module.open("r+", encoding="utf-8") as handle:  # same size, same inode
        handle.write("MAX = 16 * 1024\n")
    os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert code_file_state(module) != before


def test_linking_an_installed_library_module_keeps_the_code_state() -> None:
    spec = importlib.util.find_spec("babel")
    assert spec is not None and spec.origin is not None
    origin = Path(spec.origin)
    if not {"site-packages", "dist-packages"}.intersection(origin.parts):  # pragma: no cover
        pytest.skip(f"Babel is not installed in site-packages here: {origin}")
    before = code_state.__wrapped__()
    link = origin.parent.parent / f".code-state-link-{os.getpid()}.py"  # same filesystem, outside the package
    try:
        os.link(origin, link)
    except OSError as error:  # pragma: no cover - a filesystem without hard links
        pytest.skip(f"no hard link here: {error}")
    try:
        assert code_state.__wrapped__() == before
    finally:
        link.unlink()


KEYED_ELSEWHERE = {
    "argostranslate": "an MT package's own version, in the MT cache's key (mt/base.py)",
    "ctranslate2": "an MT engine version, in the MT cache's key",
    "sentencepiece": "an MT engine version, in the MT cache's key",
    "sacremoses": "an MT engine version, in the MT cache's key",
    "opencc": "an MT engine version, in the MT cache's key",
    "ray": "where work runs, not what it writes",
    "rich": "the terminal's printing, not a file",
    "typer": "the command line, not a file",
    "packaging": "version comparison of MT packages",
}


def _third_party_imports() -> set[str]:
    package = Path(code_state.__wrapped__.__code__.co_filename).parent
    names: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names and name != "l10n"}


NOT_SHAPING = {
    "certifi": "trust roots for downloads; no stage downloads",
    "urllib3": "HTTP; no stage fetches",
    "typing_extensions": "type hints",
}


def _brought_in(modules: set[str]) -> set[str]:
    """The import names of every installed distribution the given modules' distributions
    require, transitively, extras asked for included (jusText asks lxml[html_clean])."""
    from packaging.requirements import Requirement

    by_module = importlib.metadata.packages_distributions()
    by_distribution: dict[str, set[str]] = {}
    for module, distributions in by_module.items():
        for distribution in distributions:
            by_distribution.setdefault(_canonical(distribution), set()).add(module)
    seen: set[str] = set()
    todo = [(distribution, "") for module in modules for distribution in by_module.get(module, ())]
    while todo:
        distribution, extra = todo.pop()
        if (_canonical(distribution), extra) in seen:
            continue
        seen.add((_canonical(distribution), extra))
        for line in importlib.metadata.requires(distribution) or ():
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
                continue
            todo.append((requirement.name, ""))
            todo.extend((requirement.name, asked) for asked in requirement.extras)
    return {
        module
        for distribution, _ in seen
        for module in by_distribution.get(distribution, ())
        if not module.startswith("_") and "_cli" not in module and not module.endswith(("_data", "_scripts"))
    }


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-")


def test_what_the_output_libraries_bring_is_in_the_code_key_too() -> None:
    """A library an output library imports shapes the output as much (review19 M1: htmldate's
    python-dateutil, jusText's lxml_html_clean): every installed requirement of theirs, all the
    way down, is in `OUTPUT_LIBRARIES` or said not to shape output."""
    brought = _brought_in(set(OUTPUT_LIBRARIES) - set(KEYED_ELSEWHERE))
    assert {"dateutil", "lxml_html_clean", "tzdata"} <= brought  # the walk itself reaches them
    assert brought - set(OUTPUT_LIBRARIES) - set(NOT_SHAPING) == set()


def test_every_library_the_package_imports_is_in_the_code_key_or_keyed_elsewhere() -> None:
    """A library's upgrade must move the key of every record whose output it shapes (review19:
    a Jinja2, lxml or trafilatura upgrade left records holding): a newly imported library fails
    here until it is put in `OUTPUT_LIBRARIES` or said to be keyed elsewhere."""
    imported = _third_party_imports()
    assert imported - set(OUTPUT_LIBRARIES) - set(KEYED_ELSEWHERE) == set()
    assert {"jinja2", "lxml", "trafilatura", "htmldate"} <= set(OUTPUT_LIBRARIES)


def test_each_output_library_is_found_and_its_file_state_is_in_the_code_key() -> None:
    state = code_state.__wrapped__().split("|")
    for name in OUTPUT_LIBRARIES:
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.origin, name
        assert f"{name}={code_file_state(spec.origin)}" in state, name
