"""Engines by name, and the `auto` choice per target locale.

`auto` prefers a neural Argos model for the pair, then an installed Apertium pair, then (for
Traditional Chinese) OpenCC conversion of the zh_CN catalog, and otherwise leaves the locale
untranslated and says so — it never picks `pseudo`, which is for layout testing only. `none`
turns MT off: the locale waits for translators (the translation memory still applies).

Argos names Traditional Chinese `zt` and Brazilian Portuguese `pb` (its package index does;
`languages.ARGOS_LOCALE_CODES`). zh_TW/zh_HK ask engines for `zt`, never for `zh`: a Simplified
model must not fill a Traditional catalog. pt_BR asks for `pb` first, then `pt`.
Other engines can be registered by name (`register_engine`), which is how plug-ins and tests add one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l10n.errors import EngineUnavailable
from l10n.locales import TargetLocale
from l10n.mt.base import Engine, EngineInputs
from l10n.mt.languages import ARGOS_LOCALE_CODES
from l10n.mt.opencc import TO_SIMPLIFIED, OpenCCConversion, opencc_config_for

ENGINE_NAMES = ("auto", "argos", "apertium", "pseudo", "none")
TRADITIONAL_CHINESE = "zt"

EngineFactory = Callable[..., Engine]
EngineNames = str | Mapping[str, str]
"""An engine name for every locale, or each locale's own by code (`[l10n.engines]` in l10n.toml)."""
_FACTORIES: dict[str, EngineFactory] = {}


@dataclass(frozen=True)
class EngineSettings:
    """Options an engine may use; each engine takes what applies to it."""

    threads: int | None = None
    packages_dir: Path | None = None
    device: str | None = None  # auto | cpu | cuda; `translate_project` resolves it (`l10n.mt.device`)
    compute_type: str | None = None


