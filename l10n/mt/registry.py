"""Engines by name, and the `auto` choice per target locale.

`auto` prefers a neural Argos model for the pair, then an installed Apertium pair, then (for
Traditional Chinese) OpenCC conversion of the zh_CN catalog, and otherwise leaves the locale
untranslated and says so — it never picks `pseudo`, which is for layout testing only.

Argos names Traditional Chinese `zt` (its package index does), so zh_TW/zh_HK ask engines for
`zt`, never for `zh`: a Simplified model must not fill a Traditional catalog.
Other engines can be registered by name (`register_engine`), which is how plug-ins and tests add one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from l10n.errors import EngineUnavailable
from l10n.locales import TargetLocale
from l10n.mt.base import Engine
from l10n.mt.opencc import OpenCCConversion, opencc_config_for

ENGINE_NAMES = ("auto", "argos", "apertium", "pseudo")
TRADITIONAL_CHINESE = "zt"

EngineFactory = Callable[..., Engine]
_FACTORIES: dict[str, EngineFactory] = {}


@dataclass(frozen=True)
class EngineSettings:
    """Options an engine may use; each engine takes what applies to it."""

    threads: int | None = None
    packages_dir: Path | None = None


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


def _argos(settings: EngineSettings) -> Engine:
    try:
        from l10n.mt.argos import ArgosEngine
    except ImportError as exc:
        raise EngineUnavailable(f"the argos engine is not available: {exc}") from None
    options: dict[str, object] = {}
    if settings.packages_dir is not None:
        options["packages_dir"] = settings.packages_dir
    if settings.threads is not None:
        options["inter_threads"] = settings.threads
    return ArgosEngine(**options)


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
        known = ", ".join(sorted({*_FACTORIES, "auto"}))
        raise EngineUnavailable(f"unknown MT engine {name!r}; choose one of {known}")
    return factory(settings)


@dataclass(frozen=True)
class EngineChoice:
    """What `auto` (or an explicit name) picked for one locale, and why, for the report."""

    engine: Engine | OpenCCConversion | None
    reason: str


def choose_engine(
    source: str, target: TargetLocale, *, name: str = "auto", settings: EngineSettings = EngineSettings()
) -> EngineChoice:
    """The engine for `source` → `target`: `name` itself, or the `auto` preference order."""
    language = engine_language(target)
    if name != "auto":
        engine = get_engine(name, settings=settings)
        if engine.supports(source, language):
            return EngineChoice(engine, f"{name} (requested)")
        try:
            engine.model_id(source, language)  # raises EngineUnavailable naming the install command
        except EngineUnavailable as exc:
            return EngineChoice(None, exc.message)
        return EngineChoice(None, f"{name} does not support {source}→{language}")
    tried: list[str] = []
    for candidate in ("argos", "apertium"):
        try:
            engine = get_engine(candidate, settings=settings)
        except EngineUnavailable as exc:
            tried.append(f"{candidate}: {exc.message}")
            continue
        if engine.supports(source, language):
            return EngineChoice(engine, f"auto → {candidate} (first engine with {source}→{language})")
        tried.append(f"{candidate}: no {source}→{language}")
    config = opencc_config_for(target)
    if config and _conversion_ok():
        return EngineChoice(OpenCCConversion(target, config), f"auto → opencc {config} from zh_CN ({'; '.join(tried)})")
    return EngineChoice(
        None,
        f"auto: no engine for {source}→{target.code} ({'; '.join(tried)}); "
        f"install one with `l10n models install {source} {language}` or "
        f"`l10n models install-file PATH.argosmodel`",
    )


def _conversion_ok() -> bool:
    try:
        import opencc  # noqa: F401
    except ImportError:
        return False
    return True
