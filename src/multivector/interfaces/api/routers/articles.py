"""``POST /api/articles``, the one write: an uploaded article through the pipeline into the store.

The pipeline runs outside the store's lock; only the write takes it."""

from __future__ import annotations

import hashlib
import json

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from ....errors import Errors, InputError, QueryError
from ....ingest.readers import parse_html
from ....model import Article, Extraction, Failure
from ....text import check_date
from ..deps import (DATE_OR_EMPTY, MAX_TEXT, MAX_UPLOAD_BYTES, StoreAccess, Upload, read_upload, require_write,
                    store_access)
from ..errors import ERROR_RESPONSES, ApiError

router = APIRouter(tags=["write"])

NON_EMPTY = {"type": "string", "pattern": "\\S"}  # the size limit is on bytes, not characters: a 413, documented
BODY_SCHEMA = {"required": True, "content": {
    "application/json": {"schema": {
        "type": "object",
        "properties": {
            "text": {**NON_EMPTY, "description": "The article as plain text"},
            "html": {**NON_EMPTY, "description": "The article as an HTML page (text is extracted)"},
            "title": {"type": ["string", "null"], "maxLength": MAX_TEXT},
            "date": {"type": ["string", "null"], "pattern": DATE_OR_EMPTY, "description": "YYYY[-MM[-DD]] when known"},
            "url": {"type": ["string", "null"], "maxLength": MAX_TEXT}},
        "anyOf": [{"required": ["text"]}, {"required": ["html"]}]}},
    "text/plain": {"schema": NON_EMPTY}, "text/html": {"schema": NON_EMPTY}}}
WRITE_RESPONSES = {
    200: {"description": "The same text was stored before: its document and events"},
    201: {"description": "Stored: the new document and its events"},
    **{status: ERROR_RESPONSES[status] for status in (400, 401, 403, 413, 415, 422, 503)}}


@router.post("/articles", status_code=201, openapi_extra={"requestBody": BODY_SCHEMA}, responses=WRITE_RESPONSES,
             dependencies=[Depends(require_write)],
             summary=f"Process one article (text or HTML, at most {MAX_UPLOAD_BYTES // 1024} kB), store it, return its document and events")
async def post_article(upload: Upload = Depends(read_upload), store: StoreAccess = Depends(store_access)):
    article = parse_upload(upload)
    doc_id, duplicate = await run_in_threadpool(_process_and_store, store, article)
    with store.read() as r:
        doc = r.document(doc_id)
    body = {"doc_id": doc_id, "duplicate": duplicate, "document": doc, "events": doc["events"]}
    return JSONResponse(jsonable_encoder(body), status_code=200 if duplicate else 201)


def parse_upload(upload: Upload) -> Article:
    """The uploaded bytes as an ``Article``; 400 for what cannot be read, 422 for HTML with no article text."""
    try:
        raw = upload.data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ApiError(400, Errors.E063.format(detail=f"byte {err.start}")) from None
    fields: dict = {}
    if upload.kind in ("text/plain", "text/html"):
        fields = {"html" if upload.kind == "text/html" else "text": raw}
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


def _process_and_store(store: StoreAccess, article: Article) -> tuple[str, bool]:
    """Run the pipeline on one article (outside the lock), then write it. (doc_id, was it a duplicate)."""
    from ....pipeline import process  # spaCy and the models load with the first article, not with the server

    items = [item for batch in process([article]) for item in batch]
    failure = next((i for i in items if isinstance(i, Failure)), None)
    if failure is not None or not items:
        reason = failure.reason if failure else Errors.E012.format(detail="nothing came out of the pipeline")
        raise ApiError(413 if reason.startswith("[E004]") else 422, reason)
    extraction: Extraction = items[0]
    return store.write(extraction)