def engine_of(names: EngineNames, code: str) -> str:
    """The engine `names` gives locale `code`.

    >>> engine_of("pseudo", "es"), engine_of({"es": "apertium", "de": "none"}, "es")
    ('pseudo', 'apertium')
    """
    return names if isinstance(names, str) else names[code]


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make `get_engine(name)` build engines with `factory(settings)`."""
    _FACTORIES[name] = factory


def registered_engines() -> tuple[str, ...]:
    """Names `get_engine` can build (built-in and registered), for checking settings."""
    return tuple(_FACTORIES)


def engine_language(locale: TargetLocale) -> str:
    """The language code an engine is asked for (`zh_TW` → `zt`, `pt_BR` → `pt`).

    >>> engine_language(TargetLocale("zh_TW")), engine_language(TargetLocale("zh_CN"))
    ('zt', 'zh')
    """
    return TRADITIONAL_CHINESE if opencc_config_for(locale) else locale.language


def engine_languages(locale: TargetLocale) -> tuple[str, ...]:
    """The codes an engine is asked for, preferred first: Argos's own code for the locale, then ISO 639.

    >>> engine_languages(TargetLocale("pt_BR")), engine_languages(TargetLocale("pt_PT"))
    (('pb', 'pt'), ('pt',))
    >>> engine_languages(TargetLocale("zh_HK")), engine_languages(TargetLocale("de"))
    (('zt',), ('de',))
    """
    if opencc_config_for(locale):
        return (TRADITIONAL_CHINESE,)
    own = tuple(code for code, served in ARGOS_LOCALE_CODES.items() if locale.code in served)
    return (*own, locale.language)


def _argos(settings: EngineSettings) -> Engine:
    try:
        from l10n.mt.argos import ArgosEngine
    except ImportError as exc:
        raise EngineUnavailable(f"the argos engine is not available: {exc}") from None
    options: dict[str, Any] = {}
    if settings.packages_dir is not None:
        options["packages_dir"] = settings.packages_dir
    if settings.threads is not None:
        options["inter_threads"] = settings.threads
    device = settings.device if settings.device in ("cpu", "cuda") else "cpu"
    return ArgosEngine(**options, device=device, compute_type=settings.compute_type or "default")


def _apertium(settings: EngineSettings) -> Engine:
    from l10n.mt.apertium import ApertiumEngine

    return ApertiumEngine()


def _pseudo(settings: EngineSettings) -> Engine:
    from l10n.mt.pseudo import PseudoEngine

    return PseudoEngine()


register_engine("argos", _argos)
register_engine("apertium", _apertium)
register_engine("pseudo", _pseudo)


def get_engine(name: str, *, settings: EngineSettings = EngineSettings()) -> Engine:
    """The engine called `name` (not "auto": that depends on the locale, see `choose_engine`)."""
    factory = _FACTORIES.get(name)
    if factory is None:
        known = ", ".join(sorted({*_FACTORIES, "auto", "none"}))
        raise EngineUnavailable(f"unknown MT engine {name!r}; choose one of {known}")
    return factory(settings)


@dataclass(frozen=True)
class EngineChoice:
    """What `auto` (or an explicit name) picked for one locale, the code it asks for, and why."""

    engine: Engine | OpenCCConversion | None
    reason: str
    language: str = ""


def choose_engine(
    source: str, target: TargetLocale, *, name: str = "auto", settings: EngineSettings = EngineSettings()
) -> EngineChoice:
    """The engine for `source` → `target`: `name` itself, or the `auto` preference order.

    Each engine is offered the locale's codes in preference order (`engine_languages`: pt_BR is
    `pb`, then `pt`) before the next engine is tried.
    """
    languages = engine_languages(target)
    if name == "none":
        return EngineChoice(None, "engine = none: MT is off (translators fill this locale)", languages[-1])
    if name != "auto":
        engine = get_engine(name, settings=settings)
        for language in languages:
            if engine.supports(source, language):
                return EngineChoice(engine, f"{name} (requested)", language)
        try:
            engine.model_id(source, languages[0])  # raises EngineUnavailable naming the install command
        except EngineUnavailable as exc:
            return EngineChoice(None, exc.message, languages[0])
        return EngineChoice(None, f"{name} does not support {source}→{'/'.join(languages)}", languages[0])
    tried: list[str] = []
    for candidate in ("argos", "apertium"):
        try:
            engine = get_engine(candidate, settings=settings)
        except EngineUnavailable as exc:
            tried.append(f"{candidate}: {exc.message}")
            continue
        for language in languages:
            if engine.supports(source, language):
                return EngineChoice(engine, f"auto → {candidate} (first engine with {source}→{language})", language)
        tried.append(f"{candidate}: no {source}→{'/'.join(languages)}")
    config = opencc_config_for(target)
    if config and opencc_available():
        reason = f"auto → opencc {config} from zh_CN ({'; '.join(tried)})"
        return EngineChoice(OpenCCConversion(target, config), reason, languages[0])
    return EngineChoice(
        None,
        f"auto: no engine for {source}→{target.code} ({'; '.join(tried)}); "
        f"install one with `l10n models install {source} {languages[0]}` or "
        f"`l10n models install-file PATH.argosmodel`",
        languages[0],
    )


def engine_inputs(
    name: EngineNames, locales: Sequence[TargetLocale], *, settings: EngineSettings = EngineSettings()
) -> EngineInputs | None:
    """Everything outside the project that `choose_engine`'s choices for `locales` and the chosen
    engines' output depend on (`EngineInputs`), without loading a model: for `auto` every engine
    it may pick (argos, Apertium, OpenCC for Traditional Chinese), since installing one changes
    the choice. None when an engine cannot say (a registered engine without `inputs()`). With
    each locale's own engine (a mapping), the inputs of every engine named, each for its locales.

    `device = auto` picks CUDA where CTranslate2 sees a GPU; asking CTranslate2 means importing
    it, so the NVIDIA device nodes stand in for it here (`/dev/nvidia0`…).
    """
    if not isinstance(name, str):
        found = EngineInputs(())
        for each in dict.fromkeys(name[locale.code] for locale in locales):
            inputs = engine_inputs(each, [loc for loc in locales if name[loc.code] == each], settings=settings)
            if inputs is None:
                return None
            found += inputs
        return EngineInputs(found.versions, tuple(dict.fromkeys(found.files)), tuple(dict.fromkeys(found.folders)))
    if name == "none":
        return EngineInputs(("none",))
    names = ("argos", "apertium") if name == "auto" else (name,)
    found = EngineInputs((f"engine={name}",))
    for each in names:
        try:
            engine = get_engine(each, settings=settings)
        except EngineUnavailable as exc:
            found += EngineInputs((f"{each}: {exc.message}",))
            continue
        inputs = getattr(engine, "inputs", None)
        if inputs is None:
            return None
        found += inputs()
    if "argos" in names and settings.device in (None, "auto"):
        import glob

        found += EngineInputs((f"cuda devices: {sorted(glob.glob('/dev/nvidia[0-9]*'))}",))
    if name == "auto":
        for locale in locales:
            config = opencc_config_for(locale) or (TO_SIMPLIFIED if locale.language == "zh" else None)
            if config:  # (a Traditional article's Simplified edition: `opencc.article_conversion`)
                found += OpenCCConversion(locale, config).inputs()
    return EngineInputs(found.versions, tuple(dict.fromkeys(found.files)), tuple(dict.fromkeys(found.folders)))


def opencc_available() -> bool:
    """Whether OpenCC can be imported (its dictionaries load only when a converter is built)."""
    try:
        import opencc  # noqa: F401
    except ImportError:
        return False
    return True


def refuse_unrunnable(engine_name: EngineNames, choices: dict[str, EngineChoice]) -> None:
    """An engine asked for by name (not auto/none) must serve every locale asked for it, else nothing
    runs; the way out named is where the name came from: one for all (`--engine`), or l10n.toml's."""
    missing = {
        code: choice
        for code, choice in choices.items()
        if choice.engine is None and engine_of(engine_name, code) not in ("auto", "none")
    }
    if not missing:
        return
    for choice in choices.values():
        close_engine(choice.engine)
    name = engine_of(engine_name, next(iter(missing)))
    codes = ", ".join(code for code in missing if engine_of(engine_name, code) == name)
    first = next(iter(missing.values()))
    fix = "--engine auto" if isinstance(engine_name, str) else f"another engine for {codes} in l10n.toml"
    raise EngineUnavailable(
        f"engine {name} cannot translate {codes}: {first.reason} (or use {fix}, or leave {codes} out with --locales)"
    )


def close_engine(engine: object) -> None:
    """Release what an engine holds (its model), if it can (`close`); engines without one hold nothing."""
    close = getattr(engine, "close", None)
    if close is not None:
        close()
