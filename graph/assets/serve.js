/* The page of `newsgraph serve`: run SPARQL against /sparql, show the results as a table and as a graph.
 * Every value from the store is written with textContent; IRIs put back into a query are checked first. */
(function () {
  "use strict";

  var NG = "https://w3id.org/newsgraph/ns#";
  // Namespace -> prefix, as newsgraph writes short forms (newsgraph.graph.namespace.BINDINGS).
  var PREFIXES = {};
  var bindings = JSON.parse(document.getElementById("page-prefixes").textContent);
  Object.keys(bindings).forEach(function (ns) { PREFIXES[ns] = bindings[ns] + ":"; });
  var library = JSON.parse(document.getElementById("library-data").textContent);
  var style = JSON.parse(document.getElementById("page-style").textContent);
  var editor = document.getElementById("query");
  var runButton = document.getElementById("run");
  var status = document.getElementById("status");
  var tableHost = document.getElementById("table");
  var graphHost = document.getElementById("graph");
  var downloads = document.getElementById("downloads");
  var timelineHost = document.getElementById("timeline");
  var paramsHost = document.getElementById("params");
  var tabs = { table: document.getElementById("tab-table"), graph: document.getElementById("tab-graph"),
    timeline: document.getElementById("tab-timeline") };
  var current = null;   // {graph: {nodes, edges}} of the last answer
  var dated = null;     // {title, events} of the last answer, for the timeline
  var timeline = null;
  var asked = {};       // the form's values of the query last run from a form
  var view = null;

  function html(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function shortForm(iri) {
    var best = "";  // the longest namespace that fits, as nested ones do (…/id/ and …/id/entity/)
    for (var ns in PREFIXES) {
      if (iri.indexOf(ns) === 0 && ns.length > best.length) { best = ns; }
    }
    if (best) { return PREFIXES[best] + iri.slice(best.length); }
    return iri;
  }

  function safeIri(iri) { return /^[^<>"{}|^`\\\s]+$/.test(iri) ? iri : null; }

  /* ---- running queries ---- */
  function post(query, accept) {
    return fetch("sparql", {
      method: "POST", body: query,
      headers: { "Content-Type": "application/sparql-query", "Accept": accept }
    }).then(function (response) {
      return response.text().then(function (text) {
        if (!response.ok) { throw new Error("HTTP " + response.status + ": " + text.trim()); }
        return { text: text, type: response.headers.get("Content-Type") || "",
          truncated: response.headers.get("X-Newsgraph-Truncated") === "true" };
      });
    });
  }

  function select(query) {
    return post(query, "application/sparql-results+json").then(function (answer) {
      return JSON.parse(answer.text);
    });
  }

  function run() {
    var query = editor.value;
    if (!query.trim()) { return; }
    runButton.disabled = true;
    status.className = "";
    status.textContent = "Running\u2026";
    var started = performance.now();
    post(query, "application/sparql-results+json, application/n-triples;q=0.9").then(function (answer) {
      var seconds = ((performance.now() - started) / 1000).toFixed(2);
      var shown;
      if (answer.type.indexOf("n-triples") >= 0) {
        shown = showTriples(parseNTriples(answer.text));
      } else {
        var data = JSON.parse(answer.text);
        shown = data.boolean !== undefined ? showBoolean(data.boolean) : showSolutions(data);
      }
      status.textContent = shown + " in " + seconds + " s" +
        (answer.truncated ? " \u2014 cut at the server's result cap" : "");
      showDownloads(query, answer.type.indexOf("n-triples") >= 0);
    }).catch(function (error) {
      status.className = "sv-failed";
      status.textContent = "Failed";
      tableHost.textContent = "";
      tableHost.appendChild(html("div", { class: "sv-error", id: "error" }, error.message));
      current = null;
      if (view && view.kill) { view.kill(); }
      view = null;
      graphHost.textContent = "";
      selectTab("table");
    }).then(function () { runButton.disabled = false; });
  }

  function showDownloads(query, graph) {
    downloads.textContent = "";
    downloads.appendChild(document.createTextNode("Download: "));
    (graph ? ["turtle", "ntriples", "jsonld"] : ["csv", "tsv", "json", "xml"]).forEach(function (format) {
      var link = html("a", { href: "sparql?format=" + format + "&query=" + encodeURIComponent(query),
        download: "results." + ({ turtle: "ttl", ntriples: "nt", jsonld: "jsonld" }[format] || format) }, format);
      downloads.appendChild(link);
    });
  }

  /* ---- the table ---- */
  function cell(term) {
    if (!term) { return html("td"); }
    if (term.type === "uri") {
      // An IRI opens what the store says of it (the describe query); it never wraps inside itself.
      var td = html("td", { class: "sv-iri-cell" });
      var button = html("button", { type: "button", class: "sv-iri", title: "Describe " + term.value,
        "data-iri": term.value }, shortForm(term.value));
      button.addEventListener("click", function () { describe(term.value); });
      td.appendChild(button);
      return td;
    }
    return html("td", term.datatype ? { title: shortForm(term.datatype), class: "sv-typed" } : null, term.value);
  }

  function describe(iri) {
    var q = library.filter(function (item) { return item.name === "describe"; })[0];
    if (!q) { return; }
    showForm(q, { node: iri });
    runLibrary(q, { node: iri });
  }

  function showSolutions(data) {
    var vars = data.head.vars || [];
    var bindings = data.results.bindings || [];
    tableHost.textContent = "";
    if (!bindings.length) {
      tableHost.appendChild(html("p", { class: "sv-empty" }, "No rows."));
    } else {
      var table = html("table", { class: "sv-results", id: "results" });
      var head = html("tr");
      vars.forEach(function (v) { head.appendChild(html("th", null, "?" + v)); });
      table.appendChild(html("thead")).appendChild(head);
      var body = html("tbody");
      bindings.forEach(function (row) {
        var tr = html("tr");
        vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
        body.appendChild(tr);
      });
      table.appendChild(body);
      tableHost.appendChild(table);
    }
    setGraph(solutionsGraph(vars, bindings));
    setTimeline(solutionsTimeline(vars, bindings));
    return bindings.length + (bindings.length === 1 ? " row" : " rows");
  }

  function showBoolean(value) {
    tableHost.textContent = "";
    tableHost.appendChild(html("p", { class: "sv-empty", id: "results" }, value ? "yes (true)" : "no (false)"));
    setGraph({ nodes: [], edges: [] });
    setTimeline(null);
    return "ASK answered";
  }

  function showTriples(triples) {
    tableHost.textContent = "";
    var table = html("table", { class: "sv-results", id: "results" });
    var head = html("tr");
    ["subject", "predicate", "object"].forEach(function (v) { head.appendChild(html("th", null, v)); });
    table.appendChild(html("thead")).appendChild(head);
    var body = html("tbody");
    triples.forEach(function (t) {
      var tr = html("tr");
      [t.s, t.p, t.o].forEach(function (term) { tr.appendChild(cell(term)); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    tableHost.appendChild(table);
    setGraph(triplesGraph(triples));
    setTimeline(null);
    return triples.length + (triples.length === 1 ? " triple" : " triples");
  }

  /* N-Triples as the server writes it: one triple a line. */
  function parseNTriples(text) {
    var term = /\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)/y;
    function unescape(s) {
      return s.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)/g, function (m, u4, u8, c) {
        if (u4 || u8) { return String.fromCodePoint(parseInt(u4 || u8, 16)); }
        return { t: "\t", n: "\n", r: "\r", b: "\b", f: "\f" }[c] || c;
      });
    }
    function read(token) {
      if (token[0] === "<") { return { type: "uri", value: token.slice(1, -1) }; }
      if (token[0] === "_") { return { type: "bnode", value: token.slice(2) }; }
      var end = token.lastIndexOf('"');
      var out = { type: "literal", value: unescape(token.slice(1, end)) };
      var rest = token.slice(end + 1);
      if (rest.indexOf("^^") === 0) { out.datatype = rest.slice(3, -1); }
      if (rest[0] === "@") { out["xml:lang"] = rest.slice(1); }
      return out;
    }
    var triples = [];
    text.split("\n").forEach(function (line) {
      if (!line.trim() || line.trim()[0] === "#") { return; }
      term.lastIndex = 0;
      var parts = [];
      for (var i = 0; i < 3; i++) {
        var m = term.exec(line);
        if (!m) { return; }
        parts.push(read(m[1]));
      }
      triples.push({ s: parts[0], p: parts[1], o: parts[2] });
    });
    return triples;
  }

  /* ---- the graph ---- */
  var PAIRS = [["actor", "recipient", "category"], ["subject", "object", "relation"], ["s", "o", "p"],
    ["subject", "object", "predicate"]];

  function value(row, name) { return row[name] ? row[name].value : null; }

  function flat(row) {
    var out = {};
    Object.keys(row).forEach(function (k) { out[k] = row[k].type === "uri" ? shortForm(row[k].value) : row[k].value; });
    return out;
  }

  function solutionsGraph(vars, bindings) {
    var nodes = {}, edges = {}, order = [];
    function node(id, label) {
      if (!nodes[id]) { nodes[id] = { id: id, label: label || shortLabel(id), type: "Entity" }; }
      else if (label && nodes[id].label === shortLabel(id)) { nodes[id].label = label; }
      return nodes[id];
    }
    function edge(key, source, target, label, date, row, fact) {
      if (!edges[key]) {
        edges[key] = { id: key, source: source, target: target, kind: "event", label: label || "", date: date,
          mode: null, rows: [], fact: fact, sentences: [] };
        order.push(key);
      }
      var e = edges[key];
      e.rows.push(flat(row));
      if (row.mode && !e.mode) { e.mode = row.mode.value; }
      if (row.sentence) {
        e.sentences.push({ sentence: row.sentence.value, source: value(row, "source") });
      }
    }
    var pair = PAIRS.filter(function (p) {
      return (vars.indexOf(p[0]) >= 0 || vars.indexOf(p[0] + "Label") >= 0) &&
        (vars.indexOf(p[1]) >= 0 || vars.indexOf(p[1] + "Label") >= 0);
    })[0];
    bindings.forEach(function (row) {
      if (pair) {
        var from = endpoint(row, pair[0]), to = endpoint(row, pair[1]);
        if (!from || !to) { return; }
        node(from.id, from.label); node(to.id, to.label);
        var label = value(row, pair[2]); label = label ? shortLabel(label) : "";
        var fact = value(row, "event") || value(row, "fact");
        var key = fact || [from.id, label, value(row, "date"), to.id].join("|");
        edge(key, from.id, to.id, label, value(row, "date"), row, fact);
        return;
      }
      var chain = vars.filter(function (v) { return row[v] && row[v].type === "uri" && !/Label$/.test(v); });
      chain.forEach(function (v) { node(row[v].value, value(row, v + "Label") || value(row, "label")); });
      for (var i = 0; i + 1 < chain.length; i++) {
        var a = row[chain[i]].value, b = row[chain[i + 1]].value;
        if (a !== b) { edge(a + "|" + chain[i + 1] + "|" + b, a, b, chain[i + 1], null, row, null); }
      }
      if (value(row, "type") && chain.length) { nodes[row[chain[0]].value].type = value(row, "type"); }
    });
    return { nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }),
      edges: order.map(function (k) { return edges[k]; }) };
  }

  function endpoint(row, name) {
    var iri = value(row, name), label = value(row, name + "Label");
    if (iri) { return { id: iri, label: label }; }
    if (label) { return { id: "label:" + label, label: label }; }
    return null;
  }

  function shortLabel(id) {
    if (id.indexOf("label:") === 0) { return id.slice(6); }
    var s = shortForm(id);
    var cut = Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"), s.indexOf(":") < 8 ? s.indexOf(":") : -1);
    return cut >= 0 && cut < s.length - 1 ? s.slice(cut + 1) : s;
  }

  function triplesGraph(triples) {
    var nodes = {}, edges = [];
    function node(id) { return nodes[id] || (nodes[id] = { id: id, label: shortLabel(id), type: "Entity" }); }
    triples.forEach(function (t, i) {
      var s = t.s.value;
      if (t.p.value === "http://www.w3.org/2000/01/rdf-schema#label" && t.o.type === "literal") {
        node(s).label = t.o.value; return;
      }
      if (t.p.value === "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && t.o.value.indexOf(NG) === 0) {
        node(s).type = t.o.value.slice(NG.length); return;
      }
      if (t.o.type === "literal") { return; }
      node(s); node(t.o.value);
      edges.push({ id: "t" + i, source: s, target: t.o.value, kind: "relation", label: shortLabel(t.p.value),
        date: null, mode: null, rows: [{ subject: shortForm(s), predicate: shortForm(t.p.value),
          object: shortForm(t.o.value) }], sentences: [] });
    });
    return { nodes: Object.keys(nodes).map(function (k) { return nodes[k]; }), edges: edges };
  }

  /* Types and labels of the result's entities, in one query, so the graph is coloured like `viz`. */
  function describeNodes(graph) {
    var iris = graph.nodes.map(function (n) { return safeIri(n.id) && n.id.indexOf("label:") !== 0 ? n.id : null; })
      .filter(Boolean).slice(0, 400);
    if (!iris.length) { return Promise.resolve(graph); }
    var query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?e ?label ?type WHERE {\n" +
      "  VALUES ?e { " + iris.map(function (i) { return "<" + i + ">"; }).join(" ") + " }\n" +
      "  OPTIONAL { ?e rdfs:label ?label }\n  OPTIONAL { ?e a ?t . FILTER(STRSTARTS(STR(?t), \"" + NG + "\")) " +
      "BIND(STRAFTER(STR(?t), \"#\") AS ?type) }\n}";
    return select(query).then(function (data) {
      var byId = {};
      graph.nodes.forEach(function (n) { byId[n.id] = n; });
      data.results.bindings.forEach(function (row) {
        var n = byId[row.e.value];
        if (!n) { return; }
        if (row.type && (n.type === "Entity" || row.type.value !== "Event")) { n.type = row.type.value; }
        if (row.label && n.label === shortLabel(n.id)) { n.label = row.label.value; }
      });
      return graph;
    }, function () { return graph; });
  }

  var SOURCES = (library.filter(function (q) { return q.name === "sources"; })[0] || {}).text;

  function loadDetails(edge) {
    if (edge.sentences && edge.sentences.length) { return Promise.resolve(edge.sentences); }
    var fact = edge.fact && safeIri(edge.fact);
    if (!fact || !SOURCES) { return Promise.resolve([]); }
    var query = SOURCES.replace(/WHERE\s*\{/, function (m) { return m + "\n  VALUES ?event { <" + fact + "> }"; });
    return select(query).then(function (data) {
      return data.results.bindings.map(function (row) {
        return { sentence: value(row, "sentence"), source: value(row, "source"),
          publisher: value(row, "publisher"), published: value(row, "published") };
      });
    });
  }

  /* The dated rows of an answer as timeline events: one per ?event (or per row), its sentences gathered. */
  function solutionsTimeline(vars, bindings) {
    if (vars.indexOf("date") < 0 && vars.indexOf("latest") < 0) { return null; }
    var events = {}, order = [];
    bindings.forEach(function (row, i) {
      var key = value(row, "event") || value(row, "fact") || "row" + i;
      if (!events[key]) {
        var actor = endpoint(row, "actor") || endpoint(row, "subject");
        var recipient = endpoint(row, "recipient") || endpoint(row, "object");
        var date = value(row, "date");
        var earliest = value(row, "earliest"), latest = value(row, "latest");
        if (vars.indexOf("latest") < 0) {
          var bounds = window.newsgraphDateBounds(date);
          var iso = function (day) { return new Date(day * 86400000).toISOString().slice(0, 10); };
          earliest = bounds ? iso(bounds[0]) : null;
          latest = bounds ? iso(bounds[1]) : null;
          if (value(row, "dateKind") === "reported") { earliest = null; }
        }
        events[key] = { id: key, kind: value(row, "relation") ? "relation" : "event",
          label: shortLabel(value(row, "category") || value(row, "relation") || ""),
          source: actor ? actor.id : "", sourceLabel: actor ? actor.label || shortLabel(actor.id) : "",
          target: recipient ? recipient.id : null,
          targetLabel: recipient ? recipient.label || shortLabel(recipient.id) : null,
          date: date, earliest: earliest, latest: latest, mode: value(row, "mode"),
          disputed: value(row, "disputed") === "true", fact: value(row, "event") || value(row, "fact"),
          mentions: [] };
        order.push(key);
      }
      var e = events[key];
      if (value(row, "earliest")) { e.earliest = value(row, "earliest"); }
      if (row.sentence) {
        var mention = { sentence: value(row, "sentence"), source: value(row, "source"),
          dateKind: value(row, "dateKind") };
        if (!e.mentions.some(function (m) { return m.sentence === mention.sentence && m.source === mention.source; })) {
          e.mentions.push(mention);
        }
      }
    });
    var list = order.map(function (k) { return events[k]; });
    var who = asked.entity;
    return { title: who ? "Timeline of " + who : list.length + " dated " + (list.length === 1 ? "row" : "rows"),
      entity: who || null, events: list };
  }

  function setTimeline(answer) {
    dated = answer;
    if (tabs.timeline.getAttribute("aria-selected") === "true") { drawTimeline(); }
  }

  function drawTimeline() {
    timelineHost.textContent = "";
    if (!dated || !dated.events.length) {
      timelineHost.appendChild(html("p", { class: "sv-empty" },
        "Nothing to draw: the timeline needs rows with a ?date (or ?earliest and ?latest), such as the timeline " +
        "and events queries give."));
      return;
    }
    var inner = html("div", { class: "sv-timeline-inner" });
    timelineHost.appendChild(inner);
    timeline = new window.NewsgraphTimeline(inner, { style: style, entityLabel: dated.entity,
      loadDetails: loadDetails });
    timeline.show(dated.title, dated.events);
    window.newsgraphTimeline = timeline;
  }

  function setGraph(graph) {
    if (view && view.kill) { view.kill(); }  // each view holds a WebGL context; the browser allows few
    view = null;
    graphHost.textContent = "";
    current = { graph: graph, ready: describeNodes(graph) };
    if (tabs.graph.getAttribute("aria-selected") === "true") { drawGraph(); }
  }

  function drawGraph() {
    if (!current || view) { return; }
    var mine = current;
    mine.ready.then(function (graph) {
      if (current !== mine || view) { return; }
      graphHost.textContent = "";
      if (!graph.edges.length) {
        graphHost.appendChild(html("p", { class: "sv-empty" },
          "Nothing to draw: the graph view links IRIs that share a row (actor and recipient, subject and object)."));
        view = true;
        return;
      }
      graph.style = style;
      view = new window.NewsgraphView(graphHost, graph, { loadDetails: loadDetails });
      window.newsgraphServeView = view;
    });
  }

  function selectTab(name) {
    Object.keys(tabs).forEach(function (k) { tabs[k].setAttribute("aria-selected", String(k === name)); });
    tableHost.hidden = name !== "table";
    graphHost.hidden = name !== "graph";
    timelineHost.hidden = name !== "timeline";
    if (name !== "table") { tabs.table.parentNode.scrollIntoView({ block: "start" }); }
    if (name === "graph") { drawGraph(); }
    if (name === "timeline") { drawTimeline(); }
  }

  /* ---- a library query's parameters, as a form ---- */
  function showForm(q, values) {
    paramsHost.textContent = "";
    paramsHost.hidden = !q.parameters.length;
    if (!q.parameters.length) { return; }
    var form = html("form", { class: "sv-form", id: "param-form", "data-query": q.name });
    form.appendChild(html("b", null, q.name));
    q.parameters.forEach(function (p) {
      var label = html("label", { class: "sv-param" });
      label.appendChild(html("span", null, p.name + (p.required ? "" : " (optional)")));
      var input = html("input", { name: p.name, id: "param-" + p.name, autocomplete: "off",
        type: p.kind === "date" ? "date" : "text", placeholder: p.description, title: p.description });
      if (p.required) { input.required = true; }
      if (values && values[p.name]) { input.value = values[p.name]; }
      label.appendChild(input);
      form.appendChild(label);
    });
    var submit = html("button", { type: "submit", class: "sv-form-run" }, "Run " + q.name);
    form.appendChild(submit);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var given = {};
      q.parameters.forEach(function (p) {
        var v = form.elements[p.name].value.trim();
        if (v) { given[p.name] = v; }
      });
      runLibrary(q, given);
    });
    paramsHost.appendChild(form);
  }

  /* The server binds the values as `newsgraph query` does (a name becomes its entity's IRI), and answers the
   * query's text; the editor shows it and runs it, so what ran is always in view. */
  function runLibrary(q, given) {
    var search = Object.keys(given).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(given[k]);
    }).join("&");
    status.className = "";
    status.textContent = "Binding\u2026";
    return fetch("library/" + encodeURIComponent(q.name) + (search ? "?" + search : ""), {
      headers: { "Accept": "application/json" }
    }).then(function (response) {
      if (!response.ok) {
        return response.text().then(function (text) { throw new Error(text.trim()); });
      }
      return response.json();
    }).then(function (answer) {
      asked = given;
      editor.value = answer.query;
      run();
    }).catch(function (error) {
      status.className = "sv-failed";
      status.textContent = error.message;
    });
  }

  /* ---- the library ---- */
  var nav = document.getElementById("library");
  library.forEach(function (q) {
    var button = html("button", { type: "button", class: "sv-query", "data-query": q.name });
    button.appendChild(html("b", null, q.name));
    button.appendChild(html("span", null, q.summary.replace(/^[\w-]+:\s*/, "")));
    button.addEventListener("click", function () {
      showForm(q, {});
      editor.value = q.text;
      if (!q.parameters.some(function (p) { return p.required; })) { runLibrary(q, {}); }
      else { status.className = ""; status.textContent = "Fill in " + q.parameters.filter(function (p) {
        return p.required; }).map(function (p) { return p.name; }).join(", ") + " and run"; }
    });
    nav.appendChild(button);
  });
  nav.appendChild(html("p", { class: "sv-params" },
    "A library query's parameters have a form above the editor; a name such as Japan stands for its entity. " +
    "The text that runs, with the values bound, is in the editor. Click an IRI in the results to describe it."));

  tabs.table.addEventListener("click", function () { selectTab("table"); });
  tabs.graph.addEventListener("click", function () { selectTab("graph"); });
  tabs.timeline.addEventListener("click", function () { selectTab("timeline"); });
  runButton.addEventListener("click", function () { asked = {}; run(); });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); asked = {}; run(); }
  });
  var first = library.filter(function (q) { return q.name === "events"; })[0] || library[0];
  if (first) { showForm(first, {}); editor.value = first.text; run(); }
})();
