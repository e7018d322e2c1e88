"""What the report shows, computed: the analytics' results and the store's figures as plain values, nothing rendered."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ...analytics import TOO_FEW, layout
from ...analytics import balance as compute_balance
from ...analytics import movers as compute_movers
from ...analytics import network as compute_network
from ...store.queries import documents_dated_otherwise, table_sizes
from .charts import partner_colours
from .prose import summarise

METADATA_REASON = "from the article's metadata"  # how document/dating/publication.py words a date taken from metadata
MOVERS_PER_PERIOD = 3
NETWORK_NODES = 16


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



def actor_names() -> dict[str, str]:
    """Actor key → name, for every country and organisation of the actors' knowledge base."""
    from ...actors.kb import load_kb

    kb = load_kb()
    return {**kb.igo_names, **kb.country_names}


def name_of(key: str, names: dict[str, str]) -> str:
    """A readable name for an actor key: 'Russia', 'the United States', 'the European Union'."""
    name = names.get(key) or key
    if name.split()[0] in ("United", "European", "Netherlands", "Philippines", "Czech", "Dominican", "Central",
                           "Organization", "Organisation", "Shanghai", "Collective", "North", "Eurasian", "Commonwealth",
                           "Gulf", "Association", "International", "World", "Council") and name != "North Korea" and name != "North Macedonia":
        name = "the " + name
    return name


def _connect(db):
    """(connection, close?) from a path or an open DuckDB connection."""
    if hasattr(db, "execute"):
        return db, False
    from ...store import Reader

    reader = Reader(db)
    return reader.con, True


def _network(con, focal: str, partners: list[str], fold_eu: bool, count: str) -> dict:
    """The dyads among the focal country, its partners and the busiest other actors, with spring-layout positions."""
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
    events = {n["actor"]: n["events"] for n in full["nodes"]}
    nodes = [{"actor": n, "events": events.get(n, 0), "degree": sum(n in (d["a"], d["b"]) for d in dyads)} for n in keep]
    return {"dyads": dyads, "nodes": nodes, "positions": layout(keep, dyads), "total_nodes": len(full["nodes"]),
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
        undated = documents_dated_otherwise(con, METADATA_REASON)
        sizes = table_sizes(con)
    finally:
        if close:
            con.close()
    names = actor_names()
    keys = {focal, *chosen, *(n["actor"] for n in net["nodes"])}
    for period in moved.values():
        for m in period:
            keys.update((m["source"], m["target"]))
    readable = {k: name_of(k, names) for k in sorted(k for k in keys if k)}
    focal_events = sum(p["events"] for p in result["periods"])
    periods = [p["period"] for p in result["periods"]]
    stats = {**sizes, "focal_events": focal_events,
             "first": periods[0] if periods else None, "last": periods[-1] if periods else None,
             "ok_periods": sum(p["status"] == "ok" for p in result["periods"]),
             "too_few": [p["period"] for p in result["periods"] if p["status"] == TOO_FEW]}
    data = ReportData(country=focal, country_name=readable[focal], by=by, fold_eu=fold_eu, partners=chosen,
                      names=readable, colours=partner_colours(chosen), balance=result, movers=moved, network=net,
                      undated=undated, summary=[], stats=stats, count=count)
    data.summary = summarise(data)
    return data
