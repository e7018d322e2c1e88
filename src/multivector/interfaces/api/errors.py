"""The one JSON error shape, ``{"error": {"code", "message", "status"}}``, for every error the API answers.

The handlers turn the catalogue's errors, FastAPI's validation errors, Starlette's HTTP errors and anything
unexpected into that shape; ``ERROR_RESPONSES`` documents it in the OpenAPI document."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from ...errors import Errors, InputError, MultivectorError, QueryError, StoreError
from ...text import DATE_OR_EMPTY, DATE_RE


class ApiError(Exception):
    """An error with an HTTP status, rendered in the one JSON shape."""

    def __init__(self, status: int, message: str):
        self.status = status
        self.message = message
        self.code = message[1:5] if message.startswith("[E") else "E000"


def error_body(status: int, code: str, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    """The one shape for a catalogue message (``[Exxx] ...``)."""
    return JSONResponse(error_body(status, message[1:5], message), status_code=status, headers=headers)


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


def status_of(error: MultivectorError) -> int:
    """The HTTP status of a catalogue error: unknown things 404, bad input 400/413/422, a busy store 503."""
    if isinstance(error, QueryError):
        return 404 if error.code in ("E022", "E034", "E036") else 400
    if isinstance(error, InputError):
        return 413 if error.code == "E004" else 422
    if isinstance(error, StoreError):
        return 503
    return 400


async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return JSONResponse(error_body(exc.status, exc.code, exc.message), status_code=exc.status)


async def _catalogue_error(request: Request, exc: MultivectorError) -> JSONResponse:
    message = exc.message
    if isinstance(exc, StoreError) and exc.code != "E023":  # its detail names files and processes: not for the web
        message = Errors.E024
    return error_response(status_of(exc), message)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    parts = []
    for e in exc.errors():
        if e.get("ctx", {}).get("pattern") == DATE_OR_EMPTY and DATE_RE.match(str(e.get("input"))):
            return error_response(400, Errors.E030.format(value=e.get("input")))  # well formed, no such day: as the store says it
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
    return error_response(422, Errors.E061.format(detail="; ".join(parts) or "bad parameters"))


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 404:
        message = Errors.E060.format(path=request.url.path)
    else:
        message = Errors.E061.format(detail=exc.detail)
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    return error_response(500, Errors.E067.format(detail=type(exc).__name__))


def install_error_handlers(app: FastAPI) -> None:
    """Every error ``app`` answers, FastAPI's own included, in the one shape."""
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(MultivectorError, _catalogue_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _internal_error)
