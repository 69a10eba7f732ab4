"""The `newsfacts` command line. Subcommands import their modules lazily so that
`newsfacts --help` stays fast and never imports Airflow."""

from __future__ import annotations

import argparse
import logging
import sys

from newsfacts.errors import UserError

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
    return run_eval(args.dev_dir, gold=args.gold, errors=args.errors, by_rule=args.by_rule)


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
    return run_local(sources=args.sources, scope=scope)


def _cmd_replay(args: argparse.Namespace) -> int:
    from newsfacts.pipeline import run_replay

    try:
        return run_replay(args.since, args.until)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def _cmd_status(args: argparse.Namespace) -> int:
    from newsfacts.status import print_status

    return print_status(limit=args.limit, as_json=args.json)


def _cmd_summary(args: argparse.Namespace) -> int:
    from newsfacts.publish import print_summary

    return print_summary(path=args.published, examples=args.examples)


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

    v = sub.add_parser("eval", help="score the extractor on the shared dev set")
    v.add_argument("--dev-dir", default=None, help="default: ../shared/eval/dev from the repo")
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

    st = sub.add_parser("status", help="print the last pipeline runs and their metrics")
    st.add_argument("--limit", type=int, default=10, help="how many runs (newest first)")
    st.add_argument("--json", action="store_true", help="one JSON object per run")
    st.set_defaults(func=_cmd_status)

    s = sub.add_parser("summary", help="print what the published warehouse holds")
    s.add_argument("--published", help="published DuckDB file (default: $NEWSFACTS_PUBLISHED)")
    s.add_argument("--examples", type=int, default=3, help="example facts per mart")
    s.set_defaults(func=_cmd_summary)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("httpx", "httpcore", "great_expectations", "trafilatura", "htmldate",
                  "botocore", "aiobotocore", "s3fs", "fsspec"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"newsfacts {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
