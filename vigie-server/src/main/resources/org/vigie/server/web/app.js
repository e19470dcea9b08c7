// Vigie web UI. Every text that comes from an article is untrusted: it reaches the page only as
// text nodes (textContent, createTextNode) or as attribute values we set one by one; no HTML
// string is ever parsed from data, and links are built from our own routes only.
"use strict";

const LABELS = {
  fr: {
    search: "Recherche", entities: "Entités", stories: "Sujets", outlets: "Médias",
    query: "Requête", go: "Chercher", results: "article(s)", noResults: "Aucun article.",
    facets: { outlet: "Médias", speaker: "Locuteurs", entity: "Entités", type: "Événements", month: "Mois" },
    attention: "Articles par mois", clear: "Tout effacer", prev: "Précédent", next: "Suivant",
    quote: "Citation", speaker: "Locuteur", cue: "Verbe introducteur", date: "Date",
    timex: "Expression temporelle", value: "Valeur", place: "Lieu", role: "Rôle",
    statements: "Déclarations", byOutlet: "Par média", articles: "Articles", variants: "Graphies",
    type: "Type", mentions: "Mentions", filter: "Filtrer", all: "Tous", naming: "Choix de nommage",
    quotes: "Cite", names: "Nomme", details: "Cliquez une annotation pour l'expliquer.",
    published: "Publié", story: "Sujet", copies: "copie de", error: "Erreur", skip: "Aller au contenu",
    evidence: "Preuves de fusion", map: "Carte des lieux", geo: "Coordonnées", unresolved: "non résolu", back: "Retour",
    timeline: "Chronologie", bulletin: "Bulletin", events: "Événements", from: "Du", to: "Au", show: "Afficher",
    days: "Jours", day: "Jour", sources: "Sources", killed: "Tués", injured: "Blessés", event: "Événement",
    incidents: "incident(s)", noEvents: "Aucun événement.", noDays: "Aucune date.", disagreements: "Divergences",
    incidentMap: "Carte des incidents", highlights: "Faits marquants", keyFigures: "Chiffres clés",
    whoSaid: "Qui a dit quoi", change: "Évolution", period: "Période", asOf: "situation au",
    previous: "période précédente", lastDay: "Dernier jour", entity: "Entité", modality: "Modalité",
    anyModality: "Aussi les événements niés, prévus ou demandés", statementsShort: "déclaration(s)",
    truncated: "Seuls les articles les plus récents ont été lus : précisez les filtres.",
  },
  en: {
    search: "Search", entities: "Entities", stories: "Stories", outlets: "Outlets",
    query: "Query", go: "Search", results: "article(s)", noResults: "No article.",
    facets: { outlet: "Outlets", speaker: "Speakers", entity: "Entities", type: "Events", month: "Month" },
    attention: "Articles per month", clear: "Clear all", prev: "Previous", next: "Next",
    quote: "Quote", speaker: "Speaker", cue: "Cue", date: "Date",
    timex: "Time expression", value: "Value", place: "Place", role: "Role",
    statements: "Statements", byOutlet: "By outlet", articles: "Articles", variants: "Spellings",
    type: "Type", mentions: "Mentions", filter: "Filter", all: "All", naming: "Naming choices",
    quotes: "Quotes", names: "Names", details: "Click an annotation to explain it.",
    published: "Published", story: "Story", copies: "copy of", error: "Error", skip: "Skip to content",
    evidence: "Merge evidence", map: "Map of places", geo: "Coordinates", unresolved: "unresolved", back: "Back",
    timeline: "Timeline", bulletin: "Bulletin", events: "Events", from: "From", to: "To", show: "Show",
    days: "Days", day: "Day", sources: "Sources", killed: "Killed", injured: "Injured", event: "Event",
    incidents: "incident(s)", noEvents: "No event.", noDays: "No date.", disagreements: "Disagreements",
    incidentMap: "Incident map", highlights: "Highlights", keyFigures: "Key figures",
    whoSaid: "Who said what", change: "Change", period: "Period", asOf: "as of",
    previous: "previous period", lastDay: "Last day", entity: "Entity", modality: "Modality",
    anyModality: "Also denied, planned or demanded events", statementsShort: "statement(s)",
    truncated: "Only the most recent articles were read: narrow the filters.",
  },
};

