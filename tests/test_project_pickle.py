"""A `Project` sent to a worker process carries its root and settings, not the caches the parent
fills during a command: a pool's feeder thread pickles tasks while the parent goes on adding to
them, and a dict that grows while it is pickled fails the whole command ("dictionary changed size
during iteration", seen by build16 on `publish --jobs 2` at 1,000 articles)."""

from __future__ import annotations

import pickle
import threading
from pathlib import Path

from l10n.config import Settings
from l10n.locales import parse_locale
from l10n.project import Project


def _filled(root: Path) -> Project:
    project = Project(root=root, settings=Settings())
    for number in range(5_000):
        project.found_sources[f"article-{number:05d}"] = root / "seeds" / f"article-{number:05d}.md"
    (root / "seeds").mkdir(exist_ok=True)
    project.inside_root(root / "seeds" / "article-00001.md")
    project.po_path(parse_locale("de"), "article-00001")
    return project


def test_a_pickled_project_is_its_root_and_settings_only(tmp_path: Path) -> None:
    empty = Project(root=tmp_path, settings=Settings())
    filled = _filled(tmp_path)
    assert len(pickle.dumps(filled)) == len(pickle.dumps(empty))
    again = pickle.loads(pickle.dumps(filled))
    assert again.root == tmp_path and again.settings == empty.settings
    assert again.found_sources == {} and again.locales_dir == tmp_path / "locales"
    assert again.po_path(parse_locale("de"), "a") == tmp_path / "locales" / "de" / "LC_MESSAGES" / "a.po"


def test_pickling_while_the_parent_fills_its_caches_does_not_fail(tmp_path: Path) -> None:
    project = _filled(tmp_path)
    stop = threading.Event()

    def fill() -> None:
        number = 0
        while not stop.is_set():
            project.found_sources[f"more-{number}"] = tmp_path / f"more-{number}.md"
            number += 1

    filler = threading.Thread(target=fill)
    filler.start()
    try:
        for _ in range(200):
            pickle.dumps(project)
    finally:
        stop.set()
        filler.join()
