"""Exceptions shared across the package (kept apart from cli.py so that `python -m
newsfacts.cli` and library code raise and catch the very same classes)."""


class UserError(Exception):
    """An expected failure: printed as one line naming the thing at fault, no traceback."""


class ExtractorSetupError(UserError):
    """The extractor cannot run here (its parse model is missing or not the locked one)."""


class PageError(ValueError):
    """A page the extractor cannot read as an article (recorded as that article's
    extract_error; the rest of the batch goes on)."""
