"""Every label of the real-world corpus (tests/data/realworld/, SOURCES.md there) is well-formed and
names text the saved page really shows.

A label is what `bench/pages.py` and tests/test_ingest_page.py score our extraction against; a
label whose snippet the page does not contain scores nothing (a chrome string that is not there is
never "kept", a body sentence that is not there is always "lost"). So each snippet is looked for
in the page's visible text as a reader gets it: the HTML parsed with lxml (WHATWG-style
tag soup), `<script>`, `<style>`, `<template>`, an SVG's `<title>`/`<desc>` and comments dropped, a space at each block
boundary, and compared the way bench/pages.py scores (lower case, word characters only, so a
soft hyphen or a curly quote does not hide a match). This reads the pages only; it runs none of
our extraction.

The rules and measure labels carry some of trafilatura's own annotations, made on the live page:
strings the saved page does not contain (a teaser that had rotated out, a widget drawn by
script), and scmp's body, which the saved page holds only in a script. They are listed in
NOT_IN_THE_SAVED_PAGE so that the list can only shrink; every other label names visible text.
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache
from pathlib import Path

import lxml.html
import pytest
from conftest import DATA, measured_in

REALWORLD = DATA / "realworld"
LABELS = sorted(REALWORLD.glob("*.json"))
_SPLITS = tomllib.loads((REALWORLD / "splits.toml").read_text(encoding="utf-8"))  # the one list of splits
SPLITS = set(_SPLITS["splits"])
SEEN_BEFORE_BLIND = set(_SPLITS["seen_before_blind"])
"""The splits the bench corpus may read: every split labelled since is kept out of it."""
KEYS = {"headlines", "dates", "authors", "body_start", "body_end", "keep", "chrome", "split", "source"}
# Elements that end a line when a browser lays the page out (HTML Living Standard, "the
# rendering" section: display block, list-item, table parts) plus <br>.
BLOCKS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section summary table td th tr ul".split()
)
# Never rendered: scripts, styles, templates, and an SVG's <title>/<desc> (tooltips and
# descriptions for assistive technology; a <title> outside <head> is display: none).
INVISIBLE = ("script", "style", "template", "title", "desc")
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def decode(data: bytes) -> str:
    """UTF-8 when the bytes are UTF-8, else the charset the page declares, else Windows-1252 (the
    WHATWG fallback for an undeclared legacy page)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        declared = CHARSET.search(data[:4096])
        try:
            return data.decode(declared.group(1).decode("ascii") if declared else "cp1252", errors="replace")
        except LookupError:
            return data.decode("cp1252", errors="replace")


def normalise(text: str) -> str:
    return " ".join(text.split())


def key(text: str) -> str:
    """The form bench/pages.py matches in: lower case, word characters only."""
    return re.sub(r"\W+", "", text.lower())


# Snippets of older labels (trafilatura's annotations of the live page) absent from the saved page,
# by the start of the snippet; see the module docstring.
NOT_IN_THE_SAVED_PAGE = {
    "bbc-com-52241221": ("Can we answer your question",),
    "caymancompass-com-prison": ("The prison official’s affidavit", "You have 4 free articles"),
    "corkbeo-ie-level": ("The latest update for the Irish",),
    "edition-cnn-com-royal": ("Video Ad Feedback", "PAID CONTENT", "Berlin: Eine Senior-Dating"),
    "kaieteurnewsonline-com-essequibo": ("Guyanese killed",),
    "medicalnewstoday-com-318674": ("to such placement, do not",),
    "msn-com-university": ("powered by Microsoft News", "Sign in", "Commenting is not currently"),
    "nytimes-com-blackouts": ("Her Husband Abused Her.", "Chris Rock Tried", "Opinion: Which Party"),
    "scmp-com-playbook": (
        "Taiwanese President Tsai",
        "almost insulting",
        "a sign she was working",
        "using political shrewdness",
        "Tsai says Beijing",
        "By registering, you agree",
    ),
    "theatlantic-com-disasters": ("Some were blasted by critics", "Subscribe and support 162"),
    "theverge-com-ios13": ("Singapore’s public health",),
    "timesofisrael-com-washington": ("Already a member?",),
    "tomshardware-com-rtx": ("More about...",),
    "vice-com-amazon": ("Watch this next",),
}


