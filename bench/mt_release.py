"""Peak memory of a multi-locale `translate` (issue 16): models released per locale vs kept.

    .venv/bin/python bench/mt_release.py --quick     # 3 locales, 2 repeats
    .venv/bin/python bench/mt_release.py --locales de,fr,ja,ru,es --repeat 3

Builds one Argos-sized random-weight package per target language (transformer-base, int8, as
`bench/mt.py` does; `max_decoding_length` in its metadata.json so a model that never emits
end-of-sentence stops early), extracts the seed article for those locales, and runs
`translate_project` with the argos engine in a fresh child process per run, on a fresh copy of
the project (no MT cache):

1. kept: models stay loaded until the process ends (the engine's `close()` made a no-op — what
   the code did before);
2. ours: each language group's engine is closed when its locales are done, which unloads the
   CTranslate2 translator.

The two run alternately `--repeat` times (which goes first alternates by repeat); printed per
side: peak RSS (ru_maxrss of the child, from `os.wait4`) best and spread, wall time, and the load
average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CHILD = """
import sys
from pathlib import Path
from l10n.locales import parse_locale_list
from l10n.mt import batch
from l10n.mt.registry import EngineSettings
from l10n.project import Project
root, packages, locales, mode = sys.argv[1:5]
if mode == "kept":  # the baseline: no model released (fails loudly if the name moves again)
    assert callable(batch.close_engine)
    batch.close_engine = lambda engine: None
project = Project.open(root)
report = batch.translate_project(
    project, locales=parse_locale_list(locales, default=()), domains=project.domains(), engine_name="argos",
    settings=EngineSettings(packages_dir=Path(packages)), progress=False,
)
print(sum(entry.translated for entry in report.locales.values()))
"""


def build_packages(folder: Path, languages: list[str], *, layers: int, max_decoding_length: int) -> None:
    import json

    from models import build_random_package
    from mt import real_sentences

    segments = real_sentences()
    for language in languages:
        package = build_random_package(folder, segments, vocab=8000, layers=layers, from_code="en", to_code=language)
        metadata = json.loads((package / "metadata.json").read_text(encoding="utf-8"))
        metadata["max_decoding_length"] = max_decoding_length
        (package / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")


def run_child(project: Path, packages: Path, locales: str, mode: str) -> tuple[float, float, int]:
    started = time.perf_counter()
    command = [sys.executable, "-c", CHILD, str(project), str(packages), locales, mode]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=REPO)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{mode} run failed")
    return usage.ru_maxrss / 1024, time.perf_counter() - started, int(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locales", default="de,fr,ja,ru")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--max-decoding-length", type=int, default=16)
    parser.add_argument("--quick", action="store_true", help="3 locales, 2 repeats")
    args = parser.parse_args(argv)
    if args.quick:
        args.locales, args.repeat = "de,fr,ja", 2
    from l10n.locales import language_of

    languages = [language_of(code) for code in args.locales.split(",")]
    with tempfile.TemporaryDirectory(prefix="l10n-bench-release-") as scratch:
        scratch_path = Path(scratch)
        packages = scratch_path / "packages"
        build_packages(packages, languages, layers=args.layers, max_decoding_length=args.max_decoding_length)
        size = sum(f.stat().st_size for f in packages.rglob("model.bin")) / 1024 / 1024
        pristine = scratch_path / "pristine"
        (pristine / "seeds").mkdir(parents=True)
        seed = next((REPO / "seeds").glob("*.txt"))
        shutil.copy(seed, pristine / "seeds" / seed.name)
        from l10n.cli import main as cli

        cli(["extract", str(pristine / "seeds"), "--root", str(pristine), "--locales", args.locales, "-q"])
        print(f"{len(languages)} models, {size:.0f} MB of weights on disk; locales {args.locales}")
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        results: dict[str, list[tuple[float, float, int]]] = {"(1) kept": [], "(2) ours: released per locale": []}
        sides = (("(1) kept", "kept"), ("(2) ours: released per locale", "released"))
        for number in range(args.repeat):
            for name, mode in sides if number % 2 == 0 else sides[::-1]:  # neither side always first
                project = scratch_path / "run"
                if project.exists():
                    shutil.rmtree(project)
                shutil.copytree(pristine, project)
                results[name].append(run_child(project, packages, args.locales, mode))
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    for name, runs in results.items():
        rss = [r[0] for r in runs]
        wall = [r[1] for r in runs]
        print(f"{name:32s} peak RSS best {min(rss):7.0f} MB (spread {min(rss):.0f}–{max(rss):.0f})  "
              f"wall {min(wall):6.1f}–{max(wall):.1f} s  units {runs[0][2]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
