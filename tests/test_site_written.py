"""What assemble and publish write is taken by the bytes written (issue 16): a cold `assemble`
stamps each edition file by the hash of the bytes it rendered instead of reading the file back
(`fingerprint(written=…)`), and `publish` leaves its ~6 MB manifest unwritten when the records
and files it would list are those it read and the file holds the bytes it last wrote there
(`publish.reuse.manifest_as_written`).

Each shortcut is checked where it could go wrong: a file someone changes right after it was
written is still seen as changed by the next run; a manifest edited by hand is written again.
The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import chain_project, pseudo_translated_project

import l10n.fsio as fsio
import l10n.publish.editions as l10n_editions
import l10n.publish.site as site
from l10n.assembly import assemble_domains
from l10n.fingerprint import data_digest, fingerprint
from l10n.locales import parse_locale
from l10n.memory.stamps import matches, stored_state
from l10n.project import Project
from l10n.publish import publish_project
from l10n.publish.manifest import manifest_data, manifest_path, read_manifest_entries

LOCALES = [parse_locale("de"), parse_locale("ja")]
FORMATS = ("html", "txt")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    built, _ = pseudo_translated_project(tmp_path / "project", 3, locales=LOCALES, translated=LOCALES, glossary=False)
    return built


def edit_in_place(path: Path) -> bytes:
    """Someone's edit of `path` that keeps its size and inode (an editor writing in place)."""
    data = path.read_bytes()
    changed = data[:-2] + (b"X\n" if data[-2:] != b"X\n" else b"Y\n")
    with open(path, "r+b") as handle:
        handle.write(changed)
    return changed


def test_a_racy_file_is_taken_by_the_bytes_written_not_by_what_it_holds_now(tmp_path: Path) -> None:
    """The stamp of a piece that wrote a file keeps the bytes it wrote: an edit made right
    after the write, before the stamp's stat, makes the stamp fail later. Reading the file
    back instead (no `written`) vouches for the edit."""
    path = tmp_path / "edition.txt"
    path.write_bytes(b"what assemble rendered\n")
    ours = data_digest(path.read_bytes())
    edit_in_place(path)  # in the same tick: the stat cannot tell, so the file is racy
    racy = {os.fspath(path): (os.stat(path), True)}
    taken = fingerprint([path], known=racy, written={os.fspath(path): ours})
    read_back = fingerprint([path], known=racy)
    assert taken.contents[0] == ours and read_back.contents[0] != ours
    now = fingerprint([path], known=racy)  # a later look-up, the file still as edited
    assert not matches(stored_state(taken), now)  # redone
    assert matches(stored_state(read_back), now)  # what reading it back recorded: the edit kept


