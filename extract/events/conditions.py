"""Conditional warnings and ultimatums (PLOVER.md: THREATEN is "threats ..., ultimatums, conditional warnings of
consequences"), in the two shapes a reported clause gives them:

- a warning of consequences: "Yeutter said that if the EC approves the tax, a trade war will erupt" warns whom
  the condition is about, though no party is said to make the war;
- an ultimatum: "Without a new agreement, AMC said it would phase out production", "Ford will close the plant
  unless the unions accept the contract": a party's own halt, closure or withdrawal, to come unless its condition
  is met, is a threat (reuters-plover README: threatened cuts in subsidies, threats to break off talks), which
  the lexicon need not name as an event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.composition import _Composer
from newsgraph.extract.events.halting_words import (
    _CLOSING_VERBS,
    _CONFLICT_OUTCOMES,
    _DEFAULTING_VERBS,
    _HALTING_VERBS,
    _LACKING_PREPS,
)
from newsgraph.extract.events.judging_words import _WARNING_VERBS
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.words import (
    _CAUSING_VERBS,
    _CONDITIONAL_MODALS,
    _FORECASTERS,
    _MATERIAL_CONFLICT,
    _PROMISE_CONDITIONS,
)
from newsgraph.extract.lexicon import LexiconEntry


def _condition(clause: Token, verb: Token) -> tuple[Token, bool] | None:
    """The condition a reported clause hangs on, and whether it is one of something not done: an "if" or "unless"
    clause on the clause, or on the verb of saying before it ("If Israel stays, Egypt said, it would ..."), or a
    "without" / "barring" phrase ("Without a new agreement, AMC said it would ...")."""
    for holder in (clause, verb):
        for child in holder.children:
            if holder is verb and child.i > verb.i:
                continue  # after the verb of saying it is the speaker's own circumstance ("said ... if asked")
            marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
            if child.dep_ == "advcl" and marks & _PROMISE_CONDITIONS:
                negative = "unless" in marks or child.lemma_.lower() in _DEFAULTING_VERBS or \
                    any(c.dep_ == "neg" for c in child.children)
                return child, negative
            if child.dep_ == "prep" and child.lower_ in _LACKING_PREPS and \
                    any(g.dep_ == "pobj" for g in child.children):
                return child, True
    return None


def _outcome(clause: Token) -> Token | None:
    """A conflict the clause says will come, done by no one: its subject ("a trade war will erupt", "serious
    consequences would follow"), what "there will be" ("there would be retaliation") or what it would cause
    ("would lead to a confrontation", "would trigger a trade war")."""
    heads = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "expl" for c in clause.children):
        # "there would be bloodshed", which the parser may read with the noun as the verb of the clause
        heads.extend([clause] if clause.lemma_ != "be" else [c for c in clause.children if c.dep_ == "attr"])
    if clause.lemma_.lower() in _CAUSING_VERBS | {"lead", "mean", "risk"}:
        heads.extend(c for c in clause.children if c.dep_ in ("dobj", "obj"))
        heads.extend(g for p in clause.children if p.dep_ == "prep" and p.lower_ == "to"
                     for g in p.children if g.dep_ == "pobj")
    return next((h for h in heads if h.lemma_.lower() in _CONFLICT_OUTCOMES or h.lower_ in _CONFLICT_OUTCOMES), None)


class _Warnings(_Composer):
    """Adds: threats made by saying what will come of a condition."""

    def _warnings(self, triggers: list[_Trigger], by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """Codes the warnings and ultimatums of the reported clauses; returns the triggers made for verbs the
        lexicon does not name as events."""
        made: list[_Trigger] = []
        for trigger in triggers:
            verb = trigger.head
            if trigger.entry.frame != "report" or trigger.category is not None or verb.pos_ != "VERB" or \
                    any(c.dep_ == "neg" for c in verb.children) or \
                    any(c.dep_ == "nsubj" and c.lemma_.lower() in _FORECASTERS for c in verb.children):
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
                found = _condition(clause, verb)
                if found is None or not {c.lower_ for c in clause.children if c.dep_ == "aux"} & _CONDITIONAL_MODALS:
                    continue
                condition, negative = found
                outcome = _outcome(clause)
                if outcome is not None and condition.dep_ == "advcl" and any(
                        self._referents(s) for s in condition.children if s.dep_ in ("nsubj", "nsubjpass")):
                    trigger.category = "THREATEN"
                    trigger.tokens = sorted({verb, outcome})
                    trigger.aimed_at = condition
                    trigger.rule = f"warning:{verb.lemma_.lower()}>{outcome.lemma_.lower()}"
                    trigger.steps.append(f"{verb.text!r} that {outcome.text!r} will come if {condition.text!r}: a "
                                         "conditional warning of consequences (THREATEN)")
                    break
                if negative:
                    made.extend(self._ultimatum(clause, condition, by_head))
        return made

    def _ultimatum(self, clause: Token, condition: Token, by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """A party's own halt, closure or withdrawal of something, to come unless a condition is met: the act a
        threat is made of. It is coded as the reduction of relations it would be (SANCTION), which the modes turn
        into the threat of it (THREATEN, PLOVER.md: future material conflict). A verb the lexicon already codes
        ("would suspend the talks unless") is read by its own entry; one it reads only as a support verb ("lay
        off") takes this reading. Returns the trigger made, if the lexicon had none."""
        word = self._phrasal(clause)
        trigger = by_head.get(clause.i)
        if word not in _HALTING_VERBS | _CLOSING_VERBS or not any(c.dep_ in ("dobj", "obj") for c in clause.children) \
                or (trigger is not None and (trigger.category is not None or trigger.entry.frame != "support")):
            return []
        step = f"{word!r} unless {condition.text!r}: an ultimatum, a halt to come (SANCTION, threatened)"
        if trigger is not None:
            trigger.category, trigger.rule = "SANCTION", f"ultimatum:{word}"
            trigger.steps.append(step)
            return []
        entry = LexiconEntry(kind="verb", words=word, head=clause.lemma_.lower(), category="SANCTION",
                             source="words.py (ultimatums)")
        trigger = _Trigger(head=clause, entry=entry, category="SANCTION", tokens=[clause], rule=f"ultimatum:{word}",
                           steps=[step])
        by_head[clause.i] = trigger
        return [trigger]

    def _forecast_warning(self, trigger: _Trigger, actors: list[Referent], found: list[_Trigger]) -> bool:
        """Whether a warning that warns no one tells how things stand or will go, not an act: the clause it says
        names no conflict (material conflict, a threat, a refusal) and no act of the warner's ("warned that
        growth was unlikely to be enough", "warns that the economy is still vulnerable"). What it warns of or
        against ("warned of reprisals", "warned against drilling"), a clause of conflict ("warned that a strike
        would follow") or of the warner's own act ("warned it would retaliate", a pronoun taken for the warner)
        keeps the threat. ``found`` are the sentence's triggers, frames read."""
        verb = trigger.head
        if verb.lemma_.lower() not in _WARNING_VERBS or trigger.transformed_from is not None or \
                any(c.dep_ in ("dobj", "obj", "dative", "prep", "xcomp") for c in verb.children):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        kinds = _MATERIAL_CONFLICT | {"THREATEN", "REJECT"}
        conflict = {t.head.i for t in found if t.category in kinds}
        own = {a.key for a in actors}

        def names_conflict(token: Token) -> bool:
            # a word of conflict, whoever its doer ("a strike would follow", "its members would strike")
            entries = self.lexicon.verb_entries(token.lemma_.lower()) if token.pos_ == "VERB" else \
                self.lexicon.noun_entries(token.lower_, token.lemma_.lower()) if token.pos_ == "NOUN" else []
            return token.i in conflict or any(e.category in kinds for e in entries)

        for clause in clauses:
            if any(names_conflict(t) for t in clause.subtree):
                return False
            for subject in (s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")):
                if subject.pos_ == "PRON" or own & {r.key for r in self._referents(subject, "warned of")}:
                    return False
        return bool(clauses)
