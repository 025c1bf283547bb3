"""XLIFF import never loses human work (l10n/catalog/xliff_import.py; issue 12 #2 and #7).

Files are exported by `export_xliff`, then edited the way CAT tools and people edit them: by
rewriting a unit's target and state (`edit`), or in the XML itself (`edit_xml`).
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import polib
import pytest
from catalog_support import MSGFMT, make_catalogs, msgfmt_check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.catalog import xliff12, xliff20
from l10n.catalog.po import apply_suggestions, mark_reviewed, read_translations, set_fuzzy
from l10n.catalog.xliff import XliffState, export_xliff, read_xliff
from l10n.catalog.xliff_import import import_xliff
from l10n.cli import main
from l10n.errors import CatalogError
from l10n.model import Reference, Suggestion, Unit

YEARS = Unit(
    msgid="a more than {number_1}-year-old town",
    comments=["number_1: 700 = 700"],
    references=[Reference("seeds/a.txt", 3)],
)
CREDIT = Unit(msgid="Ti Gong", msgctxt="credit")
LINK = Unit(msgid="See {a_1}{money_1}{a_1_end} in total.", comments=["money_1: 10 billion yuan = CNY 10000000000"])
UNITS = [YEARS, CREDIT, LINK]
TRANSLATION = {YEARS.msgid: "一座{number_1}年古镇", CREDIT.msgid: "Ti Gong", LINK.msgid: "共{a_1}{money_1}{a_1_end}。"}
MACHINE = {YEARS.msgid: "超过{number_1}年的镇", CREDIT.msgid: "提供", LINK.msgid: "见{a_1}{money_1}{a_1_end}。"}


def machine(po: Path, *units: Unit) -> None:
    apply_suggestions(po, [Suggestion(u.msgctxt, u.msgid, MACHINE[u.msgid], "mt", "argos en->zh 1.9") for u in units])


def human(po: Path, unit: Unit, text: str, *, fuzzy: bool = False) -> None:
    catalog = polib.pofile(str(po))
    entry = catalog.find(unit.msgid, msgctxt=unit.msgctxt)
    entry.msgstr = text
    set_fuzzy(entry, fuzzy)
    catalog.save()


def state_of(po: Path, unit: Unit) -> tuple[str, bool]:
    got = read_translations(po)[(unit.msgctxt, unit.msgid)]
    return got.msgstr, got.fuzzy


def edit(path: Path, unit: Unit, *, target: str, state: XliffState) -> None:
    """A CAT tool's edit of one unit: new target text and state, everything else as it was."""
    version, document = read_xliff(path)
    for item in document.units:
        if item.id == unit.id:
            item.target, item.state = target, state
    path.write_bytes((xliff12 if version == "1.2" else xliff20).serialize(document))


