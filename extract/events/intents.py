"""Intents: PLOVER's rules for an act intended, promised, threatened or refused rather than done (PLOVER.md,
"Coding rules"): cooperation promised is AGREE, material conflict intended THREATEN, a retreat promised
CONCEDE, and an act one is unwilling to do is a refusal (REJECT)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.parts import _Context, _Trigger
from newsgraph.extract.events.reported import _ReportedClauses
from newsgraph.extract.events.words import (
    _CONDITIONAL_MARKS,
    _COOPERATIVE,
    _DEMANDING_VERBS,
    _INTENT_ADJECTIVES,
    _MATERIAL_CONFLICT,
    _OWN_SUPPLY_NOUNS,
    _PROMISE_MODALS,
    _RECIPROCAL_WORDS,
    _REFUSAL_ADJECTIVES,
    _RESPONSE_WORDS,
    _VERBAL_CONFLICT,
    _YIELDING,
)
from newsgraph.records import Mode


def _conditional(trigger: _Trigger) -> bool:
    """Whether an intended act hangs on a condition: "in response to any attack", "if ...", "should ..."."""
    for token in trigger.tokens:
        for node in token.subtree:
            lower = node.lower_
            if node.dep_ == "mark" and lower in _CONDITIONAL_MARKS:
                return True
            if lower in _RESPONSE_WORDS and node.head.lower_ == "in":
                return True
            if lower in ("event", "case") and node.head.lower_ == "in":
                return True
            if lower == "any" and node.dep_ == "det":
                return True
    return False


def _negated_act(verb: Token) -> bool:
    """Whether a verb is negated: by a negation of its own, or as a conjunct joined by "or" or "nor" to a negated
    verb ("not to threaten or use force", "did not confirm or deny": the negation covers both)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in head.children) \
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children)


def _own_supply(inner: _Trigger) -> bool:
    """Whether a measure restricts what its doer itself sends out: "limit its tin exports", "restrict their
    exports" (a possessive pronoun on the exports), not imports from others or exports to a named party."""
    noun = inner.noun
    return noun is not None and noun.lemma_.lower() in _OWN_SUPPLY_NOUNS and \
        any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _intent_category(category: str, act: Token | None = None) -> str:
    """What intending an event is: cooperation promised is AGREE, a concession promised is CONCEDE (but an
    exchange of prisoners both sides are to make, ``act``, is cooperation agreed: AGREE), material conflict
    intended is THREATEN; intended verbal conflict keeps its category."""
    if category in _COOPERATIVE:
        return "AGREE"
    if category in _YIELDING and act is not None and act.lemma_.lower() in _RECIPROCAL_WORDS:
        return "AGREE"
    if category in _YIELDING:
        return "CONCEDE"
    if category in _MATERIAL_CONFLICT:
        return "THREATEN"
    return category


def _promising(head: Token) -> bool:
    """Whether an act is said with "will" or "would", on its verb or a verb it is the infinitive of ("would not
    dare to attack"), as a promise or threat of the actor's is."""
    node = head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _PROMISE_MODALS for c in node.children):
            return True
        if node.dep_ != "xcomp" or node.head == node:
            return False
        node = node.head
    return False


