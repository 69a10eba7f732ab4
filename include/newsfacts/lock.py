"""One run per home at a time, whatever starts it: an OS-level lock under NEWSFACTS_HOME.

A *hold* says which run owns the home; the OS says whether it is still alive:

    locks/home.lock    flock'd exclusively for the moment a hold changes hands
    locks/active.lock  flock'd *shared* by every process doing a run's work right now (a
                       `newsfacts` command for its whole length, an Airflow task while it
                       runs); the kernel drops it when the process dies, however it dies
    locks/hold.json    the hold: run id, kind, pid, host, command, start, last sign of life

Two kinds of holder:

- ``process``: a command (`newsfacts run`, `replay`, `rebuild`, `fetch`, or
  newsfacts.airflow_run around `airflow dags test`) holds the home from its start to its
  end. It is alive while its process lives (pid and its start time, on this host).
- ``airflow``: a DAG run, whose tasks are separate processes, possibly on several hosts. Its
  first task (``lock``) takes the hold for the run id, every task renews it when it starts
  and ends and holds active.lock while it runs, and the teardown task (``release``) gives it
  back, whether the run succeeded or not. It is alive while one of its tasks runs, or for
  NEWSFACTS_LOCK_STALE seconds after the last one did something (the gaps between tasks).

A run that finds the home held by a live run waits up to NEWSFACTS_LOCK_WAIT seconds, then
stops with :class:`~newsfacts.errors.HomeLocked` naming the holder. A hold whose holder is
dead (a SIGKILL, a crashed host) is taken over at once, and the new holder learns which run
it replaced so that run can be marked failed (newsfacts.housekeeping).

newsfacts.airflow_run holds the home as a process and hands its token to `airflow dags
test` (NEWSFACTS_LOCK_TOKEN): the DAG run's tasks then work under the wrapper's hold.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
import socket
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.atomic import atomic_write
from newsfacts.errors import HomeLocked

log = logging.getLogger("newsfacts.lock")

HOLD = "hold.json"
GUARD = "home.lock"
ACTIVE = "active.lock"
POLL = 0.25


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _age(stamp: str | None) -> float:
    if not stamp:
        return float("inf")
    try:
        return (datetime.now(UTC) - datetime.fromisoformat(stamp)).total_seconds()
    except ValueError:
        return float("inf")


def process_start(pid: int) -> str | None:
    """The start time of a process (clock ticks since boot, /proc/<pid>/stat field 22): a pid
    reused by another process after a kill has another start time."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]


