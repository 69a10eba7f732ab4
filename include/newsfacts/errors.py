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


class DocsError(Exception):
    """dbt's docs output is not laid out as newsfacts.dbt_docs expects (another dbt version):
    the docs are not published, the previous ones stay."""


class GateFailed(RuntimeError):
    """A quality check failed: the run must stop before publish. The message names each check."""


class HomeLocked(UserError):
    """Another run holds the home (newsfacts.lock): the message names it (run id, pid, host,
    start). Waiting and trying again is the cure, so a command exits with EXIT_LOCKED."""


class WarehouseBusy(UserError):
    """The working warehouse stayed locked by another process (a reader, usually) for longer
    than NEWSFACTS_WAREHOUSE_WAIT: the message names the process holding it."""


class NothingToDo(Exception):
    """Not an error: a step found its work already done (no new data since the last build,
    audit or publish). The DAG shows the task as skipped; `newsfacts run` carries on."""


class NothingAchieved(UserError):
    """A command was asked to do something and did none of it (every URL failed): the
    message says what, and the command exits non-zero."""


class ExtractorSetupError(UserError):
    """The extractor cannot run here (its parse model is missing or not the locked one)."""


class PageError(ValueError):
    """A page the extractor cannot read as an article (recorded as that article's
    extract_error; the rest of the batch goes on)."""


# Exit codes of the command line (README, "Exit codes"): scripts may rely on them.
EXIT_OK = 0
EXIT_FAILED = 1  # the run failed (a gate, a step) or achieved nothing it was asked to
EXIT_USAGE = 2  # an expected error an operator fixes: a setting, a missing file
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the home (or a process the working
#                   warehouse); try again later
EXIT_INTERRUPTED = 130

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE",
           "ArchiveError", "ConfigError", "DocsError", "ExtractorSetupError", "GateFailed",
           "HomeLocked", "NothingAchieved", "NothingToDo", "PageError", "StorageError",
           "UserError", "WarehouseBusy"]