let lang = localStorage.getItem("vigie.lang") === "en" ? "en" : "fr";
const t = (key) => LABELS[lang][key];

// Builds an element; string children become text nodes, never markup.
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "className") el.className = v;
    else if (k === "onclick") el.addEventListener("click", v);
    else if (k === "onsubmit") el.addEventListener("submit", v);
    else if (k === "onkey") el.addEventListener("keydown", v);
    else if (k === "href") el.setAttribute("href", route(v));
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
  }
  return el;
}

// Only our own hash routes become links.
function route(path) {
  return typeof path === "string" && path.startsWith("#/") ? path : "#/search";
}

function link(path, text, extra) {
  return h("a", Object.assign({ href: path }, extra || {}), text);
}

function encode(params) {
  const parts = [];
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== "") parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
  }
  return parts.join("&");
}

async function api(path, params) {
  const query = params ? encode(params) : "";
  const response = await fetch(path + (query ? "?" + query : ""), { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body && body.message ? body.message : String(response.status));
  return body;
}

// Views pass optional parts as null and groups as arrays: only nodes reach the page.
function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes.flat(2).filter((n) => n !== null && n !== undefined && n !== false));
}

function showError(error) {
  show(h("p", { className: "error", role: "alert" }, t("error") + " : " + error.message));
}

// --- search ---------------------------------------------------------------------------------

async function searchView(params) {
  const q = params.get("q") || "";
  const filters = {};
  for (const dim of ["outlet", "speaker", "entity", "type", "from", "to"]) {
    if (params.get(dim)) filters[dim] = params.get(dim);
  }
  const page = Number(params.get("page") || "1");
  const input = h("input", { id: "q", type: "search", name: "q", value: q, "aria-label": t("query") });
  const form = h("form", { className: "search", role: "search", onsubmit: (e) => {
    e.preventDefault();
    location.hash = "#/search?" + encode(Object.assign({}, filters, { q: input.value }));
  } }, input, h("button", { type: "submit" }, t("go")));
  const result = await api("/api/search", Object.assign({ q: q || "*", page, size: 10, facets: 12 }, filters));
  const facets = h("div", { className: "facets" });
  const active = Object.entries(filters);
  if (active.length) {
    facets.append(h("p", {}, link("#/search?" + encode({ q }), t("clear"))));
    for (const [k, v] of active) facets.append(h("p", { className: "meta" }, k + " = " + v));
  }
  for (const [dim, counts] of Object.entries(result.facets)) {
    if (!counts.length || dim === "month") continue;
    const list = h("ul", {});
    for (const c of counts) {
      const target = Object.assign({}, filters, { q, [dim]: c.value });
      list.append(h("li", {}, link("#/search?" + encode(target), c.value, { "data-dim": dim }), " (" + c.count + ")"));
    }
    facets.append(h("h3", {}, (t("facets")[dim] || dim)), list);
  }
  const hits = h("div", { className: "hits" });
  hits.append(h("p", { className: "meta", id: "total" }, result.total + " " + t("results")));
  hits.append(chart(result.facets.month || []));
  if (!result.hits.length) hits.append(h("p", {}, t("noResults")));
  for (const hit of result.hits) {
    const snippet = h("p", { className: "snippet" });
    for (const part of hit.highlights) snippet.append(part.match ? h("mark", {}, part.text) : document.createTextNode(part.text));
    hits.append(h("article", { className: "hit" },
      h("h2", {}, link("#/article/" + encodeURIComponent(hit.id), hit.title || hit.id, { className: "hit-link" })),
      h("p", { className: "meta" }, [hit.published || "—", hit.outlet || "—"].join(" · "),
        hit.story ? [" · ", link("#/story/" + encodeURIComponent(hit.story), t("story"))] : null),
      snippet));
  }
  const pager = h("div", { className: "pager" });
  const base = Object.assign({}, filters, { q });
  if (page > 1) pager.append(link("#/search?" + encode(Object.assign({}, base, { page: page - 1 })), t("prev")));
  if (page * 10 < result.total) pager.append(link("#/search?" + encode(Object.assign({}, base, { page: page + 1 })), t("next")));
  hits.append(pager);
  show(form, h("div", { className: "layout" }, facets, hits));
}

