"""Visit verbs in phrasings the dev set lacks (issue 11: precision on unseen news). Every
sentence is invented; the expected outcome follows shared/eval/ANNOTATION.md (visits): a
physical trip by a named person, an official or a delegation to a place."""

from __future__ import annotations

import pytest
from support import headline_visits

from newsfacts.extract import extract_document

META = {"published": "2023-03-15", "title_in_body": True}  # a Wednesday


def visits(body: str) -> set[tuple]:
    return headline_visits(body, "traveller", "destination", "status")


NOT_VISITS = [
    # things and generalisations are no travellers
    "The new book by historian Paul Girard visits Paris in the 1920s.",
    "The film by director Rita Moll revisits Berlin in the last winter of the war.",
    "The report visits the failures of the Iraq war in detail.",
    "The exhibition will visit Tokyo and Seoul next year, the museum said.",
    "Few foreign leaders visit Pyongyang.",
    "Many senators visit Israel, the lobby group said.",
    "Anyone who visits Paris should see the Louvre.",
    "Tourists who visit Venice will pay a new fee from April.",
    "Visitors to Paris fell by a tenth last year, the tourism board said.",
    "More than two million people visited the ministry's website in March.",
    "Hackers visited the site of the Paris bank thousands of times.",
    "Investors visited the stock again after the slump.",
    "Senator Ana Ruiz said the committee would visit the issue again next year.",
    "The storm visited misery on towns across Florida.",
    "Hurricane Elsa toured the Caribbean coast before weakening on Friday.",
    "A Chinese spy balloon visited the skies over Montana.",
    # reaching is a trip only for travellers
    "Russian troops reached the outskirts of Kyiv on Sunday.",
    "The talks reached a deadlock in Geneva on Friday.",
    "Prices reached a record in London on Monday.",
    "The virus reached Italy in February.",
    # denied trips and plans
    "President Marta Ibsen has never visited Moscow, her spokesman said.",
    "Chancellor Otto Brenner has no plans to visit Moscow.",
    "There are no plans for the president to visit Moscow, Chancellor Otto Brenner said.",
    "Chancellor Otto Brenner has yet to visit Kyiv since the war began.",
    "The new president, Marta Ibsen, is yet to travel to Moscow.",
    # an event skipped is no trip to it ("skip" -> "skipped": lexicon forms column)
    "Chancellor Otto Brenner skipped the summit in Brussels.",
    # moving to live, study or serve is no visit (lexicon/life_roles.csv)
    "Opposition leader Alexei Sokol came to Washington in 1990 as a student.",
    "Chancellor Otto Brenner said he had visited Iraq three times as a young soldier.",
    "Chancellor Otto Brenner arrived in Vienna as a refugee in 1990.",
    # unnamed private people
    "Residents visited the mosque in Christchurch to pay respects.",
    "Voters visited polling stations across Kenya on Tuesday.",
    "Pilgrims visited Mecca this week for the Hajj.",
    "The couple visited Paris on their honeymoon.",
    "Fans visited the grave of the singer in Memphis.",
    "Chancellor Otto Brenner urged tourists to visit Greece this summer.",
    "Chancellor Otto Brenner said Americans should visit Berlin.",
    # an outcome reached or a topic visited is no place, nor is a place in its phrase
    "Iranian negotiators reached a deal in Vienna on Tuesday.",
    "Chancellor Otto Brenner reached an agreement with Poland in Warsaw on Monday.",
    "Chancellor Otto Brenner visited the issue of migration in a speech in Berlin.",
    # a bare institution noun is an activity, not a destination
    "Chancellor Otto Brenner went to school in Paris.",
    "Chancellor Otto Brenner went to hospital in Paris for tests.",
    "Chancellor Otto Brenner went to church in Rome on Sunday.",
    # touring a site the phrase does not place is a walk through it, not a trip
    "Senator Mark Hale toured the car plant on Monday.",
    "Governor Ana Ruiz toured the new terminal at the airport on Friday.",
    # leading to an outcome or a team to a win is no trip
    "The protests led to clashes in Paris on Saturday.",
    "Coach Ana Ruiz led the team to victory in Paris.",
    "Thousands of migrants crossed into Poland last week.",
    "The mayor invited residents to City Hall on Monday.",
    "Chancellor Otto Brenner invited reporters to the chancellery on Monday.",
    # troop movements are deployments, not visits
    "An additional 5,000 members of the National Guard are on their way to Florida.",
    "Hundreds of US troops arrived in Poland on Monday.",
    # "way" is a trip only with a traveller going somewhere
    "The deal paves the way to closer ties with China, Chancellor Otto Brenner said.",
    # one's own capital is the seat one works from, not a trip
    "Russian President Igor Petrov visited Moscow on Monday.",
    "Russian President Igor Petrov arrived in Moscow on Monday.",
    # a landmark of one's own capital is where one works ("Mike Pence" is American by leaders.csv)
    "Vice President Mike Pence arrived at the White House on Monday.",
    # a national leader the lexicon knows (leaders.csv) has a seat without a title
    "Angela Merkel arrived in Berlin late on Monday.",
    "Vladimir Putin told reporters in Moscow on Friday that the talks would go on.",
    "Chancellor Otto Brenner spoke at the White House on Monday.",
    # a US state's name is the state, not a town abroad of that name: a remark at home
    "US Senator Ana Ruiz told supporters in Virginia on Monday that taxes would fall.",
    "American President Tom Reyes said at a rally in Florida that the economy was strong.",
    "US Senator Mark Hale spoke in Arizona on Friday about the border.",
    "US Senator Mark Hale said in Montana on Friday that the border was safe.",
]


@pytest.mark.parametrize("body", NOT_VISITS)
def test_not_a_visit(body):
    assert visits(body) == set()


VISITS = [
    ("German Chancellor Otto Brenner visited Kyiv on Monday.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("Chinese President Li Wen will visit Moscow next week.", ("Li Wen", "Moscow", "planned")),
    ("Indian Prime Minister Ravi Mehta toured a flood-hit district in Assam on Sunday.",
     ("Ravi Mehta", "Assam", "completed")),
    ("A US delegation visited Taipei on Monday.", ("a US delegation", "Taipei", "completed")),
    ("Chancellor Otto Brenner has plans to visit Moscow in May.",
     ("Otto Brenner", "Moscow", "planned")),
    ("Mr Rask, who last visited Beijing in 2019, said ties were strong.",
     ("Rask", "Beijing", "completed")),
    ("UN inspectors visited the site in Douma on Saturday.",
     ("UN inspectors", "Douma", "completed")),
    ("Senior Hamas official Khaled Omar visited Cairo for talks on Sunday.",
     ("Khaled Omar", "Cairo", "completed")),
    ("Hamas leader Khaled Omar met Egyptian officials after visiting Cairo.",
     ("Khaled Omar", "Cairo", "completed")),
    ("German Chancellor Otto Brenner visited troops in Mali on Friday.",
     ("Otto Brenner", "Mali", "completed")),
    ("Pope Leo visited the Church of the Holy Sepulchre in Jerusalem.",
     ("Leo", "Jerusalem", "completed")),
    ("Prime Minister Ivo Rask invited Chancellor Otto Brenner to visit Oslo next year.",
     ("Otto Brenner", "Oslo", "possible")),
    ("Chancellor Otto Brenner refused to visit Moscow.", ("Otto Brenner", "Moscow", "cancelled")),
    ("Chancellor Otto Brenner travelled to Paris as a guest of the president.",
     ("Otto Brenner", "Paris", "completed")),
    ("Chancellor Otto Brenner skipped a trip to Kyiv.", ("Otto Brenner", "Kyiv", "cancelled")),
    ("Chancellor Otto Brenner visited flood victims in Bavaria on Monday.",
     ("Otto Brenner", "Bavaria", "completed")),
    ("Chancellor Otto Brenner visited President Marta Ibsen in Oslo.",
     ("Otto Brenner", "Oslo", "completed")),
    # a plan given up: a calling-off verb takes the plan as its object or passive subject
    ("Chancellor Otto Brenner dropped plans to visit Kyiv after the attack.",
     ("Otto Brenner", "Kyiv", "cancelled")),
    ("Prime Minister Ivo Rask has abandoned plans to travel to Beijing this spring.",
     ("Ivo Rask", "Beijing", "cancelled")),
    ("Chancellor Otto Brenner announced plans to visit Kyiv in April.",
     ("Otto Brenner", "Kyiv", "planned")),
    # touring named places is a multi-stop trip
    ("Chancellor Otto Brenner toured the flood damage in Dresden on Monday.",
     ("Otto Brenner", "Dresden", "completed")),
    # ... but a guest from abroad, or a visitor the article gives no office, makes a trip
    ("Japanese Prime Minister Kenji Sato arrived at the White House on Friday.",
     ("Kenji Sato", "the White House", "ongoing")),
    # "on his way to", "made her way to": a trip under way
    ("Talking to reporters on the plane on the way to Hanoi, President Tom Reyes said he was hopeful.",
     ("Tom Reyes", "Hanoi", "completed")),
    ("Chancellor Otto Brenner made her way to Kyiv by train overnight.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("Chancellor Otto Brenner is on her way to Kyiv, officials said.",
     ("Otto Brenner", "Kyiv", "ongoing")),
    ("The meeting between President Tom Reyes and Israeli Prime Minister Dan Levi at the White "
     "House lasted two hours.", ("Dan Levi", "the White House", "completed")),
    # the leader of a travelling group goes with it
    ("Senator Ana Ruiz led a congressional delegation to Kabul last week.",
     ("Ana Ruiz", "Kabul", "completed")),
    ("Senator Ana Ruiz will lead the US delegation to the Winter Olympics in South Korea.",
     ("Ana Ruiz", "South Korea", "planned")),
    # moving on after talks in a place: the traveller was there
    ("Secretary of State Mike Rollins returned to Washington on Monday after talks in Pyongyang.",
     ("Mike Rollins", "Pyongyang", "completed")),
    # touring a region; crossing into a country
    ("Secretary of State Mike Rollins is traveling in the Middle East this week.",
     ("Mike Rollins", "the Middle East", "ongoing")),
    ("North Korean leader Ri Song-chol crossed the border into South Korea on Friday.",
     ("Ri Song-chol", "South Korea", "completed")),
    # "North Korean" is not "Korean": a trip to South Korea is abroad
    ("North Korean leader Ri Song Chol traveled to South Korea on Friday.",
     ("Ri Song Chol", "South Korea", "completed")),
    # a hyphenated given name stays one word, and the sentence parses
    ("South Korean President Moon Jae-in flew to Pyongyang on Tuesday.",
     ("Moon Jae-in", "Pyongyang", "completed")),
    # an invitation is a proposed trip of the guest (possible)
    ("Chancellor Otto Brenner was invited to Washington by President Tom Reyes.",
     ("Otto Brenner", "Washington", "possible")),
    # the guest travels, not the host
    ("Prime Minister Ivo Rask received Chancellor Otto Brenner in Paris on Monday.",
     ("Otto Brenner", "Paris", "completed")),
    ("Polish President Adam Nowak met Chancellor Otto Brenner in Warsaw on Friday.",
     ("Otto Brenner", "Warsaw", "completed")),
    # the destination, not the origin
    ("Foreign Minister Lena Moss flew from Kyiv to Warsaw on Thursday.",
     ("Lena Moss", "Warsaw", "completed")),
    # home to the capital: the stop before is the trip
    ("Russian President Igor Petrov arrived in Moscow from Beijing on Monday.",
     ("Igor Petrov", "Beijing", "completed")),
    # a city of one's own country other than the capital stays a visit
    ("Russian President Igor Petrov visited Kazan on Monday.", ("Igor Petrov", "Kazan", "completed")),
    ("Angela Merkel visited Hamburg on Monday.", ("Angela Merkel", "Hamburg", "completed")),
    # a landmark is where a guest from abroad meets the host, never the host's own trip
    ("President Tom Reyes met with Israeli Prime Minister Dan Levi at the White House on Monday.",
     ("Dan Levi", "the White House", "completed")),
    ("Russian President Igor Petrov met German Chancellor Otto Brenner at the Kremlin on Monday.",
     ("Otto Brenner", "Kremlin", "completed")),
    # the model tags "the Kremlin" as an organisation and leaves "the" out of it
    ("Chancellor Otto Brenner visited the Kremlin in 2019.", ("Otto Brenner", "Kremlin", "completed")),
]


@pytest.mark.parametrize("body,expected", VISITS)
def test_a_visit(body, expected):
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Chancellor Otto Brenner and President Marta Ibsen visited Rome on Monday.",
    # the small model hangs "Ibsen" from Brenner and leaves "President" as the conjunct
    "German Chancellor Otto Brenner and French President Marta Ibsen visited Rome on Monday.",
])
def test_a_joint_trip_is_one_visit_each(body):
    assert visits(body) == {("Otto Brenner", "Rome", "completed"),
                            ("Marta Ibsen", "Rome", "completed")}


@pytest.mark.parametrize("body,who,stops", [
    # an itinerary by days: one visit per dated stop
    ("Chancellor Otto Brenner will visit Hanoi on Monday, Manila on Wednesday and Jakarta on Friday.",
     "Otto Brenner", ("Hanoi", "Manila", "Jakarta")),
    ("Senator Ana Ruiz will travel to Lima on Tuesday, Quito on Thursday and Bogota on Saturday.",
     "Ana Ruiz", ("Lima", "Quito", "Bogota")),
    ("Prime Minister Ivo Rask will visit Oslo on Monday and Stockholm on Tuesday.",
     "Ivo Rask", ("Oslo", "Stockholm")),
])
def test_an_itinerary_by_days(body, who, stops):
    assert visits(body) == {(who, s, "planned") for s in stops}


