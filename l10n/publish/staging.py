"""One article's pages made and staged, in a worker process or here (`site.publish_site`).

An article's pages are a function of its editions, its page records in locales the run does
not build, the run's settings — and of one thing that depends on the articles before it: its
page name (`slugs.name_pages`: a headline another article has already gets its domain
appended, and an old address another article holds gets no redirect). A worker cannot know
that for sure: it takes the names the parent decided before sending the article, from its
headline and locale codes as `assemble` recorded them (`names_ahead`), or, without those,
names the pages as if nothing before it had taken the name; it renders them and writes the
ones whose bytes differ from the site's into the run's stage folder
(`fsio_stage`), and sends back only names, records and hashes (`StagedArticle`). The parent
decides the names again in article order, over everything taken before; where they differ
(two headlines alike), it makes that article again here with the names it decided. Nothing
reaches the site before the parent moves the staged files there (`swap.swap`), so a worker
that guessed wrong, or a run killed before its swap, leaves the site as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from collections import ChainMap, deque
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISLNK
from typing import TYPE_CHECKING

from l10n.fingerprint import data_digest
from l10n.fsio import NEW_FILE_MODE, note_unchanged
from l10n.fsio_names import hidden_beside
from l10n.fsio_stage import Made, stage_bytes
from l10n.project import inside_plain_folders
from l10n.publish.frames import FramedTemplates
from l10n.publish.head_links import ArticleVersions
from l10n.publish.manifest import PageRecord
from l10n.publish.media import MediaFile, figure_media
from l10n.publish.pages import ArticleEdition, article_page_context, page_path, redirect_context
from l10n.publish.reuse import PageIndex, article_versions
from l10n.publish.slugs import name_key, name_pages

if TYPE_CHECKING:
    from l10n.publish.site import ArticleToPublish


ARTICLES_PER_TASK = 2  # an article's pages are ~20 ms of work, and what comes back is a few names and hashes


@dataclass(frozen=True)
class StageSettings:
    """What every article's pages share in one run (sent once per chunk of work)."""

    out_dir: Path
    stage: Path  # the run's stage folder (`fsio_stage.fresh_stage`)
    root: Path  # every page stays under it through symlinks too (`project.inside_plain_folders`)
    base_url: str | None
    order: dict[str, int]  # locale code → its place in the switcher (source first)
    whole: bool = False  # a new site: pages named for sure staged under their site paths (`StagedArticle.whole`)
    workers: bool = False  # articles staged in worker processes (`jobs` > 1)


@dataclass(frozen=True)
class Naming:
    """An article's page names decided before its editions are made (`names_ahead`), with what
    they were decided from: a worker takes them when its source headline and locale codes are
    these (`stage_article`)."""

    headline: str
    codes: tuple[str, ...]
    slug: str
    redirects: tuple[str, ...]


@dataclass(frozen=True)
class ArticleTask:
    """One article for `stage_article`: small (paths and records, no edition)."""

    item: ArticleToPublish
    state: str  # `reuse.article_state`
    earlier: tuple[PageRecord, ...] = ()  # its page records kept from earlier runs
    stamped: dict | None = None  # its stamp's payload when it held (`reuse.stamped_files`): never sent
    named: Naming | None = None  # its names as decided before it was sent (`names_ahead`)
    kept: str | None = None  # the name its pages have on the site (`slugs.kept_slugs`): kept while free

    @property
    def as_stamped(self) -> bool:
        return self.stamped is not None


@dataclass(frozen=True)
class StagedPage:
    """One page an article staged (`StagedArticle.pages`); a docstring of its own, or
    `dataclass` would make one from `inspect.signature` at every import."""

    path: str  # site-relative
    digest: str | None  # the hash of the bytes staged; None: the site's file holds them already
    made: Made | None = None  # what staging them left (`fsio_stage.move_into_place` notes the move by it)


