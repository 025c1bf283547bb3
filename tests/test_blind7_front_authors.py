"""A front matter's author as the names it gives (blind7: OpenTelemetry's and the Canadian Digital
Service's posts), on minimal inputs: Markdown in the value is read as its site renders it, a
semicolon parts credits, and a spaced dash puts a role or body after the names."""

from __future__ import annotations

import pytest

from l10n.ingest.markdown import ingest_markdown


def author_of(value: str) -> str:
    text = f"---\ntitle: A post\nauthor: {value}\n---\n\nA paragraph of the post.\n"
    return ingest_markdown(text, source_path="post.md").author


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("'[Ann Lee](https://github.com/annlee) (Acme)'", "Ann Lee"),
        (">-\n  [The Example Community](https://github.com/example)", "The Example Community"),
        ("'[Ann Lee](https://a.example/), [Bo Li](https://b.example/)'", "Ann Lee, Bo Li"),
        ("'**Ann Lee**'", "Ann Lee"),
    ],
)
def test_markdown_in_the_author_is_read_as_its_site_prints_it(value: str, names: str) -> None:
    assert author_of(value) == names


def test_the_byline_keeps_no_link_syntax_through_the_chain() -> None:
    text = "---\ntitle: A post\nauthor: '[Ann Lee](https://github.com/annlee)'\n---\n\nBody.\n"
    document = ingest_markdown(text, source_path="post.md")
    assert "[" not in document.author and "](" not in document.author and "https" not in document.author


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("'Ann Lee, Director - Alert; Bo Li and Cy Ng - Advisory Council'", "Ann Lee, Bo Li, Cy Ng"),
        ("'Ann Lee, directrice – Alerte; Bo Li et Cy Ng – Conseil consultatif'", "Ann Lee, Bo Li, Cy Ng"),
        ("'Ann Lee — The Example Times'", "Ann Lee"),
        ("'Ann Lee; Ann Lee'", "Ann Lee"),
    ],
)
def test_credits_part_at_semicolons_and_a_role_follows_a_spaced_dash(value: str, names: str) -> None:
    assert author_of(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Jean-François Gagné and Anne-Marie Mulumba", "Jean-François Gagné, Anne-Marie Mulumba"),  # unspaced
        ("Roland Shoemaker and Filippo Valsorda", "Roland Shoemaker, Filippo Valsorda"),
        ("The Rust Release Team", "The Rust Release Team"),
        ("Ann Lee-Smith", "Ann Lee-Smith"),
        ("'Ann Lee, on behalf of the Go team'", "Ann Lee"),
    ],
)
def test_near_misses_are_read_as_before(value: str, names: str) -> None:
    assert author_of(value) == names