// Attention over time: articles per month as bars (SVG built node by node).
function chart(months) {
  const sorted = months.slice().sort((a, b) => (a.value < b.value ? -1 : 1));
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  const width = Math.max(120, sorted.length * 44);
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", "90");
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("attention"));
  const title = document.createElementNS(NS, "title");
  title.textContent = t("attention");
  svg.appendChild(title);
  const max = Math.max(1, ...sorted.map((m) => m.count));
  sorted.forEach((m, i) => {
    const height = Math.round((m.count / max) * 60);
    const bar = document.createElementNS(NS, "rect");
    bar.setAttribute("x", String(i * 44 + 4));
    bar.setAttribute("y", String(70 - height));
    bar.setAttribute("width", "36");
    bar.setAttribute("height", String(height));
    const tip = document.createElementNS(NS, "title");
    tip.textContent = m.value + " : " + m.count;
    bar.appendChild(tip);
    const label = document.createElementNS(NS, "text");
    label.setAttribute("x", String(i * 44 + 4));
    label.setAttribute("y", "85");
    label.textContent = m.value;
    svg.append(bar, label);
  });
  return svg;
}

// Places on the world outline (Natural Earth land, shipped with the UI: no tiles, no network).
let worldOutline = null;
function world() {
  if (!worldOutline) worldOutline = fetch("world-land-110m.json").then((r) => r.json());
  return worldOutline;
}

async function placesMap(places, label) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 720 360");
  svg.setAttribute("class", "map");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label || t("map"));
  const x = (lon) => (lon + 180) * 2;
  const y = (lat) => (90 - lat) * 2;
  const topo = await world();
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  for (const arc of topo.arcs) {
    let ax = 0, ay = 0, before = null;
    const d = arc.map(([dx, dy], i) => {
      ax += dx;
      ay += dy;
      const lon = ax * sx + tx;
      // A coast that crosses the antimeridian (Chukotka, Fiji) jumps across the map: lift the pen.
      const jump = before !== null && Math.abs(lon - before) > 180;
      before = lon;
      return (i && !jump ? "L" : "M") + x(lon).toFixed(1) + " " + y(ay * sy + ty).toFixed(1);
    });
    const path = document.createElementNS(NS, "path");
    path.setAttribute("d", d.join(""));
    svg.appendChild(path);
  }
  for (const p of places) {
    const dot = document.createElementNS(NS, "circle");
    dot.setAttribute("cx", x(p.lon).toFixed(1));
    dot.setAttribute("cy", y(p.lat).toFixed(1));
    dot.setAttribute("r", "4");
    const title = document.createElementNS(NS, "title");
    title.textContent = p.label;
    dot.appendChild(title);
    svg.appendChild(dot);
  }
  return svg;
}

// --- article ---------------------------------------------------------------------------------

