"""Page names stay within a file name's limit (session 34): an article whose headline's slug is
taken gets its domain appended, again for each name taken, and a domain may be 128 characters, so
four articles ("X y", "X y", "X", "X") could name a page past 255 bytes: `publish` then stopped on
that page with the others moved in and no index. A name past `slugs.PAGE_STEM_MAX` is now cut and
given a digest of the whole; below it names are what they were."""

from __future__ import annotations

from pathlib import Path

from test_mendops_batch import l10n

from l10n.publish.slugs import PAGE_STEM_MAX, name_pages, unique_slug

LONG = "b" + "z" * 125  # articles are named in the order of their domains: a0, b…, c1, y-b…


def test_names_below_the_limit_are_as_before_and_a_long_one_is_cut_the_same_way_each_time() -> None:
    taken: dict[str, str] = {}
    assert name_pages("X y", "a0", ["en", "de"], taken)[0] == "x-y"
    assert name_pages("X y", LONG, ["en", "de"], taken)[0] == f"x-y-{LONG}"  # as before the limit
    assert name_pages("X", "c1", ["en", "de"], taken)[0] == "x"
    before = dict(taken)
    last = unique_slug("X", f"y-{LONG}", ["en", "de"], taken)
    assert last == unique_slug("X", f"y-{LONG}", ["en", "de"], before)  # the same name every run
    assert len(last) <= PAGE_STEM_MAX and last.startswith(f"x-y-{LONG}-y-")  # uncut: "x-y-b…-y-b…", 259
    assert all(f"{code}/{last}.html" not in taken for code in ("en", "de"))


def test_a_name_taken_over_and_over_stays_within_the_limit_and_unique() -> None:
    taken: dict[str, str] = {}
    names = [name_pages("Same headline", f"{n:03d}-{LONG[:120]}", ["en"], taken)[0] for n in range(6)]
    assert len(set(names)) == 6
    assert all(len(f"{name}.html".encode()) <= 255 for name in names)


def test_publish_writes_every_page_of_articles_whose_names_pile_up(tmp_path: Path) -> None:
    root = tmp_path / "project"
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    body = "The council met on Monday and approved the new budget for the coming year."
    for domain, headline in (("a0", "X y"), (LONG, "X y"), ("c1", "X"), (f"y-{LONG}", "X")):
        (seeds / f"{domain}.md").write_text(f"# {headline}\n\n{body}\n", encoding="utf-8")
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\nengine = "pseudo"\n', encoding="utf-8")
    done = l10n(root, "run")
    assert done.returncode in (0, 1), done.stderr  # 1: QA's findings on pseudo text, not a failure to write
    assert "File name too long" not in done.stderr
    pages = sorted(path.name for path in (root / "site" / "en").glob("*.html") if path.name != "index.html")
    slugs = [name for name in pages if name.startswith("x")]
    assert len(slugs) == 4, pages
    assert max(len(name.encode()) for name in pages) <= PAGE_STEM_MAX + len(".html")
    index = (root / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert all(name in index for name in slugs)  # the index was written and lists every page
