"""The report's generated text: a few sentences read off the numbers, and the formats they share with the charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .data import ReportData

def pct(share: float) -> str:
    return f"{round(share * 100)}%"


def share_text(v: dict) -> str:
    """A partner's share with the number of events behind it: "42% (n=17)"."""
    return f"{pct(v['share'])} (n={v['events']})" if v["share"] is not None else ""


def _pts(delta: float) -> str:
    return f"{'+' if delta >= 0 else '−'}{abs(round(delta * 100))} points"


def possessive(name: str) -> str:
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
            return (f"In {entry['period']}, all of {possessive(data.country_name)} cooperation with these partners was with "
                    f"{name(top)} ({index}).")
        tail = f", followed by {name(second)} ({pct(parts[second]['share'])})" if second and parts[second]["share"] else ""
        return f"In {entry['period']}, {name(top)} held the largest share of the cooperation ({pct(parts[top]['share'])}){tail}; {index}."
    tilts = sorted(data.partners, key=lambda p: (-(parts[p]["tilt"] or 0), p))
    up, down = tilts[0], tilts[-1]
    since = entry["previous"]

    def clear(p: str) -> str:
        return ", a clear shift" if parts[p]["tilt_flag"] else ""

    if (parts[up]["tilt"] or 0) < 0.005:
        return f"In {entry['period']}, the shares stayed as in {since} ({index})."
    first = (f"In {entry['period']}, cooperation with {name(up)} rose to {pct(parts[up]['share'])} of the total "
             f"({_pts(parts[up]['tilt'])} since {since}{clear(up)})")
    if (parts[down]["tilt"] or 0) <= -0.005:
        verb = "fell to" if parts[down]["share"] > 0 else "fell to"
        first += (f", while {possessive(name(down))} share {verb} {pct(parts[down]['share'])} "
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