async function articleView(id) {
  const a = await api("/api/articles/" + encodeURIComponent(id));
  const anns = [];
  for (const q of a.quotes) {
    anns.push({ kind: "quote", start: q.start, end: q.end, data: q });
    const s = q.speaker;
    if (s && s.end > s.start) anns.push({ kind: "speaker", start: s.start, end: s.end, data: q });
  }
  for (const e of a.entities) anns.push({ kind: "entity", start: e.start, end: e.end, data: e });
  for (const x of a.timexes) anns.push({ kind: "timex", start: x.start, end: x.end, data: x });
  const panel = h("aside", { className: "panel", "aria-live": "polite", id: "panel" }, h("p", { className: "meta" }, t("details")));
  const text = h("div", { className: "text", id: "article-text" });
  const len = a.text.length;
  const cuts = new Set([0, len]);
  for (const n of anns) {
    n.start = Math.max(0, Math.min(len, n.start));
    n.end = Math.max(n.start, Math.min(len, n.end));
    cuts.add(n.start);
    cuts.add(n.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const piece = a.text.substring(from, to);
    const covering = anns.filter((n) => n.start <= from && n.end >= to && n.end > n.start);
    if (!covering.length) {
      text.append(document.createTextNode(piece));
      continue;
    }
    const classes = ["ann"];
    for (const n of covering) classes.push(n.kind === "entity" ? n.data.type : n.kind);
    const span = h("span", { className: classes.join(" "), tabindex: "0", role: "button" }, piece);
    const explain = () => panel.replaceChildren(...covering.map(describe));
    span.addEventListener("click", explain);
    span.addEventListener("focus", explain);
    text.append(span);
  }
  const legend = h("p", { className: "legend meta" },
    h("span", { className: "ann quote" }, t("quote")), h("span", { className: "ann PERSON" }, "PERSON"),
    h("span", { className: "ann ORGANIZATION" }, "ORGANIZATION"), h("span", { className: "ann LOCATION" }, "LOCATION"),
    h("span", { className: "ann timex" }, t("timex")));
  show(h("div", { className: "article" },
    h("div", {},
      h("h1", { id: "article-title" }, a.title || a.id),
      h("p", { className: "meta" }, [a.published || "—", a.source.outlet || "—"].join(" · "),
        a.story ? [" · ", link("#/story/" + encodeURIComponent(a.story), t("story"))] : null,
        a.duplicateOf ? [" · " + t("copies") + " ", link("#/article/" + encodeURIComponent(a.duplicateOf), a.duplicateOf)] : null),
      legend, text),
    panel));
}

function describe(n) {
  const d = n.data;
  if (n.kind === "quote" || n.kind === "speaker") {
    const who = d.speaker && (d.speaker.canonical || d.speaker.text);
    return h("div", { className: "explain" },
      h("h3", {}, t("quote") + " (" + d.kind + ")"),
      h("p", {}, t("speaker") + " : ", who ? link("#/speaker/" + encodeURIComponent(who), who, { className: "speaker-link" }) : "—",
        d.speaker && d.speaker.text !== who ? " (« " + d.speaker.text + " »)" : ""),
      h("p", {}, t("cue") + " : " + (d.cue ? d.cue.text : "—")),
      h("p", {}, t("date") + " : " + (d.date || "—")));
  }
  if (n.kind === "entity") {
    return h("div", { className: "explain" },
      h("h3", {}, d.type),
      h("p", {}, link("#/entity/" + encodeURIComponent(d.canonical || d.text), d.canonical || d.text, { className: "entity-link" })),
      d.role ? h("p", {}, t("role") + " : " + d.role) : null,
      d.geo ? h("p", {}, t("geo") + " : " + d.geo.lat + ", " + d.geo.lon + " (" + (d.geo.country || "?") + ")") : null,
      d.unresolved ? h("p", {}, t("place") + " " + t("unresolved")) : null);
  }
  return h("div", { className: "explain" },
    h("h3", {}, t("timex") + " (" + d.type + ")"),
    h("p", {}, t("value") + " : " + (d.value || "—")));
}

// --- speaker, entities, stories, outlets -----------------------------------------------------

async function speakerView(name) {
  const r = await api("/api/quotes", { speaker: name, size: 100 });
  const rows = r.statements.map((s) => h("tr", { className: "statement" },
    h("td", {}, s.date || "—"), h("td", {}, s.outlet || "—"),
    h("td", {}, "« " + s.text + " »"),
    h("td", {}, link("#/article/" + encodeURIComponent(s.article), s.article))));
  const outlets = h("ul", {}, Object.entries(r.byOutlet).map(([o, n]) => h("li", {}, (o || "—") + " : " + n)));
  show(h("h1", { id: "speaker-name" }, r.speaker || name),
    h("p", { className: "meta" }, r.total + " " + t("statements").toLowerCase()),
    h("h2", {}, t("byOutlet")), outlets,
    h("h2", {}, t("statements")),
    h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, t("date")), h("th", {}, t("outlets")), h("th", {}, t("quote")), h("th", {}, t("articles")))),
      h("tbody", {}, rows)));
}

