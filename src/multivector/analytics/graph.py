"""The relation network: all dyads with their volume and net cooperation, degree centrality, and a layout."""

from __future__ import annotations

import math
from collections import defaultdict

from .rows import EventRow, rows_for


def network(con, since: str | None = None, until: str | None = None, fold_eu: bool = False, count: str = "clusters") -> dict:
    """All dyads between ``since`` and ``until``: undirected pairs with volume (distinct events) and net cooperation.

    Returns ``{"dyads": [{"a", "b", "events", "net", "cooperation"}...], "nodes": [{"actor", "events",
    "degree", "centrality"}...]}``; centrality is networkx degree centrality of the undirected graph.
    ``count``: clusters (each happening once) or mentions (every report)."""
    import networkx as nx

    rows = rows_for(con, since, until, fold_eu, count)
    dyads: dict[tuple[str, str], dict[str, EventRow]] = defaultdict(dict)
    for row in rows:
        dyads[tuple(sorted((row.source, row.target)))].setdefault(row.event_id, row)
    graph = nx.Graph()
    out = []
    for (a, b), events in sorted(dyads.items()):
        net = sum(r.weighted for r in events.values())
        graph.add_edge(a, b, weight=len(events), net=net)
        out.append({"a": a, "b": b, "events": len(events), "net": round(net, 6),
                    "cooperation": round(sum(r.coop for r in events.values()), 6)})
    out.sort(key=lambda d: (-d["events"], d["a"], d["b"]))
    centrality = nx.degree_centrality(graph) if graph.number_of_nodes() > 1 else {n: 0.0 for n in graph.nodes}
    actor_events: dict[str, set[str]] = defaultdict(set)
    for (a, b), events in dyads.items():
        actor_events[a].update(events)
        actor_events[b].update(events)
    volume = {n: len(e) for n, e in actor_events.items()}
    nodes = [{"actor": n, "events": volume[n], "degree": graph.degree(n), "centrality": centrality[n]} for n in graph.nodes]
    nodes.sort(key=lambda d: (-d["centrality"], -d["events"], d["actor"]))
    return {"since": since, "until": until, "count": count, "dyads": out, "nodes": nodes}


def layout(nodes: list[str], dyads: list[dict]) -> dict[str, tuple[float, float]]:
    """A spring-layout position (x, y) per node of the graph of ``dyads`` (``{"a", "b", ...}``); the same on every run."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((d["a"], d["b"]) for d in dyads)
    if graph.number_of_nodes() == 1:
        return {nodes[0]: (0.0, 0.0)}
    if graph.number_of_nodes() == 0:
        return {}
    # unweighted, with a long ideal distance: heavy dyads would otherwise pile the main actors on each other
    k = 2.6 / math.sqrt(graph.number_of_nodes())
    positions = nx.spring_layout(graph, seed=7, k=k, iterations=300, weight=None)
    return {n: (float(x), float(y)) for n, (x, y) in positions.items()}
