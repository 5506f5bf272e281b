"""The words by which news judges a party, in one place: condemning adjectives and nouns, charged wrongs and
breaches, blame, displeasure and the feelings a party stirs, and the words of denial and of bargaining.

Each set is general knowledge of how English news words a judgement (CAMEO 11 and 112, disapprove and accuse;
CAMEO 12, reject), never words of one article. The rules that read them are ``reported``, ``verdicts`` and
``syntax``.
"""

from __future__ import annotations

#: Adjectives that condemn what they are said of: "X said Y's tariffs were unacceptable" is X ACCUSE Y (CAMEO 11,
#: disapprove). Judgements, not forecasts: "dangerous" or "bad" also describe markets and weather.
_CONDEMNING_ADJECTIVES = frozenset(
    ("unfair", "unjust", "unacceptable", "illegal", "unlawful", "illegitimate", "irresponsible", "provocative",
     "flawed", "outrageous", "deplorable", "pathetic", "absurd", "hypocritical", "discriminatory", "unjustified",
     "unwarranted", "inexcusable", "intolerable", "reprehensible", "shameful", "disgraceful", "scandalous",
     "criminal", "barbaric", "barbarous", "cowardly", "treacherous", "heinous", "racist", "flagrant", "unreasonable",
     "unjustifiable"))
#: Adjectives that fault what they are said of, but that news also says of things no one did ("the measures
#: were inadequate", "an insufficient rise"): they condemn only a named party's act, proposal or policy, not
#: the speaker's own ("X said Y's offer was inadequate", "... Japan's import rules were protectionist").
#: Words of markets and results ("excessive", "disappointing", "unrealistic", "weak") are left out.
_FAULTING_ADJECTIVES = frozenset(
    ("inadequate", "insufficient", "unsatisfactory", "misguided", "counterproductive", "unreasonable",
     "protectionist", "one-sided", "ill-conceived", "mistaken", "wrong", "unworkable", "dishonest", "unhelpful",
     "inappropriate", "regrettable", "inflammatory", "unconstitutional", "undemocratic", "unfriendly",
     "arbitrary", "high-handed", "insincere", "hostile", "aggressive", "deceitful", "untrustworthy"))
#: Verbs of a will that fails, said of a party's commitment or resolve: "X said Japan's commitment to
#: deregulation was flagging", "... Washington's resolve was faltering" faults the party (CAMEO 11); said of a
#: market ("demand was flagging") they fault no one, so the subject must be one of ``_RESOLVE_NOUNS``.
_FLAGGING_VERBS = frozenset(("flag", "falter", "waver", "wane", "slacken", "weaken", "erode"))
_RESOLVE_NOUNS = frozenset(("commitment", "resolve", "determination", "will", "willingness", "dedication",
                            "enthusiasm", "interest", "effort", "zeal", "adherence"))
#: Verbs of charging a party with a wrong, and of recommending: "the SEC staff plans to recommend that WPPSS be
#: charged with fraud", "the prosecutor recommended that the aide be indicted" is the recommender's charge to
#: come (reuters-plover README: criminal charges are ACCUSE; "plans to recommend charges" is future), not a
#: request of the one to be charged.
_CHARGING_VERBS = frozenset(("charge", "indict", "prosecute", "investigate", "censure"))
_RECOMMENDING_VERBS = frozenset(("recommend", "propose"))
#: Verbs of breaking a rule or a promise: "X said Y violated the accord" is X ACCUSE Y (CAMEO 112, accuse of
#: violations), and the violation, what X alleges, is not coded as a fact (reuters-plover README, rule 2).
_WRONGDOING_VERBS = frozenset(("violate", "contravene", "breach", "infringe", "flout", "renege", "transgress"))
#: Verbs of harming or deceiving: "X said the rebels were sabotaging the peace process", "... the non-payers are
#: crippling industry", "... Shapiro concealed his trading", "... the government rigged the vote" is X ACCUSE the
#: doer (CAMEO 112), as a reported violation is. Harm is also done by things ("the drought is crippling the
#: farms", "high rates were crippling industry"), so only a party said to do it is accused; and the deed itself,
#: being alleged, is no fact. Harm the lexicon codes as force ("damage", "hurt", "subvert") is the act itself,
#: coded beside the accusation ("X said Y attacked Z").
_CHARGED_ACTS = frozenset(("cripple", "sabotage", "undermine", "jeopardize", "jeopardise",
                           "endanger", "obstruct", "wreck", "torpedo", "subvert", "destabilize", "destabilise",
                           "conceal", "deceive", "mislead", "cover up", "rig", "falsify", "defraud", "cheat",
                           "bribe", "embezzle", "manipulate"))