async function entitiesView(params) {
  const type = params.get("type") || "";
  const r = await api("/api/entities", { type, q: params.get("q") || "", size: 100 });
  const select = h("select", { id: "entity-type", "aria-label": t("type") },
    ["", "PERSON", "ORGANIZATION", "LOCATION", "MISC"].map((v) => {
      const o = h("option", { value: v }, v || t("all"));
      if (v === type) o.selected = true;
      return o;
    }));
  select.addEventListener("change", () => { location.hash = "#/entities?" + encode({ type: select.value }); });
  const rows = r.entities.map((e) => h("tr", {},
    h("td", {}, link("#/entity/" + encodeURIComponent(e.key), e.canonical)),
    h("td", {}, e.type), h("td", {}, String(e.articles)), h("td", {}, String(e.mentions)),
    h("td", {}, e.variants.join(", "))));
  const places = r.entities.filter((e) => e.geo).map((e) => ({ lat: e.geo.lat, lon: e.geo.lon, label: e.canonical }));
  const map = type === "LOCATION" && places.length ? await placesMap(places) : null;
  show(h("h1", {}, t("entities")), h("label", {}, t("filter") + " ", select), map,
    h("table", { id: "entities" }, h("thead", {}, h("tr", {}, h("th", {}, t("entities")), h("th", {}, t("type")), h("th", {}, t("articles")), h("th", {}, t("mentions")), h("th", {}, t("variants")))),
      h("tbody", {}, rows)));
}

async function entityView(key) {
  const e = await api("/api/entities/" + encodeURIComponent(key));
  const map = e.geo ? await placesMap([{ lat: e.geo.lat, lon: e.geo.lon, label: e.canonical }]) : null;
  show(h("h1", { id: "entity-name" }, e.canonical),
    h("p", { className: "meta" }, e.type + " · " + e.articles + " " + t("articles").toLowerCase()),
    e.geo ? h("p", {}, t("geo") + " : " + e.geo.lat + ", " + e.geo.lon + " (" + (e.geo.country || "?") + ")") : null,
    map,
    h("h2", {}, t("variants")), h("ul", {}, e.variants.map((v) => h("li", {}, v))),
    e.roles.length ? [h("h2", {}, t("role")), h("ul", {}, e.roles.map((v) => h("li", {}, v)))] : null,
    e.type === "PERSON" ? h("p", {}, link("#/speaker/" + encodeURIComponent(e.canonical), t("statements"))) : null,
    h("h2", {}, t("articles")), articleList(e.articleList),
    e.evidence.length ? [h("h2", {}, t("evidence")), h("ul", {}, e.evidence.map((v) => h("li", {}, v)))] : null);
}

function articleList(list) {
  return h("ul", {}, list.map((a) => h("li", {},
    link("#/article/" + encodeURIComponent(a.id), a.title || a.id), " ",
    h("span", { className: "meta" }, [a.published || "—", a.outlet || "—"].join(" · ")))));
}

async function storiesView() {
  const r = await api("/api/stories", { size: 100 });
  show(h("h1", {}, t("stories")), h("ul", { id: "stories" }, r.stories.map((s) => h("li", {},
    link("#/story/" + encodeURIComponent(s.story), s.title || s.story), " ",
    h("span", { className: "meta" }, s.articles.length + " " + t("articles").toLowerCase() + " · " + s.outlets.join(", "))))));
}

