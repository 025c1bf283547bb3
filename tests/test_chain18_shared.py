"""Work one locale's run gives another (issue 16's cold chain): what `translate` and `qa` find
once for every locale instead of once per locale, and that what they find is what each locale
found alone.

- `translate --engine pseudo`: a text's pseudo-translation is one for every target, so the
  eight pseudo locales' groups send each text to the engine once (`GroupRun`'s `shared`); a text
  another locale protects differently (its glossary terms) is its own text and is sent.
- `qa`: the checks that do not read the locale (`Check.reads_locale`) are judged once per
  unit without its locale (`qa.verdicts`); a check registered so that reads it fails loudly.

The texts are the real units of the project's catalogs (`locales/`: a real article in ten
locales) and of a real Wikinews article (`tests/data`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from l10n.catalog.po import load_catalog
from l10n.locales import TargetLocale
from l10n.memory.cache import MTCache
from l10n.mt.base import EngineResult
from l10n.mt.executors import run_local
from l10n.mt.group import GroupRun
from l10n.mt.progress import Progress
from l10n.mt.pseudo import PseudoEngine
from l10n.mt.terms import TermProtector
from l10n.qa import check_unit
from l10n.qa.registry import Check, CheckedUnit, all_checks
from l10n.qa.verdicts import verdicts_for

REPO = Path(__file__).resolve().parent.parent
CATALOGS = sorted((REPO / "locales").rglob("*.po"))
SOURCES = [entry.msgid for entry in load_catalog(CATALOGS[0]) if entry.msgid]


class CountingPseudo(PseudoEngine):
    """The real pseudo engine, counting the texts it is sent (it reads no target either: it says so)."""

    depends_on_text_alone = True

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[str] = []

    def translate_batch(self, texts, *, source, target):
        self.sent += texts
        return super().translate_batch(texts, source=source, target=target)


def _run(engine, cache: MTCache, target: str, protector: TermProtector, shared) -> dict:
    run = GroupRun(
        engine, cache, model_id=engine.model_id("en", target), source="en", target=target,
        meter=Progress(enabled=False), shared=shared,
    )  # fmt: skip
    items = {p.key: p for p in (protector.protect(text) for text in SOURCES)}
    results = run.translate(list(items.values()), batch_size=7, executor=run_local)
    return {key: hit.text for key, hit in results.items()}


def _rows(cache: MTCache) -> set[tuple]:
    return set(
        cache._db.execute("SELECT engine, model_id, source_lang, target_lang, source_text, target_text FROM mt_cache")
    )


def test_pseudo_locales_send_each_text_once_and_get_what_each_got_alone(tmp_path: Path) -> None:
    assert len(SOURCES) > 20
    plain, terms = TermProtector({}), TermProtector({"Baoshan": "Bǎoshān"})
    protector = {"de": plain, "fr": plain, "ru": terms}
    engine, shared, alone_engines = CountingPseudo(), {}, {code: CountingPseudo() for code in protector}
    with MTCache(tmp_path / "shared.sqlite3") as cache:
        together = {code: _run(engine, cache, code, protector[code], shared) for code in protector}
        rows = _rows(cache)
    with MTCache(tmp_path / "alone.sqlite3") as cache:
        alone = {code: _run(alone_engines[code], cache, code, protector[code], None) for code in protector}
        assert rows == _rows(cache)
    assert together == alone
    assert len(engine.sent) == len(set(engine.sent))  # nothing sent twice…
    assert set(engine.sent) == {text for one in alone_engines.values() for text in one.sent}  # …nothing left out
    assert set(alone_engines["ru"].sent) - set(alone_engines["de"].sent)  # ru's protected texts are its own


def _pairs() -> list[tuple[str, str, bool]]:
    return [(e.msgid, e.msgstr, e.fuzzy) for path in CATALOGS for e in load_catalog(path) if e.msgid and not e.obsolete]


def test_verdicts_shared_across_locales_are_those_each_locale_finds_alone() -> None:
    verdicts = verdicts_for(all_checks())
    pairs = _pairs()
    assert len(pairs) > 100
    for path in CATALOGS:  # every catalog's units judged as every locale's: msgstrs in other scripts too
        locale = TargetLocale(path.parent.parent.name)
        for msgid, msgstr, fuzzy in pairs:
            unit = CheckedUnit(msgid, msgstr, locale, fuzzy=fuzzy)
            assert [(i.id, d) for i, _, d in verdicts(unit)] == [(i.id, d) for i, d in check_unit(unit)]
    assert verdicts.shared.cache_info().hits > 0  # type: ignore[attr-defined]


def test_a_unit_met_in_a_second_locale_takes_the_verdicts_that_read_no_locale_from_the_first() -> None:
    verdicts = verdicts_for([c for c in all_checks() if c.id != "brackets"])  # a set of its own: fresh memos
    first = CheckedUnit("Route 66 reopened (again.", "La ruta 67 reabrió (otra vez.", TargetLocale("es"))
    second = CheckedUnit(first.msgid, first.msgstr, TargetLocale("ru"))
    verdicts(first)
    hits = verdicts.shared.cache_info().hits  # type: ignore[attr-defined]
    found = {item.id for item, _, _ in verdicts(second)}
    assert verdicts.shared.cache_info().hits == hits + 1  # type: ignore[attr-defined]
    assert {"numbers", "script"} <= found  # one shared, one the locale's own


READS = {
    "attribute": lambda unit: unit.locale.language == "ru",
    "==": lambda unit: unit.locale == TargetLocale("ru"),
    "!=": lambda unit: unit.locale != TargetLocale("es"),
    "in": lambda unit: unit.locale in (TargetLocale("ru"),),  # (a set asks the hash alone: not caught)
    "str": lambda unit: str(unit.locale) == "ru",
    "f-string": lambda unit: f"{unit.locale}" == "ru",
    "bool": lambda unit: bool(unit.locale),
}


@pytest.mark.parametrize("how", list(READS))
def test_a_check_registered_as_reading_no_locale_that_reads_it_fails_where_it_runs(how: str) -> None:
    def reads(unit: CheckedUnit) -> str | None:
        return "read" if READS[how](unit) else None

    unit = CheckedUnit("Moscow.", "Moscow.", TargetLocale("ru"))
    assert [d for _, _, d in verdicts_for([Check("reads-locale", "warning", reads)])(unit)] == ["read"]
    with pytest.raises(AttributeError, match="reads_locale=False"):
        verdicts_for([Check("reads-locale", "warning", reads, reads_locale=False)])(unit)


def test_a_subclass_of_pseudo_that_does_not_say_it_again_is_not_taken_to_depend_on_the_text_alone(
    tmp_path: Path,
) -> None:
    class ByTarget(PseudoEngine):  # reads the target: its outputs must not be shared across locales
        def translate_batch(self, texts, *, source, target):
            return [EngineResult(f"{target}: {text}") for text in texts]

    engine, shared = ByTarget(), {}
    with MTCache(tmp_path / "cache.sqlite3") as cache:
        found = {code: _run(engine, cache, code, TermProtector({}), shared) for code in ("de", "fr")}
    assert all(text.startswith("de: ") for text in found["de"].values())
    assert all(text.startswith("fr: ") for text in found["fr"].values())


def test_the_texts_sent_are_counted_once() -> None:
    engine = CountingPseudo()
    shared: dict = {}
    runs = []
    with MTCache(Path(tempfile.mkdtemp()) / "cache.sqlite3") as cache:
        for code in ("de", "fr"):
            run = GroupRun(
                engine, cache, model_id=engine.model_id("en", code), source="en", target=code,
                meter=Progress(enabled=False), shared=shared,
            )  # fmt: skip
            run.translate([TermProtector({}).protect(t) for t in SOURCES], batch_size=7, executor=run_local)
            runs.append(run.engine_calls)
    assert runs == [len(set(SOURCES)), 0] and len(engine.sent) == len(set(SOURCES))
