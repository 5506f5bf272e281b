"""Halts: verbs that halt, end or prevent the event a noun names (PLOVER.md, "Coding rules"). A party halting
cooperation reduces relations ("suspended aid to X", "broke off talks with X": SANCTION), ending conflict is a
retreat ("called off the strike", "lifted the curfew"), stopping others' protest is repression ("broke up the
protest": COERCE). Read by ``coding`` before the frames (``composition``); the words are ``halting_words``."""

from __future__ import annotations

from spacy.symbols import NOUN
from spacy.tokens import Token

from newsgraph.extract.events.halting_words import (
    _BUNDLE_WORDS,
    _DEBT_SERVICE,
    _DEBT_WORDS,
    _DECLARED_MEASURES,
    _DECLARING_VERBS,
    _ENDING_VERBS,
    _EXCHANGE_HASHES,
    _EXCHANGE_PREPS,
    _HALT_NOUNS,
    _HALT_PREPS,
    _HALTING_VERBS,
    _LEAVING_VERBS,
    _MADE_BY_HALTING_VERB,
    _POSTPONING_VERBS,
    _PREVENTING_VERBS,
)
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.verdicts import _Verdicts
from newsgraph.extract.events.words import _COOPERATIVE, _MATERIAL_CONFLICT
from newsgraph.extract.lexicon import LexiconEntry


def _leaving(verb: Token) -> bool:
    """Whether a verb is one of leaving, with its "out" however the parser hung it ("walked out", "pulled out")."""
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod")]
    return f"{verb.lemma_.lower()}{' out' if outs else ''}" in _LEAVING_VERBS


def _bundle_of(noun: Token) -> Token | None:
    """The word of a bundle whose "of" names the measures it holds ("a package of sanctions", "a new round of
    tariffs"), or None: what is done to the bundle is done to the measures."""
    bundle = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and bundle.lemma_.lower() in _BUNDLE_WORDS:
        return bundle
    return None


