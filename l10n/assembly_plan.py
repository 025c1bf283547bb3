"""What an `assemble` edition and article depend on, and the records that let a re-run skip
them (make's rule per piece of work, `memory.stamps`): an edition's inputs (`edition_inputs`),
its plan from its stamp (`edition_plan`), and the whole-article record a re-run checks first
(`recorded_article`, written by `record_articles` once every edition of the article finished).

Split out of `assembly.py` (which builds and writes the editions); `assembly` re-exports the
public names, which `publish` takes from there. Paths are strings joined without `pathlib`: a
re-run stats ~45,000 of them, and they are checked where they are written.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from l10n.article_sources import known_stats
from l10n.locales import TargetLocale
from l10n.project import CONFIG_FILE, Project, validate_domain

if TYPE_CHECKING:
    from l10n.fingerprint import StatsSeen
    from l10n.memory.stamps import StampLookup, Stamps

OutputFormat = Literal["html", "md", "txt"]

ARTICLE_STAGE = "assemble article"
FEW_PLANNED = 8
"""Articles planned edition by edition, at most, whose editions' stamps are asked one row at a
time (`StampLookup`) rather than by loading the whole stage (10,000 rows and ~7 MB of facts at
1,000 articles × 10 locales, for the one article a one-sentence edit changed)."""
EDITION_STAGE = "assemble"  # per edition: [counts, held, `edition_facts`] (`publish.built` reads them)


def article_inputs(
    project: Project, domain: str, source: str, probes: Sequence[str], codes: Sequence[str], formats: Sequence[str]
) -> list[str]:
    """Every file an article's editions depend on or are: the shared inputs, its template (the
    source it names), the paths probed for its source, the source, its POs and its editions, in
    the order an article's record (`record_articles`) is taken of them (`publish.built` reads
    that record too). Strings joined here, no `pathlib`: a re-run stats these for every article."""
    # what `os.path.join` gives for these parts (a folder of `Project`, names without a
    # separator: `validate_domain`, locale codes), concatenated: a re-run joins ~45,000
    sep, locales_dir, build_dir = os.sep, os.fspath(project.locales_dir), os.fspath(project.build_dir)
    return [
        *shared_inputs(project),
        f"{locales_dir}{sep}{domain}.pot",
        *probes,
        source,
        *[f"{locales_dir}{sep}{code}{sep}LC_MESSAGES{sep}{domain}.po" for code in codes],
        *[f"{build_dir}{sep}{code}{sep}{domain}.{fmt}" for code in codes for fmt in formats],
    ]


def article_settings(formats: Sequence[str], codes: Sequence[str]) -> str:
    """What an article record is for (the settings of its fingerprint): its formats and the
    run's locale codes, as `assemble` writes it and `publish.built` asks it."""
    return json.dumps([list(formats), list(codes)])


def recorded_article(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    formats: Sequence[OutputFormat],
    articles: Stamps,
    whole: str,
    seen: StatsSeen | None = None,
) -> EditionPlan | None:
    """An article all of whose editions are as its record left them (every input and output
    file as recorded, racy ones by content: `memory.stamps`): its plan with every edition's
    recorded result, found without reading its template or building a `Path` per file. None
    when there is no such record or anything moved (its editions are then planned one by one)."""
    from l10n.memory.stamps import fingerprint

    validate_domain(domain)
    kept = articles.payload(domain)
    try:
        source, probes, editions = kept["source"], kept["probes"], kept["editions"]
        if len(editions) != len(locales) or not isinstance(source, str):
            return None
        codes = [locale.code for locale in locales]
        inputs = article_inputs(project, domain, source, probes, codes, formats)
        taken = fingerprint(inputs, settings=whole, known=known_stats(seen), state_of=_texts(seen))
        if not articles.fresh(domain, taken):
            return None
        return domain, Path(source), [(locale, tuple(edition)) for locale, edition in zip(locales, editions)]
    except (TypeError, KeyError, ValueError):  # no record, or one of another shape
        return None


def _texts(seen: StatsSeen | None) -> Any:
    """`fingerprint`'s `state_of`: the texts of the stats the whole-run look-up made (`StatsSeen.state_of`)."""
    return None if seen is None else seen.state_of


def record_articles(
    project: Project,
    articles: Stamps,
    whole: str,
    formats: Sequence[str],
    codes: Sequence[str],
    planned: list[tuple[EditionPlan, list[str], dict[str, list[list[dict]]]]],
    written: dict[str, str] | None = None,
    seen: StatsSeen | None = None,
) -> None:
    """Record each article planned edition by edition whose editions all finished, after the
    run wrote them (`written_stamp`: an edition file this run rendered by the state its write
    left, `written` the hash of its bytes; the other files by the stats `seen` took before the
    run, or taken now)."""
    for (domain, source, _), probes, done in planned:
        editions = done.get(domain, [])
        if len(editions) == len(codes):
            inputs = article_inputs(project, domain, os.fspath(source), probes, codes, formats)
            payload = {"source": os.fspath(source), "probes": probes, "editions": editions}
            articles.record(domain, written_stamp(inputs, whole, written or {}, seen), payload)


