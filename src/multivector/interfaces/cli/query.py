"""The query commands: events, actors, quotes and one article (``show``), as tables or JSON lines."""

from __future__ import annotations

import json
from typing import Optional

import typer
from rich.table import Table
from rich.text import Text

from .common import MAX_LIMIT, DbOption, check_number, err, open_reader, out, resolve_country


def _actors(actors: list[dict]) -> str:
    return "+".join(
        (a.get("org") if a.get("code") == "IGO" else a.get("code") or "?") + (f"/{a['sector']}" if a.get("sector") else "")
        for a in actors
    ) or "-"


def _why_empty(reader, filters: dict) -> str:
    """What each filter alone matches, so an empty result says which one empties it."""
    from ...actors.lookup import label

    total = reader.count_events()
    given = {k: v for k, v in filters.items() if v}
    if not given:
        return f"no events: the store {reader.path} has none yet"
    alone = [f"--{k} {label(v) if k == 'country' else v}: {reader.count_events(**{k: v})}" for k, v in given.items()]
    first, last = reader.date_span()
    span = f", dated {first} to {last}" if first else ""
    if len(alone) == 1:
        return f"no events match --{alone[0].removeprefix('--').rsplit(':', 1)[0]} (of {total} events{span})"
    return f"no events match all of these filters; each alone matches {'; '.join(alone)} (of {total} events{span})"


def events(db: Optional[str] = DbOption,
           country: Optional[str] = typer.Option(None, help="Country or organisation, as a code or a name (KAZ, Kazakhstan, CSTO)."),
           actor: Optional[str] = typer.Option(None, help="Part of an actor's name."),
           type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type."),
           since: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"), until: Optional[str] = typer.Option(None, help="YYYY[-MM[-DD]]"),
           doc: Optional[str] = typer.Option(None, help="Document id."),
           limit: int = typer.Option(200, help=f"At most this many (1 to {MAX_LIMIT:,}; 'export' writes them all)."),
           as_json: bool = typer.Option(False, "--json", help="JSON lines (one PLOVER record a line) instead of a table.")) -> None:
    """List events, filtered."""
    from ...store.reader import check_type
    from ...text import check_date

    check_number("--limit", limit, 1)
    since, until, type = check_date(since), check_date(until), check_type(type)
    with open_reader(db) as reader:
        country = resolve_country(reader, country)
        filters = {"country": country, "actor": actor, "type": type, "since": since, "until": until, "doc": doc}
        rows = reader.events(**filters, limit=limit)
        why = _why_empty(reader, filters) if not rows else None
        if as_json and rows:
            from ...store.exports import plover_records

            for record in plover_records(reader, rows):
                typer.echo(json.dumps(record, default=str, ensure_ascii=False))
            return
    if why:
        err.print(why, soft_wrap=True, markup=False)
        return
    table = Table(title=f"{len(rows)} events")
    for col in ("date", "type", "mode", "source", "target", "neg", "modality", "doc", "evidence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["date"] or "", r["type"], r["mode"] or "", _actors(r["source"]), _actors(r["target"]),
                      "yes" if r["negated"] else "", r["modality"], r["doc_id"], r["sentence"][:160])
    out.print(table)


def actors(db: Optional[str] = DbOption,
           country: Optional[str] = typer.Option(None, help="Country or organisation, as a code or a name.")) -> None:
    """List the actors found, with how often and in how many articles."""
    with open_reader(db) as reader:
        country = resolve_country(reader, country)
        rows = reader.actors(country=country)
        path = reader.path
    if not rows:
        err.print(f"no actors{f' of {country}' if country else ''} in {path}", soft_wrap=True, markup=False)
        return
    table = Table(title=f"{len(rows)} actors")
    for col in ("actor", "code", "sector", "name", "mentions", "articles"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["actor_key"], r["code"] or "", r["sector"] or "", r["name"] or "", str(r["mentions"]), str(r["documents"]))
    out.print(table)


def quotes(db: Optional[str] = DbOption, doc: Optional[str] = typer.Option(None, help="Document id."),
           speaker: Optional[str] = typer.Option(None, help="Part of the speaker's name.")) -> None:
    """List direct quotations with their speakers."""
    with open_reader(db) as reader:
        rows = reader.quotes(doc=doc, speaker=speaker)
    table = Table(title=f"{len(rows)} quotes")
    for col in ("speaker", "code", "quote", "doc"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["speaker"] or "?", r["speaker_code"] or "", r["text"], r["doc_id"])
    out.print(table)


def show(doc_id: str, db: Optional[str] = DbOption) -> None:
    """Show one article with its events highlighted, its actors, quotes and date reasoning."""
    with open_reader(db) as reader:
        doc = reader.document(doc_id)
    out.rule(doc["title"] or doc["doc_id"])
    first, last = doc.get("date_earliest"), doc.get("date_latest")
    between = f", between {first or 'open'} and {last or 'open'}" if (first or last) and first != last else ""
    out.print(f"[bold]date[/bold] {doc['date'] or 'unknown'} ({doc['date_precision'] or '-'}{between}): {doc['date_reason']}")
    if doc.get("near_duplicate_of"):
        out.print(f"[bold]near-duplicate of[/bold] {doc['near_duplicate_of']}")
    text = Text(doc["text"])
    for ev in doc["events"]:
        text.stylize("underline", ev["sent_start"], ev["sent_end"])
        text.stylize("bold reverse", ev["trigger_start"], ev["trigger_end"])
    out.print(text)
    table = Table(title="events", caption="cluster: the happening each reports, with the other reports at /api/clusters/ID")
    for col in ("type", "source", "target", "neg", "modality", "date", "trigger", "cluster"):
        table.add_column(col)
    for ev in doc["events"]:
        table.add_row(ev["type"], _actors(ev["source"]), _actors(ev["target"]), "yes" if ev["negated"] else "", ev["modality"],
                      ev["date"] or "", ev["trigger"], ev["cluster_id"] or "")
    out.print(table)
    table = Table(title="actors")
    for col in ("name", "code", "sector", "mentions"):
        table.add_column(col)
    for a in doc["actors"]:
        table.add_row(a["name"] or a["actor_key"], a["code"] or "", a["sector"] or "", str(a["mentions"]))
    out.print(table)
    for q in doc["quotes"]:
        out.print(f"[bold]{q['speaker'] or '?'}[/bold]: “{q['text']}”")
