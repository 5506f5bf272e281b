"""Verdicts: words that judge a party. Calling a thing unjust or a provocation condemns whoever it belongs to
("called the government's policies unjust"); being unhappy with a party, or that it did something, disapproves
of it ("Washington is unhappy with Tokyo's progress"): ACCUSE (CAMEO 11, disapprove). Calling charges baseless
denies them (REJECT). Triggers the lexicon does not name by a word of their own."""

from __future__ import annotations

from spacy.symbols import ADJ, VERB
from spacy.tokens import Token

from newsgraph.extract.events.intents import _Intents
from newsgraph.extract.events.judging_words import (
    _CALLING_VERBS,
    _CHARGE_NOUNS,
    _DENYING_ADJECTIVES,
    _DENYING_VERBS,
    _DISPLEASED_ADJECTIVES,
    _FEELING_VERBS,
    _MOOD_PREPS,
    _PLEASED_ADJECTIVES,
    _PROTESTING_VERBS,
    _SAYING_NOUNS,
)
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.reported import _condemns
from newsgraph.extract.events.syntax import _feeling_parties, _words
from newsgraph.extract.events.words import _STATE_SECTORS
from newsgraph.extract.lexicon import LexiconEntry
from newsgraph.extract.mentions import mention_of
from newsgraph.records import Event, EventDate


