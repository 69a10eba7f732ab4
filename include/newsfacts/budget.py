"""A CPU-time budget for one page's extraction (NEWSFACTS_EXTRACT_PAGE_SECONDS).

One hostile or pathological page (50,000 quote marks, 20 MB of text, HTML nested thousands
deep) must not stall a batch: the extract step runs each page under :func:`cpu_budget`, and a
page that spends more CPU time than the budget is stopped and recorded as that page's
extraction error (the raw-batch gate quarantines it with its reason); the batch goes on.

The budget counts the process's CPU time (``ITIMER_PROF``: a loaded machine does not make
a page late, and Airflow's own ``execution_timeout``, which uses the wall-clock timer, is
left alone). The timer interrupts Python code only in the main thread; code running off the
main thread, or a single long call into C, is not bounded by it (the task's
``execution_timeout`` still is).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator

log = logging.getLogger("newsfacts.budget")

_warned = False


class OverBudget(BaseException):
    """A page went over its CPU budget (raised inside the extractor, caught by the step).
    Derived from BaseException so the extractor's own `except Exception` cannot swallow it."""


def available() -> bool:
    return hasattr(signal, "ITIMER_PROF") and threading.current_thread() is threading.main_thread()


_RETICK = 0.05  # CPU seconds between raises once the budget is spent


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the block once it has used ``seconds`` of CPU time (0: no limit)."""
    global _warned
    if not seconds or seconds <= 0:
        yield
        return
    if not available():
        if not _warned:
            log.warning("extract: the per-page budget (%.0fs) is not enforced off the main "
                        "thread", seconds)
            _warned = True
        yield
        return
    armed = [True]

    def on_timer(signum, frame):
        # raised again on every tick until the block ends: a raise that lands where Python
        # cannot propagate it (a __del__, a callback that swallows errors) is not lost
        if armed[0]:
            raise OverBudget(f"over the extraction budget: more than {seconds:g} CPU seconds "
                             "(NEWSFACTS_EXTRACT_PAGE_SECONDS)")

    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, seconds, _RETICK)
    try:
        yield
    finally:
        while True:  # a tick landing here before the disarm must not skip the cleanup
            try:
                armed[0] = False
                break
            except OverBudget:
                continue
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous if previous is not None else signal.SIG_DFL)
