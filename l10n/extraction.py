"""One article's extraction (article → template → each locale's PO) and the catalog update,
as plain functions over a `Project`; `pipeline` runs them over many articles.

Not `l10n.extract`, which turns a parsed Document into units: this module reads the article,
writes the files and keeps the stamps that let an unchanged article go unread.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from l10n.config import CONFIG_FILE
from l10n.errors import CatalogError, IngestError, ProjectError, SegmentError
from l10n.fsio import deferred_durability, noting_writes
from l10n.locales import TargetLocale
from l10n.parallel import CHUNK_SIZE, in_worker_processes
from l10n.project import Project, article_id, check_file_name, validate_domain

if TYPE_CHECKING:
    from polib import POFile

    from l10n.memory.glossary import Glossary
    from l10n.memory.stamps import Stamps
    from l10n.model import Document, Unit


@dataclass
class UpdateResult:
    """One PO's merge. Its path is kept as given (`po_file`) and made a `Path` when asked: an
    edit run's `extract` reports ~10,000 POs kept by their merge stamps, and prints none of them
    under `-q`."""

    domain: str
    locale: str
    po_file: Path | str
    stats: object

    @property
    def po_path(self) -> Path:
        return self.po_file if isinstance(self.po_file, Path) else Path(self.po_file)


@dataclass
class ExtractResult:
    """One article's template and, with `extract --locales`, the POs made from it in the same pass."""

    domain: str
    pot_path: Path
    units: int
    written: bool
    updates: list[UpdateResult] = field(default_factory=list)
    headline: str | None = None
    language: str | None = None
    """The article's language and where it was read from (`language_origin`), when this run
    read the article or its stamps: none when the whole-run record answered."""
    language_from: str | None = None
    source: str | None = None
    """The article's file as the run was given it, when known (a whole-run record's rows keep
    it too): `extract` says an id derived from its name (`project.article_id`)."""


@dataclass(frozen=True)
class Refused:
    """One article (or one domain's catalogs) a batch skipped, and its error's one line: text,
    so it travels back from a worker process. The batch goes on and fails at its end."""

    domain: str
    message: str
    taken: bool = False
    """Refused because another article of the run holds `domain` (`DomainTaken`): that article
    and its catalogs go on, so the domain is not a refused one (`cli.refusals.Refusals`)."""


REFUSALS = (IngestError, SegmentError, CatalogError, ProjectError)
"""What one article or catalog is refused for (`Refused`). A `StorageError` (a full disk) is
not: it would refuse every article after it, so it stops the batch."""


