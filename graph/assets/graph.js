/* newsgraph graph view: a force-directed drawing of entities and the dated events between them.
 *
 * Shared by the page `newsgraph viz` writes and the page `newsgraph serve` shows at "/". No library and no
 * network: the layout is a small Fruchterman-Reingold loop, run to the end before the first paint, so the same
 * data always gives the same picture. Every name and sentence is put into the page with textContent or
 * setAttribute, never as HTML, so a label such as "<script>" is shown as text.
 *
 * Data: {nodes: [{id, label, type, altLabels?}], edges: [{id, source, target, kind, label, date, earliest,
 * latest, mode, mentions?: [{source, sentence, publisher, published, url, title}], rows?}]}
 */
(function () {
  "use strict";

  var SVGNS = "http://www.w3.org/2000/svg";
  var TYPE_COLOURS = {
    Country: "#3b6ea8", Person: "#e07b22", Organization: "#3d8f4a", Place: "#8e5ea2",
    Concept: "#c9463d", Event: "#7f7f7f", Entity: "#9a9a9a"
  };
  var CONFLICT = { REQUEST: 1, ACCUSE: 1, REJECT: 1, THREATEN: 1, PROTEST: 1, SANCTION: 1, MOBILIZE: 1, COERCE: 1, ASSAULT: 1 };
  var DAY_MS = 86400000;

  function html(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    return node;
  }

  function dayOf(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS) : null;
  }

  function isoOf(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  /* First and last day a date value can mean: 2022-02-05, 2022-02 or 2022. */
  function dateBounds(value) {
    var m;
    if (!value) { return null; }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) { var d = dayOf(value); return [d, d]; }
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
      return [Math.round(Date.UTC(+m[1], +m[2] - 1, 1) / DAY_MS), Math.round(Date.UTC(+m[1], +m[2], 0) / DAY_MS)];
    }
    if ((m = /^(\d{4})$/.exec(value))) {
      return [Math.round(Date.UTC(+m[1], 0, 1) / DAY_MS), Math.round(Date.UTC(+m[1], 11, 31) / DAY_MS)];
    }
    return null;
  }

  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) / 4294967296;
  }

  function safeLink(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

  /* Deterministic force-directed layout; positions are written onto the nodes (x, y). */
  function layout(nodes, edges) {
    var n = nodes.length;
    if (!n) { return; }
    var area = Math.max(1, n) * 16000;
    var k = Math.sqrt(area / n);
    var index = {};
    nodes.forEach(function (node, i) {
      index[node.id] = i;
      var angle = 2 * Math.PI * (i / n) + hash(node.id) * 0.5;
      var radius = k * Math.sqrt(n) * (0.4 + 0.3 * hash(node.id + "r"));
      node.x = Math.cos(angle) * radius;
      node.y = Math.sin(angle) * radius;
    });
    var links = [];
    edges.forEach(function (e) {
      if (e.source !== e.target && index[e.source] !== undefined && index[e.target] !== undefined) {
        links.push([index[e.source], index[e.target]]);
      }
    });
    var iterations = n > 1500 ? 25 : n > 600 ? 60 : n > 200 ? 150 : 300;
    var temperature = k * Math.sqrt(n);
    var dx = new Float64Array(n), dy = new Float64Array(n);
    for (var it = 0; it < iterations; it++) {
      dx.fill(0); dy.fill(0);
      for (var i = 0; i < n; i++) {
        var a = nodes[i];
        for (var j = i + 1; j < n; j++) {
          var b = nodes[j];
          var x = a.x - b.x, y = a.y - b.y;
          var d2 = x * x + y * y || 0.01;
          var f = (k * k) / d2;
          dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l[0]], b = nodes[l[1]];
        var x = a.x - b.x, y = a.y - b.y;
        var d = Math.sqrt(x * x + y * y) || 0.01;
        var f = d / k;
        dx[l[0]] -= x * f; dy[l[0]] -= y * f; dx[l[1]] += x * f; dy[l[1]] += y * f;
      });
      for (var m = 0; m < n; m++) {
        var node = nodes[m];
        dx[m] -= node.x * 0.02 * k / 10; dy[m] -= node.y * 0.02 * k / 10;  // gravity keeps islands near
        var len = Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]) || 1;
        var step = Math.min(len, temperature);
        node.x += dx[m] / len * step; node.y += dy[m] / len * step;
      }
      temperature *= 0.97;
    }
  }

  function NewsgraphView(root, data, options) {
    this.root = root;
    this.options = options || {};
    this.nodes = (data.nodes || []).map(function (n) { return Object.assign({}, n); });
    this.edges = (data.edges || []).map(function (e) { return Object.assign({}, e); });
    this.nodeById = {};
    var self = this;
    this.nodes.forEach(function (n) { n.degree = 0; self.nodeById[n.id] = n; });
    this.edges.forEach(function (e) {
      if (e.earliest === undefined && e.latest === undefined) {
        var bounds = dateBounds(e.date);
        e.earliest = bounds ? isoOf(bounds[0]) : null;
        e.latest = bounds ? isoOf(bounds[1]) : null;
      }
      e.first = dayOf(e.earliest || e.latest);
      e.last = dayOf(e.latest || e.earliest);
      if (self.nodeById[e.source]) { self.nodeById[e.source].degree++; }
      if (self.nodeById[e.target]) { self.nodeById[e.target].degree++; }
    });
    layout(this.nodes, this.edges);
    this.transform = { x: 0, y: 0, k: 1 };
    this.build();
    this.fit();
  }

  NewsgraphView.prototype.build = function () {
    var self = this;
    this.root.textContent = "";
    this.root.classList.add("ng-view");

    var bar = html("div", { class: "ng-toolbar" });
    this.search = html("input", { type: "search", id: "ng-search", placeholder: "Find an entity\u2026",
      "aria-label": "Find an entity" });
    this.searchInfo = html("span", { class: "ng-muted", id: "ng-search-info" });
    bar.appendChild(this.search);
    bar.appendChild(this.searchInfo);

    var dated = this.edges.filter(function (e) { return e.first !== null; });
    this.dateControl = html("div", { class: "ng-dates" });
    if (dated.length) {
      this.minDay = Math.min.apply(null, dated.map(function (e) { return e.first; }));
      this.maxDay = Math.max.apply(null, dated.map(function (e) { return e.last; }));
      this.from = html("input", { type: "range", id: "ng-date-from", min: this.minDay, max: this.maxDay,
        value: this.minDay, step: 1, "aria-label": "From date" });
      this.to = html("input", { type: "range", id: "ng-date-to", min: this.minDay, max: this.maxDay,
        value: this.maxDay, step: 1, "aria-label": "To date" });
      this.fromLabel = html("output", { id: "ng-date-from-label" });
      this.toLabel = html("output", { id: "ng-date-to-label" });
      this.undated = html("input", { type: "checkbox", id: "ng-undated", checked: "checked" });
      var undatedLabel = html("label", { for: "ng-undated", class: "ng-muted" }, " undated");
      undatedLabel.insertBefore(this.undated, undatedLabel.firstChild);
      [html("span", { class: "ng-muted" }, "From"), this.from, this.fromLabel,
        html("span", { class: "ng-muted" }, "to"), this.to, this.toLabel, undatedLabel].forEach(function (c) {
        self.dateControl.appendChild(c);
      });
      [this.from, this.to, this.undated].forEach(function (input) {
        input.addEventListener("input", function () {
          if (+self.from.value > +self.to.value) {
            if (input === self.from) { self.to.value = self.from.value; } else { self.from.value = self.to.value; }
          }
          self.applyFilters();
        });
      });
    }
    bar.appendChild(this.dateControl);
    this.count = html("span", { class: "ng-count", id: "ng-edge-count" });
    bar.appendChild(this.count);
    var fit = html("button", { type: "button", class: "ng-button", id: "ng-fit" }, "Fit");
    fit.addEventListener("click", function () { self.fit(); });
    bar.appendChild(fit);
    this.root.appendChild(bar);

    var main = html("div", { class: "ng-main" });
    this.svg = svg("svg", { class: "ng-canvas", role: "img", "aria-label": "Graph of entities and events" });
    var defs = svg("defs");
    ["plain", "conflict"].forEach(function (kind) {
      var marker = svg("marker", { id: "ng-arrow-" + kind, viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerUnits: "userSpaceOnUse",
        markerWidth: "9", markerHeight: "9", orient: "auto-start-reverse" });
      marker.appendChild(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "ng-arrow-" + kind }));
      defs.appendChild(marker);
    });
    this.svg.appendChild(defs);
    this.viewport = svg("g", { class: "ng-viewport" });
    this.edgeLayer = svg("g", { class: "ng-edges" });
    this.labelLayer = svg("g", { class: "ng-edge-labels" });
    this.nodeLayer = svg("g", { class: "ng-nodes" });
    this.viewport.appendChild(this.edgeLayer);
    this.viewport.appendChild(this.labelLayer);
    this.viewport.appendChild(this.nodeLayer);
    this.svg.appendChild(this.viewport);
    main.appendChild(this.svg);

    this.details = html("aside", { class: "ng-details", id: "ng-details" });
    this.details.appendChild(html("p", { class: "ng-muted" },
      "Click an edge to read the sentences behind it, or an entity to list its events."));
    main.appendChild(this.details);
    this.root.appendChild(main);
    this.root.appendChild(this.legend());

    this.drawEdges();
    this.drawNodes();
    this.bindCanvas();
    this.search.addEventListener("input", function () { self.applySearch(false); });
    this.search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { self.applySearch(true); }
    });
    this.applyFilters();
  };

  NewsgraphView.prototype.legend = function () {
    var used = {};
    this.nodes.forEach(function (n) { used[n.type || "Entity"] = true; });
    var legend = html("div", { class: "ng-legend" });
    Object.keys(TYPE_COLOURS).forEach(function (type) {
      if (!used[type]) { return; }
      var item = html("span", { class: "ng-legend-item" });
      var swatch = html("span", { class: "ng-swatch" });
      swatch.style.background = TYPE_COLOURS[type];
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(type));
      legend.appendChild(item);
    });
    var conflict = html("span", { class: "ng-legend-item" });
    conflict.appendChild(html("span", { class: "ng-line ng-line-conflict" }));
    conflict.appendChild(document.createTextNode("conflict event"));
    legend.appendChild(conflict);
    var coop = html("span", { class: "ng-legend-item" });
    coop.appendChild(html("span", { class: "ng-line" }));
    coop.appendChild(document.createTextNode("other event"));
    legend.appendChild(coop);
    var mode = html("span", { class: "ng-legend-item" });
    mode.appendChild(html("span", { class: "ng-line ng-line-mode" }));
    mode.appendChild(document.createTextNode("not a plain fact / relation"));
    legend.appendChild(mode);
    return legend;
  };

  NewsgraphView.prototype.nodeRadius = function (node) {
    return 7 + Math.min(11, Math.sqrt(node.degree || 0) * 2.2);
  };

  NewsgraphView.prototype.drawNodes = function () {
    var self = this;
    this.nodes.forEach(function (node) {
      var g = svg("g", { class: "ng-node", "data-id": node.id, "data-type": node.type || "Entity" });
      var circle = svg("circle", { r: self.nodeRadius(node) });
      circle.style.fill = TYPE_COLOURS[node.type] || TYPE_COLOURS.Entity;
      var title = svg("title");
      title.textContent = node.label + " (" + (node.type || "Entity") + ")";
      var text = svg("text", { class: "ng-node-label", y: self.nodeRadius(node) + 13 });
      text.textContent = node.label;
      g.appendChild(title);
      g.appendChild(circle);
      g.appendChild(text);
      node.element = g;
      self.nodeLayer.appendChild(g);
      self.dragBehaviour(g, node);
      self.placeNode(node);
    });
  };

  NewsgraphView.prototype.placeNode = function (node) {
    node.element.setAttribute("transform", "translate(" + node.x.toFixed(1) + "," + node.y.toFixed(1) + ")");
  };

  NewsgraphView.prototype.drawEdges = function () {
    var self = this;
    var pairs = {};
    this.edges.forEach(function (e) {
      var key = e.source < e.target ? e.source + "\u0000" + e.target : e.target + "\u0000" + e.source;
      (pairs[key] = pairs[key] || []).push(e);
    });
    Object.keys(pairs).forEach(function (key) {
      var group = pairs[key];
      group.forEach(function (e, i) { e.offset = (i - (group.length - 1) / 2) * 30; });
    });
    this.edges.forEach(function (e) {
      if (!self.nodeById[e.source] || !self.nodeById[e.target]) { return; }
      var conflict = CONFLICT[e.label] ? " ng-conflict" : "";
      var dashed = (e.mode || e.kind === "relation") ? " ng-dashed" : "";
      var path = svg("path", { class: "ng-edge" + conflict + dashed, "data-id": e.id,
        "marker-end": "url(#ng-arrow-" + (conflict ? "conflict" : "plain") + ")" });
      var hit = svg("path", { class: "ng-edge-hit", "data-id": e.id });
      var text = svg("text", { class: "ng-edge-label" + conflict, "data-id": e.id });
      text.textContent = e.label + (e.date ? " \u00b7 " + e.date : "") + (e.mode ? " (" + e.mode + ")" : "");
      var title = svg("title");
      title.textContent = self.describe(e);
      hit.appendChild(title);
      e.element = path; e.hit = hit; e.text = text;
      [path, hit, text].forEach(function (part) {
        part.addEventListener("click", function (event) { event.stopPropagation(); self.showEdge(e); });
      });
      self.edgeLayer.appendChild(path);
      self.edgeLayer.appendChild(hit);
      self.labelLayer.appendChild(text);
      self.placeEdge(e);
    });
  };

  NewsgraphView.prototype.describe = function (e) {
    var s = this.nodeById[e.source], t = this.nodeById[e.target];
    return (s ? s.label : e.source) + " \u2192 " + (t ? t.label : e.target) + ": " + e.label +
      (e.date ? " on " + e.date : "");
  };

  NewsgraphView.prototype.placeEdge = function (e) {
    var s = this.nodeById[e.source], t = this.nodeById[e.target];
    if (!s || !t) { return; }
    var d, lx, ly;
    if (s === t) {
      var r = this.nodeRadius(s);
      d = "M " + (s.x + r * 0.7) + " " + (s.y - r * 0.7) + " C " + (s.x + 55) + " " + (s.y - 55) + " " +
        (s.x + 55) + " " + (s.y + 25) + " " + (s.x + r) + " " + (s.y + 2);
      lx = s.x + 48; ly = s.y - 14;
    } else {
      var flip = e.source < e.target ? 1 : -1;
      var x = t.x - s.x, y = t.y - s.y, len = Math.sqrt(x * x + y * y) || 1;
      var nx = -y / len * flip, ny = x / len * flip;
      var cx = (s.x + t.x) / 2 + nx * e.offset * 2, cy = (s.y + t.y) / 2 + ny * e.offset * 2;
      // End the line at the target's rim so the arrow head shows.
      var ex = t.x - cx, ey = t.y - cy, el = Math.sqrt(ex * ex + ey * ey) || 1, rt = this.nodeRadius(t) + 2;
      var tx = t.x - ex / el * rt, ty = t.y - ey / el * rt;
      d = "M " + s.x.toFixed(1) + " " + s.y.toFixed(1) + " Q " + cx.toFixed(1) + " " + cy.toFixed(1) + " " +
        tx.toFixed(1) + " " + ty.toFixed(1);
      lx = 0.25 * s.x + 0.5 * cx + 0.25 * t.x;
      ly = 0.25 * s.y + 0.5 * cy + 0.25 * t.y;
    }
    e.element.setAttribute("d", d);
    e.hit.setAttribute("d", d);
    e.text.setAttribute("x", lx.toFixed(1));
    e.text.setAttribute("y", (ly - 4).toFixed(1));
  };

  NewsgraphView.prototype.edgeVisible = function (e) {
    if (!this.from) { return true; }
    if (e.first === null) { return this.undated.checked; }
    return e.last >= +this.from.value && e.first <= +this.to.value;
  };

  NewsgraphView.prototype.applyFilters = function () {
    var self = this;
    var shown = 0;
    var touched = {};
    this.edges.forEach(function (e) {
      if (!e.element) { return; }
      var visible = self.edgeVisible(e);
      [e.element, e.hit, e.text].forEach(function (part) { part.style.display = visible ? "" : "none"; });
      if (visible) { shown++; touched[e.source] = true; touched[e.target] = true; }
    });
    this.nodes.forEach(function (n) {
      n.visible = !n.degree || !!touched[n.id];
      n.element.style.display = n.visible ? "" : "none";
    });
    if (this.from) {
      this.fromLabel.textContent = isoOf(+this.from.value);
      this.toLabel.textContent = isoOf(+this.to.value);
    }
    var total = this.edges.filter(function (e) { return e.element; }).length;
    this.count.textContent = shown + " of " + total + " edges";
    this.count.setAttribute("data-shown", String(shown));
  };

  NewsgraphView.prototype.applySearch = function (focus) {
    var q = this.search.value.trim().toLowerCase();
    var matches = [];
    this.nodes.forEach(function (n) {
      var names = [n.label].concat(n.altLabels || []);
      var hit = q && names.some(function (name) { return String(name).toLowerCase().indexOf(q) >= 0; });
      n.element.classList.toggle("ng-match", !!hit);
      n.element.classList.toggle("ng-faded", !!q && !hit);
      if (hit) { matches.push(n); }
    });
    this.searchInfo.textContent = q ? matches.length + (matches.length === 1 ? " match" : " matches") : "";
    if (focus && matches.length) {
      this.centerOn(matches[0]);
      this.showNode(matches[0]);
    }
  };

  NewsgraphView.prototype.clearDetails = function () {
    this.details.textContent = "";
    var self = this;
    this.edges.forEach(function (e) { if (e.element) { e.element.classList.remove("ng-selected"); } });
    this.nodes.forEach(function (n) { n.element.classList.remove("ng-selected"); });
    var close = html("button", { type: "button", class: "ng-close", "aria-label": "Close" }, "\u00d7");
    close.addEventListener("click", function () {
      self.clearDetails();
      self.details.appendChild(html("p", { class: "ng-muted" }, "Nothing selected."));
    });
    this.details.appendChild(close);
  };

  NewsgraphView.prototype.showEdge = function (e) {
    var self = this;
    this.clearDetails();
    e.element.classList.add("ng-selected");
    var s = this.nodeById[e.source], t = this.nodeById[e.target];
    var head = html("h2", { class: "ng-edge-title" });
    head.appendChild(html("span", null, s ? s.label : e.source));
    head.appendChild(document.createTextNode(" \u2192 "));
    head.appendChild(html("span", null, t ? t.label : e.target));
    this.details.appendChild(head);
    var facts = html("dl", { class: "ng-facts" });
    [["What", e.label], ["When", e.date ? e.date + (e.earliest && e.latest && e.earliest !== e.latest ?
      " (" + e.earliest + " to " + e.latest + ")" : "") : "not known"], ["Mode", e.mode || (e.kind === "relation" ?
      "relation" : "plain fact")]].forEach(function (pair) {
      facts.appendChild(html("dt", null, pair[0]));
      facts.appendChild(html("dd", null, pair[1]));
    });
    this.details.appendChild(facts);
    var list = html("div", { class: "ng-mentions", id: "ng-mentions" });
    this.details.appendChild(list);
    if (e.mentions) {
      this.fillMentions(list, e.mentions);
    } else if (this.options.loadDetails) {
      list.appendChild(html("p", { class: "ng-muted" }, "Loading the sentences\u2026"));
      Promise.resolve(this.options.loadDetails(e)).then(function (mentions) {
        list.textContent = "";
        self.fillMentions(list, mentions || []);
      }, function (error) {
        list.textContent = "";
        list.appendChild(html("p", { class: "ng-error" }, String(error && error.message || error)));
      });
    }
    if (e.rows && e.rows.length) {
      list.parentNode.appendChild(html("h3", null, "Result rows"));
      var table = html("table", { class: "ng-rows" });
      e.rows.slice(0, 20).forEach(function (row) {
        Object.keys(row).forEach(function (key) {
          var tr = html("tr");
          tr.appendChild(html("th", null, key));
          tr.appendChild(html("td", null, row[key]));
          table.appendChild(tr);
        });
        var gap = html("tr", { class: "ng-gap" });
        gap.appendChild(html("td", { colspan: "2" }));
        table.appendChild(gap);
      });
      list.parentNode.appendChild(table);
    }
  };

  NewsgraphView.prototype.fillMentions = function (list, mentions) {
    if (!mentions.length) {
      list.appendChild(html("p", { class: "ng-muted" }, "No sentence is recorded for this edge."));
      return;
    }
    list.appendChild(html("h3", null, mentions.length === 1 ? "1 sentence" : mentions.length + " sentences"));
    mentions.forEach(function (m) {
      var item = html("figure", { class: "ng-mention" });
      item.appendChild(html("blockquote", { class: "ng-sentence" }, m.sentence || ""));
      var cite = html("figcaption");
      var link = safeLink(m.url);
      var name = m.title || m.source || "article";
      if (link) {
        cite.appendChild(html("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, name));
      } else {
        cite.appendChild(html("span", null, name));
      }
      var bits = [m.source && m.title ? m.source : null, m.publisher, m.published].filter(Boolean);
      if (bits.length) { cite.appendChild(html("span", { class: "ng-muted" }, " \u2014 " + bits.join(", "))); }
      item.appendChild(cite);
      list.appendChild(item);
    });
  };

  NewsgraphView.prototype.showNode = function (node) {
    var self = this;
    this.clearDetails();
    node.element.classList.add("ng-selected");
    this.details.appendChild(html("h2", null, node.label));
    this.details.appendChild(html("p", { class: "ng-muted" }, (node.type || "Entity") + " \u00b7 " + node.id));
    if (node.altLabels && node.altLabels.length) {
      this.details.appendChild(html("p", null, "Also: " + node.altLabels.join(", ")));
    }
    var mine = this.edges.filter(function (e) {
      return e.element && (e.source === node.id || e.target === node.id);
    }).sort(function (a, b) { return (a.first === null) - (b.first === null) || a.first - b.first; });
    this.details.appendChild(html("h3", null, mine.length + (mine.length === 1 ? " edge" : " edges")));
    var list = html("ul", { class: "ng-edge-list" });
    mine.forEach(function (e) {
      var item = html("li");
      var button = html("button", { type: "button", class: "ng-link" }, self.describe(e));
      button.addEventListener("click", function () { self.showEdge(e); });
      item.appendChild(button);
      list.appendChild(item);
    });
    this.details.appendChild(list);
  };

  NewsgraphView.prototype.applyTransform = function () {
    var t = this.transform;
    this.viewport.setAttribute("transform", "translate(" + t.x.toFixed(1) + "," + t.y.toFixed(1) + ") scale(" +
      t.k.toFixed(4) + ")");
  };

  NewsgraphView.prototype.fit = function () {
    var visible = this.nodes.filter(function (n) { return n.visible !== false; });
    var rect = this.svg.getBoundingClientRect();
    var width = rect.width || 800, height = rect.height || 600;
    if (!visible.length) { this.transform = { x: width / 2, y: height / 2, k: 1 }; this.applyTransform(); return; }
    var xs = visible.map(function (n) { return n.x; }), ys = visible.map(function (n) { return n.y; });
    var minX = Math.min.apply(null, xs) - 60, maxX = Math.max.apply(null, xs) + 60;
    var minY = Math.min.apply(null, ys) - 40, maxY = Math.max.apply(null, ys) + 40;
    var k = Math.min(width / (maxX - minX), height / (maxY - minY), 2);
    this.transform = { k: k, x: width / 2 - k * (minX + maxX) / 2, y: height / 2 - k * (minY + maxY) / 2 };
    this.applyTransform();
  };

  NewsgraphView.prototype.centerOn = function (node) {
    var rect = this.svg.getBoundingClientRect();
    var k = Math.max(this.transform.k, 1);
    this.transform = { k: k, x: rect.width / 2 - k * node.x, y: rect.height / 2 - k * node.y };
    this.applyTransform();
  };

  NewsgraphView.prototype.toGraph = function (event) {
    var rect = this.svg.getBoundingClientRect(), t = this.transform;
    return { x: (event.clientX - rect.left - t.x) / t.k, y: (event.clientY - rect.top - t.y) / t.k };
  };

  NewsgraphView.prototype.dragBehaviour = function (element, node) {
    var self = this;
    // Window listeners rather than pointer capture: capture would retarget the click that selects an edge.
    element.addEventListener("pointerdown", function (event) {
      event.stopPropagation();
      var start = { x: event.clientX, y: event.clientY }, moved = false;
      function move(ev) {
        if (!moved && Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) < 4) { return; }
        moved = true;
        var p = self.toGraph(ev);
        node.x = p.x; node.y = p.y;
        self.placeNode(node);
        self.edges.forEach(function (e) {
          if (e.element && (e.source === node.id || e.target === node.id)) { self.placeEdge(e); }
        });
      }
      function up() {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        if (!moved) { self.showNode(node); }
      }
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
  };

  NewsgraphView.prototype.bindCanvas = function () {
    var self = this;
    this.svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var rect = self.svg.getBoundingClientRect(), t = self.transform;
      var px = event.clientX - rect.left, py = event.clientY - rect.top;
      var k = Math.min(8, Math.max(0.05, t.k * Math.exp(-event.deltaY * 0.0015)));
      self.transform = { k: k, x: px - (px - t.x) * k / t.k, y: py - (py - t.y) * k / t.k };
      self.applyTransform();
    }, { passive: false });
    this.svg.addEventListener("pointerdown", function (event) {
      var start = { x: event.clientX, y: event.clientY, tx: self.transform.x, ty: self.transform.y };
      function move(ev) {
        self.svg.classList.add("ng-panning");
        self.transform.x = start.tx + ev.clientX - start.x;
        self.transform.y = start.ty + ev.clientY - start.y;
        self.applyTransform();
      }
      function up() {
        self.svg.classList.remove("ng-panning");
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
      }
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    });
  };

  window.NewsgraphView = NewsgraphView;
  window.newsgraphDateBounds = dateBounds;
})();
