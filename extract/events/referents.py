"""Who a phrase stands for: a named entity, a group word with its sector, a pronoun (through its antecedent,
``coreference``), the doer inside a nominal event ("Russia's annexation"), and the parties a nominal event
names in its own phrase."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.extract.events.coreference import _Coreference
from newsgraph.extract.events.parts import Referent, _collapse, _Trigger
from newsgraph.extract.events.place_words import _DESTINATION_PREPS, _PLACE_NOUNS
from newsgraph.extract.events.syntax import _noun_forms, _prep_objects
from newsgraph.extract.events.words import (
    _AGENT_PREPS,
    _COMPANY_SUFFIXES,
    _COUNTRY_NOUNS,
    _COURT_NAME_WORDS,
    _DESCRIBED_BODY_NOUNS,
    _DESCRIBED_COUNTRY_NOUNS,
    _DOCUMENT_NOUNS,
    _EPITHET_COUNTRY_NOUNS,
    _FROM_DOER_CATEGORIES,
    _GATHERING_NOUNS,
    _GROUP_DOER_CATEGORIES,
    _HOLDER_PARTICIPLES,
    _ISSUING_VERBS,
    _LEADING_VERBS,
    _OPPONENT_NOUNS,
    _ORG_KIND_SECTORS,
    _ORGANISED_SECTORS,
    _QUANTITY_WORDS,
    _RECIPIENT_PREPS,
    _RECIPIENT_PREPS_BY_CATEGORY,
    _RELATIVE_PRONOUNS,
    _STATE_SECTORS,
    _SYMMETRIC,
    _TRADE_NOUNS,
    _TRADE_PREPS,
    _UNDERGONE_CATEGORIES,
    _UNION_NAME_WORDS,
    _VERBAL,
)
from newsgraph.extract.names import BODY_WORDS, firm_of_partners


def _ethnic(word: Token) -> bool:
    """Whether a nationality word names an ethnic people ("ethnic Albanians", "ethnic Albanian demonstrators"),
    who are no citizens or agents of the state of that name."""
    return word.i > 0 and word.doc[word.i - 1].lower_ == "ethnic"


def _last_word(name: str) -> str:
    """The last word of a name, letters only, lower case: "Siemens A.G.>" → "ag"."""
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    return next((w for w in reversed(words) if w), "")


def _union_name(name: str) -> bool:
    """Whether an organisation's name is a union's: a labour word after its first word ("Canadian Union of
    Postal Workers", "Transport and General Workers' Union"), never a credit union, a bank or a company."""
    words = [w.strip(".,()<>").lower() for w in name.split()]
    if len(words) < 2 or "credit" in words or _last_word(name) in _COMPANY_SUFFIXES:
        return False
    return any(w in _UNION_NAME_WORDS for w in words[1:])


#: Prepositions that join a group word to the body or place its members belong to.
_MEMBERS_PREPS = frozenset(("of", "in", "from", "for", "at"))


class _Referents(_Coreference):
    """Adds to the Doc's indexes: who a phrase stands for."""

    def _referents(self, token: Token, how: str = "argument", depth: int = 0, *,
                   agent: bool = False) -> list[Referent]:
        """Who ``token`` (the head of an argument) stands for, with its conjuncts.

        With ``agent``, only what can act counts: a name, a group word ("troops"), a pronoun for one, or the
        doer given inside the phrase ("a missile fired by rebels"); a thing named by a common noun ("the
        crash", "the report") stands for no one."""
        found: list[Referent] = []
        heads = [token, *token.conjuncts]
        ent = self.ent_of.get(token.i)
        if ent is not None:  # the parser may hang the "and" on any word of a name
            for part in ent:
                heads.extend(c for c in part.conjuncts if c not in heads)
        # "The US, Russia, and Switzerland": spaCy may read the second name as an apposition; in "Prime
        # Minister X and President Y", the first name as a modifier of the second, with the "and" under it
        for extra in list(heads):
            if extra.i not in self.ent_of:
                continue
            for child in extra.children:
                if child.i not in self.ent_of or self.ent_of[child.i] == self.ent_of[extra.i]:
                    continue
                listed = any(c.dep_ in ("cc", "conj") for c in child.children)
                both_countries = (self.entities[self.ent_of[child.i].kb_id_].type == "Country"
                                  and self.entities[self.ent_of[extra.i].kb_id_].type == "Country")
                if (child.dep_ == "appos" and (listed or both_countries)) or (
                        child.dep_ in ("nmod", "compound") and any(c.dep_ == "cc" for c in child.children)):
                    heads.extend((child, *child.conjuncts))
        firm, partners = firm_of_partners(heads)  # "Dillon, Read and Co" is one firm, named by its first partner
        heads = [h for h in heads if h not in partners]
        named = {self.ent_of[h.i].start for h in heads if h.i in self.ent_of}
        seen: set[tuple[str | None, str | None]] = set()
        for head in sorted(set(heads), key=lambda t: t.i):
            if head.i not in self.ent_of and any(head.i + k in named for k in (1, 2)) and head != token:
                continue  # the title of a name in the same list: "X and US President Joe Biden"
            for referent in self._referent_of(head, how, depth, agent):
                if head == firm:
                    referent = replace(referent, sector="business", how=f"a firm named by partners, {how}")
                key = (referent.key, referent.sector)
                if key not in seen:
                    seen.add(key)
                    found.append(referent)
        if agent and depth < 2 and all(r.key is None for r in found):
            return self._leader(token, depth) or found
        return found

    def _leader(self, group: Token, depth: int) -> list[Referent]:
        """The named leader of a group the text names no party of: "a group of prominent politicians, led by
        Governor Mario Cuomo, charged ...", "a delegation headed by Xuan Thuy met ..." act through them."""
        nodes = [group]
        if group.lemma_.lower() in _QUANTITY_WORDS:
            nodes.extend(pobj for prep in group.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for pobj in prep.children if pobj.dep_ == "pobj")
        for node in nodes:
            for clause in node.children:
                if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in _LEADING_VERBS:
                    continue
                found = [r for by in clause.children if by.dep_ == "agent" for pobj in by.children
                         if pobj.dep_ == "pobj" for r in self._referents(pobj, "leader", depth + 1, agent=True)
                         if r.key is not None]
                if found:
                    return found
        return []

    def _referent_of(self, token: Token, how: str, depth: int, agent: bool = False) -> list[Referent]:
        if paired := self._paired_states(token):
            return paired
        ent = self.ent_of.get(token.i)
        if ent is not None:
            if self.entities[ent.kb_id_].type == "Concept":
                return []
            if _ethnic(ent[0]) and self.entities[ent.kb_id_].type == "Country":
                # "ethnic Albanians in Kosovo" are a people, not Albania's: a group of no country
                return [Referent(None, "civilians", token, f"people {ent.text!r} (ethnic)")]
            if not self._generic_body(ent):
                return [self._entity_referent(ent, token, how)]
            token = ent[-1]
        lower = token.lower_
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$", "WP", "WDT"):
            part_of = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for pobj in prep.children if pobj.dep_ == "pobj"]
            if lower in _QUANTITY_WORDS and part_of and depth < 3:
                # "some of them", "most of the OPEC ministers", "several of whom": who they are a part of
                return [r for pobj in part_of for r in self._referents(pobj, how, depth + 1, agent=agent)]
            if lower in _RELATIVE_PRONOUNS:
                # "members of Congress, a number of whom urged USDA": up to the relative clause, then its noun
                clause = token.head
                for _ in range(3):
                    if clause.dep_ == "relcl" or clause.head == clause:
                        break
                    clause = clause.head
                if clause.dep_ == "relcl" and depth < 3:
                    return self._referents(clause.head, "relative clause", depth + 1, agent=agent)
                noun = self._relative_antecedent(token) if depth < 3 else None
                if noun is not None:
                    return self._referents(noun, "relative clause after a comma", depth + 1, agent=agent)
                return []
            antecedent = self._antecedent(token)
            if antecedent is not None and depth < 3:
                return [replace(r, how=f"'{token.text}' →") for r in
                        self._referents(antecedent, "coreference", depth + 1, agent=agent)]
            return []
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return []
        titled = self._titled_antecedent(token) if depth < 2 else None
        if titled is not None:  # "The minister urged ...": the minister the sentence before named
            return self._referents(titled, "the titled subject before", depth + 1, agent=agent)
        sector = self._group_sector(token)
        if sector is None and token.lemma_.lower() in _QUANTITY_WORDS and depth < 3:
            # "hundreds of UN troops", "a group of protesters"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return [r for pobj in prep.children if pobj.dep_ == "pobj"
                            for r in self._referents(pobj, how, depth + 1, agent=agent)]
        # a title with the person's name beside it: "Russia's ambassador to Japan Mikhail Galuzin"; a word for
        # a body with the body's name in apposition or before it: "unit <Contraves AG> rejects", "its
        # subsidiary, Signaal,", "Tanzania's ruling Chama cha Mapinduzi (CCM) party"
        body_word = token.lemma_.lower() in BODY_WORDS or token.lower_ in BODY_WORDS
        for child in token.children:
            if child.dep_ in ("appos", "compound", "nmod") and child.i in self.ent_of:
                named = self.ent_of[child.i]
                kind = self.entities[named.kb_id_].type
                if kind == "Person" and child.dep_ != "nmod" and self._person_named(token, child):
                    return [self._entity_referent(named, child, "name of " + repr(token.text), sector)]
                if kind == "Organization" and (child.dep_ == "appos" or (body_word and child.i < token.i)):
                    return [self._entity_referent(named, child, "name of " + repr(token.text), sector)]
                if kind in ("Place", "Country") and child.dep_ == "appos" and token.lemma_.lower() in _PLACE_NOUNS:
                    # "shelled the capital, Kabul", "the border town, Khost": the place named beside its kind
                    return [self._entity_referent(named, child, "name of " + repr(token.text))]
        if token.lemma_.lower() in _OPPONENT_NOUNS and any(c.dep_ in ("poss", "compound") for c in token.children):
            return []  # "accused its rivals", "Kremlin critics": whose opponents they are, not who they are
        described = self._described_body(token) if token.lemma_.lower() in _DESCRIBED_BODY_NOUNS else []
        if described:
            return described
        if sector is None and token.lemma_.lower() in _DESCRIBED_COUNTRY_NOUNS | _EPITHET_COUNTRY_NOUNS:
            described = self._described_country(token)
            if described:
                return described
        if token.lemma_.lower() == "counterpart":
            # "his Sri Lankan counterpart agreed": the peer of whoever "his" is, never that one; the demonym says who
            return self._nationals(token)
        if agent and sector is None:
            return self._doer_inside(token, how, depth) or self._nationals(token)
        groups: list[list[Referent]] = []
        for child in sorted(token.children, key=lambda c: (c.dep_ != "poss", c.i)):
            found: list[Referent] = []
            if child.dep_ == "poss" and child.pos_ == "PRON" and depth < 3:
                # "its forces": the forces of whoever "its" is; "his country", "her government": the
                # country the person holds a role in
                owners = self._referents(child, how, depth + 1)
                bodies = self._members_body(token, owners)
                if bodies:
                    return bodies
                found = [Referent(r.key, sector or r.sector, token, f"{child.text!r} on")
                         for r in owners if r.key is not None]
                if token.lemma_.lower() in _COUNTRY_NOUNS or sector in _STATE_SECTORS:
                    found = [replace(r, key=country, how=f"{child.text!r} {token.text!r}: the country of")
                             for r in found if self.entities.get(r.key or "") is not None
                             and self.entities[r.key or ""].type == "Person"
                             and (country := self._country_of_person(r.key or "", r.token)) is not None] or \
                        [r for r in found if self.entities[r.key or ""].type != "Person"]
            elif child.dep_ in ("poss", "amod", "compound", "nmod"):
                # "the Manhattan federal court", "Basra police": a body of a city is its country's
                found = [Referent(self._country_of(r.key) if sector is not None else r.key, sector or r.sector,
                                  token, f"{child.text!r} on") for r in self._modifier_referents(child)]
                if not self._person_named(token, child):
                    # "the Reagan administration", "the Tower commission": a body named after a person is
                    # not the person; it is the body of the country the person serves, when that is known
                    found = [replace(r, key=country, how=f"{child.text!r} {token.text!r}: the country of")
                             if self.entities[r.key or ""].type == "Person" else r for r in found
                             if r.key is not None and (self.entities[r.key].type != "Person"
                                                       or (country := self._country_of_person(r.key, r.token)))]
            elif child.dep_ == "prep" and depth < 2 and (
                    # a group word with where its members work: "officials of the embassy", "police in Basra",
                    # "workers at the Gdansk shipyard", "students at Seoul National University"
                    (child.lower_ in _MEMBERS_PREPS and sector is not None)
                    # "targets in southern Lebanon" are Lebanon's; but the other side "with" or "between"
                    # whom one talks is no place ("negotiations with the committee in New York")
                    or (child.lower_ == "in" and sector is None
                        and not (token.dep_ == "pobj" and token.head.lower_ in ("with", "between")))
                    or (child.lower_ == "of" and token.lemma_.lower() in _PLACE_NOUNS)
                    or (child.lower_ in _TRADE_PREPS and token.lemma_.lower() in _TRADE_NOUNS)):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    deeper = depth + 1
                    if child.lower_ == "in" and pobj.i not in self.ent_of and self._is_event_noun(pobj):
                        continue  # "suspects in the Bali bombing": whose act they are suspected of, no place
                    if child.lower_ == "at":
                        if pobj.i not in self.ent_of and (pobj.lemma_.lower() in _GATHERING_NOUNS
                                                          or self._is_event_noun(pobj)):
                            continue  # "officials at the talks in Geneva", "at a meeting": where, not whose
                        # the body they work at, by its name or its country ("at the American embassy", "at the
                        # Bank of Japan"), not where it stands ("soldiers at a checkpoint in Najaf")
                        deeper = 2
                    owners = self._referents(pobj, how, deeper)
                    if child.lower_ == "in":
                        # "a tanker in the Gulf", "ships in the East Sea": a sea holds things of no one's
                        owners = [r for r in owners if not self._a_sea(r.key)]
                    bodies = self._members_body(token, owners) if child.lower_ == "of" else []
                    if bodies:
                        return bodies
                    found.extend(Referent(self._country_of(r.key) if sector is not None else r.key,
                                          sector or r.sector, token, f"'{child.lower_} {pobj.text}' on")
                                 for r in owners if r.key is not None)
            if found:
                groups.append(found)
        if groups:
            # the possessor, else the first modifier: "the Malaysia Airlines Boeing 777 flight" is the airline's
            return groups[0]
        if sector is not None:
            return self._described_country(token) or [Referent(None, sector, token, "group word")]
        return []

    @staticmethod
    def _members_body(token: Token, owners: list[Referent]) -> list[Referent]:
        """A union's or a firm's members as the body itself: "the guild said its members had struck the paper",
        "members of the Canadian Union of Postal Workers staged walkouts" (the body acts through its members,
        where "member" alone is a title of a government, "a member of parliament")."""
        if token.lemma_.lower() != "member":
            return []
        return [replace(r, how=f"{r.how}, whose members are {token.text!r}") for r in owners
                if r.sector in _ORGANISED_SECTORS]

    def _relative_antecedent(self, pronoun: Token) -> Token | None:
        """The noun a relative clause after a comma describes when the parser hung the clause on a verb
        instead ("deliberations might be nudged along by members of Congress, a number of whom urged USDA",
        read as a clause of "nudged"): the noun just before the comma, when the relative pronoun is in the
        clause's subject ("the union, which demanded ..."). "That" opens no such clause, and a place is where
        something is, not who acts ("talks were held in Geneva, which hosted ..." is no act of Geneva)."""
        if pronoun.lower_ == "that":
            return None
        phrase = pronoun
        while phrase.head != phrase and phrase.head.pos_ not in ("VERB", "AUX"):
            phrase = phrase.head
        if phrase.dep_ not in ("nsubj", "nsubjpass") or phrase.head == phrase:
            return None
        start = phrase.left_edge.i
        if start < 2 or self.doc[start - 1].text != "," or self.doc[start - 2].pos_ not in ("NOUN", "PROPN"):
            return None
        noun = self.doc[start - 2]
        ent = self.ent_of.get(noun.i)
        if ent is not None and self.entities[ent.kb_id_].type == "Place":
            return None
        return noun

    def _person_named(self, word: Token, name: Token) -> bool:
        """Whether ``name``, a person's name beside ``word``, names the person ``word`` is: a title or an
        apposition ("Finance Secretary Jaime Ongpin", "Mikhail Galuzin, the ambassador"), not a body named
        after them ("the Tower commission", "the Thatcher government")."""
        ent = self.ent_of.get(name.i)
        if ent is None or self.entities[ent.kb_id_].type != "Person":
            return True  # not a person's name: nothing to tell apart
        return name.dep_ == "appos" or any(self.gazetteer.title(w) is not None
                                           for w in (word.lower_, word.lemma_.lower()))

    def _nationals(self, token: Token) -> list[Referent]:
        """People or things of a stated country doing something: "Afghan guerrillas", "Russian aircraft",
        "Spanish farmers" act for that country (PLOVER codes them by the nationality the sentence states), with
        the sector of the head noun where the sector table knows it."""
        if (token.pos_ != "NOUN" and token.tag_ != "NNPS") or token.i in self.ent_of:
            # a singular proper noun is a name of its own ("Korean Air" is an airline, not Korea); a plural
            # one is a people ("Iraqi Kurds", "Bosnian Serbs")
            return []
        return [Referent(r.key, r.sector, token, f"nationality {r.token.text!r} on")
                for child in token.children if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i
                for r in self._modifier_referents(child)
                if r.key is not None and self.entities[r.key].type == "Country"]

    def _generic_body(self, ent: Span) -> bool:
        """A name the NER found that is only a word for a body of some country ("Senate", "Defense
        Ministry"): it stands for that country's body, not for an entity of its own."""
        if ent.kb_id_ in self.gazetteer.entries or self.entities[ent.kb_id_].type != "Organization":
            return False
        if len(ent) > 3:
            return False
        last = ent[-1]
        return self._group_sector(last) is not None

    def _entity_referent(self, ent: Span, token: Token, how: str, sector: str | None = None) -> Referent:
        key = ent.kb_id_
        if sector is None:
            sector = self.person_sector.get(key)
            if sector is None:
                entry = self.gazetteer.entries.get(key)
                if entry is not None and entry.kind:
                    sector = _ORG_KIND_SECTORS.get(entry.kind)
                elif entry is None and self.entities[key].type == "Organization" and \
                        _last_word(ent.text) in _COMPANY_SUFFIXES:
                    sector = "business"  # "Rohr Industries Inc", "Siemens A.G.": a company by its name's form
                elif entry is None and self.entities[key].type == "Organization" and _union_name(ent.text):
                    sector = "labor"  # "the Writers Guild of America", "United Auto Workers": a union by its name
                elif entry is None and self.entities[key].type == "Organization" and \
                        _COURT_NAME_WORDS.intersection(w.lower() for w in ent.text.split()):
                    sector = "judiciary"  # "the U.S. District Court for Delaware ruled": a court by its name
        return Referent(key, sector, token, how)

    def _modifier_referents(self, token: Token) -> list[Referent]:
        ent = self.ent_of.get(token.i)
        if ent is None and token.dep_ == "poss":
            # "the country's 12-bank advisory committee": the country named before
            described = self._described_country(token)
            if described:
                return described
        if ent is None:
            if token.lemma_.lower() in _HOLDER_PARTICIPLES and (token.tag_ == "VBN" or token.lemma_ != "lead"):
                # "the Saudi-led coalition", "a Greek-owned tanker", "a British-flagged tanker": its holder
                return [r for c in token.children if c.dep_ in ("npadvmod", "compound", "amod") and c.i in self.ent_of
                        for r in self._modifier_referents(c)]
            if token.dep_ == "compound" and token.pos_ == "NOUN":
                # "an Islamic State target southwest of Baghdad": a name modifying the modifier; "Saudi-led
                # coalition air strikes": the leader of the modifier
                for child in token.children:
                    if (child.dep_ == "compound" and child.i in self.ent_of) or \
                            (child.dep_ == "amod" and child.lemma_.lower() == "lead" and child.tag_ == "VBN"):
                        return self._modifier_referents(child)
            return []
        if _ethnic(ent[0]) and self.entities[ent.kb_id_].type == "Country":
            return []  # "ethnic Albanian immigrants": a people, no state's
        found = [self._entity_referent(ent, token, "modifier")]
        for conj in token.conjuncts:
            other = self.ent_of.get(conj.i)
            if other is not None:
                found.append(self._entity_referent(other, conj, "modifier"))
        return found

    def _doer_inside(self, token: Token, how: str, depth: int) -> list[Referent]:
        """The doer named inside a phrase about a thing: its possessor ("Russia's missiles"), or the agent of
        a participle describing it ("a missile believed to be fired by rebels")."""
        for child in token.children:
            if child.dep_ == "poss":
                found = self._referents(child, "possessor", depth + 1, agent=True)
                if token.lemma_.lower() in _COUNTRY_NOUNS:
                    # "his debt-burdened country wanted ...": the country of the person, not the person
                    found = [replace(r, key=self._country_of_person(r.key or "", r.token),
                                     how="the country of " + r.how)
                             if self.entities.get(r.key or "") is not None
                             and self.entities[r.key or ""].type == "Person" else r for r in found]
                    found = [r for r in found if r.key is not None]
                return found
        if token.lemma_.lower() in _GATHERING_NOUNS and token.i not in self.ent_of and depth < 2:
            # "a special meeting of the ICO council failed to agree": the council, through its meeting
            members = [r for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for pobj in prep.children if pobj.dep_ == "pobj"
                       for r in self._referents(pobj, f"who the {token.lower_} is of", depth + 1, agent=True)]
            if members:
                return members
        if self._is_event_noun(token):
            return self._noun_participants(token, None)[0]
        for clause in token.children:
            # a thing stands for whoever made or used it; "the two, pictured by the commission as ..." are
            # people, not made by the commission
            if clause.dep_ not in ("acl", "relcl") or depth > 2 or token.pos_ != "NOUN":
                continue
            for node in clause.subtree:
                if node.dep_ == "agent":
                    for pobj in node.children:
                        if pobj.dep_ == "pobj":
                            return self._referents(pobj, "agent of " + repr(token.text), depth + 1, agent=True)
        if token.lemma_.lower() in _DOCUMENT_NOUNS and depth < 2:
            # "a Rwandan report", "a report released in the Rwandan capital" speaks for that country
            found = [r for child in token.children if child.dep_ in ("amod", "compound", "nmod")
                     for r in self._modifier_referents(child)]
            for clause in token.children:
                if found:
                    break
                if clause.dep_ != "acl":
                    continue
                for prep in clause.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "from"):
                        found.extend(r for pobj in prep.children if pobj.dep_ == "pobj"
                                     for r in self._referents(pobj, "where it was issued", depth + 1)
                                     if r.key is not None)
            return found or self._issuer(token, depth)
        return []

    def _issuer(self, document: Token, depth: int) -> list[Referent]:
        """Who put out a document: "a letter from President Bush", "a note by the embassy", or the subject of
        the verb that issued it ("the ministry issued a statement condemning ...", "Gates sent Reagan a letter
        requesting ..."); a document someone else received, rejected or read speaks for its author, not them."""
        for prep in document.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                found = [r for pobj in prep.children if pobj.dep_ == "pobj"
                         for r in self._referents(pobj, "who it is from", depth + 1, agent=True)]
                if found:
                    return found
        verb = document.head
        if document.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in _ISSUING_VERBS:
            return [r for subject in verb.children if subject.dep_ == "nsubj"
                    for r in self._referents(subject, f"who {verb.lemma_.lower()}s it", depth + 1, agent=True)]
        return []

    def _addressee(self, document: Token) -> list[Referent]:
        """Whom a document was sent or handed to: "sent Reagan a letter requesting ...", "a note to Tokyo
        protesting ...": what the document asks or charges is addressed to them."""
        if document.lemma_.lower() not in _DOCUMENT_NOUNS:
            return []
        verb = document.head
        sources = [document]
        if document.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in _ISSUING_VERBS:
            sources.append(verb)
        for source in sources:
            for child in source.children:
                targets = [child] if child.dep_ in ("dative", "iobj") and child.pos_ != "ADP" else \
                    [p for p in child.children if p.dep_ == "pobj"] if child.dep_ in ("prep", "dative") and \
                    child.lower_ == "to" else []
                found = [r for t in targets for r in self._referents(t, "whom it was sent to")]
                if found:
                    return found
        return []

    def _argument_referents(self, token: Token, how: str) -> list[Referent]:
        """Referents of an argument; an event noun stands for its doer ("condemned Russia's annexation")."""
        if token.i not in self.ent_of and self._is_event_noun(token):
            entries = self.lexicon.noun_entries(*_noun_forms(token))
            noun_trigger = _Trigger(head=token, entry=entries[0], category=entries[0].category, tokens=[token],
                                    noun=token, noun_entry=entries[0])
            actors, recipients = self._noun_participants(token, noun_trigger)
            # "their support for Kiev" with "their" unresolved: the doer is said but unknown, not Kiev
            said_doer = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _AGENT_PREPS)
                            for c in token.children)
            found = actors or ([] if said_doer else recipients)
        else:
            found = self._referents(token, how)
        return found or self._maker_of(token)

    def _maker_of(self, token: Token) -> list[Referent]:
        """A thing an act is aimed at stands for whoever made it, when a participle names them: "protest
        against duties levied by the EC", "rejected terms set by the banks"."""
        if token.pos_ != "NOUN" or token.i in self.ent_of:
            return []
        for clause in token.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                for agent in clause.children:
                    if agent.dep_ == "agent":
                        return [r for pobj in agent.children if pobj.dep_ == "pobj"
                                for r in self._referents(pobj, f"maker of {token.text!r}", 1, agent=True)]
        return []

    def _noun_participants(self, noun: Token,
                           trigger: _Trigger | None) -> tuple[list[Referent], list[Referent]]:
        """Actor and recipients of a nominal event from its own noun phrase: possessor, "by", demonyms and
        names before it are the actor; "of", "on", "against", "with" ... objects are recipients."""
        actors: list[Referent] = []
        recipients: list[Referent] = []
        modifiers: list[Referent] = []
        sources: list[Referent] = []
        sides: list[Referent] = []
        category = trigger.category if trigger is not None else None
        extra = trigger.entry.preps if trigger is not None else frozenset()
        noun_entry = trigger.noun_entry if trigger is not None else None
        if noun_entry is not None:
            extra = extra | noun_entry.preps
        preps = _RECIPIENT_PREPS | _RECIPIENT_PREPS_BY_CATEGORY.get(category or "", frozenset()) | extra
        if category == "RETREAT":
            preps = preps - _DESTINATION_PREPS
        for child in noun.children:
            dep = child.dep_
            if dep == "poss":
                actors.extend(self._referents(child, "possessor", agent=True))
            elif dep in ("amod", "compound", "nmod"):
                # "the Bali bombing", "the Geneva talks": a place whose name names the act is where it was done,
                # its venue, never who did it or to whom (PLOVER.md); a country and a capital standing for it
                # ("a Moscow summit", "Iraqi attacks") stay parties
                found = [r for r in self._modifier_referents(child) if r.key is None or r.key not in self.entities
                         or self.entities[r.key].type != "Place"]
                if not found and dep == "compound" and child.pos_ == "NOUN" and category in _GROUP_DOER_CATEGORIES \
                        and self._group_sector(child) is not None:
                    # "union demands", "rebel attacks", "student protests": the group that makes them (but "farm
                    # aid", "police protection" are given to or by no one the modifier names)
                    found = self._referents(child, "the group it is of", depth=1, agent=True)
                modifiers.extend(found)
            elif dep == "prep":
                word = child.lower_
                pobjs = [c for c in child.children if c.dep_ == "pobj"]
                if word in _AGENT_PREPS:
                    for pobj in pobjs:
                        actors.extend(self._referents(pobj, "'by' object", agent=True))
                elif word == "between" and category in _SYMMETRIC:
                    # "talks between Iran and Iraq", "fighting between X and Y": both sides do it
                    for pobj in pobjs:
                        for side in (pobj, *pobj.conjuncts):
                            sides.extend(self._referents(side, "'between' object", agent=True))
                elif word == "from" and category in _FROM_DOER_CATEGORIES:
                    # "criticism from the commission", "a grant from the Netherlands": where it comes from
                    for pobj in pobjs:
                        sources.extend(self._referents(pobj, "'from' object", agent=True))
                elif word == "of":
                    for pobj in pobjs:
                        found = self._referents(pobj, "'of' object")
                        if found and all(r.key is None or self._group_sector(pobj) is not None for r in found) \
                                and self._group_sector(pobj) is not None and category not in _UNDERGONE_CATEGORIES:
                            actors.extend(found)  # "the movement of Russian troops"
                        else:
                            recipients.extend(found)
                elif word in preps:
                    for pobj in _prep_objects(child):
                        recipients.extend(self._argument_referents(pobj, f"'{word}' object"))
            elif dep == "appos" and category in _VERBAL:
                recipients.extend(self._argument_referents(child, "apposition"))
        sides = _collapse(sides)
        # both sides, or none: "talks between management and unions" with one side unnamed is no edge
        actors = actors or sources or (sides if len(sides) > 1 else [])
        if actors:
            recipients = modifiers + recipients  # "any Ukraine attack by Russia"
        else:
            actors = modifiers
        return actors, recipients

    def _titled_name_after(self, word: Token) -> list[Token]:
        """The person named right after ``word`` behind nothing but a title, where the parser tied the name to
        what follows: "told visiting U.S. Secretary of State George Shultz China's troubles were over" read
        with "Shultz" a modifier of "China". Only capitalised title words, adjectives and "of" may stand
        between: "visiting the factory, Shultz said" names no visitor."""
        doc = word.doc
        for token in doc[word.i + 1:min(word.i + 9, word.sent.end)]:
            ent = self.ent_of.get(token.i)
            if ent is not None and self.entities[ent.kb_id_].type == "Person":
                return [ent.root]
            if not (ent is not None or token.pos_ in ("PROPN", "ADJ") or token.lower_ == "of"):
                return []
        return []
