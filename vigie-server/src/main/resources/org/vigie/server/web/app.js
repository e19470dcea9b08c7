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

function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes);
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

async function placesMap(places) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 720 360");
  svg.setAttribute("class", "map");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("map"));
  const x = (lon) => (lon + 180) * 2;
  const y = (lat) => (90 - lat) * 2;
  const topo = await world();
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  for (const arc of topo.arcs) {
    let ax = 0, ay = 0;
    const d = arc.map(([dx, dy], i) => {
      ax += dx;
      ay += dy;
      return (i ? "L" : "M") + x(ax * sx + tx).toFixed(1) + " " + y(ay * sy + ty).toFixed(1);
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
