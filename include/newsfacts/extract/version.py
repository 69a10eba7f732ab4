"""The extractor's version: a new one makes `newsfacts replay` supersede older facts."""

EXTRACTOR_VERSION = "0.19.0"
