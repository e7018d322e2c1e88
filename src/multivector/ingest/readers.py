"""Turn paths into articles, one format a function; a bad input is a ``Failure``, never an exception.

The formats: ``.txt`` (a first short line is the title), ``.html``/``.htm``
(trafilatura for the main text and metadata, htmldate for the date) and
``.jsonl`` (one article a line). ``-`` reads one article from stdin.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ArticleTooLarge, Errors, InputError
from ..model import Article, Failure
from ..settings import DEFAULTS

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
TITLE_MAX_CHARS = 160
MIN_ARTICLE_WORDS = 8
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}


def iter_articles(paths: Iterable[str | Path], *, max_file_mb: float | None = None) -> Iterator[Article | Failure]:
    """Yield every article under ``paths`` (files, folders recursively, or ``-``), in a stable order."""
    limit = DEFAULTS["max_file_mb"] if max_file_mb is None else max_file_mb
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(limit)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield from read_file(file, limit)
        elif path.is_file():
            yield from read_file(path, limit)
        else:
            yield Failure(str(path), Errors.E009)


def read_file(path: Path, limit_mb: float) -> Iterator[Article | Failure]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(str(path), Errors.E008.format(ext=suffix or path.name), doc_id=path.stem)
        return
    try:
        size = path.stat().st_size
        if size > limit_mb * 1024 * 1024:
            raise ArticleTooLarge(Errors.E004.format(limit=limit_mb, size=size / 1024 / 1024))
        data = path.read_bytes()
        if suffix == ".jsonl":
            yield from parse_jsonl(data, str(path))
        elif suffix in (".html", ".htm"):
            yield parse_html(data, path.stem, str(path))
        else:
            yield parse_txt(data, path.stem, str(path))
    except InputError as err:
        yield Failure(str(path), err.message, doc_id=path.stem)
    except OSError as err:
        yield Failure(str(path), Errors.E010.format(detail=err.strerror or err), doc_id=path.stem)


def _read_stdin(limit_mb: float) -> Iterator[Article | Failure]:
    data = sys.stdin.buffer.read()
    doc_id = "stdin-" + hashlib.sha1(data).hexdigest()[:10]
    try:
        if len(data) > limit_mb * 1024 * 1024:
            raise ArticleTooLarge(Errors.E004.format(limit=limit_mb, size=len(data) / 1024 / 1024))
        head = data.lstrip()[:200].lower()
        if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
            yield parse_html(data, doc_id, "<stdin>")
        else:
            yield parse_txt(data, doc_id, "<stdin>")
    except InputError as err:
        yield Failure("<stdin>", err.message, doc_id=doc_id)


def read_bytes(data: bytes) -> str:
    """Decode bytes as text: UTF-8 first, else the encoding charset-normalizer finds."""
    if not data.strip():
        raise InputError(Errors.E001)
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E002.format(detail="it contains NUL bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(Errors.E003.format(detail="not UTF-8 and no other encoding fits")) from None
        text = str(best)
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    odd = sum(1 for ch in sample if 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd")
    if (controls + odd) > max(3, 0.02 * len(sample)):
        raise InputError(Errors.E002.format(detail=f"{controls + odd} control characters in the first {len(sample)}"))
    if not text.strip():
        raise InputError(Errors.E001)
    return text


def parse_txt(data: bytes, doc_id: str, path: str) -> Article:
    text = read_bytes(data)
    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    title = first if first and len(first) <= TITLE_MAX_CHARS and "\n" in text.strip() else None
    return Article(doc_id=doc_id, text=text, path=path, title=title, fmt="txt")


def parse_html(data: bytes, doc_id: str, path: str) -> Article:
    import trafilatura
    from htmldate import find_date

    html = read_bytes(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError(Errors.E007)
    date = find_date(html, extensive_search=False, original_date=True) or None
    title = getattr(doc, "title", None)
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(
        doc_id=doc_id,
        text=text,
        path=path,
        title=title,
        date=date,
        url=getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
        author=getattr(doc, "author", None),
        fmt="html",
    )


def parse_jsonl(data: bytes, path: str) -> Iterator[Article | Failure]:
    text = read_bytes(data)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Failure(path, Errors.E005.format(line=number, detail=err.msg), doc_id=f"{Path(path).stem}:{number}")
            continue
        if not isinstance(record, dict):
            yield Failure(path, Errors.E005.format(line=number, detail="not an object"), doc_id=f"{Path(path).stem}:{number}")
            continue
        missing = next((f for f in ("id", "text") if not str(record.get(f) or "").strip()), None)
        if missing:
            yield Failure(path, Errors.E006.format(line=number, field=missing), doc_id=f"{Path(path).stem}:{number}")
            continue
        title = record.get("title")
        body = str(record["text"])
        if title and not body.lstrip().startswith(str(title)):
            body = f"{title}\n\n{body}"
        yield Article(
            doc_id=str(record["id"]),
            text=body,
            path=f"{path}:{number}",
            title=title,
            date=record.get("date"),
            url=record.get("url"),
            source=record.get("source"),
            author=record.get("author"),
            fmt="jsonl",
        )
