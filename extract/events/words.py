"""The word classes and category sets the event coder's rules read, in one place.

Each set is general knowledge of how English news words an event (modals, conditional conjunctions, quantity and
group words, prepositions that introduce a recipient), never words of one article. Category sets come from the
PLOVER table (``newsgraph.plover``).
"""

from __future__ import annotations

from newsgraph.extract.names import COMPANY_SUFFIXES
from newsgraph.plover import CATEGORIES, Quad, in_quads

#: PLOVER categories that need a recipient (PLOVER.md): without one the event is dropped.
NEEDS_RECIPIENT: frozenset[str] = frozenset(name for name, c in CATEGORIES.items() if c.needs_recipient)

#: Yielding (CAMEO 08): a concession promised is CONCEDE, one with material effect RETREAT.
_YIELDING = frozenset(name for name, c in CATEGORIES.items() if "08" in c.cameo_roots)

_COOPERATIVE = in_quads(Quad.VERBAL_COOPERATION, Quad.MATERIAL_COOPERATION) - _YIELDING
#: Words of a two-way yielding: an exchange of prisoners to come is cooperation agreed by both sides (AGREE), where
#: one side's release promised is its concession (CONCEDE).
_RECIPROCAL_WORDS = frozenset(("exchange", "swap", "trade"))
#: What a party sends out of its own: restraint on it agreed is a commitment to an accord, not a sanction.
_OWN_SUPPLY_NOUNS = frozenset(("export", "shipment", "sale", "output", "production"))

_VERBAL_CONFLICT = in_quads(Quad.VERBAL_CONFLICT)

_MATERIAL_CONFLICT = in_quads(Quad.MATERIAL_CONFLICT)
#: Acts with material effect, which another party can take on as its own ("follow Brazil's example").
_MATERIAL = in_quads(Quad.MATERIAL_COOPERATION, Quad.MATERIAL_CONFLICT)

_CONFLICT = _VERBAL_CONFLICT | _MATERIAL_CONFLICT

#: Verbal categories: attitudes and statements rather than deeds (a meeting is a deed).
_VERBAL = in_quads(Quad.VERBAL_COOPERATION, Quad.VERBAL_CONFLICT) - {"CONSULT"}

#: Categories whose events are meetings: a meeting noun in "during/at ..." includes the clause's subject.
_MEETINGS = frozenset(("CONSULT", "AGREE", "COOPERATE"))
#: Prepositions that give what talks are about: "talks on restoring relations", "negotiations over cutting tariffs".
_TOPIC_PREPS = frozenset(("on", "about", "over"))

#: Verbs whose participle before a name says who is the guest: "told visiting Secretary of State Shultz".
_VISITING = frozenset(("visit", "tour"))
#: Truces, which bind the sides to each other: agreed by them together, an agreement between them (``coding``).
_TRUCE_WORDS = frozenset(("ceasefire", "cease-fire", "truce", "armistice"))
#: Accidents and disasters, whose harm is no one's act; not "fire" (gunfire) nor "explode" (a bomb's doer may be named).
_ACCIDENT_VERBS = frozenset(("crash", "capsize", "sink", "derail", "collapse", "overturn", "plunge", "collide",
                             "crash-land", "topple"))
_ACCIDENT_NOUNS = frozenset(("crash", "accident", "collision", "derailment", "capsizing", "sinking", "earthquake",
                             "quake", "flood", "flooding", "floods", "storm", "cyclone", "typhoon", "hurricane",
                             "landslide", "mudslide", "avalanche", "blaze", "stampede", "tsunami", "heatwave",
                             "epidemic", "outbreak", "disaster"))

#: Verbs that take a gerund of their own subject's doing ("began visiting China", "kept touring the region").
_ASPECTUAL = frozenset(("begin", "start", "keep", "continue", "stop", "finish", "end", "resume", "quit", "avoid",
                        "spend", "enjoy", "consider", "recall", "remember", "go", "come", "try", "like", "love",
                        "hate", "prefer", "risk", "deny", "admit", "mind", "miss", "postpone", "delay"))

#: Symmetric categories: coordinated subjects with no other recipient act on one another.
_SYMMETRIC = frozenset(("CONSULT", "COOPERATE", "AGREE", "ASSAULT"))
#: Agreements and concessions whose other party may be who gets what is agreed, named with "for" on it: "agreed to
#: a pay rise for public sector workers" (a group of people only: "a plan for the region" names no party).
_BENEFIT_CATEGORIES = frozenset(("AGREE", "CONCEDE"))
#: A party's own course: supporting it ("to support its economic programme", "backed its own plan") is no act
#: toward another party; "supported its ally" may well be.
_OWN_COURSE = frozenset(("programme", "program", "policy", "plan", "proposal", "reform", "position", "stance",
                         "decision", "effort", "measure", "strategy", "economy", "line"))
#: What two parties have with each other but is no event noun: halting it (SANCTION) by coordinated subjects is
#: halting it with each other ("Iran and Iraq severed diplomatic relations"), as halting their talks is.
_HELD_BETWEEN = frozenset(("relation", "relations", "tie", "ties", "contact", "contacts"))

#: Of those, the ones coded in both directions between coordinated parties: a meeting or an exchange has two sides
#: alike, and two-sided violence is two events. An agreement or a signing between parties is one event, with the
#: first-named party as its actor and the others as recipients (reuters-plover README, rule 5).
_BOTH_DIRECTIONS = frozenset(("CONSULT", "COOPERATE", "ASSAULT"))

