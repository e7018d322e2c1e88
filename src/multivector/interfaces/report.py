"""The report a person reads: one self-contained HTML file (or PNG charts) on a country's multi-vector balance.

Two steps, kept apart:

* ``build_report(db, country, ...)`` computes: it calls the analytics (balance, movers, network) and
  reads the documents table, and returns a :class:`ReportData` of plain values, nothing rendered.
* ``render_html(data)`` renders: one HTML file with inline CSS and inline SVG charts drawn here in
  Python. No script, no font, no stylesheet is fetched: the file works offline. Every piece of text
  that comes from the store (sentences, titles, actor keys, date reasons) goes through ``html.escape``.
  ``render_png(data, out)`` draws the same charts with matplotlib (Agg) for papers and slides.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from html import escape
from importlib import resources
from pathlib import Path

from ..analytics import balance as compute_balance
from ..analytics import movers as compute_movers
from ..analytics import network as compute_network
from ..analytics.relations import TOO_FEW, type_quad

METADATA_REASON = "from the article's metadata"  # how document/dates.py words a date taken from metadata
MOVERS_PER_PERIOD = 3
NETWORK_NODES = 16

# The one palette of the report, its PNG charts and the dashboard (which fetches the same file).
PAL = json.loads(resources.files("multivector.interfaces").joinpath("web", "palette.json").read_text("utf-8"))
FIXED_COLOURS = PAL["fixed"]   # one colour per usual power, the same in every chart and every report
PALETTE = PAL["series"]
FOCAL_COLOUR, OTHER_COLOUR = PAL["focal"], PAL["other"]
COOP_COLOUR, CONFLICT_COLOUR, NEUTRAL_COLOUR = PAL["coop"], PAL["conflict"], PAL["neutral"]
INK, MUTED, GRID, AXIS = PAL["ink"], PAL["muted"], PAL["grid"], PAL["axis"]
QUAD_STYLE = {quad: tuple(colours) for quad, colours in PAL["quad"].items()}  # background, text


@dataclass
class ReportData:
    """Everything the report shows, computed; plain values only (``as_dict`` is JSON-ready)."""

    country: str
    country_name: str
    by: str
    fold_eu: bool
    partners: list[str]
    names: dict[str, str]            # actor key -> readable name
    colours: dict[str, str]          # partner -> colour
    balance: dict                    # analytics.balance(...)
    movers: dict[str, list[dict]]    # period -> analytics.movers(...)
    network: dict                    # analytics.network(...) restricted to the drawn nodes, + "positions"
    undated: list[dict]              # articles whose date was inferred from the text, with the reasoning
    summary: list[str]               # generated sentences (plain text: escaped when rendered)
    stats: dict = field(default_factory=dict)
    count: str = "clusters"          # what an event is: a cluster (each happening once) or a mention (every report)

    def as_dict(self) -> dict:
        return asdict(self)


# --- computing -----------------------------------------------------------------------------


def _names() -> dict[str, str]:
    data = resources.files("multivector.actors").joinpath("data")
    names = {}
    countries = json.loads(data.joinpath("countries.json").read_text("utf-8"))
    for code, info in countries.items():
        if info.get("names"):
            names[code] = info["names"][0]
    for igo in json.loads(data.joinpath("igos.json").read_text("utf-8")):
        names.setdefault(igo["code"], igo.get("name") or igo["code"])
    return names


def name_of(key: str, names: dict[str, str]) -> str:
    """A readable name for an actor key: 'Russia', 'the United States', 'the European Union'."""
    name = names.get(key)
    if not name:
        import pycountry

        country = pycountry.countries.get(alpha_3=key) if len(key) == 3 else None
        name = (getattr(country, "common_name", None) or country.name) if country else key
    if name.split()[0] in ("United", "European", "Netherlands", "Philippines", "Czech", "Dominican", "Central",
                           "Organization", "Organisation", "Shanghai", "Collective", "North", "Eurasian", "Commonwealth",
                           "Gulf", "Association", "International", "World", "Council") and name != "North Korea" and name != "North Macedonia":
        name = "the " + name
    return name


def _colours(partners: list[str]) -> dict[str, str]:
    free = [c for c in PALETTE]
    out = {}
    for p in partners:
        if p in FIXED_COLOURS:
            out[p] = FIXED_COLOURS[p]
    for p in partners:
        if p not in out:
            out[p] = free.pop(0) if free else OTHER_COLOUR
    return out


def _connect(db):
    """(connection, close?) from a path or an open DuckDB connection."""
    if hasattr(db, "execute"):
        return db, False
    from ..store import Reader

    reader = Reader(db)
    return reader.con, True


def _undated(con) -> list[dict]:
    rows = con.execute(
        "SELECT doc_id, title, date, date_precision, date_reason, path FROM documents "
        "WHERE date IS NULL OR date_reason IS NULL OR NOT starts_with(date_reason, ?) ORDER BY date NULLS LAST, doc_id",
        [METADATA_REASON]).fetchall()
    return [{"doc_id": d, "title": t, "date": dt, "precision": p, "reason": r, "path": path} for d, t, dt, p, r, path in rows]


def _network(con, focal: str, partners: list[str], fold_eu: bool, count: str) -> dict:
    """The dyads among the focal country, its partners and the busiest other actors, with spring-layout positions."""
    import networkx as nx

    full = compute_network(con, fold_eu=fold_eu, count=count)
    keep = [focal] + [p for p in partners if p != focal]
    for node in full["nodes"]:
        if len(keep) >= NETWORK_NODES:
            break
        if node["actor"] not in keep:
            keep.append(node["actor"])
    present = {n["actor"] for n in full["nodes"]}
    keep = [k for k in keep if k in present]
    dyads = [d for d in full["dyads"] if d["a"] in keep and d["b"] in keep]
    graph = nx.Graph()
    graph.add_nodes_from(keep)
    for d in dyads:
        graph.add_edge(d["a"], d["b"], weight=d["events"])
    positions = {}
    if graph.number_of_nodes() == 1:
        positions = {keep[0]: (0.0, 0.0)}
    elif graph.number_of_nodes() > 1:
        # unweighted, with a long ideal distance: heavy dyads would otherwise pile the main actors on each other
        k = 2.6 / math.sqrt(graph.number_of_nodes())
        layout = nx.spring_layout(graph, seed=7, k=k, iterations=300, weight=None)
        positions = {n: (float(x), float(y)) for n, (x, y) in layout.items()}
    events = {n["actor"]: n["events"] for n in full["nodes"]}
    nodes = [{"actor": n, "events": events.get(n, 0), "degree": graph.degree(n)} for n in keep]
    return {"dyads": dyads, "nodes": nodes, "positions": positions, "total_nodes": len(full["nodes"]),
            "total_dyads": len(full["dyads"])}


def build_report(db, country: str, *, partners: list[str] | None = None, by: str = "year", fold_eu: bool = False,
                 min_events: int = 3, n_boot: int = 500, seed: int = 0, count: str = "clusters") -> ReportData:
    """Compute everything the report shows for ``country`` from the store ``db`` (a path or an open connection).

    ``count``: clusters (each happening once, however many articles report it) or mentions (every report)."""
    focal = country.upper()
    partners = [p.upper() for p in partners] if partners else None
    con, close = _connect(db)
    try:
        result = compute_balance(con, focal, partners=partners, by=by, fold_eu=fold_eu, min_events=min_events,
                                 n_boot=n_boot, seed=seed, count=count)
        chosen = result["partners"]
        moved = {p["period"]: compute_movers(con, focal, p["period"], chosen, by=by, fold_eu=fold_eu, limit=MOVERS_PER_PERIOD,
                                             count=count)
                 for p in result["periods"]}
        net = _network(con, focal, chosen, fold_eu, count)
        undated = _undated(con)
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        if close:
            con.close()
    names = _names()
    keys = {focal, *chosen, *(n["actor"] for n in net["nodes"])}
    for period in moved.values():
        for m in period:
            keys.update((m["source"], m["target"]))
    readable = {k: name_of(k, names) for k in sorted(k for k in keys if k)}
    focal_events = sum(p["events"] for p in result["periods"])
    periods = [p["period"] for p in result["periods"]]
    stats = {"documents": documents, "events": events, "focal_events": focal_events,
             "first": periods[0] if periods else None, "last": periods[-1] if periods else None,
             "ok_periods": sum(p["status"] == "ok" for p in result["periods"]),
             "too_few": [p["period"] for p in result["periods"] if p["status"] == TOO_FEW]}
    data = ReportData(country=focal, country_name=readable[focal], by=by, fold_eu=fold_eu, partners=chosen,
                      names=readable, colours=_colours(chosen), balance=result, movers=moved, network=net,
                      undated=undated, summary=[], stats=stats, count=count)
    data.summary = summarise(data)
    return data


# --- the generated summary -------------------------------------------------------------------


def _pct(share: float) -> str:
    return f"{round(share * 100)}%"


def _share(v: dict) -> str:
    """A partner's share with the number of events behind it: "42% (n=17)"."""
    return f"{_pct(v['share'])} (n={v['events']})" if v["share"] is not None else ""


