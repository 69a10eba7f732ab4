"""Statement and deployment rule ids: one invented sentence per id, so that every id
`newsfacts eval --by-rule` can report is known to fire (more deployment cases in
test_deployments.py)."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document, fact_types

META = {"published": "2023-03-15", "title_in_body": True}

CASES = {
    "statement.quote_verb_subject":
        'Tom Brandt, who led the trade talks for a decade, on Monday warned that "the deal is '
        'dead in the water."',
    "statement.quote_cue_after":
        '"The deal is dead in the water," said Tom Brandt, the trade envoy.',
    "statement.quote_dash_credit": '"We stand with the workers of this port." ― Ana Keller',
    "statement.quote_according_to":
        'According to Ana Keller, "the port will stay open all winter."',
    "statement.quote_leading_cue": 'Said Mr Reyes: "We have no partner left to talk to."',
    "statement.quote_cue_before":
        'Tom Brandt, the trade envoy, said: "We have no partner left to talk to."',
    "statement.quote_continuation":
        '"We are ready to talk," Mr Paul Okafor said.\n\n"The port has to stay open for the '
        'whole of the winter season.',
    "statement.quote_paragraph_run":
        '"We waited eleven winters for this dock and nobody in the capital listened.\n\n'
        '"Now the money is here and we will build it," said harbour master Tom Ward.',
    "statement.quote_colon_lead": 'Harbour chief Paul Okafor said:\n\n"We are ready to talk to '
                                  'anyone who wants the port open."',
    "statement.quote_lead_in_paragraph": 'Harbour chief Paul Okafor was more cautious.\n\n'
                                         '"Nobody gains from a closed gate this winter."',
    "statement.quote_after_report": 'The ferry talks will resume next week, harbour master '
                                    'Tom Ward said. "We are not far apart on the fares."',
    "statement.reporter_over_continuation":
        'Tom Ward said the port was "open for business again". A union spokesman said forty '
        'ships were still waiting. They share a hope for "a quiet winter on the quay."',
    "statement.quote_sentence_subject":
        'Anna Keller wants the council to "drop its plan for the harbour" this year.',
    "statement.quote_echo":
        "Port chief Maria Lind spoke on the radio.\n\nLIND: The quay is nearly finished.\n\n"
        'Calling the quay "nearly finished" will not convince the islanders.',
    "statement.quote_transcript_label":
        'Port chief Maria Lind spoke on the radio.\n\nLIND: "The quay is nearly finished."',
    "statement.quote_words_of":
        '"The quay is nearly finished." That was the message from port chief Maria Lind.',
    "statement.indirect_cue_clause": "Maria Lind said the agency must cut its budget by a fifth.",
    "deploy.force_object": "Russia has massed some 90,000 troops near the Ukrainian border.",
    "deploy.force_level": "Portugal plans to cut its presence in the Central African Republic "
                          "to 180 troops.",
    "deploy.force_total": "The new orders will bring the total number of Danish soldiers "
                          "posted in Estonia to nearly 1,200.",
    "deploy.force_at_place": "Officials fear for the 900 Irish peacekeepers in southern "
                             "Lebanon.",
    "deploy.force_hosted": "Iceland, which hosts some 300 American airmen, wants more.",
    "deploy.force_subject": "Fresh Canadian troops arrived in Riga on Tuesday.",
    "deploy.force_participle": "Italy has about 900 soldiers stationed in Lebanon.",
    "deploy.deploy_noun": "The deployment of 3,000 Spanish troops to Mali began in May.",
    "deploy.force_in_place": "There are some 12,000 Turkish troops in northern Cyprus.",
    "deploy.hardware_seen": "Two Chinese frigates were tracked off the coast of Alaska.",
    "deploy.bare_number": "The Pentagon will send 2,000 more troops to Poland, adding to the "
                          "roughly 4,500 already there.",
}


def test_every_statement_and_deployment_rule_has_a_case():
    ids = {r for ft in fact_types() if ft.name != "visits" for r in ft.rule_ids()}
    assert ids == set(CASES)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule(rule_id):
    from newsfacts.extract.rules import set_disabled

    if rule_id.startswith("statement.") and rule_id != "statement.quote_verb_subject":
        # the surface paths speak when the parse path is off (tests/extract/
        # test_statement_rules.py runs the same sentences with it on too)
        set_disabled("statement.quote_verb_subject")
    try:
        out = extract_document("t", "Headline\n\n" + CASES[rule_id], meta=META)
    finally:
        set_disabled("")
    kind = "statements" if rule_id.startswith("statement.") else "deployments"
    assert rule_id in {f["rule"] for f in out[kind]}, out[kind]
