"""`qa.verdicts.without_locale` gives the unit `dataclasses.replace` gave, fields copied as they
are (session 20: the copy is made for each unit `qa` checks, so it is made without `replace`)."""

from __future__ import annotations

import dataclasses

from l10n.locales import TargetLocale
from l10n.memory.glossary import Term
from l10n.qa.registry import CheckedUnit
from l10n.qa.verdicts import ANY_LOCALE, without_locale


def test_without_locale_is_replace_with_any_locale_and_leaves_the_unit_as_it_was() -> None:
    unit = CheckedUnit(
        msgid="The {count} votes",
        msgstr="Die {count} Stimmen",
        locale=TargetLocale("de"),
        msgctxt="headline",
        fuzzy=True,
        terms=(Term(term="votes", translation="Stimmen", dnt=False, locale="de"),),
        mt_failure="pseudo refused it",
    )
    alike = without_locale(unit)
    assert type(alike) is CheckedUnit
    assert alike == dataclasses.replace(unit, locale=ANY_LOCALE)
    assert hash(alike) == hash(dataclasses.replace(unit, locale=ANY_LOCALE))
    assert alike.locale is ANY_LOCALE and unit.locale == TargetLocale("de")
    assert {f.name: getattr(alike, f.name) for f in dataclasses.fields(unit) if f.name != "locale"} == {
        f.name: getattr(unit, f.name) for f in dataclasses.fields(unit) if f.name != "locale"
    }