def extract_article(
    project: Project,
    path: Path,
    *,
    domain: str | None = None,
    locales: Sequence[TargetLocale] = (),
    language: str | None = None,
    save: bool = True,
) -> ExtractResult:
    """Article → `locales/<domain>.pot` (rewritten only when its units changed), and with
    `locales` each locale's PO too, from the template in memory (what `update` would do: a new
    PO is created from it, an existing one merged msgmerge-style), so nothing is read back.

    `language` (`extract --lang`, a code `locales.parse_language_option` took), else the one
    `[l10n.article_languages]` gives its path, is the article's language whatever it states
    (`stated_by_operator`): the operator's word, kept in l10n.toml for every later run.

    An article extracted before, unchanged since, whose template is as it was written, is not
    read again (`memory.stamps`); its POs are merged only if they changed (an other `language`
    than the last run's is a change). With `save` false its stamps are held for the batch to
    write (`save_held_stamps`)."""
    from l10n.catalog.po import write_template
    from l10n.extract import extract_units
    from l10n.ingest.scripts import refuse_wrong_script
    from l10n.locales import article_language, language_of
    from l10n.memory.article_language import record_language
    from l10n.memory.documents import DOCUMENTS_FILE_NAME, hold_parse, parsed_to_keep
    from l10n.memory.stamps import fingerprint, process_stamps

    reference = check_file_name(project.relative(path), path=path)
    domain = validate_domain(domain or article_id(path), path=path, option="--domain" if domain else "", new=True)
    origin = "--lang" if language else CONFIG_FILE  # where the operator named the language
    language = language or project.settings.article_language(reference)
    pot_path = project.pot_path(domain)
    stamps = process_stamps(project, "extract")
    # the template depends on the project's source language too (`locales.article_language`),
    # and on the operator's (stamps kept before `--lang` existed stay valid without one)
    settings = extract_settings(project, reference, language)
    stamped = stamped_path(project, reference, path)
    made: list[tuple[bool, POFile, list[Unit]]] = []
    said: list[str | None] = []  # the article's language and where it came from
    held: list[Stamps] = []  # the record of the language written into the template (`memory.article_language`)
    wrote: dict[str, tuple[str | None, str | None]] = {}  # that language and region, in hand for the merge below

    def load() -> tuple[POFile, list[Unit]]:
        if not made:
            _refuse_domain_taken(project, pot_path, reference, domain=domain)
            document, parsed = parsed_to_keep(path, article=reference)  # the parse as the article states it
            said[:] = [None, stated_by_operator(document, language, origin=origin)]
            # before anything is kept; the operator's language (`--lang`, article_languages) is never refused
            refuse_wrong_script(document, project.settings.source_locale, by_operator=bool(language))
            if parsed is not None:  # kept with the stamps, for `assemble` and `publish`
                hold_parse(project.state_file(DOCUMENTS_FILE_NAME), parsed)
            units = extract_units(document, reference_path=reference)
            other = article_language(document, project.settings.source_locale, by_operator=bool(language))
            said[0] = other or project.settings.source_locale
            # the region the article states, where it is of that language (`locales.own_language_locale`)
            variant = (
                document.source_variant
                if other and language_of(document.source_variant) == language_of(other)
                else None
            )
            written, template = write_template(
                units, pot_path, domain=domain, source_path=reference, source_language=other, source_variant=variant
            )
            held.append(record_language(project, domain, pot_path, other, variant))
            wrote[domain] = (other, variant)
            made.append((written, template, units))
        return made[0][1], made[0][2]

    if not stamps.fresh(domain, fingerprint([stamped, pot_path], settings=settings), EXTRACTED_SHAPE):
        load()
    updates = (
        list(_update_from_template(project, domain, pot_path, load, locales, save=save, languages=wrote))
        if locales
        else []
    )
    if made:
        written, _, units = made[0]
        headline = next((unit.msgid for unit in units if unit.msgctxt == "headline"), None)
        stamps.record(domain, fingerprint([stamped, pot_path], settings=settings), [len(units), headline, *said])
        for recorded in (*held, stamps):
            _saved_or_held(recorded, save=save)
        return ExtractResult(
            domain=domain,
            pot_path=pot_path,
            units=len(units),
            written=written,
            updates=updates,
            headline=headline,
            language=said[0],
            language_from=said[1],
            source=os.fspath(path),
        )
    count, headline, *kept = stamps.payload(domain)  # stamps before session 32 kept no language
    return ExtractResult(
        domain=domain,
        pot_path=pot_path,
        units=count,
        written=False,
        updates=updates,
        headline=headline,
        language=kept[0] if kept else None,
        language_from=kept[1] if kept else None,
        source=os.fspath(path),
    )


def extract_settings(project: Project, reference: str, language: str | None) -> str:
    """The settings an article's `extract` stamp is taken with besides its file and template:
    its path in the project, the project's source language and the operator's language for it
    (`--lang` or `[l10n.article_languages]`), on which the template depends too."""
    return f"{reference}|{project.settings.source_locale}" + (f"|lang={language}" if language else "")


def stamped_path(project: Project, reference: str, path: Path) -> str:
    """The article's path as its `extract` stamp names it: under the root, as its catalogs record
    it (`reference`), however the operator named it (`extract seeds` from the root, an absolute
    path, `update` by the template's record: one stamp); an article outside the project as given,
    made absolute."""
    if os.path.isabs(reference) or reference.split("/", 1)[0] == "..":
        return os.path.abspath(path)
    return os.path.join(project.root, reference)