@dataclass
class StagedArticle:
    """What making one article's pages gave: the facts its names were decided from, its pages
    (in the order written, each page then its redirect), records and gate notes."""

    domain: str
    headline: str  # the source edition's, and the locale codes of its editions:
    codes: list[str]  # what `slugs.name_pages` decides from
    slug: str
    redirects: list[str]
    kept: str | None = None  # the name its pages had (`ArticleTask.kept`)
    pages: list[StagedPage] = field(default_factory=list)
    records: list[PageRecord] = field(default_factory=list)
    held: dict[str, dict[str, int]] = field(default_factory=dict)  # page path → reason → units
    not_ready: list[str] = field(default_factory=list)
    media: list[MediaFile] = field(default_factory=list)
    whole: bool = False  # its pages staged under their site paths, for the stage to become the site

    def staged_path(self, settings: StageSettings, n: int, site_path: str | None = None) -> str:
        """`<stage>/<the page's folder>/<domain>.<n>` for its `n`th page (at `site_path`, when
        not in `pages` yet): one folder per site folder (a folder per article and locale was
        11,000 made and removed in a cold run), no two articles' alike. An article staged
        `whole` (a new site, its names decided for sure: one process deciding in order, or a
        worker taking the names the parent decided before sending it, `names_ahead`; no two
        pages alike) `<stage>/<site path>`; one the parent makes again in a run with workers
        is not (a later article's worker may have staged its pages under that path)."""
        path = self.pages[n].path if site_path is None else site_path
        if self.whole:
            return os.path.join(os.fspath(settings.stage), path)
        folder, _ = os.path.split(path)
        return os.path.join(os.fspath(settings.stage), folder, f"{self.domain}.{n}")

    def discard(self, settings: StageSettings) -> None:
        """Its staged files removed (named again: `site.names_hold`)."""
        for n, page in enumerate(self.pages):
            if page.digest is not None:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.staged_path(settings, n))

    def published_state(self) -> dict:
        """What the article's stamp keeps besides its files (`reuse.record_published` adds them)."""
        return {"records": [r.as_json() for r in self.records], "held": dict(self.held), "not_ready": self.not_ready}


def stage_in_worker(settings: StageSettings, task: ArticleTask) -> list[StagedArticle]:
    """`stage_article` as a worker runs it (`parallel.in_worker_processes`): the names decided
    ahead or guessed, for the parent to check."""
    return [stage_article(settings, task)]


def stage_article(
    settings: StageSettings, task: ArticleTask, taken: MutableMapping[str, str] | None = None
) -> StagedArticle:
    """Assemble the article, name its pages (over `taken`, marked as they are named; None: in a
    worker, the names the parent decided before sending it when they were decided from this
    article's headline and locale codes (`names_ahead`), else as if no other article had taken
    anything), render them and stage those whose bytes the site does not hold already."""
    editions = task.item.editions()
    source = editions[0]
    codes = [edition.locale.code for edition in editions]
    ahead = task.named
    if taken is None and ahead is not None and (ahead.headline, ahead.codes) == (source.article.headline, tuple(codes)):
        slug, redirects = ahead.slug, list(ahead.redirects)  # decided by the parent before it sent the task
        whole = settings.whole
    else:
        taking = {} if taken is None else taken
        slug, redirects = name_pages(source.article.headline, source.domain, codes, taking, task.kept)
        whole = settings.whole and taken is not None and not settings.workers  # one process, names in order
    named = [_named(edition, slug) for edition in editions]
    staged = StagedArticle(source.domain, source.article.headline, codes, slug, redirects, task.kept, whole=whole)
    pages = PageIndex(task.earlier)
    for edition in named:
        staged.records.append(edition.record())
        pages[(edition.domain, edition.locale.code)] = staged.records[-1]
    versions = ArticleVersions(article_versions(pages, source.domain, settings.order))  # once for its pages
    media = figure_media(source.article.figures, domain=source.domain, source_dir=source.source_dir)
    staged.media = list(media.values())
    templates = _templates()
    # a new site (`StageSettings.whole`) still missing: none of its pages can be there, so
    # none is stat'ed (one `lstat` of the site folder an article, not one a page)
    absent = settings.whole and not os.path.lexists(settings.out_dir)
    for edition in named:
        context = article_page_context(edition, versions, media=media, base_url=settings.base_url)
        _stage(settings, staged, edition.path, templates.render_utf8("article.html.j2", context), absent=absent)
        old_path = page_path(edition.locale, edition.domain)
        if old_path in redirects:
            context = redirect_context(edition, base_url=settings.base_url)
            _stage(settings, staged, old_path, templates.render_utf8("redirect.html.j2", context), absent=absent)
        _note_gate(staged, edition)
    return staged


