// multivector dashboard: plain JS, no external assets. Article text is only ever set with textContent.
"use strict";

const main = document.getElementById("main");
const SVGNS = "http://www.w3.org/2000/svg";
let PAL = null;  // palette.json: the one palette of the dashboard and the report
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

// A negated event carries a "not" badge and a non-asserted one its modality, wherever an event is listed.
function eventMarks(e) {
  const box = el("span", { class: "marks" });
  if (e.negated) box.append(badge("not", PAL.negated, "negated: the sentence says this did not happen"));
  if (e.modality && e.modality !== "asserted") box.append(badge(e.modality, PAL.modality[e.modality] || PAL.modality.reported,
    "modality: " + e.modality));
  return box;
}

function badge(text, [bg, fg], title) {
  const b = el("span", { class: "badge", title }, text);
  b.style.background = bg;
  b.style.color = fg;
  return b;
}

function typeCell(e) {
  return el("span", { class: e.negated ? "type negated" : "type" }, e.type);
}

// "42% (n=17)": every share with the number of events behind it
function shareText(share, n) {
  return share === null || share === undefined ? "" : Math.round(share * 100) + "% (n=" + (n || 0) + ")";
}

function colourOf(key, partners) {
  if (PAL.fixed[key]) return PAL.fixed[key];
  const free = PAL.series;
  const others = (partners || []).filter(p => !PAL.fixed[p]);
  const j = others.indexOf(key);
  return j >= 0 && j < free.length ? free[j] : PAL.other;
}

function table(columns, rows, onclick) {
  const head = el("tr", {}, ...columns.map(c => el("th", {}, c[0])));
  const body = rows.map(r => {
    const tr = el("tr", { class: onclick ? "clickable" : null }, ...columns.map(c => el("td", { "data-label": c[0] }, filled(c[1](r)))));
    if (onclick) tr.onclick = () => onclick(r);
    return tr;
  });
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
}

// nothing for an empty cell, so that on a phone its line is left out (td:empty)
function filled(v) { return v === "" || v === null || v === undefined || (v instanceof Node && !v.hasChildNodes()) ? null : v; }

// a table scrolls inside its own box, never the page
function scroller(t) { return el("div", { class: "table-scroll" }, t); }

function eventColumns() {
  return [["date", e => e.date || ""], ["type", typeCell], ["stated", eventMarks], ["source", e => actorList(e.source)],
    ["target", e => actorList(e.target)],
    ["evidence", e => clipped(e.sentence || "", 180)]];
}

function clipped(text, limit) {
  return text.length > limit ? text.slice(0, text.lastIndexOf(" ", limit - 1) + 1 || limit).trimEnd() + "…" : text;
}

function openEvent(docId, eventId) {
  location.hash = "#/doc/" + encodeURIComponent(docId) + (eventId ? "?event=" + encodeURIComponent(eventId) : "");
}

// --- filter forms (the events and the network pages) ------------------------------------------------------
// A form whose submit puts its non-empty fields into the query of `route`, which then shows the filtered page.
function filterForm(route, buttonText, ...fields) {
  const form = el("form", { class: "filters" }, ...fields, el("button", { type: "submit" }, buttonText));
  form.onsubmit = ev => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v.trim()) q.set(k, v.trim());
    location.hash = route + "?" + q.toString();
  };
  return form;
}

// A text field, filled from the current query.
function filterField(params, name, attrs) {
  return el("label", {}, name, el("input", { name, value: params.get(name) || "", size: 10, ...attrs }));
}

// A choice of "any" or one of `choices`, the current query's selected.
function filterChoice(params, name, choices) {
  return el("label", {}, name, el("select", { name }, el("option", { value: "" }, "any"),
    ...choices.map(c => el("option", { value: c, selected: params.get(name) === c ? "selected" : null }, c))));
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
  const note = el("p", { class: "muted" }, "x axis: time to scale (gaps are years without events); a dashed line crosses periods without numbers.");
  main.append(el("h2", {}, "Balance index (1 = even between partners, 0 = aligned with one)"), note,
    balanceChart(data, p => selectPeriod(code, by, p, periodsBox)),
    el("h2", {}, "Partner shares of cooperation"), legend(data.partners), sharesChart(data, p => selectPeriod(code, by, p, periodsBox)),
    el("h2", {}, "Per partner"), scroller(partnerTable(data)), periodsBox);
  periodsBox.append(el("p", { class: "muted" }, "Click a period in a chart to see its events."));
}

