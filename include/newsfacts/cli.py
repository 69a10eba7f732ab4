"""The `newsfacts` command line. Subcommands import their modules lazily so that
`newsfacts --help` stays fast and never imports Airflow.

Exit codes (README, "Exit codes"): 0 done (or nothing new to do), 1 the run failed (a gate,
a step) or achieved nothing it was asked to, 2 an expected error to fix (a setting, a file),
75 another run holds the home, or a process the working warehouse (try again later), 130
interrupted. An expected error is one
line naming the thing at fault and what to do; `run`, `replay` and `rebuild` keep their whole
log (dbt's included) in a log file of their own and name it when they fail.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback

from newsfacts.errors import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_LOCKED,
    EXIT_USAGE,
    GateFailed,
    HomeLocked,
    NothingAchieved,
    UserError,
    WarehouseBusy,
)
from newsfacts.sanitize import safe_message

QUIET_LOGGERS = ("httpx", "httpcore", "great_expectations", "trafilatura", "htmldate",
                 "botocore", "aiobotocore", "s3fs", "fsspec")
RUN_COMMANDS = ("run", "replay", "rebuild")

__all__ = ["build_parser", "main"]


def _disable_rules(args: argparse.Namespace) -> None:
    """Rules switched off for this run: --disable-rules, else NEWSFACTS_DISABLED_RULES."""
    from newsfacts.settings import Settings

    ids = args.disable_rules or Settings.from_env().disabled_rules
    if ids:
        from newsfacts.extract.rules import set_disabled

        set_disabled(ids)


def _cmd_extract(args: argparse.Namespace) -> int:
    from newsfacts.corpus import write_extractions

    _disable_rules(args)
    return write_extractions(args.paths, out=args.out, progress=not args.quiet)


def _cmd_eval(args: argparse.Namespace) -> int:
    from newsfacts.evaluate import run_eval

    _disable_rules(args)
    return run_eval(args.dev_dir, gold=args.gold, errors=args.errors, demo=args.demo,
                    by_rule=args.by_rule)


def _cmd_fetch(args: argparse.Namespace) -> int:
    from newsfacts.fetch.cli import run_fetch_command

    return run_fetch_command(args)


def _cmd_run(args: argparse.Namespace) -> int:
    from newsfacts.pipeline import run_local

    scope = None
    if args.from_date or args.to_date:
        from newsfacts.replay import RunScope

        if not (args.from_date and args.to_date):
            raise UserError("--from-date and --to-date go together (a data interval)")
        try:
            scope = RunScope.backfill(args.from_date, args.to_date, run_type="local")
        except ValueError as exc:
            raise UserError(str(exc)) from None
    return run_local(sources=args.sources, scope=scope, run_id=args.run_id)


def _cmd_replay(args: argparse.Namespace) -> int:
    from newsfacts.pipeline import run_replay

    try:
        return run_replay(args.since, args.until, run_id=args.run_id)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _cmd_rebuild(args: argparse.Namespace) -> int:
    from newsfacts.pipeline import run_rebuild

    return run_rebuild(run_id=args.run_id)


def _cmd_status(args: argparse.Namespace) -> int:
    from newsfacts.status import print_status

    return print_status(limit=args.limit, as_json=args.json)


def _cmd_summary(args: argparse.Namespace) -> int:
    from newsfacts.publish import print_summary

    return print_summary(path=args.published, examples=args.examples)


def _cmd_query(args: argparse.Namespace) -> int:
    from newsfacts.query import run_query

    return run_query(args.sql, published=args.published, max_rows=args.max_rows)


def _cmd_explore(args: argparse.Namespace) -> int:
    from newsfacts.explore.server import run_explorer

    return run_explorer(port=args.port, host=args.host, published=args.published)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="extract facts from .txt/.html files or folders as JSON lines")
    e.add_argument("paths", nargs="+", help="files or folders (.txt/.html with optional .json sidecar)")
    e.add_argument("--out", help="write JSON lines here instead of standard output")
    e.add_argument("--quiet", action="store_true", help="no progress on standard error")
    e.add_argument("--disable-rules", default="",
                   help="comma-separated rule ids to switch off (experiments)")
    e.set_defaults(func=_cmd_extract)

    v = sub.add_parser("eval", help="score the extractor on the shared dev set (on the "
                       "bundled demo corpus when ../shared is absent)")
    v.add_argument("--dev-dir", default=None, help="default: ../shared/eval/dev from the repo")
    v.add_argument("--demo", action="store_true",
                   help="score the bundled demo corpus against its gold (the default when "
                        "../shared/eval is absent)")
    v.add_argument("--gold", action="append", help="gold file(s); default: every gold-*.jsonl")
    v.add_argument("--errors", type=int, default=0, help="list up to N misses/false alarms")
    v.add_argument("--disable-rules", default="",
                   help="comma-separated rule ids to switch off (experiments)")
    v.add_argument("--by-rule", action="store_true",
                   help="also print each rule's precision and count (its predictions alone)")
    v.set_defaults(func=_cmd_eval)

    f = sub.add_parser("fetch", help="discover and fetch articles from the sources, without loading")
    f.add_argument("--sources", help="sources YAML (default: $NEWSFACTS_SOURCES or the demo)")
    f.add_argument("--json", action="store_true", help="one JSON object per URL attempted")
    f.set_defaults(func=_cmd_fetch)

    r = sub.add_parser("run", help="run the whole pipeline once in this process (no Airflow)")
    r.add_argument("--sources", help="sources YAML (default: $NEWSFACTS_SOURCES or the demo)")
    r.add_argument("--from-date", help="backfill: only articles published (new) or published/"
                   "fetched (archived) on/after this date...")
    r.add_argument("--to-date", help="...and before this date (the data interval's end)")
    r.set_defaults(func=_cmd_run)

    rp = sub.add_parser("replay", help="re-extract archived pages with the current extractor "
                        "and rebuild their facts, without refetching")
    rp.add_argument("--since", required=True,
                    help="articles published or fetched on/after this date (YYYY-MM-DD or ISO)")
    rp.add_argument("--until", help="...and before this date (default: no end)")
    rp.set_defaults(func=_cmd_replay)

    rb = sub.add_parser("rebuild", help="extract and load every archived page again, then "
                        "dbt build, audit and publish: a lost working warehouse comes back "
                        "whole (nothing is fetched)")
    rb.set_defaults(func=_cmd_rebuild)

    st = sub.add_parser("status", help="print the last pipeline runs and their metrics")
    st.add_argument("--limit", type=int, default=10, help="how many runs (newest first)")
    st.add_argument("--json", action="store_true", help="one JSON object per run")
    st.set_defaults(func=_cmd_status)

    s = sub.add_parser("summary", help="print what the published warehouse holds")
    s.add_argument("--published", help="published DuckDB file (default: $NEWSFACTS_PUBLISHED)")
    s.add_argument("--examples", type=int, default=3, help="example facts per mart")
    s.set_defaults(func=_cmd_summary)

    qy = sub.add_parser("query", help="run SQL on the published warehouse, read-only")
    qy.add_argument("sql", nargs="?", help="the SQL (default: read from standard input)")
    qy.add_argument("--published", help="published DuckDB file (default: $NEWSFACTS_PUBLISHED)")
    qy.add_argument("--max-rows", type=int, default=100, help="rows to print at most")
    qy.set_defaults(func=_cmd_query)

    x = sub.add_parser("explore", help="serve the explorer (a Streamlit app over the published "
                       "warehouse, read-only, offline) on http://127.0.0.1:8501/")
    x.add_argument("--port", type=int, default=8501, help="port (default 8501)")
    x.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1, loopback only)")
    x.add_argument("--published", help="published DuckDB file (default: $NEWSFACTS_PUBLISHED)")
    x.set_defaults(func=_cmd_explore)
    return p


class SafeFormatter(logging.Formatter):
    """Log lines as the terminal may show them: credentials masked, control characters
    (ANSI escapes, bidi overrides, NUL) escaped (newsfacts.sanitize)."""

    def format(self, record: logging.LogRecord) -> str:
        return safe_message(super().format(record))


def _log_file(command: str, run_id: str):
    """The run's own log file under settings.logs (every record, dbt's included)."""
    from newsfacts.runfolder import safe_name
    from newsfacts.settings import Settings

    logs = Settings.from_env().logs
    logs.mkdir(parents=True, exist_ok=True)
    return logs / f"{safe_name(run_id)}.log"


class _ConsoleFilter(logging.Filter):
    """dbt's lines and what is meant for the log file alone stay off the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith("newsfacts.dbt") or getattr(record, "file_only", 0))


