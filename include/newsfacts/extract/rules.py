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
types names is not parsed at all: that is what keeps the parse fast), and optionally a
`ParsePattern` selecting more sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Set
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


# -- sentence selection -----------------------------------------------------------------------
# Characters re's IGNORECASE matches to an ASCII letter although their lower case is not
# that letter ("İ" and "ı" match "i", "ſ" matches "s", the Kelvin sign matches "k"; the
# whole list, tests/extract/test_selection.py checks it): a text holding one is searched
# without word gates.
_FOLD_ODD = frozenset("\u0130\u0131\u017f\u212a")
_LETTERS = re.compile(r"[a-z]+")


def gate_words(forms: Iterable[str]) -> frozenset[str] | None:
    """The words one of which a text must hold, as Article.words reads it (the runs of
    letters a-z of its lower-case form), for one of `forms` to match in it with no letter
    right before it (after \\b, a space, a hyphen...): each form's first run of letters.
    (The run is whole in the text: a form starts with a letter, and its first run ends
    where the form does, before a non-letter, or at a non-letter inside the form.)
    None (no gate: the alternative is searched in every sentence) when a form does not
    start with a letter a-z, so a lexicon row such as "über" or "'s" costs speed, never a
    missed sentence or an extractor that cannot load."""
    out = set()
    for f in forms:
        m = _LETTERS.match(f.lower())
        if m is None:
            return None
        out.add(m.group())
    return frozenset(out)


Gate = frozenset[str] | tuple[frozenset[str] | re.Pattern, ...] | None


def all_of(*gates: frozenset[str] | re.Pattern | None) -> Gate:
    """A gate that needs each of `gates`: a word of each word set (an alternative needing
    two words: "said ... in X"), a match of each regex (a cheap one that every match of the
    alternative holds); a None among them gates nothing and is left out (None if all are)."""
    kept = tuple(g for g in gates if g is not None)
    return None if not kept else kept[0] if len(kept) == 1 else kept


def alternation(forms: Iterable[str] | dict[str, str]) -> str:
    """A regex matching exactly the given literal forms, as a trie of their letters
    ("visit|visited|visiting" -> "visit(?:ed|ing)?"), each form followed by its own tail (a
    regex, when `forms` is a dict form -> tail: a lookahead, say). It matches the same texts
    as the forms joined with "|" but runs much faster: the engine tries each alternative of
    a "|" in turn at every position, while a trie rejects a position at its first letter.
    (Which form matches first can differ where several match at one position: use it in
    regexes whose match is only tested, not read.)"""
    tails = forms if isinstance(forms, dict) else dict.fromkeys(forms, "")
    root: dict = {}
    for form, tail in tails.items():
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node.setdefault(None, set()).add(tail)

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k is not None)]
        alts += sorted(node.get(None, ()))  # a form ending here (with its tail), after the longer ones
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(root) + ")" if root else "(?!)"


def required_strings(rx: re.Pattern) -> frozenset[str] | None:
    """Strings one of which every match of `rx` holds (its literal runs, through groups,
    alternatives and repeats of at least one), for a cheap `in` test before a costly search;
    None when no such set is found (a pattern ignoring case, one made only of classes, or
    one the parser does not read) or none is worth it (a pattern anchored at the start, whose
    search fails at once). Taken from the regex itself, so a lexicon row can never be
    skipped by a test that disagrees with it."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        import re._constants as c
        import re._parser as sre
        tree = list(sre.parse(rx.pattern, rx.flags))
    except Exception:  # pragma: no cover - private module changed: no test, always search
        return None
    if tree and tree[0] == (c.AT, c.AT_BEGINNING):
        return None

    def seq(items) -> frozenset[str] | None:
        cands, run = [], []
        for op, av in [*items, (None, None)]:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                cands.append(frozenset({"".join(run)}))
                run = []
            if op is None:
                break
            got = item(op, av)
            if got:
                cands.append(got)
        # the most selective: fewest alternatives, then the longest shortest string
        return max(cands, key=lambda s: (-len(s), min(map(len, s)))) if cands else None

    def item(op, av) -> frozenset[str] | None:
        if op is c.SUBPATTERN:
            return None if av[1] & re.IGNORECASE else seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return seq(av[2]) if av[0] >= 1 else None
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = seq(branch)
                if not got:
                    return None
                out |= got
            return frozenset(out)
        return None

    return seq(tree)


@dataclass(frozen=True)
class ParsePattern:
    """A regex selecting sentences to parse, kept as its alternatives, each with its gate:
    the words (gate_words) one of which a sentence must hold for that alternative to match
    anywhere in it (None: no gate; all_of: a word of each of several sets, a match of each
    of several cheap regexes). `selects(text, words)` answers exactly as the
    alternatives joined with "|" (`pattern`) searched in text would, but searches an
    alternative only in sentences holding a word of its gate: the regex engine tries every
    alternative (hundreds of trigger words) at every position, a set test is nearly free."""

    parts: tuple[tuple[Gate, re.Pattern], ...]

    @classmethod
    def of(cls, *parts: tuple[Gate, str], flags: int = 0) -> ParsePattern:
        return cls(tuple((gate, re.compile(rx, flags)) for gate, rx in parts))

    @property
    def pattern(self) -> re.Pattern:
        """The alternatives as one regex (what `selects` answers for)."""
        got = self.__dict__.get("_joined")
        if got is None:
            flags = {rx.flags for _g, rx in self.parts}
            if len(flags) != 1:
                raise ValueError("the alternatives of a ParsePattern must share their flags")
            got = re.compile("|".join(f"(?:{rx.pattern})" for _g, rx in self.parts), flags.pop())
            object.__setattr__(self, "_joined", got)
        return got

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text)

    def selects(self, text: str, words: Set[str]) -> bool:
        """Whether the pattern matches in text, whose Article.words are `words`."""
        gated = text.isascii() or _FOLD_ODD.isdisjoint(text)
        for gate, rx in self.parts:
            if gated and gate is not None:
                if gate.__class__ is tuple:
                    if any(g.isdisjoint(words) if g.__class__ is frozenset else
                           g.search(text) is None for g in gate):
                        continue
                elif gate.isdisjoint(words):
                    continue
            if rx.search(text) is not None:
                return True
        return False


def as_parse_pattern(p: re.Pattern | ParsePattern) -> ParsePattern:
    """A fact type's parse pattern as a ParsePattern (a plain regex: one ungated part)."""
    return p if isinstance(p, ParsePattern) else ParsePattern(((None, p),))


@dataclass(frozen=True, slots=True)
class FactType:
    """A fact type: `name` (its key in the extractor's JSON), `extract(ctx)` returning fact
    dicts in FORMAT.md's shape plus "rule", `parse_words()` (lower-case words that make a
    sentence worth parsing for it; empty when the type does not read the parse), its rule
    ids, and optionally `parse_pattern`, a regex (or a ParsePattern) that also selects a
    sentence."""

    name: str
    extract: Callable[[DocContext], list[dict]]
    parse_words: Callable[[], frozenset[str]]
    rule_ids: Callable[[], Iterable[str]] = tuple
    # a sentence matching this regex is parsed too (for cues no single word can select)
    parse_pattern: re.Pattern | ParsePattern | None = None
    # whether the type reads named entities (ctx.places, ent types): sentences that only
    # types not reading them selected are parsed without the entity recogniser (faster)
    parse_entities: bool = True
