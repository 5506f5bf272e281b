"""Extraction: spaCy components that read an article into typed records (``newsgraph.records``).

Each stage is one module and one registered spaCy factory, so a user can add any of them to a pipeline of
their own:

- ``gazetteer``: an entity ruler over the project's gazetteer data (countries, organizations, places, titles);
- ``linking``: turns every name into one canonical entity (aliases, demonyms, capitals, titles, coreference);
- ``temporal``: finds time expressions and normalizes them to TimeML TIMEX3 against the publication date;
- ``events``: codes events with PLOVER categories, actors, recipients, modes and dates;
- ``relations``: roles, membership, territory and location relations.

``newsgraph.extract.pipeline.load_pipeline`` assembles them on top of the English model.
"""
