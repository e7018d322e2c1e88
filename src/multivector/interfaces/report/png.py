"""The report's four charts as PNG files (matplotlib, Agg), for papers and slides, in the colours of the SVG charts."""

from __future__ import annotations

import math
from pathlib import Path

from .charts import (
    AXIS,
    CONFLICT_COLOUR,
    COOP_COLOUR,
    FOCAL_COLOUR,
    GRID,
    INK,
    MUTED,
    NEUTRAL_COLOUR,
    OTHER_COLOUR,
    PAL,
    Frame,
    period_span,
    periods_of,
    year_ticks,
)
from .data import ReportData
from .prose import possessive


def render_png(data: ReportData, out: str | Path, dpi: int = 200) -> list[Path]:
    """The four charts as PNG files next to ``out``: ``<stem>-balance.png``, ``-shares``, ``-net``, ``-network``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    stem = out.with_suffix("")
    labels, statuses = periods_of(data)
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
    ax.set_title(f"Shares of {possessive(data.country_name)} cooperation", loc="left", fontsize=11)
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
