"""Recipients named away from the trigger's own arguments: the owner of a thing a stance is taken on, the other
party of what an event is about or of the talks around it, the doer of what it responds to, and whom a
threat's condition is about."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.events.halting_words import _PREVENTING_VERBS
from newsgraph.extract.events.judging_words import (
    _BLAME_NOUNS,
    _DUTY_NOUNS,
    _MISHAP_NOUNS,
    _OBLIGATION_NOUNS,
    _RESTING_PREPS,
    _RESTING_VERBS,
    _WRONGDOING_VERBS,
)
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.place_words import _NO_PARTY_PLACES
from newsgraph.extract.events.syntax import (
    _feeling_parties,
    _is_passive,
    _noun_forms,
    _objects_of,
    _prep_objects,
    _verb_lemma,
)
from newsgraph.extract.events.triggers import _TriggerFinder
from newsgraph.extract.events.words import (
    _AGENT_PREPS,
    _BENEFIT_CATEGORIES,
    _CONDITION_MARKS,
    _CONFLICT,
    _DISPUTE_CATEGORIES,
    _FORCE,
    _GRIEVANCE_PREPS,
    _HELPING_VERBS,
    _MEANS_WITH,
    _MEETINGS,
    _OBJECT_DEPS,
    _ORGANISED_SECTORS,
    _OWNER_PREPS,
    _RESPONSE_WORDS,
    _STANCE_WORDS,
    _TAKING_VERBS,
    _TOPIC_PREPS,
    _TRAVEL_VERBS,
    _VENUE_PREPS,
    _VISIT_WORDS,
)


def _noun_chain(noun: Token, depth: int = 3) -> list[Token]:
    """A noun and the nouns its prepositional phrases hang below it, never through a clause: "the proposals
    in two months of negotiations" → proposals, months, negotiations."""
    chain = [noun]
    for prep in noun.children:
        if depth > 1 and prep.dep_ == "prep" and prep.lower_ not in ("with", "between"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    chain.extend(_noun_chain(pobj, depth - 1))
    return chain


class _Recipients(_TriggerFinder):
    """Adds: recipients named away from the trigger's own arguments."""

    def _parties(self, referents: list[Referent], steps: list[str]) -> list[Referent]:
        """Leaves out seas and regions named as such: "sent two carriers to the Gulf", "attacked targets in the
        Middle East" name where the act happens, not a party to it (PLOVER.md: the venue of an act is not its
        recipient). A region that only says which parties ("ministers of six Gulf Arab states") stays theirs."""
        out = []
        for referent in referents:
            entry = self.gazetteer.entries.get(referent.key or "")
            if entry is not None and entry.type == "Place" and entry.kind in _NO_PARTY_PLACES and \
                    referent.token.i in self.ent_of:
                steps.append(f"{referent.describe()} is a {entry.kind}, where it happens: no party")
                continue
            if entry is None and referent.token.i in self.ent_of and self._a_sea(referent.key):
                # "fired a missile into the East Sea", "drills in the Sulu Sea": a sea the gazetteer does not list
                steps.append(f"{referent.describe()} is named as a sea, where it happens: no party")
                continue
            out.append(referent)
        return out

    def _joint_parties(self, trigger: _Trigger, actors: list[Referent],
                       recipients: list[Referent]) -> list[Referent]:
        """Parties named together as doing an act jointly are each other's other party; a town named in what
        they agree on or meet about is its topic or venue, no party: "Egypt and Israel agreed to resume talks on
        the Taba dispute" is an agreement between the two, not with Taba (a capital stands for its country)."""
        if trigger.category not in _MEETINGS or len({a.key for a in actors}) < 2 or not recipients or \
                not all(a.token == actors[0].token or a.token in actors[0].token.conjuncts for a in actors):
            return recipients
        towns = [r for r in recipients if r.key is not None and self.entities.get(r.key) is not None
                 and self.entities[r.key].type == "Place" and self._country_of(r.key) == r.key]
        if len(towns) < len(recipients):
            return recipients
        trigger.steps.append(f"{', '.join(t.token.text for t in towns)}: what the joint act is about, no party")
        return []

    def _destination(self, trigger: _Trigger) -> list[Referent]:
        """Where a trip announced sets out for is whom it visits: "a trade delegation leaves for Washington
        tomorrow", "will leave for Moscow". Only a country or its capital (a party), and only a trip still to
        come: a town on the way ("would leave for Zurich") names no one, and a past departure is told by the
        visit itself."""
        verb = trigger.head
        if trigger.entry.head not in _TRAVEL_VERBS or verb.tag_ not in ("VB", "VBP", "VBZ"):
            return []
        found = [r for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                 for pobj in prep.children if pobj.dep_ == "pobj"
                 for r in self._argument_referents(pobj, "'for' object, where the trip goes")
                 if self.groups.type_of(r.key) == "Country"]
        return found

    def _taken_from(self, trigger: _Trigger, recipients: list[Referent]) -> list[Referent]:
        """What is seized is a prize and whom it is taken "from" the one the act is done to: "recaptured the
        town of Kismayo from Islamist militants" is aimed at the militants, not at the town; "seized the Golan
        Heights from Syria" at Syria. Only where the object names no party but places."""
        verb = trigger.head

        if _verb_lemma(verb, _TAKING_VERBS) is None or \
                not all(self.groups.type_of(r.key) == "Place" for r in recipients):
            return recipients
        # the parser hangs "from" on the verb or on the prize ("captured a rebel camp from separatists")
        holders = [verb, *(c for c in verb.children if c.dep_ in _OBJECT_DEPS)]
        found = [r for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for pobj in prep.children if pobj.dep_ == "pobj"
                 for r in self._argument_referents(pobj, "'from' object") if self.groups.type_of(r.key) != "Place"]
        if found:
            trigger.steps.append("recipient: whom the prize is taken from")
            return found
        return recipients

    def _doers_of_judged(self, trigger: _Trigger, actors: list[Referent]) -> list[Referent]:
        """Whom a judgement of a measure or an act is aimed at: who took it, named in the clause that tells it
        ("denounced the export controls Washington imposed", "export controls, which Beijing denounced": the
        relative clause on the noun, or the clause whose object the relative pronoun stands for)."""
        head = trigger.head
        for obj in _objects_of(head):
            if obj.tag_ == "WDT" and head.dep_ == "relcl":
                noun = head.head  # "controls, which Beijing denounced"
                while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
                    noun = noun.head.head  # "controls on semiconductors, which ...": the parser's nearer noun
                clauses = [noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else []
            else:
                clauses = [c for c in obj.children if c.dep_ == "relcl" and c.pos_ == "VERB"]
            for clause in clauses:
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ != "WDT"]
                subjects += [p for a in clause.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                own = {a.key for a in actors}
                found = [r for s in subjects for r in self._referents(s, "who did what is judged")
                         if r.key is not None and r.key not in own]
                if found:
                    trigger.steps.append(f"recipient: who did what is judged ({clause.text!r})")
                    return found
        return []

    def _condition_subjects(self, trigger: _Trigger, actors: list[Referent]) -> list[Referent]:
        """A threat made on a condition is aimed at whom the condition is about: "Argentina could suspend
        payments if creditor banks reject the request", "the union will strike unless the employers raise
        wages"; never the threatener itself ("will retaliate if it is attacked")."""
        heads = [trigger.head]
        inner = trigger.transformed_from
        while inner is not None:
            heads.append(inner.head)
            inner = inner.transformed_from
        # "threatened to close the strait if Washington attacked", "warned that it would retaliate if NATO
        # expanded": the condition hangs on what is threatened, one clause below the verb of threatening
        heads.extend(c for h in list(heads) for c in h.children if c.dep_ in ("xcomp", "ccomp"))
        # ... and through an infinitive it governs: "warned that Pyongyang would be forced to strengthen its
        # deterrent if the United States refused"
        heads.extend(c for h in heads[1:] for c in h.children if c.dep_ == "xcomp" and c not in heads)
        own = {(a.key, a.sector) for a in actors}
        for head in heads:
            for clause in head.children:
                if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                     for m in clause.children):
                    continue
                # "if we find that the FNV still refuses": past the threatener's own finding, what it finds
                subjects = [s for c in (clause, *(c for c in clause.children if c.dep_ == "ccomp"))
                            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                found = [r for s in subjects for r in self._referents(s, "subject of the condition")
                         if (r.key, r.sector) not in own and (r.key is None or r.key not in {k for k, _ in own})]
                if found:
                    trigger.steps.append(f"recipient: whom the condition is about ({clause.text!r})")
                    return found
        return []

    def _creditors(self, trigger: _Trigger) -> list[Referent]:
        """Whom the debt a halt of payments serves is owed: "suspended payments on some 68 billion dlrs owed to
        private banks" sanctions the banks."""
        for token in trigger.noun.subtree if trigger.noun is not None else ():
            if token.lemma_.lower() == "owe":
                found = [r for p in token.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                         for g in p.children if g.dep_ == "pobj"
                         for r in self._argument_referents(g, f"whom {token.text!r} is owed")]
                if found:
                    trigger.steps.append("recipient: the creditors the debt is owed to")
                    return found
        return []

    def _counterpart_of_object(self, trigger: _Trigger) -> list[Referent]:
        """The other party named on what the event is about: "agreed on a labor contract with the union",
        "signed a loan agreement with the World Bank", "agreed in negotiations with Syrian leaders", "demanded
        a better deal from the EC"."""
        verb = trigger.head
        # "demanded a better deal from the EC": what is asked for comes from the one asked
        wanted: tuple[str, ...] = ("with", "between", "from") if trigger.category == "REQUEST" else \
            ("with", "between", "for") if trigger.category in _BENEFIT_CATEGORIES else ("with", "between")
        if trigger.category in _MEANS_WITH:
            wanted = ("between",)  # "attacked the village at dawn with helicopters": the means
        nouns = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        # what talks are about is their topic: "spoke ... about cooperation between their militaries" is not
        # with the militaries
        topics = _TOPIC_PREPS if trigger.category == "CONSULT" else frozenset()
        nouns.extend(g for p in verb.children if p.dep_ == "prep" and p.lower_ not in topics
                     for g in p.children if g.dep_ == "pobj")
        for noun in nouns:
            for inner in _noun_chain(noun):
                for prep in inner.children:
                    if prep.dep_ == "prep" and prep.lower_ in wanted:
                        found = [r for g in prep.children if g.dep_ == "pobj" and (prep.lower_ != "for" or (
                                 g.i not in self.ent_of and self._group_sector(g) is not None))
                                 for r in self._argument_referents(g, f"'{prep.lower_}' on {inner.text!r}")]
                        if found:
                            trigger.steps.append(f"recipient: the other party of {inner.text!r}")
                            return found
        return self._talks_partner(verb, nouns, trigger.steps) or self._other_side(trigger)

    def _talks_partner(self, verb: Token, nouns: list[Token], steps: list[str]) -> list[Referent]:
        """The other side of the talks a clause around the event names, where they were held: "secured
        agreement to defer payments following five months of negotiations with creditor banks", "did not make
        such an offer when they held grain talks with Soviet counterparts", "launched an offensive after talks with
        Iraq collapsed". Only talks: "an offer after its war
        with Iran" is not made to Iran."""
        clauses = [c for o in nouns for c in o.children if c.dep_ == "acl"]
        clauses.extend(c for c in verb.children if c.dep_ == "advcl")
        for clause in clauses:
            around = [c for c in clause.children if c.dep_ in _OBJECT_DEPS or c.dep_ in ("nsubj", "nsubjpass")]
            around.extend(g for p in clause.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
            for inner in (t for noun in around for t in _noun_chain(noun)):
                if not any(e.category == "CONSULT" for e in self.lexicon.noun_entries(*_noun_forms(inner))):
                    continue
                found = [r for p in inner.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                         for g in p.children if g.dep_ == "pobj"
                         for r in self._argument_referents(g, f"'{p.lower_}' on {inner.text!r}")]
                if found:
                    steps.append(f"recipient: the other side of the {inner.text!r} around it ({clause.text!r})")
                    return found
        return []

    def _other_side(self, trigger: _Trigger) -> list[Referent]:
        """Employers and unions as each other's parties in a dispute: the party of the other organised sector in
        a clause tied to the event ("broke off talks after the union rejected its final proposal", "talks broke
        down when the union walked out after employers tabled their final offer"), or on the other side of the
        talks that clause names ("talks between British Rail and the drivers' union broke down when the union
        walked out"). Only where the doer is one union or one firm: a country's act is not labour's."""
        if trigger.category not in _DISPUTE_CATEGORIES:
            return []
        verb = trigger.head
        own = self._doer_sectors(verb) & _ORGANISED_SECTORS
        if len(own) != 1:
            return []
        # its own circumstances, also those of what it acts on ("broke off talks aimed at extending ... after
        # the union rejected"), never through a clause of saying or a relative clause, which have doers of their own
        clauses = [c for c in verb.subtree if c.dep_ == "advcl" and c != verb and not any(
            a.dep_ in ("ccomp", "relcl", "advcl") for a in c.ancestors if a.i != verb.i and verb in a.ancestors)]
        if verb.dep_ == "advcl":  # the clause it is tied to, and that clause's other circumstances
            clauses.extend((verb.head, *(c for c in verb.head.children if c.dep_ == "advcl" and c != verb)))
        for clause in clauses:
            arguments = [c for c in clause.children if c.dep_ in _OBJECT_DEPS or c.dep_ in ("nsubj", "nsubjpass")]
            found = [r for a in arguments for r in self._argument_referents(a, f"party of {clause.text!r}")
                     if r.sector in _ORGANISED_SECTORS - own]
            # the sides of talks the clause is about, but for the doer's own side
            found = found or [r for a in arguments for t in _noun_chain(a)
                              if any(e.category == "CONSULT" for e in self.lexicon.noun_entries(*_noun_forms(t)))
                              for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                              for g in p.children if g.dep_ == "pobj"
                              for r in self._argument_referents(g, f"'{p.lower_}' on {t.text!r}")
                              if r.sector not in own]
            if found:
                trigger.steps.append(f"recipient: the other side of the dispute, in {clause.text!r}")
                return found
        return []

    def _unparsed_object(self, verb: Token, steps: list[str]) -> list[Referent]:
        """Whom the act is done to where the parser hung it elsewhere: "allow U.S. banks to conduct business" is
        read as a clause "U.S. banks to conduct ..." whose subject is the one allowed."""
        for clause in verb.children:
            if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                found = [r for s in clause.children if s.dep_ == "nsubj"
                         for r in self._argument_referents(s, f"subject of {clause.text!r}")]
                if found:
                    steps.append(f"recipient: whom {verb.text!r} is done to, before {clause.text!r}")
                    return found
        return []

    def _owner_of(self, thing: Token, verb: Token, steps: list[str]) -> list[Referent]:
        """A stance on a thing no one is named in is aimed at whom the thing belongs to: the party a phrase on
        it names ("rejected a substantive role for the IMF", "rejects charges by Philips", with the "by" the
        parser may hang on the verb) or a group word before it ("dismissed central bank statements"). A place
        owns nothing: "backed a plan for Gaza" is aimed at no one named."""
        if thing.pos_ != "NOUN" or thing.i in self.ent_of:
            return []
        phrases = [(p, thing) for p in thing.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS]
        if not _is_passive(verb):
            # an active verb has no agent of its own: "by" on it is the thing's maker misattached
            phrases.extend((p, verb) for p in verb.children if p.dep_ == "prep" and p.lower_ in _AGENT_PREPS)
        for prep, on in phrases:
            found = [r for pobj in prep.children if pobj.dep_ == "pobj"
                     for r in self._referents(pobj, f"'{prep.lower_}' on {thing.text!r}")
                     if r.key is None or self.entities[r.key].type != "Place"]
            if found:
                steps.append(f"recipient: whose {thing.text!r} it is ({prep.lower_!r} on {on.text!r})")
                return found
        for word in thing.children:
            if word.dep_ == "compound" and word.pos_ == "NOUN" and self._group_sector(word) is not None:
                found = self._referents(word, f"group word on {thing.text!r}")
                if found:
                    steps.append(f"recipient: whose {thing.text!r} it is (the group word {word.text!r})")
                    return found
        return []

    def _blame_bearers(self, clause: Token) -> list[Token]:
        """Whom a clause places the blame on, where the blame is its subject: "India" in "responsibility for the
        clash lay with India", "the union" in "the blame rests with the union"; none for any other clause, nor
        for a duty ("responsibility for trade policy rests with the Commission")."""
        if clause.lemma_.lower() not in _RESTING_VERBS:
            return []
        for subject in clause.children:
            lemma = subject.lemma_.lower()
            if subject.dep_ != "nsubj" or lemma not in _BLAME_NOUNS:
                continue
            if lemma in _DUTY_NOUNS and not any(
                    g.lemma_.lower() in _MISHAP_NOUNS or any(e.category in _CONFLICT for e in
                                                            self.lexicon.noun_entries(*_noun_forms(g)))
                    for p in subject.children if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj"):
                return []
            return [g for p in clause.children if p.dep_ == "prep" and p.lower_ in _RESTING_PREPS
                    for g in p.children if g.dep_ == "pobj"]
        return []

    def _past_the_venue(self, recipients: list[Referent], actors: list[Referent],
                        steps: list[str]) -> list[Referent]:
        """A complaint is aimed at whom it accuses, not at the body it is lodged with (PLOVER.md: a complaint
        filed at the WTO is aimed at whoever it accuses; the WTO is the venue): "lodged a complaint against Japan
        with the GATT" accuses Japan, "filed a complaint with GATT over Japanese liquor taxes" too. With no
        other party named, the one it is lodged with is whom it is made to; and a government is a party, not a
        venue ("lodged a protest with Moscow over the arrests")."""
        venues = [r for r in recipients if r.token.dep_ == "pobj" and (
            (r.token.head.lower_ in _VENUE_PREPS and r.key is not None
             and self.entities[r.key].type == "Organization")
            # "sued UPS in federal court", "brought the case before the High Court": the court hears it
            or (r.token.head.lower_ in ("in", "before") and r.sector == "judiciary"))]
        if not venues:
            return recipients
        own = {a.key for a in actors}
        others = [r for r in recipients if r not in venues and r.key not in own]
        if not others:
            others = [found for venue in venues for prep in venue.token.children
                      if prep.dep_ == "prep" and prep.lower_ in _GRIEVANCE_PREPS
                      for grievance in prep.children if grievance.dep_ == "pobj"
                      for found in self._argument_referents(grievance, f"what the complaint is {prep.lower_}")
                      if found.key not in own]
        if not others:
            return recipients
        steps.append(f"{', '.join(v.token.text for v in venues)}: where it is lodged, not whom it accuses")
        return others

    def _said_of(self, clause: Token, steps: list[str]) -> list[Referent]:
        """Whom a clause a verb of saying condemns, charges or denies is aimed at: its subject, or whoever the
        subject belongs to or stands for: the owner ("the island's tariffs", "the tariffs of Taiwan"), the maker
        ("the sanctions imposed by Washington were unjust"), the doer of an act ("the Israeli raids were
        unacceptable"), the one whose charges a denial answers ("the American charges were groundless"); or
        whom the blame is placed on ("responsibility lay with India"); or, when what is said to break an
        obligation is no party, whose obligation it is ("the proposed tax would violate EC obligations")."""
        for subject in self._blame_bearers(clause) or clause.children:
            if subject.dep_ not in ("nsubj", "nsubjpass", "pobj"):
                continue
            found = self._argument_referents(subject, "what was said is aimed at") or \
                self._owner_of(subject, clause, steps)
            if found:
                steps.append(f"recipient: whom {subject.text!r} in what was said stands for or belongs to")
                return found
        if clause.lemma_.lower() in _WRONGDOING_VERBS:
            for broken in clause.children:
                if broken.dep_ in _OBJECT_DEPS and broken.lemma_.lower() in _OBLIGATION_NOUNS:
                    found = [r for r in self._referents(broken, "whose obligation it is") if r.key is not None]
                    if found:
                        steps.append(f"recipient: whose {broken.text!r} are said to be broken")
                        return found
        return []

    def _feelers(self, trigger: _Trigger) -> tuple[list[Referent], list[Referent]]:
        """A verb of feeling (``_Verdicts._feeling``): whoever feels it disapproves, of whoever stirred it: the doer
        or owner of the thing ("the American decision"), or the subject of the clause ("that Tokyo had not
        opened ..."). "I" in a quotation is the one it is attributed to: a feeling is the speaker's own act."""
        feelers, causes = _feeling_parties(trigger.head)
        actors: list[Referent] = []
        for feeler in feelers:
            speaker = self._speaker(feeler) if feeler.lower_ == "i" else None
            actors.extend(self._referents(speaker or feeler, "who feels it", agent=True))
        recipients: list[Referent] = []
        for cause in causes:
            if cause.pos_ in ("VERB", "AUX"):
                recipients.extend(self._said_of(cause, trigger.steps))
            elif cause.i not in self.ent_of and self._is_event_noun(cause):
                # "the killing of the ambassador shocked ...": an act's doer stirs the feeling, never its victim
                # (an "of" after it names whom it befell: "the killing of the ambassador", "the death of ...")
                recipients.extend(r for r in self._noun_participants(cause, None)[0]
                                  if not (r.token.dep_ == "pobj" and r.token.head.lower_ == "of"))
            else:
                recipients.extend(self._argument_referents(cause, "what stirred it"))
        return actors, recipients

    def _response_target(self, trigger: _Trigger) -> list[Referent]:
        """"in response to an attack by Russia", "in retaliation for ...": the doer of that event."""
        sources = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
        for source in sources:
            for prep in source.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "over", "for"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    target = pobj
                    if pobj.lemma_.lower() in _RESPONSE_WORDS:
                        inner = [g for p in pobj.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
                                 for g in p.children if g.dep_ == "pobj"]
                        if not inner:
                            continue
                        target = inner[0]
                    elif prep.lower_ != "over":
                        continue
                    if self._is_event_noun(target):
                        actors, _ = self._noun_participants(target, None)
                        if actors:
                            trigger.steps.append(f"recipient: the doer of {target.text!r} it responds to")
                            return actors
        return []

    def _stance_target(self, trigger: _Trigger) -> list[Referent]:
        """An act done "in protest at", "in opposition to", "in defiance of" something, or "in a refusal to meet"
        it, is aimed at whoever that thing is: the doer of an act ("in protest at Israel's raid"), the maker of
        a thing ("rollbacks asked for by their employers"), or its owner ("the government's policy")."""
        sources = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
        for stance in (g for source in sources for p in source.children if p.dep_ == "prep" and p.lower_ == "in"
                       for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in _STANCE_WORDS):
            preps = _STANCE_WORDS[stance.lemma_.lower()]
            things = [g for p in stance.children if p.dep_ == "prep" and p.lower_ in preps
                      for g in p.children if g.dep_ == "pobj"]
            things.extend(o for clause in stance.children if clause.dep_ in ("acl", "xcomp")
                          for o in clause.children if o.dep_ in _OBJECT_DEPS)
            for thing in things:
                if self._is_event_noun(thing) and thing.i not in self.ent_of:
                    found = self._noun_participants(thing, None)[0]
                else:
                    found = self._argument_referents(thing, f"what the {stance.text!r} is against")
                found = found or self._owner_of(thing, thing.head, trigger.steps)
                if found:
                    trigger.steps.append(f"recipient: whom the {stance.text!r} it is done in is against")
                    return found
        return []

    def _helped(self, verb: Token, steps: list[str]) -> list[Referent]:
        """Whom aid is given to help, named in its purpose clause: "a World Bank loan was given to help the
        government maintain reform", "flew in supplies to assist flood victims"."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in _HELPING_VERBS or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            # "to help the government maintain reform": the helped are the subject of what they are helped to do
            helped = [o for c in clause.children for o in ([c] if c.dep_ in ("dobj", "obj") else [
                g for g in c.children if g.dep_ == "nsubj"] if c.dep_ in ("ccomp", "xcomp") else [])]
            found = [r for o in helped for r in self._referents(o, f"whom it is given to {clause.lemma_.lower()}")]
            if found:
                steps.append(f"recipient: whom it is given to {clause.text!r}")
                return found
        return []

    def _forced(self, verb: Token, steps: list[str]) -> list[Referent]:
        """Whom force is used on, named in its purpose clause: "used water cannon to disperse 5,000
        demonstrators", "fired tear gas to break up the rally" (the purpose a verb of repression or force)."""
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            lemma = clause.lemma_.lower()
            particles = {c.lower_ for c in clause.children if c.dep_ == "prt"}
            if not ({lemma, *(f"{lemma} {p}" for p in particles)} & _PREVENTING_VERBS or any(
                    e.category in _FORCE and not e.objects and set(e.particles) <= particles
                    for e in self.lexicon.verb_entries(lemma))):
                continue
            found = [r for o in _objects_of(clause) for r in self._argument_referents(o, f"whom it is used to "
                                                                                           f"{clause.lemma_}")]
            if found:
                steps.append(f"recipient: the object of its purpose ({clause.text!r})")
                return found
        return []

    def _asked_in_for_clause(self, trigger: _Trigger, steps: list[str]) -> list[Referent]:
        """Whom a request asks to act, as the subject of a "for ... to" clause on the verb or on its noun:
        "called for Israel to withdraw", "stressed the need for the Brazilian authorities to present a
        programme"."""
        sources = [trigger.head, *([trigger.noun] if trigger.noun is not None else [])]
        for source in sources:
            for clause in source.children:
                if clause.dep_ not in ("advcl", "ccomp", "xcomp", "acl", "relcl") or not any(
                        c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                    continue
                found = [r for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                         for r in self._referents(s, f"subject of the clause asked for ({clause.text!r})")]
                if found:
                    steps.append(f"recipient: who is asked to {clause.text!r}")
                    return found
        return []

    def _asked_of_described(self, verb: Token, steps: list[str]) -> list[Referent]:
        """Whom a demand in a passive participle is made of: the party whose clause has the demanded thing for
        its object, "would not accept the concessions demanded by the companies", "refused to meet rollbacks
        asked for by their employers" (the one that would have to accept or meet it)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
            return []
        node = verb.head
        for _ in range(8):
            if node.head == node:
                return []
            node = node.head
            if node.pos_ in ("VERB", "AUX") and any(e.frame == "report" for e in self.lexicon.verb_entries(
                    node.lemma_.lower())):
                return []  # past what was said, to who said it
            subjects = [c for c in node.children if c.dep_ == "nsubj" and c.i < verb.i]
            if subjects:
                found = [r for s in subjects for r in self._referents(s, "whom it is demanded of", agent=True)]
                if found:
                    steps.append(f"recipient: the subject of {node.text!r}, of whom it is demanded")
                return found
        return []

    def _with_partners_of(self, verb: Token, steps: list[str]) -> list[Referent]:
        """The partner of talks its doers are in, named on their verb: "were in talks this morning with
        Baker" (the parser hangs "with Baker" on "were", past the time between)."""
        found = [r for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                 for g in _prep_objects(prep) for r in self._argument_referents(g, "'with' object")]
        if found:
            steps.append(f"recipient: the 'with' object of {verb.text!r}")
        return found

    def _hosts(self, trigger: _Trigger, actors: list[Referent], recipients: list[Referent],
               steps: list[str]) -> list[Referent]:
        """The host of a visit named by a city or a region of a country is that country ("ended a visit to
        Tehran", "began a visit to Peking": PLOVER's host is a party, a city is where the visit took it); a
        place in the visitor's own country stays where the trip went; before a successor state was, the city was
        its predecessor's."""
        if not any(t is not None and t.lemma_.lower() in _VISIT_WORDS for t in (trigger.noun, trigger.head)):
            return recipients
        own = {self._country_of_person(a.key) or self._country_of(a.key) for a in actors if a.key is not None}
        hosts = []
        for r in recipients:
            country = self._country_of(r.key) if self.groups.type_of(r.key) == "Place" else None
            entry = self.gazetteer.entries.get(country or "")
            day = trigger.head.doc._.published
            if entry is not None and entry.former and entry.since and day is not None and day < entry.since:
                country = entry.former  # Moscow in 1987 is the Soviet Union's, as its capital is (linking)
            if country is not None and country != r.key and country not in own and \
                    self.groups.type_of(country) == "Country":
                steps.append(f"recipient: {country}, the host of the visit to {r.token.text!r}")
                r = replace(r, key=country, sector="government")
            hosts.append(r)
        return hosts

    def _visited(self, trigger: _Trigger, actors: list[Referent], steps: list[str]) -> list[Referent]:
        """The host of a visit is the country of the place the visitor goes to: "arrived in Tokyo for a state
        visit", "flew to Beijing for talks" (PLOVER: the visitor is the actor, the host the recipient); a place
        in the visitor's own country is a trip at home."""
        verb = trigger.head
        if verb.lemma_.lower() not in _TRAVEL_VERBS or trigger.noun is None or \
                any(a.sector in ("military", "business") for a in actors):
            # the visit or the talks named ("arrived for a visit"): troops or refugees arriving somewhere, or
            # businessmen, visit no host
            return []
        own = {self._country_of_person(a.key) or self._country_of(a.key) for a in actors if a.key is not None}
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "to"):
                continue
            for pobj in _prep_objects(prep):
                ent = self.ent_of.get(pobj.i)
                if ent is None or self.entities[ent.kb_id_].type not in ("Country", "Place"):
                    continue
                country = self._country_of(ent.kb_id_)
                if country is None or country in own or self.groups.type_of(country) != "Country":
                    continue
                steps.append(f"recipient: {country}, the host of the visit to {pobj.text!r}")
                return [replace(r, key=country, sector="government")
                        for r in self._referents(pobj, "place visited")]
        return []
