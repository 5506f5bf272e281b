"""`newsgraph push` (being written)."""