#: Words of fighting that is two-sided by its meaning (lexicon words of the trigger): "Chinese troops clashed with
#: Indian troops", "exchanged fire with", "fought with" are each side's force on the other, two events
#: (reuters-plover README, rule 5), where "shelled", "attacked", "farmers battled police" (a riot: reut-622-1) are
#: one side's; and with both sides the subject ("Indian and Pakistani troops exchanged fire in Kashmir") the place
#: is where they fought each other, not a target.
_MUTUAL_FORCE = frozenset(("clash", "clash with", "fight with", "exchange", "trade", "skirmish", "skirmish with",
                           "battle with"))
#: Verbs of giving each other alike: coordinated parties that "traded accusations", "exchanged fire" or "traded
#: threats" with no other party named each did it to the other, two events.
_SWAP_VERBS = frozenset(("exchange", "trade"))
#: Nouns of fighting that is two-sided by its meaning, as the event a verb takes in ("were killed in clashes
#: between the army and rebels", "died in fighting between X and Y"): its sides fought each other.
_MUTUAL_FORCE_NOUNS = frozenset(("clash", "fighting", "skirmish", "gunbattle", "firefight"))

#: Violence between sides by meaning: its coordinated subjects fought one another ("Iran and Iraq fought"); those of
#: a one-sided act ("Kenyan and Somali troops launched an offensive") are allies together (``coding``).
_FIGHTING_EACH_OTHER = _MUTUAL_FORCE | _MUTUAL_FORCE_NOUNS | frozenset(("fight", "battle", "clashes", "war"))

#: Verbs of signing: "Japan and Australia signed a pact" is each signing with the other.
_SIGNING = frozenset(("sign", "ratify", "ink"))
#: Verbs of settling by agreement: a concession told in a participle after one ("signed a peace agreement, formally
#: ending their border war") is the agreement's effect, not a concession of its own (``modes``).
_SETTLING_VERBS = _SIGNING | {"agree", "reach", "conclude", "seal"}
#: Verbs of a go-between: who broker or mediate a deal together act side by side, never with each other ("the
#: agreement brokered by the United States and France" is no agreement between the two).
_MEDIATING = frozenset(("broker", "mediate", "facilitate"))

#: Prepositions that introduce a recipient, by default and by category.
_RECIPIENT_PREPS = frozenset(("on", "against", "with", "to", "into", "toward", "towards", "upon"))

_RECIPIENT_PREPS_BY_CATEGORY: dict[str, frozenset[str]] = {
    "RETREAT": frozenset(("from", "out")),  # "out": "pulled its troops out of Lebanon" (syntax._prep_objects)
    "REQUEST": frozenset(("from",)),  # "demanded a better deal from the EC", "sought support from Japan"
    "AID": frozenset(("for",)),
    "SUPPORT": frozenset(("for",)),
    "MOBILIZE": frozenset(("near", "along", "in", "at", "around")),  # "staged combat drills around Taiwan"
    "ACCUSE": frozenset(("over", "about")),
    "ASSAULT": frozenset(("at",)),
    "COERCE": frozenset(("at",)),
    "PROTEST": frozenset(("at", "outside")),
    "CONSULT": frozenset(("between",)),
    "AGREE": frozenset(("between",)),
    "COOPERATE": frozenset(("between",)),
    "CONCEDE": frozenset(("between",)),
}

#: Documents that speak for whoever issued them: "a report released in Kigali alleged ...".
_DOCUMENT_NOUNS = frozenset(
    ("report", "statement", "study", "document", "resolution", "communique", "letter", "dossier", "paper",
     "declaration", "memo", "memorandum", "white paper", "indictment", "ruling", "verdict", "note", "message",
     "telegram", "cable"))

#: Verbs of leading a group: "a group led by X", "a delegation headed by Y" name who acts for the group.
_LEADING_VERBS = frozenset(("lead", "head", "command"))

#: Gatherings that act as their members do: "a meeting of OPEC ministers agreed", "a session of the council
#: condemned", "an emergency summit of Arab leaders called for" are acts of those the "of" object names.
_GATHERING_NOUNS = frozenset(("meeting", "session", "summit", "conference", "congress", "plenum", "assembly",
                              "convention", "gathering"))

#: Categories of event nouns a group word before them makes ("union demands", "rebel attacks", "opposition
#: criticism"); a group word before aid or cooperation is more often who gets it ("farm aid").
_GROUP_DOER_CATEGORIES = frozenset(("ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST", "ASSAULT", "COERCE"))
#: Categories of acts done to people, whose "of" names who undergoes them however much it is a group ("the arrest
#: of a West German journalist", "the detention of three Ukrainian sailors", "the expulsion of 55 diplomats"),
#: where "the movement of Russian troops" names who moves.
_UNDERGONE_CATEGORIES = frozenset(("ASSAULT", "COERCE", "SANCTION"))

#: Verbs by which a party puts out a document that then speaks for it: "the ministry issued a statement
#: condemning ...", "Gates sent Reagan a letter requesting ...", "the Council adopted a resolution demanding ...".
_ISSUING_VERBS = frozenset(
    ("issue", "send", "release", "publish", "deliver", "hand", "adopt", "pass", "submit", "present", "write",
     "circulate", "table", "address", "lodge", "dispatch", "despatch", "approve", "sign", "draft", "broadcast"))

