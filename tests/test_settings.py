"""Settings: each layer (defaults → file → environment → options) overrides the one below; bad input is a coded error."""

import pytest
from typer.testing import CliRunner

from multivector.errors import SettingsError
from multivector.interfaces.cli import app
from multivector.settings import DEFAULTS, SETTINGS, Settings, load_settings


@pytest.fixture(autouse=True)
def elsewhere(tmp_path, monkeypatch):
    """A working directory without multivector.toml and an environment without MULTIVECTOR_* settings."""
    monkeypatch.chdir(tmp_path)
    for name in [*DEFAULTS, "config"]:
        monkeypatch.delenv(f"MULTIVECTOR_{name.upper()}", raising=False)


def test_the_defaults_are_the_table():
    settings = load_settings()
    assert isinstance(settings, Settings)
    assert {s.name: getattr(settings, s.name) for s in SETTINGS} == DEFAULTS
    with pytest.raises(AttributeError):
        settings.db = "other.duckdb"  # frozen


def test_the_file_overrides_the_defaults(tmp_path):
    (tmp_path / "multivector.toml").write_text('db = "from-file.duckdb"\nbatch_size = 8\nnear_duplicate_threshold = 1\n')
    settings = load_settings()
    assert (settings.db, settings.batch_size, settings.lock_wait) == ("from-file.duckdb", 8, DEFAULTS["lock_wait"])
    assert settings.near_duplicate_threshold == 1.0 and isinstance(settings.near_duplicate_threshold, float)


def test_a_named_file_is_read_instead_of_the_working_directorys(tmp_path, monkeypatch):
    (tmp_path / "multivector.toml").write_text("batch_size = 8\n")
    (tmp_path / "other.toml").write_text("batch_size = 9\n")
    assert load_settings(tmp_path / "other.toml").batch_size == 9
    monkeypatch.setenv("MULTIVECTOR_CONFIG", str(tmp_path / "other.toml"))
    assert load_settings().batch_size == 9


def test_the_environment_overrides_the_file(tmp_path, monkeypatch):
    (tmp_path / "multivector.toml").write_text('db = "from-file.duckdb"\nlock_wait = 5\n')
    monkeypatch.setenv("MULTIVECTOR_LOCK_WAIT", "7")
    monkeypatch.setenv("MULTIVECTOR_NEAR_DUPLICATE_THRESHOLD", "0.5")
    settings = load_settings()
    assert (settings.db, settings.lock_wait, settings.near_duplicate_threshold) == ("from-file.duckdb", 7, 0.5)


def test_options_override_the_environment(monkeypatch):
    monkeypatch.setenv("MULTIVECTOR_DB", "from-env.duckdb")
    assert load_settings().db == "from-env.duckdb"
    assert load_settings(db="from-option.duckdb").db == "from-option.duckdb"
    assert load_settings(db=None).db == "from-env.duckdb"  # an option not given leaves the layer below


@pytest.mark.parametrize("text, code, named", [
    ("batch_size = [", "E090", "multivector.toml"),
    ("bach_size = 8\n", "E091", "bach_size"),
    ('batch_size = "many"\n', "E092", "batch_size"),
    ("workers = -1\n", "E092", "workers"),
    ("lock_wait = true\n", "E092", "lock_wait"),
])
def test_a_bad_file_is_a_coded_error_naming_the_file_and_key(tmp_path, text, code, named):
    (tmp_path / "multivector.toml").write_text(text)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.code == code
    assert named in str(caught.value) and "multivector.toml" in str(caught.value)


def test_a_missing_named_file_and_a_bad_variable_are_coded_errors(tmp_path, monkeypatch):
    with pytest.raises(SettingsError, match=r"\[E090\].*absent.toml"):
        load_settings(tmp_path / "absent.toml")
    monkeypatch.setenv("MULTIVECTOR_BATCH_SIZE", "lots")
    with pytest.raises(SettingsError, match=r"\[E092\].*MULTIVECTOR_BATCH_SIZE"):
        load_settings()


def test_the_cli_takes_the_store_from_each_layer_and_its_option_wins(tmp_path, monkeypatch):
    runner = CliRunner()
    (tmp_path / "multivector.toml").write_text('db = "from-file.duckdb"\n')
    result = runner.invoke(app, ["events"])
    assert result.exit_code == 1 and "from-file.duckdb" in result.output and "[E020]" in result.output
    (tmp_path / "named.toml").write_text('db = "from-named-file.duckdb"\n')
    assert "from-named-file.duckdb" in runner.invoke(app, ["--config", "named.toml", "events"]).output
    monkeypatch.setenv("MULTIVECTOR_DB", "from-env.duckdb")
    assert "from-env.duckdb" in runner.invoke(app, ["events"]).output
    result = runner.invoke(app, ["events", "--db", "from-option.duckdb"])
    assert "from-option.duckdb" in result.output and "from-env.duckdb" not in result.output


def test_the_cli_refuses_a_bad_settings_file_with_the_code_not_a_traceback(tmp_path):
    (tmp_path / "multivector.toml").write_text("colour = 'blue'\n")
    result = CliRunner().invoke(app, ["events"])
    assert result.exit_code == 1
    assert "[E091]" in result.output and "colour" in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, SettingsError)
