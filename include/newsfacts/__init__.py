"""newsfacts: news articles -> warehouse of statements, visits and force deployments."""

__version__ = "0.1.0"