#: Nouns of a condition named by their "of" object: "the state of emergency", "a state of siege".
_STATE_NOUNS = frozenset(("state",))

#: The wire's abbreviations of currencies, which head an amount the parser may take for the head of what is
#: charged at that rate ("a 1.05 dlrs per bushel duty"). They are not read as PETRARCH-2's &CURRENCY: "is raising
#: 200 mln dlrs through an offering", "will pay 900,000 dlrs to cancel its shares" are finance, no event; the
#: lexicon names money given to someone by its own entries ("give", "lend", "provide").
_CURRENCY_ABBREVIATIONS = frozenset(("dlr", "dlrs", "stg"))

#: Nouns of a stretch of time or of a run of events whose "of" object is the event that fills it: "in two months of
#: negotiations" is in the negotiations, "another round of tariff cuts" is tariff cuts.
_SPAN_NOUNS = frozenset(("minute", "hour", "day", "week", "month", "year", "round", "series", "wave", "spate",
                         "string", "flurry", "cycle"))

#: Words that measure an amount of goods or money: "tariffs on billions of dollars of American goods",
#: "sanctions on 50 mln dlrs worth of Japanese electronics" are on the goods, whose the measure is not.
_AMOUNT_WORDS = frozenset(("billion", "billions", "million", "millions", "dollar", "dollars", "dlr", "dlrs", "worth",
                           "euro", "euros", "yen", "pound", "pounds", "tonne", "tonnes", "ton", "tons", "barrel",
                           "barrels", "value"))

#: Participles after a name that make the name the holder of what they modify: "the Saudi-led coalition" (its
#: leader), "a Greek-owned tanker" (its owner), "a British-flagged tanker", "a Panamanian-registered ship" (the
#: state of its flag). Not "Russian-backed separatists", "Chinese-made rifles", "a UK-based group": they are no
#: one's but their own.
_HOLDER_PARTICIPLES = frozenset(("lead", "own", "flag", "flagged", "register", "registered"))

#: Words of quantity whose "of" object is what they count: "hundreds of troops".
_QUANTITY_WORDS = frozenset(
    ("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "number", "group",
     "some", "many", "most", "few", "several", "all", "one", "two", "three", "four", "five", "ten", "score",
     "scores", "batch", "team", "unit", "contingent", "band", "member", "members", "part", "bulk",
     # collective nouns whose "of" names who they are: "three divisions of Revolutionary Guards", "a delegation
     # of Chinese officials", "a majority of Japanese bank creditors"
     "division", "brigade", "battalion", "regiment", "squad", "detachment", "delegation", "majority", "handful",
     # and a body made of the parties its "of" names: "a coalition of 13 unions", "an alliance of employers"
     "coalition", "alliance",
     # partisans, who stand for the party or leader their "of" names: "sentenced 529 supporters of the Muslim
     # Brotherhood", "followers of the cleric clashed with police"
     "supporter", "follower", "loyalist",
     # measures whose "of" names the goods, and the goods their country: "500,000 tonnes of Canadian wheat"
     "tonne", "ton", "barrel", "bushel", "bale", "ounce", "shipment", "cargo", "consignment", "quantity", "amount"))

#: Conjunctions of a condition: a threat made on one is aimed at whom the condition is about.
_CONDITION_MARKS = frozenset(("if", "unless"))

#: Nouns for members of a group, whose group a modifier names: "opposition supporters", "army officers".
_MEMBER_NOUNS = frozenset(
    ("supporter", "member", "officer", "fighter", "leader", "activist", "official", "figure", "loyalist", "politician",
     "unit", "commander", "worker", "party", "group", "force", "soldier", "personnel", "agent", "staff",
     "patrol", "convoy", "post", "checkpoint", "position", "base", "headquarters", "vehicle"))

#: Nouns of trade: a measure on them is aimed at whose goods they are ("a ban on imports of American beef",
#: "curbs on imports from Japan"), never at where they go ("protested arms sales to Taiwan" is aimed at the seller).
_TRADE_NOUNS = frozenset(("import", "export", "shipment", "sale", "purchase", "delivery", "product", "good"))
_TRADE_PREPS = frozenset(("of", "from"))

#: Prepositions whose object is the actor of a nominal event or of a converse verb.
_AGENT_PREPS = frozenset(("by",))

_CONVERSE_AGENT_PREPS = frozenset(("from", "by"))

#: Words that count a noun out of a set, standing where it does: "in one of the most direct criticisms".
_PARTITIVE_WORDS = frozenset(("one", "some", "several", "many", "another"))

#: Preps after which a nominal event stands as a fact (background, circumstance, the matter of a concern: "raising
#: concerns over Russian military buildup"). Not what a struggle or a campaign is against ("a struggle against
#: Indian aggression", "protests against the war"), nor what an act retaliates for ("in retaliation for American
#: aid"): a stance's target and a motive are not coded as facts (reuters-plover README, rule 2).
_FACT_PREPS = frozenset(
    ("following", "after", "during", "amid", "amidst", "since", "despite", "over", "about", "in", "at", "by",
     "with", "throughout", "before", "like"))

#: Prepositions that introduce the complement of a frame word ("refrain from", "call for", "accuse of").
_COMPLEMENT_PREPS = frozenset(("from", "of", "for", "on", "to", "into", "against", "about", "over", "with"))

