"""Force deployments on the parse: one invented sentence per rule id, the phrase reader
(numbers, qualifiers, owners), statuses, and what is not a deployment."""

from __future__ import annotations

import pytest

from newsfacts.extract import extract_document
from newsfacts.extract.deployments import rule_ids
from newsfacts.extract.forces import parse_number

META = {"published": "2024-05-02", "title_in_body": True}


def deployments(body: str) -> list[dict]:
    return extract_document("t", "Headline\n\n" + body, meta=META)["deployments"]


def tuples(body: str) -> list[tuple]:
    """Every fact as (actor, size, qualifier, unit, location, status), in order."""
    return [(d["actor"], d["size"], d["qualifier"], d["unit"], d["location"], d["status"])
            for d in deployments(body)]


def facts(body: str) -> set[tuple]:
    return {(d["actor"], d["size"], d["qualifier"], d["unit"], d["location"], d["status"],
             d["rule"]) for d in deployments(body)}


@pytest.mark.parametrize("body, expected", [
    ("Norway will send 250 soldiers to the Latvian border next week.",
     ("Norway", 250, "exact", "soldier", "the Latvian border", "ordered",
      "deploy.force_object")),
    ("The 400 Dutch marines stationed on Aruba will be cut to 150.",
     ("Netherlands", 150, "exact", "marine", "Aruba", "withdrawn", "deploy.bare_number")),
    ("Fresh Canadian troops arrived in Riga on Tuesday.",
     ("Canada", None, "vague", "troop", "Riga", "deployed", "deploy.force_subject")),
    ("Italy has about 900 soldiers stationed in Lebanon.",
     ("Italy", 900, "approx", "soldier", "Lebanon", "deployed", "deploy.force_participle")),
    ("The deployment of 3,000 Spanish troops to Mali began in May.",
     ("Spain", 3000, "exact", "troop", "Mali", "deployed", "deploy.deploy_noun")),
    ("There are some 12,000 Turkish troops in northern Cyprus.",
     ("Turkey", 12000, "approx", "troop", "northern Cyprus", "deployed",
      "deploy.force_in_place")),
    ("Portugal plans to cut its presence in the Central African Republic to 180 troops.",
     ("Portugal", 180, "exact", "troop", "the Central African Republic", "withdrawn",
      "deploy.force_level")),
    ("The new orders will bring the total number of Danish soldiers posted in Estonia to "
     "nearly 1,200.",
     ("Denmark", 1200, "approx", "soldier", "Estonia", "ordered", "deploy.force_total")),
    ("Officials fear for the 900 Irish peacekeepers in southern Lebanon.",
     ("Ireland", 900, "exact", "peacekeeper", "southern Lebanon", "deployed",
      "deploy.force_at_place")),
    ("Two Russian warships were spotted off the coast of Scotland on Sunday.",
     ("Russia", 2, "exact", "warship", "the coast of Scotland", "deployed",
      "deploy.hardware_seen")),
    ("Spain hosts about 3,000 American troops at two bases.",
     ("United States", 3000, "approx", "troop", "Spain", "deployed", "deploy.force_hosted")),
])
def test_each_rule(body, expected):
    assert expected in facts(body)


def test_every_rule_id_is_tested_above():
    tested = {"deploy.force_object", "deploy.bare_number", "deploy.force_subject",
              "deploy.force_participle", "deploy.deploy_noun", "deploy.force_in_place",
              "deploy.force_level", "deploy.force_total", "deploy.force_at_place",
              "deploy.hardware_seen", "deploy.force_hosted"}
    assert set(rule_ids()) == tested


def test_bare_numbers_take_the_forces_named_before():
    got = facts("Finland will send 300 more troops to Estonia, adding to the roughly 1,100 "
                "already there. Another 150 will train local reservists.")
    assert ("Finland", 300, "exact", "troop", "Estonia", "ordered", "deploy.force_object") in got
    assert ("Finland", 1100, "approx", "troop", "Estonia", "deployed",
            "deploy.bare_number") in got
    assert ("Finland", 150, "exact", "troop", None, "ordered", "deploy.bare_number") in got


@pytest.mark.parametrize("text, value", [
    ("14,000", 14000), ("2.5 million", 2_500_000), ("two dozen", 24), ("a dozen", 12),
    ("forty-five", 45), ("8,000 to 12,000", 8000), ("300-350", 300), ("several", None),
])
def test_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("body, size, qualifier", [
    ("Chile deployed more than 2,000 soldiers to the northern border.", 2000, "at_least"),
    ("Peru deployed as many as 600 police officers to the border crossing.", 600, "at_most"),
    ("Ecuador deployed an estimated 1,500 troops to the coast.", 1500, "approx"),
    ("Bolivia deployed 100-120 troops to the lake shore villages.", 100, "approx"),
    ("Uruguay deployed thousands of troops to the border.", None, "vague"),
    ("Paraguay deployed more than a dozen marines to the river port.", 12, "at_least"),
    ("Guyana deployed several hundred soldiers to the western border.", None, "vague"),
    ("Suriname sent a few thousand troops to the river border.", None, "vague"),
    ("Belize deployed two hundred soldiers to the southern border.", 200, "exact"),
])
def test_sizes_and_qualifiers(body, size, qualifier):
    d = deployments(body)
    assert d and d[0]["size"] == size and d[0]["qualifier"] == qualifier


def test_owners_coordinated_and_named_forces():
    got = {(d["actor"], d["unit"]) for d in deployments(
        "Thousands of Greek and Bulgarian troops were deployed along the Turkish border.")}
    assert got == {("Greece", "troop"), ("Bulgaria", "troop")}
    d = deployments("The People's Liberation Army could be deployed in Macau, an official said.")
    assert d and d[0]["actor"] == "China" and d[0]["status"] == "planned"
    d = deployments("More than 30 Vietnamese coast guard and fisheries vessels gathered around "
                    "the disputed atoll.")
    assert d and d[0]["unit"] == "vessel" and d[0]["size"] == 30


@pytest.mark.parametrize("body, status", [
    ("Hungary has deployed 200 soldiers to the Serbian border.", "deployed"),
    ("Hungary will deploy 200 soldiers to the Serbian border.", "ordered"),
    ("Hungary is sending 200 soldiers to the Serbian border.", "deployed"),
    ("Hungary announced that it would deploy 200 soldiers to the Serbian border.", "ordered"),
    ("Hungary is considering sending 200 soldiers to the Serbian border.", "planned"),
    ("Hungary could send 200 soldiers to the Serbian border.", "planned"),
    ("Hungary put 200 soldiers on standby to reinforce the Serbian border.", "planned"),
    ("Hungary will withdraw 200 soldiers from the Serbian border.", "withdrawn"),
    ("Hungary agreed to pull 200 soldiers back from the Serbian border.", "withdrawn"),
    ("Hungary will not withdraw the 200 soldiers it keeps on the Serbian border.", "deployed"),
])
def test_statuses(body, status):
    d = deployments(body)
    assert d and d[0]["status"] == status


@pytest.mark.parametrize("body, status", [
    # the news reads forces being sent as forces going there (the annotators' status
    # "deployed"), like forces sent; only a passive progressive is still on the way
    ("Slovakia is moving 300 troops to its eastern frontier.", "deployed"),
    ("The Danish navy is deploying two frigates to the Baltic Sea this week.", "deployed"),
    ("Ottawa is gradually increasing its troops in Latvia.", "deployed"),
    ("Some 400 Czech soldiers are being sent to the Polish border.", "ordered"),
])
def test_a_progressive_of_sending_is_deployed(body, status):
    assert [d["status"] for d in deployments(body)][:1] == [status]


@pytest.mark.parametrize("body, status", [
    # forces that remain or stay are there now, whatever the tense (deploy_verbs.csv kind
    # "remain"); a "would remain" that reports an announcement is a decision, ordered
    ("About 600 Dutch troops will remain in Lithuania after the exercise ends.", "deployed"),
    ("Roughly 150 Estonian soldiers are to stay in Mali until the spring.", "deployed"),
    ("Some 2,000 Greek troops will stay on the island, the ministry said.", "deployed"),
    ("The minister said that 900 Austrian soldiers would remain in Kosovo next year.",
     "ordered"),
    ("Some 900 Austrian soldiers could remain in Kosovo next year.", "planned"),
])
def test_forces_that_remain_are_deployed(body, status):
    assert [d["status"] for d in deployments(body)][:1] == [status]


@pytest.mark.parametrize("body", [
    "Four Belgian soldiers were killed in Mali on Sunday.",
    "Gunmen ambushed Nigerian troops near the Cameroon border.",
    "The minister refused to say how many troops would go to Niger.",
    "Romania will not send troops to Moldova, the president said.",
    "Austria rejected calls to deploy soldiers to the Slovenian border.",
    "Market forces in the capital pushed prices up.",
    "Police in the capital said the suspect had fled.",
    "One soldier was seen near the border.",
    "Would Sweden send troops to Latvia?",
    "Polish troops in Poland held a parade on Friday.",
    "Officials are not planning any troop reductions in the region.",
    "Any foreign troops coming to Moldova would be treated as invaders, he said.",
    "The talks went along the lines of the ceasefire plan drafted last spring.",
])
def test_not_deployments(body):
    assert deployments(body) == []


def test_one_fact_per_number_and_place():
    d = deployments("Japan sent 500 troops to Djibouti. The 500 troops arrived in Djibouti on "
                    "Friday, and Japan said the 500 soldiers in Djibouti would stay a year.")
    assert [x["size"] for x in d] == [500]


@pytest.mark.parametrize("body, expected", [
    # a number with "-strong"
    ("Britain will deploy a 1,000-strong force of troops to Estonia.",
     ("United Kingdom", 1000, "exact", "force", "Estonia", "ordered", "deploy.force_object")),
    # "military presence": the adjective names the forces of a deployment noun
    ("The U.S. military presence in Iraq has grown.",
     ("United States", None, "vague", "military", "Iraq", "deployed", "deploy.deploy_noun")),
    # a participle before the noun
    ("Canada has deployed troops and stationed warships along the Arctic coast.",
     ("Canada", None, "vague", "warship", "the Arctic coast", "deployed",
      "deploy.force_object")),
    # forces carried by other forces take their frame
    ("Six armoured vehicles with 40 Lithuanian soldiers arrived at the border crossing.",
     ("Lithuania", 40, "exact", "soldier", "the border crossing", "deployed",
      "deploy.force_subject")),
    # two places for the same forces
    ("Russia has massed troops along the Finnish border and in the Kola peninsula.",
     ("Russia", None, "vague", "troop", "the Kola peninsula", "deployed",
      "deploy.force_object")),
])
def test_phrase_shapes(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # the holder of forces somewhere owns them
    ("Portugal has about 900 soldiers in the Central African Republic.",
     ("Portugal", 900, "approx", "soldier", "the Central African Republic", "deployed",
      "deploy.force_in_place")),
    ("The Danish military has about 300 personnel in Estonia.",
     ("Denmark", 300, "approx", "personnel", "Estonia", "deployed", "deploy.force_in_place")),
    # "some of the N": the number counts all of them, where they are
    ("Some of the 2,500 Dutch troops in Mali will move to Niger.",
     ("Netherlands", 2500, "exact", "troop", "Mali", "deployed", "deploy.force_in_place")),
    # out of / home on a sending verb is a withdrawal; "back to" is not
    ("Chile ordered its troops out of Haiti last week.",
     ("Chile", None, "vague", "troop", "Haiti", "withdrawn", "deploy.force_object")),
    ("Kenya sent 400 soldiers back to Somalia in March.",
     ("Kenya", 400, "exact", "soldier", "Somalia", "deployed", "deploy.force_object")),
    # a region the parse does not tag, a compass point as the place
    ("Chad deployed 1,200 soldiers to the northeast and 800 more to the Sahel.",
     ("Chad", 1200, "exact", "soldier", "the northeast", "deployed", "deploy.force_object")),
])
def test_places_and_owners(body, expected):
    assert expected in facts(body)


def test_an_origin_is_not_an_owner():
    d = deployments("Spain withdrew 300 troops from Lebanon in June.")
    assert d and d[0]["actor"] == "Spain" and d[0]["location"] == "Lebanon"


@pytest.mark.parametrize("body, status", [
    ("Latvia has ruled out sending troops to Ukraine's border.", None),
    ("Estonia abandoned plans to send soldiers to Mali.", None),
    ("Poland's defence ministry said 500 soldiers would be sent to the Belarus border.",
     "ordered"),
    ("Sweden criticised the troop surge that Russia ordered in Kaliningrad.", "ordered"),
    # a need is a demand, not a decision: planned (deploy_status_cues.csv "need")
    ("Seoul said Canadian troops need to stay on the peninsula.", "planned"),
    ("Kenya needs to send 2,000 more soldiers to Somalia, the general said.", "planned"),
    ("France will need to keep 3,000 troops in Mali next year.", "planned"),
])
def test_governing_words(body, status):
    d = deployments(body)
    if status is None:
        assert d == []
    else:
        assert d and d[0]["status"] == status


def test_a_reported_passive_takes_the_reporter_as_owner():
    d = deployments("The Polish defence ministry said 500 soldiers would be sent to the border.")
    assert d and d[0]["actor"] == "Poland"


def test_one_vague_fact_per_owner_and_country():
    d = deployments("Turkey has sent troops into Syria. Turkish troops in northern Syria "
                    "fired on the town on Monday.")
    assert [(x["actor"], x["location"]) for x in d] == [("Turkey", "Syria")]


def test_the_orderer_of_a_deployment_noun_owns_it():
    d = deployments("Sweden criticised the troop surge that Russia ordered in Kaliningrad.")
    assert [(x["actor"], x["location"], x["status"]) for x in d] == [
        ("Russia", "Kaliningrad", "ordered")]


def test_the_subject_of_a_verb_that_is_not_deploying_owns_nothing():
    # "they" joins the forces, it does not send them: the article's main owner decides
    d = deployments("Canada will send 200 more troops to Latvia. Iran condemned the move on "
                    "Monday. They will join some 600 troops deployed there last year.")
    assert ("Canada", 600) in {(x["actor"], x["size"]) for x in d}
    assert "Iran" not in {x["actor"] for x in d}


def test_a_vague_mention_of_counted_forces_is_not_repeated():
    d = deployments("Belarus has massed about 20,000 troops along the Lithuanian border. "
                    "Analysts said the troops massed along the Lithuanian border were ready.")
    assert [(x["size"], x["location"]) for x in d] == [(20000, "the Lithuanian border")]
    # other forces at the same place are facts of their own
    d = deployments("Belarus has massed about 20,000 troops along the Lithuanian border. "
                    "It has also massed tanks along the Lithuanian border.")
    assert {(x["size"], x["unit"]) for x in d} == {(20000, "troop"), (None, "tank")}


@pytest.mark.parametrize("body", [
    # the same forces at the same place, whatever the status of the vague mention: one fact
    # per number and place (ANNOTATION), not one more for a different tense or modality
    "Chile will send 400 troops to the Bolivian border. Chile has sent troops to the Bolivian "
    "border before.",
    "Norway has deployed 300 soldiers to the Russian border. It could send more soldiers to "
    "the Russian border, the minister said.",
    "Kenya sent about 1,000 troops to Somalia in 2011. Kenya will keep troops in Somalia "
    "until the mission ends.",
])
def test_a_vague_mention_of_counted_forces_in_another_status_is_not_repeated(body):
    d = deployments(body)
    assert len(d) == 1 and d[0]["size"] is not None


def test_a_withdrawal_from_where_counted_forces_went_is_a_fact_of_its_own():
    d = deployments("Kenya sent about 1,000 troops to Somalia in 2011. Kenya will withdraw "
                    "troops from Somalia next year.")
    assert {(x["size"], x["status"]) for x in d} == {(1000, "deployed"), (None, "withdrawn")}


def test_a_number_already_somewhere_takes_the_place_after_it():
    # the parse hangs "in X" on the verb, not on the number
    got = facts("Denmark will fly 200 additional soldiers to Estonia to add to the 900 already "
                "in the country.")
    assert ("Denmark", 900, "exact", "soldier", "the country", "deployed",
            "deploy.bare_number") in got


def test_a_country_that_approves_plans_to_send_owns_the_forces():
    # approved plans are decided: ordered (a stated plan to send is announced, not proposed)
    d = deployments("Norway has approved plans to send about 150 more troops to Lithuania.")
    assert [(x["actor"], x["size"], x["status"]) for x in d] == [("Norway", 150, "ordered")]


@pytest.mark.parametrize("body, status", [
    ("Belgium plans to send 120 paratroopers to Niger next month.", "ordered"),
    ("Belgium is considering sending 120 paratroopers to Niger.", "planned"),
    ("Belgium could send 120 paratroopers to Niger.", "planned"),
])
def test_a_stated_plan_is_an_order_and_a_considered_one_a_plan(body, status):
    assert [x["status"] for x in deployments(body)] == [status]


@pytest.mark.parametrize("body, expected", [
    # a stopped withdrawal keeps the forces where they are
    ("Germany has halted the withdrawal of 300 soldiers from Mali.",
     ("Germany", 300, "exact", "soldier", "Mali", "deployed", "deploy.deploy_noun")),
    ("Spain cancelled plans to withdraw troops from Iraq.",
     ("Spain", None, "vague", "troop", "Iraq", "deployed", "deploy.force_object")),
    # "there" is the place a preposition named before it in the sentence
    ("In Gao, the commander said he was delaying the pullout of French troops there.",
     ("France", None, "vague", "troop", "Gao", "deployed", "deploy.deploy_noun")),
])
def test_stopped_withdrawals_and_there(body, expected):
    assert expected in facts(body)


def test_there_is_not_the_subject_country():
    assert deployments("Russia said its troops would stay there.") == []


@pytest.mark.parametrize("body, expected", [
    # one named defence system is a deployment by itself
    ("The Pentagon announced new measures against Iran on Tuesday. It also deployed a "
     "Patriot missile defense system to Qatar.",
     ("United States", None, "vague", "missile defense system", "Qatar", "deployed",
      "deploy.force_object")),
    ("Greece moved two Patriot missile defense systems to Cyprus.",
     ("Greece", 2, "exact", "missile defense system", "Cyprus", "deployed", "deploy.force_object")),
    # "it" is the country or body the sentence before is about
    ("The Kremlin accused Latvia of provocations. It then moved 3,000 soldiers to the border "
     "with Latvia.",
     ("Russia", 3000, "exact", "soldier", "the border with Latvia", "deployed",
      "deploy.force_object")),
])
def test_systems_and_it(body, expected):
    assert expected in facts(body)


def test_a_system_needs_a_military_word():
    assert deployments("The company sold a new accounting system to the Chilean army.") == []


