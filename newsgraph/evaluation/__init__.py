"""Scorers that measure newsgraph against the reference data described in QUALITY.md."""
