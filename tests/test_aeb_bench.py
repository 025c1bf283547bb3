"""bench/aeb.py's scoring on two small inputs written here (not the benchmark's pages): which
ground-truth paragraphs count as lost, and how the blocks the ground truth lacks are sorted."""

from __future__ import annotations

from conftest import bench_module

TRUTH = (
    "The council voted on Monday to reopen the harbour after the storm.\n"
    "\n"
    'Ferries will run again from Friday , the mayor said, "weather permitting."\n'
    "Short line here.\n"
    "Repairs to the pier will cost about two million euros over the year.\n"
)


def test_lost_counts_long_paragraphs_missing_whatever_the_spacing_and_quotes() -> None:
    aeb = bench_module("aeb")
    blocks = [
        aeb.Block("Harbour reopens", "headline"),
        aeb.Block("The council voted on Monday to reopen\nthe harbour after the storm."),
        aeb.Block("Ferries will run again from Friday, the mayor said, \u201cweather permitting.\u201d"),
    ]
    lost, counted = aeb.lost_paragraphs(TRUTH, blocks)
    assert counted == 3  # "Short line here." has under 6 words
    assert lost == ["Repairs to the pier will cost about two million euros over the year."]
    lost, _ = aeb.lost_paragraphs(TRUTH, [*blocks, aeb.Block("Repairs to the pier will cost about two million")])
    assert lost == ["Repairs to the pier will cost about two million euros over the year."]  # a part is not enough


def test_extra_sorts_blocks_before_the_body_in_title_roles_and_after() -> None:
    aeb = bench_module("aeb")
    blocks = [
        aeb.Block("Harbour reopens after the long storm", "headline"),
        aeb.Block("A town counts the cost of a week without boats", "summary"),
        aeb.Block("Home > News"),  # under 4 words: not counted
        aeb.Block("The council voted on Monday to reopen the harbour after the storm."),
        aeb.Block("The pier seen from the harbour wall on Sunday.", "caption"),
        aeb.Block("Sign up for our morning newsletter today"),
        aeb.Block("Repairs to the pier will cost about two million euros over the year."),
    ]
    extra = aeb.extra_blocks(TRUTH, blocks)
    assert extra.counted == 6
    assert extra.titles == ["Harbour reopens after the long storm", "The pier seen from the harbour wall on Sunday."]
    assert extra.above == ["A town counts the cost of a week without boats"]
    assert extra.body == ["Sign up for our morning newsletter today"]
    nothing_found = aeb.extra_blocks(TRUTH, [aeb.Block("Sign up for our morning newsletter today")])
    assert nothing_found.body == ["Sign up for our morning newsletter today"] and nothing_found.above == []


def test_trafilatura_marks_are_not_counted_as_extra() -> None:
    """trafilatura's text writes a list item as "- item" and a table row as "| a | b |": without
    its marks, an item and the cells the ground truth holds are no extra blocks."""
    aeb = bench_module("aeb")
    text = (
        "The council voted on Monday to reopen the harbour after the storm.\n"
        "- Ferries will run again from Friday, the mayor said\n"
        "| Repairs to the pier | two million euros | over the year |\n"
        "- Sign up for our morning newsletter today\n"
    )
    truth = TRUTH + "Repairs to the pier\ntwo million euros\nover the year\n"
    blocks = aeb.trafilatura_blocks(text)
    assert [block.text for block in blocks][2:5] == ["Repairs to the pier", "two million euros", "over the year"]
    assert aeb.extra_blocks(truth, blocks).body == ["Sign up for our morning newsletter today"]


def test_a_line_equal_to_a_title_block_of_ours_is_counted_with_the_titles() -> None:
    aeb = bench_module("aeb")
    blocks = [
        aeb.Block("The council voted on Monday to reopen the harbour after the storm."),
        aeb.Block("The pier seen from the harbour wall on Sunday."),
    ]
    titles = frozenset({aeb.compact("The pier seen from the harbour wall on Sunday.")})
    extra = aeb.extra_blocks(TRUTH, blocks, titles)
    assert extra.titles == ["The pier seen from the harbour wall on Sunday."] and extra.body == []


def test_pages_stored_for_the_benchmark_rules_stay_out_of_the_bench_corpus() -> None:
    """The benchmark's pages stored unlabelled in tests/data/realworld for session 19's rules are
    not read by bench/corpus.py, whose figures stay comparable with earlier sessions' (review A7)."""
    read = {path.name for path in bench_module("corpus").source_files()}
    for name in ("beachbodyondemand-com-gameday.html", "bigbrandsystem-com-focus.html", "foxnews-com-braun.html"):
        assert name not in read
    assert "bbc-com-52241221.html" in read  # a labelled page of the rules split still is
