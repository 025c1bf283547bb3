"""A catalog written before a value's sign was the value's (leftovers51b, `placeables/detect._with_signs`)
keeps its reviewed work after the upgrade, through the real CLI (`workflow.py`).

Before, "−5 °C" was extracted as "−{quantity_1}"; now the sign is in `{quantity_1}`, so every such
msgid changed. `update` matches the old unit to its new msgid (`catalog/update._migrated_keys`,
`placeables/symbols.signs_folded`): where the translation holds the same sign right before the same
placeholder (either minus sign for a minus), the sign leaves the msgstr and the unit keeps its state
(the edition writes the value with the locale's sign); where it does not ("minus {quantity_1}"),
the unit takes the source-changed path (fuzzy, old msgid as `#|`, held from readers).

An XLIFF file exported before the upgrade (`OLD_XLIFF`) names the old msgids: `xliff import` decides
its units as the same units in today's form (`catalog/xliff_import._signs_folded_since`), their targets'
signs taken out the same way; a target with the sign outside its placeholder cannot lower a reviewed unit.

`OLD_PO` is the catalog the code of f23687d0 (before leftovers51b) wrote for `ARTICLE` by `extract`
and `update`, its msgstrs filled in by a translator (reviewed: no fuzzy flag, no machine line).
"""

from __future__ import annotations

from pathlib import Path

import polib
from conftest import run_l10n

