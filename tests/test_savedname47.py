"""Pages saved by a browser are named by their titles ("Путин заявил.html"): such a file gets an
article id derived from its name (`project.article_id`), where `extract` refused it (sweep46: 45
of trafilatura's 903 evaluation pages). Through the real CLI, on real pages of
tests/data/realworld renamed as a browser names them (sources in its SOURCES.md).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from chain_support import snapshot
from conftest import DATA, run_l10n

REALWORLD = DATA / "realworld"
SAVED = {  # the page, and the name a browser gives it when saved (its title)
    "ak-kurier-de-betzdorf.html": "Deutsche Bank schließt nach fast 60 Jahren Filiale in Betzdorf – AK-Kurier.html",
    "54rus-org-moloko.html": "Натуральное молоко избавит курильщиков от никотина.html",
    "cnr-cn-shiyan.html": "中央军委主席习近平签署命令 发布《军队装备试验鉴定规定》.html",
}
LANGUAGES = {"54rus-org-moloko.html": "ru", "cnr-cn-shiyan.html": "zh_CN"}  # the pages state none, or a wrong one
NOTE = re.compile(r"^note: (seeds/.+): article id '([^']+)' \(the file's name is not one\)$", re.MULTILINE)
CHAIN = (
    ("extract", "seeds"),
    ("update",),
    ("translate",),
    ("assemble", "--format", "html", "--format", "md"),
    ("publish",),
)


def saved_pages(root: Path, pages: dict[str, str] = SAVED, *, also: tuple[str, ...] = ()) -> None:
    """A project whose seeds/ holds `pages` under their saved names, and `also` under its own."""
    (root / "seeds").mkdir()
    for page, name in pages.items():
        shutil.copyfile(REALWORLD / page, root / "seeds" / name)
    for page in also:
        shutil.copyfile(REALWORLD / page, root / "seeds" / page)
    stated = "".join(f'"seeds/{pages[page]}" = "{code}"\n' for page, code in LANGUAGES.items() if page in pages)
    (root / "l10n.toml").write_text(
        f'[l10n]\nlocales = ["fr", "ja"]\nengine = "pseudo"\n\n[l10n.article_languages]\n{stated}', encoding="utf-8"
    )


def test_saved_pages_named_by_their_titles_go_through_the_chain(tmp_path: Path) -> None:
    saved_pages(tmp_path, also=("dw-com-uncork.html",))
    extracted = run_l10n(tmp_path, "extract", "seeds")
    notes = dict(NOTE.findall(extracted.stdout))
    assert set(notes) == {f"seeds/{name}" for name in SAVED.values()}, extracted.stdout
    ids = list(notes.values())
    assert all(re.fullmatch(r"[A-Za-z0-9-]+-[0-9a-f]{8}", each) and len(each) <= 128 for each in ids), ids
    assert notes[f"seeds/{SAVED['ak-kurier-de-betzdorf.html']}"].startswith("Deutsche-Bank-schliesst-nach-fast-60")
    assert notes[f"seeds/{SAVED['54rus-org-moloko.html']}"].startswith("article-")  # no Latin letter in the name
    assert notes[f"seeds/{SAVED['cnr-cn-shiyan.html']}"].startswith("article-")
    assert "dw-com-uncork" not in "".join(notes)  # a valid name is the id as it is, and no note
    pots = sorted(pot.stem for pot in (tmp_path / "locales").glob("*.pot"))
    assert pots == sorted([*ids, "dw-com-uncork"])
    for step in CHAIN[1:]:
        run_l10n(tmp_path, *step)
    for each in [*ids, "dw-com-uncork"]:
        for locale in ("fr", "ja"):
            assert (tmp_path / "locales" / locale / "LC_MESSAGES" / f"{each}.po").is_file()
            assert (tmp_path / "build" / locale / f"{each}.html").is_file()
            assert (tmp_path / "build" / locale / f"{each}.md").is_file()
            assert (tmp_path / "site" / locale / f"{each}.html").is_file()  # the page, or its redirect
    listed = run_l10n(tmp_path, "status").stdout  # each derived id is shown with its file's name
    for file, each in notes.items():
        assert re.search(rf"^{each} +.+ \({re.escape(file)}\)$", listed, re.MULTILINE), listed
    assert re.search(r"^dw-com-uncork +Uncork the mystery of Germany's Frühburgunder$", listed, re.MULTILINE)
    before = snapshot(tmp_path)
    again = run_l10n(tmp_path, "extract", "seeds")
    assert dict(NOTE.findall(again.stdout)) == notes  # the same names give the same ids
    for step in CHAIN[1:]:
        run_l10n(tmp_path, *step)
    assert snapshot(tmp_path) == before  # a second run writes nothing new


def test_quiet_extract_says_no_note(tmp_path: Path) -> None:
    saved_pages(tmp_path, {"ak-kurier-de-betzdorf.html": SAVED["ak-kurier-de-betzdorf.html"]})
    done = run_l10n(tmp_path, "extract", "seeds", "-q")
    assert "note:" not in done.stdout + done.stderr
    assert len(list((tmp_path / "locales").glob("Deutsche-Bank-*.pot"))) == 1


def test_two_files_that_still_map_to_one_id_are_refused_naming_both(tmp_path: Path) -> None:
    name = SAVED["ak-kurier-de-betzdorf.html"]
    saved_pages(tmp_path, {"ak-kurier-de-betzdorf.html": name})
    (id_,) = NOTE.findall(run_l10n(tmp_path, "extract", "seeds").stdout)
    derived = id_[1]
    shutil.copyfile(REALWORLD / "dw-com-uncork.html", tmp_path / "seeds" / f"{Path(name).stem}.htm")
    done = run_l10n(tmp_path, "extract", "seeds", allowed=(2,))
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert errors[0] == (
        f"error: seeds/{Path(name).stem}.htm: domain {derived!r} already belongs to seeds/{name}; "
        "rename one of the two files, or extract this one alone with --domain ID"
    )
    # a file a person named with the id derived for another file's name
    (tmp_path / "seeds" / f"{Path(name).stem}.htm").unlink()
    shutil.copyfile(REALWORLD / "dw-com-uncork.html", tmp_path / "seeds" / f"{derived}.html")
    done = run_l10n(tmp_path, "extract", "seeds", allowed=(2,))
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2 and f"seeds/{name}" in errors[0] and f"seeds/{derived}.html" in errors[0], errors
    assert "1 of 2 articles refused" in errors[1]
    pot = (tmp_path / "locales" / f"{derived}.pot").read_text(encoding="utf-8")
    assert "Deutsche Bank" in pot and "Frühburgunder" not in pot  # nothing of the refused one written


def test_ids_named_explicitly_are_still_refused(tmp_path: Path) -> None:
    name = SAVED["ak-kurier-de-betzdorf.html"]
    saved_pages(tmp_path, {"ak-kurier-de-betzdorf.html": name})
    done = run_l10n(tmp_path, "extract", f"seeds/{name}", "--domain", "Filiale schließt", allowed=(2,))
    assert "invalid domain name 'Filiale schließt'" in done.stderr
    assert not (tmp_path / "locales").exists() or not list((tmp_path / "locales").glob("*.pot"))
    (id_,) = NOTE.findall(run_l10n(tmp_path, "extract", "seeds").stdout)
    run_l10n(tmp_path, "update")
    run_l10n(tmp_path, "xliff", "export", "--locale", "fr", "--xliff-version", "1.2")
    xlf = tmp_path / "locales" / "fr" / f"{id_[1]}.xlf"
    run_l10n(tmp_path, "xliff", "import", str(xlf))  # the derived id is a catalog's name like any
    text = xlf.read_text(encoding="utf-8")
    assert f'original="fr/LC_MESSAGES/{id_[1]}.po"' in text
    xlf.write_text(text.replace(f"{id_[1]}.po", f"{Path(name).stem}.po"), encoding="utf-8")
    done = run_l10n(tmp_path, "xliff", "import", str(xlf), allowed=(2,))
    assert done.stderr.startswith(f"error: {xlf}: invalid domain name {Path(name).stem!r}: use")


def test_an_article_under_a_derived_id_is_found_again_after_an_edit_and_a_new_extension(tmp_path: Path) -> None:
    """`update` extracts an edited article again (its template records the file; the id is the
    file name's); a template whose recorded file is gone finds the article in seeds/ whose name
    gives its id (`Project.source_for`), as `seeds/<domain>.*` is found for a valid name."""
    import os

    import polib

    name = SAVED["ak-kurier-de-betzdorf.html"]
    saved_pages(tmp_path, {"ak-kurier-de-betzdorf.html": name})
    (id_,) = NOTE.findall(run_l10n(tmp_path, "extract", "seeds").stdout)
    derived = id_[1]
    article = tmp_path / "seeds" / name
    article.write_bytes(article.read_bytes().replace(b"Filiale in Betzdorf", b"Filiale in Betzdorf (Sieg)"))
    pot = tmp_path / "locales" / f"{derived}.pot"
    os.utime(article, ns=(pot.stat().st_mtime_ns + 10**9, pot.stat().st_mtime_ns + 10**9))
    updated = run_l10n(tmp_path, "update")
    assert f"locales/{derived}.pot: seeds/{name} changed since the template was written" in updated.stdout
    assert [p.stem for p in (tmp_path / "locales").glob("*.pot")] == [derived]  # no second template
    template = polib.pofile(str(pot))
    assert template.metadata["X-L10n-Source"] == f"seeds/{name}"
    template.metadata["X-L10n-Source"] = ""  # as a template made by hand, or before the header
    template.save()
    run_l10n(tmp_path, "assemble", "--locales", "fr")
    assert "Deutsche Bank" in (tmp_path / "build" / "fr" / f"{derived}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_new_files_of_one_run_that_map_to_one_id_are_refused_naming_both(tmp_path: Path, jobs: str) -> None:
    """Both new: the second is refused by the template the first wrote (`--jobs 1`), or before
    either is written (`--jobs 2`: `pipeline._one_article_per_domain`, for workers), whether the
    two names are one stem ("x.htm", "x.html") or a derived id and a name a person typed."""
    probe = tmp_path / "probe"
    probe.mkdir()
    saved_pages(probe, {"ak-kurier-de-betzdorf.html": "Filiale schließt.html"})
    ((_, derived),) = NOTE.findall(run_l10n(probe, "extract", "seeds").stdout)
    root = tmp_path / "project"
    root.mkdir()
    saved_pages(root, {})
    for name in ("Filiale schließt.html", "Filiale schließt.htm", f"{derived}.html"):
        shutil.copyfile(REALWORLD / "ak-kurier-de-betzdorf.html", root / "seeds" / name)
    done = run_l10n(root, "extract", "seeds", "--jobs", jobs, allowed=(2,))
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    taken = f"domain {derived!r} already belongs to seeds/Filiale schließt.htm; rename one of the two files, or extract this one alone with --domain ID"
    assert errors == [
        f"error: seeds/Filiale schließt.html: {taken}",
        f"error: seeds/{derived}.html: {taken}",
        "error: 2 of 3 articles refused; see above",
    ], done.stderr
    assert [pot.name for pot in (root / "locales").glob("*.pot")] == [f"{derived}.pot"]


def test_run_goes_on_with_the_article_that_holds_the_id(tmp_path: Path) -> None:
    """The file refused for a taken id is counted, and the article holding the id is translated,
    assembled and published (`run` skipped it as if it were the one refused, and then said "no
    articles to work on")."""
    saved_pages(tmp_path, {})
    for suffix in (".htm", ".html"):
        shutil.copyfile(REALWORLD / "ak-kurier-de-betzdorf.html", tmp_path / "seeds" / f"Filiale schließt{suffix}")
    done = run_l10n(tmp_path, "run", allowed=(2,))
    assert done.stderr.splitlines()[-1] == "error: 1 of 2 articles refused; see above", done.stderr
    (pot,) = (tmp_path / "locales").glob("*.pot")
    assert (tmp_path / "build" / "fr" / f"{pot.stem}.html").is_file()
    assert (tmp_path / "site" / "fr" / f"{pot.stem}.html").is_file()