@pytest.mark.parametrize("body, expected", [
    # the number a total is raised to is the forces' size, wherever the parse hangs it
    ("Last spring the Swedish government raised the number of its troops in Mali to 480 "
     "this year.",
     ("Sweden", 480, "exact", "troop", "Mali", "deployed", "deploy.force_total")),
    ("Belgium will fly 200 more paratroopers to Niger, bringing the total number sent "
     "this year to more than 700.",
     ("Belgium", 700, "at_least", "paratrooper", "Niger", "ordered", "deploy.bare_number")),
])
def test_totals_brought_to_a_number(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # a total changed "from X to Y" is counted where the change ends, wherever the parse
    # hangs "to Y" (on the first number, on "from", or read as one range with the date)
    ("Denmark will reduce the number of its soldiers in Iraq from about 400 to 150.",
     ("Denmark", 150, "exact", "soldier", "Iraq", "withdrawn", "deploy.force_total")),
    ("The Dutch government cut the number of Dutch troops in Mali from 450 to 250.",
     ("Netherlands", 250, "exact", "troop", "Mali", "withdrawn", "deploy.force_total")),
    ("Norwegian troop levels in Lithuania fell from about 200 to 120 last year.",
     ("Norway", 120, "exact", "troop", "Lithuania", "withdrawn", "deploy.force_total")),
    ("Canada raised the number of Canadian troops in Latvia from 540 to 1,000.",
     ("Canada", 1000, "exact", "troop", "Latvia", "deployed", "deploy.force_total")),
    ("The number of Belgian soldiers in Niger has dropped from 300 to 90.",
     ("Belgium", 90, "exact", "soldier", "Niger", "withdrawn", "deploy.force_total")),
])
def test_a_total_changed_from_one_number_to_another_is_where_it_ends(body, expected):
    assert sorted(facts(body)) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a withdrawal noun that cuts forces to a level counts them at the level
    ("The deal calls for a reduction of Swiss forces in Kosovo to 160 within 90 days.",
     ("Switzerland", 160, "exact", "force", "Kosovo", "withdrawn", "deploy.deploy_noun")),
    ("Spain announced a drawdown of its soldiers in Mali to 300 by the summer.",
     ("Spain", 300, "exact", "soldier", "Mali", "withdrawn", "deploy.deploy_noun")),
    ("The Italian government ordered a reduction of Italian troops in Lebanon to 1,000.",
     ("Italy", 1000, "exact", "troop", "Lebanon", "withdrawn", "deploy.deploy_noun")),
    # a place after "to" is no level
    ("The Dutch government ordered a drawdown of troops in Mali to the capital.",
     ("Netherlands", None, "vague", "troop", "Mali", "withdrawn", "deploy.deploy_noun")),
])
def test_a_withdrawal_noun_cut_to_a_level_counts_the_forces_there(body, expected):
    assert expected in facts(body)


def test_owned_targets_are_where_they_are_and_unowned_victims_are_not():
    got = facts("Rebels were paid to kill Spanish and Italian soldiers in Lebanon, officials "
                "said.")
    assert ("Spain", None, "vague", "soldier", "Lebanon", "deployed",
            "deploy.force_at_place") in got
    assert ("Italy", None, "vague", "soldier", "Lebanon", "deployed",
            "deploy.force_at_place") in got
    assert deployments("Mourners recalled the murder of four marines in Ohio last summer.") == []


@pytest.mark.parametrize("body, expected", [
    # a person as the deploying subject: the country their title or an "of" phrase names
    ("Defence Minister Anna Berg of Sweden ordered 150 soldiers to Gotland.",
     ("Sweden", 150, "exact", "soldier", "Gotland", "ordered", "deploy.force_object")),
    ("Hanno Pevkur, Estonia's defence minister, sent 100 soldiers to the eastern border.",
     ("Estonia", 100, "exact", "soldier", "the eastern border", "deployed",
      "deploy.force_object")),
    # a name the title gave a country earlier, whatever part of speech the parse gives it
    ("Chilean President Gabriel Boric visited Peru. Boric later sent 300 soldiers to the "
     "northern border.",
     ("Chile", 300, "exact", "soldier", "the northern border", "deployed",
      "deploy.force_object")),
    # a governor's forces are the state's
    ("Oregon Gov. Kate Brown has agreed to send 200 National Guard troops to Portland.",
     ("Oregon", 200, "exact", "guard troop", "Portland", "ordered", "deploy.force_object")),
    ("Governor Anna Ruiz of New Mexico sent 100 National Guard soldiers to the border.",
     ("New Mexico", 100, "exact", "guard soldier", "the border", "deployed",
      "deploy.force_object")),
])
def test_a_person_deploys_for_the_country_or_state_of_their_office(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, status", [
    # forces on a participle take the modality of the clause that holds them
    ("The motion asks for 40 more marines stationed in Gibraltar.", "planned"),
    ("Spain has 40 marines stationed in Gibraltar.", "deployed"),
    # ... only that clause: joining ships already there says nothing of when they arrived
    ("Dutch marines will patrol the strait, joining British warships stationed in Bahrain.",
     "deployed"),
    ("The new recruits will relieve 300 Ghanaian police already deployed in Bamako.",
     "deployed"),
])
def test_participle_forces_take_their_clause_modality(body, status):
    got = [d for d in deployments(body) if d["rule"] == "deploy.force_participle"]
    assert got and got[0]["status"] == status


@pytest.mark.parametrize("body, expected", [
    # a relative clause with a tense of its own keeps it, whatever the clause around says
    ("The new battalion will relieve the 300 Dutch troops who were deployed to Lithuania in "
     "2017.",
     ("Netherlands", 300, "exact", "troop", "Lithuania", "deployed", "deploy.force_participle")),
    ("The reinforcements will join about 750 Belgian soldiers who were sent to Niger last "
     "month.",
     ("Belgium", 750, "approx", "soldier", "Niger", "deployed", "deploy.force_participle")),
    ("Germany will replace the 600 German troops who were sent to Lithuania in 2017.",
     ("Germany", 600, "exact", "troop", "Lithuania", "deployed", "deploy.force_participle")),
    ("The ministry will feed the 80 Danish soldiers who were posted to Estonia last year.",
     ("Denmark", 80, "exact", "soldier", "Estonia", "deployed", "deploy.force_participle")),
    # ... and a modal of its own too
    ("Spain wants 500 more Spanish soldiers who would be stationed in Melilla.",
     ("Spain", 500, "exact", "soldier", "Melilla", "planned", "deploy.force_participle")),
])
def test_a_relative_clause_with_its_own_tense_keeps_it(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # "already / still / currently in X" right after the forces is their place, though the
    # parse hangs it on the verb
    ("The reinforcements will join some 1,000 French troops already in Mali.",
     ("France", 1000, "approx", "troop", "Mali", "deployed", "deploy.force_at_place")),
    ("The new unit will relieve 200 Dutch marines already in Aruba.",
     ("Netherlands", 200, "exact", "marine", "Aruba", "deployed", "deploy.force_at_place")),
    ("Norway will reinforce the 90 Norwegian soldiers still in Mali next month.",
     ("Norway", 90, "exact", "soldier", "Mali", "deployed", "deploy.force_at_place")),
    ("The ships will support some 600 Spanish troops already in Latvia.",
     ("Spain", 600, "approx", "troop", "Latvia", "deployed", "deploy.force_at_place")),
    ("Britain will add 300 marines to the 800 Estonian soldiers already in Tapa.",
     ("Estonia", 800, "exact", "soldier", "Tapa", "deployed", "deploy.force_at_place")),
])
def test_forces_already_somewhere_are_there(body, expected):
    assert expected in facts(body)


def test_forces_doing_something_somewhere_are_there():
    got = facts("The 400 Danish troops advising and assisting in Riga were praised by the "
                "minister.")
    assert ("Denmark", 400, "exact", "troop", "Riga", "deployed",
            "deploy.force_at_place") in got


def test_a_few_hundred_is_no_number():
    got = facts("Canada sent 300 soldiers to the border town on Monday. By Tuesday a few "
                "hundred crossed the river at Emerson.")
    assert [f[1] for f in got] == [300]


def test_a_withdrawal_without_a_place_is_from_where_the_owners_forces_were_placed():
    placed = "Canadian troops have been stationed in Latvia since 2017. "
    got = facts(placed + "The government plans to pull Canadian troops out by the end of "
                "next year.")
    assert ("Canada", None, "vague", "troop", "Latvia", "deployed",
            "deploy.force_object") in got
    assert ("Canada", None, "vague", "troop", "Latvia", "withdrawn",
            "deploy.force_object") in got
    # another owner's withdrawal does not take the Canadians' place
    other = facts(placed + "The Danish government plans to pull Danish troops out by the end "
                  "of next year.")
    assert {f[0] for f in other} == {"Canada"}


@pytest.mark.parametrize("body, actor", [
    ("Angela Merkel sent 200 more soldiers to Lithuania on Monday.", "Germany"),
    ("Chancellor Merkel sent soldiers to the Lithuanian border.", "Germany"),
    ("Justin Trudeau has ordered troops to the flooded region.", "Canada"),
])
def test_a_leader_deploys_for_their_country(body, actor):
    assert [x["actor"] for x in deployments(body)] == [actor]


@pytest.mark.parametrize("body, actor", [
    ("The Defense Department said it would send 1,500 troops to the southern border.",
     "United States"),
    ("The Department of Defense has ordered 300 more soldiers to Poland.", "United States"),
    ("Downing Street will send 800 troops to Estonia in the spring.", "United Kingdom"),
    ("The Trump administration is sending 2,000 troops to Romania.", "United States"),
    ("The Obama administration deployed 450 advisers to Iraq last year.", "United States"),
    ("The Merkel government plans to send 650 soldiers to Lithuania.", "Germany"),
    ("Caracas has deployed 4,000 troops along the Colombian border.", "Venezuela"),
    ("Canberra will send 200 soldiers to the Solomon Islands.", "Australia"),
    ("Ottawa is sending 400 troops to Latvia.", "Canada"),
    ("Abu Dhabi sent 1,000 soldiers to Yemen in 2015.", "United Arab Emirates"),
    ("Manila has deployed five warships to the disputed shoal.", "Philippines"),
    ("Hanoi moved 300 soldiers to the island last week.", "Vietnam"),
    ("Taipei has stationed 200 marines on the outlying island.", "Taiwan"),
    ("Tripoli has sent 500 soldiers to Sirte.", "Libya"),
    # a ministry's country modifier outranks the country whose ministry bears that name
    ("Russia's Ministry of Defence has sent 300 troops to the border.", "Russia"),
    # "we" in a capital's quotation
    ('"We will send 300 soldiers to the border," Ottawa said on Monday.', "Canada"),
])
def test_a_government_named_by_its_seat_office_or_leader_deploys(body, actor):
    """Ministries and seats of government (ref_actor_aliases.csv), a capital standing for
    its government (ref_countries.csv), "the <leader> administration" (leaders.csv)."""
    assert [x["actor"] for x in deployments(body)] == [actor]


def test_a_capital_that_is_a_dateline_or_a_common_name_is_no_actor():
    from newsfacts.extract.forces import actor_of
    from newsfacts.extract.nlp import parse_text
    from newsfacts.extract.places import capital_actor

    assert capital_actor("Caracas") == ("Venezuela", "VE")
    assert capital_actor("Brussels") is None  # the EU's seat more often than Belgium's
    assert capital_actor("Sofia") is None  # a first name too
    for text, word in (("CARACAS (Reuters) - Troops were sent to the border.", "CARACAS"),
                       ("Ottawa - Troops were sent to the flooded towns.", "Ottawa")):
        tok = next(t for t in parse_text(text) if t.text == word)
        assert actor_of(tok) is None, text
    tok = next(t for t in parse_text("Ottawa sent troops to the flooded towns.") if t.text == "Ottawa")
    assert actor_of(tok) == ("Canada", "CA")


def test_a_surname_several_people_bear_names_no_country_alone():
    # "Johnson" is no leader by itself: the unsized troops have no known owner
    assert deployments("Johnson sent troops to the border.") == []


@pytest.mark.parametrize("body, expected", [
    ("Bashar al-Assad's forces massed near Idlib on Sunday.",
     ("Syria", None, "vague", "force", "Idlib", "deployed", "deploy.force_subject")),
    ("Vladimir Putin's troops crossed into Georgia in 2008.",
     ("Russia", None, "vague", "troop", "Georgia", "deployed", "deploy.force_subject")),
])
def test_a_leaders_forces_are_their_countrys(body, expected):
    assert expected in facts(body)


def test_unowned_forces_are_the_owned_forces_named_just_before():
    body = ("Polish troops crossed into Lithuania on Monday. Polish tanks followed on Tuesday. "
            "Latvian soldiers arrived in Riga on Wednesday. Hundreds of soldiers were then "
            "moved to Vilnius.")
    got = {(f[0], f[4]) for f in facts(body)}
    assert ("Latvia", "Vilnius") in got and ("Poland", "Lithuania") in got


@pytest.mark.parametrize("body, expected", [
    # an ordinal is no number; a number the parse hangs on a compound before the noun is
    ("The first 150 Slovak soldiers landed in Riga on Friday.",
     ("Slovakia", 150, "exact", "soldier", "Riga", "deployed")),
    ("Washington will station 12 F-16 fighter jets in Poland.",
     ("United States", 12, "exact", "fighter jet", "Poland", "ordered")),
    ("Norway deployed roughly three dozen special forces soldiers to Iraq.",
     ("Norway", 36, "approx", "soldier", "Iraq", "deployed")),
    # subjects that move: "rotate", "reach" (its object the place)
    ("About 4,000 Belgian soldiers will rotate to Lithuania this autumn.",
     ("Belgium", 4000, "approx", "soldier", "Lithuania", "ordered")),
    ("Some 300 Dutch troops reached the Malian town of Gao.",
     ("Netherlands", 300, "approx", "troop", "the Malian town of Gao", "deployed")),
])
def test_numbers_on_compounds_and_moving_subjects(body, expected):
    assert expected in {f[:6] for f in facts(body)}


def test_a_force_noun_that_needs_a_word_beside_it_selects_its_sentence():
    """"service members" alone (no other force word) gets its sentence parsed."""
    got = facts("Canada has about 900 service members in Latvia.")
    assert ("Canada", 900, "approx", "service member", "Latvia", "deployed") in {f[:6] for f in got}
    from newsfacts.extract.forces import parse_pattern

    pat = parse_pattern()
    assert pat.search("members of the National Guard") and pat.search("a carrier strike group")
    assert not pat.search("members of Congress voted")


def test_an_aircraft_model_plural_selects_its_sentence_only_as_written():
    """"six F-16s" gets its sentence parsed; a decade or an age in lower case does not."""
    from newsfacts.extract.forces import parse_pattern

    pat = parse_pattern()
    assert pat.search("Poland received six F-16s on Monday")
    assert pat.search("two Su-24s flew low over the frigate")
    assert not pat.search("voters in their mid-90s and over-50s clubs")


def test_a_deployment_noun_a_country_owns_needs_no_force_noun():
    """"the Dutch withdrawal from X": forces of unstated kind, without a number (the
    sentence is parsed for the troops it names too)."""
    got = {f[:6] for f in facts("The Dutch withdrawal from Afghanistan left Australian troops "
                                "exposed.")}
    assert ("Netherlands", None, "vague", "troop", "Afghanistan", "withdrawn") in got
    assert not {f for f in facts("The withdrawal from the treaty worried soldiers.")}


def test_a_service_that_withdraws_other_forces_is_their_owner_not_a_withdrawal():
    got = {f[:6] for f in facts("About 900 Belgian soldiers are stationed in Niger. The "
                                "Belgian navy will also withdraw two frigates that have been "
                                "operating in the Gulf of Aden.")}
    assert ("Belgium", 2, "exact", "frigate", "the Gulf of Aden", "withdrawn") in got
    assert not any(f[3] == "navy" for f in got)


@pytest.mark.parametrize("body, expected", [
    ("The Pentagon ordered the USS Abraham Lincoln to sail to the Persian Gulf.",
     ("United States", 1, "exact", "ship", "the Persian Gulf", "ordered")),
    ("HMS Defender sailed through the Black Sea on Wednesday.",
     ("United Kingdom", 1, "exact", "ship", "the Black Sea", "deployed")),
])
def test_a_named_warship_is_one_vessel_of_its_prefix_navy(body, expected):
    assert expected in {f[:6] for f in facts(body)}


def test_a_named_warship_needs_a_place_and_is_not_counted_twice():
    assert not facts("The USS Gerald Ford returned to its home port after repairs.")
    got = facts("The U.S. Navy sent the aircraft carrier USS Nimitz to the Arabian Sea.")
    assert [f[:6] for f in got] == [("United States", 1, "exact", "aircraft carrier",
                                      "the Arabian Sea", "deployed")]


def test_forces_loyal_to_a_leader_are_his_countrys():
    got = {f[:6] for f in facts("Forces loyal to President Bashar al-Assad entered the town "
                                "of Manbij.")}
    assert ("Syria", None, "vague", "force", "the town of Manbij", "deployed") in got


@pytest.mark.parametrize("body, status", [
    # a governor that cues only with a word beside it (deploy_status_cues.csv `needs`)
    ("Opposition lawmakers called for sending 300 Slovak troops to Kosovo.", "planned"),
    ("The premier backed away from a plan to pull 800 Greek soldiers out of Cyprus.",
     "deployed"),
    ("Romania dropped plans to send 200 soldiers to Mali.", None),
    # a governing noun with "no", a 'shelved' plan
    ("Austria has no plans to send troops to Bosnia, the chancellor said.", None),
    ("A plan to withdraw 1,200 Czech troops from Kosovo was shelved.", "deployed"),
    # an adjective on the deployment noun (scope amod), a conditional clause (scope condition)
    ("A potential deployment of 2,000 Dutch soldiers to Mali was discussed.", "planned"),
    ("Finland will deploy 4,000 soldiers to its eastern border if the crisis deepens.",
     "planned"),
    # a reported future: a parenthetical reporting verb, "according to"
    ("The 300 Czech troops, officials said, would be deployed to Lithuania in May.",
     "ordered"),
    ("About 300 Slovenian soldiers would deploy to Latvia, according to the ministry.",
     "ordered"),
    # forces there now that a governor keeps there
    ("Belgium plans to continue its military presence in Mali until the elections.",
     "deployed"),
    # a "for" clause the parse hangs on "called" as an adverbial: still what is called for
    ("A senator has called for 20,000 Canadian troops split between Latvia and Estonia.",
     "planned"),
    ("The senator called for 5,000 British troops to be sent to Estonia.", "planned"),
    ("Activists called for 300 Irish peacekeepers stationed in Syria.", "planned"),
])
def test_status_cues_from_the_governing_predicate(body, status):
    d = deployments(body)
    if status is None:
        assert d == []
    else:
        assert d and d[0]["status"] == status


@pytest.mark.parametrize("body, expected", [
    ("Italian troop numbers in Lebanon have fallen to 1,100.",
     ("Italy", 1100, "troop", "Lebanon", "withdrawn")),
    ("The number of French soldiers in Chad has risen to 1,500.",
     ("France", 1500, "soldier", "Chad", "deployed")),
])
def test_a_total_that_changes_by_itself_gives_the_size(body, expected):
    got = [(d["actor"], d["size"], d["unit"], d["location"], d["status"])
           for d in deployments(body)]
    assert expected in got


def test_leaving_for_a_place_is_on_the_way_there():
    d = deployments("A contingent of 130 Estonian soldiers left for Mali on Tuesday.")
    assert [(x["size"], x["location"], x["status"]) for x in d] == [(130, "Mali", "ordered")]
    d = deployments("The last 200 Canadian troops left Afghanistan on Monday.")
    assert [(x["size"], x["location"], x["status"]) for x in d] == [
        (200, "Afghanistan", "withdrawn")]


def test_quoted_we_is_the_speakers_country():
    d = deployments('"We are sending 200 soldiers to Kosovo," Austria\'s defence ministry '
                    'said on Friday.')
    assert [(x["actor"], x["size"]) for x in d] == [("Austria", 200)]
    # outside a quotation "we" names nobody
    d = deployments("We will send 500 troops to Mali, the minister said.")
    assert [x["actor"] for x in d] == [None] or d == []


@pytest.mark.parametrize("body, expected", [
    ("About 1,200 Egyptian troops are believed to be in eastern Libya.",
     ("Egypt", 1200, "eastern Libya", "deployed")),
    ("Some 300 Chadian soldiers are said to have arrived in Niamey.",
     ("Chad", 300, "Niamey", "deployed")),
    ("Hungary is believed to have sent 150 soldiers to Bosnia.",
     ("Hungary", 150, "Bosnia", "deployed")),
    # a participle with a place of its own under the evidential: they are there
    ("At least six Danish soldiers were seen standing on the roof of the consulate.",
     ("Denmark", 6, None, "deployed")),
    ("About 40 Turkish troops were reported digging trenches on the hill.",
     ("Turkey", 40, None, "deployed")),
    ("Around 300 Dutch marines were seen patrolling near the harbour in Willemstad.",
     ("Netherlands", 300, "the harbour in Willemstad", "deployed")),
])
def test_an_evidential_passive_states_a_presence(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Greece has about 300 soldiers in Niger fighting jihadist groups.",
     ("Greece", 300, "Niger", "deployed")),
    ("About 600 Belgian soldiers in Mali are fighting jihadist groups.",
     ("Belgium", 600, "Mali", "deployed")),
    ("Chilean forces fighting in the Andes have lost a helicopter.",
     ("Chile", None, "the Andes", "deployed")),
])
def test_forces_that_act_in_a_clause_on_them_are_its_doers_not_victims(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body", [
    "The 40 Swiss soldiers killed in the avalanche were buried on Friday.",
    "Dutch troops wounded near Kandahar were flown to Germany.",
])
def test_forces_a_clause_on_them_harms_are_still_victims(body):
    assert all(d["location"] not in ("the avalanche", "Kandahar") for d in deployments(body))


