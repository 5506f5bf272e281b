"""The words of halting, ending, declaring and commanding, in one place: the verbs by which a party halts,
postpones or leaves what it does with another (a reduction of relations, PLOVER.md) or ends a conflict (a
retreat), the exchanges and halts they act on, the ultimatums that threaten them, and the commands by which a
state does what its officers do. The rules that read them are ``halting`` (halts over event nouns),
``composition`` (commands) and ``conditions`` (ultimatums).
"""

from __future__ import annotations

from spacy.strings import get_string_id

#: Verbs by which a party halts what it does itself (PLOVER.md, "Coding rules"): over cooperation they reduce
#: relations ("suspended aid", "broke off talks": SANCTION), over material conflict they end it ("called off the
#: strike", "halted the offensive": RETREAT, CONCEDE when promised). "end" and "lift" only end conflict: "ended
#: two days of talks" is talks concluded, not broken off.
_HALTING_VERBS = frozenset(("suspend", "halt", "freeze", "cancel", "discontinue", "terminate", "abandon", "scrap",
                            "shelve", "break off", "cut off", "call off", "cut", "stop", "withdraw", "withhold",
                            "revoke", "phase out"))
#: A halting verb with a noun it makes, not halts: "cut a deal" strikes one.
_MADE_BY_HALTING_VERB = frozenset((("cut", "deal"), ("cut", "bargain")))
#: Nouns of something meant to be done, their infinitive hung on the verb over them ("scrapping deals to buy").
_PROJECT_NOUNS = frozenset(("deal", "plan", "agreement", "accord", "offer", "bid", "proposal", "pledge", "promise",
                            "commitment", "arrangement", "contract", "scheme", "undertaking"))
#: Verbs that put off a meeting, which reduces relations as calling it off does (CAMEO 160, 161, 164).
_POSTPONING_VERBS = frozenset(("postpone", "delay", "defer", "put off", "push back"))
#: Verbs of leaving: out of talks, they halt them ("walked out of the negotiations": SANCTION, ``composition``).
_LEAVING_VERBS = frozenset(("walk out", "pull out", "withdraw", "storm out", "back out", "drop out"))
_ENDING_VERBS = frozenset(("end", "lift", "ease", "relax", "call off", "suspend", "halt", "abandon", "cancel"))
#: Material exchanges a halting verb can end: "suspended shipments to X" reduces relations (CAMEO 16) like
#: "suspended aid"; the other party is whom the exchange goes to or comes from.
_EXCHANGE_NOUNS = frozenset(("payment", "repayment", "shipment", "delivery", "import", "export", "purchase",
                             "sale", "supply", "credit", "lending", "flight", "trade",
                             # what one party pays another: "withdraw the labour subsidy to the sector"
                             "subsidy", "financing", "allowance"))
_EXCHANGE_HASHES = frozenset(get_string_id(word) for word in _EXCHANGE_NOUNS)
#: Payments that service a debt: halting them ("suspended interest payments on its foreign debt", a moratorium)
#: is a sanction of the creditors whether or not the sentence names them (CAMEO 16, reduce relations).
_DEBT_SERVICE = frozenset(("payment", "repayment"))
_DEBT_WORDS = frozenset(("debt", "loan", "interest", "principal", "owe", "creditor"))
#: Nouns of a halt that a party declares over an exchange ("declared a moratorium on payments"), with the verbs
#: that put one in place ("lifted a moratorium" ends the halt, so it is not among them).
#: Nouns of a halt declared or ordered, by the verb of halting each stands for ("ordered a halt to the bombing"
#: halts it, "declared an end to the attacks" ends them, "a moratorium on interest payments" suspends them).
_HALT_NOUNS: dict[str, str] = {"moratorium": "suspend", "suspension": "suspend", "halt": "halt", "freeze": "freeze",
                               "end": "end", "stop": "halt", "cessation": "halt"}
#: Prepositions that name what a halt is on: "a moratorium on payments", "a halt to the bombing", "an end of".
_HALT_PREPS = frozenset(("on", "to", "of"))
_DECLARING_VERBS = frozenset(("declare", "announce", "impose", "order", "introduce", "put", "place", "adopt",
                              "proclaim", "slap", "approve"))
