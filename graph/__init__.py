"""The graph: RDF model, the store, exports, the networkx view and drawings.

Only this package knows about RDF; it receives ``newsgraph.records.ArticleFacts`` and writes one named graph
per article.
"""