def edit_xml(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def catalog(tmp_path: Path):
    _, po, locale = make_catalogs(tmp_path, UNITS, locale="zh_CN")
    return po, locale


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_an_export_from_before_a_review_never_brings_the_machine_text_back(
    catalog, tmp_path: Path, version: str
) -> None:
    po, locale = catalog
    machine(po, YEARS, LINK)
    out = tmp_path / "old.xlf"
    export_xliff(po, out, locale=locale, version=version)
    human(po, YEARS, TRANSLATION[YEARS.msgid])  # the translator reviews in Poedit meanwhile
    mark_reviewed(po, [(LINK.msgctxt, LINK.msgid)])
    edit(out, LINK, target="见{a_1}{money_1}{a_1_end}！", state="fuzzy")  # and someone edits the old file
    before = po.read_bytes()
    report = import_xliff(out, po)
    assert po.read_bytes() == before
    assert state_of(po, YEARS) == (TRANSLATION[YEARS.msgid], False)
    assert state_of(po, LINK) == (MACHINE[LINK.msgid], False)
    outcomes = {u.unit: u.outcome for u in report.units}
    assert outcomes[YEARS.id] == "unchanged" and outcomes[LINK.id] == "conflict"
    assert report.changed == 0 and report.problems == 1
    [line] = report.lines()
    assert re.fullmatch(rf"{re.escape(str(out))}:\d+: unit {LINK.id}: conflict: .*kept the PO", line)


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_an_empty_or_missing_target_never_clears_a_translation(catalog, tmp_path: Path, version: str) -> None:
    po, locale = catalog
    human(po, YEARS, TRANSLATION[YEARS.msgid])
    human(po, CREDIT, TRANSLATION[CREDIT.msgid])
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    edit(out, YEARS, target="", state="new")
    if version == "1.2":
        edit_xml(out, '<target state="translated" xml:space="preserve">Ti Gong</target>', "")
    else:
        edit_xml(out, '<target xml:space="preserve">Ti Gong</target>', "")
    report = import_xliff(out, po)
    assert state_of(po, YEARS) == (TRANSLATION[YEARS.msgid], False)
    assert state_of(po, CREDIT) == ("Ti Gong", False)
    assert {u.unit: u.outcome for u in report.units if u.outcome != "unchanged"} == {
        YEARS.id: "kept",
        CREDIT.id: "kept",
    }
    assert report.problems == 0


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_copy_source_that_stripped_placeholders_is_fuzzy_or_refused(catalog, tmp_path: Path, version: str) -> None:
    po, locale = catalog
    human(po, LINK, TRANSLATION[LINK.msgid])
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    edit(out, YEARS, target="一座年古镇", state="translated")  # codes lost: into an empty entry
    edit(out, LINK, target="共。", state="translated")  # over a reviewed one
    report = import_xliff(out, po)
    assert state_of(po, YEARS) == ("一座年古镇", True), "kept for repair, but fuzzy"
    assert state_of(po, LINK) == (TRANSLATION[LINK.msgid], False)
    reasons = {u.unit: (u.outcome, u.reason) for u in report.units}
    assert reasons[YEARS.id] == ("fuzzied", "placeholders differ from the source: missing {number_1}")
    assert reasons[LINK.id][0] == "refused" and "missing {a_1} {money_1} {a_1_end}" in reasons[LINK.id][1]
    msgfmt_check(po)


@pytest.mark.parametrize(
    ("version", "old", "new"),
    [
        (
            "1.2",
            '<ph id="number_1" ctype="x-number" equiv-text="{number_1}">{number_1}</ph>年古镇',
            "<ph id='number_1\"}{__class__'>x</ph>年古镇",
        ),
        (
            "2.0",
            '<ph id="number_1" equiv="{number_1}" disp="700"/>年古镇',
            '<ph id="x" equiv="{number_1&quot;}{__class__}"/>年古镇',
        ),
        (
            "2.0",
            '<ph id="number_1" equiv="{number_1}" disp="700"/>年古镇',
            '<ph id="number_2" equiv="{number_2}"/>年古镇',
        ),
    ],
    ids=["1.2-crafted-id", "2.0-crafted-equiv", "2.0-renamed"],
)
def test_placeholder_ids_the_source_does_not_have_never_reach_the_po(
    catalog, tmp_path: Path, version: str, old: str, new: str
) -> None:
    po, locale = catalog
    human(po, YEARS, TRANSLATION[YEARS.msgid])
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    edit_xml(out, old, new)
    edit(out, CREDIT, target="提供", state="translated")  # the rest of the file still imports
    report = import_xliff(out, po)
    text = po.read_text(encoding="utf-8")
    assert "__class__" not in text and "number_2" not in text
    assert state_of(po, YEARS) == (TRANSLATION[YEARS.msgid], False)
    assert state_of(po, CREDIT) == ("提供", False)
    assert {u.unit: u.outcome for u in report.units if u.outcome != "unchanged"} == {
        YEARS.id: "refused",
        CREDIT.id: "updated",
    }


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_file_for_another_language_is_refused_whole(catalog, tmp_path: Path, version: str) -> None:
    po, locale = catalog
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    edit(out, CREDIT, target="Ti Gong (Bild)", state="translated")
    attribute = "target-language" if version == "1.2" else "trgLang"
    edit_xml(out, f'{attribute}="zh-CN"', f'{attribute}="de"')
    before = po.read_bytes()
    with pytest.raises(CatalogError) as caught:
        import_xliff(out, po)
    assert str(caught.value) == f"{out}: target language 'de' is not the catalog's locale zh_CN ({po})"
    assert po.read_bytes() == before
    edit_xml(out, f'{attribute}="de"', f'{attribute}="zh-Hans-CN"')  # the same locale, script spelled out
    assert import_xliff(out, po).changed == 1


def test_a_unit_twice_in_the_file_is_refused_whole(catalog, tmp_path: Path) -> None:
    po, locale = catalog
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="2.0")
    text = out.read_text(encoding="utf-8")
    unit = re.search(rf'<unit id="{CREDIT.id}">.*?</unit>', text, re.S).group(0)
    out.write_text(text.replace(unit, unit + unit), encoding="utf-8")
    with pytest.raises(CatalogError, match="unit id appears twice") as caught:
        import_xliff(out, po)
    assert caught.value.unit == CREDIT.id and caught.value.line


