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


from l10n.locales import parse_config_locale, resolve_locale, resolve_locale_list  # noqa: E402

PROJECT = ("zh_CN", "zh_TW", "de", "pt_BR")


@pytest.mark.parametrize(
    "code,suggested",
    [
        ("zh_Hans", "zh_CN"),
        ("zh-Hant", "zh_TW"),
        ("de-DE", "de"),
        ("de_AT", "de"),
        ("pt", "pt_BR"),
        ("zh_TW/..", "zh_TW"),
    ],
)
def test_a_code_outside_the_project_names_the_closest_project_locale(code, suggested):
    with pytest.raises(LocaleError, match=rf"did you mean {suggested}\?"):
        resolve_locale(code, PROJECT)


@pytest.mark.parametrize(
    "language,variants", [("zh", "zh_CN or zh_TW"), ("sr", "sr_Cyrl or sr_Latn"), ("pa", "pa_IN or pa_PK")]
)
def test_a_language_written_in_several_scripts_is_refused_with_its_variants(language, variants):
    with pytest.raises(LocaleError) as error:
        parse_config_locale(language)
    assert set(str(error.value).split("use ")[1].split(" or ")) == set(variants.split(" or "))


def test_languages_with_one_script_are_fine_alone():
    assert [parse_config_locale(code).code for code in ("de", "ja", "ar", "en")] == ["de", "ja", "ar", "en"]


def test_project_locales_resolve_in_either_spelling_and_default_to_all():
    assert [l.code for l in resolve_locale_list("zh-CN,zh_CN,de", PROJECT)] == ["zh_CN", "de"]
    assert [l.code for l in resolve_locale_list(None, PROJECT)] == list(PROJECT)


def test_an_unknown_code_is_named_once():
    with pytest.raises(LocaleError) as error:
        resolve_locale("xx", PROJECT)
    assert str(error.value).count("'xx'") == 1