#: Modals by which a harm is foreseen, not charged: "said the affair could undermine confidence in the dollar",
#: "... a strong yen would cripple exporters" is a forecast of consequences (PLOVER.md: forecasts are no events).
_FORECAST_MODALS = frozenset(("could", "might", "may", "would", "can"))
#: Verbs of trying, through which a charged act is still the doer's: "said Shapiro attempted to conceal ...",
#: "... Iraq tried to cover up ...".
_TRYING_VERBS = frozenset(("try", "attempt", "seek", "conspire", "plot", "scheme"))
#: What a party owes by its own word: when the thing said to violate one is no party ("said the proposed tax would
#: violate EC obligations", "... the measure breaches Japan's commitments"), the one whose obligation it is broke it.
_OBLIGATION_NOUNS = frozenset(("obligation", "commitment", "pledge", "promise", "undertaking", "duty"))

#: Predicates of blame: "X said Y was responsible for the attack", "... was guilty of aggression", "... bore full
#: responsibility for the incident" is X ACCUSE Y (CAMEO 112, blame), like a reported violation. The adjectives
#: count with what they blame for ("for", "of"): "a responsible attitude" blames no one; and only of what was
#: done, with no modal ("will be responsible for trade policy" is a duty; "share responsibility for" one too).
_BLAMING_ADJECTIVES = frozenset(("responsible", "guilty", "culpable", "liable"))
_BLAME_NOUNS = frozenset(("responsibility", "blame", "guilt"))
_BEARING_VERBS = frozenset(("bear",))
#: Verbs by which blame is placed on whom their "with" / "on" object is: "responsibility for the clash lay with
#: India", "the blame rests with the union" is the speaker's accusation of India, of the union (CAMEO 112).
_RESTING_VERBS = frozenset(("lie", "rest", "fall"))
_RESTING_PREPS = frozenset(("with", "on", "upon"))
#: ... but responsibility is a duty as well as a blame: "responsibility for trade policy rests with the
#: Commission" accuses no one. It blames only for a wrong: a conflict event noun of the lexicon ("the attack",
#: "the clash") or a mishap.
_DUTY_NOUNS = frozenset(("responsibility",))
_MISHAP_NOUNS = frozenset(("incident", "failure", "death", "crisis", "collapse", "loss", "damage", "violence",
                           "bloodshed", "breakdown", "deadlock", "impasse", "accident", "disaster", "tension"))
#: Verbs of doing a deed a condemning noun names: "said the United States had committed an act of aggression",
#: "... perpetrated atrocities" accuses the doer, like a reported violation (CAMEO 112).
_COMMITTING_VERBS = frozenset(("commit", "perpetrate"))
#: Verbs of keeping an obligation: failing to keep one ("said Iran had failed to honour the ceasefire", "...
#: failed to comply with the resolution") or not keeping it ("had not respected the truce") is a breach of it,
#: which the speaker alleges (CAMEO 112, like "violated"). Verbs whose object is an obligation by their own
#: meaning: "failed to meet the target" or "failed to win the contract" is a want of success, no breach.
_HONOURING_VERBS = frozenset(("honour", "honor", "fulfil", "fulfill", "respect", "observe", "abide", "comply",
                              "implement", "obey", "heed"))

#: Verbs that name what their object is: with a condemning adjective ("called the treatment pathetic", "branded
#: the sanctions illegal") or noun ("called the raid a criminal act", "described the move as an act of
#: aggression", "denounced the manoeuvres as a provocation") they condemn it (ACCUSE).
_CALLING_VERBS = frozenset(("call", "brand", "label", "term", "declare", "pronounce", "describe", "characterize",
                            "characterise", "denounce", "portray", "depict"))