ARTICLE = """---
title: Cold snap
date: 2026-03-02T09:15:00+08:00
---

Lows of −5 °C are expected tonight.

The club gained +$3 million in March.

The club lost -$2 million last year.

Prices fell -2.5% in March.

The river fell to -2 metres overnight.
"""
CONFIG = '[l10n]\nlocales = ["de"]\nengine = "pseudo"\n'
OLD_PO = """# German translations for news.
msgid ""
msgstr ""
"Project-Id-Version: news\\n"
"Report-Msgid-Bugs-To: \\n"
"POT-Creation-Date: 2026-12-08 02:46+0000\\n"
"PO-Revision-Date: 2026-12-08 02:46+0000\\n"
"Last-Translator: l10n (no translator yet)\\n"
"Language-Team: German\\n"
"Language: de\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"X-Generator: l10n\\n"
"X-L10n-Source: seeds/news.md\\n"

#: seeds/news.md:2
msgctxt "headline"
msgid "Cold snap"
msgstr "Kälteeinbruch"

#. quantity_1: 5 °C = 5 temperature-celsius
#: seeds/news.md:6
#, python-brace-format
msgid "Lows of −{quantity_1} are expected tonight."
msgstr "Heute Nacht werden Tiefstwerte von -{quantity_1} erwartet."

#. money_1: $3 million = USD 3000000
#: seeds/news.md:8
#, python-brace-format
msgid "The club gained +{money_1} in March."
msgstr "Der Verein gewann im März +{money_1}."

#. money_1: $2 million = USD 2000000
#: seeds/news.md:10
#, python-brace-format
msgid "The club lost -{money_1} last year."
msgstr "Der Verein verlor im letzten Jahr -{money_1}."

#. percent_1: 2.5% = 2.5 percent
#: seeds/news.md:12
#, python-brace-format
msgid "Prices fell -{percent_1} in March."
msgstr "Die Preise fielen im März um −{percent_1}."

#. quantity_1: 2 metres = 2 length-meter
#: seeds/news.md:14
#, python-brace-format
msgid "The river fell to -{quantity_1} overnight."
msgstr "Der Fluss fiel über Nacht auf minus {quantity_1}."
"""
OLD_XLIFF = """<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1" original="de/LC_MESSAGES/news.po">
    <unit id="u3159a0cedc84">
      <mda:metadata>
        <mda:metaGroup category="l10n">
          <mda:meta type="base">8a974cc888e65b04</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <notes>
        <note category="location">seeds/news.md:6</note>
        <note category="developer" appliesTo="source">quantity_1: 5 °C = 5 temperature-celsius</note>
      </notes>
      <segment state="reviewed">
        <source xml:space="preserve">Lows of −<ph id="quantity_1" equiv="{quantity_1}" disp="5 °C"/> are expected tonight.</source>
        <target xml:space="preserve">Heute Nacht werden Tiefstwerte von -<ph id="quantity_1" equiv="{quantity_1}" disp="5 °C"/> erwartet.</target>
      </segment>
    </unit>
    <unit id="u0187155d0d25">
      <mda:metadata>
        <mda:metaGroup category="l10n">
          <mda:meta type="base">16026254032549db</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <notes>
        <note category="location">seeds/news.md:8</note>
        <note category="developer" appliesTo="source">money_1: $3 million = USD 3000000</note>
      </notes>
      <segment state="reviewed">
        <source xml:space="preserve">The club gained +<ph id="money_1" equiv="{money_1}" disp="$3 million"/> in March.</source>
        <target xml:space="preserve">Der Verein gewann im März +<ph id="money_1" equiv="{money_1}" disp="$3 million"/>.</target>
      </segment>
    </unit>
    <unit id="uc3725ea9c1f9">
      <mda:metadata>
        <mda:metaGroup category="l10n">
          <mda:meta type="base">16bc1381078d23cc</mda:meta>
        </mda:metaGroup>
      </mda:metadata>
      <notes>
        <note category="location">seeds/news.md:10</note>
        <note category="developer" appliesTo="source">money_1: $2 million = USD 2000000</note>
      </notes>
      <segment state="reviewed">
        <source xml:space="preserve">The club lost -<ph id="money_1" equiv="{money_1}" disp="$2 million"/> last year.</source>
        <target xml:space="preserve">Der Verein verlor im letzten Jahr -<ph id="money_1" equiv="{money_1}" disp="$2 million"/>.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""
"""Three of `OLD_PO`'s units as `xliff export` of f23687d0 wrote them (XLIFF 2.0, bases of `OLD_PO`'s entries)."""
KEPT = {
    "Lows of {quantity_1} are expected tonight.": "Heute Nacht werden Tiefstwerte von {quantity_1} erwartet.",
    "The club gained {money_1} in March.": "Der Verein gewann im März {money_1}.",
    "The club lost {money_1} last year.": "Der Verein verlor im letzten Jahr {money_1}.",
    "Prices fell {percent_1} in March.": "Die Preise fielen im März um {percent_1}.",
}
MOVED = "The river fell to {quantity_1} overnight."


def _old_project(root: Path) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "news.md").write_text(ARTICLE, encoding="utf-8")
    (root / "l10n.toml").write_text(CONFIG, encoding="utf-8")
    po = root / "locales" / "de" / "LC_MESSAGES" / "news.po"
    po.parent.mkdir(parents=True)
    po.write_text(OLD_PO, encoding="utf-8")
    return po


def _entries(po: Path) -> dict[str, polib.POEntry]:
    return {entry.msgid: entry for entry in polib.pofile(str(po)) if not entry.obsolete}


def test_update_keeps_reviewed_units_whose_translation_holds_the_sign(tmp_path: Path) -> None:
    po = _old_project(tmp_path)
    run_l10n(tmp_path, "extract", "seeds/news.md")
    run_l10n(tmp_path, "update")
    entries = _entries(po)
    for msgid, msgstr in KEPT.items():
        assert entries[msgid].msgstr == msgstr
        assert not entries[msgid].fuzzy and entries[msgid].previous_msgid is None, entries[msgid]
    moved = entries[MOVED]
    assert moved.fuzzy and moved.msgstr == "Der Fluss fiel über Nacht auf minus {quantity_1}."
    assert moved.previous_msgid == "The river fell to -{quantity_1} overnight."


def test_the_edition_after_run_shows_each_kept_value_signed_once_and_holds_the_moved_one(tmp_path: Path) -> None:
    po = _old_project(tmp_path)
    run_l10n(tmp_path, "run")
    assert all(not _entries(po)[msgid].fuzzy for msgid in KEPT)
    text = (tmp_path / "build" / "de" / "news.txt").read_text(encoding="utf-8").replace("\u00a0", " ")
    assert "Heute Nacht werden Tiefstwerte von -5 Grad Celsius erwartet." in text
    assert "Der Verein gewann im März +3 Mio. $." in text
    assert "Der Verein verlor im letzten Jahr -2 Mio. $." in text
    assert "Die Preise fielen im März um -2,5 %." in text
    assert "The river fell to -2 metres overnight." in text  # held from readers: the source shows
    assert "minus" not in text


def test_an_xliff_file_exported_before_the_upgrade_imports_into_the_migrated_units(tmp_path: Path) -> None:
    po = _old_project(tmp_path)
    run_l10n(tmp_path, "extract", "seeds/news.md")
    run_l10n(tmp_path, "update")
    edited = OLD_XLIFF.replace("Tiefstwerte von -<ph", "Tiefsttemperaturen von -<ph")
    edited = edited.replace("im März +<ph", "im März plus <ph")
    assert edited.count("<target") == 3 and edited != OLD_XLIFF
    xlf = tmp_path / "locales" / "de" / "news.xlf"
    xlf.write_text(edited, encoding="utf-8")
    done = run_l10n(tmp_path, "xliff", "import", str(xlf), allowed=None)
    entries = _entries(po)
    lows = entries["Lows of {quantity_1} are expected tonight."]
    assert lows.msgstr == "Heute Nacht werden Tiefsttemperaturen von {quantity_1} erwartet." and not lows.fuzzy
    for msgid in ("The club gained {money_1} in March.", "The club lost {money_1} last year."):
        assert entries[msgid].msgstr == KEPT[msgid] and not entries[msgid].fuzzy  # a reviewed unit is never lowered
    report = done.stdout + done.stderr
    assert "unmatched" not in report and "1 updated, 1 conflict, 1 unchanged" in report, report
