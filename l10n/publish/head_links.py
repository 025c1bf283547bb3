"""The hreflang `<link>`s and the language switcher's items of `base.html.j2`, as markup.

Every page of an article lists the same versions: ten languages' links, escaped anew on each
of its eleven pages by a Jinja loop, were ~40 % of the escaping a cold publish did (1.08
million `markupsafe.escape` calls for 22,000 pages). Here each link is escaped once and its
markup reused while it recurs (the switcher item of a version differs between an article's
pages only in `aria-current` and the reader's words for its state; the hreflang list of an
article's indexable pages not at all). The bytes are the loop's: `tests/test_build15_head_links.py`
renders both, hostile values included, with the site's own Jinja settings.

An article's pages are made together (`staging.stage_article`), so what they share is made once
per article (`ArticleVersions`): each version's locale, its hreflang pair, and each distinct link
with its switcher item. A page then only picks its links (which one is current, the reader's
word for a version's state); before, every page built its eleven links anew (121 links and items
for an article in eleven languages).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, overload

from markupsafe import Markup, escape

from l10n.assemble.machine_time import is_machine_datetime
from l10n.locales import TargetLocale, parse_locale
from l10n.publish.manifest import PageRecord
from l10n.publish.pages import LanguageLink, language_links, link_state, record_links


def switcher_items(versions: Sequence[LanguageLink]) -> Markup:
    """The switcher's `<li>` lines (each ending in a newline), as the loop they replace wrote them:

    `<li[ class="not-ready"]><a href hreflang lang dir[ aria-current="page"]>name</a>[ <small
    class="state">state</small>]</li>`. The links of an article's page (`ArticleVersions`)
    come with their lines made."""
    if type(versions) is SwitcherLinks:
        return versions.markup
    return Markup("".join([_kept_item(v) if _plain(v) else _switcher_item(v) for v in versions]))


class SwitcherLinks(Sequence[LanguageLink]):
    """A page's language links (`ArticleVersions.links`) with their switcher lines, made from
    pieces its article's pages share; the links themselves (`pages.record_links`) made only if
    asked for: the site's template asks for the lines only."""

    def __init__(self, make: Callable[[], list[LanguageLink]], markup: Markup) -> None:
        self._make: Callable[[], list[LanguageLink]] = make
        self._links: list[LanguageLink] | None = None
        self.markup = markup

    def _all(self) -> list[LanguageLink]:
        if self._links is None:
            self._links = self._make()
        return self._links

    @overload
    def __getitem__(self, index: int) -> LanguageLink: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[LanguageLink]: ...

    def __getitem__(self, index: int | slice) -> LanguageLink | Sequence[LanguageLink]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __bool__(self) -> bool:
        """Whether there is a link, without making them (`frames` asks each page value): each
        link has its line."""
        return bool(self.markup)


class ArticleVersions:
    """An article's pages in every language (`PageRecord`s, source first) as each of its pages
    lists them, made once per article: the hreflang pairs of its ready versions, and each
    version's switcher line up to its state (`_kept_head`), current or not. A page's links then
    cost a lookup per version and its reader's state word once, where each page built and
    escaped eleven links (`tests/test_publish18_versions.py`: the bytes of `record_links` and
    `switcher_items`, real locales and hostile values)."""

    def __init__(self, records: Sequence[PageRecord], *, depth: int = 1) -> None:
        self.records = list(records)
        self.depth = depth
        entries = [(parse_locale(r.locale), r.path, r.percent_reviewed, r.ready) for r in self.records]
        self.alternates = [(locale.bcp47, path) for locale, path, _, ready in entries if ready]
        self._codes = [locale.code for locale, *_ in entries]
        # each version's link as every page shows it but for `current` and `state`
        self._base = language_links(entries, current=None, depth=depth)
        self._plain = all(_plain(link) for link in self._base)
        # each version's line as a page not in its language shows it, up to its state (a version
        # below the policy ends in the reader's word): a page copies them and makes its own
        # version's line alone
        self._heads = [self._head(n, False) for n in range(len(self._base))] if self._plain else []
        self._all_ready = all(base.ready for base in self._base)
        self._ready_lines = [head + _kept_tail("") for head in self._heads] if self._all_ready else []
        self._places: dict[str, list[int]] = {}
        for n, code in enumerate(self._codes):
            self._places.setdefault(code, []).append(n)

    def _head(self, n: int, current: bool) -> str:
        base = self._base[n]
        return _kept_head(base.ready, base.href, base.hreflang, base.direction, current, base.name)

    def links(self, current: TargetLocale, reader: TargetLocale) -> Sequence[LanguageLink]:
        """The links of the page in `current`, versions below the readiness policy in `reader`'s words."""

        def make() -> list[LanguageLink]:
            return record_links(self.records, current=current, depth=self.depth, reader=reader)

        if not self._plain:
            return make()
        places = self._places.get(current.code, ())
        if self._all_ready:
            lines = self._ready_lines.copy()
            for n in places:
                lines[n] = self._head(n, True) + _kept_tail("")
            return SwitcherLinks(make, Markup("".join(lines)))
        state = link_state(False, reader)  # `pages.link_state`: one word per reader, asked once per page
        tails = {True: _kept_tail(""), False: _kept_tail(state)}
        lines = [head + tails[base.ready] for head, base in zip(self._heads, self._base, strict=True)]
        for n in places:
            lines[n] = self._head(n, True) + tails[self._base[n].ready]
        return SwitcherLinks(make, Markup("".join(lines)))


