"""Build the static multilingual site: `site/<locale>/<slug>.html`, indexes, CSS and sitemap.

Pages follow the multilingual-web conventions of the W3C i18n guidelines and Google's hreflang
documentation: `<html lang>` is the BCP 47 tag (zh-Hans-CN), `dir="rtl"` where CLDR says the script
is right-to-left, every version links to every other with `<link rel="alternate" hreflang>` plus an
English `x-default`, and text still in English inside a translation carries `lang="en"` so screen
readers and fonts switch language. Jinja2 autoescaping is always on: article and PO text is data.

Publishing is incremental: pages are rendered deterministically (no build time stamps), and a
page whose file holds its bytes already is left untouched, so a second run with nothing changed
writes nothing. Article pages are staged (`publish/staging.py`: in worker processes with `jobs`
> 1) and moved into the site together once every article is made (`swap.swap`), before the indexes
and the manifest: a run killed before then leaves the site it found. Articles stream one at a time; only a short
`PageRecord` per page is kept for the indexes. A run never deletes another language: pages an
earlier run recorded (`manifest.py`) and this one did not rebuild stay, and stay listed in the
switchers, indexes and sitemap; `prune=True` (`publish --prune`) removes them, and says which.
Every edition passes the publish gate (`l10n.assemble.gate`) and is checked against the
readiness policy (`readiness.py`) first.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.errors import L10nError, ProjectError
from l10n.fsio import atomic_write_text, locked
from l10n.locales import TargetLocale
from l10n.project import inside_plain_folders, path_inside
from l10n.publish.indexes import (
    index_path,
    locale_index,
    root_index,
    site_locales,
    sitemap_groups,
    with_source_first,
)
from l10n.publish.manifest import (
    PageRecord,
    existing_records,
    manifest_data,
    manifest_path,
    read_manifest_entries,
    remove_stale,
    same_manifest,
    write_manifest_data,
)
from l10n.publish.pages import FAVICON, HOME, STYLESHEET, ArticleEdition
from l10n.publish.reuse import (
    SITEMAP_KEY,
    PageIndex,
    article_state,
    manifest_as_written,
    manifest_state,
    record_indexes,
    record_manifest,
    record_published,
    stamped_files,
    take_as_published,
    take_indexes_as_written,
)
from l10n.publish.sitemap import X_DEFAULT, build_sitemap
from l10n.publish.slugs import kept_slugs, name_key, taken_by
from l10n.publish.staging import (
    ArticleTask,
    StagedArticle,
    StageSettings,
    names_ahead,
    names_hold,
    stage_article,
    stage_folder,
    staged_in_order,
)
from l10n.publish.swap import swap, write_bytes
from l10n.urls import CONTENT_SECURITY_POLICY

if TYPE_CHECKING:
    from l10n.memory.stamps import Stamps
    from l10n.seen import StatsSeen

SITEMAP_NAME = "sitemap.xml"
DEFAULT_BASE_URL = "http://127.0.0.1:8000/"
STATIC_FILES = (STYLESHEET, FAVICON)


@dataclass
class PublishReport:
    """What a publish run did: files rewritten, left untouched (content unchanged), kept from an
    earlier run (not rebuilt now), stale files removed (`prune`), units held back per page, and
    pages published below the readiness policy."""

    out_dir: Path
    _written: list[Path] = field(default_factory=list, repr=False)  # `written`
    _written_names: list[str] = field(default_factory=list, repr=False)  # `record_written`'s, not made `Path`s yet
    rendered_unchanged: list[Path] = field(default_factory=list)  # rendered again to the same bytes
    taken: list[str] = field(default_factory=list)  # site-relative files of articles taken as published
    removed: list[Path] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # site paths of an earlier run, not rebuilt now
    held: dict[str, dict[str, int]] = field(default_factory=dict)  # page path → reason → units
    not_ready: list[str] = field(default_factory=list)  # page paths below the readiness policy
    rebuilt: list[str] = field(default_factory=list)  # articles assembled again (not taken as published)
    named_again: list[str] = field(default_factory=list)  # made again here: the names a worker gave did not hold
    root: Path | None = None  # every path written must stay under it (checked before writing)
    site_files: set[str] = field(default_factory=set)  # written + unchanged, site-relative POSIX paths
    seen: StatsSeen | None = field(default=None, repr=False)  # stats taken before writing (`fingerprint.StatsSeen`)
    _plain_folders: set[str] = field(default_factory=set, repr=False)  # `checked` walked them

    def checked(self, path: Path) -> Path:
        """`path`, refused (`path_inside`) when a symlink on its way leaves `root`. A folder
        found plain (no symlink or `..` below the root) is walked once per run; a file in it
        then costs one `lstat` of its own (a site is ~22,000 files in ~12 folders)."""
        if self.root is not None:
            inside_plain_folders(path, self.root, self._plain_folders)
        return path

    def record(self, path: Path, changed: bool) -> None:
        # A name, like `record_written`'s: `written` makes the `Path`s when asked (the indexes of a
        # new site, recorded after its ~22,000 pages, made a `Path` of each page's name).
        if changed:
            self._written_names.append(os.fspath(path))
            if self.seen is not None:
                self.seen.forget(path)
        else:
            self.rendered_unchanged.append(path)
        self.site_files.add(self.site_path(path))

    def record_written(self, name: str, site_path: str) -> None:
        """`record(Path(name), True)` of a file written at `name`, `site_path` under `out_dir`
        (a new site's ~22,000 pages: no path converted back to its site path, and its `Path` in
        `written` made only when asked for: the command counts them, `written_count`)."""
        self._written_names.append(name)
        if self.seen is not None:
            self.seen.forget(name)
        self.site_files.add(site_path)

    def site_path(self, path: Path) -> str:
        """`path` (under `out_dir`) as the manifest names it; a string cut, not `relative_to`."""
        text, prefix = os.fspath(path), os.path.join(os.fspath(self.out_dir), "")
        if text.startswith(prefix):
            return text[len(prefix) :].replace(os.sep, "/")
        return path.relative_to(self.out_dir).as_posix()

    @property
    def written(self) -> list[Path]:
        """Files written (new, or with other bytes than they held)."""
        if self._written_names:
            self._written.extend(map(Path, self._written_names))
            self._written_names.clear()
        return self._written

    @property
    def written_count(self) -> int:
        return len(self._written) + len(self._written_names)

    @property
    def unchanged(self) -> list[Path]:
        """Files left as they were: rendered to the same bytes, or taken as published (their
        `Path`s made when asked: a re-run takes ~22,000)."""
        return [*self.rendered_unchanged, *(self.out_dir / name for name in self.taken)]

    @property
    def files(self) -> int:
        return self.written_count + len(self.rendered_unchanged) + len(self.taken)


@functools.cache
def template_environment() -> Any:
    """The Jinja2 environment over the package's templates; autoescaping is on for every template."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from l10n.publish.head_links import alternate_links, index_items, index_rows, switcher_items

    env = Environment(
        loader=PackageLoader("l10n.publish", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the package's templates do not change during a run: no stat per page
    )
    env.globals["content_security_policy"] = CONTENT_SECURITY_POLICY
    env.globals["alternate_links"] = alternate_links  # `base.html.j2`'s head links and switcher
    env.globals["switcher_items"] = switcher_items
    env.globals["index_items"] = index_items  # `root_index.html.j2`'s language lines
    env.globals["index_rows"] = index_rows  # `locale_index.html.j2`'s article lines
    return env


@dataclass(frozen=True)
class ArticleToPublish:
    """One article for `publish_site`: its editions, assembled only when its pages are rebuilt,
    and the files whose state decides whether the pages an earlier run wrote are still right."""

    domain: str
    editions: Callable[[], Sequence[ArticleEdition]]
    inputs: Sequence[Path | str] = ()
    # what its pages are named from (`slugs.name_pages`: the source headline and the locale
    # codes of its editions), when known without assembling it; None: not known
    names: Callable[[], tuple[str, list[str]] | None] | None = None


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
    seen: StatsSeen | None = None,
    retired: Collection[str] = (),
    listed: Collection[str] | None = None,
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

    With `jobs` > 1 the articles' pages are made and staged in that many worker processes
    (`l10n.parallel`, `publish.staging`; `ArticleToPublish.editions` must then be picklable);
    what depends on the order of the articles — page names, redirects, indexes, manifest,
    stamps — is decided here, in article order, and the site is byte for byte one process's. `seen`: stats
    taken already in this command (`fingerprint.StatsSeen`): a file is then stat'ed once to
    decide whether it moved; one this run writes is forgotten there. `retired`: articles whose
    earlier pages are not listed any more (an article deleted from the project), read once
    `articles` has been gone through (the caller may fill it then); their files stay named in
    the manifest, for `prune` to remove. `listed`: when given, the only articles whose pages are
    listed (a run over the whole project: an article deleted with its template is not either).
    """
    out_dir = Path(out_dir)
    if root is None and out_dir.is_symlink():  # the folder is its own root: nothing else checks where it leads
        raise ProjectError("the site folder is a symlink; refusing to write the site through it", path=out_dir)
    root = Path(root or out_dir).resolve()
    path_inside(out_dir / HOME, root)
    manifest = manifest_path(out_dir)
    with locked(manifest):
        taken = manifest_state(manifest, seen) if stamps is not None else None  # before the read
        previous, recorded_pages = read_manifest_entries(out_dir)
        as_written = stamps is not None and taken is not None and manifest_as_written(stamps, taken, manifest)
        on_site = existing_records(out_dir, recorded_pages, seen, vouched=as_written or prune)
        earlier_pages = [] if prune else on_site  # pruned: listed only when made again
        report, pages = _write_site(
            articles,
            out_dir,
            locales=locales,
            base_url=base_url,
            previous=previous,
            earlier_pages=earlier_pages,
            named_before=on_site,
            retired=retired,
            listed=listed,
            stamps=stamps,
            jobs=jobs,
            root=root,
            seen=seen,
        )
        current = set(report.site_files)
        if prune:
            report.removed = remove_stale(out_dir, previous, current)
            if seen is not None:
                for path in report.removed:
                    seen.forget(path)  # gone: stat'ed anew when the run is recorded
        else:
            report.kept = sorted(entry for entry in previous - current if (out_dir / entry).is_file())
            current |= set(report.kept)
        if not (as_written and same_manifest(current, pages, previous, recorded_pages, out_dir)):
            data = manifest_data(current, pages)
            write_manifest_data(out_dir, data)
            if stamps is not None:
                record_manifest(stamps, manifest, data)
            if seen is not None:
                seen.forget(manifest)
    return report


def _write_site(
    articles: Iterable[ArticleToPublish],
    out_dir: Path,
    *,
    locales: Sequence[TargetLocale],
    base_url: str | None,
    previous: set[str],
    earlier_pages: list[PageRecord],
    named_before: list[PageRecord] | None = None,
    retired: Collection[str] = (),
    listed: Collection[str] | None = None,
    stamps: Stamps | None = None,
    jobs: int = 1,
    root: Path | None = None,
    seen: StatsSeen | None = None,
) -> tuple[PublishReport, list[PageRecord]]:
    """The articles' pages made (in worker processes with `jobs` > 1) and staged, named in
    article order here, moved into the site together (`swap.swap`); then indexes and sitemap.
    `named_before`: the pages on the site as recorded (default `earlier_pages`; a pruning run
    lists none of them): their names are taken, and kept by their articles (`slugs.kept_slugs`)."""
    from l10n.fsio_stage import fresh_stage, remove_stage

    report = PublishReport(out_dir=out_dir, root=root, seen=seen)
    env = template_environment()
    pages = PageIndex(earlier_pages)
    named_before = earlier_pages if named_before is None else named_before
    slugs = taken_by(named_before, previous)  # `name_key` → article
    kept = kept_slugs(named_before)
    order = {loc.code: position for position, loc in enumerate(with_source_first(locales))}
    stage = fresh_stage(stage_folder(out_dir))
    whole = not os.path.lexists(out_dir)  # a new site: its stage may become it (`swap.swap`)
    settings = StageSettings(out_dir, stage, Path(root or out_dir), base_url, order, whole=whole, workers=jobs > 1)
    accepted: list[tuple[ArticleTask, StagedArticle]] = []
    rewritten: set[str] = set()  # pages staged to replace the site's: no earlier stamp vouches for them

    ahead = dict(slugs) if jobs > 1 else None  # the names as the loop below will decide them (`names_ahead`)

    def tasks() -> Iterator[ArticleTask]:
        for item in articles:
            if stamps is None:
                task = ArticleTask(item, "", tuple(pages.of(item.domain)), kept=kept.get(item.domain))
            else:
                state = article_state(item, pages, locales=locales, base_url=base_url, seen=seen)
                published = stamped_files(stamps, item.domain, state, out_dir, seen)  # its pages stand: not sent
                task = ArticleTask(
                    item, state, tuple(pages.of(item.domain)), stamped=published, kept=kept.get(item.domain)
                )
            yield task if ahead is None else names_ahead(task, ahead)

    finished = staged_all = False
    try:
        for task, staged in staged_in_order(tasks(), settings, jobs=jobs):
            domain = task.item.domain
            if task.stamped is not None and take_as_published(
                task.stamped, report=report, pages=pages, unless=rewritten
            ):
                slugs.update((name_key(record.path), record.domain) for record in pages.of(domain))
                continue
            if staged is not None and not names_hold(staged, slugs):
                staged.discard(settings)  # named otherwise than decided here, in article order
                staged = None
                report.named_again.append(domain)
            if staged is None:
                staged = stage_article(settings, task, taken=slugs)
            accepted.append((task, staged))
            report.rebuilt.append(domain)
            for record in staged.records:
                pages[(record.domain, record.locale)] = record
            report.held.update(staged.held)
            report.not_ready.extend(staged.not_ready)
            rewritten.update(page.path for page in staged.pages if page.digest is not None)
        finished = staged_all = True
    except L10nError:
        finished = True  # a refused article: the articles before it are published (`cli.refusals`)
        raise
    finally:
        try:
            if finished:
                # a refused article may have left part of its pages (a partial file) in the stage:
                # then only the accepted articles' pages are moved, never the stage whole
                published = swap(report, settings, accepted, previous=previous, whole=staged_all)
                if stamps is not None:
                    record_published(stamps, published, report)
        finally:
            remove_stage(stage)
    current = (r for r in pages.values() if r.domain not in retired and (listed is None or r.domain in listed))
    records = sorted(current, key=lambda r: (r.domain, order.get(r.locale, len(order)), r.locale))
    indexed = site_locales(locales, records)
    indexes = [*(index_path(locale) for locale in indexed), HOME, SITEMAP_NAME]
    made_of = repr([records, [locale.code for locale in indexed], base_url])
    if stamps is None or not take_indexes_as_written(stamps, made_of, indexes, report=report, seen=seen):
        groups = sitemap_groups(records)
        groups.append({**{loc.bcp47: index_path(loc) for loc in indexed}, X_DEFAULT: HOME})
        for locale in indexed:
            context = locale_index(records, locale, indexed, base_url=base_url)
            _write(report, out_dir / index_path(locale), env, "locale_index.html.j2", context)
        _write(report, out_dir / HOME, env, "root_index.html.j2", root_index(records, indexed, base_url=base_url))
        # The sitemap is made of its alternate groups alone (each article's ready pages): an edit
        # that moves an article's completeness, and so the indexes, leaves it as it was.
        sitemap_of = repr([groups, base_url])
        if stamps is None or not take_indexes_as_written(
            stamps, sitemap_of, [SITEMAP_NAME], report=report, seen=seen, key=SITEMAP_KEY
        ):
            write_bytes(report, out_dir / SITEMAP_NAME, build_sitemap(groups, base_url=base_url or DEFAULT_BASE_URL))
            if stamps is not None:
                record_indexes(stamps, sitemap_of, [SITEMAP_NAME], out_dir, key=SITEMAP_KEY)
        if stamps is not None:
            record_indexes(stamps, made_of, indexes, out_dir)
    for name in STATIC_FILES:
        write_bytes(report, out_dir / name, _static_bytes(name))
    return report, records


def _write(report: PublishReport, path: Path, env: Any, template: str, context: dict[str, Any]) -> None:
    report.record(path, atomic_write_text(report.checked(path), env.get_template(template).render(**context)))


@functools.cache
def _static_bytes(name: str) -> bytes:
    """A static file of the package's templates (the stylesheet, the icon): read from the
    package's folder when it is one (`importlib.resources` imports `zipfile` for its readers,
    ~20 ms of every cold run's start), else through `importlib.resources` (a zipped package)."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates")
    if os.path.isdir(folder):
        with open(os.path.join(folder, name), "rb") as file:
            return file.read()
    from importlib.resources import files

    return files("l10n.publish").joinpath("templates", name).read_bytes()
