"""Analysers: entities, quotes, key points, the main event, tags. Each is a pipeline stage."""