def test_an_edition_changed_right_after_assemble_wrote_it_is_rebuilt(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end through `assemble_domains`: the first edition file written is edited in place
    the moment after the write (before its stamp is taken); the next run rewrites it."""
    target = project.build_path(LOCALES[0], project.domains()[1], "txt")
    real = fsio.atomic_write_bytes
    edited: list[bytes] = []

    def writing_then_edited(path: Path, data: bytes, **options: bool) -> bool:
        written = real(path, data, **options)
        if Path(path) == target and not edited:
            edited.append(edit_in_place(target))
        return written

    monkeypatch.setattr(fsio, "atomic_write_bytes", writing_then_edited)
    list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    monkeypatch.undo()
    assert edited and target.read_bytes() == edited[0]
    results = list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    assert [(r.locale, r.domain) for r in results if r.written] == [("de", project.domains()[1])]
    assert target.read_bytes() != edited[0]


def test_cold_assemble_reads_each_edition_file_back_at_most_once(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its stamps take the bytes written: a file is read back only where a stamp settles it
    (`Fingerprint.settled`), never to learn what was just written."""
    import l10n.fingerprint as fingerprint_module

    reads: dict[str, int] = {}
    real = fingerprint_module.content_digest

    def counting(path: str) -> str:
        reads[path] = reads.get(path, 0) + 1
        return real(path)

    monkeypatch.setattr(fingerprint_module, "content_digest", counting)
    results = list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    build = os.fspath(project.build_dir)
    assert len(results) == 3 * len(LOCALES) * len(FORMATS)
    editions = {p: n for p, n in reads.items() if p.startswith(build)}
    # read once where a stamp settles it; the other stamp of the file (its edition's, its
    # article's) takes that reading (`fingerprint._verified`)
    assert all(count <= 1 for count in editions.values()), editions


def test_cold_publish_hashes_its_indexes_and_manifest_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The indexes' stamps take the bytes publish wrote (`fsio_notes.written_note`), as the
    editions' do: each index file is read back at most once, where its stamp settles it (it
    was read when the stamp was taken, then again when it settled), and the manifest's bytes are
    hashed once, by its write (its stamp hashed them a second time). Only while the command
    notes its writes (`cli.records.WholeRun.capturing`), as here."""
    import l10n.fingerprint as fingerprint_module
    import l10n.fsio_notes as notes_module
    from l10n.fsio_notes import noting_writes

    list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    reads: dict[str, int] = {}
    real_read, real_hash = fingerprint_module.content_digest, notes_module.data_digest
    hashed: list[bytes] = []

    def counting(path: str) -> str:
        reads[path] = reads.get(path, 0) + 1
        return real_read(path)

    monkeypatch.setattr(fingerprint_module, "content_digest", counting)
    monkeypatch.setattr(fingerprint_module, "data_digest", lambda data: hashed.append(data) or real_hash(data))
    monkeypatch.setattr(notes_module, "data_digest", lambda data: hashed.append(data) or real_hash(data))
    with noting_writes():
        publish_project(project, domains=project.domains(), locales=LOCALES)
    monkeypatch.undo()
    site_dir = os.fspath(project.site_dir)
    indexes = {p: n for p, n in reads.items() if p.startswith(site_dir) and p.endswith(("index.html", ".xml"))}
    assert all(count <= 1 for count in indexes.values()), indexes
    manifest = manifest_path(project.site_dir).read_bytes()
    assert hashed.count(manifest) == 1


def test_publish_leaves_its_manifest_as_written_when_nothing_listed_changed(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    publish_project(project, domains=project.domains(), locales=LOCALES)
    manifest = manifest_path(project.site_dir)
    before = os.stat(manifest)
    files, _ = read_manifest_entries(project.site_dir)
    page = project.site_dir / next(f for f in sorted(files) if f.startswith("ja/") and not f.endswith("index.html"))
    page.unlink()  # publish rebuilds that article: the same pages, the same records
    rendered: list[object] = []
    monkeypatch.setattr(site, "manifest_data", lambda *args: rendered.append(args) or manifest_data(*args))
    report = publish_project(project, domains=project.domains(), locales=LOCALES)
    monkeypatch.undo()
    assert rendered == []  # not rendered again
    assert len(report.rebuilt) == 1 and page.is_file()
    after = os.stat(manifest)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    files, pages = read_manifest_entries(project.site_dir)
    assert manifest.read_bytes() == manifest_data(files, pages)


def test_a_manifest_edited_by_hand_is_written_again(project: Project) -> None:
    """The same records in other bytes (reformatted): publish does not take the file as what it
    wrote (its stamp no longer holds), so the manifest gets the bytes publish writes."""
    list(assemble_domains(project, project.domains(), LOCALES, formats=FORMATS))
    publish_project(project, domains=project.domains(), locales=LOCALES)
    manifest = manifest_path(project.site_dir)
    canonical = manifest.read_bytes()
    manifest.write_text(json.dumps(json.loads(canonical), indent=2), encoding="utf-8")
    publish_project(project, domains=project.domains(), locales=LOCALES)
    assert manifest.read_bytes() == canonical


def test_a_file_settled_once_is_not_read_again_until_its_stat_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stamps of one written file (its edition's and its article's) read it once; an edit
    that moves its stat makes the next stamp read it again, and see the edit."""
    import time

    import l10n.fingerprint as fingerprint_module

    path = tmp_path / "edition.txt"
    path.write_bytes(b"rendered\n")
    ours = {os.fspath(path): data_digest(b"rendered\n")}
    first, second = fingerprint([path], written=ours), fingerprint([path], written=ours)
    time.sleep(0.05)  # past the tick of the write: the stat settles
    reads: list[str] = []
    real = fingerprint_module.content_digest
    monkeypatch.setattr(fingerprint_module, "content_digest", lambda p: reads.append(p) or real(p))
    assert first.settled() and second.settled() and len(reads) == 1
    path.write_bytes(b"edited!!\n")
    time.sleep(0.05)
    third = fingerprint([path], written=ours)  # what the run believes it wrote
    assert not third.settled() and len(reads) == 2