@pytest.mark.parametrize("body, expected", [
    ("Chile has stepped up security along its northern border.",
     ("Chile", None, "security", "its northern border", "deployed")),
    ("Kenya beefed up security at the Garissa airport on Monday.",
     ("Kenya", None, "security", "the Garissa airport", "deployed")),
    ("Peru said more security would be deployed at the Lima stadium, the ministry said.",
     ("Peru", None, "security", "the Lima stadium", "ordered")),
])
def test_security_raised_or_deployed_at_a_place_is_a_deployment(body, expected):
    assert expected in [(d["actor"], d["size"], d["unit"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body", [
    "The Security Council met in Geneva to discuss the border.",
    "Uruguay's national security adviser flew to Brasilia on Monday.",
    "Security at the summit in Oslo was tight, the police said.",
])
def test_security_without_a_verb_that_deploys_it_is_no_force(body):
    assert [d for d in deployments(body) if d["unit"] == "security"] == []


@pytest.mark.parametrize("body, expected", [
    ("About 2,000 Romanian troops are split between Mosul and Erbil.",
     ("Romania", 2000, "Mosul and Erbil", "deployed")),
    ("The 3,000 Polish soldiers are divided among three bases in Lithuania.",
     ("Poland", 3000, "three bases in Lithuania", "deployed")),
    ("Some 800 Czech soldiers are spread across eastern Slovakia.",
     ("Czechia", 800, "eastern Slovakia", "deployed")),
])
def test_forces_split_or_spread_over_places_are_there(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Spain will send 200 troops to Latvia, 120 to Romania and 60 to Slovakia.",
     {("Spain", 200, "Latvia", "ordered"), ("Spain", 120, "Romania", "ordered"),
      ("Spain", 60, "Slovakia", "ordered")}),
    ("Italy has about 1,000 soldiers in Lebanon, 400 in Iraq and 250 in Niger.",
     {("Italy", 1000, "Lebanon", "deployed"), ("Italy", 400, "Iraq", "deployed"),
      ("Italy", 250, "Niger", "deployed")}),
])
def test_a_list_of_numbers_with_places_shares_the_forces_predicate(body, expected):
    got = {(d["actor"], d["size"], d["location"], d["status"]) for d in deployments(body)}
    assert expected <= got


@pytest.mark.parametrize("body, expected", [
    ("Canada will pull 300 of its 800 soldiers out of Latvia by June.",
     {("Canada", 300, "Latvia", "withdrawn"), ("Canada", 800, "Latvia", "deployed")}),
    ("Portugal is sending 90 of its 250 troops in Mozambique to the northern province.",
     {("Portugal", 250, "Mozambique", "deployed")}),
    ("Belgium will bring home 150 of the 400 Belgian soldiers in Mali.",
     {("Belgium", 150, "Mali", "withdrawn"), ("Belgium", 400, "Mali", "deployed")}),
])
def test_part_of_a_counted_force_and_the_whole_are_two_facts(body, expected):
    got = {(d["actor"], d["size"], d["location"], d["status"]) for d in deployments(body)}
    assert expected <= got


@pytest.mark.parametrize("body, status", [
    ("The cabinet in Oslo approved a request to send 120 Norwegian soldiers to Iraq.",
     "ordered"),
    ("The ministry accepted a proposal to deploy 80 Estonian troops to Mali.", "ordered"),
    ("Lawmakers in Madrid voted to send 100 Spanish soldiers to Latvia.", "ordered"),
    ("Norway's government agreed to consider sending 100 soldiers to Lithuania.", "planned"),
    ("The cabinet in Oslo is considering a request to send 120 Norwegian soldiers to Iraq.",
     "planned"),
])
def test_a_decision_on_a_proposal_orders_it(body, status):
    assert [d["status"] for d in deployments(body)] == [status]


def test_voting_against_sending_is_no_decision():
    got = deployments("In 1983 he voted against sending Dutch marines to Lebanon.")
    assert all(d["status"] != "ordered" for d in got)


@pytest.mark.parametrize("body, expected", [
    ("Some 3,000 Polish troops have been put on heightened alert for a possible deployment "
     "to Lithuania.", ("Poland", 3000, "Lithuania", "planned")),
    ("About 2,000 Danish soldiers are on standby for deployment to the Baltics.",
     ("Denmark", 2000, "the Baltics", "planned")),
    ("Spain has placed 300 marines on alert for a deployment to Libya.",
     ("Spain", 300, "Libya", "planned")),
])
def test_forces_on_standby_for_a_deployment_are_planned_there(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Washington is sending two armoured brigades to Romania.",
     ("United States", 2, "exact", "Romania")),
    ("Britain will deploy three Royal Marines battalions to Norway.",
     ("United Kingdom", 3, "exact", "Norway")),
    ("Germany sent a battalion to Lithuania last year.", ("Germany", None, "vague", "Lithuania")),
])
def test_counted_formations_keep_their_number(body, expected):
    assert expected in [(d["actor"], d["size"], d["qualifier"], d["location"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Dutch troop levels in southern Afghanistan peaked at about 2,000 in 2008.",
     ("Netherlands", 2000, "approx", "southern Afghanistan", "deployed")),
    ("The number of Turkish soldiers in Qatar now stands at 5,000.",
     ("Turkey", 5000, "exact", "Qatar", "deployed")),
    ("Roughly 3,000 French soldiers are present in the Sahel.",
     ("France", 3000, "approx", "the Sahel", "deployed")),
])
def test_levels_that_peak_or_stand_and_forces_present_somewhere(body, expected):
    assert expected in [(d["actor"], d["size"], d["qualifier"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("About 1,000 Fijian soldiers serve in the Golan Heights.",
     ("Fiji", 1000, "the Golan Heights", "deployed")),
    ("Some 200 Salvadoran troops are serving in Mali.", ("El Salvador", 200, "Mali", "deployed")),
    ("Zambian peacekeepers are patrolling the town of Bria.",
     ("Zambia", None, "the town of Bria", "deployed")),
])
def test_forces_serving_somewhere_are_there_now(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, actor", [
    ("Lithuania has asked NATO to station more troops on its territory.", "NATO"),
    ("Somalia urged the African Union to send 3,000 more troops to Mogadishu.", "African Union"),
    ("Washington has urged Tokyo to dispatch two destroyers to the Gulf.", "Japan"),
])
def test_the_object_of_asked_or_urged_does_the_deploying(body, actor):
    assert [d["actor"] for d in deployments(body)] == [actor]


@pytest.mark.parametrize("body, expected", [
    ("The Netherlands will send two Patriot batteries to Slovakia.",
     ("Netherlands", 2, "Slovakia", "ordered")),
    ("Washington has moved three THAAD batteries to Guam.", ("United States", 3, "Guam", "deployed")),
])
def test_batteries_named_by_their_system_are_forces(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Thousands of Pakistani soldiers have poured into the Swat valley since Friday.",
     ("Pakistan", None, "the Swat valley", "deployed")),
    ("Hundreds of Turkish special forces operate in northern Iraq.",
     ("Turkey", None, "northern Iraq", "deployed")),
    ("The last Belgian soldiers returned home from Mali in December.",
     ("Belgium", None, "Mali", "withdrawn")),
])
def test_forces_that_pour_in_operate_or_return_home(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


def test_forces_returning_to_a_place_are_not_withdrawn_from_it():
    got = deployments("Some 300 Turkish soldiers returned to Syria on Monday.")
    assert all(d["status"] != "withdrawn" for d in got)


@pytest.mark.parametrize("body, unit", [
    ("The French army has about 3,000 soldiers in Chad.", "soldier"),
    ("The U.S. Navy has two aircraft carriers in the Arabian Sea.", "aircraft carrier"),
])
def test_a_service_that_has_forces_somewhere_is_their_owner(body, unit):
    assert [d["unit"] for d in deployments(body)] == [unit]


@pytest.mark.parametrize("body, expected", [
    ("Canada will send 150 soldiers to help with flood relief in Manitoba.",
     ("Canada", 150, "Manitoba")),
    ("Greece sent 60 firefighting troops to assist with evacuations on the island of Evia.",
     ("Greece", 60, "the island of Evia")),
])
def test_a_purpose_clause_names_the_place_inside_its_object(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"]) for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    ("Latvia has requested 2,000 more NATO troops.", ("NATO", 2000, None, "planned")),
    ("The general sought 5,000 more British soldiers for the campaign.",
     ("United Kingdom", 5000, None, "planned")),
    ("Lithuania has requested 1,500 more NATO troops for its border with Belarus.",
     ("NATO", 1500, "its border with Belarus", "planned")),
    ("The commander sought 3,000 more Italian soldiers for Afghanistan.",
     ("Italy", 3000, "Afghanistan", "planned")),
])
def test_forces_requested_or_sought_are_planned(body, expected):
    assert expected in [(d["actor"], d["size"], d["location"], d["status"])
                        for d in deployments(body)]


@pytest.mark.parametrize("body, size", [
    ("The Pentagon will send 3,000 to 5,000 troops to Poland, officials said.", 3000),
    ("Germany will send 1,500 to 2,000 soldiers to Lithuania next year.", 1500),
    ("Officials said 400 to 500 marines were deployed to Darwin.", 400),
])
def test_a_range_written_with_to_is_its_lower_bound(body, size):
    """ANNOTATION: a range is its lower bound, qualifier approx (the parse can give the
    troops only the upper number)."""
    assert [(d["size"], d["qualifier"]) for d in deployments(body)] == [(size, "approx")]


@pytest.mark.parametrize("body, size", [
    ("Troop levels in the region fell from 9,000 in 2019 to 2,500 soldiers.", 2500),
    ("Germany will cut its contingent in Mali from about 2,000 to 1,500 soldiers.", 1500),
    ("The Dutch force in Lithuania grew by 500 to 1,500 soldiers last year.", 1500),
])
def test_a_change_from_or_by_one_number_to_another_is_the_second(body, size):
    """'from X to Y', 'by X to Y': Y is the size; X (or a year between) is no range."""
    from newsfacts.extract import forces, nlp

    doc = nlp.load()(body)
    head = next(t for t in doc if t.lower_ == "soldiers")
    assert forces._size(head, head)[0] == size


@pytest.mark.parametrize("body", [
    "The 900 US troops in Syria need air cover to operate safely.",
    "The 3,000 American troops stationed in Poland need better housing, the general said.",
    "Britain has 800 soldiers in Estonia who need new winter gear.",
])
def test_forces_that_need_a_thing_are_still_there(body):
    """'need' is a planned cue only as 'need to VERB': forces in place that need gear or
    cover are deployed."""
    assert [d["status"] for d in deployments(body)] == ["deployed"]


@pytest.mark.parametrize("body, expected", [
    # a raising or control word hands its subject to a deploying infinitive: the forces are
    # that verb's subject, or its object when it is passive; the word's modality is the status
    ("Some 400 Slovak soldiers are expected to arrive in Lithuania next month.",
     ("Slovakia", 400, "approx", "soldier", "Lithuania", "ordered")),
    ("About 250 Irish peacekeepers are due to arrive in Lebanon in May.",
     ("Ireland", 250, "approx", "peacekeeper", "Lebanon", "ordered")),
    ("Roughly 600 Czech troops are scheduled to deploy to Latvia this autumn.",
     ("Czechia", 600, "approx", "troop", "Latvia", "ordered")),
    ("About 300 Belgian soldiers are slated to deploy to Romania in March.",
     ("Belgium", 300, "approx", "soldier", "Romania", "ordered")),
    ("Some 800 Norwegian troops are to be sent to Finland.",
     ("Norway", 800, "approx", "troop", "Finland", "ordered")),
    ("Some 150 Austrian soldiers are likely to be deployed to Kosovo.",
     ("Austria", 150, "approx", "soldier", "Kosovo", "planned")),
    ("About 900 Spanish marines were expected to be withdrawn from Mali by June.",
     ("Spain", 900, "approx", "marine", "Mali", "withdrawn")),
])
def test_forces_raised_into_a_deploying_infinitive(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, actor", [
    ("Portugal is expected to send 200 soldiers to Romania.", "Portugal"),
    ("Greece was asked to deploy two frigates to the Red Sea.", "Greece"),
    ("Denmark is scheduled to send 120 soldiers to Latvia in June.", "Denmark"),
])
def test_the_passive_subject_of_a_raising_word_is_the_sender(body, actor):
    assert [d["actor"] for d in deployments(body)] == [actor]


@pytest.mark.parametrize("body, expected", [
    ("Slovenia is discussing sending 100 soldiers to Bosnia.",
     ("Slovenia", 100, "exact", "soldier", "Bosnia", "planned")),
    ("Parliament is debating sending 300 troops to Kosovo.",
     (None, 300, "exact", "troop", "Kosovo", "planned")),
    ("Croatia is likely to send 150 soldiers to Poland.",
     ("Croatia", 150, "exact", "soldier", "Poland", "planned")),
])
def test_debated_deployments_are_planned(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # one missile battery is a deployment by itself of size 1 (force_nouns.csv `single`),
    # like one warship; one missile or one soldier is not
    ("The United States will send a Patriot battery to Poland.",
     ("United States", 1, "exact", "patriot battery", "Poland", "ordered")),
    ("Germany deployed one Patriot missile battery to Slovakia in March.",
     ("Germany", 1, "exact", "missile battery", "Slovakia", "deployed")),
    ("The Netherlands has stationed a Patriot battery in southern Turkey.",
     ("Netherlands", 1, "exact", "patriot battery", "southern Turkey", "deployed")),
])
def test_a_single_missile_battery_is_a_deployment(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body", [
    "Poland fired one missile at the drone.",
    "One soldier was seen near the border.",
])
def test_one_missile_or_soldier_is_still_no_deployment(body):
    assert deployments(body) == []


def test_one_missile_battery_beside_one_missile_is_a_deployment():
    # the positive twin of the test above: the same sentence shapes with a battery
    assert tuples("Poland fired one missile at the drone. Germany deployed one Patriot "
                  "missile battery to Slovakia in March.") == [
        ("Germany", 1, "exact", "missile battery", "Slovakia", "deployed")]


@pytest.mark.parametrize("body, expected", [
    # a "who" clause the parse hangs on the unit the forces come from speaks of the forces
    ("About 750 soldiers from the 3rd Infantry Division who were sent to Kuwait arrived on "
     "Sunday.", (None, 750, "approx", "soldier", "Kuwait", "deployed")),
    ("The army said 400 paratroopers from the brigade, who were deployed to Latvia in May, "
     "are training with local units.", (None, 400, "exact", "paratrooper", "Latvia", "deployed")),
    ("Some 300 marines from the regiment who were flown to Darwin last week began drills on "
     "Monday.", (None, 300, "approx", "marine", "Darwin", "deployed")),
])
def test_a_who_clause_on_the_forces_unit_places_the_forces(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, actor", [
    # a governor named by a possessive or a compound state sends that state's Guard; a
    # state whose name holds a country's ("New Mexico") is no country
    ("Arizona's governor will send 500 National Guard troops to the border.", "Arizona"),
    ("New Mexico's governor ordered 200 National Guard troops to the border.", "New Mexico"),
    ("Florida's governor deployed 300 Guard soldiers to the Keys after the storm.", "Florida"),
])
def test_a_governor_named_by_a_possessive_state(body, actor):
    assert [d["actor"] for d in deployments(body)] == [actor]


@pytest.mark.parametrize("body, expected", [
    # forces as the "with" object of a reinforcing verb (deploy_verbs.csv `with`): its
    # object, or passive subject, holds the place
    ("NATO bolstered its presence in Poland with 4,000 troops.",
     ("NATO", 4000, "exact", "troop", "Poland", "deployed")),
    ("Japan has boosted its defences on Okinawa with 2,000 marines.",
     ("Japan", 2000, "exact", "marine", "Okinawa", "deployed")),
    ("The garrison in Gibraltar was reinforced with 200 Royal Marines.",
     ("United Kingdom", 200, "exact", "marine", "Gibraltar", "deployed")),
    ("Lithuania will shore up its border with Belarus with 1,000 more soldiers.",
     ("Lithuania", 1000, "exact", "soldier", "its border with Belarus", "ordered")),
])
def test_forces_a_place_is_reinforced_with(body, expected):
    assert tuples(body) == [expected]


def test_fighting_with_forces_is_no_reinforcement():
    assert deployments("The army fought the rebels near Goma with 500 soldiers.") == []
    # the positive twin: a place reinforced with forces
    assert tuples("The army reinforced its garrison near Goma with 500 soldiers.") == [
        (None, 500, "exact", "soldier", "its garrison near Goma", "deployed")]


@pytest.mark.parametrize("body, expected", [
    # a level forces are cut to is a withdrawal (ANNOTATION: cuts are withdrawn), also when
    # the phrase cut is a total or a presence; the force a cut starts from stays deployed
    ("The U.S. will cut its troop presence in Afghanistan to 8,600.",
     ("United States", 8600, "exact", "troop", "Afghanistan", "withdrawn")),
    ("Germany reduced the number of its soldiers in Mali to 1,100.",
     ("Germany", 1100, "exact", "soldier", "Mali", "withdrawn")),
    ("Canada will cut the number of its troops in Latvia to 400 next year.",
     ("Canada", 400, "exact", "troop", "Latvia", "withdrawn")),
    ("Washington will reduce its troop presence in Iraq to 2,500.",
     ("United States", 2500, "exact", "troop", "Iraq", "withdrawn")),
    ("The government will lower the number of troops in Kosovo to 600.",
     (None, 600, "exact", "troop", "Kosovo", "withdrawn")),
])
def test_a_total_cut_to_a_level_is_withdrawn(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a place that hosts forces, or is home to them, is where they are; the host is no owner
    ("Germany hosts about 35,000 U.S. troops.",
     ("United States", 35000, "approx", "troop", "Germany", "deployed")),
    ("Poland, which hosts about 10,000 American soldiers, wants more.",
     ("United States", 10000, "approx", "soldier", "Poland", "deployed")),
    ("Okinawa is home to about 25,000 American troops.",
     ("United States", 25000, "approx", "troop", "Okinawa", "deployed")),
    ("The air base, home to some 8,000 British airmen, lies near the coast of Cyprus.",
     ("United Kingdom", 8000, "approx", "airman", "The air base", "deployed")),
    ("Romania will host 1,000 more NATO troops next year.",
     ("NATO", 1000, "exact", "troop", "Romania", "ordered")),
])
def test_a_place_that_hosts_forces(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body", [
    # forces hosted by a person, by no place, or at an occasion are guests, not stationed
    "Berlin hosted the visiting soldiers at a dinner.",
    "Berlin hosted 300 visiting soldiers at a dinner.",
    "The Queen hosted 200 British troops at Buckingham Palace.",
    "Macron hosted 300 soldiers at the Elysee Palace for Bastille Day.",
])
def test_hosting_soldiers_at_a_dinner_is_no_deployment(body):
    assert deployments(body) == []


