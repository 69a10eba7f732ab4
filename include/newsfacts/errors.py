"""Every expected error of the package, in one place.

An *expected* error is one a user can act on: a missing file, a bad setting, an unreachable
landing zone, a failed quality gate. Library code raises these; the command line prints a
``UserError`` as one line naming the thing at fault (no traceback), and Airflow shows a
``GateFailed`` as the reason a task stopped. Nothing here imports another module of the
package, so every module (and the CLI) can raise and catch the very same classes without
importing the CLI.
"""


class UserError(Exception):
    """An expected failure: printed as one line naming the thing at fault, no traceback."""


class ConfigError(UserError):
    """A setting (a ``NEWSFACTS_*`` variable) has a value that cannot be used."""


class StorageError(UserError):
    """A remote landing zone failed in an expected way (unreachable, denied, misconfigured)."""


class ArchiveError(Exception):
    """A raw page in the archive is missing its key or is corrupt (hash mismatch)."""


class GateFailed(RuntimeError):
    """A quality check failed: the run must stop before publish. The message names each check."""


__all__ = ["ArchiveError", "ConfigError", "ExtractorSetupError", "GateFailed", "PageError",
           "StorageError", "UserError"]


class ExtractorSetupError(UserError):
    """The extractor cannot run here (its parse model is missing or not the locked one)."""


class PageError(ValueError):
    """A page the extractor cannot read as an article (recorded as that article's
    extract_error; the rest of the batch goes on)."""
