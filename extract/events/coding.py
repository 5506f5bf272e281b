"""Coding one Doc: the stages in order, each trigger into events (categories that need a recipient, modes that
keep an event, accusations in reports), one event per sentence, category, actor, recipient and mode."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.electoral import electoral
from newsgraph.extract.events.halting_words import _SUPPORT_PURPOSE_NOUNS, _SUPPORT_PURPOSE_VERBS
from newsgraph.extract.events.intents import _own_supply
from newsgraph.extract.events.market_words import (
    _COMMERCIAL_WHEN_BUSINESS,
    _DEALING_BETWEEN_FIRMS,
    _EXCHANGE_VERBS,
    _answers_charges,
    _regulated_business,
)
from newsgraph.extract.events.parts import Referent, _Context, _nominal, _Trigger
from newsgraph.extract.events.place_words import _NO_PARTY_PLACES
from newsgraph.extract.events.reported import _asks_a_question, _asks_anonymity
from newsgraph.extract.events.sides import _Sides
from newsgraph.extract.events.syntax import _noun_forms, _objects_of, _reciprocal, _source_tag, _words
from newsgraph.extract.events.tellings import one_telling_each
from newsgraph.extract.events.words import (
    _ALLEGED_ACTS,
    _ARMS,
    _BACKGROUND_DAYS,
    _BOTH_DIRECTIONS,
    _CAPTIVE_WORDS,
    _COOPERATIVE,
    _COUNSEL_VERBS,
    _CROWD_WORDS,
    _FIGHTING_EACH_OTHER,
    _HELD_BETWEEN,
    _INSURGENT_SECTORS,
    _INTENT_ADJECTIVES,
    _MATERIAL_CONFLICT,
    _MEDIATING,
    _MODALS_FUTURE,
    _MUTUAL_FORCE,
    _MUTUAL_FORCE_NOUNS,
    _OWN_COURSE,
    _PENALTY_NOUNS,
    _PRESS_WORDS,
    _RECIPROCAL_WORDS,
    _REGULATING_VERBS,
    _SIGNING,
    _SIT_IN_SECTORS,
    _STATE_SECTORS,
    _SWAP_VERBS,
    _SYMMETRIC,
    _TESTIMONY_VERBS,
    _TOPIC_PREPS,
    _TRAVEL_VERBS,
    _TRUCE_WORDS,
    _VIOLENCE,
    _VISIT_WORDS,
    _YIELDING,
    NEEDS_RECIPIENT,
)
from newsgraph.extract.linking import EntityInfo
from newsgraph.extract.mentions import mention_of
from newsgraph.records import DateKind, Event, EventDate, Mode


def _needs_recipient(trigger: _Trigger) -> bool:
    """Whether a trigger's own lexicon entry, or its event noun's, says the act is done to a party."""
    return trigger.entry.recipient_required or (
        trigger.noun_entry is not None and trigger.noun_entry.recipient_required)


def _intended_needs_recipient(trigger: _Trigger) -> bool:
    """Whether what an intent frame governs needs a party of its own: "decided to promote further interest rate
    liberalisation" promises nothing to anyone, as "promoted liberalisation" supports no one ("promote" needs a
    recipient), where "decided to promote trade with China" does. The intent of an act is aimed where the act is
    (``participants``); a request is aimed at whom it asks, so it is not judged by what it asks for. Violence
    vowed is a threat with or without a target (PLOVER.md: "vowed to retaliate" is THREATEN)."""
    inner = trigger.transformed_from
    return trigger.entry.frame == "intent" and inner is not None and _needs_recipient(inner) and \
        inner.category not in _VIOLENCE


def _pairs(actors: list[Referent], recipients: list[Referent], mutual: bool,
           both_ways: bool) -> list[tuple[Referent, Referent | None]]:
    if recipients:
        return [(a, r) for a in actors for r in recipients]
    if len(actors) > 1 and mutual:
        # "Ethiopia's government and the rival Tigray forces agreed", both read as Ethiopia: no party agrees with
        # itself, so two parties of one node are one actor
        def other(a: Referent, b: Referent) -> bool:
            return a is not b and (a.key is None or a.key != b.key)

        if not both_ways:
            # "Japan and the U.S. agreed": one agreement, the first-named party its actor
            pairs: list[tuple[Referent, Referent | None]] = [(actors[0], b) for b in actors[1:] if other(actors[0], b)]
        else:
            # "The US, Russia and Switzerland met": each meets each other one
            pairs = [(a, b) for a in actors for b in actors if other(a, b)]
        return pairs or [(actors[0], None)]
    return [(a, None) for a in actors]


def _halted(trigger: _Trigger) -> list[Token]:
    """The nouns a halting act halts: its object noun, and the noun of the event it was made from."""
    inner = trigger.transformed_from
    return [n for n in (trigger.noun, inner.noun if inner is not None else None,
                        inner.head if inner is not None else None) if n is not None and n.i != trigger.head.i]


def _definite_body(referent: Referent) -> bool:
    """Whether a referent is a state body named by a definite description: "the government", "their leaders"."""
    return referent.sector in _STATE_SECTORS and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in referent.token.children)


def _penalty_accepted(trigger: _Trigger) -> bool:
    """Whether a concession accepts a penalty ("agreed to a censure to settle charges", "accepted a fine"): a firm
    yielding to an authority, no commerce though no state is named."""
    inner = trigger.transformed_from
    nouns = [trigger.noun, inner.head if inner is not None else None]
    return any(n is not None and n.lemma_.lower() in _PENALTY_NOUNS for n in nouns)

def _in_support(verb: Token) -> bool:
    """Whether forces are sent in support of where they go: "in a show of support", "in solidarity", "to defend
    it" (``halting_words._SUPPORT_PURPOSE_NOUNS`` and ``_SUPPORT_PURPOSE_VERBS``)."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                shown = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"]  # "in a show of support"
                if any(n.lemma_.lower() in _SUPPORT_PURPOSE_NOUNS for n in (pobj, *shown)):
                    return True
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in _SUPPORT_PURPOSE_VERBS and \
                any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
    return False


