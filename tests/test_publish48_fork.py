"""`publish --jobs N`'s workers fork with the article templates compiled (issue 16, session 48:
`staging.load_before_fork`).

Each worker compiled `article.html.j2` (over `base.html.j2`) and `redirect.html.j2`, and made the
environment's lexer, on its first article: most of what that article cost above its next
(`bench/site_write.py`, Session 48). The parent now compiles every template of the site's
environment (the indexes are its own to render) before the pool forks, and renders and writes
nothing. Looked at in a process of its own (`-P`: the code under test, not the working folder's),
as a pool's parent is: the test process's environment (`site.template_environment`, one per
process) may hold templates an earlier test compiled. The bytes the workers write are held to one
process's by `tests/test_build16_publish_workers.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

WARM_UP = """
import json, os, sys
from pathlib import Path

import l10n.parallel
from l10n.publish import staging
from l10n.publish.site import template_environment

given = {}


def pool(work, items, *, jobs, chunk_size, before_fork=None, **_):
    given["before_fork"] = before_fork
    return iter(())


l10n.parallel.in_worker_processes = pool
folder = Path(sys.argv[1])
settings = staging.StageSettings(folder / "site", folder / "stage", folder, None, {}, workers=True)
env = template_environment()
compiled = lambda: sorted(template.name for template in env.cache.values())
list(staging.staged_in_order(iter(()), settings, jobs=2))
before = compiled()
if given["before_fork"] is not None:
    given["before_fork"]()
print(json.dumps({
    "warm_up": given["before_fork"] is not None,
    "before": before,
    "after": compiled(),
    "written": sorted(os.listdir(folder)),
}))
"""


def _warm_up(folder: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-P", "-c", WARM_UP, str(folder)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_the_pool_forks_with_the_article_templates_compiled(tmp_path):
    seen = _warm_up(tmp_path)
    assert seen["warm_up"], "the pool is given no warm-up"
    assert seen["before"] == []  # nothing compiled before it: what each worker compiled on its first article
    assert {"article.html.j2", "base.html.j2", "redirect.html.j2"} <= set(seen["after"])  # what `stage_article` renders
    assert seen["written"] == []  # nothing rendered, staged or written