def _pts(delta: float) -> str:
    return f"{'+' if delta >= 0 else '−'}{abs(round(delta * 100))} points"


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _period_sentence(data: ReportData, entry: dict) -> str:
    name = data.names.get
    parts = entry["partners"]
    ranked = sorted(data.partners, key=lambda p: (-(parts[p]["share"] or 0), p))
    index = f"balance index {entry['index']:.2f}" if entry["index"] is not None else (entry["index_note"] or "")
    if entry["previous"] is None or all(parts[p]["tilt"] is None for p in data.partners):
        top, second = ranked[0], ranked[1] if len(ranked) > 1 else None
        if parts[top]["share"] >= 0.995:
            return (f"In {entry['period']}, all of {_possessive(data.country_name)} cooperation with these partners was with "
                    f"{name(top)} ({index}).")
        tail = f", followed by {name(second)} ({_pct(parts[second]['share'])})" if second and parts[second]["share"] else ""
        return f"In {entry['period']}, {name(top)} held the largest share of the cooperation ({_pct(parts[top]['share'])}){tail}; {index}."
    tilts = sorted(data.partners, key=lambda p: (-(parts[p]["tilt"] or 0), p))
    up, down = tilts[0], tilts[-1]
    since = entry["previous"]

    def clear(p: str) -> str:
        return ", a clear shift" if parts[p]["tilt_flag"] else ""

    if (parts[up]["tilt"] or 0) < 0.005:
        return f"In {entry['period']}, the shares stayed as in {since} ({index})."
    first = (f"In {entry['period']}, cooperation with {name(up)} rose to {_pct(parts[up]['share'])} of the total "
             f"({_pts(parts[up]['tilt'])} since {since}{clear(up)})")
    if (parts[down]["tilt"] or 0) <= -0.005:
        verb = "fell to" if parts[down]["share"] > 0 else "fell to"
        first += (f", while {_possessive(name(down))} share {verb} {_pct(parts[down]['share'])} "
                  f"({_pts(parts[down]['tilt'])}{clear(down)})")
    return first + f"; {index}."


def summarise(data: ReportData, recent: int = 3) -> list[str]:
    """A few sentences from the numbers: the scope, the last ``recent`` periods with numbers, the range, the gaps."""
    periods = data.balance["periods"]
    if not periods:
        return [f"The store has no events between {data.country_name} and any partner, so there is nothing to measure yet."]
    partner_names = _join([data.names[p] for p in data.partners])
    s = data.stats
    span = s["first"] if s["first"] == s["last"] else f"{s['first']}–{s['last']}"
    counted = ("each happening counted once however many articles report it" if data.count == "clusters"
               else "every report of a happening counted")
    out = [f"This report follows how {data.country_name} balances its cooperation with {partner_names}, through "
           f"{s['focal_events']} events with them coded from {s['documents']} articles ({span}, by {data.by}; {counted})."]
    ok = [p for p in periods if p["status"] == "ok"]
    out += [_period_sentence(data, p) for p in ok[-recent:]]
    indexed = [p for p in ok if p["index"] is not None]
    if len(indexed) > 1:
        low = min(indexed, key=lambda p: p["index"])
        high = max(indexed, key=lambda p: p["index"])
        out.append(f"Across the periods with numbers, the balance index ranged from {low['index']:.2f} ({low['period']}) "
                   f"to {high['index']:.2f} ({high['period']}), where 1 means cooperation spread evenly over the "
                   f"{len(data.partners)} partners and 0 means all of it with one.")
    few = s["too_few"]
    if few:
        out.append(f"{len(few)} period{'s' if len(few) > 1 else ''} had too few events (fewer than "
                   f"{data.balance['min_events']}) to compute shares: {', '.join(few)}.")
    return out


# --- a small SVG helper ---------------------------------------------------------------------


def _f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


