"""`l10n models list|install|install-file|remove`: manage Argos Translate packages (argos engine).

Thin wrappers over `l10n.mt.models` (listing) and `l10n.mt.model_install` (install, remove); the package index is Argos's (`ARGOS_PACKAGE_INDEX`), the
packages folder is `--packages-dir`, else `ARGOS_PACKAGES_DIR`, else Argos's default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import RootOption, app, console, err_console, json_out
from l10n.cli.paths import input_file

models_app = typer.Typer(
    name="models",
    help="Argos Translate model packages: list, install (index or file), remove.",
    no_args_is_help=True,
)
app.add_typer(models_app, name="models")

PackagesDirOption = Annotated[
    Path | None,
    typer.Option("--packages-dir", help="Argos packages folder (default: ARGOS_PACKAGES_DIR or Argos's own)."),
]
FromArgument = Annotated[str, typer.Argument(help="Source language (ISO 639, e.g. en) or locale.")]
ToArgument = Annotated[
    str, typer.Argument(help="Target language (ISO 639, e.g. zh) or locale (pt_BR asks Argos for pb, then pt).")
]


def _describe(package) -> str:
    for warning in package.warnings:
        err_console.print(f"warning: {warning}", markup=False)
    return f"{package.describe}  {package.path}"


@models_app.command("list")
def list_models(
    root: RootOption = Path("."),
    packages_dir: PackagesDirOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")] = False,
) -> None:
    """List installed packages, one per line: direction, version, folder."""
    from l10n.mt.models import installed_packages, resolve_packages_dir

    packages = installed_packages(packages_dir=packages_dir)
    if as_json:
        import json

        rows = [
            {"from": p.from_code, "to": p.to_code, "version": p.package_version, "path": str(p.path)} for p in packages
        ]
        json_out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not packages:
        console.print(f"no argos models in {resolve_packages_dir(packages_dir)}", markup=False)
    for package in packages:
        console.print(_describe(package), markup=False, soft_wrap=True)


@models_app.command("install")
def install(
    source: FromArgument,
    target: ToArgument,
    root: RootOption = Path("."),
    packages_dir: PackagesDirOption = None,
    index: Annotated[
        str | None, typer.Option("--index", help="Package index URL (default: ARGOS_PACKAGE_INDEX or Argos's).")
    ] = None,
) -> None:
    """Download SOURCE→TARGET from the Argos package index and install it."""
    from l10n.mt.model_install import install_from_index

    package = install_from_index(source, target, packages_dir=packages_dir, index_url=index)
    console.print(f"installed {_describe(package)}", markup=False, soft_wrap=True)


@models_app.command("install-file")
def install_file(
    path: Annotated[Path, typer.Argument(help="A .argosmodel package file.")],
    root: RootOption = Path("."),
    packages_dir: PackagesDirOption = None,
) -> None:
    """Install a local .argosmodel file (replaces an installed package of the same direction)."""
    from l10n.mt.model_install import install_file as install_package_file

    package = install_package_file(input_file(path), packages_dir=packages_dir)
    console.print(f"installed {_describe(package)}", markup=False, soft_wrap=True)


@models_app.command("remove")
def remove(
    source: FromArgument, target: ToArgument, root: RootOption = Path("."), packages_dir: PackagesDirOption = None
) -> None:
    """Uninstall the SOURCE→TARGET package."""
    from l10n.mt.argos import clear_model_cache
    from l10n.mt.model_install import remove_package

    for package in remove_package(source, target, packages_dir=packages_dir):
        console.print(f"removed {_describe(package)}", markup=False, soft_wrap=True)
    clear_model_cache()
