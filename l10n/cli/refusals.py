"""The articles a batch command skipped (`extraction.Refused`): each said on one line as it
happens, and the command failing at its end with one line counting them.

A nightly batch over thousands of articles goes on past one it cannot read (an empty file, a
control character, a template with no units for a reviewed catalog): every other article's
catalogs and editions are made, the refused one's are left as they were, and the exit status
still tells the scheduler something needs a person (2, as for any refused input)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.cli.common import err_console
from l10n.errors import ProjectError
from l10n.terminal import one_line

if TYPE_CHECKING:
    from l10n.extraction import Refused


class Refusals:
    """The `on_refused` of a batch (`pipeline.extract_articles`, `extraction.update_catalogs`):
    prints each refusal as `error: PATH:LINE: …` on stderr and keeps its domain."""

    def __init__(self) -> None:
        self.domains: dict[str, str] = {}

    def __call__(self, refused: Refused) -> None:
        err_console.print(f"error: {one_line(refused.message)}", markup=False, highlight=False, soft_wrap=True)
        self.domains.setdefault(refused.domain, refused.message)

    @property
    def count(self) -> int:
        """Articles refused so far (not `__len__`: an empty reporter is still one, not None)."""
        return len(self.domains)

    def kept(self, domains: list[str]) -> list[str]:
        """`domains` without the refused ones: later stages leave those as they were."""
        return [domain for domain in domains if domain not in self.domains]

    def fail_if_any(self, total: int) -> None:
        """The batch's closing error (exit 2) when it refused any article; a batch of one article
        has said all in that article's own line (one line for one bad input), so it only exits 2."""
        if self.domains and max(total, len(self.domains)) == 1:
            raise SystemExit(2)
        if self.domains:
            count = len(self.domains)
            raise ProjectError(
                f"{count:,} of {max(total, count):,} article{'' if total == 1 else 's'} refused; see above"
            )
