"""The public API is what ``multivector.__all__`` says: nothing more is importable without an underscore, nothing
less resolves, and importing the package loads neither spaCy nor DuckDB."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import multivector


def public_names() -> set[str]:
    """Names ``from multivector import X`` finds, submodules aside (Python sets them on the package as they load)."""
    return {name for name in dir(multivector) if not name.startswith("_") and not isinstance(getattr(multivector, name), ModuleType)}


def test_the_public_names_are_exactly_all():
    assert public_names() == set(multivector.__all__)
    assert len(multivector.__all__) == len(set(multivector.__all__))


def test_every_name_in_all_resolves():
    for name in multivector.__all__:
        assert getattr(multivector, name) is not None, name
    from multivector import Reader, Store, process, run  # noqa: F401  the names README's users call


def test_importing_the_package_loads_no_heavy_library():
    code = "import sys, multivector; print(sorted({'spacy', 'duckdb'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
