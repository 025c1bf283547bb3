"""What `assemble` imports after a one-sentence edit (issue 16: an edit re-run costs in
proportion to what changed, and each stage is its own process, so start-up is part of it).

The edited article's parse comes from what `extract` kept (`memory.documents`), so the edit
run of `assemble` renders editions from a decoded `Document` and needs no ingest or sentence
segmentation: importing them (`l10n.segment` pulls the ingest modules and their ~100 regular
expressions) was ~0.1 s of a ~1 s edit run at 1,000 articles. The msgctxt rule both `extract`
and `assemble` follow lives in `l10n.msgctxt` for that reason.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from test_startup_imports import probe

REPO = Path(__file__).resolve().parent.parent
EXTRACT = ["extract", "{root}/seeds", "--locales", "de,zh_CN,ar", "-q"]
ASSEMBLE = ["assemble", "--format", "html", "--format", "md", "--format", "txt"]
SEGMENTING = {"l10n.segment", "l10n.extract", "l10n.ingest.html", "l10n.ingest.markdown", "trafilatura"}


def test_edit_run_of_assemble_imports_no_segmenter(tmp_path: Path) -> None:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    seed = next((REPO / "seeds").glob("*.txt"))
    shutil.copy(seed, root / "seeds")
    listing = tmp_path / "modules.txt"
    for args in (EXTRACT, ["translate", "--engine", "pseudo", "--locales", "de,zh_CN,ar"], ["qa"], ASSEMBLE):
        probe(root, args, listing)
    article = root / "seeds" / seed.name
    head, _, body = article.read_text(encoding="utf-8").partition("\n\n")  # a body sentence, as `bench/chain.py` edits
    assert " the " in body
    article.write_text(head + "\n\n" + body.replace(" the ", " the (rev. 1) ", 1), encoding="utf-8")
    probe(root, EXTRACT, listing)
    probe(root, ["qa"], listing)
    out, modules = probe(root, ASSEMBLE, listing)
    written = int(re.search(r"(\d+) written", out).group(1))  # type: ignore[union-attr]
    assert written > 0, out  # the edited article's editions, rebuilt from its kept parse
    assert "l10n.assemble.article" in modules  # it did assemble the edited article's editions
    assert not SEGMENTING & modules, sorted(SEGMENTING & modules)