@pytest.mark.parametrize("body, expected", [
    # the twins of the test above: a place that hosts counted forces; a relative pronoun
    # host is the noun its clause hangs on
    ("Germany hosts about 35,000 U.S. troops.",
     ("United States", 35000, "approx", "troop", "Germany", "deployed")),
    ("Djibouti, which hosts 4,000 American troops, signed a new lease.",
     ("United States", 4000, "exact", "troop", "Djibouti", "deployed")),
    ("The country, which is home to 2,500 French troops, voted on Sunday.",
     ("France", 2500, "exact", "troop", "The country", "deployed")),
    ("The island, which is home to 3,000 U.S. marines, lies off the coast.",
     ("United States", 3000, "exact", "marine", "The island", "deployed")),
    ("The region, which is home to 1,500 Russian soldiers, declared independence.",
     ("Russia", 1500, "exact", "soldier", "The region", "deployed")),
    # a place that is host to forces, as home to them (deploy_host_nouns.csv)
    ("Djibouti is host to 4,000 American troops.",
     ("United States", 4000, "exact", "troop", "Djibouti", "deployed")),
    ("The island, which is host to 3,000 U.S. marines, lies off the coast.",
     ("United States", 3000, "exact", "marine", "The island", "deployed")),
    ("Bahrain is host to some 7,000 U.S. sailors.",
     ("United States", 7000, "approx", "sailor", "Bahrain", "deployed")),
])
def test_a_place_hosting_forces_is_their_place(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a relative clause that says the forces are there places them
    ("The roughly 2,000 American troops who are in Syria fight the Islamic State.",
     ("United States", 2000, "approx", "troop", "Syria", "deployed")),
    ("Officials worry about the 900 Italian soldiers that are in southern Lebanon.",
     ("Italy", 900, "exact", "soldier", "southern Lebanon", "deployed")),
    ("Ministers discussed the 400 Czech troops who are now in Latvia.",
     ("Czechia", 400, "exact", "troop", "Latvia", "deployed")),
])
def test_forces_who_are_in_a_place(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # deployment nouns of movement and withdrawal (deploy_nouns.csv)
    ("The movement of 5,000 Russian troops to the border alarmed NATO.",
     ("Russia", 5000, "exact", "troop", "the border", "deployed")),
    ("The relocation of 5,000 U.S. Marines to Guam is under way.",
     ("United States", 5000, "exact", "marine", "Guam", "deployed")),
    ("The exit of 2,500 U.S. troops from Afghanistan was completed in August.",
     ("United States", 2500, "exact", "troop", "Afghanistan", "withdrawn")),
    ("The pullback of 3,000 Russian troops from the border was confirmed on Monday.",
     ("Russia", 3000, "exact", "troop", "the border", "withdrawn")),
    ("The mobilization of 300,000 Russian reservists began in September.",
     ("Russia", 300000, "exact", "reservist", None, "ordered")),
])
def test_nouns_of_movement_and_withdrawal(body, expected):
    assert tuples(body) == [expected]


def test_a_country_exit_from_a_union_is_no_withdrawal():
    assert deployments("Britain's exit from the EU could weaken its army, officers said.") == []
    # the positive twin: the exit of counted forces from a place
    assert tuples("The exit of 2,500 Belgian soldiers from Mali could weaken the mission, "
                  "officers said.") == [("Belgium", 2500, "exact", "soldier", "Mali",
                                         "withdrawn")]


@pytest.mark.parametrize("body, expected", [
    # a vessel noun with a named ship beside it belongs to the prefix's navy
    ("The aircraft carrier USS Nimitz is in the Arabian Sea.",
     ("United States", 1, "exact", "aircraft carrier", "the Arabian Sea", "deployed")),
    ("The guided-missile destroyer USS Porter arrived in the Black Sea on Sunday.",
     ("United States", 1, "exact", "missile destroyer", "the Black Sea", "deployed")),
    ("The destroyer HMS Duncan arrived in Odesa on Friday.",
     ("United Kingdom", 1, "exact", "destroyer", "Odesa", "deployed")),
    ("The aircraft carrier HMS Prince of Wales is in the Pacific.",
     ("United Kingdom", 1, "exact", "aircraft carrier", "the Pacific", "deployed")),
])
def test_a_named_ship_gives_its_vessel_an_owner(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces that fly somewhere are moved there (deploy_verbs.csv: fly, subject move)
    ("Two Russian bombers flew near the Alaskan coast.",
     ("Russia", 2, "exact", "bomber", "the Alaskan coast", "deployed")),
    ("Some 200 American paratroopers flew to Latvia on Monday.",
     ("United States", 200, "approx", "paratrooper", "Latvia", "deployed")),
    ("Four Chinese warplanes flew into Taiwan's air defence zone on Sunday.",
     ("China", 4, "exact", "warplane", "Taiwan's air defence zone", "deployed")),
])
def test_forces_that_fly_somewhere(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, status", [
    # "going to", "about to", "poised to" are the future, as "will" (ordered)
    ("Finland is going to send 300 soldiers to Estonia.", "ordered"),
    ("Latvia is about to deploy 200 soldiers to its eastern border.", "ordered"),
    ("Romania is poised to send 150 troops to Moldova's border.", "ordered"),
    # an option explored or floated is planned
    ("Sweden is exploring sending 100 soldiers to Iceland.", "planned"),
    ("Ottawa has floated sending 250 troops to Haiti.", "planned"),
    ("Norway is contemplating deploying 300 soldiers to Finland.", "planned"),
    # a refusal denied is a possibility: "has not ruled out sending" is planned
    ("Finland has not ruled out sending 300 soldiers to Estonia.", "planned"),
    ("Berlin did not rule out deploying 500 troops to Lithuania.", "planned"),
    ("Denmark has not ruled out a deployment of 200 soldiers to Greenland.", "planned"),
    ("Austria has not rejected sending 100 soldiers to Bosnia.", "planned"),
])
def test_future_and_option_cues(body, status):
    assert [d["status"] for d in deployments(body)] == [status]


@pytest.mark.parametrize("body, actor", [
    # the subject of "be" + an adjective that governs the sending is the sender
    ("Latvia is about to deploy 200 soldiers to its eastern border.", "Latvia"),
    ("Spain is ready to send 300 soldiers to Romania.", "Spain"),
    ("Portugal is prepared to send 150 soldiers to Lithuania.", "Portugal"),
])
def test_the_subject_of_a_governing_adjective_sends(body, actor):
    assert [d["actor"] for d in deployments(body)] == [actor]


def test_forces_promised_are_ordered():
    assert tuples("Belgium has promised 300 soldiers to the mission in Romania.") == [
        ("Belgium", 300, "exact", "soldier", "Romania", "ordered")]


@pytest.mark.parametrize("body, expected", [
    # a reduced relative of a raising word on the forces: the infinitive deploys them
    ("The 1,000 additional Polish troops due to arrive in Latvia this week come from Lublin.",
     ("Poland", 1000, "exact", "troop", "Latvia", "ordered")),
    ("Some 400 Dutch marines scheduled to deploy to Aruba in May are training in Texel.",
     ("Netherlands", 400, "approx", "marine", "Aruba", "ordered")),
    ("The 2,500 U.S. troops due to leave Afghanistan by May have begun packing.",
     ("United States", 2500, "exact", "troop", "Afghanistan", "withdrawn")),
])
def test_forces_due_or_scheduled_to_move(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces that come home from a place are withdrawn from it; back to a place, sent there
    ("Some 2,000 Italian troops will come home from Iraq by Christmas.",
     ("Italy", 2000, "approx", "troop", "Iraq", "withdrawn")),
    ("The minister said 300 Dutch soldiers would come home from Mali.",
     ("Netherlands", 300, "exact", "soldier", "Mali", "withdrawn")),
    ("The last 150 Estonian soldiers came home from Afghanistan on Friday.",
     ("Estonia", 150, "exact", "soldier", "Afghanistan", "withdrawn")),
    ("About 500 American troops came back to Iraq in 2014.",
     ("United States", 500, "approx", "troop", "Iraq", "deployed")),
])
def test_forces_that_come_home(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a gerund subject under a modal or a condition is an idea weighed (planned)
    ("Sending 3,000 American troops to Syria would be a mistake.",
     ("United States", 3000, "exact", "troop", "Syria", "planned")),
    ("Deploying 5,000 Mexican soldiers to the border would cost $200 million, he said.",
     ("Mexico", 5000, "exact", "soldier", "the border", "planned")),
    ("Deploying 2,000 Danish soldiers to Greenland could cost $300 million if the plan "
     "goes ahead.", ("Denmark", 2000, "exact", "soldier", "Greenland", "planned")),
    # without one it keeps the tense: forces kept or sent somewhere are there
    ("Keeping 10,000 British troops in Cyprus costs billions, the report found.",
     ("United Kingdom", 10000, "exact", "troop", "Cyprus", "deployed")),
    ("Stationing 35,000 U.S. troops in Germany costs about $1 billion a year.",
     ("United States", 35000, "exact", "troop", "Germany", "deployed")),
    ("Deploying 5,000 Mexican soldiers to the border has cost $200 million so far.",
     ("Mexico", 5000, "exact", "soldier", "the border", "deployed")),
])
def test_a_gerund_subject_is_planned_only_when_weighed(body, expected):
    assert tuples(body) == [expected]


def test_a_gerund_after_its_clause_keeps_the_clause_status():
    body = ("Next week 500 more Polish troops will be deployed to Latvia, bringing the "
            "total number sent this year to more than 1,500.")
    assert ("ordered", 500) in [(d["status"], d["size"]) for d in deployments(body)]


@pytest.mark.parametrize("body, expected", [
    # "N more troops" with the number parsed on "more" keeps its number
    ("Next week 500 more Polish troops will be deployed to Latvia.",
     ("Poland", 500, "exact", "troop", "Latvia", "ordered")),
    ("Last month 300 more Czech soldiers were sent to Slovakia.",
     ("Czechia", 300, "exact", "soldier", "Slovakia", "deployed")),
    ("Tomorrow 200 additional Danish soldiers will fly to Estonia.",
     ("Denmark", 200, "exact", "soldier", "Estonia", "ordered")),
    # forces approved for a place are ordered there
    ("The president approved 4,000 more Italian troops for Lebanon.",
     ("Italy", 4000, "exact", "troop", "Lebanon", "ordered")),
    ("Parliament approved 250 soldiers for the mission in Mali.",
     (None, 250, "exact", "soldier", "Mali", "ordered")),
    ("The cabinet approved 120 more peacekeepers for Cyprus on Tuesday.",
     (None, 120, "exact", "peacekeeper", "Cyprus", "ordered")),
])
def test_more_troops_and_troops_approved(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a participle before the forces is their state, whatever the clause does with them
    # (closing8: "massed troops" read as an adjective gave ordered)
    ("Washington will watch the massed Russian troops on the Ukrainian border closely.",
     ("Russia", None, "vague", "troop", "the Ukrainian border", "deployed")),
    ("NATO warned that massed Belarusian troops near the border could attack within days.",
     ("Belarus", None, "vague", "troop", "the border", "deployed")),
    ("Moldova will keep a close eye on the stationed Russian troops in Transnistria.",
     ("Russia", None, "vague", "troop", "Transnistria", "deployed")),
    ("Officials fear the 900 Irish peacekeepers in Lebanon could be targeted.",
     ("Ireland", 900, "exact", "peacekeeper", "Lebanon", "deployed")),
    # forces that stay keep the place written on them
    ("The massed Russian troops near the border will stay for the winter, officials said.",
     ("Russia", None, "vague", "troop", "the border", "deployed")),
])
def test_a_participle_before_the_forces_is_their_state(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a stop negated (deploy_status_cues.csv `negated`): a refusal not made leaves the
    # sending possible (planned); a halt, delay or denial not made leaves the deployment's
    # own status
    ("The Pentagon has not cancelled the deployment of 2,000 troops to Poland.",
     ("United States", 2000, "exact", "troop", "Poland", "deployed")),
    ("Berlin has not halted the deployment of 600 soldiers to Lithuania.",
     ("Germany", 600, "exact", "soldier", "Lithuania", "deployed")),
    ("Ottawa did not delay the dispatch of 450 Canadian soldiers to Latvia.",
     ("Canada", 450, "exact", "soldier", "Latvia", "deployed")),
    ("Moscow has not denied sending 200 special forces to Libya.",
     ("Russia", 200, "exact", "force", "Libya", "deployed")),
    ("Spain has not refused to send 300 soldiers to Romania.",
     ("Spain", 300, "exact", "soldier", "Romania", "planned")),
])
def test_a_stop_negated_keeps_the_inner_status(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # discussing or debating forces named by a noun says nothing of them
    # (deploy_status_cues.csv `governs` = clause: only "discussing sending")
    ("Biden and Macron discussed the 100,000 troops Russia has massed on Ukraine's border.",
     ("Russia", 100000, "exact", "troop", "Ukraine's border", "deployed")),
    ("The ministers discussed the 2,000 U.S. troops stationed in Syria.",
     ("United States", 2000, "exact", "troop", "Syria", "deployed")),
    ("Lawmakers debated the 5,000 American troops that remain in Iraq.",
     ("United States", 5000, "exact", "troop", "Iraq", "deployed")),
])
def test_discussing_forces_by_name_keeps_their_status(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces wanted, proposed or requested keep the governor's modality, even with a place
    # or a participle of their own
    ("Trump proposed 2,000 American troops in Poland as part of the deal.",
     ("United States", 2000, "exact", "troop", "Poland", "planned")),
    ("Estonia wants 1,000 more British troops in the country.",
     ("United Kingdom", 1000, "exact", "troop", "the country", "planned")),
    ("The Baltic states want 3,000 more NATO soldiers along the border.",
     ("NATO", 3000, "exact", "soldier", "the border", "planned")),
    ("Poland wants 5,000 permanently stationed American troops on its soil.",
     ("United States", 5000, "exact", "troop", None, "planned")),
    ("Lithuania has asked for a permanently stationed brigade of 4,000 German soldiers.",
     ("Germany", 4000, "exact", "soldier", None, "planned")),
    # the twin: forces the clause's subject are there, whatever it says they may do
    ("Officials fear the 900 Irish peacekeepers in Lebanon could be targeted.",
     ("Ireland", 900, "exact", "peacekeeper", "Lebanon", "deployed")),
])
def test_forces_wanted_somewhere_are_planned(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces raised into an infinitive keep the place written on them
    ("The 1,000 U.S. troops in Niger are due to leave by September.",
     ("United States", 1000, "exact", "troop", "Niger", "withdrawn")),
    ("About 600 U.S. troops in Syria are expected to stay.",
     ("United States", 600, "approx", "troop", "Syria", "deployed")),
    ("About 3,000 French soldiers in Mali are scheduled to withdraw next year.",
     ("France", 3000, "approx", "soldier", "Mali", "withdrawn")),
    ("Some 400 British troops in Estonia are likely to be withdrawn.",
     ("United Kingdom", 400, "approx", "troop", "Estonia", "withdrawn")),
])
def test_raised_forces_keep_their_own_place(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body", [
    # forces forbidden, barred or prevented from going somewhere do not go
    "Some 200 Serbian police officers were forbidden to enter Kosovo.",
    "Serbian troops were forbidden to enter Kosovo under the deal.",
    "Some 150 Russian soldiers were forbidden to cross into Moldova.",
    "About 400 Azerbaijani troops were barred to enter the corridor.",
    "About 300 Turkish soldiers were prevented to enter Syria.",
])
def test_forces_forbidden_to_go_are_no_deployment(body):
    assert deployments(body) == []


@pytest.mark.parametrize("body, expected", [
    # the twins of the test above: any other passive hands its subject on to the infinitive
    ("Some 300 Polish soldiers were ordered to move to the Belarusian border.",
     ("Poland", 300, "approx", "soldier", "the Belarusian border", "ordered")),
    ("Russian troops were forced to pull out of Kherson.",
     ("Russia", None, "vague", "troop", "Kherson", "withdrawn")),
    ("Around 5,000 Marines are supposed to move from Okinawa to Guam.",
     (None, 5000, "approx", "marine", "Guam", "planned")),
])
def test_forces_ordered_or_forced_to_go(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces asked or called for somewhere are planned there, not there now
    ("Kyiv has asked for 5,000 more Western troops in the country.",
     (None, 5000, "exact", "troop", "the country", "planned")),
    ("Lithuania has asked for 4,000 more German soldiers along its border.",
     ("Germany", 4000, "exact", "soldier", "its border", "planned")),
    ("Finland has asked for 1,500 more Swedish troops near the frontier.",
     ("Sweden", 1500, "exact", "troop", "the frontier", "planned")),
    ("Senators called for 2,000 more U.S. troops in Taiwan.",
     ("United States", 2000, "exact", "troop", "Taiwan", "planned")),
])
def test_forces_asked_for_somewhere_are_planned(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body", [
    # a "who" clause on a person the forces belong to speaks of the person
    "About 500 soldiers of General Haftar, who flew to Moscow on Monday, attacked the town.",
    "About 400 troops of Marshal Okello, who travelled to Nairobi last week, took the bridge.",
    "Some 250 soldiers of Colonel Traore, who travelled to Moscow in May, seized the airport.",
])
def test_a_who_clause_on_a_commander_is_not_the_forces(body):
    assert deployments(body) == []


@pytest.mark.parametrize("body", [
    # forces approved or authorized with no place are a headcount, no deployment
    # (deploy_verbs.csv needs_place); the twins with a place are in
    # test_more_troops_and_troops_approved
    "The Senate approved 1.3 million troops for the army in the budget.",
    "Congress authorized 500,000 soldiers for the Army next year.",
    "The parliament approved 90,000 troops for the armed forces in the new budget.",
])
def test_forces_approved_without_a_place_are_a_headcount(body):
    assert deployments(body) == []


@pytest.mark.parametrize("body", [
    # a declined sending is none; the decliner is then no vote for the article's main owner
    "Ireland declined to send troops to Mali.",
    "Governor Anna Ruiz of New Mexico declined a request to send National Guard troops to "
    "Washington.",
    "Portugal declined to deploy 200 marines to the Red Sea, officials said.",
    "Hundreds of soldiers arrived in Riga on Monday. Finland declined to send troops.",
])
def test_a_declined_sending_is_no_deployment(body):
    assert deployments(body) == []


def test_a_decline_denied_is_a_possibility():
    assert ("Austria", None, "vague", "soldier", "Kosovo", "planned",
            "deploy.force_object") in facts("Austria has not declined to send soldiers to Kosovo.")


@pytest.mark.parametrize("body, expected", [
    # the current, existing or present forces a country keeps where they are are there now
    ("The chancellor agreed to leave the current force of 1,100 German troops in Mali until "
     "May.",
     ("Germany", 1100, "exact", "troop", "Mali", "deployed", "deploy.force_object")),
    ("Belgium will keep the existing 250 Belgian soldiers in Niger through the winter.",
     ("Belgium", 250, "exact", "soldier", "Niger", "deployed", "deploy.force_object")),
    ("Denmark plans to maintain its present force of 120 soldiers in Estonia next year.",
     ("Denmark", 120, "exact", "soldier", "Estonia", "deployed", "deploy.force_object")),
    # ... not when they are sent elsewhere, nor more of them kept
    ("Spain will send the current 500 Spanish soldiers in Latvia to Lithuania.",
     ("Spain", 500, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")),
    ("Italy may keep 300 more soldiers in Lebanon next year.",
     ("Italy", 300, "exact", "soldier", "Lebanon", "planned", "deploy.force_object")),
])
def test_current_forces_kept_where_they_are_are_deployed(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # a number the parse hangs on the day or month before it counts the forces after it
    ("On Sunday 800 more Latvian soldiers arrived in Daugavpils.",
     ("Latvia", 800, "exact", "soldier", "Daugavpils", "deployed", "deploy.force_subject")),
    ("On Thursday 1,200 more Estonian reservists moved to Narva.",
     ("Estonia", 1200, "exact", "reservist", "Narva", "deployed", "deploy.force_subject")),
    ("On Wednesday 250 Belgian paratroopers landed in Niamey.",
     ("Belgium", 250, "exact", "paratrooper", "Niamey", "deployed", "deploy.force_subject")),
    ("In April 450 Czech soldiers arrived in Slovakia.",
     ("Czechia", 450, "exact", "soldier", "Slovakia", "deployed", "deploy.force_subject")),
    # a day of the month or a year is no count
    ("In March 2019 Polish soldiers moved to the Belarus border.",
     ("Poland", None, "vague", "soldier", "the Belarus border", "deployed",
      "deploy.force_subject")),
])
def test_a_number_hung_on_the_date_before_it_counts_the_forces(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # well-known formations belong to their country (reference/ref_actor_aliases.csv),
    # with the ordinal the entity recogniser leaves out of the name
    ("The 82nd Airborne Division sent 1,800 paratroopers to Jordan.",
     ("United States", 1800, "exact", "paratrooper", "Jordan", "deployed",
      "deploy.force_object")),
    ("Troops from the 82nd Airborne Division arrived in Qatar on Saturday.",
     ("United States", None, "vague", "troop", "Qatar", "deployed", "deploy.force_subject")),
    ("Paratroopers of the 101st Airborne were sent to Romania.",
     ("United States", None, "vague", "paratrooper", "Romania", "deployed",
      "deploy.force_object")),
    ("The Black Sea Fleet moved warships to Novorossiysk.",
     ("Russia", None, "vague", "warship", "Novorossiysk", "deployed", "deploy.force_object")),
])
def test_named_formations_belong_to_their_country(body, expected):
    assert sorted(facts(body)) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a bare 'Marine Corps' names no country: the owner before it does
    ("The South Korean Marine Corps deployed 300 marines to Yeonpyeong Island.",
     [("South Korea", 300, "exact", "marine", "Yeonpyeong Island", "deployed")]),
    ("Taiwan's Marine Corps moved 200 marines to Kinmen.",
     [("Taiwan", 200, "exact", "marine", "Kinmen", "deployed")]),
    ("The U.S. Marine Corps sent 2,000 marines to Okinawa.",
     [("United States", 2000, "exact", "marine", "Okinawa", "deployed")]),
])
def test_a_bare_marine_corps_is_owned_by_the_country_before_it(body, expected):
    assert sorted(tuples(body)) == expected


