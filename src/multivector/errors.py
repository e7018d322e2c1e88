"""One catalogue of coded errors, in the manner of spaCy's ``errors.py``.

Every message a user can see is here, with a stable code, so that the CLI,
the ``failures`` table and the API all speak of the same problem the same way.

Exception tree::

    MultivectorError
    ├── InputError        an article or file that cannot be read or used
    │   └── ArticleTooLarge
    ├── StoreError        the DuckDB file cannot be opened or written
    ├── QueryError        a filter or argument that makes no sense
    └── EvalError         gold data that cannot be scored
"""

from __future__ import annotations


class Errors:
    E001 = "[E001] The file is empty."
    E002 = "[E002] The file looks binary ({detail}), not text."
    E003 = "[E003] The text could not be decoded: {detail}."
    E004 = "[E004] The input is larger than the limit of {limit} MB (setting max_file_mb)."
    E005 = "[E005] Line {line}: not valid JSON ({detail})."
    E006 = "[E006] Line {line}: a JSONL article needs a non-empty '{field}' field."
    E007 = "[E007] No article text could be extracted from the HTML page."
    E008 = "[E008] Unknown file type '{ext}': expected .txt, .html, .htm or .jsonl."
    E009 = "[E009] No such file or folder."
    E010 = "[E010] The file could not be read: {detail}."
    E011 = "[E011] The article has no usable text after cleaning."
    E012 = "[E012] The article could not be processed: {detail}."
    E013 = "[E013] The article text has {size:,} characters, over the limit of {limit:,} (setting max_chars)."
    E014 = "[E014] The article is in {language}, not English: multivector codes English text only."
    E015 = "[E015] The HTML page is {size:.1f} MB, over the limit of {limit} MB for HTML (setting max_html_mb)."
    E016 = "[E016] Line {line}: the field '{field}' must be {expected}, not {found}."
    E017 = "[E017] Line {line}: the field 'date' is not a date: {value!r}."
    E018 = "[E018] A broken link: its target {target} does not exist."
    E019 = "[E019] The worker processing this article's batch failed ({detail}); run it again, alone or with fewer --workers."
    E020 = "[E020] The database {path} could not be opened: {detail}."
    E021 = "[E021] The database {path} has schema version {found}; this multivector expects {expected}."
    E022 = "[E022] No document with id '{doc_id}' in the store."
    E023 = "[E023] The store is busy: another process is using it (a run storing a batch, or a long query). Try again in a moment."
    E024 = "[E024] The store cannot be opened right now."
    E030 = "[E030] '{value}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
    E031 = "[E031] Unknown event type '{value}': use one of {choices}."
    E032 = "[E032] Unknown export format '{value}': use one of {choices}."
    E033 = "[E033] Unknown table '{value}': use one of {choices}."
    E034 = "[E034] Unknown country or actor '{value}'."
    E035 = "[E035] Unknown count '{value}': use one of {choices} (clusters: each happening once; mentions: every report)."
    E036 = "[E036] No event cluster with id '{cluster_id}' in the store."
    E037 = "[E037] Cannot partition by '{value}': use --format parquet --partition-by year --out FOLDER."
    E038 = "[E038] Unknown country or organisation '{value}'. Closest: {matches}."
    E039 = "[E039] No events involve {value} in this store; it has {events} events, most with {top}."
    E040 = "[E040] No gold files (*.gold.json) in {path}."
    E041 = "[E041] The gold file {path} is not valid: {detail}."
    E042 = "[E042] No article for gold document '{doc_id}' in {path}."
    E043 = "[E043] No PLOVER records file at {path}."
    E044 = "[E044] Give --gold DIR or --plover-records FILE."
    E050 = "[E050] Nothing could be processed: all {count} input(s) failed."
    E060 = "[E060] Not found: {path}."
    E061 = "[E061] Invalid request: {detail}."
    E062 = "[E062] The upload is larger than the limit of {limit} kB."
    E063 = "[E063] The upload is not valid UTF-8 ({detail})."
    E064 = "[E064] This server is read-only: writes are turned off."
    E065 = "[E065] Writes need a token: send 'Authorization: Bearer <token>'."
    E066 = "[E066] The request body is not valid: {detail}."
    E067 = "[E067] Internal error: {detail}."
    E068 = "[E068] Cross-site writes are refused: the request comes from the page {origin}, not from this server."
    E069 = "[E069] This server does not answer to the host name '{host}' (see 'serve --allowed-host')."
    E070 = "[E070] Cannot listen on {host}:{port}: {detail}. Choose another --port."
    E071 = "[E071] The body's media type '{found}' is not accepted: send one of {expected}."
    E080 = "[E080] {option} must be {rule}, not {value}."
    E081 = "[E081] Cannot write {path}: the folder {folder} does not exist."
    E090 = "[E090] Cannot read the settings file {path}: {detail}."
    E091 = "[E091] The settings file {path} has an unknown setting '{key}'; the settings are {known} (docs/settings.md)."
    E092 = "[E092] The setting {name} from {source} must be {rule}, not {value}."


class MultivectorError(Exception):
    """Base of every error the package raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    @property
    def code(self) -> str:
        return self.message[1:5] if self.message.startswith("[E") else "E000"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(MultivectorError):
    """An input that cannot be turned into an article."""


class ArticleTooLarge(InputError):
    """An input over the size limit; read no further."""


class StoreError(MultivectorError):
    """The store cannot be opened or written."""


class QueryError(MultivectorError):
    """A filter or argument that makes no sense."""


class EvalError(MultivectorError):
    """Gold data that cannot be scored."""


class SettingsError(MultivectorError):
    """A settings file, variable or option that cannot be used."""