#: Nouns that condemn what they are said to be (CAMEO 11, disapprove; 112, accuse of crime or aggression):
#: "called the policy a disgrace", "branded the bombing a violation of international law", and with "act of"
#: ("an act of aggression", "an act of piracy"). Words of wrong, not of harm alone: "a disaster", "a blow" also
#: describe markets and weather.
_CONDEMNING_NOUNS = frozenset(
    ("disgrace", "crime", "violation", "provocation", "aggression", "interference", "intervention", "lie", "farce",
     "sham", "blackmail", "travesty", "outrage", "insult", "fraud", "mockery", "scandal", "terrorism", "piracy",
     "atrocity", "massacre", "genocide", "banditry", "sabotage", "hypocrisy", "slander", "fabrication",
     "breach", "affront", "abuse", "aggressor", "terrorist", "criminal"))
#: Nouns of danger, which condemn what they are said to be only as a danger to the order between states: "called
#: the move a threat to peace", "described the deployment as a danger to regional stability" (CAMEO 11), where
#: "called inflation the biggest threat to growth" blames no one.
_DANGER_NOUNS = frozenset(("threat", "danger", "menace"))
_ORDER_WORDS = frozenset(("peace", "security", "stability", "sovereignty", "order", "integrity"))
#: What an "act of" names when the act is condemned: "an act of war" as well as "an act of aggression".
_CONDEMNED_ACTS = _CONDEMNING_NOUNS | {"war"}

#: Adjectives of displeasure with someone: "Washington is unhappy with Tokyo's progress", "Greece is angry at
#: Turkey's decision", "Bonn was critical of the plan" is a disapproval (CAMEO 11: ACCUSE) of whom the "with" /
#: "at" / "over" / "by" / "of" object is or belongs to; and of pleasure, which disapprove when denied ("Brazil is
#: not happy with the committee").
_DISPLEASED_ADJECTIVES = frozenset(("unhappy", "dissatisfied", "displeased", "angry", "furious", "upset",
                                    "disappointed", "indignant", "annoyed", "irritated", "outraged", "incensed",
                                    "frustrated", "disillusioned", "disgusted", "critical", "scathing", "scornful",
                                    "contemptuous", "dismissive", "astonished", "shocked", "appalled",
                                    "dismayed", "angered", "infuriated", "enraged", "offended"))
_PLEASED_ADJECTIVES = frozenset(("happy", "satisfied", "pleased", "content"))
#: Verbs of a feeling another party stirs: whoever feels it disapproves of whoever stirred it (CAMEO 11: ACCUSE),
#: the reverse of the verb's own doer: "Japan was angered by the American decision", "the EC's tax has angered
#: Washington", "I am astonished that the Commission would propose ..." are Japan's, Washington's, the speaker's
#: disapproval. Feelings a thing stirs as well ("surprised", "alarmed", "upset" by a market) are left out.
_FEELING_VERBS = frozenset(("anger", "dismay", "disappoint", "outrage", "shock", "astonish", "appal", "appall",
                            "infuriate", "incense", "enrage", "disgust", "offend", "displease", "dishearten",
                            "sadden", "annoy", "irritate"))