def pid_alive(pid: int, start: str | None = None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, as another user
    return start is None or process_start(pid) in (None, start)


@dataclass(frozen=True)
class Hold:
    """Who holds a home."""

    run_id: str | None
    kind: str  # "process" | "airflow"
    pid: int
    host: str
    command: str
    started_at: str
    beat_at: str
    pid_start: str | None = None
    token: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        who = f"run {self.run_id}" if self.run_id else "a run"
        if self.kind == "airflow":
            return (f"{who} (Airflow DAG run, last task on {self.host} pid {self.pid}, started "
                    f"{self.started_at[:19].replace('T', ' ')} UTC, last sign of life "
                    f"{_age(self.beat_at):.0f}s ago)")
        return (f"{who} ({self.command}, pid {self.pid} on {self.host}, started "
                f"{self.started_at[:19].replace('T', ' ')} UTC)")


class HomeLock:
    """The lock of one home (settings.locks)."""

    def __init__(self, settings):
        self.settings = settings
        self.dir = Path(settings.locks)
        self.host = socket.gethostname()

    # --- files -------------------------------------------------------------------------
    @contextlib.contextmanager
    def _flock(self, name: str, mode: int) -> Iterator[int]:
        self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.dir / name, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, mode)
            yield fd
        finally:
            os.close(fd)  # closing the descriptor drops the lock

    def _read(self) -> Hold | None:
        try:
            data = json.loads((self.dir / HOLD).read_text())
            return Hold(**{k: data.get(k) for k in Hold.__dataclass_fields__})
        except (OSError, ValueError, TypeError):
            return None  # none, or torn by a crash: nobody holds the home

    def _write(self, hold: Hold) -> None:
        atomic_write(self.dir / HOLD, json.dumps(asdict(hold), indent=1).encode())

    def _clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.dir / HOLD).unlink()

    def active(self) -> bool:
        """Is some process doing a run's work right now (holding active.lock)?"""
        try:
            fd = os.open(self.dir / ACTIVE, os.O_RDWR)
        except FileNotFoundError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)
        return False

    # --- who holds it ------------------------------------------------------------------
    def holder(self) -> Hold | None:
        """The current hold, alive or not."""
        return self._read()

    def alive(self, hold: Hold) -> bool:
        if hold.kind == "process" and hold.host == self.host:
            return pid_alive(int(hold.pid), hold.pid_start)
        return self.active() or _age(hold.beat_at) < self.settings.lock_stale

    def live_run(self) -> str | None:
        """The run id of the live holder, if any (newsfacts status shows it as running)."""
        hold = self.holder()
        return hold.run_id if hold is not None and self.alive(hold) else None

    def _new(self, run_id: str | None, kind: str, command: str,
             token: str | None = None) -> Hold:
        pid = os.getpid()
        now = _now()
        return Hold(run_id, kind, pid, self.host, command, now, now, process_start(pid), token)

    def _busy(self, hold: Hold, wait: float) -> HomeLocked:
        tail = (f"waited {wait:.0f}s; " if wait else "") + (
            "wait for it to finish, or set NEWSFACTS_LOCK_WAIT=SECONDS to wait for it")
        if hold.kind == "airflow":
            tail += (f" (a dead DAG run's hold lapses {self.settings.lock_stale:.0f}s after "
                     "its last sign of life, NEWSFACTS_LOCK_STALE)")
        return HomeLocked(f"home {self.settings.home} is in use by {hold.describe()}: {tail}")

    def _take(self, want: Hold, mine, wait: float | None = None) -> Hold | None:
        """Take the home for ``want`` (waiting up to ``wait``, default lock_wait, for a live
        holder): returns the dead hold it replaced, if any. ``mine(hold)``: a hold already
        ours (renewed)."""
        wait = self.settings.lock_wait if wait is None else wait
        deadline = time.monotonic() + wait
        said = False
        while True:
            with self._flock(GUARD, fcntl.LOCK_EX):
                cur = self._read()
                if cur is None or mine(cur):
                    self._write(want if cur is None else self._renewed(cur, want))
                    return None
                if not self.alive(cur):
                    log.warning("lock: taking over home %s from %s, which is dead",
                                self.settings.home, cur.describe())
                    self._write(want)
                    return cur
            if time.monotonic() >= deadline:
                raise self._busy(cur, wait)
            if not said:
                log.info("lock: home %s is in use by %s; waiting up to %.0fs",
                         self.settings.home, cur.describe(), wait)
                said = True
            time.sleep(POLL)

    @staticmethod
    def _renewed(cur: Hold, want: Hold) -> Hold:
        return replace(cur, run_id=want.run_id or cur.run_id, beat_at=_now(),
                       pid=want.pid if cur.kind == "airflow" else cur.pid,
                       host=want.host if cur.kind == "airflow" else cur.host,
                       pid_start=want.pid_start if cur.kind == "airflow" else cur.pid_start)

    # --- a command that holds the home from start to end -----------------------------------
    @contextlib.contextmanager
    def hold(self, run_id: str | None, command: str) -> Iterator[tuple[Hold, Hold | None]]:
        """Hold the home for this process: (the hold, the dead hold it replaced or None).
        Released when the block ends; a killed process's hold dies with it."""
        token = secrets.token_hex(8)
        want = self._new(run_id, "process", command, token)
        replaced = self._take(want, lambda cur: False)
        try:
            with self._flock(ACTIVE, fcntl.LOCK_SH):
                yield want, replaced
        finally:
            with self._flock(GUARD, fcntl.LOCK_EX):
                cur = self._read()
                if cur is not None and cur.token == token:
                    self._clear()

    # --- the tasks of an Airflow DAG run ----------------------------------------------------
    def _task_mine(self, run_id: str):
        token = self.settings.lock_token

        def mine(cur: Hold) -> bool:
            return (cur.kind == "airflow" and cur.run_id == run_id) or \
                (token is not None and cur.token == token)
        return mine

    def take_for_run(self, run_id: str, command: str = "airflow") -> Hold | None:
        """The DAG run's first task: take (or confirm) the home for ``run_id``; returns the
        dead hold it replaced, if any. Raises HomeLocked if a live run holds it."""
        return self._take(self._new(run_id, "airflow", command), self._task_mine(run_id))

    @contextlib.contextmanager
    def task(self, run_id: str) -> Iterator[None]:
        """One task of the DAG run ``run_id``: the run must hold the home (it is renewed);
        active.lock is held while the task runs, and the hold renewed again at its end."""
        mine = self._task_mine(run_id)
        want = self._new(run_id, "airflow", "airflow")
        with self._flock(ACTIVE, fcntl.LOCK_SH):
            # mid-run, another live run holding the home means this run lost it: stop now
            self._take(want, mine, wait=0.0)
            try:
                yield
            finally:
                with contextlib.suppress(HomeLocked, OSError):
                    self._take(want, mine, wait=0.0)

    def release_run(self, run_id: str) -> bool:
        """The DAG run's teardown: give the home back if this run holds it (a wrapper's hold,
        newsfacts.airflow_run, is the wrapper's to release). True if released."""
        with self._flock(GUARD, fcntl.LOCK_EX):
            cur = self._read()
            if cur is not None and cur.kind == "airflow" and cur.run_id == run_id:
                self._clear()
                return True
        return False


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive flock on ``path`` for the block (e.g. `airflow db migrate`, which two
    processes must not run at once on one metadata database)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
