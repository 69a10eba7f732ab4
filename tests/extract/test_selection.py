"""Selecting the sentences to parse, fast: a ParsePattern (word gates, tries of forms) answers
exactly as its alternatives joined into one regex would, and the boilerplate rows' string
tests (rules.required_strings) skip only paragraphs their regex cannot match. Invented
sentences, plus the dev and demo sentences when present (the dev set skips cleanly when
../shared is absent)."""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from newsfacts import lexicon
from newsfacts.extract import fact_types
from newsfacts.extract.article import from_html, from_text
from newsfacts.extract.lexicons import CUE_FORMS
from newsfacts.extract.rules import (
    _FOLD_ODD,
    ParsePattern,
    all_of,
    alternation,
    as_parse_pattern,
    gate_words,
    required_strings,
)

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "eval" / "dev" / "docs"
DEMO = REPO / "include" / "newsfacts" / "demo" / "site" / "articles"

# each alternative of the three fact types' patterns, near misses, and the letters
# IGNORECASE folds to ASCII although their lower case is not ASCII
INVENTED = [
    "The envoy went to Kyiv on Monday.", "The envoy went home.",
    "Talks were held in Geneva, officials said.", "talks resumed",
    "Ann Lee, in Paris for the summit, arrived late.",
    "She will be in Rome next week.", "He has been to the Vatican twice.", "Be quiet.",
    "While in London, she met the mayor.", "when in doubt",
    "In Tokyo on Tuesday, the minister said so.", "In short, nothing changed.",
    "VILNIUS (Reuters) - The talks ended.",
    '"We will stay," the minister said.', "The minister said nothing.",
    "'Nobody called,' she told reporters.", "They called on Paris to act.",
    "About 200 service members arrived.", "members of Congress voted",
    "members of the National Guard were deployed.", "a carrier strike group sailed",
    "a 5,000-strong force", "a peacekeeping contingent", "the USS Carl Vinson docked",
    "Officials were ATTEND\u0130NG talks in Geneva.", "The v\u0130s\u0130t to Rome ended.",
    "\u201cWe go,\u201d she \u017faid.", "\u212aYIV talks in Geneva", "plain \u0131 text",
]


def _patterns() -> dict[str, ParsePattern]:
    return {ft.name: as_parse_pattern(ft.parse_pattern) for ft in fact_types() if ft.parse_pattern}


def test_fold_odd_is_every_letter_ignorecase_folds_to_ascii_whose_lower_case_is_not():
    rx = re.compile("(?i)[a-z]")
    odd = {chr(c) for c in range(0x80, sys.maxunicode + 1) if rx.fullmatch(chr(c))}
    assert odd == _FOLD_ODD


def test_alternation_matches_exactly_the_forms():
    forms = ["visit", "visited", "visits", "vis", "v.i.p", "check-in", "a"]
    rx = re.compile(alternation(forms))
    assert all(rx.fullmatch(f) for f in forms)
    assert not any(rx.fullmatch(f) for f in ["visi", "visitt", "", "vi", "check", "v.i.pp", "b",
                                             "vXi.p"])
    tails = alternation({"call": r"(?!\s+on\b)", "called": ""})
    assert re.match(tails + r"\b", "call them") and not re.match(tails + r"\b", "call on them")
    assert re.match(tails + r"\b", "called on")
    assert re.fullmatch(alternation([]), "") is None and re.search(alternation([]), "x") is None


@pytest.mark.parametrize("forms", [
    sorted(CUE_FORMS), sorted(lexicon.form_index("travel_verbs")),
    sorted(lexicon.form_index("host_verbs")),
], ids=["cues", "travel_verbs", "host_verbs"])
def test_alternation_over_lexicon_forms_matches_what_the_joined_forms_match(forms):
    joined = re.compile("(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + ")")
    trie = re.compile(alternation(forms))
    probes = {p for f in forms for p in (f, f[:-1], f + "s", f + "x", f.title(), f[1:])}
    assert [p for p in probes if bool(joined.fullmatch(p)) != bool(trie.fullmatch(p))] == []
    text = " ".join(sorted(probes))
    assert [m.span() for m in re.finditer(rf"\b{trie.pattern}\b", text)] == \
        [m.span() for m in re.finditer(rf"\b{joined.pattern}\b", text)]