class Svg:
    """Builds one inline <svg> element; all text is escaped."""

    def __init__(self, width: int, height: int, label: str):
        self.width, self.height, self.label = width, height, label
        self.parts: list[str] = []

    def add(self, raw: str) -> None:
        self.parts.append(raw)

    def line(self, x1, y1, x2, y2, stroke=GRID, width=1.0, dash: str | None = None, opacity: float = 1.0) -> None:
        d = f' stroke-dasharray="{dash}"' if dash else ""
        o = f' stroke-opacity="{opacity}"' if opacity < 1 else ""
        self.add(f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{stroke}" stroke-width="{width}"{d}{o}/>')

    def rect(self, x, y, w, h, fill, title: str | None = None, opacity: float = 1.0, rx: float = 0) -> None:
        o = f' fill-opacity="{opacity}"' if opacity < 1 else ""
        r = f' rx="{rx}"' if rx else ""
        t = f"<title>{escape(title)}</title>" if title else ""
        self.add(f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(max(w, 0))}" height="{_f(max(h, 0))}" fill="{fill}"{o}{r}>{t}</rect>')

    def text(self, x, y, s: str, size=12, anchor="middle", fill=MUTED, weight="normal", rotate: float | None = None,
             cls: str | None = None) -> None:
        tr = f' transform="rotate({rotate} {_f(x)} {_f(y)})"' if rotate is not None else ""
        c = f' class="{cls}"' if cls else ""
        w = f' font-weight="{weight}"' if weight != "normal" else ""
        self.add(f'<text x="{_f(x)}" y="{_f(y)}" font-size="{size}" text-anchor="{anchor}" fill="{fill}"{w}{tr}{c}>{escape(s)}</text>')

    def path(self, d: str, fill="none", stroke="none", width=1.0, opacity: float = 1.0, title: str | None = None,
             linejoin: str = "round") -> None:
        o = f' fill-opacity="{opacity}"' if opacity < 1 else ""
        t = f"<title>{escape(title)}</title>" if title else ""
        self.add(f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{width}" stroke-linejoin="{linejoin}"{o}>{t}</path>')

    def circle(self, cx, cy, r, fill, stroke="#fff", width=1.5, title: str | None = None) -> None:
        t = f"<title>{escape(title)}</title>" if title else ""
        self.add(f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(r)}" fill="{fill}" stroke="{stroke}" stroke-width="{width}">{t}</circle>')

    def render(self) -> str:
        return (f'<svg viewBox="0 0 {self.width} {self.height}" role="img" aria-label="{escape(self.label)}" '
                f'preserveAspectRatio="xMidYMid meet">{"".join(self.parts)}</svg>')


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values covering [lo, hi]."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = [round(start, 10)]
    while ticks[-1] < hi - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    if len(ticks) == 1:
        ticks.append(round(start + step, 10))
    return ticks


def period_span(period: str) -> tuple[float, float]:
    """A period's span in years, as the dashboard reads it: "2014" is [2014, 2015), "2014-Q2" [2014.25, 2014.5)."""
    year, _, part = period.partition("-")
    y = int(year)
    if part.startswith("Q"):
        q = int(part[1:])
        return y + (q - 1) / 4, y + q / 4
    if part:
        m = int(part)
        return y + (m - 1) / 12, y + m / 12
    return float(y), y + 1.0


def year_ticks(t0: float, t1: float, width: float) -> tuple[int, list[int]]:
    """(step, years labelled): every ``step`` years, the smallest step of the palette's list whose labels fit ``width``."""
    steps, label_px = PAL["time_axis"]["year_steps"], PAL["time_axis"]["label_px"]
    step = next((s for s in steps if (t1 - t0) / s * label_px <= width), steps[-1])
    first = math.ceil(t0 / step) * step
    return step, list(range(first, math.ceil(t1), step)) if first < t1 else []


class Frame:
    """An x axis proportional to time (a period sits at its dates, so gaps show) and a linear y axis inside margins."""

    W, H = 960, 300
    LEFT, RIGHT, TOP, BOTTOM = 64, 20, 18, 48

    def __init__(self, periods: list[str], ylo: float, yhi: float, height: int | None = None):
        self.periods = periods
        self.H = height or self.H
        self.ylo, self.yhi = ylo, yhi
        self.pw = self.W - self.LEFT - self.RIGHT
        self.ph = self.H - self.TOP - self.BOTTOM
        self.spans = [period_span(p) for p in periods] or [(0.0, 1.0)]
        self.t0 = min(a for a, _ in self.spans)
        self.t1 = max(b for _, b in self.spans)
        self.scale = self.pw / (self.t1 - self.t0)
        self.step = min(b - a for a, b in self.spans) * self.scale  # the width of one period

    def at(self, t: float) -> float:
        return self.LEFT + (t - self.t0) * self.scale

    def x(self, i: int) -> float:
        a, b = self.spans[i]
        return self.at((a + b) / 2)

    def adjacent(self, i: int, j: int) -> bool:
        """Whether period ``j`` starts where period ``i`` ends (no gap in time between them)."""
        return abs(self.spans[j][0] - self.spans[i][1]) < 1e-6

    def y(self, v: float) -> float:
        return self.TOP + self.ph * (1 - (v - self.ylo) / (self.yhi - self.ylo))

    def axes(self, svg: Svg, ticks: list[float], ylabel: str, xlabel: str, fmt=lambda v: f"{v:g}") -> None:
        for t in ticks:
            y = self.y(t)
            svg.line(self.LEFT, y, self.W - self.RIGHT, y, stroke=GRID)
            svg.text(self.LEFT - 8, y + 4, fmt(t), size=12, anchor="end")
        base = self.TOP + self.ph
        svg.line(self.LEFT, base, self.W - self.RIGHT, base, stroke=AXIS)
        step, years = year_ticks(self.t0, self.t1, self.pw)
        for year in years:
            svg.line(self.at(year), base, self.at(year), base + 5, stroke=AXIS)
            svg.text(self.at(year + 0.5) if step == 1 else self.at(year), base + 18, str(year), size=12, fill=INK)
        svg.text(self.LEFT + self.pw / 2, self.H - 8, f"{xlabel} (time to scale)", size=12)
        svg.text(16, self.TOP + self.ph / 2, ylabel, size=12, rotate=-90)

    def too_few(self, svg: Svg, statuses: list[str], pattern_id: str) -> None:
        """Hatch the periods whose numbers are not shown, with a note on top when there is room for it."""
        light, dark = PAL["hatch"]
        svg.add(f'<defs><pattern id="{pattern_id}" width="7" height="7" patternUnits="userSpaceOnUse" '
                f'patternTransform="rotate(45)"><rect width="7" height="7" fill="{light}"/>'
                f'<line x1="0" y1="0" x2="0" y2="7" stroke="{dark}" stroke-width="3"/></pattern></defs>')
        for i, status in enumerate(statuses):
            if status != "ok":
                svg.add(f'<rect x="{_f(self.x(i) - self.step / 2 + 1)}" y="{self.TOP}" width="{_f(max(self.step - 2, 1))}" '
                        f'height="{_f(self.ph)}" fill="url(#{pattern_id})"><title>{escape(status)}</title></rect>')
                if self.step >= 44:
                    label = "too few" if status == TOO_FEW else status
                    svg.text(self.x(i), self.TOP + 14, label, size=10.5, fill=MUTED)
                    if status == TOO_FEW:
                        svg.text(self.x(i), self.TOP + 27, "events", size=10.5, fill=MUTED)


# --- the charts -----------------------------------------------------------------------------


def _periods(data: ReportData) -> tuple[list[str], list[str]]:
    periods = data.balance["periods"]
    return [p["period"] for p in periods], [p["status"] for p in periods]


def chart_index(data: ReportData) -> str:
    labels, statuses = _periods(data)
    fr = Frame(labels, 0, 1, height=270)
    svg = Svg(fr.W, fr.H, f"Balance index of {data.country_name} per {data.by}")
    fr.too_few(svg, statuses, "hatch-index")
    fr.axes(svg, [0, 0.25, 0.5, 0.75, 1], "balance index", data.by, fmt=lambda v: f"{v:.2f}".rstrip("0").rstrip(".") if v else "0")
    points = [(i, p["index"]) for i, p in enumerate(data.balance["periods"]) if p["index"] is not None]
    for (i0, v0), (i1, v1) in zip(points, points[1:]):
        dash = None if i1 == i0 + 1 and fr.adjacent(i0, i1) else "5 4"  # dashed across a gap or a period without numbers
        svg.line(fr.x(i0), fr.y(v0), fr.x(i1), fr.y(v1), stroke=FOCAL_COLOUR, width=2.5, dash=dash)
    last = -math.inf
    for i, v in points:
        n = data.balance["periods"][i]["events"]
        svg.circle(fr.x(i), fr.y(v), 5, FOCAL_COLOUR, width=2, title=f"{labels[i]}: balance index {v:.2f} (n={n})")
        if fr.x(i) - last >= 34:  # a value label only where it does not run into the previous one
            svg.text(fr.x(i), fr.y(v) - 11 if v < 0.9 else fr.y(v) + 21, f"{v:.2f}", size=11.5, fill=INK, weight="600", cls="halo")
            last = fr.x(i)
    return svg.render()


def chart_shares(data: ReportData) -> str:
    labels, statuses = _periods(data)
    fr = Frame(labels, 0, 1, height=300)
    svg = Svg(fr.W, fr.H, f"Each partner's share of {_possessive(data.country_name)} cooperation per {data.by}")
    fr.too_few(svg, statuses, "hatch-shares")
    fr.axes(svg, [0, 0.25, 0.5, 0.75, 1], "share of cooperation", data.by, fmt=lambda v: f"{round(v * 100)}%")
    periods = data.balance["periods"]
    runs: list[list[int]] = []
    for i, p in enumerate(periods):
        if p["status"] == "ok" and p["index_note"] != "no cooperation" and any(
                p["partners"][q]["share"] is not None for q in data.partners):
            if runs and runs[-1][-1] == i - 1 and fr.adjacent(i - 1, i):
                runs[-1].append(i)
            else:
                runs.append([i])
    for run in runs:
        lower = {i: 0.0 for i in run}
        for q in data.partners:
            upper = {i: lower[i] + (periods[i]["partners"][q]["share"] or 0) for i in run}
            if len(run) == 1:
                i = run[0]
                w = fr.step * 0.56
                svg.rect(fr.x(i) - w / 2, fr.y(upper[i]), w, fr.y(lower[i]) - fr.y(upper[i]), data.colours[q], opacity=0.88,
                         title=f"{labels[i]} · {data.names[q]}: {_share(periods[i]['partners'][q])}")
            else:
                # an area from the first to the last period of the run, half a step wider on each side
                xs = [fr.x(i) for i in run]
                xs[0] -= fr.step * 0.28
                xs[-1] += fr.step * 0.28
                top = " ".join(f"L{_f(x)},{_f(fr.y(upper[i]))}" for x, i in zip(xs, run))
                bottom = " ".join(f"L{_f(x)},{_f(fr.y(lower[i]))}" for x, i in reversed(list(zip(xs, run))))
                d = "M" + top[1:] + " " + bottom + " Z"
                svg.path(d, fill=data.colours[q], opacity=0.88, stroke="#fff", width=0.8,
                         title=f"{data.names[q]}: " + ", ".join(f"{labels[i]} {_share(periods[i]['partners'][q])}" for i in run))
            lower = upper
        for i in run:  # each share written inside its band with the events behind it, where they fit
            p = periods[i]["partners"]
            acc = 0.0
            for q in data.partners:
                s = p[q]["share"] or 0
                if s >= 0.12 and fr.step >= 58:  # the text fits inside the bar
                    svg.text(fr.x(i), fr.y(acc + s / 2) - 2, _pct(s), size=11, fill="#fff", weight="600")
                    svg.text(fr.x(i), fr.y(acc + s / 2) + 11, f"n={p[q]['events']}", size=10, fill="#fff")
                acc += s
    return svg.render()


def chart_net(data: ReportData) -> str:
    labels, statuses = _periods(data)
    periods = data.balance["periods"]
    values = [p["partners"][q]["net"] for p in periods for q in data.partners] or [0]
    lo, hi = min(0.0, min(values)), max(0.0, max(values))
    ticks = nice_ticks(lo, hi, 5)
    fr = Frame(labels, ticks[0], ticks[-1], height=300)
    svg = Svg(fr.W, fr.H, f"Net cooperation of {data.country_name} with each partner per {data.by}")
    fr.axes(svg, ticks, "net cooperation", data.by, fmt=lambda v: f"{v:g}")
    svg.line(fr.LEFT, fr.y(0), fr.W - fr.RIGHT, fr.y(0), stroke=NEUTRAL_COLOUR, width=1.2)
    k = max(len(data.partners), 1)
    group = fr.step * 0.78
    bw = group / k
    for i, p in enumerate(periods):
        few = p["status"] != "ok"
        for j, q in enumerate(data.partners):
            v = p["partners"][q]["net"]
            if not p["partners"][q]["events"]:
                continue
            x = fr.x(i) - group / 2 + j * bw
            y0, y1 = fr.y(max(v, 0)), fr.y(min(v, 0))
            h = max(y1 - y0, 1.5)
            svg.rect(x + 0.5, y0, bw - 1, h, data.colours[q], opacity=0.45 if few else 0.92, rx=1.5,
                     title=f"{labels[i]} · {data.names[q]}: net {v:+.1f} from {p['partners'][q]['events']} events"
                     + (" (too few events for shares)" if few else ""))
    return svg.render()


def chart_network(data: ReportData) -> str:
    net = data.network
    W, H, M = 960, 520, 60
    svg = Svg(W, H, "Relation network: who interacts with whom, all periods")
    pos = net["positions"]
    if not pos:
        svg.text(W / 2, H / 2, "no dyads in the store", size=14)
        return svg.render()
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    sx = (W - 2 * M) / (x1 - x0) if x1 > x0 else 0
    sy = (H - 2 * M) / (y1 - y0) if y1 > y0 else 0

    def at(key):
        x, y = pos[key]
        return (M + (x - x0) * sx if sx else W / 2), (M + (y - y0) * sy if sy else H / 2)

    top = max((d["events"] for d in net["dyads"]), default=1)
    for d in sorted(net["dyads"], key=lambda d: d["events"]):
        (ax, ay), (bx, by_) = at(d["a"]), at(d["b"])
        colour = COOP_COLOUR if d["net"] > 0 else CONFLICT_COLOUR if d["net"] < 0 else NEUTRAL_COLOUR
        width = 1.2 + 7 * math.sqrt(d["events"] / top)
        svg.path(f"M{_f(ax)},{_f(ay)} L{_f(bx)},{_f(by_)}", stroke=colour, width=width, opacity=1.0,
                 title=f"{d['a']}–{d['b']}: {d['events']} events, net {d['net']:+.1f}")
        svg.parts[-1] = svg.parts[-1].replace("<path ", '<path stroke-opacity="0.55" stroke-linecap="round" ', 1)
    biggest = max((n["events"] for n in net["nodes"]), default=1) or 1
    nodes = sorted(net["nodes"], key=lambda n: n["events"])
    circles = []
    for n in nodes:
        key = n["actor"]
        x, y = at(key)
        r = 7 + 17 * math.sqrt(n["events"] / biggest)
        circles.append((x, y, r))
        colour = FOCAL_COLOUR if key == data.country else data.colours.get(key, OTHER_COLOUR)
        svg.circle(x, y, r, colour, width=2, title=f"{data.names.get(key, key)} ({key}): {n['events']} events, {n['degree']} partners shown")
    boxes = place_labels([(n["actor"], *c) for n, c in zip(reversed(nodes), reversed(circles))], W, H, char_px=8.2)
    for key, (bx, by_, bw, bh) in boxes.items():
        svg.text(bx + bw / 2, by_ + bh - 4, key, size=12.5, fill=INK, weight="600", cls="halo")
    return svg.render()


def place_labels(items: list[tuple[str, float, float, float]], width: float, height: float,
                 char_px: float) -> dict[str, tuple[float, float, float, float]]:
    """A box (x, y, w, h) per (label, x, y, r), placed as the dashboard does: the first spot on rings around the
    circle, nearest first, that overlaps no placed label and no circle and stays inside the chart."""
    placed: dict[str, tuple[float, float, float, float]] = {}
    circles = [(x, y, r) for _, x, y, r in items]

    def free(b):
        x, y, w, h = b
        if x < 0 or y < 0 or x + w > width or y + h > height:
            return False
        if any(x < ox + ow and ox < x + w and y < oy + oh and oy < y + h for ox, oy, ow, oh in placed.values()):
            return False
        return not any(cx + r > x and cx - r < x + w and cy + r > y and cy - r < y + h for cx, cy, r in circles)

    for label, x, y, r in items:
        w, h = len(label) * char_px + 4, 16
        chosen = None
        for ring in range(12):
            gap = r + 3 + ring * 9
            for dx, dy in ((0, 1), (0, -1), (1, 0), (-1, 0), (0.7, 0.7), (-0.7, 0.7), (0.7, -0.7), (-0.7, -0.7)):
                cx, cy = x + dx * (gap + w / 2), y + dy * (gap + h / 2)
                box = (cx - w / 2, cy - h / 2, w, h)
                if free(box):
                    chosen = box
                    break
            if chosen:
                break
        placed[label] = chosen or (min(max(x - w / 2, 0), width - w), min(y + r + 3, height - h), w, h)
    return placed


# --- rendering the page -----------------------------------------------------------------------


CSS = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --card: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
main { max-width: 1040px; margin: 0 auto; padding: 32px 28px 48px; }
header { margin-bottom: 20px; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); font-weight: 600; }
h1 { font-size: 30px; line-height: 1.2; margin: 4px 0 6px; font-weight: 700; }
h2 { font-size: 19px; margin: 0 0 4px; }
h3 { font-size: 16px; margin: 18px 0 8px; }
.sub { color: var(--muted); margin: 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 22px; margin: 18px 0;
  box-shadow: 0 1px 2px rgba(31,41,51,.04); }
.card > p.note { color: var(--muted); font-size: 13.5px; margin: 2px 0 10px; }
.summary p { margin: 0 0 8px; }
.summary p:first-child { font-size: 16.5px; }
.figures { display: flex; gap: 14px; flex-wrap: wrap; margin: 14px 0 0; }
.figure { flex: 1 1 150px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
.figure b { display: block; font-size: 24px; line-height: 1.2; }
.figure span { color: var(--muted); font-size: 12.5px; }
.legend { display: flex; gap: 18px; flex-wrap: wrap; font-size: 13.5px; margin: 6px 0 8px; color: var(--ink); }
.legend i { display: inline-block; width: 13px; height: 13px; border-radius: 3px; margin-right: 6px; vertical-align: -2px; }
.legend i.line { height: 4px; border-radius: 2px; vertical-align: 3px; width: 22px; }
.legend i.round { border-radius: 50%; }
.legend i.hatch { background: repeating-linear-gradient(45deg, #f5f7fa 0 3px, #d9dee4 3px 6px); border: 1px solid #d9dee4; }
svg { width: 100%; height: auto; display: block; font-family: inherit; }
svg text.halo { paint-order: stroke; stroke: #fff; stroke-width: 4px; stroke-linejoin: round; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 12.5px; border-bottom: 1.5px solid #cbd2d9; }
th.l, td.l { text-align: left; }
th.group { text-align: center; color: var(--ink); }
th.g, td.g { border-left: 1px solid var(--line); }
td.g { white-space: nowrap; }
tr.few td { color: #9aa5b1; }
td .flag { color: #b44d12; font-weight: 700; }
.period { border-top: 1px solid var(--line); padding: 14px 0 4px; display: grid; grid-template-columns: 92px 1fr; gap: 14px; }
.period:first-of-type { border-top: 0; }
.period > .when { font-weight: 700; font-size: 17px; }
.period > .when small { display: block; font-weight: 500; font-size: 12px; color: var(--muted); }
.event { margin: 0 0 14px; }
.meta { font-size: 13px; color: var(--muted); display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
.badge { display: inline-block; font-size: 11.5px; font-weight: 700; letter-spacing: .03em; padding: 1px 7px; border-radius: 4px; }
.dyad { font-weight: 600; color: var(--ink); }
.dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin: 0 3px 0 1px; }
blockquote { margin: 5px 0 3px; padding: 2px 0 2px 12px; border-left: 3px solid #cbd2d9; font-size: 15px; }
.source { font-size: 13px; color: var(--muted); }
.source cite { font-style: normal; color: var(--ink); }
.fewnote { font-size: 13px; color: #7b8794; font-style: italic; margin: 0 0 8px; }
footer { color: var(--muted); font-size: 12.5px; margin-top: 26px; }
code { font-size: 12.5px; background: #eef1f4; padding: 0 4px; border-radius: 3px; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 600px) {
  main { padding: 16px 10px 32px; }
  .card { padding: 14px 12px; }
  h1 { font-size: 24px; }
  .period { grid-template-columns: 1fr; gap: 4px; }
  .scroll table { min-width: 560px; }
  .card { overflow-x: auto; }
  .card > svg { min-width: 600px; }
}
"""


def _legend(data: ReportData, extra: str = "", hatch: bool = True) -> str:
    items = "".join(f'<span><i style="background:{data.colours[p]}"></i>{escape(data.names[p])} '
                    f'<span style="color:#7b8794">({escape(p)})</span></span>' for p in data.partners)
    if hatch:
        items += '<span><i class="hatch"></i>too few events: no shares</span>'
    return f'<div class="legend">{items}{extra}</div>'


def _figures(data: ReportData) -> str:
    ok = [p for p in data.balance["periods"] if p["index"] is not None]
    last = ok[-1] if ok else None
    figs = [(f"{last['index']:.2f}" if last else "–", f"balance index, {last['period']}" if last else "balance index"),
            (str(data.stats["focal_events"]), f"events with the {len(data.partners)} partners"),
            (str(data.stats["documents"]), "articles in the store"),
            (str(len(data.undated)), "articles dated from their text")]
    return '<div class="figures">' + "".join(f'<div class="figure"><b>{escape(v)}</b><span>{escape(t)}</span></div>'
                                             for v, t in figs) + "</div>"


def _table(data: ReportData) -> str:
    head = "".join(f'<th colspan="2" class="group g"><span class="dot" style="background:{data.colours[p]}"></span>'
                   f'{escape(data.names[p])}</th>' for p in data.partners)
    sub = "".join('<th class="g">share</th><th>tilt</th>' for _ in data.partners)
    rows = []
    for p in data.balance["periods"]:
        few = p["status"] != "ok"
        index = f"{p['index']:.2f}" if p["index"] is not None else (p["index_note"] or p["status"])
        cells = []
        for q in data.partners:
            v = p["partners"][q]
            share = _share(v)
            tilt = ""
            if v["tilt"] is not None:
                tilt = "0" if abs(v["tilt"]) < 0.005 else f"{v['tilt'] * 100:+.0f}".replace("-", "−")
                if v["tilt_flag"]:
                    tilt = f'<span class="flag" title="95% bootstrap interval excludes 0">{tilt}*</span>'
            cells.append(f'<td class="g">{share}</td><td>{tilt}</td>')
        rows.append(f'<tr class="{"few" if few else ""}"><td class="l">{escape(p["period"])}</td><td>{p["events"]}</td>'
                    f'<td class="l">{escape(index)}</td>{"".join(cells)}</tr>')
    return (f'<div class="scroll"><table><thead><tr><th class="l" rowspan="2">{escape(data.by)}</th><th rowspan="2">events</th>'
            f'<th class="l" rowspan="2">balance</th>{head}</tr><tr>{sub}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _actor(data: ReportData, key: str) -> str:
    colour = FOCAL_COLOUR if key == data.country else data.colours.get(key, OTHER_COLOUR)
    return f'<span class="dot" style="background:{colour}"></span>{escape(key)}'


def _timeline(data: ReportData) -> str:
    blocks = []
    for p in data.balance["periods"]:
        events = data.movers.get(p["period"], [])
        if not events:
            continue
        few = p["status"] != "ok"
        items = []
        if few:
            items.append(f'<p class="fewnote">Too few events in this {escape(data.by)} (fewer than {data.balance["min_events"]}) '
                         "to compute shares; the events are listed for the record.</p>")
        for m in events:
            quad = type_quad(m["type"]) or ""
            bg, fg = QUAD_STYLE.get(quad, ("#eef1f4", INK))
            moved = ""
            if not few and m["influence"] >= 0.005:
                deltas = sorted(((q, d) for q, d in m["delta"].items() if abs(d) >= 0.005), key=lambda qd: -abs(qd[1]))
                shown = ", ".join(f"{escape(data.names.get(q, q))} " + f"{d * 100:+.0f}".replace("-", "−") for q, d in deltas[:2])
                moved = f'<span title="share points this event adds">moved shares: {shown} pts</span>'
            modality = _marks(m)
            title = m.get("title") or "untitled article"
            items.append(
                '<div class="event"><div class="meta">'
                f'<span class="badge" style="background:{bg};color:{fg}" title="{escape(quad)}">{escape(m["type"])}</span>'
                f'<span class="dyad">{_actor(data, m["source"])} → {_actor(data, m["target"])}</span>'
                f'<span>{escape(m["date"] or "undated")}</span>{modality}{moved}</div>'
                f'<blockquote>{escape(m.get("sentence") or "")}</blockquote>'
                f'<div class="source">from <cite>{escape(title)}</cite> · <code>{escape(m["doc_id"])}</code>{_reports(m)}</div></div>')
        small = f"<small>{p['events']} event{'' if p['events'] == 1 else 's'}</small>"
        blocks.append(f'<div class="period"><div class="when">{escape(p["period"])}{small}</div><div>{"".join(items)}</div></div>')
    return "".join(blocks) or "<p>No events.</p>"


def _marks(m: dict) -> str:
    """The dashboard's marks: a "not" badge on a negated event, the modality of a non-asserted one."""
    out = []
    if m.get("negated"):
        bg, fg = PAL["negated"]
        out.append(f'<span class="badge mark" style="background:{bg};color:{fg}" title="negated">not</span>')
    if m.get("modality") and m["modality"] != "asserted":
        bg, fg = PAL["modality"].get(m["modality"], PAL["modality"]["reported"])
        out.append(f'<span class="badge mark" style="background:{bg};color:{fg}" title="modality">{escape(m["modality"])}</span>')
    return "".join(out)


def _reports(m: dict) -> str:
    """How many articles reported an event's happening, when more than one did."""
    if m["reports"] <= 1:
        return ""
    return (f' · {m["reports"]} reports from {m["sources"]} source{"s" if m["sources"] > 1 else ""} '
            f'(cluster <code>{escape(m["cluster_id"])}</code>)')


def _dates(data: ReportData) -> str:
    if not data.undated:
        return "<p>Every article carried its publication date in its metadata.</p>"
    rows = "".join(
        f'<tr><td class="l"><cite>{escape(d["title"] or "untitled article")}</cite><br><code>{escape(d["doc_id"])}</code></td>'
        f'<td class="l" style="white-space:nowrap"><b>{escape(d["date"] or "unknown")}</b><br>'
        f'<span style="color:#7b8794">{escape(d["precision"] or "")}</span></td>'
        f'<td class="l">{escape(d["reason"] or "no date found")}</td></tr>' for d in data.undated)
    return (f'<div class="scroll"><table><thead><tr><th class="l" style="width:34%">article</th><th class="l">date</th>'
            f'<th class="l">reasoning</th></tr></thead><tbody>{rows}</tbody></table></div>')


def render_html(data: ReportData) -> str:
    """One self-contained HTML page: inline CSS, inline SVG, no script, nothing fetched."""
    try:
        from importlib.metadata import version as _version

        version = _version("multivector")
    except Exception:  # not installed: running from a checkout
        version = "(dev)"

    title = f"{data.country_name}: the multi-vector balance"
    has = bool(data.balance["periods"])
    partners = ", ".join(f"{data.names[p]} ({p})" for p in data.partners) or "none"
    summary = "".join(f"<p>{escape(s)}</p>" for s in data.summary)
    net_legend = _legend(data, extra='<span style="color:#7b8794">faded bars: periods with too few events</span>', hatch=False)
    network_legend = (f'<div class="legend"><span><i class="round" style="background:{FOCAL_COLOUR}"></i>{escape(data.country_name)}</span>'
                      + "".join(f'<span><i class="round" style="background:{data.colours[p]}"></i>{escape(data.names[p])}</span>'
                                for p in data.partners)
                      + f'<span><i class="round" style="background:{OTHER_COLOUR}"></i>other actors</span>'
                      f'<span><i class="line" style="background:{COOP_COLOUR}"></i>net cooperation</span>'
                      f'<span><i class="line" style="background:{CONFLICT_COLOUR}"></i>net conflict</span>'
                      f'<span><i class="line" style="background:{NEUTRAL_COLOUR};height:2px"></i>1 event</span>'
                      f'<span><i class="line" style="background:{NEUTRAL_COLOUR};height:8px"></i>'
                      f'{max((d["events"] for d in data.network["dyads"]), default=1)} events between the two</span></div>')
    shown = len(data.network["nodes"])
    charts = ""
    if has:
        charts = f"""
<section class="card"><h2>Balance index</h2>
<p class="note">Normalised entropy of the partners' shares of cooperation: 1 when it is spread evenly over the
{len(data.partners)} partners, 0 when all of it is with one. Dashed: periods without numbers in between.</p>
<div class="legend"><span><i class="line" style="background:{FOCAL_COLOUR}"></i>balance index of {escape(data.country_name)}</span><span><i class="hatch"></i>too few events: no index</span></div>
{chart_index(data)}</section>
<section class="card"><h2>Shares of cooperation</h2>
<p class="note">Each partner's part of {escape(_possessive(data.country_name))} cooperation with these partners
(cooperative events in either direction, weighted by type and modality). Conflict does not count here.</p>
{_legend(data)}{chart_shares(data)}</section>
<section class="card"><h2>Net cooperation per partner</h2>
<p class="note">Sum of the event weights (PLOVER scale, −10 conflict to +10 cooperation) times the modality factor;
negated events excluded. Above zero: more cooperation than conflict.</p>
{net_legend}{chart_net(data)}</section>
<section class="card"><h2>The numbers</h2>
<p class="note">Shares in %, tilt in share points since the previous {escape(data.by)} with numbers;
* the {int(data.balance['level'] * 100)}% bootstrap interval of the tilt excludes zero.</p>{_table(data)}</section>"""
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style></head>
<body><main>
<header><div class="kicker">multivector report · {escape(data.country)} · by {escape(data.by)}</div>
<h1>{escape(title)}</h1>
<p class="sub">Partners: {escape(partners)}{' · EU member states folded into EU' if data.fold_eu else ''}</p></header>
<section class="card summary"><h2>Summary</h2>{summary}{_figures(data)}</section>
{charts}
<section class="card"><h2>The relation network</h2>
<p class="note">All periods. Circle size: events of the actor; line width: events between the two; colour: the sign of their
net cooperation. Showing {shown} of {data.network['total_nodes']} actors (the focal country, its partners and the busiest others).</p>
{network_legend}{chart_network(data)}</section>
<section class="card"><h2>Key events</h2>
<p class="note">Per {escape(data.by)}, the events that moved the shares most (leave-one-out), each with the sentence that
proves it and its article.</p>{_timeline(data)}</section>
<section class="card"><h2>How undated articles were dated</h2>
<p class="note">These articles carried no publication date in their metadata; the date was inferred from the text.</p>
{_dates(data)}</section>
<footer>Generated by multivector {escape(version)} from the events in the store, counting
{'each happening once (event clusters)' if data.count == 'clusters' else 'every report (mentions)'}. Balance over
{escape(partners)}; at least {data.balance['min_events']} events per period; tilt intervals from {data.balance['n_boot']}
bootstrap resamples (seed {data.balance['seed']}).</footer>
</main></body></html>
"""
    return html


def write_html(data: ReportData, out: str | Path) -> Path:
    path = Path(out)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(data), encoding="utf-8")
    return path


# --- PNG charts (matplotlib, Agg) --------------------------------------------------------------


def render_png(data: ReportData, out: str | Path, dpi: int = 200) -> list[Path]:
    """The four charts as PNG files next to ``out``: ``<stem>-balance.png``, ``-shares``, ``-net``, ``-network``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    stem = out.with_suffix("")
    labels, statuses = _periods(data)
    periods = data.balance["periods"]
    spans = [period_span(p) for p in labels] or [(0.0, 1.0)]  # the SVG charts' time axis: periods at their dates
    xs = [(a + b) / 2 for a, b in spans]
    unit = min(b - a for a, b in spans)
    t0, t1 = min(a for a, _ in spans), max(b for _, b in spans)
    written: list[Path] = []
    light, dark = PAL["hatch"]
    plt.rcParams.update({"font.size": 10, "axes.spines.top": False, "axes.spines.right": False,
                         "axes.edgecolor": AXIS, "axes.labelcolor": MUTED, "xtick.color": INK, "ytick.color": MUTED})

    def shade(ax):
        for (a, b), s in zip(spans, statuses):
            if s != "ok":
                ax.axvspan(a, b, facecolor=light, hatch="///", edgecolor=dark, lw=0, zorder=0)

    def finish(fig, ax, name, ylabel, legend_handles=None):
        step, years = year_ticks(t0, t1, Frame.W - Frame.LEFT - Frame.RIGHT)
        ax.set_xticks([y + 0.5 if step == 1 else y for y in years], [str(y) for y in years])
        ax.set_xlabel(f"{data.by} (time to scale)")
        ax.set_ylabel(ylabel)
        ax.set_xlim(t0, t1)
        if legend_handles:
            ax.legend(handles=legend_handles, frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1.0))
        fig.tight_layout()
        path = Path(f"{stem}-{name}.png")
        fig.savefig(path, dpi=dpi, bbox_inches="tight")
        plt.close(fig)
        written.append(path)

    handles = [Patch(color=data.colours[p], label=f"{data.names[p]} ({p})") for p in data.partners]
    few_patch = Patch(facecolor=light, hatch="///", edgecolor=dark, label="too few events")

    fig, ax = plt.subplots(figsize=(10, 3.6))
    ax.set_title(f"Balance index of {data.country_name} (1 = evenly multi-vector)", loc="left", fontsize=11)
    shade(ax)
    pts = [(i, p["index"]) for i, p in enumerate(periods) if p["index"] is not None]
    for (i0, v0), (i1, v1) in zip(pts, pts[1:]):  # dashed across a gap in time or a period without numbers
        solid = i1 == i0 + 1 and abs(spans[i1][0] - spans[i0][1]) < 1e-6
        ax.plot([xs[i0], xs[i1]], [v0, v1], "-" if solid else "--", color=FOCAL_COLOUR, lw=2)
    ax.plot([xs[i] for i, _ in pts], [v for _, v in pts], "o", color=FOCAL_COLOUR)
    ax.set_ylim(0, 1.05)
    ax.grid(axis="y", color=GRID)
    finish(fig, ax, "balance", "balance index", [few_patch])

    fig, ax = plt.subplots(figsize=(10, 3.8))
    ax.set_title(f"Shares of {_possessive(data.country_name)} cooperation", loc="left", fontsize=11)
    shade(ax)
    bottom = [0.0] * len(periods)
    for q in data.partners:
        vals = [(p["partners"][q]["share"] or 0) if p["status"] == "ok" else 0 for p in periods]
        ax.bar(xs, vals, bottom=bottom, color=data.colours[q], width=0.7 * unit)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    finish(fig, ax, "shares", "share of cooperation", handles + [few_patch])

    fig, ax = plt.subplots(figsize=(10, 3.8))
    ax.set_title(f"Net cooperation of {data.country_name} per partner", loc="left", fontsize=11)
    k = max(len(data.partners), 1)
    w = 0.8 * unit / k
    for j, q in enumerate(data.partners):
        vals = [p["partners"][q]["net"] for p in periods]
        ax.bar([x - 0.4 * unit + w * (j + 0.5) for x in xs], vals, width=w, color=data.colours[q],
               alpha=1.0, edgecolor="white", linewidth=0.5)
    ax.axhline(0, color=NEUTRAL_COLOUR, lw=1)
    ax.grid(axis="y", color=GRID)
    finish(fig, ax, "net", "net cooperation", handles)

    fig, ax = plt.subplots(figsize=(8, 5.5))
    ax.set_title("Relation network, all periods", loc="left", fontsize=11)
    pos = data.network["positions"]
    top = max((d["events"] for d in data.network["dyads"]), default=1)
    for d in data.network["dyads"]:
        (ax_, ay), (bx, by_) = pos[d["a"]], pos[d["b"]]
        colour = COOP_COLOUR if d["net"] > 0 else CONFLICT_COLOUR if d["net"] < 0 else NEUTRAL_COLOUR
        ax.plot([ax_, bx], [ay, by_], color=colour, alpha=0.55, lw=0.8 + 5 * math.sqrt(d["events"] / top), zorder=1,
                solid_capstyle="round")
    biggest = max((n["events"] for n in data.network["nodes"]), default=1) or 1
    for n in data.network["nodes"]:
        x, y = pos[n["actor"]]
        colour = FOCAL_COLOUR if n["actor"] == data.country else data.colours.get(n["actor"], OTHER_COLOUR)
        ax.scatter([x], [y], s=80 + 900 * n["events"] / biggest, color=colour, edgecolor="white", linewidth=1.5, zorder=2)
        ax.annotate(n["actor"], (x, y), xytext=(0, -14 - 10 * math.sqrt(n["events"] / biggest)), textcoords="offset points",
                    ha="center", fontsize=9, fontweight="bold", color=INK, zorder=3)
    ax.set_axis_off()
    ax.margins(0.12)
    fig.tight_layout()
    ax.legend(handles=[Patch(color=FOCAL_COLOUR, label=data.country_name)] + handles
              + [Patch(color=OTHER_COLOUR, label="other actors"),
                 matplotlib.lines.Line2D([], [], color=COOP_COLOUR, lw=3, label="net cooperation"),
                 matplotlib.lines.Line2D([], [], color=CONFLICT_COLOUR, lw=3, label="net conflict")],
              frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)
    path = Path(f"{stem}-network.png")
    fig.savefig(path, dpi=dpi, bbox_inches="tight")
    plt.close(fig)
    written.append(path)
    return written