def test_a_file_without_export_bases_fills_empty_units_but_never_replaces_reviewed_ones(
    catalog, tmp_path: Path
) -> None:
    po, locale = catalog
    human(po, CREDIT, "Ti Gong")
    out = tmp_path / "foreign.xlf"
    export_xliff(po, out, locale=locale, version="1.2")
    text = re.sub(r"\s*<context context-type=\"x-l10n-base\">[0-9a-f]+</context>", "", out.read_text(encoding="utf-8"))
    out.write_text(text, encoding="utf-8")
    edit(out, CREDIT, target="提供：Ti Gong", state="translated")
    edit(out, YEARS, target=TRANSLATION[YEARS.msgid], state="translated")
    assert "x-l10n-base" not in out.read_text(encoding="utf-8")
    report = import_xliff(out, po)
    assert state_of(po, CREDIT) == ("Ti Gong", False)
    assert state_of(po, YEARS) == (TRANSLATION[YEARS.msgid], False)
    conflict = next(u for u in report.units if u.unit == CREDIT.id)
    assert (conflict.outcome, conflict.reason) == (
        "conflict",
        "the file has no export base and holds reviewed work; kept the PO",
    )


def test_a_translator_s_newer_confirmed_text_replaces_an_unchanged_reviewed_one(catalog, tmp_path: Path) -> None:
    po, locale = catalog
    human(po, CREDIT, "Ti Gong")
    machine(po, YEARS)
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="2.0")
    edit(out, CREDIT, target="图：Ti Gong", state="translated")
    edit(out, YEARS, target=TRANSLATION[YEARS.msgid], state="translated")
    report = import_xliff(out, po)
    assert state_of(po, CREDIT) == ("图：Ti Gong", False)
    assert state_of(po, YEARS) == (TRANSLATION[YEARS.msgid], False)
    assert "reviewed-from: mt: argos en->zh 1.9" in po.read_text(encoding="utf-8")
    assert report.counts["updated"] == 2
    assert import_xliff(out, po).changed == 0, "importing the same file again changes nothing"


def test_machine_units_are_exported_in_states_other_tools_count_as_not_done(catalog, tmp_path: Path) -> None:
    po, locale = catalog
    machine(po, YEARS)
    human(po, CREDIT, "Ti Gong")
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="2.0")
    text = out.read_text(encoding="utf-8")
    assert f'<unit id="{YEARS.id}">' in text
    assert '<segment state="initial" subState="l10n:mt">' in text and '<segment state="reviewed">' in text
    assert "translated" not in text
    export_xliff(po, out, locale=locale, version="1.2")
    assert (
        '<target state="needs-review-translation" state-qualifier="leveraged-mt" xml:space="preserve">'
        in out.read_text(encoding="utf-8")
    )


