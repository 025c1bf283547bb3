"""`Project` (`l10n/project.py`): where catalogs live, and that no path written leaves the root."""

from __future__ import annotations

import pytest

from l10n.errors import ProjectError
from l10n.locales import parse_locale
from l10n.project import Project


@pytest.fixture
def project(tmp_path) -> Project:
    root = tmp_path / "root"
    root.mkdir()
    return Project.open(root)


def test_catalog_paths_sit_under_locales(project):
    zh = parse_locale("zh_CN")
    assert project.pot_path("a") == project.root / "locales" / "a.pot"
    assert project.po_path(zh, "a") == project.root / "locales" / "zh_CN" / "LC_MESSAGES" / "a.po"


@pytest.mark.parametrize("linked", ["locales", "locales/zh_CN", "locales/zh_CN/LC_MESSAGES"])
def test_a_symlinked_folder_leading_out_is_refused_at_any_depth(project, tmp_path, linked):
    outside = tmp_path / "outside"
    outside.mkdir()
    link = project.root / linked
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside, target_is_directory=True)
    with pytest.raises(ProjectError, match="outside the project root"):
        project.po_path(parse_locale("zh_CN"), "a")


def test_a_symlinked_file_leading_out_is_refused(project, tmp_path):
    (tmp_path / "elsewhere.pot").write_text("", encoding="utf-8")
    (project.root / "locales").mkdir()
    (project.root / "locales" / "a.pot").symlink_to(tmp_path / "elsewhere.pot")
    with pytest.raises(ProjectError, match="outside the project root"):
        project.pot_path("a")


def test_a_symlink_staying_inside_the_root_is_allowed(project):
    (project.root / "real").mkdir()
    (project.root / "locales").symlink_to(project.root / "real", target_is_directory=True)
    assert project.pot_path("a") == project.root / "locales" / "a.pot"


def test_dot_dot_is_judged_by_where_it_lands(project):
    inside = project.root / "build" / ".." / "locales" / "a.pot"
    assert project.inside_root(inside) == inside
    with pytest.raises(ProjectError, match="outside the project root"):
        project.inside_root(project.root / "locales" / ".." / ".." / "a.pot")


def test_a_file_where_a_folder_should_be_is_not_an_escape(project):
    (project.root / "locales").write_text("not a folder", encoding="utf-8")
    path = project.root / "locales" / "a.pot"
    assert project.inside_root(path) == path  # writing there fails later, with its own error


def test_relative_names_paths_from_the_root_through_symlinks(project, tmp_path):
    (project.root / "seeds").mkdir()
    article = project.root / "seeds" / "a.txt"
    article.write_text("x", encoding="utf-8")
    (project.root / "alias").symlink_to(project.root / "seeds", target_is_directory=True)
    assert project.relative(article) == "seeds/a.txt"
    assert project.relative(project.root / "alias" / "a.txt") == "seeds/a.txt"
    assert project.relative(project.root) == "."
    outside = tmp_path / "b.txt"
    assert project.relative(outside) == str(outside)


def test_a_file_turned_symlink_after_its_folder_was_checked_is_still_refused(project, tmp_path):
    zh = parse_locale("zh_CN")
    first = project.po_path(zh, "a")  # the folder does not exist yet: nothing remembered
    first.parent.mkdir(parents=True)
    assert project.po_path(zh, "a") == first  # now the folder is known to be plain
    (tmp_path / "elsewhere.po").write_text("", encoding="utf-8")
    (first.parent / "b.po").symlink_to(tmp_path / "elsewhere.po")
    with pytest.raises(ProjectError, match="outside the project root"):
        project.po_path(zh, "b")


def test_projects_on_the_same_root_are_equal_whatever_they_checked(project):
    other = Project.open(project.root)
    project.pot_path("a")
    (project.root / "locales").mkdir()
    project.pot_path("a")
    assert other == project


# -- settings (`l10n.toml`, checked by `l10n.config`) -----------------------------------------------


def test_settings_default_without_a_file(project):
    assert project.settings.locales[:2] == ("zh_CN", "zh_TW") and project.settings.get("base_url") is None