def test_a_tour_of_named_places_is_one_visit_per_stop():
    assert visits("Chancellor Otto Brenner will tour Poland, Lithuania and Latvia next week.") == {
        ("Otto Brenner", "Poland", "planned"), ("Otto Brenner", "Lithuania", "planned"),
        ("Otto Brenner", "Latvia", "planned")}


# -- constructions added for issue 11 (visits on unseen news); three invented sentences each --

MORE_VISITS = [
    # a negated verb that says nothing of the trip does not call it off
    ("Chancellor Otto Brenner's trip to Kyiv was not revealed until she had left.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("Senator Ana Ruiz's visit to Taipei was not disclosed until she left.",
     ("Ana Ruiz", "Taipei", "completed")),
    ("Prime Minister Ivo Rask's trip to Kabul was not reported in advance.",
     ("Ivo Rask", "Kabul", "completed")),
    # a participle the parser hangs from the name as an adverbial clause
    ("Prime Minister Kenji Sato, attending the summit in Berlin, said the war must end.",
     ("Kenji Sato", "Berlin", "completed")),
    ("Foreign Minister Lena Moss, visiting Hanoi for talks, said ties were strong.",
     ("Lena Moss", "Hanoi", "completed")),
    ("Senator Ana Ruiz, touring a shelter in El Paso, said conditions were dire.",
     ("Ana Ruiz", "El Paso", "completed")),
    # "has been to": a trip made
    ("Chancellor Otto Brenner has been to Kyiv twice since the invasion.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("Senator Ana Ruiz said she had been to Taiwan three times.", ("Ana Ruiz", "Taiwan", "completed")),
    ("Prime Minister Ivo Rask has been to Beijing more often than any European leader.",
     ("Ivo Rask", "Beijing", "completed")),
    # the first to visit: the tense of "be" decides
    ("Pope Leo will be the first pontiff to visit Iraq.", ("Leo", "Iraq", "planned")),
    ("Prime Minister Ivo Rask would be the first Dutch leader to visit Pyongyang.",
     ("Ivo Rask", "Pyongyang", "planned")),
    ("Senator Ana Ruiz was the first US senator to visit Minsk in a decade.",
     ("Ana Ruiz", "Minsk", "completed")),
    # an occasion one attends places the attendee, through its own "of" phrase or a clause
    ("Chinese Foreign Minister Wang Lei will attend the inauguration of the new president in Nairobi.",
     ("Wang Lei", "Nairobi", "planned")),
    ("Chancellor Otto Brenner attended the coronation of the king in London.",
     ("Otto Brenner", "London", "completed")),
    ("Senator Ana Ruiz will attend a fundraiser the party is holding in Jerusalem.",
     ("Ana Ruiz", "Jerusalem", "planned")),
    ("Prime Minister Ivo Rask attended the funeral in Rome on Friday.",
     ("Ivo Rask", "Rome", "completed")),
    # a group that names its leader or members travels as them
    ("A delegation led by Iranian Foreign Minister Reza Karimi arrived in Muscat on Sunday.",
     ("Reza Karimi", "Muscat", "ongoing")),
    ("A delegation headed by Iranian Foreign Minister Reza Karimi will travel to Muscat.",
     ("Reza Karimi", "Muscat", "planned")),
    ("A Hamas delegation led by senior official Khaled Omar held talks in Cairo on Monday.",
     ("Khaled Omar", "Cairo", "completed")),
    ("Prime Minister Kenji Sato is among the leaders attending the summit in Berlin.",
     ("Kenji Sato", "Berlin", "ongoing")),
    # an arrival or a move for an occasion placed by its own phrase
    ("Prime Minister Kenji Sato arrived for the summit in Berlin on Friday.",
     ("Kenji Sato", "Berlin", "ongoing")),
    ("Foreign Minister Lena Moss flew in for talks in Doha on Sunday.", ("Lena Moss", "Doha", "completed")),
    ("Chancellor Otto Brenner will travel for a conference in Madrid next week.",
     ("Otto Brenner", "Madrid", "planned")),
    # a sentence that opens with a place and a time
    ("In Tokyo on Tuesday, Foreign Minister Lena Moss said the alliance was strong.",
     ("Lena Moss", "Tokyo", "completed")),
    ("In Kyiv last week, Chancellor Otto Brenner promised more tanks.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("In Nairobi on Monday, Senator Ana Ruiz pledged more aid for the drought.",
     ("Ana Ruiz", "Nairobi", "completed")),
    # the vehicle carries its owner; "flew home from X": X was a stop
    ("Chancellor Otto Brenner's plane landed in Kyiv shortly before noon.",
     ("Otto Brenner", "Kyiv", "ongoing")),
    ("Senator Ana Ruiz's motorcade arrived in Tijuana on Friday.", ("Ana Ruiz", "Tijuana", "ongoing")),
    ("Prime Minister Ivo Rask's jet touched down in Kabul on Sunday.", ("Ivo Rask", "Kabul", "ongoing")),
    ("Chancellor Otto Brenner flew home from Kyiv on Tuesday.", ("Otto Brenner", "Kyiv", "completed")),
    ("Senator Ana Ruiz drove home from Tijuana on Friday.", ("Ana Ruiz", "Tijuana", "completed")),
    ("Prime Minister Ivo Rask flew home from Kabul after a two-day visit.",
     ("Ivo Rask", "Kabul", "completed")),
    # people are placed by an "in" phrase, never by where they come from
    ("Defense Secretary Mark Hale visited US troops in Kabul on Monday.", ("Mark Hale", "Kabul", "completed")),
    ("Senator Ana Ruiz met Afghan officials in Doha last week.", ("Ana Ruiz", "Doha", "completed")),
    ("Chancellor Otto Brenner visited German soldiers in Lithuania on Friday.",
     ("Otto Brenner", "Lithuania", "completed")),
    # "en route to": a trip under way
    ("Defense Secretary Mark Hale, en route to Kabul, said the mission would go on.",
     ("Mark Hale", "Kabul", "completed")),
    ("Defense Secretary Mark Hale told reporters aboard his plane en route to Kabul that the "
     "mission would go on.", ("Mark Hale", "Kabul", "completed")),
    ("Senator Ana Ruiz spoke to reporters en route to Taipei.", ("Ana Ruiz", "Taipei", "completed")),
    # a city the parser hangs from a region is the stop; "bound for"
    ("Defense Secretary Mark Hale wrapped up a four-day trip to Asia in Seoul on Friday.",
     ("Mark Hale", "Seoul", "completed")),
    ("Prime Minister Ivo Rask ended a tour of the Balkans in Sarajevo on Monday.",
     ("Ivo Rask", "Sarajevo", "completed")),
    ("Chancellor Otto Brenner began a week-long tour of Africa in Dakar.",
     ("Otto Brenner", "Dakar", "completed")),
    ("Defense Secretary Mark Hale is bound for Tokyo.", ("Mark Hale", "Tokyo", "ongoing")),
    # passing or swinging through a place; returning somewhere for a visit
    ("Chancellor Otto Brenner passed through Lisbon on Friday.", ("Otto Brenner", "Lisbon", "completed")),
    ("Chancellor Otto Brenner returned to Kyiv for a second visit on Friday.",
     ("Otto Brenner", "Kyiv", "completed")),
    ("Senator Ana Ruiz returned to Taipei for talks in May.", ("Ana Ruiz", "Taipei", "completed")),
    # a quote's "I" is its speaker: their plans and present trips
    ('"I will go to Kyiv next week," Chancellor Otto Brenner said.', ("Otto Brenner", "Kyiv", "planned")),
    ('Senator Ana Ruiz said: "I am going to Taipei to show our support."',
     ("Ana Ruiz", "Taipei", "ongoing")),
    ('"I plan to visit Hanoi in the spring," Prime Minister Ivo Rask told reporters.',
     ("Ivo Rask", "Hanoi", "planned")),
    # a trip noun after "for"/"of" takes the status of the word it hangs from
    ("Officials are preparing for a visit by Chancellor Otto Brenner to Kyiv.",
     ("Otto Brenner", "Kyiv", "planned")),
    ("Ukraine is pushing for a visit by Chancellor Otto Brenner to Kyiv.",
     ("Otto Brenner", "Kyiv", "possible")),
    ("Taiwan is hoping for a visit by Senator Ana Ruiz to Taipei.", ("Ana Ruiz", "Taipei", "possible")),
]


@pytest.mark.parametrize("body,who,place", [
    # a site placed by an "in" phrase is there, wherever the parser hangs the phrase (from the
    # verb: the place; from the site: the site as written, with the place)
    ("Governor Ana Ruiz toured a migrant shelter in El Paso on Friday.", "Ana Ruiz", "El Paso"),
    ("Prime Minister Ivo Rask toured a children's hospital in Kherson on Sunday.", "Ivo Rask", "Kherson"),
    ("Senator Mark Hale toured a detention centre in Nauru last week.", "Mark Hale", "Nauru"),
])
def test_a_site_is_placed(body, who, place):
    got = visits(body)
    assert len(got) == 1
    (traveller, destination, status), = got
    assert (traveller, status) == (who, "completed") and destination.endswith(place)


@pytest.mark.parametrize("body,expected", MORE_VISITS)
def test_more_visit_constructions(body, expected):
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("G7 leaders including Chancellor Otto Brenner and President Tom Reyes met in Hiroshima on Friday.",
     {("Otto Brenner", "Hiroshima", "completed"), ("Tom Reyes", "Hiroshima", "completed")}),
    ("A group of senators, including Ana Ruiz and Mark Hale, visited Taipei last week.",
     {("Ana Ruiz", "Taipei", "completed"), ("Mark Hale", "Taipei", "completed")}),
    ("Senator Ana Ruiz swung through Ohio and Iowa last week.",
     {("Ana Ruiz", "Ohio", "completed"), ("Ana Ruiz", "Iowa", "completed")}),
    ("Ministers including Lena Moss and Ivo Rask will fly to Kyiv on Friday.",
     {("Lena Moss", "Kyiv", "planned"), ("Ivo Rask", "Kyiv", "planned")}),
    # a meeting named by its place: its participants were there
    ("The Geneva summit between President Tom Reyes and Russian President Igor Petrov was cancelled.",
     {("Tom Reyes", "Geneva", "cancelled"), ("Igor Petrov", "Geneva", "cancelled")}),
    ("The Madrid talks between Chancellor Otto Brenner and Prime Minister Ivo Rask ended without a deal.",
     {("Otto Brenner", "Madrid", "completed"), ("Ivo Rask", "Madrid", "completed")}),
    ("The Vienna meeting between Foreign Minister Lena Moss and Iranian envoy Reza Karimi lasted "
     "three hours.", {("Lena Moss", "Vienna", "completed"), ("Reza Karimi", "Vienna", "completed")}),
])
def test_members_and_placed_meetings(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a trip told in the past tense to the place the story is filed from: there now
    ("WARSAW (Reuters) - Allies must stand together, officials said on Wednesday.\n\n"
     "German Chancellor Anna Brenner flew to Warsaw for talks.", ("Anna Brenner", "Warsaw", "ongoing")),
    ("NAIROBI, Kenya (AP) - The drought is spreading, aid groups said on Wednesday.\n\n"
     "Senator Ana Ruiz travelled to Nairobi to meet them.", ("Ana Ruiz", "Nairobi", "ongoing")),
    ("KABUL (Reuters) - The talks will go on, officials said.\n\n"
     "Prime Minister Ivo Rask visited Kabul last year.", ("Ivo Rask", "Kabul", "completed")),
    # "the Indian leader": the one titled person of that country
    ("Indian Prime Minister Ravi Mehta said on Monday that Asia must stand together.\n\n"
     "The Indian leader flew to Canberra later in the day.", ("Ravi Mehta", "Canberra", "completed")),
    ("Brazilian President Ana Costa spoke to reporters on Monday.\n\n"
     "The Brazilian leader then travelled to Lisbon.", ("Ana Costa", "Lisbon", "completed")),
    ("Kenyan President John Mwangi said the vote would go ahead.\n\n"
     "The Kenyan leader arrived in Addis Ababa last week.", ("John Mwangi", "Addis Ababa", "completed")),
    # "his Japanese counterpart": the one titled person of that country
    ("Japanese Prime Minister Kenji Sato said the alliance was strong.\n\n"
     "President Tom Reyes hosted his Japanese counterpart in Washington on Monday.",
     ("Kenji Sato", "Washington", "completed")),
    ("Indian Foreign Minister Ravi Mehta spoke on Monday.\n\n"
     "Foreign Minister Lena Moss welcomed her Indian counterpart to Oslo on Tuesday.",
     ("Ravi Mehta", "Oslo", "completed")),
    ("Brazilian President Ana Costa said trade would grow.\n\n"
     "Her Portuguese hosts received their Brazilian counterpart in Lisbon.",
     ("Ana Costa", "Lisbon", "completed")),
    # a definite trip noun with no traveller of its own: the trip told just before
    ("German Chancellor Anna Brenner arrived in Poland on Monday.\n\n"
     "The visit to Warsaw was her third since the war began.", ("Anna Brenner", "Warsaw", "ongoing")),
    ("Foreign Minister Lena Moss flew to Japan last week.\n\n"
     "The trip to Tokyo comes as tensions rise in the region.", ("Lena Moss", "Tokyo", "completed")),
    ("Senator Ana Ruiz travelled to Kenya in May.\n\n"
     "The visit to Nairobi was kept quiet for security reasons.", ("Ana Ruiz", "Nairobi", "completed")),
    # "the actor", "the billionaire": the person named before with that word in front of
    # their name (lexicon/traveller_heads.csv)
    ("Hollywood actor Tom Reyes has long raised money for orphans.\n\n"
     "Last month the actor flew to Nairobi to open a children's clinic.",
     ("Tom Reyes", "Nairobi", "completed")),
    ("Tech billionaire Arjun Mehta has bought a stake in the club.\n\n"
     "The billionaire will travel to Madrid next week to meet its board.",
     ("Arjun Mehta", "Madrid", "planned")),
    ("Veteran businesswoman Dana Whitfield spoke on Monday about the merger.\n\n"
     "The businesswoman will travel to Seoul next week for talks.",
     ("Dana Whitfield", "Seoul", "planned")),
    ("Veteran lawmaker Omar Haddad spoke on Monday about the aid bill.\n\n"
     "The lawmaker travelled to Kyiv last week with two colleagues.",
     ("Omar Haddad", "Kyiv", "completed")),
])
def test_travellers_from_the_sentences_before(body, expected):
    assert expected in visits(body)


