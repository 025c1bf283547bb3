"""The PO writer lays files out as GNU gettext does (l10n/catalog/po_render.py).

gettext is the reference: what we write goes through the real `msgcat` (and `msgmerge` with an
unchanged template) and must come back byte for byte — on every committed catalog, on catalogs
the pipeline writes from the test articles, on hand-made tricky entries (CJK, long URLs, escapes,
plurals, `#|` lines, obsolete entries, long references) and on random entries from hypothesis.
polib must also read every file back to the same entries.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from catalog_support import make_catalogs, seed_units, tricky_units
from conftest import DATA, REPO, SEED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.assembly import parse_document
from l10n.catalog import linebreak
from l10n.catalog.po import apply_suggestions, load_catalog, render_catalog
from l10n.extract import extract_units
from l10n.model import Suggestion

MSGCAT, MSGMERGE = shutil.which("msgcat"), shutil.which("msgmerge")
pytestmark = pytest.mark.skipif(not (MSGCAT and MSGMERGE and linebreak.exact()), reason="needs gettext + libunistring")


def msgcat(path: Path) -> str:
    done = subprocess.run([MSGCAT, str(path)], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


def assert_gettext_keeps(text: str, folder: Path, name: str = "x.po") -> None:
    """`text` survives msgcat unchanged, and polib reads the same entries from both."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert msgcat(path) == text


def test_every_committed_catalog_is_gettext_layout(tmp_path: Path) -> None:
    catalogs = sorted((REPO / "locales").rglob("*.po")) + sorted((REPO / "locales").glob("*.pot"))
    assert len(catalogs) >= 11
    for number, path in enumerate(catalogs):
        text = path.read_text(encoding="utf-8")
        assert render_catalog(load_catalog(path)) == text, path
        assert_gettext_keeps(text, tmp_path, f"{number}.po")


def test_catalogs_of_every_test_article_survive_msgcat_and_msgmerge(tmp_path: Path) -> None:
    articles = [SEED, *sorted(p for p in (DATA / "articles").iterdir() if "latin1" not in p.name)]
    for number, article in enumerate(articles):
        units = extract_units(parse_document(article), reference_path=f"seeds/{article.name}")
        pot, po, _ = make_catalogs(tmp_path / str(number), units, locale="zh_CN")
        for path in (pot, po):
            text = path.read_text(encoding="utf-8")
            assert msgcat(path) == text, path
        merged = subprocess.run(
            [MSGMERGE, "--previous", "-q", "-o", "-", str(po), str(pot)],
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert merged.stdout == po.read_text(encoding="utf-8"), article


def test_machine_suggestions_with_long_provenance_survive_msgcat(tmp_path: Path) -> None:
    units = seed_units() + tricky_units()
    _, po, _ = make_catalogs(tmp_path, units)
    long_provenance = "argos en->de 1.9 " + "with a very long model description " * 4
    apply_suggestions(
        po,
        [
            Suggestion(
                msgctxt=u.msgctxt, msgid=u.msgid, msgstr=u.msgid.upper(), origin="mt", provenance=long_provenance
            )
            for u in units[::3]
        ],
    )
    assert any(entry.fuzzy for entry in load_catalog(po))
    assert msgcat(po) == po.read_text(encoding="utf-8")


def catalog_of(*entries: polib.POEntry) -> polib.POFile:
    catalog = polib.POFile(wrapwidth=79)
    catalog.header = "Title line\n\n, flags-like line\n: colon line"
    catalog.metadata = {
        "Project-Id-Version": "x",
        "Language": "ar",
        "Content-Type": "text/plain; charset=UTF-8",
        "Plural-Forms": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=11 && n%100<=99 ? 4 : 5);",
        "X-Alpha": 'a "quoted" \\ value',
    }
    for entry in entries:
        catalog.append(entry)
    return catalog


