"""What the routers share: the store behind its lock, the write check, the upload limits, the parameters.

DuckDB cannot hold a read-only and a read-write connection to one file in one process, so every access
to the file goes through one lock: reads open a fresh read-only ``Reader`` under it per request, the one
write opens the ``Store`` under it once the pipeline has run."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Query, Request

from ...errors import Errors
from ...model import EVENT_TYPES, Extraction
from ...store import Reader, Store
from ...text import DATE_OR_EMPTY
from .errors import ApiError

MAX_UPLOAD_BYTES = 200 * 1024
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_BOOT = 2000
MAX_OFFSET = 10**9
MAX_SEED = 2**32 - 1
MAX_TEXT = 500  # longest name, key, title or URL a parameter takes
TYPE_RE = "^(" + "|".join(EVENT_TYPES + tuple(t.lower() for t in EVENT_TYPES)) + ")$"
PERIOD_RE = r"^\d{4}(-Q[1-4]|-\d{2})?$"
UPLOAD_TYPES = ("application/json", "text/plain", "text/html")
LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")
LOOPBACK = {*LOCAL_NAMES, "testclient"}  # clients whose writes need no token


# --- the store -----------------------------------------------------------------------------------
class StoreAccess:
    """The store file and the one lock every read and write of it takes."""

    def __init__(self, db: str):
        self.db = db
        self.lock = threading.RLock()

    @contextmanager
    def read(self) -> Iterator[Reader]:
        with self.lock:
            reader = Reader(self.db)
            try:
                yield reader
            finally:
                reader.close()

    def write(self, extraction: Extraction) -> tuple[str, bool]:
        """Store one extraction: (its doc_id, whether the same text was stored before)."""
        with self.lock:
            with Store(self.db) as store:
                if store.write([extraction]):
                    return extraction.document.doc_id, False
                return store.doc_id_of(extraction.document.content_hash), True


async def store_access(request: Request) -> StoreAccess:
    return request.app.state.store


# --- the one write -------------------------------------------------------------------------------
async def require_write(request: Request) -> None:
    """403 when writes are off; with a token, 401 without ``Authorization: Bearer <token>``; without one,
    403 for a client other than loopback."""
    read_only, token = request.app.state.read_only, request.app.state.token
    if read_only:
        raise ApiError(403, Errors.E064)
    if token:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise ApiError(401, Errors.E065)
    elif (request.client.host if request.client else "") not in LOOPBACK:
        raise ApiError(403, Errors.E065)


@dataclass
class Upload:
    data: bytes
    kind: str  # the media type, one of UPLOAD_TYPES


async def read_upload(request: Request) -> Upload:
    """The request body, refused (415) unless of an upload type and (413) beyond ``MAX_UPLOAD_BYTES``, which
    is checked on the declared length first and on the bytes read so far, so a large body is never held."""
    kind = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if kind not in UPLOAD_TYPES:
        raise ApiError(415, Errors.E071.format(found=kind[:100], expected=", ".join(UPLOAD_TYPES)))
    size = request.headers.get("content-length")
    if size and size.isdigit() and int(size) > MAX_UPLOAD_BYTES:
        raise ApiError(413, Errors.E062.format(limit=MAX_UPLOAD_BYTES // 1024))
    data = bytearray()
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_UPLOAD_BYTES:
            raise ApiError(413, Errors.E062.format(limit=MAX_UPLOAD_BYTES // 1024))
    return Upload(bytes(data), kind)


# --- parameters: a fresh FieldInfo per parameter, since FastAPI must not share one between two ---
def Limit():
    return Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT}.")


def Offset():
    return Query(0, ge=0, le=MAX_OFFSET)


def By():
    return Query("year", pattern="^(month|quarter|year)$", description="month, quarter or year")


def Date():
    return Query(None, pattern=DATE_OR_EMPTY, description="YYYY, YYYY-MM or YYYY-MM-DD (empty: no bound)")


def Key(description: str = "ISO3 code or organisation (KAZ, CSTO)"):
    return Query(None, max_length=MAX_TEXT, description=description)


def Count():
    return Query("clusters", pattern="^(clusters|mentions)$",
                 description="clusters: each happening once, however many articles report it; mentions: every report")


def page(rows: list, limit: int, offset: int) -> dict:
    """Rows fetched with ``limit + 1``: the page and where the next one starts."""
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "limit": limit, "offset": offset, "count": len(rows),
            "next_offset": offset + limit if more else None}