def extracted_as_is(project: Project, domain: str, source: Path, pot: Path, stamps: Stamps | None = None) -> bool:
    """Whether the `extract` stamp of `domain` holds for `source` and `pot` as they are now:
    the article and its template each in the state (size, mtime, ctime, inode) they had when the
    template was last written or checked, or, for a file racy then, with the content it had
    (`memory.stamps`, git's racily clean rule). An article put back with an older mtime (`cp -p`,
    `rsync -t`, an older checkout copied in) has another change time or inode, so it is not as
    extracted; no stamp (a fresh clone, a removed `.stamps.sqlite3`) is not either. `stamps`:
    the stage's, when the caller asks for many articles (`process_stamps` checks its files' paths)."""
    from l10n.memory.stamps import fingerprint, process_stamps

    reference = check_file_name(project.relative(source), path=source)
    stamps = stamps if stamps is not None else process_stamps(project, "extract")
    if not stamps.has(domain, EXTRACTED_SHAPE):
        return False
    language = project.settings.article_language(reference)
    if language is None:  # the language the operator gave `extract --lang` holds until an `extract` says otherwise
        _, _, *said = stamps.payload(domain)  # (stamps before session 32 kept no language)
        language = said[0] if said[1:] == ["--lang"] else None
    settings = extract_settings(project, reference, language)
    return stamps.fresh(
        domain, fingerprint([stamped_path(project, reference, source), pot], settings=settings), EXTRACTED_SHAPE
    )


EXTRACTED_SHAPE = ([int, (str, None)], [int, (str, None), (str, None), (str, None)])
"""An article's record of the `extract` stage (units, headline, its language and where that came
from; stamps before session 32 kept no language), as `memory.stamps.fits` reads it: one of
another shape is none, and the article is extracted again (redteam49)."""


LANGUAGE_FROM = {"html": "stated by the page", "md": "front matter", "docx": "Word"}
"""Where an article of each format states its language (`<html lang>` or `og:locale`, `lang:`,
Word's language of its text); plain text states none."""


def stated_by_operator(document: Document, language: str | None, *, origin: str = "--lang") -> str:
    """Make `language` (`extract --lang`, or `[l10n.article_languages]`: `origin`) `document`'s,
    as if the article stated it (the same form ingest gives a stated tag,
    `ingest.fields.source_language`: `de_AT` → `de`, `zh_TW` → `zh_Hant`), and say where the
    article's language comes from now: `origin`, its format's place (`LANGUAGE_FROM`) or the
    project's default.

    >>> from l10n.model import Block, Document
    >>> doc = Document([Block("paragraph", "Guten Tag")], source_locale="en", language_stated=True, source_format="html")
    >>> stated_by_operator(doc, None), stated_by_operator(doc, "de_AT"), doc.source_locale
    ('stated by the page', '--lang', 'de')
    >>> stated_by_operator(Document([Block("paragraph", "x")], source_format="txt"), None)
    'project default'
    """
    from l10n.article_sources import as_stated

    if language:
        as_stated(document, language)
        return origin
    if document.language_stated:
        return LANGUAGE_FROM.get(document.source_format, "stated by the article")
    return "read from the text" if document.language_read else "project default"