ZH = "尽管受到新冠肺炎疫情影响，今年仍有上海医药、宝济、国盛、Thalys和DiaSorin等国内外龙头企业签约在园区建设基地，总投资超过{money_1}（{money_2}）。"
JA = "上海市宝山区は「バイオ医薬」を重点産業として、２０２０年までに１００億元を投資する計画を発表しました。"
KO = "바오산구는 바이오의약 산업을 핵심 기둥 산업으로 육성하기 위해 올해 100억 위안 이상을 투자할 계획이라고 밝혔다."
AR = "أصبحت صناعة الطب الحيوي ركيزة أساسية لمنطقة باوشان، حيث تجاوز إجمالي الاستثمار {money_1} هذا العام في المنطقة."
URL = "Read https://www.shine.cn/news/metro/2011286149/?utm_source=newsletter&utm_medium=email&utm_campaign=biomedical-park-opens for details."
TRICKY = [
    {"msgid": "a" * 200, "msgstr": ""},
    {"msgid": URL, "msgstr": URL.replace("Read", "Lesen Sie"), "flags": ["fuzzy"]},
    {"msgid": "well-known long-standing 700-year-old self-made co-operation " * 3, "msgstr": ZH},
    {"msgid": "an em—dash between—words and a – spaced one " * 3, "msgstr": JA},
    {"msgid": '"' * 10 + "a" * 70, "msgstr": KO},
    {"msgid": 'quotes "here" and \\backslashes\\ and\ttabs ' * 4, "msgstr": AR},
    {
        "msgid": "ends with a newline that is preceded by a long run of words to wrap near the end\n",
        "msgstr": "endet mit einer neuen Zeile, der eine lange Folge von Wörtern vorausgeht, nahe am Ende\n",
    },
    {"msgid": "two\nlines and a much longer second line that would need wrapping if it were alone " * 2, "msgstr": ""},
    {"msgid": "line\u2028separator, zero\u200bwidth and \x0bvertical tab in one string", "msgstr": ""},
    {"msgid": "no\u00a0break\u00a0spaces " * 8, "msgstr": "不换行空格" * 20},
    {"msgid": "x", "msgctxt": "a long context " * 8, "msgstr": ""},
    {"msgid": "x1", "comment": "placeholder: " + "very long description " * 5, "msgstr": ""},
    {"msgid": "x2", "tcomment": "mt: argos\n\nreviewed", "flags": ["python-brace-format", "fuzzy"], "msgstr": "y"},
    {"msgid": "x3", "occurrences": [(f"seeds/article-{n}.txt", str(n)) for n in range(30)], "msgstr": ""},
    {
        "msgid": "x4",
        "occurrences": [("seeds/" + "long-folder-name/" * 6 + "article.txt", "12"), ("b.txt", "")],
        "msgstr": "",
    },
    {"msgid": "x5", "occurrences": [("seeds/北京-上海-报道-" * 3 + ".txt", "7"), ("seeds/a.txt", "1")], "msgstr": ""},
    {
        "msgid": "x6 new text of a sentence that changed",
        "previous_msgid": "old " * 30 + ZH,
        "previous_msgctxt": "c",
        "flags": ["fuzzy"],
        "msgstr": "y",
    },
    {
        "msgid": "{number_1} day",
        "msgid_plural": "{number_1} days",
        "msgstr_plural": {i: f"{ZH} {i}" for i in range(6)},
        "flags": ["python-brace-format"],
    },
    {
        "msgid": "obsolete one " * 10,
        "msgstr": ZH,
        "obsolete": True,
        "tcomment": "kept",
        "flags": ["fuzzy"],
        "previous_msgid": "older " * 20,
    },
    {"msgid": "no wrap here " * 10, "msgstr": "", "flags": ["no-wrap"]},
    {"msgid": "{a_1}Link{a_1_end}: " + "{b_1}" * 30, "msgstr": "", "flags": ["python-brace-format"]},
    {"msgid": "emoji 🎉🎉 and combining e\u0301 letters " * 4, "msgstr": "表情🎉" * 30},
]


@pytest.mark.parametrize("fields", TRICKY, ids=range(len(TRICKY)))
def test_tricky_entries_survive_msgcat(tmp_path: Path, fields: dict) -> None:
    catalog = catalog_of(polib.POEntry(**fields))
    text = render_catalog(catalog)
    assert_gettext_keeps(text, tmp_path)
    back = polib.pofile(str(tmp_path / "x.po"))
    assert [(e.msgid, e.msgstr, e.msgstr_plural, e.obsolete) for e in back] == [
        (e.msgid, e.msgstr, e.msgstr_plural, e.obsolete) for e in catalog
    ]


def test_all_tricky_entries_in_one_catalog_survive_msgcat(tmp_path: Path) -> None:
    assert_gettext_keeps(render_catalog(catalog_of(*(polib.POEntry(**fields) for fields in TRICKY))), tmp_path)


def pieces(*words: str, max_size: int) -> st.SearchStrategy[str]:
    """Text glued from characters and words (escapes, hyphens, CJK, punctuation, URLs)."""
    return st.lists(st.sampled_from(words), max_size=max_size).map("".join)


TEXT = pieces(
    *"ab -—\\\"\t\n\u00a0中文。，（）「」.,?!'&/",
    "word",
    "x-y",
    "--",
    "https://a.example/b?c=d&e=f",
    "{money_1}",
    "  ",
    "長い日本語の文",
    "\U0001f600",
    "\u200b",
    "e\u0301",
    "مرحبا بالعالم",
    "\u00ad",
    "ภาษาไทย",
    "\u2028",
    "\r",
    "１２３",
    "\u202e",
    "\ufeff",
    "\u3000",
    "\u2014\u2014",
    "a/b/c/d/e/f",
    max_size=70,
)


@st.composite
def entries(draw) -> polib.POEntry:
    msgid = draw(TEXT)
    return polib.POEntry(
        msgid=msgid or "x",
        msgstr=draw(TEXT),
        msgctxt=draw(st.none() | TEXT),
        comment=draw(pieces(*"ab -中", "word", max_size=30)),
        occurrences=draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["a.txt", "seeds/b-c.txt", "seeds/" + "d" * 60 + ".md"]),
                    st.sampled_from(["", "1", "123"]),
                ),
                max_size=8,
                unique=True,
            )
        ),
        flags=draw(st.lists(st.sampled_from(["fuzzy", "python-brace-format"]), max_size=2, unique=True)),
        previous_msgid=draw(st.none() | TEXT.filter(bool)),
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(st.lists(entries(), min_size=1, max_size=25))
def test_random_catalogs_survive_msgcat(tmp_path: Path, drawn: list[polib.POEntry]) -> None:
    unique = {(e.msgctxt, e.msgid): e for e in drawn}  # gettext refuses duplicate entries
    for entry in unique.values():
        if entry.previous_msgid is not None and "fuzzy" not in entry.flags:
            entry.previous_msgid = None  # msgcat keeps `#|` on fuzzy entries only
        if not entry.msgstr and "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")  # and drops the flag of an untranslated entry
    assert_gettext_keeps(render_catalog(catalog_of(*unique.values())), tmp_path)


def test_cut_matches_gettext_without_libunistring_only_approximately() -> None:
    """The fallback is valid (pieces join back) and keeps lines within the width when it can."""
    text = ZH * 3 + " and some words in English " * 5 + JA
    pieces_ = linebreak._cut_fallback(text, width=77, start_column=0, keep_last_escape=False)
    assert "".join(pieces_) == text
    assert len(pieces_) > 4
    assert all(sum(linebreak.columns(c) for c in piece.rstrip(" ")) <= 77 for piece in pieces_)