#: Verbs of a purpose clause whose object is whom aid is for: "a loan was given to help the government maintain
#: reform", "sent troops to assist flood victims".
_HELPING_VERBS = frozenset(("help", "assist", "support", "aid", "rescue", "relieve"))
_SAME_TIME_PREPS = frozenset(("during", "at", "amid", "amidst", "in", "on"))
#: ... of them, those that say only when ("battled police during a march": the marchers), where "in" may say why
#: ("barricaded roads in protest at falling prices" is a protest of its own, a stance: _STANCE_WORDS).
_WHILE_PREPS = frozenset(("during", "amid", "amidst"))

_AFTER_PREPS = frozenset(("following", "after"))

#: Verbs whose subject undergoes what they say: in "warned that Russia would face severe consequences" Russia
#: is the one warned; in "warned that Tehran would close the Strait" Tehran is the one that would act.
_UNDERGOING_VERBS = frozenset(("face", "suffer", "pay", "bear", "risk", "regret", "lose", "incur", "receive",
                               "endure", "sustain", "deserve", "experience", "meet", "get", "feel"))

#: Prepositions of where a complaint or a protest is lodged ("filed a complaint with the GATT", "complained to the
#: UN", "brought the case before the court"): a venue, not the one accused when another party is named
#: (PLOVER.md, "Not events"); and those of what it is over, which the parser may hang on the venue ("with GATT
#: over Japanese liquor taxes").
_VENUE_PREPS = frozenset(("with", "to", "before", "at"))
_GRIEVANCE_PREPS = frozenset(("over", "about", "against", "on"))

#: Conjunctions of a clause set against another: what it says is asserted on its own, not under the other
#: clause's verb of guessing, intent or refusal.
_CONTRAST_MARKS = frozenset(("whereas", "although", "though"))

_RESPONSE_WORDS = frozenset(("response", "retaliation", "reprisal", "reaction", "revenge"))

#: "in protest at X", "in opposition to X", "in defiance of X", "in a refusal to meet X": the words of a stance an
#: act is done in, each with the prepositions that name what the stance is against.
_STANCE_WORDS: dict[str, frozenset[str]] = {
    "protest": frozenset(("at", "against", "over")),
    "opposition": frozenset(("to",)),
    "defiance": frozenset(("of",)),
    "refusal": frozenset(),  # "a refusal to meet rollbacks": what the refused clause acts on
}

#: Verbs of perception whose object event is presupposed real ("watching Russia's build-up").
#: Verbs whose object is an event they brought about, which therefore took place: "triggered U.S. complaints
#: about Japan's policy", "sparked protests by students", "provoked condemnation from Moscow". (Verbs whose
#: subject is what the event is aimed at, "drew criticism from", are converse frames in the lexicon.)
_CAUSING_VERBS = frozenset(("trigger", "spark", "prompt", "provoke", "cause", "ignite", "unleash", "fuel",
                            "precipitate", "elicit"))
#: Categories of an event noun whose "from" object is its doer: "criticism from the commission", "a grant from
#: the Netherlands", "a request from Iraq"; not a withdrawal, a deployment or an attack from a place.
_FROM_DOER_CATEGORIES = frozenset(("ACCUSE", "SUPPORT", "AID", "AGREE", "CONCEDE", "REJECT", "THREATEN", "REQUEST",
                                   "CONSULT", "COOPERATE", "PROTEST"))
_PERCEPTION = frozenset(("watch", "monitor", "see", "witness", "observe", "track", "follow", "note", "notice"))

_MODALS_HYPOTHETICAL = frozenset(("would", "could", "might", "may", "should", "must", "ought", "can"))

_MODALS_FUTURE = frozenset(("will", "shall", "'ll", "wo"))
#: ... and the modals by which a party says what it will or would do: a promise, a threat, or their denial.
_PROMISE_MODALS = _MODALS_FUTURE | {"would", "'d"}
#: Prepositions that put a gerund in the time of the clause it hangs on: "will fly to Beijing after meeting
#: Gorbachev" is a meeting still to come, "flew ... after meeting" one past.
_SEQUENCE_PREPS = frozenset(("after", "before", "while", "on", "upon"))

#: Verbs of paying back in kind, whose form (tariffs, expulsions, force) is left open: a commitment to them is
#: the threat itself ("vowed to retaliate": THREATEN, PLOVER.md), not a future act of one category.
_RETALIATING_VERBS = frozenset(("retaliate", "avenge", "revenge"))
#: Verbs by which a party asks the other side for a thing (terms, a reduction, approval): a request even when
#: the one asked is not named.
_ASKING_VERBS = frozenset(("request", "ask", "demand", "seek"))
#: Verbs of giving counsel: a request only when they name the act advised ("advised Japan to cut its deficit"),
#: counsel given as a service otherwise ("advised Chevron on the merger").
_COUNSEL_VERBS = frozenset(("advise", "counsel"))
#: Verbs of calling an envoy in, whose infinitive is the summoner's purpose ("summoned China's ambassador to
#: protest", "to demand an explanation"), not the envoy's act as after "urged Japan to".
_SUMMONING_VERBS = frozenset(("summon",))
#: Verbs that ask for a thing only through "for": "called for new elections", "pressed for talks", "appealed for
#: calm" (where "called the strike off" or "pressed the button" ask for nothing).
_ASKING_FOR_VERBS = frozenset(("call", "press", "push", "appeal"))
#: Modals that make a promise or a threat of an act when a condition goes with them ("would strike if").
_CONDITIONAL_MODALS = frozenset(("would", "could", "will", "shall", "'ll", "wo"))
#: Conjunctions of a condition a promise or threat hangs on.
_PROMISE_CONDITIONS = frozenset(("if", "unless", "provided"))