@pytest.mark.parametrize("body, expected", [
    # forces moved out of one place and into another are sent to the second
    ("The Danish army is moving its troops out of Kabul and into Herat.",
     ("Denmark", None, "vague", "troop", "Herat", "deployed", "deploy.force_object")),
    ("France pulled its soldiers out of Mali and into Niger last year.",
     ("France", None, "vague", "soldier", "Niger", "deployed", "deploy.force_object")),
    ("Britain will move 200 soldiers out of Kabul and into Kandahar.",
     ("United Kingdom", None, "vague", "soldier", "Kandahar", "ordered", "deploy.force_object")),
    # ... and the first place is still a withdrawal
    ("France pulled its soldiers out of Mali and into Niger last year.",
     ("France", None, "vague", "soldier", "Mali", "withdrawn", "deploy.force_object")),
])
def test_forces_moved_out_of_one_place_and_into_another_are_sent_there(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # countries and nations named as a group are a place, as a country is
    ("The ministry would move 560 Dutch troops to other NATO countries.",
     ("Netherlands", 560, "exact", "troop", "other NATO countries", "planned",
      "deploy.force_object")),
    ("Britain sent soldiers to the Baltic nations.",
     ("United Kingdom", None, "vague", "soldier", "the Baltic nations", "deployed",
      "deploy.force_object")),
    ("Germany will send its troops to neighbouring countries.",
     ("Germany", None, "vague", "troop", "neighbouring countries", "ordered",
      "deploy.force_object")),
    # (only when the clause names no other place)
    ("The United States and its allies moved troops to member countries on the eastern flank.",
     ("United States", None, "vague", "troop", "the eastern flank", "deployed",
      "deploy.force_object")),
])
def test_countries_named_as_a_group_are_a_place(body, expected):
    assert sorted(facts(body)) == [expected]


@pytest.mark.parametrize("body, expected", [
    # "Of those, N ..." opening a clause counts forces named before, in either clause
    ("Denmark will withdraw about 1,200 soldiers from Iraq. Of those, about 800 will go to "
     "Kuwait, while nearly 400 will shift to Jordan.",
     ("Denmark", 400, "approx", "soldier", "Jordan", "ordered", "deploy.bare_number")),
    # a part of a withdrawal that goes home is withdrawn from where the whole was
    ("Norway will pull 600 troops out of Mali. Of those, 350 will return to Norway.",
     ("Norway", 350, "exact", "troop", "Mali", "withdrawn", "deploy.bare_number")),
    ("Portugal will withdraw 700 soldiers from Kosovo. Of those, 300 will return to Portugal, "
     "while 400 will shift to Romania.",
     ("Portugal", 300, "exact", "soldier", "Kosovo", "withdrawn", "deploy.bare_number")),
    ("Portugal will withdraw 700 soldiers from Kosovo. Of those, 300 will return to Portugal, "
     "while 400 will shift to Romania.",
     ("Portugal", 400, "exact", "soldier", "Romania", "ordered", "deploy.bare_number")),
])
def test_of_those_opening_a_clause_counts_forces_named_before(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, expected", [
    # counted forces on standby or alert are planned (ANNOTATION), whatever the tense
    ("Roughly 3,500 Dutch troops will be on standby.",
     ("Netherlands", 3500, "approx", "troop", None, "planned", "deploy.force_subject")),
    ("Some 300 Norwegian marines were on heightened alert.",
     ("Norway", 300, "approx", "marine", None, "planned", "deploy.force_subject")),
    ("About 1,200 Polish soldiers will be on alert next week.",
     ("Poland", 1200, "approx", "soldier", None, "planned", "deploy.force_subject")),
])
def test_counted_forces_on_standby_are_planned(body, expected):
    assert expected in facts(body)


@pytest.mark.parametrize("body, status", [
    # a plan considered or drafted is planned; a plan approved or announced is an order
    ("The ministry is weighing plans to send 10,000 Polish troops to the border.", "planned"),
    ("Norway is considering a plan to send 200 soldiers to Lithuania.", "planned"),
    ("Spain has drawn up plans to deploy 500 soldiers to Latvia.", "planned"),
    ("Italy approved a plan to send 400 soldiers to Niger.", "ordered"),
    ("Italy announced a plan to send 400 soldiers to Niger.", "ordered"),
])
def test_a_plan_weighed_is_planned_and_a_plan_approved_ordered(body, status):
    got = deployments(body)
    assert len(got) == 1 and got[0]["status"] == status


@pytest.mark.parametrize("body, expected", [
    # a number standing for forces named before, parsed on "more" (where they went), or in
    # a sentence with no force noun ("Another N ...": no place of its own)
    ("The ministry has deployed 750 Dutch troops to Aruba and could send 400 more.",
     [("Netherlands", 400, "exact", "troop", "Aruba", "planned", "deploy.bare_number"),
      ("Netherlands", 750, "exact", "troop", "Aruba", "deployed", "deploy.force_object")]),
    ("Norway has 300 troops in Lithuania and will send 200 more.",
     [("Norway", 200, "exact", "troop", "Lithuania", "ordered", "deploy.bare_number"),
      ("Norway", 300, "exact", "troop", "Lithuania", "deployed", "deploy.force_in_place")]),
    ("Spain sent 750 soldiers to Latvia. Another 300 are expected to follow.",
     [("Spain", 300, "exact", "soldier", None, "ordered", "deploy.bare_number"),
      ("Spain", 750, "exact", "soldier", "Latvia", "deployed", "deploy.force_object")]),
    ("Denmark sent 200 soldiers to Estonia in May. Another 150 will arrive in June.",
     [("Denmark", 150, "exact", "soldier", None, "ordered", "deploy.bare_number"),
      ("Denmark", 200, "exact", "soldier", "Estonia", "deployed", "deploy.force_object")]),
])
def test_more_of_the_forces_named_before(body, expected):
    assert sorted(facts(body)) == expected


@pytest.mark.parametrize("body, expected", [
    # "another N" in a state or harmed is no more forces sent
    ("Russia sent 2,000 troops to the border. Another 500 are missing.",
     [("Russia", 2000, "exact", "troop", "the border", "deployed")]),
    ("Russia sent 2,000 troops to the border. Another 300 surrendered on Monday.",
     [("Russia", 2000, "exact", "troop", "the border", "deployed")]),
    ("Britain sent 800 troops to Estonia. Another 200 are sick.",
     [("United Kingdom", 800, "exact", "troop", "Estonia", "deployed")]),
])
def test_more_forces_in_a_state_are_not_sent(body, expected):
    assert sorted(tuples(body)) == expected


def test_more_victims_are_no_forces():
    assert [d["size"] for d in deployments(
        "Spain sent 750 soldiers to Latvia. A bomb killed 13 people and another 32 were "
        "wounded.")] == [750]


@pytest.mark.parametrize("body, expected", [
    # forces cut, or falling, to a level are counted at the level
    ("Swedish forces in Mali will be reduced from 1,200 to 300.",
     ("Sweden", 300, "exact", "force", "Mali", "withdrawn", "deploy.bare_number")),
    ("Danish forces in Iraq will be reduced from 400 to 150.",
     ("Denmark", 150, "exact", "force", "Iraq", "withdrawn", "deploy.bare_number")),
    ("Canadian forces in Latvia will shrink to about 600.",
     ("Canada", 600, "approx", "force", "Latvia", "withdrawn", "deploy.force_subject")),
    ("Dutch troops in Mali will fall to 250 by June.",
     ("Netherlands", 250, "exact", "troop", "Mali", "withdrawn", "deploy.force_subject")),
])
def test_forces_cut_or_falling_to_a_level_are_counted_there(body, expected):
    assert sorted(facts(body)) == [expected]


@pytest.mark.parametrize("body", [
    # a total of forces in a state (killed, wounded, deserting, infected) counts no forces
    "The number of Ukrainian soldiers killed rose from 2,000 to 10,000.",
    "The number of wounded soldiers fell from 300 to 120.",
    "The number of soldiers deserting rose from 40 to 90 a week.",
    "The number of troops infected with the virus rose from 12 to 40.",
])
def test_a_total_of_casualties_is_no_force_total(body):
    assert sorted(tuples(body)) == []


@pytest.mark.parametrize("body, expected", [
    # missile and rocket launchers are weapons forces deploy
    ("Russia moved missile launchers to Kaliningrad.",
     ("Russia", None, "vague", "missile launcher", "Kaliningrad", "deployed",
      "deploy.force_object")),
    ("Syria deployed 40 rocket launchers near Idlib.",
     ("Syria", 40, "exact", "launcher", "Idlib", "deployed", "deploy.force_object")),
    ("Iran has placed mobile launchers along the coast of the Gulf.",
     ("Iran", None, "vague", "launcher", "the coast of the Gulf", "deployed",
      "deploy.force_object")),
])
def test_launchers_are_weapons(body, expected):
    assert expected in facts(body)


def test_launchers_sold_are_no_deployment():
    assert deployments("The company sold two launchers to a museum.") == []



@pytest.mark.parametrize(("body", "expected"), [
    ("Some 200 Russian soldiers dying in eastern Ukraine were left behind by their "
     "commanders.", []),
    ("Some 150 Ukrainian soldiers dying in the siege of the plant were never evacuated, "
     "officials said.", []),
    ("About 300 U.S. troops fighting in Syria will stay until the spring.",
     [("United States", 300, "approx", "troop", "Syria", "deployed")]),
])
def test_forces_dying_are_victims_and_forces_fighting_act(body, expected):
    """'troops dying in X' suffer, 'troops fighting in X' act: the harm check compared
    lemma_ with "die", but the pipeline has no lemmatizer, so dying forces were deployed."""
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # backing, urging or talking of a deployment is no decision: planned (ANNOTATION:
    # proposed, considered); deploy_status_cues.csv rows for verbs and nouns of advocacy
    ("Senator Mara Quill supports sending Danish troops to the Arctic coast.",
     ("Denmark", None, "vague", "troop", "the Arctic coast", "planned")),
    ("Several ministers are open to sending Dutch marines to Curacao.",
     ("Netherlands", None, "vague", "marine", "Curacao", "planned")),
    ("Opposition leaders demanded that the government send 400 Czech soldiers to Lithuania.",
     ("Czechia", 400, "exact", "soldier", "Lithuania", "planned")),
    ("The senator has argued for sending 2,000 Polish troops to the Belarus border.",
     ("Poland", 2000, "exact", "troop", "the Belarus border", "planned")),
    ("Lawmakers raised the possibility of deploying Norwegian frigates to the Barents Sea.",
     ("Norway", None, "vague", "frigate", "the Barents Sea", "planned")),
    ("There is talk in Oslo of sending 300 more Norwegian soldiers to Latvia.",
     ("Norway", 300, "exact", "soldier", "Latvia", "planned")),
    ("The idea of sending Austrian peacekeepers to Kosovo divided the coalition.",
     ("Austria", None, "vague", "peacekeeper", "Kosovo", "planned")),
])
def test_backing_or_talk_of_a_deployment_is_a_plan(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a word that governs only a clause (deploy_status_cues.csv governs=clause) cues the
    # deployment it names, not forces it has as its own object: those are there now
    ("Officials held talks about the 900 Belgian soldiers in Mali.",
     ("Belgium", 900, "exact", "soldier", "Mali", "deployed")),
    ("The minister talked about the 300 Irish peacekeepers stationed in Lebanon.",
     ("Ireland", 300, "exact", "peacekeeper", "Lebanon", "deployed")),
    ("The frigates will support some 600 Spanish troops already in Latvia.",
     ("Spain", 600, "approx", "troop", "Latvia", "deployed")),
    ("There was talk in Vienna of a surge of Austrian troops in Kosovo.",
     ("Austria", None, "vague", "troop", "Kosovo", "planned")),
])
def test_a_clause_cue_does_not_govern_forces_it_names(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a headline's subject + "to" infinitive is "X is to send": announced, ordered (a "to"
    # infinitive under another word stays what that word makes it)
    ("Norway to send 250 soldiers to Latvian border",
     ("Norway", 250, "exact", "soldier", "Latvian border", "ordered")),
    ("Sweden to send two warships to Gotland",
     ("Sweden", 2, "exact", "warship", "Gotland", "ordered")),
    ("Canada to deploy 120 paratroopers to Latvia",
     ("Canada", 120, "exact", "paratrooper", "Latvia", "ordered")),
    ("Austria to station 300 peacekeepers in Kosovo",
     ("Austria", 300, "exact", "peacekeeper", "Kosovo", "ordered")),
    ("Estonia hopes to station 300 Danish troops near Narva.",
     ("Denmark", 300, "exact", "troop", "Narva", "planned")),
    # the same headline reported by a saying verb
    ("Germany to send 500 troops to Lithuania, minister says",
     ("Germany", 500, "exact", "troop", "Lithuania", "ordered")),
    ("Officials say Norway to send 200 soldiers to Latvia",
     ("Norway", 200, "exact", "soldier", "Latvia", "ordered")),
    ("Sweden to deploy 150 troops to Gotland, defence chief says",
     ("Sweden", 150, "exact", "troop", "Gotland", "ordered")),
    ("Officials say Estonia hopes to station 300 Danish troops near Narva.",
     ("Denmark", 300, "exact", "troop", "Narva", "planned")),
])
def test_a_headline_infinitive_is_an_order(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a clause cue (discuss, debate, favor, support, pressure) over a deployment noun that a
    # determiner, an owner or a possessive names as one already made says nothing of its
    # status: the forces are there (deployments._new_below)
    ("Diplomats discussed the buildup of 40,000 Belarusian troops on the Lithuanian border.",
     ("Belarus", 40000, "exact", "troop", "the Lithuanian border", "deployed")),
    ("Senators debated the presence of 1,200 Danish soldiers in Estonia.",
     ("Denmark", 1200, "exact", "soldier", "Estonia", "deployed")),
    ("Most Latvians favor the presence of 800 Canadian troops in Latvia.",
     ("Canada", 800, "exact", "troop", "Latvia", "deployed")),
    ("Ministers discussed Serbia's deployment of 3,000 troops to the Kosovo border.",
     ("Serbia", 3000, "exact", "troop", "the Kosovo border", "deployed")),
    ("Polls show most Danes support the deployment of 500 soldiers to Estonia.",
     (None, 500, "exact", "soldier", "Estonia", "deployed")),
    ("Lawmakers debated the cost of the 1,200 Danish soldiers stationed in Estonia.",
     ("Denmark", 1200, "exact", "soldier", "Estonia", "deployed")),
    # a noun whose own complement is a clause of deploying is the idea weighed
    ("Ministers debated ways of sending 600 Dutch marines to Aruba.",
     ("Netherlands", 600, "exact", "marine", "Aruba", "planned")),
])
def test_a_clause_cue_over_a_deployment_made_leaves_it_deployed(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # "in favo(u)r of", "in support of": the noun is the object of "in", no plan cue of its
    # own (deployments._gov_cue); what is left is the deployment's own status (the vote
    # cue needs "to": "voted to send")
    ("The Storting voted in favour of the deployment of 120 soldiers to Jordan.",
     (None, 120, "exact", "soldier", "Jordan", "deployed")),
    ("Parliament voted in support of sending 150 troops to Lithuania.",
     (None, 150, "exact", "troop", "Lithuania", "deployed")),
    ("Lawmakers voted 210-40 in favor of keeping 700 troops in Kosovo.",
     (None, 700, "exact", "troop", "Kosovo", "deployed")),
])
def test_in_favor_of_is_no_plan_cue(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a cue of urging (demand, press/push/argue for, lobby, open to, case for) counts over
    # forces or a deployment not yet there, not over a thing of its own ("details",
    # "money", "an explanation") beside forces already there (governs=wanted)
    ("Journalists pressed the ministry for details about the 40 Danish soldiers deployed in Mali.",
     ("Denmark", 40, "exact", "soldier", "Mali", "deployed")),
    ("Oslo demanded more money from Brussels for the 200 Norwegian troops in Lithuania.",
     ("Norway", 200, "exact", "troop", "Lithuania", "deployed")),
    ("Veterans pushed for better care for the 9,000 troops deployed in Kosovo.",
     (None, 9000, "exact", "troop", "Kosovo", "deployed")),
    ("Lithuania demanded an explanation for the 3,000 Belarusian troops massed on its border.",
     ("Belarus", 3000, "exact", "troop", "its border", "deployed")),
    ("The road is open to the 500 Swedish troops deployed in the area.",
     ("Sweden", 500, "exact", "troop", "the area", "deployed")),
    ("Estonia pressed for more Danish troops in the country.",
     ("Denmark", None, "vague", "troop", "the country", "planned")),
    # forces already there are there, whoever is open to hosting them
    ("Estonia remains open to hosting the 800 Danish soldiers already in the country.",
     ("Denmark", 800, "exact", "soldier", None, "deployed")),
])
def test_an_urging_cue_governs_only_what_it_urges(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize(("body", "expected"), [
    ("The United States sent six F-35 jets to Estonia this week.",
     [("United States", 6, "exact", "jet", "Estonia", "deployed")]),
    ("The Pentagon deployed six F-35 jets to Japan.",
     [("United States", 6, "exact", "jet", "Japan", "deployed")]),
    ("The U.S. sent twelve F-15 jets to Qatar.",
     [("United States", 12, "exact", "jet", "Qatar", "deployed")]),
])
def test_a_count_before_a_model_name_is_the_size(body, expected):
    """'six F-35 jets': the parse hangs the count on the model name, itself a number-like
    modifier of the noun; the count is the size, not a vague amount."""
    assert tuples(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Merkel has ordered more than 400 soldiers to Lithuania.",
     [("Germany", 400, "at_least", "soldier", "Lithuania", "ordered")]),
    ("Putin has pulled troops out of Syria.",
     [("Russia", None, "vague", "troop", "Syria", "withdrawn")]),
    ("Macron sent troops to Mali.",
     [("France", None, "vague", "troop", "Mali", "deployed")]),
])
def test_a_leader_named_by_surname_alone_deploys_for_their_country(body, expected):
    """A leader's surname as the sender, with no earlier full name and whatever the tagger
    makes of it (an organisation, an unknown name): leaders.csv gives the country."""
    assert tuples(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces told (asked) to prepare to deploy: the passive's subject passes through the
    # cue word "prepare" to the deploying verb (deployments._raised_frame, _raising_cue)
    ("About 3,000 U.S. soldiers have been told to prepare to deploy to Poland.",
     ("United States", 3000, "approx", "soldier", "Poland", "ordered")),
    ("Some 1,200 Canadian troops were told to prepare to move to Latvia.",
     ("Canada", 1200, "approx", "troop", "Latvia", "ordered")),
    ("Some 400 German troops have been told to prepare to leave Afghanistan.",
     ("Germany", 400, "approx", "troop", "Afghanistan", "withdrawn")),
])
def test_forces_told_to_prepare_to_deploy(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # a vessel noun in apposition after a named ship takes the ship's role and its
    # prefix's navy (deployments._arg, forces owners)
    ("The USS Nimitz, an aircraft carrier, was sent to the Arabian Sea.",
     ("United States", 1, "exact", "aircraft carrier", "the Arabian Sea", "deployed")),
    ("The Pentagon sent the USS Mason, a guided-missile destroyer, to the Red Sea.",
     ("United States", 1, "exact", "missile destroyer", "the Red Sea", "deployed")),
    ("HMS Dragon, a destroyer, has been sent to the eastern Mediterranean.",
     ("United Kingdom", 1, "exact", "destroyer", "the eastern Mediterranean", "deployed")),
])
def test_a_vessel_in_apposition_to_a_named_ship(body, expected):
    assert tuples(body) == [expected]