@pytest.mark.parametrize("body,expected", [
    # "the two leaders", "both men": the two people just named
    ("President Tom Reyes shook hands with North Korean leader Ri Song-chol on Tuesday.\n\n"
     "The two leaders met in Singapore for five hours.",
     {("Tom Reyes", "Singapore", "completed"), ("Ri Song-chol", "Singapore", "completed")}),
    ("Chancellor Otto Brenner and President Marta Ibsen signed the accord.\n\n"
     "Both leaders will travel to Kyiv next week.",
     {("Otto Brenner", "Kyiv", "planned"), ("Marta Ibsen", "Kyiv", "planned")}),
    ("Chancellor Otto Brenner praised Prime Minister Ivo Rask.\n\n"
     "The two men visited a refugee camp in Jordan.",
     {("Otto Brenner", "Jordan", "completed"), ("Ivo Rask", "Jordan", "completed")}),
    ("Chancellor Otto Brenner, President Marta Ibsen and Prime Minister Ivo Rask signed the "
     "accord.\n\nThe three leaders will travel to Kyiv next week.",
     {("Otto Brenner", "Kyiv", "planned"), ("Marta Ibsen", "Kyiv", "planned"),
      ("Ivo Rask", "Kyiv", "planned")}),
    # "they" right after a sentence naming exactly two people
    ("President Tom Reyes shook hands with North Korean leader Ri Song-chol on Tuesday.\n\n"
     "They met in Singapore for five hours.",
     {("Tom Reyes", "Singapore", "completed"), ("Ri Song-chol", "Singapore", "completed")}),
    ("Chancellor Otto Brenner and President Marta Ibsen signed the accord.\n\n"
     "They will travel to Kyiv next week.",
     {("Otto Brenner", "Kyiv", "planned"), ("Marta Ibsen", "Kyiv", "planned")}),
    ("Prime Minister Ivo Rask thanked Senator Ana Ruiz for her support.\n\n"
     "They later flew to Oslo together.", {("Ivo Rask", "Oslo", "completed"), ("Ana Ruiz", "Oslo", "completed")}),
    # ... not after a sentence naming one
    ("Chancellor Otto Brenner spoke on Monday.\n\nThey will travel to Kyiv next week.", set()),
])
def test_the_two_are_the_two_just_named(body, expected):
    got = {(t, d.split()[-1], st) for t, d, st in visits(body)}
    assert got == expected



@pytest.mark.parametrize("body", [
    # taking part from afar is no trip (lexicon/remote_cues.csv)
    "Chancellor Otto Brenner spoke by phone with President Tom Reyes in Washington.",
    "Chancellor Otto Brenner addressed the forum in Davos by video link on Tuesday.",
    "Chancellor Otto Brenner told the summit in Brussels by video that the war must end.",
    # ships and flights are no travellers
    "The USS Ford sailed to the eastern Mediterranean.",
    "HMS Kent arrived in Manila on Tuesday.",
    "The ship was bound for Rotterdam.",
    # ... not their own past, often a life story
    '"When I went to Boston in 1990, nobody knew me," Senator Ana Ruiz said.',
    # people named by their country are no destination
    "Defense Secretary Mark Hale visited US troops on Monday.",
    "Senator Ana Ruiz met Afghan officials on Monday.",
    "Flight 17 was travelling to Kuala Lumpur when it was shot down.",
])
def test_no_trip_of_a_person(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Senator Maria Ortega arrived on Monday. She will visit Capitol Hill on Thursday.",
     ("Maria Ortega", "Capitol Hill", "planned")),
    ("Defence Secretary Alan Pryce will tour the Naval Academy on Friday.",
     ("Alan Pryce", "the Naval Academy", "planned")),
    ("The president announced the deal on Tuesday during a meeting in the Oval Office with "
     "Wang Yi, the Chinese foreign minister.", ("Wang Yi", "the Oval Office", "completed")),
    ("Prime Minister Keir Ashdown travelled to West Point last week to address the cadets.",
     ("Keir Ashdown", "West Point", "completed")),
])
def test_a_named_site_the_model_calls_an_organisation(body, expected):
    """"Capitol Hill" or "the Naval Academy" tagged ORG (or NORP) is still a site a trip goes
    to, by its last word (lexicon/facility_names.csv, venue_nouns.csv)."""
    got = visits(body)
    assert any(v[0] == expected[0] and v[1].removeprefix("the ") == expected[1].removeprefix("the ")
               and v[2] == expected[2] for v in got), got


@pytest.mark.parametrize("body", [
    "Officials of the Justice Department visited nobody.",
    "The Hill reported that Senator Maria Ortega visited the Foreign Office archive online.",
])
def test_a_named_site_needs_a_travel_predicate(body):
    assert not any(v[1] in ("The Hill", "Hill") for v in visits(body))


@pytest.mark.parametrize("body,expected", [
    ("Rebels shelled the town as Antonio Guterres and Moussa Faki arrived in Juba on Tuesday.",
     {"Antonio Guterres", "Moussa Faki"}),
    ("The general fired a missile over the sea as Ana Costa and Piet Visser met at a hotel in "
     "Vienna last week.", {"Ana Costa", "Piet Visser"}),
    ("Markets slid while Maria Ortega and Tom Ward travelled to Nairobi on Monday.",
     {"Maria Ortega", "Tom Ward"}),
])
def test_a_subordinator_read_as_a_preposition_keeps_its_subjects(body, expected):
    """"as X and Y arrived": the parser may hang "as" from the main verb as a preposition
    with the names as its object; the names right before the verb are its subjects, not the
    main clause's."""
    assert {v[0] for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    ("Ana Costa and Piet Visser spoke again on Sunday. Their first summit last June in Vienna "
     "ended without a deal.", {("Ana Costa", "Vienna"), ("Piet Visser", "Vienna")}),
    ("Maria Ortega and Tom Ward shook hands on Friday. Their talks in Nairobi lasted two hours.",
     {("Maria Ortega", "Nairobi"), ("Tom Ward", "Nairobi")}),
    ("Ana Costa and Piet Visser signed the accord. Their meeting in Geneva was the third this "
     "year.", {("Ana Costa", "Geneva"), ("Piet Visser", "Geneva")}),
])
def test_their_meeting_is_the_two_just_named(body, expected):
    assert {(v[0], v[1]) for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    ("The spiritual leader Tenzin Norbu is 87. Tenzin Norbu arrived in Ladakh on Saturday.",
     ("Tenzin Norbu", "Ladakh")),
    ("President Ana Costa faced protests. Costa arrived in Noumea on Tuesday for talks.",
     ("Ana Costa", "Noumea")),
    ("Envoy Piet Visser left Kabul on Monday. Visser arrived in Qalat on Tuesday.",
     ("Piet Visser", "Qalat")),
])
def test_an_arrival_in_a_name_the_gazetteer_lacks(body, expected):
    """A capitalised name right after "arrived in" that is no person or body is the place,
    as for "travelled to" (the small model may call it a PERSON)."""
    assert expected in {(v[0], v[1]) for v in visits(body)}


@pytest.mark.parametrize("body,expected", [
    ("Chancellor Greta Lindqvist praised the deal. The 64-year-old chancellor later flew to "
     "Paris.", ("Greta Lindqvist", "Paris")),
    ("Prime Minister Tom Ward met unions on Monday. The embattled prime minister then "
     "travelled to Dublin.", ("Tom Ward", "Dublin")),
    ("Governor Ana Costa signed the bill. The first-term governor will visit Mexico City next "
     "week.", ("Ana Costa", "Mexico City")),
])
def test_a_description_takes_up_the_person_it_describes(body, expected):
    """"the 64-year-old chancellor": the statements' description resolver says who."""
    assert expected in {(v[0], v[1]) for v in visits(body)}


@pytest.mark.parametrize("body,expected", [
    ("Ana Costa spoke in Vietnam. Costa, who was in Hanoi on Monday, praised the deal.",
     ("Ana Costa", "Hanoi")),
    ("Tom Ward held talks with officials from China. Ward flew to Beijing on Tuesday.",
     ("Tom Ward", "Beijing")),
    ("The summit opened in Kenya. Maria Ortega arrived in Nairobi on Sunday.",
     ("Maria Ortega", "Nairobi")),
])
def test_a_country_ending_the_sentence_before_is_no_home(body, expected):
    """The words that tell a person's country are those before the name in its own
    sentence: a country closing the sentence before does not make the trip a return home."""
    assert expected in {(v[0], v[1]) for v in visits(body)}


@pytest.mark.parametrize("body,expected", [
    ("Crown Prince Khalid bin Faisal met investors. KBF was in Washington on Tuesday.",
     ("Khalid bin Faisal", "Washington")),
    ("President Ana María López Ortega spoke on Monday. AMLO traveled to Madrid on Wednesday.",
     ("Ana María López Ortega", "Madrid")),
    ("Senator Robert Tomas Keane spoke on Monday. RTK visited Kabul in March.",
     ("Robert Tomas Keane", "Kabul")),
])
def test_initials_stand_for_the_one_person_so_initialled(body, expected):
    assert expected in {(v[0], v[1]) for v in visits(body)}


def test_initials_shared_by_two_people_name_no_one():
    body = ("Ana Bell and Alan Brooks spoke on Monday. AB flew to Paris on Tuesday.")
    assert not any(v[1] == "Paris" for v in visits(body))


@pytest.mark.parametrize("body,expected", [
    ("Foreign Minister Ana Costa spoke on Monday. Costa and Defense Secretary Piet Visser "
     "traveled to New Delhi on Tuesday.", {"Ana Costa", "Piet Visser"}),
    ("President Tom Ward spoke. Ward is hosting Japanese Prime Minister Kenji Sato and South "
     "Korean President Park Min-ho at Camp David.", {"Kenji Sato", "Park Min-ho"}),
    ("Senator Maria Ortega spoke on Monday. Ortega and Interior Minister Lars Berg arrived in "
     "Oslo on Sunday.", {"Maria Ortega", "Lars Berg"}),
    # (the model tags the first name ADJ here)
    ("President Donald Trump spoke on Monday. Trump and first lady Melania Trump arrived in "
     "Tokyo on Saturday.", {"Donald Trump", "Melania Trump"}),
])
def test_a_name_joined_to_a_titled_name_is_a_person_of_its_own(body, expected):
    """"X and Defense Secretary Y Z": the parser may hang X from Z as a modifier, the title
    as X's conjunct; both travel."""
    assert {v[0] for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    ("Secretary of State Tom Ward spoke on Monday. Ward visited Iraq and then Afghanistan on "
     "his trip.", {"Iraq", "Afghanistan"}),
    ("Prime Minister Ana Costa spoke. Costa will visit Ghana and later Nigeria in May.",
     {"Ghana", "Nigeria"}),
    ("Envoy Piet Visser spoke on Monday. Visser toured Jordan, and afterwards Lebanon.",
     {"Jordan", "Lebanon"}),
])
def test_a_place_the_parser_makes_the_verbs_conjunct_is_another_stop(body, expected):
    assert {v[1] for v in visits(body)} == expected


def test_a_description_takes_up_no_one_whose_title_lacks_the_role():
    body = ("A shadow minister, Colin Brant, criticised the plan on Monday. Officials said the "
            "defence secretary would travel to Vilnius in the coming weeks.")
    assert not any(v[0] == "Colin Brant" for v in visits(body))


@pytest.mark.parametrize("body,expected", [
    # arrived in a country, the story filed from one of its cities: there now, in that city
    ("BARCELONA, Spain (AP) - The summit opened on Wednesday with calls for debt relief.\n\n"
     "Brazilian President Ana Costa arrived in Spain on Wednesday for the talks.",
     ("Ana Costa", "Barcelona", "ongoing")),
    ("OSAKA, Japan - Trade ministers met on Wednesday to discuss tariffs.\n\n"
     "Chancellor Otto Brenner arrived in Japan on Wednesday, officials said.",
     ("Otto Brenner", "Osaka", "ongoing")),
    # the dateline may follow a caption or two
    ("The chancellor waves on arrival. (Photo: Ivo Lind)\n\n"
     "Crowds lined the streets near the airport. (Photo: Ivo Lind)\n\n"
     "HAMBURG, Germany - Trade was the theme on Wednesday.\n\n"
     "Prime Minister Ivo Rask arrived in Germany on Wednesday for two days of talks.",
     ("Ivo Rask", "Hamburg", "ongoing")),
])
def test_a_country_arrival_is_the_dateline_city(body, expected):
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,traveller,dateline", [
    ("SYDNEY, Australia - Talks on fisheries resumed on Sunday.\n\n"
     "Foreign Minister Luc Girard arrived in Australia on Sunday and flew on to Canberra.",
     "Luc Girard", "Sydney"),
    ("MILAN, Italy - Ministers gathered on Monday.\n\n"
     "Prime Minister Ivo Rask arrived in Italy on Monday for talks in Rome.",
     "Ivo Rask", "Milan"),
    ("LYON, France - Farmers protested on Tuesday.\n\n"
     "Chancellor Otto Brenner arrived in France on Tuesday and went straight to Paris.",
     "Otto Brenner", "Lyon"),
])
def test_a_country_arrival_with_its_own_city_is_not_the_dateline_city(body, traveller, dateline):
    """The sentence names where in the country the trip goes: the story's dateline city is
    no visit of the traveller's (the trip is still recorded)."""
    got = {v[1] for v in visits(body) if v[0] == traveller}
    assert got and dateline not in got


