"""Traditional Chinese catalogs derived from the Simplified one with OpenCC, when no direct model.

Not an engine over English: a conversion step zh_CN → zh_TW (OpenCC `s2twp`: Taiwan characters
*and* Taiwan phrasing, 软件 → 軟體) or zh_HK (`s2hk`). Every zh_CN msgstr, reviewed or fuzzy, gives
a suggestion for the same unit. The result is always written fuzzy (design decision 4: it is
machine output, and a reviewed Simplified sentence does not make a reviewed Traditional one —
Taiwan vocabulary still needs a human look), with provenance
`mt: opencc s2twp from zh_CN <date> (reviewed|fuzzy)` so a reviewer knows how far to trust it.
Human zh_TW translations are never touched (`apply_suggestions` only fills empty/MT entries); MT
another engine wrote into zh_TW (the locale's engine was another, `[l10n.engines]`) is replaced.
An article written in Chinese has no catalog in its own locale: a Simplified one's zh_TW is
converted from its own words, and a Traditional one's zh_CN by `t2s` (`article_conversion`), the
same way (fuzzy, provenance `mt: opencc t2s from zh_Hant …`).

Building a converter loads OpenCC's dictionaries (~0.1 s for `s2twp`, far more than converting a
catalog), so one converter per configuration is built per process and shared by every catalog;
`release_converters()` drops them when the locale is done. A catalog's msgstrs are converted in
one call (`convert_all`), and both catalogs are read as plain fields (`l10n.catalog.po_scan`)
when they are in gettext's layout: per catalog, polib objects and a call per msgstr cost several
times the conversion itself (`bench/mt_opencc.py` measures the step against OpenCC called
directly). A zh_TW catalog that is still the bytes our printer wrote (the caller's record says
so: `printed_here`) is not checked again, and texts are converted ahead for a run of catalogs
(`l10n.mt.opencc_ahead`), while OpenCC's tables are warm, from zh_CN catalogs read then once for
both the conversion and the fill (`po_twins.read_twin`); zh_TW catalogs as `update` left them are
filled then too (`opencc_ahead.DerivedAhead`), and written under their lock when both files still
hold the bytes they were derived from.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import EngineUnavailable
from l10n.locales import TargetLocale
from l10n.mt.base import EngineInputs, PlaceholderError, library_files, placeholders, verify_placeholders

if TYPE_CHECKING:
    from l10n.catalog.translations import Written
    from l10n.model import Suggestion, Translation
    from l10n.mt.opencc_ahead import ConvertedAhead

SIMPLIFIED_SOURCE = "zh_CN"
OPENCC_CONFIGS = {"zh_TW": "s2twp", "zh_HK": "s2hk", "zh_MO": "s2hk", "zh_Hant": "s2t"}
TRADITIONAL_ARTICLE = "zh_Hant"
TO_SIMPLIFIED = "t2s"  # OpenCC's Traditional → Simplified characters (OpenCC's own standard, no regional phrasing)


def opencc_config_for(locale: TargetLocale) -> str | None:
    """The OpenCC configuration that turns zh_CN into `locale`, or None if it is not Traditional.

    >>> opencc_config_for(TargetLocale("zh_TW")), opencc_config_for(TargetLocale("ja"))
    ('s2twp', None)
    """
    return OPENCC_CONFIGS.get(locale.code)


def article_conversion(article: str | None, target: TargetLocale) -> OpenCCConversion | None:
    """OpenCC's `t2s` from an article written in Traditional Chinese (`article`, its language as
    `X-Source-Language` says: `zh_Hant`) into a Simplified Chinese locale (zh_CN, zh_SG), or
    None for any other pair: the mirror of a Simplified article's zh_TW (`mt.batch`), where the
    locale's engine is `auto`.

    >>> [getattr(article_conversion(a, TargetLocale(t)), "config", None) for a, t in (("zh_Hant", "zh_CN"), ("zh_Hans", "zh_CN"), ("zh_Hant", "zh_TW"), (None, "zh_CN"))]
    ['t2s', None, None, None]
    """
    from l10n.locales import maximized

    if not article or not target.code.startswith("zh"):
        return None
    source, wanted = maximized(article), maximized(target.code)
    if source is None or wanted is None or source[:2] != ("zh", "Hant") or wanted[:2] != ("zh", "Hans"):
        return None
    return OpenCCConversion(target, TO_SIMPLIFIED, source=TRADITIONAL_ARTICLE)


@dataclass(frozen=True)
class OpenCCConversion:
    """The zh_CN → Traditional step as `auto` chooses it (the batch runner recognises this type);
    `source` names what is converted (a Traditional article's own words: `article_conversion`)."""

    target: TargetLocale
    config: str
    name: str = "opencc"
    source: str = SIMPLIFIED_SOURCE

    def model_id(self) -> str:
        return f"{self.config} from {self.source}"

    def inputs(self) -> EngineInputs:
        """The installed OpenCC (the state of its module, which an upgrade or a reinstall
        rewrites: `library_files`) and this configuration, found without importing OpenCC."""
        return EngineInputs((f"opencc {self.config}",), library_files("opencc"))


@functools.lru_cache(maxsize=4)
def converter(config: str):
    """The process's OpenCC converter for `config`, built on first use (no work at import time)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        raise EngineUnavailable("OpenCC is missing; install it with `pip install opencc`") from None
    return opencc.OpenCC(config)


def release_converters() -> None:
    """Forget the converters built so far (their dictionaries are freed with them)."""
    converter.cache_clear()


def simplified_to_traditional_suggestions(
    translations: Mapping[tuple[str | None, str], Translation],
    *,
    config: str,
    today: dt.date | None = None,
    only: Collection[tuple[str | None, str]] | None = None,
) -> tuple[list[Suggestion], int]:
    """Suggestions from zh_CN `translations` (from `read_translations`), for the keys in `only`
    when given; also the count refused because conversion changed a placeholder (it never does
    for ASCII names, but we verify)."""
    units = [
        (key, translation.msgstr, translation.fuzzy)
        for key, translation in translations.items()
        if translation.msgstr and (only is None or key in only)
    ]
    return _suggestions(units, config=config, today=today)


def article_to_traditional_suggestions(
    keys: Collection[tuple[str | None, str]],
    *,
    config: str,
    today: dt.date | None = None,
    source: str = SIMPLIFIED_SOURCE,
) -> tuple[list[Suggestion], int]:
    """Suggestions for the units `keys` of a Simplified Chinese article, whose own zh_CN
    edition is the article itself (`locales.own_language_locale`): its msgids are converted
    as a zh_CN catalog's reviewed msgstrs are (they are the editor's words); also the count
    refused because conversion changed a placeholder. A Traditional article's (`source`
    `zh_Hant`, `config` t2s: `article_conversion`) the same way into Simplified."""
    return _suggestions([(key, key[1], False) for key in keys], config=config, today=today, source=source)


def _suggestions(
    units: Sequence[tuple[tuple[str | None, str], str, bool]],
    *,
    config: str,
    today: dt.date | None,
    source: str = SIMPLIFIED_SOURCE,
) -> tuple[list[Suggestion], int]:
    """(key, zh_CN msgstr, fuzzy) units to suggestions, all converted in one OpenCC call."""
    from l10n.model import Suggestion

    converted, refused = _converted(units, config=config, today=today, source=source)
    return [
        Suggestion(msgctxt, msgid, text, "mt", provenance) for (msgctxt, msgid), text, provenance in converted
    ], refused


def _converted(
    units: Sequence[tuple[tuple[str | None, str], str, bool]],
    *,
    config: str,
    today: dt.date | None,
    ahead: Mapping[str, str] | None = None,
    source: str = SIMPLIFIED_SOURCE,
) -> tuple[list[tuple[tuple[str | None, str], str, str]], int]:
    """(key, zh_CN msgstr, fuzzy) units to (key, Traditional text, provenance), all converted in
    one OpenCC call (those `ahead` lacks), and the count refused because conversion changed a
    placeholder."""
    provenance = _provenance(config, today, source)
    done: list[tuple[tuple[str | None, str], str, str]] = []
    refused = 0
    known = ahead or {}
    missing = [msgstr for _, msgstr, _ in units if msgstr not in known]
    now = dict(zip(missing, convert_all(config, missing), strict=True)) if missing else {}
    for key, msgstr, fuzzy in units:
        converted = known[msgstr] if msgstr in known else now[msgstr]
        if ("{" in msgstr or "{" in converted) and placeholders_changed(msgstr, converted):
            refused += 1
            continue
        done.append((key, converted, provenance[fuzzy]))
    return done, refused


def _provenance(config: str, today: dt.date | None, source: str = SIMPLIFIED_SOURCE) -> dict[bool, str]:
    """The provenance of a converted text, by whether its `source` unit (zh_CN's) is fuzzy."""
    date = (today or dt.date.today()).isoformat()
    return {
        fuzzy: f"opencc {config} from {source} {date} ({'fuzzy' if fuzzy else 'reviewed'})" for fuzzy in (False, True)
    }


@functools.lru_cache(maxsize=8)
def provenance_comment_lines(config: str, today: dt.date) -> dict[bool, str]:
    """`_provenance` as comment lines (`po_blocks.ProvenanceLines`), made once a day, not a catalog."""
    from l10n.catalog.po_blocks import ProvenanceLines

    return {fuzzy: ProvenanceLines("mt")[text] for fuzzy, text in _provenance(config, today).items()}


def placeholders_changed(msgstr: str, converted: str) -> bool:
    """Whether conversion changed `msgstr`'s placeholders (other names; reordered is kept)."""
    if placeholders(msgstr) == placeholders(converted):
        return False
    try:
        verify_placeholders(placeholders(msgstr), converted)  # the same names, reordered
    except PlaceholderError:
        return True
    return False


SEPARATOR = "\n"
"""What `convert_all` joins texts with: OpenCC's dictionaries are built from tab-separated
lines, so no phrase holds a line break and none is matched across one; the line break itself
is left as it is. Texts that hold one are converted one by one."""


def convert_all(config: str, texts: Sequence[str]) -> list[str]:
    """`converter(config).convert` of every text, the texts without a line break in one call:
    a call per msgstr cost about as much as converting it (tests/test_mt_opencc.py compares
    both ways on real Chinese text). When no text holds one, a step of Python a text is spared."""
    convert = converter(config).convert
    whole = SEPARATOR.join(texts)
    if texts and whole.count(SEPARATOR) == len(texts) - 1:  # (each line break is a join)
        pieces = convert(whole).split(SEPARATOR)
        if len(pieces) == len(texts):  # (never otherwise: see below)
            return pieces
    converted = list(texts)
    joined = [index for index, text in enumerate(texts) if SEPARATOR not in text]
    pieces = convert(SEPARATOR.join(texts[index] for index in joined)).split(SEPARATOR) if joined else []
    if len(pieces) != len(joined):  # pragma: no cover - the dictionaries never add a line break
        pieces = [convert(texts[index]) for index in joined]
    for index, piece in zip(joined, pieces, strict=True):
        converted[index] = piece
    for index, text in enumerate(texts):
        if SEPARATOR in text:
            converted[index] = convert(text)
    return converted


def _simplified_units(simplified_po: Path) -> list[tuple[tuple[str | None, str], str, bool]]:
    """(key, msgstr, fuzzy) of every translated unit of the zh_CN catalog: read as fields
    (`po_scan`) when it is in gettext's plain layout, else through `read_translations`."""
    from l10n.catalog.po import read_translations
    from l10n.catalog.po_scan import scan_translated, scannable_bytes

    data = scannable_bytes(Path(simplified_po))
    units = scan_translated(data) if data is not None else None
    if units is None:
        return [(key, t.msgstr, t.fuzzy) for key, t in read_translations(simplified_po).items() if t.msgstr]
    return units


def derive_traditional_catalog(
    simplified_po: Path,
    traditional_po: Path,
    *,
    config: str,
    overwrite_fuzzy: bool = False,
    written: Written | None = None,
    printed_here: Callable[[bytes], bool] | None = None,
    ahead: ConvertedAhead | None = None,
) -> tuple[int, int]:
    """Fill `traditional_po` from `simplified_po`; returns (entries written, refused).

    One locked read of the Traditional catalog, one read of the Simplified one and at most one
    write (`fill_catalog`, which tells `written` what it wrote); when no entry of the Traditional
    catalog may be filled by a machine (a re-run after nothing changed), the Simplified one is
    neither read nor converted. `printed_here` tells, from the Traditional catalog's bytes as
    read under the lock, whether they are bytes l10n's printer wrote (the caller keeps a record
    of them: `mt.batch`); their fields are then copied unchecked (`po_blocks.read_blocks`'
    `fields_as_printed`), and a file a person may have touched is checked as it stands.
    `ahead`: conversions made for a run of catalogs (`opencc_ahead.convert_ahead`; ignored when made with
    another configuration).
    """
    from l10n import fsio
    from l10n.catalog.po_scan import scannable_bytes

    if ahead is not None and ahead.config not in (None, config):
        ahead = None  # made for another configuration: none of it holds here
    target = os.fspath(traditional_po)
    traditional_po = traditional_po if isinstance(traditional_po, Path) else Path(target)
    done = None if ahead is None else ahead.derived.get(target)
    if done is None and not os.path.isfile(simplified_po):
        return 0, 0
    refused = 0
    with fsio.locked(traditional_po):
        data = scannable_bytes(target)
        ours = data is not None and printed_here is not None and printed_here(data)
        if (
            done is not None
            and ours
            and done.traditional == data
            and done.date == dt.date.today()
            and scannable_bytes(simplified_po) == done.simplified
        ):  # derived ahead from these very bytes (`convert_ahead`)
            if done.changed:
                fsio.atomic_write_text(traditional_po, done.catalog.text())
            if written is not None:
                written({})  # (`BlockCatalog.reviewed`: an empty unit, or a fuzzy one once filled)
            return done.changed, done.refused
        if done is not None and not os.path.isfile(simplified_po):
            return 0, 0  # (the check made first where nothing was derived ahead)
        from l10n.catalog.po import fill_catalog
        from l10n.catalog.po_blocks import EMPTY_UNIT, read_blocks
        from l10n.catalog.po_twins import read_printed_twins
        from l10n.catalog.translations import machine_may_fill

        read_ahead = None if ahead is None else ahead.simplified
        twins = read_printed_twins(data, simplified_po, read_ahead=read_ahead) if data is not None and ours else None
        if twins is not None:  # both read in one pass each, every unit open (`po_twins.read_printed_twins`)
            changed = 0
            if machine_may_fill(EMPTY_UNIT, overwrite_fuzzy=overwrite_fuzzy):  # (`BlockCatalog.fillable`)
                from l10n.mt.opencc_ahead import fill_twins

                changed, refused = fill_twins(twins[0], twins[1], config=config, ahead=ahead)
                if changed:
                    fsio.atomic_write_text(traditional_po, twins[0].text())
            if written is not None:
                written({})  # (`BlockCatalog.reviewed`: an empty unit, or a fuzzy one once filled)
            return changed, refused
        catalog = read_blocks(data, fields_as_printed=ours) if data is not None else None
        if catalog is not None:  # gettext's layout: filled block by block (`l10n.catalog.po_blocks`)
            changed = 0
            fillable = catalog.fillable(overwrite_fuzzy=overwrite_fuzzy, engine=OpenCCConversion.name)
            if fillable:
                units = [unit for unit in _simplified_units(simplified_po) if unit[0] in fillable]
                texts, fields = (None, None) if ahead is None else (ahead.texts, ahead.fields)
                converted, refused = _converted(units, config=config, today=None, ahead=texts)
                changed = catalog.fill(converted, origin="mt", overwrite_fuzzy=overwrite_fuzzy, printed=fields)
                if changed:
                    fsio.atomic_write_text(traditional_po, catalog.text())
            if written is not None:
                written(catalog.reviewed())
            return changed, refused

    def suggest(fillable: Mapping[tuple[str | None, str], Translation]) -> list[Suggestion]:
        nonlocal refused
        units = [unit for unit in _simplified_units(simplified_po) if unit[0] in fillable]
        suggestions, refused = _suggestions(units, config=config, today=None)
        return suggestions

    filled = fill_catalog(
        traditional_po, suggest, overwrite_fuzzy=overwrite_fuzzy, written=written, engine=OpenCCConversion.name
    )
    return filled, refused
