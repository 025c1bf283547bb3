"""Editions `assemble` built, taken into the site as they are (issue 16: publish within 2× of
writing its bytes).

A translated page frames its edition's `<article>` markup. `assemble` renders that markup into
`build/<locale>/<domain>.html` through the same gate and the same code (`assembly.assemble_edition`,
the one path both commands share) and records per edition the state of every input and output,
with the facts a page needs besides the markup (`assemble.built`). When that record holds now —
the article, its PO, the glossary, the MT failure log, `l10n.toml` and the code as they were,
and every file of the edition in `build/` as `assemble` left it (racy ones by content:
`memory.stamps`) — the `<article>` of the build file *is* what publish would make, gate
included, so publish reads it instead of gating, assembling and rendering the edition again.

Anything else is assembled as before: no record, a moved input, a build file edited or removed
by hand (its stat no longer matches), `html` not among the formats built, or an article whose
figures have relative images (their `src` on the site is another path). The build file is read
after its state is taken and then judged by `fingerprint.still_as_taken` (its stat again, and
its content where the stat could hide an edit), so what is taken is what the record vouches for.
The source-language edition, which `assemble` writes no file for, comes from the record it
keeps for publish (`assemble.built.source_edition_record`: the article and `l10n.toml` as they
were); with every edition taken, publish does not parse the article at all.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Imported here, not in the methods: this module is imported only where editions are taken from
# `build/` (`publish.editions`), and an import statement run per edition (~10 of them, 2,000
# editions a 200-article site) cost more than the imports once. The modules, not their names:
# what is called is looked up there at the call, as the imports in the methods did.
from l10n import assembly, assembly_plan
from l10n import fingerprint as fingerprints
from l10n.assemble import built as assembled
from l10n.errors import LocaleError
from l10n.locales import TargetLocale, language_of, parse_locale
from l10n.memory import stamps
from l10n.memory.article_language import own_language_codes
from l10n.project import Project
from l10n.publish.pages import PageArticle

if TYPE_CHECKING:
    from l10n.seen import StatsSeen

_UNSEEN: Any = object()  # `catalog`: a path the look-up took no stat of
_NOT_IN: Any = object()  # `_Either`: a key its first map does not hold


class BuiltEditions:
    """The editions of a project's `build/` whose `assemble` record holds, one question per
    edition (`article`); one per process and run (`publish.editions`)."""

    def __init__(self, project: Project, seen: StatsSeen | None = None) -> None:
        self.project = project
        # the stats the command's whole-run look-up took before anything was written (its POs,
        # article sources, the gate's files: `cli.site`), taken as `fingerprint`'s `known` as
        # `article_state` takes them: an older stat is the safe side (`fingerprint`)
        self._seen: dict[str, Any] = {} if seen is None else seen.known()
        self._lookup = stamps.StampLookup(project, assembly.EDITION_STAGE)
        self._sources = stamps.StampLookup(project, assembled.SOURCE_EDITION_STAGE)
        self._articles = stamps.StampLookup(project, assembly.ARTICLE_STAGE)
        self._codes: tuple[str, ...] = ()  # the run's locale codes, as `assemble` took them (`expect`)
        self._record: tuple[str, _ArticleRecord | None] = ("", None)  # (domain, its record when it held)
        self._shared: dict[str, Any] | None = None
        self._known: tuple[str, dict[str, Any]] = ("", {})  # (an article's source, stats: `_stats`)
        self._catalog: tuple[str, Any] = ("", None)  # (a PO, its stat: `catalog`) for the next `article`

    def expect(self, domain: str, locales: Sequence[TargetLocale], every: Sequence[TargetLocale] | None = None) -> None:
        """The records of `domain`'s editions in `locales` read in one query (`StampLookup.
        read_ahead`), for the `article` questions about to come: one query per article, not
        one per edition. `every`: the run's locales (what `assemble`'s article record is for:
        `_article_record`); without it, each edition is judged by its own record."""
        self._lookup.read_ahead([f"{locale.code}/{domain}" for locale in locales])
        self._codes = tuple(locale.code for locale in every) if every is not None else ()
        self._record = ("", None)

    def _stats(self, source: Path) -> dict[str, Any]:
        """The stats every edition of an article shares (the glossary, failure log and `l10n.toml`
        once per run, its article once per article: `fingerprint`'s `known`), taken before any
        of its build files is read; an older stat is the safe side."""
        if self._shared is None:
            self._shared = self._stats_of(assembly.shared_inputs(self.project))
        if self._known[0] != os.fspath(source):
            self._known = (os.fspath(source), {**self._shared, **self._stats_of([os.fspath(source)])})
        return self._known[1]

    def _stats_of(self, paths: Sequence[str]) -> dict[str, Any]:
        """`fingerprint.stats_of`, each path's stat taken from the look-up's when it has one."""
        seen = self._seen
        unseen = [path for path in paths if path not in seen]
        return {
            **{path: seen[path] for path in paths if path in seen},
            **(fingerprints.stats_of(unseen) if unseen else {}),
        }

    def catalog(self, po: str) -> bool:
        """Whether the PO `po` (`Project.po_file`) is a file (`os.path.isfile`), its stat kept for
        the fingerprint of the `article` question that follows (`fingerprint`'s `known`: one
        stat of it where the check and the fingerprint took two; an older stat is the safe side)."""
        seen = self._seen.get(po, _UNSEEN)  # the look-up's stat of it (None: absent then)
        if seen is _UNSEEN:
            try:
                seen = fingerprints.racy_stat(po, read_clock=False)
            except (OSError, ValueError):  # what `os.path.isfile` takes for "not a file"
                seen = None
        if seen is None:
            self._catalog = ("", None)
            return False
        self._catalog = (po, seen)
        return stat.S_ISREG(seen[0].st_mode)

    def source(self, domain: str, source: Path) -> PageArticle | None:
        """The source-language edition of `domain` as `assemble` recorded it for the article as
        it is now (`assemble.built.source_edition_record`), or None."""
        inputs = assembly.source_edition_inputs(self.project, source)
        fresh, payload = self._sources.recorded(domain, fingerprints.fingerprint(inputs, known=self._stats(source)))
        read = assembled.read_source_record(payload) if fresh else None
        if read is None:
            return None
        code, (counts, held, facts), markup = read
        try:
            locale = parse_locale(code)
        except LocaleError:
            return None
        settings = self.project.settings
        if language_of(code) != language_of(settings.source_locale) and code not in settings.locales:
            # recorded before its edition was the project locale's: made again. Which locale is
            # the article's own is asked with the region it states (extract's record of its
            # template, `memory.article_language`): an en-GB article's edition in a project with
            # en_US is en_GB, not a project locale, and its record holds.
            pot = self.project.pot_path(domain)
            if own_language_codes(self.project, {domain: pot}, settings.locales).get(domain):
                return None
        return _page_article(domain, locale, counts, held, facts, markup)

    def article(self, domain: str, source: Path, locale: TargetLocale) -> PageArticle | None:
        """The edition of `domain` in `locale` as a page needs it, from `build/`; None when it
        must be assembled (see the module's docstring). Judged by its article's record when
        that holds (`_article_record`: one fingerprint for the article's editions), else by its
        own."""
        known = self._stats(source)
        po, seen = self._catalog
        if po:  # `catalog`'s stat of the edition's PO (another path string: not used, stat'ed again)
            known, self._catalog = {**known, po: seen}, ("", None)
        path = os.path.join(os.fspath(self.project.build_dir), locale.code, f"{domain}.html")
        row = self._lookup.row(f"{locale.code}/{domain}")
        if row is None:
            return None
        try:
            read = assembled.read_facts(json.loads(row[1]))
        except ValueError:  # not what a stamp writes: nothing recorded
            return None
        if read is None or "html" not in read[2]["formats"]:
            return None
        counts, held, facts = read
        formats = facts["formats"]
        record = self._article_record(domain, source, formats)
        if record is not None and record.vouches(locale.code, formats, counts, held):
            taken, index = record.taken, record.index[path]
        else:
            inputs = assembly.edition_inputs(self.project, domain, source, locale, formats)
            taken = fingerprints.fingerprint(inputs, settings=",".join(formats), known=known)
            if not stamps.matches(row[0], taken):
                return None
            index = inputs.index(path)
        try:  # unbuffered, and judged by the stat of the descriptor read through (no second path lookup)
            with open(path, "rb", buffering=0) as file:
                data = file.readall()
                after = os.fstat(file.fileno())
        except OSError:
            return None
        if not fingerprints.still_as_taken(taken, index, data, read=after):
            return None  # changed since its state was taken: see the module's docstring
        try:
            page = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        markup = assembled.article_markup(page)
        return _page_article(domain, locale, counts, held, facts, markup, _utf8_of(markup, page, data))

    def _article_record(self, domain: str, source: Path, formats: list[str]) -> _ArticleRecord | None:
        """`assemble`'s record of the whole article (stage `assemble article`, written once all
        its editions were: `assembly_plan.record_articles`) when it holds now for the run's
        locales and `formats` — its template, probed paths, source, every PO, every file of
        every edition in `build/`, the glossary, MT failure log and `l10n.toml` as it left them
        (racy ones by content), the same code —, asked once per article (`expect`). Every
        input of each of its editions is among those, so the edition records written with it
        still stand: their QA gate's answer (counts, held) and facts are taken without a
        fingerprint of their own (ten per article, each re-stating the shared inputs)."""
        if self._record[0] == domain:
            found = self._record[1]
            return found if found is not None and found.formats == formats else None
        found = self._taken_article(domain, source, formats) if self._codes else None
        self._record = (domain, found)
        return found

    def _taken_article(self, domain: str, source: Path, formats: list[str]) -> _ArticleRecord | None:
        codes, made = list(self._codes), []
        known = _Either(self._stats(source), self._seen)  # the look-up's stats, as `_stats_of` takes them

        def state_of(payload: Any) -> fingerprints.Fingerprint | None:
            if not isinstance(payload, dict) or payload.get("source") != os.fspath(source):
                return None
            probes, editions = payload.get("probes"), payload.get("editions")
            if not (isinstance(probes, list) and all(isinstance(probe, str) for probe in probes)):
                return None
            if not (isinstance(editions, list) and len(editions) == len(codes)):
                return None
            inputs = assembly_plan.article_inputs(self.project, domain, os.fspath(source), probes, codes, formats)
            taken = fingerprints.fingerprint(
                inputs, settings=assembly_plan.article_settings(formats, codes), known=known
            )
            made.append((taken, editions, inputs))
            return taken

        fresh, _ = self._articles.recorded_as(domain, state_of)
        if not fresh:
            return None
        taken, editions, inputs = made[0]
        return _ArticleRecord(formats, taken, dict(zip(codes, editions)), {name: n for n, name in enumerate(inputs)})


class _Either(Mapping[str, Any]):
    """`ChainMap(first, second)` for `fingerprint(known=…)`, which asks `get` once per input
    (~45 an article): `ChainMap.get` went through `__contains__` and `__getitem__`, a
    generator over the maps each, ~3 µs a path."""

    __slots__ = ("first", "second")

    def __init__(self, first: Mapping[str, Any], second: Mapping[str, Any]) -> None:
        self.first, self.second = first, second

    def get(self, key: str, default: Any = None) -> Any:
        found = self.first.get(key, _NOT_IN)
        return self.second.get(key, default) if found is _NOT_IN else found

    def __getitem__(self, key: str) -> Any:
        found = self.get(key, _NOT_IN)
        if found is _NOT_IN:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter({**self.second, **self.first})

    def __len__(self) -> int:
        return len({**self.second, **self.first})


class _ArticleRecord:
    """An article record of `assemble` that held (`BuiltEditions._article_record`): the formats
    it is for, its fingerprint as taken now, each edition's recorded [counts, held] by locale
    code, and each file's place in the fingerprint."""

    __slots__ = ("editions", "formats", "index", "taken")

    def __init__(self, formats: list[str], taken: Any, editions: dict[str, Any], index: dict[str, int]) -> None:
        self.formats, self.taken, self.editions, self.index = formats, taken, editions, index

    def vouches(self, code: str, formats: list[str], counts: dict, held: dict) -> bool:
        """Whether the edition record read (its formats, counts and held units) is the one this
        article record was written with: the same formats, and the gate's answer it lists."""
        return formats == self.formats and self.editions.get(code) == [counts, held]


def _utf8_of(markup: str, page: str, data: bytes) -> bytes | None:
    """The UTF-8 of `markup`, cut out of `data` (the UTF-8 `page` was decoded from) where
    `markup` is a part of `page` (`article_markup` cuts it out of the page, unless the page
    had to be parsed): the bytes before it are those of the text before it, so no byte of the
    page is encoded again but that short head and tail (`pages.PageArticle.markup_utf8`);
    None where it is not a part. It is looked for by its first characters and then compared
    whole (a search for the whole of it cost more than encoding it)."""
    at = page.find(markup[:64])
    if at < 0 or not page.startswith(markup, at):
        return None
    start = len(page[:at].encode("utf-8"))
    return data[start : len(data) - len(page[at + len(markup) :].encode("utf-8"))]


def _page_article(
    domain: str,
    locale: TargetLocale,
    counts: dict,
    held: dict,
    facts: dict[str, Any],
    markup: str,
    markup_utf8: bytes | None = None,
) -> PageArticle:
    return PageArticle(
        locale=locale,
        domain=domain,
        headline=facts["headline"],
        published_text=facts["published_text"],
        published_datetime=facts["published_datetime"],
        summary_text=facts["summary_text"],
        source_lang=facts["source_lang"],
        counts=counts,
        held=held,
        figures={},  # only taken for an article without relative images (media)
        markup=markup,
        lang=facts["lang"],
        markup_utf8=markup_utf8,
    )
