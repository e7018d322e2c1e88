"""Turn paths into articles, one format a function; a bad input is a ``Failure``, never an exception.

The formats: ``.txt`` (a first short line is the title), ``.html``/``.htm``
(trafilatura for the main text and metadata, htmldate for the date) and
``.jsonl`` (one article a line). ``-`` reads one article from stdin.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import ArticleTooLarge, Errors, InputError
from ..model import Article, Failure
from ..settings import DEFAULTS

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
TITLE_MAX_CHARS = 160
MIN_ARTICLE_WORDS = 8
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A few stray bytes in UTF-8 text are damage, not another encoding: replaced and counted.
MAX_STRAY_BYTES = 2
# charset-normalizer's "chaos" (0 = clean text) above which a guessed encoding is refused.
MAX_ENCODING_CHAOS = 0.15
# Single-byte encodings this close to the best guess are a tie; windows-1252 (what browsers read latin-1 as) wins it.
_TIE = 0.02
_READ_CHUNK = 1 << 20


@dataclass
class Decoded:
    text: str
    encoding: str
    replaced: int = 0


def iter_articles(paths: Iterable[str | Path], *, max_file_mb: float | None = None) -> Iterator[Article | Failure]:
    """Yield every article under ``paths`` (files, folders recursively, or ``-``), in a stable order.

    Every input that yields no article yields a ``Failure`` saying why: unknown file types
    inside folders and broken links included. Hidden files and folders are not inputs."""
    limit = DEFAULTS["max_file_mb"] if max_file_mb is None else max_file_mb
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(limit)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in input_files(path):
                yield from read_file(file, limit)
        elif path.is_file():
            yield from read_file(path, limit)
        elif path.is_symlink():
            yield _broken_link(path)
        else:
            yield Failure(str(path), Errors.E009)


def input_files(folder: Path) -> list[Path]:
    """Files and links under ``folder`` in a stable order, hidden ones left out: each is an input, read or reported."""
    found = []
    for p in folder.rglob("*"):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        if p.is_file() or (p.is_symlink() and not p.exists()):
            found.append(p)
    return sorted(found)


def _broken_link(path: Path) -> Failure:
    return Failure(str(path), Errors.E018.format(target=os.readlink(path)), doc_id=path.stem)


def read_file(path: Path, limit_mb: float) -> Iterator[Article | Failure]:
    if path.is_symlink() and not path.exists():
        yield _broken_link(path)
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(str(path), Errors.E008.format(ext=suffix or path.name), doc_id=path.stem)
        return
    if suffix == ".jsonl":
        yield from stream_jsonl(path, limit_mb)
        return
    try:
        with path.open("rb") as handle:
            data = _read_limited(handle, limit_mb)
        if suffix in (".html", ".htm"):
            yield parse_html(data, path.stem, str(path))
        else:
            yield parse_txt(data, path.stem, str(path))
    except InputError as err:
        yield Failure(str(path), err.message, doc_id=path.stem)
    except OSError as err:
        yield Failure(str(path), Errors.E010.format(detail=err.strerror or err), doc_id=path.stem)


def _read_limited(handle: BinaryIO, limit_mb: float) -> bytes:
    """Read at most the limit, in chunks: an oversized input is refused before it is all in memory."""
    limit = int(limit_mb * 1024 * 1024)
    data = bytearray()
    while chunk := handle.read(_READ_CHUNK):
        data += chunk
        if len(data) > limit:
            raise ArticleTooLarge(Errors.E004.format(limit=limit_mb))
    return bytes(data)


def _read_stdin(limit_mb: float) -> Iterator[Article | Failure]:
    try:
        data = _read_limited(sys.stdin.buffer, limit_mb)
    except InputError as err:
        yield Failure("<stdin>", err.message, doc_id="stdin")
        return
    doc_id = "stdin-" + hashlib.sha1(data).hexdigest()[:10]
    try:
        head = data.lstrip()[:200].lower()
        if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
            yield parse_html(data, doc_id, "<stdin>")
        else:
            yield parse_txt(data, doc_id, "<stdin>")
    except InputError as err:
        yield Failure("<stdin>", err.message, doc_id=doc_id)


def decode(data: bytes) -> Decoded:
    """Bytes as text, and how they were read.

    A byte-order mark decides first; then UTF-8, strict, or with a few stray bytes replaced
    (and counted); then the single-byte encoding charset-normalizer finds, refused when its
    guess is too unsure."""
    if not data.strip():
        raise InputError(Errors.E001)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(Decoded(data.decode(encoding), encoding.replace("-sig", "")))
            except UnicodeDecodeError as err:
                raise InputError(Errors.E003.format(detail=f"it starts with a {encoding} byte-order mark but is not {encoding} ({err.reason})")) from None
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E002.format(detail="it contains NUL bytes"))
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    stray = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
    if stray <= MAX_STRAY_BYTES or multibyte > stray:
        return _checked(Decoded(lenient, "utf-8", replaced=stray))
    return _checked(_guess_single_byte(data))


def _guess_single_byte(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(Errors.E003.format(detail="it is not UTF-8 and no other encoding fits"))
    best = min(matches, key=lambda m: m.chaos)
    if best.chaos > MAX_ENCODING_CHAOS:
        raise InputError(Errors.E003.format(detail=f"it is not UTF-8, and the likeliest encoding ({best.encoding}) leaves too much garbled text"))
    tied = [m for m in matches if m.chaos <= best.chaos + _TIE]
    chosen = next((m for m in tied if m.encoding == "cp1252"), best)
    return Decoded(str(chosen), chosen.encoding)


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text.lstrip("\ufeff")
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    odd = sum(1 for ch in sample if 0x7F <= ord(ch) < 0xA0) + sample.count("\ufffd") - min(decoded.replaced, sample.count("\ufffd"))
    if (controls + odd) > max(3, 0.02 * len(sample)):
        raise InputError(Errors.E002.format(detail=f"{controls + odd} control characters in the first {len(sample)}"))
    if not text.strip():
        raise InputError(Errors.E001)
    decoded.text = text
    return decoded


def read_bytes(data: bytes) -> str:
    """Decode bytes as text (see ``decode``)."""
    return decode(data).text


def parse_txt(data: bytes, doc_id: str, path: str) -> Article:
    decoded = decode(data)
    text = decoded.text
    first = text.split("\n", 1)[0].strip()
    title = first if first and len(first) <= TITLE_MAX_CHARS and "\n" in text.strip() else None
    return Article(doc_id=doc_id, text=text, path=path, title=title, fmt="txt", encoding=decoded.encoding,
                   replaced_bytes=decoded.replaced)


def parse_html(data: bytes, doc_id: str, path: str) -> Article:
    import trafilatura
    from htmldate import find_date

    limit = DEFAULTS["max_html_mb"]
    if len(data) > limit * 1024 * 1024:
        raise ArticleTooLarge(Errors.E015.format(size=len(data) / 1024 / 1024, limit=limit))
    decoded = decode(data)
    html = decoded.text
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
        encoding=decoded.encoding,
        replaced_bytes=decoded.replaced,
    )


# The fields of a JSONL record: the types each accepts (None: may be absent or null).
JSONL_FIELDS: dict[str, tuple] = {
    "id": (str, int),
    "text": (str,),
    "title": (str, None),
    "date": (str, None),
    "url": (str, None),
    "source": (str, None),
    "author": (str, None),
}
_TYPE_NAMES = {str: "a string", int: "an integer", None: "null", bool: "true/false", float: "a number",
               list: "a list", dict: "an object"}


def stream_jsonl(path: Path, limit_mb: float) -> Iterator[Article | Failure]:
    """The articles of a JSONL file, read a line at a time: the file may be larger than memory; a line may not exceed the limit."""
    limit = int(limit_mb * 1024 * 1024)
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(_limited_lines(handle, limit), start=1):
                if raw is None:
                    yield Failure(str(path), Errors.E004.format(limit=limit_mb), doc_id=f"{path.stem}:{number}")
                elif raw.strip():
                    yield parse_jsonl_line(raw, str(path), number)
    except OSError as err:
        yield Failure(str(path), Errors.E010.format(detail=err.strerror or err), doc_id=path.stem)


def _limited_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line over ``limit`` bytes, skipped without holding it in memory."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(_READ_CHUNK)
            yield None
            continue
        yield line


def parse_jsonl_line(raw: bytes, path: str, number: int) -> Article | Failure:
    where = f"{Path(path).stem}:{number}"
    try:
        decoded = decode(raw)
        record = json.loads(decoded.text)
    except InputError as err:
        return Failure(path, Errors.E005.format(line=number, detail=err.message), doc_id=where)
    except json.JSONDecodeError as err:
        return Failure(path, Errors.E005.format(line=number, detail=err.msg), doc_id=where)
    if not isinstance(record, dict):
        return Failure(path, Errors.E005.format(line=number, detail="not an object"), doc_id=where)
    problem = _record_problem(record, number)
    if problem:
        return Failure(path, problem, doc_id=where)
    title = record.get("title")
    body = record["text"]
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return Article(
        doc_id=str(record["id"]),
        text=body,
        path=f"{path}:{number}",
        title=title,
        date=record.get("date"),
        url=record.get("url"),
        source=record.get("source"),
        author=record.get("author"),
        fmt="jsonl",
        encoding=decoded.encoding,
        replaced_bytes=decoded.replaced,
    )


def _record_problem(record: dict, line: int) -> str | None:
    """Why a JSONL record cannot be an article (a wrong type, an empty id or text, a date that is none), or None."""
    from ..text import parse_iso

    for name, allowed in JSONL_FIELDS.items():
        value = record.get(name)
        if value is None and None in allowed:
            continue
        if isinstance(value, bool) or not isinstance(value, tuple(t for t in allowed if t is not None)):
            if value is None:
                return Errors.E006.format(line=line, field=name)
            expected = " or ".join(_TYPE_NAMES[t] for t in allowed)
            return Errors.E016.format(line=line, field=name, expected=expected, found=_TYPE_NAMES.get(type(value), type(value).__name__))
        if name in ("id", "text") and not str(value).strip():
            return Errors.E006.format(line=line, field=name)
    date = record.get("date")
    if date and parse_iso(date) is None:
        return Errors.E017.format(line=line, value=date[:40])
    return None
