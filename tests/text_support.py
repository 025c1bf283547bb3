"""Pages copied as text that the plain-text tests read (test_releases33_chrome, test_releases35_fields,
test_text34_page_lines, test_text36_broken_lead): one block a line, and a charged story's two paragraphs."""

from __future__ import annotations

LEAD = (
    "The county's prosecutor today charged two men with running a title fraud scheme that cost "
    "buyers more than three million dollars over four years."
)
SECOND = "Both men were arrested on Monday and are held on bail of $50,000 each, the office said."


def page(*lines: str) -> str:
    """A page copied as text: one block a line, no blank line between (a line longer than a wrap)."""
    return "\n".join(lines) + "\n"
