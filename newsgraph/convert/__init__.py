"""Converters from public lexical resources to newsgraph's own data formats.

:mod:`newsgraph.convert.petrarch` turns the PETRARCH-2 / Phoenix dictionaries (CAMEO verb patterns, actors with
dated roles, generic agents) into the lexicon and gazetteer files newsgraph ships; ``newsgraph convert petrarch``
runs it. The reading of each dictionary (``cameo_verbs``, ``phoenix_actors``) is kept apart from the decisions
of what to take (``cameo_lexicon``, ``phoenix_gazetteer``).
"""
