"""`publish` without `--jobs`: worker processes for a new site of many articles, one process
otherwise (session 23, issue 16: "stages that are independent per article run in parallel
where it pays"). Main published every site in one process unless asked (`--jobs 1` default).

A new site's pages are all made, and with names decided ahead (`staging.names_ahead`) workers
stage them under their site paths, so the stage still becomes the site in one rename; on a site
that exists a run makes what changed, and two processes' start-up would cost more than they
save. The bytes are the same whatever the number (`tests/test_build16_publish_workers.py`,
`tests/test_publish22_names_ahead.py`).
"""

from __future__ import annotations

from pathlib import Path

from l10n.parallel import WORKERS_FROM
from l10n.parallel import default_jobs as per_cpu
from l10n.publish.site import default_jobs


def test_a_new_site_of_many_articles_is_made_by_one_worker_per_cpu(tmp_path: Path) -> None:
    assert default_jobs(tmp_path / "site", WORKERS_FROM) == per_cpu()
    assert default_jobs(tmp_path / "site", 1000) == per_cpu()


def test_an_existing_site_or_a_few_articles_take_one_process(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    assert default_jobs(tmp_path / "site", 1000) == 1  # an edit run: what changed, no pool
    assert default_jobs(tmp_path / "new", WORKERS_FROM - 1) == 1  # a pool costs more than it saves
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    assert default_jobs(tmp_path / "link", 1000) == 1  # something is there: not a new site
