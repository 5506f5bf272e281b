"""Whom an intended, requested or refused act is aimed at: a verbal conflict that governs another act ("threatened
to block Sweden's membership", "warned of reprisals against Israel") is aimed at the one that act would be done to."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.addressees import _addressed
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.recipients import _Recipients
from newsgraph.extract.events.syntax import _objects_of


class _IntendedTargets(_Recipients):
    """Adds: whom the act a threat, request or refusal governs is aimed at."""

    def _intended_target(self, trigger: _Trigger, verb: Token, steps: list[str]) -> list[Referent]:
        """The recipient of a verbal conflict of an intent, request or refusal frame, read from the act it governs:
        the target of the event noun it warns of, or the object of its infinitive."""
        recipients: list[Referent] = []
        # "threatened to block Sweden's membership", "warned of reprisals against Israel": the one the
        # intended or warned-of act is aimed at
        for xcomp in verb.children:
            if xcomp.dep_ == "prep" and xcomp.lower_ in ("of", "about") and trigger.entry.frame == "block":
                warned = [g for g in xcomp.children if g.dep_ == "pobj" and self._is_event_noun(g)]
                targets = [g for n in warned for p in n.children if p.dep_ == "prep"
                           and p.lower_ in ("against", "on", "at") for g in p.children if g.dep_ == "pobj"]
                recipients = [r for o in targets for r in self._argument_referents(o, "object")]
                if recipients:
                    steps.append(f"recipient: whom what is warned of is aimed at ({warned[0].text!r})")
                    return recipients
            if xcomp.dep_ == "xcomp":
                if trigger.entry.frame == "request" and _addressed(verb):
                    steps.append("the request words whom it asks, no party: not whom the act is aimed at")
                    return recipients
                targets = [*_objects_of(xcomp), *(g for p in xcomp.children if p.dep_ == "prep"
                                                  and p.lower_ in ("against", "on", "at", "with")
                                                  for g in p.children if g.dep_ == "pobj")]
                # "refused to allow UN peacekeepers to patrol": the one allowed, which the parser reads as the
                # subject of a clause of its own
                recipients = [r for o in targets for r in self._argument_referents(o, "object")] or \
                    self._unparsed_object(xcomp, steps)
                if recipients:
                    steps.append(f"recipient: the object of what is intended ({xcomp.text!r})")
                return recipients
        return recipients
