"""Participants: the actor and recipients of a trigger, from its subject, objects, prepositions, the event
noun it carries, what it responds to, and where it happened."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.events.addressees import _serves_agent
from newsgraph.extract.events.halting_words import _PROJECT_NOUNS
from newsgraph.extract.events.intended import _IntendedTargets
from newsgraph.extract.events.judging_words import _GRANTING_VERBS
from newsgraph.extract.events.market_words import _COMMERCIAL_WHEN_BUSINESS
from newsgraph.extract.events.parts import Referent, _collapse, _Context, _nominal, _Trigger
from newsgraph.extract.events.place_words import _DESTINATION_PREPS
from newsgraph.extract.events.syntax import (
    _accidental,
    _complement_clauses,
    _counted,
    _distributive,
    _governing_verb,
    _is_passive,
    _objects_of,
    _partitive,
    _phrase_heads,
    _plan_holder,
    _prep_objects,
    _read_as_with_clause,
    _reciprocal,
    _reduced_relative,
    _relative_object,
    _shared_subject,
    _source_tag,
    _span_of,
    _subject_acts,
    _subject_under_mark,
    _verb_lemma,
    _with_clause_subjects,
    _with_partners,
)
from newsgraph.extract.events.words import (
    _ASPECTUAL,
    _ATTITUDE_PARTICIPLES,
    _CONVERSE_AGENT_PREPS,
    _COOPERATIVE,
    _LOCAL_SECTORS,
    _MATERIAL_CONFLICT,
    _MEANS_VERBS,
    _MEANS_WITH,
    _MEETINGS,
    _MUTUAL_FORCE,
    _NOT_MARCHING,
    _OBJECT_DEPS,
    _PRESS_WORDS,
    _RECIPIENT_PREPS,
    _RECIPIENT_PREPS_BY_CATEGORY,
    _SAME_TIME_PREPS,
    _STANCES,
    _SUBJECT_DEPS,
    _SUMMONING_VERBS,
    _VERBAL,
    _VERBAL_CONFLICT,
    _VISITING,
    _WHILE_PREPS,
)


def _given_to(amount: Token | None) -> list[Token]:
    """Where an amount given goes, when the parser hangs it on the form the amount takes: "provided 500 mln dlrs
    in loans to the Philippines", "pledged 100 million dollars in aid to the Palestinians"."""
    return [] if amount is None else [g for p in amount.children if p.dep_ == "prep" and p.lower_ == "in"
                                      for form in p.children if form.dep_ == "pobj" for q in form.children
                                      if q.dep_ == "prep" and q.lower_ == "to" for g in q.children if g.dep_ == "pobj"]


