"""The records the coder's stages pass along: a trigger, the context it stands in, a referent."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.extract.lexicon import LexiconEntry
from newsgraph.records import Mode


@dataclass(frozen=True, slots=True)
class Referent:
    """Who an argument of an event stands for: an entity key, or a group with only a sector, or both."""

    key: str | None
    sector: str | None
    token: Token
    how: str

    def describe(self) -> str:
        who = self.key or f"({self.sector} group)"
        if self.key and self.sector:
            who += f" [{self.sector}]"
        return f"{who} from {self.how} {self.token.text!r}"


@dataclass(slots=True)
class _Trigger:
    """Words that name one event, before participants are read."""

    head: Token
    entry: LexiconEntry
    category: str | None
    tokens: list[Token]
    noun: Token | None = None            # the event noun, for nouns and light/support verbs
    noun_entry: LexiconEntry | None = None
    converse: bool = False
    rule: str = ""
    transformed_from: _Trigger | None = None
    absorbed: list[Token] = field(default_factory=list)
    future: bool = False
    promised: bool = False               # PLOVER's promise rule changed its category (see _Intents._promised)
    noun_doers_receive: bool = False     # "broke up a protest by farmers": the noun's doers are the recipients
    recipient_implied: bool = False      # "suspended payments on its debt": the creditors, named or not
    aimed_at: Token | None = None        # "said Y must V", "said Y's tariffs were unfair": the clause whose
                                         # subject the event is aimed at
    empowered: bool = False              # "authorized X to use force against Y", "follow X in suspending
                                         # payments": aimed at whom the act empowered or copied
                                         # (transformed_from) is aimed at, never at X
    felt: bool = False                   # "was angered by X", "X angered Japan": who feels it is the actor
    negation_read: bool = False          # the category reads the trigger's negation ("agreed not to use
                                         # force" is AGREE, "did not rule out force" THREATEN): no negated event
    steps: list[str] = field(default_factory=list)


def _nominal(trigger: _Trigger) -> bool:
    """Whether a trigger is an event noun standing for itself ("the talks", "fighting" the tagger took for a
    verb), not a verb that took a noun's category ("suspended aid")."""
    return trigger.entry.kind == "noun" and trigger.noun is not None and trigger.noun.i == trigger.head.i


@dataclass(slots=True)
class _Context:
    blocked: bool = False
    reporter: Token | None = None
    attribution: str | None = None
    mode: Mode | None = None
    modal: bool = False
    mode_reason: str = ""
    historical_if_undated: bool = False
    #: the future or conditional was said by whoever acts ("will send aid", "would strike if"): a promise or a
    #: threat, which PLOVER codes by what is promised (AGREE, THREATEN, CONCEDE), not as a future event
    promised: bool = False
    #: the text reports the event as fixed ("is scheduled to attend a summit"): a meeting keeps CONSULT
    scheduled: bool = False
    #: the act is said not to be planned ("there are no plans for X to meet Y"): the intent it would be, negated
    unplanned: bool = False
    #: the act is only said to appear so ("appeared to discard its proposals"): seen done, if hedged, where a
    #: guess or a condition ("may", "if") says nothing was done
    apparent: bool = False


def _collapse(referents: list[Referent]) -> list[Referent]:
    """One referent per entity: "the mayor of Nablus" and "Nablus" read twice are one recipient."""
    out: list[Referent] = []
    for referent in referents:
        same = next((i for i, r in enumerate(out) if r.key == referent.key and
                     (r.key is not None or r.sector == referent.sector)), None)
        if same is None:
            out.append(referent)
        elif out[same].sector is None and referent.sector is not None:
            out[same] = referent
    return out
