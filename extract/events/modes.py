"""Modes and sources: whether an event is hypothetical, negated, future or historical background, whether a
frame above it blocks it, and who the article says claims it (reported speech, "according to")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.commitments import _Commitments
from newsgraph.extract.events.halting_words import _HALTING_VERBS, _LACKING_PREPS, _PROJECT_NOUNS
from newsgraph.extract.events.intents import _negated_act
from newsgraph.extract.events.parts import _Context, _Trigger
from newsgraph.extract.events.place_words import _OPEN_WATER_NOUNS
from newsgraph.extract.events.syntax import (
    _according_to,
    _going_to,
    _governors,
    _noun_forms,
    _object_taken_for_source,
    _plan_denied,
    _span_of,
)
from newsgraph.extract.events.words import (
    _ALLEGING_WORDS,
    _APPEARANCE_VERBS,
    _BELIEF_VERBS,
    _CONDITIONAL_MARKS,
    _CONDITIONAL_MODALS,
    _FAILING_VERBS,
    _FORECASTERS,
    _FUTURE_ADJ,
    _FUTURE_PREDICATES,
    _HISTORICAL_ADVERBS,
    _HYPOTHETICAL_ADJ,
    _LATER,
    _LIKELIHOOD,
    _MODALS_FUTURE,
    _MODALS_HYPOTHETICAL,
    _PERMISSION_VERBS,
    _POLL_WORDS,
    _PROMISE_CONDITIONS,
    _RELATIVE_PRONOUNS,
    _RELUCTANCE_VERBS,
    _SAME_TIME_PREPS,
    _SCHEDULED,
    _SEQUENCE_PREPS,
    _SETTLING_VERBS,
    _SPECULATION_VERBS,
    _TOPIC_PREPS,
    _VERBAL_CONFLICT,
    _YIELDING,
)
from newsgraph.records import Mode


def _elaborates_charge(node: Token, verb: Token) -> bool:
    """Whether ``node`` is an "in V-ing" that tells what a charge is: "accused the FNV of intransigence in refusing
    to alter its stance" (the charge's "of" or "for" on the verb or its object)."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.lower_ != "in" or prep.head != verb:
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for") for h in holders for c in h.children)

#: Verbs that call off what a deal, a plan or an offer was to do ("scrapping deals to buy American farm goods",
#: "shelved plans to visit Beijing", "dropped its offer to mediate"): the act the noun's clause names is not
#: done. "cut" is left out: "cut a deal to buy" makes the deal.
_UNDOING_VERBS = (_HALTING_VERBS - {"cut"}) | {"drop", "discard", "ditch", "tear up", "renege on"}


def _undoing(noun: Token) -> Token | None:
    """The verb that calls off what ``noun`` (a deal, a plan, an offer) was to do, when the noun is its object."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    word = verb.lemma_.lower() + (f" {particles[0]}" if particles else "")
    return verb if word in _UNDOING_VERBS else None


def _has_condition(verbs: set[Token]) -> bool:
    """Whether one of ``verbs`` has a conditional clause of its own: "would strike *if* ..."."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _PROMISE_CONDITIONS for m in c.children)
               for v in verbs for c in v.children)