def _named(edition: ArticleEdition, slug: str) -> ArticleEdition:
    """`dataclasses.replace(edition, slug=slug)`, made directly for an `ArticleEdition` itself
    (`replace` looks its fields up on every call: ~11,000 a cold site)."""
    if type(edition) is not ArticleEdition:
        return dataclasses.replace(edition, slug=slug)
    return ArticleEdition(
        edition.article, is_source=edition.is_source, source_dir=edition.source_dir, slug=slug, ready=edition.ready
    )


def stage_folder(out_dir: Path) -> Path:
    """Where a publish stages its pages: beside the site folder, hidden, named after it (as the
    manifest), so a killed run's stage is never uploaded with the site; inside it when the
    site folder is a mount point of its own (a rename cannot cross filesystems)."""
    site = Path(out_dir).absolute()
    if os.path.ismount(site):
        return site / ".l10n-stage"
    return site.parent / hidden_beside(os.fspath(site.parent), site.name, ".l10n-stage")  # within NAME_MAX


def staged_in_order(
    tasks: Iterable[ArticleTask], settings: StageSettings, *, jobs: int
) -> Iterator[tuple[ArticleTask, StagedArticle | None]]:
    """Each task, in order, with its article staged by a worker (names guessed), or None: to be
    made or taken here (one process; or its stamp held when it was sent, so no worker gets it
    and an edit run of one article starts no pool: `parallel` runs one chunk here)."""
    if jobs <= 1:
        yield from ((task, None) for task in tasks)
        return
    from l10n.parallel import in_worker_processes

    sent: deque[ArticleTask] = deque()

    def sending() -> Iterator[ArticleTask]:
        for task in tasks:
            sent.append(task)
            if not task.as_stamped:
                yield task

    work = functools.partial(stage_in_worker, settings)
    chunks = in_worker_processes(work, sending(), jobs=jobs, chunk_size=ARTICLES_PER_TASK, before_fork=load_before_fork)
    for staged in chunks:
        while sent[0].as_stamped:
            yield sent.popleft(), None
        yield sent.popleft(), staged
    while sent:
        yield sent.popleft(), None


def load_before_fork() -> None:
    """Compile here, before the pool forks (`l10n.parallel`'s `before_fork`; `assemble`'s workers
    fork warm too: `assembly.assemble_domains`), every template of the site's environment — the
    article page over its base, the redirect, and the indexes this process renders after the
    workers — with the environment's lexer, so the workers fork with them in the environment's cache
    (`site.template_environment`, one per process) instead of each compiling them on its first
    article (~10 ms of CPU a worker, most of what its first article cost above its next:
    `bench/site_write.py`, Session 48). Nothing is rendered or written; the frames stay each
    process's, made from its first page of each shape (`frames.FramedTemplates`). A template
    that cannot be compiled is left for the process that renders it to raise, in its place."""
    from jinja2 import TemplateError

    env = _templates().env
    try:
        for name in env.list_templates(extensions=["j2"]):
            env.get_template(name)
    except TemplateError:
        return


def names_ahead(task: ArticleTask, ahead: dict[str, str]) -> ArticleTask:
    """`task` with its page names decided over `ahead` — the names the articles before it take,
    as the parent will decide them (`names_hold`) — from its headline and locale codes where
    these are known without assembling it (`ArticleToPublish.names`), for a worker to take. A
    worker naming as if nothing before had taken anything guessed wrong for every headline
    another article has already (209 of a 1,000-article chain corpus's, each then made again
    by the parent). The parent's decision stays the rule: a name it does not agree with is
    made again there (`names_hold`)."""
    if task.stamped is not None:  # taken as published (`reuse.take_as_published`): its names stand
        for record in task.stamped.get("records", ()):
            if isinstance(record, dict) and isinstance(record.get("path"), str):
                ahead[name_key(record["path"])] = task.item.domain
        return task
    facts = task.item.names() if task.item.names is not None else None
    if facts is None:
        return task
    headline, codes = facts
    slug, redirects = name_pages(headline, task.item.domain, codes, ahead, task.kept)
    return dataclasses.replace(task, named=Naming(headline, tuple(codes), slug, tuple(redirects)))