@pytest.mark.parametrize("body, expected", [
    # forces put on standby are planned, whatever the tense or the parse of "on standby"
    ("About 2,000 Dutch troops have been put on standby to deploy to the Baltics.",
     ("Netherlands", 2000, "approx", "troop", "the Baltics", "planned", "deploy.force_object")),
    ("About 400 Austrian soldiers have been placed on standby to deploy to Kosovo.",
     ("Austria", 400, "approx", "soldier", "Kosovo", "planned", "deploy.force_object")),
    ("Some 900 Swedish troops will be put on standby to go to Latvia.",
     ("Sweden", 900, "approx", "troop", "Latvia", "planned", "deploy.force_object")),
])
def test_forces_put_on_standby_in_the_passive_are_planned(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # "number" as the verb counting forces right after their place, however the parse
    # reads it (a noun closing the place: "Estonia number"; an apposition; a root noun)
    ("British forces in Estonia number about 900.",
     ("United Kingdom", 900, "approx", "force", "Estonia", "deployed",
      "deploy.force_in_place")),
    ("The ministry said French troops in Mali number about 4,500.",
     ("France", 4500, "approx", "troop", "Mali", "deployed", "deploy.force_in_place")),
    ("Turkish troops in Qatar number 3,000.",
     ("Turkey", 3000, "exact", "troop", "Qatar", "deployed", "deploy.force_in_place")),
    ("Canadian troops in Latvia now number more than 500.",
     ("Canada", 500, "at_least", "troop", "Latvia", "deployed", "deploy.force_in_place")),
])
def test_forces_in_a_place_number_a_count(body, expected):
    assert facts(body) == {expected}



@pytest.mark.parametrize("body, expected", [
    # "no intention / desire / appetite / interest" denies the sending it governs
    ("Spain has about 300 soldiers in Mali but has no intention of sending troops to Libya.",
     ("Spain", 300, "approx", "soldier", "Mali", "deployed", "deploy.force_in_place")),
    ("Norway keeps 200 troops in Lithuania, but it has no desire to send soldiers to Syria.",
     ("Norway", 200, "exact", "troop", "Lithuania", "deployed", "deploy.force_object")),
    ("Italy has some 900 soldiers in Lebanon and no appetite for sending troops to Libya.",
     ("Italy", 900, "approx", "soldier", "Lebanon", "deployed", "deploy.force_in_place")),
    ("Denmark has 150 troops in Estonia but no interest in sending soldiers to Iraq.",
     ("Denmark", 150, "exact", "troop", "Estonia", "deployed", "deploy.force_in_place")),
])
def test_no_intention_of_sending_is_no_deployment(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # "he"/"she" deploying in a reported clause: the named reporter's country
    ("Polish President Andrzej Duda said he would send 500 soldiers to Lithuania.",
     ("Poland", 500, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")),
    ("Canadian Prime Minister Justin Trudeau announced he was sending 200 troops to Latvia.",
     ("Canada", 200, "exact", "troop", "Latvia", "deployed", "deploy.force_object")),
    ("Russian President Vladimir Putin said he had ordered 10,000 troops back to their bases.",
     ("Russia", 10000, "exact", "troop", "their bases", "ordered", "deploy.force_object")),
    ("Chancellor Angela Merkel told reporters she would send 300 soldiers to Lithuania.",
     ("Germany", 300, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")),
    # the pronoun's gender disagreeing with the reporter's: no owner from them
    ("Emmanuel Macron announced she would withdraw 2,000 soldiers from Mali.",
     (None, 2000, "exact", "soldier", "Mali", "withdrawn", "deploy.force_object")),
])
def test_a_pronoun_deploying_in_a_reported_clause_is_the_reporters(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # "he"/"she" in a clause that hangs on no reporting verb, a reporting verb with a
    # named or pronoun object, or a reporter whose gender only this pronoun gives: no owner
    ("Macron warned Putin that he would face sanctions if he sent 50,000 troops to Belarus.",
     (None, 50000, "exact", "troop", "Belarus", "planned", "deploy.force_object")),
    ("Zelensky said he had asked Biden whether he would send 5,000 troops to Poland.",
     (None, 5000, "exact", "troop", "Poland", "planned", "deploy.force_object")),
    ("Erdogan criticized Trump because he had sent 2,000 troops to Syria.",
     (None, 2000, "exact", "troop", "Syria", "deployed", "deploy.force_object")),
    ("Erdogan criticized Trump after he sent 2,000 troops to Syria.",
     (None, 2000, "exact", "troop", "Syria", "deployed", "deploy.force_object")),
    ("Merkel said he would send 200 soldiers to Mali.",
     (None, 200, "exact", "soldier", "Mali", "ordered", "deploy.force_object")),
    ("Chancellor Angela Merkel told Macron she would send 300 soldiers to Lithuania.",
     (None, 300, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")),
])
def test_a_pronoun_deploying_elsewhere_is_no_reporters(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # common nouns of places in a city or on a road are places forces are sent to
    ("Hundreds of Dutch soldiers were sent to the main square.",
     ("Netherlands", None, "vague", "soldier", "the main square", "deployed",
      "deploy.force_object")),
    ("Belgium deployed 300 soldiers to the university campus.",
     ("Belgium", 300, "exact", "soldier", "the university campus", "deployed",
      "deploy.force_object")),
    ("Mexico sent 500 police officers to the bridge.",
     ("Mexico", 500, "exact", "police officer", "the bridge", "deployed",
      "deploy.force_object")),
    ("Spain has deployed soldiers to the outskirts of the city.",
     ("Spain", None, "vague", "soldier", "the outskirts of the city", "deployed",
      "deploy.force_object")),
])
def test_city_and_road_places(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # plural and industrial place nouns ("areas", "regions", "oil fields", "airports")
    ("Denmark sent soldiers to the oil fields.",
     ("Denmark", None, "vague", "soldier", "the oil fields", "deployed",
      "deploy.force_object")),
    ("Norway deployed troops to the border areas.",
     ("Norway", None, "vague", "troop", "the border areas", "deployed",
      "deploy.force_object")),
    ("Sweden sent 200 soldiers to the coastal regions.",
     ("Sweden", 200, "exact", "soldier", "the coastal regions", "deployed",
      "deploy.force_object")),
    ("Estonia deployed troops to the airports.",
     ("Estonia", None, "vague", "troop", "the airports", "deployed", "deploy.force_object")),
])
def test_plural_and_industrial_places(body, expected):
    assert facts(body) == {expected}


def test_along_the_lines_of_is_no_place():
    assert facts("Portugal sent 200 soldiers along the lines of what the ministers had agreed "
                 "in the spring.") == {
        ("Portugal", 200, "exact", "soldier", None, "deployed", "deploy.force_object")}


@pytest.mark.parametrize("body, expected", [
    # cuts by "halve", "slash", "scale back/down": a withdrawal to (or by) the number
    ("Spain halved its presence in Mali to 300 troops.",
     {("Spain", 300, "exact", "troop", "Mali", "withdrawn", "deploy.force_level")}),
    ("Denmark scaled back its presence in Estonia to 150 soldiers.",
     {("Denmark", 150, "exact", "soldier", "Estonia", "withdrawn", "deploy.force_level")}),
    ("Britain will scale down its mission in Kenya to 200 troops.",
     {("United Kingdom", 200, "exact", "troop", "Kenya", "withdrawn", "deploy.force_level")}),
    ("Norway will slash the number of troops in Lithuania by 120.",
     {("Norway", 120, "exact", "troop", "Lithuania", "withdrawn", "deploy.bare_number")}),
])
def test_halving_slashing_and_scaling_back_are_cuts(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "announced N (more) troops for X": an order, the forces as the verb's object
    ("Norway announced 200 more soldiers for Lithuania.",
     {("Norway", 200, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")}),
    ("Germany announced 600 additional troops for the Baltics.",
     {("Germany", 600, "exact", "troop", "the Baltics", "ordered", "deploy.force_object")}),
    ("The army announced the deaths of three soldiers in Mali, and Denmark announced 100 "
     "more troops for Estonia.",
     {("Denmark", 100, "exact", "troop", "Estonia", "ordered", "deploy.force_object")}),
])
def test_announcing_troops_for_a_place_is_an_order(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "fighters" a model designation names are aircraft, not militants
    ("Norway sent four F-35 fighters to Iceland.",
     ("Norway", 4, "exact", "fighter", "Iceland", "deployed", "deploy.force_object")),
    ("Russia deployed Su-35 fighters to Belarus.",
     ("Russia", None, "vague", "fighter", "Belarus", "deployed", "deploy.force_object")),
    ("Greece will send six F-16 fighters to Cyprus.",
     ("Greece", 6, "exact", "fighter", "Cyprus", "ordered", "deploy.force_object")),
])
def test_fighters_a_model_names_are_aircraft(body, expected):
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    # police, gendarmes or guards no owner is named for are nobody's: the place they are
    # sent to is not their country ("to train its army", "from several African nations")
    ("About 150 officers were sent to Iraq to train its army.",
     {(None, 150, "approx", "officer", "Iraq", "deployed", "deploy.force_object")}),
    ("About 100 police officers were sent to Libya to train its coast guard.",
     {(None, 100, "approx", "police officer", "Libya", "deployed", "deploy.force_object")}),
    ("About 1,000 police officers were sent to the border with Serbia.",
     {(None, 1000, "approx", "police officer", "the border with Serbia", "deployed",
       "deploy.force_object")}),
    ("About 500 national guardsmen were deployed to Puerto Rico.",
     {(None, 500, "approx", "guardsman", "Puerto Rico", "deployed", "deploy.force_object")}),
    ("About 300 gendarmes were sent to New Caledonia.",
     {(None, 300, "approx", "gendarme", "New Caledonia", "deployed", "deploy.force_object")}),
    ("Some 2,000 police were deployed in Kosovo under the European Union mission.",
     {(None, 2000, "approx", "police", "Kosovo", "deployed", "deploy.force_object")}),
    ("About 1,500 police officers from several African nations were deployed in Somalia.",
     {(None, 1500, "approx", "police officer", "Somalia", "deployed", "deploy.force_object")}),
    ("About 10,000 police were deployed in Crimea after the annexation.",
     {(None, 10000, "approx", "police", "Crimea", "deployed", "deploy.force_object")}),
    ("Armed guards were posted at the embassy in Kabul.", set()),
])
def test_unowned_police_are_not_the_country_of_their_place(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a bridge, highway or road is a route: the place named after it is where forces go
    ("Russian forces moved along the highway to Kiev on Thursday.",
     {("Russia", None, "vague", "force", "Kiev", "deployed", "deploy.force_subject")}),
    ("U.S. troops crossed the bridge into Syria on Monday.",
     {("United States", None, "vague", "troop", "Syria", "deployed",
       "deploy.force_subject")}),
    ("Turkey sent tanks across the bridge into northern Syria.",
     {("Turkey", None, "vague", "tank", "northern Syria", "deployed",
       "deploy.force_object")}),
    ("Israel sent troops across the border and onto the road to Gaza City.",
     {("Israel", None, "vague", "troop", "the border", "deployed", "deploy.force_object")}),
    ("Russia sent troops along the highway near Kharkiv.",
     {("Russia", None, "vague", "troop", "Kharkiv", "deployed", "deploy.force_object")}),
])
def test_routes_give_way_to_the_place_they_lead_to(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "areas", "fields", "pipeline" name a place only with a word before them that
    # describes it ("in the pipeline" and "in areas/fields such as ..." are no places)
    ("Another 3,000 troops are already in the pipeline for Afghanistan.", set()),
    ("The Pentagon said 2,000 more troops were in the pipeline.", set()),
    ("NATO will send 500 trainers to assist Afghan forces in areas including logistics.",
     set()),
    ("Britain sent 200 soldiers to train Ukrainian forces in fields such as medicine.",
     {("United Kingdom", 200, "exact", "soldier", None, "deployed", "deploy.force_object")}),
    ("Estonia deployed troops to border areas.",
     {("Estonia", None, "vague", "troop", "border areas", "deployed", "deploy.force_object")}),
    ("Iraq sent 300 soldiers to the oil pipeline.",
     {("Iraq", 300, "exact", "soldier", "the oil pipeline", "deployed",
       "deploy.force_object")}),
    ("Nigeria deployed 400 troops to the oil fields of the delta.",
     {("Nigeria", 400, "exact", "troop", "the oil fields of the delta", "deployed",
       "deploy.force_object")}),
])
def test_place_nouns_that_need_a_word_before_them(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "in the neighborhood of N soldiers" is an amount: the place is elsewhere
    ("Russia sent in the neighborhood of 2,000 soldiers to Syria.",
     {("Russia", 2000, "exact", "soldier", "Syria", "deployed", "deploy.force_object")}),
    ("Russia deployed troops to the neighborhood of the stadium.",
     {("Russia", None, "vague", "troop", "the neighborhood of the stadium", "deployed",
       "deploy.force_object")}),
    ("Israel deployed troops in the area of 3,000 square kilometers near the border.",
     {("Israel", None, "vague", "troop",
       "the area of 3,000 square kilometers near the border", "deployed",
       "deploy.force_object")}),
])
def test_a_place_noun_of_an_amount_of_forces_is_no_place(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a reporting predicate's own "in"/"at" says where it was announced, not where the
    # forces go
    ("Obama announced 30,000 more troops for Afghanistan in a speech at West Point.",
     {("United States", 30000, "exact", "troop", "Afghanistan", "ordered",
       "deploy.force_object")}),
    ("Russia announced 3,000 soldiers for the Victory Day parade in Moscow.", set()),
    ("Britain announced in London that 500 troops would go to Estonia.",
     {("United Kingdom", 500, "exact", "troop", "Estonia", "ordered",
       "deploy.force_subject")}),
])
def test_where_forces_are_announced_is_not_where_they_go(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces a cut takes away with no place named are a headcount, no deployment
    ("The Pentagon will slash 40,000 soldiers from the Army over two years.", set()),
    ("The Army will halve 2,000 soldiers from its payroll.", set()),
    ("The Pentagon will halve the 1,500 troops in Kosovo.",
     {("United States", 1500, "exact", "troop", "Kosovo", "withdrawn", "deploy.force_object")}),
])
def test_a_cut_with_no_place_is_a_headcount(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the count "number" gives, whichever rule reads forces with a place of their own
    ("U.S. troops in Afghanistan number 8,400, officials said.",
     {("United States", 8400, "exact", "troop", "Afghanistan", "deployed",
       "deploy.force_at_place")}),
    ("U.S. troops in Afghanistan number about 8,400, the Pentagon said.",
     {("United States", 8400, "approx", "troop", "Afghanistan", "deployed",
       "deploy.force_in_place")}),
])
def test_forces_in_a_place_number_n_before_a_reporting_clause(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The 800 Danish troops already in Estonia will be joined by 300 more.",
     ("Denmark", 800, "exact", "troop", "Estonia", "deployed", "deploy.force_in_place")),
    ("The 5,000 Spanish soldiers currently in Lebanon would be reinforced by a brigade.",
     ("Spain", 5000, "exact", "soldier", "Lebanon", "deployed", "deploy.force_in_place")),
    ("The 1,200 French soldiers already in Mali may soon get help from Chad.",
     ("France", 1200, "exact", "soldier", "Mali", "deployed", "deploy.force_in_place")),
])
def test_forces_written_as_there_now_stay_deployed_whatever_the_clause(body, expected):
    # "already" / "currently" on the forces' own place: there now, not ordered or planned
    # by the modal of the clause that holds them
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    ("Madrid has approved a request for 1,000 more Spanish troops at the border.",
     ("Spain", 1000, "exact", "troop", "the border", "ordered", "deploy.force_at_place")),
    ("Ottawa approved the request for 400 Canadian soldiers at the border.",
     ("Canada", 400, "exact", "soldier", "the border", "ordered", "deploy.force_at_place")),
    ("A request for 2,000 Italian troops in Iraq was approved on Monday.",
     ("Italy", 2000, "exact", "troop", "Iraq", "ordered", "deploy.force_at_place")),
])
def test_forces_wanted_by_a_request_that_is_approved_are_ordered(body, expected):
    # the request alone is planned ("asked for"); approving it is a decision
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    ("Norway keeps about 20 nuclear weapons at a base in Iceland.",
     {("Norway", 20, "approx", "weapon", "a base in Iceland", "deployed", "deploy.force_object")}),
    ("France has deployed tactical nuclear weapons in Djibouti.",
     {("France", None, "vague", "weapon", "Djibouti", "deployed", "deploy.force_object")}),
    ("Italy has nuclear weapons stationed in Sardinia.",
     {("Italy", None, "vague", "weapon", "Sardinia", "deployed", "deploy.force_participle")}),
    # weapons of another kind, or delivered to a buyer, are no forces
    ("The regime used chemical weapons against civilians in Homs.", set()),
    ("Poland will send weapons to Ukraine.", set()),
])
def test_nuclear_weapons_stationed_somewhere_are_forces(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # weapons as the subject of a verb of flight or range (deploy_verbs.csv weapon_subject)
    # are in range of a place or were fired at it, not moved there
    ("Iranian missiles can now reach Israel, analysts said.", set()),
    ("Pakistan's nuclear weapons could reach any city in India within minutes.", set()),
    ("Iran is building missiles that can reach southern Europe.", set()),
    ("Three Iranian missiles landed in the Persian Gulf on Tuesday.", set()),
    ("The missiles are believed to have landed in the sea off Oman.", set()),
    ("Syrian rockets could hit Tel Aviv, the minister warned.", set()),
    ("Chinese missiles could strike U.S. bases on Okinawa.", set()),
    # troops that reach a place, and weapons flown somewhere as an object, still move
    ("Two Turkish battalions reached the outskirts of Afrin on Sunday.",
     {("Turkey", 2, "exact", "battalion", "the outskirts of Afrin", "deployed",
       "deploy.force_subject")}),
    ("Russia flew S-400 missiles to Syria in May.",
     {("Russia", None, "vague", "missile", "Syria", "deployed", "deploy.force_object")}),
])
def test_weapons_that_reach_or_land_somewhere_are_in_range_not_moved(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body", [
    # weapons a country has, builds or tests, counted in an arsenal, looked for by
    # inspectors, fired in a test, sold or sent to a buyer: no forces put anywhere
    "Israel is widely believed to have nuclear weapons.",
    "Iran denies it is developing nuclear weapons.",
    "North Korea tested nuclear weapons in 2006 and 2009.",
    "India has about 130 nuclear warheads, according to the institute.",
    "France has about 300 nuclear weapons in its arsenal.",
    "UN weapons inspectors arrived in Damascus on Sunday.",
    "North Korea test-fired two ballistic missiles into the sea on Friday.",
    "The United States will sell 60 Patriot missiles to Poland.",
    "Germany will send anti-tank weapons to Ukraine.",
])
def test_weapons_owned_tested_or_sold_are_no_deployment(body):
    assert facts(body) == set()