def written_stamp(inputs: Sequence[str], settings: str, written: Mapping[str, str], seen: StatsSeen | None) -> str:
    """The fingerprint an edition's stamp or an article's record keeps after the run wrote its
    files (`written`: path → hash of the bytes written), equal to the `fingerprint` a later
    look-up takes of the same states. A file this run wrote is taken by the state its write left
    (`fsio_notes.written_note`: the descriptor's stat after the rename) and vouched for as
    holding those bytes (`fingerprint.vouch_written`): no stat and no read back, then or when the
    whole-run record is kept (DESIGN "Edition files recorded as written": an in-place edit of
    the same size within the write's clock tick is no longer seen). Any other file by the
    stat the whole-run look-up took before the run (`StatsSeen`), else one taken now.

    `fingerprint` as before (a file written kept by content until it settles, read back then:
    `memory.stamps`) when a file written has no note of those bytes (the caller does not note
    its writes) or another input was touched in the tick of its stat."""
    from l10n.fingerprint import fingerprint, stat_digest, vouch_written
    from l10n.fsio_notes import written_note

    notes = {}
    for path in inputs:
        if path in written:
            note = written_note(path)
            if note is None or note.digest != written[path]:
                return fingerprint(inputs, settings=settings, written=written)
            notes[path] = note
    others = [path for path in inputs if path not in notes]
    taken = fingerprint(others, settings=settings, known=known_stats(seen), state_of=_texts(seen))
    if taken.racy:
        return fingerprint(inputs, settings=settings, written=written)
    states = dict(zip(others, taken.states, strict=True))
    for path, note in notes.items():
        vouch_written(path, note.state, note.digest)
        states[path] = note.state
    return stat_digest(settings, [(path, states[path]) for path in inputs])


EditionPlan = tuple[str, Path, list[tuple[TargetLocale, Any]]]  # (domain, article, [(locale, recorded or None)])


def edition_inputs(
    project: Project, domain: str, source: Path, locale: TargetLocale, formats: Sequence[OutputFormat]
) -> list[str]:
    """What can change an edition: the article, glossary, QA's MT failures, config, the PO, and
    the outputs themselves (a deleted or hand-edited output is rebuilt). Paths as strings,
    joined without the symlink check of `Project.po_path`/`build_path`: they are only stat'ed
    here (10,000 editions took ~1 s in `pathlib` alone), and checked where they are written.
    The strings `os.path.join` gives, the folders joined once a call (the catalog folder kept
    by the project: `Project.catalog_folder_text`): 11 → 4 µs an edition."""
    code = locale.code
    builds = os.path.join(os.fspath(project.build_dir), code)
    return [
        *shared_inputs(project),
        os.fspath(source),
        f"{project.catalog_folder_text(code)}{os.sep}{domain}.po",
        *[f"{builds}{os.sep}{domain}.{fmt}" for fmt in formats],
    ]


def shared_inputs(project: Project) -> tuple[str, ...]:
    """The inputs every edition shares: the glossary, QA's MT failure log, `l10n.toml`."""
    return _shared_inputs_of(project.root, project.locales_dir, project.state_dir)


@functools.lru_cache(maxsize=4)
def _shared_inputs_of(root: Path, locales_dir: Path, state_dir: Path) -> tuple[str, ...]:
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.mt.failures import failures_path

    paths = (locales_dir / GLOSSARY_FILE_NAME, failures_path(state_dir), root / CONFIG_FILE)
    return tuple(os.fspath(path) for path in paths)


def edition_plan(
    project: Project,
    domain: str,
    source: Path,
    locales: Sequence[TargetLocale],
    formats: Sequence[OutputFormat],
    stamps: Stamps,
    seen: StatsSeen | None = None,
    rows: StampLookup | None = None,
) -> EditionPlan:
    """Each edition of an article with its recorded result, or None where it must be built;
    `rows`: the stage's stamps asked one at a time (`FEW_PLANNED`) instead of `stamps`."""
    from l10n.memory.stamps import fingerprint

    plan: list[tuple[TargetLocale, Any]] = []
    for locale in locales:
        key = f"{locale.code}/{domain}"
        if rows is not None:
            inputs = edition_inputs(project, domain, source, locale, formats)
            fresh, payload = rows.recorded(
                key, fingerprint(inputs, settings=",".join(formats), known=known_stats(seen), state_of=_texts(seen))
            )
            plan.append((locale, payload if fresh else None))
            continue
        if not stamps.has(key):  # never built: stale, no need to stat its inputs
            plan.append((locale, None))
            continue
        inputs = edition_inputs(project, domain, source, locale, formats)
        fresh = stamps.fresh(
            key, fingerprint(inputs, settings=",".join(formats), known=known_stats(seen), state_of=_texts(seen))
        )
        plan.append((locale, stamps.payload(key) if fresh else None))
    return domain, source, plan


def source_edition_inputs(project: Project, source: Path | str) -> list[str]:
    """What the source edition is made of: the article (and `l10n.toml`, as for every edition)."""
    return [os.fspath(project.root / CONFIG_FILE), os.fspath(source)]
