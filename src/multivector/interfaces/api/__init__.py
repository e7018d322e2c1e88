"""The HTTP API (FastAPI) and the dashboard it serves: ``create_app(db)``."""

from .app import create_app

__all__ = ["create_app"]
