"""A project's articles as the site needs them: each assembled in every locale through the
publish gate, marked with its readiness; `publish_project` is `l10n publish`.

Kept apart from `site.py`, which writes any set of editions (tests give it their own), so the
site writer knows no project layout, and from `assembly`, which this module calls for the one
assembly path `assemble` and `publish` share (`assembly.assemble_edition`).
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.errors import ArticleMissing, ProjectError
from l10n.locales import TargetLocale
from l10n.project import CONFIG_FILE, Project
from l10n.publish import cldr
from l10n.publish.pages import ArticleEdition
from l10n.publish.readiness import meets_policy
from l10n.publish.site import ArticleToPublish, PublishReport, publish_site
from l10n.urls import is_site_base_url

if TYPE_CHECKING:
    from l10n.assemble.gate import Gate
    from l10n.model import Document
    from l10n.publish.built import BuiltEditions
    from l10n.seen import StatsSeen


def article_editions(
    project: Project,
    domain: str,
    locales: Sequence[TargetLocale],
    *,
    gate: Gate | Callable[[], Gate] | None = None,
    built: BuiltEditions | None = None,
) -> list[ArticleEdition]:
    """One article assembled in its source language (as the project locale that is it, if one
    is: `assembly.source_edition_locale`) and every other locale that has a PO for it,
    through the publish gate, each marked with whether it meets its readiness policy. With
    `built`, an edition `assemble` left in `build/` for the same inputs is taken from there
    (`publish.built`: the same gate and code made it). `gate` may be a function giving it,
    called only when an edition is assembled here."""
    from l10n.assembly import article_document, assemble_edition, source_edition_locale, source_path_for

    def gated() -> Gate | None:
        return gate() if callable(gate) else gate

    path = source_path_for(project, domain)
    document: Document | None = None
    source_article: Any = built.source(domain, path) if built is not None else None
    if source_article is None:
        document = article_document(project, path)
        source_article = assemble_edition(
            project, document, source_edition_locale(project, document), domain=domain, gate=gated()
        )
    source = source_article.locale
    editions = [ArticleEdition(source_article, is_source=True, source_dir=path.parent)]
    if any(image.is_relative for image in source_article.figures.values()):
        built = None  # the site moves relative images (`media.py`): the build files point elsewhere
    translated = [locale for locale in locales if locale.code != source.code]
    if built is not None:
        built.expect(domain, translated, locales)
    for locale in translated:
        # only stat'ed here (`Project.po_file`): read through `po_path` (its symlink check) by the gate
        po = project.po_file(locale.code, domain)
        if built.catalog(po) if built is not None else os.path.isfile(po):
            article: Any = built.article(domain, path, locale) if built is not None else None
            if article is None:
                document = document or article_document(project, path)
                article = assemble_edition(project, document, locale, domain=domain, gate=gated())
            ready = meets_policy(article, project.settings.readiness_for(locale))
            editions.append(ArticleEdition(article, ready=ready))
    return editions


def publish_project(
    project: Project,
    *,
    domains: Sequence[str],
    locales: Sequence[TargetLocale],
    out_dir: Path | None = None,
    base_url: str | None = None,
    prune: bool = False,
    jobs: int = 1,
    seen: StatsSeen | None = None,
    orphans: list[str] | None = None,
    every_domain: bool = False,
) -> PublishReport:
    """`l10n publish`: assemble every domain in every locale and write the site (default `site/`).

    `base_url` (else l10n.toml's) makes canonical and hreflang URLs absolute; without one they
    stay relative and the sitemap uses the preview URL. `jobs` > 1 assembles the articles in
    that many worker processes (`publish_site`). `seen`: the stats the caller's whole-run record
    took (`fingerprint.StatsSeen`), so deciding what is unchanged stats no file twice.
    `orphans` (a list): a domain whose article is gone (`errors.ArticleMissing`) is added there
    and skipped, and its earlier pages are no longer listed (`publish_site(retired=…)`; `prune`
    removes them); without it, it is an error. `every_domain`: `domains` are all the project's,
    so pages of an article deleted with its template are not listed either."""
    from l10n.assembly import SOURCE_STAGE, ArticleSources
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.memory.stamps import stage_stamps
    from l10n.mt.failures import failures_path

    configured = project.settings.extra.get("base_url")
    if base_url is not None and not is_site_base_url(base_url):
        raise ProjectError(f"--base-url {base_url!r} is not an absolute http(s) URL, e.g. https://news.example.org/")
    run = uuid.uuid4().hex

    # what an article's pages are made of: its template and source (and the paths probed to
    # find it), its POs, the glossary and MT failure log (the publish gate), the configuration
    # (readiness, base URL); strings, not `Path`s: a re-run stats them for every article
    shared = [project.locales_dir / GLOSSARY_FILE_NAME, failures_path(project.state_dir), project.root / CONFIG_FILE]
    locales_dir = os.fspath(project.locales_dir)

    def articles(sources: ArticleSources) -> Iterator[ArticleToPublish]:
        for domain in domains:
            try:
                source, probes = sources.of(domain)
            except ArticleMissing:
                if orphans is None:
                    raise
                orphans.append(domain)
                continue
            pos = (os.path.join(locales_dir, locale.code, "LC_MESSAGES", f"{domain}.po") for locale in locales)
            pot = os.path.join(locales_dir, f"{domain}.pot")
            inputs = [pot, *probes, os.fspath(source), *pos, *map(os.fspath, shared)]
            editions = _ProjectEditions(project, domain, tuple(locales), run)
            yield ArticleToPublish(domain, editions, inputs, names=editions.names)

    from l10n.collector import collector_paused
    from l10n.fsio import deferred_durability, noting_writes

    site = Path(out_dir or project.site_dir)
    existing = next(folder for folder in (site, *site.parents) if folder.exists())  # its filesystem
    try:
        with (
            collector_paused(),  # as assemble: many objects, no cycles (`collector`)
            stage_stamps(project, f"publish {site}") as stamps,
            stage_stamps(project, SOURCE_STAGE) as found,
            cldr.kept_answers(project),  # the locales' names, directions, percentages (`publish.cldr`)
            deferred_durability(existing),
            noting_writes(),  # the pages' stamps keep them as written (`reuse.record_published`)
        ):
            sources = ArticleSources(project, found, seen=seen)
            if seen is not None:
                _run_seen[run] = seen  # for this process's `BuiltEditions` (`_run_gate`)
            report = publish_site(
                articles(sources),
                out_dir or project.site_dir,
                locales=locales,
                base_url=base_url or (str(configured) if configured else None),
                prune=prune,
                stamps=stamps,
                jobs=jobs,
                root=None if out_dir else project.root,
                seen=seen,
                retired=orphans if orphans is not None else (),
                listed=set(domains) if every_domain else None,
            )
            sources.save()
            return report
    finally:
        _run_gates.pop(run, None)
        _run_builts.pop(run, None)
        _run_seen.pop(run, None)


@dataclass(frozen=True)
class _ProjectEditions:
    """`ArticleToPublish.editions` of one article of a project: picklable, so that a worker
    process can assemble it. The publish gate (and the editions `assemble` left in `build/`) are
    made once per process and run, when an article first needs them (`_run_gate`)."""

    project: Project
    domain: str
    locales: tuple[TargetLocale, ...]
    run: str

    def __getstate__(self) -> dict[str, Any]:
        """Sent to a worker: the project without the caches this process keeps growing while
        it plans the next articles — a pool's feeder thread pickles tasks meanwhile, and
        iterating `found_sources` as it grew failed ("dictionary changed size during
        iteration"); each task also carried every source found so far — with only this
        article's source as found (`Project` pickles without its caches: sent beside it)."""
        source = self.project.found_sources.get(self.domain)  # one lookup: atomic under the GIL
        return {
            "project": self.project,
            "domain": self.domain,
            "locales": self.locales,
            "run": self.run,
            "source": source,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        source = state.pop("source")
        self.__dict__.update(state)
        if source is not None:
            self.project.found_sources[self.domain] = source

    def __call__(self) -> list[ArticleEdition]:
        built = _run_built(self.project, self.run)
        gate = functools.partial(_run_gate, self.project, self.run)  # made only if an edition is assembled here
        return article_editions(self.project, self.domain, self.locales, gate=gate, built=built)

    def names(self) -> tuple[str, list[str]] | None:
        """What the article's pages are named from (`slugs.name_pages`) — the source headline,
        and the locale codes of its editions, source first — as `article_editions` gives them,
        when the source-language edition `assemble` recorded holds (`BuiltEditions.source`);
        else None (it would be assembled to know)."""
        from l10n.assembly import source_path_for

        built = _run_built(self.project, self.run)
        path = source_path_for(self.project, self.domain)
        source = built.source(self.domain, path)
        if source is None:
            return None
        codes = [source.locale.code]
        for locale in self.locales:
            if locale.code != source.locale.code and os.path.isfile(self.project.po_file(locale.code, self.domain)):
                codes.append(locale.code)
        return source.headline, codes


_run_gates: dict[str, Gate] = {}
_run_builts: dict[str, BuiltEditions] = {}
_run_seen: dict[str, StatsSeen] = {}  # the run's whole-run look-up stats, in the process that took them


def _run_gate(project: Project, run: str) -> Gate:
    """The run's publish gate, made once per process and run when an edition must be assembled
    (`article_editions`): a publish that takes every edition from `build/` reads none of the
    glossary, MT failure log and QA records it is made of (`Gate.for_project`)."""
    from l10n.assemble.gate import Gate

    if run not in _run_gates:
        _run_gates.clear()  # an earlier run's gate (another glossary, other failures) never serves
        _run_gates[run] = Gate.for_project(project)
    return _run_gates[run]


def _run_built(project: Project, run: str) -> BuiltEditions:
    """The run's `build/` editions, made once per process and run (with the stats the run's
    whole-run look-up took, in the process that took them: a worker stats anew)."""
    from l10n.publish.built import BuiltEditions

    if run not in _run_builts:
        _run_builts.clear()
        _run_builts[run] = BuiltEditions(project, seen=_run_seen.get(run))
    return _run_builts[run]
