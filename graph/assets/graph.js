/* newsgraph graph view: entities and the dated events between them, drawn by sigma.js (WebGL) from a graphology
 * graph laid out by ForceAtlas2 (graph/assets/vendor.js bundles them; web/ says how it is built).
 *
 * Shared by the page `newsgraph viz` writes and the page `newsgraph serve` shows. What newsgraph adds to the
 * libraries:
 * - layout: each connected component is laid out on its own (ForceAtlas2, in a worker for large ones) and the
 *   components are packed side by side, biggest first, so that no island floats in empty space;
 * - labels: after every camera move, node labels are chosen by importance (articles that mention the entity,
 *   then degree) and a label that would touch one already chosen is hidden, so no two labels overlap; sigma
 *   draws the chosen ones (forceLabel) and reports them (getNodeDisplayedLabels); `labelBox` gives the box of
 *   each, as drawn;
 * - edge labels (category and date) show on hover, for the selected or hovered entity, and wherever the zoom
 *   leaves them room;
 * - the side panel: an entity's events, an edge's sentences and articles; the date range and the search box.
 * Every name and sentence is drawn on a canvas or put into the page with textContent, never as HTML.
 *
 * Data: {nodes: [{id, label, type, altLabels?, articles?}], edges: [{id, source, target, kind, label, date,
 * earliest, latest, precision?, mode, disputed?, mentions?: [{source, sentence, publisher, published, url,
 * title, dateKind}], rows?}], actorOnly?: [events with no recipient, as edges without target], style?}
 */
