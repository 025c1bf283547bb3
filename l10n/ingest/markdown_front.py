"""Markdown front matter: the Jekyll/Hugo `---` block of `key: value` lines, or Hugo's and
Zola's TOML between `+++` lines, read into the article's fields.

The YAML form is read without a YAML library because only flat string fields are used (title,
date, author, section, source, editor, charset; `lang`/`language`/`locale` set the source
locale and its regional variant; `authors`, or the Go blog's `by`, name the author when no
`author` does); other keys land in `Document.extra`. Without a `date`, the day in Zola's `path`
or in a Jekyll post's file name is the publication day (`stated_day`); a date written year first
with slashes (`2025/10/07`) is read as the same day in ISO form (`slashed_day`). TOML front matter is
read with the standard library's `tomllib` (TOML 1.0): its top-level strings, dates and
numbers are the same fields, `authors = [...]` names the author when no `author` does, and
tables (`[extra]`, `[taxonomies]`) are site settings, not the article's. A TOML block that does
not parse is refused, naming the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from l10n.errors import IngestError
from l10n.ingest.byline import reduce_byline
from l10n.ingest.fields import normalise_space, parse_published, regional_locale, source_language
from l10n.model import Block, Document, InlineMarkup

InlineReader = Callable[[str], tuple[str, list[InlineMarkup]]]

_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


@dataclass(frozen=True)
class FrontMatter:
    """`key: value` pairs with the 1-based line of each key."""

    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def split_front_matter(text: str, *, source_path: str = "<string>") -> tuple[FrontMatter, str]:
    """Separate front matter from the body; the body keeps blank lines in its place, so
    markdown-it's line numbers stay those of the file.

    >>> matter, body = split_front_matter("---\\ntitle: 'Hi'\\n---\\nText")
    >>> matter.values, matter.lines, body
    ({'title': 'Hi'}, {'title': 2}, '\\n\\n\\nText')
    """
    lines = text.split("\n")
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return FrontMatter(), text
    ends = ("---", "...") if fence == "---" else ("+++",)
    closing = next((index for index in range(1, len(lines)) if lines[index].strip() in ends), None)
    if closing is None:
        return FrontMatter(), text
    body = "\n" * closing + "\n" + "\n".join(lines[closing + 1 :])
    if fence == "+++":
        return _toml_front_matter(lines[1:closing], source_path=source_path), body
    matter = FrontMatter()
    for index in range(1, closing):
        match = _FRONT_MATTER_FIELD.match(lines[index])
        if match:
            key = match["key"].lower()
            matter.values[key] = _yaml_value(match["value"], lines[index + 1 : closing])
            matter.lines[key] = index + 1
    return matter, body


_BLOCK_SCALAR = re.compile(r"[>|](?:[+-]?[1-9]?|[1-9][+-])")  # YAML 1.2 §8.1 header
_SEQUENCE_ITEM = re.compile(r"^[ \t]*-[ \t]+(?P<item>.*?)\s*$")


def _yaml_value(value: str, following: list[str]) -> str:
    """A front-matter value as one line: a plain or quoted scalar as written; a block scalar
    (`author: >` and indented lines, YAML 1.2 §8.1) its lines joined; a sequence, block
    (`- A` lines) or flow (`[A, B]`), its items joined with ", " (a post's several authors).

    >>> _yaml_value(">", ["  Amit Dsouza,", "  Frederick Kautz", "title: x"]), _yaml_value("'Hi'", [])
    ('Amit Dsouza, Frederick Kautz', 'Hi')
    >>> _yaml_value("", ["  - Ann Lee", "  - 'Bo Li'", "date: x"]), _yaml_value("[Ann Lee, 'Bo Li']", [])
    ('Ann Lee, Bo Li', 'Ann Lee, Bo Li')

    A block sequence's `-` may stand at its key's indentation (YAML 1.2 §8.2.1, the compact form
    Hugo and the Go blog write: `by:` then `- Ann Lee`):

    >>> _yaml_value("", ["- Ann Lee", "- Bo Li", "tags:", "- news"])
    'Ann Lee, Bo Li'

    A person written as a mapping (VitePress's and Hugo themes' `author:` then `  name: …`, or a
    sequence of them, `- name: …`) is its `name`; the mapping's other keys (a link, an avatar)
    are not the value:

    >>> _yaml_value("", ["  name: The Vite Team", "  link: x", "date: 1"]), _yaml_value("", ["  - name: 'Ann Lee'"])
    ('The Vite Team', 'Ann Lee')
    """
    if _BLOCK_SCALAR.fullmatch(value):
        indented = [line.strip() for line in _indented(following)]
        return " ".join(line for line in indented if line)
    if not value:
        items = [_SEQUENCE_ITEM.match(line) for line in _indented(following, sequence=True)]
        listed = [_named(item["item"]) for item in items if item is not None and item["item"]]
        if listed:
            return ", ".join(listed)
        fields = [_FRONT_MATTER_FIELD.match(line.strip()) for line in _indented(following)]
        return ", ".join(_unquote(found["value"]) for found in fields if found and found["key"].lower() == "name")
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]" and "[" not in value[1:-1]:
        return ", ".join(_unquote(item.strip()) for item in value[1:-1].split(",") if item.strip())
    return _unquote(value)


def _named(item: str) -> str:
    """A sequence item as one value: a mapping's `name` (`- name: Ann Lee`), else the item."""
    found = _FRONT_MATTER_FIELD.match(item)
    return _unquote(found["value"]) if found and found["key"].lower() == "name" else _unquote(item)


def _indented(lines: list[str], *, sequence: bool = False) -> list[str]:
    """The lines that continue a key's value: indented or blank, up to the next key; with
    `sequence`, also the `- item` lines written at the key's own indentation."""
    taken = []
    for line in lines:
        if line.strip() and not line[:1].isspace() and not (sequence and _SEQUENCE_ITEM.match(line)):
            break
        taken.append(line)
    return taken


_TOML_KEY = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*=")
_TOML_TABLE = re.compile(r"^\s*\[\[?\s*(?P<key>[A-Za-z_][\w-]*)")
# the fields `apply_front_matter` and `language_tag` read the article from
TEXT_FIELDS = frozenset(
    ("title", "date", "author", "authors", "by", "section", "source", "editor", "lang", "language", "locale", "path")
)
_TOML_ERROR_LINE = re.compile(r"\(at line (\d+)")


def _toml_front_matter(lines: list[str], *, source_path: str) -> FrontMatter:
    """The fields of a TOML front matter block (its lines between the `+++` fences). A field the
    article is read from (`TEXT_FIELDS`) holding no text (an array, a table, true or false; an
    `authors` array of other than strings) is an `IngestError` at its line, as Zola, whose front
    matter this is, refuses such a page; other fields of other types (`taxonomies`, `extra`) are
    not the article's and are passed over.

    >>> matter = _toml_front_matter(['title = "Rust 1.80"', 'authors = ["A B", "C D"]', "[extra]", 'team = "x"'],
    ...                             source_path="a.md")
    >>> matter.values, matter.lines
    ({'title': 'Rust 1.80', 'author': 'A B, C D'}, {'title': 2, 'author': 3})
    """
    import tomllib

    try:
        table = tomllib.loads("\n".join(lines))
    except RecursionError:  # arrays or inline tables nested past Python's stack: hostile input
        raise IngestError("TOML front matter nested too deeply", path=source_path, line=2) from None
    except tomllib.TOMLDecodeError as error:
        where = _TOML_ERROR_LINE.search(str(error))
        at = int(where.group(1)) + 1 if where else 1
        reason = str(error).split(" (at ")[0]
        raise IngestError(f"TOML front matter cannot be read: {reason}", path=source_path, line=at) from None
    first_line: dict[str, int] = {}
    in_table = False  # keys of a table follow its header: not the article's
    for index, line in enumerate(lines):
        header = _TOML_TABLE.match(line)
        if header:
            in_table = True
            first_line.setdefault(header["key"].lower(), index + 2)  # a table's line, for the error naming it
        match = _TOML_KEY.match(line)
        if match and not in_table:
            first_line.setdefault(match["key"].lower(), index + 2)
    matter = FrontMatter()
    for name, value in table.items():
        key = name.lower()
        if key == "authors" and isinstance(value, list) and all(isinstance(item, str) for item in value):
            key, value = "author", ", ".join(item.strip() for item in value if item.strip())
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date | dt.time):
            if key in TEXT_FIELDS:
                kind = (
                    "true or false" if isinstance(value, bool) else "a table" if isinstance(value, dict) else "an array"
                )
                raise IngestError(
                    f"TOML front matter: {name} is {kind}, not text", path=source_path, line=first_line.get(key, 1)
                )
            continue
        if key == "author" and "author" in matter.values:
            continue
        matter.values[key] = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
        matter.lines[key] = first_line.get(name.lower(), 1)
    return matter