def test_2_0_files_from_before_the_state_change_still_read_as_fuzzy(catalog, tmp_path: Path) -> None:
    po, locale = catalog
    machine(po, YEARS)
    out = tmp_path / "legacy.xlf"
    export_xliff(po, out, locale=locale, version="2.0")
    edit_xml(out, 'state="initial" subState="l10n:mt"', 'state="translated" subState="l10n:fuzzy"')
    _, document = read_xliff(out)
    assert next(u for u in document.units if u.id == YEARS.id).state == "fuzzy"


def test_cli_reports_each_unit_and_fails_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "project"
    (root / "locales").mkdir(parents=True)
    _, po, locale = make_catalogs(root / "locales", UNITS, locale="zh_CN")
    human(po, CREDIT, "Ti Gong")
    out = root / "locales" / "zh_CN" / "article.xlf"
    assert main(["xliff", "export", "--locale", "zh_CN", "--xliff-version", "1.2", "--root", str(root)]) == 0
    human(po, CREDIT, "Ti Gong（图）")  # reviewed again in the PO after the export
    edit(out, CREDIT, target="图片：Ti Gong", state="translated")
    edit(out, YEARS, target=TRANSLATION[YEARS.msgid], state="translated")
    capsys.readouterr()
    assert main(["xliff", "import", str(out), "--root", str(root)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert (
        lines[-1]
        == "updated locales/zh_CN/LC_MESSAGES/article.po: 1 units changed (1 updated, 1 conflict, 1 unchanged)"
    )
    assert any(line.startswith(f"{out}:") and f"unit {YEARS.id}: updated" in line for line in lines)
    assert any(
        f"unit {CREDIT.id}: conflict: the PO entry changed since this file was exported" in line for line in lines
    )
    assert main(["xliff", "import", str(out), "--root", str(root), "--strict", "-q"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and "conflict" in lines[0] and "0 units changed" in lines[1]
    assert state_of(po, CREDIT) == ("Ti Gong（图）", False)


def test_cli_refuses_a_file_for_another_language_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "project"
    (root / "locales").mkdir(parents=True)
    _, po, _ = make_catalogs(root / "locales", UNITS, locale="zh_CN")
    out = root / "locales" / "zh_CN" / "article.xlf"
    assert main(["xliff", "export", "--locale", "zh_CN", "--xliff-version", "2.0", "--root", str(root)]) == 0
    edit(out, CREDIT, target="Bildnachweis", state="translated")
    edit_xml(out, 'trgLang="zh-CN"', 'trgLang="de"')
    edit_xml(out, f'<unit id="{YEARS.id}">', '<unit id="u1&#10;msgid &quot;x&quot;">')
    before = po.read_bytes()
    capsys.readouterr()
    assert main(["xliff", "import", str(out), "--root", str(root)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [err] and err.startswith(f"error: {out}: ") and "target language 'de'" in err
    assert po.read_bytes() == before
    edit_xml(out, 'trgLang="de"', 'trgLang="zh-CN"')
    edit_xml(out, "a more than <ph", "a much more than <ph")  # xliff46: an id not ours is matched by source
    assert main(["xliff", "import", str(out), "--root", str(root), "--strict"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [err] and "unit u1\\nmsgid" in err and "unmatched: no entry" in err
    assert state_of(po, CREDIT) == ("Bildnachweis", False)  # the units that match are written


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_cli_refuses_a_file_whose_original_names_a_catalog_not_there_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    """cleanup44: the error named only the catalog it looked for ("locales/zh_CN/LC_MESSAGES/gone.po: no such
    catalog file"), not the file whose `original` named it."""
    root = tmp_path / "project"
    (root / "locales").mkdir(parents=True)
    _, po, _ = make_catalogs(root / "locales", UNITS, locale="zh_CN")
    out = root / "locales" / "zh_CN" / "article.xlf"
    assert main(["xliff", "export", "--locale", "zh_CN", "--xliff-version", version, "--root", str(root)]) == 0
    edit_xml(out, 'original="zh_CN/LC_MESSAGES/article.po"', 'original="zh_CN/LC_MESSAGES/gone.po"')
    before = po.read_bytes()
    capsys.readouterr()
    assert main(["xliff", "import", str(out), "--root", str(root)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [err] and err.startswith(f"error: {out}: file original 'zh_CN/LC_MESSAGES/gone.po': ")
    assert err.endswith("no such catalog (" + str(root / "locales" / "zh_CN" / "LC_MESSAGES" / "gone.po") + ")"), err
    assert po.read_bytes() == before and not (root / "locales" / "zh_CN" / "LC_MESSAGES" / "gone.po").exists()


# ---------------------------------------------------------------- property: never lowers a reviewed unit

TARGETS = {
    "new text": lambda u: TRANSLATION[u.msgid] + "（新）",
    "machine text": lambda u: MACHINE[u.msgid],
    "empty": lambda u: "",
    "stripped": lambda u: re.sub(r"\{[a-z_0-9]+\}", "", TRANSLATION[u.msgid]) or "x",
    "crafted": lambda u: TRANSLATION[u.msgid] + '{number_1"}{__class__}',
}
PO_OPS = st.lists(
    st.tuples(st.sampled_from(["machine", "review", "po edit"]), st.sampled_from(UNITS), st.booleans()), max_size=3
)
TARGET_KINDS = st.sampled_from(["new text"] * 3 + sorted(TARGETS))  # mostly a translator's real work
FILE_EDITS = st.lists(
    st.tuples(st.sampled_from(UNITS), TARGET_KINDS, st.sampled_from(["fuzzy", "translated", "translated"])), max_size=3
)
ROUND = st.tuples(PO_OPS, st.sampled_from(["1.2", "2.0"]), PO_OPS, FILE_EDITS, st.booleans())


def translations(po: Path) -> dict[str, tuple[str, bool]]:
    return {u.id: state_of(po, u) for u in UNITS}


def apply_po_op(po: Path, kind: str, unit: Unit, fuzzy: bool) -> None:
    if kind == "machine":
        machine(po, unit)
    elif kind == "review":
        mark_reviewed(po, [(unit.msgctxt, unit.msgid)])
    else:
        human(po, unit, TRANSLATION[unit.msgid] + "（人）", fuzzy=fuzzy)


def import_and_check(po: Path, out: Path, base: dict, edited: dict) -> None:
    """The property: a unit reviewed before the import is reviewed after it, and its text changes
    only to a confirmed target a person set in the file, over a PO entry unchanged since export."""
    before = translations(po)
    compiled_before = msgfmt_passes(po)  # a person may have cleared fuzzy on a broken text (Poedit allows it)
    import_xliff(out, po)
    after = translations(po)
    for unit in UNITS:
        msgstr, fuzzy = before[unit.id]
        if not msgstr or fuzzy:
            continue
        now = after[unit.id]
        assert now[0] and not now[1], f"reviewed {unit.msgid!r} lowered to {now}"
        if now != before[unit.id]:
            assert before[unit.id] == base[unit.id], "the PO changed since export, yet the file won"
            assert edited.get(unit.id) == (now[0], "translated"), "only a confirmed edit made in the file"
    assert "__class__" not in po.read_text(encoding="utf-8")
    if compiled_before:
        msgfmt_check(po)


def msgfmt_passes(po: Path) -> bool:
    return subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(po)], capture_output=True).returncode == 0


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rounds=st.lists(ROUND, min_size=1, max_size=3))
def test_import_never_lowers_a_reviewed_unit(rounds: list[tuple]) -> None:
    """Rounds of: PO work, export, more PO work (a review in Poedit…), CAT-tool edits of the file,
    import; sometimes the first round's file is imported again at the end of a later round."""
    with tempfile.TemporaryDirectory() as folder:
        _, po, locale = make_catalogs(Path(folder), UNITS, locale="zh_CN")
        exports: list[tuple[Path, dict, dict]] = []  # file, PO state it was exported from, edits made in it
        for number, (before_ops, version, after_ops, file_edits, reimport_first) in enumerate(rounds):
            for op in before_ops:
                apply_po_op(po, *op)
            out = Path(folder) / f"export{number}.xlf"
            export_xliff(po, out, locale=locale, version=version)
            exports.append((out, translations(po), {}))
            for op in after_ops:
                apply_po_op(po, *op)
            for unit, target_kind, state in file_edits:
                target = TARGETS[target_kind](unit)
                edit(out, unit, target=target, state=state if target else "new")
                exports[-1][2][unit.id] = (target, state)
            import_and_check(po, *exports[-1])
            if reimport_first and number:
                import_and_check(po, *exports[0])


# ---------------------------------------------------------------- hostile files (issue 12 #7)

HOSTILE_TARGETS = {
    "1.2": [
        "一座<ph id='number_1\"}{__class__'>x</ph>年古镇",
        '一座<x id="__class__"/>年古镇',
        '一座<bpt id="number_1}{x" rid="1">a</bpt>年<ept id="e" rid="1">b</ept>古镇',
        '一座<g id="__init__">年</g>古镇',
        '一座<ph id="">x</ph>年古镇',
        '一座<ph id="number_1 ">x</ph>年古镇',
        '一座<mrk mtype="x-note"><ph id="__class__">x</ph></mrk>年古镇',
        "一座{number_1}{__class__}年古镇",
        "一座{number_1!r}年古镇",
        "一座{number_1:>{__class__}}年古镇",
        "一座{0}年古镇",
        "一座{number_1.__class__}年古镇",
        "一座{{number_1}}年古镇",
    ],
    "2.0": [
        '一座<ph id="x" equiv="{__class__}"/>年古镇',
        '一座<ph id="__class__"/>年古镇',
        '一座<ph id="1" equiv="{number_1}{__class__}"/>年古镇',
        '一座<pc id="__init__">年</pc>古镇',
        '一座<sc id="a" equiv="{a_1"/>年古镇',
        '一座<ec startRef="__class__"/>年古镇',
        '一座<mrk id="m" translate="yes"><ph id="__class__"/></mrk>年古镇',
        '一座<sm id="s"/>{number_1[0]}<em startRef="s"/>年古镇',
        '一座<ph id="number_1" equiv="{number_1}"/><ph id="n" equiv="{number_1\'}"/>年古镇',
    ],
}


@pytest.mark.parametrize(
    ("version", "target"),
    [(version, target) for version, targets in HOSTILE_TARGETS.items() for target in targets],
)
def test_hostile_inline_codes_are_refused_even_into_an_empty_entry(
    catalog, tmp_path: Path, version: str, target: str
) -> None:
    po, locale = catalog
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version=version)
    if version == "1.2":
        edit_xml(
            out,
            '<target state="new" xml:space="preserve"/>',
            f'<target state="translated" xml:space="preserve">{target}</target>',
        )
    else:
        source = '<source xml:space="preserve">a more than <ph id="number_1" equiv="{number_1}" disp="700"/>-year-old town</source>'
        edit_xml(out, source, f"{source}<target>{target}</target>")
    report = import_xliff(out, po)
    outcome = next(u for u in report.units if u.unit == YEARS.id)
    assert outcome.outcome == "refused", outcome
    assert state_of(po, YEARS) == ("", False)
    assert not re.search(r"__class__|__init__|\{0\}|!r|\[0\]", po.read_text(encoding="utf-8"))
    assert "\n" not in outcome.describe(out)


@pytest.mark.parametrize(
    ("tag", "accepted"),
    [
        ("zh-CN", True),
        ("zh_CN", True),
        ("ZH-cn", True),
        ("zh-Hans-CN", True),
        ("de", False),
        ("", False),
        ("zh", False),
        ("zh-TW", False),
        ("zh-Hant-CN", False),
        ("../../etc", False),
        ("zh-CN&#10;de", False),
        ("x-klingon", False),
        ("en", False),
    ],
)
def test_only_the_catalog_s_own_language_is_accepted(catalog, tmp_path: Path, tag: str, accepted: bool) -> None:
    po, locale = catalog
    out = tmp_path / "out.xlf"
    export_xliff(po, out, locale=locale, version="1.2")
    edit(out, CREDIT, target="图：Ti Gong", state="translated")
    edit_xml(out, 'target-language="zh-CN"', f'target-language="{tag}"')
    before = po.read_bytes()
    if accepted:
        assert import_xliff(out, po).changed == 1
        return
    with pytest.raises(CatalogError, match="is not the catalog's locale zh_CN") as caught:
        import_xliff(out, po)
    assert "\n" not in str(caught.value) and str(caught.value).startswith(f"{out}: ")
    assert po.read_bytes() == before


NPM = Path(__file__).parent / "data" / "xliff_npm"  # written by the npm `xliff` package (SOURCES.md)
NPM_HEADLINE, NPM_WEEKDAYS = "ue62cbbd70fde", "u30d29d275d74"


def npm_project(tmp_path: Path) -> tuple[Path, Path]:
    """The project the npm files were exported from: its template and German PO."""
    root = tmp_path / "project"
    po = root / "locales" / "de" / "LC_MESSAGES" / "bolton.po"
    po.parent.mkdir(parents=True)
    (root / "locales" / "bolton.pot").write_bytes((NPM / "bolton.pot").read_bytes())
    po.write_bytes((NPM / "bolton.de.po").read_bytes())
    return root, po


def entries_by_id(po: Path) -> dict[str, polib.POEntry]:
    from l10n.model import unit_id

    return {unit_id(e.msgctxt, e.msgid): e for e in polib.pofile(str(po)) if not e.obsolete}


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_file_rewritten_by_the_npm_xliff_package_imports_its_edits_and_nothing_else(
    tmp_path: Path, version: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The package indents inline codes (layout whitespace inside <source>/<target>, no xml:space)
    # and drops states, export bases, note attribution and, in 2.0, <file original>.
    root, po = npm_project(tmp_path)
    before = entries_by_id(po)
    assert main(["xliff", "import", str(NPM / f"bolton.de.npm-{version}.xlf"), "--root", str(root)]) == 0
    assert "2 units changed (2 updated, 14 unchanged)" in capsys.readouterr().out
    after = entries_by_id(po)
    headline, weekdays = after[NPM_HEADLINE], after[NPM_WEEKDAYS]
    assert headline.msgstr == "USA: Trump entlässt Sicherheitsberater Bolton"
    assert weekdays.msgstr == (
        "Am {weekday_1} gab US-Präsident Donald Trump bekannt, er habe Sicherheitsberater "
        "John R. Bolton am {weekday_2}abend um den Rücktritt gebeten."
    )
    assert weekdays.msgid == before[NPM_WEEKDAYS].msgid and weekdays.comment == before[NPM_WEEKDAYS].comment
    # a 1.2 target with no state is a person's confirmed edit; 2.0 without a state is "initial"
    assert headline.fuzzy is (version == "2.0") and weekdays.fuzzy is (version == "2.0")
    # notes the package handed back bare (locations, `#.` lines, msgctxt) do not become comments
    assert not [line for line in weekdays.tcomment.splitlines() if not line.startswith(("mt:", "reviewed-from: mt:"))]
    for ident, entry in after.items():  # the machine units nobody touched stay machine fuzzy
        if ident not in (NPM_HEADLINE, NPM_WEEKDAYS):
            assert (entry.msgstr, entry.fuzzy, entry.tcomment) == (
                before[ident].msgstr,
                True,
                before[ident].tcomment,
            )
    assert msgfmt_passes(po)


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_a_file_rewritten_by_the_npm_xliff_package_never_replaces_reviewed_work(tmp_path: Path, version: str) -> None:
    root, po = npm_project(tmp_path)
    catalog = polib.pofile(str(po))
    reviewed = entries_by_id(po)[NPM_WEEKDAYS]
    entry = catalog.find(reviewed.msgid, msgctxt=reviewed.msgctxt)
    entry.msgstr = "Am {weekday_1} gab Präsident Trump bekannt, er habe Bolton am {weekday_2} entlassen."
    set_fuzzy(entry, False)
    catalog.save()
    report = import_xliff(NPM / f"bolton.de.npm-{version}.xlf", po)
    outcomes = {u.unit: u.outcome for u in report.units}
    assert outcomes[NPM_WEEKDAYS] == "conflict" and outcomes[NPM_HEADLINE] == "updated"
    kept = entries_by_id(po)[NPM_WEEKDAYS]
    assert (kept.msgstr, kept.fuzzy) == (entry.msgstr, False)


def test_a_file_without_original_whose_units_fit_no_catalog_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, po = npm_project(tmp_path)
    text = (NPM / "bolton.de.npm-2.0.xlf").read_text(encoding="utf-8")
    stray = tmp_path / "stray.xlf"
    stray.write_text(text.replace('<unit id="ue62cbbd70fde">', '<unit id="u000000000000">'), encoding="utf-8")
    before = po.read_bytes()
    assert main(["xliff", "import", str(stray), "--root", str(root)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "names no catalog" in err[0] and "no catalog of its locale holds all its units" in err[0]
    assert po.read_bytes() == before


@pytest.mark.parametrize("preserve", [True, False])
def test_layout_whitespace_around_inline_codes_is_dropped_only_where_space_is_not_preserved(preserve: bool) -> None:
    from lxml import etree

    space = ' xml:space="preserve"' if preserve else ""
    element = etree.fromstring(f'<target{space}>共\n    <ph id="money_1"/>。\n  </target>')
    text = xliff20.read_inline(element, lambda code: "{" + code.get("id") + "}")
    assert text == ("共\n    {money_1}。\n  " if preserve else "共{money_1}。")


def test_an_unconfirmed_edit_of_machine_text_is_no_longer_machine_text(tmp_path: Path) -> None:
    # XLIFF 2.0 from the npm package has no segment state: the two edited units come back fuzzy,
    # carrying the `mt:` note of the text they replaced. Left as `mt:`, a later
    # `translate --overwrite-fuzzy` would take them for machine output and overwrite a person's work.
    from l10n.catalog.translations import provenance_of

    root, po = npm_project(tmp_path)
    assert main(["xliff", "import", str(NPM / "bolton.de.npm-2.0.xlf"), "--root", str(root)]) == 0
    entries = entries_by_id(po)
    edited = {ident: entries[ident].msgstr for ident in (NPM_HEADLINE, NPM_WEEKDAYS)}
    assert all(provenance_of(entries[ident])[0] == "human" and entries[ident].fuzzy for ident in edited)
    assert {provenance_of(e)[0] for i, e in entries.items() if i not in edited} == {"mt"}
    suggestions = [Suggestion(e.msgctxt, e.msgid, "neu", "mt", "argos en->de 1.9") for e in entries.values()]
    apply_suggestions(po, suggestions, overwrite_fuzzy=True)
    after = entries_by_id(po)
    assert {ident: after[ident].msgstr for ident in edited} == edited
    assert {e.msgstr for i, e in after.items() if i not in edited} == {"neu"}