def _standing_description(verb: Token) -> bool:
    """Whether a verb is a relative clause set off by a comma, in the simple present, that says what the noun
    before it is or does as a rule ("NATO, which leads a mission in Kosovo,"): no auxiliary, no time of its own."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or verb.i < 2:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg", "npadvmod") for c in verb.children):
        return False
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("which", "who")), None)
    return relative is not None and relative.i > 0 and verb.doc[relative.i - 1].text == ","


class _ModeReader(_Commitments):
    """Adds: mode, attribution, and whether a frame blocks the event."""

    def _context(self, trigger: _Trigger) -> _Context:
        context = _Context()
        head = trigger.head
        chain = list(_governors(head))
        verbs = [head, *(g for _, g in chain)]
        lacking = head
        while lacking.dep_ == "conj" and lacking.head != lacking:
            lacking = lacking.head
        if lacking.dep_ in ("pcomp", "pobj") and lacking.head.lower_ in _LACKING_PREPS:
            # "attacked Kuwait without warning", "consented without admitting or denying the allegations": what
            # is done without an act is done with no such act
            context.blocked = True
            trigger.steps.append(f"what is done {lacking.head.lower_!r} it is not done: not coded")
            return context
        alleged = next((c for word in (head, trigger.noun) if word is not None for c in word.children
                        if c.dep_ in ("amod", "advmod") and c.lower_ in _ALLEGING_WORDS), None)
        if alleged is not None:
            # "imposed an embargo over its alleged support for Somali insurgents": what is alleged is the content
            # of someone's accusation, not a fact
            context.blocked = True
            trigger.steps.append(f"{alleged.text!r}: alleged, not coded")
            return context
        if _standing_description(head):
            # "NATO, which leads a peacekeeping mission in Kosovo, said ...", "Turkey, which supports the rebels,":
            # what a party does as a rule, said of it in passing, is a description of it, not news of the day
            context.blocked = True
            trigger.steps.append("a description of a party in the present (', which leads'): not coded")
            return context
        if trigger.category == "ASSAULT" and self._fired_into_water(head):
            # a launch into open water attacks no one: a weapons test or a show of force, CAMEO 15 "exhibit force
            # posture", which PLOVER.md maps to MOBILIZE
            trigger.category = "MOBILIZE"
            trigger.steps.append("fired into open water, at no one: a launch, a show of force: MOBILIZE")
        if trigger.category in _YIELDING and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i > head.head.i \
                and head.head.lemma_.lower() in _SETTLING_VERBS:
            # "signed a peace agreement, formally ending their border war": the agreement is the act, the end of the
            # war its effect, no concession of its own
            context.blocked = True
            trigger.steps.append(f"what {head.head.text!r} brings about, its effect: not coded")
            return context
        top = verbs[-1]
        if top.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in ("any", "whichever", "whatever")
                                       for c in top.head.children):
            # "a special place in hell for any foreign leader who engages in bad-faith diplomacy": whoever might
            # do it, no party that did
            context.blocked = True
            trigger.steps.append(f"what any {top.head.text!r} does is no one's act: not coded")
            return context
        # frames above the trigger: requests and refusals block it, verbs of saying attribute it
        denied: Token | None = None
        node = head
        # "agreed to the proposals in two months of negotiations": a stretch of time the event fills, set beside
        # what a frame governs, is where it happened, not what the frame is of
        span = _span_of(head)
        setting = span != head and span.dep_ == "pobj" and span.head.lower_ in _SAME_TIME_PREPS - {"on"}
        for dep, governor in chain:
            if (dep == "pcomp" or (dep == "adjunct" and _elaborates_charge(node, governor))) and \
                    self._charges(governor):
                context.blocked = True
                trigger.steps.append(f"what {governor.text!r} charges someone with: alleged, not coded")
                return context
            if dep == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in _TOPIC_PREPS and self._talks(governor):
                # "talks in Madrid on restoring diplomatic relations": what talks are about is their topic, not
                # an act of anyone's (PLOVER.md: the talks are the event)
                context.blocked = True
                trigger.steps.append(f"what the {governor.text!r} are about: a topic, not coded")
                return context
            if dep == "advcl:to":
                # "scrapping deals to buy": the parser hangs the deals' infinitive on the verb
                projects = [o for o in governor.children if o.dep_ in ("dobj", "obj") and o.i < node.i
                            and o.lemma_.lower() in _PROJECT_NOUNS]
                if projects and _undoing(projects[0]) is not None:
                    governor, dep = projects[0], "acl"
            if dep == "acl" and governor.pos_ == "NOUN" and (undone := _undoing(governor)) is not None:
                context.blocked = True
                trigger.steps.append(f"what the {governor.text!r} {undone.text!r} was to do is called off, "
                                     "not done: not coded")
                return context
            node = governor
            if dep in ("xcomp", "ccomp") and governor.lemma_.lower() in _PERMISSION_VERBS:
                context.blocked = True
                trigger.steps.append(f"what {governor.text!r} lets a party do is permitted, not done: not coded")
                return context
            if dep == "xcomp" and governor.lemma_.lower() in _FAILING_VERBS:
                continue  # "failed to agree": negated, not blocked (_mode)
            if _plan_denied(governor):
                denied = governor
                continue  # "no plans for X to meet": negated, not blocked (_mode)
            if denied is not None and denied.head == governor and dep in ("dobj", "obj", "attr"):
                continue  # "has no plans to": the verb that has the plan is no frame of its own
            frame = self._frame_of(governor)
            if frame in ("request", "block", "intent") and not setting and \
                    dep in ("xcomp", "ccomp", "dobj", "pcomp", "pobj", "acl", "nsubjpass", "csubjpass", "advcl:to"):
                context.blocked = True
                trigger.steps.append(f"governed by {frame} word {governor.text!r}: not a fact, not coded")
                return context
            if frame == "report" and dep in ("ccomp", "parataxis") and \
                    context.reporter is None and governor.pos_ in ("VERB", "AUX"):
                context.reporter = governor
        # a verb of saying beside the clause: "X attacked Y, sources said"
        if context.reporter is None:
            for verb in verbs[:3]:
                for child in verb.children:
                    if child.dep_ in ("parataxis", "advcl", "ccomp") and self._frame_of(child) == "report" \
                            and not any(c.dep_ == "ccomp" for c in child.children) and not _subordinate(child):
                        context.reporter = child
                        break
                if context.reporter is not None:
                    break
        if context.reporter is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _POLL_WORDS
                                                for c in context.reporter.children):
            context.blocked = True
            trigger.steps.append(f"what a poll {context.reporter.text!r} is opinion, no event: not coded")
            return context
        if context.reporter is not None:
            context.attribution = self._attribution_of(context.reporter)
            if context.attribution:
                trigger.steps.append(f"attribution {context.attribution!r}: subject of "
                                     f"{context.reporter.text!r}")
        if context.attribution is None:
            for verb in verbs[:4]:
                source = _according_to(verb)
                if source is not None:
                    context.attribution = self._source_text(source)
                    trigger.steps.append(f"attribution {context.attribution!r}: 'according to'")
                    break
        context.mode, context.modal = self._mode(trigger, chain, context)
        if context.mode is Mode.FUTURE and context.reporter is not None and self._forecast(context.reporter):
            # "OPEC will cut output, analysts said": onlookers' word is a forecast, not the party's promise
            context.mode, context.promised = Mode.HYPOTHETICAL, False
            context.mode_reason = f"a forecast by {context.attribution or 'onlookers'}"
        if context.mode is not None:
            trigger.steps.append(f"mode {context.mode.value}: {context.mode_reason}")
        return context

    def _mode(self, trigger: _Trigger, chain: list[tuple[str, Token]],
              context: _Context) -> tuple[Mode | None, bool]:
        head = trigger.head
        category = trigger.category
        # the clause the trigger stands in (for a noun: the verb that governs it)
        clause = head
        if head.pos_ in ("NOUN", "PROPN"):
            for _dep, governor in chain:
                if governor.pos_ in ("VERB", "AUX"):
                    clause = governor
                    break
        light = [t for t in trigger.tokens if t.pos_ in ("VERB", "AUX")]
        verbs = {head, *light, *self._raising_verbs(chain)}
        if trigger.transformed_from is not None:
            verbs.add(trigger.head)
        aux = [c for v in verbs for c in v.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")]
        words = {c.lower_ for c in aux}
        modal = bool(words & (_MODALS_HYPOTHETICAL | _MODALS_FUTURE))
        # hypothetical: a conditional clause above the trigger, before any negation in it ("if Iraq does not
        # withdraw" says nothing of what Iraq did)
        for dep, governor in [("self", head), *chain]:
            node = governor if dep != "self" else head
            if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in node.children):
                context.mode_reason = f"a conditional clause ({node.text!r})"
                return Mode.HYPOTHETICAL, modal
            if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "until")
                                            for c in node.children) and node.tag_ in ("VBP", "VBZ", "VB"):
                context.mode_reason = f"a clause of what has not happened yet ({node.text!r})"
                return Mode.HYPOTHETICAL, modal
            if node.dep_ in ("relcl",):
                break
        # negation on the trigger, its light verb, or a determiner "no" on a nominal event; "would not hesitate to
        # strike" affirms the strike
        negated = any(_negated_act(v) and v.lemma_.lower() not in _RELUCTANCE_VERBS for v in verbs) and \
            not trigger.negation_read  # "agreed not to use force", "did not rule out force": the category's
        if head.pos_ in ("NOUN", "PROPN"):
            negated = negated or any(c.lower_ in ("no",) and c.dep_ == "det" for c in head.children)
            if clause != head and clause.dep_ != "ROOT" and trigger.entry.kind == "noun":
                negated = negated or (any(c.dep_ == "neg" for c in clause.children)
                                      and head.dep_ in ("nsubj", "nsubjpass"))
        if not negated and head.dep_ == "xcomp" and any(c.lower_ == "yet" for c in head.head.children) and \
                head.head.lemma_ in ("have", "be"):
            negated = True  # "has yet to be approved"
        if not negated and head.dep_ == "xcomp" and head.head.lemma_.lower() in _FAILING_VERBS:
            context.mode_reason = f"{head.head.text!r} to"
            return Mode.NEGATED, modal
        if negated:
            context.mode_reason = "a negation on the trigger"
            return Mode.NEGATED, modal
        plan = next((g for _, g in chain[:3] if _plan_denied(g)), None)
        if plan is not None:
            # "there are no plans for Funaro to meet the bankers": the meeting is not planned
            context.mode_reason = f"no {plan.text!r} for it"
            context.unplanned = True
            return Mode.NEGATED, modal
        for dep, governor in chain[:2]:
            if dep in ("xcomp", "ccomp", "acomp", "oprd") and governor.lemma_.lower() in _APPEARANCE_VERBS:
                context.mode_reason = f"it only {governor.text!r} so"
                context.apparent = head.tag_ == "VB"  # "appeared to discard": an act seen, if hedged
                return Mode.HYPOTHETICAL, modal
            if dep == "xcomp" and governor.pos_ == "ADJ" and governor.lemma_.lower() in _LIKELIHOOD:
                context.mode_reason = f"{governor.text!r} to: a possibility"
                return Mode.HYPOTHETICAL, modal
        for dep, governor in chain[:3]:
            if dep == "ccomp" and governor.lemma_.lower() in _SPECULATION_VERBS:
                context.mode_reason = f"what someone {governor.text!r}: a guess"
                return Mode.HYPOTHETICAL, modal
        if head.pos_ in ("NOUN", "PROPN"):
            adjectives = {c.lower_ for c in head.children if c.dep_ in ("amod", "det", "compound")}
            if adjectives & _HYPOTHETICAL_ADJ - {"new"}:
                context.mode_reason = f"{sorted(adjectives & _HYPOTHETICAL_ADJ)[0]!r} on the event noun"
                return Mode.HYPOTHETICAL, modal
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in ("event", "case"):
                context.mode_reason = "'in the event of'"
                return Mode.HYPOTHETICAL, modal
            if adjectives & _FUTURE_ADJ:
                context.mode_reason = f"{sorted(adjectives & _FUTURE_ADJ)[0]!r} on the event noun"
                return Mode.FUTURE, modal
        reported = context.reporter is not None
        if category not in _VERBAL_CONFLICT and words & _CONDITIONAL_MODALS and _has_condition(verbs):
            # "would impose sanctions if ...", "will send aid unless ...": the actor's conditional word
            context.mode_reason = f"a conditional {sorted(words & _CONDITIONAL_MODALS)[0]!r} ... if"
            context.promised = True
            return Mode.FUTURE, modal
        if category != "THREATEN" and words & _MODALS_HYPOTHETICAL:
            if reported and "would" in words and context.reporter is not None and \
                    context.reporter.lemma_.lower() in _BELIEF_VERBS:
                # "I don't think the Bundesbank would give that up", "analysts believe OPEC would cut output":
                # what one thinks another would do is a guess about the other, no promise of its (rule 3)
                context.mode_reason = f"'would' in what someone {context.reporter.text!r}: a guess"
                return Mode.HYPOTHETICAL, modal
            if reported and "would" in words and not words & (_MODALS_HYPOTHETICAL - {"would"}):
                context.mode_reason = "'would' in reported speech"
                context.promised = True
                return Mode.FUTURE, modal
            context.mode_reason = f"the modal {sorted(words & _MODALS_HYPOTHETICAL)[0]!r}"
            return Mode.HYPOTHETICAL, modal
        if any(v.tag_ in ("VB", "VBP", "VBZ", "VBG") and c.dep_ in ("advmod", "npadvmod") and
               (c.lower_ in _LATER or any(g.lower_ in _LATER for g in c.children))
               for v in verbs for c in v.children):
            # "meet later today", "later this week": still to come on the day it is told ("met two days later", a
            # past tense, was afterwards)
            context.mode_reason = "'later'"
            return Mode.FUTURE, modal
        if words & _MODALS_FUTURE or _going_to(head):
            context.mode_reason = "'will'"
            context.promised = True
            return Mode.FUTURE, modal
        for dep, governor in chain[:2]:
            if dep == "xcomp" and governor.lemma_.lower() in _FUTURE_PREDICATES and \
                    (governor.tag_ == "VBN" or governor.pos_ == "ADJ" or governor.lemma_ == "go"):
                context.mode_reason = f"{governor.text!r} to"
                context.scheduled = governor.lemma_.lower() in _SCHEDULED
                return Mode.FUTURE, modal
            if dep == "xcomp" and governor.lemma_ == "be" and chain[0][1] == governor and \
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                # "Japan is to provide a loan", "the minister is to visit Moscow": the "be to" of an arrangement
                # reports the act as fixed, still to come (a loan "to be provided" is AGREE, reuters-plover README)
                context.mode_reason = f"{governor.text!r} to"
                context.scheduled = True
                return Mode.FUTURE, modal
            if dep == "xcomp" and any(c.lower_ in _MODALS_FUTURE for c in governor.children
                                      if c.dep_ == "aux"):
                context.mode_reason = "'will'"
                context.promised = True
                return Mode.FUTURE, modal
            if dep == "adjunct" and head.tag_ == "VBG" and head.dep_ == "pcomp" and \
                    head.head.lower_ in _SEQUENCE_PREPS:
                # "will fly to Beijing after meeting Gorbachev": a step on the way takes the tense of the clause
                # it hangs on, "would leave after meeting X" in reported speech too
                promises = {c.lower_ for c in governor.children if c.dep_ == "aux"} & \
                    (_MODALS_FUTURE | ({"would"} if reported else set()))
                if promises:
                    context.mode_reason = f"{head.head.text!r} what {sorted(promises)[0]!r} {governor.text!r}"
                    context.promised = True
                    return Mode.FUTURE, modal
        if not reported and head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                                       for c in head.children):
            context.mode_reason = "a past perfect background event"
            context.historical_if_undated = True
        if any(c.dep_ == "advmod" and c.lower_ in _HISTORICAL_ADVERBS for c in head.children):
            context.mode_reason = "a background adverb"
            context.historical_if_undated = True
        return None, modal

    def _fired_into_water(self, verb: Token) -> bool:
        """Whether a verb sends its weapon into open water: "into the sea", "into the Sea of Japan", "toward
        waters off its east coast"."""
        return any(p.dep_ == "prep" and p.lower_ in ("into", "toward", "towards") and (
            g.lemma_.lower() in _OPEN_WATER_NOUNS or (g.i in self.ent_of and self._a_sea(self.ent_of[g.i].kb_id_)))
            for p in verb.children for g in p.children if g.dep_ == "pobj")

    def _talks(self, word: Token) -> bool:
        """Whether a word names talks: a CONSULT noun of the lexicon ("talks", "negotiations"), or a verb that
        holds them ("will hold talks ... on restoring relations", the parser hanging the topic on the verb)."""
        nouns = [word] if word.pos_ == "NOUN" else [c for c in word.children if c.dep_ in ("dobj", "obj")] \
            if word.pos_ == "VERB" else []
        return any(e.category == "CONSULT" for n in nouns for e in self.lexicon.noun_entries(*_noun_forms(n)))

    def _raising_verbs(self, chain: list[tuple[str, Token]]) -> list[Token]:
        """The verbs above a trigger that are no event of their own and lend it their tense, modal and negation:
        "would not dare to attack", "said it would continue to attack", "would not hesitate to strike"."""
        out: list[Token] = []
        for dep, governor in chain:
            if dep != "xcomp" or governor.pos_ not in ("VERB", "AUX") or governor.i in self.event_heads or \
                    self._frame_of(governor) in ("block", "request", "intent", "report"):
                break  # frames decide for themselves ("is not considering": not planned)
            out.append(governor)
        return out

    def _forecast(self, reporter: Token) -> bool:
        """Whether a verb of saying has onlookers (analysts, economists, traders) as its subject."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _FORECASTERS for c in reporter.children)

    def _attribution_of(self, reporter: Token) -> str | None:
        subjects = [c for c in reporter.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            subjects = [p for c in reporter.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not subjects:
            return None
        subject = subjects[0]
        if reporter.dep_ == "ccomp" and subject in _object_taken_for_source(reporter.head):
            # "imposed sanctions on X, the Treasury's Office ... said": the source is the phrase after the comma
            comma = max(t.i for t in self.doc[subject.i:reporter.i] if t.text == ",")
            sources = [t for t in self.doc[comma + 1:reporter.i] if not comma < t.head.i < reporter.i]
            if not sources:
                return None
            subject = sources[0]
        if subject.pos_ == "PRON" and subject.lower_ not in _RELATIVE_PRONOUNS:
            antecedent = self._antecedent(subject)
            if antecedent is not None:
                subject = antecedent
        return self._source_text(subject)

    def _source_text(self, token: Token) -> str | None:
        ent = self.ent_of.get(token.i)
        if ent is not None:
            return ent.kb_id_
        for child in token.children:
            if child.dep_ in ("appos", "compound") and child.i in self.ent_of and \
                    self.entities[self.ent_of[child.i].kb_id_].type in ("Person", "Organization"):
                return self.ent_of[child.i].kb_id_
        # the words before the head in its phrase, without a leading article: "diplomatic sources"
        start = token.left_edge.i
        while start < token.i and self.doc[start].dep_ in ("det", "punct", "cc"):
            start += 1
        text = self.doc[start:token.i + 1].text
        return " ".join(text.split()) or None


def _subordinate(clause: Token) -> bool:
    """Whether a clause is subordinate by a conjunction of time or cause ("tanks moved into Slovenia after it
    declared independence"): it tells when or why, and is not who reports the clause it hangs on ("as the
    ministry said" still is)."""
    return any(c.dep_ == "mark" and c.lower_ != "as" for c in clause.children)
