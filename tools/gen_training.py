"""Write the template-generated training sentences: data/training/generated/templates.jsonl.

Each PLOVER type has verb phrases written for the project (base form, the past
given after a slash where it is irregular: "send/sent aid to {T}") and a few
noun phrases; they are combined with actor phrases (countries, governments,
capitals, officials, forces, organisations, groups) and news framings (a date,
an attribution, a reporting verb, a future). Deterministic: the same seed gives
the same file, so `make` can rebuild it. The records are written by type name
and keep the ``seq`` numbers the file holds (their place in the order the
classifier is fitted in). Run: .venv/bin/python tools/gen_training.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

TRAINING = Path(__file__).resolve().parents[1] / "src/multivector/events/data/training"
OUT = TRAINING / "generated" / "templates.jsonl"
PER_TYPE = 220
SEED = 20240611

COUNTRIES = [
    ("Algeria", "Algerian", "Algiers", "DZA"), ("Angola", "Angolan", "Luanda", "AGO"), ("Argentina", "Argentine", "Buenos Aires", "ARG"),
    ("Armenia", "Armenian", "Yerevan", "ARM"), ("Australia", "Australian", "Canberra", "AUS"), ("Austria", "Austrian", "Vienna", "AUT"),
    ("Azerbaijan", "Azerbaijani", "Baku", "AZE"), ("Bangladesh", "Bangladeshi", "Dhaka", "BGD"), ("Belarus", "Belarusian", "Minsk", "BLR"),
    ("Bolivia", "Bolivian", "La Paz", "BOL"), ("Brazil", "Brazilian", "Brasilia", "BRA"), ("Bulgaria", "Bulgarian", "Sofia", "BGR"),
    ("Burundi", "Burundian", "Bujumbura", "BDI"), ("Cambodia", "Cambodian", "Phnom Penh", "KHM"), ("Cameroon", "Cameroonian", "Yaounde", "CMR"),
    ("Canada", "Canadian", "Ottawa", "CAN"), ("Chad", "Chadian", "N'Djamena", "TCD"), ("Chile", "Chilean", "Santiago", "CHL"),
    ("China", "Chinese", "Beijing", "CHN"), ("Colombia", "Colombian", "Bogota", "COL"), ("Croatia", "Croatian", "Zagreb", "HRV"),
    ("Cuba", "Cuban", "Havana", "CUB"), ("Cyprus", "Cypriot", "Nicosia", "CYP"), ("Egypt", "Egyptian", "Cairo", "EGY"),
    ("Eritrea", "Eritrean", "Asmara", "ERI"), ("Ethiopia", "Ethiopian", "Addis Ababa", "ETH"), ("France", "French", "Paris", "FRA"),
    ("Georgia", "Georgian", "Tbilisi", "GEO"), ("Germany", "German", "Berlin", "DEU"), ("Ghana", "Ghanaian", "Accra", "GHA"),
    ("Greece", "Greek", "Athens", "GRC"), ("Guatemala", "Guatemalan", "Guatemala City", "GTM"), ("Haiti", "Haitian", "Port-au-Prince", "HTI"),
    ("India", "Indian", "New Delhi", "IND"), ("Indonesia", "Indonesian", "Jakarta", "IDN"), ("Iran", "Iranian", "Tehran", "IRN"),
    ("Iraq", "Iraqi", "Baghdad", "IRQ"), ("Israel", "Israeli", "Jerusalem", "ISR"), ("Italy", "Italian", "Rome", "ITA"),
    ("Japan", "Japanese", "Tokyo", "JPN"), ("Jordan", "Jordanian", "Amman", "JOR"), ("Kazakhstan", "Kazakh", "Astana", "KAZ"),
    ("Kenya", "Kenyan", "Nairobi", "KEN"), ("Kuwait", "Kuwaiti", "Kuwait City", "KWT"), ("Lebanon", "Lebanese", "Beirut", "LBN"),
    ("Libya", "Libyan", "Tripoli", "LBY"), ("Malaysia", "Malaysian", "Kuala Lumpur", "MYS"), ("Mexico", "Mexican", "Mexico City", "MEX"),
    ("Morocco", "Moroccan", "Rabat", "MAR"), ("Mozambique", "Mozambican", "Maputo", "MOZ"), ("Nepal", "Nepalese", "Kathmandu", "NPL"),
    ("Nigeria", "Nigerian", "Abuja", "NGA"), ("North Korea", "North Korean", "Pyongyang", "PRK"), ("Pakistan", "Pakistani", "Islamabad", "PAK"),
    ("Peru", "Peruvian", "Lima", "PER"), ("the Philippines", "Philippine", "Manila", "PHL"), ("Poland", "Polish", "Warsaw", "POL"),
    ("Romania", "Romanian", "Bucharest", "ROU"), ("Russia", "Russian", "Moscow", "RUS"), ("Rwanda", "Rwandan", "Kigali", "RWA"),
    ("Saudi Arabia", "Saudi", "Riyadh", "SAU"), ("Serbia", "Serbian", "Belgrade", "SRB"), ("Somalia", "Somali", "Mogadishu", "SOM"),
    ("South Africa", "South African", "Pretoria", "ZAF"), ("South Korea", "South Korean", "Seoul", "KOR"), ("Spain", "Spanish", "Madrid", "ESP"),
    ("Sri Lanka", "Sri Lankan", "Colombo", "LKA"), ("Sudan", "Sudanese", "Khartoum", "SDN"), ("Syria", "Syrian", "Damascus", "SYR"),
    ("Tajikistan", "Tajik", "Dushanbe", "TJK"), ("Tanzania", "Tanzanian", "Dar es Salaam", "TZA"), ("Thailand", "Thai", "Bangkok", "THA"),
    ("Turkey", "Turkish", "Ankara", "TUR"), ("Uganda", "Ugandan", "Kampala", "UGA"), ("Ukraine", "Ukrainian", "Kiev", "UKR"),
    ("Britain", "British", "London", "GBR"), ("the United States", "American", "Washington", "USA"), ("Uzbekistan", "Uzbek", "Tashkent", "UZB"),
    ("Venezuela", "Venezuelan", "Caracas", "VEN"), ("Vietnam", "Vietnamese", "Hanoi", "VNM"), ("Yemen", "Yemeni", "Sanaa", "YEM"),
    ("Zambia", "Zambian", "Lusaka", "ZMB"), ("Zimbabwe", "Zimbabwean", "Harare", "ZWE"),
]
IGOS = ["the United Nations", "NATO", "the European Union", "the African Union", "the Arab League", "the World Bank",
        "the International Monetary Fund", "the Organisation of American States", "ASEAN", "the OSCE", "the UN Security Council",
        "the International Committee of the Red Cross", "the UN refugee agency", "the Organisation of the Islamic Conference"]
SURNAMES = ["Mensah", "Okafor", "Haddad", "Petrov", "Kovac", "Silva", "Moreno", "Tanaka", "Rahman", "Dlamini", "Novak", "Hussein",
            "Mwangi", "Castillo", "Demir", "Nguyen", "Suleiman", "Ortega", "Popescu", "Kamara", "Aliyev", "Barzani", "Lindqvist", "Mbeki"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister", "opposition leader", "rebel leader", "army chief"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "today", "yesterday",
        "last week", "earlier this month", "late on Tuesday", "on Friday night"]
REPORTERS = ["officials said", "a government spokesman said", "the state news agency reported", "diplomats said", "witnesses said",
             "the foreign ministry said in a statement", "state radio reported", "sources close to the talks said", "a senior official told reporters",
             "the newspaper reported", "military sources said", "the agency quoted a spokesman as saying"]

GOV = ["{C}", "the {A} government", "{K}", "{A} officials", "the {A} foreign ministry", "{A} {TITLE} {NAME}", "the {A} authorities",
       "{C}'s {TITLE}", "the {A} leadership", "{A} diplomats", "the {A} parliament", "the government of {C}"]
MIL = ["{A} troops", "{A} forces", "the {A} army", "{A} soldiers", "{A} warplanes", "government troops in {C}", "{A} police", "{A} security forces"]
REB = ["rebels in {C}", "{A} rebels", "{A} militants", "gunmen", "{A} guerrillas", "separatist fighters in {C}", "an armed group in {C}"]
CIV = ["{A} students", "thousands of {A} workers", "opposition supporters in {C}", "{A} farmers", "hundreds of demonstrators in {K}",
       "{A} trade unions", "residents of {K}", "{A} opposition parties", "human rights groups in {C}", "{A} teachers", "crowds in {K}"]
IGO = ["{I}"]

# verb phrase (base[/past]) ... {T} target; source pools by weight
TYPES: dict[str, dict] = {
    "AGREE": {"src": [GOV, GOV, IGO], "vp": [
        "agree to {X} {T}", "sign/signed an agreement with {T}", "sign/signed a treaty with {T} on {TOPIC}", "accept {T}'s proposal for {TOPIC}",
        "agree with {T} on {TOPIC}", "reach an accord with {T} on {TOPIC}", "pledge to {X} {T}", "promise {T} to {X2}",
        "conclude/concluded a deal with {T} on {TOPIC}", "initial a framework agreement with {T}", "settle/settled its dispute with {T}",
        "endorse/endorsed a ceasefire with {T}", "agree to a truce with {T}", "accept the mediation of {T}", "approve a plan drawn up by {T}",
        "commit/committed itself to {TOPIC} with {T}", "agree to hold talks with {T}", "ratify a pact with {T}", "agree to resume {TOPIC} with {T}",
        "sign/signed a memorandum of understanding with {T}", "accept an invitation from {T}", "agree to let {T} {X2}",
        "undertake/undertook to {X} {T}", "consent to {TOPIC} with {T}", "seal/sealed a pact with {T}", "agree to exchange prisoners with {T}"]},
    "CONSULT": {"src": [GOV, GOV, IGO], "vp": [
        "meet/met {T}", "hold/held talks with {T}", "visit {T}", "host/hosted {T}", "telephone {T}", "confer/conferred with {T}",
        "discuss {TOPIC} with {T}", "negotiate with {T} on {TOPIC}", "receive/received {T}'s envoy", "mediate between {T} and the rebels",
        "send/sent an envoy to {T} for consultations", "hold/held a summit with {T}", "travel/travelled to {T} for talks", "consult {T} on {TOPIC}",
        "open negotiations with {T}", "hold/held a phone conversation with {T}", "welcome/welcomed a delegation from {T}", "arrive/arrived in {T} on an official visit",
        "resume talks with {T}", "sit/sat down with {T}", "invite/invited {T} for talks", "exchange views with {T} on {TOPIC}",
        "hold/held a meeting with {T}", "pay/paid a state visit to {T}", "begin/began a tour of {T}"]},
    "SUPPORT": {"src": [GOV, GOV, IGO], "vp": [
        "praise {T}", "express support for {T}", "back {T}", "endorse {T}'s position on {TOPIC}", "welcome {T}'s decision on {TOPIC}",
        "voice solidarity with {T}", "commend {T} for {TOPIC}", "defend {T} against criticism", "recognise {T}", "hail {T}'s efforts on {TOPIC}",
        "applaud {T}", "congratulate {T} on {TOPIC}", "throw/threw its weight behind {T}", "reaffirm its support for {T}", "stand/stood by {T}",
        "speak/spoke highly of {T}", "express appreciation for {T}'s role", "side with {T} in the dispute", "offer its diplomatic backing to {T}",
        "pay/paid tribute to {T}", "thank {T} for its help", "come/came out in support of {T}", "vouch/vouched for {T}",
        "establish diplomatic relations with {T}", "restore diplomatic ties with {T}", "open an embassy in {T}", "upgrade relations with {T}",
        "exchange ambassadors with {T}", "normalise relations with {T}", "sign/signed a friendship treaty with {T}", "apologise to {T}",
        "forgive {T}", "vote/voted for {T}'s candidate", "rally/rallied behind {T}"]},
    "CONCEDE": {"src": [GOV, GOV, REB], "vp": [
        "accept demands from {T}", "ease restrictions on {T}", "lift the ban on {T}", "call/called off a strike after talks with {T}",
        "give/gave in to demands from {T}", "back down in its dispute with {T}", "cancel restrictions imposed on {T}",
        "allow {T} to {X2}", "admit responsibility for the incident involving {T}", "lift the state of emergency imposed on {T}",
        "relax controls on {T}", "pardon activists from {T}", "yield to pressure from {T}", "grant an amnesty to supporters of {T}",
        "drop charges against {T}", "unfreeze the assets of {T}", "grant concessions to {T}", "accept {T}'s conditions",
        "reverse its decision to expel {T}", "reopen its border with {T}", "make/made concessions to {T}", "soften its stance toward {T}",
        "admit that it had wronged {T}", "allow the candidate backed by {T} to run"]},
    "COOPERATE": {"src": [GOV, MIL, IGO], "vp": [
        "cooperate with {T}", "work/worked with {T} on {TOPIC}", "hold/held joint military exercises with {T}", "begin/began war games with {T}",
        "launch a joint project with {T}", "share intelligence with {T}", "extradite suspects to {T}", "conduct/conducted joint patrols with {T}",
        "expand trade with {T}", "team/teamed up with {T}", "join/joined forces with {T} against smugglers", "train alongside {T}",
        "coordinate its policy with {T}", "hand/handed over wanted militants to {T}", "set/set up a joint commission with {T}",
        "collaborate with {T} on {TOPIC}", "build a pipeline with {T}", "start/started joint naval drills with {T}"]},
    "AID": {"src": [GOV, IGO, IGO], "vp": [
        "send/sent aid to {T}", "provide humanitarian assistance to {T}", "donate food and medicine to {T}", "grant a loan to {T}",
        "airlift supplies to {T}", "give/gave financial assistance to {T}", "grant asylum to refugees from {T}", "dispatch doctors to {T}",
        "deliver relief supplies to {T}", "offer shelter to refugees from {T}", "fund reconstruction in {T}", "write/wrote off {T}'s debt",
        "ship/shipped emergency food to {T}", "provide military equipment to {T}", "train the police of {T}", "allocate emergency funds for {T}",
        "send/sent rescue teams to {T}", "supply {T} with fuel", "extend credit to {T}", "provide economic aid to {T}", "send/sent peacekeepers to {T}"]},
    "RETREAT": {"src": [MIL, MIL, REB, GOV], "vp": [
        "withdraw/withdrew its troops from {T}", "pull/pulled out of {T}", "retreat from positions in {T}", "pull/pulled back its forces from the border with {T}",
        "evacuate its bases in {T}", "complete/completed its withdrawal from {T}", "surrender to {T}", "lay/laid down arms before {T}",
        "disarm under an accord with {T}", "demobilise its fighters in {T}", "abandon positions near {T}", "end its military presence in {T}",
        "release prisoners held by {T}", "free {T}'s detained nationals", "return property seized from {T}", "hand/handed back territory to {T}",
        "pay/paid compensation to {T}", "receive/received an observer mission from {T}", "let/let peacekeepers from {T} deploy",
        "lift the curfew imposed on {T}", "resign under pressure from {T}",
        "dismantle checkpoints on the border with {T}", "hand/handed over its weapons to {T}",
        "move/moved its artillery away from {T}", "leave/left the territory of {T}", "scale/scaled back its deployment in {T}", "back/backed away from confrontation with {T}"]},
    "REQUEST": {"src": [GOV, GOV, CIV, IGO], "vp": [
        "call/called on {T} to {X2}", "urge/urged {T} to {X2}", "demand that {T} {X2}", "ask {T} to {X2}", "appeal to {T} for help",
        "request assistance from {T}", "press {T} to {X2}", "push/pushed hard for {T} to {X2}", "pressure {T} to {X2}", "seek/sought support from {T}", "call for {T} to {X2}", "plead/pleaded with {T} to {X2}",
        "ask {T} for aid", "petition {T} to {X2}", "insist that {T} {X2}", "demand an explanation from {T}", "appeal to {T} to {X2}",
        "urge {T} to show restraint", "request a meeting with {T}", "demand compensation from {T}", "call on {T} to release the detainees",
        "ask {T} for an apology", "demand the withdrawal of {T}'s troops", "seek/sought {T}'s help with {TOPIC}"]},
    "ACCUSE": {"src": [GOV, GOV, IGO, CIV], "vp": [
        "accuse {T} of {CRIME}", "blame/blamed {T} for the attack", "criticise {T} for {CRIME}", "condemn {T}", "denounce {T}",
        "charge/charged {T} with {CRIME}", "launch an investigation into {T}", "open an inquiry into allegations against {T}",
        "condemn {T}'s decision on {TOPIC}", "lash/lashed out at {T}", "accuse {T} of violating the ceasefire", "blame/blamed {T} for the violence",
        "censure {T}", "deplore {T}'s conduct", "file a complaint against {T}", "protest to {T} over {CRIME}", "investigate {T} over {CRIME}",
        "allege that {T} had committed abuses", "hold/held {T} responsible for the killings", "rebuke {T} over {CRIME}", "indict officials of {T}",
        "sue {T} for damages", "send/sent inspectors to investigate {T}", "call/called for sanctions against {T}", "dispatch a fact-finding mission to {T}"]},
    "REJECT": {"src": [GOV, GOV, REB], "vp": [
        "reject {T}'s proposal", "refuse to {X2}", "turn/turned down {T}'s offer", "veto a resolution sponsored by {T}", "decline {T}'s invitation",
        "rebuff {T}", "reject {T}'s demands for {TOPIC}", "refuse to recognise {T}", "dismiss {T}'s claims", "refuse to meet {T}",
        "spurn/spurned {T}'s request", "boycott talks with {T}", "reject {T}'s call for {TOPIC}", "refuse {T} permission to {X2}",
        "refuse to extradite suspects to {T}", "oppose {T}'s plan for {TOPIC}", "deny {T}'s request for {TOPIC}", "say/said no to {T}'s offer",
        "reject mediation by {T}", "refuse to cooperate with {T}", "walk/walked out of the talks with {T}",
        "fail/failed to reach agreement with {T}", "defy a ban imposed by {T}", "rule/ruled out talks with {T}", "violate an agreement with {T}"]},
    "THREATEN": {"src": [GOV, MIL, REB], "vp": [
        "threaten {T} with sanctions", "warn/warned {T} of military action", "threaten to attack {T}", "threaten to expel {T}'s diplomats",
        "warn/warned {T} that it would retaliate", "issue an ultimatum to {T}", "threaten to cut ties with {T}", "threaten to boycott talks with {T}",
        "warn/warned {T} against {TOPIC}", "threaten to use force against {T}", "threaten to halt aid to {T}", "threaten {T} with war",
        "warn/warned {T} of serious consequences", "threaten to close its border with {T}", "threaten to kill hostages from {T}",
        "vow/vowed revenge against {T}", "threaten to seize {T}'s assets", "threaten to walk out of talks with {T}"]},
    "PROTEST": {"src": [CIV, CIV, CIV, REB], "vp": [
        "demonstrate against {T}", "protest against {T}'s policies", "march/marched on {T}'s embassy", "rally against {T}", "stage/staged a strike against {T}",
        "go/went on strike to protest {T}'s reforms", "stage/staged a sit-in outside {T}'s offices", "picket/picketed {T}'s embassy", "riot over {T}'s decision",
        "hold/held a protest against {T}", "go/went on hunger strike to protest {T}'s policies", "block/blocked roads to protest against {T}",
        "take/took to the streets against {T}", "boycott {T}'s products in protest", "burn/burned flags outside {T}'s embassy", "stage/staged a walkout against {T}",
        "hold/held a vigil to protest {T}'s crackdown", "demonstrate outside {T}'s consulate"]},
    "SANCTION": {"src": [GOV, GOV, IGO], "vp": [
        "impose sanctions on {T}", "impose an embargo on {T}", "expel {T}'s diplomats", "recall its ambassador from {T}", "sever/severed ties with {T}",
        "break/broke off relations with {T}", "freeze {T}'s assets", "suspend aid to {T}", "ban imports from {T}", "suspend {T}'s membership",
        "cut/cut off military assistance to {T}", "close its embassy in {T}", "halt trade with {T}", "downgrade relations with {T}", "boycott {T}'s elections",
        "suspend cooperation with {T}", "impose a travel ban on officials from {T}", "cancel contracts with {T}", "declare {T}'s envoy persona non grata",
        "withdraw from its agreement with {T}", "tighten sanctions against {T}", "stop/stopped arms sales to {T}",
        "suspend flights to {T}", "expel the UN agency from {T}", "pull/pulled its peacekeepers out of {T}", "halt its mediation in {T}",
        "reduce food supplies to {T}", "cut/cut air links with {T}"]},
    "MOBILIZE": {"src": [MIL, GOV], "vp": [
        "deploy troops on the border with {T}", "mass forces near {T}", "put/put its army on alert against {T}", "mobilise reservists amid tension with {T}",
        "move/moved tanks toward {T}", "reinforce its garrison facing {T}", "station warships off {T}", "increase its military presence near {T}",
        "send/sent troops to the frontier with {T}", "hold/held military exercises near {T}", "call/called up reserves after clashes with {T}",
        "place/placed its forces on high alert over {T}", "dispatch an aircraft carrier toward {T}", "stage/staged manoeuvres close to {T}",
        "deploy riot police in the streets of {K2}", "boost security along its border with {T}"]},
    "COERCE": {"src": [GOV, MIL, MIL], "vp": [
        "arrest nationals of {T}", "detain activists from {T}", "impose a curfew in {K2}", "deport citizens of {T}", "confiscate property belonging to {T}",
        "seize a ship from {T}", "ban the party backed by {T}", "censor reports about {T}", "shut/shut down newspapers sympathetic to {T}", "crack/cracked down on supporters of {T}",
        "raid the offices of {T}'s embassy", "expropriate farms owned by citizens of {T}", "place/placed {T}'s envoy under house arrest", "round/rounded up migrants from {T}",
        "demolish homes in {K2}", "impose martial law in {K2}", "jam broadcasts from {T}", "block access to websites run from {T}", "impound trucks from {T}", "hold/held {T}'s sailors in custody", "prevent a demonstration by supporters of {T}",
        "reimpose a blockade on {T}", "blow/blew up power lines in {T}", "destroy crops in {T}", "seal/sealed off {K2}"]},
    "ASSAULT": {"src": [MIL, REB, REB], "vp": [
        "attack {T}", "shell positions held by {T}", "bomb targets in {T}", "kill soldiers from {T}", "ambush a convoy from {T}", "fire/fired rockets at {T}",
        "kidnap citizens of {T}", "assassinate an official of {T}", "clash with {T}", "open/opened fire on {T}", "raid villages in {T}", "launch air strikes on {T}",
        "shoot/shot down an aircraft from {T}", "storm the embassy of {T}", "massacre civilians in {T}", "torture prisoners from {T}", "fight/fought {T}",
        "set/set off a bomb in {K2}", "overrun positions of {T}", "take/took hostages from {T}", "hijack a plane bound for {T}",
        "beat/beat detainees from {T}", "sexually abuse migrants from {T}", "break/broke the ceasefire with attacks on {T}"]},
}
TOPICS = ["trade", "border security", "the refugee question", "water sharing", "fishing rights", "the peace process", "oil exports",
          "drug trafficking", "nuclear energy", "prisoner exchanges", "the disputed islands", "economic reform", "arms control", "elections", "debt relief"]
X_AGREE = ["cooperate with", "withdraw forces from the border with", "open its markets to", "supply gas to", "hold elections monitored by",
           "exchange prisoners with", "build a railway to", "reduce tariffs on goods from", "demarcate the border with"]
X2 = ["end the blockade", "release the prisoners", "withdraw its troops", "hold free elections", "stop the shelling", "pay its debts",
      "open the border", "respect the ceasefire", "hand over the suspects", "return to the negotiating table", "lift the siege", "allow aid convoys in"]
CRIMES = ["human rights abuses", "arming the rebels", "espionage", "violating the truce", "election fraud", "harbouring terrorists",
          "genocide", "smuggling weapons", "torturing detainees", "interfering in its internal affairs"]
FRAMES_PAST = ["{S} {VP} {DAY}.", "{S} {VP} {DAY}, {REP}.", "{S} {VP}, {REP}.", "{DAYC}, {S} {VP}.", "{S} {VP} {DAY}, according to {ORGSRC}.",
               "{S} {VP} after {EVENT}, {REP}.", "{S} {VP} {DAY} in a move {OBS}.", "{REPU} that {S} {VP}."]
FRAMES_COND = ["{S} said {DAY} it would {VP} unless {T2} agreed to {X2}.", "{S} will {VP} if {T2} fails to {X2}, {REP}.",
               "{S} warned {DAY} it may {VP} if the talks collapse."]
FRAMES_BASE = ["{S} said {DAY} it would {VP}.", "{S} will {VP}, {REP}.", "{S} is expected to {VP} {DAY}.", "{S} plans to {VP}, {REP}.",
               "{S} voted {DAY} to {VP}.", "{S} has decided to {VP}.", "{S} announced it would {VP}."]
EVENTS = ["weeks of tension", "a border incident", "the elections", "a week of negotiations", "the collapse of the talks", "a cabinet meeting", "the summit"]
OBS = ["analysts called significant", "that surprised diplomats", "seen as a sign of change", "welcomed by neighbours"]
ORGSRC = ["the official news agency", "Western diplomats", "a statement", "local media", "the state broadcaster"]
REPU = ["The state news agency reported", "Officials said", "Diplomats in the capital said", "Radio reports said", "Witnesses said"]

INTENT = {"COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "AGREE", "CONCEDE": "AGREE", "CONSULT": "AGREE", "AGREE": "AGREE",
          "SUPPORT": "AGREE", "SANCTION": "SANCTION", "ASSAULT": "THREATEN", "COERCE": "THREATEN", "MOBILIZE": "THREATEN",
          "PROTEST": "THREATEN"}
# A stated step made conditional on the other side is an ultimatum whatever the step.
CONDITIONAL = {"RETREAT", "SANCTION", "ASSAULT", "COERCE", "PROTEST"}
IRREG_DOUBLE = {"ban", "plan", "ship", "stop", "drop", "jam", "commit", "confer", "rebuff"}


def past(base: str) -> str:
    if base in IRREG_DOUBLE:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def split_vp(vp: str) -> tuple[str, str]:
    """'send/sent aid to {T}' -> ('send aid to {T}', 'sent aid to {T}')."""
    head, _, rest = vp.partition(" ")
    base, _, pst = head.partition("/")
    tail = (" " + rest) if rest else ""
    return base + tail, (pst or past(base)) + tail


def actor(rng: random.Random, pools: list[list[str]], avoid: str | None = None) -> tuple[str, str]:
    pool = rng.choice(pools)
    tmpl = rng.choice(pool)
    if tmpl == "{I}":
        return rng.choice(IGOS), "IGO"
    c = rng.choice([c for c in COUNTRIES if c[3] != avoid])
    text = tmpl.format(C=c[0], A=c[1], K=c[2], TITLE=rng.choice(TITLES), NAME=rng.choice(SURNAMES))
    return text, c[3]


def target(rng: random.Random, avoid: str) -> tuple[str, str, str]:
    if rng.random() < 0.12:
        name = rng.choice(IGOS)
        return name, "IGO", "Geneva"
    c = rng.choice([c for c in COUNTRIES if c[3] != avoid])
    form = rng.random()
    text = c[0] if form < 0.6 else c[2] if form < 0.8 else f"the {c[1]} government"
    return text, c[3], c[2]


def sentence(rng: random.Random, etype: str) -> dict:
    spec = TYPES[etype]
    src_text, src_code = actor(rng, spec["src"])
    tgt_text, tgt_code, tgt_city = target(rng, src_code)
    base, pst = split_vp(rng.choice(spec["vp"]))
    fill = {"T": tgt_text, "K2": tgt_city, "TOPIC": rng.choice(TOPICS), "X": rng.choice(X_AGREE), "X2": rng.choice(X2), "CRIME": rng.choice(CRIMES)}
    # CAMEO/PLOVER convention: a stated intention to act is not the act. Intent to cooperate, help, meet, yield
    # or withdraw is AGREE; intent to punish or use force is THREATEN; other types are written as done.
    label = etype
    future = etype in INTENT and rng.random() < 0.25
    frames = FRAMES_PAST
    if future:
        label, frames = INTENT[etype], FRAMES_BASE
        if etype in CONDITIONAL and rng.random() < 0.4:
            label, frames = "THREATEN", FRAMES_COND
    vp = (base if future else pst).format(**fill)
    frame = rng.choice(frames)
    day = rng.choice(DAYS)
    text = frame.format(S=src_text, VP=vp, DAY=day, T2=tgt_text, X2=fill["X2"], DAYC=day[0].upper() + day[1:], REP=rng.choice(REPORTERS), ORGSRC=rng.choice(ORGSRC),
                        EVENT=rng.choice(EVENTS), OBS=rng.choice(OBS), REPU=rng.choice(REPU))
    text = text[0].upper() + text[1:]
    text = text.replace("{T}'s", "")
    return {"text": text, "event": label, "mode": None, "source": [{"text": src_text, "code": src_code, "sector": None}],
            "target": [{"text": tgt_text, "code": tgt_code, "sector": None}], "negated": False, "modality": "future" if future else "asserted"}


def first_seq() -> int:
    """Where the generated records sit in the fitting order: their first number now, else after every other record."""
    def seqs(path: Path) -> list[int]:
        return [json.loads(line)["seq"] for line in path.read_text("utf-8").splitlines() if line.strip()]

    if OUT.is_file() and (own := seqs(OUT)):
        return min(own)
    return 1 + max((n for path in TRAINING.glob("*/*.jsonl") if path != OUT for n in seqs(path)), default=0)


def main() -> None:
    rng = random.Random(SEED)
    by_type = {}
    for etype in TYPES:
        seen, rows = set(), []
        while len(rows) < PER_TYPE:
            rec = sentence(rng, etype)
            if rec["text"] not in seen:
                seen.add(rec["text"])
                rows.append(rec)
        by_type[etype] = rows
        print(etype, len(rows))
    records = [rec for etype in sorted(by_type) for rec in by_type[etype]]
    for seq, rec in enumerate(records, first_seq()):
        rec["seq"] = seq
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


if __name__ == "__main__":
    main()
