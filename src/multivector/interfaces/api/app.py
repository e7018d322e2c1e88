"""The HTTP API over the store, and the dashboard's static files, in one FastAPI app.

Reads open a fresh read-only ``Reader`` per request; the one write (``POST /api/articles``)
runs the pipeline outside the lock, then opens the ``Store``, writes and closes it under the
lock. DuckDB cannot hold a read-only and a read-write connection to one file in one process,
so every access to the file goes through the same lock.

Every error, FastAPI's own included, is ``{"error": {"code", "message", "status"}}``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, Path as PathParam, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import Errors, InputError, MultivectorError, QueryError, StoreError
from ...model import EVENT_TYPES
from ...text import check_date

WEB = Path(__file__).resolve().parent.parent / "web"
MAX_UPLOAD_BYTES = 200 * 1024
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
MAX_BOOT = 2000
MAX_OFFSET = 10**9
MAX_SEED = 2**32 - 1
MAX_TEXT = 500  # longest name, key, title or URL a parameter takes
DATE_OR_EMPTY = r"^((000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$"  # no year 0
TYPE_RE = "^(" + "|".join(EVENT_TYPES + tuple(t.lower() for t in EVENT_TYPES)) + ")$"
UPLOAD_TYPES = ("application/json", "text/plain", "text/html")
LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")
LOOPBACK = {*LOCAL_NAMES, "testclient"}  # clients whose writes need no token
PERIOD_RE = r"^\d{4}(-Q[1-4]|-\d{2})?$"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


class ApiError(Exception):
    """An error with an HTTP status, rendered in the one JSON shape."""

    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message
        self.code = message[1:5] if message.startswith("[E") else "E000"


def error_body(status: int, code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}


class ErrorDetail(BaseModel):
    code: str
    message: str
    status: int


class ErrorBody(BaseModel):
    """The one shape of every error."""

    error: ErrorDetail


ERROR_RESPONSES = {status: {"model": ErrorBody, "description": description} for status, description in (
    (400, "A parameter or body that makes no sense (a bad date, an unknown type, an unknown host name)"),
    (401, "A write without the token"),
    (403, "Writes are off, or the write comes from another site"),
    (404, "No such document, country, actor or event cluster"),
    (413, "The upload is too large"),
    (415, "The body is not JSON, plain text or HTML"),
    (422, "Parameters outside their bounds, or an article with no usable text"),
    (503, "The store is busy or cannot be opened"),
)}
READ_ERRORS = {status: ERROR_RESPONSES[status] for status in (400, 404, 422, 503)}


def _status_of(error: MultivectorError) -> int:
    if isinstance(error, QueryError):
        return 404 if error.code in ("E022", "E034", "E036") else 400
    if isinstance(error, InputError):
        return 413 if error.code == "E004" else 422
    if isinstance(error, StoreError):
        return 503
    return 400


def _page(rows: list, limit: int, offset: int) -> dict:
    """Rows fetched with ``limit + 1``: the page and where the next one starts."""
    more = len(rows) > limit
    rows = rows[:limit]
    return {"items": rows, "limit": limit, "offset": offset, "count": len(rows),
            "next_offset": offset + limit if more else None}


def create_app(db: str | Path, *, read_only: bool = False, token: str | None = None,
               allowed_hosts: Iterable[str] | None = LOCAL_NAMES) -> "FastAPI":
    """The API and dashboard over the store at ``db``.

    ``read_only`` turns ``POST /api/articles`` off (403). With ``token``, writes need
    ``Authorization: Bearer <token>``; without one, writes are accepted only from loopback clients.
    Requests whose ``Host`` is not in ``allowed_hosts`` (None: any) are refused, which closes DNS
    rebinding; writes sent by a web page of another origin are refused too."""
    hosts = None if allowed_hosts is None else {h.lower().strip("[]") for h in allowed_hosts}
    db = str(db)
    lock = threading.RLock()
    app = FastAPI(title="multivector", version=_version(),
                  description="PLOVER political events, actors, quotes and the multi-vector balance, from news articles.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.db, app.state.read_only, app.state.token, app.state.lock = db, read_only, token, lock

    # --- errors: one shape -------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(error_body(exc.status, exc.code, exc.message), status_code=exc.status)

    @app.exception_handler(MultivectorError)
    async def _mv_error(request: Request, exc: MultivectorError):
        status = _status_of(exc)
        message = exc.message
        if isinstance(exc, StoreError) and exc.code != "E023":  # its detail names files and processes: not for the web
            message = Errors.E024
        return JSONResponse(error_body(status, message[1:5], message), status_code=status)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        message = Errors.E061.format(detail="; ".join(parts) or "bad parameters")
        return JSONResponse(error_body(422, "E061", message), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 404:
            code, message = "E060", Errors.E060.format(path=request.url.path)
        else:
            code, message = "E061", Errors.E061.format(detail=exc.detail)
        return JSONResponse(error_body(exc.status_code, code, message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        message = Errors.E067.format(detail=type(exc).__name__)
        return JSONResponse(error_body(500, "E067", message), status_code=500)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        refusal = _refusal(request, hosts)
        if refusal is not None:
            status, message = refusal
            return JSONResponse(error_body(status, message[1:5], message), status_code=status)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    # --- store access ------------------------------------------------------------------------
    @contextmanager
    def reader():
        from ...store import Reader

        with lock:
            r = Reader(db)
            try:
                yield r
            finally:
                r.close()

    def known(r, key: str) -> str:
        key = key.upper()
        found = r.con.execute(
            "SELECT 1 FROM event_actors WHERE code = ? OR actor_key = ? UNION ALL "
            "SELECT 1 FROM actors WHERE code = ? OR actor_key = ? LIMIT 1", [key, key, key, key]).fetchall()
        if not found:
            raise QueryError(Errors.E034.format(value=key))
        return key

    # a fresh FieldInfo per parameter: FastAPI must not share one between two parameters
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

    # --- reads -------------------------------------------------------------------------------
    @app.get("/api/documents", tags=["read"], summary="Documents, by date", responses=READ_ERRORS)
    def documents(limit: int = Limit(), offset: int = Offset()) -> dict:
        with reader() as r:
            return _page(r.documents(limit=limit + 1, offset=offset), limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["read"], summary="One document: text, date reasoning, events with offsets, actors, quotes",
             responses=READ_ERRORS)
    def document(doc_id: str = PathParam(..., max_length=MAX_TEXT)) -> dict:
        with reader() as r:
            return r.document(doc_id)

    @app.get("/api/events", tags=["read"], summary="Events, filtered", responses=READ_ERRORS)
    def events(country: Optional[str] = Key(),
               actor: Optional[str] = Key("Part of an actor's name"),
               type: Optional[str] = Query(None, pattern=TYPE_RE, description="PLOVER event type (AGREE or agree)"),
               modality: Optional[str] = Query(None, pattern="^(asserted|future|hypothetical|denied|reported)$"),
               since: Optional[str] = Date(), until: Optional[str] = Date(), doc: Optional[str] = Key("A document id"),
               limit: int = Limit(), offset: int = Offset()) -> dict:
        since, until = check_date(since or None), check_date(until or None)
        with reader() as r:
            if country:
                country = known(r, country)
            if doc:
                r.document(doc)  # E022 when unknown
            rows = r.events(country=country, actor=actor, type=type, modality=modality, since=since, until=until,
                            doc=doc, limit=limit + 1, offset=offset)
            return _page(rows, limit, offset)

    @app.get("/api/actors", tags=["read"], summary="Actors with mentions and documents", responses=READ_ERRORS)
    def actors(country: Optional[str] = Key(), limit: int = Limit(), offset: int = Offset()) -> dict:
        with reader() as r:
            if country:
                country = known(r, country)
            rows = r.actors(country=country)
        return _page(rows[offset:offset + limit + 1], limit, offset)

    @app.get("/api/relations/{a}/{b}", tags=["analytics"], summary="Relations of two actors per period, both directions",
             responses=READ_ERRORS)
    def relations(a: str = PathParam(..., max_length=MAX_TEXT), b: str = PathParam(..., max_length=MAX_TEXT), by: str = By(),
                  since: Optional[str] = Date(), until: Optional[str] = Date(), fold_eu: bool = False,
                  count: str = Count()) -> dict:
        from ...analytics import relations as compute

        since, until = check_date(since or None), check_date(until or None)
        with reader() as r:
            a, b = known(r, a), known(r, b)
            return {"a": a, "b": b, "by": by, "count": count,
                    "periods": compute(r.con, a, b, by=by, since=since, until=until, fold_eu=fold_eu, count=count)}

    @app.get("/api/balance/{country}", tags=["analytics"], summary="The multi-vector balance of a country", responses=READ_ERRORS)
    def balance(country: str = PathParam(..., max_length=MAX_TEXT),
                partners: Optional[str] = Key("Comma-separated, e.g. RUS,USA,CHN,EU"),
                by: str = By(), fold_eu: bool = False, min_events: int = Query(3, ge=1, le=MAX_OFFSET),
                n_boot: int = Query(500, ge=0, le=MAX_BOOT), seed: int = Query(0, ge=0, le=MAX_SEED),
                since: Optional[str] = Date(), until: Optional[str] = Date(), count: str = Count()) -> dict:
        from ...analytics import balance as compute

        since, until = check_date(since or None), check_date(until or None)
        with reader() as r:
            focal = known(r, country)
            chosen = [known(r, p) for p in partners.split(",") if p.strip()] if partners else None
            return compute(r.con, focal, partners=chosen, by=by, fold_eu=fold_eu, min_events=min_events, n_boot=n_boot,
                           seed=seed, since=since, until=until, count=count)

    @app.get("/api/balance/{country}/periods/{period}", tags=["analytics"], responses=READ_ERRORS,
             summary="The events of one period between a country and its partners, ranked by how much they moved the shares")
    def balance_period(country: str = PathParam(..., max_length=MAX_TEXT),
                       period: str = PathParam(..., pattern=PERIOD_RE, description="2014, 2014-Q2 or 2014-05"),
                       partners: Optional[str] = Key("Comma-separated, e.g. RUS,USA,CHN,EU"), by: str = By(), fold_eu: bool = False,
                       limit: int = Limit(), count: str = Count()) -> dict:
        from ...analytics import movers

        with reader() as r:
            focal = known(r, country)
            chosen = [known(r, p) for p in partners.split(",") if p.strip()] if partners else None
            rows = movers(r.con, focal, period, partners=chosen, by=by, fold_eu=fold_eu, limit=limit, count=count)
        return {"focal": focal, "period": period, "by": by, "count": count, "events": rows}

    @app.get("/api/network", tags=["analytics"], summary="All dyads with volume and net cooperation; actors by centrality",
             responses=READ_ERRORS)
    def network(since: Optional[str] = Date(), until: Optional[str] = Date(), fold_eu: bool = False,
                count: str = Count()) -> dict:
        from ...analytics import network as compute

        since, until = check_date(since or None), check_date(until or None)
        with reader() as r:
            return compute(r.con, since=since, until=until, fold_eu=fold_eu, count=count)

    @app.get("/api/clusters/{cluster_id}", tags=["read"], responses=READ_ERRORS,
             summary="One event cluster (a happening, however many articles report it): its reports, sources and every event behind it")
    def cluster(cluster_id: str = PathParam(..., max_length=MAX_TEXT)) -> dict:
        with reader() as r:
            return r.cluster(cluster_id)

    # --- the one write -----------------------------------------------------------------------
    non_empty = {"type": "string", "pattern": "\\S"}  # the size limit is on bytes, not characters: a 413, documented
    body_schema = {"required": True, "content": {
        "application/json": {"schema": {
            "type": "object",
            "properties": {
                "text": {**non_empty, "description": "The article as plain text"},
                "html": {**non_empty, "description": "The article as an HTML page (text is extracted)"},
                "title": {"type": ["string", "null"], "maxLength": MAX_TEXT},
                "date": {"type": ["string", "null"], "pattern": DATE_OR_EMPTY, "description": "YYYY[-MM[-DD]] when known"},
                "url": {"type": ["string", "null"], "maxLength": MAX_TEXT}},
            "anyOf": [{"required": ["text"]}, {"required": ["html"]}]}},
        "text/plain": {"schema": non_empty}, "text/html": {"schema": non_empty}}}
    write_responses = {
        200: {"description": "The same text was stored before: its document and events"},
        201: {"description": "Stored: the new document and its events"},
        **{status: ERROR_RESPONSES[status] for status in (400, 401, 403, 413, 415, 422, 503)}}

    @app.post("/api/articles", tags=["write"], status_code=201, openapi_extra={"requestBody": body_schema},
              responses=write_responses,
              summary=f"Process one article (text or HTML, at most {MAX_UPLOAD_BYTES // 1024} kB), store it, return its document and events")
    async def post_article(request: Request):
        _authorise(request, read_only, token)
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
        article = _parse_upload(bytes(data), kind)
        doc_id, duplicate = await run_in_threadpool(_process_and_store, db, lock, article)
        with reader() as r:
            doc = r.document(doc_id)
        body = {"doc_id": doc_id, "duplicate": duplicate, "document": doc, "events": doc["events"]}
        return JSONResponse(jsonable_encoder(body), status_code=200 if duplicate else 201)

    @app.api_route("/api/{rest:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"], include_in_schema=False)
    def unknown(request: Request, rest: str):
        """Under /api, a path no route takes is a JSON 404, and a method a route lacks a 405 naming those it has."""
        allowed = sorted({m for route in app.routes if route is not unknown_route and isinstance(route, APIRoute)
                          and route.path_regex.match(request.url.path) for m in route.methods})
        if allowed:
            raise StarletteHTTPException(405, "Method Not Allowed", headers={"Allow": ", ".join(allowed)})
        raise StarletteHTTPException(404)

    unknown_route = app.routes[-1]
    if WEB.is_dir():
        app.mount("/", StaticFiles(directory=WEB, html=True), name="web")
    return app


def _refusal(request: Request, hosts: set[str] | None) -> tuple[int, str] | None:
    """Why a request is refused before it is handled: an unknown Host, or a write from another site's page."""
    host = request.headers.get("host", "")
    name = urlsplit(f"//{host}").hostname or ""
    if hosts is not None and name not in hosts:
        return 400, Errors.E069.format(host=host[:100])
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    origin = request.headers.get("origin")
    cross_site = request.headers.get("sec-fetch-site") in ("cross-site", "same-site")
    if cross_site or (origin is not None and urlsplit(origin).netloc.lower() != host.lower()):
        return 403, Errors.E068.format(origin=(origin or "of another site")[:100])
    return None