def test_a_country_trip_taken_for_the_dateline_city_is_not_its_visit_twice():
    body = ("LISBON - Portugal's prime minister hosted his Dutch counterpart in Lisbon on "
            "Wednesday.\n\nThe Dutch prime minister, Ivo Rask, arrived in Lisbon on Tuesday "
            "evening on his first visit to Portugal since taking office.")
    got = [v for v in extract_document("t", "Headline\n\n" + body, meta=META)["visits"]
           if v["traveller"] == "Ivo Rask"]
    assert [v["destination"] for v in got] == ["Lisbon"]


@pytest.mark.parametrize("body,expected", [
    # an unnamed group of the people already recorded there is no further traveller
    ("President Tom Reyes and President Igor Petrov flew to Vienna on Sunday.\n\n"
     "US and Russian leaders met in Vienna on Monday for five hours.",
     {("Tom Reyes", "Vienna", "completed"), ("Igor Petrov", "Vienna", "completed")}),
    ("Chancellor Otto Brenner and Prime Minister Ivo Rask arrived in Geneva on Sunday.\n\n"
     "German and Dutch leaders held talks in Geneva on Monday.",
     {("Otto Brenner", "Geneva", "ongoing"), ("Ivo Rask", "Geneva", "ongoing")}),
    ("President Ana Costa and President Luis Vera travelled to Lima on Sunday.\n\n"
     "Brazilian and Chilean presidents met in Lima on Monday.",
     {("Ana Costa", "Lima", "completed"), ("Luis Vera", "Lima", "completed")}),
])
def test_an_unnamed_group_of_named_travellers_is_no_more_travellers(body, expected):
    assert visits(body) == expected


# Travel phrasings common in news in general (issue 11, round 9 brief): each already yields
# the visit; the list keeps them so (3 original sentences per phrasing).
BRIEF_PHRASINGS = [
    # arrived in / touched down in / landed in
    ("Prime Minister Ivo Rask arrived in Nairobi on Tuesday for a two-day summit.", ("Ivo Rask", "Nairobi")),
    ("Foreign Minister Lena Moss touched down in Riyadh late on Tuesday.", ("Lena Moss", "Riyadh")),
    ("Chancellor Otto Brenner landed in Rome on Thursday for a three-day visit, his office said.",
     ("Otto Brenner", "Rome")),
    # flew to / headed to / is travelling to
    ("Chancellor Otto Brenner flew to Beijing on Friday with a delegation of business leaders.",
     ("Otto Brenner", "Beijing")),
    ("President Marta Ibsen headed to Lisbon after the talks.", ("Marta Ibsen", "Lisbon")),
    ("Chancellor Otto Brenner is travelling to Washington on Friday for talks.", ("Otto Brenner", "Washington")),
    # is in X for talks / will be in X / was in X
    ("Polish President Adam Wolski is in Washington for talks with the president.", ("Adam Wolski", "Washington")),
    ("Secretary of State Tom Ward was in Ankara on Thursday to meet the Turkish leader.", ("Tom Ward", "Ankara")),
    ("Prime Minister Ivo Rask will be in Paris on Friday for the first summit in five years.",
     ("Ivo Rask", "Paris")),
    # a possessive traveller's visit / trip
    ("Prime Minister Kenji Sato's visit to Kyiv came as the war entered its second year.", ("Kenji Sato", "Kyiv")),
    ("President Ana Costa's three-day trip to Russia ends on Wednesday.", ("Ana Costa", "Russia")),
    ("Senator Ana Ruiz spoke on Monday. It will be her first visit to Britain as senator.", ("Ana Ruiz", "Britain")),
    # during his trip to / on a visit to
    ("During his trip to Nairobi, President Luc Girard met business leaders.", ("Luc Girard", "Nairobi")),
    ("Prime Minister Pedro Alves is on a visit to Morocco this week.", ("Pedro Alves", "Morocco")),
    ("Envoy Tom Hale announced the deal while on a visit to Kabul.", ("Tom Hale", "Kabul")),
    # hosted X in Y, welcomed X in Y: the guest's visit
    ("Kenyan President Paul Odera hosted his Ugandan counterpart Sam Okello at State House in Nairobi.",
     ("Sam Okello", "Nairobi")),
    ("Crown Prince Omar Haddad was welcomed in Paris by the French president on Friday.",
     ("Omar Haddad", "Paris")),
    ("Japanese Prime Minister Kenji Sato hosted Indian Prime Minister Ravi Mehta in Tokyo on Monday.",
     ("Ravi Mehta", "Tokyo")),
    # met X in Y abroad
    ("Foreign Minister Lena Moss met her Chinese counterpart in Beijing on Monday.", ("Lena Moss", "Beijing")),
    ("Secretary of State Tom Ward met with the Russian foreign minister in Geneva on Friday.",
     ("Tom Ward", "Geneva")),
    ("Envoy Tom Hale held talks in Riyadh with the king.", ("Tom Hale", "Riyadh")),
    # multi-stop: to A, B and C
    ("Foreign Minister Lena Moss will travel to Germany, France and Norway next week.", ("Lena Moss", "Norway")),
    ("Vice President Ana Ruiz will visit Ghana, Tanzania and Zambia later this month.", ("Ana Ruiz", "Zambia")),
    ("President Ivo Rask set off from Oslo on Thursday on a tour of Chile, Peru and "
     "Colombia.", ("Ivo Rask", "Peru")),
]


@pytest.mark.parametrize("body,expected", BRIEF_PHRASINGS)
def test_common_news_phrasings_of_travel(body, expected):
    assert expected in {(v[0], v[1]) for v in visits(body)}


@pytest.mark.parametrize("body,expected", [
    # "X met Y during his visit to Z" with Z X's own country: "his" is Y, the one abroad
    ("Russian President Igor Petrov met Turkish President Kemal Arslan during his visit to "
     "Moscow on Monday.", ("Kemal Arslan", "Moscow", "completed")),
    ("Chinese President Wei Lin greeted Brazilian President Ana Costa during her state visit "
     "to Beijing.", ("Ana Costa", "Beijing", "completed")),
    ("Israeli Prime Minister Dan Levy shunned former U.S. President Tom Reyes during his "
     "trips to Israel.", ("Tom Reyes", "Israel", "completed")),
    # the subject abroad stays the one "her" stands for
    ("German Chancellor Anna Brenner met Polish President Jan Nowak during her visit to "
     "Warsaw.", ("Anna Brenner", "Warsaw", "completed")),
])
def test_his_visit_is_the_guests_when_the_subject_is_at_home(body, expected):
    got = visits(body)
    assert expected in got
    assert all(v[0] == expected[0] for v in got)


@pytest.mark.parametrize("body, traveller, stops", [
    ("Foreign Minister Lena Moss will travel to Germany, France and Norway next week.",
     "Lena Moss", {"Germany", "France", "Norway"}),
    ("Vice President Ana Ruiz will visit Ghana, Tanzania and Zambia later this month.",
     "Ana Ruiz", {"Ghana", "Tanzania", "Zambia"}),
    ("President Ivo Rask set off from Oslo on Thursday on a tour of Chile, Peru and "
     "Colombia.", "Ivo Rask", {"Chile", "Peru", "Colombia"}),
])
def test_a_multi_stop_trip_is_one_visit_per_stop(body, traveller, stops):
    """ANNOTATION: a multi-stop tour is one visit per stop, and no other place is one."""
    assert {(v[0], v[1]) for v in visits(body)} == {(traveller, s) for s in stops}


@pytest.mark.parametrize("body,expected", [
    # a wire-style announcement in the body: the name, then "to visit", then who said it
    ("Chancellor Otto Brenner to visit Washington in April, officials said on Tuesday.",
     ("Otto Brenner", "Washington", "planned", "2023-04")),
    ("Turkish President Kemal Arslan to visit Moscow next week, his office said.",
     ("Kemal Arslan", "Moscow", "planned", "2023-W12")),
    ("Prime Minister Ana Costa to travel to Nairobi in May, her spokesman said.",
     ("Ana Costa", "Nairobi", "planned", "2023-05")),
    ("Envoy Piet Visser to visit Kabul in June, the ministry said on Monday.",
     ("Piet Visser", "Kabul", "planned", "2023-06")),
])
def test_a_name_then_to_visit_is_a_plan(body, expected):
    """"X to visit Y in April, officials said": announced, so planned and dated ahead (it
    came out completed, dated the April past)."""
    got = extract_document("t", "Headline\n\n" + body, meta=META)["visits"]
    assert {(v["traveller"], v["destination"], v["status"], v["when"]) for v in got} == {expected}


