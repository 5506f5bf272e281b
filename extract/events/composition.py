"""Composition: words that govern other events. A support verb takes its event noun's category ("held
talks"); an intent verb turns what it governs into a threat, an agreement or a concession ("pledged to expel");
requests and refusals keep what they govern from being a fact; a threat absorbs its condition."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.halting import _Halting
from newsgraph.extract.events.halting_words import (
    _COMMANDED_ACTS,
    _COMMANDING_VERBS,
    _FORCES_MOVED,
    _FORCES_MOVING,
    _KEPT_OPEN,
    _LEAVING_ORDERED,
)
from newsgraph.extract.events.intents import _conditional, _intent_category, _negated_act, _own_supply
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.reported import (
    _charge_sought,
    _code_reported_clause,
    _denies,
    _fault,
    _obligation_word,
    _past_obligation,
    _refusal_verdict,
    _refused_partner,
    _verdict,
)
from newsgraph.extract.events.syntax import (
    _counted,
    _expected,
    _forecast_of_another,
    _has_subject,
    _is_passive,
    _objects_of,
    _plan_denied,
    _prep_objects,
    _relative_object,
    _split_off_demonyms,
    _words,
)
from newsgraph.extract.events.words import (
    _ASKING_FOR_VERBS,
    _ASKING_VERBS,
    _CONDITIONAL_MARKS,
    _CURRENCY_ABBREVIATIONS,
    _FAILING_VERBS,
    _LEGISLATION_NOUNS,
    _MATERIAL_CONFLICT,
    _PROPOSING_VERBS,
    _RETALIATING_VERBS,
    _RULING_VERBS,
    _SPAN_NOUNS,
    _TRYING_VERBS,
    _VERBAL_CONFLICT,
    _VIOLENCE,
    _WANTING_VERBS,
)


def _proposes_act(verb: Token, by_head: dict[int, _Trigger]) -> bool:
    """Whether a proposal is of an act (PLOVER.md: offers and proposals are AGREE): a clause ("proposed that talks
    be separated", "proposed resuming quotas") or an event its object names ("proposed a conference")."""
    return any(c.dep_ in ("ccomp", "xcomp", "pcomp") or (c.dep_ in ("dobj", "obj") and c.i in by_head and
                                                         by_head[c.i].category is not None) for c in verb.children)


def _an_amount(token: Token) -> bool:
    """Whether a noun is an amount of money ("75 billion yen", "300 mln dlrs"), whose "in" says of what."""
    return token.lower_ in _CURRENCY_ABBREVIATIONS or token.ent_type_ == "MONEY"


class _Composer(_Halting):
    """Adds: frames over other events."""

    def _resolve_frame(self, trigger: _Trigger, by_head: dict[int, _Trigger], consumed: set[int],
                       extra: list[_Trigger]) -> None:
        entry = trigger.entry
        frame = entry.frame
        if trigger.noun is not None and trigger.noun != trigger.head:
            # a light verb with its object ("imposed sanctions"): the noun is part of this trigger
            consumed.add(trigger.noun.i)
        if frame in ("support", "converse") and trigger.category is None:
            noun_trigger = self._governed_event_noun(trigger, by_head)
            if noun_trigger is None:
                return
            consumed.add(noun_trigger.head.i)
            trigger.noun = noun_trigger.head
            trigger.noun_entry = noun_trigger.entry
            trigger.category = noun_trigger.category
            trigger.tokens = sorted({*trigger.tokens, noun_trigger.head})
            trigger.rule = f"{frame}:{entry.words}+{noun_trigger.rule}"
            trigger.steps.append(f"{frame} verb {trigger.head.text!r} takes the category of the event noun "
                                 f"{noun_trigger.head.text!r} ({noun_trigger.entry.source}: "
                                 f"{noun_trigger.category})")
            return
        if frame is None and entry.category == "THREATEN" and trigger.noun is not None and \
                self._diplomats_sent_away(trigger):
            return  # "gave France's ambassador 72 hours to leave the country": the ultimatum is the expulsion
        if frame == "block" and trigger.head.lemma_.lower() in _FAILING_VERBS:
            return  # "failed to agree": the agreement is coded, negated (modes)
        if frame == "block" and _plan_denied(trigger.head):
            return  # "no plans for X to meet Y": the meeting is coded, negated (modes)
        if frame == "intent" and _expected(trigger.head):
            return  # "the council is expected to agree": no intent, the act is coded for itself (future)
        if frame in ("intent", "request", "block"):
            direct, nested = self._governed_events(trigger, by_head)
            for other in (*direct, *nested):
                consumed.add(other.head.i)
            if frame == "intent" and _forecast_of_another(trigger.head):
                trigger.steps.append(f"{trigger.head.text!r} another to act: a forecast, no event")
                trigger.category = None
                return
            if frame == "request":
                self._command(trigger, direct)
            if frame == "block" and entry.words in _KEPT_OPEN and _negated_act(trigger.head) and \
                    any(o.category in _MATERIAL_CONFLICT for o in direct):
                # "did not rule out military action", "would not rule out sanctions": force kept open is a veiled
                # threat (CAMEO 13), not a refusal denied
                trigger.category = "THREATEN"
                trigger.negation_read = True
                trigger.rule = f"kept open:{entry.words}"
                trigger.steps.append(f"not {entry.words!r} {direct[0].category}: force kept open, THREATEN")
                return
            if frame != "intent":
                return
            made: list[_Trigger] = []
            for inner in direct:
                if inner.category is None:
                    self._resolve_frame(inner, by_head, consumed, extra)
                if inner.category is not None:
                    made.append(inner)
            if not made and trigger.head.lemma_.lower() in _PROPOSING_VERBS and \
                    not _proposes_act(trigger.head, by_head):
                # "would propose such a measure": a measure of one's own is policy, not an offer to anyone
                trigger.category = None
                return
            if not made and any(o.lemma_.lower() in _LEGISLATION_NOUNS for o in _objects_of(trigger.head)):
                # "Senator Bentsen offered a bill to curb imports": a lawmaker's bill is lawmaking, no offer
                trigger.steps.append("a bill or an amendment offered is lawmaking, no offer to anyone")
                trigger.category = None
                return
            if not made and entry.category is None and self._asked_from(trigger.head):
                # "sought a flexible attitude from its creditors", "wants guarantees from Moscow": asking it
                trigger.category = "REQUEST"
                trigger.rule = f"intent-from:{entry.words}"
                trigger.steps.append(f"{trigger.head.text!r} something from someone: a request (REQUEST)")
                return
            if not made and trigger.category is None and trigger.head.lemma_.lower() in _WANTING_VERBS:
                self._wanting_of_others(trigger)
            for number, inner in enumerate(made):
                target = trigger
                if number:
                    target = _Trigger(head=trigger.head, entry=entry, category=entry.category,
                                      tokens=[trigger.head], rule=trigger.rule, steps=list(trigger.steps[:1]))
                    extra.append(target)
                self._intend(target, inner)
            return
        if frame == "report" and trigger.category is None:
            objects = [c for c in trigger.head.children if c.dep_ in ("dobj", "obj")]
            xcomp = [c for c in trigger.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and c.lemma_ not in ("be", "have")]
            if objects and xcomp and not _is_passive(trigger.head) and any(self._referents(o) for o in objects):
                trigger.category = "REQUEST"
                trigger.rule = f"report-request:{entry.words}"
                trigger.steps.append(f"{trigger.head.text!r} someone to do something: a request (REQUEST)")
                direct, nested = self._governed_events(trigger, by_head)
                for other in (*direct, *nested):
                    consumed.add(other.head.i)
                return
            clause = self._obligation(trigger.head)
            if clause is not None and _charge_sought(clause):
                # "plans to recommend that WPPSS be charged with fraud": the charge the recommender will bring
                _code_reported_clause(trigger, clause, "ACCUSE", f"report-charge:{entry.words}",
                                      f"{trigger.head.text!r} that someone be {clause.text!r}: a charge to come "
                                      "(ACCUSE)", by_head, consumed)
                trigger.future = True
                return
            if clause is not None and _past_obligation(clause):
                # "the SEC said the bank should have listed the loss": what Y failed to do, a reproach (ACCUSE)
                _code_reported_clause(trigger, clause, "ACCUSE", f"report-reproach:{entry.words}",
                                      f"{trigger.head.text!r} that someone {_obligation_word(clause)} have "
                                      f"{clause.text!r}: a reproach (ACCUSE)", by_head, consumed)
                return
            if clause is not None:
                # "X said Y must / should V": X asks it of Y (PLOVER.md); what Y must do is not a fact
                _code_reported_clause(trigger, clause, "REQUEST", f"report-obligation:{entry.words}",
                                      f"{trigger.head.text!r} that someone {_obligation_word(clause)} "
                                      f"{clause.text!r}: a request (REQUEST)", by_head, consumed)
                return
            clause = self._condemnation(trigger.head)
            if clause is not None:
                # "X said Y's tariffs were unacceptable": X condemns Y (PLOVER.md: criticize, condemn: ACCUSE)
                # what an accusation says, and its grounds ("... because the US had signed ..."), are no facts
                _code_reported_clause(trigger, clause, "ACCUSE", f"report-condemnation:{entry.words}",
                                      f"{trigger.head.text!r} that {clause.text!r} is "
                                      f"{_verdict(clause) or _fault(clause)!r}: an accusation (ACCUSE)",
                                      by_head, consumed)
                return
            clause = self._refusal(trigger.head)
            if clause is not None:
                # "X said the targets were not negotiable": X refuses to bargain over them (PLOVER.md: REJECT),
                # which names no one it is refused to; "X said the American charges were groundless" denies
                # them, and is aimed at whose they are
                _code_reported_clause(trigger, clause, "REJECT", f"report-refusal:{entry.words}",
                                      f"{trigger.head.text!r} that {clause.text!r} is "
                                      f"{_refusal_verdict(clause) or self._ruled_out(clause)!r}: "
                                      "a refusal (REJECT)", by_head, consumed)
                if not _denies(clause):
                    # refused with a party ("no talks with Russia"): aimed at it; else at no one
                    trigger.aimed_at = _refused_partner(clause)
                return
            clause = self._wrongdoing(trigger.head)
            if clause is not None:
                # "X said Y violated the agreement": X accuses Y; the violation is what X alleges, not a fact;
                # a court that rules so finds Y liable, a penalty of its own (SANCTION)
                finding = trigger.head.lemma_.lower() in _RULING_VERBS and \
                    "judiciary" in self._doer_sectors(trigger.head)
                _code_reported_clause(trigger, clause, "SANCTION" if finding else "ACCUSE",
                                      f"report-wrongdoing:{entry.words}>{clause.lemma_.lower()}",
                                      f"{trigger.head.text!r} that someone {clause.text!r}: "
                                      + ("a court's finding of liability (SANCTION)" if finding
                                         else "an accusation (ACCUSE)"), by_head, consumed)

    def _absorb(self, trigger: _Trigger, by_head: dict[int, _Trigger], consumed: set[int]) -> None:
        """Events that belong to another one: the condition of a threat ("would face consequences if it
        invades") is part of the threat, and "spoke with X in a teleconference" is one meeting, not two."""
        head = trigger.head
        if trigger.category == "THREATEN" and head.pos_ in ("VERB", "AUX"):
            # a warning's condition may stand in what was said ("said that if X approves the tax, ...": conditions)
            for child in (*head.children, *([trigger.aimed_at] if trigger.aimed_at is not None else [])):
                if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
                                                 for c in child.children):
                    for token in child.subtree:
                        if token.i in by_head and token.i not in consumed:
                            consumed.add(token.i)
                            by_head[token.i].steps.append(f"the condition of the threat {head.text!r}")
        if trigger.entry.kind == "noun" and head.dep_ == "pobj":
            verb = head.head.head
            other = by_head.get(verb.i)
            if other is not None and other is not trigger and other.category == trigger.category and \
                    verb.i not in consumed:
                consumed.add(head.i)
                other.absorbed.append(head)
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "advcl") and not _has_subject(head):
            # "met Assad to discuss ...": the talk is the meeting
            other = by_head.get(head.head.i)
            if other is not None and other.category == trigger.category and head.head.i not in consumed:
                consumed.add(head.i)
                other.absorbed.extend(_split_off_demonyms(head))  # "killed in Israeli tank shelling"

    def _intend(self, trigger: _Trigger, inner: _Trigger) -> None:
        """An intent verb and the event it governs become one event: "pledged to take action" → THREATEN."""
        assert inner.category is not None
        objects = [o for o in _objects_of(trigger.head) if o != inner.head]
        own = {r.key for s in trigger.head.children if s.dep_ == "nsubj" for r in self._referents(s)}
        others = [r for s in inner.head.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                  for r in self._referents(s)] if inner.head.pos_ in ("VERB", "AUX") else []
        if (objects and inner.head.pos_ in ("VERB", "AUX") and not _has_subject(inner.head)
                and any(self._referents(o) for o in objects)) or \
                (others and all(r.key not in own for r in others) and
                 (trigger.entry.category is None or trigger.head.lemma_.lower() in _PROPOSING_VERBS)):
            # "wants Putin to attack": wanting someone else to act is a request
            trigger.category = "REQUEST"
            trigger.steps.append(f"intent verb {trigger.head.text!r} with an object and an event "
                                 f"{inner.head.text!r} for it: a request (REQUEST)")
        elif trigger.entry.category == "THREATEN":
            # "threatened to sign a separate peace treaty", "threatened to walk out": whatever is threatened, the
            # threat is the event (PLOVER.md: THREATEN); the act threatened is its content, not done
            trigger.steps.append(f"threat {trigger.head.text!r} to {inner.category} {_words(inner.tokens)!r}: "
                                 "THREATEN")
            trigger.category = "THREATEN"
        elif trigger.entry.category == "AGREE" and inner.category in _VERBAL_CONFLICT | _MATERIAL_CONFLICT and \
                inner.head.pos_ in ("VERB", "AUX") and _negated_act(inner.head):
            # "agreed not to threaten or use force against each other", "pledged not to attack": conflict renounced
            # is a commitment to peace (PLOVER.md: promised cooperation is AGREE); the negation is what was agreed
            trigger.steps.append(f"{trigger.head.text!r} not to {inner.category} {_words(inner.tokens)!r}: "
                                 "conflict renounced, AGREE")
            trigger.category = "AGREE"
            trigger.negation_read = True
        elif trigger.entry.category == "AGREE" and inner.category == "SANCTION" and _own_supply(inner):
            # "Zaire agreed to limit its tin exports in line with the producers' plan": restraint on one's own
            # exports agreed is a commitment to an accord (PLOVER.md: AGREE), no measure against anyone
            trigger.steps.append(f"{trigger.head.text!r} to {_words(inner.tokens)!r}, its own: AGREE")
            trigger.category = "AGREE"
        elif trigger.entry.category == "AGREE" and inner.category in _MATERIAL_CONFLICT - _VIOLENCE and \
                not _conditional(inner) and inner.head.lemma_.lower() not in _RETALIATING_VERBS and \
                trigger.head.lemma_.lower() not in _PROPOSING_VERBS:
            # (a sanction proposed, "proposed anti-dumping duties on Japanese photocopiers", is not yet decided:
            # a warning of material conflict to come, THREATEN, in the branch below)
            # "pledged to expel": a commitment to act, the act itself to come; a commitment to violence is a threat
            # (the branch below: "vowed to continue the armed struggle")
            trigger.steps.append(f"commitment {trigger.head.text!r} to {inner.category} "
                                 f"{_words(inner.tokens)!r}: {inner.category}, future")
            trigger.category = inner.category
            trigger.future = True
        elif trigger.entry.category == "AGREE" and inner.entry.kind == "noun" and inner.category in _VERBAL_CONFLICT:
            # "agreed to the employers' request": accepting what another asked is agreeing with them; "agreed to a
            # censure": accepting an accusation or a penalty of one's own is a concession (PLOVER.md: yielding)
            category = "AGREE" if inner.category == "REQUEST" else "CONCEDE"
            trigger.steps.append(f"{trigger.head.text!r} {inner.category} {inner.head.text!r}: accepting it is "
                                 f"{category}")
            trigger.category = category
        elif trigger.entry.category is None and inner.entry.kind == "noun" and inner.head.head == trigger.head \
                and inner.head.dep_ in ("dobj", "obj") and trigger.head.lemma_.lower() not in _TRYING_VERBS:
            # "seeking approval", "wants talks": wanting a thing from others is asking for it ("attempt a
            # settlement" is trying to reach it: the intent of the act, below)
            trigger.category = "REQUEST"
            trigger.steps.append(f"{trigger.head.text!r} {inner.head.text!r}: asking for it (REQUEST)")
        else:
            category = _intent_category(inner.category, inner.head)
            trigger.steps.append(f"intent verb {trigger.head.text!r} governs {inner.category} "
                                 f"{_words(inner.tokens)!r}: {category}")
            trigger.category = category
        trigger.transformed_from = inner
        trigger.tokens = sorted({*trigger.tokens, *inner.tokens})
        trigger.rule = f"intent:{trigger.entry.words}>{inner.rule}"

    def _wanting_of_others(self, trigger: _Trigger) -> None:
        """Wanting another party to act is asking it to, whatever the act: "The U.S. wants Japan to eliminate
        import controls" is a REQUEST of Japan (PLOVER.md: requests, demands), where "wants to" is an intent."""
        verb = trigger.head
        own = {r.key for s in verb.children if s.dep_ == "nsubj" for r in self._referents(s)}
        for clause in verb.children:
            if clause.dep_ not in ("xcomp", "ccomp") or clause.pos_ not in ("VERB", "AUX") or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            doers = [c for c in (*clause.children, *verb.children)
                     if (c.dep_ == "nsubj" and c.head == clause) or (c.dep_ in ("dobj", "obj") and c.head == verb)]
            asked = {r.key for d in doers for r in self._referents(d)}
            if asked and not asked <= own:
                trigger.category = "REQUEST"
                trigger.aimed_at = clause
                trigger.rule = f"wanting:{trigger.entry.words}>{clause.lemma_.lower()}"
                trigger.steps.append(f"{verb.text!r} another to {clause.text!r}: a request (REQUEST)")
                return

    def _command(self, trigger: _Trigger, governed: list[_Trigger]) -> None:
        """A command with a participle over its object is the act commanded, done by whoever commands it: "the
        judge ordered Warner jailed" is the judge's COERCE of Warner (the participle's passive subject), where
        "ordered Warner to leave" asks Warner to act (REQUEST)."""
        if trigger.head.lemma_.lower() not in _COMMANDING_VERBS:
            return
        for inner in governed:
            clause = inner.head
            if inner.entry.kind == "noun" and clause.head == trigger.head and clause.dep_ in ("dobj", "obj") and \
                    inner.category in _COMMANDED_ACTS:
                # "Washington ordered the expulsion of 55 Soviet diplomats", "the junta ordered the arrest of the
                # opposition leader": an act a state does through its own officers, done when ordered
                trigger.steps.append(f"{trigger.head.text!r} {clause.text!r}: the act commanded, done by whoever "
                                     f"commands it ({inner.category})")
                trigger.category = inner.category
                trigger.transformed_from = inner
                # whom the noun's "of" names undergoes an act on others ("the expulsion of 55 Soviet diplomats"),
                # where "the withdrawal of Soviet troops" moves the commander's own
                trigger.noun, trigger.noun_entry = clause, inner.entry
                trigger.noun_doers_receive = inner.category in ("SANCTION", "COERCE", "ASSAULT")
                trigger.tokens = sorted({*trigger.tokens, *inner.tokens})
                trigger.rule = f"command:{trigger.entry.words}>{inner.rule}"
                return
            if clause.head != trigger.head or clause.tag_ not in ("VBN", "VBD") or inner.category is None or \
                    any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in clause.children) or \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                continue
            trigger.steps.append(f"{trigger.head.text!r} {clause.text!r}: the act commanded, done by whoever "
                                 f"commands it ({inner.category})")
            trigger.category = inner.category
            trigger.transformed_from = inner
            trigger.aimed_at = clause
            trigger.tokens = sorted({*trigger.tokens, *inner.tokens})
            trigger.rule = f"command:{trigger.entry.words}>{inner.rule}"
            return
        if not self._diplomats_sent_away(trigger):
            self._forces_sent(trigger)

    def _diplomats_sent_away(self, trigger: _Trigger) -> bool:
        """Ordering a state's diplomats or officials to leave is expelling them (SANCTION, CAMEO 1663), done by
        whoever orders it: "Moscow retaliated by ordering a British diplomat to leave", "ordered two attaches to
        quit the country within a week", "gave France's ambassador 72 hours to leave". Who counts as a state's
        envoy is the lexicon's "expel" entry's; "ordered Warner to leave" still asks Warner to act (REQUEST)."""
        verb = trigger.head

        def to_leave(clause: Token, deps: tuple[str, ...]) -> bool:
            """A clause "to leave" of one of these deps (an xcomp needs no "to" of its own)."""
            return clause.dep_ in deps and clause.lemma_.lower() in _LEAVING_ORDERED and (
                clause.dep_ == "xcomp" or any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children))

        # "ordered them to leave"; "gave the ambassador 72 hours to leave", the parser's clause of purpose
        leaves = any(to_leave(c, ("xcomp", "advcl")) for c in verb.children)
        envoys = [e for e in self.lexicon.verb_entries("expel") if e.category == "SANCTION" and e.objects]
        for obj in (o for o in verb.children if o.dep_ in ("dobj", "obj", "dative")):
            # the parser may hang "to leave" on the object ("a British diplomat to leave" read as a relative)
            told = leaves or any(to_leave(c, ("relcl", "acl")) for c in obj.children)
            if told and any(self._object_matches(_counted(obj), e.objects, e.object_phrases) for e in envoys):
                trigger.category = "SANCTION"
                trigger.rule = f"command:{trigger.entry.words}>envoys leave"
                trigger.steps.append(f"{verb.text!r} {obj.text!r} to leave: an expulsion (SANCTION)")
                return True
        return False

    def _forces_sent(self, trigger: _Trigger) -> None:
        """Ordering one's forces somewhere is moving them, done by whoever commands them: "Bush ordered U.S.
        troops to Saudi Arabia", "ordered 2,000 more troops to the Gulf" are a deployment (MOBILIZE; CAMEO
        "ORDER {MORE MILITARY}" 154), "ordered its troops out of Afghanistan" a withdrawal (RETREAT); "ordered
        troops to fire on the crowd" names no place, and asks them to act (REQUEST)."""
        verb = trigger.head
        if not any(o.dep_ in ("dobj", "obj") and self._group_sector(_counted(o)) == "military"
                   for o in verb.children):
            return
        for child in verb.children:
            category = _FORCES_MOVED.get(child.lower_) if child.dep_ in ("prep", "advmod") else None
            if child.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "obj") for c in child.children) and \
                    (category := _FORCES_MOVING.get(child.lemma_.lower())) is not None:
                # "ordered the Russian army to deploy there": to move, as "ordered troops into" a place
                trigger.category = category
                trigger.rule = f"command:{trigger.entry.words}>forces {child.lemma_.lower()}"
                trigger.steps.append(f"{verb.text!r} forces to {child.text!r}: the commander moves them ({category})")
                return
            if category is not None and (child.lower_ == "home" or _prep_objects(child)):
                trigger.category = category
                trigger.rule = f"command:{trigger.entry.words}>forces {child.lower_}"
                trigger.steps.append(f"{verb.text!r} forces {child.text!r} a place: the commander moves them "
                                     f"({category})")
                return

    def _governed_event_noun(self, trigger: _Trigger, by_head: dict[int, _Trigger]) -> _Trigger | None:
        verb = trigger.head
        candidates: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "obj", "nsubjpass", "attr"):
                candidates.extend((child, *child.conjuncts))
            elif child.dep_ == "prep" and (child.lower_ in trigger.entry.particles or child.lower_ == "in"
                                           or child.lower_ in trigger.entry.preps):
                candidates.extend(c for c in child.children if c.dep_ == "pobj")
        if trigger.noun is not None and trigger.noun is not verb:  # "claimed responsibility for the kidnapping"
            candidates.extend(g for p in trigger.noun.children if p.dep_ == "prep" and p.lower_ == "for"
                              for g in p.children if g.dep_ == "pobj")
        for candidate in candidates:
            found = by_head.get(candidate.i)
            if found is not None and found.entry.kind == "noun" and found.category is not None:
                return found
        return None

    def _governed_events(self, trigger: _Trigger,
                         by_head: dict[int, _Trigger]) -> tuple[list[_Trigger], list[_Trigger]]:
        """Event triggers in the complement of a frame word: the ones it governs directly (its clause or
        object and their conjuncts) and the ones nested deeper."""
        head = trigger.head
        if head.pos_ in ("NOUN", "PROPN"):
            # "plans to attack", not "demands rejected by the government" (what the noun is, not what it governs)
            starts = [c for c in head.children if c.dep_ == "acl" and _relative_object(c) is None]
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for", "to", "on"):
                    starts.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
        else:
            starts = [c for c in head.children
                      if c.dep_ in ("xcomp", "ccomp", "dobj", "obj", "nsubjpass", "csubjpass")
                      or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                      or (c.dep_ == "prep" and c.lower_ in ("from", "of", "for", "on", "to", "into")
                          and trigger.entry.frame in ("block", "request", "intent"))]
            if trigger.entry.frame == "report":
                starts = [c for c in starts if c.dep_ != "ccomp"]
        direct: list[_Trigger] = []
        nested: list[_Trigger] = []
        seen: set[int] = set()
        stack: list[tuple[Token, bool]] = [(s, True) for s in starts]
        while stack:
            token, is_direct = stack.pop()
            if token.i in seen:
                continue
            seen.add(token.i)
            if token.dep_ == "prep":
                stack.extend((c, is_direct) for c in token.children if c.dep_ in ("pobj", "pcomp"))
                continue
            found = by_head.get(token.i)
            if found is not None:
                (direct if is_direct else nested).append(found)
            # conjuncts stay direct; complements of complements ("to consider imposing sanctions") are nested
            for child in token.children:
                if child.dep_ == "conj":
                    stack.append((child, is_direct))
                elif child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp", "acl") or (
                        child.dep_ == "prep" and child.lower_ in ("of", "for", "on", "against", "to")) or (
                        child.dep_ == "prep" and child.lower_ == "in" and _an_amount(token)):
                    # through a verb that is no event ("try to", "continue to") the next verb is still direct, and
                    # so is what a round or a stretch of time is of ("plans another round of tariff cuts"), and what
                    # an amount is in ("pledged 75 billion yen in loans")
                    through = child.dep_ == "xcomp" or (child.lower_ == "of" and token.lemma_.lower() in _SPAN_NOUNS) \
                        or child.lower_ == "in"
                    stack.append((child, is_direct and found is None and through))
        direct.sort(key=lambda t: t.head.i)
        nested.sort(key=lambda t: t.head.i)
        return direct, nested

    def _asked_from(self, verb: Token) -> bool:
        """Whether a verb of wanting has someone to get its object from: "seeking support from Japan",
        "wants a better deal from the EC" (the "from" on the verb or on its object)."""
        for child in verb.children:
            if child.dep_ == "prep":
                preps = [child]
            elif child.dep_ in ("dobj", "obj"):
                preps = [p for p in child.children if p.dep_ == "prep"]
            else:
                continue
            for prep in preps:
                if prep.lower_ == "from" and any(g.dep_ == "pobj" and self._referents(g) for g in prep.children):
                    return True
        return False

    def _asks_for_event(self, trigger: _Trigger) -> bool:
        """Whether a request asks for an act: a clause ("urged them to ...") or an event noun ("called for
        talks"), rather than a thing ("requested easier terms")."""
        verb = trigger.head
        for child in verb.children:
            if child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                return True
            objects = [child] if child.dep_ in ("dobj", "obj") else [
                g for g in child.children if child.dep_ == "prep" and g.dep_ == "pobj"]
            if any(self._is_event_noun(o) for o in objects):
                return True
        return trigger.head.pos_ in ("NOUN", "PROPN")

    @staticmethod
    def _asks_for_terms(trigger: _Trigger) -> bool:
        """Whether a party asks for a thing of the other side of a dealing it is in: "requested easier terms",
        "asking for a reduction in crew levels". The one asked is implied; an order for a thing ("ordered an
        increase in allowances") is an administrative decision, no request."""
        verb = trigger.head
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in _ASKING_VERBS and lemma not in _ASKING_FOR_VERBS):
            return False
        return any((c.dep_ in ("dobj", "obj") and lemma in _ASKING_VERBS) or (c.dep_ == "prep" and c.lower_ == "for"
                   and any(g.dep_ == "pobj" for g in c.children)) for c in verb.children)
