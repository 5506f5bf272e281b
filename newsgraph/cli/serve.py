"""`newsgraph serve` (being written)."""
