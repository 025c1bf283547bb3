"""The articles a batch command skipped (`extraction.Refused`): each said on one line as it
happens, and the command failing at its end with one line counting them.

A nightly batch over thousands of articles goes on past one it cannot read (an empty file, a
control character, a template with no units for a reviewed catalog): every other article's
catalogs and editions are made, the refused one's are left as they were, and the exit status
still tells the scheduler something needs a person (2, as for any refused input)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from l10n.cli.common import err_console
from l10n.errors import CatalogError, ProjectError
from l10n.terminal import one_line

if TYPE_CHECKING:
    from l10n.extraction import Refused

T = TypeVar("T")


class Refusals:
    """The `on_refused` of a batch (`pipeline.extract_articles`, `extraction.update_catalogs`):
    prints each refusal as `error: PATH:LINE: …` on stderr and keeps its domain, but for an
    article refused because another holds its domain (`Refused.taken`): that one goes on, and
    the refused article is counted alone."""

    def __init__(self) -> None:
        self.domains: dict[str, str] = {}
        self.taken = 0

    def __call__(self, refused: Refused) -> None:
        err_console.print(f"error: {one_line(refused.message)}", markup=False, highlight=False, soft_wrap=True)
        if refused.taken:
            self.taken += 1
        else:
            self.domains.setdefault(refused.domain, refused.message)

    @property
    def count(self) -> int:
        """Articles refused so far (not `__len__`: an empty reporter is still one, not None)."""
        return len(self.domains) + self.taken

    def kept(self, domains: list[str]) -> list[str]:
        """`domains` without the refused ones: later stages leave those as they were."""
        return [domain for domain in domains if domain not in self.domains]

    def fail_if_any(self, total: int) -> None:
        """The batch's closing error (exit 2) when it refused any article; a batch of one article
        has said all in that article's own line (one line for one bad input), so it only exits 2."""
        if self.count and max(total, self.count) == 1:
            raise SystemExit(2)
        if self.count:
            count = self.count
            raise ProjectError(
                f"{count:,} of {max(total, count):,} article{'' if total == 1 else 's'} refused; see above"
            )


def refusing(refusals: Refusals, project, domains: Sequence[str], attempt: Callable[[list[str]], T]) -> T:
    """`attempt(domains)` going on past a damaged catalog (a PO or template cut mid-entry, as a
    full disk or a killed copy leaves it): the `CatalogError` naming a catalog of one of
    `domains` refuses that article (`refusals`: one line naming file and line) and `attempt`
    runs again on the others, until it finishes or fails on anything else, which is raised.
    What an attempt finished is up to date by its stamps, so a refusal costs a pass of stats.
    Articles refused already (by an earlier stage of `run`) are left out from the start."""
    while True:
        try:
            return attempt(refusals.kept(list(domains)))
        except CatalogError as error:
            damaged = damaged_domain(error, project, domains, refusals)
            if damaged is None:
                raise
            from l10n.extraction import Refused  # here: a run with no damaged catalog needs none of extract's module

            refusals(Refused(damaged, str(error)))


def damaged_domain(error: CatalogError, project, domains: Sequence[str], refusals: Refusals) -> str | None:
    """The article of `domains`, not refused yet, whose template (`locales/D.pot`) or catalog in
    any locale (`locales/L/LC_MESSAGES/D.po`: zh_TW is derived from zh_CN's) `error` names by
    its file as given (`L10nError.file`, not the path as printed, which depends on the roots
    the process was told); None when it names no such file (a refused one again would loop)."""
    if error.file is None:
        return None
    folder, name = os.path.split(os.path.abspath(error.file))
    locales = os.path.abspath(project.locales_dir)
    stem, extension = os.path.splitext(name)
    if extension == ".pot" and folder == locales:
        domain = stem
    elif (
        extension == ".po"
        and os.path.basename(folder) == "LC_MESSAGES"
        and os.path.dirname(os.path.dirname(folder)) == locales
    ):
        domain = stem
    else:
        return None
    return domain if domain in domains and domain not in refusals.domains else None


def command_refusals() -> Refusals:
    """The `Refusals` of a command that reads catalogs: `run`'s (`state.refusals`), which closes
    the batch itself at its end, or the command's own (`close_refusals`)."""
    from l10n.cli.common import state

    return state.refusals if state.refusals is not None else Refusals()


def close_refusals(refusals: Refusals, total: int) -> None:
    """A command's end: its own refusals fail it (`fail_if_any`); `run`'s wait for `run`'s end."""
    from l10n.cli.common import state

    if refusals is not state.refusals:
        refusals.fail_if_any(total)
