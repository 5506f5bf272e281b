"""Commitments made by naming another's act or by letting others act (PLOVER.md, "Coding rules"):

- emulation: "Argentina was prepared to follow the example of Brazil, which declared a moratorium" names the act
  Argentina is ready to do by the one it copies; the act is Argentina's (here a halt of payments, SANCTION), which
  the intent and modes above it turn into what it is (prepared to: THREATEN). Brazil's own act stays a fact;
- empowerment: "gave full power to the government to decree trade sanctions against South Africa" threatens South
  Africa (future material conflict: THREATEN); the act empowered is not done;
- refuge: "Egypt allowed five Libyan soldiers to stay" grants them refuge (CAMEO 075, grant asylum: AID), where
  allowing in general is a concession (CAMEO 080, the converted lexicon's reading of "allow");
- submission: "was willing to have its nuclear sites inspected by the IAEA", "agreed to have her estate broken
  up" yields to an act done to what is one's own (PLOVER.md: "X is willing to V" is CONCEDE for a concession).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import VERB
from spacy.tokens import Token

from newsgraph.extract.events.conditions import _Warnings
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.words import _INTENT_ADJECTIVES, _MATERIAL, _MATERIAL_CONFLICT
from newsgraph.extract.lexicon import LexiconEntry

#: Verbs by which a party takes on another's act as its own ("follow the example of Brazil, which ..."), and the
#: nouns of the act copied whose owner is the one emulated ("Brazil's lead", "the example of Brazil").
_EMULATING_VERBS = frozenset(("follow", "copy", "emulate", "imitate"))
_EMULATING_HASHES = frozenset(get_string_id(word) for word in _EMULATING_VERBS)
_EMULATED_NOUNS = frozenset(("example", "lead", "action", "move", "step", "path", "footstep", "course", "precedent"))
#: Verbs of letting others act, and the acts of staying that, let, grant refuge ("allowed the soldiers to stay").
_PERMITTING_VERBS = frozenset(("allow", "permit", "let", "authorize", "authorise"))
_STAYING_VERBS = frozenset(("stay", "remain", "settle"))
#: Words that say people came seeking refuge: "refugees", "fugitive soldiers", "Cubans who had sought asylum".
_REFUGE_WORDS = frozenset(("refugee", "fugitive", "defector", "exile", "exiled", "asylum", "flee", "fled", "fleeing",
                           "defect", "defected", "escapee", "deserter", "émigré", "emigre", "runaway"))
#: Verbs of empowering another to act, alone or granting a power ("gave the government full power to decree
#: sanctions", "authorized the president to impose an embargo").
_EMPOWERING_VERBS = frozenset(("authorize", "authorise", "empower", "mandate"))
_GRANTING_VERBS = frozenset(("give", "grant"))
#: Words of intent and consent under which "to have X V-ed" submits to the act ("willing to have its sites
#: inspected", "agreed to have its accounts audited"); without them "had its embassy attacked" is undergone.
_SUBMITTING_HOLDERS = _INTENT_ADJECTIVES | frozenset(("agree", "offer", "consent", "promise", "pledge"))
_POWER_NOUNS = frozenset(("power", "authority", "mandate", "authorization", "authorisation", "go-ahead", "license",
                          "licence"))


def _stays(permit: Token) -> Token | None:
    """The "stay" a verb of permitting lets people who fled do: "allowed the refugees to stay", "let the
    defectors remain", also where the parser hangs the infinitive on a relative clause of the object ("allowed
    five fugitive soldiers who landed last night to stay"). A stay in a state ("allowed banks to remain open") is
    none, and so is the stay of others ("allowed the U.N. inspectors to stay", "allowed U.S. troops to remain"
    are concessions)."""
    for token in permit.subtree:
        if token.lemma_.lower() not in _STAYING_VERBS or token.i < permit.i or \
                any(c.dep_ in ("acomp", "oprd", "attr", "dobj") for c in token.children):
            continue
        stayers = [c for c in (*permit.children, *token.children) if c.dep_ in ("dobj", "obj", "nsubj") and
                   c.i > permit.i]
        if not any(t.lemma_.lower() in _REFUGE_WORDS for s in stayers for t in s.subtree):
            continue
        node = token
        for _ in range(3):
            if node.dep_ not in ("xcomp", "ccomp", "advcl", "relcl", "dobj", "nsubj"):
                break
            node = node.head
            if node == permit:
                return token
    return None


def _emulated(verb: Token) -> Token | None:
    """Whom a verb of emulating copies: its object ("follow Brazil"), the owner of an example, lead or action it
    copies ("copy Brazil's action", "follow the example of Brazil")."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.lemma_.lower() not in _EMULATED_NOUNS:
            return obj if obj.pos_ == "PROPN" else None
        for child in obj.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _acts_named(verb: Token, model: Token) -> list[Token]:
    """The act a verb of emulating names by "in" or "of": "follow Brazil in suspending payments" (the parser may
    hang the gerund on its object, "suspending" an ``amod`` of "payments"), "copy Brazil's action in freezing all
    debt repayments" (the "in" on the verb or on the action copied), "follow Brazil's example of suspending
    interest payments"."""
    acts: list[Token] = []
    copied = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _EMULATED_NOUNS]
    # "in" on the verb or on what is copied, and "of" on what is copied ("Brazil's example of suspending payments")
    preps = [c for h in (verb, *copied) for c in h.children if c.dep_ == "prep" and
             (c.lower_ == "in" or (c.lower_ == "of" and h in copied))]
    for prep in preps:
        for node in prep.children:
            if node.dep_ == "pcomp":
                acts.append(node)
            elif node.dep_ == "pobj":
                acts.extend(c for c in node.children if c.dep_ == "amod" and c.tag_ == "VBG")
    return [a for a in acts if a != model]


