"""The quality suites, kept as code: every check the gate runs is declared in this file.

Two severities:

- QUARANTINE (row level): the rows that break the check are the problem, not the batch.
  Their articles are set aside in raw.quarantine with the reason, and the rest of the batch
  is loaded. The expectation's `mostly` is the tolerance: when more than (1 - mostly) of a
  batch's articles break it, the batch itself is bad (an extractor or a source broke), and
  the check becomes a set-level failure (for batches of MIN_ARTICLES_FOR_COLLAPSE articles
  or more: in a smaller batch, such as the tail of an hourly run, they are quarantined).
- STOP (set level): schema, keys, volumes, freshness, value ranges on the marts. A failure
  stops the run before publish and fails the Airflow task, naming each failed check, its
  observed value and sample offending rows.

To add a check: append `quarantine(...)` or `stop(...)` to the right suite below (a fact
mart's own checks: `fact_checks` in mart_suites; every registered fact type, see
newsfacts.facts, gets its key checks on the raw batch and its volume and key checks on its
mart without being named here). Values that
change per run (the volume floor, the freshness cut-off, the batch's article ids) are GX
suite parameters, `{"$PARAMETER": name}`, filled in by newsfacts.quality.raw / .marts.
Great Expectations is imported only when a suite is built (it takes seconds to import).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsfacts.facts import FACT_TYPES

QUARANTINE = "quarantine"
STOP = "stop"

# --- thresholds (named here so a reader sees them next to the checks that use them) ---
MIN_TEXT_CHARS = 100            # shorter "articles" are stubs, paywalls or extraction failures
MAX_DAYS_AHEAD = 1.0            # publication dates may run ahead of UTC by time zones, not more
URL_REGEX = r"^(?:https?://[A-Za-z0-9.\[\]:-]+(?:[/?#]\S*)?|file:///\S+)$"
QUARANTINE_TOLERANCE = 0.5      # a batch with more bad articles than this share is rejected
MIN_ARTICLES_FOR_COLLAPSE = 5   # ... if it has at least this many (else they are quarantined)
MAX_FORCE_SIZE = 5_000_000      # troop sizes must be > 0 and < this
MIN_SPEAKER_SHARE = 0.8         # share of statements with a speaker name
MIN_RESOLVED_SPEAKER_SHARE = 0.6  # share of statements whose speaker resolved to an actor
VOLUME_FLOOR = 0.5              # a mart may not shrink below this share of its recent median
VOLUME_HISTORY_RUNS = 5         # ... over the last N runs that passed the gate
FRESHNESS_HOURS = 72            # the newest loaded article must be younger than this

VISIT_STATUSES = ["completed", "ongoing", "planned", "possible", "cancelled"]
DEPLOYMENT_STATUSES = ["deployed", "ordered", "planned", "withdrawn"]
QUALIFIERS = ["exact", "approx", "at_least", "at_most", "vague"]
STATEMENT_KINDS = ["direct", "indirect"]


@dataclass(frozen=True)
class Check:
    """One expectation, how bad its failure is, and what a failure means in words."""

    expectation: Any  # a great_expectations.expectations.* instance
    severity: str
    reason: str


def quarantine(expectation, reason: str) -> Check:
    return Check(expectation, QUARANTINE, reason)


def stop(expectation, reason: str) -> Check:
    return Check(expectation, STOP, reason)


def _E():
    import great_expectations as gx

    return gx.expectations


# Which column identifies a row in each suite's frame: failed rows are reported (and raw
# articles quarantined) by these keys.
RAW_KEYS = {"articles": ["article_id", "published"], "sentences": ["article_id", "sentence_idx"],
            "actors": ["article_id", "actor_key"],
            **{ft.table: ["article_id", "fact_idx"] for ft in FACT_TYPES}}
MART_KEYS = {"dim_article": ["article_key"], "dim_actor": ["actor_key"],
             **{ft.mart: [ft.mart_key] for ft in FACT_TYPES}}


def raw_batch_suites() -> dict[str, list[Check]]:
    """Checks on one extract batch, read from its Parquet files before anything is loaded.

    The schema of every file is checked first against newsfacts.records.SCHEMAS (missing,
    extra or mistyped columns: STOP), see newsfacts.quality.raw.check_schema. The articles
    frame carries two derived columns, `days_ahead` (publication date minus now, in days)
    and `facts_in_unread_language` (actor and fact rows of an article whose language the
    extractor does not read; see newsfacts.quality.raw.prepare_articles).
    """
    E = _E()
    tol = QUARANTINE_TOLERANCE
    in_batch = {"$PARAMETER": "batch_article_ids"}

    def fact_keys(table: str, idx: str) -> list[Check]:
        return [
            stop(E.ExpectCompoundColumnsToBeUnique(column_list=["article_id", idx]),
                 f"duplicate {table} keys (article_id, {idx})"),
            stop(E.ExpectColumnValuesToBeInSet(column="article_id", value_set=in_batch),
                 f"{table} rows for an article that is not in the batch"),
        ]

    return {
        "articles": [
            stop(E.ExpectColumnValuesToNotBeNull(column="article_id"), "article without a key"),
            stop(E.ExpectColumnValuesToBeUnique(column="article_id"),
                 "the same article twice in one batch"),
            quarantine(E.ExpectColumnValuesToBeNull(column="extract_error", mostly=tol),
                       "the extractor failed on this article"),
            quarantine(E.ExpectColumnValuesToNotBeNull(column="body_text", mostly=tol),
                       "no article text"),
            quarantine(E.ExpectColumnValueLengthsToBeBetween(
                column="body_text", min_value=MIN_TEXT_CHARS, mostly=tol),
                f"article text shorter than {MIN_TEXT_CHARS} characters"),
            # pages in a language the extractor does not read are articles without facts
            # (fetch/language.py); facts on one mean it went through the English rules
            quarantine(E.ExpectColumnValuesToBeBetween(
                column="facts_in_unread_language", max_value=0, mostly=tol),
                "facts from an article in a language the extractor does not read"),
            quarantine(E.ExpectColumnValuesToNotBeNull(column="url", mostly=tol), "no URL"),
            quarantine(E.ExpectColumnValuesToMatchRegex(column="url", regex=URL_REGEX,
                                                        mostly=tol),
                       "malformed URL"),
            quarantine(E.ExpectColumnValuesToBeBetween(
                column="days_ahead", max_value=MAX_DAYS_AHEAD, mostly=tol),
                "publication date in the future"),
        ],
        "sentences": fact_keys("sentences", "sentence_idx"),
        "actors": fact_keys("actors", "actor_key"),
        **{ft.table: fact_keys(ft.table, "fact_idx") for ft in FACT_TYPES},
    }


def mart_suites() -> dict[str, list[Check]]:
    """Checks on the marts dbt just built, before they are published. All are set level.

    Parameters: `min_rows` (the volume floor from audit.mart_volumes, 0 without history) per
    mart, and `fresh_since` (now minus FRESHNESS_HOURS).
    """
    E = _E()

    def volume() -> Check:  # a new instance per suite: GX binds an expectation to its suite
        return stop(E.ExpectTableRowCountToBeBetween(min_value={"$PARAMETER": "min_rows"}),
                    f"volume collapse: fewer rows than {VOLUME_FLOOR:.0%} of the median of "
                    f"the last {VOLUME_HISTORY_RUNS} passing runs")

    def key(column: str) -> list[Check]:
        return [stop(E.ExpectColumnValuesToNotBeNull(column=column), f"null key {column}"),
                stop(E.ExpectColumnValuesToBeUnique(column=column), f"duplicate key {column}")]

    # the checks of each fact type's mart besides volume and key (by fact type name)
    fact_checks = {
        "statement": [
            stop(E.ExpectColumnValuesToNotBeNull(column="article_key"), "orphan statement"),
            stop(E.ExpectColumnValuesToNotBeNull(column="quote_text"), "statement without text"),
            stop(E.ExpectColumnValuesToBeInSet(column="statement_kind",
                                               value_set=STATEMENT_KINDS),
                 "unknown statement kind"),
            # extraction sanity: most statements must name who said them ...
            stop(E.ExpectColumnValuesToNotBeNull(column="speaker", mostly=MIN_SPEAKER_SHARE),
                 "too few statements with a speaker"),
            # ... and most of those speakers must resolve to an actor of the article
            stop(E.ExpectColumnValuesToNotBeNull(column="speaker_actor_key",
                                                 mostly=MIN_RESOLVED_SPEAKER_SHARE),
                 "too few statements with a resolved speaker"),
            stop(E.ExpectColumnValuesToNotBeNull(column="sentence"),
                 "statement without provenance sentence"),
        ],
        "visit": [
            stop(E.ExpectColumnValuesToNotBeNull(column="traveller"), "visit without traveller"),
            stop(E.ExpectColumnValuesToNotBeNull(column="destination"),
                 "visit without destination"),
            stop(E.ExpectColumnValuesToBeInSet(column="visit_status", value_set=VISIT_STATUSES),
                 "unknown visit status"),
        ],
        "deployment": [
            stop(E.ExpectColumnValuesToBeBetween(column="force_size", min_value=1,
                                                 max_value=MAX_FORCE_SIZE - 1),
                 f"impossible force size (must be > 0 and < {MAX_FORCE_SIZE:,})"),
            stop(E.ExpectColumnValuesToBeInSet(column="size_qualifier", value_set=QUALIFIERS),
                 "unknown size qualifier"),
            stop(E.ExpectColumnValuesToBeInSet(column="deployment_status",
                                               value_set=DEPLOYMENT_STATUSES),
                 "unknown deployment status"),
            stop(E.ExpectColumnValuesToNotBeNull(column="actor", mostly=0.8),
                 "too few deployments with an actor"),
        ],
    }
    return {
        "dim_article": [
            stop(E.ExpectTableRowCountToBeBetween(min_value=1), "no articles at all"),
            volume(), *key("article_key"),
            stop(E.ExpectColumnValuesToNotBeNull(column="url"), "article without URL"),
            stop(E.ExpectColumnValuesToMatchRegex(column="url", regex=URL_REGEX),
                 "malformed URL"),
            stop(E.ExpectColumnValuesToNotBeNull(column="extractor_version"),
                 "fact without extractor version"),
            stop(E.ExpectColumnMaxToBeBetween(column="loaded_at",
                                              min_value={"$PARAMETER": "fresh_since"}),
                 f"stale: nothing loaded in the last {FRESHNESS_HOURS} hours"),
        ],
        "dim_actor": [
            volume(), *key("actor_key"),
            stop(E.ExpectColumnValuesToNotBeNull(column="actor_name"), "actor without name"),
        ],
        **{ft.mart: [volume(), *key(ft.mart_key), *fact_checks.get(ft.name, [])]
           for ft in FACT_TYPES},
    }