def test_settings_are_read_normalised_and_exposed_by_name(tmp_path):
    (tmp_path / "l10n.toml").write_text(
        '[l10n]\nlocales = "zh-CN, de"\nengine = "none"\nbase_url = "https://news.example.org/"\n', encoding="utf-8"
    )
    settings = Project.open(tmp_path).settings
    assert settings.locales == ("zh_CN", "de") and settings.engine == "none"
    assert settings.extra["base_url"] == settings.get("base_url") == "https://news.example.org/"


def test_a_declared_key_is_one_line_and_nested_tables_read_as_dotted_keys(tmp_path, monkeypatch):
    from l10n import config
    from l10n.config_checks import integer

    monkeypatch.setitem(config.SCHEMA, "publish.readiness", config.Key("publish.readiness", integer(0, 100), 90, "x"))
    (tmp_path / "l10n.toml").write_text("[l10n.publish]\nreadiness = 80\n", encoding="utf-8")
    assert Project.open(tmp_path).settings.get("publish.readiness") == 80
    (tmp_path / "l10n.toml").write_text("[l10n.publish]\nreadyness = 80\n", encoding="utf-8")
    with pytest.raises(
        ProjectError, match=r"l10n.toml:2: unknown setting 'publish.readyness' \(did you mean 'publish.readiness'"
    ):
        Project.open(tmp_path)


@pytest.mark.parametrize(
    "url", ["news.example.org", "ftp://news.example.org/", "https://", "https://a b.org/", "//news.example.org"]
)
def test_base_url_needs_an_http_scheme_and_a_host(tmp_path, url):
    (tmp_path / "l10n.toml").write_text(f'base_url = "{url}"\n', encoding="utf-8")
    with pytest.raises(ProjectError, match="base_url: .* is not an absolute http"):
        Project.open(tmp_path)


def test_an_option_is_checked_like_the_setting(project):
    assert project.option("engine", None, name="--engine") == "auto"
    assert project.option("engine", "apertium", name="--engine") == "apertium"
    with pytest.raises(ProjectError, match="--engine: unknown engine 'pseudp' \\(did you mean 'pseudo'\\?\\)"):
        project.option("engine", "pseudp", name="--engine")


@pytest.mark.parametrize(
    "content,expected",
    [
        (b"locales = [1, 2]\n", "locales: expected a locale code"),
        (b"locales = []\n", "locales: expected a list of locale codes"),
        (b'locales = ["../../etc"]\n', "invalid locale code '../../etc'"),
        (b"tm_threshold = true\n", "tm_threshold: expected a whole number"),
        (b"tm_threshold = 1e400\n", "tm_threshold: expected a whole number"),
        (b'engine = ["auto"]\n', "engine: unknown engine"),
        (b'locales = "de"\n\xff\xfe\n', "cannot read settings"),
        (b"l10n = 3\n", "[l10n] must be a table"),
    ],
)
def test_hostile_settings_are_one_line_errors(tmp_path, content, expected):
    (tmp_path / "l10n.toml").write_bytes(content)
    with pytest.raises(ProjectError) as error:
        Project.open(tmp_path)
    assert expected in str(error.value) and "\n" not in str(error.value)


def test_settings_can_be_made_by_name_in_code(tmp_path):
    from l10n.project import Settings

    settings = Settings(locales=["de"], engine="none")
    assert settings.locales == ("de",) and settings.engine == "none" and settings.tm_threshold == 75
    assert Project(root=tmp_path, settings=settings).locales("de")[0].code == "de"
    with pytest.raises(TypeError, match="undeclared setting 'locale'"):
        Settings(locale=["de"])


def test_a_project_with_settings_travels_to_worker_processes(tmp_path):
    import pickle

    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\nbase_url = "https://a.example/"\n', encoding="utf-8")
    project = Project.open(tmp_path)
    copy = pickle.loads(pickle.dumps(project))
    assert copy == project and copy.settings.get("base_url") == "https://a.example/"


def test_project_locales_are_the_listed_ones_the_source_and_those_with_catalogs(tmp_path):
    from l10n.errors import LocaleError

    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    (tmp_path / "locales" / "de_CH" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locales" / "stray").mkdir()  # not a catalog folder
    project = Project.open(tmp_path)
    assert project.known_locales() == ("de", "en", "de_CH")
    assert [locale.code for locale in project.locales()] == ["de"]  # no option: the listed ones
    assert project.locale("de-CH").code == "de_CH" and project.locale("en").code == "en"
    with pytest.raises(LocaleError, match="'fr' is not a project locale"):
        project.locales("fr")
