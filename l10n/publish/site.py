"""Build the static multilingual site: `site/<locale>/<slug>.html`, indexes, CSS and sitemap.

Pages follow the multilingual-web conventions of the W3C i18n guidelines and Google's hreflang
documentation: `<html lang>` is the BCP 47 tag (zh-Hans-CN), `dir="rtl"` where CLDR says the script
is right-to-left, every version links to every other with `<link rel="alternate" hreflang>` plus an
English `x-default`, and text still in English inside a translation carries `lang="en"` so screen
readers and fonts switch language. Jinja2 autoescaping is always on: article and PO text is data.

Publishing is incremental: pages are rendered deterministically (no build time stamps) and
written with `atomic_write_text`, which leaves a file untouched when its bytes are unchanged, so a
second run with nothing changed writes nothing. Articles stream one at a time; only a short
`PageRecord` per page is kept for the indexes. A run never deletes another language: pages an
earlier run recorded (`manifest.py`) and this one did not rebuild stay, and stay listed in the
switchers, indexes and sitemap; `prune=True` (`publish --prune`) removes them, and says which.
Every edition passes the publish gate (`l10n.assemble.gate`) and is checked against the
readiness policy (`readiness.py`) first.
"""

from __future__ import annotations

import dataclasses
import functools
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.errors import L10nError, ProjectError
from l10n.fsio import atomic_write_bytes, atomic_write_text, locked
from l10n.locales import SOURCE_LOCALE, TargetLocale, parse_locale
from l10n.project import CONFIG_FILE, Project, path_inside, validate_domain
from l10n.publish.manifest import (
    PageRecord,
    manifest_path,
    read_manifest,
    read_page_records,
    remove_stale,
    write_manifest,
)
from l10n.publish.media import MediaFile, figure_media
from l10n.publish.pages import (
    FAVICON,
    HOME,
    STYLESHEET,
    ArticleEdition,
    article_page_context,
    completeness_text,
    headline_slug,
    language_links,
    page_head,
    page_path,
    record_links,
    redirect_context,
)
from l10n.publish.readiness import meets_policy, readiness_text
from l10n.publish.sitemap import X_DEFAULT, build_sitemap
from l10n.urls import CONTENT_SECURITY_POLICY, is_site_base_url

if TYPE_CHECKING:
    from l10n.assemble.gate import Gate
    from l10n.memory.stamps import Stamps

SITEMAP_NAME = "sitemap.xml"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"
ROOT_PAGE_LOCALE = "en"  # the root page's own words are English (the x-default language chooser)
STATIC_FILES = (STYLESHEET, FAVICON)


@dataclass
class PublishReport:
    """What a publish run did: files rewritten, left untouched (content unchanged), kept from an
    earlier run (not rebuilt now), stale files removed (`prune`), units held back per page, and
    pages published below the readiness policy."""

    out_dir: Path
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # site paths of an earlier run, not rebuilt now
    held: dict[str, dict[str, int]] = field(default_factory=dict)  # page path → reason → units
    not_ready: list[str] = field(default_factory=list)  # page paths below the readiness policy
    rebuilt: list[str] = field(default_factory=list)  # articles assembled again (not taken as published)
    root: Path | None = None  # every path written must stay under it (checked before writing)

    def checked(self, path: Path) -> Path:
        if self.root is not None:
            path_inside(path, self.root)
        return path

    def record(self, path: Path, changed: bool) -> None:
        (self.written if changed else self.unchanged).append(path)

    @property
    def files(self) -> int:
        return len(self.written) + len(self.unchanged)


