"""Named rules and fact types: the small vocabulary the fact-type modules are written in.

A rule is a named function in an ordered table. Its id is dotted, `<fact>.<what it reads>`
(`visit.subject_travel_verb`, `deploy.num_force_to_place`, `statement.quote_cue_after`), and
every fact dict carries the id of the rule that produced it under the key "rule", so
`newsfacts eval --by-rule` can score each rule alone and a rule that hurts can be found and
switched off (`DISABLED_RULES` in this module, or `set_disabled(ids)`, which the command line
calls with NEWSFACTS_DISABLED_RULES, a comma-separated list of ids, for experiments).

A fact type is declared once, as a `FactType`: its name (the key of its facts in the
extractor's JSON), its function `extract(ctx) -> list[dict]`, and `parse_words()`, the
lower-case words that make a sentence worth parsing for it (a sentence none of the fact
types names is not parsed at all: that is what keeps the parse fast).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .context import DocContext

# Rule ids switched off in this build (measured to hurt on dev and check).
DISABLED_RULES: frozenset[str] = frozenset()
_disabled: set[str] = set()


def set_disabled(ids) -> None:
    """Switch rules off (on top of DISABLED_RULES) for the rest of the process: ids is an
    iterable of rule ids or a comma-separated string."""
    if isinstance(ids, str):
        ids = ids.split(",")
    _disabled.clear()
    _disabled.update(x.strip() for x in ids if x and x.strip())


def disabled_rules() -> frozenset[str]:
    return DISABLED_RULES | frozenset(_disabled)


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: `id` (dotted), the function, and a one-line description (the
    function's docstring's first line when not given)."""

    id: str
    fn: Callable[..., Any]
    about: str = ""

    def __call__(self, *args, **kwargs):
        return self.fn(*args, **kwargs)

    @property
    def description(self) -> str:
        return self.about or (self.fn.__doc__ or "").strip().split("\n")[0]


def table(*pairs: tuple[str, Callable[..., Any]]) -> tuple[Rule, ...]:
    """An ordered rule table from (id, function) pairs; ids must be unique."""
    ids = [p[0] for p in pairs]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValueError(f"duplicate rule ids: {sorted(dup)}")
    return tuple(Rule(i, f) for i, f in pairs)


def active(rules: Iterable[Rule]) -> Iterator[Rule]:
    """The rules of a table that are not switched off, in order."""
    off = disabled_rules()
    return (r for r in rules if r.id not in off)


@dataclass(frozen=True, slots=True)
class FactType:
    """A fact type: `name` (its key in the extractor's JSON), `extract(ctx)` returning fact
    dicts in FORMAT.md's shape plus "rule", `parse_words()` (lower-case words that make a
    sentence worth parsing for it; empty when the type does not read the parse), its rule
    ids, and optionally `parse_pattern`, a regex that also selects a sentence."""

    name: str
    extract: Callable[[DocContext], list[dict]]
    parse_words: Callable[[], frozenset[str]]
    rule_ids: Callable[[], Iterable[str]] = tuple
    # a sentence matching this regex is parsed too (for cues no single word can select)
    parse_pattern: re.Pattern | None = None
    # whether the type reads named entities (ctx.places, ent types): sentences that only
    # types not reading them selected are parsed without the entity recogniser (faster)
    parse_entities: bool = True