def test_gate_words_are_each_forms_first_run_of_letters():
    assert gate_words(["visited", "check-in", "According to", "anti-missile", "USS"]) == \
        {"visited", "check", "according", "anti", "uss"}
    # a form that starts with no letter a-z cannot be gated: the alternative is searched in
    # every sentence (slower, never a missed sentence, never an import error)
    assert gate_words(["visited", "-led"]) is None
    assert gate_words(["über"]) is None
    p = ParsePattern.of((gate_words(["über"]), r"\b(?i:über)\b"))
    assert p.selects("Talks über alles.", {"talks", "ber", "alles"})


def test_an_all_of_gate_needs_a_word_of_each_set():
    assert all_of(None, None) is None and all_of(frozenset({"in"}), None) == frozenset({"in"})
    p = ParsePattern.of((all_of(frozenset({"said", "was"}), frozenset({"in", "at"})),
                         r"\b(?:said|was)\b.{0,20}?\b(?:in|at) [A-Z]"))
    assert p.selects("She was in Oslo.", {"she", "was", "in", "oslo"})
    assert not p.selects("She was in Oslo.", {"she", "was", "oslo"})  # the gate decides
    assert not p.selects("She said so.", {"she", "said", "so"})
    assert p.selects("She was \u0130n Oslo at Bergen.", set())  # a folding letter: no gates
    q = ParsePattern.of((all_of(frozenset({"was"}), re.compile(r"Oslo")),
                         r"\bwas\b.{0,20}?\bin [A-Z]"))
    assert q.selects("She was in Oslo.", {"she", "was", "in", "oslo"})
    assert not q.selects("She was in Bergen.", {"she", "was", "in", "bergen"})  # the regex
    assert not q.selects("She is in Oslo.", {"she", "is", "in", "oslo"})  # the word


def test_a_gate_skips_its_alternative_and_odd_letters_switch_gates_off():
    p = ParsePattern.of((frozenset({"flew"}), r"\bflew\b"), (None, r"^Zed"))
    assert p.selects("They flew.", {"they", "flew"})
    assert not p.selects("They flew.", {"they"})  # the gate decides (words disagree here)
    assert p.selects("Zed", set())
    assert p.selects("\u0130 flew", {"i"})  # a folding letter: every alternative is searched
    assert p.pattern.search("They flew.") and p.search("Zed")


@lru_cache(maxsize=1)
def _articles() -> tuple:
    """The invented sentences as articles, then the demo and dev documents when present."""
    from newsfacts.corpus import iter_corpus

    out = [from_text(text, {}) for text in INVENTED]
    for folder in (DEMO, DEV):
        if folder.is_dir():
            for _doc, body, fmt, meta in iter_corpus([str(folder)]):
                out.append(from_html(body, meta) if fmt == "html" else from_text(body, meta))
    return tuple(out)


def _sentences() -> list[tuple[str, set[str]]]:
    return [(s.text, art.words(s.idx)) for art in _articles() for s in art.sentences]


def test_parse_patterns_select_exactly_what_their_regex_matches():
    sentences = _sentences()
    patterns = _patterns()
    assert set(patterns) == {"statements", "visits", "deployments"} and len(sentences) > 200
    for p in patterns.values():
        wrong = [t for t, words in sentences if p.selects(t, words) != bool(p.pattern.search(t))]
        assert wrong == []
        assert any(p.selects(t, words) for t, words in sentences)
    # the odd letters do reach the patterns: with no word set to pass a gate, a sentence
    # is still selected when a dotted capital I or the Kelvin sign (which fold to i and k
    # under ignorecase) switches the gates off, and its plain spelling is not
    for odd, plain in (("Officials were ATTEND\u0130NG talks in Geneva.",
                        "Officials were ATTENDING talks in Geneva."),
                       ("\u212aYIV talks in Geneva", "KYIV talks in Geneva")):
        assert odd in INVENTED and patterns["visits"].selects(odd, set())
        assert not patterns["visits"].selects(plain, set())



