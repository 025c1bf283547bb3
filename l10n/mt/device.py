"""Where CTranslate2 decodes: `device` (auto | cpu | cuda) and `compute_type`, checked once.

Set in `l10n.toml` (`[l10n] device = "auto"`, `compute_type = "default"`) or with
`translate --device/--compute-type`. `auto` picks CUDA when `ctranslate2.get_cuda_device_count()`
is above 0 and the CPU otherwise (CTranslate2 docs, "Hardware support"); asking for `cuda` where
CTranslate2 sees no GPU is a one-line error, never a silent fall back to the CPU. The compute type
must be one CTranslate2 supports on that device (`get_supported_compute_types`), or `default`
(the type the model was converted with) / `auto` (the fastest the device supports). The resolved
pair travels inside the engine object, so Ray workers decode where the driver decided.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from l10n.config import CONFIG_FILE, DEVICES, setting_line
from l10n.errors import EngineUnavailable, ProjectError

if TYPE_CHECKING:
    from l10n.mt.registry import EngineSettings
    from l10n.project import Project

CHOSEN_BY_CTRANSLATE2 = ("default", "auto")


@dataclass(frozen=True)
class Decoding:
    """A concrete device ("cpu" or "cuda") and a compute type valid on it."""

    device: str = "cpu"
    compute_type: str = "default"


def cuda_device_count() -> int:
    """GPUs CTranslate2 can use (0 when its CUDA runtime finds no driver)."""
    import ctranslate2

    try:
        return int(ctranslate2.get_cuda_device_count())
    except RuntimeError:
        return 0


def resolve_decoding(
    device: object = "auto", compute_type: object = "default", *, cuda_devices: int | None = None
) -> Decoding:
    """`device`/`compute_type` as configured → a `Decoding` that CTranslate2 can run here.

    `cuda_devices` defaults to what CTranslate2 reports (a parameter so the choice can be shown
    for a machine with a GPU on one without).

    >>> resolve_decoding("auto", cuda_devices=0)
    Decoding(device='cpu', compute_type='default')
    >>> resolve_decoding("auto", "float16", cuda_devices=1).device
    'cuda'
    >>> resolve_decoding("gpu", cuda_devices=0)
    Traceback (most recent call last):
    l10n.errors.ProjectError: device must be one of auto, cpu, cuda, not 'gpu'
    """
    device, compute_type = check_decoding(device, compute_type)
    count = cuda_device_count() if cuda_devices is None and device != "cpu" else (cuda_devices or 0)
    if device == "cuda" and count < 1:
        raise EngineUnavailable(
            "device = cuda was asked for, but CTranslate2 sees no CUDA GPU on this machine; "
            'use --device cpu (or device = "auto" in l10n.toml)'
        )
    chosen = "cuda" if device == "cuda" or (device == "auto" and count > 0) else "cpu"
    if compute_type not in CHOSEN_BY_CTRANSLATE2 and cuda_devices is None:
        supported = _supported_compute_types(chosen)
        if compute_type not in supported:
            raise ProjectError(
                f"compute_type {compute_type!r} is not supported on {chosen} here; "
                f"choose default, auto or one of {', '.join(sorted(supported))}"
            )
    return Decoding(chosen, compute_type)


def check_decoding(device: object = "auto", compute_type: object = "default") -> tuple[str, str]:
    """The values' shape only (no CTranslate2 import): `device` one of DEVICES, `compute_type` text.

    >>> check_decoding(None, None)
    ('auto', 'default')
    """
    device = "auto" if device is None else device
    compute_type = "default" if compute_type is None else compute_type
    if not isinstance(device, str) or device not in DEVICES:
        raise ProjectError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
    if not isinstance(compute_type, str) or not compute_type:
        raise ProjectError(f"compute_type must be a CTranslate2 compute type, not {compute_type!r}")
    return device, compute_type


def _supported_compute_types(device: str) -> set[str]:
    import ctranslate2

    try:
        return set(ctranslate2.get_supported_compute_types(device))
    except RuntimeError:
        return set()


def decoding_settings(project: Project, settings: EngineSettings, *, resolve: bool) -> EngineSettings:
    """`settings` with device and compute type from the option, else `l10n.toml`, else auto/default:
    checked for shape, and with `resolve` also against CTranslate2 (`auto` → cpu/cuda, GPU present,
    compute type supported). A bad value names where it came from: `l10n.toml` and its line, or
    the option (`--compute-type: …`, as `config.check_option` says a bad option)."""
    device = settings.device or project.settings.get("device")
    compute_type = settings.compute_type or project.settings.get("compute_type")
    try:
        if not resolve:
            device, compute_type = check_decoding(device, compute_type)
            return replace(settings, device=device, compute_type=compute_type)
        decoding = resolve_decoding(device, compute_type)
    except ProjectError as exc:
        key = "device" if exc.message.startswith("device") else "compute_type"
        if getattr(settings, key):
            raise ProjectError(f"--{key.replace('_', '-')}: {exc.message}") from None
        path = project.settings.path or project.root / CONFIG_FILE
        raise ProjectError(exc.message, path=path, line=setting_line(path, key)) from None
    return replace(settings, device=decoding.device, compute_type=decoding.compute_type)
