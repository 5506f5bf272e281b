// The parts of the libraries that newsgraph's pages use (graph/assets/graph.js and timeline.js), exposed to
// them as one global, NewsgraphVendor. build.mjs bundles this file into graph/assets/vendor.js.

// The graph view: graphology holds the graph, sigma draws it with WebGL, ForceAtlas2 lays it out (in a
// worker for large graphs), and connected components are laid out on their own and packed side by side.
export { Graph, MultiDirectedGraph } from "graphology";
export { default as Sigma } from "sigma";
export { createEdgeArrowProgram } from "sigma/rendering";
export { createEdgeCurveProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
export { getCameraStateToFitViewportToNodes } from "@sigma/utils";
export { default as forceAtlas2 } from "graphology-layout-forceatlas2";
export { default as FA2Layout } from "graphology-layout-forceatlas2/worker";
export { default as noverlap } from "graphology-layout-noverlap";
export { connectedComponents } from "graphology-components";

// The timeline view: a UTC time scale and its axis, zoomed and panned by d3-zoom.
export { scaleUtc } from "d3-scale";
export { axisTop } from "d3-axis";
export { select } from "d3-selection";
export { zoom, zoomIdentity } from "d3-zoom";
export { utcFormat } from "d3-time-format";
