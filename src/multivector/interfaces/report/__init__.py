"""The report a person reads: one self-contained HTML file (or PNG charts) on a country's multi-vector balance.

Two steps, kept apart:

* ``build_report(db, country, ...)`` computes (``data.py``): it calls the analytics (balance, movers,
  network) and the store's queries and returns a :class:`ReportData` of plain values, nothing rendered;
  the summary's sentences come from ``prose.py``.
* ``render_html(data)`` renders (``html.py``): one HTML file with inline CSS and the inline SVG charts of
  ``charts.py``. No script, no font, no stylesheet is fetched: the file works offline.
  ``render_png(data, out)`` (``png.py``) draws the same charts with matplotlib (Agg) for papers and slides,
  in the same palette.
"""

from .data import ReportData, build_report
from .html import render_html, write_html
from .png import render_png

__all__ = ["ReportData", "build_report", "render_html", "render_png", "write_html"]
