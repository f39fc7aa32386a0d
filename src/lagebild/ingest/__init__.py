"""Sources that yield RawDocument. The only place that reads files or the network."""
