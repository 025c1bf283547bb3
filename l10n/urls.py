"""What markup from outside may carry onto a page: one URL policy and one attribute allow-list.

Every URL a reader's browser will follow — a link in a source article, a figure's image, a link
in the Markdown edition — passes `safe_url` (or `safe_image_url`), and every attribute on an
inline element passes `allowed_attributes`, both at ingest (what is kept) and at assembly (what
is written). Ingest, assemble and publish import this module; it imports nothing of theirs.

Why "normalise first, then allow-list": a browser repairs a URL before reading its scheme. The
HTML tokenizer decodes character references in attribute values (HTML §13.2.5.38), CommonMark
decodes entities in link destinations (§2.5), and the WHATWG URL parser (URL Standard §4.4,
basic URL parser) strips leading and trailing C0 controls and spaces and removes every ASCII tab
and newline before the scheme state. A filter that looks at the raw value, before a later step
drops a control character, lets `java&#x0B;script:` become `javascript:`. So the value is first
refused outright if it holds a character no honest URL holds (C0/C1 controls inside it, lone
surrogates, noncharacters, invisible format characters such as U+200B or U+202E); what remains
is read the way the browser will read it — entities decoded, tabs and newlines removed — and
only then its scheme is compared with the allow-list (http, https, mailto) or, when it has none,
it must be a relative reference that RFC 3986 §4.2 allows (no colon in its first segment).

The string returned is the string to write: it holds nothing a later writer drops (XML 1.0
§2.2 forbids the same controls `xml_safe` removes), so the check is on the exact string a
browser sees.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto"})
WEB_SCHEMES = frozenset({"http", "https"})

# WHATWG URL Standard §4.4: scheme start state (ASCII alpha) then scheme state (alnum, + - .).
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_C0_OR_SPACE = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = re.compile("[\t\n\r]")
_ASCII_HIDDEN = re.compile(r"[\x00-\x1f\x7f]")  # `_is_hidden` below U+0080: C0 controls and DEL
_FIRST_SEGMENT_END = re.compile(r"[/?#]")
_ENTITY_ROUNDS = 3  # a value decoded once by the browser; twice more in case a writer forgets to escape

GLOBAL_ATTRIBUTES = frozenset({"title", "lang", "dir", "translate"})
"""Attributes any inline element may keep (HTML §3.2.6 global attributes, minus those that run
or restyle anything: event handlers, `style`, `class`, `id`, `tabindex`, `contenteditable`…)."""

ELEMENT_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "time": frozenset({"datetime"}),
    "data": frozenset({"value"}),
    "del": frozenset({"datetime"}),
    "ins": frozenset({"datetime"}),
}
"""Per element, what it may add to the global ones. `cite` (on q/blockquote/del/ins) is a URL a
reader never sees and is dropped; so are `target`, `ping`, `download`, `form*` and `srcset`."""

_ALLOWED_ATTRIBUTES = {tag: GLOBAL_ATTRIBUTES | names for tag, names in ELEMENT_ATTRIBUTES.items()}
"""Per element, all it may keep (built once, not per element walked)."""

URL_ATTRIBUTES = frozenset({"href", "src"})
LANGUAGE_ATTRIBUTES = frozenset({"lang", "hreflang"})
_LANGUAGE_TAG = re.compile(r"^(?:[A-Za-z]{2,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$")
"""RFC 5646 §2.1's syntax of a language tag (well-formed, not looked up): a language of letters
(or a private `x-…`/grandfathered `i-…` tag), then subtags of letters and digits."""
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif"})
"""Raster images a browser shows and never runs: SVG is left out (it can hold script)."""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "style-src 'self'; img-src 'self' https: http:"
)
"""The page-level half of the policy (CSP Level 3), on every page we write (a `<meta
http-equiv>`) and on every response `l10n serve` sends: should any markup slip through the
filters above, no script runs, inline or loaded, and no form posts anywhere. Images may come
from the site or from the http(s) URLs `safe_image_url` lets through; styles from the site's
own stylesheet only (no inline `style`)."""


def has_hidden_characters(text: str) -> bool:
    r"""True when `text` holds a control (Unicode Cc), format (Cf: zero-width, bidi controls),
    surrogate or noncharacter code point: characters a reader cannot see and writers drop.

    >>> [has_hidden_characters(s) for s in ("a b", "a\tb", "a\u202eb", "a\u200bb", "a\ufffe")]
    [False, True, True, True, True]
    """
    if text.isascii():  # most values (addresses, class names): one search, not a call per character
        return _ASCII_HIDDEN.search(text) is not None
    return any(_is_hidden(char) for char in text)


def _is_hidden(char: str) -> bool:
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F or (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:
        return True
    return code > 0x7F and unicodedata.category(char) in ("Cf", "Cs", "Zl", "Zp")


def as_browser_reads(value: str) -> str:
    """`value` the way a browser's URL parser starts on it: character references decoded (as
    the HTML tokenizer does), leading/trailing C0 controls and spaces stripped, ASCII tabs and
    newlines removed (URL Standard §4.4).

    >>> as_browser_reads(" java&#x09;script&colon;alert(1)\\n")
    'javascript:alert(1)'
    """
    for _ in range(_ENTITY_ROUNDS):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return _TAB_OR_NEWLINE.sub("", value.strip(_C0_OR_SPACE))


def url_scheme(value: str) -> str | None:
    """The scheme a browser would read from `value` (lower case), None for a relative reference.

    >>> url_scheme("JaVaScRiPt:x"), url_scheme("java\\tscript:x"), url_scheme("/a:b"), url_scheme("a b:c")
    ('javascript', 'javascript', None, None)
    """
    match = _SCHEME.match(as_browser_reads(value))
    return match.group(1).lower() if match else None


def safe_url(value: str, *, schemes: Iterable[str] = ALLOWED_SCHEMES, relative: bool = True) -> str | None:
    """`value` (outer whitespace trimmed) when it is safe to write as a link, else None.

    Safe: no hidden character inside it, and — read as the browser will, and read raw — either
    a scheme in `schemes` or (when `relative`) a relative reference whose first segment has no
    colon (RFC 3986 §4.2), so no repair can turn it into a scheme.

    >>> [safe_url(v) for v in ("https://x.org/a?b=1", "mailto:ed@x.org", "../a.html", "#top")]
    ['https://x.org/a?b=1', 'mailto:ed@x.org', '../a.html', '#top']
    >>> [safe_url(v) for v in ("java\\x0bscript:alert(1)", "&#1;javascript:x", "java\\tscript:x",
    ...                         "jav&#x61;script:x", "data:text/html,x", "java script:x", "ftp://x")]
    [None, None, None, None, None, None, None]
    """
    allowed = _lower_case_schemes(schemes)
    value = value.strip(" \t\n\r\f")
    if not value or has_hidden_characters(value) or not _allowed_reading(value, allowed, relative):
        return None
    if "&" not in value:  # no reference to decode, no control, tab, newline or outer space: read as it is
        return value
    reading = as_browser_reads(value)
    if reading != value and (has_hidden_characters(reading) or not _allowed_reading(reading, allowed, relative)):
        return None
    return value


def _lower_case_schemes(schemes: Iterable[str]) -> frozenset[str]:
    """`schemes` in lower case; the module's own sets are so already (not built again per link)."""
    if schemes is ALLOWED_SCHEMES or schemes is WEB_SCHEMES:
        return frozenset(schemes)  # the same set: a frozenset's frozenset is itself
    return frozenset(scheme.lower() for scheme in schemes)