def test_the_walk_taken_again_is_the_listing_a_new_walk_gives(tmp_path: Path) -> None:
    """The record kept after a run takes the look-up's walk again (`StatsSeen.rewalked`) with
    the files the run wrote stat'ed anew: what listing the folders again gives. A new file
    written, or other folders asked for, and the folders are listed again."""
    import time

    from l10n.fingerprint import StatsSeen, watched_states

    site = tmp_path / "site"
    for name in ("a.html", "de/b.html", "de/c.html", "ja/d.html", ".hidden"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(name, encoding="utf-8")
    named = (os.fspath(tmp_path / "l10n.toml"),)  # absent
    folders = ((os.fspath(site), "", True), (os.fspath(tmp_path / "build"), ".html", False))
    time.sleep(0.05)
    seen = StatsSeen(tmp_path)
    seen.remember(watched_states(named, folders), walked=(named, folders))
    (site / "de" / "b.html").write_text("rewritten, longer than before", encoding="utf-8")
    seen.forget(site / "de" / "b.html")
    (site / "ja" / "d.html").unlink()
    seen.forget(site / "ja" / "d.html")
    again = seen.rewalked(named, folders)
    assert again is not None
    relisted = list(watched_states(named, folders, seen=StatsSeen(tmp_path)))
    assert [(name, st and (st.st_size, st.st_ino)) for name, st in again] == [
        (name, st and (st.st_size, st.st_ino)) for name, st in relisted
    ]
    (site / "de" / "new.html").write_text("new", encoding="utf-8")
    seen.forget(site / "de" / "new.html")
    assert seen.rewalked(named, folders[:1]) is None  # other folders
    assert seen.rewalked(named, folders) is None  # a file the walk did not list: listed again
    assert StatsSeen(tmp_path).rewalked(named, folders) is None  # no walk taken


def test_after_a_prune_the_next_run_replays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record kept after `publish --prune` takes the look-up's walk without the files it
    removed (`StatsSeen.rewalked`; they are forgotten): an unchanged re-run replays."""
    from l10n.cli import main

    root = tmp_path / "project"
    chain_project(root, 2, ["de", "ja"])
    prune = ["publish", "--locales", "de", "--prune", "--root", str(root)]
    for argv in (["extract", str(root / "seeds"), "-q"], ["translate", "--engine", "pseudo"]):
        assert main([*argv, "--root", str(root)]) == 0
    assert main(prune) == 0  # its record: the next run with these arguments looks it up
    assert main(["publish", "--root", str(root)]) == 0  # ja's pages too: that record no longer holds
    capsys.readouterr()
    assert main(prune) == 0  # the same files and folders: its walk is taken again, less ja's pages
    assert "removed site/ja/" in capsys.readouterr().out
    publishing: list[object] = []
    real = l10n_editions.publish_project
    monkeypatch.setattr(l10n_editions, "publish_project", lambda *a, **k: publishing.append(a) or real(*a, **k))
    assert main(prune) == 0
    assert publishing == [] and "0 written" in capsys.readouterr().out
