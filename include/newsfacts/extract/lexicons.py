"""Reference data for the rule-based extractor: cue verbs, titles, demonyms, countries,
institutions, military units, number words. Plain Python data, written for this project."""

from __future__ import annotations


def _words(s: str) -> frozenset[str]:
    return frozenset(w.strip() for w in s.split() if w.strip())


# Speech cue verbs (lemma -> forms). Used for attribution of quotes and indirect speech.
CUE_LEMMAS = """say tell add ask state claim declare insist warn write tweet explain note argue
continue answer reply respond admit acknowledge agree announce assert boast caution charge
comment complain concede confirm contend counter deny describe emphasise emphasize estimate
joke lament maintain observe point predict proclaim promise quip recall remark repeat report
reiterate reveal say scoff shout stress suggest testify urge vow whisper yell concede exclaim
allege believe conclude cry demand mutter muse posit pledge plead question recount relate
retort shrug sigh snap speculate tout thunder blast fume hint gush rail sneer mock praise
criticise criticize accuse""".split()

_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
    "cry": ["cry", "cries", "cried", "crying"],
    "deny": ["deny", "denies", "denied", "denying"],
    "reply": ["reply", "replies", "replied", "replying"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "shrug": ["shrug", "shrugs", "shrugged", "shrugging"],
    "snap": ["snap", "snaps", "snapped", "snapping"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "scoff": ["scoff", "scoffs", "scoffed", "scoffing"],
}


def _inflect(lemma: str) -> list[str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


# Lemmas whose base and -s forms are mostly nouns ("heads of state", "the report"): only their
# past and -ing forms count as cues.
NOUNLIKE_CUES = _words("""state report comment note answer reply claim charge estimate joke promise
question tweet cry plead repeat counter quip boast shout whisper sigh shrug snap blast praise mock
hint pledge demand point remark vow yell muse thunder fume gush rail sneer question relate
continue accuse believe conclude observe maintain predict warn""")

CUE_FORMS: dict[str, str] = {}
for _l in CUE_LEMMAS:
    for _i, _f in enumerate(_inflect(_l)):
        if _l in NOUNLIKE_CUES and _i < 2 and _l not in ("warn", "continue", "believe",
                                                          "conclude", "observe", "maintain",
                                                          "predict", "accuse"):
            continue
        CUE_FORMS.setdefault(_f, _l)

# Cues that introduce speech only weakly (need a quote or a "that" clause nearby).
WEAK_CUES = _words("believe describe praise criticise criticize accuse question mock point continue relate")

# Nouns that, as subject or in "according to", act as a speech source.
SOURCE_NOUNS = _words("""spokesman sources spokeswoman spokesperson spokespeople official officials source sources
aide aides adviser advisers advisor advisors statement report analyst analysts expert experts
diplomat diplomats minister ministers ministry officer officers police lawyer lawyers attorney
campaign aide witness witnesses resident residents leader leaders""")

# Other heads of descriptive speaker phrases ("the paper", "a man on a loudspeaker").
DESC_NOUNS = _words("""paper newspaper report statement study survey group organisation organization agency
ministry department campaign government committee announcer protester protesters man woman men women
critic critics supporter supporters voter voters member members professor economist analyst
researcher researchers scientist scientists commentator observer observers author writer
activist activists leader leaders lawmaker lawmakers legislator legislators representative
representatives delegate delegates negotiator negotiators mother father son daughter wife husband
friend neighbour neighbor colleague colleagues worker workers employee employees student students
teacher doctor nurse victim victims survivor survivors farmer farmers owner resident residents
president vice-president chief head boss founder chairman director secretary minister council
police military army navy prosecutors prosecutor court judge jury website network broadcaster
tweet message letter document memo filing complaint release""")

# Honorifics that precede a surname or full name.
HONORIFICS = _words("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Fr Father Sister Brother Sheikh Rabbi Imam Mr. Mrs. Ms. Dr. Prof. Rev. Fr.")
FEMALE_HON = _words("Mrs Ms Miss Dame Lady Mrs. Ms. Sister Queen Princess Duchess Baroness")
MALE_HON = _words("Mr Sir Lord Mr. Father Fr Fr. Brother King Prince Duke Baron")

# Title words (capitalised in front of names, or lower-case role nouns).
TITLE_WORDS = _words("""President Vice Prime Minister Secretary Foreign Home Defence Defense State Chancellor
Deputy Chief Executive General Gen Gen. Lt Lt. Col Col. Colonel Major Maj Maj. Captain Capt Capt. Admiral Adm Adm.
Commander Lieutenant Sergeant Sgt Sgt. Senator Sen Sen. Sens. Representative Rep Rep. Reps. Congressman Congresswoman
Governor Gov Gov. Mayor Ambassador Envoy Judge Justice Attorney Speaker Leader Director Chairman Chairwoman
Chair Commissioner King Queen Prince Princess Pope Cardinal Archbishop Bishop Emperor Sultan Emir Crown
Premier Minister Ministers Spokesman Spokeswoman First Lady Senior Acting Former former Interim Opposition
Labour Conservative Tory Democratic Republican Democrat Party Shadow Justice Finance Interior Trade Health
Education Environment Culture Transport Energy Economy Treasury Environment Health Labor Agriculture Commerce
Homeland Security Intelligence National Security Adviser Advisor Coach Manager Chief Officer CEO Founder
Chairman Executive Editor Correspondent Professor Dr Dr. Baroness Duke Duchess Earl Baron Mr Mrs Ms
Sir Dame Lord Lady Pastor Rev Rev. Reverend Sheikh Ayatollah Cabinet Trade Culture
Scottish Welsh Business Work Pensions Communities Development International Brexit Immigration
Policing Armed Forces Veterans Affairs US U.S. UN EU Nato NATO Russian British American French German
Chinese Iranian Israeli Palestinian Ukrainian Syrian Iraqi Afghan Indian Pakistani Japanese Turkish
Egyptian Saudi Italian Spanish Polish Canadian Australian Mexican Venezuelan Brazilian Korean
White House Press Special Assistant Staff Joint Chiefs of Defence Navy Army Air Force Marine Corps
Principal Deputy Associate Assistant Under""")

# Capitalised speech verbs that open an inverted attribution: 'Said Mr Ozo: "..."'.
LEADING_CUES = _words("Said Says Added Adds Wrote Writes")

# Lower-case role nouns that can refer back to a person ("the minister").
ROLE_NOUNS = _words("""mp mep msp counterpart president minister secretary chancellor premier leader governor senator
congressman congresswoman mayor ambassador envoy general commander spokesman spokeswoman official
chairman chairwoman chief director king queen prince pope candidate nominee prosecutor judge
lawyer attorney actor singer coach manager executive diplomat foreign-secretary candidate
businessman businesswoman billionaire""")

# Words that are capitalised but are never person names.
NON_NAME_WORDS = _words("""The A An This That These Those He She It They We I You His Her Its Their Our My
But And Or So Yet If When While Although Though Because As After Before Since Until Unless Then
In On At By For From To With Without Of Over Under About Into Onto Upon Between Among Across Through
During Despite Against Toward Towards Around Near Behind Beyond Within Along Amid Amidst
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Mr Mrs Ms Dr Sir Lord Lady Dame Miss Prof Yes No Not Now Here There What Who Why How Where Which
Meanwhile However Also Still Even Just Only Some Many Most All Both Each Every Any Several
One Two Three Four Five Six Seven Eight Nine Ten Last Next First Second Third Earlier Later
Today Yesterday Tomorrow Tonight Asked Speaking Writing According Under Following Last
Christmas Easter Ramadan Internet Twitter Facebook Instagram YouTube Google Reuters AP AFP BBC CNN
Associated Press Breitbart NBC CBS ABC Fox News Times Post Journal Guardian Telegraph Independent
Express Mail Daily Sunday Weekly Herald Tribune Chronicle Globe Observer Mirror Sun Star Standard
Update Updated Read More Photo Getty Images Image Copyright Video Watch Click Share Comment Comments
God Lord Jesus Allah Brexit Covid COVID Coronavirus Olympics World Cup Premier League Champions
Parliament Congress Senate House Commons Lords Government Cabinet Court Supreme Party Democrats
Republicans Conservatives Labour Tories Liberal Democrat Republican Democratic Green Greens SNP
Let Please Thank Thanks Oh Well Okay OK Hello Dear""")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}

# Organisations and institutions mapped to a country (ISO2) or kept as bodies.
INSTITUTIONS: dict[str, tuple[str, str | None]] = {
    "the kremlin": ("Russia", "RU"), "kremlin": ("Russia", "RU"),
    "the pentagon": ("United States", "US"), "pentagon": ("United States", "US"),
    "the white house": ("United States", "US"), "white house": ("United States", "US"),
    "washington": ("United States", "US"), "moscow": ("Russia", "RU"),
    "beijing": ("China", "CN"), "downing street": ("United Kingdom", "GB"),
    "whitehall": ("United Kingdom", "GB"), "the elysee": ("France", "FR"),
    "elysee": ("France", "FR"), "tehran": ("Iran", "IR"), "kyiv": ("Ukraine", "UA"),
    "kiev": ("Ukraine", "UA"), "london": ("United Kingdom", "GB"), "paris": ("France", "FR"),
    "berlin": ("Germany", "DE"), "ankara": ("Turkey", "TR"), "damascus": ("Syria", "SY"),
    "pyongyang": ("North Korea", "KP"), "seoul": ("South Korea", "KR"), "tokyo": ("Japan", "JP"),
    "new delhi": ("India", "IN"), "islamabad": ("Pakistan", "PK"), "baghdad": ("Iraq", "IQ"),
    "kabul": ("Afghanistan", "AF"), "jerusalem": ("Israel", "IL"), "cairo": ("Egypt", "EG"),
    "riyadh": ("Saudi Arabia", "SA"), "minsk": ("Belarus", "BY"),
    "the ministry of defence": ("United Kingdom", "GB"), "ministry of defence": ("United Kingdom", "GB"),
    "mod": ("United Kingdom", "GB"),
    "nato": ("NATO", None), "the alliance": ("NATO", None),
    "the un": ("United Nations", None), "un": ("United Nations", None),
    "united nations": ("United Nations", None), "the united nations": ("United Nations", None),
    "african union": ("African Union", None), "the african union": ("African Union", None),
    "au": ("African Union", None), "eu": ("European Union", None),
    "european union": ("European Union", None), "the eu": ("European Union", None),
    "ecowas": ("ECOWAS", None), "isaf": ("NATO", None), "kfor": ("NATO", None),
    "the us military": ("United States", "US"), "us military": ("United States", "US"),
    "the u.s. military": ("United States", "US"), "u.s. military": ("United States", "US"),
    "idf": ("Israel", "IL"), "the idf": ("Israel", "IL"),
    "hezbollah": ("Hezbollah", None), "hamas": ("Hamas", None), "taliban": ("Taliban", None),
    "the taliban": ("Taliban", None), "islamic state": ("Islamic State", None),
    "isis": ("Islamic State", None), "isil": ("Islamic State", None),
    "wagner": ("Wagner Group", "RU"), "the wagner group": ("Wagner Group", "RU"),
    "boko haram": ("Boko Haram", None), "al-shabab": ("al-Shabab", None),
    "al shabab": ("al-Shabab", None), "al-shabaab": ("al-Shabab", None), "al qaeda": ("al Qaeda", None),
    "al-qaeda": ("al Qaeda", None), "houthis": ("Houthis", None), "the houthis": ("Houthis", None),
    "houthi": ("Houthis", None), "pkk": ("PKK", None), "ypg": ("YPG", None),
    "peshmerga": ("Kurdistan Regional Government", None),
}

# Demonyms and adjectival forms -> (country name, ISO2). Extended from pycountry at load.
DEMONYMS: dict[str, tuple[str, str]] = {
    "american": ("United States", "US"), "u.s.": ("United States", "US"), "us": ("United States", "US"),
    "british": ("United Kingdom", "GB"), "uk": ("United Kingdom", "GB"), "english": ("United Kingdom", "GB"),
    "scottish": ("United Kingdom", "GB"), "welsh": ("United Kingdom", "GB"),
    "russian": ("Russia", "RU"), "soviet": ("Russia", "RU"), "ukrainian": ("Ukraine", "UA"),
    "french": ("France", "FR"), "german": ("Germany", "DE"), "italian": ("Italy", "IT"),
    "spanish": ("Spain", "ES"), "portuguese": ("Portugal", "PT"), "dutch": ("Netherlands", "NL"),
    "belgian": ("Belgium", "BE"), "polish": ("Poland", "PL"), "czech": ("Czechia", "CZ"),
    "slovak": ("Slovakia", "SK"), "hungarian": ("Hungary", "HU"), "romanian": ("Romania", "RO"),
    "bulgarian": ("Bulgaria", "BG"), "greek": ("Greece", "GR"), "turkish": ("Turkey", "TR"),
    "swedish": ("Sweden", "SE"), "norwegian": ("Norway", "NO"), "danish": ("Denmark", "DK"),
    "finnish": ("Finland", "FI"), "estonian": ("Estonia", "EE"), "latvian": ("Latvia", "LV"),
    "lithuanian": ("Lithuania", "LT"), "belarusian": ("Belarus", "BY"), "belarussian": ("Belarus", "BY"),
    "moldovan": ("Moldova", "MD"), "georgian": ("Georgia", "GE"), "armenian": ("Armenia", "AM"),
    "azerbaijani": ("Azerbaijan", "AZ"), "azeri": ("Azerbaijan", "AZ"), "kazakh": ("Kazakhstan", "KZ"),
    "uzbek": ("Uzbekistan", "UZ"), "serbian": ("Serbia", "RS"), "serb": ("Serbia", "RS"),
    "croatian": ("Croatia", "HR"), "bosnian": ("Bosnia and Herzegovina", "BA"),
    "albanian": ("Albania", "AL"), "kosovar": ("Kosovo", "XK"), "macedonian": ("North Macedonia", "MK"),
    "irish": ("Ireland", "IE"), "swiss": ("Switzerland", "CH"), "austrian": ("Austria", "AT"),
    "chinese": ("China", "CN"), "japanese": ("Japan", "JP"), "korean": ("South Korea", "KR"),
    "south korean": ("South Korea", "KR"), "north korean": ("North Korea", "KP"),
    "taiwanese": ("Taiwan", "TW"), "indian": ("India", "IN"), "pakistani": ("Pakistan", "PK"),
    "afghan": ("Afghanistan", "AF"), "iranian": ("Iran", "IR"), "iraqi": ("Iraq", "IQ"),
    "syrian": ("Syria", "SY"), "lebanese": ("Lebanon", "LB"), "israeli": ("Israel", "IL"),
    "palestinian": ("Palestine", "PS"), "jordanian": ("Jordan", "JO"), "egyptian": ("Egypt", "EG"),
    "saudi": ("Saudi Arabia", "SA"), "yemeni": ("Yemen", "YE"), "emirati": ("United Arab Emirates", "AE"),
    "qatari": ("Qatar", "QA"), "kuwaiti": ("Kuwait", "KW"), "omani": ("Oman", "OM"),
    "bahraini": ("Bahrain", "BH"), "libyan": ("Libya", "LY"), "tunisian": ("Tunisia", "TN"),
    "algerian": ("Algeria", "DZ"), "moroccan": ("Morocco", "MA"), "sudanese": ("Sudan", "SD"),
    "ethiopian": ("Ethiopia", "ET"), "eritrean": ("Eritrea", "ER"), "somali": ("Somalia", "SO"),
    "kenyan": ("Kenya", "KE"), "ugandan": ("Uganda", "UG"), "rwandan": ("Rwanda", "RW"),
    "burundian": ("Burundi", "BI"), "congolese": ("DR Congo", "CD"), "nigerian": ("Nigeria", "NG"),
    "ghanaian": ("Ghana", "GH"), "malian": ("Mali", "ML"), "chadian": ("Chad", "TD"),
    "nigerien": ("Niger", "NE"), "senegalese": ("Senegal", "SN"), "ivorian": ("Ivory Coast", "CI"),
    "south african": ("South Africa", "ZA"), "zimbabwean": ("Zimbabwe", "ZW"),
    "mozambican": ("Mozambique", "MZ"), "angolan": ("Angola", "AO"), "cameroonian": ("Cameroon", "CM"),
    "canadian": ("Canada", "CA"), "mexican": ("Mexico", "MX"), "cuban": ("Cuba", "CU"),
    "venezuelan": ("Venezuela", "VE"), "colombian": ("Colombia", "CO"), "brazilian": ("Brazil", "BR"),
    "argentine": ("Argentina", "AR"), "argentinian": ("Argentina", "AR"), "chilean": ("Chile", "CL"),
    "peruvian": ("Peru", "PE"), "bolivian": ("Bolivia", "BO"), "haitian": ("Haiti", "HT"),
    "australian": ("Australia", "AU"), "new zealand": ("New Zealand", "NZ"),
    "indonesian": ("Indonesia", "ID"), "malaysian": ("Malaysia", "MY"), "thai": ("Thailand", "TH"),
    "vietnamese": ("Vietnam", "VN"), "filipino": ("Philippines", "PH"), "philippine": ("Philippines", "PH"),
    "burmese": ("Myanmar", "MM"), "myanmar": ("Myanmar", "MM"), "bangladeshi": ("Bangladesh", "BD"),
    "sri lankan": ("Sri Lanka", "LK"), "nepalese": ("Nepal", "NP"), "cypriot": ("Cyprus", "CY"),
    "kurdish": ("Kurdistan", None), "chechen": ("Russia", "RU"), "crimean": ("Ukraine", "UA"),
}

# Extra country-name aliases (lower-case) -> (canonical name, ISO2).
COUNTRY_ALIASES: dict[str, tuple[str, str]] = {
    "us": ("United States", "US"), "u.s.": ("United States", "US"), "usa": ("United States", "US"),
    "u.s.a.": ("United States", "US"), "america": ("United States", "US"),
    "united states": ("United States", "US"), "the united states": ("United States", "US"),
    "united states of america": ("United States", "US"),
    "uk": ("United Kingdom", "GB"), "u.k.": ("United Kingdom", "GB"), "britain": ("United Kingdom", "GB"),
    "great britain": ("United Kingdom", "GB"), "united kingdom": ("United Kingdom", "GB"),
    "england": ("United Kingdom", "GB"), "scotland": ("United Kingdom", "GB"),
    "wales": ("United Kingdom", "GB"), "northern ireland": ("United Kingdom", "GB"),
    "russia": ("Russia", "RU"), "russian federation": ("Russia", "RU"),
    "south korea": ("South Korea", "KR"), "north korea": ("North Korea", "KP"),
    "iran": ("Iran", "IR"), "syria": ("Syria", "SY"), "vietnam": ("Vietnam", "VN"),
    "laos": ("Laos", "LA"), "bolivia": ("Bolivia", "BO"), "venezuela": ("Venezuela", "VE"),
    "tanzania": ("Tanzania", "TZ"), "moldova": ("Moldova", "MD"), "taiwan": ("Taiwan", "TW"),
    "palestine": ("Palestine", "PS"), "the palestinian territories": ("Palestine", "PS"),
    "west bank": ("Palestine", "PS"), "the west bank": ("Palestine", "PS"),
    "gaza": ("Palestine", "PS"), "gaza strip": ("Palestine", "PS"), "the gaza strip": ("Palestine", "PS"),
    "czech republic": ("Czechia", "CZ"), "turkey": ("Turkey", "TR"), "turkiye": ("Turkey", "TR"),
    "ivory coast": ("Ivory Coast", "CI"), "dr congo": ("DR Congo", "CD"),
    "democratic republic of congo": ("DR Congo", "CD"),
    "democratic republic of the congo": ("DR Congo", "CD"), "congo": ("Congo", "CG"),
    "bosnia": ("Bosnia and Herzegovina", "BA"), "bosnia-herzegovina": ("Bosnia and Herzegovina", "BA"),
    "bosnia and herzegovina": ("Bosnia and Herzegovina", "BA"), "herzegovina": ("Bosnia and Herzegovina", "BA"),
    "burma": ("Myanmar", "MM"), "holland": ("Netherlands", "NL"), "the netherlands": ("Netherlands", "NL"),
    "vatican": ("Vatican", "VA"), "the vatican": ("Vatican", "VA"), "kosovo": ("Kosovo", "XK"),
    "crimea": ("Ukraine", "UA"), "donbas": ("Ukraine", "UA"), "donbass": ("Ukraine", "UA"),
    "kashmir": ("India", "IN"), "darfur": ("Sudan", "SD"), "chechnya": ("Russia", "RU"),
    "kurdistan": ("Iraq", "IQ"), "the philippines": ("Philippines", "PH"),
    "macedonia": ("North Macedonia", "MK"), "east timor": ("Timor-Leste", "TL"),
    "brunei": ("Brunei", "BN"), "cape verde": ("Cabo Verde", "CV"), "swaziland": ("Eswatini", "SZ"),
    "the uae": ("United Arab Emirates", "AE"), "uae": ("United Arab Emirates", "AE"),
    "the gulf": ("", ""), "the middle east": ("", ""), "middle east": ("", ""),
    "europe": ("", ""), "asia": ("", ""), "africa": ("", ""), "latin america": ("", ""),
    "the balkans": ("", ""), "balkans": ("", ""), "eastern europe": ("", ""),
    "south america": ("", ""), "north america": ("", ""), "the caribbean": ("", ""),
    "southeast asia": ("", ""), "south-east asia": ("", ""), "central asia": ("", ""),
    "the arctic": ("", ""), "antarctica": ("", ""), "the pacific": ("", ""),
    "scandinavia": ("", ""), "the baltics": ("", ""), "west africa": ("", ""),
    "east africa": ("", ""), "north africa": ("", ""), "the sahel": ("", ""),
}

# Military/security force units: surface form -> singular unit.
FORCE_UNITS: dict[str, str] = {}
for _u in """troop soldier marine sailor airman paratrooper peacekeeper reservist policeman
police officer gendarme commando special-forces guardsman infantryman militiaman fighter
warship ship destroyer frigate submarine carrier aircraft-carrier jet fighter-jet bomber warplane
aircraft helicopter drone tank armoured-vehicle vehicle missile battery battalion brigade division
regiment company platoon squadron unit force contingent personnel advisor adviser trainer
instructor mercenary guard national-guardsman ranger navy-seal militant insurgent vessel
patrol-boat gunboat""".split():
    _s = _u.replace("-", " ")
    FORCE_UNITS[_s] = _s
    if _s.endswith("y") and _s[-2] not in "aeiou":
        FORCE_UNITS[_s[:-1] + "ies"] = _s
    elif _s.endswith(("s", "sh", "ch", "x")):
        FORCE_UNITS[_s + "es"] = _s
    else:
        FORCE_UNITS[_s + "s"] = _s
FORCE_UNITS.update({"policemen": "policeman", "police": "police", "militiamen": "militiaman",
                    "guardsmen": "guardsman", "infantrymen": "infantryman", "personnel": "personnel",
                    "special forces": "special forces", "forces": "force", "aircraft": "aircraft",
                    "boots on the ground": "troop", "servicemen": "serviceman",
                    "service members": "service member", "servicemembers": "service member",
                    "military advisers": "military adviser", "military advisors": "military advisor",
                    "police officers": "police officer", "navy ships": "ship",
                    "special operators": "special operator", "special operator": "special operator",
                    "strategic assets": "strategic asset", "strategic asset": "strategic asset"})
# Units that are strong evidence of armed forces on their own.
CORE_UNITS = _words("troop soldier marine paratrooper peacekeeper reservist warship destroyer frigate "
                    "battalion brigade commando infantryman serviceman")

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a hundred": 100, "hundred": 100, "a thousand": 1000, "dozen": 12, "a dozen": 12,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "m": 1_000_000,
               "k": 1000, "bn": 1_000_000_000, "billion": 1_000_000_000}