def _allowed_reading(reading: str, allowed: frozenset[str], relative: bool) -> bool:
    """`reading` (one reading of a URL, without hidden characters) has a scheme in `allowed`, or
    (when `relative`) is a relative reference whose first segment has no colon."""
    match = _SCHEME.match(reading)
    if match:
        return match.group(1).lower() in allowed
    return relative and ":" not in _FIRST_SEGMENT_END.split(reading, maxsplit=1)[0]


def safe_image_url(value: str) -> str | None:
    """A figure image's `src`: a relative path inside the site, or an http(s) URL with a host.

    Stricter than a link: no protocol-relative `//host`, no absolute path (it depends on where
    the site is mounted), no backslash (browsers read it as `/` in http URLs), spaces encoded.
    A relative path must name a raster image (`IMAGE_SUFFIXES`): publish copies that file into
    the site, where an `.html` or `.svg` would be a page of its own that can run script.

    >>> [safe_image_url(s) for s in ("img/a b.png", "https://x.org/a.png", "//evil.org/a.png",
    ...                              "/abs.png", "a\\\\b.png", "data:image/png;base64,AA", "https:no-host", "x.svg", "a.html?.png")]
    ['img/a%20b.png', 'https://x.org/a.png', None, None, None, None, None, None, None]
    """
    src = safe_url(value.strip().replace(" ", "%20"), schemes=WEB_SCHEMES)
    if src is None or "\\" in src:
        return None
    try:
        urlsplit(src)
    except ValueError:  # e.g. an unbalanced "[" in the host part
        return None
    read = as_browser_reads(src)
    if _SCHEME.match(read):  # `url_scheme(src)`, on the reading just made
        return src if re.match(r"^[A-Za-z]+://[^/?#]", read) else None
    if read.startswith("/") or posixpath.splitext(unquote(urlsplit(read).path))[1].lower() not in IMAGE_SUFFIXES:
        return None
    return src


