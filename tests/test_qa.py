"""QA: every check fires on a crafted bad unit and stays quiet on the seed's reviewed zh_CN units."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from l10n.locales import parse_locale
from l10n.memory.glossary import load_glossary
from l10n.qa import CheckedUnit, check_catalog, check_unit
from l10n.qa.registry import all_checks

REPO = Path(__file__).resolve().parent.parent
ZH_CATALOG = REPO / "locales" / "zh_CN" / "LC_MESSAGES" / "000_3e65442673b9006b.po"
GLOSSARY = load_glossary(REPO / "locales" / "glossary.csv")
BAD_PO = Path(__file__).parent / "data" / "qa" / "bad_zh_CN.po"

INVEST = "As one of the new projects, the Shanghai Pharma’s Baoshan gigafactory, with a total investment of {money_1}, will cover {quantity_1}."
INVEST_ZH = "作为新项目之一，上海医药宝山超级工厂总投资{money_1}，占地{quantity_1}。"
DNT = "Despite the pandemic, companies including Thalys and DiaSorin signed agreements this year."

# (check id, locale, msgid, bad msgstr) — each bad msgstr breaks the one rule named.
BAD_UNITS = [
    ("placeholders", "zh_CN", INVEST, "作为新项目之一，上海医药宝山超级工厂总投资{money_1}，占地面积可观。"),
    ("placeholders", "de", "Worth {money_1}.", "Im Wert von {money_1} und {money_2}."),
    ("numbers", "zh_CN", INVEST, "作为新项目之一，上海医药宝山超级工厂总投资{money_1}，占地{quantity_1}，共3期。"),
    ("numbers", "fr", "The China Conference 2020 opened.", "La conférence Chine 2021 s’est ouverte."),
    ("glossary", "zh_CN", INVEST, "作为新项目之一，上海制药宝山超级工厂总投资{money_1}，占地{quantity_1}。"),
    ("glossary", "zh_CN", DNT, "尽管疫情，今年包括塔利斯和DiaSorin在内的企业签约。"),
    ("untranslated", "zh_CN", "Top experts were appointed.", ""),
    (
        "same-as-source",
        "de",
        "Leading experts are appointed as consultants.",
        "Leading experts are appointed as consultants.",
    ),
    ("whitespace", "de", "Leading experts are appointed.", " Führende Experten wurden berufen. "),
    ("end-punctuation", "zh_CN", "Leading experts are appointed as consultants.", "多位知名专家受聘担任园区发展顾问."),
    (
        "end-punctuation",
        "de",
        "Biomedical to become key pillar industry for Baoshan",
        "Biomedizin wird Säule für Baoshan.",
    ),
    ("brackets", "zh_CN", "The Yuan Dynasty ({range_1}) began.", "元朝（{range_1}开始。"),
    ("brackets", "zh_CN", "known as “Golden Luodian,” but", "素有“金罗店之称，但"),
    ("length-ratio", "zh_CN", INVEST, "新项目{money_1}{quantity_1}。"),
    ("length-ratio", "de", "Leading experts are appointed as consultants.", "Experten."),
    (
        "latin-in-cjk",
        "zh_CN",
        "Leading experts are appointed as consultants.",
        "多位 leading experts 受聘担任园区发展顾问。",
    ),
    ("double-space", "de", "Leading experts are appointed.", "Führende  Experten wurden berufen."),
    ("script", "ru", "Leading experts are appointed as consultants.", "Leading experts sind als Berater ernannt."),
    ("script", "ko", "Leading experts are appointed.", "多位知名专家受聘担任顾问。"),
    ("mt-failed", "zh_CN", INVEST, ""),
    ("script-variant", "zh_TW", "Leading experts are appointed.", "多位知名專家受聘担任顧問。"),
    ("script-variant", "zh_HK", "Biomedical industry", "生物医药產業"),
    ("script-variant", "zh_CN", "Leading experts are appointed.", "多位知名專家受聘担任顾问。"),
    ("bidi-control", "ar", "Pay the invoice.", "ادفع الفاتورة \u202eexe.fdp\u202c."),
    ("bidi-control", "de", "Leading experts are appointed.", "Führende \u2066Experten\u2069 wurden berufen."),
    ("bidi-markup", "ar", "Pay the invoice.", 'ادفع <bdo dir="rtl">exe.fdp</bdo> الفاتورة.'),
    ("bidi-markup", "de", "Leading experts are appointed.", "Führende <span dir=rtl>Experten</span> wurden berufen."),
    ("bidi-markup", "ar", "Pay the invoice.", "ادفع الفاتورة &#x202E;exe.fdp."),
    ("invisible-characters", "de", "Leading ex\u200bperts are appointed.", ""),
    ("invisible-characters", "de", "Leading experts are appointed.", "Führende Exper\u00adten wurden\u2060 berufen."),
    ("invisible-characters", "zh_CN", "Leading experts \u202eare appointed.", "多位知名专家受聘担任顾问。"),
    ("addresses", "es", "Follow AP at https://www.apnews.com/Brexit.", "Sigue a AP en https://www.apnews.com/brexit."),
]
MT_FAILURE = "apertium eng-spa/0.8.1-2 2026-01-02: xml: placeholders changed in translation: missing {money_1}"


def _unit(locale: str, msgid: str, msgstr: str, *, mt_failure: str = "") -> CheckedUnit:
    terms = tuple(GLOSSARY.terms_in(msgid, locale))
    return CheckedUnit(msgid, msgstr, parse_locale(locale), terms=terms, mt_failure=mt_failure)


def _fired(unit: CheckedUnit) -> dict[str, str]:
    return {item.id: detail for item, detail in check_unit(unit)}


@pytest.mark.parametrize(
    "check_id,locale,msgid,msgstr", BAD_UNITS, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(BAD_UNITS)]
)
def test_each_check_fires_on_its_bad_unit(check_id, locale, msgid, msgstr):
    assert check_id in _fired(_unit(locale, msgid, msgstr, mt_failure=MT_FAILURE))


def test_every_registered_check_has_a_bad_unit_and_a_message():
    registered = {item.id for item in all_checks()}
    assert registered == {c[0] for c in BAD_UNITS}
    for item in all_checks():
        assert item.message and not item.message.startswith(item.id)
        assert item.severity in ("error", "warning")


def test_details_name_what_is_wrong():
    fired = _fired(_unit("zh_CN", INVEST, "作为新项目之一，上海医药宝山超级工厂总投资{money_1}。"))
    assert fired["placeholders"] == "missing {quantity_1}"


def test_good_translation_passes_every_check():
    assert _fired(_unit("zh_CN", INVEST, INVEST_ZH)) == {}
    assert _fired(_unit("zh_CN", DNT, "尽管受疫情影响，今年仍有Thalys和DiaSorin等企业签约。")) == {}


def test_seed_reference_translation_is_clean():
    findings, units = check_catalog(ZH_CATALOG, locale=parse_locale("zh_CN"), glossary=GLOSSARY)
    assert units >= 20
    assert [f"{f.line} {f.check}: {f.detail}" for f in findings] == []


def test_every_seed_unit_is_reviewed_and_keeps_its_placeholders():
    catalog = polib.pofile(str(ZH_CATALOG))
    entries = [e for e in catalog if not e.obsolete]
    assert entries and all(e.msgstr and not e.fuzzy for e in entries)
    headline = next(e for e in entries if e.msgctxt == "headline")
    assert headline.msgstr == "生物医药将成为宝山支柱产业"


def test_committed_zh_cn_catalog_passes_msgfmt_check():
    result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(ZH_CATALOG)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_catalog_findings_carry_po_line_and_fuzzy_mt_units_are_checked():
    findings, units = check_catalog(BAD_PO, locale=parse_locale("zh_CN"), glossary=GLOSSARY, path_label="bad.po")
    assert units == 3
    by_check = {f.check: f for f in findings}
    assert set(by_check) == {"placeholders", "numbers", "untranslated"}
    assert (
        by_check["placeholders"].fuzzy and by_check["placeholders"].where == "bad.po:14"
    )  # polib: the entry starts at its comment
    assert by_check["untranslated"].line == 21


def _project_with(tmp_path: Path, po: Path) -> Path:
    (tmp_path / "locales" / "zh_CN" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locales" / "x.pot").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8"
    )
    (tmp_path / "locales" / "zh_CN" / "LC_MESSAGES" / "x.po").write_bytes(po.read_bytes())
    (tmp_path / "locales" / "glossary.csv").write_bytes((REPO / "locales" / "glossary.csv").read_bytes())
    return tmp_path


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "workflow.py"), *args], capture_output=True, text=True, cwd=REPO)


def test_cli_json_schema_and_exit_status(tmp_path: Path):
    root = _project_with(tmp_path, BAD_PO)
    result = _cli("qa", "--root", str(root), "--locales", "zh_CN", "--json")
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert report["summary"] == {"units": 3, "errors": 2, "warnings": 1, "locales": ["zh_CN"]}
    first = report["findings"][0]
    assert set(first) >= {
        "locale",
        "path",
        "line",
        "unit",
        "msgid",
        "msgstr",
        "fuzzy",
        "check",
        "severity",
        "message",
        "detail",
    }
    assert first["path"] == "locales/zh_CN/LC_MESSAGES/x.po"


def test_cli_warnings_fail_only_on_request(tmp_path: Path):
    only_warnings = tmp_path / "warn.po"
    catalog = polib.pofile(str(BAD_PO))
    catalog.remove(catalog.find(INVEST))
    catalog.save(str(only_warnings))
    root = _project_with(tmp_path / "p", only_warnings)
    assert _cli("qa", "--root", str(root), "--locales", "zh_CN").returncode == 0
    failing = _cli("qa", "--root", str(root), "--locales", "zh_CN", "--fail-on", "warning")
    assert failing.returncode == 1
    assert "locales/zh_CN/LC_MESSAGES/x.po (1)" in failing.stdout and "untranslated" in failing.stdout


# --- script variants (OpenCC) -------------------------------------------------------------------


def test_script_variant_names_the_characters_to_fix():
    fired = _fired(_unit("zh_TW", "Leading experts are appointed.", "多位知名专家受聘担任顧問。"))
    assert fired["script-variant"] == "Simplified: 专 → 專, 担 → 擔"
    fired = _fired(_unit("zh_CN", "Leading experts are appointed.", "多位知名專家受聘担任顾问。"))
    assert fired["script-variant"] == "Traditional: 專 → 专"


@pytest.mark.parametrize("locale,config", [("zh_TW", "s2twp"), ("zh_HK", "s2hk")])
def test_opencc_traditional_output_of_the_seed_passes_the_script_variant_check(locale, config):
    import opencc

    convert = opencc.OpenCC(config).convert
    target = parse_locale(locale)
    catalog = [e for e in polib.pofile(str(ZH_CATALOG)) if e.msgstr]
    flagged = [
        f"{e.msgid[:30]}: {detail}"
        for e in catalog
        for check_id, detail in _fired(CheckedUnit(e.msgid, convert(e.msgstr), target)).items()
        if check_id == "script-variant"
    ]
    assert flagged == []


def test_traditional_text_with_characters_shared_by_both_scripts_is_quiet():
    for text in ("台灣的周末，陳杰說著。", "裏面爲眾人所知。", "皇后在後宮。"):
        assert "script-variant" not in _fired(_unit("zh_TW", "x", text)), text
    assert "script-variant" not in _fired(_unit("zh_CN", "x", "他说著名的乾隆皇帝。"))


# --- MT failures recorded by translate, reported by QA ------------------------------------------


def _translate(root: Path, engine: str) -> subprocess.CompletedProcess:
    script = (
        "import sys; sys.path.insert(0, 'tests'); import test_mt_batch; from l10n.cli import main; "
        f"sys.exit(main(['translate', '--root', {str(root)!r}, '--locales', 'fr', '--engine', {engine!r}, '--no-tm']))"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)


def test_mt_failure_is_a_qa_error_until_a_later_translation_succeeds(tmp_path: Path):
    from l10n.catalog.po import write_pot
    from l10n.model import Reference, Unit
    from l10n.project import Project

    project = Project.open(tmp_path)
    sentences = ["It cost {money_1} in {date_1}.", "Plain words."]
    units = [Unit(msgid=s, references=[Reference("seeds/x.txt", n)]) for n, s in enumerate(sentences, 1)]
    write_pot(units, project.pot_path("x"), domain="x", source_path="seeds/x.txt")

    failed_run = _translate(tmp_path, "always-drops")
    assert failed_run.returncode == 0, failed_run.stderr
    assert "mt-failed" in failed_run.stderr
    log = json.loads((tmp_path / "locales" / ".mt-failures.json").read_text(encoding="utf-8"))
    assert {(f["domain"], f["locale"], f["msgid"], f["engine"]) for f in log["failures"]} == {
        ("x", "fr", sentences[0], "always-drops v1")
    }
    result = _cli("qa", "--root", str(tmp_path), "--locales", "fr", "--json")
    assert result.returncode == 1
    [failure] = [f for f in json.loads(result.stdout)["findings"] if f["check"] == "mt-failed"]
    assert failure["severity"] == "error" and failure["msgid"] == sentences[0]
    assert "missing {money_1}" in failure["detail"] and failure["detail"].startswith("always-drops v1 ")
    po_lines = (tmp_path / failure["path"]).read_text(encoding="utf-8").splitlines()
    assert sentences[0] in "\n".join(po_lines[failure["line"] - 1 : failure["line"] + 3])

    assert _translate(tmp_path, "pseudo").returncode == 0
    log = json.loads((tmp_path / "locales" / ".mt-failures.json").read_text(encoding="utf-8"))
    assert log["failures"] == []
    result = _cli("qa", "--root", str(tmp_path), "--locales", "fr", "--json")
    assert "mt-failed" not in {f["check"] for f in json.loads(result.stdout)["findings"]}


def test_reviewed_translation_silences_a_stale_mt_failure():
    unit = _unit("fr", "Worth {money_1}.", "Vaut {money_1}.", mt_failure=MT_FAILURE)
    assert "mt-failed" not in _fired(unit)
    fuzzy = CheckedUnit("Worth {money_1}.", "Vaut {money_1}.", parse_locale("fr"), fuzzy=True, mt_failure=MT_FAILURE)
    assert _fired(fuzzy)["mt-failed"] == MT_FAILURE


# --- console output for people ------------------------------------------------------------------


def _many_untranslated(tmp_path: Path) -> Path:
    catalog = polib.pofile(str(BAD_PO))
    for n in range(40):
        catalog.append(polib.POEntry(msgid=f"Untranslated sentence number {n}.", msgstr=""))
    crowded = tmp_path / "crowded.po"
    catalog.save(str(crowded))
    return _project_with(tmp_path / "p", crowded)


def test_console_report_groups_per_locale_and_counts_untranslated(tmp_path: Path):
    root = _many_untranslated(tmp_path)
    result = _cli("qa", "--root", str(root), "--locales", "zh_CN")
    lines = result.stdout.splitlines()
    assert lines[0] == "zh_CN: 2 errors, 41 warnings (untranslated 41, placeholders 1, numbers 1)"
    assert "[placeholders]" in lines[1] and "[numbers]" in lines[2]  # errors first, in full, file:line
    assert lines[1].strip().startswith("locales/zh_CN/LC_MESSAGES/x.po:")
    assert lines[3].strip().startswith("41 untranslated units: locales/zh_CN/LC_MESSAGES/x.po (41)")
    assert "Untranslated sentence number" not in result.stdout
    assert len(lines) < 8


def test_console_report_verbose_lists_every_unit_and_json_stays_complete(tmp_path: Path):
    root = _many_untranslated(tmp_path)
    verbose = _cli("qa", "--root", str(root), "--locales", "zh_CN", "--verbose")
    assert verbose.stdout.count("[untranslated]") == 41
    as_json = json.loads(_cli("qa", "--root", str(root), "--locales", "zh_CN", "--json").stdout)
    assert sum(1 for f in as_json["findings"] if f["check"] == "untranslated") == 41


# Issue 13: false alarms on real copy.
QUOTE_OPEN = 'She also said "I regret we weren’t called immediately.'  # wn2019-03, one quotation in two units
QUOTE_CLOSE = 'We could also have heard the officers more rapidly."'


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_CN", QUOTE_OPEN, "她还说：“我很遗憾我们没有立即被传唤。"),
        ("zh_CN", QUOTE_CLOSE, "我们本可以更快地听取警官的陈述。”"),
        ("de", QUOTE_OPEN, "Sie sagte auch: „Ich bedauere, dass wir nicht sofort gerufen wurden."),
        ("de", QUOTE_CLOSE, "Wir hätten die Beamten auch schneller anhören können.“"),
        ("ru", QUOTE_OPEN, "Она также сказала: «Я сожалею, что нас не вызвали сразу."),
        ("de", "known as “Golden Luodian,” but", "bekannt als „Goldenes Luodian“, aber"),
    ],
)
def test_a_quotation_split_over_units_is_left_open_as_in_the_paragraph(locale, msgid, msgstr):
    assert "brackets" not in _fired(_unit(locale, msgid, msgstr))


def test_a_quote_the_source_closes_must_be_closed_in_the_translation():
    fired = _fired(_unit("zh_CN", QUOTE_CLOSE, "我们本可以更快地听取警官的陈述。"))  # the source closes one here
    assert "brackets" in fired
    assert "brackets" in _fired(_unit("zh_CN", QUOTE_OPEN, "她还说：我很遗憾我们没有立即被传唤。”"))


@pytest.mark.parametrize(
    ("locale", "msgid", "msgstr"),
    [
        ("zh_CN", "Sales rose in Q4.", "第4季度销售额增长。"),
        ("zh_CN", "Flights leave from T1.", "航班从1号航站楼出发。"),
        ("de", "Sales rose in Q4.", "Der Umsatz stieg im 4. Quartal."),
        ("zh_CN", "The hibernation area was as large in the 1990s.", "越冬面积在20世纪90年代同样大。"),  # wn2019-04
        ("ja", "The hibernation area was as large in the 1990s.", "越冬地は1990年代も同じくらい広かった。"),
        ("zh_CN", "It was one of eighteen B-17s still flying.", "这是仍在飞行的十八架B-17之一。"),  # wn2019-23
    ],
)
def test_numbers_accepts_the_digits_of_source_alphanumerics(locale, msgid, msgstr):
    assert "numbers" not in _fired(_unit(locale, msgid, msgstr))


def test_numbers_still_catches_a_changed_number_beside_an_alphanumeric():
    assert _fired(_unit("zh_CN", "Sales rose in Q4.", "第3季度销售额增长。"))["numbers"] == "added 3"


def test_console_report_lists_a_screenful_per_locale_and_counts_the_rest(tmp_path: Path):
    from l10n.qa.report import FINDINGS_LISTED

    catalog = polib.pofile(str(BAD_PO))
    for n in range(FINDINGS_LISTED + 15):
        catalog.append(
            polib.POEntry(msgid=f"Sentence {n} costs {{money_1}}.", msgstr=f"第{n}句。", flags=["python-brace-format"])
        )
    crowded = tmp_path / "crowded.po"
    catalog.save(str(crowded))
    root = _project_with(tmp_path / "p", crowded)
    result = _cli("qa", "--root", str(root), "--locales", "zh_CN")
    errors = result.stdout.count(" error [")
    assert errors == FINDINGS_LISTED, result.stdout
    more = [line for line in result.stdout.splitlines() if "more (--verbose lists them" in line]
    assert len(more) == 1 and more[0].strip().startswith("… and ")
    verbose = _cli("qa", "--root", str(root), "--locales", "zh_CN", "--verbose")
    assert verbose.stdout.count("[placeholders]") >= FINDINGS_LISTED + 15


def test_invisible_characters_name_where_and_which_but_leave_joiners_and_marks_alone():
    fired = _fired(_unit("de", "Leading ex\u200bperts are appointed.", "Führende \u202eExperten wurden berufen."))
    assert fired["invisible-characters"] == "source: U+200B; translation: U+202E"
    assert fired["bidi-control"] == "U+202E"
    persian = _fired(_unit("fa", "Leading experts are appointed.", "می\u200cخواهم \u200fمتخصصان"))
    emoji = _fired(_unit("de", "Leading experts are appointed.", "Führende Experten 👩\u200d💻 wurden berufen."))
    assert "invisible-characters" not in persian and "bidi-control" not in persian
    assert "invisible-characters" not in emoji


@pytest.mark.parametrize("locale", ["de", "zh_CN", "ar"])
def test_a_unit_with_no_end_mark_at_all_is_checked_without_error(locale):
    # Real Wikinews copy gave a paragraph of one closing quote mark ('"'): a unit whose end, once
    # closers are stripped, is empty. Its translation's end mark is then simply not compared.
    assert "end-punctuation" not in _fired(_unit(locale, '"', '"'))
    assert "end-punctuation" not in _fired(_unit(locale, '"', ""))
    assert "source has no end mark" in _fired(_unit(locale, '"', "Ja."))["end-punctuation"]


def test_direction_markup_is_an_error_only_where_the_source_has_none():
    """`<bdo>`, `dir=` on any element and bidi controls written as character references reorder
    the text where the translation is read as HTML (an app's .mo, an XLIFF/TMX export): an error
    unless the source has the same markup; an isolate without a direction, `<bdi>`, is fine."""
    sneaky = _fired(_unit("ar", "Pay the invoice.", 'ادفع <BDO DIR="RTL">exe.fdp</BDO> &#8238;x.'))
    assert sneaky["bidi-markup"] == '<bdo dir="rtl"> &#8238;'
    kept = _fired(_unit("ar", 'Say <bdo dir="rtl">olleh</bdo>.', 'قل <bdo dir="rtl">olleh</bdo>.'))
    assert "bidi-markup" not in kept
    isolate = _fired(_unit("ar", "Pay the invoice.", "ادفع <bdi>Acme</bdi> الفاتورة."))
    prose = _fired(_unit("de", "Shares rose 5% < 6% (A & B).", "Aktien stiegen 5 % < 6 % dir = A & B."))
    assert "bidi-markup" not in isolate and "bidi-markup" not in prose
