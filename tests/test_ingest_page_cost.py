"""Bounded cost on whole pages: the work of reading one grows with the page, not faster.

holdout10's blind run timed almadenahnews's page at 12 s against trafilatura's 87 ms. Nothing of
ours was slow there: it was the first page of the run, and its dateline ("تم نشره الجمعة 24
نيسان / أبريل 2020") is the first string htmldate hands to dateparser, which then compiles the
patterns of every locale it knows (about 1.4 s of CPU, once per process; trafilatura alone pays
the same when it goes first). `bench/pages.py` now makes each side's scored call before timing.
What a test can hold is the shape: a page of the same make (a story, a related list, a comment
thread whose every comment carries such a dateline) at 2× and 4× the size costs about 2× and 4×
the work — counted in Python function calls (cProfile's count, the same on any machine), not timed.
It caught one: reading the page's `<time>`s while skipping those in a list of dated items first
counted each comment's siblings again for every comment (2.4×, 2.7×, 3.1× per doubling; now 2.0×).
"""

from __future__ import annotations

import cProfile
import pstats

from l10n.ingest.html import ingest_html


def generated_page(n: int) -> str:
    """A full page with `n` story paragraphs, `n` related links and `n` dated comments."""
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story says that the council met on Tuesday and voted {i} to {n}.</p>"
        for i in range(n)
    )
    related = "".join(
        f'<li><a href="/news/{i}">Another story number {i} about something else</a></li>' for i in range(n)
    )
    comments = "".join(
        f'<div class="comment"><span class="author">Reader {i}</span><p>I think comment {i} is right.</p>'
        f"<time datetime='2020-04-{i % 28 + 1:02d}T21:22:00'>تم نشره الجمعة {i % 28 + 1} نيسان / أبريل 2020 09:22 مساءً</time></div>"
        for i in range(n)
    )
    return (
        '<html lang="ar"><head><title>Council vote | Site</title><meta property="og:site_name" content="Site">'
        '</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>'
        f'<article><h1>Council vote</h1><p class="byline">By Jane Roe</p>{paragraphs}</article>'
        f'<aside><h2>Related</h2><ul>{related}</ul></aside><section class="comments">{comments}</section>'
        "<footer>© Site</footer></body></html>"
    )


def counted_calls(html: str) -> tuple[int, int]:
    """(Python function calls, blocks) of reading `html` as a page."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        document = ingest_html(html, source_path="generated.html")
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls, len(document.blocks)  # type: ignore[attr-defined]


def test_reading_a_page_grows_linearly_with_its_size() -> None:
    ingest_html(generated_page(50), source_path="warm.html")  # first-call costs (dateparser's locales) once
    calls = {}
    for n in (60, 120, 240):
        calls[n], blocks = counted_calls(generated_page(n))
        assert blocks == n + 2  # the headline, the byline and the story: the lists and comments are not units
    assert 1.7 * calls[60] <= calls[120] <= 2.3 * calls[60]  # the page's work is counted, and grows with it
    assert calls[240] <= 2.3 * calls[120]
