"""Exceptions shared across the package (kept apart from cli.py so that `python -m
newsfacts.cli` and library code raise and catch the very same classes)."""


class UserError(Exception):
    """An expected failure: printed as one line naming the thing at fault, no traceback."""