@functools.cache
def template_environment() -> Any:
    """The Jinja2 environment over the package's templates; autoescaping is on for every template."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("l10n.publish", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["content_security_policy"] = CONTENT_SECURITY_POLICY
    return env


def index_path(locale: TargetLocale) -> str:
    return f"{locale.code}/{HOME}"


@dataclass(frozen=True)
class ArticleToPublish:
    """One article for `publish_site`: its editions, assembled only when its pages are rebuilt,
    and the files whose state decides whether the pages an earlier run wrote are still right."""

    domain: str
    editions: Callable[[], Sequence[ArticleEdition]]
    inputs: Sequence[Path] = ()


def publish_site(
    articles: Iterable[ArticleToPublish],
    out_dir: Path,
    *,
    locales: Sequence[TargetLocale],
    base_url: str | None = None,
    prune: bool = False,
    stamps: Stamps | None = None,
    jobs: int = 1,
    root: Path | None = None,
) -> PublishReport:
    """Write the site: for each article its editions (source first), then indexes, CSS, sitemap.

    `locales` are the target locales in switcher order; the source locale is put first.
    `base_url` (the site's public URL) makes canonical and hreflang links absolute. Pages an
    earlier run wrote (`manifest.py`) and this one did not are kept and still listed; with
    `prune` they are removed (`report.removed`). Nothing the manifest does not name is touched.
    Concurrent runs on one folder take turns (a lock beside the manifest, outside the site).

    With `stamps` (`memory.stamps`), an article whose inputs, run settings and pages are as a
    finished earlier run left them is not assembled again: its pages and index records are
    taken as they are, so a nightly publish costs what changed. Every file written stays under
    `root` (default: `out_dir` itself) through symlinks too (`project.path_inside`).

    With `jobs` > 1 the articles' editions are assembled in that many worker processes
    (`l10n.parallel`; `ArticleToPublish.editions` must then be picklable); everything else —
    slugs, pages, indexes, manifest, stamps — is done here, in article order.
    """
    out_dir = Path(out_dir)
    if root is None and out_dir.is_symlink():  # the folder is its own root: nothing else checks where it leads
        raise ProjectError("the site folder is a symlink; refusing to write the site through it", path=out_dir)
    root = Path(root or out_dir).resolve()
    path_inside(out_dir / HOME, root)
    with locked(manifest_path(out_dir)):
        previous = read_manifest(out_dir)
        earlier_pages = [] if prune else _existing_records(out_dir, read_page_records(out_dir))
        report, pages = _write_site(
            articles,
            out_dir,
            locales=locales,
            base_url=base_url,
            previous=previous,
            earlier_pages=earlier_pages,
            stamps=stamps,
            jobs=jobs,
            root=root,
        )
        current = {path.relative_to(out_dir).as_posix() for path in [*report.written, *report.unchanged]}
        if prune:
            report.removed = remove_stale(out_dir, previous, current)
        else:
            report.kept = sorted(entry for entry in previous - current if (out_dir / entry).is_file())
            current |= set(report.kept)
        write_manifest(out_dir, current, pages)
    return report


def _existing_records(out_dir: Path, records: Iterable[PageRecord]) -> list[PageRecord]:
    """Recorded pages still on disk whose article and locale names are still valid."""
    kept = []
    for record in records:
        try:
            validate_domain(record.domain)
            parse_locale(record.locale)
        except L10nError:
            continue
        if (out_dir / record.path).is_file():
            kept.append(record)
    return kept


def _write_site(
    articles: Iterable[ArticleToPublish],
    out_dir: Path,
    *,
    locales: Sequence[TargetLocale],
    base_url: str | None,
    previous: set[str],
    earlier_pages: list[PageRecord],
    stamps: Stamps | None = None,
    jobs: int = 1,
    root: Path | None = None,
) -> tuple[PublishReport, list[PageRecord]]:
    report = PublishReport(out_dir=out_dir, root=root)
    env = template_environment()
    pages = _PageIndex(earlier_pages)
    slugs = {r.path: r.domain for r in earlier_pages}
    order = {loc.code: position for position, loc in enumerate(_with_source_first(locales))}

    def planned() -> Iterator[tuple[ArticleToPublish, str, bool]]:
        for item in articles:
            state = _article_state(item, pages, locales=locales, base_url=base_url) if stamps is not None else ""
            yield item, state, stamps is not None and _stamped_files(stamps, item.domain, state, out_dir) is not None

    for item, state, assembled in _assembled(planned(), jobs=jobs):
        if stamps is not None and _take_as_published(stamps, item.domain, state, report=report, pages=pages):
            slugs.update((record.path, record.domain) for record in pages.of(item.domain))
            continue
        written_before, unchanged_before = len(report.written), len(report.unchanged)
        report.rebuilt.append(item.domain)
        editions = _with_unique_slugs(item.editions() if assembled is None else assembled, slugs)
        source = editions[0]
        for edition in editions:
            pages[(edition.domain, edition.locale.code)] = edition.record()
        versions = _versions(pages, source.domain, order)
        media = figure_media(source.article.figures, domain=source.domain, source_dir=source.source_dir)
        _copy_media(report, out_dir, media.values(), previous=previous)
        for edition in editions:
            context = article_page_context(edition, versions, media=media, base_url=base_url)
            _write(report, out_dir / edition.path, env, "article.html.j2", context)
            if edition.page_slug != edition.domain:  # the old address keeps working
                old = out_dir / page_path(edition.locale, edition.domain)
                _write(report, old, env, "redirect.html.j2", redirect_context(edition, base_url=base_url))
            _note_gate(report, edition)
        if stamps is not None:
            files = [*report.written[written_before:], *report.unchanged[unchanged_before:]]
            stamps.record(item.domain, state, _published(out_dir, files, editions, report))
    records = sorted(pages.values(), key=lambda r: (r.domain, order.get(r.locale, len(order)), r.locale))
    site_locales = _site_locales(locales, records)
    sitemap_groups = _sitemap_groups(records)
    sitemap_groups.append({**{loc.bcp47: index_path(loc) for loc in site_locales}, X_DEFAULT: HOME})
    for locale in site_locales:
        context = _locale_index(records, locale, site_locales, base_url=base_url)
        _write(report, out_dir / index_path(locale), env, "locale_index.html.j2", context)
    _write(report, out_dir / HOME, env, "root_index.html.j2", _root_index(records, site_locales, base_url=base_url))
    for name in STATIC_FILES:
        _write_bytes(report, out_dir / name, _static_bytes(name))
    _write_bytes(report, out_dir / SITEMAP_NAME, build_sitemap(sitemap_groups, base_url=base_url or DEFAULT_BASE_URL))
    return report, records


def _with_unique_slugs(editions: Sequence[ArticleEdition], taken: dict[str, str]) -> list[ArticleEdition]:
    """Each edition named after the source headline; a name another article already has gets
    the article's domain appended, so two articles never share a page."""
    source = editions[0]
    slug = headline_slug(source.article.headline) or source.domain
    if any(taken.get(page_path(e.locale, slug), source.domain) != source.domain for e in editions):
        slug = f"{slug}-{source.domain}"
    named = [dataclasses.replace(edition, slug=slug) for edition in editions]
    for edition in named:
        taken[edition.path] = edition.domain
    return named


def _article_state(
    item: ArticleToPublish,
    pages: _PageIndex,
    *,
    locales: Sequence[TargetLocale],
    base_url: str | None,
) -> str:
    """The fingerprint of what an article's pages are made from: its input files, the run's
    locales and base URL, and the records of its pages in other locales kept from earlier runs
    (they appear in its language switcher)."""
    import json

    from l10n.memory.stamps import fingerprint

    codes = [locale.code for locale in _with_source_first(locales)]  # the editions this run builds
    others = [
        dataclasses.asdict(r) for r in sorted(pages.of(item.domain), key=lambda r: r.locale) if r.locale not in codes
    ]
    return fingerprint(item.inputs, settings=json.dumps([codes, base_url, others], sort_keys=True))


def _published(out_dir: Path, files: Sequence[Path], editions: Sequence[ArticleEdition], report: PublishReport) -> dict:
    """What a stamp keeps of an article just published: its files as written, page records, gate notes."""
    from l10n.memory.stamps import file_state

    paths = [e.path for e in editions]
    return {
        "files": {path.relative_to(out_dir).as_posix(): file_state(path) for path in files},
        "records": [dataclasses.asdict(e.record()) for e in editions],
        "held": {path: report.held[path] for path in paths if path in report.held},
        "not_ready": [path for path in paths if path in report.not_ready],
    }


def _assembled(
    planned: Iterable[tuple[ArticleToPublish, str, bool]], *, jobs: int
) -> Iterator[tuple[ArticleToPublish, str, Sequence[ArticleEdition] | None]]:
    """(article, state, its editions) in article order; the editions of an article whose stamp
    says its pages stand are not assembled (None). With `jobs` > 1 they are assembled in worker
    processes while this one writes the pages of the articles before."""
    if jobs <= 1:
        yield from ((item, state, None) for item, state, _ in planned)
        return
    from l10n.parallel import in_worker_processes

    yield from in_worker_processes(_assemble_planned, planned, jobs=jobs)


def _assemble_planned(
    plan: tuple[ArticleToPublish, str, bool],
) -> list[tuple[ArticleToPublish, str, Sequence[ArticleEdition] | None]]:
    item, state, as_stamped = plan
    return [(item, state, None if as_stamped else item.editions())]


def _stamped_files(stamps: Stamps, domain: str, state: str, out_dir: Path) -> dict | None:
    """What the stamp of an article records when its inputs are as stamped and its files are as
    it left them, else None (it is then rebuilt)."""
    from l10n.memory.stamps import file_state

    if not stamps.fresh(domain, state):
        return None
    published = stamps.payload(domain)
    if any(file_state(out_dir / path) != recorded for path, recorded in published["files"].items()):
        return None
    return published


def _take_as_published(stamps: Stamps, domain: str, state: str, *, report: PublishReport, pages: _PageIndex) -> bool:
    """An article whose inputs are as stamped and whose files are as it left them: its records and
    files taken into this run as they are. False when anything differs (it is then rebuilt)."""
    out_dir = report.out_dir
    published = _stamped_files(stamps, domain, state, out_dir)
    if published is None:
        return False
    read = [PageRecord.from_json(data) for data in published["records"]]
    records = [record for record in read if record is not None]
    if len(records) != len(read):
        return False
    for record in records:
        pages[(record.domain, record.locale)] = record
    report.unchanged.extend(out_dir / path for path in published["files"])
    report.held.update(published["held"])
    report.not_ready.extend(published["not_ready"])
    return True


class _PageIndex(dict[tuple[str, str], PageRecord]):
    """The site's page records by (domain, locale), with each article's records at hand
    (`of`): a site of thousands of articles asks for one article's pages once per article."""

    def __init__(self, records: Iterable[PageRecord] = ()) -> None:
        super().__init__()
        self._by_domain: dict[str, dict[str, PageRecord]] = {}
        for record in records:
            self[(record.domain, record.locale)] = record

    def __setitem__(self, key: tuple[str, str], record: PageRecord) -> None:
        super().__setitem__(key, record)
        self._by_domain.setdefault(key[0], {})[key[1]] = record

    def of(self, domain: str) -> list[PageRecord]:
        return list(self._by_domain.get(domain, {}).values())


def _versions(pages: _PageIndex, domain: str, order: dict[str, int]) -> list[PageRecord]:
    """An article's pages in every language, source first, then in switcher order."""
    records = pages.of(domain)
    return sorted(records, key=lambda r: (not r.is_source, order.get(r.locale, len(order)), r.locale))


def _note_gate(report: PublishReport, edition: ArticleEdition) -> None:
    held = getattr(edition.article, "held", {})
    if held and not edition.is_source:
        report.held[edition.path] = dict(held)
    if not edition.ready:
        report.not_ready.append(edition.path)


def _sitemap_groups(records: Sequence[PageRecord]) -> list[dict[str, str]]:
    """One alternate group per article: its ready pages, x-default = the source page."""
    groups: list[dict[str, str]] = []
    by_domain: dict[str, list[PageRecord]] = {}
    for record in records:
        by_domain.setdefault(record.domain, []).append(record)
    for versions in by_domain.values():
        group = {parse_locale(r.locale).bcp47: r.path for r in versions if r.ready}
        source = next((r for r in versions if r.is_source), versions[0])
        group[X_DEFAULT] = source.path
        groups.append(group)
    return groups


def _site_locales(locales: Sequence[TargetLocale], records: Sequence[PageRecord]) -> list[TargetLocale]:
    """The run's locales, source first, plus any locale an earlier run left pages in."""
    site = _with_source_first(locales)
    known = {loc.code for loc in site}
    for record in records:
        if record.locale not in known:
            known.add(record.locale)
            site.append(parse_locale(record.locale))
    return site


def _copy_media(report: PublishReport, out_dir: Path, media: Iterable[MediaFile], *, previous: set[str]) -> None:
    """Copy figure images into the site; a file already there that an earlier run did not write
    is someone else's and is left as it is (the page still points to it)."""
    for item in media:
        target = report.checked(out_dir / item.site_path)
        if item.source is None or (target.exists() and item.site_path not in previous):
            continue
        _write_bytes(report, target, item.source.read_bytes())


def _write(report: PublishReport, path: Path, env: Any, template: str, context: dict[str, Any]) -> None:
    report.record(path, atomic_write_text(report.checked(path), env.get_template(template).render(**context)))


def _write_bytes(report: PublishReport, path: Path, data: bytes) -> None:
    report.record(path, atomic_write_bytes(report.checked(path), data))


def _with_source_first(locales: Sequence[TargetLocale]) -> list[TargetLocale]:
    source = parse_locale(SOURCE_LOCALE)
    return [source, *(loc for loc in locales if loc.code != source.code)]


def _index_page(
    locale: TargetLocale,
    *,
    title: str,
    depth: int,
    current: TargetLocale | None,
    locales: list[TargetLocale],
    site_path: str,
    base_url: str | None,
) -> dict[str, Any]:
    """The page frame of an index: lang/dir, head links, switcher between locale indexes."""
    page = page_head(
        title=title,
        locale=locale,
        depth=depth,
        site_path=site_path,
        base_url=base_url,
        alternates=[*((loc.bcp47, index_path(loc)) for loc in locales), (X_DEFAULT, HOME)],
    )
    page["heading"] = title
    page["versions"] = language_links([(loc, index_path(loc), None) for loc in locales], current=current, depth=depth)
    return page


def _locale_index(
    records: list[PageRecord], locale: TargetLocale, locales: list[TargetLocale], *, base_url: str | None
) -> dict[str, Any]:
    """One locale's index: its articles with localised headline, date, state and completeness."""
    page = _index_page(
        locale,
        title=locale.display_name,
        depth=1,
        current=locale,
        locales=locales,
        site_path=index_path(locale),
        base_url=base_url,
    )
    return {
        "page": page,
        "rows": [
            {
                "href": row.path.rsplit("/", 1)[-1],
                "headline": row.headline,
                "published_text": row.published_text,
                "ready": row.ready,
                "state": readiness_text(locale, "ready" if row.ready else "incomplete"),
                "completeness": completeness_text(row.percent_reviewed, locale),
            }
            for row in records
            if row.locale == locale.code
        ],
    }


def _root_index(records: list[PageRecord], locales: list[TargetLocale], *, base_url: str | None) -> dict[str, Any]:
    """The root page: every article (English headline) with its languages, state and % reviewed.

    Its words are English and it says so (`lang="en"`), whatever the first locale; it is the
    x-default of the locale indexes, so it lists them all and names itself x-default."""
    english = parse_locale(ROOT_PAGE_LOCALE)
    articles = []
    for domain in dict.fromkeys(r.domain for r in records):
        versions = [r for r in records if r.domain == domain]
        source = next((r for r in versions if r.is_source), versions[0])
        links = record_links(versions, current=None, depth=0, reader=english)
        articles.append({"headline": source.headline, "source_href": source.path, "versions": links})
    page = _index_page(
        english,
        title="Articles in every language",
        depth=0,
        current=None,
        locales=locales,
        site_path=HOME,
        base_url=base_url,
    )
    return {"page": page, "articles": articles}


@functools.cache
def _static_bytes(name: str) -> bytes:
    from importlib.resources import files

    return files("l10n.publish").joinpath("templates", name).read_bytes()


def article_editions(
    project: Project, domain: str, locales: Sequence[TargetLocale], *, gate: Gate | None = None
) -> list[ArticleEdition]:
    """One article assembled in its source language and every locale that has a PO for it,
    through the publish gate, each marked with whether it meets its readiness policy."""
    from l10n.pipeline import assemble_edition, parse_document, parse_source_locale, source_path_for

    path = source_path_for(project, domain)
    document = parse_document(path)
    source = parse_source_locale(document)
    source_article = assemble_edition(project, document, source, domain=domain, gate=gate)
    editions = [ArticleEdition(source_article, is_source=True, source_dir=path.parent)]
    for locale in locales:
        po = project.po_path(locale, domain)
        if locale.code != source.code and po.is_file():
            article = assemble_edition(project, document, locale, domain=domain, gate=gate)
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
) -> PublishReport:
    """`l10n publish`: assemble every domain in every locale and write the site (default `site/`).

    `base_url` (else l10n.toml's) makes canonical and hreflang URLs absolute; without one they
    stay relative and the sitemap uses the preview URL. `jobs` > 1 assembles the articles in
    that many worker processes (`publish_site`)."""
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.memory.stamps import stage_stamps
    from l10n.pipeline import source_path_for
    from l10n.qa.mt_failures import failures_path

    configured = project.settings.extra.get("base_url")
    if base_url is not None and not is_site_base_url(base_url):
        raise ProjectError(f"--base-url {base_url!r} is not an absolute http(s) URL, e.g. https://news.example.org/")
    run = uuid.uuid4().hex

    # what an article's pages are made of: its source and POs, the glossary and MT failure log
    # (the publish gate), the configuration (readiness, base URL)
    shared = [project.locales_dir / GLOSSARY_FILE_NAME, failures_path(project.state_dir), project.root / CONFIG_FILE]
    articles = (
        ArticleToPublish(
            domain,
            _ProjectEditions(project, domain, tuple(locales), run),
            [source_path_for(project, domain), *(project.po_path(loc, domain) for loc in locales), *shared],
        )
        for domain in domains
    )
    from l10n.fsio import deferred_durability

    site = Path(out_dir or project.site_dir)
    existing = next(folder for folder in (site, *site.parents) if folder.exists())  # its filesystem
    try:
        with stage_stamps(project, f"publish {site}") as stamps, deferred_durability(existing):
            return publish_site(
                articles,
                out_dir or project.site_dir,
                locales=locales,
                base_url=base_url or (str(configured) if configured else None),
                prune=prune,
                stamps=stamps,
                jobs=jobs,
                root=None if out_dir else project.root,
            )
    finally:
        _run_gates.pop(run, None)


@dataclass(frozen=True)
class _ProjectEditions:
    """`ArticleToPublish.editions` of one article of a project: picklable, so that a worker
    process can assemble it. The publish gate is made once per process and run, when an article
    first needs it (`_run_gate`)."""

    project: Project
    domain: str
    locales: tuple[TargetLocale, ...]
    run: str

    def __call__(self) -> list[ArticleEdition]:
        return article_editions(self.project, self.domain, self.locales, gate=_run_gate(self.project, self.run))


_run_gates: dict[str, Gate] = {}


def _run_gate(project: Project, run: str) -> Gate:
    from l10n.assemble.gate import Gate

    if run not in _run_gates:
        _run_gates.clear()  # an earlier run's gate (another glossary, other failures) never serves
        _run_gates[run] = Gate.for_project(project)
    return _run_gates[run]