def _authorise(request: Request, read_only: bool, token: str | None) -> None:
    if read_only:
        raise ApiError(403, Errors.E064)
    if token:
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise ApiError(401, Errors.E065)
    elif (request.client.host if request.client else "") not in LOOPBACK:
        raise ApiError(403, Errors.E065)


def _parse_upload(data: bytes, kind: str):
    """The uploaded bytes (of media type ``kind``) as an ``Article``; 400 for what cannot be read."""
    from ...ingest.readers import parse_html
    from ...model import Article

    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ApiError(400, Errors.E063.format(detail=f"byte {err.start}")) from None
    fields: dict = {}
    if kind in ("text/plain", "text/html"):
        fields = {"html" if kind == "text/html" else "text": raw}
    else:
        try:
            fields = json.loads(raw)
        except json.JSONDecodeError as err:
            raise ApiError(400, Errors.E066.format(detail=f"not JSON ({err.msg})")) from None
        if not isinstance(fields, dict):
            raise ApiError(400, Errors.E066.format(detail="expected a JSON object"))
    for key in ("text", "html", "title", "date", "url"):
        if fields.get(key) is not None and not isinstance(fields[key], str):
            raise ApiError(400, Errors.E066.format(detail=f"'{key}' must be a string"))
    blank = [key for key in ("text", "html") if key in fields and not (fields[key] or "").strip()]
    if blank:
        raise ApiError(400, Errors.E066.format(detail=f"'{blank[0]}' is empty: leave it out or give text"))
    text, html = (fields.get("text") or "").strip(), (fields.get("html") or "").strip()
    if not text and not html:
        raise ApiError(400, Errors.E066.format(detail="give a non-empty 'text' or 'html'"))
    if fields.get("title") and len(fields["title"]) > MAX_TEXT or fields.get("url") and len(fields["url"]) > MAX_TEXT:
        raise ApiError(400, Errors.E066.format(detail=f"'title' and 'url' have at most {MAX_TEXT} characters"))
    if fields.get("date"):
        try:
            check_date(fields["date"])
        except QueryError as error:
            raise ApiError(400, error.message) from None
    source = html or text
    doc_id = "api-" + hashlib.sha1(source.encode()).hexdigest()[:12]
    try:
        if html:
            article = parse_html(html.encode(), doc_id, "<api>")
        else:
            first = text.split("\n", 1)[0].strip()
            title = fields.get("title") or (first if len(first) <= 200 and "\n" in text else None)
            article = Article(doc_id=doc_id, text=text, path="<api>", title=title, fmt="txt")
    except InputError as error:
        raise ApiError(422, error.message) from None
    if fields.get("title"):
        article.title = fields["title"]
    article.date = fields.get("date") or article.date
    article.url = fields.get("url") or article.url
    return article


def _process_and_store(db: str, lock, article) -> tuple[str, bool]:
    """Run the pipeline on one article (outside the lock), then write it (inside). (doc_id, was it a duplicate)."""
    from ...model import Failure
    from ...pipeline import process
    from ...store import Store

    batches = list(process([article]))
    items = [item for batch in batches for item in batch]
    failure = next((i for i in items if isinstance(i, Failure)), None)
    if failure is not None or not items:
        reason = failure.reason if failure else Errors.E012.format(detail="nothing came out of the pipeline")
        raise ApiError(413 if reason.startswith("[E004]") else 422, reason)
    ex = items[0]
    with lock:
        with Store(db) as store:
            if store.write([ex]):
                return ex.document.doc_id, False
            return store.doc_id_of(ex.document.content_hash), True


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("multivector")
    except PackageNotFoundError:
        return "0"