#: Verbs whose object is the means of the act, not whom it is done to: "used force against Kuwait", "employed
#: troops to crush the revolt" (the forces are the doer's own, like "sent troops").
_MEANS_VERBS = frozenset(("use", "employ"))

#: Verbs of taking by force: what is taken is a prize (a town, a base, an oil field), and the party it is taken
#: "from" is the one the act is done to ("recaptured Kismayo from Islamist militants", "seized the Golan from
#: Syria").
_TAKING_VERBS = frozenset(("capture", "recapture", "seize", "take", "retake", "wrest", "grab", "regain", "win",
                           "liberate"))

#: Modals of obligation: "X said Y must / should V" is X's request of Y.
_OBLIGATION_MODALS = frozenset(("must", "should", "ought"))
#: Verbs of saying whose bare-verb (subjunctive) clause is a demand: "insisted that Germany contribute",
#: "recommends that new meetings be scheduled", "suggested that Japan open its market" (a request, as "must").
_MANDATIVE_VERBS = frozenset(("insist", "recommend", "suggest", "propose", "stipulate", "urge", "demand", "ask",
                              "request", "require"))
#: Plural nouns that name parties by their kind: "all grain producing countries must do their part" asks it of
#: them, where "the yen should stabilize" asks no one.
_PARTY_NOUNS = frozenset(("country", "nation", "government", "side", "party", "state", "producer", "exporter",
                          "importer", "member", "creditor", "debtor", "ally"))
#: Subjects whose obligation is the speaker's own resolve ("we must").
_FIRST_PERSON = frozenset(("we", "i", "us"))

#: Adjectives of intent: "X is willing / ready / prepared to V" is X's intent to V (PLOVER.md).
#: Requests that are demands: deciding or agreeing not to make one gives it up ("decided not to insist on", "agreed
#: not to press its claim": CONCEDE), where deciding not to ask for something gives up nothing.
_DEMANDING_VERBS = frozenset(("insist", "demand", "press", "push"))
#: Verbs of proposing: proposing an act is offering it (AGREE), proposing a thing of one's own is no event.
_PROPOSING_VERBS = frozenset(("propose",))
#: Lawmaking a member of a legislature puts forward: offering, proposing or introducing one is a step of the
#: legislature's own business, no offer to any party ("offered a bill to curb imports from Japan").
_LEGISLATION_NOUNS = frozenset(("bill", "amendment", "legislation"))
#: What a legislature or a government makes for its own country: approving, endorsing or backing one is
#: domestic lawmaking or budgeting, no support of any party (reuters-plover README, rule 1: domestic budget and
#: policy measures are no events): "Ghana's parliament approved a budget", "the assembly approved a law creating
#: a new state". A treaty, a plan or a deal approved stays SUPPORT; a loan or sanctions approved keep their
#: own entries.
_LAWS_MADE = _LEGISLATION_NOUNS | frozenset(("law", "budget", "decree", "constitution", "statute", "ordinance"))
_INTENT_ADJECTIVES = frozenset(("willing", "ready", "prepared", "determined", "eager", "keen", "committed"))
#: ... and of its refusal: "unwilling to accept" rejects.
_REFUSAL_ADJECTIVES = frozenset(("unwilling", "reluctant", "unprepared", "loath", "loth"))

#: Verbs that say their complement did not happen: "failed to agree" is a negated agreement (PLOVER.md: keep a
#: negated event marked), not a blocked one.
_FAILING_VERBS = frozenset(("fail", "neglect"))
#: Verbs of holding back or leaving off: negated they affirm what they govern ("would not hesitate to strike"
#: threatens a strike, "has not ceased to attack" attacks still).
_RELUCTANCE_VERBS = frozenset(("hesitate", "cease", "quit"))
#: Verbs of permission: what a party is let, allowed or enabled to do is permitted, not done ("an agreement to let
#: Italy and Canada attend meetings" asserts no meeting); the permission is the event, if any (CAMEO 080).
_PERMISSION_VERBS = frozenset(("let", "allow", "permit", "enable"))
#: Nouns of a party's own plan. With "no" ("there are no plans for X to meet Y", "has no intention of closing the
#: strait") they say the act is not planned: the act, negated and coded as the intent it would be (reuters-plover
#: README, rule 3: "no plans for an emergency OPEC meeting" is a negated AGREE), not a plan that blocks it.
_PLAN_NOUNS = frozenset(("plan", "intention", "intent"))
#: Verbs of weighing an act. Affirmed they keep it from being a fact ("is considering sanctions"); negated ("is not
#: considering offering wheat to the Soviet Union") they say it is not planned, as "no plans" does.
_DELIBERATING_VERBS = frozenset(("consider", "contemplate", "weigh", "mull", "envisage"))

#: Verbs that present their complement as only apparent: "Japan appears resolved to ...", "it appeared the
#: government had agreed" (reuters-plover README, rule 3: hypothetical).
_APPEARANCE_VERBS = frozenset(("appear", "seem"))