def names_hold(staged: StagedArticle, slugs: dict[str, str]) -> bool:
    """Whether the names a worker gave the article's pages are the ones decided here, in article
    order; if so they are marked taken."""
    decided: ChainMap[str, str] = ChainMap({}, slugs)
    named = name_pages(staged.headline, staged.domain, staged.codes, decided, staged.kept)
    if named != (staged.slug, staged.redirects):
        return False
    slugs.update(decided.maps[0])
    return True


def _note_gate(staged: StagedArticle, edition: ArticleEdition) -> None:
    held = getattr(edition.article, "held", {})
    if held and not edition.is_source:
        staged.held[edition.path] = dict(held)
    if not edition.ready:
        staged.not_ready.append(edition.path)


def _stage(
    settings: StageSettings, staged: StagedArticle, site_path: str, data: bytes, *, absent: bool = False
) -> None:
    """One page (its UTF-8): left as it is when the site's file holds its bytes (noted, as
    `fsio` notes a write that finds them), else written into the stage. `absent`: the site
    folder was found missing just before (a new site): no file is there to stat or compare; the
    page's folders are checked when the swap makes them or renames the stage into place
    (`swap.swap`)."""
    status = None
    if not absent:
        target = os.path.join(os.fspath(settings.out_dir), site_path)
        status = _site_file_status(target, settings)
    if status is not None and status.st_size == len(data):
        try:
            with open(target, "rb") as file:
                same = file.read() == data
        except (FileNotFoundError, IsADirectoryError):
            same = False
        if same:
            note_unchanged(Path(target), status, data)
            staged.pages.append(StagedPage(site_path, None))
            return
    mode = NEW_FILE_MODE if status is None else status.st_mode & 0o777
    made = stage_bytes(staged.staged_path(settings, len(staged.pages), site_path), data, mode=mode)
    staged.pages.append(StagedPage(site_path, data_digest(data), made))


def _site_file_status(target: str, settings: StageSettings) -> os.stat_result | None:
    """The stat of the site's file `target` (None: no file there), its path checked first
    (`project.inside_plain_folders`: refused when a symlink on its way leaves the root). A
    file that is no symlink, in a folder found plain, costs its one `lstat` (a regular file's
    `stat`); the check's own `lstat` and a `stat` after it were two per page. So does a page of
    a folder found missing (a cold site's folders are made only by the swap): the check of a
    path below a missing folder is its existing part's, which the first page there had; the
    swap checks each folder again before it makes it or moves a page into it (`swap.swap`),
    so a folder made meanwhile, a symlink out included, is refused there."""
    plain = _plain_folders(settings.stage)
    folder, name = os.path.split(target)
    missing = False
    try:
        status: os.stat_result | None = os.lstat(target)
    except FileNotFoundError:
        status, missing = None, True
    except NotADirectoryError:
        status = None
    if name not in ("", ".", "..") and (status is None or not S_ISLNK(status.st_mode)):
        if folder in plain or (missing and folder in _missing_folders(settings.stage)):
            return status
    inside_plain_folders(Path(target), settings.root, plain)
    try:
        return os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        if missing and folder not in plain and not os.path.lexists(folder):
            _missing_folders(settings.stage).add(folder)
        return None


@functools.lru_cache(maxsize=1)
def _plain_folders(stage: Path) -> set[str]:
    """The folders of the site found plain (`project.inside_plain_folders`) in this process
    during the run staging into `stage`; the parent checks each folder again before it moves
    files there (`swap.swap`: the page's own name is checked here only)."""
    return set()


@functools.lru_cache(maxsize=1)
def _missing_folders(stage: Path) -> set[str]:
    """The site's folders found missing, their path checked, during the run staging into
    `stage` (`_site_file_status`)."""
    return set()


@functools.cache
def _templates() -> FramedTemplates:
    """The site's templates, an article's pages rendered from their frames (`frames.py`)."""
    from l10n.publish.site import template_environment

    return FramedTemplates(template_environment())