class _Intents(_ReportedClauses):
    """Adds: the category of an act promised, intended or refused."""

    def _promised(self, trigger: _Trigger, category: str, mode: Mode | None,
                  context: _Context) -> tuple[str, Mode | None]:
        """PLOVER's rules for an act promised, intended or refused rather than done (PLOVER.md, "Coding
        rules"): "X is willing / ready / prepared to V" is the intent (AGREE for cooperation, THREATEN for
        material conflict, CONCEDE for a concession) and "unwilling to V" a rejection; cooperation the actor
        says will or would happen is AGREE, material conflict THREATEN, a retreat CONCEDE. Verbal conflict
        keeps its category ("will demand" stays a future REQUEST)."""
        holder = self._intent_holder(trigger.head)
        if holder is not None and mode in (None, Mode.FUTURE) and \
                holder.lemma_.lower() in _INTENT_ADJECTIVES | _REFUSAL_ADJECTIVES:
            negated = any(c.dep_ == "neg" for c in (*holder.children, *holder.head.children))
            if holder.lemma_.lower() in _REFUSAL_ADJECTIVES or negated:
                trigger.steps.append(f"{holder.text!r} to {category}: a refusal (REJECT)")
                return "REJECT", None
            intended = _intent_category(category, trigger.head)
            trigger.steps.append(f"{holder.text!r} to {category}: the intent ({intended})")
            trigger.promised = True
            return intended, None
        inner = trigger.transformed_from
        if mode is Mode.NEGATED and category == "REQUEST" and trigger.entry.frame == "intent" and inner is not None \
                and inner.head.lemma_.lower() in _DEMANDING_VERBS and any(c.dep_ == "neg" for c in inner.head.children):
            # "decided not to insist on", "agreed not to press its demand": giving up a demand is a concession
            # (PLOVER.md: withdraw a demand; reuters-plover README: dropping one's own demand is CONCEDE)
            trigger.steps.append(f"{trigger.head.text!r} not to {inner.head.text!r}: a demand given up (CONCEDE)")
            return "CONCEDE", None
        if mode is Mode.NEGATED and category in _MATERIAL_CONFLICT and _promising(trigger.head):
            # "would not follow Brazil in suspending payments", "will not strike": force or a halt one says one
            # will not use is a threat denied (PLOVER.md: THREATEN; reuters-plover README: negated)
            trigger.steps.append(f"{category} said not to come: THREATEN, negated")
            trigger.promised = True
            return "THREATEN", mode
        if mode is Mode.NEGATED and context.unplanned:
            # "no plans for X to meet Y" denies a promise to meet (AGREE), "no intention of striking" a threat
            intended = _intent_category(category, trigger.head)
            trigger.steps.append(f"{category} not planned ({context.mode_reason}): {intended}, negated")
            trigger.promised = True  # said when it is reported, like the promise it denies
            return intended, mode
        if mode is Mode.FUTURE and category == "PROTEST":
            # "are certain to go on strike", "will strike next week": a strike or protest to come is a threat
            # (PLOVER.md: future material conflict is THREATEN; reuters-plover README: a strike threat)
            trigger.steps.append(f"PROTEST to come ({context.mode_reason}): THREATEN")
            trigger.promised = True
            return "THREATEN", None
        if mode is Mode.FUTURE and category not in _VERBAL_CONFLICT and (
                context.promised or category in _COOPERATIVE | _YIELDING) and \
                not (context.scheduled and category == "CONSULT"):
            # a meeting scheduled or expected is cooperation agreed on; force only its doer can threaten
            promised = _intent_category(category, trigger.head)
            trigger.steps.append(f"{category} promised, threatened or agreed to come ({context.mode_reason}): "
                                 f"{promised}")
            trigger.promised = True
            return promised, None
        if mode is Mode.HYPOTHETICAL and category in _COOPERATIVE and category != "AGREE":
            # "may meet", "is likely to visit": cooperation that may come is a possible agreement
            trigger.steps.append(f"possible {category} ({context.mode_reason}): AGREE, hypothetical")
            return "AGREE", mode
        return category, mode

    def _intent_holder(self, head: Token) -> Token | None:
        """The adjective of intent an act depends on: "willing to participate in providing a loan" → willing.
        The walk goes up through infinitives and prepositional clauses of verbs that are no event."""
        node = head
        for _ in range(4):
            if node.dep_ not in ("xcomp", "pcomp", "prep") or node.head == node:
                return None
            up = node.head
            if up.pos_ == "ADJ" and node.dep_ == "xcomp":
                return up
            if up.i in self.trigger_heads or up.pos_ not in ("VERB", "AUX", "ADP"):
                return None
            node = up
        return None