_MOOD_PREPS = frozenset(("with", "at", "over", "about", "by", "of"))  # "was critical of Washington"
#: A protest by a state is diplomatic: "Japan protested against Russia's seizure of the boats", "the Soviet
#: foreign minister protested against the deployment" is ACCUSE (PLOVER.md: lodging a protest, summoning an
#: ambassador), where civilians, unions and crowds who protest take to the street (PROTEST). Only the verb:
#: "staged a protest", "a protest march" are street acts whoever the text says held them.
_PROTESTING_VERBS = frozenset(("protest",))
#: ... and approvals that condemn when denied: "the pact is not fair".
_APPROVING_ADJECTIVES = frozenset(("fair", "acceptable", "justified", "legal", "legitimate", "reasonable"))
#: What is open to bargaining. Said to be not so ("X said the targets were not negotiable", "non-negotiable", "not
#: open to discussion", "out of the question") it is refused (PLOVER.md: reject, refuse; CAMEO 12).
_BARGAINABLE_ADJECTIVES = frozenset(("negotiable", "debatable"))
_UNBARGAINABLE_ADJECTIVES = frozenset(("nonnegotiable", "unnegotiable"))
#: What a denial calls the reports or charges it denies ("X said the reports were groundless", "there was no
#: substance to the reports"): X REJECT (PLOVER.md: reject, refuse, deny).
_DENYING_ADJECTIVES = frozenset(("groundless", "baseless", "unfounded", "untrue", "false", "fabricated"))
_DENIAL_NOUNS = frozenset(("substance", "truth", "basis", "foundation"))
#: What a denial answers: "Israel denied Syrian charges that ...", "Britain rejected Argentine claims that ...",
#: "dismissed Washington's allegations" is the denier's REJECT and, as the news tells it, the accuser's own
#: ACCUSE (CAMEO 112) of the denier. Charges, allegations and accusations are so by their meaning; a claim,
#: an assertion or a report only with what it says ("claims that its warships had ..."): "rejected Argentina's
#: claim to the islands" is a claim to land, and "rejected the bank's charges" may be its fees.
#: Verbs of warning. Warning no one of how things stand or will go ("the OECD warned that growth was unlikely to be
#: enough", "economists warned") is a forecast, no threat (PLOVER: THREATEN is a coercive or forceful warning;
#: reuters-plover README: "economists warned" is no event, as CAMEO's WARN [130] needs the one warned).
_WARNING_VERBS = frozenset(("warn", "caution"))
#: Verbs of what befalls or comes of something: "said Dean should experience a 20 pct improvement", "said the Mac SE
#: should contribute significantly to Apple's bottom line" expect an outcome; no one is asked to act.
_OUTCOME_VERBS = frozenset(("experience", "contribute", "benefit", "see", "show", "gain", "grow", "rise", "fall",
                            "improve", "recover", "reach", "remain", "stabilize", "stabilise", "suffer", "enjoy"))
_CHARGE_NOUNS = frozenset(("charge", "allegation", "accusation", "complaint", "criticism"))
_SAYING_NOUNS = frozenset(("claim", "assertion", "contention"))
#: Verbs of denying what is said (PLOVER REJECT): refusing or opposing a thing ("refused the charges") is not.
_DENYING_VERBS = frozenset(("deny", "reject", "dismiss", "refute", "rebut", "brush", "shrug", "wave",
                            "repudiate", "deflect", "counter"))
_BARGAINING_NOUNS = frozenset(("negotiation", "discussion", "debate", "compromise", "bargaining"))
#: What a party rules out with another when it says there will be none of it "with" them: "there could be no talks
#: with Russia", "there will be no deal with the rebels" (PLOVER REJECT: refuse to negotiate or to cooperate).
_DEALING_NOUNS = frozenset(("talk", "talks", "negotiation", "dialogue", "deal", "compromise", "bargaining",
                            "agreement", "accord", "cooperation", "contact", "contacts"))
#: What a measure is said not to be when it is ruled out: "the department concluded that a ban on smoking is
#: not justified", "... said new sanctions were unnecessary" is the speaker's refusal of the measure (PLOVER
#: REJECT), where "said Japan's sanctions were unjustified" condemns whose they are (ACCUSE). Needed, justified
#: and warranted when denied; their opposites as they stand.
_WARRANTED_WORDS = frozenset(("justify", "justified", "warrant", "warranted", "necessary", "needed", "need",
                              "require", "required", "appropriate", "advisable", "called"))
_UNWARRANTED_WORDS = frozenset(("unnecessary", "unjustified", "unwarranted", "unneeded", "inadvisable",
                                "uncalled"))
#: Determiners of a measure not yet taken, which no one owns: "a ban", "any quota", "new sanctions".
_UNTAKEN_DETERMINERS = frozenset(("a", "an", "any", "further", "more", "new", "additional"))
#: Whose affair a thing is said to be, when it is another's: "told Funaro that the negotiations are a matter
#: for the banks", "said the dispute was an internal affair of the two firms" declines to act in it (PLOVER
#: REJECT, CAMEO 12: refuse to help, to mediate).
_AFFAIR_NOUNS = frozenset(("matter", "affair"))

#: Verbs of granting: whom a court grants an order or an injunction is who asked for it, not whom it binds
#: ("granted Texaco a restraining order against Pennzoil", "Texaco was granted an injunction").
_GRANTING_VERBS = frozenset(("grant", "award"))