async function storyView(id) {
  const r = await api("/api/stories/" + encodeURIComponent(id));
  show(h("h1", { id: "story-title" }, r.story.title || r.story.story),
    h("p", { className: "meta" }, (r.story.first || "?") + " … " + (r.story.last || "?") + " · " + r.story.outlets.join(", ")),
    articleList(r.articleList));
}

async function outletsView() {
  const r = await api("/api/outlets", { limit: 20 });
  const values = (list) => list.map((c) => c.value + " (" + c.count + ")").join(", ") || "—";
  const rows = r.outlets.map((o) => h("tr", {},
    h("td", {}, link("#/search?" + encode({ outlet: o.outlet }), o.outlet)), h("td", {}, String(o.articles)),
    h("td", {}, values(o.speakers)), h("td", {}, values(o.entities))));
  const naming = r.naming.map((n) => h("tr", {},
    h("td", {}, n.entity), h("td", {}, n.forms.map((f) => f.outlet + " : « " + f.form + " » (" + f.articles + ")").join(" ; "))));
  show(h("h1", {}, t("outlets")),
    h("table", { id: "outlets" }, h("thead", {}, h("tr", {}, h("th", {}, t("outlets")), h("th", {}, t("articles")), h("th", {}, t("quotes")), h("th", {}, t("names")))), h("tbody", {}, rows)),
    h("h2", {}, t("naming")),
    h("table", {}, h("tbody", {}, naming)));
}

// --- timeline, bulletin, events ------------------------------------------------------------

// A filter form whose fields become the hash route's parameters (keyboard: Tab and Enter).
function filterForm(view, fields, params, extra) {
  const inputs = fields.map(([name, label, type]) => {
    const input = h("input", { id: "f-" + name, name, type: type || "text", value: params.get(name) || "" });
    return h("label", { className: "field" }, t(label) + " ", input);
  });
  const checks = (extra || []).map(([name, label]) => {
    const box = h("input", { id: "f-" + name, name, type: "checkbox" });
    box.checked = params.get(name) === "1";
    return h("label", { className: "field" }, box, " " + t(label));
  });
  return h("form", { className: "filters", id: view + "-form", onsubmit: (e) => {
    e.preventDefault();
    const values = {};
    for (const el of e.target.querySelectorAll("input")) {
      if (el.type === "checkbox") { if (el.checked) values[el.name] = "1"; } else values[el.name] = el.value.trim();
    }
    location.hash = "#/" + view + "?" + encode(values);
  } }, inputs, checks, h("button", { type: "submit" }, t("show")));
}

function paramsOf(params, names) {
  const out = {};
  for (const n of names) if (params.get(n)) out[n] = params.get(n);
  return out;
}

function range(min, max) {
  if (min === null || min === undefined) return "—";
  return min === max ? String(min) : min + "–" + max;
}

function sourceLinks(list) {
  const seen = new Set();
  const out = [];
  for (const s of list) {
    const id = s.articleId || s.article;
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (out.length) out.push(", ");
    out.push(link("#/article/" + encodeURIComponent(id), s.outlet || id, { className: "source-link" }));
  }
  return out;
}

async function timelineView(params) {
  const form = filterForm("timeline", [["q", "query", "search"], ["entity", "entity"], ["from", "from"], ["to", "to"]], params);
  const r = await api("/api/timeline", Object.assign({ dates: 15, lines: 3 }, paramsOf(params, ["q", "entity", "from", "to"])));
  const list = h("ol", { className: "timeline", id: "timeline" });
  for (const d of r.days) {
    const lines = h("ul", {});
    for (const l of d.lines) {
      const figures = [l.eventType, l.killed !== null ? t("killed") + " " + l.killed : null,
        l.injured !== null ? t("injured") + " " + l.injured : null].filter((x) => x);
      lines.append(h("li", { className: "timeline-line" },
        h("span", { className: "line-text" }, l.text),
        h("span", { className: "meta" }, " — ", figures.length ? figures.join(" · ") + " · " : "", sourceLinks(l.sources.length ? l.sources : [l]))));
    }
    list.append(h("li", {}, h("h2", { className: "day" }, d.day), h("p", { className: "meta" }, d.articles + " " + t("articles").toLowerCase()), lines));
  }
  show(h("h1", {}, t("timeline")), form, r.days.length ? list : h("p", {}, t("noDays")));
}