// --- charts: time axes proportional to time (the report's charts use the same rules) -----------------------
// A period's span in years: "2014" is [2014, 2015), "2014-Q2" [2014.25, 2014.5), "2014-05" [2014.333, 2014.417).
function periodSpan(period) {
  const m = /^(\d{4})(?:-Q([1-4])|-(\d{2}))?$/.exec(period);
  const y = Number(m[1]);
  if (m[2]) return [y + (m[2] - 1) / 4, y + m[2] / 4];
  if (m[3]) return [y + (m[3] - 1) / 12, y + m[3] / 12];
  return [y, y + 1];
}

// Years labelled: every `step` years, the smallest step of the palette's list whose labels fit.
function yearTicks(t0, t1, width) {
  const span = t1 - t0;
  const step = PAL.time_axis.year_steps.find(s => span / s * PAL.time_axis.label_px <= width) || PAL.time_axis.year_steps.at(-1);
  const years = [];
  for (let y = Math.ceil(t0 / step) * step; y < t1; y += step) years.push(y);
  return { step, years };
}

function timeFrame(periods, height, yfmt = v => String(v)) {
  const width = Math.max(300, Math.min(1160, main.clientWidth - 4));
  const f = { width, height, left: 44, right: 12, top: 12, bottom: 34 };
  f.pw = width - f.left - f.right;
  f.ph = height - f.top - f.bottom;
  f.spans = periods.map(periodSpan);
  f.t0 = Math.min(...f.spans.map(s => s[0]));
  f.t1 = Math.max(...f.spans.map(s => s[1]));
  f.scale = f.pw / (f.t1 - f.t0);
  f.at = t => f.left + (t - f.t0) * f.scale;
  f.x = i => f.at((f.spans[i][0] + f.spans[i][1]) / 2);
  f.band = i => [f.at(f.spans[i][0]), (f.spans[i][1] - f.spans[i][0]) * f.scale];
  f.adjacent = (i, j) => Math.abs(f.spans[j][0] - f.spans[i][1]) < 1e-6;
  f.y = v => f.top + (1 - v) * f.ph;
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img" });
  for (const v of [0, 0.25, 0.5, 0.75, 1]) {
    root.append(svg("line", { x1: f.left, x2: width - f.right, y1: f.y(v), y2: f.y(v), stroke: PAL.grid }),
      svg("text", { x: f.left - 6, y: f.y(v) + 4, "font-size": 11, fill: PAL.muted, "text-anchor": "end" }, yfmt(v)));
  }
  root.append(svg("line", { x1: f.left, x2: width - f.right, y1: f.y(0), y2: f.y(0), stroke: PAL.axis }));
  const { step, years } = yearTicks(f.t0, f.t1, f.pw);
  for (const year of years) {
    root.append(svg("line", { x1: f.at(year), x2: f.at(year), y1: f.y(0), y2: f.y(0) + 5, stroke: PAL.axis }),
      svg("text", { x: step === 1 ? f.at(year + 0.5) : f.at(year), y: height - 12, "text-anchor": "middle", "font-size": 12,
        fill: PAL.ink, class: "year" }, String(year)));
  }
  return [root, f];
}

function periodBand(root, f, i, period, onpick) {
  const [x, w] = f.band(i);
  const g = svg("g", { class: "period", "data-period": period.period, tabindex: 0 });
  g.append(svg("rect", { class: "band", x, y: f.top, width: Math.max(w, 2), height: f.ph, fill: "transparent" }));
  g.append(svg("title", {}, period.period + ": " + period.events + " events, " + period.status));
  g.addEventListener("click", () => {
    for (const other of document.querySelectorAll(".chart .period")) other.classList.toggle("selected", other.dataset.period === period.period);
    onpick(period.period);
  });
  root.append(g);
  return g;
}

