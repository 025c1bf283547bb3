"""The `translate` command path end to end on real catalogs: pseudo, apertium and the tiny argos
model; human work untouched; broken placeholders never written; cache; SIGKILL resume; two
concurrent runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Sequence
from pathlib import Path

import polib
import pytest
from conftest import REPO, SEED
from slow_engine_support import logged_batches, start_slow_run, translate_project_run
from test_mt_base import AlwaysDrops

from l10n.catalog.po import read_translations, update_po, write_pot
from l10n.cli import main
from l10n.locales import parse_locale
from l10n.memory.cache import MTCache, cache_path
from l10n.model import Reference, Unit
from l10n.mt.base import placeholders
from l10n.mt.batch import translate_project
from l10n.mt.pseudo import VERSION as PSEUDO_VERSION
from l10n.mt.pseudo import PseudoEngine
from l10n.mt.registry import EngineSettings, register_engine
from l10n.project import Project

MSGFMT = "/usr/bin/msgfmt"
SHARED = "It costs more than {money_1} ({money_2}) this year."
SEED_LINES = list(
    dict.fromkeys(line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 20)
)


def make_project(root: Path, articles: dict[str, Sequence[str]]) -> Project:
    """A project with one POT per article (units = the given sentences)."""
    project = Project.open(root)
    for domain, sentences in articles.items():
        units = [Unit(msgid=s, references=[Reference(f"seeds/{domain}.txt", n)]) for n, s in enumerate(sentences, 1)]
        write_pot(units, project.pot_path(domain), domain=domain, source_path=f"seeds/{domain}.txt")
    return project


def msgfmt_check(path: Path) -> None:
    done = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def po_entries(path: Path) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in polib.pofile(str(path))}


class Counting(PseudoEngine):
    """Pseudo, counting every text it is asked to translate (a real engine, not a mock)."""

    name = "counting"
    seen: list[str] = []

    def translate_batch(self, texts, *, source, target):
        Counting.seen.extend(texts)
        return super().translate_batch(texts, source=source, target=target)


register_engine("counting", lambda settings: Counting())
register_engine("always-drops", lambda settings: AlwaysDrops())


@pytest.fixture
def two_articles(tmp_path: Path) -> Project:
    return make_project(
        tmp_path,
        {
            "art1": [SHARED, "Baoshan is a district of Shanghai.", "Click {a_1}here{a_1_end} to read."],
            "art2": [SHARED, "A new park opened on {date_1}."],
        },
    )


def test_pseudo_fills_every_empty_unit_as_fuzzy_with_provenance(two_articles: Project) -> None:
    de = parse_locale("de")
    report = translate_project(two_articles, locales=[de], domains=["art1", "art2"], engine_name="pseudo")
    assert report.locales["de"].written == 5 and report.failed == 0
    for domain in ("art1", "art2"):
        path = two_articles.po_path(de, domain)
        msgfmt_check(path)
        for entry in po_entries(path).values():
            assert entry.fuzzy and entry.msgstr.startswith("[!! ")
            assert placeholders(entry.msgstr) == placeholders(entry.msgid)
            assert entry.tcomment.startswith(f"mt: pseudo pseudo-{PSEUDO_VERSION}-")


def test_identical_text_translated_once_and_second_run_makes_no_engine_call(two_articles: Project) -> None:
    Counting.seen = []
    locales = [parse_locale("es"), parse_locale("es_MX")]
    first = translate_project(two_articles, locales=locales, domains=["art1", "art2"], engine_name="counting")
    assert sorted(Counting.seen) == sorted(set(Counting.seen)) and len(Counting.seen) == 4
    assert first.locales["es_MX"].written == 5
    Counting.seen = []
    again = translate_project(
        two_articles, locales=locales, domains=["art1", "art2"], engine_name="counting", overwrite_fuzzy=True
    )
    assert Counting.seen == []
    assert again.locales["es"].cached == 5 and again.locales["es"].translated == 0


def test_human_translations_are_never_touched(two_articles: Project) -> None:
    de = parse_locale("de")
    path = two_articles.po_path(de, "art1")
    update_po(two_articles.pot_path("art1"), path, de)
    catalog = polib.pofile(str(path))
    reviewed, human_fuzzy = catalog[0], catalog[1]
    reviewed.msgstr = "Es kostet mehr als {money_1} ({money_2}) in diesem Jahr."
    human_fuzzy.msgstr = "Baoshan ist ein Bezirk."
    human_fuzzy.flags.append("fuzzy")
    catalog.save(str(path))
    for overwrite in (False, True):
        report = translate_project(
            two_articles, locales=[de], domains=["art1"], engine_name="pseudo", overwrite_fuzzy=overwrite
        )
        assert report.locales["de"].skipped_human == 2
    entries = po_entries(path)
    assert entries[SHARED].msgstr == reviewed.msgstr and not entries[SHARED].fuzzy
    assert entries["Baoshan is a district of Shanghai."].msgstr == "Baoshan ist ein Bezirk."
    assert entries["Click {a_1}here{a_1_end} to read."].msgstr.startswith("[!! ")
    msgfmt_check(path)


def test_unit_whose_placeholders_break_is_not_written_and_reported(two_articles: Project) -> None:
    fr = parse_locale("fr")
    report = translate_project(two_articles, locales=[fr], domains=["art2"], engine_name="always-drops")
    entries = po_entries(two_articles.po_path(fr, "art2"))
    assert entries[SHARED].msgstr == "" and entries["A new park opened on {date_1}."].msgstr == ""
    assert {f.msgid for f in report.failures} == {SHARED, "A new park opened on {date_1}."}
    assert report.locales["fr"].failed == 2 and "missing" in report.failures[0].problem
    with MTCache(cache_path(two_articles.state_dir)) as cache:
        assert cache.count() == 0


@pytest.mark.skipif(not Path("/usr/share/apertium/modes/eng-spa.mode").exists(), reason="apertium-eng-spa missing")
def test_apertium_project_to_spanish(two_articles: Project) -> None:
    es = parse_locale("es")
    report = translate_project(two_articles, locales=[es], domains=["art1", "art2"], engine_name="auto")
    assert report.locales["es"].engine.startswith("apertium eng-spa/")
    entries = po_entries(two_articles.po_path(es, "art1"))
    assert entries[SHARED].msgstr == "Cuesta más de {money_1} ({money_2}) este año."
    assert entries[SHARED].tcomment.startswith("mt: apertium eng-spa/")
    msgfmt_check(two_articles.po_path(es, "art1"))


@pytest.fixture(scope="module")
def tiny_argos_packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny en→zh argos model (tools/make_tiny_model.py), installed into a scratch folder."""
    from l10n.mt.model_install import install_file

    folder = tmp_path_factory.mktemp("argos")
    model = folder / "en_zh.argosmodel"
    subprocess.run(
        [sys.executable, str(REPO / "tools" / "make_tiny_model.py"), "--from", "en", "--to", "zh", "--out", str(model)],
        check=True,
        cwd=REPO,
    )
    install_file(model, packages_dir=folder / "packages")
    return folder / "packages"