(function () {
  "use strict";

  var V = window.NewsgraphVendor;
  var DAY_MS = 86400000;
  var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  // The colours come with the data (newsgraph.graph.viz.page_style: entity types, PLOVER categories from
  // newsgraph.plover); these stand in only for what a page leaves out.
  var DEFAULT_STYLE = { types: {}, categories: {}, conflict: [], event: "#8b939c", relation: "#a58fc4",
    disputed: "#e39b00" };
  // Layout sizes, in graph units: sigma rescales the graph to the screen, so only ratios matter.
  var EDGE_LENGTH = 1;           // the median edge of every component is scaled to this
  var COMPONENT_GAP = 1.2;       // between packed components
  var SYNC_LAYOUT_LIMIT = 600;   // components up to this size are laid out before the first picture
  var LABEL_GAP = 3;             // pixels kept free around a label
  var MAX_LABELS = 400;          // the most labels one picture holds

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
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
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) { var d = dayOf(value); return [d, d]; }
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
      return [Math.round(Date.UTC(+m[1], +m[2] - 1, 1) / DAY_MS), Math.round(Date.UTC(+m[1], +m[2], 0) / DAY_MS)];
    }
    if ((m = /^(\d{4})$/.exec(value))) {
      return [Math.round(Date.UTC(+m[1], 0, 1) / DAY_MS), Math.round(Date.UTC(+m[1], 11, 31) / DAY_MS)];
    }
    return null;
  }

  /* A number in [0, 1) from a text: seeded positions give the same picture for the same data. */
  function hash(text) {
    var h = 2166136261;
    for (var i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) / 4294967296;
  }

  function safeLink(url) { return /^https?:\/\//i.test(url || "") ? url : null; }

  function withAlpha(colour, alpha) {
    var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour || "");
    if (!m) { return colour; }
    return "rgba(" + parseInt(m[1], 16) + "," + parseInt(m[2], 16) + "," + parseInt(m[3], 16) + "," + alpha + ")";
  }

  var measureContext = document.createElement("canvas").getContext("2d");
  var advances = new Map();
  /* The width of a label as the canvas draws it: the sum of its characters' advances, each measured once per
   * size (labels are measured again after every camera move, thousands at a time; kerning moves a label by
   * well under the gap kept between labels). */
  function textWidth(text, size) {
    var width = 0;
    for (var i = 0; i < text.length; i++) {
      var key = size + text[i];
      var advance = advances.get(key);
      if (advance === undefined) {
        measureContext.font = "normal " + size + "px " + FONT;
        advance = measureContext.measureText(text[i]).width;
        advances.set(key, advance);
      }
      width += advance;
    }
    return width;
  }

  /* The sentences behind an event or relation, each with its article (shared with the timeline view). */
  function fillMentions(list, mentions) {
    if (!mentions.length) {
      list.appendChild(el("p", { class: "ng-muted" }, "No sentence is recorded for this edge."));
      return;
    }
    list.appendChild(el("h3", null, mentions.length === 1 ? "1 sentence" : mentions.length + " sentences"));
    mentions.forEach(function (m) {
      var item = el("figure", { class: "ng-mention" });
      item.appendChild(el("blockquote", { class: "ng-sentence" }, m.sentence || ""));
      var cite = el("figcaption");
      var link = safeLink(m.url);
      var name = m.title || m.source || "article";
      if (link) {
        cite.appendChild(el("a", { href: link, target: "_blank", rel: "noopener noreferrer",
          class: m.title ? "" : "ng-nowrap" }, name));
      } else {
        cite.appendChild(el("span", { class: m.title ? "" : "ng-nowrap" }, name));
      }
      var bits = [m.source && m.title ? m.source : null, m.publisher, m.published,
        m.dateKind === "reported" ? "date: the day it was reported" : m.dateKind === "inferred" ?
          "date: inferred from another article" : null].filter(Boolean);
      // Each piece (a file name, a date) on one line: a line may break between pieces, never inside one.
      bits.forEach(function (bit, i) {
        cite.appendChild(document.createTextNode(i ? ", " : " \u2014 "));
        cite.appendChild(el("span", { class: "ng-muted ng-nowrap" }, bit));
      });
      item.appendChild(cite);
      list.appendChild(item);
    });
  }

  /* ---- layout ---------------------------------------------------------------------------------------- */

  function median(values) {
    if (!values.length) { return 0; }
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    return sorted[Math.floor(sorted.length / 2)];
  }

  function componentEdgeLength(sub) {
    var lengths = [];
    sub.forEachEdge(function (edge, attrs, s, t, sa, ta) { lengths.push(Math.hypot(sa.x - ta.x, sa.y - ta.y)); });
    return median(lengths) || 1;
  }

  /* The component's own graph, with seeded positions: one edge per linked pair (what the layout needs), self
   * loops left out (they move nothing). */
  function componentGraph(graph, nodes) {
    var sub = new V.Graph();
    nodes.forEach(function (node, i) {
      var angle = 2 * Math.PI * (i / nodes.length) + hash(node) * 0.6;
      var radius = Math.sqrt(nodes.length) * (0.5 + 0.5 * hash(node + "r"));
      sub.addNode(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius,
        size: graph.getNodeAttribute(node, "size") });
    });
    nodes.forEach(function (node) {
      graph.forEachOutNeighbor(node, function (other) {
        if (other !== node) { sub.mergeEdge(node, other); }
      });
    });
    return sub;
  }

  function fa2Settings(sub) {
    var settings = V.forceAtlas2.inferSettings(sub);
    settings.barnesHutOptimize = sub.order > 250;
    settings.gravity = 1;
    settings.scalingRatio = sub.order > 100 ? 8 : 3;
    return settings;
  }

  /* Scale a component so that its median edge is EDGE_LENGTH long, and no denser than about one node per four units of
   * area (a tangle of long edges would otherwise shrink to a dot); returns its bounding box. */
  function normalize(sub) {
    var scale = sub.size ? EDGE_LENGTH / componentEdgeLength(sub) : 1;
    var xs = [], ys = [];
    sub.forEachNode(function (node, attrs) { xs.push(attrs.x); ys.push(attrs.y); });
    var span = Math.hypot(Math.max.apply(null, xs) - Math.min.apply(null, xs),
      Math.max.apply(null, ys) - Math.min.apply(null, ys)) * scale;
    if (sub.order > 2 && span > 0 && span < 2 * Math.sqrt(sub.order)) { scale *= 2 * Math.sqrt(sub.order) / span; }
    var box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    sub.updateEachNodeAttributes(function (node, attrs) {
      attrs.x *= scale; attrs.y *= scale;
      box.minX = Math.min(box.minX, attrs.x); box.maxX = Math.max(box.maxX, attrs.x);
      box.minY = Math.min(box.minY, attrs.y); box.maxY = Math.max(box.maxY, attrs.y);
      return attrs;
    });
    return box;
  }

  /* Shelf packing: components in rows, biggest first. The row width is the one, of a few tried, whose packing
   * the canvas shows largest, so small components sit beside a big one rather than under it. */
  function pack(parts, aspect) {
    var widest = 0, total = 0;
    parts.forEach(function (p) {
      // Room on the right for the label of the component's rightmost entity, so that a row of small
      // components can still name them.
      p.width = p.box.maxX - p.box.minX + COMPONENT_GAP + (p.labelRoom || 0);
      p.height = p.box.maxY - p.box.minY + COMPONENT_GAP;
      widest = Math.max(widest, p.width);
      total += p.width;
    });
    function shelves(rowWidth, commit) {
      var x = 0, y = 0, rowHeight = 0, width = 0;
      parts.forEach(function (p) {
        if (x > 0 && x + p.width > rowWidth + 1e-9) { x = 0; y += rowHeight; rowHeight = 0; }
        if (commit) { p.dx = x - p.box.minX; p.dy = y - p.box.minY; }
        x += p.width; rowHeight = Math.max(rowHeight, p.height); width = Math.max(width, x);
      });
      return Math.min(aspect / width, 1 / (y + rowHeight));  // the scale at which the canvas frames it
    }
    var best = widest, bestScale = -1;
    for (var i = 0; i <= 24; i++) {
      var rowWidth = widest + (total - widest) * i / 24;
      var scale = shelves(rowWidth, false);
      if (scale > bestScale + 1e-12) { best = rowWidth; bestScale = scale; }
    }
    shelves(best, true);
  }

  /* ---- the view -------------------------------------------------------------------------------------- */

  function NewsgraphView(root, data, options) {
    var self = this;
    this.root = root;
    this.options = options || {};
    this.style = Object.assign({}, DEFAULT_STYLE, data.style || {});
    this.conflict = {};
    (this.style.conflict || []).forEach(function (c) { self.conflict[c] = true; });
    // Milliseconds since the page began to load (performance.now): when each stage ended, for the record.
    this.timings = { started: performance.now(), zoomSteps: [], renders: [] };
    this.nodes = {};
    this.edges = {};
    this.actorOnly = (data.actorOnly || []).map(function (e) { return self.prepareFact(Object.assign({}, e)); });
    this.selected = null;      // {kind: "node"|"edge", id}
    this.hoveredEdge = null;
    this.hoveredNode = null;
    this.searchHits = null;    // a Set of node ids, while the search box has text
    this.shownLabels = new Set();
    this.labelPlaces = {};     // node -> {side, size}

    var graph = this.graph = new V.MultiDirectedGraph();
    (data.nodes || []).forEach(function (n) {
      if (graph.hasNode(n.id)) { return; }
      var node = Object.assign({}, n, { degree: 0 });
      self.nodes[n.id] = node;
      graph.addNode(n.id, { label: n.label, x: 0, y: 0, size: 5, color: self.typeColour(n.type) });
    });
    (data.edges || []).forEach(function (e) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) { return; }
      var edge = self.prepareFact(Object.assign({}, e));
      self.edges[e.id] = edge;
      self.nodes[e.source].degree++;
      self.nodes[e.target].degree++;
      graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1, color: self.edgeColour(edge) });
    });
    Object.keys(this.nodes).forEach(function (id) {
      var node = self.nodes[id];
      // Node size: how many articles mention the entity (a query result without that count: its degree).
      var weight = node.articles || node.degree || 1;
      node.importance = weight * 1000 + node.degree;
      node.size = Math.min(22, 4 + 3 * Math.sqrt(weight));
      graph.setNodeAttribute(id, "size", node.size);
    });
    // Edges wide enough to click; thinner when there are so many that they would cover the picture.
    this.edgeWidth = graph.size > 3000 ? 1 : 2;
    this.importanceOrder = Object.keys(this.nodes).sort(function (a, b) {
      return self.nodes[b].importance - self.nodes[a].importance || (self.nodes[a].label < self.nodes[b].label ? -1 : 1);
    });
    this.shapeEdges();
    this.timings.graphBuilt = performance.now();
    this.build();
    this.layout();
    this.timings.laidOut = performance.now();
    this.startRenderer();
  }

  NewsgraphView.prototype.prepareFact = function (e) {
    if (e.earliest === undefined && e.latest === undefined) {
      var bounds = dateBounds(e.date);
      e.earliest = bounds ? isoOf(bounds[0]) : null;
      e.latest = bounds ? isoOf(bounds[1]) : null;
    }
    e.first = dayOf(e.earliest || e.latest);
    e.last = dayOf(e.latest || e.earliest);
    e.text = (e.label || "") + (e.date ? " \u00b7 " + e.date : "") + (e.mode ? " (" + e.mode + ")" : "") +
      (e.disputed ? " \u00b7 disputed" : "");
    return e;
  };

  NewsgraphView.prototype.typeColour = function (type) {
    return this.style.types[type] || this.style.types.Entity || "#9a9a9a";
  };

  NewsgraphView.prototype.edgeColour = function (e) {
    if (e.disputed) { return this.style.disputed; }
    var colour = e.kind === "relation" ? this.style.relation : this.style.categories[e.label] || this.style.event;
    return e.mode ? withAlpha(colour, 0.45) : colour;
  };

  /* Parallel edges (several events between the same two entities) are drawn as curves fanned apart. */
  NewsgraphView.prototype.shapeEdges = function () {
    var graph = this.graph;
    V.indexParallelEdgesIndex(graph, { edgeIndexAttribute: "parallelIndex",
      edgeMinIndexAttribute: "parallelMinIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
    graph.forEachEdge(function (edge, attrs, source, target) {
      var index = attrs.parallelIndex, max = attrs.parallelMaxIndex;
      if (source !== target && typeof index === "number") {
        // Curvature grows with the index, and the fan widens, slowly, with the number of edges. The middle
        // edge of a fan is a curve too, all but straight (the curve program draws nothing at curvature 0), so
        // that one program draws the fan in the order that keeps each edge clickable (see reduceEdge).
        var spread = 0.25 * Math.min(3, 1 + Math.log2(Math.max(1, Math.abs(max))));
        var curvature = spread * index / Math.max(1, Math.abs(max));
        graph.mergeEdgeAttributes(edge, { type: "curved", curvature: curvature || 0.02 });
      } else {
        graph.mergeEdgeAttributes(edge, { type: "arrow", curvature: 0 });
      }
    });
  };

  NewsgraphView.prototype.layout = function () {
    var self = this;
    var graph = this.graph;
    var components = V.connectedComponents(graph).sort(function (a, b) {
      return b.length - a.length || (a[0] < b[0] ? -1 : 1);
    });
    this.parts = [];
    this.partOf = {};
    this.pending = [];
    components.forEach(function (nodes) {
      var sub = componentGraph(graph, nodes);
      var part = { sub: sub, scale: 1 };
      if (nodes.length > 2) {
        var settings = fa2Settings(sub);
        var big = nodes.length > SYNC_LAYOUT_LIMIT;
        // A large component is laid out in a worker after the first picture, which shows its seeded start.
        if (big) {
          self.pending.push({ part: part, settings: settings });
        } else {
          V.forceAtlas2.assign(sub, { iterations: nodes.length > 150 ? 150 : 300, settings: settings });
        }
      }
      part.box = normalize(sub);
      // A label takes about a tenth of a unit per character where components of a few entities are packed.
      var rightmost = nodes.reduce(function (best, n) {
        return sub.getNodeAttribute(n, "x") > sub.getNodeAttribute(best, "x") ? n : best;
      }, nodes[0]);
      part.labelRoom = nodes.length <= 12 ? 0.1 * String(self.nodes[rightmost].label || "").length : 0;
      self.parts.push(part);
      nodes.forEach(function (node) { self.partOf[node] = part; });
    });
    this.pack();
  };

  NewsgraphView.prototype.pack = function () {
    var rect = this.canvas.getBoundingClientRect();
    pack(this.parts, rect.width && rect.height ? rect.width / rect.height : 1.5);
    this.place();
  };

  /* Copy the components' positions into the drawn graph (one update event, so sigma refreshes once). */
  NewsgraphView.prototype.place = function () {
    var partOf = this.partOf;
    this.graph.updateEachNodeAttributes(function (node, attrs) {
      var p = partOf[node];
      var a = p.sub.getNodeAttributes(node);
      // sigma's y axis points up; the packing's rows go down.
      attrs.x = a.x * p.scale + p.dx;
      attrs.y = -(a.y * p.scale + p.dy);
      return attrs;
    }, { attributes: ["x", "y"] });
  };

  /* Finish the large components in ForceAtlas2 workers while the picture shows them, then pack every component
   * again and frame the whole. */
  NewsgraphView.prototype.runWorkers = function () {
    var self = this;
    if (!this.pending.length) { this.layoutDone = true; return; }
    this.layoutDone = false;
    this.status.textContent = "Laying out\u2026";
    var running = this.pending.map(function (job) {
      var layout = new V.FA2Layout(job.part.sub, { settings: job.settings });
      layout.start();
      return { part: job.part, layout: layout };
    });
    var seconds = Math.min(12, 2 + this.graph.order / 1000);
    var started = performance.now();
    function tick() {
      if (self.killed) { running.forEach(function (r) { r.layout.kill(); }); return; }
      if (performance.now() - started < seconds * 1000) {
        // While it runs, keep each component at the scale it was packed at.
        running.forEach(function (r) { r.part.scale = EDGE_LENGTH / componentEdgeLength(r.part.sub); });
        self.place();
        requestAnimationFrame(tick);
        return;
      }
      running.forEach(function (r) {
        r.layout.stop();
        r.layout.kill();
        r.part.scale = 1;
        r.part.box = normalize(r.part.sub);
      });
      self.pack();
      self.layoutDone = true;
      self.status.textContent = "";
      self.fit(false);
      self.chooseLabels();
    }
    requestAnimationFrame(tick);
  };

  /* ---- the page around the canvas -------------------------------------------------------------------- */

  NewsgraphView.prototype.build = function () {
    var self = this;
    this.root.textContent = "";
    this.root.classList.add("ng-view");

    var bar = el("div", { class: "ng-toolbar" });
    this.search = el("input", { type: "search", id: "ng-search", placeholder: "Find an entity\u2026",
      "aria-label": "Find an entity", autocomplete: "off" });
    this.searchInfo = el("span", { class: "ng-muted", id: "ng-search-info" });
    bar.appendChild(this.search);
    bar.appendChild(this.searchInfo);

    var all = Object.keys(this.edges).map(function (k) { return self.edges[k]; });
    var dated = all.filter(function (e) { return e.first !== null; });
    this.dateControl = el("div", { class: "ng-dates" });
    if (dated.length) {
      this.minDay = Math.min.apply(null, dated.map(function (e) { return e.first; }));
      this.maxDay = Math.max.apply(null, dated.map(function (e) { return e.last; }));
      this.from = el("input", { type: "range", id: "ng-date-from", min: this.minDay, max: this.maxDay,
        value: this.minDay, step: 1, "aria-label": "From date" });
      this.to = el("input", { type: "range", id: "ng-date-to", min: this.minDay, max: this.maxDay,
        value: this.maxDay, step: 1, "aria-label": "To date" });
      this.fromLabel = el("output", { id: "ng-date-from-label" });
      this.toLabel = el("output", { id: "ng-date-to-label" });
      this.undated = el("input", { type: "checkbox", id: "ng-undated", checked: "checked" });
      var undatedLabel = el("label", { for: "ng-undated", class: "ng-muted" }, " undated");
      undatedLabel.insertBefore(this.undated, undatedLabel.firstChild);
      [el("span", { class: "ng-muted" }, "From"), this.from, this.fromLabel,
        el("span", { class: "ng-muted" }, "to"), this.to, this.toLabel, undatedLabel].forEach(function (c) {
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
    this.count = el("span", { class: "ng-count", id: "ng-edge-count" });
    bar.appendChild(this.count);
    this.status = el("span", { class: "ng-muted", id: "ng-status", role: "status" });
    bar.appendChild(this.status);
    var zoomIn = el("button", { type: "button", class: "ng-button", id: "ng-zoom-in", title: "Zoom in",
      "aria-label": "Zoom in" }, "+");
    var zoomOut = el("button", { type: "button", class: "ng-button", id: "ng-zoom-out", title: "Zoom out",
      "aria-label": "Zoom out" }, "\u2212");
    var fit = el("button", { type: "button", class: "ng-button", id: "ng-fit", title: "Frame every entity shown" },
      "Fit");
    zoomIn.addEventListener("click", function () { self.zoomStep(1.5); });
    zoomOut.addEventListener("click", function () { self.zoomStep(1 / 1.5); });
    fit.addEventListener("click", function () { self.fit(true); });
    [zoomIn, zoomOut, fit].forEach(function (b) { bar.appendChild(b); });
    this.root.appendChild(bar);

    var main = el("div", { class: "ng-main" });
    this.canvas = el("div", { class: "ng-canvas", id: "ng-canvas", role: "img",
      "aria-label": "Graph of entities and the events between them" });
    main.appendChild(this.canvas);
    this.details = el("aside", { class: "ng-details", id: "ng-details" });
    this.details.appendChild(el("p", { class: "ng-muted" },
      "Click an entity to list its events, or an edge to read the sentences behind it."));
    main.appendChild(this.details);
    this.root.appendChild(main);
    this.root.appendChild(this.legend());

    this.search.addEventListener("input", function () { self.applySearch(false); });
    this.search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { self.applySearch(true); }
    });
  };

  NewsgraphView.prototype.legend = function () {
    var self = this;
    var legend = el("div", { class: "ng-legend" });
    function item(swatchClass, colour, text) {
      var span = el("span", { class: "ng-legend-item" });
      var swatch = el("span", { class: swatchClass });
      if (swatchClass === "ng-swatch") { swatch.style.background = colour; } else { swatch.style.borderTopColor = colour; }
      span.appendChild(swatch);
      span.appendChild(document.createTextNode(text));
      legend.appendChild(span);
    }
    var types = {};
    Object.keys(this.nodes).forEach(function (id) { types[self.nodes[id].type || "Entity"] = true; });
    Object.keys(this.style.types).forEach(function (type) {
      if (types[type]) { item("ng-swatch", self.style.types[type], type); }
    });
    var facts = Object.keys(this.edges).map(function (k) { return self.edges[k]; });
    // One legend line per colour, naming the categories drawn in it.
    var byColour = {};
    facts.forEach(function (e) {
      if (e.kind === "relation") { return; }
      var colour = self.style.categories[e.label] || self.style.event;
      (byColour[colour] = byColour[colour] || {})[e.label] = true;
    });
    Object.keys(byColour).sort(function (a, b) { return a === self.style.event ? 1 : b === self.style.event ? -1 : 0; })
      .forEach(function (colour) {
        var names = Object.keys(byColour[colour]).sort();
        var kind = self.conflict[names[0]] ? "conflict" : "other events";
        item("ng-line", colour, kind + ": " + names.join(", "));
      });
    if (facts.some(function (e) { return e.kind === "relation"; })) { item("ng-line", this.style.relation, "relation"); }
    if (facts.some(function (e) { return e.mode; })) { item("ng-line ng-line-faded", this.style.event, "not a plain fact (faded)"); }
    if (facts.some(function (e) { return e.disputed; })) { item("ng-line ng-line-thick", this.style.disputed, "disputed"); }
    legend.appendChild(el("span", { class: "ng-legend-note" }, "node size: articles that mention the entity"));
    return legend;
  };

  /* ---- the renderer ---------------------------------------------------------------------------------- */

  NewsgraphView.prototype.startRenderer = function () {
    var self = this;
    var graph = this.graph;
    var CurvedArrow = V.createEdgeCurveProgram({
      arrowHead: { extremity: "target", lengthToThicknessRatio: 4, widenessToThicknessRatio: 3.5 },
      drawLabel: function (context, edgeData, source, target, settings) {
        self.drawEdgeLabel(context, edgeData, source, target, settings);
      }
    });
    this.applyFilters(true);
    this.sigma = new V.Sigma(graph, this.canvas, {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: "arrow",
      edgeProgramClasses: {
        arrow: V.createEdgeArrowProgram({ lengthToThicknessRatio: 4, widenessToThicknessRatio: 3.5 }),
        curved: CurvedArrow
      },
      labelFont: FONT,
      labelSize: 13,
      labelWeight: "normal",
      edgeLabelFont: FONT,
      edgeLabelSize: 11,
      // Labels are chosen by chooseLabels (forceLabel); sigma's own grid would pick others, so it picks none.
      labelRenderedSizeThreshold: 1e9,
      labelDensity: 0,
      stagePadding: 40,
      // Picking at full resolution: at sigma's default half resolution, thin edges are hard to click. A large
      // graph keeps the default: picking is drawn with every frame.
      pickingDownSizingRatio: graph.size > 3000 ? 2 : 1,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      defaultDrawNodeLabel: function (context, data, settings) { self.drawNodeLabel(context, data, settings); },
      defaultDrawNodeHover: function (context, data, settings) { self.drawNodeHover(context, data, settings); },
      defaultDrawEdgeLabel: function (context, edgeData, source, target, settings) {
        self.drawEdgeLabel(context, edgeData, source, target, settings);
      },
      nodeReducer: function (node, attrs) { return self.reduceNode(node, attrs); },
      edgeReducer: function (edge, attrs) { return self.reduceEdge(edge, attrs); }
    });
    this.timings.firstPicture = performance.now();
    var sigma = this.sigma;
    var frameStart = 0;
    sigma.on("beforeRender", function () { frameStart = performance.now(); self.edgeLabelBoxes = []; });
    sigma.on("afterRender", function () {
      var now = performance.now();
      self.timings.renders.push(now - frameStart);
      if (self.timings.renders.length > 200) { self.timings.renders.shift(); }
      if (self.zoomStarted !== null && self.zoomStarted !== undefined) {
        self.timings.zoomSteps.push(now - self.zoomStarted);
        self.zoomStarted = null;
      }
    });
    sigma.getCamera().on("updated", function () { self.chooseLabels(); });
    sigma.on("resize", function () { self.chooseLabels(); });
    sigma.on("clickNode", function (event) { if (!self.dragged) { self.showNode(event.node); } });
    sigma.on("clickEdge", function (event) { self.showEdge(event.edge); });
    sigma.on("clickStage", function () { self.clearSelection(); });
    sigma.on("enterNode", function (event) { self.hoveredNode = event.node; self.refreshEdgesOf(event.node); });
    sigma.on("leaveNode", function (event) { self.hoveredNode = null; self.refreshEdgesOf(event.node); });
    sigma.on("enterEdge", function (event) {
      self.hoveredEdge = event.edge;
      self.canvas.style.cursor = "pointer";
      sigma.refresh({ partialGraph: { edges: [event.edge] }, skipIndexation: true, schedule: true });
    });
    sigma.on("leaveEdge", function (event) {
      self.hoveredEdge = null;
      self.canvas.style.cursor = "";
      sigma.refresh({ partialGraph: { edges: [event.edge] }, skipIndexation: true, schedule: true });
    });
    this.bindDrag();
    this.fit(false);
    this.chooseLabels();
    this.runWorkers();
    window.addEventListener("resize", function () { self.chooseLabels(); });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && self.root.offsetParent !== null) { self.clearSelection(); }
    });
  };

  NewsgraphView.prototype.kill = function () {
    this.killed = true;
    if (this.sigma) { this.sigma.kill(); }
  };

  // sigma hands each reducer a fresh copy of the attributes, so they are changed in place (no extra garbage).
  NewsgraphView.prototype.reduceNode = function (node, attrs) {
    var out = attrs;
    var info = this.nodes[node];
    out.hidden = !info.visible;
    var place = this.labelPlaces[node];
    out.forceLabel = !!place;
    if (place) { out.labelSide = place.side; out.labelSize = place.size; }
    var sel = this.selected;
    var faded = false;
    if (this.searchHits) {
      faded = !this.searchHits.has(node);
      out.highlighted = !faded;
    } else if (sel && sel.kind === "node") {
      faded = node !== sel.id && !this.graph.areNeighbors(node, sel.id);
      out.highlighted = node === sel.id;
    } else if (sel && sel.kind === "edge") {
      var ends = this.graph.extremities(sel.id);
      faded = ends.indexOf(node) < 0;
    }
    if (faded) { out.color = "#d5d8dc"; out.zIndex = 0; } else { out.zIndex = 1; }
    return out;
  };

  NewsgraphView.prototype.reduceEdge = function (edge, attrs) {
    var out = attrs;
    var info = this.edges[edge];
    out.hidden = !info.visible;
    out.label = info.text;
    var sel = this.selected;
    var hovered = edge === this.hoveredEdge;
    var touched = (sel && sel.kind === "node" && (info.source === sel.id || info.target === sel.id)) ||
      (this.hoveredNode && (info.source === this.hoveredNode || info.target === this.hoveredNode));
    var chosen = hovered || (sel && sel.kind === "edge" && sel.id === edge);
    out.forceLabel = !!(chosen || touched);
    // Within a fan the flatter curves are drawn last: sigma picks a click from what is drawn on top, and a
    // curve's drawing area spans from the straight line to the curve, over the flatter ones.
    var flatness = 50 - Math.round(Math.abs(attrs.curvature || 0) * 50);
    // Thicker for an edge more articles report.
    out.size = (info.disputed ? 1.5 : 0) + this.edgeWidth +
      Math.min(2, Math.log2((info.mentions || info.rows || [1]).length || 1) * 0.6);
    var level = 1;
    if (chosen) { out.size += 2; level = 2; }
    if ((sel && !chosen && !touched) || (this.searchHits && !(this.searchHits.has(info.source) ||
      this.searchHits.has(info.target)))) {
      out.color = "#e3e5e8"; level = 0;
    }
    out.zIndex = level * 100 + flatness;
    return out;
  };

  NewsgraphView.prototype.refreshEdgesOf = function (node) {
    if (!this.sigma || !this.graph.hasNode(node)) { return; }
    this.sigma.refresh({ partialGraph: { edges: this.graph.edges(node) }, skipIndexation: true, schedule: true });
  };

  /* ---- labels ---------------------------------------------------------------------------------------- */

  /* The label size of a node: the most important entities' labels are a little larger. */
  NewsgraphView.prototype.labelSizeOf = function (rank) {
    return rank < 5 ? 15 : rank < 30 ? 14 : 13;
  };

  /* The box a node's label takes on screen, for a side ("right" or "left") and size, as drawNodeLabel draws it. */
  NewsgraphView.prototype.boxAt = function (x, y, radius, label, side, size) {
    var width = textWidth(label, size);
    var left = side === "left" ? x - radius - 4 - width : x + radius + 4;
    return { left: left - 2, right: left + width + 2, top: y - size * 0.62 - 2, bottom: y + size * 0.42 + 2 };
  };

  /* The box of a node's label as sigma draws it now (viewport pixels), or null when it is not shown. */
  NewsgraphView.prototype.labelBox = function (node) {
    var place = this.labelPlaces[node];
    var data = this.sigma.getNodeDisplayData(node);
    if (!place || !data) { return null; }
    var p = this.sigma.framedGraphToViewport(data);
    return this.boxAt(p.x, p.y, this.sigma.scaleSize(data.size), data.label, place.side, place.size);
  };

  /* Choose which node labels to draw: by importance, each where it touches no label already chosen and stays
   * inside the canvas (on the right of its node, else on the left). */
  NewsgraphView.prototype.chooseLabels = function () {
    var sigma = this.sigma;
    if (!sigma) { return; }
    var self = this;
    var dims = sigma.getDimensions();
    var cell = 40, grid = {};
    var placed = [];
    function overlaps(box, node, firstRanks) {
      for (var gx = Math.floor(box.left / cell); gx <= Math.floor(box.right / cell); gx++) {
        for (var gy = Math.floor(box.top / cell); gy <= Math.floor(box.bottom / cell); gy++) {
          var list = grid[gx + ":" + gy];
          if (!list) { continue; }
          for (var i = 0; i < list.length; i++) {
            var o = list[i];
            if (o.node === node) { continue; }  // a label sits beside its own disc
            // The most important entities are named even over a neighbour's disc (hubs sit in crowds).
            if (o.disc && firstRanks) { continue; }
            var gap = o.disc ? 0 : LABEL_GAP;  // labels keep a gap between them; a disc only must not be covered
            if (box.left < o.right + gap && o.left < box.right + gap &&
              box.top < o.bottom + gap && o.top < box.bottom + gap) { return true; }
          }
        }
      }
      return false;
    }
    function add(box) {
      placed.push(box);
      for (var gx = Math.floor(box.left / cell); gx <= Math.floor(box.right / cell); gx++) {
        for (var gy = Math.floor(box.top / cell); gy <= Math.floor(box.bottom / cell); gy++) {
          (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(box);
        }
      }
    }
    // Every entity's disc on screen is kept clear too: a label over another entity's disc hides it, and the
    // disc shows through the letters.
    var discs = [];
    Object.keys(this.nodes).forEach(function (id) {
      if (!self.nodes[id].visible) { return; }
      var d = sigma.getNodeDisplayData(id);
      if (!d) { return; }
      var c = sigma.framedGraphToViewport(d), r = sigma.scaleSize(d.size);
      if (c.x < -r || c.y < -r || c.x > dims.width + r || c.y > dims.height + r) { return; }
      discs.push({ left: c.x - r, right: c.x + r, top: c.y - r, bottom: c.y + r, disc: true, node: id });
    });
    discs.forEach(add);
    var labelsPlaced = 0;
    var places = {};
    var rank = 0;
    for (var i = 0; i < this.importanceOrder.length && labelsPlaced < MAX_LABELS; i++) {
      var node = this.importanceOrder[i];
      if (!this.nodes[node].visible) { continue; }
      var data = sigma.getNodeDisplayData(node);
      if (!data || !data.label) { continue; }
      var p = sigma.framedGraphToViewport(data);
      var radius = sigma.scaleSize(data.size);
      if (p.x < -radius || p.y < -radius || p.x > dims.width + radius || p.y > dims.height + radius) { continue; }
      var size = this.labelSizeOf(rank++);
      var sides = ["right", "left"];
      for (var s = 0; s < sides.length; s++) {
        var box = this.boxAt(p.x, p.y, radius, data.label, sides[s], size);
        if (box.left < 0 || box.right > dims.width || box.top < 0 || box.bottom > dims.height) { continue; }
        if (overlaps(box, node, rank <= 15)) { continue; }
        add(box);
        labelsPlaced++;
        places[node] = { side: sides[s], size: size, box: box };
        break;
      }
    }
    var changed = [];
    Object.keys(places).forEach(function (n) {
      var old = self.labelPlaces[n];
      if (!old || old.side !== places[n].side || old.size !== places[n].size) { changed.push(n); }
    });
    Object.keys(this.labelPlaces).forEach(function (n) { if (!places[n]) { changed.push(n); } });
    this.labelPlaces = places;
    this.labelBoxes = placed.filter(function (b) { return !b.disc; });
    if (changed.length) {
      sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
    }
  };

  NewsgraphView.prototype.drawNodeLabel = function (context, data) {
    if (!data.label) { return; }
    var size = data.labelSize || 13;
    var side = data.labelSide || "right";
    context.font = "normal " + size + "px " + FONT;
    context.textBaseline = "alphabetic";
    var width = textWidth(data.label, size);
    var x = side === "left" ? data.x - data.size - 4 - width : data.x + data.size + 4;
    var y = data.y + size * 0.35;
    context.lineJoin = "round";
    context.lineWidth = 3.5;
    context.strokeStyle = "rgba(251,251,250,0.95)";
    context.strokeText(data.label, x, y);
    context.fillStyle = "#1f2328";
    context.fillText(data.label, x, y);
  };

  NewsgraphView.prototype.drawNodeHover = function (context, data) {
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = "#1f2328";
    context.stroke();
    if (!data.forceLabel) {
      // A hovered entity without a label of its own gets one, on a white card so it reads over others.
      var size = 13;
      context.font = "normal " + size + "px " + FONT;
      var width = context.measureText(data.label || "").width;
      var x = data.x + data.size + 6, y = data.y + size * 0.35;
      context.fillStyle = "rgba(255,255,255,0.95)";
      context.fillRect(x - 3, data.y - size * 0.75, width + 6, size * 1.5);
      context.fillStyle = "#1f2328";
      context.fillText(data.label || "", x, y);
    } else {
      this.drawNodeLabel(context, data);
    }
  };

  /* Where an edge's label goes: the middle of its line, or of its curve (as @sigma/edge-curve bends it). */
  NewsgraphView.prototype.edgeAnchor = function (edgeData, source, target) {
    var cx = (source.x + target.x) / 2, cy = (source.y + target.y) / 2;
    var c = edgeData.curvature || 0;
    var ltr = source.x < target.x;
    var dx = (ltr ? target.x - source.x : source.x - target.x), dy = (ltr ? target.y - source.y : source.y - target.y);
    var o = ltr ? 1 : -1;
    return { x: cx + 0.5 * dy * c * o, y: cy - 0.5 * dx * c * o, length: Math.hypot(dx, dy) };
  };

  /* A point of an edge a click selects, in viewport pixels: along its line or curve, the one nearest the middle
   * where sigma's own picking finds this edge on top (another edge or a node may cover the very middle). */
  NewsgraphView.prototype.edgePoint = function (edge) {
    var sigma = this.sigma;
    var ends = this.graph.extremities(edge);
    var s = sigma.framedGraphToViewport(sigma.getNodeDisplayData(ends[0]));
    var t = sigma.framedGraphToViewport(sigma.getNodeDisplayData(ends[1]));
    var middle = this.edgeAnchor(sigma.getEdgeDisplayData(edge), s, t);
    // The curve through source, middle and target: a quadratic Bezier whose control point gives that middle.
    var cx = 2 * middle.x - (s.x + t.x) / 2, cy = 2 * middle.y - (s.y + t.y) / 2;
    var offsets = [0, 0.05, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2, -0.2, 0.25, -0.25, 0.3, -0.3];
    for (var i = 0; i < offsets.length; i++) {
      var u = 0.5 + offsets[i];
      // Whole pixels: a mouse clicks on one.
      var x = Math.round((1 - u) * (1 - u) * s.x + 2 * (1 - u) * u * cx + u * u * t.x);
      var y = Math.round((1 - u) * (1 - u) * s.y + 2 * (1 - u) * u * cy + u * u * t.y);
      if (sigma.getNodeAtPosition({ x: x, y: y }) === null && sigma.getEdgeAtPoint(x, y) === edge) {
        return { x: x, y: y, length: middle.length };
      }
    }
    return middle;
  };

  NewsgraphView.prototype.drawEdgeLabel = function (context, edgeData, source, target) {
    if (!edgeData.label || source.key === target.key) { return; }
    var size = 11;
    context.font = "normal " + size + "px " + FONT;
    var width = context.measureText(edgeData.label).width;
    var a = this.edgeAnchor(edgeData, source, target);
    var box = { left: a.x - width / 2 - 3, right: a.x + width / 2 + 3, top: a.y - size * 0.75, bottom: a.y + size * 0.6 };
    if (!edgeData.forceLabel) {
      // At this zoom, is there room for the label between the two entities, away from every other label?
      if (a.length < width + source.size + target.size + 16) { return; }
      var others = (this.labelBoxes || []).concat(this.edgeLabelBoxes || []);
      for (var i = 0; i < others.length; i++) {
        var o = others[i];
        if (box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom) { return; }
      }
    }
    (this.edgeLabelBoxes = this.edgeLabelBoxes || []).push(box);
    context.fillStyle = "rgba(255,255,255,0.88)";
    context.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
    var info = this.edges[edgeData.key];
    context.fillStyle = info && (info.disputed || this.conflict[info.label]) ? "#8f241e" : "#3b4148";
    context.fillText(edgeData.label, a.x - width / 2, a.y + size * 0.35);
  };

  /* ---- camera ---------------------------------------------------------------------------------------- */

  NewsgraphView.prototype.visibleNodes = function () {
    var self = this;
    return Object.keys(this.nodes).filter(function (id) { return self.nodes[id].visible; });
  };

  /* Frame every entity shown (all of them, or those the date range leaves). */
  NewsgraphView.prototype.fit = function (animate) {
    var camera = this.sigma.getCamera();
    var shown = this.visibleNodes();
    var state = shown.length && shown.length < this.graph.order ?
      V.getCameraStateToFitViewportToNodes(this.sigma, shown) : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (animate) { camera.animate(state, { duration: 300 }); } else { camera.setState(state); }
  };

  /* One zoom step around the centre; the time until sigma has drawn it is kept in timings.zoomSteps. */
  NewsgraphView.prototype.zoomStep = function (factor) {
    var camera = this.sigma.getCamera();
    var state = camera.getState();
    this.zoomStarted = performance.now();
    camera.setState({ ratio: Math.min(4, Math.max(0.02, state.ratio / factor)) });
  };

  NewsgraphView.prototype.centerOn = function (node) {
    var data = this.sigma.getNodeDisplayData(node);
    if (!data) { return; }
    var camera = this.sigma.getCamera();
    camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.5) }, { duration: 300 });
  };

  NewsgraphView.prototype.bindDrag = function () {
    var self = this, sigma = this.sigma, graph = this.graph;
    var dragging = null;
    sigma.on("downNode", function (event) {
      dragging = event.node;
      self.dragged = false;
    });
    sigma.getMouseCaptor().on("mousemovebody", function (event) {
      if (!dragging) { return; }
      var p = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragging, { x: p.x, y: p.y });
      self.dragged = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    sigma.getMouseCaptor().on("mouseup", function () {
      if (dragging && self.dragged) { self.chooseLabels(); }
      dragging = null;
      setTimeout(function () { self.dragged = false; }, 0);
    });
  };

  /* ---- filters and search ---------------------------------------------------------------------------- */

  NewsgraphView.prototype.edgeVisible = function (e) {
    if (!this.from) { return true; }
    if (e.first === null) { return this.undated.checked; }
    return e.last >= +this.from.value && e.first <= +this.to.value;
  };

  NewsgraphView.prototype.applyFilters = function (initial) {
    var self = this;
    var shown = 0, touched = {};
    Object.keys(this.edges).forEach(function (id) {
      var e = self.edges[id];
      e.visible = self.edgeVisible(e);
      if (e.visible) { shown++; touched[e.source] = true; touched[e.target] = true; }
    });
    Object.keys(this.nodes).forEach(function (id) {
      var n = self.nodes[id];
      n.visible = !n.degree || !!touched[id];
    });
    if (this.from) {
      this.fromLabel.textContent = isoOf(+this.from.value);
      this.toLabel.textContent = isoOf(+this.to.value);
    }
    var total = Object.keys(this.edges).length;
    this.count.textContent = shown + " of " + total + (total === 1 ? " edge" : " edges");
    this.count.setAttribute("data-shown", String(shown));
    if (!initial && this.sigma) {
      this.sigma.refresh();
      this.chooseLabels();
    }
  };

  NewsgraphView.prototype.applySearch = function (focus) {
    var self = this;
    var q = this.search.value.trim().toLowerCase();
    var matches = [];
    if (q) {
      this.importanceOrder.forEach(function (id) {
        var n = self.nodes[id];
        var names = [n.label].concat(n.altLabels || []);
        if (names.some(function (name) { return String(name).toLowerCase().indexOf(q) >= 0; })) { matches.push(id); }
      });
    }
    this.searchHits = q ? new Set(matches) : null;
    this.matches = matches;
    this.searchInfo.textContent = q ? matches.length + (matches.length === 1 ? " match" : " matches") : "";
    this.sigma.refresh({ skipIndexation: true });
    if (focus && matches.length) {
      this.centerOn(matches[0]);
      this.showNode(matches[0]);
    }
  };

  /* ---- the side panel -------------------------------------------------------------------------------- */

  NewsgraphView.prototype.select = function (selection) {
    this.selected = selection;
    this.sigma.refresh({ skipIndexation: true });
  };

  NewsgraphView.prototype.clearSelection = function () {
    if (!this.selected) { return; }
    this.select(null);
    this.details.textContent = "";
    this.details.appendChild(el("p", { class: "ng-muted" }, "Nothing selected."));
  };

  NewsgraphView.prototype.panel = function (kind, id) {
    var self = this;
    this.details.textContent = "";
    this.details.setAttribute("data-kind", kind);
    this.details.setAttribute("data-id", id);
    var close = el("button", { type: "button", class: "ng-close", "aria-label": "Close" }, "\u00d7");
    close.addEventListener("click", function () { self.clearSelection(); });
    this.details.appendChild(close);
    this.details.scrollTop = 0;
  };

  NewsgraphView.prototype.nameOf = function (id) {
    return this.nodes[id] ? this.nodes[id].label : id;
  };

  NewsgraphView.prototype.describe = function (e) {
    return this.nameOf(e.source) + " \u2192 " + (e.target ? this.nameOf(e.target) + (e.topic ? " (topic)" : "") :
      "(no recipient)") + ": " +
      e.label + (e.date ? " on " + e.date : "") + (e.mode ? " (" + e.mode + ")" : "") +
      (e.disputed ? " \u2014 disputed" : "");
  };

  NewsgraphView.prototype.showEdge = function (id) {
    var e = this.edges[id] || this.actorOnly.filter(function (a) { return a.id === id; })[0];
    if (!e) { return; }
    if (this.edges[id]) { this.select({ kind: "edge", id: id }); }
    this.showFact(e);
  };

  /* One event or relation: what, when, and the sentences and articles it was read from. */
  NewsgraphView.prototype.showFact = function (e) {
    var self = this;
    this.panel("edge", e.id);
    var head = el("h2", { class: "ng-edge-title" });
    head.appendChild(el("span", null, this.nameOf(e.source)));
    head.appendChild(document.createTextNode(" \u2192 "));
    head.appendChild(el("span", null, e.target ? this.nameOf(e.target) : "(no recipient)"));
    this.details.appendChild(head);
    if (e.disputed) {
      this.details.appendChild(el("p", { class: "ng-disputed" },
        "Disputed: the articles disagree about this " + (e.kind === "relation" ? "relation." : "event.")));
    }
    var when = "not known";
    if (e.date) {
      when = e.date;
      if (!e.earliest && e.latest) { when = "reported by " + e.latest + " (it happened on or before)"; }
      else if (e.earliest && e.latest && e.earliest !== e.latest) { when += " (" + e.earliest + " to " + e.latest + ")"; }
    }
    var facts = el("dl", { class: "ng-facts" });
    [["What", e.label], ["When", when], ["Mode", e.mode || (e.kind === "relation" ? "relation" : "plain fact")]]
      .forEach(function (pair) {
        facts.appendChild(el("dt", null, pair[0]));
        facts.appendChild(el("dd", null, pair[1]));
      });
    this.details.appendChild(facts);
    var list = el("div", { class: "ng-mentions", id: "ng-mentions" });
    this.details.appendChild(list);
    if (e.mentions) {
      this.fillMentions(list, e.mentions);
    } else if (this.options.loadDetails) {
      list.appendChild(el("p", { class: "ng-muted" }, "Loading the sentences\u2026"));
      Promise.resolve(this.options.loadDetails(e)).then(function (mentions) {
        list.textContent = "";
        self.fillMentions(list, mentions || []);
      }, function (error) {
        list.textContent = "";
        list.appendChild(el("p", { class: "ng-error" }, String(error && error.message || error)));
      });
    }
    if (e.rows && e.rows.length) {
      this.details.appendChild(el("h3", null, "Result rows"));
      var table = el("table", { class: "ng-rows" });
      e.rows.slice(0, 20).forEach(function (row) {
        Object.keys(row).forEach(function (key) {
          var tr = el("tr");
          tr.appendChild(el("th", null, key));
          tr.appendChild(el("td", null, row[key]));
          table.appendChild(tr);
        });
        var gap = el("tr", { class: "ng-gap" });
        gap.appendChild(el("td", { colspan: "2" }));
        table.appendChild(gap);
      });
      this.details.appendChild(table);
    }
  };

  NewsgraphView.prototype.fillMentions = function (list, mentions) { fillMentions(list, mentions); };

  /* An entity: its names and every event it takes part in (those the date range hides are listed too). */
  NewsgraphView.prototype.showNode = function (id) {
    var self = this;
    var node = this.nodes[id];
    if (!node) { return; }
    this.select({ kind: "node", id: id });
    this.panel("node", id);
    this.details.appendChild(el("h2", null, node.label));
    this.details.appendChild(el("p", { class: "ng-muted ng-iri" }, (node.type || "Entity") + " \u00b7 " + id));
    if (node.altLabels && node.altLabels.length) {
      this.details.appendChild(el("p", null, "Also: " + node.altLabels.join(", ")));
    }
    if (node.articles) {
      this.details.appendChild(el("p", { class: "ng-muted" }, "Mentioned in " + node.articles +
        (node.articles === 1 ? " article" : " articles")));
    }
    if (this.options.onTimeline) {
      var button = el("button", { type: "button", class: "ng-button", id: "ng-open-timeline" },
        "Timeline of " + node.label);
      button.addEventListener("click", function () { self.options.onTimeline(id); });
      this.details.appendChild(button);
    }
    var mine = this.graph.edges(id).map(function (k) { return self.edges[k]; })
      .concat(this.actorOnly.filter(function (e) { return e.source === id; }));
    mine.sort(function (a, b) { return (a.first === null) - (b.first === null) || a.first - b.first; });
    var events = mine.filter(function (e) { return e.kind !== "relation"; });
    var relations = mine.filter(function (e) { return e.kind === "relation"; });
    [[events, " event", " events"], [relations, " relation", " relations"]].forEach(function (group) {
      if (!group[0].length) { return; }
      self.details.appendChild(el("h3", null, group[0].length + (group[0].length === 1 ? group[1] : group[2])));
      var list = el("ul", { class: "ng-edge-list" });
      group[0].forEach(function (e) {
        var item = el("li");
        var button = el("button", { type: "button", class: "ng-link", "data-id": e.id }, self.describe(e));
        if (e.visible === false) { button.classList.add("ng-hidden-by-dates"); }
        button.addEventListener("click", function () { self.showEdge(e.id); });
        item.appendChild(button);
        list.appendChild(item);
      });
      self.details.appendChild(list);
    });
  };

  /* ---- what tests and other scripts read ------------------------------------------------------------- */

  /* Viewport position of a node's centre, or null when it is hidden. */
  NewsgraphView.prototype.nodePoint = function (id) {
    var data = this.sigma.getNodeDisplayData(id);
    if (!data || data.hidden) { return null; }
    var p = this.sigma.framedGraphToViewport(data);
    return { x: p.x, y: p.y, radius: this.sigma.scaleSize(data.size) };
  };

  NewsgraphView.prototype.shownEdges = function () {
    var self = this;
    return Object.keys(this.edges).filter(function (id) { return self.edges[id].visible; });
  };

  window.NewsgraphView = NewsgraphView;
  window.newsgraphFillMentions = fillMentions;
  window.newsgraphDateBounds = dateBounds;
})();
