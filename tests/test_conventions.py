"""Project conventions that a reviewer would otherwise check by hand."""

import re
from pathlib import Path

from multivector.errors import Errors
from multivector.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


def test_settings_are_documented_with_their_defaults():
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    rows = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(r"^\| (\w+) \| ([^|]+) \| ([^|]+) \|$", doc, re.M)}
    for s in SETTINGS:
        assert s.name in rows, f"{s.name} missing from docs/settings.md"
        assert rows[s.name][0].strip() == str(s.default)
        assert rows[s.name][1].strip() == s.help
    assert set(rows) - {"name"} == {s.name for s in SETTINGS}


def test_error_codes_are_unique_and_match_their_names():
    codes = {k: v for k, v in vars(Errors).items() if k.startswith("E")}
    for name, message in codes.items():
        assert message.startswith(f"[{name}] ")
    assert len(set(codes.values())) == len(codes)


def test_the_package_does_not_ship_the_seed_articles_or_gold():
    pkg = ROOT / "src" / "multivector"
    seeds = [p.read_text(encoding="utf-8")[:200] for p in (ROOT.parent / "shared" / "seeds").glob("*.txt")]
    for path in pkg.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".json", ".jsonl", ".html"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            assert not any(s and s in text for s in seeds), path
            assert "PLOVER-GSR" not in text, path