def test_argos_tiny_model_then_opencc_for_taiwan(tmp_path: Path, tiny_argos_packages: Path) -> None:
    project = make_project(tmp_path, {"art": ["Baoshan is in Shanghai, with {money_1} ({money_2})."]})
    locales = [parse_locale("zh_TW"), parse_locale("zh_CN")]
    report = translate_project(
        project, locales=locales, domains=["art"], settings=EngineSettings(packages_dir=tiny_argos_packages)
    )
    assert report.locales["zh_CN"].engine.startswith("argos ")
    assert report.locales["zh_TW"].engine == "opencc s2twp from zh_CN"
    [simplified] = po_entries(project.po_path(locales[1], "art")).values()
    assert simplified.msgstr == "宝山 is in 上海，with {money_1}（{money_2}）。"
    assert simplified.fuzzy and simplified.tcomment.startswith("mt: argos ")
    [traditional] = po_entries(project.po_path(locales[0], "art")).values()
    assert traditional.msgstr == "寶山 is in 上海，with {money_1}（{money_2}）。"
    assert traditional.fuzzy and "opencc s2twp from zh_CN" in traditional.tcomment
    for locale in locales:
        msgfmt_check(project.po_path(locale, "art"))


def test_cli_translate_prints_summary(two_articles: Project, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["translate", "--root", str(two_articles.root), "--locales", "de,ja", "--engine", "pseudo"])
    assert status == 0
    out = capsys.readouterr().out
    assert "de" in out and "pseudo" in out
    assert read_translations(two_articles.po_path(parse_locale("ja"), "art2"))[(None, SHARED)].fuzzy


