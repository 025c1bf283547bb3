"""Each article's source file, found from its template (`X-L10n-Source`) or `seeds/`, and
remembered across runs (`ArticleSources`). Part of the assemble layer (`assembly.py` re-exports
these names): `assemble` and `publish` both find an article's source this way, and read it
through `article_document` (the parse `extract` kept, `memory.documents`). Library imports
stay inside the functions, so importing this module stays cheap for every command.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import ProjectError
from l10n.project import SOURCE_SUFFIXES, Project, path_inside, validate_domain

if TYPE_CHECKING:
    from l10n.fingerprint import KnownStat, StatsSeen
    from l10n.memory.stamps import Stamps
    from l10n.model import Document


def source_path_for(project: Project, domain: str) -> Path:
    """The article a domain came from: the POT's recorded source, else `seeds/<domain>.*`
    (found once per command: `Project.found_sources`)."""
    found = project.found_sources.get(domain)
    return found if found is not None else source_and_probes(project, domain)[0]


SOURCE_STAGE = "article source"


class ArticleSources:
    """Each domain's article (`source_path_for`) and the paths probed to find it, remembered
    across runs: a record per domain of the state of its template, the probed paths and the
    article (racy ones by content, `memory.stamps`), so a re-run finds 1,000 articles with a few
    stats each instead of reading 1,000 template headers. `save()` records what was looked up.
    `seen`: stats the command took already (`fingerprint.StatsSeen`)."""

    def __init__(self, project: Project, stamps: Stamps, *, seen: StatsSeen | None = None) -> None:
        self.project, self._stamps, self._seen = project, stamps, seen
        self._found: dict[str, tuple[Path, list[str]]] = {}

    def of(self, domain: str) -> tuple[Path, list[str]]:
        from l10n.memory.stamps import fingerprint

        kept = self._stamps.payload(validate_domain(domain))
        pot = os.path.join(os.fspath(self.project.locales_dir), f"{domain}.pot")
        try:
            source, probes = kept["source"], list(kept["probes"])
            if isinstance(source, str) and self._stamps.fresh(
                domain, fingerprint([pot, *probes, source], known=known_stats(self._seen))
            ):
                self.project.found_sources[domain] = Path(source)
                return Path(source), probes
        except (TypeError, KeyError, ValueError):  # no record, or one of another shape
            pass
        found = self._found[domain] = source_and_probes(self.project, domain)
        self.project.found_sources[domain] = found[0]
        return found

    def save(self) -> None:
        from l10n.memory.stamps import fingerprint

        locales_dir = os.fspath(self.project.locales_dir)
        for domain, (source, probes) in self._found.items():
            pot = os.path.join(locales_dir, f"{domain}.pot")
            payload = {"source": os.fspath(source), "probes": probes}
            self._stamps.record(domain, fingerprint([pot, *probes, os.fspath(source)]), payload)
        self._found.clear()


def source_and_probes(project: Project, domain: str) -> tuple[Path, list[str]]:
    """`source_path_for`, and the paths found missing on the way (a recorded source that is
    gone, `seeds/<domain>.<suffix>` tried before the one found): a record of the article's
    inputs keeps them, since one appearing would change the answer."""
    from l10n.catalog.po import pot_source

    pot = project.pot_path(domain)
    candidate = recorded_source(project, pot, pot_source(pot) if pot.is_file() else None)
    if candidate is not None and candidate.is_file():
        return candidate, []
    probes = [os.fspath(candidate)] if candidate is not None else []
    source = project.source_for(domain)
    for suffix in SOURCE_SUFFIXES:
        tried = project.seeds_dir / f"{domain}{suffix}"
        if tried == source:
            break
        probes.append(os.fspath(tried))
    return source, probes


def article_document(project: Project, source: Path) -> Document:
    """The article at `source`, ingested and segmented: as `extract` kept its parse when that
    was of these very bytes, by this code (`memory.documents`), else parsed here."""
    from l10n.memory.documents import DOCUMENTS_FILE_NAME, parsed_document, parsed_documents

    store = parsed_documents(project.state_file(DOCUMENTS_FILE_NAME))
    article = project.relative(source)
    document = parsed_document(source, article=article, store=store)
    language = project.settings.article_language(article)  # the operator's word, as `extract` took it
    if language:
        as_stated(document, language)
    return document


def as_stated(document: Document, language: str) -> None:
    """Make `language` (`extract --lang`, `[l10n.article_languages]`) `document`'s, as if the
    article stated it: the form ingest gives a stated tag (`ingest.fields.source_language`:
    `de_AT` → `de`, `zh_TW` → `zh_Hant`). `extract` does it before the template is written and
    `assemble`/`publish` on the same settings (`article_document`), so the source edition, its
    `lang` and the source sentences shown in a translation are marked as the template says.
    A region it names is the article's (`Document.source_variant`, as a stated `en-GB` sets it:
    `ingest.fields.regional_locale`); without one, the page's own stays if it is of that language.

    >>> from l10n.model import Block, Document
    >>> doc = Document([Block("paragraph", "x")], source_locale="en", source_variant="en_US")
    >>> [(as_stated(doc, tag), doc.source_locale, doc.source_variant)[1:] for tag in ("en", "en_GB", "de")]
    [('en', 'en_US'), ('en', 'en_GB'), ('de', '')]
    """
    from l10n.ingest.fields import regional_locale, source_language
    from l10n.locales import language_of

    document.source_locale = source_language(language) or language
    document.language_stated, document.language_read = True, False
    variant = regional_locale(language)
    if variant or language_of(document.source_variant) != language_of(document.source_locale):
        document.source_variant = variant


def article_sources(project: Project, domains: Iterable[str]) -> list[Path]:
    """The article each domain was extracted from (`source_path_for`), in domain order."""
    return [source_path_for(project, domain) for domain in domains]


def recorded_source(project: Project, pot: Path, recorded: str | None) -> Path | None:
    """The article a template's `X-L10n-Source` header names, resolved under the project root
    (relative to it, or absolute inside it); None when the header is empty. The header is
    hostile input like the rest of the file: a path that leaves the root — absolute, with `..`,
    or through a symlink — is refused with one line naming the template, so a crafted template
    cannot make `update`, `assemble` or `publish` read any file and print it into catalogs,
    editions or the site (`project.path_inside`)."""
    if not recorded:
        return None
    candidate = Path(recorded) if Path(recorded).is_absolute() else project.root / recorded
    try:
        path_inside(candidate, project.root)
    except ProjectError:
        raise ProjectError(
            f"X-L10n-Source {recorded!r} is outside the project; extract the article from inside it", path=pot
        ) from None
    return candidate


def known_stats(seen: StatsSeen | None) -> dict[str, KnownStat | None] | None:
    """The stats `fingerprint` may take from `seen` (checks made before anything is written)."""
    return None if seen is None else seen.known()
