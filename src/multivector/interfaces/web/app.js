// multivector dashboard: plain JS, no external assets. Article text is only ever set with textContent.
"use strict";

const main = document.getElementById("main");
const SVGNS = "http://www.w3.org/2000/svg";
const COLORS = ["#1d4ed8", "#d97706", "#059669", "#b91c1c", "#7c3aed", "#0891b2", "#be185d", "#4d7c0f"];
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
  "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "onclick" || k === "onsubmit" || k === "onchange") node[k] = v;
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const e = body.error || { message: "HTTP " + response.status };
    throw new Error(e.message);
  }
  return body;
}

function showError(err) { main.append(el("p", { class: "error" }, err.message)); }
function actorList(list) { return (list || []).map(a => a.code || a.org || a.name || "?").join(", "); }
function fmt(x, d = 2) { return x === null || x === undefined ? "" : Number(x).toFixed(d); }

function setView(title, nav) {
  main.replaceChildren(el("h1", {}, title));
  document.title = title + " · multivector";
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", a.id === nav);
}

function table(columns, rows, onclick) {
  const head = el("tr", {}, ...columns.map(c => el("th", {}, c[0])));
  const body = rows.map(r => {
    const tr = el("tr", { class: onclick ? "clickable" : null }, ...columns.map(c => el("td", {}, c[1](r))));
    if (onclick) tr.onclick = () => onclick(r);
    return tr;
  });
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

function eventColumns() {
  return [["date", e => e.date || ""], ["type", e => e.type], ["source", e => actorList(e.source)],
    ["target", e => actorList(e.target)], ["modality", e => e.modality || ""],
    ["evidence", e => (e.sentence || "").slice(0, 180)]];
}

function openEvent(docId, eventId) {
  location.hash = "#/doc/" + encodeURIComponent(docId) + (eventId ? "?event=" + encodeURIComponent(eventId) : "");
}

// --- the country page -------------------------------------------------------------------------------
async function countryPage(code, params) {
  const by = params.get("by") || "year";
  setView("Multi-vector balance of " + code, "nav-country");
  const form = el("form", { class: "filters" },
    el("label", {}, "country", el("input", { name: "country", value: code, size: 6 })),
    el("label", {}, "period", el("select", { name: "by" },
      ...["year", "quarter", "month"].map(b => el("option", { value: b, selected: b === by ? "selected" : null }, b)))),
    el("button", { type: "submit" }, "Show"));
  form.onsubmit = ev => {
    ev.preventDefault();
    location.hash = "#/country/" + encodeURIComponent(form.country.value.trim().toUpperCase()) + "?by=" + form.by.value;
  };
  main.append(form);
  let data;
  try { data = await api("api/balance/" + encodeURIComponent(code) + "?by=" + by); } catch (err) { return showError(err); }
  if (!data.periods.length) { main.append(el("p", { class: "muted" }, "No events between " + code + " and any partner.")); return; }
  const periodsBox = el("div", { id: "period-events" });
  main.append(el("h2", {}, "Balance index (1 = even between partners, 0 = aligned with one)"),
    balanceChart(data, p => selectPeriod(code, by, p, periodsBox)),
    el("h2", {}, "Partner shares of cooperation"), legend(data.partners), sharesChart(data, p => selectPeriod(code, by, p, periodsBox)),
    el("h2", {}, "Per partner"), partnerTable(data), periodsBox);
  periodsBox.append(el("p", { class: "muted" }, "Click a period in a chart to see its events."));
}

function chartFrame(n) {
  const width = Math.max(420, 90 * n + 60), height = 220;
  const frame = { width, height, left: 40, right: 10, top: 10, bottom: 30 };
  frame.step = (width - frame.left - frame.right) / n;
  frame.x = i => frame.left + frame.step * (i + 0.5);
  frame.y = v => frame.top + (1 - v) * (height - frame.top - frame.bottom);
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img" });
  for (const v of [0, 0.5, 1]) {
    root.append(svg("line", { x1: frame.left, x2: width - frame.right, y1: frame.y(v), y2: frame.y(v), stroke: "#e3e6ec" }),
      svg("text", { x: 4, y: frame.y(v) + 4, "font-size": 11, fill: "#6a7285" }, v.toFixed(1)));
  }
  return [root, frame];
}

function periodBand(root, frame, i, period, onpick) {
  const g = svg("g", { class: "period", "data-period": period.period, tabindex: 0 });
  g.append(svg("rect", { class: "band", x: frame.left + frame.step * i, y: frame.top, width: frame.step,
    height: frame.height - frame.top - frame.bottom, fill: "transparent" }));
  g.append(svg("text", { x: frame.x(i), y: frame.height - 10, "text-anchor": "middle", "font-size": 12 }, period.period));
  g.append(svg("title", {}, period.period + ": " + period.events + " events, " + period.status));
  g.addEventListener("click", () => {
    for (const other of document.querySelectorAll(".chart .period")) other.classList.toggle("selected", other.dataset.period === period.period);
    onpick(period.period);
  });
  root.append(g);
  return g;
}

function balanceChart(data, onpick) {
  const [root, frame] = chartFrame(data.periods.length);
  root.setAttribute("id", "balance-chart");
  data.periods.forEach((p, i) => periodBand(root, frame, i, p, onpick));
  const points = data.periods.map((p, i) => [i, p.index]).filter(([, v]) => v !== null);
  if (points.length > 1) {
    root.append(svg("polyline", { points: points.map(([i, v]) => frame.x(i) + "," + frame.y(v)).join(" "),
      fill: "none", stroke: "#1d4ed8", "stroke-width": 2, "pointer-events": "none" }));
  }
  for (const [i, v] of points) {
    root.append(svg("circle", { cx: frame.x(i), cy: frame.y(v), r: 5, fill: "#1d4ed8", "pointer-events": "none" }));
    root.append(svg("text", { x: frame.x(i), y: frame.y(v) - 9, "text-anchor": "middle", "font-size": 11, "pointer-events": "none" }, v.toFixed(2)));
  }
  data.periods.forEach((p, i) => {
    if (p.index === null) root.append(svg("text", { x: frame.x(i), y: frame.y(0.5), "text-anchor": "middle", "font-size": 11,
      fill: "#6a7285", "pointer-events": "none" }, p.index_note || p.status));
  });
  return root;
}

function sharesChart(data, onpick) {
  const [root, frame] = chartFrame(data.periods.length);
  root.setAttribute("id", "shares-chart");
  data.periods.forEach((p, i) => {
    periodBand(root, frame, i, p, onpick);
    let acc = 0;
    data.partners.forEach((partner, j) => {
      const share = p.partners[partner] && p.partners[partner].share;
      if (!share) return;
      const y1 = frame.y(acc + share), y0 = frame.y(acc);
      const rect = svg("rect", { x: frame.x(i) - frame.step * 0.3, y: y1, width: frame.step * 0.6, height: y0 - y1,
        fill: COLORS[j % COLORS.length], "pointer-events": "none" });
      rect.append(svg("title", {}, partner + " " + share.toFixed(2)));
      root.append(rect);
      acc += share;
    });
  });
  return root;
}

function legend(partners) {
  return el("div", { class: "legend" }, ...partners.map((p, j) =>
    el("span", {}, swatch(COLORS[j % COLORS.length]), p)));
}

function swatch(color) {
  const i = el("i");
  i.style.background = color;  // CSSOM, allowed by the Content-Security-Policy (style attributes are not)
  return i;
}

function partnerTable(data) {
  const rows = [];
  for (const p of data.periods) for (const partner of data.partners) rows.push({ period: p.period, partner, ...p.partners[partner] });
  return table([["period", r => r.period], ["partner", r => r.partner], ["events", r => r.events], ["net cooperation", r => fmt(r.net, 1)],
    ["share", r => fmt(r.share)], ["tilt", r => r.tilt === null || r.tilt === undefined ? "" : fmt(r.tilt) + (r.tilt_flag ? " *" : "")]],
    rows, r => { location.hash = "#/pair/" + data.focal + "/" + encodeURIComponent(r.partner); });
}

async function selectPeriod(code, by, period, box) {
  box.replaceChildren(el("h2", {}, "Events of " + period + " (most influential first)"));
  try {
    const data = await api("api/balance/" + encodeURIComponent(code) + "/periods/" + encodeURIComponent(period) + "?by=" + by);
    if (!data.events.length) { box.append(el("p", { class: "muted" }, "No events with the partners in this period.")); return; }
    const t = table([["date", e => e.date || ""], ["type", e => e.type], ["source", e => e.source], ["target", e => e.target],
      ["influence", e => fmt(e.influence)], ["evidence", e => e.sentence || ""], ["article", e => e.title || e.doc_id]],
    data.events, e => openEvent(e.doc_id, e.event_id));
    t.id = "period-table";
    box.append(t);
  } catch (err) { box.append(el("p", { class: "error" }, err.message)); }
}

// --- events ---------------------------------------------------------------------------------------
async function eventsPage(params) {
  setView("Events", "nav-events");
  const field = (name, attrs) => el("label", {}, name, el("input", { name, value: params.get(name) || "", size: 10, ...attrs }));
  const typeSelect = el("select", { name: "type" }, el("option", { value: "" }, "any"),
    ...TYPES.map(t => el("option", { value: t, selected: params.get("type") === t ? "selected" : null }, t)));
  const form = el("form", { class: "filters" }, field("country"), field("actor"), el("label", {}, "type", typeSelect),
    field("since", { placeholder: "YYYY-MM" }), field("until", { placeholder: "YYYY-MM" }),
    el("label", {}, "modality", el("select", { name: "modality" }, el("option", { value: "" }, "any"),
      ...["asserted", "future", "hypothetical", "denied", "reported"].map(m =>
        el("option", { value: m, selected: params.get("modality") === m ? "selected" : null }, m)))),
    el("button", { type: "submit" }, "Filter"));
  form.onsubmit = ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v.trim()) q.set(k, v.trim());
    location.hash = "#/events?" + q.toString();
  };
  main.append(form);
  const q = new URLSearchParams();
  for (const k of ["country", "actor", "type", "since", "until", "modality", "doc", "offset"]) if (params.get(k)) q.set(k, params.get(k));
  q.set("limit", "100");
  try {
    const page = await api("api/events?" + q.toString());
    main.append(el("p", { class: "muted" }, page.count + " events" + (page.next_offset !== null ? " (more: refine the filters)" : "")));
    const t = table(eventColumns(), page.items, e => openEvent(e.doc_id, e.id));
    t.id = "events-table";
    main.append(t);
  } catch (err) { showError(err); }
}