class _Participants(_IntendedTargets):
    """Adds: the actor and recipients of a trigger."""

    def _participants(self, trigger: _Trigger,
                      context: _Context) -> tuple[list[Referent], list[Referent]]:
        head = trigger.head
        steps = trigger.steps
        if _nominal(trigger):
            actors, recipients = self._noun_participants(head, trigger)
            verb = head.head.head if head.dep_ == "pobj" else None
            if not actors and verb is not None and head.head.lower_ == "with" and \
                    trigger.category in _VERBAL and verb.pos_ in ("VERB", "AUX"):
                # "watching with grave concern Russia's build-up": the watcher is concerned about it
                actors = self._subject_referents(verb, steps)
                if actors:
                    steps.append(f"actor: the subject of {verb.text!r}, which is done 'with' {head.text!r}")
                    for obj in _objects_of(verb):
                        recipients.extend(self._argument_referents(obj, f"object of {verb.text!r}"))
            place = _partitive(head)  # "in one of the most direct criticisms, X told ..."
            if place is not head and place.dep_ == "pobj":
                verb = place.head.head
            if not actors and verb is not None and place.head.lower_ == "in" and trigger.category in _VERBAL and \
                    verb.pos_ in ("VERB", "AUX") and not _is_passive(verb) and \
                    not any(c.dep_ == "det" and c.lower_ == "the" for c in place.children):
                # "went on strike in a refusal to accept ...", "resigned in protest at ...": what the doer of the
                # verb does by it (but "killed in the attack", "was arrested in a protest" are no act of theirs,
                # and "in the refusal" is one the text has named before)
                actors = self._subject_referents(verb, steps)
                if actors:
                    steps.append(f"actor: the subject of {verb.text!r}, done 'in' {head.text!r}")
                if actors and not recipients and trigger.category in _VERBAL_CONFLICT - {"REJECT"}:
                    # "in one of the most direct criticisms, Tower said the president did not understand ...":
                    # a criticism with no one named after it is of whom the words it is made in are about
                    recipients = [r for clause in _complement_clauses(verb) for s in clause.children
                                  if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
                                  for r in self._referents(s, "subject of what was said")]
            span = _span_of(head)  # "agreed in two months of negotiations": in the negotiations
            if not actors and span.dep_ == "pobj" and (
                    (trigger.category in _MEETINGS and span.head.lower_ in _SAME_TIME_PREPS) or
                    (trigger.category == "PROTEST" and span.head.lower_ in _WHILE_PREPS)):
                verb = _governing_verb(span)
                actors = self._subject_referents(verb, steps) if verb is not None else []
                if trigger.category == "PROTEST" and any(a.sector in _NOT_MARCHING for a in actors):
                    # "police fired tear gas during a march", "banks stayed open during the strike": the marchers
                    # and strikers are others
                    actors = []
                if actors and verb is not None:
                    steps.append(f"actor: the subject of {verb.text!r}, who took part in the "
                                 f"{head.text!r}")
                    if not recipients and trigger.category in _MEETINGS:
                        recipients = self._with_partners_of(verb, steps)
            if not recipients:
                recipients = self._object_of_noun_clause(head, trigger)
            self._describe(steps, actors, recipients)
            return actors, recipients
        verb = head
        guest = self._visiting_guest(trigger)
        if guest is not None:
            actors, recipients = guest
            self._describe(steps, actors, recipients)
            return actors, recipients
        if trigger.felt:
            actors, recipients = self._feelers(trigger)
            self._describe(steps, actors, recipients)
            return actors, recipients
        if trigger.converse:
            recipients = self._subject_referents(verb, steps)
            actors = []
            sources: list[Token] = [verb]
            if trigger.noun is not None:
                sources.extend(_phrase_heads(trigger.noun))
            for source in sources:
                for prep in source.children:
                    if prep.dep_ in ("prep", "agent") and prep.lower_ in _CONVERSE_AGENT_PREPS:
                        for pobj in prep.children:
                            if pobj.dep_ == "pobj":
                                actors.extend(self._referents(pobj, f"'{prep.lower_}' object", agent=True))
            if not actors and trigger.category == "THREATEN" and context.reporter is not None:
                actors = self._subject_referents(context.reporter, steps)
                if actors:
                    steps.append(f"actor: who said it ({context.reporter.text!r}) threatens")
            self._describe(steps, actors, recipients)
            return actors, recipients
        actors = self._subject_referents(verb, steps)
        recipients = self._object_referents(trigger)
        if not recipients and trigger.category == "REQUEST":
            recipients = self._asked_in_for_clause(trigger, steps) or self._asked_of_described(verb, steps)
        if trigger.category in _MATERIAL_CONFLICT:
            recipients = self._taken_from(trigger, recipients)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and trigger.category in _VERBAL and not _objects_of(verb):
            # "sent Reagan a letter requesting his name be withdrawn": asked of whom the letter went to (but
            # "handed Aziz a letter urging Iraq to withdraw" urges Iraq)
            recipients = self._addressee(verb.head) or recipients
        if trigger.noun is not None and trigger.noun != verb and trigger.noun.i not in self.ent_of:
            # (a name is who the act is done to, and what stands beside it only describes it: "charged Dean
            # Witter, the fourth largest U.S. brokerage house" is not aimed at the United States)
            noun_actors, noun_recipients = self._noun_participants(trigger.noun, trigger)
            recipients.extend(noun_recipients)
            if trigger.noun_doers_receive:
                recipients.extend(noun_actors)
                noun_actors = []
            if not actors and self._is_event_noun(trigger.noun):
                actors = noun_actors
        for noun in trigger.absorbed:
            # "were killed in Israeli shelling": the doer is named in the event noun, or is the demonym the
            # parser split off it (syntax._split_off_demonyms)
            noun_actors, noun_recipients = self._noun_participants(noun, trigger) if self._is_event_noun(noun) \
                else (self._modifier_referents(noun), [])
            if not actors and noun_actors and not any(c.dep_ == "nsubj" for c in verb.children):
                # but "the two meet for the IMF meetings": the doers are said, if unknown; the meeting's
                # name is not who meets
                actors = noun_actors
                steps.append(f"actor: the doer of {noun.text!r}")
            if not recipients:
                recipients = noun_recipients
        if not actors and trigger.category in ("ASSAULT",) and _is_passive(verb):
            # "a mortar was fired at it from the Gaza Strip": fire comes from there
            actors = [r for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                      for pobj in prep.children if pobj.dep_ == "pobj"
                      for r in self._referents(pobj, "'from' object")]
            if actors:
                steps.append("actor: where the fire came from")
        if trigger.transformed_from is not None:
            inner = trigger.transformed_from
            if trigger.category == "REQUEST":
                asked = [r for o in _objects_of(verb) for r in self._referents(o)]
                if not asked and inner.head.pos_ in ("VERB", "AUX"):
                    asked = [r for c in inner.head.children if c.dep_ == "nsubj" for r in self._referents(c)]
                    # "insist on the banks pledging to fund it": the doer of the act demanded
                    asked = asked or [r for p in inner.head.children if p.dep_ == "prep" for c in p.children
                                      if c.dep_ == "pcomp" for g in c.children if g.dep_ == "nsubj"
                                      for r in self._referents(g)]
                recipients = asked or recipients
            else:
                inner_recipients = self._inner_recipients(inner)
                recipients = inner_recipients if trigger.empowered else recipients or inner_recipients
        if not recipients:
            recipients = self._response_target(trigger) or self._stance_target(trigger) or self._destination(trigger)
        if not recipients and trigger.recipient_implied:
            recipients = self._creditors(trigger)
        if not recipients:
            recipients = self._counterpart_of_object(trigger)
        if not recipients and trigger.category == "AID":
            recipients = self._helped(verb, steps) or [r for g in _given_to(trigger.noun) for r in
                                                       self._argument_referents(g, "'to' on the form of the amount")]
        if trigger.category == "CONSULT":
            recipients = self._hosts(trigger, actors, recipients, steps) or self._visited(trigger, actors, steps)
        if not recipients and trigger.category in ("COERCE", "ASSAULT"):
            recipients = self._forced(verb, steps)
        if not recipients and trigger.category in _VERBAL_CONFLICT and trigger.transformed_from is None \
                and trigger.entry.frame in ("intent", "request", "block"):
            recipients = self._intended_target(trigger, verb, steps)
        if trigger.aimed_at is not None and (not recipients or all(r.sector == "media" for r in recipients)):
            # "Monsod told Reuters the Philippines must devalue": the press told is no party; the words are of the
            # one the reported clause names
            recipients = self._said_of(trigger.aimed_at, steps)
        if not recipients and trigger.category in _VERBAL_CONFLICT - {"REJECT"}:
            # "warned that Russia would face ...": the one the warning is about; not the one that would act
            # ("warned that Tehran would close the Strait if ..."), the threatener's side (condition subjects below)
            for clause in _complement_clauses(verb):
                if _source_tag(clause):
                    continue  # "demanded that Pyongyang account for them, Japanese officials said": who told it
                if trigger.category == "THREATEN" and _subject_acts(clause):
                    steps.append(f"the subject of what was said acts in it ({clause.text!r}): not the one warned")
                    break
                recipients = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                              for r in self._referents(s, "subject of what was said")]
                if recipients:
                    steps.append(f"recipient: the subject of what was said ({clause.text!r})")
                break
        if not recipients and trigger.category in ("ACCUSE", "REJECT"):
            recipients = self._doers_of_judged(trigger, actors)
        if (trigger.category == "THREATEN" or trigger.category in _MATERIAL_CONFLICT) and \
                {r.key for r in self._parties(recipients, [])} <= {a.key for a in actors}:
            # a threat, or force on a condition (a threat once the modes are read): none, or only the
            # threatener's own ("could suspend payments on its debt if the banks reject ..."), or a sea
            # ("to close the Strait of Hormuz if Washington attacked")
            recipients = self._condition_subjects(trigger, actors) or recipients
        if not recipients and trigger.category == "PROTEST":
            recipients = self._demanded_of(actors, verb, steps)
        if not recipients and trigger.category == "PROTEST":
            # a protest in a country's capital is aimed at its government
            for source in (verb, *([trigger.noun] if trigger.noun is not None else [])):
                for prep in source.children:
                    if prep.dep_ == "prep" and prep.lower_ == "in":
                        for pobj in prep.children:
                            ent = self.ent_of.get(pobj.i)
                            if pobj.dep_ == "pobj" and ent is not None and \
                                    self.entities[ent.kb_id_].type in ("Country", "Place"):
                                recipients = [replace(r, key=self._country_of(r.key), sector="government")
                                              for r in self._referents(pobj, "place of the protest")]
        if not recipients and trigger.category == "ASSAULT" and not (
                trigger.entry.words in _MUTUAL_FORCE and len({a.key for a in actors}) > 1):
            # "struck targets in southern Lebanon": an attack hits where it happens (where two sides fought, not)
            for source in (verb, *([trigger.noun] if trigger.noun is not None else [])):
                for prep in source.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "inside"):
                        for pobj in prep.children:
                            ent = self.ent_of.get(pobj.i)
                            if pobj.dep_ == "pobj" and ent is not None and \
                                    self.entities[ent.kb_id_].type in ("Country", "Place"):
                                recipients = self._referents(pobj, "place of the attack")
        if actors and all(a.key is None for a in actors) and trigger.category not in _MEETINGS:
            # "police arrested ... in Minsk", "protesters rallied in Tbilisi": a group of that country; but a
            # meeting is often held abroad ("the minister met his Chinese counterpart in Beijing")
            country = self._location_country(verb, trigger.noun)
            if country is not None:
                actors = [replace(a, key=country, how=a.how + " in the place of the event") for a in actors]
                steps.append(f"actor's country: {country}, where it happened")
        if recipients and all(r.key is None and r.sector in _LOCAL_SECTORS for r in recipients):
            # "protested against the government in Baghdad", "clashed with police in Minsk": that country's; and
            # civilians of no stated nationality acted on in a place are its people ("four children were killed
            # in shelling in the Gaza Strip": PLOVER and CAMEO code them by where it happened, PSECVL)
            country = self._location_country(verb, trigger.noun)
            if country is not None:
                recipients = [replace(r, key=country, how=r.how + " in the place of the event") for r in recipients]
                steps.append(f"recipient's country: {country}, where it happened")
        if recipients and actors and all(r.key is None and r.sector == "police" for r in recipients):
            # "Spanish farmers battled police": police act only in their own country, so police of no stated
            # country (and no place of the event) are those of the country whose people face them
            countries = {a.key for a in actors if a.key is not None and a.key in self.entities
                         and self.entities[a.key].type == "Country"}
            if len(countries) == 1:
                country = countries.pop()
                recipients = [replace(r, key=country, how=r.how + " facing " + country) for r in recipients]
                steps.append(f"recipient's country: {country}, the country of those the police face")
        if not recipients and trigger.noun is not None and trigger.noun != verb:
            recipients = self._object_of_noun_clause(trigger.noun, trigger)
        if actors and trigger.category in _COMMERCIAL_WHEN_BUSINESS and all(a.sector == "business" for a in actors):
            # "Japanese importers bought 95,000 tonnes of Chinese soybeans": a firm's dealings in a country's
            # goods are commerce with that country's sellers, not with the country
            goods = [r for r in recipients if r.key is not None and r.token.i not in self.ent_of
                     and self._group_sector(r.token) is None and self.entities[r.key].type == "Country"]
            if goods:
                steps.append("the country of goods a firm deals in is no party")
                recipients = [r for r in recipients if r not in goods]
        if trigger.category == "ACCUSE" and trigger.head.pos_ != "ADJ":
            # (a mood is felt with someone, not lodged: "angry with the EC over its farm policy")
            recipients = self._past_the_venue(recipients, actors, steps)
        recipients = self._joint_parties(trigger, actors, _collapse(recipients))
        self._describe(steps, actors, recipients)
        return actors, recipients

    def _visiting_guest(self, trigger: _Trigger) -> tuple[list[Referent], list[Referent]] | None:
        """"Deng told visiting Secretary of State George Shultz ...", "Putin met the visiting premier": the
        participle before a name says the name is the visitor, and the host is the subject of the clause the
        visitor is in (PLOVER: the visitor is the actor, the host the recipient). The model often reads
        "told visiting X" as a clause of "told" with X its object; that reading is taken back when X is a
        person and the verb is not one that takes its own subject's doing ("began visiting China")."""
        head = trigger.head
        if head.tag_ != "VBG" or head.lemma_.lower() not in _VISITING or trigger.category != "CONSULT":
            return None
        if head.dep_ == "amod" and head.i < head.head.i:
            guest = head.head
        elif head.dep_ in ("xcomp", "advcl", "dep") and head.head.pos_ in ("VERB", "AUX") and \
                head.head.lemma_.lower() not in _ASPECTUAL and head.i > head.head.i:
            objects = [c for c in head.children if c.dep_ in ("dobj", "obj")] or self._titled_name_after(head)
            if len(objects) != 1 or self.ent_of.get(objects[0].i) is None or \
                    self.entities[self.ent_of[objects[0].i].kb_id_].type != "Person":
                return None
            if any(c.dep_ in ("dobj", "obj", "dative") for c in head.head.children):
                return None  # "told reporters visiting ...": the verb has an object of its own
            guest = objects[0]
        else:
            return None
        host_verb = head.head if head.dep_ != "amod" else guest.head
        while host_verb.dep_ in ("prep", "agent") and host_verb.head != host_verb:
            host_verb = host_verb.head  # "met with the visiting premier"
        if host_verb.pos_ not in ("VERB", "AUX"):
            return None
        guests = self._referents(guest, "visitor", agent=True)
        hosts = self._subject_referents(host_verb, trigger.steps)
        if guest.lemma_.lower() in _PRESS_WORDS:  # "told visiting journalists": the press is no party to consult
            trigger.steps.append(f"visiting {guest.text!r} are the press, no party: not coded")
            return [], []
        if not guests:
            return None
        trigger.steps.append(f"actor: the visitor {guest.text!r}; recipient: the host, subject of "
                             f"{host_verb.text!r}")
        return guests, hosts

    def _object_of_noun_clause(self, noun: Token, trigger: _Trigger) -> list[Referent]:
        """The one a nominal event is aimed at, named in the clause the noun heads: "no commitments to support
        Brazil's efforts", "a threat to impose sanctions on Japan", "a proposal to seize South Africa's mines";
        or in a relative clause of which the noun is the object: "lifted the sanctions it imposed on Japan",
        "withdrew the troops it had sent to Lebanon" (the clause says whom the sanctions, the troops were on)."""
        clauses = list(noun.children)
        if noun.dep_ in ("dobj", "obj") and noun.lemma_.lower() in _PROJECT_NOUNS:
            # "scrapping [deals] [to buy American goods]": the parser hangs the deals' infinitive on the verb
            clauses.extend(c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i)
        for clause in clauses:
            if clause.dep_ not in ("acl", "relcl", "advcl") or clause.pos_ != "VERB" or \
                    (not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and \
                    (clause.dep_ != "relcl" or any(c.dep_ in ("dobj", "obj", "ccomp") for c in clause.children))):
                continue
            inner = _Trigger(head=clause, entry=trigger.entry, category=trigger.category, tokens=[clause])
            found = self._object_referents(inner)
            if found:
                trigger.steps.append(f"recipient: the object of the clause {noun.text!r} heads ({clause.text!r})")
                return found
        return []

    def _demanded_of(self, actors: list[Referent], verb: Token, steps: list[str]) -> list[Referent]:
        """A protest is aimed at whom its protesters make their demand of: "farmers demanding a better deal
        from the EC blocked roads" protest against the EC (the demand is the protest's topic, PLOVER), as do
        "students marched through Jakarta demanding the resignation of President Suharto"."""
        clauses = [*(c for a in actors for c in a.token.children if c.dep_ in ("acl", "relcl")),
                   *(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG")]
        for clause in clauses:
            if clause.pos_ != "VERB":
                continue
            lemma = _verb_lemma(clause, self.coder._verb_heads)
            entry = next((e for e in self.lexicon.verb_entries(lemma or "") if e.category == "REQUEST"), None)
            if entry is None:
                continue
            demand = _Trigger(head=clause, entry=entry, category="REQUEST", tokens=[clause])
            found = self._object_referents(demand) or self._counterpart_of_object(demand)
            if found:
                steps.append(f"recipient: whom the protesters make their demand of ({clause.text!r})")
                return found
        return []

    def _inner_recipients(self, inner: _Trigger) -> list[Referent]:
        if inner.empowered and inner.transformed_from is not None:
            return self._inner_recipients(inner.transformed_from)  # never whom it empowers or copies
        if _nominal(inner):
            return self._noun_participants(inner.head, inner)[1]
        recipients = self._object_referents(inner)
        if inner.noun is not None and inner.noun != inner.head:
            recipients.extend(self._noun_participants(inner.noun, inner)[1])
        if inner.transformed_from is not None:
            recipients.extend(self._inner_recipients(inner.transformed_from))
        return recipients or self._response_target(inner)

    def _describe(self, steps: list[str], actors: list[Referent], recipients: list[Referent]) -> None:
        for actor in actors:
            steps.append(f"actor {actor.describe()}")
        for recipient in recipients:
            steps.append(f"recipient {recipient.describe()}")

    def _named_adverbial(self, verb: Token) -> list[Token]:
        """A named party the parser hung on a finite verb with no subject as an adverbial noun, the way it
        reads "Monday" ("Turkey massed troops": Turkey an npadvmod), standing first in its sentence: the
        subject it stands as."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return []
        return [c for c in verb.lefts if c.dep_ == "npadvmod" and c.i in self.ent_of
                and c.left_edge.i == verb.sent.start]

    def _subject_referents(self, verb: Token, steps: list[str]) -> list[Referent]:
        """The doer of ``verb``: its subject, its passive agent, or the subject it shares by control or
        coordination."""
        if _accidental(verb, [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]):
            return []  # harm an accident or a disaster did, nobody's act
        node = verb
        raised = False
        for _ in range(6):
            agent = [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if agent:
                return [r for a in agent for r in self._referents(a, "passive agent", agent=True)]
            if _reduced_relative(node):
                return []  # "the civilians imprisoned for ... were released": the civilians underwent it
            # "opened talks with Japanese officials to discuss ...": the clause's subject is read from "with X to V",
            # the partner of those who act, not the doer
            subjects = [] if _read_as_with_clause(node) and _with_clause_subjects(node) else \
                [c for c in node.children if c.dep_ in _SUBJECT_DEPS] or self._named_adverbial(node) or \
                _subject_under_mark(node)
            # "Armenia and Azerbaijan agreed ..., but each accused the other": "each" stands for the sides named
            # as the subject of the clause its own is joined to
            if subjects and not (node.dep_ == "conj" and _reciprocal(node) and all(map(_distributive, subjects))):
                return [r for s in subjects for r in self._referents(s, "subject", agent=True)]
            if node.dep_ == "conj" and any(c.dep_ == "auxpass" for c in node.children):
                return []  # "rebels attacked the town and were repelled": who repelled them is not said
            passive = [c for c in node.children if c.dep_ in ("nsubjpass", "csubjpass")]
            if passive:
                if raised:  # "Obama is scheduled to attend": the subject of the passive does the rest
                    return [r for s in passive for r in self._referents(s, "subject", agent=True)]
                if node.lemma_.lower() in _ATTITUDE_PARTICIPLES and any(
                        c.dep_ == "prep" and c.lower_ == "to" for c in node.children):
                    # "West Germany and Ireland are opposed to the limits": a stance, its holder the subject
                    return [r for s in passive for r in self._referents(s, "holder of the stance", agent=True)]
                return []  # passive with no agent: the doer is not said
            dep = node.dep_
            head = node.head
            if head == node:
                return []
            if dep == "xcomp":
                objects = [c for c in head.children if c.dep_ in ("dobj", "obj")] \
                    if head.lemma_.lower() not in _SUMMONING_VERBS else []  # "summoned the envoy to protest"
                if objects:  # object control: "urged Japan to consider"
                    return [r for o in objects for r in self._referents(o, "object of " + head.text, agent=True)]
                node = head
                raised = True
            elif dep == "acomp" and node.tag_ == "VBN" and head.pos_ in ("VERB", "AUX"):
                # "are opposed to the limits": the stance of the copula's subject (adjectives that govern an
                # intent, "is willing to", are the composition's to read)
                node = head
                raised = False
            elif dep in ("conj", "advcl") and head.pos_ in ("VERB", "AUX"):
                if dep == "advcl" and node.tag_ == "VBN" and not any(c.dep_ == "aux" for c in node.children):
                    return []  # "Accused of spying, the diplomats ...": the clause's subject underwent it
                node = head
                raised = False
            elif dep in ("acomp", "oprd") and node.pos_ == "ADJ" and head.pos_ in ("VERB", "AUX"):
                # "X was willing / ready / likely to V": the subject of the copula
                node = head
                raised = True
            elif dep == "pcomp":
                verb_head = head.head
                holder = _plan_holder(verb_head)
                if holder is not None:
                    node = holder  # "China has no intention of invading": whoever has the intention would act
                    raised = False
                    continue
                if verb_head.pos_ not in ("VERB", "AUX"):
                    return []
                objects = [c for c in verb_head.children if c.dep_ in ("dobj", "obj")]
                if head.lower_ in ("for", "of") and objects:
                    # "jailed a student for helping", "accused X of attacking": the object did it
                    return [r for o in objects for r in self._referents(o, "object of " + verb_head.text,
                                                                        agent=True)]
                node = verb_head
                raised = False
            elif dep in ("acl", "relcl"):
                if (node.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in node.children)) or \
                        _relative_object(node) == head:
                    # "sanctions imposed on Moscow" with no "by", "the civilians imprisoned" (the tagger's past
                    # tense): the noun underwent it, and the doer is not said; a participle with an object of its
                    # own is the noun's verb the parser hung on it ("coalition air strikes killed 20 civilians")
                    return []
                holder = _plan_holder(head)
                if holder is not None:
                    node = holder  # "Japan has no plans to impose": whoever has the plan would act
                    raised = False
                    continue
                return self._referents(head, "the noun it describes", agent=True)
            else:
                return []
        return []

    def _object_referents(self, trigger: _Trigger) -> list[Referent]:
        verb = trigger.head
        category = trigger.category or ""
        preps = (_RECIPIENT_PREPS | _RECIPIENT_PREPS_BY_CATEGORY.get(category, frozenset())
                 | trigger.entry.preps | frozenset(trigger.entry.particles))
        if category == "RETREAT":
            preps = preps - _DESTINATION_PREPS  # "withdrew from X to Y": Y is where they went
        skip = {t.i for t in trigger.tokens}
        if category in _MEANS_WITH and "with" not in trigger.entry.particles and any(
                (c.dep_ in ("dobj", "obj") and c.i not in skip) or (c.dep_ == "prep" and c.lower_ != "with" and
                                                                    c.lower_ in preps and _prep_objects(c))
                for c in verb.children):
            # with the one acted on named, "with" names the means: "shelled Christian positions with
            # artillery", "crossed into Ukraine with tanks" (but "clashed with troops", "exchanged fire with
            # troops" are aimed at them)
            preps = preps - {"with"}
        recipients: list[Referent] = []
        own_asset = category in ("MOBILIZE", "RETREAT", "AID") or trigger.entry.head in _MEANS_VERBS
        noun = trigger.noun
        if noun is not None and noun.head != verb and not self._is_event_noun(noun) and \
                not (own_asset and self._group_sector(noun) == "military"):
            recipients.extend(self._referents(noun, "object"))  # the object the parser hung elsewhere
        for child in verb.children:
            if child.i in skip and child.dep_ not in ("prep",):
                # the object of a light verb is who it is done to when it names someone: "released
                # Palestinian prisoners", "expelled Dutch diplomats" (not "sent troops", "sent aid")
                if trigger.noun is not None and child.i == trigger.noun.i and not self._is_event_noun(child) \
                        and not (own_asset and self._group_sector(child) == "military"):
                    recipients.extend(self._referents(child, "object"))
                elif child == trigger.noun and category in ("AGREE", "CONCEDE") and trigger.entry.objects and \
                        self._is_event_noun(child):
                    # "accepted Iraq's offer", "met U.S. demands": what another offered or asked is theirs
                    recipients.extend(self._argument_referents(child, "whose the act accepted or met is"))
                continue
            if child.pos_ == "ADP" and child.dep_ in ("dative", "prep", "agent"):
                if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ not in preps) or \
                        _serves_agent(child):
                    continue
                if category in _VERBAL_CONFLICT and child.lower_ == "against" and any(
                        c.dep_ in ("dobj", "obj") and c.i not in skip for c in verb.children):
                    continue  # "warned the US against an intervention in Venezuela": the matter, the US addressed
                for pobj in _prep_objects(child):
                    recipients.extend(self._argument_referents(pobj, f"'{child.lower_}' object"))
            elif child.dep_ in _OBJECT_DEPS or child.dep_ == "nsubjpass":
                if child.dep_ == "nsubjpass" and trigger.noun is not None and child.i == trigger.noun.i and \
                        self._is_event_noun(child):
                    continue
                if category in ("MOBILIZE", "RETREAT") and self._group_sector(_counted(child)) == "military":
                    continue  # "deployed 3,000 troops": its own forces, not whom it acts on
                if category in _MATERIAL_CONFLICT and verb.lemma_.lower() in _GRANTING_VERBS and child != noun:
                    continue  # "granted Texaco an order against Pennzoil": Texaco asked for it
                recipients.extend(self._argument_referents(child, "object"))
        if category in _COOPERATIVE:
            recipients.extend(r for s in _with_partners(verb) for r in self._argument_referents(s, "'with' object"))
        for shared in _shared_subject(verb):
            if shared.i not in skip:
                # "was arrested by police and charged with theft": the subject the passive verbs share
                recipients.extend(self._argument_referents(shared, "subject of the passive it is joined to"))
        described = _relative_object(verb)
        if described is not None and described.i not in skip and \
                not (own_asset and self._group_sector(_counted(described)) == "military"):
            # "demands already rejected by the government": what the clause is about is what it acts on
            # (never the clause's own agent, which _maker_of would find there)
            inside = {t.i for t in verb.subtree}
            recipients.extend(r for r in self._argument_referents(described, "the noun the clause describes")
                              if r.token.i not in inside)
        if not recipients and not any(c.dep_ in _OBJECT_DEPS for c in verb.children):
            recipients = self._unparsed_object(verb, trigger.steps)
        if not recipients and category in _STANCES:
            # only when no object names anyone: "accused Peking, the rival of Moscow," is aimed at Peking; a mood
            # is felt about what its preposition names ("not happy with the structure of the committee")
            things = [*verb.children, *(g for p in verb.children if verb.pos_ == "ADJ" and p.dep_ == "prep" and
                                        p.lower_ in trigger.entry.preps for g in p.children if g.dep_ == "pobj")]
            for thing in things:
                if (thing.dep_ in _OBJECT_DEPS or thing.dep_ == "pobj") and thing.i not in skip:
                    recipients = self._owner_of(thing, verb, trigger.steps)
                    if recipients:
                        break
        return recipients