@pytest.mark.parametrize("body, expected", [
    ("Seoul pledged to send 300 South Korean marines to Iraq, and station 200 marines in "
     "Kuwait.",
     {("South Korea", 300, "exact", "marine", "Iraq", "ordered", "deploy.force_object"),
      ("South Korea", 200, "exact", "marine", "Kuwait", "ordered", "deploy.force_object")}),
    ("Ankara sought to deploy 400 Turkish soldiers to Qatar, and base two frigates in "
     "Djibouti.",
     {("Turkey", 400, "exact", "soldier", "Qatar", "planned", "deploy.force_object"),
      ("Turkey", 2, "exact", "frigate", "Djibouti", "planned", "deploy.force_object")}),
    ("Lisbon refused to send 100 Portuguese troops to Mali, and station 50 marines in Niger.",
     set()),
    # a finite second verb is a clause of its own, with its own status
    ("Madrid decided to send 150 Spanish troops to Mali, and withdrew 200 soldiers from "
     "Senegal last year.",
     {("Spain", 150, "exact", "troop", "Mali", "ordered", "deploy.force_object"),
      ("Spain", 200, "exact", "soldier", "Senegal", "withdrawn", "deploy.force_object")}),
])
def test_a_second_bare_infinitive_shares_the_governor_of_the_first(body, expected):
    # after a comma the parse hangs the bare infinitive ("and station") on the governing
    # verb ("pledged", "sought", "refused"): it is that verb's second complement
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Warsaw is considering a plan to send 200 Polish soldiers to Latvia, and station 100 "
     "soldiers in Estonia.",
     {("Poland", 200, "exact", "soldier", "Latvia", "planned", "deploy.force_object"),
      ("Poland", 100, "exact", "soldier", "Estonia", "planned", "deploy.force_object")}),
    ("Oslo drew up a plan to send 150 Norwegian troops to Lithuania, and keep 100 troops in "
     "Iceland.",
     {("Norway", 150, "exact", "troop", "Lithuania", "planned", "deploy.force_object"),
      ("Norway", 100, "exact", "troop", "Iceland", "planned", "deploy.force_object")}),
    ("Canberra weighed a proposal to deploy 400 Australian troops to Iraq, and station 200 "
     "troops in Kuwait.",
     {("Australia", 400, "exact", "troop", "Iraq", "planned", "deploy.force_object"),
      ("Australia", 200, "exact", "troop", "Kuwait", "planned", "deploy.force_object")}),
    ("Tokyo approved a request to send 300 Japanese troops to Djibouti, and station 100 "
     "troops in Kenya.",
     {("Japan", 300, "exact", "troop", "Djibouti", "ordered", "deploy.force_object"),
      ("Japan", 100, "exact", "troop", "Kenya", "ordered", "deploy.force_object")}),
    ("Rome made an offer to send 300 Italian soldiers to Libya, and keep 100 soldiers in "
     "Tunisia.",
     {("Italy", 300, "exact", "soldier", "Libya", "planned", "deploy.force_object"),
      ("Italy", 100, "exact", "soldier", "Tunisia", "planned", "deploy.force_object")}),
])
def test_a_second_bare_infinitive_shares_the_governing_noun_of_the_first(body, expected):
    # the first infinitive hangs on a governing noun ("a plan to send", "a request to
    # send"), the second on the verb over that noun: both are in the plan or the request
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("About 2,500 U.S. soldiers were placed on prepare-to-deploy orders for the Middle East.",
     ("United States", 2500, "approx", "soldier", None, "planned", "deploy.force_object")),
    ("London has put 600 British troops on a prepare-to-deploy order for Estonia.",
     ("United Kingdom", 600, "exact", "troop", None, "planned", "deploy.force_object")),
    ("Berlin put 400 German soldiers on prepare-to-deploy orders for Lithuania.",
     ("Germany", 400, "exact", "soldier", None, "planned", "deploy.force_object")),
    # the parse hangs the state on the forces rather than on the verb
    ("Russia put 1,000 paratroopers on alert for deployment to Syria.",
     ("Russia", 1000, "exact", "paratrooper", "Syria", "planned", "deploy.force_object")),
    ("Ankara put 2,000 Turkish commandos on alert for deployment to Libya.",
     ("Turkey", 2000, "exact", "commando", "Libya", "planned", "deploy.force_object")),
    # an order to get ready is still an order when no state word stands on it
    ("The Pentagon ordered 2,000 U.S. troops on Monday to prepare to deploy to Europe.",
     ("United States", 2000, "exact", "troop", None, "ordered", "deploy.force_object")),
])
def test_forces_put_on_prepare_to_deploy_orders_or_alert_are_planned(body, expected):
    # ANNOTATION.md: forces on standby are planned, not yet sent
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    ("The planned deployment of 800 Danish soldiers to Estonia has angered Moscow.",
     ("Denmark", 800, "exact", "soldier", "Estonia", "ordered", "deploy.deploy_noun")),
    ("The expected deployment of 500 Belgian troops to Mali drew criticism in Brussels.",
     ("Belgium", 500, "exact", "troop", "Mali", "ordered", "deploy.deploy_noun")),
    ("The scheduled deployment of 250 Dutch marines to Lithuania begins in June.",
     ("Netherlands", 250, "exact", "marine", "Lithuania", "ordered", "deploy.deploy_noun")),
    ("The impending deployment of 1,200 Polish troops to Romania was confirmed.",
     ("Poland", 1200, "exact", "troop", "Romania", "ordered", "deploy.deploy_noun")),
    # a proposal is not yet decided
    ("The proposed deployment of 400 Czech soldiers to Latvia needs the approval of "
     "parliament.",
     ("Czechia", 400, "exact", "soldier", "Latvia", "planned", "deploy.deploy_noun")),
])
def test_a_deployment_named_as_planned_or_scheduled_is_ordered(body, expected):
    # "the planned deployment" is a plan announced, as "plans to send" (ordered), not a
    # deployment made
    assert facts(body) == {expected}