#: Adjectives that weigh an act's chances, not its doer's word: "is likely to visit", "is unlikely to import"
#: present the act as possible (reuters-plover README rule 3: hypothetical), never as a promise.
_LIKELIHOOD = frozenset(("likely", "unlikely", "probable", "improbable", "possible"))

#: Verbs whose clause is a guess about what others will do or did: "speculated that Washington will offer
#: wheat", "predicted that OPEC would cut output" (hypothetical: a forecast is no event, PLOVER.md).
_SPECULATION_VERBS = frozenset(("speculate", "predict", "forecast", "expect", "anticipate", "guess", "suspect",
                                "fear", "estimate", "project", "doubt", "wonder", "rumour", "rumor"))

#: Verbs of belief: "would" in what they report is the believer's guess about another's act, not a promise
#: ("I don't think the Bundesbank would give that up"), where "said it would" reports the actor's own word.
_BELIEF_VERBS = frozenset(("think", "believe", "feel", "reckon", "suppose", "imagine"))

#: Onlookers whose word on what a party will do is a forecast, not that party's promise: "OPEC will cut output,
#: analysts said" is no commitment by OPEC (PLOVER.md: forecasts are no events).
_FORECASTERS = frozenset(("analyst", "economist", "trader", "dealer", "observer", "expert", "forecaster",
                          "strategist", "commentator", "speculator", "broker", "pundit"))

_CONDITIONAL_MARKS = frozenset(("if", "unless", "whether", "lest", "provided", "once"))
#: Words that mark an act as someone's allegation: "its alleged support for Somali insurgents", "the allegedly
#: rigged vote". The content of an accusation is not coded as a fact (reuters-plover README, rule 2).
_ALLEGING_WORDS = frozenset(("alleged", "allegedly", "purported", "purportedly"))

_HYPOTHETICAL_ADJ = frozenset(
    ("possible", "potential", "any", "hypothetical", "would-be", "prospective", "eventual", "imminent",
     "threatened", "feared", "likely", "new"))

_FUTURE_ADJ = frozenset(("upcoming", "planned", "forthcoming", "proposed", "next", "future", "scheduled"))

_FUTURE_PREDICATES = frozenset(("schedule", "set", "due", "expect", "slate", "poise", "go", "about", "certain",
                                "sure", "bound"))
#: ... of them, the ones that report an event as fixed: a meeting so reported stays CONSULT (PLOVER.md).
_SCHEDULED = frozenset(("schedule", "set", "due", "slate"))

#: An event whose own date ends more than this many days before the article is background from an earlier
#: period (PLOVER.md: historical), not news of the day.
_BACKGROUND_DAYS = 365
_HISTORICAL_ADVERBS = frozenset(("previously", "formerly", "once", "historically"))

#: Verbs of saying that are acts before an authority: refusing to testify is a refusal (REJECT), where refusing
#: to comment is no event.
_TESTIMONY_VERBS = frozenset(("testify",))

#: Sources whose findings are opinion, not acts: what a poll or survey says is no event (reuters-plover README,
#: rule 1: polls).
_POLL_WORDS = frozenset(("poll", "survey", "opinion poll"))

#: Verbs of a regulator's decision: approving or clearing a firm's business is regulation, not support of a
#: party ("the Justice Department approved the airlines' marketing agreement").
_REGULATING_VERBS = frozenset(("approve", "authorize", "authorise", "clear", "license", "licence", "sanction",
                               "permit"))

#: Words of a later time on the same day or period: "meet later today" is still to come.
_LATER = frozenset(("later",))

#: Acts a speaker is taken to accuse their doer of when reporting them ("X said Y attacked Z": X ACCUSE Y):
#: force and repression. A strike, a sanction or a protest reported is news, not a charge.
_ALLEGED_ACTS = frozenset(("ASSAULT", "COERCE", "MOBILIZE"))

#: Stances taken on a thing: rejecting, blaming or backing "a role for the IMF", "central bank statements" or
#: "charges by Philips" is aimed at whom the thing belongs to (``_Participants._owner_of``).
_STANCES = frozenset(("REJECT", "ACCUSE", "SUPPORT"))

#: Prepositions on a thing that name whose it is, or whom it is for: "the proposals of the EC", "a role for the
#: IMF", "charges by Philips", "calls from the opposition".
_OWNER_PREPS = frozenset(("of", "for", "by", "from"))

#: Categories of force, which a figure of speech borrows for markets and money: "fought back a bid", "force
#: open the market", "attacked inflation", "hit prices" are no violence.
_FORCE = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "THREATEN"))

#: Force done "with" something names its means, not whom it is done to, once the one it is done to is named:
#: "shelled the town with artillery", "dispersed the crowd with tear gas" (but "clashed with troops").
_MEANS_WITH = frozenset(("ASSAULT", "COERCE"))

#: Violence itself (CAMEO 18-20). Committed to, it is a threat (PLOVER.md: future force is THREATEN, "vowed to
#: continue the armed struggle"), where a commitment to expel or to sanction is that act to come.
_VIOLENCE = frozenset(name for name, c in CATEGORIES.items() if {"18", "19", "20"} & set(c.cameo_roots))

#: Verbs of going: a visit is going somewhere ("left for Moscow", "flew to Cairo"); with a direct object the verb
#: leaves a place or carries someone ("left Washington", "flew them to Cairo"), which is no visit.
_TRAVEL_VERBS = frozenset(("leave", "depart", "go", "travel", "fly", "head", "arrive", "return", "come", "sail",
                           "drive", "journey"))