def _plain(version: LanguageLink) -> bool:
    """Every printed field a plain `str`: only then is a link's markup kept by equality (a
    `Markup` equals the plain text of its characters, but Jinja prints it unescaped)."""
    kind = type(version.href)
    return kind is str is type(version.hreflang) is type(version.direction) is type(version.name) is type(version.state)


def _switcher_item(version: LanguageLink) -> str:
    return "".join(
        [
            _opening(version.ready, version.href, version.hreflang, version.direction),
            ' aria-current="page">' if version.current else ">",
            f"{escape(version.name)}</a>",
            f' <small class="state">{escape(version.state)}</small>' if version.state else "",
            "</li>\n",
        ]
    )


def _kept_item(version: LanguageLink) -> str:
    """`_switcher_item` of a link whose fields are plain strings (`_plain`), from pieces escaped
    once: a version's opening tags recur on every page of its article, its name on every page
    of the site, a state word on every page in the reader's language. Kept whole, a link below
    the readiness policy differed on each of its article's pages (the reader's word for its
    state), so half of a cold site's items were escaped anew (5 escapes each)."""
    return _kept_head(
        version.ready, version.href, version.hreflang, version.direction, version.current, version.name
    ) + _kept_tail(version.state)


def _kept_head(ready: bool, href: str, hreflang: str, direction: str, current: bool, name: str) -> str:
    """A kept item up to its `</a>`."""
    return "".join(
        [
            _kept_opening(ready, href, hreflang, direction),
            ' aria-current="page">' if current else ">",
            _kept_text(name),
            "</a>",
        ]
    )


@functools.lru_cache(maxsize=256)
def _kept_tail(state: str) -> str:
    """A kept item after its `</a>`: the state, if any, and the end of the line."""
    return (f' <small class="state">{_kept_text(state)}</small>' if state else "") + "</li>\n"


def _opening(ready: bool, href: str, hreflang: str, direction: str) -> str:
    """A switcher's or the root index's item up to its `<a …>` tag's closing bracket: `<li[ class="not-ready"]><a
    href hreflang lang dir`, each value escaped (a `Markup` value as it is)."""
    escaped = escape(hreflang)
    return "".join(
        [
            "<li" if ready else '<li class="not-ready"',
            f'><a href="{escape(href)}" hreflang="{escaped}" lang="{escaped}" dir="{escape(direction)}"',
        ]
    )


_kept_opening = functools.lru_cache(maxsize=4096)(_opening)  # for plain strings (`_plain`): escaped once


@functools.lru_cache(maxsize=4096)
def _kept_text(text: str) -> str:
    return str(escape(text))


def index_items(versions: Sequence[LanguageLink]) -> Markup:
    """The root index's lines for an article's versions (each ending in a newline), as the loop
    of `root_index.html.j2` they replace wrote them: `<li[ class="not-ready"]><a href hreflang
    lang dir>name</a>`, a newline, `[<span class="state">state</span>]<span
    class="completeness[ complete]">N% reviewed</span></li>`. The root index lists every
    version of every article (~2,200 lines at 200 × 10, six escapes each); a line's opening
    tags are the switcher's (`_kept_opening`), its name and its state and percentage recur
    across the site, each escaped once (`tests/test_publish35_index_items.py`: the loop's
    bytes, hostile values included)."""
    return Markup(
        "".join(
            [_kept_index_item(v) if _plain(v) and type(v.percent_reviewed) is int else _index_item(v) for v in versions]
        )
    )


def _index_item(version: LanguageLink) -> str:
    return "".join(
        [
            _opening(version.ready, version.href, version.hreflang, version.direction),
            f">{escape(version.name)}</a>\n",
            f'<span class="state">{escape(version.state)}</span>' if version.state else "",
            f'<span class="completeness{" complete" if version.percent_reviewed == 100 else ""}">',
            f"{escape(version.percent_reviewed)}% reviewed</span></li>\n",
        ]
    )


def _kept_index_item(version: LanguageLink) -> str:
    """`_index_item` of a link whose printed fields are plain strings and whose percentage is an
    `int` (`index_items`), from pieces escaped once."""
    return "".join(
        [
            _kept_opening(version.ready, version.href, version.hreflang, version.direction),
            ">",
            _kept_text(version.name),
            "</a>\n",
            _kept_index_tail(version.state, version.percent_reviewed),
        ]
    )