class _Verdicts(_Intents):
    """Adds: condemnations and denials by name-calling, and disapprovals by a mood."""

    def _name_calling(self, by_head: dict[int, _Trigger]) -> list[_Trigger]:
        """Calling something unjust condemns it (CAMEO 11, disapprove: ACCUSE): "called the government's policies
        unjust", "branded the sanctions illegal", "described the move as an act of aggression"; the one condemned
        is the object, or whoever it belongs to.
        Returns the triggers made for verbs the lexicon does not name as events."""
        made: list[_Trigger] = []
        # "unhappy with the EC": the mood adjectives of a copula (few, so a scan of the adjectives alone)
        for adjective in (self.doc[i] for i in self._positions(ADJ)):
            if adjective.dep_ == "acomp":
                displeased = self._displeasure(adjective, by_head)
                if displeased is not None:
                    made.append(displeased)
        for verb in (self.doc[i] for i in self._positions(VERB)):
            lemma = verb.lemma_.lower()
            if lemma in _FEELING_VERBS:
                felt = self._feeling(verb, by_head)
                if felt is not None:
                    made.append(felt)
                continue
            if lemma not in _CALLING_VERBS:
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            if not objects:
                continue
            # what it is called: a complement ("called X unjust", "called X a disgrace"), a second object
            # ("branded the bombing a violation") or "as" ("described the move as an act of aggression")
            # ("described them as baseless": the parser may hang the adjective on "as", or "as" on it)
            said = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")] + objects[1:] + \
                [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pobj" or (g.dep_ == "amod" and g.pos_ == "ADJ")] + \
                [c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and
                 any(a.lower_ == "as" for a in c.children)]
            words = [a for c in said for a in (c, *c.conjuncts)]
            verdicts = [a for a in words if _condemns(a)]
            # "described the Indian charges as baseless", "called the reports groundless": a denial of them
            # (PLOVER.md: REJECT includes denying), aimed, as a condemnation is, at whose they are
            category, act = "ACCUSE", "a condemnation"
            if not verdicts:
                verdicts = [a for a in words if a.pos_ == "ADJ" and a.lemma_.lower() in _DENYING_ADJECTIVES]
                category, act = "REJECT", "a denial"
            if not verdicts:
                continue
            trigger = by_head.get(verb.i)
            if trigger is None:
                lemma = verb.lemma_.lower()
                entry = LexiconEntry(kind="verb", words=lemma, head=lemma, category=category,
                                     source="words.py (condemning and denying words)")
                trigger = _Trigger(head=verb, entry=entry, category=category, tokens=[verb])
                made.append(trigger)
                by_head[verb.i] = trigger
            trigger.category = category
            trigger.tokens = sorted({*trigger.tokens, verdicts[0]})
            trigger.rule = f"name-calling:{verb.lemma_.lower()}>{verdicts[0].lemma_.lower()}"
            trigger.steps.append(f"{verb.text!r} it {verdicts[0].text!r}: {act} ({category})")
        return made

    def _feeling(self, verb: Token, by_head: dict[int, _Trigger]) -> _Trigger | None:
        """A feeling another party stirs is the disapproval of whoever feels it (CAMEO 11: ACCUSE): "Japan was
        angered by the American decision", "the EC's tax has angered Washington", "I am astonished that the
        Commission would propose such a measure". The one who feels it is the actor and whoever stirred it the
        recipient (``_Participants._feelers``), the reverse of the verb's own doer and object; with nothing named
        that stirred it ("Japan was angered") it is a mood, no event.
        Returns the trigger when the lexicon had none for the verb."""
        feelers, causes = _feeling_parties(verb)
        if not feelers or not causes:
            return None
        lemma = verb.lemma_.lower()
        trigger = by_head.get(verb.i)
        new = trigger is None
        if trigger is None:
            entry = LexiconEntry(kind="verb", words=lemma, head=lemma, category="ACCUSE",
                                 source="words.py (verbs of feeling)", recipient_required=True)
            trigger = _Trigger(head=verb, entry=entry, category="ACCUSE", tokens=[verb])
            by_head[verb.i] = trigger
        trigger.category = "ACCUSE"
        trigger.felt = True
        trigger.rule = f"feeling:{lemma}"
        trigger.steps.append(f"{verb.text!r}: whoever feels it disapproves of whoever stirred it (ACCUSE)")
        return trigger if new else None

    def _displeasure(self, adjective: Token, by_head: dict[int, _Trigger]) -> _Trigger | None:
        """Being unhappy with someone disapproves of them (CAMEO 11: ACCUSE): "Washington is unhappy with Tokyo's
        progress", "Greece is angry at Turkey's decision", "Brazil is not happy with the committee". The
        adjective is the trigger, so the copula's negation is its meaning, not a negated event; the one
        disapproved of is the object of its "with" / "at" / "over" / "by", and must be named."""
        lemma = adjective.lemma_.lower()
        copula = adjective.head
        negated = any(c.dep_ == "neg" for c in copula.children)
        if not (lemma in _DISPLEASED_ADJECTIVES and not negated) and \
                not (lemma in _PLEASED_ADJECTIVES and negated):
            return None
        # what one is displeased with or that ("angry that Turkish warships had entered"): the clause says whom
        cause = next((c for c in adjective.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and
                      any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if adjective.i in by_head or (cause is None and not any(
                c.dep_ == "prep" and c.lower_ in _MOOD_PREPS and any(g.dep_ == "pobj" for g in c.children)
                for c in adjective.children)):
            return None
        entry = LexiconEntry(kind="verb", words=lemma, head=lemma, category="ACCUSE",
                             source="words.py (adjectives of displeasure)", preps=_MOOD_PREPS,
                             recipient_required=True)
        words = f"not {lemma}" if negated else lemma
        trigger = _Trigger(head=adjective, entry=entry, category="ACCUSE", tokens=[adjective],
                           rule=f"displeasure:{words}", aimed_at=cause,
                           steps=[f"{copula.text!r} {words!r} with someone: a disapproval (ACCUSE)"])
        by_head[adjective.i] = trigger
        return trigger

    def _diplomatic_protest(self, trigger: _Trigger, actors: list[Referent]) -> bool:
        """Whether a protest is a state's (``_PROTESTING_VERBS``): every one who protests is a country, or a
        body or official of one ("Japan protested against ...", "the foreign minister protested ..."), which
        PLOVER codes ACCUSE; a crowd, a union or farmers protest in the street (PROTEST)."""
        if trigger.category != "PROTEST" or trigger.entry.kind != "verb" or \
                trigger.head.lemma_.lower() not in _PROTESTING_VERBS or not actors:
            return False
        for actor in actors:
            info = self.entities.get(actor.key or "")
            sector = actor.sector if actor.sector is not None else (info.sector if info is not None else None)
            if sector in _STATE_SECTORS:
                continue
            # the country itself, named or by a pronoun ("Japan", "it"), not a people of it ("Iraqi Kurds")
            if sector is None and info is not None and info.type == "Country" and (
                    actor.token.i in self.ent_of or actor.token.pos_ == "PRON"):
                continue
            return False
        return True

    def _charges_denied(self, trigger: _Trigger, deniers: list[Referent], owners: list[Referent],
                        date_: EventDate | None, topic: str | None) -> list[tuple[Event, _Trigger]]:
        """"Israel denied Syrian charges that its warplanes had ...": besides Israel's REJECT of Syria, Syria's
        ACCUSE of Israel, whose charges the news reports through the denial (CAMEO 112). The accuser is whom the
        denied charges belong to ("Syrian", "Washington's", "by Syria"): the denial's recipients that stand in
        the charge's own phrase or its "by"."""
        verb = trigger.head
        if verb.lemma_.lower() not in _DENYING_VERBS:
            return []
        charges = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") and (
            c.lemma_.lower() in _CHARGE_NOUNS or (c.lemma_.lower() in _SAYING_NOUNS and any(
                g.dep_ in ("acl", "ccomp", "appos") and g.pos_ in ("VERB", "AUX") for g in c.children)))]
        if not charges:
            return []
        # the word just before the noun is its owner however the parser hung it ("rejected Argentine claims"
        # read as two objects)
        phrase = {t.i for c in charges for t in c.subtree} | {c.i - 1 for c in charges} | \
            {t.i for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ == "by" for t in p.subtree}
        accusers = [o for o in owners if o.key is not None and o.token.i in phrase]
        tokens = sorted({*trigger.tokens, *charges})
        mention = mention_of(self.doc[tokens[0].i:tokens[-1].i + 1])
        derived = _Trigger(head=charges[0], entry=trigger.entry, category="ACCUSE", tokens=tokens,
                           rule=f"charges-denied:{verb.lemma_.lower()}>{charges[0].lemma_.lower()}",
                           steps=[*trigger.steps, f"{verb.text!r} {charges[0].text!r}: whose they are "
                                                  "accused the one who denies them (ACCUSE)"])
        out: list[tuple[Event, _Trigger]] = []
        for accuser in accusers:
            for denier in deniers:
                if denier.key is None or self._same_side(accuser.key, denier.key):
                    continue
                out.append((Event(category="ACCUSE", actor=accuser.key, recipient=denier.key, mention=mention,
                                  trigger=_words(tokens), rule=derived.rule, topic=topic, date=date_,
                                  actor_sector=accuser.sector, recipient_sector=denier.sector), derived))
        return out