async function bulletinView(params) {
  let date = params.get("date");
  if (!date) {
    // The newest incident's day: a bulletin of today is empty on an archive.
    const latest = await api("/api/events", { size: 1 });
    date = latest.incidents.length ? latest.incidents[0].lastDate.substring(0, 10) : "";
  }
  const form = filterForm("bulletin", [["date", "lastDay", "date"], ["days", "days", "number"], ["place", "place"], ["q", "query", "search"]],
    new URLSearchParams(encode(Object.assign(paramsOf(params, ["days", "place", "q"]), { date }))));
  const b = await api("/api/bulletin", Object.assign(paramsOf(params, ["days", "place", "q"]), { date }));
  const tot = b.totals;
  const byType = Object.entries(tot.byType).map(([k, v]) => k + " " + v).join(", ");
  const incidents = h("ul", { id: "bulletin-incidents" }, b.incidents.map((r) => {
    const i = r.incident;
    return h("li", { className: "incident" },
      h("p", {}, h("strong", {}, i.type + (i.subtype ? "/" + i.subtype : "")), " · ", i.place || "—", " · ", i.firstDate,
        " · " + t("killed") + " " + range(i.killedMin, i.killedMax)),
      h("p", { className: "sentence" }, r.sentence),
      i.disagreements.length ? h("p", { className: "disagreement" }, t("disagreements") + " : ", i.disagreements.join(" | ")) : null,
      h("p", { className: "meta" }, t("sources") + " : ", sourceLinks(i.mentions)));
  }));
  const places = b.places.filter((p) => p.lat !== null && p.lon !== null)
    .map((p) => ({ lat: p.lat, lon: p.lon, label: p.name + " (" + p.incidents + ")" }));
  const speakers = h("ul", {}, b.speakers.map((s) => h("li", {},
    link("#/speaker/" + encodeURIComponent(s.speaker), s.speaker), " (" + s.statements + " " + t("statementsShort") + ")",
    h("ul", {}, s.main.map((st) => h("li", {}, (st.day || "—") + " : « " + st.text + " » ", sourceLinks([st])))))));
  const c = b.change;
  show(h("h1", { id: "bulletin-title" }, t("bulletin") + " " + b.to),
    form,
    h("p", { className: "meta" }, t("period") + " : " + b.from + " → " + b.to + " (" + t("asOf") + " " + b.to + ") · " + b.articles + " " + t("articles").toLowerCase()),
    h("h2", {}, t("highlights")), h("ul", {}, b.highlights.map((x) => h("li", {}, x))),
    h("h2", {}, t("keyFigures")),
    h("p", {}, tot.incidents + " " + t("incidents") + " · " + t("killed") + " " + range(tot.killedLow, tot.killedHigh)
      + " · " + t("injured") + " " + range(tot.injuredLow, tot.injuredHigh) + (byType ? " · " + byType : "")),
    incidents,
    places.length ? [h("h2", {}, t("incidentMap")), await placesMap(places, t("incidentMap")), placeList(places)] : null,
    h("h2", {}, t("whoSaid")), speakers,
    h("h2", {}, t("change")),
    h("p", {}, t("incidents") + " " + c.incidents + " (" + t("previous") + " " + c.previousIncidents + ") · " + t("killed") + " "
      + c.killedHigh + " (" + c.previousKilledHigh + ") · " + t("statements") + " " + c.statements + " (" + c.previousStatements + ")"));
}

// The map's places as a list too: what a screen reader or a keyboard user reads.
function placeList(places) {
  return h("ul", { className: "places" }, places.map((p) => h("li", {}, p.label + " — " + p.lat.toFixed(2) + ", " + p.lon.toFixed(2))));
}