#: Verbs of holding captive: captives a participle says another party holds ("hostages held by Marxist
#: guerrillas", "sailors seized by pirates") are freed from that party by whoever frees them, a rescue, not the
#: holder's yielding (RETREAT is the concession of releasing one's own captives).
_HOLDING_VERBS = frozenset(("hold", "keep", "kidnap", "abduct", "take", "capture", "seize", "detain", "imprison",
                            "jail"))

#: Where going takes no one anywhere: a state entered, not a place ("flew into exile in Nigeria", "went into
#: hiding"). A verb of going toward one moves no forces and visits no host, whatever the place named beside it.
_STATES_ENTERED = frozenset(("exile", "hiding", "retirement", "seclusion"))

#: The words of a visit, whose host is a country ("a visit to Tehran" is hosted by Iran).
_VISIT_WORDS = frozenset(("visit", "tour", "trip", "stay"))

#: Verbs of wanting: wanting another party to act is asking it to, whatever the act ("wants Japan to eliminate
#: import controls": REQUEST), where wanting to act oneself is an intent.
_WANTING_VERBS = frozenset(("want", "wish", "like", "prefer", "need"))
#: Verbs of trying or readying one's own act ("meet to attempt a settlement", "is preparing sanctions", "planning
#: an offensive"): the intent of the act (AGREE, THREATEN), never asking others for it.
_TRYING_VERBS = frozenset(("attempt", "try", "prepare", "plan", "draft"))

#: Talking to these is making a statement, not consulting: the press, and a firm's holders and analysts.
_PRESS_WORDS = frozenset(("reporter", "journalist", "press", "media", "correspondent", "newspaper", "television",
                          "radio", "newsman", "broadcaster", "shareholder", "stockholder", "analyst"))

_PERSON_PRONOUNS = frozenset(("he", "him", "his", "she", "her", "hers", "himself", "herself"))

_THING_PRONOUNS = frozenset(("it", "its", "itself"))

_PLURAL_PRONOUNS = frozenset(("they", "them", "their", "theirs", "themselves"))

_RELATIVE_PRONOUNS = frozenset(("who", "whom", "which", "that", "whose"))
#: Nouns of those who stand against someone: "its rivals", "Moscow's critics", "Kremlin opponents" are not it.
_OPPONENT_NOUNS = frozenset(("rival", "critic", "opponent", "enemy", "foe", "adversary", "detractor"))

_ORG_KIND_SECTORS: dict[str, str] = {
    "military": "military", "government": "government", "legislature": "legislature", "court": "judiciary",
    "armed_group": "rebels", "media": "media", "party": "opposition", "company": "business", "police": "police",
}

_SUBJECT_DEPS = frozenset(("nsubj", "csubj", "expl"))

_OBJECT_DEPS = frozenset(("dobj", "obj", "dative", "iobj"))

#: Sectors of organised non-state bodies (companies, banks, unions): parties of their own, even with a
#: nationality ("Japanese creditor banks" are not Japan; reuters-plover README, Actors and codes).
_ORGANISED_SECTORS = frozenset(("business", "labor"))

#: Sectors of armed groups that fight a state: "Afghan guerrillas", "rebels in eastern Congo" and "Kurdish
#: militants in Iraq" are a party of their own, often at war with the very country named beside them, so the
#: graph never makes the state their doer or their target (CAMEO keeps them apart as ``AFGREB``).
_INSURGENT_SECTORS = frozenset(("rebels", "armed groups", "international militants"))

#: Sectors of a state's own bodies: with no country named they are a definite description ("the government",
#: "the army") that is not guessed at.
_STATE_SECTORS = frozenset(("government", "military", "police", "legislature", "judiciary", "intelligence"))
#: Doers who act during a street protest or a strike without taking part in it: the state's bodies, firms.
_NOT_MARCHING = _STATE_SECTORS | {"business"}
#: Groups of no stated country that belong to the country where they are acted on: its state's bodies and its
#: civilians ("clashed with police in Minsk", "children were killed in Gaza").
_LOCAL_SECTORS = _STATE_SECTORS | {"civilians"}
#: Of those, the armed forces: acting on a named party they are a party of their own even with no country named
#: ("the junta's troops fired on students in Rangoon"), as a state's other bodies are not.
_ARMED_SECTORS = frozenset(("military", "police"))
#: Sides a state's armed force fights or represses: armed groups and the opposition in the street.
_FIGHTING_SECTORS = _INSURGENT_SECTORS | {"opposition"}
#: A street crowd by the words news names it with: its violence is a riot, which PLOVER codes PROTEST (a street
#: protest, whatever form it takes), not the ASSAULT or COERCE of an armed party ("protesters stormed the
#: embassy", "rioters set fire to shops", "demonstrators threw stones at soldiers").
_CROWD_WORDS = frozenset(("protester", "protestor", "demonstrator", "rioter", "marcher", "mob"))
#: Civilian sectors whose occupation of a place is a sit-in, PROTEST ("farmers occupied local government
#: buildings", "workers occupied the factory", "students occupied the university"), not an armed occupation.
_SIT_IN_SECTORS = frozenset(("agriculture", "labor", "education", "civilians", "opposition"))
#: Arms of war: a crowd that fires them is armed, and its attack stays ASSAULT ("demonstrators launched
#: missiles at the government").
_ARMS = frozenset(("missile", "rocket", "mortar", "grenade", "bomb", "gun", "shell", "artillery", "torpedo",
                   "drone", "bullet", "explosive"))

