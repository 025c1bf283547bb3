"""The article chain as plain functions over a `Project`: extract, update, load, assemble.

The CLI calls these; so do `run`, the Ray executor and the benchmarks, so each step has one
home. Every function takes the project and validated locales/domains explicitly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from l10n.errors import ProjectError
from l10n.fsio import deferred_durability
from l10n.locales import TargetLocale
from l10n.model import Document
from l10n.project import SOURCE_SUFFIXES, Project, validate_domain

OutputFormat = Literal["html", "md", "txt"]


@dataclass
class ExtractResult:
    domain: str
    pot_path: Path
    units: int
    written: bool


@dataclass
class UpdateResult:
    domain: str
    locale: str
    po_path: Path
    stats: object


@dataclass
class AssembleResult:
    domain: str
    locale: str
    path: Path
    written: bool
    counts: dict[str, int] = field(default_factory=dict)


def iter_article_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Expand files, folders and globs into article files, lazily, in a stable order.

    Corpus mode streams: one article at a time is read, so memory stays flat in corpus size.
    """
    for raw in paths:
        path = Path(raw)
        if any(ch in str(raw) for ch in "*?["):
            anchor = Path(path.anchor or ".")
            pattern = str(path.relative_to(anchor)) if path.is_absolute() else str(raw)
            yield from sorted(p for p in anchor.glob(pattern) if p.suffix.lower() in SOURCE_SUFFIXES)
        elif path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES):
                if not found.resolve().is_relative_to(path.resolve()):
                    raise ProjectError("symlink to a file outside the folder given; name that file itself", path=found)
                yield found
        elif path.is_file():
            yield path
        else:
            raise ProjectError("no such article file or folder", path=path)


def parse_document(path: Path) -> Document:
    """Ingest and segment one article: the Document every later stage reads values from."""
    from l10n.ingest import ingest_file
    from l10n.segment import segment_document

    return segment_document(ingest_file(path))


def extract_article(project: Project, path: Path, *, domain: str | None = None) -> ExtractResult:
    """Article → `locales/<domain>.pot` (rewritten only when its units changed)."""
    from l10n.catalog.po import write_pot
    from l10n.extract import extract_units

    domain = validate_domain(domain or path.stem)
    reference = project.relative(path)
    pot_path = project.pot_path(domain)
    _refuse_domain_taken(project, pot_path, reference, domain=domain)
    units = extract_units(parse_document(path), reference_path=reference)
    written = write_pot(units, pot_path, domain=domain, source_path=reference)
    return ExtractResult(domain=domain, pot_path=pot_path, units=len(units), written=written)


def _refuse_domain_taken(project: Project, pot_path: Path, reference: str, *, domain: str) -> None:
    """Two articles must never share a catalog: `x.txt` and `x.html` would overwrite each other."""
    from l10n.catalog.po import pot_source

    recorded = pot_source(pot_path) if pot_path.is_file() else None
    if recorded and recorded != reference and (project.root / recorded).is_file():
        raise ProjectError(
            f"domain {domain!r} already belongs to {recorded}; give this article its own with --domain",
            path=reference,
        )


def extract_articles(
    project: Project, paths: Sequence[Path | str], *, domain: str | None = None
) -> Iterator[ExtractResult]:
    """Extract many articles; `domain` only makes sense for a single file.

    One batch: per-file fsync is deferred to one sync at the end (`fsio.deferred_durability`).
    """
    files = iter_article_files(paths)
    if domain is not None:
        files = list(files)
        if len(files) != 1:
            raise ProjectError(f"--domain names one article, but {len(files)} files were given")
    with deferred_durability():
        for path in files:
            yield extract_article(project, path, domain=domain)


def update_catalogs(
    project: Project, *, domains: Sequence[str], locales: Sequence[TargetLocale]
) -> Iterator[UpdateResult]:
    """Merge each POT into each locale's PO, msgmerge-style (human work kept).

    Glossary terms found in a unit are added as `#. glossary: term = translation` lines for that
    locale, so translators see the required wording where they type. One batch: per-file fsync
    is deferred to one sync at the end (`fsio.deferred_durability`).
    """
    from l10n.catalog.po import catalog_units, load_catalog, update_po
    from l10n.memory.glossary import glossary_comments, project_glossary

    glossary = project_glossary(project)
    with deferred_durability():
        for domain in domains:
            pot = project.pot_path(domain)
            if not pot.is_file():
                raise ProjectError(f"no template for domain {domain!r}: run `l10n extract` first", path=pot)
            template = load_catalog(pot)
            units = catalog_units(template)
            for locale in locales:
                po = project.po_path(locale, domain)
                notes = glossary_comments(units, locale.code, glossary=glossary)
                stats = update_po(pot, po, locale, notes=notes, template=template)
                yield UpdateResult(domain=domain, locale=locale.code, po_path=po, stats=stats)


def source_path_for(project: Project, domain: str) -> Path:
    """The article a domain came from: the POT's recorded source, else `seeds/<domain>.*`."""
    from l10n.catalog.po import pot_source

    pot = project.pot_path(domain)
    recorded = pot_source(pot) if pot.is_file() else None
    if recorded:
        candidate = Path(recorded)
        candidate = candidate if candidate.is_absolute() else project.root / candidate
        if candidate.is_file():
            return candidate
    return project.source_for(domain)


def assemble_domain(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    *,
    formats: Sequence[OutputFormat] = ("html",),
) -> Iterator[AssembleResult]:
    """Rebuild the article in every locale: source values + PO text → `build/<locale>/<domain>.<ext>`."""
    from l10n.assemble import assemble_article, write_article
    from l10n.catalog.po import read_translations

    document = parse_document(source_path_for(project, domain))
    for locale in locales:
        po = project.po_path(locale, domain)
        translations = read_translations(po) if po.is_file() else {}
        article = assemble_article(document, translations, locale, domain=domain)
        for fmt in formats:
            path = project.build_path(locale, domain, fmt)
            written = write_article(article, path, fmt)
            yield AssembleResult(
                domain=domain, locale=locale.code, path=path, written=written, counts=dict(article.counts)
            )