@pytest.mark.parametrize("body, expected", [
    ("Kiev accused Moscow of sending 1,000 troops into eastern Ukraine.",
     {("Russia", 1000, "exact", "troop", "eastern Ukraine", "deployed", "deploy.force_object")}),
    ("Washington criticized Ankara for sending troops into northern Syria.",
     {("Turkey", None, "vague", "troop", "northern Syria", "deployed", "deploy.force_object")}),
    ("Baghdad accused Ankara of deploying 500 soldiers near Mosul.",
     {("Turkey", 500, "exact", "soldier", "Mosul", "deployed", "deploy.force_object")}),
    ("Paris thanked Berlin for sending 200 soldiers to Mali.",
     {("Germany", 200, "exact", "soldier", "Mali", "deployed", "deploy.force_object")}),
    # after "by" the gerund is the subject's
    ("Washington reassured Warsaw by sending 1,000 troops to Lithuania.",
     {("United States", 1000, "exact", "troop", "Lithuania", "deployed", "deploy.force_object")}),
])
def test_the_object_before_a_gerund_after_its_preposition_is_the_actor(body, expected):
    # "accused X of sending troops": X sends them, not the accuser
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Kremlin warned NATO against deploying troops in the Baltics.", set()),
    ("Obama warned against sending 10,000 ground troops to Syria.", set()),
    ("Beijing warned Tokyo against sending two warships to the South China Sea.", set()),
    # a warning that reports a deployment is no stop
    ("Moscow warned that it would send 2,000 troops to Crimea.",
     {("Russia", 2000, "exact", "troop", "Crimea", "planned", "deploy.force_object")}),
])
def test_a_deployment_warned_against_is_not_happening(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Beijing has installed missile systems on three reefs in the Spratly Islands.",
     {("China", None, "vague", "missile system", "three reefs in the Spratly Islands",
       "deployed", "deploy.force_object")}),
    ("The United States will install two Patriot missile batteries in Poland.",
     {("United States", 2, "exact", "missile battery", "Poland", "ordered",
       "deploy.force_object")}),
    ("The U.S. Navy sailed a destroyer near Mischief Reef on Sunday.",
     {("United States", 1, "exact", "destroyer", "Mischief Reef", "deployed",
       "deploy.force_object")}),
    ("The Royal Navy sailed two warships through the Taiwan Strait on Sunday.",
     {("United Kingdom", 2, "exact", "warship", "the Taiwan Strait", "deployed",
       "deploy.force_object")}),
    # a ship sailed that is neither military nor anyone's: a voyage, no deployment
    ("The crew sailed the ship to Norfolk for repairs.", set()),
    ("The captain sailed the vessel into port at Norfolk.", set()),
])
def test_weapons_installed_and_ships_sailed_somewhere_are_deployed(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("France sent troops to Mali. Germany, which has about 1,000 soldiers in Mali, is under "
     "pressure to do more.",
     {("France", None, "vague", "troop", "Mali", "deployed", "deploy.force_object"),
      ("Germany", 1000, "approx", "soldier", "Mali", "deployed", "deploy.force_in_place")}),
    ("France sent troops to Mali. Sweden, which sent 500 soldiers to Mali last year, wants "
     "to leave.",
     {("France", None, "vague", "troop", "Mali", "deployed", "deploy.force_object"),
      ("Sweden", 500, "exact", "soldier", "Mali", "deployed", "deploy.force_object")}),
    ("Britain sent 300 troops to Estonia. Canada, which will deploy 450 soldiers to Latvia, "
     "leads another battalion.",
     {("United Kingdom", 300, "exact", "troop", "Estonia", "deployed", "deploy.force_object"),
      ("Canada", 450, "exact", "soldier", "Latvia", "ordered", "deploy.force_object")}),
])
def test_a_relative_clause_subject_is_its_antecedent(body, expected):
    # "X, which has N soldiers in Y": X's forces, not the article's main owner
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("France sent troops to Mali. Arizona will send 300 National Guard troops to the border.",
     {("France", None, "vague", "troop", "Mali", "deployed", "deploy.force_object"),
      ("Arizona", 300, "exact", "guard troop", "the border", "ordered", "deploy.force_object")}),
    ("Texas will send troops to the border.",
     {("Texas", None, "vague", "troop", "the border", "ordered", "deploy.force_object")}),
    ("Oregon sent National Guard soldiers to Portland.",
     {("Oregon", None, "vague", "guard soldier", "Portland", "deployed",
       "deploy.force_object")}),
    ("Texas plans to send 1,000 National Guard troops to the border.",
     {("Texas", 1000, "exact", "guard troop", "the border", "ordered", "deploy.force_object")}),
    # a city is no state; a state that has forces (not sends them) does not own them
    ("The European Union will help.\n\nBrussels will send 200 police officers to Bosnia.",
     {(None, 200, "exact", "police officer", "Bosnia", "ordered", "deploy.force_object")}),
    ("Texas has 10,000 soldiers at Fort Hood.",
     {(None, 10000, "exact", "soldier", "Fort Hood", "deployed", "deploy.force_in_place")}),
])
def test_a_state_as_the_deploying_subject_owns_the_forces(body, expected):
    # as a governor's forces are the state's: "Texas will send troops" is Texas's
    # (a state only, places.state_of; the subject of a deploying verb, not of have/host)
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Critics said Trump's decision to withdraw troops from Syria was a mistake.",
     {("United States", None, "vague", "troop", "Syria", "withdrawn", "deploy.force_object")}),
    ("Obama's decision to send 3,000 troops to Liberia was praised.",
     {("United States", 3000, "exact", "troop", "Liberia", "ordered", "deploy.force_object")}),
    ("The move follows Putin's order to pull troops back from the Ukrainian border.",
     {("Russia", None, "vague", "troop", "the Ukrainian border", "withdrawn",
       "deploy.force_object")}),
    ("France sent troops to Mali. Britain's decision to deploy 250 soldiers to Mali was "
     "announced on Monday.",
     {("France", None, "vague", "troop", "Mali", "deployed", "deploy.force_object"),
      ("United Kingdom", 250, "exact", "soldier", "Mali", "ordered", "deploy.force_object")}),
])
def test_the_owner_of_a_decision_or_plan_to_deploy_is_the_actor(body, expected):
    # "X's decision to send troops": X sends them (the noun's possessor controls its
    # infinitive), not the article's main owner
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("About 400 French paratroopers were placed on standby for Mali on Friday.",
     {("France", 400, "approx", "paratrooper", "Mali", "planned", "deploy.force_object")}),
    ("Britain has put 600 troops on standby for Libya.",
     {("United Kingdom", 600, "exact", "troop", "Libya", "planned", "deploy.force_object")}),
    ("The Pentagon put 2,000 soldiers on alert for possible deployment to Kuwait.",
     {("United States", 2000, "exact", "soldier", "Kuwait", "planned",
       "deploy.force_object")}),
])
def test_the_place_forces_stand_by_for_is_their_location(body, expected):
    # "on standby for X": planned (ANNOTATION.md), bound for X
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Venezuelan soldiers blocked the bridge into Colombia.",
     {("Venezuela", None, "vague", "soldier", "Colombia", "deployed", "deploy.force_subject")}),
    ("Iraqi security forces blocked the entrances to Mosul on Sunday.",
     {("Iraq", None, "vague", "security force", "Mosul", "deployed", "deploy.force_subject")}),
    ("Turkish soldiers blocked the border crossing with Syria.",
     {("Turkey", None, "vague", "soldier", "the border crossing with Syria", "deployed",
       "deploy.force_subject")}),
    # not forces that block: no one is deployed; a blocked deployment is not happening
    ("Protesters blocked the road to the base.", set()),
    ("Congress blocked the deployment of 500 troops to Syria.", set()),
])
def test_forces_blocking_a_place_are_there(body, expected):
    # "block" is a stay verb like guard or patrol: the forces are at what they block
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Saudi-led coalition sent troops into Yemen in 2015.",
     {("Saudi Arabia", None, "vague", "troop", "Yemen", "deployed", "deploy.force_object")}),
    ("The Italian-led mission moved soldiers to the airport in Tripoli.",
     {("Italy", None, "vague", "soldier", "the airport in Tripoli", "deployed",
       "deploy.force_object")}),
    ("The French-led coalition will send soldiers to Mali.",
     {("France", None, "vague", "soldier", "Mali", "ordered", "deploy.force_object")}),
])
def test_a_coalition_led_by_a_country_deploys_as_that_country(body, expected):
    # "the Saudi-led coalition sent troops": the leading country's deployment
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The U.N. mission in Mali has 13,000 peacekeepers.",
     {("United Nations", 13000, "exact", "peacekeeper", "Mali", "deployed",
       "deploy.force_in_place")}),
    ("The NATO mission in Afghanistan has 16,000 troops.",
     {("NATO", 16000, "exact", "troop", "Afghanistan", "deployed", "deploy.force_in_place")}),
    ("The U.S. military in Europe has 64,000 troops.",
     {("United States", 64000, "exact", "troop", "Europe", "deployed",
       "deploy.force_in_place")}),
    ("The French garrison in Djibouti has 1,450 soldiers.",
     {("France", 1450, "exact", "soldier", "Djibouti", "deployed", "deploy.force_in_place")}),
    # a holder that is no military body or post: its place is not the forces'
    ("A reporter in Kiev had two soldiers with him.", set()),
    ("The company in Texas has 500 security guards.", set()),
    ("The U.S. ambassador in Seoul has 28,500 troops behind him.", set()),
])
def test_forces_a_mission_somewhere_has_are_there(body, expected):
    # "the mission in X has N troops": a military holder's place is theirs
    # (deploy_holder_nouns.csv and the force nouns of kind organisation or formation)
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Polish president ordered 1,200 soldiers to leave Iraq by the end of the year.",
     {("Poland", 1200, "exact", "soldier", "Iraq", "withdrawn", "deploy.force_object")}),
    ("Madrid ordered its 300 troops to withdraw from the Kosovo mission.",
     {("Spain", 300, "exact", "troop", "the Kosovo mission", "withdrawn",
       "deploy.force_object")}),
    ("The Danish government ordered 150 soldiers to pull out of Mali.",
     {("Denmark", 150, "exact", "soldier", "Mali", "withdrawn", "deploy.force_object")}),
    ("The Kremlin ordered two warships to depart for the eastern Mediterranean.",
     {("Russia", 2, "exact", "warship", "the eastern Mediterranean", "ordered",
       "deploy.force_object")}),
    ("Ottawa ordered 500 soldiers to stay in Latvia for another year.",
     {("Canada", 500, "exact", "soldier", "Latvia", "deployed", "deploy.force_object")}),
])
def test_forces_ordered_to_leave_or_stay_do_what_they_are_told(body, expected):
    # "ordered the troops to leave X": the forces' own verb (their xcomp) frames them,
    # a withdrawal from X; "ordered them to stay in X": there now
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Athens mobilised 1,200 reservists to serve on the islands of the Aegean.",
     {("Greece", 1200, "exact", "reservist", "the islands of the Aegean", "ordered",
       "deploy.force_object")}),
    ("Berlin pledged 1,500 soldiers to stay in Lithuania beyond next year.",
     {("Germany", 1500, "exact", "soldier", "Lithuania", "ordered", "deploy.force_object")}),
    ("The Dutch parliament authorized 600 marines to remain in Curacao until March.",
     {("Netherlands", 600, "exact", "marine", "Curacao", "ordered", "deploy.force_object")}),
    ("The Turkish president ordered 2,000 troops to stay out of northern Iraq.",
     {("Turkey", 2000, "exact", "troop", None, "ordered", "deploy.force_object")}),
])
def test_forces_given_or_kept_away_stay_an_order(body, expected):
    # only a governor that tells the forces to act (deploy_status_cues.csv governs
    # `command`) hands them to their own verb; forces mobilised, pledged or authorized
    # for a place, or ordered to stay out of it, are an order
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The sudden pullout of 2,000 Dutch troops from Chad stopped the peace talks.",
     {("Netherlands", 2000, "exact", "troop", "Chad", "withdrawn", "deploy.deploy_noun")}),
    ("The withdrawal of Belgian soldiers from Mali abandoned the villagers to the militants.",
     {("Belgium", None, "vague", "soldier", "Mali", "withdrawn", "deploy.deploy_noun")}),
    ("The departure of 800 Norwegian troops from Kosovo halted the training programme.",
     {("Norway", 800, "exact", "troop", "Kosovo", "withdrawn", "deploy.deploy_noun")}),
    # with no object of its own, the verb says what became of its subject: called off
    ("The withdrawal of 2,000 Dutch troops from Chad stopped in March.",
     {("Netherlands", 2000, "exact", "troop", "Chad", "deployed", "deploy.deploy_noun")}),
    ("The pullout of Belgian soldiers from Mali halted after the coup.",
     {("Belgium", None, "vague", "soldier", "Mali", "deployed", "deploy.deploy_noun")}),
])
def test_a_deployment_that_is_a_subject_is_not_governed_by_its_verb(body, expected):
    # "stop", "abandon", "halt" call off what they govern ("halted the pullout"), not
    # the subject they act with: a pullout that stopped talks happened
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Moscow sent two military planes to Caracas on Saturday.",
     {("Russia", 2, "exact", "plane", "Caracas", "deployed", "deploy.force_object")}),
    ("Paris sent four fighter planes to Lithuania last week.",
     {("France", 4, "exact", "fighter plane", "Lithuania", "deployed", "deploy.force_object")}),
    ("Oslo has deployed three surveillance planes to Iceland.",
     {("Norway", 3, "exact", "plane", "Iceland", "deployed", "deploy.force_object")}),
    ("Canberra sent six Royal Australian Air Force planes to Guam.",
     {("Australia", 6, "exact", "plane", "Guam", "deployed", "deploy.force_object")}),
    # planes no military word names are no forces
    ("The charter airline flew two planes to Lagos to bring the stranded tourists home.",
     set()),
    # a military word outside the noun's own modifiers does not name them
    ("Portugal sent three planes to combat the forest fires in Madeira.", set()),
    ("Four planes carrying military equipment landed in Tallinn on Monday.", set()),
    ("India sent two planes to war-torn Sudan to bring its nationals home.", set()),
    # planes that carry something are its transport
    ("Three Air Force planes carrying the minister's delegation landed in Manila.", set()),
])
def test_planes_a_military_word_names_are_forces(body, expected):
    # force_nouns.csv: "plane" (strength modified) is forces only with a military word of
    # force_modifiers.csv among its own modifiers (not an airline's planes)
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Some 600 Spanish troops will be relocated to southern Lebanon.",
     {("Spain", 600, "approx", "troop", "southern Lebanon", "ordered", "deploy.force_object")}),
    ("Ankara relocated 400 soldiers to the border with Syria.",
     {("Turkey", 400, "exact", "soldier", "the border with Syria", "deployed",
       "deploy.force_object")}),
    # "add" deploys nothing (deploy_verbs.csv has no row for it): a speech verb, a
    # headcount, a toll or a list the forces join
    ('"We will send more soldiers if needed," the Danish minister added.', set()),
    ("The Swedish army added 2,000 soldiers last year.", set()),
    ("The blast added 14 soldiers to the death toll in northern Mali.", set()),
    ("The Marine Corps plans to add 3,000 marines to its ranks in California.", set()),
])
def test_forces_relocated_somewhere_are_sent_there(body, expected):
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Poland has 40 ground-based interceptors in its northern provinces.",
     {("Poland", 40, "exact", "interceptor", "its northern provinces", "deployed",
       "deploy.force_in_place")}),
    ("France has 12 carrier-based jets in the eastern Mediterranean.",
     {("France", 12, "exact", "jet", "the eastern Mediterranean", "deployed",
       "deploy.force_in_place")}),
    ("Britain has 16 land-based missile launchers in Estonia.",
     {("United Kingdom", 16, "exact", "missile launcher", "Estonia", "deployed",
       "deploy.force_in_place")}),
    ("Italy has eight carrier-based fighter jets off the Libyan coast.",
     {("Italy", 8, "exact", "fighter jet", "the Libyan coast", "deployed",
       "deploy.force_in_place")}),
])
def test_hardware_a_country_has_keeps_its_owner_past_a_hyphenated_participle(body, expected):
    # "ground-based", "carrier-based": half of a hyphenated modifier names a kind of weapon,
    # no deploying participle, so the phrase the country holds is read as held (its owner)
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Al-Shabab fighters massed in Baidoa.",
     {("al-Shabab", None, "vague", "fighter", "Baidoa", "deployed", "deploy.force_subject")}),
    ("Al Shabab fighters were massing in the town of Jowhar.",
     {("al-Shabab", None, "vague", "fighter", "the town of Jowhar", "deployed",
       "deploy.force_subject")}),
    ("Al Shabab fighters are massing near Afgooye, residents said.",
     {("al-Shabab", None, "vague", "fighter", "Afgooye", "deployed", "deploy.force_subject")}),
    ("Al-Shabab fighters have massed on the outskirts of Beledweyne.",
     {("al-Shabab", None, "vague", "fighter", "the outskirts of Beledweyne", "deployed",
       "deploy.force_subject")}),
])
def test_an_armed_group_the_recogniser_calls_a_person_still_owns_its_fighters(body, expected):
    # forces.actor_of: a PERSON entity owns no forces, unless its name is an armed group of
    # reference/ref_actor_aliases.csv
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Belarus has built up tanks near the Lithuanian border.",
     {("Belarus", None, "vague", "tank", "the Lithuanian border", "deployed",
       "deploy.force_object")}),
    ("Turkey is building up troops along the Syrian frontier.",
     {("Turkey", None, "vague", "troop", "the Syrian frontier", "deployed",
       "deploy.force_object")}),
    ("Serbia has built up 4,000 soldiers near the boundary with Kosovo.",
     {("Serbia", 4000, "exact", "soldier", "the boundary with Kosovo", "deployed",
       "deploy.force_object")}),
    # with no place named, building up is growing a force, no deployment
    ("Vietnam has built up its army over the past decade.", set()),
    # an institution built up, even at a place, is no forces massed there
    ("Washington has helped the Afghan government build up its security forces in Herat.",
     set()),
    ("The U.S. is helping Kiev build up its army near Zaporizhzhia.", set()),
    ("The Iraqi government wants to build up its police in Basra.", set()),
])
def test_forces_built_up_at_a_place_are_massed_there(body, expected):
    # deploy_verbs.csv: "build" needs "up", a place (needs_place) and forces of personnel
    # or hardware (material_object), not an institution such as an army or police
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Italy deployed four F-35 stealth fighters to Iceland.",
     {("Italy", 4, "exact", "fighter", "Iceland", "deployed", "deploy.force_object")}),
    ("Norway sent F-35 stealth fighters to Romania last week.",
     {("Norway", None, "vague", "fighter", "Romania", "deployed", "deploy.force_object")}),
    ("Denmark deployed four F-16 combat fighters to Iraq.",
     {("Denmark", 4, "exact", "fighter", "Iraq", "deployed", "deploy.force_object")}),
    ("Russia sent Su-34 tactical fighters to Belarus.",
     {("Russia", None, "vague", "fighter", "Belarus", "deployed", "deploy.force_object")}),
    # fighters no model names are still fighting men: only their massing counts
    ("Greece sent stealth fighters to Crete.", set()),
    # a word between naming men or their body: a group's fighters, whose sending is no fact
    ("Burundi sent M-19 rebel fighters to Bukavu, a U.N. report said.", set()),
    ("Uganda sent P-12 militia fighters to Rutshuru.", set()),
    ("Chad sent T-4 separatist fighters to the border town of Abeche.", set()),
])
def test_fighters_a_model_names_past_a_describing_word_are_aircraft(body, expected):
    # forces._model_named: "F-35 stealth fighters", "Su-34 tactical fighters"
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The 600 soldiers that Macron sent to Estonia will stay until June.",
     {("France", 600, "exact", "soldier", "Estonia", "deployed", "deploy.force_subject")}),
    ("The troops that Erdogan sent to Qatar will remain there for a year.",
     {("Turkey", None, "vague", "troop", "Qatar", "deployed", "deploy.force_subject")}),
    ("The troops Putin sent to Belarus are still there.",
     {("Russia", None, "vague", "troop", "Belarus", "deployed", "deploy.force_in_place")}),
])
def test_forces_a_relative_clause_says_someone_sent_are_that_senders(body, expected):
    # deployments._sender_actor: the subject of a relative clause deploying the forces as
    # its object owns them when nothing else does
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The 300 advisers that Baghdad requested will arrive in Erbil next month.",
     {(None, 300, "exact", "adviser", "Erbil", "ordered", "deploy.force_subject")}),
    ("The 2,000 peacekeepers that Mali has sought for years will be stationed in Timbuktu.",
     {(None, 2000, "exact", "peacekeeper", "Timbuktu", "ordered", "deploy.force_object")}),
    # no owner and no number: vague, no fact
    ("The additional troops that Kabul has requested would be based in Herat.", set()),
    ("The troops that Kenya requested from the African Union will be deployed to Garowe.",
     set()),
])
def test_forces_a_relative_clause_says_someone_requested_are_not_theirs(body, expected):
    # deployments._sender_actor skips verbs of plan kind (deploy_verbs.csv): the one who
    # asks for or seeks forces does not own them
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a modal on a verb that does something with forces already sent is no cue for them
    ("The king will visit the 3,000 Jordanian soldiers stationed in Kuwait next month.",
     {("Jordan", 3000, "exact", "soldier", "Kuwait", "deployed", "deploy.force_participle")}),
    ("The 1,200 Danish troops sent to Estonia will help defend the Baltic state.",
     {("Denmark", 1200, "exact", "troop", "Estonia", "deployed", "deploy.force_participle")}),
    ("Officials will brief lawmakers on the 450 Norwegian marines deployed to Iceland.",
     {("Norway", 450, "exact", "marine", "Iceland", "deployed", "deploy.force_participle")}),
    # ... holding them is: they are there only from then on
    ("Portugal will have 200 marines based in Madeira by June.",
     {("Portugal", 200, "exact", "marine", "Madeira", "ordered", "deploy.force_participle")}),
    # ... or a verb taking them in or asking for them (deploy_receiving_verbs.csv), or forces
    # yet to come ("more")
    ("Poland will receive 1,000 U.S. troops stationed on its soil.",
     {("United States", 1000, "exact", "troop", None, "ordered", "deploy.force_participle")}),
    ("NATO will get 4,000 more troops based in the Baltic states.",
     {(None, 4000, "exact", "troop", "the Baltic states", "ordered", "deploy.force_participle")}),
    ("The plan will require 10,000 troops deployed to the region.",
     {(None, 10000, "exact", "troop", "the region", "ordered", "deploy.force_participle")}),
    ("The operation will need about 1,300 more soldiers deployed to Chad.",
     {(None, 1300, "approx", "soldier", "Chad", "ordered", "deploy.force_subject")}),
])
def test_a_modal_on_an_unrelated_verb_leaves_participle_forces_where_they_are(body, expected):
    # deployments._governing_cue: a modal counts only on a verb that holds the forces
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "all of the N" is the whole: one phrase with the number, framed as the part is
    ("Spain ordered the withdrawal of all of the 600 Spanish soldiers in Lebanon.",
     {("Spain", 600, "exact", "soldier", "Lebanon", "withdrawn", "deploy.deploy_noun")}),
    ("All of the 450 Dutch troops in Mali are leaving.",
     {("Netherlands", 450, "exact", "troop", "Mali", "withdrawn", "deploy.force_subject")}),
    ("Canada will pull out all of the 300 soldiers stationed in Latvia.",
     {("Canada", 300, "exact", "soldier", "Latvia", "withdrawn", "deploy.force_object")}),
    # ... a part of them is a phrase of its own, the number staying with the whole
    ("Half of the 600 Spanish soldiers in Lebanon will be withdrawn.",
     {("Spain", 600, "exact", "soldier", "Lebanon", "deployed", "deploy.force_in_place"),
      ("Spain", None, "vague", "soldier", "Lebanon", "withdrawn", "deploy.force_object")}),
    # "nearly / almost all" is a part
    ("Spain ordered the withdrawal of nearly all of the 600 Spanish soldiers in Lebanon.",
     {("Spain", 600, "exact", "soldier", "Lebanon", "deployed", "deploy.force_in_place"),
      ("Spain", None, "vague", "soldier", "Lebanon", "withdrawn", "deploy.deploy_noun")}),
    ("Spain will withdraw almost all of the 600 Spanish soldiers in Lebanon.",
     {("Spain", 600, "exact", "soldier", "Lebanon", "deployed", "deploy.force_in_place"),
      ("Spain", None, "vague", "soldier", "Lebanon", "withdrawn", "deploy.force_object")}),
    # ... and all of them doing something other than moving or staying are where they are
    ("All of the 1,100 Dutch troops in Mali would be affected by the cut.",
     {("Netherlands", 1100, "exact", "troop", "Mali", "deployed", "deploy.force_in_place")}),
    ("All of the 700 Italian troops in Niger will receive hazard pay.",
     {("Italy", 700, "exact", "troop", "Niger", "deployed", "deploy.force_in_place")}),
    ("All of the 5,000 Italian soldiers in Lebanon must wear body armor.",
     {("Italy", 5000, "exact", "soldier", "Lebanon", "deployed", "deploy.force_in_place")}),
    ("All of the 1,000 troops in Poland would fall under NATO command.",
     {(None, 1000, "exact", "troop", "Poland", "deployed", "deploy.force_in_place")}),
])
def test_all_of_the_counted_forces_is_the_whole_not_a_part(body, expected):
    # forces.force_phrases, forces._whole_moved: vague_amounts.csv `whole`
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces ordered to act: their own verb frames them, from their own place when it
    # names none, and through a verb of its own ("to begin withdrawing")
    ("Rome ordered the 400 Italian soldiers in Kosovo to withdraw.",
     {("Italy", 400, "exact", "soldier", "Kosovo", "withdrawn", "deploy.force_object")}),
    ("Oslo ordered the 250 Norwegian troops in Lithuania to begin withdrawing.",
     {("Norway", 250, "exact", "troop", "Lithuania", "withdrawn", "deploy.force_object")}),
    ("Ankara ordered 1,500 Turkish troops to start pulling out of Qatar.",
     {("Turkey", 1500, "exact", "troop", "Qatar", "withdrawn", "deploy.force_object")}),
    # ... the verb's own place first
    ("Madrid ordered the 300 Spanish troops in Latvia to move to Estonia.",
     {("Spain", 300, "exact", "troop", "Estonia", "ordered", "deploy.force_object")}),
    # only through an aspect verb (deploy_aspect_verbs.csv): preparing or trying to leave
    # is still the order
    ("Ottawa ordered the 450 Canadian soldiers in Latvia to prepare to withdraw.",
     {("Canada", 450, "exact", "soldier", "Latvia", "ordered", "deploy.force_object")}),
    ("The UN ordered the 1,200 peacekeepers in Goma to try to withdraw.",
     {("United Nations", 1200, "exact", "peacekeeper", "Goma", "ordered",
       "deploy.force_object")}),
    # the forces' own place only for a verb of leaving or staying: where they deploy to
    # is not said
    ("The Pentagon ordered the 3,000 paratroopers at Fort Bragg to deploy.",
     {("United States", 3000, "exact", "paratrooper", None, "ordered", "deploy.force_object")}),
    ("Washington ordered 200 Marines in Bahrain to deploy.",
     {("United States", 200, "exact", "marine", None, "ordered", "deploy.force_object")}),
])
def test_forces_ordered_to_act_are_framed_by_their_own_verb(body, expected):
    # deployments.rule_force_object, `governs` = command in deploy_status_cues.csv
    assert facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    # forces that return home are withdrawn from where they were ("return" needs "from" or
    # "home": "returned to X" is a return there)
    ("The last 400 Belgian troops in Mali returned home in December.",
     {("Belgium", 400, "exact", "troop", "Mali", "withdrawn", "deploy.force_subject")}),
    ("The 250 Estonian soldiers in Iraq will return home by Christmas.",
     {("Estonia", 250, "exact", "soldier", "Iraq", "withdrawn", "deploy.force_subject")}),
    ("Lisbon ordered the 180 Portuguese troops deployed in Bangui to return home.",
     {("Portugal", 180, "exact", "troop", "Bangui", "withdrawn", "deploy.force_object")}),
    # ... from the origin, not the home they reach ("home to X" is no place left)
    ("About 800 Dutch soldiers returned home to Assen from Kosovo on Sunday.",
     {("Netherlands", 800, "approx", "soldier", "Kosovo", "withdrawn", "deploy.force_subject")}),
    ("The 1,000 paratroopers returned home to Vicenza in Italy.",
     {(None, 1000, "exact", "paratrooper", None, "withdrawn", "deploy.force_subject")}),
    # "home" set off by a comma is an apposition's ("X, home to Y"), a noun's compound is
    # not the verb's ("its home port"): a return there, no withdrawal
    ("U.S. troops returned to Iraq, home to many Iranian-backed militias, in 2014.", set()),
    ("The 300 Marines returned to Okinawa, home to most U.S. forces in Japan.", set()),
    ("The 400 soldiers will return to Kabul, home to the NATO mission headquarters.", set()),
    ("The destroyer returned to its home port of Norfolk.", set()),
    # ... only a "home to / of" phrase is an apposition's: "from Y" after one is the verb's
    ("The 1,500 Guard soldiers returned to Texas, their home state, from the border.",
     {(None, 1500, "exact", "guard soldier", "the border", "withdrawn", "deploy.force_subject")}),
    # ... but a compound "home" right after the verb is its own ("bringing home troops")
    ("Obama is bringing home troops from Iraq.",
     {("United States", None, "vague", "troop", "Iraq", "withdrawn", "deploy.force_object")}),
    ("Obama vowed to bring home troops from Iraq.",
     {("United States", None, "vague", "troop", "Iraq", "withdrawn", "deploy.force_object")}),
])
def test_forces_returning_home_are_withdrawn_from_where_they_were(body, expected):
    # deployments._near_words, deployments._origin; deploy_verbs.csv `needs`
    assert facts(body) == expected

@pytest.mark.parametrize("body, expected", [
    # "X, home to Y" is an apposition of the place, not forces sent home
    ("Biden sent 2,000 troops to Poland, home to the largest NATO force in the region.",
     {("United States", 2000, "exact", "troop", "Poland", "deployed", "deploy.force_object")}),
    ("Washington sent 3,000 troops to Kuwait, home to the largest U.S. base in the Gulf.",
     {("United States", 3000, "exact", "troop", "Kuwait", "deployed", "deploy.force_object")}),
    ("France deployed 500 soldiers to Gao, home to a large French base.",
     {("France", 500, "exact", "soldier", "Gao", "deployed", "deploy.force_object")}),
    # ... a "home" of the verb's own still sends them home
    ("Washington is bringing 2,000 troops home from Syria.",
     {("United States", 2000, "exact", "troop", "Syria", "withdrawn", "deploy.force_object")}),
])
def test_home_set_off_by_a_comma_is_the_places_apposition(body, expected):
    # deployments._set_off
    assert facts(body) == expected

@pytest.mark.parametrize("body, expected", [
    # "home" closing the forces' place ("in X home"), which the parse reads as one noun
    # phrase, is the verb's: a withdrawal from X
    ("Madrid ordered the 300 Spanish troops in Latvia home.",
     {("Spain", 300, "exact", "troop", "Latvia", "withdrawn", "deploy.force_object")}),
    ("Belgium wants to bring the 250 Belgian soldiers in Mali home.",
     {("Belgium", 250, "exact", "soldier", "Mali", "withdrawn", "deploy.force_object")}),
    ("Rome will bring the 200 Italian troops in Iraq home by May.",
     {("Italy", 200, "exact", "troop", "Iraq", "withdrawn", "deploy.force_object")}),
    # ... not a house: "home" with a determiner, its preposition on the verb
    ("The army sent 200 soldiers to the Bhutto home in Larkana.",
     {(None, 200, "exact", "soldier", "Larkana", "deployed", "deploy.force_object")}),
    ("Police deployed 50 officers to the Trump home in Florida.",
     {(None, 50, "exact", "officer", "Florida", "deployed", "deploy.force_object")}),
    ("The army deployed 100 soldiers to the Sharif home in Lahore.",
     {(None, 100, "exact", "soldier", "Lahore", "deployed", "deploy.force_object")}),
    ("Israel deployed troops to the Hebron home of the attacker.",
     {("Israel", None, "vague", "troop", "the Hebron home of the attacker", "deployed",
       "deploy.force_object")}),
])
def test_home_after_the_forces_place_makes_a_withdrawal_from_it(body, expected):
    # deployments._home_adverb
    assert facts(body) == expected

@pytest.mark.parametrize("body, expected", [
    # forces "on standby / on alert for deployment to X", which the parse makes the
    # attribute of "are": planned, for X
    ("About 1,500 Polish troops are on standby for deployment to Lithuania.",
     {("Poland", 1500, "approx", "troop", "Lithuania", "planned", "deploy.force_subject")}),
    ("Some 400 Danish soldiers are on alert for deployment to Greenland.",
     {("Denmark", 400, "approx", "soldier", "Greenland", "planned", "deploy.force_subject")}),
    ("Some 900 Czech soldiers were on standby for a possible deployment to Slovakia.",
     {("Czechia", 900, "approx", "soldier", "Slovakia", "planned",
       "deploy.force_subject")}),
    # ... as with an infinitive
    ("The 700 Belgian paratroopers are on standby to deploy to Mali.",
     {("Belgium", 700, "exact", "paratrooper", "Mali", "planned", "deploy.force_subject")}),
    ("About 300 Dutch soldiers are on standby for Kosovo.",
     {("Netherlands", 300, "approx", "soldier", "Kosovo", "planned", "deploy.force_subject")}),
    # ... not on standby for another task (deployments._readied_on)
    ("About 2,000 soldiers are on standby for flood relief in Queensland.", set()),
])
def test_forces_the_parse_puts_on_standby_as_an_attribute_are_planned(body, expected):
    assert facts(body) == expected
