"""The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.

Every piece of text that comes from the store (sentences, titles, actor keys, date reasons) goes
through ``html.escape``.
"""

from __future__ import annotations

from html import escape
from importlib import resources
from pathlib import Path

from ...store.weights import type_quad
from .charts import (
    COOP_COLOUR,
    CONFLICT_COLOUR,
    FOCAL_COLOUR,
    INK,
    NEUTRAL_COLOUR,
    OTHER_COLOUR,
    PAL,
    QUAD_STYLE,
    chart_index,
    chart_net,
    chart_network,
    chart_shares,
)
from .data import ReportData
from .prose import possessive, share_text

CSS = resources.files(__package__).joinpath("data", "report.css").read_text("utf-8")


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
            share = share_text(v)
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
<p class="note">Each partner's part of {escape(possessive(data.country_name))} cooperation with these partners
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