_CREDIT_ROLE = re.compile(r"\s+[-\u2013\u2014]\s+.*\Z", re.S)


def _names(author: str) -> str:
    """A front-matter author as the names it gives ("A and B" → "A, B"; "Ann Lee, on behalf of
    the Go team" → "Ann Lee"), so no edition prints English words after its translated "By";
    the value as written when it names no person (a team, an outlet). A semicolon parts one
    credit from the next, and in each a spaced dash puts the people's role or body after their
    names ("Ann Lee, Director - Alert; Bo Li and Cy Ng – Advisory Council"): neither is a name.

    >>> _names("Roland Shoemaker and Filippo Valsorda"), _names("The Rust Release Team")
    ('Roland Shoemaker, Filippo Valsorda', 'The Rust Release Team')
    >>> _names("Ann Lee, Director - Alert; Bo Li and Cy Ng – Advisory Council")
    'Ann Lee, Bo Li, Cy Ng'
    """
    names: list[str] = []
    for credit in author.split(";"):
        credit = _CREDIT_ROLE.sub("", credit).strip()
        names.extend(name for name in (reduce_byline(credit).names if credit else []) if name not in names)
    return ", ".join(names) if names else author


_PATH_DAY = re.compile(r"(?:^|/)((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)")
_FILE_DAY = re.compile(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-[^/]")


def stated_day(path: str, source_path: str) -> str:
    """The day a post states without a `date` (ISO 8601, "" when none): in Zola's `path`
    ("2024/07/25/Rust-1.80.0", "inside-rust/2022/07/27/keyword-generics"), else in its file's
    name as Jekyll's `_posts` name them ("2014-05-06-jekyll-turns-2-0-0.md").

    >>> stated_day("inside-rust/2022/07/27/keyword-generics", "a.md"), stated_day("", "posts/2014-05-06-two.md")
    ('2022-07-27', '2014-05-06')
    >>> stated_day("releases/1.80.0", "notes.md"), stated_day("", "2023-02-30-leap.md"), stated_day("", "x-2014-05-06-a.md")
    ('', '', '')
    """
    found = _PATH_DAY.search(path) or _FILE_DAY.match(source_path.replace("\\", "/").rsplit("/", 1)[-1])
    if found is None:
        return ""
    try:
        return dt.date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:  # February 30th
        return ""


_SLASHED_DAY = re.compile(r"((?:19|20)\d\d)/(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])(?![\d/])")


def slashed_day(value: str) -> str:
    """A `date` written year first with slashes (react.dev's and Hexo's posts: `date: 2025/10/07`)
    as ISO 8601, which `parse_published` reads; any other value as it came. Year first, the
    order is never in doubt (no locale writes year/day/month); a time after it is not read.

    >>> slashed_day("2025/10/07"), slashed_day("2025/02/14"), slashed_day("2023/5/3 10:00"), slashed_day("2024-11-11")
    ('2025-10-07', '2025-02-14', '2023-05-03', '2024-11-11')
    >>> slashed_day("2023/02/30"), slashed_day("2023/02/145")
    ('2023/02/30', '2023/02/145')
    """
    found = _SLASHED_DAY.match(value.strip())
    if found is None:
        return value
    try:
        return dt.date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:  # February 30th
        return value


_WRITTEN_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")


def _names_no_day(value: str) -> bool:
    """Whether a `date` begins as a day written year first (ISO 8601's `2026-02-29`, or slashed)
    that the calendar does not have: February 29th of 2026, month 13. It was read as no date, and
    the article published without its dateline unsaid, where TOML front matter refuses the same
    date (tomllib); a date in a form not read at all (`Tuesday, 8 December`) is left as before.

    >>> _names_no_day("2026-02-29T09:15:00+08:00"), _names_no_day("2026/13/02"), _names_no_day("2024-02-29")
    (True, True, False)
    >>> _names_no_day("2019-03-26 08:00:00 +0000 UTC"), _names_no_day("8 December 2026"), _names_no_day("")
    (False, False, False)
    """
    found = _WRITTEN_DAY.match(value.strip())
    if found is None:
        return False
    try:
        dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return True
    return False


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def language_tag(matter: FrontMatter) -> str:
    """The article's language as the front matter states it (`lang`, `language` or `locale`), or ""."""
    values = matter.values
    return values.get("lang") or values.get("language") or values.get("locale") or ""


def apply_front_matter(matter: FrontMatter, document: Document, *, read_inline: InlineReader | None = None) -> None:
    """The front matter's fields on `document`; `read_inline` reads the title's own markup (and
    the author's, whose markup is not kept) as the body's is read (a site prints `title: "…
    <em>and</em> …"` as HTML, `&amp;` as `&`)."""
    values = matter.values
    title = normalise_space(values.get("title", ""))
    markup: list[InlineMarkup] = []
    if title and read_inline is not None:
        title, markup = read_inline(title)
    headlines = document.blocks_with_role("headline")
    if headlines:
        document.headline = headlines[0].text
    elif title:
        document.headline = title
        document.blocks.insert(0, Block(role="headline", text=title, line=matter.lines["title"], markup=markup))
    if _names_no_day(values.get("date", "")):
        raise IngestError(
            f"front matter date {values['date']!r} names no such day",
            path=document.source_path,
            line=matter.lines.get("date"),
        )
    day = values.get("date") or stated_day(values.get("path", ""), document.source_path)
    if day:
        document.published = parse_published(slashed_day(day))
    author = normalise_space(values.get("author") or values.get("authors") or values.get("by") or "")
    if author and read_inline is not None:
        # Hugo and Jekyll themes print the author through Markdown (`markdownify`): OpenTelemetry's
        # `author: "[Ann Lee](https://github.com/…) (Acme)"` is "Ann Lee (Acme)" on its page
        author = read_inline(author)[0]
    document.author = _names(author) or document.author
    document.section = values.get("section", document.section)
    document.source = values.get("source") or document.source
    document.editor = values.get("editor") or document.editor
    tag = language_tag(matter)
    if tag:
        document.source_locale = source_language(tag) or document.source_locale
        document.language_stated = bool(source_language(tag))
        document.source_variant = regional_locale(tag)
    for key, value in values.items():
        if key not in ("title", "date", "author", "section", "source", "editor"):
            document.extra[key] = value