def _update_from_template(
    project: Project,
    domain: str,
    pot_path: Path,
    load: Callable[[], tuple[POFile, Sequence[Unit]]],
    locales: Sequence[TargetLocale],
    *,
    save: bool = True,
    allow_empty_template: bool = False,
    languages: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> Iterator[UpdateResult]:
    """Each locale's PO created or merged from the parsed template of `pot_path` (`load` gives it
    and its units, called only if some PO needs it), with the glossary notes for its units
    (shared by `extract --locales` and `update`).

    A PO merged before from the same template and glossary, and not changed since, is skipped
    without reading it (`memory.stamps`): merging it again would give the same file. The
    locale that is the article's own language (`locales.own_language_locale`) gets no catalog:
    its edition is the article itself; one an earlier version made there is left as it is."""
    from l10n.catalog.po import update_po
    from l10n.catalog.update import MERGE_STAGE, UpdateStats, merge_state
    from l10n.memory.article_language import own_codes_of, own_language_codes
    from l10n.memory.glossary import GLOSSARY_FILE_NAME, glossary_comments
    from l10n.memory.stamps import process_stamps

    glossary = glossary_of(project)
    stamps = process_stamps(project, MERGE_STAGE)
    state_of = functools.partial(merge_state, pot_path, glossary_path=project.locales_dir / GLOSSARY_FILE_NAME)
    # the language `extract` has just written into the template (`languages`), else its record
    # (a template just written is racy: its record's check would read the filesystem's clock)
    own = (
        own_codes_of(languages, project.settings.locales)
        if languages and domain in languages
        else own_language_codes(project, {domain: pot_path}, project.settings.locales)
    ).get(domain)
    for locale in locales:
        if locale.code == own:
            continue
        po = project.po_path(locale, domain)
        key = f"{locale.code}/{domain}"
        if stamps.fresh(key, state_of(po, locale_code=locale.code), int):  # units merged
            stats = UpdateStats(kept=stamps.payload(key))
            yield UpdateResult(domain=domain, locale=locale.code, po_file=po, stats=stats)
            continue
        template, units = load()
        notes = glossary_comments(units, locale.code, glossary=glossary)
        stats = update_po(
            pot_path, po, locale, notes=notes, template=template, allow_empty_template=allow_empty_template
        )
        stamps.record(key, state_of(po, locale_code=locale.code), stats.kept + stats.added + stats.fuzzied)
        yield UpdateResult(domain=domain, locale=locale.code, po_file=po, stats=stats)
    _saved_or_held(stamps, save=save)


_held: dict[int, Stamps] = {}
"""Stamps recorded with `save=False` and not written yet (`save_held_stamps`)."""


def _saved_or_held(stamps: Stamps, *, save: bool) -> None:
    if save:
        from l10n.memory.documents import keep_held_parses

        keep_held_parses()
        stamps.save()
    else:
        _held[id(stamps)] = stamps


def save_held_stamps() -> None:
    """Write the stamps a batch recorded with `save=False`: once per chunk of articles
    (`l10n.parallel`'s `after_chunk`, `extraction_batch.extracted_here`) rather than after each one. A save is an
    SQLite transaction, and judging the just-written templates and POs as racy or settled takes
    a reading of the filesystem's clock (a file created and deleted in `locales/`): two of each
    per article were a tenth of extraction's time, and two workers doing them at once contended
    for the stamps database and the folder. A killed run loses at most a chunk's stamps: that
    work is done again, to the same bytes. The articles' parses go with them, one transaction
    per chunk (`memory.documents`)."""
    from l10n.memory.documents import keep_held_parses

    keep_held_parses()
    while _held:
        _, stamps = _held.popitem()
        stamps.save()


T = TypeVar("T")


def saving_by_chunk(batches: Iterable[Iterable[T]]) -> Iterator[T]:
    """Each batch's items (an article's work), the held stamps saved every `CHUNK_SIZE` batches
    and at the end, as a worker saves them after each chunk (`save_held_stamps`)."""
    try:
        for index, batch in enumerate(batches, 1):
            yield from batch
            if index % CHUNK_SIZE == 0:
                save_held_stamps()
    finally:
        save_held_stamps()


def glossary_of(project: Project) -> Glossary:
    """The project glossary, read once per process while the file stays the same."""
    from l10n.memory.glossary import GLOSSARY_FILE_NAME

    path = project.locales_dir / GLOSSARY_FILE_NAME
    try:
        stat = path.stat()
    except OSError:
        return _glossary_at(path, None)
    return _glossary_at(path, (stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=4)
def _glossary_at(path: Path, stamp: tuple[int, int] | None) -> Glossary:
    from l10n.memory.glossary import load_glossary

    return load_glossary(path)


def _refuse_domain_taken(project: Project, pot_path: Path, reference: str, *, domain: str) -> None:
    """Two articles must never share a catalog: `x.txt` and `x.html` would overwrite each other."""
    recorded = template_owner(project, pot_path, reference)
    if recorded is not None:
        raise domain_taken_error(domain, recorded=recorded, reference=reference)


class DomainTaken(ProjectError):
    """An article refused because another holds its domain (`domain_taken_error`)."""


def domain_taken_error(domain: str, *, recorded: str, reference: str) -> DomainTaken:
    """The one error for two articles claiming one domain, raised here (on disk) and by
    `pipeline` (for articles still in flight in its workers)."""
    return DomainTaken(f"domain {domain!r} already belongs to {recorded}; {DOMAIN_TAKEN_ADVICE}", path=reference)


class CaseTwin(ProjectError):
    """An article refused because its id differs only in letter case from another article's
    (`case_twin_error`)."""


def case_twin_error(domain: str, *, other: str, owner: str, reference: str) -> CaseTwin:
    """The one error for an article whose id differs from another's only in letter case
    (`pipeline._one_case_per_domain`): one file on macOS and Windows, where `build/` and
    `site/` are copied."""
    return CaseTwin(
        f"article id {domain!r} differs only in letter case from {other!r} of {owner} "
        f"(one file on macOS and Windows); {DOMAIN_TAKEN_ADVICE}",
        path=reference,
    )


def template_owner(project: Project, pot_path: Path, reference: str) -> str | None:
    """The article (as the template `pot_path` records it) that holds its domain, when that is
    not `reference` and is still there: `_refuse_domain_taken`'s rule; None when none does."""
    from l10n.catalog.po import pot_source

    recorded = pot_source(pot_path) if pot_path.is_file() else None
    return recorded if recorded and recorded != reference and (project.root / recorded).is_file() else None


DOMAIN_TAKEN_ADVICE = "rename one of the two files, or extract this one alone with --domain ID"
"""What `domain_taken_error` advises: what a batch run (`extract DIR`, where `--domain` names no
file) and a single file's can both follow."""


def update_catalogs(
    project: Project,
    *,
    domains: Sequence[str],
    locales: Sequence[TargetLocale],
    jobs: int = 1,
    allow_empty_template: bool = False,
    on_refused: Callable[[Refused], None] | None = None,
) -> Iterator[UpdateResult]:
    """Merge each POT into each locale's PO, msgmerge-style (human work kept).

    Glossary terms found in a unit are added as `#. glossary: term = translation` lines for that
    locale, so translators see the required wording where they type. One batch: per-file fsync
    is deferred to one sync at the end (`fsio.deferred_durability`). `jobs` > 1 merges domains
    in that many worker processes; results still come in domain order. Stamps are written a
    chunk of domains at a time (`save_held_stamps`), each merge's taking the PO by the bytes the
    merge wrote (`fsio.noting_writes`, `memory.stamps.with_writes`): an editor's save over the
    PO right after the merge is not stamped as merged. With `on_refused`, a domain whose
    template or catalog is refused (`REFUSALS`) is handed to it and the others are merged.
    """
    skip = on_refused is not None
    with deferred_durability(project.root), noting_writes():  # merges stamped by the bytes written
        results: Iterable[UpdateResult | Refused]
        if jobs > 1:
            work = functools.partial(
                _update_one,
                project,
                locale_codes=tuple(locale.code for locale in locales),
                allow_empty_template=allow_empty_template,
                skip_refused=skip,
            )
            results = in_worker_processes(work, domains, jobs=jobs, after_chunk=save_held_stamps)
        else:
            results = saving_by_chunk(
                _update_domain(project, domain, locales, allow_empty_template=allow_empty_template, skip_refused=skip)
                for domain in domains
            )
        for result in results:
            if isinstance(result, Refused):
                on_refused(result)  # type: ignore[misc]  # only with `on_refused`
            else:
                yield result


def _update_domain(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    *,
    allow_empty_template: bool = False,
    skip_refused: bool = False,
) -> Iterator[UpdateResult | Refused]:
    pot = project.pot_path(domain)
    if not pot.is_file():
        raise ProjectError(f"no template for domain {domain!r}: run `l10n extract` first", path=pot)
    merges = _update_from_template(
        project, domain, pot, _template_loader(pot), locales, save=False, allow_empty_template=allow_empty_template
    )
    try:
        yield from merges
    except REFUSALS as error:
        if not skip_refused:
            raise
        yield Refused(domain, str(error))


def _template_loader(pot: Path) -> Callable[[], tuple[POFile, list[Unit]]]:
    """Reads `pot` and its units on the first call, then gives the same."""
    from l10n.catalog.po import catalog_units, load_catalog

    loaded: list[tuple[POFile, list[Unit]]] = []

    def load() -> tuple[POFile, list[Unit]]:
        if not loaded:
            template = load_catalog(pot)
            loaded.append((template, catalog_units(template)))
        return loaded[0]

    return load


def _update_one(
    project: Project,
    domain: str,
    *,
    locale_codes: tuple[str, ...],
    allow_empty_template: bool = False,
    skip_refused: bool = False,
) -> Iterator[UpdateResult | Refused]:
    """One domain in a worker. Locales travel as codes: a `TargetLocale` that has loaded its
    CLDR data pickles to ~100 KB."""
    return _update_domain(
        project,
        domain,
        parsed_locales(locale_codes),
        allow_empty_template=allow_empty_template,
        skip_refused=skip_refused,
    )


@functools.lru_cache(maxsize=16)
def parsed_locales(codes: tuple[str, ...]) -> tuple[TargetLocale, ...]:
    from l10n.locales import parse_locale

    return tuple(parse_locale(code) for code in codes)