function balanceChart(data, onpick) {
  const [root, f] = timeFrame(data.periods.map(p => p.period), 230);
  root.setAttribute("id", "balance-chart");
  data.periods.forEach((p, i) => periodBand(root, f, i, p, onpick));
  const points = data.periods.map((p, i) => [i, p.index]).filter(([, v]) => v !== null);
  for (let k = 1; k < points.length; k++) {  // dashed across periods without numbers or without events
    const [i0, v0] = points[k - 1], [i1, v1] = points[k];
    root.append(svg("line", { x1: f.x(i0), y1: f.y(v0), x2: f.x(i1), y2: f.y(v1), stroke: PAL.focal, "stroke-width": 2,
      "stroke-dasharray": i1 === i0 + 1 && f.adjacent(i0, i1) ? "none" : "5 4", "pointer-events": "none" }));
  }
  let last = -Infinity;
  for (const [i, v] of points) {
    root.append(svg("circle", { cx: f.x(i), cy: f.y(v), r: 4.5, fill: PAL.focal, "pointer-events": "none" }));
    if (f.x(i) - last < 34) continue;  // a value label only where it does not run into the previous one
    last = f.x(i);
    root.append(svg("text", { x: f.x(i), y: v > 0.9 ? f.y(v) + 18 : f.y(v) - 8, "text-anchor": "middle", "font-size": 11,
      fill: PAL.ink, class: "halo", "pointer-events": "none" }, v.toFixed(2)));
  }
  data.periods.forEach((p, i) => {
    if (p.index === null) root.append(svg("text", { x: f.x(i), y: f.y(0) - 6, "text-anchor": "middle", "font-size": 10,
      fill: PAL.muted, "pointer-events": "none" }, p.events ? "n=" + p.events : ""));
  });
  return root;
}

function sharesChart(data, onpick) {
  const [root, f] = timeFrame(data.periods.map(p => p.period), 250, v => Math.round(v * 100) + "%");
  root.setAttribute("id", "shares-chart");
  data.periods.forEach((p, i) => {
    periodBand(root, f, i, p, onpick);
    const [x, w] = f.band(i);
    const bw = Math.max(3, w * 0.72);
    let acc = 0;
    data.partners.forEach(partner => {
      const v = p.partners[partner] || {};
      if (!v.share) return;
      const y1 = f.y(acc + v.share), y0 = f.y(acc);
      const rect = svg("rect", { x: x + (w - bw) / 2, y: y1, width: bw, height: y0 - y1, fill: colourOf(partner, data.partners),
        "pointer-events": "none", "data-partner": partner });
      rect.append(svg("title", {}, p.period + " " + partner + " " + shareText(v.share, v.events)));
      root.append(rect);
      if (y0 - y1 >= 26 && bw >= 40) {
        root.append(svg("text", { x: x + w / 2, y: (y0 + y1) / 2 - 1, "text-anchor": "middle", "font-size": 11, fill: "#fff",
          "font-weight": 600, "pointer-events": "none" }, Math.round(v.share * 100) + "%"),
        svg("text", { x: x + w / 2, y: (y0 + y1) / 2 + 11, "text-anchor": "middle", "font-size": 10, fill: "#fff",
          "pointer-events": "none" }, "n=" + v.events));
      }
      acc += v.share;
    });
  });
  return root;
}

function legend(partners) {
  return el("div", { class: "legend" }, ...partners.map(p => el("span", {}, swatch(colourOf(p, partners)), p)));
}

function swatch(color, round) {
  const i = el("i", { class: round ? "round" : null });
  i.style.background = color;  // CSSOM, allowed by the Content-Security-Policy (style attributes are not)
  return i;
}

function partnerTable(data) {
  const rows = [];
  for (const p of data.periods) for (const partner of data.partners) rows.push({ period: p.period, partner, ...p.partners[partner] });
  return table([["period", r => r.period], ["partner", r => r.partner], ["events", r => r.events], ["net cooperation", r => fmt(r.net, 1)],
    ["share", r => shareText(r.share, r.events)],
    ["tilt", r => r.tilt === null || r.tilt === undefined ? "" : fmt(r.tilt) + (r.tilt_flag ? " *" : "")]],
    rows, r => { location.hash = "#/pair/" + data.focal + "/" + encodeURIComponent(r.partner); });
}

async function selectPeriod(code, by, period, box) {
  box.replaceChildren(el("h2", {}, "Events of " + period + " (most influential first)"));
  try {
    const data = await api("api/balance/" + encodeURIComponent(code) + "/periods/" + encodeURIComponent(period) + "?by=" + by);
    if (!data.events.length) { box.append(el("p", { class: "muted" }, "No events with the partners in this period.")); return; }
    const t = table([["date", e => e.date || ""], ["type", typeCell], ["stated", eventMarks], ["source", e => e.source], ["target", e => e.target],
      ["influence", e => fmt(e.influence)], ["evidence", e => e.sentence || ""], ["article", e => e.title || e.doc_id]],
    data.events, e => openEvent(e.doc_id, e.event_id));
    t.id = "period-table";
    box.append(scroller(t));
  } catch (err) { box.append(el("p", { class: "error" }, err.message)); }
}