def is_site_base_url(value: str) -> bool:
    """True for the public address of a site (sitemap `<loc>` entries start with it): an
    absolute http(s) URL with a host that passes `safe_url` unchanged.

    >>> [is_site_base_url(v) for v in ("https://news.example.org/", "javascript:x//", "news/", "https:///x")]
    [True, False, False, False]
    """
    return safe_url(value, schemes=WEB_SCHEMES, relative=False) == value and bool(
        re.match(r"^https?://[^/?#\s]", value, re.IGNORECASE)
    )


def allowed_attributes(tag: str, attrs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The attributes `tag` may carry onto a page: names on the allow-list (lower-cased, first
    one of a name wins, as the HTML tokenizer keeps it), URL values through `safe_url`, other
    values without hidden characters (tabs and newlines become spaces).

    >>> allowed_attributes("q", [("cite", "https://x.org"), ("style", "x"), ("TITLE", "t")])
    (('title', 't'),)
    >>> allowed_attributes("a", [("href", "java\\x01script:x"), ("onclick", "x"), ("hreflang", "de")])
    (('hreflang', 'de'),)
    >>> allowed_attributes("span", [("lang", "en_US")]), allowed_attributes("span", [("lang", "x y")])
    ((('lang', 'en-US'),), ())
    """
    tag = tag.lower()
    allowed = _ALLOWED_ATTRIBUTES.get(tag, GLOBAL_ATTRIBUTES)
    kept: dict[str, str] = {}
    seen: set[str] = set()
    for name, value in attrs:
        name = name.lower()
        if name not in allowed or name in seen:
            continue
        seen.add(name)
        if name in URL_ATTRIBUTES:
            checked = safe_image_url(value) if tag == "img" else safe_url(value)
        elif name in LANGUAGE_ATTRIBUTES:
            checked = language_tag(value)
        else:
            checked = _TAB_OR_NEWLINE.sub(" ", value)
            checked = None if has_hidden_characters(checked) else checked
        if checked is not None:
            kept[name] = checked
    return tuple(kept.items())


def language_tag(value: str) -> str | None:
    """A `lang` or `hreflang` value as BCP 47 spells it (gettext's and CLDR's `_` read as `-`),
    "" as it is (HTML: the language is unknown), else None: a page's `lang="en_US"` or
    `lang="x y"` reached the editions as it was, a tag no browser or screen reader reads (sweep46).

    >>> [language_tag(value) for value in ("de-DE", "zxx", " en_GB ", "", "x-klingon", "english (us)", "e")]
    ['de-DE', 'zxx', 'en-GB', '', 'x-klingon', None, None]
    """
    tag = value.strip().replace("_", "-")
    return tag if tag == "" or _LANGUAGE_TAG.match(tag) else None


# Addresses written in prose (QA's `addresses` check; the pseudo engine keeps them as written).
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f"
    "\u2e80-\u2fff\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003ffff"
)
"""The scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, Han, kana and
Hangul. Their text is written against an address ("请访问www.example.org。", "在Time.com上",
"ดูรายละเอียดที่https://example.com/newsข่าว"), so their letters end an address, where a word
character would not (a Thai vowel sign is no word character: the address ended one letter in)."""
_WORD = rf"[^\W{_UNSPACED}]"
_REST = rf"(?:[A-Za-z0-9\-._~:/?#@!$&*+,;=%]|{_WORD})*"
"""The characters RFC 3986 allows in an address (§2), less quotes and brackets, which close the
sentence's: Chinese text after "http://zfcg.czt.zj.gov.cn/）、" is not part of it; and the letters
of an internationalised address (RFC 3987: "https://bücher.example/katalog", "/wiki/Zürich"),
but for the scripts written without spaces, which end it (`_UNSPACED`)."""
_IDN_LABELS = r"(?:[\w-]+\.(?=[\w-]))*"
"""Host labels in any script right after "://" ("http://例え.jp/"): a label of a script written
without spaces counts only where a dot follows it, so Chinese text glued after an address stays outside it."""
_HOST_NAME = rf"(?:(?:{_WORD}|-)+\.)+"
_GENERIC_TLD = r"(?:com|org|net|gov|edu|int|info|biz|news|io|co)(?:\.[a-z]{2})?"
_ADDRESS_SOURCE = (
    rf"(?:https?|ftp)://{_IDN_LABELS}{_REST}"  # with a scheme
    rf"|(?<!{_WORD}|[@./-])www\.{_REST}"  # "www.example.org/news"
    rf"|(?<!{_WORD}|[.+-])(?:{_WORD}|[.+-])+@{_HOST_NAME}[^\W\d_{_UNSPACED}]{{2,}}"  # email (tried from a word's start only)
    rf"|(?<!{_WORD}|[@./-]){_HOST_NAME}{_GENERIC_TLD}(?!{_WORD})(?:/{_REST})?"  # "Time.com", "pic.twitter.com/6YB38zvrAB"
)


@functools.cache
def address_pattern() -> re.Pattern[str]:
    """An address in prose: with a scheme, starting "www.", an email, or a host name under a generic
    top-level domain (with a path after it, if any). The last keeps "Node.js" or "e.g." out. Host
    names and paths may hold letters of any script (`_REST`, `_IDN_LABELS`): cut at the first
    non-ASCII letter, "https://bücher.example/katalog" was "https://b", and QA compared only that.
    Compiled on first use: its Unicode classes take `re` 60–90 ms, which every command paid at
    import (`l10n.project` imports this module), a replay that reads no sentence too."""
    return re.compile(_ADDRESS_SOURCE, re.IGNORECASE)


_TRAILING = ".,;:!?)]}'\"”’»…"


MAYBE_ADDRESS = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|edu|int|info|biz|news|io|co)", re.IGNORECASE)
"""What every alternative of `address_pattern` must contain (a scheme's "://", "www.", an email's "@", a
generic top-level domain): one cheap search that lets most sentences skip `address_pattern`, whose email
alternative tries every word of a sentence (QA and the pseudo engine read every unit)."""


def address_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address of `text` (`addresses`), the sentence's punctuation after it left out.

    >>> address_spans("See Time.com, or www.apnews.com/Brexit.")
    [(4, 12), (17, 38)]
    """
    spans: list[tuple[int, int]] = []
    if not MAYBE_ADDRESS.search(text):
        return spans
    for found in address_pattern().finditer(text):
        kept = found.group().rstrip(_TRAILING)
        if kept:
            spans.append((found.start(), found.start() + len(kept)))
    return spans


def addresses(text: str) -> list[str]:
    """The addresses of `text` as written, without the sentence's punctuation after them.

    >>> addresses("Follow it at https://www.apnews.com/Brexit. Email vote@NYCHA.nyc.gov or see Time.com!")
    ['https://www.apnews.com/Brexit', 'vote@NYCHA.nyc.gov', 'Time.com']
    >>> addresses("Node.js 20, e.g. v1.2, and 3.5 per cent")
    []
    """
    if not MAYBE_ADDRESS.search(text):
        return []
    return [found.rstrip(_TRAILING) for found in address_pattern().findall(text) if found.rstrip(_TRAILING)]