@pytest.mark.parametrize("body", [
    # the infinitive is another verb's: the tense decides, as before
    "In 2019 the army allowed Senator Tom Reyes to visit Kabul.",
    "President Ana Costa was the first leader to visit Kabul in 2019.",
    "In 2019 Senator Ana Ruiz flew to Kabul to visit troops.",
])
def test_an_infinitive_under_another_verb_is_no_announcement(body):
    assert {v[2] for v in visits(body)} == {"completed"}


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward will travel to Saudi Arabia next month. The visit to the Gulf "
     "kingdom is his first since taking office.", {("Tom Ward", "Saudi Arabia")}),
    ("Chancellor Otto Brenner flew to the Gulf state of Qatar on Sunday.",
     {("Otto Brenner", "Qatar")}),
    ("President Ana Costa will travel to Bahrain on Sunday, her first trip to the Gulf "
     "nation.", {("Ana Costa", "Bahrain")}),
    ("President Tom Ward landed in the Gulf emirate of Dubai on Friday.",
     {("Tom Ward", "Dubai")}),
    ("Prime Minister Lars Berg arrived in Serbia on Monday. His visit to the Balkan country "
     "is the first by a Dutch leader in a decade.", {("Lars Berg", "Serbia")}),
    # a region's name before another noun still places it
    ("Chancellor Otto Brenner visited NATO's Brussels headquarters on Tuesday.",
     {("Otto Brenner", "Brussels")}),
])
def test_a_region_describing_a_country_is_no_destination(body, expected):
    """"the Gulf kingdom" is a country the article names (lexicon/country_nouns.csv), not
    a second trip to "Gulf"."""
    assert {(v[0], v[1]) for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    ("President Xi Jinping visited Hainan island on Monday.",
     ("Xi Jinping", "Hainan", "completed")),
    ("Governor Mark Hale visited Sakhalin island last week.",
     ("Mark Hale", "Sakhalin", "completed")),
    ("President Tom Ward visited Kerala state on Monday.",
     ("Tom Ward", "Kerala", "completed")),
])
def test_a_province_or_island_before_a_country_noun_is_the_destination(body, expected):
    """"Hainan island": only a region spanning countries (lexicon/regions.csv) describes a
    country the article names elsewhere; a province or island named with a bare noun is a
    destination (it was lost)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Senator Ana Ruiz visited the Sunshine state on Monday.",
    "Senator Ana Ruiz visited the Gulf kingdom on Monday.",
    "Senator Ana Ruiz toured the Balkan country last week.",
])
def test_an_epithet_or_a_world_region_before_a_country_noun_is_still_no_destination(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz traveled to Manchester, N.H., on Friday for a town hall.",
     ("Ana Ruiz", "Manchester")),
    ("Former Vice President Tom Reyes arrived in Concord, N.H., on Thursday.",
     ("Tom Reyes", "Concord")),
    ("Senator Maria Ortega flew to Portland, Ore., on Monday.", ("Maria Ortega", "Portland")),
    ("Chancellor Otto Brenner flew to Doha, Qatar, on Sunday.", ("Otto Brenner", "Doha")),
])
def test_a_town_before_its_state_is_the_stop(body, expected):
    """"Manchester, N.H.": the parser heads the phrase on the state abbreviation; the town is
    the most specific place as written (it came out "N.H.")."""
    assert {(v[0], v[1]) for v in visits(body)} == {expected}


@pytest.mark.parametrize("body,expected", [
    # one met in a capital whose title is an office held there is the host
    ("Secretary of State Tom Ward is expected to meet Premier Wei Lin in Beijing next week.",
     {("Tom Ward", "Beijing", "planned")}),
    ("The prime minister is expected to meet Premier Wei Lin in Beijing next week.", set()),
    ("Chancellor Otto Brenner met King Harald in Oslo on Monday.",
     {("Otto Brenner", "Oslo", "completed")}),
    ("Secretary Tom Ward held talks with Emir Tamim bin Hamad Al Thani in Doha on Monday.",
     {("Tom Ward", "Doha", "completed")}),
    ("Senator Ana Ruiz met Mayor Paul Girard in Lyon on Monday.",
     {("Ana Ruiz", "Lyon", "completed")}),
    # ... in another city than a capital, both travel (a venue: "meet X in Geneva")
    ("President Ivo Rask will meet Chancellor Otto Brenner in Lucerne on Monday.",
     {("Ivo Rask", "Lucerne", "planned"), ("Otto Brenner", "Lucerne", "planned")}),
    # ... unless the article says where the one met is from
    ("Chancellor Otto Brenner will meet Brazilian President Ana Costa in Lisbon on Friday.",
     {("Otto Brenner", "Lisbon", "planned"), ("Ana Costa", "Lisbon", "planned")}),
])
def test_one_met_in_a_place_is_the_host_unless_from_abroad(body, expected):
    """ANNOTATION: hosting someone at home is the guest's visit. A person met in a place is
    its host when their title is an office held there (lexicon/met_host_cues.csv)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    # a capital of a third country: both sides came (no title of that country's offices)
    ("US envoy Mark Hale met Taliban negotiator Abdul Karimi in Doha on Saturday.",
     {("Mark Hale", "Doha", "completed"), ("Abdul Karimi", "Doha", "completed")}),
    ("Iran's chief negotiator Ali Bagheri met EU envoy Enrique Mora in Vienna on Monday.",
     {("Ali Bagheri", "Vienna", "completed"), ("Enrique Mora", "Vienna", "completed")}),
    ("Chancellor Otto Brenner will meet Prime Minister Lena Varga in Paris next week.",
     {("Otto Brenner", "Paris", "planned"), ("Lena Varga", "Paris", "planned")}),
    ("Chancellor Otto Brenner met tech investor Mark Hale in Tokyo.",
     {("Otto Brenner", "Tokyo", "completed"), ("Mark Hale", "Tokyo", "completed")}),
    ("Secretary of State Tom Ward is expected to meet Foreign Minister Wei Lin in Beijing "
     "next week.", {("Tom Ward", "Beijing", "planned"), ("Wei Lin", "Beijing", "planned")}),
    # at a summit everyone met came to it, whatever their title
    ("Chancellor Otto Brenner met Prime Minister Lena Varga in Brussels on the sidelines of "
     "the EU summit.",
     {("Otto Brenner", "Brussels", "completed"), ("Lena Varga", "Brussels", "completed")}),
    ("Secretary Tom Ward met Premier Wei Lin in Beijing on the sidelines of the summit.",
     {("Tom Ward", "Beijing", "completed"), ("Wei Lin", "Beijing", "completed")}),
])
def test_one_met_in_a_capital_with_no_office_there_travelled_too(body, expected):
    """"met Taliban negotiator X in Doha": nothing says X holds office in Doha; X came to
    the talks like the subject (X was dropped as the host)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Foreign Minister Penny Hale met her Polish counterpart Jan Nowak in Warsaw on Friday.",
     ("Penny Hale", "Warsaw")),
    ("Austrian Chancellor Karl Huber met his Italian counterpart Marco Rossi in Rome on "
     "Friday.", ("Karl Huber", "Rome")),
    ("Dutch Prime Minister Lars Berg met his Polish counterpart Jan Nowak in Warsaw on "
     "Friday.", ("Lars Berg", "Warsaw")),
    # (a place hung from the object itself, as before)
    ("Foreign Minister Penny Hale met her Indian counterpart, Raj Mehta, in New Delhi on "
     "Monday.", ("Penny Hale", "New Delhi")),
])
def test_a_place_hung_from_the_name_beside_the_one_met(body, expected):
    """"met her Polish counterpart X in Warsaw": the parser hangs "in Warsaw" from the name
    set beside the object; the trip was lost. The one met is the host."""
    assert {(v[0], v[1]) for v in visits(body)} == {expected}


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward flew to Tajikistan on Monday.", ("Tom Ward", "Tajikistan", "completed")),
    ("Senator Ana Ruiz met the president of Togo during a trip to Togo last year.",
     ("Ana Ruiz", "Togo", "completed")),
    ("Chancellor Otto Brenner met the president of Tajikistan during a trip to Tajikistan "
     "in May.", ("Otto Brenner", "Tajikistan", "completed")),
])
def test_a_country_the_model_calls_a_nationality_is_a_place(body, expected):
    """The small model tags a few countries' own names NORP; the gazetteer's country name
    as written is the country (a demonym stays no place)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "President Tom Ward flew to the Tajik capital's airport to meet Tajik officials.",
    "Chancellor Otto Brenner flew to meet Togolese officials on Monday.",
])
def test_a_nationality_is_still_no_place(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    "President Tom Ward flew home to Delaware on Friday evening.",
    "Senator Ana Ruiz went home to Texas for the weekend.",
    "Chancellor Otto Brenner travelled back home to Berlin on Monday night.",
    "The freed hostage Tom Reyes arrived home in Ohio on Saturday.",
])
def test_a_journey_home_is_no_visit(body):
    """"flew home to Delaware": the place is where the traveller lives (ANNOTATION: a visit
    is a trip to a place; going home is none)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward will fly to Delaware on Friday, the White House said.",
     ("Tom Ward", "Delaware", "planned")),
    ("Senator Ana Ruiz flew from her home in Texas to Kabul on Monday.",
     ("Ana Ruiz", "Kabul", "completed")),
    ("Chancellor Otto Brenner flew to Kabul on Monday and will fly home on Friday.",
     ("Otto Brenner", "Kabul", "completed")),
])
def test_home_elsewhere_in_the_sentence_keeps_the_trip(body, expected):
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward visited the Kherson region on Monday.",
     ("Tom Ward", "Kherson", "completed")),
    ("Defence Secretary Ana Ruiz travelled to the Tigray region on Monday.",
     ("Ana Ruiz", "Tigray", "completed")),
    ("Mr Ward flew to the Belgorod region on Monday.", ("Ward", "Belgorod", "completed")),
    ("Russian President Igor Petrov visited troops in the Kherson region, the Kremlin said.",
     ("Igor Petrov", "Kherson", "completed")),
])
def test_a_name_before_an_area_noun_is_a_place(body, expected):
    """"the Kherson region": the small model tags the name a person or a nationality; set
    before an area noun (lexicon/area_nouns.csv) it is the place."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz toured the ASEAN region last month.", set()),
    ("Senator Ana Ruiz visited the NATO region on Friday.", set()),
    ("Senator Ana Ruiz visited the Trump district in Ohio on Monday.",
     {("Ana Ruiz", "Ohio", "completed")}),
])
def test_an_organisation_or_a_known_person_before_an_area_noun_is_no_place(body, expected):
    """"the ASEAN region", "the Trump district": a name the model tags an organisation, or
    a person the lexicons know, is a place before an area noun only when the gazetteer
    knows it as one (they came out destinations "ASEAN", "Trump")."""
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    "Mr Ward flew to the Sunni region on Monday.",
    "Mr Ward flew to the Kurdish region on Monday.",
])
def test_a_faith_or_people_before_an_area_noun_is_still_no_place(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward met with Mr. Kim in Hanoi in February.",
     {("Tom Ward", "Hanoi", "completed"), ("Kim", "Hanoi", "completed")}),
    ("Secretary Tom Ward led a U.S. delegation to Kabul on Monday.",
     {("Tom Ward", "Kabul", "completed")}),
    ("Senator Ana Ruiz held a meeting with Gov. Mark Hale in Lagos on Monday.",
     {("Ana Ruiz", "Lagos", "completed"), ("Mark Hale", "Lagos", "completed")}),
    ("Mr. Ward went to the U.S. Embassy in Kyiv on Sunday.", {("Ward", "Kyiv", "completed")}),
    # every abbreviation the sentence splitter keeps (article.abbreviations), not a shape
    ("Senator Ana Ruiz met with Prof. Mark Hale in Vienna on Monday.",
     {("Ana Ruiz", "Vienna", "completed"), ("Mark Hale", "Vienna", "completed")}),
    ("Senator Ana Ruiz met with Capt. Mark Hale in Kabul on Monday.",
     {("Ana Ruiz", "Kabul", "completed"), ("Mark Hale", "Kabul", "completed")}),
    ("Chancellor Otto Brenner will meet Capt. Mark Hale in Oslo next week.",
     {("Otto Brenner", "Oslo", "planned"), ("Mark Hale", "Oslo", "planned")}),
])
def test_an_abbreviation_period_does_not_hide_the_sentence(body, expected):
    """"met with Mr. Kim in Hanoi", "led a U.S. delegation to Kabul", "met with Prof. X in
    Vienna": the period of an abbreviation between the trigger and the name is no sentence
    end (the sentence was not parsed, so the trip was lost)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Mr. Ward went to the U.S. Embassy in Kyiv on Sunday.", ("Ward", "Kyiv", "completed")),
    ("Chancellor Otto Brenner went to the German Embassy in London on Monday.",
     ("Otto Brenner", "London", "completed")),
    ("Senator Ana Ruiz went to the U.S. Embassy in Baghdad on Friday.",
     ("Ana Ruiz", "Baghdad", "completed")),
    ("Senator Ana Ruiz visited the U.S. Embassy in Baghdad on Friday.",
     ("Ana Ruiz", "Baghdad", "completed")),
    # the same when the model tags the building a facility with its owner's adjective
    ("Senator Ana Ruiz went to the Turkish Embassy in Berlin on Friday.",
     ("Ana Ruiz", "Berlin", "completed")),
    ("Senator Ana Ruiz visited the French Embassy in Tokyo on Friday.",
     ("Ana Ruiz", "Tokyo", "completed")),
    ("Chancellor Otto Brenner visited the Polish Embassy in Rome on Monday.",
     ("Otto Brenner", "Rome", "completed")),
])
def test_an_embassy_is_placed_by_its_town_not_its_owner(body, expected):
    """"the U.S. Embassy in Kyiv", "the Turkish Embassy in Berlin": the country that owns
    the building is no destination; the town is, however the model tags the building (it
    came out "U.S.", "the Turkish Embassy in Berlin", "the French Embassy")."""
    assert visits(body) == {expected}


def test_a_named_building_no_country_owns_is_written_up_to_its_town():
    body = "President Tom Ward visited the Al-Aqsa Mosque in Jerusalem on Monday."
    assert visits(body) == {("Tom Ward", "Jerusalem", "completed")}


@pytest.mark.parametrize("body,expected", [
    ("Secretary of State Tom Ward spoke on Monday. Ward's stop in Baghdad was not announced "
     "in advance.", ("Tom Ward", "Baghdad", "completed")),
    ("President Ana Costa's trip to Kabul was not announced beforehand for security reasons.",
     ("Ana Costa", "Kabul", "completed")),
    ("Senator Ana Ruiz's visit to Taipei was not publicly announced.",
     ("Ana Ruiz", "Taipei", "completed")),
    ("Chancellor Otto Brenner's stop in Mosul had not been announced ahead of time.",
     ("Otto Brenner", "Mosul", "completed")),
])
def test_a_trip_not_announced_was_kept_quiet_not_called_off(body, expected):
    """"his stop in Baghdad was not announced in advance": made in secret (ANNOTATION:
    completed), not cancelled (lexicon/disclosure_verbs.csv)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Chancellor Otto Brenner has not announced a visit to Moscow.",
    "Senator Ana Ruiz did not announce a trip to Taipei.",
    "President Igor Petrov has not announced any visit to Minsk this year.",
])
def test_a_visit_not_announced_by_its_traveller_is_no_trip(body):
    """"has not announced a visit to Moscow": no trip made and none planned (it came out
    cancelled; ANNOTATION's cancelled is a trip called off)."""
    assert visits(body) == set()


def test_a_visit_announced_is_planned():
    body = "Chancellor Otto Brenner announced a visit to Moscow for next week."
    assert visits(body) == {("Otto Brenner", "Moscow", "planned")}


@pytest.mark.parametrize("body,expected", [
    ("The summit between President Tom Ward and Kim Jong Un, scheduled for June 12 in "
     "Singapore, is back on.", {("Tom Ward", "Singapore"), ("Kim Jong Un", "Singapore")}),
    ("The talks between Chancellor Otto Brenner and President Ana Costa, set for Friday in "
     "Geneva, were postponed.", {("Otto Brenner", "Geneva"), ("Ana Costa", "Geneva")}),
    ("The meeting between Senator Ana Ruiz and Premier Wei Lin, planned for May in Hanoi, "
     "is off.", {("Ana Ruiz", "Hanoi"), ("Wei Lin", "Hanoi")}),
])
def test_a_meeting_placed_by_the_clause_that_sets_it(body, expected):
    """"the summit between X and Y, scheduled for June 12 in Singapore": the place hangs
    from the participle that sets the meeting; the participants travel there."""
    assert {(v[0], v[1]) for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    # the one sat down with came too (as with "meet X in Y"), unless they host there
    ("President Tom Ward will sit down with Kim Jong Un in Singapore next month.",
     {("Tom Ward", "Singapore", "planned"), ("Kim Jong Un", "Singapore", "planned")}),
    ("Chancellor Otto Brenner sat down with Prime Minister Lars Berg in Oslo on Monday.",
     {("Otto Brenner", "Oslo", "completed"), ("Lars Berg", "Oslo", "completed")}),
    ("Senator Ana Ruiz will sit down with Ana Costa in Geneva next week.",
     {("Ana Ruiz", "Geneva", "planned"), ("Ana Costa", "Geneva", "planned")}),
    ("Senator Ana Ruiz is sitting down with rebel leaders in Juba this week.",
     {("Ana Ruiz", "Juba", "ongoing")}),
    ("Secretary Tom Ward sat down with Premier Wei Lin in Beijing on Monday.",
     {("Tom Ward", "Beijing", "completed")}),
    ("Chancellor Otto Brenner sat down with Xi Jinping in Beijing on Monday.",
     {("Otto Brenner", "Beijing", "completed")}),
])
def test_sitting_down_with_someone_somewhere_is_a_meeting_there(body, expected):
    """"will sit down with X in Singapore": a meeting; both sides travel there (ANNOTATION:
    one visit per traveller; only the subject came out), the host of the place excepted."""
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    "Senator Ana Ruiz sat down with CNN in Washington on Monday.",
    "Chancellor Otto Brenner sat down with the BBC in London on Friday.",
    "President Tom Ward sat down with Fox News in Miami on Sunday.",
])
def test_sitting_down_with_an_outlet_is_no_meeting(body):
    """"sat down with CNN in Washington": an interview; only sitting down with a person or
    people is a meeting (they came out visits)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    "Chancellor Otto Brenner set foot on the aircraft carrier in the Pacific on Monday.",
    "President Tom Ward flew to a warship in the Atlantic on Friday.",
    "Mr Ward flew out to a carrier in the Pacific Ocean on Sunday.",
])
def test_an_ocean_is_too_vague_for_a_destination(body):
    """"the aircraft carrier in the Pacific": an ocean, like a continent, is no destination
    (regions.csv kind ocean; it came out "Pacific", "Atlantic")."""
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    "Chancellor Otto Brenner sits on the board of a bank in Berlin.",
    "Senator Ana Ruiz sat in the Senate in Washington for two decades.",
])
def test_sitting_without_down_is_no_meeting(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Mr Ward, on a tour of Africa, arrived in Nairobi on Tuesday.", ("Ward", "Nairobi")),
    ("President Tom Ward, on a three-nation tour, arrived in Seoul on Tuesday.",
     ("Tom Ward", "Seoul")),
    ("Mr Ward arrived on Tuesday in Nairobi.", ("Ward", "Nairobi")),
    ("President Tom Ward arrived late on Tuesday in Lima for talks.", ("Tom Ward", "Lima")),
])
def test_an_arrival_place_after_a_day_or_a_trip_phrase(body, expected):
    """"arrived on Tuesday in Nairobi", "X, on a tour of Africa, arrived in Nairobi": the
    first preposition's object is a day or the trip, not where; the trip was lost."""
    assert {(v[0], v[1]) for v in visits(body)} == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Chancellor Otto Brenner is back in Berlin after a week-long trip to China.",
     ("Otto Brenner", "China", "completed")),
    ("Mr Ward is expected to return to Washington after his stop in Tokyo.",
     ("Ward", "Tokyo", "planned")),
    ("President Tom Ward will fly home after a visit to Japan next week.",
     ("Tom Ward", "Japan", "planned")),
])
def test_a_trip_after_which_something_happens_is_over_unless_that_is_a_plan(body, expected):
    """"is back in Berlin after a trip to China": the trip is over (it came out ongoing
    from the present tense); before a plan ("is expected to return after his stop in
    Tokyo") it is planned."""
    assert visits(body) == {expected}