@cache
def visible_text(path: Path) -> str:
    """The page's text as a reader sees it: tags stripped, a space at block boundaries."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    root = lxml.html.document_fromstring(decode(path.read_bytes()).encode("utf-8"), parser=parser)
    body = root.find("body")
    for element in list((body if body is not None else root).iter(*INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = " " + (element.tail or "")
            element.text = " " + (element.text or "")
    return normalise((body if body is not None else root).text_content())


def problems(label: dict, text: str, known_splits: set[str], absent: tuple[str, ...] = ()) -> list[str]:
    """Every way a label falls short, one line each (empty: the label is sound). `text` is the
    page's visible text; `absent` the starts of snippets known to be missing from it."""
    found = []
    if set(label) != KEYS:
        found.append(f"keys {sorted(set(label) ^ KEYS)} missing or unknown")
        return found
    for field in ("headlines", "dates", "authors", "keep", "chrome"):
        values = label[field]
        if not isinstance(values, list) or not all(isinstance(value, str) and value.strip() for value in values):
            found.append(f"{field} is not a list of non-empty strings")
    if label["split"] not in known_splits:
        found.append(f"split {label['split']!r} unknown")
    if not isinstance(label["source"], str) or not label["source"].startswith("https://github.com/"):
        found.append("source is not a GitHub address")
    if not label["headlines"]:
        found.append("no headline")
    for date in label["dates"] if isinstance(label["dates"], list) else []:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            found.append(f"date {date!r} is not YYYY-MM-DD")
    for field in ("body_start", "body_end"):
        if label[field] is not None and not (isinstance(label[field], str) and label[field].strip()):
            found.append(f"{field} is neither a non-empty string nor null")
    snippets = [label["body_start"], label["body_end"], *label["keep"], *label["chrome"]]
    page = key(text)
    for snippet in snippets:
        if isinstance(snippet, str) and key(snippet) not in page and not snippet.startswith(absent):
            found.append(f"not in the page's text: {snippet[:60]!r}")
    return found


@pytest.mark.parametrize("label_path", LABELS, ids=[path.stem for path in LABELS])
def test_every_label_is_well_formed_and_names_text_the_page_shows(label_path: Path) -> None:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    assert label_path.with_suffix(".html").exists()
    absent = NOT_IN_THE_SAVED_PAGE.get(label_path.stem, ())
    assert problems(label, visible_text(label_path.with_suffix(".html")), SPLITS, absent) == []
    text = key(visible_text(label_path.with_suffix(".html")))
    missing = [
        s
        for s in (label["body_start"], label["body_end"], *label["keep"], *label["chrome"])
        if s and key(s) not in text
    ]
    assert [start for start in absent if not any(s.startswith(start) for s in missing)] == []  # found now: unlist it


def test_a_broken_label_is_caught() -> None:
    path = next(p for p in LABELS if json.loads(p.read_text(encoding="utf-8"))["split"] == "holdout3")
    label = json.loads(path.read_text(encoding="utf-8"))
    text = visible_text(path.with_suffix(".html"))
    assert problems(label, text, SPLITS) == []
    assert problems({**label, "chrome": [*label["chrome"], "Sign up for our newsletter, zqx"]}, text, SPLITS)
    assert problems({**label, "body_start": label["body_start"] + " zqx"}, text, SPLITS)
    assert problems({**label, "body_end": 3}, text, SPLITS)
    assert problems({**label, "split": "holdout99"}, text, SPLITS)
    assert problems({**label, "dates": ["19 Nov 2019"]}, text, SPLITS)
    assert problems({key: value for key, value in label.items() if key != "authors"}, text, SPLITS)
    assert problems({**label, "keep": "one string"}, text, SPLITS)


