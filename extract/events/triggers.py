"""Trigger finding: the lexicon's verbs, phrasal and light verbs, and nouns matched over the Doc, and whether a
nominal event stands as an event that took place."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Token

from newsgraph.extract.events.market_words import _MARKET_OBJECTS, _MARKET_QUANTITIES, _PRICE_VERBS, _PRICES
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.referents import _Referents
from newsgraph.extract.events.syntax import (
    _counted,
    _noun_forms,
    _objects_of,
    _particles_after,
    _partitive,
    _plan_denied,
    _relative_object,
    _span_of,
    _time_phrase,
    _verb_lemma,
    _words,
)
from newsgraph.extract.events.words import (
    _CAUSING_VERBS,
    _FACT_PREPS,
    _FORCE,
    _HOLDING_VERBS,
    _LAWS_MADE,
    _MEETINGS,
    _PERCEPTION,
    _RELATIVE_PRONOUNS,
    _STATES_ENTERED,
    _TRAVEL_VERBS,
)

_VERB_POS = frozenset((VERB, AUX))


_NOUN_POS = frozenset((NOUN, PROPN))


_VERB_TAGS = frozenset(get_string_id(t) for t in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_VBG = get_string_id("VBG")


def _gerund_as_noun(token: Token) -> bool:
    """Whether a gerund stands where a noun does, with no object or subject of its own: "Fighting continued",
    "heavy shelling by government forces", not "stopping the war" or "after meeting Bush"."""
    return token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "pobj") and not any(
        c.dep_ in ("dobj", "obj", "nsubj", "aux", "auxpass", "ccomp", "xcomp", "prt") for c in token.children)


def _quantity_moves(verb: Token) -> bool:
    """Whether a verb tells how a market quantity moved: its subject, or the subject of the verb it completes
    ("started to decline"), is one ("production declined", "the surplus started to decline")."""
    node = verb
    for _ in range(2):
        for child in node.children:
            if child.dep_ == "nsubj":
                return child.lemma_.lower() in _MARKET_QUANTITIES
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return False


def _market_demand(noun: Token) -> bool:
    """Whether "demand" is a market's: singular, with no article, possessor or clause of its own ("industry demand
    for the products", "increasing Soviet demand", "world demand rose"). A party's demand is had or made: "the
    union's demand", "a demand that Israel withdraw", "rejected the demands"."""
    return noun.lower_ == "demand" and noun.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "acl", "ccomp", "relcl") for c in noun.children)


def _borrowed(verb: Token, lemma: str, category: str | None, objects: list[Token]) -> bool:
    """Whether a verb the lexicon codes alone is used here for something else: a verb of force over what markets
    deal in is a figure of speech ("fought back a bid", "to force open the market", "attacked inflation"), and a
    verb of going with a direct object leaves a place or carries someone ("left Washington", "flew them to
    Cairo"), which is no visit, and going into a state ("flew into exile", "went into hiding") is no move of
    forces and no visit; a verb of accusing that asks a price ("charging tariffs to U.S. farmers") tells of a
    sale; support of a law or a budget ("parliament approved a budget") is lawmaking."""
    if category == "SUPPORT" and any(o.lemma_.lower() in _LAWS_MADE for o in objects):
        return True
    if lemma.split()[0] in _TRAVEL_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("into", "to") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _STATES_ENTERED for g in c.children)
            for c in verb.children):
        return True
    if category == "ACCUSE" and lemma in _PRICE_VERBS:
        return any(o.lemma_.lower() in _PRICES or o.ent_type_ == "MONEY" for o in objects)
    if category in _FORCE:
        # the object of the verb, or of the verb that completes it ("force open the market")
        reach = [*objects, *(o for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.pos_ == "VERB"
                             for o in _objects_of(c))]
        return any(o.lemma_.lower() in _MARKET_OBJECTS for o in reach)
    if category in ("CONSULT", "AGREE") and lemma.split()[0] in _TRAVEL_VERBS:
        return any(c.dep_ in ("dobj", "obj") for c in verb.children)
    return False


def _as_part(prep: Token) -> bool:
    """Whether a preposition opens "as part of ...", which says what whole the act belongs to ("attacked Kharg
    Island as part of an offensive"), never the "as" of a verb that brands its object ("attacked the IMF as an
    instrument of the rich")."""
    return prep.lower_ == "as" and any(g.dep_ == "pobj" and g.lower_ == "part" for g in prep.children)