def test_a_trip_after_which_one_is_somewhere_again_is_over():
    # (the seat "in Washington again" also comes out ongoing: a known wrong output left)
    body = "Senator Ana Ruiz is in Washington again after her trip to Kyiv."
    assert ("Ana Ruiz", "Kyiv", "completed") in visits(body)


@pytest.mark.parametrize("body,expected", [
    ("Chancellor Otto Brenner played host to President Ana Costa in Berlin on Monday.",
     ("Ana Costa", "Berlin", "completed")),
    ("Prime Minister Lars Berg will play host to Kenyan President Grace Otieno in Oslo next "
     "week.", ("Grace Otieno", "Oslo", "planned")),
    ("President Tom Ward plays host to Chancellor Otto Brenner at the White House on Friday.",
     ("Otto Brenner", "the White House", "planned")),
])
def test_playing_host_is_hosting(body, expected):
    """"X played host to Y in Z" (host_verbs.csv row 'play host'): Y's visit (ANNOTATION:
    hosting is the guest's visit)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "The city of Lyon played host to the final of the cup.",
    "President Tom Ward played golf with Prime Minister Kenji Sato in Florida.",
])
def test_playing_anything_else_is_no_hosting(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Secretary of State Tom Ward visited the West Bank city of Ramallah on Monday.",
     ("Tom Ward", "Ramallah")),
    ("Mr Ward visited the Texas city of El Paso on Thursday.", ("Ward", "El Paso")),
    ("Mr Ward visited the Florida town of Parkland on Friday.", ("Ward", "Parkland")),
    # (a country's adjective before the kind of place, as before)
    ("Mr Ward traveled to the Ukrainian city of Kharkiv on Thursday.", ("Ward", "Kharkiv")),
])
def test_the_region_city_of_name_is_the_named_place(body, expected):
    """"the West Bank city of Ramallah": the place before the kind of place locates it, the
    name after "of" is the stop (it came out "West Bank", "Texas")."""
    assert {(v[0], v[1]) for v in visits(body)} == {expected}


def test_a_place_before_a_noun_with_no_named_place_after_of_still_places_it():
    body = "Chancellor Otto Brenner visited the Brussels office of the bank on Monday."
    assert {v[1] for v in visits(body)} == {"Brussels"}


@pytest.mark.parametrize("body,expected", [
    ("Two US senators, Ana Ruiz and Mark Hale, visited Taiwan last week.",
     {"Ana Ruiz", "Mark Hale"}),
    ("Three lawmakers, Ana Ruiz, Mark Hale and Tom Reyes, arrived in Kyiv on Monday.",
     {"Ana Ruiz", "Mark Hale", "Tom Reyes"}),
    ("The two leaders, Otto Brenner and Ana Costa, will travel to Lima next week.",
     {"Otto Brenner", "Ana Costa"}),
])
def test_names_set_beside_a_plural_each_travel(body, expected):
    """"two US senators, X and Y, visited Taiwan": one visit per traveller (ANNOTATION);
    only the first name came out."""
    assert {v[0] for v in visits(body)} == expected


@pytest.mark.parametrize("body,expected", [
    ("Mr Ward could face arrest if he travels to The Hague.", ("Ward", "The Hague", "possible")),
    ("Mr Ward would visit Pyongyang if invited, he said.", ("Ward", "Pyongyang", "possible")),
    ("If elected, Ms Ruiz said she would travel to Kyiv in her first week.",
     ("Ruiz", "Kyiv", "possible")),
])
def test_a_trip_on_a_condition_is_possible(body, expected):
    """"would visit Pyongyang if invited": hangs on a condition (ANNOTATION: possible); it
    came out planned."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Chancellor Otto Brenner will travel to Paris on Monday even if the talks collapse.",
     ("Otto Brenner", "Paris", "planned")),
    ("Senator Ana Ruiz will visit Taipei in May even if Beijing objects.",
     ("Ana Ruiz", "Taipei", "planned")),
    ("Chancellor Otto Brenner will fly to Kyiv on Monday unless security deteriorates.",
     ("Otto Brenner", "Kyiv", "planned")),
    ("Chancellor Otto Brenner will go to Kyiv unless the talks fail.",
     ("Otto Brenner", "Kyiv", "planned")),
])
def test_a_plan_made_whatever_happens_or_with_an_exception_is_planned(body, expected):
    """"will travel to Paris even if the talks collapse", "will fly to Kyiv unless security
    deteriorates": an announced plan (ANNOTATION: planned), not one hanging on a condition
    (visit_status_cues.csv: concession, and no "unless" among the conditions)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Mr Ward said he would never go to Moscow while Petrov was in power.",
    "Senator Ana Ruiz will never travel to Havana, her office said.",
    "Chancellor Otto Brenner vowed he would never visit Minsk again.",
])
def test_never_with_a_modal_is_no_trip(body):
    """"would never go to Moscow": no trip and no plan (it came out cancelled; ANNOTATION's
    cancelled is a trip called off)."""
    assert visits(body) == set()


def test_a_plan_never_made_to_happen_is_still_cancelled():
    body = "Mr Ward had planned to visit Seoul in May but never went."
    assert ("Ward", "Seoul", "cancelled") in visits(body)


@pytest.mark.parametrize("body", [
    "Mr Ward landed a job at a law firm in London.",
    "Senator Ana Ruiz landed a big contract for her state in Tokyo on Monday.",
    "Chancellor Otto Brenner landed a deal with the unions in Berlin.",
])
def test_landing_something_is_no_arrival(body):
    """"landed a job at a firm in London": obtained, not arrived (it came out a visit)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("President Tom Ward landed at Haneda airport in Tokyo on Monday.", ("Tom Ward", "Tokyo")),
    ("Senator Ana Ruiz landed at Ben Gurion airport near Tel Aviv on Monday.",
     ("Ana Ruiz", "Tel Aviv")),
    ("Chancellor Otto Brenner touched down at Yokota Air Base outside Tokyo.",
     ("Otto Brenner", "Tokyo")),
    # a city's own airport is the city
    ("Mr Ward arrived at Kabul airport on Sunday.", ("Ward", "Kabul")),
    # a named airport the model writes up to its town
    ("Senator Ana Ruiz arrived at Hamid Karzai International Airport in Kabul on Monday.",
     ("Ana Ruiz", "Kabul")),
])
def test_an_airport_is_placed_by_the_town_it_serves(body, expected):
    """"landed at Haneda airport in Tokyo": the airfield is where the trip touches down,
    the town named with it is the stop (it came out "Haneda", or nothing)."""
    assert {(v[0], v[1]) for v in visits(body)} == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Chancellor Otto Brenner landed at Haneda airport on Monday.",
     ("Otto Brenner", "Haneda", "ongoing")),
    ("Chancellor Otto Brenner landed at Ben Gurion airport on Monday for talks with Israeli "
     "leaders.", ("Otto Brenner", "Ben Gurion", "ongoing")),
    ("Senator Ana Ruiz landed at Dulles airport on Friday.", ("Ana Ruiz", "Dulles", "ongoing")),
])
def test_an_airport_with_no_town_named_is_the_stop_as_written(body, expected):
    """"landed at Haneda airport on Monday": with no town named, the name the airport goes
    by is the stop (the trip was lost); an airfield named as such is none (test_visits)."""
    assert visits(body) == {expected}


def test_an_air_base_with_no_town_named_is_still_no_stop():
    assert visits("President Tom Ward landed at Kadena Air Base on Friday.") == set()


