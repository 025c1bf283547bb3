"""A damaged publish manifest (`.site.l10n-manifest.json` cut short, or not JSON): `publish`
says so in one warning line naming the file and what it costs, and publishes every locale and
article again, so a run for one locale does not drop the others from the indexes, language
switchers and sitemap (they are listed from the manifest's page records).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SEED, run_l10n


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ops9-manifest") / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "zh_CN", "es"]\n', encoding="utf-8")
    done = l10n(root, "run", "--engine", "pseudo")
    assert done.returncode == 0, done.stderr
    return root


def urls(root: Path) -> list[str]:
    return sorted(line.strip() for line in (root / "site" / "sitemap.xml").read_text().splitlines() if "<loc>" in line)


def damage_and_publish(published: Path, damage) -> subprocess.CompletedProcess[str]:
    """`publish --locales de` after `damage(good bytes)` replaced the manifest: it warns once,
    naming the file and what it costs, and publishes the site whole (the manifest rebuilt, no
    language dropped from the sitemap). The publish, for the caller's further checks."""
    manifest = published / ".site.l10n-manifest.json"
    good = manifest.read_bytes()
    listed = urls(published)
    assert len(listed) > 3
    manifest.write_bytes(damage(good))
    done = l10n(published, "publish", "--locales", "de")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, done.stderr
    assert ".site.l10n-manifest.json" in warnings[0] and "every locale and article" in warnings[0], warnings[0]
    assert urls(published) == listed  # no language dropped from the sitemap
    assert manifest.read_bytes() == good  # rebuilt whole
    return done


@pytest.mark.parametrize("damage", [lambda b: b[: len(b) // 2], lambda b: b"\x00\xff garbage"], ids=["cut", "garbage"])
def test_a_damaged_manifest_is_named_and_the_site_published_whole(published: Path, damage) -> None:
    damage_and_publish(published, damage)
    again = l10n(published, "publish", "--locales", "de")
    assert again.returncode == 0 and "warning" not in again.stderr, again.stderr