VAGUE_AMOUNTS = _words("thousands hundreds dozens tens scores several many more additional extra some")

QUAL_APPROX = ("some", "about", "roughly", "around", "nearly", "almost", "approximately",
               "an estimated", "estimated", "close to", "up to around", "circa", "approx")
QUAL_AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than",
                 "no less than")
QUAL_AT_MOST = ("up to", "as many as", "fewer than", "less than", "no more than", "under", "at most")

PRONOUNS_PERSON = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}

# Common first names to guess gender (tiny list; the rest is inferred from honorifics).
FEMALE_FIRST = _words("""Liz Elizabeth Theresa Hillary Angela Nancy Kamala Margaret Mary Anne Ann Anna
Jane Sarah Susan Nicola Priti Ursula Christine Condoleezza Madeleine Michelle Melania Ivanka Kellyanne
Sarah Hope Katie Kate Jill Elizabeth Maria Marie Emma Olivia Sophie Julia Yulia Golda Benazir Indira
Dilma Cristina Jacinda Tsai Sanna Kaja Annalena Hilary Harriet Penny Andrea Rachel Rebecca Laura
Linda Barbara Patricia Jennifer Karen Lisa Nicole Amy Stephanie Heather Diane Donna Carol Ruth
Sharon Michele Ivanka Debbie Deborah Debra Huma Donna Robby Hope Jennifer Katrina Kayleigh Omarosa
Gennifer Paula Cheryl Kirsten Tammy Maxine Nikki Tulsi Elise Lindsey Susan Amal Yvette Harriet
Emily Alice Grace Helen Judith Claire Tessa Justine Caroline Amber Esther Anneliese Suella Kemi
Lesley Leslie Phyllis Nancy Betsy Betty Dorothy Joan Joanne Jean Janet Janice Jessica Jennifer Joyce
Julie Juliet Kathleen Kathryn Katherine Catherine Kelly Kimberly Kirsty Kristen Lauren Lindsay Lisa
Lori Louise Lucy Lynn Marcia Margaret Marilyn Martha Megan Melissa Michelle Monica Natalie Nina Nora
Pamela Patricia Paula Rachel Rebecca Rita Rosa Rose Ruth Sally Samantha Sandra Sara Shirley Sonia Sophia
Stella Susan Suzanne Sylvia Tanya Teresa Theresa Tina Tracy Valerie Vanessa Veronica Victoria Virginia
Wendy Yvonne Zoe Abigail Alexandra Alison Allison Amanda Andrea Angela Anita Annie Ashley Audrey Barbara
Beatrice Beth Bonnie Brenda Bridget Camilla Carla Carmen Caroline Cecilia Charlotte Chelsea Christina
Claudia Colleen Cynthia Daniela Danielle Deborah Denise Diana Dolores Doris Edith Elaine Eleanor Elena
Elise Ellen Emma Erica Erin Eva Evelyn Fiona Frances Gabriela Gail Georgia Gloria Hannah Heidi Hillary
Holly Ingrid Irene Isabel Jacqueline Jane Janet Jill Joan Jocelyn Josephine Joy Judy Karen Katie Kay
Kayla Laura Leah Lena Liliana Linda Lorraine Lydia Madeleine Marina Marta Maxine Meghan Melanie Mia Miriam
Molly Naomi Olga Olivia Patty Priscilla Rachael Raquel Regina Renee Rhonda Roberta Sabrina Sharon Sheila
Sheryl Silvia Stacey Stephanie Sue Tamara Tammy Tara Tiffany Valentina Vera Yulia Yolanda Zainab Fatima
Aisha Malala Benazir Ilhan Alexandria Rashida Ayanna Nikki Tulsi Kirstjen Betsy Gina Gretchen Kyrsten
Marsha Lisa Shelley Elaine Ruth Sonia Elena Amy""")
MALE_FIRST = _words("""Boris Donald Barack Joe George Bill Tony Gordon David John James Michael Robert
William Richard Thomas Charles Vladimir Sergei Sergey Dmitry Dmitri Mike Mitt Paul Ted Marco Jeb Bernie
Chris Jim Jack Gerhard Jacques Emmanuel Nicolas Francois Olaf Xi Recep Benjamin Bashar Hassan Ali
Mohammed Muhammad Ahmed Abdullah Kim Jeremy Keir Rishi Dominic Matt Ben Tim Tom Nick Peter Mark Steve
Stephen Kevin Brian Jeff Jeffrey Ken Ron Rudy Rudolph Newt Rick Scott Lindsey Reince Sean Steve Corey
Kellyanne Gary Evan Tim Jason Eric Lou Roger Alex Andrew Anthony Antony Volodymyr Viktor Leonid Petro
Hugo Lula Jair Narendra Manmohan Imran Nawaz Pervez Hamid Ashraf Saddam Muammar Hosni Abdel Mahmoud
Yasser Ariel Ehud Shimon Yitzhak Silvio Romano Matteo Mario Pedro Mariano Jose Juan Carlos Luis
Jean Pierre Alain Dominique Lionel Nicolas Helmut Angela Frank Joschka Kofi Ban Javier Jens Anders
Dick Colin Condoleezza Donald Rex Lloyd Antony Ashton Chuck Leon Robert Hans Igor Yuri Mikhail
Boris Gennady Alexei Alexey Alexander Aleksandr Nikolai Nikolay Ramzan Yevgeny Sadiq Jeremy Ed Ed
Keith Liam Oliver Philip Philippe Patrick Hunter Beau Jared Eric Larry Harry Henry Edward Jimmy
Ronald Lyndon Franklin Dwight Abraham Woodrow Aaron Adam Alan Albert Alfred Andy Arthur Barry Ben
Benjamin Bernard Bob Bobby Brad Bradley Brandon Brett Bruce Bryan Carl Chad Charlie Clarence Craig Curtis
Dale Dan Danny Darren Dave Dean Dennis Derek Don Doug Douglas Duncan Dylan Earl Eddie Edwin Elijah Elliot
Ernest Eugene Evan Felix Fernando Francis Fred Frederick Gavin Gene Geoffrey Gerald Glenn Graham Grant
Greg Gregory Guy Hank Harold Harvey Herbert Howard Hugh Ian Isaac Ivan Jake Jamal Jamie Jared Jay Jeremiah
Jerome Jerry Jesse Jim Jimmy Joel Johnny Jon Jonathan Jordan Joseph Josh Joshua Juan Justin Karl Kenneth
Kurt Kyle Lance Lee Lenny Leonard Lewis Lloyd Louis Luke Malcolm Marcus Marvin Matthew Maurice Max Mel
Melvin Mitch Mitchell Mohammad Muhammed Nathan Neil Nelson Nigel Noah Norman Owen Patrick Perry Phil
Ralph Randy Ray Raymond Reggie Rex Ricardo Richard Rob Rod Rodney Roland Ross Roy Russell Ryan Sam Samuel
Scott Seth Shane Sidney Simon Stanley Stuart Ted Terry Theodore Todd Tony Travis Trevor Troy Tyler Vernon
Victor Vince Vincent Wallace Walter Warren Wayne Wesley Will Willie Zachary Ahmad Omar Hamza Yusuf Ibrahim
Khalid Tariq Rahul Sanjay Vikram Raj Mohamed Abdul Hossein Hassan Ali Reza Bashar Hafez Recep Vladimir
Sergei Alexei Dmitry Yevgeny Volodymyr Petro Viktor Mikhail Andrei Nikolai Pavel Kim Shinzo Fumio Moon
Xi Li Wang Hu Jiang Deng Narendra Manmohan Nawaz Imran Hamid Ashraf Mullah Ayman Osama Hosni Anwar
Saeb Mahmoud Yasser Ehud Ariel Shimon Naftali Yair Benny Avigdor Gideon Reuven Yitzhak Moshe""")