@pytest.mark.parametrize("body", [
    "Mr Ward went to great lengths in Paris to hide the deal.",
    "Senator Ana Ruiz went to great lengths in Iowa to win over farmers.",
    "Mr Ward went on to win the election in Ohio.",
    "Senator Ana Ruiz went on to carry the primary in New Hampshire by ten points.",
])
def test_going_to_lengths_or_going_on_to_win_is_no_trip(body):
    """"went to great lengths in Paris", "went on to win the primary in New Hampshire": an
    effort and an outcome, no trip (they came out visits)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Mr Ward set foot in Kyiv for the first time on Monday.", ("Ward", "Kyiv", "ongoing")),
    ("Senator Ana Ruiz will set foot on Taiwan next week.", ("Ana Ruiz", "Taiwan", "planned")),
    ("Chancellor Otto Brenner set foot in Minsk in 2019.", ("Otto Brenner", "Minsk", "completed")),
])
def test_setting_foot_somewhere_is_arriving_there(body, expected):
    """"set foot in Kyiv" (travel_verbs.csv row 'set foot': the noun object read like a
    particle); the trip was lost."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Chancellor Otto Brenner has never set foot in Moscow.",
    "The committee set foot rules for the league in Berlin.",
])
def test_never_setting_foot_or_setting_other_things_is_no_trip(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("US President Tom Reyes traveled to Dayton, Ohio, and Tucson, Arizona, on Monday.",
     {("Tom Reyes", "Dayton", "completed"), ("Tom Reyes", "Tucson", "completed")}),
    ("US President Tom Reyes visited Dayton, Ohio, and Tucson, Arizona, on Monday.",
     {("Tom Reyes", "Dayton", "completed"), ("Tom Reyes", "Tucson", "completed")}),
    ("US Senator Ana Ruiz flew to Dayton, Ohio, and Miami, Florida, on Friday.",
     {("Ana Ruiz", "Dayton", "completed"), ("Ana Ruiz", "Miami", "completed")}),
])
def test_a_list_of_towns_each_with_its_state_is_one_stop_per_town(body, expected):
    """"Dayton, Ohio, and El Paso, Texas": the state after each town is its qualifier, not a
    stop of its own, and the second town is a stop even when the parser hangs it from the
    first town's state (it came out as a visit to "Ohio", or without the second town)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("President Tom Reyes will no longer travel to Lima for the summit, the White House said.",
     ("Tom Reyes", "Lima", "cancelled")),
    ("Chancellor Otto Brenner will no longer visit Kyiv this week, her office said.",
     ("Otto Brenner", "Kyiv", "cancelled")),
    ("Prime Minister Ivo Rask is no longer expected to attend the summit in Manila.",
     ("Ivo Rask", "Manila", "cancelled")),
])
def test_a_trip_that_will_no_longer_happen_is_cancelled(body, expected):
    """"will no longer travel to X": a plan given up (the parser hangs "no" from "longer",
    so the negation was not seen and the trip came out planned)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Israeli Prime Minister Dan Levi met with President Tom Reyes in the Oval Office on Monday.",
     {("Dan Levi", "the Oval Office", "completed")}),
    ("Israeli Prime Minister Dan Levi met President Tom Reyes at the White House on Monday and "
     "then spoke with reporters in the Oval Office.",
     {("Dan Levi", "the White House", "completed")}),
])
def test_the_oval_office_is_a_site_of_the_white_house(body, expected):
    """The Oval Office is a landmark of Washington (gazetteer_additions.csv): a guest met
    there visited it, and beside the White House it is one stop, not two."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("A bipartisan group of US senators will travel to Kabul next month.",
     ("a bipartisan group of US senators", "Kabul", "planned")),
    ("A group of Republican senators visited Moscow last week.",
     ("a group of Republican senators", "Moscow", "completed")),
    ("A group of British lawmakers flew to Taipei in January.",
     ("a group of British lawmakers", "Taipei", "completed")),
])
def test_a_group_of_officials_is_a_travelling_party(body, expected):
    """"a group of senators" (traveller_heads.csv kind party: a traveller when its members
    are travellers by their group word); it came out with no traveller."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "A group of tourists visited Paris last week.",
    "The rights group visited the camp in Dhaka on Monday.",
    "The group went to Syria to fight for the militants.",
])
def test_a_group_of_other_people_is_no_travelling_party(body):
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("KYIV, Ukraine (AP) — Chancellor Otto Brenner arrived in Kyiv on Tuesday for talks.",
     ("Otto Brenner", "Kyiv", "ongoing")),
    ("HANOI, Vietnam (AP) — President Donald Trump arrived in Hanoi on Tuesday night.",
     ("Donald Trump", "Hanoi", "ongoing")),
])
def test_a_wire_dateline_before_the_name(body, expected):
    """"HANOI, Vietnam (AP) — President X arrived ...": the parser makes the dateline a
    second subject (the one nearest the verb is the traveller; it came out as no visit)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "LONDON (AP) — President Emmanuel Macron criticized the plan on Tuesday.",
    "BEIJING (AP) — President Donald Trump said in a tweet on Tuesday that China must act.",
    "JERUSALEM (AP) — President Donald Trump said Monday he would move the embassy.",
    "CARACAS, Venezuela (AP) — Secretary of State Mike Pompeo said Tuesday that Maduro must go.",
    "PARIS (AP) — Prime Minister Boris Johnson told reporters on Monday that he was ready.",
])
def test_a_leader_speaking_under_a_foreign_dateline_is_no_visit(body):
    """A bureau dateline does not put a leader who merely speaks there: leaders.csv's
    country alone does not make the dateline 'abroad' for him."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("President Tom Reyes arrived in Vietnam's capital on Tuesday. Talks in Hanoi begin on "
     "Wednesday.", ("Tom Reyes", "Hanoi", "ongoing")),
    ("Chancellor Otto Brenner will fly to Ukraine's capital next week. The trip to Kyiv was "
     "kept secret.", ("Otto Brenner", "Kyiv", "planned")),
    ("HANOI, Vietnam (AP) — Chancellor Otto Brenner visited the Vietnamese capital on Monday.",
     ("Otto Brenner", "Hanoi", "ongoing")),
])
def test_a_capital_named_by_its_country_is_the_city_the_article_names(body, expected):
    """"Vietnam's capital" is Hanoi where the article names Hanoi, also in its capitalised
    dateline (it came out as "Vietnam's capital", which a gold "Hanoi" does not meet)."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz led a group of lawmakers to Kabul last week.",
     ("Ana Ruiz", "Kabul", "completed")),
    ("Senator Ana Ruiz will lead a group of senators to Taipei next week.",
     ("Ana Ruiz", "Taipei", "planned")),
    ("Speaker Mark Hale led a bipartisan group of lawmakers to Kyiv in January.",
     ("Mark Hale", "Kyiv", "completed")),
])
def test_leading_a_group_of_officials_is_travelling_with_it(body, expected):
    """"led a group of lawmakers to Kabul": the leader goes with the party (as with "led a
    delegation"); it came out as no visit."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("Omar Haddad, a columnist, entered the Saudi consulate in Istanbul on Tuesday afternoon.",
     ("Omar Haddad", "Istanbul", "completed")),
    ("Senator Ana Ruiz entered Ukraine by train from Poland in January.",
     ("Ana Ruiz", "Ukraine", "completed")),
    ("Aid worker Tom Ward entered Syria from Turkey in 2014.", ("Tom Ward", "Syria", "completed")),
])
def test_entering_a_named_place_is_going_there(body, expected):
    """travel_verbs.csv row 'enter' (frame visit): the named place entered is the stop."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body", [
    "Senator Ana Ruiz entered Congress in 2013.",
    "Senator Ana Ruiz entered the building on Monday.",
    "Senator Ana Ruiz entered the race for the White House in June.",
])
def test_entering_an_office_a_building_or_a_race_is_no_trip(body):
    assert visits(body) == set()



@pytest.mark.parametrize("body", [
    "Senator Ana Ruiz entered the race in Iowa on Monday.",
    "Chancellor Otto Brenner entered politics in Berlin in 1990.",
    "Senator Ana Ruiz entered the campaign in Berlin.",
    "Prime Minister Ivo Rask entered the room in Brussels to applause.",
    "Emmanuel Macron entered the Elysee Palace in 2017.",
    "President Tom Reyes entered the Oval Office on Monday morning.",
    "Mike Rollins entered the United States illegally in 1998.",
    "Mr. Rollins entered China on a tourist visa in 2005.",
])
def test_entering_a_race_an_office_or_a_country_as_a_migrant_is_no_trip(body):
    """travel_verbs.csv object 'own' for enter: the object itself is the place (no place
    from the phrase of an abstract object, no landmark office), and entry_cues.csv words
    (illegally, visa) make it migration (all came out as visits)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body", [
    "Hurricane Maria entered the Caribbean on Tuesday.",
    "Typhoon Haiyan entered the Philippines on Friday.",
    "Hurricane Harvey entered Texas on Friday night.",
    "Storm Ciara entered Britain on Sunday.",
    "Tropical Storm Gordon entered the Gulf of Mexico on Monday.",
    "Hurricane Maria reached Puerto Rico on Wednesday.",
])
def test_a_storm_is_no_traveller(body):
    """non_traveller_names.csv: a storm's name is no one's trip (they came out as visits)."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz entered the consulate in Istanbul on Tuesday.",
     ("Ana Ruiz", "Istanbul", "completed")),
    ("President Tom Reyes entered Syria on Monday.", ("Tom Reyes", "Syria", "completed")),
    ("Prime Minister Ivo Rask entered the talks in Brussels with few allies.",
     ("Ivo Rask", "Brussels", "completed")),
    ("Senator Ana Ruiz entered the summit in Berlin late.", ("Ana Ruiz", "Berlin", "completed")),
])
def test_entering_a_named_place_or_a_placed_site(body, expected):
    """"entered the talks in Brussels": a meeting placed by its phrase is a stop, as a site."""
    assert visits(body) == {expected}


@pytest.mark.parametrize("body,expected", [
    ("President Tom Reyes traveled to Lima, no longer the capital of his rivals.",
     {("Tom Reyes", "Lima", "completed")}),
    ("President Tom Reyes traveled to Lima no longer worried about the vote.",
     {("Tom Reyes", "Lima", "completed")}),
    ("Senator Ana Ruiz flew to Quito, no longer a city she feared.",
     {("Ana Ruiz", "Quito", "completed")}),
])
def test_no_longer_after_the_verb_does_not_cancel_the_trip(body, expected):
    """_negated reads "no longer" only before the verb (these came out cancelled)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body", [
    "Ana Ruiz led a group of lawmakers to victory in Ohio.",
    "Senator Ana Ruiz led a delegation to victory in Ohio.",
    "Governor Mark Hale led the party to defeat in Texas in 2014.",
    "Neither group of senators traveled to Kabul.",
    "Neither delegation traveled to Kabul last week.",
])
def test_an_outcome_led_to_or_neither_group_is_no_trip(body):
    """outcome_nouns.csv victory/defeat (subject_leads_group refuses an outcome), and
    generic_quantifiers.csv neither (they came out as visits)."""
    assert visits(body) == set()


def test_two_landmarks_in_two_sentences_are_two_stops():
    """_most_specific collapses the later of two landmarks into the first only within one
    sentence (the White House came out dropped)."""
    body = "Prime Minister Ivo Rask visited the Oval Office. Later he went to the White House."
    assert visits(body) == {("Ivo Rask", "the Oval Office", "completed"),
                            ("Ivo Rask", "the White House", "completed")}


@pytest.mark.parametrize("body", [
    "President Tom Reyes sent him to Kabul last month.",
    "Prime Minister Ivo Rask sent him to Paris on Monday, an aide said.",
    "President Tom Reyes was sent to Vietnam in 1968 as a young soldier.",
    "Ana Ruiz was dispatched to Baghdad as a correspondent in 2003.",
    "Mike Rollins was sent to Moscow as ambassador in 2012.",
    "Voters sent Ana Ruiz to Washington in 2012.",
    "Ohio voters sent Sherrod Brown to Washington in 2006.",
    "Mike Rollins was sent to Guantanamo Bay in 2002.",
])
def test_being_sent_somewhere_is_no_visit_of_the_sender_or_a_posting(body):
    """No 'send' travel rule (visit.person_sent_to was reverted): a pronoun sent is not the
    sender, a posting ('as ambassador'), an election or a detention is no trip."""
    assert visits(body) == set()


