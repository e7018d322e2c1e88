"""The classifier ``make model`` ships in the package: a first run loads it instead of training."""

import json
import os
import subprocess
import sys

import pytest

from multivector.events.classifier import (
    _fingerprint,
    build_packaged,
    origin,
    packaged_paths,
)

pytestmark = pytest.mark.model

FIRST_RUN = """
import time
from multivector.events.classifier import load_classifier, origin
start = time.monotonic()
where = origin()
load_classifier()
print(where, round(time.monotonic() - start, 1))
"""


def test_a_first_run_uses_the_packaged_model_and_does_not_train(tmp_path):
    record = packaged_paths()[1]
    if origin() != "packaged":  # `make test` builds it first; a bare pytest builds it here
        build_packaged()
    assert json.loads(record.read_text("utf-8"))["fingerprint"] == _fingerprint()
    cache = tmp_path / "empty-cache"  # a first run: nothing cached
    done = subprocess.run([sys.executable, "-c", FIRST_RUN], env={**os.environ, "MULTIVECTOR_CACHE": str(cache)},
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    where, seconds = done.stdout.split()
    assert where == "packaged"
    assert not cache.exists()  # training would have cached its model there
    assert float(seconds) < 30, seconds  # training takes about a minute; loading a few seconds