async function eventsView(params) {
  const names = ["type", "place", "entity", "from", "to", "page"];
  const form = filterForm("events", [["type", "type"], ["place", "place"], ["entity", "entity"], ["from", "from"], ["to", "to"]],
    params, [["any", "anyModality"]]);
  const page = Number(params.get("page") || "1");
  const query = Object.assign({ size: 20 }, paramsOf(params, names));
  if (params.get("any") === "1") query.modality = "any";
  const r = await api("/api/events", query);
  const places = r.places.map((p) => ({ lat: p.lat, lon: p.lon, label: p.name + " (" + p.incidents + ")" }));
  const rows = r.incidents.map((i) => h("tr", { className: "incident" },
    h("td", {}, i.firstDate === i.lastDate ? i.lastDate : i.firstDate + " … " + i.lastDate),
    h("td", {}, i.type + (i.subtype ? "/" + i.subtype : "")),
    h("td", {}, i.place ? link("#/events?" + encode({ place: i.place }), i.place, { className: "place-link" }) : "—"),
    h("td", {}, range(i.killedMin, i.killedMax)), h("td", {}, range(i.injuredMin, i.injuredMax)),
    h("td", {}, i.mentions.map((m) => h("p", { className: "mention" },
      m.sentence ? h("span", { className: "sentence" }, m.sentence) : null, " ", sourceLinks([m])))),
    h("td", { className: "disagreement" }, i.disagreements.join(" | "))));
  const pager = h("div", { className: "pager" });
  const base = paramsOf(params, ["type", "place", "entity", "from", "to", "any"]);
  if (page > 1) pager.append(link("#/events?" + encode(Object.assign({}, base, { page: page - 1 })), t("prev")));
  if (page * 20 < r.total) pager.append(link("#/events?" + encode(Object.assign({}, base, { page: page + 1 })), t("next")));
  show(h("h1", {}, t("events")), form,
    h("p", { className: "meta", id: "events-total" }, r.total + " " + t("incidents")),
    r.truncated ? h("p", { className: "meta" }, t("truncated")) : null,
    places.length ? [await placesMap(places, t("incidentMap")), placeList(places)] : null,
    r.incidents.length
      ? h("table", { id: "events" }, h("thead", {}, h("tr", {}, h("th", {}, t("date")), h("th", {}, t("event")), h("th", {}, t("place")),
          h("th", {}, t("killed")), h("th", {}, t("injured")), h("th", {}, t("sources")), h("th", {}, t("disagreements")))), h("tbody", {}, rows))
      : h("p", {}, t("noEvents")),
    pager);
}

// --- routing -------------------------------------------------------------------------------

async function render() {
  const hash = location.hash || "#/search";
  const [path, query] = hash.substring(1).split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter((p) => p.length);
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : null;
  try {
    switch (parts[0]) {
      case "article": await articleView(arg); break;
      case "speaker": await speakerView(arg); break;
      case "entities": await entitiesView(params); break;
      case "entity": await entityView(arg); break;
      case "stories": await storiesView(); break;
      case "story": await storyView(arg); break;
      case "outlets": await outletsView(); break;
      case "timeline": await timelineView(params); break;
      case "bulletin": await bulletinView(params); break;
      case "events": await eventsView(params); break;
      default: await searchView(params);
    }
  } catch (error) {
    showError(error);
  }
}

function relabel() {
  document.documentElement.lang = lang;
  for (const a of document.querySelectorAll("#nav a")) a.textContent = t(a.dataset.label);
  document.querySelector(".skip").textContent = t("skip");
  document.getElementById("lang").textContent = lang === "fr" ? "EN" : "FR";
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("lang").addEventListener("click", () => {
    lang = lang === "fr" ? "en" : "fr";
    localStorage.setItem("vigie.lang", lang);
    relabel();
    render();
  });
  relabel();
  window.addEventListener("hashchange", render);
  render();
});