def _configure_logging(log_path=None) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setFormatter(SafeFormatter("%(message)s"))
    console.addFilter(_ConsoleFilter())
    root.addHandler(console)
    if log_path is not None:
        file = logging.FileHandler(log_path, encoding="utf-8")
        file.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(file)
    for noisy in QUIET_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = None
    see = ""
    try:
        if args.command in RUN_COMMANDS:
            from newsfacts.pipeline import new_run_id

            args.run_id = new_run_id({"run": "local"}.get(args.command, args.command))
            log_path = _log_file(args.command, args.run_id)
            see = f" (see {log_path})"
        _configure_logging(log_path)
        if log_path is not None:
            logging.getLogger("newsfacts").info("run %s: log %s", args.run_id, log_path)
        return int(args.func(args) or 0)
    except (HomeLocked, WarehouseBusy) as exc:  # another process has what the run needs
        print(f"newsfacts {args.command}: {safe_message(exc)}"
              f"{see if isinstance(exc, WarehouseBusy) else ''}", file=sys.stderr)
        return EXIT_LOCKED
    except NothingAchieved as exc:
        print(f"newsfacts {args.command}: {safe_message(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except UserError as exc:
        print(f"newsfacts {args.command}: {safe_message(exc)}{see}", file=sys.stderr)
        return EXIT_USAGE
    except GateFailed as exc:  # the message names each failed check, one per line
        logging.getLogger("newsfacts").error("%s", exc, extra={"file_only": 1})
        print(f"newsfacts {args.command}: {safe_message(exc)}{see}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: its traceback goes to the run's log when there is one
        if log_path is None:
            raise
        logging.getLogger("newsfacts").error("unexpected error:\n%s", traceback.format_exc(),
                                             extra={"file_only": 1})
        print(f"newsfacts {args.command}: unexpected error {type(exc).__name__}: {safe_message(exc)}; its "
              f"traceback is in {log_path}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