#: Words of a bundle of measures, whose "of" names them: "a package of sanctions", "a new round of tariffs".
_BUNDLE_WORDS = frozenset(("package", "round", "set", "series", "raft", "batch", "slate", "wave"))
#: Measures a party puts in force by declaring them ("announced an embargo on", "declared a ban on"), where a
#: declared meeting or aid is a promise (AGREE) and a declared withdrawal a concession yet to come.
_DECLARED_MEASURES = frozenset(("SANCTION", "COERCE"))
_EXCHANGE_PREPS = frozenset(("to", "from", "with"))
#: Ultimatums and conditional warnings (``conditions``): what a party would close or lay off, besides the halting
#: verbs, to press a demand ("without a new contract, it would close the plant"); the conditions of not doing
#: ("unless", "if ... refuse"), and the conflicts a warning says will come of them ("a trade war will erupt").
_CLOSING_VERBS = frozenset(("close", "close down", "shut", "shut down", "lay off", "pull out", "scale back",
                            "cut back"))
_DEFAULTING_VERBS = frozenset(("refuse", "fail", "reject", "decline"))
_LACKING_PREPS = frozenset(("without", "barring", "absent"))
_CONFLICT_OUTCOMES = frozenset(("war", "row", "dispute", "conflict", "confrontation", "crisis", "retaliation",
                                "reprisal", "consequence", "repercussion", "bloodshed", "violence", "clash",
                                "showdown", "hostility"))
#: Verbs by which a party stops what others do: over a protest it is repression (COERCE).
_PREVENTING_VERBS = frozenset(("prevent", "block", "bar", "thwart", "foil", "break up", "disperse", "ban",
                               "forbid", "prohibit"))

#: Verbs of command: with a participle over their object ("ordered Warner jailed", "ordered the embassy closed")
#: they are the act commanded, done by the one who commands it.
_COMMANDING_VERBS = frozenset(("order", "command", "direct"))
#: Acts a state does through its own officers, so that ordering them is doing them ("ordered the expulsion of
#: 55 diplomats", "ordered the arrest of", "ordered the withdrawal of its troops"; CAMEO codes "order arrest"
#: 173, "order release" 0841). Force is the commander's too: "Nixon ordered the bombing of Cambodia", "Clinton
#: ordered air strikes against Iraq" report strikes carried out at the order of the one who commands the force,
#: ASSAULT by that state (CAMEO's "ORDER * ATTACK" 138 reads an order not yet carried out, which the modes make
#: THREATEN here when the text says it is to come).
#: Where a commander orders forces, by the word before the place: there (a deployment) or away (a withdrawal).
_FORCES_MOVED: dict[str, str] = {"to": "MOBILIZE", "into": "MOBILIZE", "toward": "MOBILIZE", "towards": "MOBILIZE",
                                 "out": "RETREAT", "from": "RETREAT", "home": "RETREAT"}
#: Verbs of moving, by which forces are ordered somewhere as by a preposition: "ordered the Russian army to deploy
#: there", "ordered troops to withdraw from the border".
_FORCES_MOVING: dict[str, str] = {"deploy": "MOBILIZE", "redeploy": "MOBILIZE", "advance": "MOBILIZE",
                                  "mobilize": "MOBILIZE", "mobilise": "MOBILIZE", "withdraw": "RETREAT",
                                  "retreat": "RETREAT", "pull": "RETREAT"}
#: Verbs of leaving a country: ordering a state's diplomats to do it is expelling them ("Moscow retaliated by
#: ordering a British diplomat to leave", CAMEO 1663), the diplomats read from the lexicon's "expel" entry.
_LEAVING_ORDERED = frozenset(("leave", "quit", "depart"))
_COMMANDED_ACTS = frozenset(("SANCTION", "COERCE", "RETREAT", "MOBILIZE", "ASSAULT"))
#: What forces are sent to do for the country they go to, named by a purpose noun ("sent a patrol ship to Guyana in
#: a show of support", "in solidarity") or an infinitive ("troops to defend Saudi Arabia"): help to that country,
#: military aid (CAMEO 072), not force against it.
_SUPPORT_PURPOSE_NOUNS = frozenset(("support", "solidarity"))
_SUPPORT_PURPOSE_VERBS = frozenset(("support", "help", "defend", "protect", "reassure", "assist", "bolster"))
#: Refusals that, negated, keep an act open: "did not rule out military action" is a veiled threat (CAMEO 13).
_KEPT_OPEN = frozenset(("rule out",))
