import pytest

from l10n.errors import LocaleError
from l10n.locales import parse_locale, parse_locale_list


@pytest.mark.parametrize("bad", ["../../etc", "zh_CN/..", "", "xx", "en_US; rm -rf", "a"])
def test_bad_locale_codes_are_refused(bad):
    with pytest.raises(LocaleError):
        parse_locale(bad)


def test_arabic_is_right_to_left_and_german_is_not():
    assert parse_locale("ar").direction == "rtl"
    assert parse_locale("de").direction == "ltr"


def test_locale_list_defaults_and_deduplicates():
    assert [l.code for l in parse_locale_list("zh-CN, zh_CN,de")] == ["zh_CN", "de"]
    assert len(parse_locale_list(None)) == 10


def test_english_names_come_from_cldr() -> None:
    assert parse_locale("zh_CN").english_name == "Chinese (Simplified, China)"
    assert parse_locale("pt_BR").english_name == "Portuguese (Brazil)"
