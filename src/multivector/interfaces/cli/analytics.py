"""The analytics commands: relations of a pair, the multi-vector balance, the network."""

from __future__ import annotations

from typing import Optional

import typer
from rich import box
from rich.table import Table

from .common import (ByOption, CountOption, DbOption, FoldEuOption, JsonOption, PartnersOption, check_by, check_number,
                     open_reader, out, partner_keys, print_json, resolve_country)


def _num(value: float | None, fmt: str = "{:+.1f}") -> str:
    return "" if value is None else fmt.format(value)


def relations(a: str = typer.Argument(..., help="An actor: a country or organisation, as a code or a name (KAZ, Kazakhstan, EU, CSTO)."),
              b: str = typer.Argument(..., help="The other actor."), db: Optional[str] = DbOption, by: str = ByOption,
              fold_eu: bool = FoldEuOption,
              count: str = CountOption, as_json: bool = JsonOption) -> None:
    """Relations of two actors per period, both directions: counts by type and quad, net cooperation."""
    from ...analytics import check_count
    from ...analytics import relations as compute

    by, count = check_by(by), check_count(count)
    with open_reader(db) as reader:
        a, b = resolve_country(reader, a), resolve_country(reader, b)
        rows = compute(reader.con, a, b, by=by, fold_eu=fold_eu, count=count)
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"relations {a} ↔ {b} by {by}, counting {count}", box=box.SIMPLE_HEAD, pad_edge=False,
                  caption="events by direction and in total; net: net cooperation; quads: verbal/material cooperation, verbal/material conflict")
    for col in ("period", f"{a}→{b}", f"{b}→{a}", "all", "net", "vcoop", "mcoop", "vconf", "mconf"):
        table.add_column(col, no_wrap=True, justify="left" if col == "period" else "right")
    table.add_column("types", overflow="fold")
    for r in rows:
        quads = r["total"]["by_quad"]
        table.add_row(r["period"], str(r["a_to_b"]["events"]), str(r["b_to_a"]["events"]), str(r["total"]["events"]),
                      _num(r["total"]["net"]),
                      *(str(quads.get(q, "")) for q in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")),
                      ", ".join(f"{t} {n}" for t, n in r["total"]["by_type"].items()))
    out.print(table)
    if not rows:
        out.print(f"no events between {a} and {b}")


def balance(country: str = typer.Argument(..., help="The focal country, as a code or a name (KAZ, Kazakhstan)."), db: Optional[str] = DbOption,
            partners: Optional[str] = PartnersOption,
            by: str = ByOption, fold_eu: bool = FoldEuOption,
            min_events: int = typer.Option(3, help="Fewer events than this in a period: no numbers."),
            n_boot: int = typer.Option(500, help="Bootstrap resamples for the tilt interval."),
            seed: int = typer.Option(0, help="Bootstrap seed."),
            movers: int = typer.Option(0, help="Also list this many events that moved the shares most, per period."),
            count: str = CountOption, as_json: bool = JsonOption) -> None:
    """The multi-vector balance of a country: shares of its cooperation, balance index, tilt."""
    from ...analytics import balance as compute
    from ...analytics import check_count
    from ...analytics import movers as compute_movers

    by, count = check_by(by), check_count(count)
    check_number("--min-events", min_events, 1)
    check_number("--n-boot", n_boot, 50, 100_000)
    check_number("--seed", seed, 0, 2**32 - 1)
    check_number("--movers", movers, 0, 1000)
    with open_reader(db) as reader:
        focal = resolve_country(reader, country, needs_events=True)
        chosen = partner_keys(reader, partners)
        result = compute(reader.con, focal, partners=chosen, by=by, fold_eu=fold_eu, min_events=min_events, n_boot=n_boot,
                         seed=seed, count=count)
        if movers:
            for period in result["periods"]:
                period["movers"] = compute_movers(reader.con, focal, period["period"], result["partners"], by=by,
                                                  fold_eu=fold_eu, limit=movers, count=count) if period["status"] == "ok" else []
    if as_json:
        print_json(result)
        return
    table = Table(title=f"multi-vector balance of {focal} by {by}, counting {count}", box=box.SIMPLE_HEAD, pad_edge=False,
                  caption="balance: normalised entropy of the cooperation shares (1 = even, 0 = one partner). share: part of the "
                  "cooperation (positive weighted events, both directions). tilt: change of share since the previous period with numbers, "
                  f"[{int(result['level'] * 100)}% bootstrap interval over clusters; none with fewer than 2], * = interval excludes 0. "
                  "net: net cooperation.")
    for col, justify in (("period", "left"), ("ev", "right"), ("balance", "left"), ("partner", "left"), ("n", "right"),
                         ("net", "right"), ("share", "right"), ("tilt", "right"), ("interval", "left")):
        table.add_column(col, justify=justify, no_wrap=True)
    for period in result["periods"]:
        status = period["status"]
        index = f"{period['index']:.2f}" if period["index"] is not None else {"too few events": "too few"}.get(status, period["index_note"] or status)
        for i, partner in enumerate(result["partners"]):
            p = period["partners"][partner]
            share = f"{p['share']:.2f}" if p["share"] is not None else ""
            tilt = f"{p['tilt']:+.2f}{'*' if p['tilt_flag'] else ' '}" if p["tilt"] is not None else ""
            interval = f"[{p['tilt_low']:+.2f},{p['tilt_high']:+.2f}]" if p["tilt_low"] is not None else ""
            table.add_row(period["period"] if i == 0 else "", str(period["events"]) if i == 0 else "", index if i == 0 else "",
                          partner, str(p["events"]), _num(p["net"]), share, tilt, interval,
                          end_section=i == len(result["partners"]) - 1)
    out.print(table)
    if not result["periods"]:
        out.print(f"no events between {focal} and {', '.join(result['partners']) or 'any partner'}")
    for period in result["periods"]:
        for m in period.get("movers", []):
            sources = f"{m['sources']} source{'s' if m['sources'] > 1 else ''}"
            reports = f" ({m['reports']} reports from {sources}, cluster {m['cluster_id']})" if m["reports"] > 1 else ""
            out.print(f"[bold]{period['period']}[/bold] {m['type']} {m['source']}→{m['target']} influence {m['influence']:.2f}: "
                      f"“{(m['sentence'] or '')[:200]}” — {m['title'] or m['doc_id']}{reports}")


def network(db: Optional[str] = DbOption, since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
            until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
            fold_eu: bool = FoldEuOption,
            limit: int = typer.Option(50, help="At most this many dyads in the table."),
            count: str = CountOption, as_json: bool = JsonOption) -> None:
    """All dyads with volume and net cooperation, and each actor's degree centrality."""
    from ...analytics import check_count
    from ...analytics import network as compute
    from ...text import check_date

    check_date(since), check_date(until)
    count = check_count(count)
    check_number("--limit", limit, 1)
    with open_reader(db) as reader:
        result = compute(reader.con, since=since, until=until, fold_eu=fold_eu, count=count)
    if as_json:
        print_json(result)
        return
    table = Table(title=f"{len(result['dyads'])} dyads, counting {count}", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("a", "b", "events", "net", "cooperation"):
        table.add_column(col, justify="right" if col in ("events", "net", "cooperation") else "left")
    for d in result["dyads"][:limit]:
        table.add_row(d["a"], d["b"], str(d["events"]), _num(d["net"]), _num(d["cooperation"]))
    out.print(table)
    table = Table(title="actors by degree centrality", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("actor", "events", "partners", "centrality"):
        table.add_column(col)
    for n in result["nodes"][:limit]:
        table.add_row(n["actor"], str(n["events"]), str(n["degree"]), f"{n['centrality']:.2f}")
    out.print(table)