@functools.lru_cache(maxsize=1024)
def _kept_index_tail(state: str, percent: int) -> str:
    """A kept index line after its `</a>` and newline: the state, if any, and the percentage."""
    shown = f'<span class="state">{_kept_text(state)}</span>' if state else ""
    return f'{shown}<span class="completeness{" complete" if percent == 100 else ""}">{percent}% reviewed</span></li>\n'


def alternate_links(alternates: Sequence[Mapping[str, str]]) -> Markup:
    """`<link rel="alternate" hreflang href>` lines (each ending in a newline) for `page_head`'s
    alternates; the same list on an article's pages is escaped once."""
    pairs = tuple((item["hreflang"], item["href"]) for item in alternates)
    plain = all([str is type(lang) is type(href) for lang, href in pairs])  # as `_plain`
    return Markup(_kept_lines(pairs) if plain else _alternate_lines(pairs))


def _alternate_lines(pairs: tuple[tuple[str, str], ...]) -> str:
    return "".join(f'<link rel="alternate" hreflang="{escape(lang)}" href="{escape(href)}">\n' for lang, href in pairs)


_kept_lines = functools.lru_cache(maxsize=256)(_alternate_lines)


def index_rows(rows: Sequence[Mapping[str, object]]) -> Markup:
    """A locale index's article lines (each `<li>` ending in a newline), as the loop of
    `locale_index.html.j2` they replace wrote them: `<li[ class="not-ready"]><a
    href>headline</a>`, a newline, `[<time datetime>date</time>]<span class="state">state</span>`, a
    newline, `<span class="completeness">N % reviewed</span></li>`. The eleven indexes list
    every page of the site (~2,200 rows at 200 × 10, five escapes each, and the loop's
    subscripts through Jinja's `getitem`): a row whose printed fields are plain strings is
    joined here, its state and completeness words (a few per locale) escaped once while they
    recur; any other row is escaped field by field as the loop did
    (`tests/test_publish42_index_rows.py`: the loop's bytes, hostile and `Markup` values)."""
    return Markup(
        "".join(
            [
                _index_row(row, _kept_text, _kept_row_tail) if _plain_row(row) else _index_row(row, escape, _row_tail)
                for row in rows
            ]
        )
    )


_ROW_FIELDS = ("href", "headline", "published_text", "state", "completeness")


def _plain_row(row: Mapping[str, object]) -> bool:
    """Every printed field a plain `str` (as `_plain`: a `Markup` prints unescaped)."""
    return all([type(row[name]) is str for name in _ROW_FIELDS])


def _index_row(row: Mapping[str, object], text: Callable[[Any], str], tail: Callable[[Any, Any], str]) -> str:
    """One row: `text` escapes its date and `tail` writes its state and completeness lines (`_kept_text` and the
    cached `_kept_row_tail` for a plain row, `escape` and `_row_tail` for any other)."""
    shown = row["published_text"]
    return "".join(
        [
            "<li" if row["ready"] else '<li class="not-ready"',
            '><a href="',
            escape(row["href"]),
            _language_attributes(row.get("headline_lang")),
            escape(row["headline"]),
            "</a>\n",
            _row_date(shown, row.get("published_datetime"), text) if shown else "",
            tail(row["state"], row["completeness"]),
        ]
    )


def _row_date(shown: object, moment: object, text: Callable[[Any], str]) -> str:
    """A row's date: `<time datetime="2011-12-09">9. Dezember 2011</time>` (HTML §4.5.14: the
    shown text is no valid date string, so the machine-readable one is the attribute); a
    record written before it was kept (session 47) gives the text alone, in a `<span>`, as does
    one whose value is no date string `machine_datetime` writes (a forged manifest or facts record:
    "next tuesday" reached the attribute; `machine_time.is_machine_datetime`)."""
    if not moment or not isinstance(moment, str) or not is_machine_datetime(moment):
        return f'<span class="date">{text(shown)}</span>'
    return f'<time datetime="{escape(moment)}">{text(shown)}</time>'


def _language_attributes(language: object) -> str:
    """The rest of a headline link's opening tag: `">"`, after its `lang` and `dir` when the
    headline is not in the page's language (`indexes.headline_language`)."""
    if not isinstance(language, tuple) or not language or not language[0]:
        return '">'
    lang, direction = language
    return f'" lang="{escape(lang)}"' + (f' dir="{escape(direction)}"' if direction else "") + ">"


def _row_tail(state: object, completeness: object, text: Callable[[Any], str] = escape) -> str:
    """An index row after its date: the state and completeness lines."""
    return f'<span class="state">{text(state)}</span>\n<span class="completeness">{text(completeness)}</span></li>\n'


@functools.lru_cache(maxsize=1024)
def _kept_row_tail(state: str, completeness: str) -> str:
    """`_row_tail` of a plain row's strings, kept while they recur."""
    return _row_tail(state, completeness, _kept_text)
