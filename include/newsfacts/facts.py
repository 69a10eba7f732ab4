"""The fact types, declared once: what the extractor finds in an article and the warehouse
keeps one row per (a statement, a visit, a force deployment).

Each :class:`FactType` names its extractor function (a dotted path, imported only when it is
called), its typed record (a dataclass of the fact's own fields) and its mart; from the
record come its raw table's columns and Arrow schema. Records, the loader, the run metrics,
the raw-batch and mart suites and `newsfacts eval` loop over :data:`FACT_TYPES`; none of
them names a fact type.

Every fact row has the same frame around its record: ``article_id`` and ``fact_idx`` (its
position in the article's extraction) first, then the record's fields, then the provenance
(``sentence``, ``sentence_idx``, ``start_char``, ``end_char``) and ``rule``, the dotted id of
the extraction rule that produced it (``visit.subject_travel_verb``).

The extractor's side of the contract: ``extract_<type>s(ctx) -> list[dict]`` in its own
module under ``newsfacts.extract``, each dict holding the record's fields under their
extractor names (a field's ``json`` metadata when it differs: the extractor's ``text`` is the
warehouse's ``quote_text``), the provenance (``start``/``end`` for the offsets) and
``rule``. A missing field is NULL; an unknown one is ignored.

Adding a fact type, say sanctions (the README walks through it):

1. ``newsfacts/extract/sanctions.py`` with ``extract_sanctions(ctx)``, and its lexicon rows;
2. here: a ``Sanction`` dataclass and ``FactType("sanction", Sanction,
   "newsfacts.extract.sanctions.extract_sanctions", mart="fct_sanction",
   mart_key="sanction_key")`` in FACT_TYPES;
3. dbt: the raw table in ``models/staging/__sources.yml``, ``stg_newsfacts__sanctions`` and
   ``fct_sanction`` (SQL and YAML each).
"""

from __future__ import annotations

import importlib
import types
import typing
from dataclasses import dataclass, field, fields
from functools import cached_property

# --- the records: one dataclass per fact type (its own fields, in column order) ----------


@dataclass(frozen=True)
class Statement:
    """Who said what: a quote or reported speech, with its speaker as the article names it."""

    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_key: str | None = None  # the article-local actor key (p1, c3)
    quote_text: str | None = field(default=None, metadata={"json": "text"})
    kind: str | None = None  # direct | indirect
    cue: str | None = None  # the attribution verb


@dataclass(frozen=True)
class Visit:
    """Who travels where, and whether the trip happened."""

    traveller: str | None = None
    traveller_key: str | None = None
    destination: str | None = None
    destination_country: str | None = None
    destination_lat: float | None = None
    destination_lon: float | None = None
    host: str | None = None
    status: str | None = None  # completed | ongoing | planned | possible | cancelled
    when_text: str | None = field(default=None, metadata={"json": "when"})


@dataclass(frozen=True)
class Deployment:
    """Whose forces, how many, of what kind, where, and in what state."""

    actor: str | None = None
    actor_country: str | None = None
    size: int | None = None
    qualifier: str | None = None  # exact | approx | at_least | at_most | vague
    unit: str | None = None
    location: str | None = None
    location_country: str | None = None
    status: str | None = None  # deployed | ordered | planned | withdrawn


# The frame around every record: (column, type, extractor name).
KEY_COLUMNS: tuple[tuple[str, type, str], ...] = (
    ("article_id", str, "article_id"), ("fact_idx", int, "fact_idx"))
PROVENANCE_COLUMNS: tuple[tuple[str, type, str], ...] = (
    ("sentence", str, "sentence"), ("sentence_idx", int, "sentence_idx"),
    ("start_char", int, "start"), ("end_char", int, "end"),
    ("rule", str, "rule"))


def _base_type(hint) -> type:
    """str | None -> str; list[str] stays list[str]."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        return args[0]
    return hint


def arrow_type(kind):
    """The Arrow type of a record field's Python type."""
    import pyarrow as pa

    simple = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    if kind in simple:
        return simple[kind]
    if typing.get_origin(kind) is list:
        return pa.list_(arrow_type(typing.get_args(kind)[0]))
    raise TypeError(f"no Arrow type for a record field of type {kind!r}")


@dataclass(frozen=True)
class FactType:
    """One kind of fact: its name, its record, its extractor (a dotted path) and its mart."""

    name: str  # singular: "statement"; the raw table and extractor result key add an "s"
    record: type  # a dataclass of the fact's own fields
    extractor: str  # "newsfacts.extract.statements.extract_statements"
    mart: str  # the fact mart dbt builds from it: "fct_statement"
    mart_key: str  # its key column: "statement_key"

    @property
    def table(self) -> str:
        """The raw table, and the key of the extractor's result that lists these facts."""
        return f"{self.name}s"

    @property
    def staging_model(self) -> str:
        return f"stg_newsfacts__{self.table}"

    @cached_property
    def columns(self) -> tuple[tuple[str, type, str], ...]:
        """(column, Python type, extractor name) of every raw column, in order."""
        hints = typing.get_type_hints(self.record)
        own = tuple((f.name, _base_type(hints[f.name]), f.metadata.get("json", f.name))
                    for f in fields(self.record))
        return KEY_COLUMNS + own + PROVENANCE_COLUMNS

    @cached_property
    def schema(self):
        """The raw table's Arrow schema (extract writes it, the loader derives DDL from it)."""
        import pyarrow as pa

        return pa.schema([(name, arrow_type(kind)) for name, kind, _ in self.columns])

    def extractor_function(self):
        """The extractor, imported now (the registry never imports it before)."""
        module, _, name = self.extractor.rpartition(".")
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError) as exc:
            raise LookupError(f"fact type {self.name!r}: extractor {self.extractor} not "
                              f"found ({exc})") from None

    def extract(self, ctx) -> list[dict]:
        return self.extractor_function()(ctx)


FACT_TYPES: tuple[FactType, ...] = (
    FactType("statement", Statement, "newsfacts.extract.statements.extract_statements",
             mart="fct_statement", mart_key="statement_key"),
    FactType("visit", Visit, "newsfacts.extract.visits.extract_visits",
             mart="fct_visit", mart_key="visit_key"),
    FactType("deployment", Deployment, "newsfacts.extract.deployments.extract_deployments",
             mart="fct_force_deployment", mart_key="deployment_key"),
)

FACT_TABLES: tuple[str, ...] = tuple(ft.table for ft in FACT_TYPES)


def fact_type(name_or_table: str) -> FactType:
    """A fact type by its name ("visit") or its table ("visits")."""
    for ft in FACT_TYPES:
        if name_or_table in (ft.name, ft.table):
            return ft
    raise KeyError(f"no fact type {name_or_table!r} (known: "
                   f"{', '.join(ft.name for ft in FACT_TYPES)})")
