"""``multivector serve``: the HTTP API and the dashboard over one store.

Registered on the main app by the import at the end of ``cli.py``."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Optional

import typer

from .cli import DbOption, _fail, app, out


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(db: str = DbOption, host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
          port: int = typer.Option(8000, help="TCP port."),
          read_only: bool = typer.Option(False, "--read-only", help="Turn writes (POST /api/articles) off."),
          token: Optional[str] = typer.Option(None, envvar="MULTIVECTOR_TOKEN",
                                              help="Bearer token that writes need; required on a non-loopback host unless --read-only.")) -> None:
    """Serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the dashboard (/) over the store."""
    import uvicorn

    from ..errors import Errors, StoreError
    from .api import create_app

    if not Path(db).exists():
        _fail(StoreError(Errors.E020.format(path=db, detail="no such file; run 'multivector run' first")))
    if not is_loopback(host) and not token and not read_only:
        raise typer.BadParameter("a non-loopback --host needs --token (or --read-only)", param_hint="--host")
    out.print(f"multivector: dashboard at http://{host}:{port}/  API at http://{host}:{port}/api  "
              f"({'read-only' if read_only else 'writes on'})")
    uvicorn.run(create_app(db, read_only=read_only, token=token), host=host, port=port, log_level="warning")