class _DocReader(_Sides):
    """Codes one Doc: finds triggers, resolves frames, and turns each trigger into events.

    Each stage module adds its methods to one class in turn: ``index`` → ``coreference`` → ``referents`` →
    ``triggers`` → ``participants`` → ``reported`` → ``intents`` → ``composition`` → ``conditions`` →
    ``commitments`` → ``modes`` → ``dating`` → ``commerce`` → ``sides`` → this one. A stage calls only the
    stages before it, so the order of the modules is the order a reader can follow; this class is the whole chain.
    """

    def read(self) -> list[tuple[Event, _Trigger]]:
        triggers = self._find_triggers()
        by_head = {t.head.i: t for t in triggers}
        made = [*self._halting(triggers, by_head), *self._name_calling(by_head)]
        made.extend(self._warnings(triggers, by_head))
        made.extend(self._commitments(triggers, by_head))
        triggers = sorted([*triggers, *made], key=lambda t: t.head.i)
        self.trigger_heads = set(by_head)
        consumed: set[int] = set()
        extra: list[_Trigger] = []
        for trigger in triggers:
            self._resolve_frame(trigger, by_head, consumed, extra)
        for trigger in triggers:
            self._absorb(trigger, by_head, consumed)
        # the words that name an event once frames are read ("comment" in "declined to comment" names none)
        self.event_heads = {t.head.i for t in (*triggers, *extra) if t.category is not None}
        results: list[tuple[Event, _Trigger]] = []
        self.found = sorted([*triggers, *extra], key=lambda t: t.head.i)  # for ``explain --dropped``
        for trigger in self.found:
            if trigger.head.i in consumed or trigger.category is None:
                continue
            results.extend(self._code_trigger(trigger))
        results = one_telling_each(results)
        self._add_group_nodes(results)
        return self._as_told(results)

    def _add_group_nodes(self, results: list[tuple[Event, _Trigger]]) -> None:
        """The ``Group`` nodes the events name become entities of the article, and so do the countries they
        name that the text does not name itself: "a grand jury in Providence" is the United States'."""
        used = {key for event, _ in results for key in (event.actor, event.recipient) if key is not None}
        made = {key: info for key, info in self.groups.made.items() if key in used}
        for key in used - made.keys() - self.entities.keys():
            entry = self.gazetteer.entries.get(key)
            if entry is not None:
                made[key] = EntityInfo(entry.key, entry.label, entry.type, entry.codes, origin=entry.source or None)
        if made:
            self.entities.update(made)
            self.doc._.entities = self.entities

    def _halts_between(self, trigger: _Trigger) -> bool:
        """Whether a halting act halts what its doers had with each other: talks, cooperation, relations."""
        return any(n.lemma_.lower() in _HELD_BETWEEN or n.lower_ in _HELD_BETWEEN or any(
            e.category in _SYMMETRIC for e in self.lexicon.noun_entries(*_noun_forms(n))) for n in _halted(trigger))

    def _says_nothing(self, clause: Token) -> bool:
        """Whether what is refused is no event: saying something ("declined to comment on the report published
        after he had left"), or an act that names no event ("declined to give details"). Testimony before an
        authority is an act ("refused to testify")."""
        if clause.lemma_.lower() in _TESTIMONY_VERBS:
            return False
        if self._frame_of(clause) == "report":
            return True
        return not any(t.i in self.event_heads for t in clause.subtree)

    def _code_trigger(self, trigger: _Trigger) -> list[tuple[Event, _Trigger]]:
        assert trigger.category is not None
        if _nominal(trigger) and \
                not self._noun_stands_as_event(trigger):
            trigger.steps.append("a noun that is no event where it stands (background, an object of a "
                                 "verb that is no event): not coded")
            return []
        context = self._context(trigger)
        if context.blocked:
            return []
        actors, recipients = self._participants(trigger, context)
        actors = self._as_nodes(self._parties(actors, trigger.steps), trigger.steps)
        recipients = self._as_nodes(self._parties(recipients, trigger.steps), trigger.steps)
        category = trigger.category
        mode = context.mode
        if trigger.future and mode is None:
            mode = Mode.FUTURE
        # "would not provide support": refusing to cooperate is a rejection, a plain fact
        if mode is Mode.NEGATED and context.modal and category in _COOPERATIVE | _YIELDING:
            trigger.steps.append(f"a negated promise of {category}: REJECT")
            category, mode = "REJECT", None
        if category == "MOBILIZE" and recipients and _in_support(trigger.head):
            trigger.steps.append("forces sent in support of the country they go to: military aid (AID)")
            category = "AID"
        category, mode = self._promised(trigger, category, mode, context)
        if not actors:
            trigger.steps.append("no actor: not coded")
            return []
        if category in ("ASSAULT", "COERCE") and all(a.token.lemma_.lower() in _CROWD_WORDS for a in actors) \
                and (trigger.noun is None or trigger.noun.lemma_.lower() not in _ARMS):
            trigger.steps.append(f"{category} by a street crowd ({actors[0].token.text!r}) is a riot: PROTEST")
            category = "PROTEST"
        elif category == "ASSAULT" and trigger.head.lemma_.lower() == "occupy" and \
                all(a.sector in _SIT_IN_SECTORS for a in actors):
            trigger.steps.append(f"civilians ({actors[0].token.text!r}) occupying a place hold a sit-in: PROTEST")
            category = "PROTEST"
        if self._diplomatic_protest(trigger, actors):
            trigger.steps.append("a protest by a state, its bodies or officials is diplomatic: ACCUSE")
            category = trigger.category = "ACCUSE"
        if category == "REJECT" and trigger.entry.frame == "block":
            clauses = [c for c in trigger.head.children if c.dep_ == "xcomp"]
            if clauses and all(self._says_nothing(c) for c in clauses):
                # "declined to give details", "declined to comment": refusing to say is no event
                trigger.steps.append("refusing something that is no event: not coded")
                return []
        if category == "THREATEN" and not recipients and self._forecast_warning(trigger, actors, self.found):
            trigger.steps.append("a warning of how things stand or will go, to no one and of no conflict: a "
                                 "forecast, not coded")
            return []
        # "told shareholders at the annual meeting", "told reporters at an informal meeting": where a statement
        # to the press was made, not a meeting with anyone
        told_at = trigger.head.head.head if trigger.head.dep_ == "pobj" and trigger.head.head.lower_ == "at" \
            else None
        if category == "CONSULT" and (any(
                p.dep_ == "prep" and p.lower_ in ("to", "with") and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in _PRESS_WORDS for g in p.children)
                for p in trigger.head.children) or (told_at is not None and any(
                    c.dep_ in ("dobj", "obj", "dative") and c.lemma_.lower() in _PRESS_WORDS
                    for c in told_at.children))):
            trigger.steps.append("talking to the press is a statement: not coded")
            return []
        if category == "CONSULT" and all(a.sector == "media" and (a.key is None or a.key in self.groups.made)
                                         for a in actors):
            # "a pool of reporters traveling with him to Munich": the press going where the news is reports it
            trigger.steps.append("the press travelling or meeting is reporting: not coded")
            return []
        if category == "REQUEST" and not recipients and trigger.entry.frame == "request" and \
                not self._asks_for_event(trigger) and not (
                    self._asks_for_terms(trigger) and all(a.key is not None and a.key not in self.groups.made
                                                          for a in actors)):
            # a named party asking for terms is news even when the one asked goes unsaid; a group asking no
            # one for a thing ("employers are asking for a reduction") is too thin an edge to keep
            trigger.steps.append("a request of no one for no event: not coded")
            return []
        if category == "REQUEST" and trigger.noun is None and _asks_a_question(trigger.head):
            trigger.steps.append("a question asked, no act asked for: not coded")
            return []
        if category == "REQUEST" and trigger.noun is None and _asks_anonymity(trigger.head):
            trigger.steps.append("a source asking not to be named: not coded")
            return []
        if category == "REQUEST" and trigger.head.lemma_.lower() in _COUNSEL_VERBS and \
                not self._asks_for_event(trigger) and not any(c.lower_ == "against" for c in trigger.head.children):
            # "Morgan Stanley advised Chevron on the merger": counsel given, no act asked of anyone (where
            # "advised Brazil against a moratorium" asks it not to)
            trigger.steps.append("advice that asks no act is counsel: not coded")
            return []
        if (race := electoral(trigger, category, actors)) is not None:
            trigger.steps.append(f"an election's business, no event ({race}): not coded")
            return []
        if category in ("SUPPORT", "AGREE") and trigger.head.lemma_.lower() in _REGULATING_VERBS and (
                (recipients and all(self._firmish(r) for r in recipients)) or _regulated_business(trigger.head)):
            trigger.steps.append("a regulator's decision on firms' business is regulation, no event: not coded")
            return []
        date_ = self._event_date(trigger, context, mode)
        if category == "REQUEST" and mode is None and date_ is not None and self.published is not None and \
                date_.earliest is not None and date_.earliest > self.published and \
                not any(c.dep_ == "aux" and c.lower_ in _MODALS_FUTURE for c in trigger.head.children):
            # "is pushing for elections on July 4": a day to come is when what is asked for is to be, not when it
            # was asked, which was by the day it was reported
            trigger.steps.append(f"date {date_.value} is of what is asked for, not of asking it")
            date_ = EventDate.reported_by(self.published, DateKind.INFERRED if self.inferred else DateKind.REPORTED)
        if date_ is not None and mode is None and self.published is not None and date_.earliest is not None \
                and date_.earliest > self.published and date_.kind is DateKind.OCCURRED:
            mode = Mode.FUTURE
            trigger.steps.append("mode future: its date is after the publication date")
            context.mode_reason = "its date is after the publication date"
            category, mode = self._promised(trigger, category, mode, context)
        if trigger.promised and date_ is not None and self.published is not None and \
                date_.earliest is not None and date_.earliest > self.published:
            # a promise is made when it is said, not on the day of the act promised
            kind = DateKind.INFERRED if self.inferred else DateKind.REPORTED
            trigger.steps.append(f"date by {self.published.isoformat()}: when the promise was reported")
            date_ = EventDate.reported_by(self.published, kind)
        if mode is None and context.historical_if_undated and date_ is None:
            mode = Mode.HISTORICAL
            trigger.steps.append(f"mode historical: {context.mode_reason}, with no date of its own")
        if mode is None and self._earlier_period(date_):
            # PLOVER.md: background recalled from an earlier period is real, but not news of the day
            mode = Mode.HISTORICAL
            trigger.steps.append(f"mode historical: dated {date_.value if date_ else ''}, more than a year "
                                 "before the article")
        topic = self._topic(trigger)
        mention = mention_of(self.doc[min(t.i for t in trigger.tokens):max(t.i for t in trigger.tokens) + 1])
        trigger_text = _words(trigger.tokens)
        inner = trigger.transformed_from
        exchanged = inner.head if inner is not None else trigger.head
        if (category == "AGREE" or category in _YIELDING) and exchanged.lemma_.lower() in _RECIPROCAL_WORDS:
            # "Iran and Iraq agreed to exchange prisoners", "said they would exchange prisoners": the sides
            # exchange with each other, the prisoners are what is exchanged
            things = {o.i for o in _objects_of(exchanged)}
            recipients = [r for r in recipients if r.token.i not in things]
        if category == "CONCEDE" and inner is not None and trigger.head.lemma_.lower() == "agree" and \
                len({a.key for a in actors}) > 1 and any(t.lemma_.lower() in _TRUCE_WORDS for t in inner.tokens):
            # "the army and the RSF agreed to a ceasefire", "agreed to observe the truce": a truce the sides agree
            # to together is an agreement between them; one side's alone, and prisoners each side agrees to
            # release, are concessions
            category = "AGREE"
            recipients = [r for r in recipients if self.groups.type_of(r.key) != "Place"]  # where, no party
            trigger.steps.append("agreed by the sides together: an agreement between them (AGREE)")
        # "X and Y each blamed the other", "accused each other", "traded accusations": mutual blame is two events
        # (rule 5)
        reciprocal = not recipients and (_reciprocal(trigger.head) or trigger.head.lemma_.lower() in _SWAP_VERBS)
        mutual = (category in _SYMMETRIC or (category == "SUPPORT" and trigger.entry.words in _SIGNING) or reciprocal) \
            and trigger.head.lemma_.lower() not in _MEDIATING
        if category in _YIELDING and inner is not None and trigger.head.lemma_.lower() == "agree" and \
                len({a.key for a in actors}) > 1:
            # "Tajikistan and Kyrgyzstan agreed to withdraw troops from the border", "agreed to release prisoners":
            # what the sides agree to yield together is yielded to each other (rule 5: the first-named the actor)
            mutual = True
            trigger.steps.append("yielded by the sides together: to each other")
        if category == "SANCTION" and self._halts_between(trigger):
            # "the government and communist rebels broke off peace talks": what they halt was between them
            mutual = True
        if category == "ASSAULT" and not reciprocal and trigger.entry.words not in _FIGHTING_EACH_OTHER and not (
                trigger.noun is not None and trigger.noun.lemma_.lower() in _FIGHTING_EACH_OTHER):
            mutual = False  # "African Union and Somali troops launched an offensive": allies, each other's no target
        if trigger.transformed_from is not None and _own_supply(trigger.transformed_from):
            mutual = False  # "Brazil and China pledged to limit their exports": each its own, not with the other
        if trigger.promised and trigger.category not in _SYMMETRIC and \
                exchanged.lemma_.lower() not in _RECIPROCAL_WORDS:
            # "the ceasefire will be monitored by the United Nations and the Catholic Church": AGREE only as a
            # promise of an act that is no partnership; its doers promise it together, not to each other
            mutual = False
        # "Brazil and China pledged to limit their exports": their own, not each other's; "Canada and Egypt
        # failed to conclude an agreement on Canadian exports": one with the other (paired below); "Egypt
        # recalled its ambassador from Israel": its own envoy is no party it acts on. The country itself is
        # each of its bodies' own ("Canadian negotiators"), where two bodies or peoples of one country stay two
        # parties ("police fired on protesters", "Iraqi Kurds protested against the government").
        actors = [self._government_force(a, trigger) for a in actors]
        recipients = [self._government_force(r, trigger) for r in recipients]
        if category not in _MATERIAL_CONFLICT or category == "MOBILIZE":
            # "Biden called for the release of Americans detained in China", "Yabunaka demanded ..., Japanese
            # officials said": an official's own country, as a whole or as its state, is no one the official
            # asks, warns or praises (its parliament, firms or people of a sector stay parties of their own; so
            # does the state to its rebels: "the MILF signed a peace deal with the Philippine government"); nor
            # is it the target of forces its leader moves ("Lula reinforced troops along the country's border")
            own = [r for r in recipients if r.sector in (None, "government") and r.key is not None
                   and self.groups.type_of(r.key) == "Country"
                   and any(a.key is not None and a.key != r.key and a.sector not in _INSURGENT_SECTORS and
                           (self._same_side(a.key, r.key) or self._country_of_person(a.key, a.token) == r.key)
                           for a in actors)]
            if own:
                trigger.steps.append(f"recipient {own[0].key}: the actor's own country, not coded as a recipient")
                recipients = [r for r in recipients if r not in own]
        if category == "CONSULT":
            # "visited Khartoum for talks on the Nile dam dispute": a place in what the talks are about is no party
            # to them (a country there stays one, as PETRARCH codes "a summit on the unrest in Iran")
            about = {t.i for word in (trigger.head, trigger.noun) if word is not None for p in word.children
                     if p.dep_ == "prep" and p.lower_ in _TOPIC_PREPS for t in p.subtree}
            recipients = [r for r in recipients if not (r.token.i in about and r.key is not None
                                                        and self.groups.type_of(r.key) == "Place")]
        if category in _COOPERATIVE and trigger.head.lemma_.lower() in _EXCHANGE_VERBS:
            goods = [r for r in recipients if r.token in trigger.tokens and r.token.i not in self.ent_of]
            if goods:
                trigger.steps.append(f"{goods[0].token.text!r} is what is traded, goods, no party: not a recipient")
                recipients = [r for r in recipients if r not in goods]
        # "took 90 hostages": the captives' own group node names no one ("90 Israeli hostages" names Israel)
        recipients = [r for r in recipients if not (r.token.lemma_.lower() in _CAPTIVE_WORDS
                                                    and (r.key or "").startswith(r.token.lemma_.lower()))]
        several = len(actors) > 1
        own = [r for r in recipients if any(
            r.key == a.key and (r.sector == a.sector or (several and r.sector is None) or self._itself(a, r)
                                or self._itself(r, a)) for a in actors)]
        recipients = [r for r in recipients if r not in own]
        if category == "SUPPORT" and own and not recipients and all(
                r.token.lemma_.lower() in _OWN_COURSE or r.token.lower_ in _OWN_COURSE for r in own):
            # "for Argentina to support its economic programme", "backed its own plan": endorsing one's own
            # policy is no act toward another party (PLOVER's SUPPORT is of someone)
            trigger.steps.append("support of what is its own, of no other party: not coded")
            return []
        fought_in = category == "ASSAULT" and trigger.noun is not None and trigger.noun is not trigger.head and \
            trigger.noun.lemma_.lower() in _MUTUAL_FORCE_NOUNS and len({a.key for a in actors}) > 1
        two_sided = (category == "ASSAULT" and trigger.entry.words in _MUTUAL_FORCE) or fought_in
        if fought_in:
            # "33 militants were killed in clashes between the army and rebels": the sides fought each other,
            # and who was killed in the fighting is no third side
            trigger.steps.append("the sides of the fighting are each other's recipients; who was hit is none")
            recipients = []
        elif two_sided:
            # "fought with Indian troops at Nathu La", "Indian and Pakistani troops clashed on the glacier": the
            # place is where they fought, the other side the party
            sides = [r for r in recipients if self.groups.type_of(r.key) != "Place"]
            recipients = sides if sides or len({a.key for a in actors}) > 1 else recipients
        pairs = _pairs(actors, recipients, mutual, category in _BOTH_DIRECTIONS or reciprocal)
        if two_sided:
            # "X clashed with Y": Y's force on X as well (rule 5: two-sided violence is two events)
            pairs += [(r, a) for a, r in pairs if r is not None and (r, a) not in pairs
                      and self.groups.type_of(r.key) != "Place"]
        holder = self._intent_holder(trigger.head)
        offered = category == "AGREE" and holder is not None and holder.lemma_.lower() in _INTENT_ADJECTIVES
        events: list[tuple[Event, _Trigger]] = []
        for actor, recipient in pairs:
            if recipient is not None and actor.key == recipient.key and actor.sector == recipient.sector:
                recipient = None
            if recipient is None and not trigger.recipient_implied and (
                    category in NEEDS_RECIPIENT or _needs_recipient(trigger)
                    or (category != "REQUEST" and _intended_needs_recipient(trigger))):
                trigger.steps.append(f"{category} needs a recipient and has none: not coded")
                continue
            if recipient is None and self._trip_to_no_party(trigger):
                # "before travelling to Europe", "Funaro's visit to Europe": a visit is made to its host (PLOVER.md:
                # CONSULT, the visitor and the host); a trip only to a region or a sea names no one met
                trigger.steps.append("a trip only to a region or a sea names no host: not coded")
                continue
            if recipient is None and trigger.category == "CONSULT" and len(actors) == 1 and \
                    self._one_body(actor) and not offered:
                # "the Lower House Budget Committee meets", "the annual meeting of the union": no one else takes part
                # (but "the union is willing to enter negotiations" offers them to whoever it deals with)
                trigger.steps.append(f"a meeting of {actor.describe()} alone is its own business: not coded")
                continue
            # (an act only seen to be done, "appeared to discard its proposals", is hedged, not guessed: kept)
            if recipient is None and mode is Mode.HYPOTHETICAL and not context.apparent:
                trigger.steps.append("a hypothetical event needs a recipient to be kept: not coded")
                continue
            if recipient is not None and actor.key is not None and actor.key == recipient.key:
                # "South Korean police fired tear gas at protesters in Seoul": two parties of one country, each
                # of its own sector; the one outside the state is a group of that country, so that the edge
                # is not the country's to itself
                actor, recipient = (self._domestic_group(actor, trigger.steps),
                                    self._domestic_group(recipient, trigger.steps))
            if recipient is not None:
                actor, recipient = self._fighting_sides(actor, recipient, category in _MATERIAL_CONFLICT,
                                                        trigger.steps)
            if actor.key is None and (recipient is None or recipient.key is None or _definite_body(actor)):
                # "the government", "the Chancellor", "their leaders" of no named country are a definite
                # description the coder does not guess at (groups.py), whoever the other party is; "a protester"
                # or "police" with a named victim are an unknown doer of a known act
                trigger.steps.append(f"actor {actor.describe()} is a group of no known country: not coded")
                continue
            if actor.key is None and recipient is not None and recipient.key in self.groups.made:
                trigger.steps.append(f"actor {actor.describe()} of no known country, recipient the group "
                                     f"{recipient.key}: no named party, not coded")
                continue
            if (category in _COMMERCIAL_WHEN_BUSINESS and self._commercial(actor, recipient, category) and not (
                    category == "CONCEDE" and _penalty_accepted(trigger))) or (
                    category in _DEALING_BETWEEN_FIRMS and recipient is not None and not _answers_charges(trigger)
                    and self._firmish(actor) and self._firmish(recipient)):
                trigger.steps.append(f"{category} between businesses is commerce, no event: not coded")
                continue
            if self._private_deal(trigger, actor, recipient, category) or \
                    self._firms_trade(trigger, actor, recipient, category) or \
                    self._bid_refused(trigger, actor, recipient, category) or \
                    self._market_offer(trigger, recipient, category) or \
                    self._market_request(trigger, actor, recipient, category) or \
                    self._private_leaving(trigger, actor, category) or \
                    self._own_premises_closed(trigger, actor, category) or \
                    self._takeover_bid(trigger, category):
                trigger.steps.append(f"{category} by private parties in what markets trade (shares, a bid, a unit, "
                                     "cash), where firms trade, of a firm's officers or premises, is commerce: "
                                     "not coded")
                continue
            event = Event(
                category=category,
                actor=actor.key,
                recipient=recipient.key if recipient is not None else None,
                mention=mention,
                trigger=trigger_text,
                rule=trigger.rule,
                topic=topic,
                mode=mode,
                date=date_,
                attribution=context.attribution,
                actor_sector=actor.sector,
                recipient_sector=recipient.sector if recipient is not None else None,
            )
            events.append((event, trigger))
        if mode is None and category in _ALLEGED_ACTS and context.reporter is not None:
            events.extend(self._accusations(trigger, context, actors, topic))
        if mode is None and category == "REJECT" and events:
            events.extend(self._charges_denied(trigger, actors, recipients, date_, topic))
        return events

    def _trip_to_no_party(self, trigger: _Trigger) -> bool:
        """Whether a visit or a verb of travel goes only where no party is: its object or "to" object is a sea or
        a region (``_NO_PARTY_PLACES``), as in "travelling to Europe" or "a visit to the Gulf"."""
        head = trigger.head
        if trigger.entry.category != "CONSULT" or head.lemma_.lower() not in _TRAVEL_VERBS | _VISIT_WORDS:
            return False
        places = [g for c in head.children for g in ([c] if c.dep_ in ("dobj", "obj") else [
            g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "to" else [])]
        kinds = [entry.kind if entry is not None and entry.type == "Place" else None for entry in (
            self.gazetteer.entries.get(self.ent_of[g.i].kb_id_) if g.i in self.ent_of else None for g in places)]
        return bool(kinds) and all(kind in _NO_PARTY_PLACES for kind in kinds)

    def _accusations(self, trigger: _Trigger, context: _Context, doers: list[Referent],
                     topic: str | None) -> list[tuple[Event, _Trigger]]:
        """"X said Y attacked Z": besides Y→Z (attributed to X), X accuses Y. Not when X is a news source or
        Y itself, nor when the saying only tags the news with its source after the fact ("Serb forces shelled
        Gorazde, a UN spokesman said", "North Vietnamese gunboats attacked the Maddox, the Pentagon said"): wire
        copy names who told it so, and PLOVER codes the teller's own act only when the saying is one."""
        reporter = context.reporter
        assert reporter is not None
        if _source_tag(reporter):
            return []
        speakers = [r for r in self._subject_referents(reporter, []) if r.key is not None
                    and r.sector != "media"]
        if not speakers:
            return []
        said = self._date_of(reporter)
        if said is None and self.published is not None:
            said = EventDate.reported_by(self.published, DateKind.INFERRED if self.inferred else DateKind.REPORTED)
        tokens = sorted({reporter, *trigger.tokens})
        mention = mention_of(self.doc[tokens[0].i:tokens[-1].i + 1])
        derived = _Trigger(head=reporter, entry=trigger.entry, category="ACCUSE", tokens=tokens,
                           rule=f"report-accuses:{reporter.lemma_.lower()}>{trigger.rule}",
                           steps=[*trigger.steps, f"{reporter.text!r} says {trigger.category} was done by "
                                                  f"another: an accusation (ACCUSE)"])
        out: list[tuple[Event, _Trigger]] = []
        for speaker in speakers:
            for doer in doers:
                if doer.key is None and doer.sector is None:
                    continue
                if self._same_side(speaker.key, doer.key):
                    continue
                event = Event(category="ACCUSE", actor=speaker.key, recipient=doer.key, mention=mention,
                              trigger=_words(tokens), rule=derived.rule, topic=topic, date=said,
                              actor_sector=speaker.sector, recipient_sector=doer.sector)
                out.append((event, derived))
        return out

    def _topic(self, trigger: _Trigger) -> str | None:
        for token in trigger.tokens:
            if token.i in self.concept_of:
                return self.concept_of[token.i]
        roots = [t for t in trigger.tokens]
        if trigger.transformed_from is not None:
            roots.extend(trigger.transformed_from.tokens)
        for root in roots:
            for child in root.children:
                if child.dep_ in ("dobj", "xcomp", "prep", "pobj", "ccomp"):
                    for token in child.subtree:
                        if token.i in self.concept_of:
                            return self.concept_of[token.i]
        return None

    def _earlier_period(self, date_: EventDate | None) -> bool:
        """Whether an event's own date ends more than a year before the article was published."""
        if date_ is None or date_.kind is DateKind.REPORTED or date_.latest is None or self.published is None:
            return False
        return (self.published - date_.latest).days > _BACKGROUND_DAYS