// --- events ---------------------------------------------------------------------------------------
async function eventsPage(params) {
  setView("Events", "nav-events");
  main.append(filterForm("#/events", "Filter", filterField(params, "country"), filterField(params, "actor"),
    filterChoice(params, "type", TYPES), filterField(params, "since", { placeholder: "YYYY-MM" }),
    filterField(params, "until", { placeholder: "YYYY-MM" }),
    filterChoice(params, "modality", ["asserted", "future", "hypothetical", "denied", "reported"])));
  const q = new URLSearchParams();
  for (const k of ["country", "actor", "type", "since", "until", "modality", "doc", "offset"]) if (params.get(k)) q.set(k, params.get(k));
  q.set("limit", "100");
  try {
    const page = await api("api/events?" + q.toString());
    main.append(el("p", { class: "muted" }, page.count + " events" + (page.next_offset !== null ? " (more: refine the filters)" : "")));
    const t = table(eventColumns(), page.items, e => openEvent(e.doc_id, e.id));
    t.id = "events-table";
    main.append(scroller(t));
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
    main.append(el("p", { id: "chosen-event" }, el("span", { class: "pill" }, typeCell(chosen)), " ", eventMarks(chosen), " ",
      actorList(chosen.source), " → ", actorList(chosen.target)));
  }
  const text = highlighted(doc.text || "", chosen);
  main.append(text);
  main.append(el("h2", {}, "Events in this article"));
  const t = table(eventColumns(), doc.events, e => openEvent(doc.doc_id, e.id));
  t.id = "doc-events";
  main.append(scroller(t));
  const mark = document.getElementById("evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

async function documentsPage(params) {
  setView("Documents", "nav-documents");
  const offset = Number(params.get("offset") || 0);
  try {
    const page = await api("api/documents?limit=100&offset=" + offset);
    main.append(scroller(table([["date", d => d.date || ""], ["title", d => d.title || d.doc_id], ["events", d => d.events],
      ["date reasoning", d => d.date_reason || ""]], page.items, d => openEvent(d.doc_id))));
  } catch (err) { showError(err); }
}

// --- the network and a pair -----------------------------------------------------------------------------
async function networkPage(params) {
  setView("Relation network", "nav-network");
  main.append(filterForm("#/network", "Show", filterField(params, "since", { placeholder: "YYYY" }),
    filterField(params, "until", { placeholder: "YYYY" })));
  const q = new URLSearchParams();
  for (const k of ["since", "until"]) if (params.get(k)) q.set(k, params.get(k));
  try {
    const net = await api("api/network?" + q.toString());
    main.append(el("p", { class: "muted" }, "The " + Math.min(30, net.nodes.length) + " most central of " + net.nodes.length +
      " actors. Click a line for the pair, a circle for the country."), networkLegend(net), networkChart(net));
    main.append(el("h2", {}, "Dyads"), scroller(table([["a", d => d.a], ["b", d => d.b], ["events", d => d.events],
      ["net cooperation", d => fmt(d.net, 1)]],
      net.dyads, d => { location.hash = "#/pair/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b); })));
  } catch (err) { showError(err); }
}

// Each connected group of actors is laid out on its own (Fruchterman-Reingold from a circle, deterministic) in a
// strip of the chart as wide as its size warrants, so groups never push one another into the corners.
function forceLayout(nodes, dyads, width, height) {
  const idx = new Map(nodes.map((d, i) => [d.actor, i]));
  const edges = dyads.filter(d => idx.has(d.a) && idx.has(d.b)).map(d => [idx.get(d.a), idx.get(d.b)]);
  const groups = connectedGroups(nodes.length, edges);
  const strips = groups.length > 4 ? [...groups.slice(0, 3), groups.slice(3).flat()] : groups;  // small ones share a strip
  const weights = strips.map(g => Math.sqrt(g.length)), total = weights.reduce((a, b) => a + b, 0);
  const out = new Array(nodes.length);
  let left = 0;
  strips.forEach((members, s) => {
    const w = width * weights[s] / total, local = new Map(members.map((i, j) => [i, j]));
    const inner = edges.filter(([i, j]) => local.has(i) && local.has(j)).map(([i, j]) => [local.get(i), local.get(j)]);
    springLayout(members.length, inner, w, height).forEach(([x, y], j) => { out[members[j]] = [left + x, y]; });
    left += w;
  });
  return out;
}

function connectedGroups(n, edges) {
  const parent = [...Array(n).keys()], find = i => parent[i] === i ? i : (parent[i] = find(parent[i]));
  for (const [i, j] of edges) parent[find(i)] = find(j);
  const groups = new Map();
  for (let i = 0; i < n; i++) groups.set(find(i), [...(groups.get(find(i)) || []), i]);
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
}

function springLayout(n, edges, width, height) {
  const pos = [...Array(n).keys()].map(i => [Math.cos(2 * Math.PI * i / n) * width / 3, Math.sin(2 * Math.PI * i / n) * height / 3]);
  const k = Math.sqrt(width * height / Math.max(n, 1)) * 0.75;
  for (let it = 0, t = width / 8; it < 300; it++, t *= 0.985) {
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], d = Math.max(Math.hypot(dx, dy), 0.01), f = k * k / d;
      disp[i][0] += dx / d * f; disp[i][1] += dy / d * f; disp[j][0] -= dx / d * f; disp[j][1] -= dy / d * f;
    }
    for (const [i, j] of edges) {
      const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1], d = Math.max(Math.hypot(dx, dy), 0.01), f = d * d / k;
      disp[i][0] -= dx / d * f; disp[i][1] -= dy / d * f; disp[j][0] += dx / d * f; disp[j][1] += dy / d * f;
    }
    pos.forEach((p, i) => {  // a weak pull to the centre keeps unconnected actors of a shared strip in the frame
      disp[i][0] -= p[0] * 0.02 * k / 50; disp[i][1] -= p[1] * 0.02 * k / 50;
      const d = Math.max(Math.hypot(disp[i][0], disp[i][1]), 0.01), step = Math.min(d, t);
      p[0] += disp[i][0] / d * step; p[1] += disp[i][1] / d * step;
    });
  }
  const xs = pos.map(p => p[0]), ys = pos.map(p => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const mx = Math.min(70, width / 4), my = 70;
  return pos.map(([x, y]) => [x1 > x0 ? mx + (x - x0) / (x1 - x0) * (width - 2 * mx) : width / 2,
    y1 > y0 ? my + (y - y0) / (y1 - y0) * (height - 2 * my) : height / 2]);
}

function placeLabels(items, width, height) {
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = "600 12px " + getComputedStyle(document.body).fontFamily;
  const boxes = [], circles = items.map(it => [it.x, it.y, it.r]);
  const hits = b => boxes.some(o => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) ||
    circles.some(([cx, cy, r]) => cx + r > b.x && cx - r < b.x + b.w && cy + r > b.y && cy - r < b.y + b.h);
  const inside = b => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height;
  for (const it of items) {
    const w = ctx.measureText(it.text).width + 8, h = 20;  // room for the white halo around the glyphs
    let chosen = null;
    for (let ring = 0; ring < 12 && !chosen; ring++) {
      const gap = it.r + 3 + ring * 9;
      for (const [dx, dy] of [[0, 1], [0, -1], [1, 0], [-1, 0], [0.7, 0.7], [-0.7, 0.7], [0.7, -0.7], [-0.7, -0.7]]) {
        const cx = it.x + dx * (gap + w / 2), cy = it.y + dy * (gap + h / 2);
        const b = { x: cx - w / 2, y: cy - h / 2, w, h };
        if (inside(b) && !hits(b)) { chosen = b; break; }
      }
    }
    chosen = chosen || { x: Math.min(Math.max(it.x - w / 2, 0), width - w), y: Math.min(it.y + it.r + 3, height - h), w, h };
    boxes.push(chosen);
    it.label = chosen;
  }
}

function networkChart(net) {
  const nodes = net.nodes.slice(0, 30), keep = new Set(nodes.map(n => n.actor));
  const dyads = net.dyads.filter(d => keep.has(d.a) && keep.has(d.b));
  const width = Math.max(300, Math.min(1160, main.clientWidth - 4)), height = Math.round(Math.min(620, Math.max(380, width * 0.62)));
  const at = new Map(forceLayout(nodes, dyads, width, height).map((p, i) => [nodes[i].actor, p]));
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "chart", id: "network-chart", role: "img" });
  const maxEv = Math.max(1, ...dyads.map(d => d.events)), maxNode = Math.max(1, ...nodes.map(n => n.events));
  for (const d of [...dyads].sort((x, y) => x.events - y.events)) {
    const [ax, ay] = at.get(d.a), [bx, by] = at.get(d.b);
    const line = svg("line", { x1: ax, y1: ay, x2: bx, y2: by, stroke: d.net > 0 ? PAL.coop : d.net < 0 ? PAL.conflict : PAL.neutral,
      "stroke-width": edgeWidth(d.events, maxEv), "stroke-opacity": 0.6, "stroke-linecap": "round", class: "link edge" });
    line.append(svg("title", {}, d.a + "–" + d.b + ": " + d.events + " events, net cooperation " + fmt(d.net, 1)));
    line.addEventListener("click", () => { location.hash = "#/pair/" + encodeURIComponent(d.a) + "/" + encodeURIComponent(d.b); });
    root.append(line);
  }
  const items = nodes.map(n => ({ node: n, text: n.actor, x: at.get(n.actor)[0], y: at.get(n.actor)[1],
    r: 5 + 13 * Math.sqrt(n.events / maxNode) }));
  placeLabels(items, width, height);
  for (const it of items) {
    const n = it.node, g = svg("g", { class: "link node", "data-actor": n.actor });
    g.append(svg("circle", { cx: it.x, cy: it.y, r: it.r, fill: colourOf(n.actor, []), stroke: "#fff", "stroke-width": 1.5 }),
      svg("title", {}, n.actor + ": " + n.events + " events with " + n.degree + " partners"));
    g.addEventListener("click", () => { location.hash = "#/country/" + encodeURIComponent(n.actor); });
    root.append(g);
  }
  for (const it of items) {  // labels last, over every line
    root.append(svg("text", { x: it.label.x + it.label.w / 2, y: it.label.y + 14.5, "text-anchor": "middle", "font-size": 12,
      "font-weight": 600, fill: PAL.ink, class: "halo node-label", "pointer-events": "none" }, it.text));
  }
  return root;
}

function edgeWidth(events, maxEv) { return 1 + 7 * Math.sqrt(events / maxEv); }

function networkLegend(net) {
  const maxEv = Math.max(1, ...net.dyads.map(d => d.events));
  const line = (colour, w) => { const i = el("i", { class: "line" }); i.style.background = colour; i.style.height = w + "px"; return i; };
  const widths = [...new Set([1, Math.round(maxEv / 2), maxEv].filter(v => v >= 1))];
  return el("div", { class: "legend", id: "network-legend" },
    ...Object.keys(PAL.fixed).map(k => el("span", {}, swatch(PAL.fixed[k], true), k)),
    el("span", {}, swatch(PAL.other, true), "other actors"),
    el("span", {}, "circle size: events of the actor"),
    el("span", {}, line(PAL.coop, 4), "net cooperation"), el("span", {}, line(PAL.conflict, 4), "net conflict"),
    el("span", {}, line(PAL.neutral, 4), "balanced"),
    ...widths.map(v => el("span", {}, line(PAL.neutral, edgeWidth(v, maxEv)), v + (v === 1 ? " event" : " events"))));
}

async function pairPage(a, b) {
  setView("Relations " + a + " ↔ " + b, "nav-network");
  try {
    const rel = await api("api/relations/" + encodeURIComponent(a) + "/" + encodeURIComponent(b));
    const periods = table([["period", p => p.period], [a + "→" + b, p => p.a_to_b.events], [b + "→" + a, p => p.b_to_a.events],
      ["all", p => p.total.events], ["net cooperation", p => fmt(p.total.net, 1)],
      ["types", p => Object.entries(p.total.by_type).map(([t, n]) => t + " " + n).join(", ")]], rel.periods);
    periods.id = "pair-periods";
    main.append(scroller(periods));
    const events = await api("api/events?country=" + encodeURIComponent(a) + "&limit=1000");
    const both = events.items.filter(e => [...e.source, ...e.target].some(x => x.code === b || x.org === b || x.name === b));
    const t = table(eventColumns(), both, e => openEvent(e.doc_id, e.id));
    t.id = "pair-events";
    main.append(el("h2", {}, "Events (" + both.length + ")"), scroller(t));
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
  box.append(scroller(t),
    el("div", { class: "grid" },
      el("div", {}, el("h2", {}, "Actors"), scroller(table([["name", a => a.name || ""], ["country", a => a.code || ""],
        ["sector", a => a.sector || ""], ["mentions", a => a.mentions]], doc.actors || []))),
      el("div", {}, el("h2", {}, "Quotes"), scroller(table([["speaker", q => q.speaker || "?"], ["quote", q => q.text || ""]], doc.quotes || [])))),
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
fetch("palette.json").then(r => r.json()).then(p => { PAL = p; route(); }, err => showError(err));