# --- processes: SIGKILL in the middle, and two runs at once ------------------------------------

SLOW_RUN = translate_project_run(batch_size=3)


@pytest.fixture
def many_units(tmp_path: Path) -> Project:
    sentences = [f"Sentence {n} about Baoshan costs {{money_1}}." for n in range(30)]
    return make_project(tmp_path, {"a": sentences[:20], "b": sentences[10:]})


def test_resume_after_sigkill_translates_nothing_twice(many_units: Project, tmp_path: Path) -> None:
    log1, log2 = tmp_path / "run1.log", tmp_path / "run2.log"
    run = start_slow_run(many_units.root, log1, run=SLOW_RUN, pause=0.15)
    deadline = time.monotonic() + 60
    while len(logged_batches(log1)) < 4 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.02)
    assert run.poll() is None, "the run finished before it could be killed"
    run.send_signal(signal.SIGKILL)
    run.wait()
    de = parse_locale("de")
    for domain in ("a", "b"):
        if many_units.po_path(de, domain).exists():
            msgfmt_check(many_units.po_path(de, domain))
    with MTCache(cache_path(many_units.state_dir)) as cache:
        all_texts = [f"Sentence {n} about Baoshan costs {{money_1}}." for n in range(30)]
        cached_after_kill = set(
            cache.get_many(
                all_texts, engine="slow", model_id=PseudoEngine().model_id("en", "de"), source="en", target="de"
            )
        )
    assert len(cached_after_kill) >= 9  # three finished batches survived the kill

    resumed = start_slow_run(many_units.root, log2, run=SLOW_RUN, pause=0.15)
    assert resumed.wait(timeout=120) == 0, resumed.stderr.read()
    sent_again = {text for batch in logged_batches(log2) for text in batch}
    assert not sent_again & cached_after_kill
    assert cached_after_kill | sent_again == set(all_texts)
    for domain in ("a", "b"):
        msgfmt_check(many_units.po_path(de, domain))
        assert all(e.msgstr and e.fuzzy for e in po_entries(many_units.po_path(de, domain)).values())


def test_two_concurrent_runs_both_complete_with_valid_catalogs(many_units: Project, tmp_path: Path) -> None:
    runs = [start_slow_run(many_units.root, tmp_path / f"run{n}.log", run=SLOW_RUN, pause=0.15) for n in range(2)]
    for run in runs:
        assert run.wait(timeout=120) == 0, run.stderr.read()
    de = parse_locale("de")
    for domain in ("a", "b"):
        msgfmt_check(many_units.po_path(de, domain))
        entries = po_entries(many_units.po_path(de, domain))
        assert len(entries) == 20 and all(e.msgstr.startswith("[!! ") and e.fuzzy for e in entries.values())


# --- MT failures recorded for QA ----------------------------------------------------------------


def test_failures_are_recorded_per_catalog_and_replaced_by_the_next_run(two_articles: Project) -> None:
    from l10n.mt.failures import failures_path, read_failures

    fr, de = parse_locale("fr"), parse_locale("de")
    translate_project(two_articles, locales=[fr, de], domains=["art1", "art2"], engine_name="always-drops")
    recorded = read_failures(failures_path(two_articles.state_dir))
    assert {(f.domain, f.locale) for f in recorded} == {("art1", "fr"), ("art2", "fr"), ("art1", "de"), ("art2", "de")}
    click = next(f for f in recorded if f.msgid == SHARED and f.locale == "fr")
    assert click.engine == "always-drops v1" and click.date and "missing" in click.problem
    assert "Baoshan is a district of Shanghai." not in {f.msgid for f in recorded}  # nothing to lose

    translate_project(two_articles, locales=[fr], domains=["art1"], engine_name="pseudo")
    after = read_failures(failures_path(two_articles.state_dir))
    assert {(f.domain, f.locale) for f in after} == {("art2", "fr"), ("art1", "de"), ("art2", "de")}
    assert [f for f in after if f.locale == "fr"] == [f for f in recorded if (f.domain, f.locale) == ("art2", "fr")]
