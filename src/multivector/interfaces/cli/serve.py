"""``multivector serve``: the HTTP API and the dashboard over one store."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Optional

import typer

from ...errors import Errors, MultivectorError, StoreError
from .common import DbOption, out, settings


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: Optional[str] = DbOption, host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
          port: int = typer.Option(8000, help="TCP port."),
          read_only: bool = typer.Option(False, "--read-only", help="Turn writes (POST /api/articles) off."),
          token: Optional[str] = typer.Option(None, envvar="MULTIVECTOR_TOKEN",
                                              help="Bearer token that writes need; required on a non-loopback host unless --read-only."),
          allowed_host: list[str] = typer.Option([], "--allowed-host",
                                                 help="A host name clients may use to reach the server (repeatable); "
                                                      "by default the --host itself, and the loopback names on loopback.")) -> None:
    """Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the dashboard (/) over the store."""
    import uvicorn

    from ..api import create_app

    db = settings(db=db).db
    if not Path(db).exists():
        raise StoreError(Errors.E020.format(path=db, detail="no such file; run 'multivector run' first"))
    if not is_loopback(host) and not token and not read_only:
        raise typer.BadParameter("a non-loopback --host needs --token (or --read-only)", param_hint="--host")
    hosts = [*allowed_hosts_for(host), *allowed_host]
    _check_port_free(host, port)
    out.print(f"multivector: dashboard at http://{host}:{port}/  API at http://{host}:{port}/api  "
              f"({'read-only' if read_only else 'writes on'})")
    app_ = create_app(db, read_only=read_only, token=token, allowed_hosts=None if "*" in hosts else hosts)
    uvicorn.run(app_, host=host, port=port, log_level="warning", h11_max_incomplete_event_size=MAX_REQUEST_HEAD)


# Longest request line and headers accepted (uvicorn's default is 16 kB); longer ones get a JSON 414/431 from the app.
MAX_REQUEST_HEAD = 1024 * 1024


def allowed_hosts_for(host: str) -> list[str]:
    """The host names a server bound to ``host`` answers to: any for a wildcard bind, else that host (and loopback names)."""
    from ..api.app import LOCAL_NAMES

    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    return [host, *LOCAL_NAMES] if is_loopback(host) else [host]


def _check_port_free(host: str, port: int) -> None:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as err:
            raise MultivectorError(Errors.E070.format(host=host, port=port, detail=err.strerror or err)) from None
