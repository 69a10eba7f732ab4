"""Fact type "statements": direct quotes and indirect speech with their resolved speaker.

The rules live in quotes.py (quotation spans, attribution, resolution); this module runs
them on a DocContext with a private Attributor and names each path a statement can come
from (the "rule" key of every statement):

  statement.quote_verb_subject      the parse: the subject of the speech verb above the quote
                                    in the dependency tree (speech.py), tried first
  statement.quote_cue_after         '"...," the minister said' (cue verb after the quote)
  statement.quote_dash_credit       '"..." - Name' (a dash credit after the quote)
  statement.quote_according_to      'according to X, "..."'
  statement.quote_leading_cue       'Said Mr X: "..."'
  statement.quote_cue_before        'X said: "..."' / 'X said the plan was "..."'
  statement.quote_continuation      a quote continuing the previous one's speaker
  statement.quote_paragraph_run     a paragraph quote left open that runs on into the next
                                    paragraphs: the speaker credited there
  statement.quote_colon_lead        a quote paragraph after 'X said:'
  statement.quote_lead_in_paragraph a quote paragraph after a one-sentence lead-in about X,
                                    or a quote opening its sentence after one in its paragraph
  statement.quote_after_report      a quote opening its sentence after a sentence of reported
                                    speech in its paragraph, or a quote paragraph after a
                                    paragraph of reported speech by a person: who reported it
  statement.reporter_over_continuation a partial quote after someone else reported speech
                                    since the last quote: that reporter, not the last speaker
  statement.quote_sentence_subject  a partial quote inside a sentence: its subject
  statement.quote_echo              a quote nobody is credited with that repeats words of a
                                    transcript line before it ('SORVIK: ...'): that person
  statement.quote_words_of          a quote nobody is credited with, then 'That's the message
                                    from X', 'Those were the words of X': X
  statement.quote_transcript_label  a quote a transcript label opens ('WALLACE: "..."'): the
                                    person the label is the surname of, else the label
  statement.indirect_cue_clause     'X said (that) ...' with no quotation marks
"""

from __future__ import annotations

import re

from .quotes import extract_indirect
from .quotes import extract_statements as _direct
from .rules import ParsePattern, gate_words

RULE_IDS = (
    "statement.quote_verb_subject", "statement.quote_cue_after", "statement.quote_dash_credit",
    "statement.quote_according_to", "statement.quote_leading_cue",
    "statement.quote_cue_before", "statement.quote_continuation",
    "statement.quote_paragraph_run",
    "statement.quote_colon_lead", "statement.quote_lead_in_paragraph",
    "statement.quote_after_report", "statement.reporter_over_continuation",
    "statement.quote_sentence_subject", "statement.quote_echo",
    "statement.quote_transcript_label", "statement.quote_words_of",
    "statement.indirect_cue_clause",
)


def parse_words() -> frozenset[str]:
    """No single word makes a sentence worth parsing for statements (see PARSE_PATTERN)."""
    return frozenset()


def _parse_pattern() -> ParsePattern:
    from .lexicons import CUE_FORMS
    from .quotes import _CUE_TRIE

    mark = r"(?:[“”\"‘]|''|(?<![\w’'])'(?=[A-Z]))"  # the marks quotes.find_quotes reads
    # either way round, a speech cue (one of CUE_FORMS, after no letter) must be there
    return ParsePattern.of((gate_words(CUE_FORMS), mark + r"(?=.*?(?<![\w-])" + _CUE_TRIE
                            + r"\b)|(?<![\w-])" + _CUE_TRIE + r"\b(?=.*?" + mark + ")"),
                           flags=re.S)


# A sentence holding a quotation mark and a speech verb is parsed: the speaker of its quote
# is the subject of the speech verb above the quote in the dependency tree (speech.py).
PARSE_PATTERN = _parse_pattern()
# statements read the tree, not entity types: their sentences skip the entity recogniser
PARSE_ENTITIES = False


def rule_ids() -> tuple[str, ...]:
    return RULE_IDS


def extract_statements(ctx) -> list[dict]:
    """The document's statements, computed once per document context (visits read the
    direct quotations' speakers too)."""
    from .rules import disabled_rules

    done = ctx._memo.get("statements")
    if done is not None:
        return list(done)
    quotes = list(ctx.quotes)
    att = ctx.speakers()
    att.parse_of = ctx.parse
    att.boilerplate = ctx.boilerplate
    out = _direct(ctx.article, ctx.entities, quotes, att)
    sents = ctx.article.sentences
    out += [s for s in extract_indirect(ctx.article, ctx.entities, quotes, att)
            if not ctx.is_boilerplate(sents[s["sentence_idx"]])]
    off = disabled_rules()
    out = [s for s in out if s.get("rule") not in off]
    out.sort(key=lambda s: s["start"])
    ctx._memo["statements"] = out
    return list(out)
