"""The read-only document context that every fact type reads.

A `DocContext` holds what is known about one article before any fact is extracted: the
article (text, paragraphs, sentences with offsets), which paragraphs are boilerplate, the
quotation spans, the rule-based name mentions with their within-article coreference
(`EntityIndex`), and the spaCy parse of the sentences that can hold a fact. Fact types read
it and return fact dicts; none of them writes to it, so they can run in any order. The
parses are final when the context is made (document.Draft.add_parse mends each one once, as
it joins the article); no fact type changes a Doc.

Offsets: `ctx.article.text` is the article text; sentence i spans
`ctx.article.sentences[i].start:end`; a parsed sentence's token `t` starts at absolute
offset `ctx.abs(i, t)` = sentence start + `t.idx`.

Mutable helpers a fact type may need get their own instance: `ctx.speakers()` returns a
fresh `Attributor` (speaker candidates, pronoun and role resolution), whose memory of the
last speaker belongs to the caller alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from .article import Article, Sentence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .entities import EntityIndex, Mention
    from .quotes import Attributor, QuoteSpan

# spaCy entity labels that name places; NORP (nationalities, religious and political
# groups) never does.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# labels the small model puts on places it does not know ("Kyiv" as PERSON): trusted as a
# place only when the gazetteer knows the name as a country or a large city
RELABEL_FROM = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})
_BIG_CITY = 100_000
_THE = re.compile(r"^(?:the|The)\s+")  # a name's leading article, which the gazetteer leaves out


@lru_cache(maxsize=1)
def _area_nouns() -> frozenset[str]:
    from newsfacts import lexicon

    return lexicon.words("area_nouns")


def _qualified(doc, ent, core: str, info):
    """"St. Petersburg, Florida", "Paris, Texas": a town followed by the state or country it
    is in is the town of that name there, when the gazetteer knows one (else as looked up)."""
    from .places import country_of, lookup_place_in, state_of

    if not info or info.get("kind") != "city" or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return info
    nxt = next((e for e in doc.ents if e.start == ent.end + 1), None)
    if nxt is None:
        return info
    where = state_of(nxt.text) or country_of(nxt.text, demonyms=False)
    if where is None or where[1] == info.get("country"):
        return info
    return lookup_place_in(core, where[1]) or info


def _hyphenated_names(doc) -> list:
    """Words joined by hyphens with no space, capitalised at both ends ("Mar-a-Lago",
    "Winston-Salem"), as spans: names the tokenizer splits at the hyphens."""
    out, i = [], 0
    while i < len(doc):
        j = i
        while j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_ \
                and not doc[j + 1].whitespace_ and doc[j + 2].is_alpha:
            j += 2
        if j > i and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[j].text[:1].isupper():
            out.append(doc[i:j + 1])
            i = j + 1
        else:
            i += 1
    return out


_SITE_IN = ("in", "at")  # "the Great Hall of the People in Beijing", "... at Pearl Harbor"


def mend_sites_in_towns(doc) -> None:
    """A named site and the town it stands in, as the model reads them when it gets them
    right ("the Elysee Palace" FAC, then "in Paris" with Paris a GPE, the phrase under the
    site's head word), set in place on doc (entities and that one attachment), for every
    rule to read alike. It is part of making the parse: document.Draft.add_parse calls it
    once, as the Doc joins its article, and nothing changes the Doc after that:
    - the small model may tag both as one entity, mostly with names ending "of the People"
      or "of the Republic" ("the Great Hall of the People in Beijing" one FAC; "the House
      of the People in" an ORG with its town left outside):
      an entity (FAC, ORG, LOC, GPE) whose last "in"/"at" is followed by a name the
      gazetteer knows is the site's name up to that word, then that place (GPE; LOC for a
      region); one ending in "in"/"at" loses the word;
    - the phrase of the town goes under the site's head word (Palace, Hall) when the model
      named the two as one (it says the site is there, wherever the parser hung the phrase:
      "will visit the Great Hall of the People in Beijing" under the verb), or when the
      parser hung it from the last word of a name with "of" ("the Palace of the Republic
      in Baghdad": under Republic)."""
    from spacy.tokens import Span

    from .places import lookup_place

    def known(span) -> dict | None:
        info = lookup_place(_THE.sub("", span.text)) or lookup_place(span.text)
        ok = info and info.get("kind") in ("city", "country", "region") and all(
            t.text[:1].isupper() for t in span if t.lower_ != "the")
        return info if ok else None

    ents, merged, changed = [], set(), False
    for ent in doc.ents:
        cut = next((t.i for t in reversed(ent[1:]) if t.text in _SITE_IN and t.pos_ == "ADP"), None)
        if (ent.label_ not in PLACE_LABELS and ent.label_ != "ORG") or cut is None or \
                not any(t.text[:1].isupper() for t in doc[ent.start:cut] if t.lower_ != "the"):
            ents.append(ent)
            continue
        info = known(doc[cut + 1:ent.end]) if cut < ent.end - 1 else None
        if cut < ent.end - 1 and info is None:
            ents.append(ent)
            continue
        ents.append(Span(doc, ent.start, cut, label=ent.label_))
        changed = True
        if info is not None:
            ents.append(Span(doc, cut + 1, ent.end, label="LOC" if info["kind"] == "region" else "GPE"))
            merged.add(ent.start)
    if changed:
        doc.ents = ents
    for ent in doc.ents:
        if ent.label_ not in ("FAC", "ORG") or ent.end >= len(doc) - 1:
            continue
        prep, root = doc[ent.end], ent.root
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.text in _SITE_IN and prep.dep_ == "prep" and prep.head.i != root.i and (
                ent.start in merged or ent.start <= prep.head.i < ent.end) and \
                root not in prep.subtree and objs and any(
                    e.start <= objs[0].i < e.end and e.label_ in ("GPE", "LOC") and known(e)
                    for e in doc.ents):
            prep.head = root


def _known_place(info: dict | None, site: bool = False) -> bool:
    """The gazetteer knows the name as a country or a large city; with site, also as one of
    its entries without a population (its landmarks and sites, and US states)."""
    return bool(info) and (info.get("kind") == "country" or (info.get("kind") == "city" and (
        info.get("pop", 0) >= _BIG_CITY or (site and not info.get("pop")))))


def _names_an_area(ent) -> bool:
    """"the Kherson region", "Tigray region": a proper name right before an area noun it
    modifies names that area."""
    root = ent.root
    return ent.end < len(ent.doc) and ent.doc[ent.end].i == root.head.i and \
        root.dep_ in ("compound", "nmod", "amod") and root.head.lower_ in _area_nouns() and \
        all(t.pos_ == "PROPN" for t in ent)


def _may_be_an_area(core: str, info: dict | None, label: str) -> bool:
    """A name set before an area noun that may be the area's: the gazetteer knows it as a
    place of some kind ("Kherson"), or the model calls it a person whose name is no one's
    the lexicons know ("Tigray"; not "Trump", a leader, nor "ASEAN", an organisation)."""
    if info is not None:
        return True
    from newsfacts import lexicon

    from .forces import leader_country

    return label == "PERSON" and leader_country(core) is None and \
        core.split()[0] not in lexicon.words("first_names", "name")


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    from newsfacts import lexicon

    return frozenset(w.lower() for w in lexicon.words("not_places"))


def boilerplate_paragraphs(art: Article) -> frozenset[int]:
    """Paragraphs that are not the article's own prose (see boilerplate.py)."""
    from .boilerplate import boilerplate_paragraphs as _bp

    return _bp(art)


@dataclass(frozen=True, slots=True, eq=False)
class Place:
    """A place named in a parsed sentence: absolute offsets, the text as written, the
    spaCy label it came from (or "GAZ" when only the gazetteer knew it), the gazetteer's
    record (name, country, lat, lon, kind) when it has one, and the token span."""

    start: int
    end: int
    text: str
    label: str
    info: Mapping | None
    span: Span

    @classmethod
    def at(cls, sent_start: int, span: Span, label: str, info: Mapping | None) -> Place:
        """The place a span of the sentence starting at offset sent_start names, as written."""
        return cls(sent_start + span.start_char, sent_start + span.end_char, span.text, label,
                   info, span)

    @property
    def country(self) -> str | None:
        return (self.info or {}).get("country")

    @property
    def kind(self) -> str:
        """country, city, region, facility (FAC) or place (unknown to the gazetteer)."""
        if self.info and self.info.get("kind"):
            return self.info["kind"]
        return "facility" if self.label == "FAC" else "place"


@dataclass(frozen=True, eq=False)
class DocContext:
    """Everything known about one article before facts are extracted (read-only)."""

    doc_id: str
    meta: Mapping
    article: Article
    boilerplate: frozenset[int]
    quotes: tuple[QuoteSpan, ...]
    entities: EntityIndex
    parses: Mapping[int, Doc] = field(default_factory=lambda: MappingProxyType({}))
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        # read-only views whatever the caller passed (a dict of meta, a list of quotes)
        for name, ro in (("meta", MappingProxyType), ("parses", MappingProxyType),
                         ("quotes", tuple), ("boilerplate", frozenset)):
            value = getattr(self, name)
            if not isinstance(value, ro):
                object.__setattr__(self, name, ro(value))

    # -- sentences ------------------------------------------------------------------------
    def sentences(self) -> Iterator[Sentence]:
        """The article's own sentences (boilerplate paragraphs left out), in order."""
        for s in self.article.sentences:
            if s.paragraph not in self.boilerplate:
                yield s

    def is_boilerplate(self, s: Sentence) -> bool:
        return s.paragraph in self.boilerplate

    def sentence_of(self, pos: int) -> int:
        starts = self._memo.get("starts")
        if starts is None:
            starts = self._memo["starts"] = [s.start for s in self.article.sentences]
        return max(0, bisect_right(starts, pos) - 1)

    def words(self, idx: int) -> set[str]:
        """Lower-case word set of sentence idx (cheap keyword pre-filters)."""
        return self.article.words(idx)

    # -- parse ----------------------------------------------------------------------------
    def parse(self, idx: int) -> Doc | None:
        """The spaCy Doc of sentence idx, or None when the sentence was not selected for
        parsing (no fact type's trigger word in it) or is too long to parse."""
        return self.parses.get(idx)

    def abs(self, idx: int, tok: Token) -> int:
        """Absolute offset of a token of sentence idx's parse."""
        return self.article.sentences[idx].start + tok.idx

    def abs_end(self, idx: int, tok: Token) -> int:
        return self.article.sentences[idx].start + tok.idx + len(tok.text)

    # -- quotes ---------------------------------------------------------------------------
    @property
    def masked(self) -> str:
        """The article text with the words inside quotation marks replaced by "Q" (same
        length and offsets): cheap tests of "is this inside a quote"."""
        m = self._memo.get("masked")
        if m is None:
            text = self.article.text
            parts, pos = [], 0
            for q in sorted(self.quotes, key=lambda x: x.ts):
                if q.ts < pos:
                    continue
                parts.append(text[pos:q.ts])
                parts.append(re.sub(r"[^\s]", "Q", text[q.ts:q.te]))
                pos = q.te
            parts.append(text[pos:])
            m = self._memo["masked"] = "".join(parts)
        return m

    def in_quote(self, pos: int) -> bool:
        return 0 <= pos < len(self.masked) and self.masked[pos] == "Q"

    # -- names ----------------------------------------------------------------------------
    def mentions(self, start: int, end: int) -> list[Mention]:
        """Rule-based name mentions lying within [start, end) (with their actor)."""
        return self.entities.mentions_in(start, end)

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The name mention overlapping [start, end), if any (the first one)."""
        ms = self.entities.mentions_in(max(0, start - 60), end)
        for m in ms:
            if m.start < end and m.end > start:
                return m
        return None

    def speakers(self) -> Attributor:
        """A fresh Attributor over this article (speaker candidates, pronoun and role
        resolution). Its state (the last speaker) is private to the caller."""
        from .quotes import Attributor

        return Attributor(self.article, self.entities, list(self.quotes))

    # -- places ---------------------------------------------------------------------------
    def places(self, idx: int) -> tuple[Place, ...]:
        """Places named in parsed sentence idx: spaCy GPE/LOC/FAC entities, plus names the
        small model mislabels (PERSON, ORG...) that the gazetteer knows as a country or a
        large city and that are not a person named in the article. Never NORP, never a
        demonym or a religion."""
        key = ("places", idx)
        hit = self._memo.get(key)
        if hit is None:
            hit = self._memo[key] = self._find_places(idx)
        return hit

    def place_of(self, idx: int, tok: Token) -> Place | None:
        """The place whose span holds token tok of sentence idx."""
        for p in self.places(idx):
            if p.span.start <= tok.i < p.span.end:
                return p
        return None

    def _find_places(self, idx: int) -> tuple[Place, ...]:
        from .places import is_demonym, lookup_place

        doc = self.parse(idx)
        if doc is None:
            return ()
        s0 = self.article.sentences[idx].start
        out: list[Place] = []
        covered: set[int] = set()
        not_places = _not_places()
        for span in _hyphenated_names(doc):
            # "Mar-a-Lago": a hyphenated name the model splits (or types by one part) that
            # the gazetteer knows as a country, a large city or a site; not part of a longer
            # name of another kind ("the Winston-Salem Journal"), nor a person's
            if span.text.lower() in not_places or any(
                    e.label_ not in PLACE_LABELS and e.start <= span.start and span.end <= e.end
                    and any(t.pos_ == "PROPN" and not span.start <= t.i < span.end for t in e)
                    for e in doc.ents):
                continue
            m = self.mention_at(s0 + span.start_char, s0 + span.end_char)
            info = lookup_place(span.text)
            if _known_place(info, site=True) and not (m is not None and m.kind == "person"):
                out.append(Place.at(s0, span, "GAZ", info))
                covered.update(range(span.start, span.end))
        for ent in doc.ents:
            if covered.intersection(range(ent.start, ent.end)):
                continue
            label = ent.label_
            if label not in PLACE_LABELS and label not in RELABEL_FROM and label != "NORP":
                continue
            text = ent.text.strip()
            core = _THE.sub("", text)
            core = re.sub(r"(?:’s|'s|’)$", "", core)
            if not core or core.lower() in not_places or is_demonym(core):
                continue
            # "the Kremlin": the model leaves the article out of the name the gazetteer keeps
            info = lookup_place(core) or lookup_place(text) or (
                lookup_place("the " + core) if text == core else None)
            info = _qualified(doc, ent, core, info)
            if label == "NORP":
                # "flew to Tajikistan": a country's own name the model reads as a nationality
                # (demonyms were dropped above) is the country
                if not (info and info.get("kind") == "country"
                        and info.get("name", "").lower() == core.lower()) and not (
                        info and _names_an_area(ent)):
                    continue  # ("the Belgorod region" too; not "the Sunni region")
            elif label in RELABEL_FROM and not (_names_an_area(ent) and _may_be_an_area(core, info, label)):
                if not _known_place(info, site=label == "ORG"):
                    continue  # (pop 0: the gazetteer's landmarks and US states)
                m = self.mention_at(s0 + ent.start_char, s0 + ent.end_char)
                if m is not None and m.kind == "person" and m.actor is not None and \
                        len(m.actor.name.split()) > 1:
                    continue  # a person's name that is also a place ("Jordan", "Chad")
            out.append(Place(s0 + ent.start_char, s0 + ent.start_char + len(text), text,
                             label if label in PLACE_LABELS else "GAZ", info, ent))
            covered.update(range(ent.start, ent.end))
        # proper nouns the model left untagged that the gazetteer knows
        for tok in doc:
            if tok.i in covered or tok.pos_ != "PROPN" or tok.ent_type_ in ("NORP", "PERSON"):
                continue
            info = lookup_place(tok.text)
            if _known_place(info):
                m = self.mention_at(s0 + tok.idx, s0 + tok.idx + len(tok.text))
                if m is not None and m.kind == "person":
                    continue
                out.append(Place(s0 + tok.idx, s0 + tok.idx + len(tok.text), tok.text, "GAZ",
                                 info, doc[tok.i:tok.i + 1]))
        out.sort(key=lambda p: p.start)
        return tuple(out)