class _Commitments(_Warnings):
    """Adds: acts committed to by emulation, threats by empowerment, and refuge granted."""

    def _commitments(self, triggers: list[_Trigger], by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """Recodes refuge granted and empowerment, and returns the triggers made for emulations."""
        made: list[_Trigger] = []
        for trigger in triggers:
            if trigger.head.lemma_.lower() in _PERMITTING_VERBS and trigger.category is not None:
                stay = _stays(trigger.head)
                if stay is not None:
                    trigger.category = "AID"
                    trigger.rule = f"refuge:{trigger.head.lemma_.lower()}>{stay.lemma_.lower()}"
                    trigger.steps.append(f"{trigger.head.text!r} others to {stay.text!r}: refuge granted (AID)")
            self._empowerment(trigger, by_head)
            self._submission(trigger, by_head)
        for verb in (self.doc[i] for i in self._positions(VERB, _EMULATING_HASHES)):  # few: no pass over the Doc
            if verb.i not in by_head:
                emulation = self._emulation(verb, by_head)
                if emulation is not None:
                    made.append(emulation)
                    by_head[verb.i] = emulation
        return made

    def _submission(self, trigger: _Trigger, by_head: dict[int, _Trigger]) -> None:
        """Consenting to have one's own thing acted on is a concession (PLOVER.md: "X is willing to V" is the
        intent; a concession is CONCEDE): "said it was willing to have its nuclear facilities inspected by the
        IAEA", "agreed to have her family's estate broken up". The causative "have" becomes the trigger, its
        recipient who would do the act ("by" the IAEA); the act itself is not done."""
        verb = trigger.head
        if verb.lemma_.lower() != "have" or trigger.category is not None or verb.dep_ != "xcomp" or \
                verb.head.lemma_.lower() not in _SUBMITTING_HOLDERS:
            return
        for thing in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            act = next((c for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            if act is None or any(c.dep_ in ("dobj", "obj") for c in act.children):
                continue
            inner = by_head.get(act.i)
            if inner is not None:
                inner.category = None
                inner.steps.append(f"what {verb.head.text!r} {verb.text!r} done: consented to, not done")
            doers = [p for a in act.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            trigger.category = "CONCEDE"
            trigger.noun = doers[0] if doers else None
            trigger.tokens = sorted({*trigger.tokens, act})
            trigger.rule = f"submission:have>{act.lemma_.lower()}"
            trigger.steps.append(f"{verb.head.text!r} to have {thing.text!r} {act.text!r}: a concession (CONCEDE)")
            return

    def _empowerment(self, trigger: _Trigger, by_head: dict[int, _Trigger]) -> None:
        """Empowering another to use force or sanctions threatens them (PLOVER.md: future material conflict is
        THREATEN): "gave full power to the government to decree trade sanctions against South Africa",
        "authorized the president to impose an embargo". The act empowered is not done; whom it would be done to
        is the one threatened, not the one empowered."""
        verb = trigger.head
        lemma = verb.lemma_.lower()
        if lemma not in _EMPOWERING_VERBS | _GRANTING_VERBS:
            return
        powers = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _POWER_NOUNS]
        if lemma not in _EMPOWERING_VERBS and not (lemma in _GRANTING_VERBS and powers):
            return
        for clause in (c for h in (verb, *powers) for c in h.children):
            if clause.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or clause.pos_ != "VERB" or \
                    not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                continue
            acts = [by_head[t.i] for t in (clause, *(o for o in clause.children if o.dep_ in ("dobj", "obj")))
                    if t.i in by_head]
            inner = next((t for t in acts if t.category in _MATERIAL_CONFLICT), None)
            if inner is None:
                continue
            for act in acts:
                act.category = None
                act.steps.append(f"what {verb.text!r} empowers someone to do: not done")
            trigger.category = "THREATEN"
            trigger.transformed_from, trigger.empowered = inner, True
            trigger.tokens = sorted({*trigger.tokens, *inner.tokens, clause})
            trigger.rule = f"empowerment:{lemma}>{inner.rule}"
            trigger.steps.append(f"{verb.text!r} others to {clause.text!r} {inner.category}: a threat (THREATEN)")
            return

    def _emulation(self, verb: Token, by_head: dict[int, _Trigger]) -> _Trigger | None:
        """The act a verb of emulating takes on: the material act its model did in a relative clause ("the
        example of Brazil, which declared a moratorium"); a statement copied is no act. An act named on the verb
        itself ("followed Uganda in breaking off relations", "follow Brazil's lead and suspend payments") is read
        as the emulator's already."""
        model = _emulated(verb)
        if model is None or not self._referents(model):
            return None
        for clause in (*(c for c in model.children if c.dep_ == "relcl"), *_acts_named(verb, model)):
            inner = by_head.get(clause.i)
            if inner is None or inner.category not in _MATERIAL:
                continue
            lemma = verb.lemma_.lower()
            entry = LexiconEntry(kind="verb", words=lemma, head=lemma, category=inner.category,
                                 source="words.py (emulation)")
            trigger = _Trigger(head=verb, entry=entry, category=inner.category, tokens=[verb],
                               rule=f"emulation:{lemma}>{inner.rule}", recipient_implied=inner.recipient_implied,
                               steps=[f"{verb.text!r} {model.text!r}, who {clause.text!r}: the same act "
                                      f"({inner.category}) by whoever emulates it"])
            if clause.dep_ != "relcl":
                # "follow Brazil in suspending payments", "copy Brazil's action in freezing repayments": the act
                # is the emulator's, done (or intended) by following; it is read once, here
                inner.category = None
                inner.steps.append(f"what {verb.text!r} {model.text!r} names: the emulator's act")
                # aimed at whom the act is (the creditors of "suspending payments"), never at the one copied
                trigger.transformed_from, trigger.empowered = inner, True
            return trigger
        return None