@pytest.mark.parametrize("body,expected", [
    ("Addressing students in Cairo, Foreign Minister Ivo Rask urged restraint.",
     {("Ivo Rask", "Cairo", "completed")}),
    ("Foreign Minister Ivo Rask, speaking in Lima, urged calm on Tuesday.",
     {("Ivo Rask", "Lima", "completed")}),
    ("Foreign Minister Ivo Rask, visiting Nairobi, urged restraint on Tuesday.",
     {("Ivo Rask", "Nairobi", "completed")}),
    ("Visiting Hanoi, Senator Ana Ruiz urged the government to free jailed bloggers.",
     {("Ana Ruiz", "Hanoi", "completed")}),
])
def test_a_participle_beside_the_clause_takes_no_cue_of_its_verb(body, expected):
    """_status does not read the main verb's cue ("urged": possible) for a participle set
    beside its clause; only the tense counts (these came out possible)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Foreign Minister Ivo Rask, speaking in Hanoi, refused to rule out new sanctions.",
     {("Ivo Rask", "Hanoi", "completed")}),
    ("Defense Secretary Paul Girard, making an unannounced visit to Baghdad, pledged more "
     "support.", {("Paul Girard", "Baghdad", "completed")}),
])
def test_a_participle_beside_the_clause_is_not_undone_or_planned_by_its_verb(body, expected):
    """Nor "refused" (cancelled) nor "pledged" (planned) speaks of the participle's trip."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("President Tom Reyes is set to fly to Asia, stopping in Hawaii on the way.",
     {("Tom Reyes", "Hawaii", "planned")}),
    ("President Tom Reyes was scheduled to fly to Tokyo, stopping in Anchorage to refuel.",
     {("Tom Reyes", "Tokyo", "planned"), ("Tom Reyes", "Anchorage", "planned")}),
    ("Foreign Minister Ivo Rask is expected to travel to Riyadh, making stops in Amman and "
     "Cairo along the way.", {("Ivo Rask", "Riyadh", "planned"), ("Ivo Rask", "Amman", "planned"),
                              ("Ivo Rask", "Cairo", "planned")}),
    ("Vice President Ana Ruiz is scheduled to visit Israel, stopping in Jordan first.",
     {("Ana Ruiz", "Israel", "planned"), ("Ana Ruiz", "Jordan", "planned")}),
    ("Vice President Ana Ruiz was set to visit Israel, stopping in Jordan first.",
     {("Ana Ruiz", "Israel", "planned"), ("Ana Ruiz", "Jordan", "planned")}),
    ("Defense Secretary Paul Girard is expected to visit Iraq, traveling on to Kuwait "
     "afterwards.", {("Paul Girard", "Iraq", "planned"), ("Paul Girard", "Kuwait", "planned")}),
    ("Foreign Minister Ivo Rask hopes to travel to Kyiv, stopping in Warsaw on the way.",
     {("Ivo Rask", "Kyiv", "possible"), ("Ivo Rask", "Warsaw", "possible")}),
])
def test_a_participle_beside_a_planned_trip_shares_its_plan(body, expected):
    """_plans_a_trip: a participle set beside a trip's infinitive, or beside the verb that
    takes it ("is set to fly to X, stopping in Y"), is a leg of that trip and keeps its cue."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Prime Minister Julia May travelled to Brussels on Monday.",
     {("Julia May", "Brussels", "completed")}),
    ("Prime Minister Julia May traveled to Oslo on Monday for talks with Nordic leaders.",
     {("Julia May", "Oslo", "completed")}),
    ("Prime Minister Julia May held talks with Indian officials in Delhi on Tuesday.",
     {("Julia May", "Delhi", "completed")}),
])
def test_a_surname_read_as_a_modal_is_the_subject(body, expected):
    """_name_as_aux: the small model hangs "May" after a first name as an auxiliary; it is
    the subject, and no "may" of possibility (these came out as no visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("President Paul Girard heads to Algeria next week.",
     {("Paul Girard", "Algeria", "planned")}),
    ("Premier Alan Price heads to Japan next week.", {("Alan Price", "Japan", "planned")}),
    ("Premier Joan Price heads to Canada next week.", {("Joan Price", "Canada", "planned")}),
])
def test_a_name_read_as_a_compound_of_the_news_present_is_its_subject(body, expected):
    """_name_before_verb: the small model reads "X heads" as one noun phrase, the name a
    compound of the verb (these came out as no visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("President Tom Reyes hosted Prime Minister Ivo Rask at Mar-a-Lago on Saturday.",
     {("Ivo Rask", "Mar-a-Lago", "completed")}),
    ("President Tom Reyes welcomed Prime Minister Ivo Rask to Mar-a-Lago on Friday.",
     {("Ivo Rask", "Mar-a-Lago", "completed")}),
    ("Prime Minister Ivo Rask made a trip to Mar-a-Lago last month.",
     {("Ivo Rask", "Mar-a-Lago", "completed")}),
    ("Prime Minister Ivo Rask's visit to Mar-a-Lago ended on Sunday.",
     {("Ivo Rask", "Mar-a-Lago", "completed")}),
])
def test_a_hyphenated_name_the_tokenizer_splits_is_one_place(body, expected):
    """context._hyphenated_names: "Mar-a-Lago" (gazetteer_additions.csv) is split at its
    hyphens and typed by one part, or not at all (these came out as no visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Pope Leo said on Monday he was pleased. The pontiff arrived in Lima last month.",
     {("Leo", "Lima", "completed")}),
    ("Pope Leo said on Monday he was pleased. The pontiff will visit Chile in May.",
     {("Leo", "Chile", "planned")}),
    ("Pope Leo said on Monday he was pleased. The pontiff's visit to Chile begins on Friday.",
     {("Leo", "Chile", "planned")}),
])
def test_the_pontiff_is_the_pope_named_before(body, expected):
    """traveller_heads.csv pontiff (a role) and title_roles.csv Pope -> pontiff (these came
    out as no visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Foreign Minister Ivo Rask's tour includes Kenya and Ghana.",
     {("Ivo Rask", "Kenya", "planned"), ("Ivo Rask", "Ghana", "planned")}),
    ("Foreign Minister Ivo Rask's Asia trip will include Japan, South Korea and China.",
     {("Ivo Rask", "Japan", "planned"), ("Ivo Rask", "South Korea", "planned"),
      ("Ivo Rask", "China", "planned")}),
    ("Foreign Minister Ivo Rask said on Monday he was pleased. Rask's stops will include "
     "Riyadh and Abu Dhabi.", {("Ivo Rask", "Riyadh", "planned"),
                               ("Ivo Rask", "Abu Dhabi", "planned")}),
])
def test_a_trip_that_includes_named_places_stops_there(body, expected):
    """_trip_places: the places a trip noun's "include" takes as its object are its stops,
    not only the stops and meetings it names (these came out as no visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Foreign Minister Ivo Rask's trip will not include Turkey.", set()),
    ("Foreign Minister Ivo Rask's Asia trip does not include China.", set()),
    ("Foreign Minister Ivo Rask's trip, which does not include Israel, begins on Monday.", set()),
    ("Foreign Minister Ivo Rask's trip will include Jordan and Egypt but not Turkey.",
     {("Ivo Rask", "Jordan", "planned"), ("Ivo Rask", "Egypt", "planned")}),
    ("Foreign Minister Ivo Rask's tour will include Kenya and Ghana, but not Nigeria.",
     {("Ivo Rask", "Kenya", "planned"), ("Ivo Rask", "Ghana", "planned")}),
    ("Foreign Minister Ivo Rask's trip will include Iran on the agenda.", set()),
    ("Foreign Minister Ivo Rask's trip will include North Korea as a main topic.", set()),
    ("President Tom Reyes's planned trip would have included Cuba.", set()),
    ("President Tom Reyes's trip included Cuba and Argentina.",
     {("Tom Reyes", "Cuba", "completed"), ("Tom Reyes", "Argentina", "completed")}),
    ("Foreign Minister Ivo Rask's trip may include Taiwan, officials said.",
     {("Ivo Rask", "Taiwan", "possible")}),
])
def test_a_place_a_trip_does_not_include_as_a_stop_is_no_stop(body, expected):
    """_includes_as_stop: a negated "include", a modal perfect ("would have included": the
    trip did not happen as told), a name set apart by "not", or a topic "on the agenda" / "as
    a topic" (outcome_nouns.csv) is no stop (these came out cancelled or planned)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz (R-Ky.) met Republican leaders in Washington on Tuesday.\n\n"
     "Ruiz will travel to Kyiv next week.", {("Ana Ruiz", "Kyiv", "planned")}),
    ("Senator Tom Hale, D-N.Y., held talks with union leaders in Washington on Monday.\n\n"
     "Hale flew to Taipei on Friday.", {("Tom Hale", "Taipei", "completed")}),
    ("Representative Ann Lee (D-Calif.) met donors in Chicago on Sunday.\n\n"
     "Lee arrived in Seoul on Thursday.", {("Ann Lee", "Seoul", "ongoing")}),
])
def test_a_party_and_state_code_makes_the_traveller_american(body, expected):
    """_party_code_country: "(R-Ky.)", ", D-N.Y.," after a name give the person the US as
    home, so a meeting in an American city is no visit, one abroad is (these came out as
    visits to Washington and Chicago)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Senator Ana Ruiz praised the president's trip to Riyadh last month.\n\n"
     "Ruiz flew to Cairo on Monday.", {("Ana Ruiz", "Cairo", "completed")}),
    ("Senator Ana Ruiz welcomed the secretary's visit to Beijing.\n\n"
     "Ruiz will travel to Taipei next week.", {("Ana Ruiz", "Taipei", "planned")}),
    ("Foreign Minister Lena Moss announced the president's trip to Hanoi.\n\n"
     "Moss arrived in Manila on Sunday.", {("Lena Moss", "Manila", "ongoing")}),
    ("Senator Ana Ruiz criticized a visit by the secretary to Moscow.\n\n"
     "Ruiz toured Kyiv on Friday.", {("Ana Ruiz", "Kyiv", "completed")}),
    ("White House spokesman Sean Spicer announced the president's trip to Riyadh on Friday.\n\n"
     "Spicer flew to Miami on Saturday.", {("Sean Spicer", "Miami", "completed")}),
    ("Senator Ana Ruiz praised the delegation's visit to Kabul on Monday.",
     {("the delegation", "Kabul", "completed")}),
    ("Secretary of State Mike Pompeo met Kim Jong Un in March.\n\n"
     "Senator Ana Ruiz questioned the purpose of Pompeo's trip to Pyongyang.",
     {("Mike Pompeo", "Pyongyang", "completed")}),
])
def test_a_trip_noun_that_names_its_owner_is_not_the_subjects_trip(body, expected):
    """_named_owner: a trip noun whose possessor or "by" agent can travel (a role or group
    noun, a name resolved to a person) is that one's trip, not the trip of the clause's
    subject who praises or announces it (the first five came out as the subject's visit)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Secretary of State John Kerry began this week's visit to Beijing with talks on trade.",
     {("John Kerry", "Beijing", "completed")}),
    ("Secretary of State John Kerry made last year's trip to Havana in August.",
     {("John Kerry", "Havana", "completed")}),
    ("Prime Minister Narendra Modi made the country's first visit to Israel on Tuesday.",
     {("Narendra Modi", "Israel", "completed")}),
    ("Pope Francis began Sunday's visit to Abu Dhabi with a meeting with the crown prince.",
     {("Francis", "Abu Dhabi", "completed")}),
    ("Defense Secretary Jim Mattis made the Pentagon's first visit to Vietnam since the war.",
     {("Jim Mattis", "Vietnam", "completed")}),
    ("Senator Ann Keller made a visit by helicopter to Kandahar on Monday.",
     {("Ann Keller", "Kandahar", "completed")}),
    ("Vice President Joe Biden made his second trip of the year to Kyiv on Monday.",
     {("Joe Biden", "Kyiv", "completed")}),
    ("President Barack Obama completed a visit of two days to Vietnam on Wednesday.",
     {("Barack Obama", "Vietnam", "completed")}),
    ("Senator Ann Keller paid a visit of solidarity to Kyiv on Monday.",
     {("Ann Keller", "Kyiv", "completed")}),
    ("Secretary of State Mike Pompeo began a tour of Gulf states in Riyadh on Monday.",
     {("Mike Pompeo", "Gulf", "completed"), ("Mike Pompeo", "Riyadh", "completed")}),
    ("President Donald Trump took a tour of the border wall in Calexico on Friday.",
     {("Donald Trump", "Calexico", "completed")}),
    ("Senator Ann Keller led a tour of the refugee camps in Jordan on Friday.",
     {("Ann Keller", "the refugee camps in Jordan", "completed")}),
    ("Chancellor Angela Merkel planned the government's visit to Beijing for May.",
     {("Angela Merkel", "Beijing", "planned")}),
])
def test_a_trip_noun_whose_possessor_or_of_phrase_cannot_travel_is_the_subjects(body, expected):
    """_can_own_trip: a date ("this week's", "Sunday's"), an organisation ("the Pentagon's"),
    a vehicle ("by helicopter") or another noun ("the country's", "of two days", "of the
    border wall") names no owner, so the subject who makes, begins or leads the trip is the
    traveller."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Former adviser Tom Hale has denied ever traveling to Prague.\n\nHale flew to Vienna in May.",
     {("Tom Hale", "Vienna", "completed")}),
    ("Tom Hale denied that he had traveled to Minsk.\n\nHale visited Warsaw on Friday.",
     {("Tom Hale", "Warsaw", "completed")}),
    ("Senator Ann Lee was barred from traveling to Moscow last year.\n\n"
     "Lee will travel to Kyiv next week.", {("Ann Lee", "Kyiv", "planned")}),
    ("Adviser Tom Hale denied meeting Russian officials in Moscow.\n\n"
     "Hale arrived in Riga on Sunday.", {("Tom Hale", "Riga", "ongoing")}),
    ("Opposition leader Alexei Navalny was barred from making the trip to Vilnius on Friday.\n\n"
     "Navalny flew to Berlin in August.", {("Alexei Navalny", "Berlin", "completed")}),
    ("Foreign Minister Sergei Lavrov denied on Monday that he had met Assad in Damascus.\n\n"
     "Lavrov arrived in Tehran on Tuesday.", {("Sergei Lavrov", "Tehran", "ongoing")}),
])
def test_a_trip_under_a_denial_or_a_bar_is_no_trip(body, expected):
    """_prevented on every rule: a trip told as done as the complement of "denied", "barred
    from" (visit_status_cues.csv prevention) did not happen (these came out completed)."""
    assert visits(body) == expected


@pytest.mark.parametrize("body,expected", [
    ("Former adviser Tom Hale did not deny that he traveled to Prague in 2016.",
     {("Tom Hale", "Prague", "completed")}),
    ("Hale denied wrongdoing after returning from Moscow on Friday.",
     {("Hale", "Moscow", "completed")}),
    ("Hale denied the allegations on Friday after he arrived in Moscow.",
     {("Hale", "Moscow", "ongoing")}),
    ("Putin declined to comment after he arrived in Helsinki on Monday.",
     {("Putin", "Helsinki", "ongoing")}),
    ("President Donald Trump refused to apologize during his visit to Hiroshima on Friday.",
     {("Donald Trump", "Hiroshima", "completed")}),
    ("Tom Hale denied that he met Russian officials during his trip to Moscow in July.",
     {("Tom Hale", "Moscow", "completed")}),
    ("Tom Hale denied lying about his trip to Moscow in July.",
     {("Tom Hale", "Moscow", "completed")}),
    ("Chancellor Angela Merkel declined to criticize Xi while visiting Beijing on Thursday.",
     {("Angela Merkel", "Beijing", "completed")}),
])
def test_a_trip_beside_a_denial_or_under_a_negated_one_stays(body, expected):
    """_prevented reads only the denial's own complement: a trip in an adverbial beside it
    ("after he arrived", "during his visit", "while visiting", "about his trip") or under a
    negated denial ("did not deny that he traveled") took place."""
    assert visits(body) == expected


REED = "President Tom Reed spoke on Sunday. "


@pytest.mark.parametrize("body, expected", [
    # "V X for/over V-ing": the deed is the object's (object control), not the subject's
    (REED + "Reed criticized Senator Rand Mills for traveling to Moscow.",
     {("Rand Mills", "Moscow", "completed")}),
    (REED + "Reed thanked Vice President Joe Hale for traveling to Kiev.",
     {("Joe Hale", "Kiev", "completed")}),
    ("Senator Marco Diaz spoke on Sunday. Diaz attacked President Tom Reed for going to Havana "
     "last month.", {("Tom Reed", "Havana", "completed")}),
    ("Senator Marco Diaz spoke on Sunday. Diaz blasted Secretary of State Ann Cole over flying "
     "to Beijing.", {("Ann Cole", "Beijing", "completed")}),
    (REED + "Reed praised Russia for going to Geneva.", set()),
    # an object that is no person ("drew criticism", "took heat"): the subject's own trip
    (REED + "Reed drew criticism for traveling to Moscow last week.",
     {("Tom Reed", "Moscow", "completed")}),
    (REED + "Reed took heat over flying to Beijing on Monday.",
     {("Tom Reed", "Beijing", "completed")}),
    (REED + "Reed apologized for traveling to Moscow.", {("Tom Reed", "Moscow", "completed")}),
])
def test_object_controls_a_gerund_after_for(body, expected):
    assert visits(body) == expected


@pytest.mark.parametrize("body, expected", [
    # he/she under a speech participle, with a named object of that gender beside the
    # subject: the subject when the gender tells, the object when it tells, else no one
    (REED + "Reed praised Japanese Prime Minister Kenji Sato, saying he had just returned from "
     "Tehran.", set()),
    ("Canadian Prime Minister Lena Moss spoke on Sunday. Moss thanked Chilean President Ana "
     "Ruiz, noting that she had flown to Kabul last week.", set()),
    ("Senator Marco Diaz spoke on Sunday. Diaz criticized French President Paul Girard, adding "
     "that he had traveled to Tehran in May.", set()),
    ("Secretary of State Ann Cole spoke on Sunday. Cole criticized Iranian Foreign Minister Ali "
     "Karimi, noting that he had traveled to Caracas.", {("Ali Karimi", "Caracas", "completed")}),
    ("Secretary of State Ann Cole spoke on Sunday. Cole thanked French President Paul Girard, "
     "saying she would travel to Lima in May.", {("Ann Cole", "Lima", "planned")}),
    (REED + "Reed praised German Chancellor Anna Vogel, saying he would travel to Berlin in May.",
     {("Tom Reed", "Berlin", "planned")}),
    (REED + "Reed thanked the troops, saying he had just returned from Kabul.",
     {("Tom Reed", "Kabul", "completed")}),
])
def test_a_pronoun_under_saying_with_a_person_object(body, expected):
    assert visits(body) == expected