#: Last words of company names, letters only ("Rohr Industries Inc", "Siemens A.G.", "Signaalapparaten BV").
_COMPANY_SUFFIXES = COMPANY_SUFFIXES

#: Words that make an organisation's name a court's ("U.S. District Court for Delaware", "the European Court of
#: Human Rights", "the Employment Appeal Tribunal"): such a body is of the judiciary.
_COURT_NAME_WORDS = frozenset(("court", "tribunal"))

#: Verbs by which a court gives its finding: "the court ruled that X had infringed its patent" finds X liable
#: (SANCTION, reuters-plover README, rule 4), where a party that says so only accuses.
_RULING_VERBS = frozenset(("rule",))

#: Penalties a firm may agree to, pay or accept to settle charges: yielding to an authority is a concession
#: (CONCEDE), never commerce, though no state is named ("agreed to a censure to settle charges").
_PENALTY_NOUNS = frozenset(("censure", "fine", "penalty", "sanction", "injunction", "suspension", "reprimand"))

#: Categories of a labour dispute whose recipient may be the other side, employer or union, named in a clause
#: tied to the event (``recipients._other_side``): walking out, breaking off talks, striking, rejecting an offer.
_DISPUTE_CATEGORIES = frozenset(("SANCTION", "PROTEST", "REJECT", "THREATEN"))

#: Words that make an organisation's name a union's or a guild's ("United Auto Workers", "Writers Guild of
#: America", "National Union of Mineworkers", "International Brotherhood of Teamsters"): such a body is of the
#: labour sector, as a company is of business by its name's last word. Not as the name's first word ("Union
#: Pacific", "Union Bank of Switzerland" are companies), nor in a name the gazetteer knows ("Soviet Union").
_UNION_NAME_WORDS = frozenset(("union", "unions", "guild", "brotherhood", "workers", "workers'", "mineworkers",
                               "steelworkers", "autoworkers", "metalworkers", "teamsters", "machinists",
                               "seafarers", "dockers", "longshoremen", "employees"))

#: Nouns for a country itself: "his country", "her nation" are the country the person serves.
_COUNTRY_NOUNS = frozenset(("country", "nation", "state", "homeland", "republic", "kingdom"))

#: Of those, the ones that alone, with "the", stand for the country the text named before ("the country's
#: creditors"); "the state" is as often a province or a state of a federation.
_DESCRIBED_COUNTRY_NOUNS = frozenset(("country", "nation", "kingdom", "emirate", "republic"))

#: Nouns naming again a body named before, with the kinds it can be: "NATO said the alliance would" (coreference).
_DESCRIBED_BODY_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("alliance", "bloc", "body"), frozenset(("igo",))),
    **dict.fromkeys(("organisation", "organization"), frozenset(("igo", "armed_group"))),
    **dict.fromkeys(("group", "movement", "militia"), frozenset(("armed_group",)))}

#: Nouns for a country only with an epithet before them ("the Gulf state", "the oil-rich state"): alone, "the
#: state" is as often a province.
_EPITHET_COUNTRY_NOUNS = frozenset(("state", "island", "sultanate", "monarchy"))


_REFLEXIVE_PRONOUNS = frozenset(("itself", "themselves", "himself", "herself"))

#: First persons plural, which inside a quotation stand for whom it is attributed to (``coreference._speaker``).
_SPEAKER_PRONOUNS = frozenset(("we", "us", "our", "ours", "ourselves"))

#: Participles that, with "to", say a stance of their subject rather than a passive act done to it: "are opposed
#: to the limits", "is committed to the accord", "is dedicated to", "is resigned to".
_ATTITUDE_PARTICIPLES = frozenset(("oppose", "commit", "dedicate", "devote", "resign"))

#: Adjectives that say a group's mood, size or standing, not who it is: left out of a group node's label.
_PASSING_ADJ = frozenset(("angry", "big", "small", "large", "major", "many", "several", "other", "some", "local",
                          "new", "former", "senior", "top", "leading", "main", "certain", "various", "few",
                          "hundred", "thousand", "own", "about", "more", "most"))

#: Endings of English nouns for people by what they do ("worker", "banker", "industrialist", "businessman"):
#: such business or labour words name people, not a body.
_PEOPLE_ENDINGS = ("er", "or", "ist", "man", "men", "ian")

#: Business words with a people ending that name firms, not people: "Japanese chipmakers", "oil producers",
#: "creditor banks' lenders" are companies (parties of their own), "Japanese businessmen" are Japan's people.
#: Any word ending in "maker" ("automaker", "steelmaker") is one too.
_FIRM_NOUNS = frozenset(("producer", "manufacturer", "exporter", "importer", "supplier", "lender", "creditor",
                         "insurer", "refiner", "retailer", "distributor", "shipper", "carrier", "operator",
                         "processor", "underwriter"))

#: Words for people by what the act made of them ("took 90 hostages"): no party of their own; whose people they are
#: is ("90 Israeli hostages": Israel), and with no one named the act has no recipient.
_CAPTIVE_WORDS = frozenset(("hostage", "captive"))