def test_cue_re_finds_what_the_longest_first_joined_forms_with_lookbehinds_find():
    """quotes.CUE_RE (a trie, the determiner checked on each match) finds the same matches,
    with the same form, as the single regex of the cue forms joined longest first behind
    one lookbehind per determiner, at any pos/endpos, on invented, demo and dev text."""
    from newsfacts.extract import quotes

    dets = "".join(rf"(?<!\b{d} )" for d in ("the", "The", "a", "A", "an", "An", "its", "his",
                                            "her", "their", "this"))
    joined = re.compile(rf"(?<![\w-]){dets}({quotes._CUE_ALT})\b")

    def reference(text, pos=0, endpos=None):
        return [(m.span(), m.group(1)) for m in joined.finditer(
            text, pos, len(text) if endpos is None else endpos) if quotes.CUE_RE._verb(text, m)]

    def found(text, pos=0, endpos=None):
        return [(m.span(), m.group(1)) for m in quotes.CUE_RE.finditer(text, pos, endpos)]

    forms = sorted(CUE_FORMS)
    probes = [" ".join(f"{lead}{f}{tail}" for f in forms)
              for lead, tail in (("He ", " that."), ("the ", " deal,"), ("this ", ":"),
                                 ("athe ", ' "x"'), ("so-", " on"), ("Gulf ", "s said"),
                                 ("with ", "s of"), ("", " for"), ("their ", " states"))]
    texts = probes + INVENTED + [a.text for a in _articles()]
    assert sum(len(reference(t)) for t in probes) > 1000
    for t in texts:
        assert found(t) == reference(t)
        for pos, end in ((3, None), (1, len(t) // 2), (len(t) // 3, len(t) - 2)):
            assert found(t, pos, end) == reference(t, pos, end)


def test_required_strings_are_literal_runs_every_match_holds():
    def req(rx, flags=0):
        return required_strings(re.compile(rx, flags))

    assert req(r"\bdelivered to your inbox\b") == {"delivered to your inbox"}
    assert req(r"ab+c|x(?:yz)+") == {"a", "yz"}  # the first run, the longer one
    assert req(r"(?:foo|[0-9])/bar") == {"/bar"}
    assert req(r"a?b*/") == {"/"}
    assert req(r"(?:A|B)\s*/\s*[A-Z]") == {"/"}
    # none: ignoring case (inline or scoped), classes only, an optional part, a start anchor
    for rx in (r"(?i)abc", r"x*(?i:abc)", r"[A-Z]+\d", r"(?:abc)?", r"^Read more", r"a|[b-z]"):
        assert req(rx) is None, rx
    assert req("abc", re.I) is None


# invented boilerplate paragraphs, at least one for each kind of lexicon row
BOILERPLATE = [
    "Image copyright Lena Ortiz", "Ana Ruiz/AP Photo", "The harbour at dusk (Photo: Tom Hale)",
    "Crowds at the port. REUTERS/Jo Park", "A ferry leaves the quay. Ana Ruiz for AFP",
    "Read more: Port strike ends", "Talks continue. Read more", "[Map of the strait]",
    "Sign up to get the morning briefing delivered to your inbox.", "toggle caption",
    "Your email address will not be published.", "Copyright 2026 Harbour Press",
    "Replay More Videos", "Ann Lee contributed to this report.", "See www.example.org/port",
]


def test_boilerplate_string_tests_skip_only_paragraphs_their_row_cannot_match():
    from newsfacts.extract.boilerplate import _rules, boilerplate_kind

    rows = _rules()
    assert sum(needs is not None for _p, _m, _k, needs in rows) >= 10
    paras = BOILERPLATE + [art.text[a:b].strip() for art in _articles()
                           for a, b in art.paragraphs]

    def plain_kind(p: str) -> str | None:  # every row's regex searched, no string test
        return next((k for pat, m, k, _n in rows if (m is None or len(p) <= m) and pat.search(p)),
                    None)

    matched = 0
    for p in paras:
        for pat, _m, _k, needs in rows:
            if pat.search(p):
                matched += 1
                assert needs is None or any(x in p for x in needs), (pat.pattern, p)
        assert boilerplate_kind(p) == plain_kind(p), p
    assert matched >= len(BOILERPLATE)
    assert all(boilerplate_kind(p) for p in BOILERPLATE)