class _Halting(_Verdicts):
    """Adds: halts, ends and preventions over event nouns."""

    def _halting(self, triggers: list[_Trigger], by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """Verbs that halt, end or prevent the event a noun names (PLOVER.md, "Coding rules"): a party halting
        cooperation reduces relations ("suspended aid to X", "broke off talks with X", and of meetings only,
        "postponed talks with X": SANCTION); ending conflict
        is a retreat ("called off the strike", "lifted the curfew": RETREAT, CONCEDE when promised); stopping
        others' protest is repression ("broke up the protest": COERCE). The verb becomes the trigger, with the
        noun's category so changed; returns the triggers made for verbs the lexicon does not name. Exchanges
        that are no event noun of the lexicon count as cooperation here ("suspended shipments to X", "halted
        imports from X", "froze debt payments"), and so does a halt declared over one ("declared a moratorium on
        interest payments"). Halting the payments of a debt sanctions its creditors, named or not."""
        made: list[_Trigger] = []
        candidates = [t for t in triggers if t.entry.kind == "noun"] + self._exchanges(by_head)
        for noun_trigger in candidates:
            noun = noun_trigger.head
            inner = noun_trigger.category
            if inner is None:
                continue
            halt = self._declared_halt(noun)
            left = self._left_talks(noun) if inner == "CONSULT" else None
            gerund = self._halting_gerund(noun)
            held = _bundle_of(noun) or noun  # "approved a 19th package of sanctions": the package is the object
            if halt is None and left is None and gerund is None and held.dep_ not in ("dobj", "nsubjpass"):
                continue
            verb = left or gerund or (held.head if halt is None else halt.head)
            if verb.pos_ != "VERB":
                continue
            word = self._phrasal(verb) if halt is None else _HALT_NOUNS[halt.lemma_.lower()]
            halts = word in _HALTING_VERBS and (word, noun.lemma_.lower()) not in _MADE_BY_HALTING_VERB
            if (halt is not None or left is not None or halts or
                    (word in _POSTPONING_VERBS and inner == "CONSULT")) and inner in _COOPERATIVE:
                category = "SANCTION"
            elif word in _ENDING_VERBS and inner in _MATERIAL_CONFLICT:
                category = "RETREAT"
            elif word in _PREVENTING_VERBS and inner == "PROTEST":
                category = "COERCE"
            elif word in _DECLARING_VERBS and inner in _DECLARED_MEASURES and halt is None and left is None:
                # "announced a total embargo on oil shipments to the United States", "declared a ban on the
                # party": a measure a party declares is in force, its own act
                category = inner
            else:
                continue
            trigger = by_head.get(verb.i)
            if trigger is not None and trigger.category is not None and trigger.entry.objects:
                continue  # the lexicon already codes the pair ("imposed sanctions", "broke off talks")
            # a verb the lexicon codes alone ("break" as an assault, from CAMEO's DESTROY block) takes the
            # category the halted event gives it: "broke up the protest" is repression
            if trigger is None:
                trigger = _Trigger(head=verb, entry=noun_trigger.entry, category=None, tokens=[verb])
                made.append(trigger)
                by_head[verb.i] = trigger
            trigger.category = category
            trigger.noun = noun
            trigger.noun_entry = noun_trigger.entry
            trigger.noun_doers_receive = category == "COERCE"
            trigger.tokens = sorted({*trigger.tokens, noun, *([halt] if halt is not None else [])})
            trigger.rule = f"halt:{word}+{noun_trigger.rule}"
            doing = f"to {word}" if halt is None else f"a {halt.lemma_.lower()} on"
            trigger.steps.append(f"{verb.text!r} {noun.text!r}: {doing} {inner} is {category}")
            if category == "SANCTION" and noun.lemma_.lower() in _DEBT_SERVICE and \
                    any(t.lemma_.lower() in _DEBT_WORDS for t in noun.subtree):
                trigger.recipient_implied = True
                trigger.steps.append(f"{noun.text!r} service a debt: the creditors are sanctioned, named or not")
        return made

    def _halting_gerund(self, noun: Token) -> Token | None:
        """A gerund of halting the parser hung on its object as a modifier: "in suspending payments", "by freezing
        repayments" come out with "suspending" an ``amod`` of "payments". A participle that describes the noun
        ("the suspended payments", "rising payments") is no such verb."""
        for child in noun.children:
            if child.dep_ == "amod" and child.tag_ == "VBG" and child.i == noun.left_edge.i and \
                    self._phrasal(child) in _HALTING_VERBS:
                return child
        return None

    def _left_talks(self, noun: Token) -> Token | None:
        """The verb by which a party leaves the talks a noun names, which halts them (CAMEO 164; reuters-plover
        README: walking out of negotiations is SANCTION): "walked out of the talks with the employers", "pulled
        out of the negotiations", "talks broke down when the union walked out"."""
        if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from"):
            verb = noun.head.head
            if verb.lower_ == "out" and verb.dep_ in ("prep", "prt", "advmod"):
                verb = verb.head  # "walked out of": the parser hangs "of" on "out"
            return verb if _leaving(verb) else None
        return None

    @staticmethod
    def _declared_halt(noun: Token) -> Token | None:
        """The halt declared or ordered over an event: "moratorium" in "declared a moratorium on interest
        payments", "halt" in "ordered a halt to the bombing"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in _HALT_PREPS:
            return None
        halt = prep.head
        if halt.pos_ == "VERB":
            # the parser may hang the phrase on the verb: "ordered [a halt] [to the bombing]"
            halt = next((o for o in halt.children if o.dep_ in ("dobj", "nsubjpass") and o.i < prep.i), halt)
        if halt.lemma_.lower() not in _HALT_NOUNS or halt.dep_ not in ("dobj", "nsubjpass") or \
                halt.head.lemma_.lower() not in _DECLARING_VERBS:
            return None
        return halt

    def _phrasal(self, verb: Token) -> str:
        """The verb's lemma, with its particle when it has one ("break off", "call off")."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "prt":
                return f"{lemma} {child.lower_}"
        return lemma

    def _exchanges(self, by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """Nouns of material exchange that no lexicon entry names, as cooperation a halting verb can end."""
        found: list[_Trigger] = []
        for token in (self.doc[i] for i in self._positions(NOUN, _EXCHANGE_HASHES)):
            if token.i not in by_head:
                lemma = token.lemma_.lower()
                entry = LexiconEntry(kind="noun", words=lemma, head=lemma, category="COOPERATE",
                                     source="words.py (exchanges)", preps=_EXCHANGE_PREPS)
                found.append(_Trigger(head=token, entry=entry, category="COOPERATE", tokens=[token], noun=token,
                                      noun_entry=entry, rule=f"exchange:{lemma}"))
        return found
