"""The report's charts as inline SVG, drawn in Python, and the one palette they, the PNG charts and the dashboard share.

The palette is ``web/palette.json``: the dashboard fetches it, and everything the report draws, in
SVG or PNG, takes its colours from here. All text in a chart is escaped.
"""

from __future__ import annotations

import json
import math
from html import escape
from importlib import resources
from typing import TYPE_CHECKING

from ...analytics import TOO_FEW
from .prose import pct, possessive, share_text

if TYPE_CHECKING:
    from .data import ReportData

PAL = json.loads(resources.files("multivector.interfaces").joinpath("web", "palette.json").read_text("utf-8"))
FIXED_COLOURS = PAL["fixed"]   # one colour per usual power, the same in every chart and every report
PALETTE = PAL["series"]
FOCAL_COLOUR, OTHER_COLOUR = PAL["focal"], PAL["other"]
COOP_COLOUR, CONFLICT_COLOUR, NEUTRAL_COLOUR = PAL["coop"], PAL["conflict"], PAL["neutral"]
INK, MUTED, GRID, AXIS = PAL["ink"], PAL["muted"], PAL["grid"], PAL["axis"]
QUAD_STYLE = {quad: tuple(colours) for quad, colours in PAL["quad"].items()}  # background, text


def partner_colours(partners: list[str]) -> dict[str, str]:
    """A colour per partner: the usual powers keep theirs, the others take the series' colours in order."""
    free = [c for c in PALETTE]
    out = {}
    for p in partners:
        if p in FIXED_COLOURS:
            out[p] = FIXED_COLOURS[p]
    for p in partners:
        if p not in out:
            out[p] = free.pop(0) if free else OTHER_COLOUR
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


def periods_of(data: ReportData) -> tuple[list[str], list[str]]:
    periods = data.balance["periods"]
    return [p["period"] for p in periods], [p["status"] for p in periods]


def chart_index(data: ReportData) -> str:
    labels, statuses = periods_of(data)
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
    labels, statuses = periods_of(data)
    fr = Frame(labels, 0, 1, height=300)
    svg = Svg(fr.W, fr.H, f"Each partner's share of {possessive(data.country_name)} cooperation per {data.by}")
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
                         title=f"{labels[i]} · {data.names[q]}: {share_text(periods[i]['partners'][q])}")
            else:
                # an area from the first to the last period of the run, half a step wider on each side
                xs = [fr.x(i) for i in run]
                xs[0] -= fr.step * 0.28
                xs[-1] += fr.step * 0.28
                top = " ".join(f"L{_f(x)},{_f(fr.y(upper[i]))}" for x, i in zip(xs, run))
                bottom = " ".join(f"L{_f(x)},{_f(fr.y(lower[i]))}" for x, i in reversed(list(zip(xs, run))))
                d = "M" + top[1:] + " " + bottom + " Z"
                svg.path(d, fill=data.colours[q], opacity=0.88, stroke="#fff", width=0.8,
                         title=f"{data.names[q]}: " + ", ".join(f"{labels[i]} {share_text(periods[i]['partners'][q])}" for i in run))
            lower = upper
        for i in run:  # each share written inside its band with the events behind it, where they fit
            p = periods[i]["partners"]
            acc = 0.0
            for q in data.partners:
                s = p[q]["share"] or 0
                if s >= 0.12 and fr.step >= 58:  # the text fits inside the bar
                    svg.text(fr.x(i), fr.y(acc + s / 2) - 2, pct(s), size=11, fill="#fff", weight="600")
                    svg.text(fr.x(i), fr.y(acc + s / 2) + 11, f"n={p[q]['events']}", size=10, fill="#fff")
                acc += s
    return svg.render()


def chart_net(data: ReportData) -> str:
    labels, statuses = periods_of(data)
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