// --- a document with its evidence ----------------------------------------------------------------------
function highlighted(text, event) {
  const box = el("div", { class: "doc-text", id: "doc-text" });
  if (!event || event.sent_start === null || event.sent_end === null) { box.textContent = text; return box; }
  const s = event.sent_start, e = event.sent_end;
  const mark = el("mark", { class: "evidence", id: "evidence" });
  const ts = event.trigger_start, te = event.trigger_end;
  if (ts !== null && te !== null && ts >= s && te <= e) {
    mark.append(text.slice(s, ts), el("mark", { class: "trigger" }, text.slice(ts, te)), text.slice(te, e));
  } else {
    mark.textContent = text.slice(s, e);
  }
  box.append(text.slice(0, s), mark, text.slice(e));
  return box;
}

async function documentPage(docId, params) {
  setView("Article", "nav-documents");
  let doc;
  try { doc = await api("api/documents/" + encodeURIComponent(docId)); } catch (err) { return showError(err); }
  const chosen = doc.events.find(e => e.id === params.get("event")) || null;
  main.querySelector("h1").textContent = doc.title || doc.doc_id;
  main.append(el("p", { class: "muted" }, "date " + (doc.date || "unknown") + (doc.date_precision ? " (" + doc.date_precision + ")" : "") +
    (doc.date_reason ? " — " + doc.date_reason : "") + " · " + doc.doc_id));
  if (chosen) {
    main.append(el("p", {}, el("span", { class: "pill" }, chosen.type), " ", actorList(chosen.source), " → ", actorList(chosen.target),
      " · ", chosen.modality || "", chosen.negated ? " · negated" : ""));
  }
  const text = highlighted(doc.text || "", chosen);
  main.append(text);
  main.append(el("h2", {}, "Events in this article"));
  main.append(table(eventColumns(), doc.events, e => openEvent(doc.doc_id, e.id)));
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

async function documentsPage(params) {
  setView("Documents", "nav-documents");
  const offset = Number(params.get("offset") || 0);
  try {
    const page = await api("api/documents?limit=100&offset=" + offset);
    main.append(table([["date", d => d.date || ""], ["title", d => d.title || d.doc_id], ["events", d => d.events],
      ["date reasoning", d => d.date_reason || ""]], page.items, d => openEvent(d.doc_id)));
  } catch (err) { showError(err); }
}

// --- the network and a pair -----------------------------------------------------------------------------
async function networkPage(params) {
  setView("Relation network", "nav-network");
  const form = el("form", { class: "filters" },
    el("label", {}, "since", el("input", { name: "since", value: params.get("since") || "", size: 10, placeholder: "YYYY" })),
    el("label", {}, "until", el("input", { name: "until", value: params.get("until") || "", size: 10, placeholder: "YYYY" })),
    el("button", { type: "submit" }, "Show"));
  form.onsubmit = ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v.trim()) q.set(k, v.trim());
    location.hash = "#/network?" + q.toString();
  };
  main.append(form);
  const q = new URLSearchParams();
  for (const k of ["since", "until"]) if (params.get(k)) q.set(k, params.get(k));
  try {
    const net = await api("api/network?" + q.toString());
    main.append(networkChart(net));
    main.append(el("h2", {}, "Dyads"), table([["a", d => d.a], ["b", d => d.b], ["events", d => d.events], ["net cooperation", d => fmt(d.net, 1)]],
      net.dyads, d => { location.hash = "#/pair/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b); }));
  } catch (err) { showError(err); }
}

function networkChart(net) {
  const nodes = net.nodes.slice(0, 30), size = 460, c = size / 2, r = size / 2 - 50;
  const pos = {};
  nodes.forEach((n, i) => { const a = 2 * Math.PI * i / Math.max(nodes.length, 1); pos[n.actor] = [c + r * Math.cos(a), c + r * Math.sin(a)]; });
  const root = svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, class: "chart", id: "network-chart" });
  const maxEv = Math.max(1, ...net.dyads.map(d => d.events));
  for (const d of net.dyads) {
    if (!pos[d.a] || !pos[d.b]) continue;
    const line = svg("line", { x1: pos[d.a][0], y1: pos[d.a][1], x2: pos[d.b][0], y2: pos[d.b][1],
      stroke: d.net >= 0 ? "#059669" : "#b91c1c", "stroke-width": 1 + 5 * d.events / maxEv, "stroke-opacity": 0.7, class: "link" });
    line.append(svg("title", {}, d.a + "–" + d.b + ": " + d.events + " events, net " + d.net));
    line.addEventListener("click", () => { location.hash = "#/pair/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b); });
    root.append(line);
  }
  for (const n of nodes) {
    const [x, y] = pos[n.actor];
    const g = svg("g", { class: "link" });
    g.append(svg("circle", { cx: x, cy: y, r: 6 + 10 * n.centrality, fill: "#1d4ed8" }), svg("text", { x, y: y - 14, "text-anchor": "middle", "font-size": 12 }, n.actor));
    g.addEventListener("click", () => { location.hash = "#/country/" + encodeURIComponent(n.actor); });
    root.append(g);
  }
  return root;
}

async function pairPage(a, b) {
  setView("Relations " + a + " ↔ " + b, "nav-network");
  try {
    const rel = await api("api/relations/" + encodeURIComponent(a) + "/" + encodeURIComponent(b));
    main.append(table([["period", p => p.period], [a + "→" + b, p => p.a_to_b.events], [b + "→" + a, p => p.b_to_a.events],
      ["all", p => p.total.events], ["net cooperation", p => fmt(p.total.net, 1)],
      ["types", p => Object.entries(p.total.by_type).map(([t, n]) => t + " " + n).join(", ")]], rel.periods));
    const events = await api("api/events?country=" + encodeURIComponent(a) + "&limit=1000");
    const both = events.items.filter(e => [...e.source, ...e.target].some(x => x.code === b || x.org === b || x.name === b));
    main.append(el("h2", {}, "Events"), table(eventColumns(), both, e => openEvent(e.doc_id, e.id)));
  } catch (err) { showError(err); }
}

// --- add an article ---------------------------------------------------------------------------------------
function pastePage() {
  setView("Add an article", "nav-paste");
  const form = el("form", { id: "paste-form" },
    el("p", {}, el("label", {}, "Title (optional) ", el("input", { name: "title", size: 60 }))),
    el("p", {}, el("label", {}, "Article text or HTML", el("br"), el("textarea", { name: "text", id: "paste-text", required: "required" }))),
    el("p", {}, el("label", {}, "or a file (.txt, .html) ", el("input", { type: "file", name: "file", accept: ".txt,.html,.htm" }))),
    el("p", {}, el("button", { type: "submit", id: "paste-submit" }, "Extract events")));
  const result = el("div", { id: "paste-result" });
  form.file.onchange = async () => { const f = form.file.files[0]; if (f) form.text.value = await f.text(); };
  form.onsubmit = async ev => {
    ev.preventDefault();
    const raw = form.text.value;
    const isHtml = /^\s*(<!doctype html|<html)/i.test(raw);
    const body = isHtml ? { html: raw } : { text: raw };
    if (form.title.value.trim()) body.title = form.title.value.trim();
    result.replaceChildren(el("p", { class: "muted" }, "Processing…"));
    try {
      const out = await api("api/articles", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      showExtraction(out, result);
    } catch (err) { result.replaceChildren(el("p", { class: "error" }, err.message)); }
  };
  main.append(form, result);
}

function showExtraction(out, box) {
  const doc = out.document;
  box.replaceChildren(
    el("h2", {}, (out.duplicate ? "Already in the store: " : "Stored: ") + (doc.title || doc.doc_id)),
    el("p", { id: "paste-date" }, "Inferred date: " + (doc.date || "unknown") + (doc.date_precision ? " (" + doc.date_precision + ")" : "") +
      (doc.date_reason ? " — " + doc.date_reason : "")),
    el("h2", {}, "Events (" + out.events.length + ")"));
  const t = table(eventColumns(), out.events, e => openEvent(doc.doc_id, e.id));
  t.id = "paste-events";
  box.append(t,
    el("div", { class: "grid" },
      el("div", {}, el("h2", {}, "Actors"), table([["name", a => a.name || ""], ["country", a => a.code || ""], ["sector", a => a.sector || ""],
        ["mentions", a => a.mentions]], doc.actors || [])),
      el("div", {}, el("h2", {}, "Quotes"), table([["speaker", q => q.speaker || "?"], ["quote", q => q.text || ""]], doc.quotes || []))),
    el("p", {}, el("a", { href: "#/doc/" + encodeURIComponent(doc.doc_id) }, "Open the article")));
}

// --- routing ------------------------------------------------------------------------------------------------
// A malformed escape in a hand-typed or truncated link ("%E0%A4%A") is read as the raw text, not a blank page.
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch (err) {
    return segment;
  }
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "") || "country/KAZ";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").map(decodeSegment);
  if (parts[0] === "country") return countryPage((parts[1] || "KAZ").toUpperCase(), params);
  if (parts[0] === "events") return eventsPage(params);
  if (parts[0] === "doc" && parts[1]) return documentPage(parts[1], params);
  if (parts[0] === "documents") return documentsPage(params);
  if (parts[0] === "network") return networkPage(params);
  if (parts[0] === "pair" && parts[2]) return pairPage(parts[1].toUpperCase(), parts[2].toUpperCase());
  if (parts[0] === "paste") return pastePage();
  setView("Not found", null);
}

window.addEventListener("hashchange", route);
route();