def _held_by_another(captives: Token) -> bool:
    """Whether a participle says who holds the captives: "hostages held by Marxist guerrillas"."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _HOLDING_VERBS and
               any(a.dep_ == "agent" for a in c.children) for c in captives.children)


def _declared_unwelcome(verb: Token) -> tuple[list[Token], Token | None] | None:
    """The words "persona non grata" a verb of declaring governs and whom it declares so: its object beside the
    phrase ("declared ten employees of the US Embassy persona non grata", the phrase a clause of its own), or the
    noun the parser made the phrase's modifier ("declared a Hungarian consul persona non grata")."""
    doc = verb.doc
    for child in verb.children:
        i = child.i
        if child.lower_ == "persona" and i + 2 < len(doc) and doc[i + 1].lower_ == "non" and \
                doc[i + 2].lower_ == "grata" and child.dep_ in ("dobj", "obj", "ccomp", "xcomp", "oprd", "attr"):
            # its object, or the subject of the small clause the parser made of it ("declared him persona")
            people = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c != child] or \
                [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            person = people[-1] if people else None
            if person is None and any(c.dep_ in ("compound", "nmod") and c.i < i for c in child.children):
                person = child  # "a Hungarian consul persona": the phrase is the diplomat's noun phrase
            return [child, doc[i + 1], doc[i + 2]], person
    return None


class _TriggerFinder(_Referents):
    """Adds: the triggers of a Doc."""

    def _find_triggers(self) -> list[_Trigger]:
        triggers: list[_Trigger] = []
        verb_heads = self.coder._verb_heads
        noun_heads = self.coder._noun_heads
        verb_hashes = self.coder._verb_hashes
        noun_hashes = self.coder._noun_hashes
        doc = self.doc
        if not len(doc):
            return triggers
        for i, (lemma_hash, lower_hash, pos_id, tag_id) in enumerate(self._token_ids().tolist()):
            if pos_id in _VERB_POS or tag_id in _VERB_TAGS:
                if lemma_hash not in verb_hashes and lower_hash not in verb_hashes and \
                        not (tag_id == _VBG and lower_hash in noun_hashes):
                    continue
            elif pos_id in _NOUN_POS:
                if lemma_hash not in noun_hashes and lower_hash not in noun_hashes:
                    continue
            else:
                continue
            token = doc[i]
            pos = token.pos_
            if pos in ("VERB", "AUX") or (token.tag_.startswith("VB") and pos != "ADJ"):
                trigger = None
                if token.lower_ in noun_heads and _gerund_as_noun(token):
                    # "Fighting between Iran and Iraq continued", "shelling by government forces": the
                    # tagger's verb is the event noun
                    trigger = self._match_noun(token, (token.lower_,))
                lemma = _verb_lemma(token, verb_heads) if trigger is None else None
                if lemma is not None:
                    trigger = self._match_verb(token, lemma)
                if trigger is not None:
                    triggers.append(trigger)
            elif pos in ("NOUN", "PROPN") and token.i not in self.ent_of:
                forms = _noun_forms(token)
                if any(f in noun_heads for f in forms):
                    trigger = self._match_noun(token, forms)
                    if trigger is not None:
                        triggers.append(trigger)
        return triggers

    def _match_verb(self, verb: Token, lemma: str) -> _Trigger | None:
        if _quantity_moves(verb):
            return None
        if lemma == "declare" and (unwelcome := _declared_unwelcome(verb)) is not None:
            # "declared a Hungarian consul persona non grata": the diplomat expelled (SANCTION), however the
            # parser hung the Latin (an object of its own, or a clause)
            phrase, person = unwelcome
            entry = next(e for e in self.lexicon.verb_entries("expel") if e.category == "SANCTION")
            tokens = sorted({verb, *phrase, *([person] if person is not None else [])})
            return _Trigger(head=verb, entry=entry, category=entry.category, tokens=tokens, noun=person,
                            rule="verb:declare+persona non grata",
                            steps=[f"trigger {_words(tokens)!r}: declared persona non grata, expelled as "
                                   f"{entry.source} {entry.as_dict()} reads"])
        direct = _objects_of(verb)
        # what a quantity counts is what the verb acts on: "sent thousands of troops", "5,000 tonnes of food aid"
        direct = [*direct, *(c for c in map(_counted, direct) if c not in direct)]
        described = _relative_object(verb)
        if described is not None:
            # "duties levied by the EC", "the duty the U.S. imposed", "sanctions which it imposed": the noun the
            # clause describes, for its relative pronoun
            direct = [*(o for o in direct if o.lower_ not in _RELATIVE_PRONOUNS), described]
        children = list(verb.children)  # once: a verb may have dozens of entries to try
        # "attacked Iraq for a second night": a phrase of time is no particle of "attack for" (blame)
        children_words = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "advmod", "dobj", "agent")
                          and not _time_phrase(c) and not _as_part(c)}
        particles: set[str] | None = None  # the words that may stand as its particle, read when first needed
        after_object: set[str] = set()  # prepositions with an object of their own after the verb's object
        for entry in self.lexicon.verb_entries(lemma):
            if entry.particles:
                if particles is None:
                    particles = children_words | _particles_after(verb)
                    after_object = _prepositions_after_object(children)
                if not particles.issuperset(entry.particles):
                    continue
                if not entry.objects and after_object.intersection(entry.particles):
                    # "would give Pakistan full support in its struggle": a phrase after the object is the
                    # clause's, not the particle of "give in" (a particle after an object stands bare:
                    # "called the strike off")
                    continue
            if entry.intransitive and (direct or any(c.dep_ == "ccomp" for c in children)):
                continue
            if entry.doers and not entry.doers & self._doer_sectors(verb):
                continue
            objects = direct
            if entry.category == "AID":
                # "would send 100,000 tons of rice to the North as humanitarian aid": what is sent as aid is aid
                objects = direct + [g for c in children if c.dep_ == "prep" and c.lower_ == "as"
                                    for g in c.children if g.dep_ == "pobj"]
            if entry.particles and entry.objects:  # "went on strike": the object of the particle
                objects = direct + [g for c in children if c.dep_ == "prep" and c.lower_ in entry.particles
                                    for g in c.children if g.dep_ == "pobj"]
                # "stayed away from work": the preposition hangs on the particle, which the parser may also read
                # as a preposition of its own ("pulling out of the treaty": 'out' prep, 'of' prep on 'out')
                objects += [g for c in children if c.dep_ in ("advmod", "prt", "prep") and c.lower_ in entry.particles
                            for p in c.children if p.dep_ == "prep" and p.lower_ in entry.particles
                            for g in p.children if g.dep_ == "pobj"]
                if "out" in entry.particles and verb.dep_ == "advcl":
                    # "talks broke down when the union walked out": the talks it left are the subject of the
                    # clause its own is tied to
                    objects = objects + [s for s in verb.head.children if s.dep_ == "nsubj" and any(
                        e.category == "CONSULT" for e in self.lexicon.noun_entries(*_noun_forms(s)))]
            matched: Token | None = None
            if entry.objects:
                matched = next((o for o in objects
                                if self._object_matches(o, entry.objects, entry.object_phrases)), None)
                if matched is None:
                    continue
                if entry.category == "RETREAT" and _held_by_another(matched):
                    return None  # "freeing 71 hostages held by Marxist guerrillas": a rescue, no one yields
            elif _borrowed(verb, lemma, entry.category, [*direct, *(
                    # "fought back against a hostile takeover bid": what its particle or "against" governs
                    g for c in children if c.dep_ == "prep" and (c.lower_ in entry.particles or c.lower_ == "against")
                    for g in c.children if g.dep_ == "pobj")]):
                continue
            tokens = [verb, *(c for c in children if c.lower_ in entry.particles
                              and c.dep_ in ("prt", "prep", "advmod"))]
            if matched is not None:
                tokens.append(matched)
            rule = f"verb:{entry.words}" + (f"+{matched.lemma_.lower()}" if matched is not None else "")
            return _Trigger(head=verb, entry=entry, category=entry.category, tokens=sorted(tokens),
                            noun=matched,
                            converse=entry.frame == "converse", rule=rule,
                            steps=[f"trigger {_words(tokens)!r}: lexicon {entry.source} {entry.as_dict()}"])
        return None

    def _purpose_of_protest(self, noun: Token) -> bool:
        """Whether "in support of" names what a protest or a thing is for, not an endorsement of its own:
        "teachers walked out in support of a pay claim", "a strike in support of the miners", "a credit facility
        in support of notes". Said or voted "in support of" a party, it is one ("spoke in support of the plan")."""
        if noun.lower_ != "support" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return False
        host = noun.head.head
        if host.pos_ in ("NOUN", "PROPN"):
            return True
        return any(entry.category == "PROTEST" for entry in self.lexicon.verb_entries(host.lemma_.lower()))

    def _doer_sectors(self, verb: Token) -> set[str]:
        """The sectors of whoever does ``verb``: its subject's ("Soviet troops entered", "thousands of soldiers
        massed"), or the subject's of the verb it is joined to ("crossed the border and entered Kuwait")."""
        node = verb
        for _ in range(3):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            if subjects:
                return {r.sector for s in subjects for r in self._referents(s, "doer", agent=True)
                        if r.sector is not None}
            if node.dep_ not in ("conj", "advcl", "xcomp") or node.head == node:
                break
            node = node.head
        return set()

    def _match_noun(self, noun: Token, forms: tuple[str, ...]) -> _Trigger | None:
        if _market_demand(noun) or self._purpose_of_protest(noun):
            return None
        for entry in self.lexicon.noun_entries(*forms):
            if entry.modifiers and not self._noun_modified(noun, entry.modifiers):
                continue
            if noun.lower_ in ("conference",) and any(c.lower_ in ("news", "press") for c in noun.children):
                continue
            return _Trigger(head=noun, entry=entry, category=entry.category, tokens=[noun], noun=noun,
                            noun_entry=entry, rule=f"noun:{entry.words}",
                            steps=[f"trigger {noun.text!r}: lexicon {entry.source} {entry.as_dict()}"])
        return None

    def _noun_modified(self, noun: Token, modifiers: frozenset[str]) -> bool:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod", "nummod", "poss"):
                if child.lower_ in modifiers or child.lemma_.lower() in modifiers:
                    return True
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in modifiers and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                return True  # what it is for: "a march to demand a better deal" is a protest march
            elif child.dep_ == "prep" and child.lower_ in ("of", "by", "on", "from"):
                # "a strike by dock workers"; "a freeze on assets", "a ban on imports" (an asset freeze, an
                # import ban); "a withdrawal from the accord"
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.lemma_.lower() in modifiers or pobj.lower_ in modifiers
                                                or self._object_matches(pobj, modifiers)):
                        return True
                    if pobj.dep_ == "pobj" and child.lower_ == "by" and any(
                            r.sector in modifiers for r in self._referents(pobj, "doer", agent=True)):
                        return True  # a doer of the kind the modifiers name: "a strike by IG Metall" (labour)
        # hyphenated modifiers the tokenizer split: "live-fire exercises", "air-strike"
        if noun.i >= 2 and noun.doc[noun.i - 1].text in ("-", "–"):
            return noun.doc[noun.i - 2].lower_ in modifiers
        return False

    def _noun_stands_as_event(self, trigger: _Trigger) -> bool:
        noun = trigger.head
        token = noun
        while token.dep_ in ("conj", "appos") and token.head != token:
            token = token.head
        token = _partitive(token)  # "in one of the most direct criticisms" stands where "one" does
        token = _span_of(token)  # "in two months of negotiations" stands where "months" does
        dep = token.dep_
        if dep in ("nsubj", "nsubjpass", "csubj", "ROOT"):  # a gerund subject is a clausal one
            return True
        if dep == "pobj":
            prep = token.head
            word = prep.lower_
            if word == "of" and prep.head.lower_ in ("event", "case") and prep.head.head.lower_ == "in":
                return True  # "in the event of an invasion": hypothetical, kept marked
            if word == "at" and trigger.category not in _MEETINGS:
                return False  # "at the request of", "at the invitation of": circumstances, not events
            if prep.dep_ == "agent" and prep.head.dep_ == "acl" and \
                    not self.lexicon.verb_entries(_verb_lemma(prep.head, self.coder._verb_heads) or ""):
                # "the suffering caused by Japan's wartime aggression": the doer of a participle that only
                # describes a noun is background (reuters-plover README, rule 2), where "civilians killed by
                # shelling" is the act of the participle itself
                return False
            if word in _FACT_PREPS:
                return True
            return _plan_denied(prep.head)  # "no plans for a meeting": the meeting, negated (modes)
        if dep in ("dobj", "obj", "attr", "oprd") or (dep == "pobj"):
            head = token.head
            if head.lemma_.lower() in _PERCEPTION or (dep in ("dobj", "obj") and head.lemma_.lower() in _CAUSING_VERBS):
                return True
            entries = self.lexicon.verb_entries(_verb_lemma(head, self.coder._verb_heads) or "")
            # a verb of approval or refusal on its own ("welcomed the accord"), not one that is an event only with
            # certain objects ("repeated its criticism"). The act a verb of blame names ("condemned the
            # annexation of Crimea", "protested the seizure of power") is only the judged act's mention: the
            # blame is aimed at its doer, and what is blamed is no fact the sentence reports (reuters-plover
            # README, rule 2: the content of an accusation is not coded)
            return any(e.category in ("SUPPORT", "REJECT") and e.frame is None and not e.objects
                       for e in entries)
        return False


#: Particles that make a phrasal verb of their own ("give in", "back down", "pull out"), where "from", "to" or
#: "with" in a pattern introduce what the verb acts on.
_ADVERB_PARTICLES = frozenset(("in", "out", "up", "down", "off", "back", "away", "over", "on"))


def _prepositions_after_object(children: list[Token]) -> set[str]:
    """The adverb particles among a verb's children that come after its object and govern an object of their own
    ("gave Pakistan support in its struggle"): prepositions of the clause, not particles of the verb. A
    preposition a lexicon pattern names ("withdrew his name from consideration") is not one of them."""
    objects = [c.i for c in children if c.dep_ in ("dobj", "dative")]
    if not objects:
        return set()
    first = min(objects)
    return {c.lower_ for c in children
            if c.dep_ == "prep" and c.i > first and c.lower_ in _ADVERB_PARTICLES
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)}
