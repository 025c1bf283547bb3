"""The scene the tests of human work start from: a real article (tests/data/articles/weather_alert.txt)
in a project's `seeds/`, extracted for Spanish and translated by the real Apertium, through the CLI
in processes of their own (`conftest.run_l10n`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import DATA, run_l10n

ARTICLE = DATA / "articles" / "weather_alert.txt"


def apertium_es(root: Path, *translate: str, article: Path = ARTICLE) -> Path:
    """`article` copied to `root/seeds`, `extract` for es, then `translate --engine apertium`
    with the `translate` options (e.g. `--no-tm`). The seed's path."""
    (root / "seeds").mkdir()
    seed = root / "seeds" / article.name
    shutil.copy(article, seed)
    run_l10n(root, "extract", f"seeds/{article.name}", "--locales", "es", "--jobs", "1")
    run_l10n(root, "translate", "--locales", "es", "--engine", "apertium", *translate)
    return seed
