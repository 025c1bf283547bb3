"""TMX 1.4b import and export of the translation memory (LISA/GALA TMX 1.4b specification).

Export writes what other CAT tools read back: a `<header>` with the required attributes
(creationtool, creationtoolversion, segtype="sentence", o-tmf, adminlang, srclang, datatype),
one `<tu>` per entry with `<prop type="x-context">` for the msgctxt and `<prop type="x-origin">`
for where it came from, and a `<tuv xml:lang>` / `<seg>` per language. Placeholders become
`<ph x="N">{money_1}</ph>`: TMX's element for a standalone native code, whose content is the code
itself — so a tool that shows codes as tags protects them, and one that reads content as text
(Translate Toolkit, checked in the tests) gets `{money_1}` back unchanged. Languages are
`TargetLocale.exchange_tag` (`zh-CN`), the tags XLIFF exports carry too; on import a tag with an
implied script (`zh-Hans-CN`) names the same locale. Every export validates against the TMX 1.4b
DTD (tests/test_exchange_schemas.py).

Import is hardened (no entity expansion, no network, no DTD entity declarations) because a TMX
is a file from elsewhere; inline codes (`ph`, `bpt`, `ept`, `it`, `hi`, `sub`) contribute their
text so a round trip is lossless for our own files.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from l10n.catalog.xmlsafe import iter_xml_bytes
from l10n.errors import CatalogError, LocaleError
from l10n.fsio import atomic_write_bytes
from l10n.memory.tm import TMEntry
from l10n.placeables.naming import PLACEHOLDER_PATTERN

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CREATION_TOOL = "l10n"
CREATION_TOOL_VERSION = "0.1.0"


def tmx_language(code: str) -> str:
    """A locale code as a TMX `xml:lang`: `TargetLocale.exchange_tag`, the tag XLIFF files carry
    too (`zh_CN` → `zh-CN`, `en` → `en`)."""
    from l10n.locales import parse_locale

    return parse_locale(code).exchange_tag


def locale_from_tmx(lang: str) -> str:
    """A TMX `xml:lang` as our locale code: `zh-CN`/`ZH-cn`/`zh-Hans-CN` → `zh_CN`, `EN-US` → `en_US`."""
    from l10n.locales import locale_from_tag

    return locale_from_tag(lang).code


def write_tmx(entries: Iterable[TMEntry], path: Path, *, source_locale: str = "en") -> int:
    """Write `entries` as a TMX 1.4b file, atomically; returns the `<tu>` count. The header's
    `srclang` is `source_locale` (the project's); an entry from an article written in another
    language (`X-Source-Language`) is a `<tu>` with its own `srclang` (TMX 1.4b §3.2: a `<tu>`'s
    `srclang` overrides the header's), its source `<tuv>` in that language."""
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(
        root,
        "header",
        creationtool=CREATION_TOOL,
        creationtoolversion=CREATION_TOOL_VERSION,
        segtype="sentence",
        adminlang="en",
        srclang=tmx_language(source_locale),
        datatype="plaintext",
        **{"o-tmf": "l10n-sqlite"},
    )
    body = etree.SubElement(root, "body")
    grouped: dict[tuple[str, str, str], list[TMEntry]] = {}
    for entry in entries:
        grouped.setdefault((entry.source_locale, entry.source, entry.context), []).append(entry)
    for (language, source, context), group in grouped.items():
        tu = etree.SubElement(body, "tu")
        if language != source_locale:
            tu.set("srclang", tmx_language(language))
        if group[0].changed_at:
            tu.set("changedate", _tmx_date(group[0].changed_at))
        if context:
            etree.SubElement(tu, "prop", type="x-context").text = context
        origins = sorted({e.origin for e in group if e.origin})
        if origins:
            etree.SubElement(tu, "prop", type="x-origin").text = " ".join(origins)
        try:
            _add_tuv(tu, tmx_language(language), source)
            for entry in sorted(group, key=lambda e: e.target_locale):
                _add_tuv(tu, tmx_language(entry.target_locale), entry.target)
        except ValueError:  # lxml: a control character XML 1.0 cannot carry
            shown = source[:60].encode("unicode_escape").decode("ascii")
            raise CatalogError(
                f"TM entry {shown!r} holds a control character TMX (XML 1.0) cannot carry", path=path
            ) from None
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    atomic_write_bytes(Path(path), data)
    return len(grouped)


def _tmx_date(iso: str) -> str:
    """ISO 8601 → TMX's basic form `YYYYMMDDThhmmssZ`."""
    import datetime as dt

    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _add_tuv(tu, lang: str, text: str) -> None:
    from lxml import etree

    tuv = etree.SubElement(tu, "tuv")
    tuv.set(XML_LANG, lang)
    seg = etree.SubElement(tuv, "seg")
    pos = 0
    last = None
    for index, match in enumerate(PLACEHOLDER_PATTERN.finditer(text), start=1):
        chunk = text[pos : match.start()]
        if last is None:
            seg.text = chunk
        else:
            last.tail = chunk
        last = etree.SubElement(seg, "ph", x=str(index))
        last.text = match.group(0)
        pos = match.end()
    if last is None:
        seg.text = text[pos:]
    else:
        last.tail = text[pos:]


def read_tmx(
    path: Path,
    *,
    origin: str | None = None,
    source_locale: str | None = None,
    locales: Sequence[str] | None = None,
    skipped: Counter[str] | None = None,
    warnings: list[CatalogError] | None = None,
) -> list[TMEntry]:
    """Every source→target pair of a TMX file, as TM entries (source language from `srclang`).

    A `<tu>` with several target languages yields one entry per target; `origin` defaults to the
    file name so suggestions say `tm: 90% from memory.tmx (...)`. Language tags are read in any
    case (BCP 47), `_` for `-` too. For a project (`source_locale` and its `locales`), each tag
    names one of its locales (`locales.locale_in`: `ES-ES` is `es`); a `srclang` that is not the
    source language is refused, and a `<tuv>` in a language the project does not translate
    into is left out, counted by its tag in `skipped`. A tag that is no language tag is refused
    with its line, and so is a `<tuv>` without `xml:lang` (TMX 1.4b requires it; its text has no
    language to be filed under: Okapi's TMX filter refuses such a file too, where Translate
    Toolkit reads the `<tuv>`s by position). A `<tuv>` without a `<seg>` (no text), and a `<tu>`
    whose translations have no `<tuv>` in the source language (nothing to match them by), are
    left out with a line each in `warnings` naming the file and line, as OmegaT warns of a
    `<tu>` without its source.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read TMX: {exc.strerror}", path=path) from None
    elements = iter_xml_bytes(data, path=path, depth=2)  # a stream: <tmx>, then each <body>/<tu>
    root = next(elements)
    if root.tag != "tmx":
        raise CatalogError(f"not a TMX file (root element <{root.tag}>)", path=path, line=root.sourceline)
    source: str | None = None
    srclang = ""
    entries: list[TMEntry] = []
    for tu in elements:
        if source is None:  # the <header> is read whole before the first <tu> (TMX 1.4b: it comes first)
            srclang, source = _header_source(root, source_locale, path=path)
        if tu.tag != "tu" or tu.getparent().tag != "body":
            continue
        props = {prop.get("type"): (prop.text or "") for prop in tu.iterfind("prop")}
        own = tu.get("srclang")
        tu_source = source
        if own and own != srclang and own != "*all*":  # an article in another language (`write_tmx`)
            tu_source = _tag_locale(own, None, path=path, line=tu.sourceline) or source
        segments: dict[str, str] = {}
        codes: dict[str, tuple[Counter[str], str, int | None]] = {}  # locale → its inline codes, tag, line
        without_text = False  # a <tuv> of the source language without a <seg>, already said
        for tuv in tu.iterfind("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            if not lang:
                raise CatalogError("<tuv> without xml:lang: its text names no language", path=path, line=tuv.sourceline)
            wanted = [*(locales or ()), tu_source] if locales is not None else None
            locale = _tag_locale(lang, wanted, path=path, line=tuv.sourceline)
            if locale is None:
                if skipped is not None:
                    skipped[lang] += 1
                continue
            seg = tuv.find("seg")
            if seg is None:
                without_text = without_text or locale == tu_source
                _warn(warnings, f'<tuv xml:lang="{lang}"> without <seg>: left out', path=path, line=tuv.sourceline)
                continue
            written = "".join(seg.itertext())
            control = _CONTROL.search(written)
            if control:  # an article holding one is refused; a TM match would be filled in as reviewed
                without_text = without_text or locale == tu_source
                _warn(
                    warnings,
                    f'<tuv xml:lang="{lang}"> holds control character U+{ord(control.group()):04X}: left out',
                    path=path,
                    line=tuv.sourceline,
                )
                continue
            segments[locale] = written
            codes[locale] = (_inline_codes(seg), lang, tuv.sourceline)
        text = segments.pop(tu_source, None)
        if text is None:
            if segments and not without_text:
                _warn(
                    warnings,
                    f"<tu> without a <tuv> in {tmx_language(tu_source)}: its {len(segments)} translation(s) left out",
                    path=path,
                    line=tu.sourceline,
                )
            continue
        for target_locale, target in segments.items():
            lacking = _codes_source_lacks(text, codes[tu_source][0], target, codes[target_locale][0])
            if lacking:  # its exact match would be filled in as reviewed: `xliff import` refuses such a target
                lang, line = codes[target_locale][1:]
                _warn(warnings, f'<tuv xml:lang="{lang}">: {lacking}: left out', path=path, line=line)
                continue
            entries.append(
                TMEntry(
                    tu_source,
                    target_locale,
                    text,
                    target,
                    context=props.get("x-context", ""),
                    origin=origin or path.name,
                )
            )
    if source is None:
        _header_source(root, source_locale, path=path)
    return entries


def _header_source(root, source_locale: str | None, *, path: Path) -> tuple[str, str]:
    """The `<header>`'s `srclang`, and the locale it names (the project's source language, for a
    project); a one-line error naming the header's line when it names none, or another."""
    header = root.find("header")
    srclang = header.get("srclang") if header is not None else None
    header_line = getattr(header, "sourceline", 1)
    if not srclang or srclang == "*all*":
        raise CatalogError("TMX header names no single srclang", path=path, line=header_line)
    source = _tag_locale(srclang, [source_locale] if source_locale else None, path=path, line=header_line)
    if source is None:
        raise CatalogError(
            f"TMX srclang {srclang!r} is not the project's source language {source_locale}", path=path, line=header_line
        )
    return srclang, source


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 but tab, line feed and CR, DEL, C1 (U+0085 is a line break to some readers, U+009B a terminal's
CSI): what `ingest.refuse_control_characters` refuses in an article. XML 1.0 carries C1 and DEL raw, and
an exact match from such a `<seg>` went into a catalog as reviewed text (session 50, redteam50)."""


_NATIVE_CODES = ("bpt", "ept", "it", "ph", "ut")
"""TMX 1.4b's inline elements whose content is a native code (a tag, a placeholder), not text."""


def _inline_codes(seg: Any) -> Counter[str]:
    """The native codes of a `<seg>`'s inline elements (`_NATIVE_CODES`), by their content."""
    return Counter("".join(code.itertext()) for code in seg.iter(*_NATIVE_CODES))


def _codes_source_lacks(source: str, source_codes: Counter[str], target: str, target_codes: Counter[str]) -> str:
    """What a translation holds that its source lacks, said for the warning: a placeholder (or a
    stray brace: `xliff_import.placeholder_problems`, the rule `xliff import` refuses a target
    by) or an inline code whose native code the source has none of (markup: `<bpt>&lt;b&gt;</bpt>`);
    "" when it holds neither. Only a lack: a code or placeholder the translation drops or repeats
    leaves a usable entry, which leverage offers as fuzzy (`tm.leverage`)."""
    from l10n.catalog.xliff_import import placeholder_problems

    invalid = placeholder_problems(source, target)[0]
    if invalid:
        return invalid
    extra = [code for code in target_codes if code not in source_codes]
    return f"markup {extra[0]!r} is not in the source" if extra else ""


def _warn(warnings: list[CatalogError] | None, message: str, *, path: Path, line: int | None) -> None:
    """A `<tuv>` or `<tu>` left out, said as the error line it would be (`FILE:LINE: …`)."""
    if warnings is not None:
        warnings.append(CatalogError(message, path=path, line=line))


def _tag_locale(tag: str, codes: Sequence[str] | None, *, path: Path, line: int | None) -> str | None:
    """A TMX language tag as a locale code: of `codes` (None when it names none of them), or
    any (`locale_from_tmx`) without them; a one-line error naming the file and line when it is
    no language tag."""
    from l10n.locales import locale_in

    try:
        if codes is None:
            return locale_from_tmx(tag)
        found = locale_in(tag, codes)
    except LocaleError as exc:
        raise CatalogError(f"TMX language {tag!r}: {exc.message}", path=path, line=line) from None
    return found.code if found is not None else None
