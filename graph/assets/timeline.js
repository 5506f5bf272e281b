/* newsgraph timeline view: one entity's events (or a query's dated rows) along a time axis that zooms and pans,
 * drawn with d3 (scale, axis, zoom; graph/assets/vendor.js bundles them).
 *
 * One row per event, in date order, so no label is ever printed over another: on the left what happened (date,
 * category, the other party), on the right where it falls in time. A date is drawn as what it is: a day as a
 * point, a month or a year (or a week, a quarter...) as a band over its whole span, and a date known only as
 * the day an article reported the event as an upper bound (a bar at that day with an arrow into the past).
 * Clicking a row shows its sentences and articles. Every name and sentence is put into the page with
 * textContent, never as HTML.
 *
 * Events: [{id, label (category), source, sourceLabel, target, targetLabel, date, earliest, latest, precision,
 * mode, disputed, mentions?}]; options: {style, loadDetails?(event) -> Promise of mentions}.
 */
(function () {
  "use strict";

  var V = window.NewsgraphVendor;
  var DAY_MS = 86400000;
  var ROW = 28;            // row height, pixels
  var AXIS = 30;           // axis height
  var LABEL_WIDTH = 430;   // the text column

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); }); }
    return node;
  }

  function dayOf(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : null;
  }

  /* How an event's date is drawn: a point, a band, an upper bound, or nothing (no date). */
  function shapeOf(e) {
    var first = dayOf(e.earliest), last = dayOf(e.latest);
    if (first === null && last === null) { return { kind: "none" }; }
    if (first === null) { return { kind: "bound", last: last }; }
    if (last === null) { last = first; }
    return first === last ? { kind: "point", first: first, last: last } : { kind: "band", first: first, last: last };
  }

  function whenText(e, shape) {
    if (shape.kind === "none") { return "date not known"; }
    if (shape.kind === "bound") { return "by " + e.latest; }
    return e.date || e.earliest;
  }

  /* The stretches of time the events fall in: dates closer than a tenth of the whole span (or two months) share
   * one; the empty years between stretches are cut out of the axis, so that the width goes to the events. */
  function segmentsOf(dated) {
    var spans = dated.map(function (e) {
      var s = e.shape;
      return s.kind === "bound" ? [s.last - 1, s.last + 1] : [s.first, s.last + 1];
    }).sort(function (a, b) { return a[0] - b[0]; });
    if (!spans.length) {
      var today = Date.UTC(2000, 0, 1) / DAY_MS;
      return [[today, today + 365]];
    }
    var whole = Math.max(1, spans[spans.length - 1][1] - spans[0][0]);
    var gap = Math.max(60, whole * 0.1);
    var clusters = [[spans[0][0], spans[0][1]]];
    spans.slice(1).forEach(function (span) {
      var last = clusters[clusters.length - 1];
      if (span[0] - last[1] > gap) { clusters.push([span[0], span[1]]); } else { last[1] = Math.max(last[1], span[1]); }
    });
    return clusters.map(function (c) {
      // Room on either side, and at least a month in view.
      var pad = Math.max(12, (c[1] - c[0]) * 0.05, (30 - (c[1] - c[0])) / 2);
      return [c[0] - pad, c[1] + pad];
    });
  }

  var BREAK = 26;  // pixels the axis gives a cut-out stretch of empty time

  function NewsgraphTimeline(root, options) {
    this.root = root;
    this.options = options || {};
    this.style = Object.assign({ categories: {}, event: "#8b939c", relation: "#a58fc4", disputed: "#e39b00" },
      this.options.style || {});
    this.root.classList.add("ng-timeline");
  }

  NewsgraphTimeline.prototype.colour = function (e) {
    if (e.disputed) { return this.style.disputed; }
    if (e.kind === "relation") { return this.style.relation; }
    return this.style.categories[e.label] || this.style.event;
  };

  /* Draw ``events`` under the title ``title`` (replacing what was shown). */
  NewsgraphTimeline.prototype.show = function (title, events) {
    var self = this;
    this.root.textContent = "";
    this.events = events.map(function (e) { return Object.assign({ shape: shapeOf(e) }, e); });
    this.events.sort(function (a, b) {
      var ka = a.shape.kind === "none" ? Infinity : (a.shape.first !== undefined ? a.shape.first : a.shape.last);
      var kb = b.shape.kind === "none" ? Infinity : (b.shape.first !== undefined ? b.shape.first : b.shape.last);
      return ka - kb || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
    });

    var head = el("div", { class: "ng-tl-head" });
    head.appendChild(el("h2", { id: "ng-tl-title" }, title));
    var count = this.events.length;
    head.appendChild(el("span", { class: "ng-muted", id: "ng-tl-count" }, count + (count === 1 ? " event" : " events")));
    var legend = el("span", { class: "ng-tl-legend ng-muted" });
    [["ng-tl-key-point", "a day"], ["ng-tl-key-band", "a month, a year\u2026 (its whole span)"],
      ["ng-tl-key-bound", "reported by that day (on or before)"]].forEach(function (k) {
      var item = el("span", { class: "ng-legend-item" });
      item.appendChild(el("span", { class: k[0] }));
      item.appendChild(document.createTextNode(k[1]));
      legend.appendChild(item);
    });
    head.appendChild(legend);
    var fit = el("button", { type: "button", class: "ng-button", id: "ng-tl-fit", title: "Show every date" }, "Fit");
    fit.addEventListener("click", function () { self.fit(); });
    head.appendChild(fit);
    this.root.appendChild(head);

    var body = el("div", { class: "ng-tl-body" });
    var main = el("div", { class: "ng-tl-main" });
    this.axisHost = svg("svg", { class: "ng-tl-axis", height: AXIS });
    var scroller = el("div", { class: "ng-tl-scroll" });
    var list = el("ol", { class: "ng-tl-rows", id: "ng-tl-rows" });
    this.plot = svg("svg", { class: "ng-tl-plot", height: Math.max(1, count) * ROW });
    this.events.forEach(function (e, i) {
      var row = el("li", { class: "ng-tl-row", "data-event": e.id, "data-precision": e.precision || "",
        tabindex: "0" });
      row.style.height = ROW + "px";
      row.appendChild(el("span", { class: "ng-tl-when" }, whenText(e, e.shape)));
      var chip = el("span", { class: "ng-tl-category" }, e.label);
      chip.style.borderColor = self.colour(e);
      chip.style.color = self.colour(e);
      row.appendChild(chip);
      row.appendChild(el("span", { class: "ng-tl-who" }, self.partyText(e)));
      row.title = self.partyText(e);
      row.addEventListener("click", function () { self.select(e); });
      row.addEventListener("keydown", function (event) { if (event.key === "Enter") { self.select(e); } });
      list.appendChild(row);
      e.row = row;
      e.mark = self.mark(e, i);
    });
    scroller.appendChild(list);
    var plotHost = el("div", { class: "ng-tl-plot-host" });
    plotHost.appendChild(this.plot);
    scroller.appendChild(plotHost);
    main.appendChild(this.axisHost);
    main.appendChild(scroller);
    body.appendChild(main);
    this.details = el("aside", { class: "ng-details", id: "ng-tl-details" });
    this.details.appendChild(el("p", { class: "ng-muted" }, "Click an event to read the sentences behind it."));
    body.appendChild(this.details);
    this.root.appendChild(body);
    this.plotHost = plotHost;

    this.segments = segmentsOf(this.events.filter(function (e) { return e.shape.kind !== "none"; }));
    this.transform = V.zoomIdentity;
    this.zoom = V.zoom().scaleExtent([0.2, 20000]).on("zoom", function (event) {
      self.transform = event.transform;
      self.redraw();
    });
    V.select(plotHost).call(this.zoom);
    this.resize();
    if (!this.resizeBound) {
      this.resizeBound = true;
      window.addEventListener("resize", function () { if (self.root.offsetParent !== null) { self.resize(); } });
    }
  };

  /* The other party, with an arrow: → the entity acted on it, ← it acted on the entity (the entity given by IRI
   * as `entity`, or by name as `entityLabel`). */
  NewsgraphTimeline.prototype.partyText = function (e) {
    var o = this.options;
    var isSource = (o.entity && e.source === o.entity) || (o.entityLabel && e.sourceLabel === o.entityLabel);
    var isTarget = (o.entity && e.target === o.entity) || (o.entityLabel && e.targetLabel === o.entityLabel);
    if (isSource) {
      return "\u2192 " + (e.target ? e.targetLabel : "(no recipient)") + (e.topic ? " (topic)" : "") +
        (e.mode ? " \u00b7 " + e.mode : "") + (e.disputed ? " \u00b7 disputed" : "");
    }
    if (isTarget) {
      return "\u2190 " + e.sourceLabel + (e.mode ? " \u00b7 " + e.mode : "") + (e.disputed ? " \u00b7 disputed" : "");
    }
    return e.sourceLabel + " \u2192 " + (e.targetLabel || "(no recipient)") + (e.mode ? " \u00b7 " + e.mode : "") +
      (e.disputed ? " \u00b7 disputed" : "");
  };

  NewsgraphTimeline.prototype.mark = function (e, i) {
    var self = this;
    var y = i * ROW + ROW / 2;
    var colour = this.colour(e);
    var g = svg("g", { class: "ng-tl-mark", "data-event": e.id });
    var title = svg("title");
    title.textContent = e.label + " \u00b7 " + whenText(e, e.shape) + " \u00b7 " + this.partyText(e);
    g.appendChild(title);
    if (e.shape.kind === "point") {
      g.appendChild(svg("circle", { class: "ng-tl-point", cy: y, r: 5.5, fill: colour,
        "data-precision": e.precision || "day" }));
    } else if (e.shape.kind === "band") {
      g.appendChild(svg("rect", { class: "ng-tl-band", y: y - 7, height: 14, rx: 3, fill: colour,
        "fill-opacity": 0.3, stroke: colour, "data-precision": e.precision || "" }));
    } else if (e.shape.kind === "bound") {
      g.appendChild(svg("line", { class: "ng-tl-bound-line", y1: y, y2: y, stroke: colour,
        "stroke-dasharray": "4 3" }));
      g.appendChild(svg("path", { class: "ng-tl-bound-arrow", fill: colour }));
      g.appendChild(svg("line", { class: "ng-tl-bound", y1: y - 8, y2: y + 8, stroke: colour, "stroke-width": 3 }));
    }
    if (e.mode) { g.setAttribute("opacity", "0.5"); }
    g.addEventListener("click", function () { self.select(e); });
    this.plot.appendChild(g);
    return g;
  };

  NewsgraphTimeline.prototype.resize = function () {
    var width = Math.max(200, this.plotHost.getBoundingClientRect().width);
    this.width = width;
    this.plot.setAttribute("width", width);
    this.axisHost.setAttribute("width", width);
    this.axisHost.style.marginLeft = LABEL_WIDTH + "px";
    // One piece of the axis per stretch of time, as wide as the mean of its share of the time shown and its
    // share of the events, with a short break between pieces.
    var segments = this.segments;
    var usable = width - 16 - BREAK * (segments.length - 1);
    var lengths = segments.map(function (g) { return g[1] - g[0]; });
    var total = lengths.reduce(function (a, b) { return a + b; }, 0);
    var counts = segments.map(function () { return 0; });
    this.events.forEach(function (e) {
      var day = e.shape.kind === "none" ? null : e.shape.last;
      segments.forEach(function (g, i) { if (day !== null && day >= g[0] && day <= g[1]) { counts[i]++; } });
    });
    var dated = Math.max(1, counts.reduce(function (a, b) { return a + b; }, 0));
    var shares = lengths.map(function (l, i) { return (l / total + counts[i] / dated) / 2; });
    var shareSum = shares.reduce(function (a, b) { return a + b; }, 0);
    var domain = [], range = [], at = 8;
    segments.forEach(function (g, i) {
      if (i > 0) { at += BREAK; }
      domain.push(new Date(g[0] * DAY_MS), new Date(g[1] * DAY_MS));
      range.push(at, at + usable * shares[i] / shareSum);
      at += usable * shares[i] / shareSum;
    });
    this.base = V.scaleUtc().domain(domain).range(range);
    this.zoom.extent([[0, 0], [width, 1]]).translateExtent([[-width * 2, 0], [width * 3, 1]]);
    this.redraw();
  };

  NewsgraphTimeline.prototype.fit = function () {
    V.select(this.plotHost).call(this.zoom.transform, V.zoomIdentity);
  };

  NewsgraphTimeline.prototype.redraw = function () {
    if (!this.base) { return; }
    // The zoom moves and stretches the axis' range (rescaleX would move its cut points instead).
    var t = this.transform;
    var x = this.base.copy().range(this.base.range().map(function (r) { return t.applyX(r); }));
    this.x = x;
    // Ticks for each stretch on its own (one scale's ticks would crowd into the breaks).
    var width = this.width, values = [], labels = new Map(), breaks = [];
    this.segments.forEach(function (g, i) {
      var a = new Date(g[0] * DAY_MS), b = new Date(g[1] * DAY_MS);
      var left = Math.max(0, x(a)), right = Math.min(width, x(b));
      if (i > 0) { breaks.push(x(a) - BREAK / 2); }
      if (right - left < 30) { return; }
      var part = V.scaleUtc().domain([x.invert(left), x.invert(right)]).range([left, right]);
      var count = Math.max(1, Math.floor((right - left) / 100));
      var format = part.tickFormat(count);
      part.ticks(count).forEach(function (t) { values.push(t); labels.set(+t, format(t)); });
    });
    var axis = V.axisTop(x).tickValues(values).tickFormat(function (t) { return labels.get(+t); }).tickSizeOuter(0);
    var host = V.select(this.axisHost);
    host.selectAll("g").remove();
    host.append("g").attr("transform", "translate(0," + (AXIS - 1) + ")").call(axis);
    var cut = host.append("g").attr("class", "ng-tl-breaks");
    var plotBreaks = V.select(this.plot).selectAll("line.ng-tl-break").data(breaks);
    plotBreaks.exit().remove();
    plotBreaks.enter().append("line").attr("class", "ng-tl-break").merge(plotBreaks)
      .attr("x1", function (d) { return d; }).attr("x2", function (d) { return d; })
      .attr("y1", 0).attr("y2", this.events.length * ROW);
    breaks.forEach(function (bx) {
      // The axis' break mark: two slanted strokes where empty time is cut out.
      cut.append("path").attr("d", "M " + (bx - 5) + " " + (AXIS + 4) + " l 4 -10 M " + (bx + 1) + " " + (AXIS + 4) +
        " l 4 -10").attr("stroke", "#6a717a").attr("fill", "none");
      cut.append("rect").attr("x", bx - 3).attr("y", AXIS - 3).attr("width", 6).attr("height", 4)
        .attr("fill", "#fff");
    });
    this.events.forEach(function (e, i) {
      var s = e.shape, y = i * ROW + ROW / 2;
      if (s.kind === "point") {
        e.mark.querySelector("circle").setAttribute("cx", x(new Date((s.first + 0.5) * DAY_MS)));
      } else if (s.kind === "band") {
        var x0 = x(new Date(s.first * DAY_MS)), x1 = x(new Date((s.last + 1) * DAY_MS));
        var rect = e.mark.querySelector("rect");
        rect.setAttribute("x", Math.min(x0, x1 - 3));
        rect.setAttribute("width", Math.max(3, x1 - x0));
      } else if (s.kind === "bound") {
        var xb = x(new Date((s.last + 1) * DAY_MS));
        var tail = Math.max(24, Math.min(60, xb - 4));
        var lines = e.mark.querySelectorAll("line");
        lines[0].setAttribute("x1", xb - tail); lines[0].setAttribute("x2", xb);
        lines[1].setAttribute("x1", xb); lines[1].setAttribute("x2", xb);
        e.mark.querySelector("path").setAttribute("d", "M " + (xb - tail - 7) + " " + y + " L " + (xb - tail + 1) +
          " " + (y - 5) + " L " + (xb - tail + 1) + " " + (y + 5) + " Z");
      }
    });
  };

  NewsgraphTimeline.prototype.select = function (e) {
    var self = this;
    this.events.forEach(function (other) { other.row.classList.toggle("ng-tl-selected", other === e); });
    this.details.textContent = "";
    this.details.setAttribute("data-id", e.id);
    var head = el("h2", null, e.sourceLabel + " \u2192 " + (e.targetLabel || "(no recipient)"));
    this.details.appendChild(head);
    if (e.disputed) {
      this.details.appendChild(el("p", { class: "ng-disputed" }, "Disputed: the articles disagree about this event."));
    }
    var facts = el("dl", { class: "ng-facts" });
    var when = whenText(e, e.shape);
    if (e.shape.kind === "band") { when += " (" + e.earliest + " to " + e.latest + ")"; }
    if (e.shape.kind === "bound") { when = "on or before " + e.latest + " (the day it was reported)"; }
    [["What", e.label], ["When", when], ["Mode", e.mode || "plain fact"]].forEach(function (pair) {
      facts.appendChild(el("dt", null, pair[0]));
      facts.appendChild(el("dd", null, pair[1]));
    });
    this.details.appendChild(facts);
    var list = el("div", { class: "ng-mentions", id: "ng-tl-mentions" });
    this.details.appendChild(list);
    if (e.mentions && e.mentions.length) {
      window.newsgraphFillMentions(list, e.mentions);
    } else if (this.options.loadDetails) {
      list.appendChild(el("p", { class: "ng-muted" }, "Loading the sentences\u2026"));
      Promise.resolve(this.options.loadDetails(e)).then(function (mentions) {
        list.textContent = "";
        window.newsgraphFillMentions(list, mentions || []);
      }, function (error) {
        list.textContent = "";
        list.appendChild(el("p", { class: "ng-error" }, String(error && error.message || error)));
      });
    } else {
      window.newsgraphFillMentions(list, []);
    }
    if (e.row.scrollIntoView) { e.row.scrollIntoView({ block: "nearest" }); }
    void self;
  };

  /* The events of one entity in a page's graph data (as newsgraph viz embeds it): as actor, or as recipient. */
  NewsgraphTimeline.eventsOf = function (data, entity) {
    var labels = {};
    (data.nodes || []).forEach(function (n) { labels[n.id] = n.label; });
    return (data.edges || []).concat(data.actorOnly || []).filter(function (e) {
      return e.kind !== "relation" && (e.source === entity || (e.target === entity && !e.topic));
    }).map(function (e) {
      return Object.assign({}, e, { sourceLabel: labels[e.source] || e.source,
        targetLabel: e.target ? labels[e.target] || e.target : null });
    });
  };

  window.NewsgraphTimeline = NewsgraphTimeline;
})();