def test_the_holdout3_split_is_blind_sized_and_from_sites_no_other_split_uses() -> None:
    labels = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in LABELS}
    held = [stem for stem, label in labels.items() if label["split"] == "holdout3"]
    site = {stem: stem.rsplit("-", 1)[0] for stem in labels}  # "nypost-com-plague" → "nypost-com"
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    assert len(held) >= 30
    assert len({site[stem] for stem in held}) == len(held)  # one page per site
    assert not {site[stem] for stem in held} & {site[stem] for stem in labels if stem not in held}
    for stem in held:
        assert f"| `{stem}.html` | holdout3 |" in sources
        assert not labels[stem]["source"].startswith("https://github.com/adbar/trafilatura/")
        assert (REALWORLD / f"{stem}.html").stat().st_size <= 1_500_000


@pytest.mark.parametrize("split", ["holdout4", "holdout5"])
def test_the_holdout4_split_is_sized_and_from_sites_no_other_split_uses(split: str) -> None:
    """holdout4 and holdout5 (SOURCES.md): each labelled in two parts before any extraction ran,
    one page per site, no site shared with another split; at least 15 pages from scrapinghub's
    collection."""
    labels = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in LABELS}
    held = [stem for stem, label in labels.items() if label["split"] == split]
    site = {stem: stem.rsplit("-", 1)[0] for stem in labels}
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    scrapinghub = "https://github.com/scrapinghub/article-extraction-benchmark/blob/4a3bc979/html/"
    assert sum(labels[stem]["source"].startswith(scrapinghub) for stem in held) >= 15
    assert len({site[stem] for stem in held}) == len(held)
    assert not {site[stem] for stem in held} & {site[stem] for stem in labels if stem not in held}
    for stem in held:
        assert f"| `{stem}.html` | {split} |" in sources
        assert not labels[stem]["source"].startswith("https://github.com/adbar/trafilatura/")
        assert (REALWORLD / f"{stem}.html").stat().st_size <= 1_500_000


def test_the_bench_corpus_never_reads_the_blind_split() -> None:
    """bench/corpus.py feeds saved pages through our extraction; the pages of every split after
    holdout2 (holdout3, holdout4, … the newest) stay out of it."""
    from conftest import bench_module

    read = {path.name for path in bench_module("corpus").source_files()}
    labels = {path.with_suffix(".html").name: json.loads(path.read_text(encoding="utf-8"))["split"] for path in LABELS}
    for blind in sorted(SPLITS - SEEN_BEFORE_BLIND):  # every later split is blind to the bench corpus
        held = {name for name, split in labels.items() if split == blind}
        assert held and not held & read
    assert {name for name, split in labels.items() if split == "rules"} & read  # the other pages still feed it


def test_an_unmeasured_split_is_a_split() -> None:
    assert set(_SPLITS["unmeasured"]) <= SPLITS


def test_a_page_of_an_unmeasured_split_is_not_sampled(tmp_path: Path) -> None:
    (tmp_path / "splits.toml").write_text('splits = ["old", "new"]\nunmeasured = ["new"]\n', encoding="utf-8")
    for name, split in (("a-old", "old"), ("b-new", "new")):
        (tmp_path / f"{name}.html").write_text("<p>x</p>", encoding="utf-8")
        (tmp_path / f"{name}.json").write_text(json.dumps({"split": split}), encoding="utf-8")
    (tmp_path / "c-unlabelled.html").write_text("<p>x</p>", encoding="utf-8")
    assert [page.name for page in measured_in(tmp_path)] == ["a-old.html", "c-unlabelled.html"]


SAMPLERS = re.compile(r"""(?:REALWORLD|["']realworld["']\s*\))\s*\.\s*r?glob\(""")


def test_tests_sample_the_saved_pages_only_through_measured_pages() -> None:
    """A test that globbed tests/data/realworld itself would run our extractor on a split that
    awaits its blind run (review20: four samplers did)."""
    tests = Path(__file__).resolve().parent
    own = {"conftest.py", Path(__file__).name}
    found = [
        path.name
        for path in sorted(tests.glob("test_*.py"))
        if path.name not in own and SAMPLERS.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
