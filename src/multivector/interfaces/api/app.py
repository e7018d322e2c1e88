"""The HTTP API over the store, and the dashboard's static files, in one FastAPI app.

``create_app`` holds the settings, the one error shape, the security headers and the host and
cross-site checks; the routes live in ``routers/`` (one module per resource), what they share in ``deps``.
Every error, FastAPI's own included, is ``{"error": {"code", "message", "status"}}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from ...errors import Errors
from .deps import LOCAL_NAMES, StoreAccess
from .errors import error_response, install_error_handlers
from .routers import actors, analytics, articles, documents, events

WEB = Path(__file__).resolve().parent.parent / "web"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
API = "/api"
ROUTERS = (documents.router, events.router, actors.router, analytics.router, articles.router)


def create_app(db: str | Path, *, read_only: bool = False, token: str | None = None,
               allowed_hosts: Iterable[str] | None = LOCAL_NAMES) -> FastAPI:
    """The API and dashboard over the store at ``db``.

    ``read_only`` turns ``POST /api/articles`` off (403). With ``token``, writes need
    ``Authorization: Bearer <token>``; without one, writes are accepted only from loopback clients.
    Requests whose ``Host`` is not in ``allowed_hosts`` (None: any) are refused, which closes DNS
    rebinding; writes sent by a web page of another origin are refused too."""
    hosts = None if allowed_hosts is None else {h.lower().strip("[]") for h in allowed_hosts}
    app = FastAPI(title="multivector", version=_version(),
                  description="PLOVER political events, actors, quotes and the multi-vector balance, from news articles.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store, app.state.read_only, app.state.token = StoreAccess(str(db)), read_only, token
    install_error_handlers(app)

    @app.middleware("http")
    async def _guard_and_headers(request: Request, call_next):
        refusal = _refusal(request, hosts)
        if refusal is not None:
            status, message = refusal
            return error_response(status, message)
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    for router in ROUTERS:
        app.include_router(router, prefix=API)
    # the routes' paths and methods, for the catch-all's 405 (included routers are not listed one by one in app.routes)
    app.state.api_routes = [(compile_path(API + route.path)[0], route.methods) for router in ROUTERS for route in router.routes]
    app.add_api_route(API + "/{rest:path}", _unknown, methods=ALL_METHODS, include_in_schema=False)
    if WEB.is_dir():
        app.mount("/", StaticFiles(directory=WEB, html=True), name="web")
    return app


def _unknown(request: Request, rest: str):
    """Under /api, a path no route takes is a JSON 404, and a method a route lacks a 405 naming those it has."""
    allowed = sorted({m for regex, methods in request.app.state.api_routes if regex.match(request.url.path) for m in methods})
    if allowed:
        raise StarletteHTTPException(405, "Method Not Allowed", headers={"Allow": ", ".join(allowed)})
    raise StarletteHTTPException(404)


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


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("multivector")
    except PackageNotFoundError:
        return "0"
