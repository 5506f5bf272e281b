"""Walks over the dependency tree that the coder's stages share: objects, governors, clauses, tenses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from newsgraph.extract.events.judging_words import _MOOD_PREPS
from newsgraph.extract.events.words import (
    _ACCIDENT_NOUNS,
    _ACCIDENT_VERBS,
    _AMOUNT_WORDS,
    _COMPLEMENT_PREPS,
    _CONTRAST_MARKS,
    _CONVERSE_AGENT_PREPS,
    _DELIBERATING_VERBS,
    _FUTURE_PREDICATES,
    _PARTITIVE_WORDS,
    _PLAN_NOUNS,
    _PROMISE_MODALS,
    _QUANTITY_WORDS,
    _RELATIVE_PRONOUNS,
    _SPAN_NOUNS,
    _SPECULATION_VERBS,
    _UNDERGOING_VERBS,
    _VISITING,
)


def _words(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _noun_forms(token: Token) -> tuple[str, ...]:
    lower = token.lower_
    lemma = token.lemma_.lower()
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text in ("-", "–"):
        hyphen = f"{doc[token.i - 2].lower_}-{lower}"
        return (hyphen, lower, lemma, f"{doc[token.i - 2].lower_}{lower}")
    if token.i + 4 < len(doc) and doc[token.i + 1].text in ("-", "–") and doc[token.i + 3].text in ("-", "–"):
        # a compound of three the parser heads with its first word: "a work-to-rule", "a stay-at-home"
        return (f"{lower}-{doc[token.i + 2].lower_}-{doc[token.i + 4].lower_}", lower, lemma)
    if lemma == lower and token.tag_ in ("NNPS", "NNP") and lower.endswith("s"):
        # a capitalised plural is taken for a name and keeps its "s" ("U.S. Complaints about", "Talks")
        return (lower, *_singulars(lower))
    return (lower, lemma)


def _plain_lemma(token: Token) -> str:
    """A noun's lemma, lower case; a capitalised plural taken for a name ("Rebels shelled", "Guerrillas raided",
    "Militiamen looted") keeps its plural as lemma, so its singular."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and token.tag_ in ("NNPS", "NNP") and lemma.endswith(("s", "men")):
        return _singulars(lemma)[0]
    return lemma


def _singulars(plural: str) -> tuple[str, ...]:
    """What a regular English plural may be the plural of: "complaints" → complaint; "talks" → talk;
    "militiamen" → militiaman."""
    if plural.endswith("men"):
        return (plural[:-3] + "man",)
    if plural.endswith("ies"):
        return (plural[:-3] + "y",)
    if plural.endswith("es"):
        return (plural[:-1], plural[:-2])
    return (plural[:-1],)


def _plurals(noun: str) -> tuple[str, ...]:
    """The regular plurals of a noun, for a plural the lemmatizer left as it was."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return (noun[:-1] + "ies",)
    return (noun + "s", noun + "es")


def _inflections(head: str) -> set[str]:
    """A verb lemma and the regular forms of it the lemmatizer may have failed to undo."""
    forms = {head, head + "s", head + "es", head + "d", head + "ed", head + "ing"}
    if head.endswith("e"):
        forms.add(head[:-1] + "ing")
    if head.endswith("y"):
        forms.update((head[:-1] + "ied", head[:-1] + "ies"))
    if len(head) > 2 and head[-1] not in "aeiouwy" and head[-2] in "aeiou":
        forms.update((head + head[-1] + "ed", head + head[-1] + "ing"))
    return forms


def _verb_lemma(token: Token, heads: frozenset[str]) -> str | None:
    """The lexicon head for a verb: its lemma, or, where the lemmatizer slipped ("staged" → "stag"), the
    word with a regular ending taken off."""
    lemma = token.lemma_.lower()
    if lemma in heads:
        return lemma
    lower = token.lower_
    for ending, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("es", ""),
                                ("s", ""), ("ing", "e"), ("ing", "")):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            candidate = lower[: -len(ending)] + replacement
            if candidate in heads:
                return candidate
            if not replacement and candidate[-1] == candidate[-2] and candidate[:-1] in heads:
                return candidate[:-1]  # "stopped", "shelling"
    return None


def _objects_of(verb: Token) -> list[Token]:
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "dative", "iobj", "nsubjpass", "attr", "oprd"):
            objects.append(child)
            objects.extend(child.conjuncts)
    if not objects:
        objects = _shared_subject(verb) or _object_taken_for_source(verb)
    return objects


#: Verbs of saying that tag a lead with its source at the end ("..., the Treasury said on its website").
_SOURCE_TAG_VERBS = frozenset(("say", "report", "announce", "state", "confirm", "add", "write"))


def _object_taken_for_source(verb: Token) -> list[Token]:
    """The object the parser read as the subject of the source tag after it: in "The United States on Wednesday
    imposed [sanctions on Iranian Foreign Minister Mohammad Javad Zarif], the U.S. Treasury Department's Office
    of Foreign Assets Control said on its website" it hangs "said" on "imposed" as its clause and makes
    "sanctions" the subject of "said", the source a comma away an apposition of the minister. The noun right
    after the verb, its phrase closed by that comma, is the verb's object. A subject after a comma ("Iran
    attacked, officials said") is the source's own."""
    if verb.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.lemma_.lower() not in _SOURCE_TAG_VERBS:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].left_edge.i != verb.i + 1:
            continue
        noun = subjects[0]
        if any(t.text == "," for t in verb.doc[noun.i:clause.i]):
            return [noun]
    return []


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition and of the same preposition joined to it: "paid calls to the IMF's head and
    to the World Bank's president", "protests to the UN and to Kuwait" (the parser hangs the second "to" on
    the first as its conjunct). A particle read as a preposition has its object behind a second one ("pulled
    out of Afghanistan", "moved away from the border": the parser hangs "of" and "from" on the particle); an
    object read as the subject of a participle's clause is the object all the same."""
    objects = [g for p in (prep, *(c for c in prep.conjuncts if c.lower_ == prep.lower_))
               for c in p.children for g in ([c] if c.dep_ == "pobj" else _visitors(c))]
    if not objects and prep.lower_ in _COMPOUND_PARTICLES:
        objects = [g for p in prep.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                   for g in p.children if g.dep_ == "pobj"]
    # "opened fire on thousands of students marching in Soweto", read as a clause: its subject
    clauses = [c for c in (*objects, *(p for p in prep.children if p.dep_ == "pcomp")) if c.tag_ == "VBG"]
    subjects = {c.i: s for c in clauses for s in c.children if s.dep_ == "nsubj"}
    return [_amount_of(subjects.get(o.i, o)) for o in objects] or list(subjects.values())


def _amount_of(token: Token) -> Token:
    """What an amount measures, through the "of" of each measure word: "billions of dollars of American goods" →
    goods; any other word itself."""
    for _ in range(3):
        if token.lemma_.lower() not in _AMOUNT_WORDS and token.lower_ not in _AMOUNT_WORDS:
            return token
        following = next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)
        if following is None:
            return token
        token = following
    return token


#: Particles that open a compound preposition with "of" or "from": "out of", "away from", "back from".
_COMPOUND_PARTICLES = frozenset(("out", "away", "back"))


def _visitors(clause: Token) -> list[Token]:
    """Who "visiting" describes where the parser made it a clause with its own object: "held talks with
    visiting French President Giscard d'Estaing" (a pcomp with d'Estaing its object) names the visitor."""
    if clause.dep_ != "pcomp" or clause.tag_ != "VBG" or clause.lemma_.lower() not in _VISITING:
        return []
    return [c for c in clause.children if c.dep_ in ("dobj", "obj")]


def _with_clause_subjects(clause: Token) -> list[Token]:
    """The subject of an active "to" clause read as "with X to V": "met with Egyptian officials to discuss the
    dispute". A passive one is a circumstance, no partner ("with elections to be held in May")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) or _is_passive(clause):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj"]


def _read_as_with_clause(clause: Token) -> bool:
    """Whether the parser read "with X to V" as a clause of its own with X its subject (see _with_partners):
    X is the partner of the act the clause is the purpose of, not the doer of V alone."""
    if clause.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ == "with" for m in clause.children)
    return clause.dep_ == "pcomp" and clause.head.lower_ == "with" and \
        not any(g.dep_ == "pobj" for g in clause.head.children)


def _with_partners(verb: Token) -> list[Token]:
    """Those "with" whom a verb's act is done where the parser read "with X to V" as a clause with X its
    subject: "opened talks last August with Japanese officials to try to open the market" ("with" the mark of
    the clause), "signed a truce with government troops to end the fighting" (the clause the object of
    "with"). Only for acts done together: "attacked the village, with helicopters to provide cover" names
    the attackers' means."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and _read_as_with_clause(c)]
    clauses.extend(c for p in verb.children if p.dep_ == "prep" for c in p.children if _read_as_with_clause(c))
    return [s for c in clauses for s in _with_clause_subjects(c)]


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a passive verb shares with the verb it is joined to, which the parser hung there: "the
    civilians ... were released by Putin", "was arrested by police and charged with theft"."""
    if verb.dep_ != "conj" or _has_subject(verb) or not (_is_passive(verb) or (
            verb.tag_ in ("VBN", "VBD") and _is_passive(verb.head)
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children))):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause or participle is about, where it stands as the verb's object: "duties levied
    by the EC", "the duty the U.S. imposed on Canadian lumber", "demands already rejected by the government".
    None when the noun is the clause's subject ("the union, which struck"; "farmers demanding a better deal") or
    its subject's owner ("the corps, whose troops fought off the Iranians"), or the verb has an object."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "obj", "attr", "oprd", "ccomp", "xcomp") and c.lower_ not in _RELATIVE_PRONOUNS
           for c in verb.children):
        return None
    if verb.dep_ == "acl":
        # a reduced passive ("duties levied by"), never "protesters demanding" or "a plan to impose"
        # (the tagger often calls the participle a past tense: "demands rejected by")
        return verb.head if verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "nsubj")
                                                                      for c in verb.children) else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "nsubjpass" and c.lower_ in _RELATIVE_PRONOUNS for c in subjects) or (subjects and all(
            c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS and c.left_edge.tag_ != "WP$" for c in subjects)):
        # "sanctions which were imposed by X"; "the duty (that) the U.S. imposed"
        return verb.head
    return None


def _particle_after(verb: Token, particle: str) -> bool:
    """A particle the parser attached elsewhere but that follows the verb ("moved in on", "step up")."""
    doc = verb.doc
    for i in range(verb.i + 1, min(len(doc), verb.i + 3)):
        if doc[i].lower_ == particle:
            return doc[i].dep_ in ("prt", "prep", "advmod", "compound:prt") or doc[i].head.i == verb.i
        if doc[i].pos_ not in ("ADV", "PART", "ADP"):
            break
    return False


def _particles_after(verb: Token) -> set[str]:
    """Every word for which ``_particle_after(verb, word)`` holds, read in one walk: a verb may have dozens of
    lexicon entries to try, many of them with particles."""
    doc = verb.doc
    found: set[str] = set()
    seen: set[str] = set()
    for i in range(verb.i + 1, min(len(doc), verb.i + 3)):
        token = doc[i]
        word = token.lower_
        if word not in seen:  # the first occurrence decides, as in _particle_after
            seen.add(word)
            if token.dep_ in ("prt", "prep", "advmod", "compound:prt") or token.head.i == verb.i or \
                    (token.dep_ == "mark" and word == "for" and token.head.head.i == verb.i):
                # "called for Israel to withdraw": the "for" of the clause the verb governs is its particle
                found.add(word)
        if token.pos_ not in ("ADV", "PART", "ADP"):
            break
    return found


def _complement_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying governs; a "that" clause the parser hung on a nearby noun counts too."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        return clauses
    for token in verb.subtree:
        if token != verb and token.dep_ in ("relcl", "acl", "advcl") and \
                any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in token.children):
            return [token]
    return []


def _counted(token: Token) -> Token:
    """What a quantity counts: "hundreds of troops" → troops."""
    if token.lemma_.lower() in _QUANTITY_WORDS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def _partitive(noun: Token) -> Token:
    """Where a noun counted out of a set stands in its sentence: "one" in "in one of the most direct criticisms",
    which is where the criticism is made; the noun itself when it is counted by no such word."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTITIVE_WORDS and \
            prep.head.i < noun.i:
        return prep.head
    return noun


def _span_of(noun: Token) -> Token:
    """The stretch of time or run an event noun fills, which stands where the event stands: "months" in "in two
    months of negotiations", "round" in "plans another round of tariff cuts"; else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _SPAN_NOUNS:
        return prep.head
    return noun


def _feeling_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who feels what a verb of feeling names, and what stirred it: "Japan was angered by the decision" and "the
    decision angered Japan" → ([Japan], [decision]); "were dismayed at Tokyo's progress", "were dismayed that
    Tokyo had not opened its market" → their subject, and the object of "at" or the clause."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        feelers = [c for c in verb.children if c.dep_ == "nsubjpass"]
        causes = [g for p in verb.children if p.dep_ in ("agent", "prep") and p.lower_ in _MOOD_PREPS
                  for g in p.children if g.dep_ == "pobj"]
        causes.extend(c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and
                      any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        return feelers, causes
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")], [c for c in verb.children if c.dep_ == "nsubj"]


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's other party is its subjects' own each other: "each laid the blame on the other",
    "accused each other", "met one another"."""
    for child in verb.children:
        nodes = [child] if child.dep_ in ("dobj", "obj") else \
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        for node in nodes:
            if node.lower_ == "other" and node.i > 0 and node.doc[node.i - 1].lower_ in ("the", "each"):
                return True
            if node.lower_ == "another" and node.i > 0 and node.doc[node.i - 1].lower_ == "one":
                return True
    return False


def _distributive(subject: Token) -> bool:
    """Whether a subject only shares out an act among sides named elsewhere: "each", "each side", "both sides"."""
    return subject.lower_ == "each" or (subject.lemma_.lower() in ("side", "party") and any(
        c.dep_ == "det" and c.lower_ in ("each", "both") for c in subject.children))


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _subject_acts(clause: Token) -> bool:
    """Whether the subject of a clause does what it says ("Tehran would close the Strait", "Pyongyang would be
    forced to strengthen its deterrent") rather than undergoes it ("Russia would face severe consequences", "Iraq
    would be crushed", "Japan would have to pay a price", "the plans would be counterproductive"). Only an act
    still to come is one a threat is made of: "would", "will", "could" on the clause's verb."""
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISE_MODALS | {"could", "might", "can"} for c in clause.children):
        return False
    node = clause
    for _ in range(4):
        further = next((c for c in node.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
        if further is None:
            return node.pos_ == "VERB" and not _is_passive(node) and node.lemma_.lower() not in _UNDERGOING_VERBS
        node = further
    return False


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _reduced_relative(verb: Token) -> bool:
    """Whether the parser read a participle describing its noun as the clause's own verb: "The civilians
    imprisoned for acting against Moscow were released by Putin" comes out with "imprisoned" the root, the
    civilians its subject, and "were released" a conjunct of it with no subject of its own and nothing
    coordinating the two. Verbs joined with no "and" and no comma are no coordination; the first is the noun's
    participle, which says what the noun underwent, not what it did."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].dep_ != "nsubj" or \
            verb.doc[verb.i - 1].head != verb or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or _has_subject(conj) or \
                not any(c.dep_ in ("aux", "auxpass") and c.i < conj.i for c in conj.children):
            continue
        between = verb.doc[verb.i + 1:conj.i]
        if not any(t.dep_ in ("cc", "preconj") or (t.dep_ == "punct" and t.head in (verb, conj)) for t in between):
            return True
    return False


def _accidental(verb: Token, subjects: list[Token]) -> bool:
    """Whether the harm a verb reports came of an accident or a disaster, which nobody did (PLOVER: ASSAULT is
    deliberate violence): its subject is one ("the earthquake killed 300", "the Ethiopian Airlines crash killed"),
    it tells what an accident did ("a ferry capsized, killing 30"), or it describes one or what was in it ("the
    crash of an Ethiopian Airlines jet that killed 157 people"): a nationality there is no doer's."""
    subjects = [s for s in subjects if s.lower_ not in _RELATIVE_PRONOUNS]  # "a jet that killed": the jet's
    if subjects:
        return all(s.lemma_.lower() in _ACCIDENT_NOUNS or s.lower_ in _ACCIDENT_NOUNS for s in subjects)
    head = verb.head
    if verb.dep_ in ("advcl", "conj") and head.pos_ == "VERB":
        return head.lemma_.lower() in _ACCIDENT_VERBS
    if verb.dep_ in ("relcl", "acl"):
        holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "in") else head
        return head.lemma_.lower() in _ACCIDENT_NOUNS or holder.lemma_.lower() in _ACCIDENT_NOUNS
    return False


def _split_off_demonyms(gerund: Token) -> list[Token]:
    """The nationality words the parser split off an event noun it read as a verb: "were killed in Israeli
    (tank) shelling" comes out as "killed in [Israeli tank]" with "shelling" a participle hung on "killed". An
    -ing word with no subject or object of its own, right after the object of a preposition of the same verb,
    is that object's head noun, and the demonyms before it ("Israeli", "Serb") say whose act it is. A place
    ("killed in Gaza shelling") says where, not who, and is left out."""
    if gerund.tag_ != "VBG" or gerund.i == 0 or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass") for c in gerund.children):
        return []
    before = gerund.doc[gerund.i - 1]
    if before.dep_ != "pobj" or before.head.head != gerund.head:
        return []
    return [t for t in (before, *before.children) if t.i < gerund.i and t.dep_ in ("pobj", "amod", "compound")
            and (t.pos_ == "ADJ" or t.ent_type_ == "NORP")]


def _governors(token: Token) -> Iterator[tuple[str, Token]]:
    """Walk up from a trigger through the clauses and phrases that govern it, yielding (relation, governor).

    The walk stops at a relative clause or a participle describing a noun: what they say is presupposed, so
    the verbs above do not decide whether it happened; and at a clause of contrast, which the writer asserts on
    its own ("traders speculated that X will offer wheat, while officials said there was no substance to it")."""
    node = token
    for _ in range(12):
        head = node.head
        if head == node:
            return
        dep = node.dep_
        if dep == "relcl":
            return
        if dep in ("pobj", "pcomp") and head.pos_ in ("ADP", "SCONJ"):
            prep = head
            governor = prep.head
            if governor == prep:
                return
            yield (dep if prep.lower_ in _COMPLEMENT_PREPS else "adjunct", governor)
            node = governor
            continue
        if dep == "acl" and head.pos_ in ("NOUN", "PROPN") and node.tag_ in ("VBN", "VBG", "VBD"):
            # "demands rejected by the government": a participle that says what its noun underwent is no
            # content of the noun's frame, unlike "a plan calling for sanctions"
            yield ("acl:described" if _relative_object(node) == head else dep, head)
            return
        if dep == "advcl" and _contrasted(node):
            return
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            dep = "advcl:to"  # "pressured X to help": an infinitive is what the pressure is for
        yield (dep, head)
        node = head


def _contrasted(clause: Token) -> bool:
    """Whether an adverbial clause sets another statement against the one it hangs on: "whereas", "although",
    "though", or "while" after a comma (a bare "while" may tell the time: "met him while visiting Paris")."""
    for mark in clause.children:
        if mark.dep_ != "mark" or mark.i >= clause.i:
            continue
        word = mark.lower_
        if word in _CONTRAST_MARKS or (word == "while" and mark.i > 0 and mark.nbor(-1).text in (",", ";")):
            return True
    return False


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.head == node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _according_to(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                if to.lower_ == "to":
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None


def _going_to(verb: Token) -> bool:
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG" and \
        any(c.dep_ == "aux" for c in verb.children if c.lower_ == "to")


def _present_tense(token: Token) -> bool:
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    if verb is None:
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return False


def _expected(token: Token) -> bool:
    """Whether ``token`` is a passive of expecting that only says what is to come: "the council is expected to
    agree", "talks are expected to resume". It is no one's intent (the active "Japan expects to sign" is Japan's);
    the act it governs keeps its own doer and is read as future (modes)."""
    return token.lemma_.lower() in _FUTURE_PREDICATES and token.tag_ == "VBN" and \
        any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children) and \
        any(c.dep_ == "xcomp" for c in token.children)


def _forecast_of_another(token: Token) -> bool:
    """Whether ``token`` guesses at what another will do: "expected the FDA to approve the drug", "predicts OPEC to
    cut output". A forecast is no event (PLOVER.md), nor a request of the one it is about; "Japan expects to
    sign" (no object) is Japan's own intent."""
    if token.lemma_.lower() not in _SPECULATION_VERBS or token.pos_ != "VERB":
        return False
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    # the one it is about as the verb's object ("expected the FDA to approve") or, as the parser may make it, as
    # the subject of an infinitive clause of its own
    return any(any(c.dep_ in ("dobj", "obj") for c in token.children) or (
        any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) and
        any(s.dep_ == "nsubj" for s in clause.children)) for clause in clauses)


def _plan_denied(token: Token) -> bool:
    """Whether ``token`` is a plan a party is said not to have: "no plans", "does not have any intention", "is not
    considering"."""
    if token.pos_ == "VERB" and token.lemma_.lower() in _DELIBERATING_VERBS:
        return any(c.dep_ == "neg" for c in token.children)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _PLAN_NOUNS:
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    return "no" in determiners or ("any" in determiners and any(c.dep_ == "neg" for c in token.head.children))


def _source_tag(reporter: Token) -> bool:
    """Whether a verb of saying follows the clause it reports, tagging news with its source: "Serb forces shelled
    Gorazde, a UN spokesman said" (the saying beside the clause, or the root with the clause before it), where
    "Israel said a mortar bomb was fired at it" puts the saying first, as the news."""
    if reporter.dep_ == "parataxis" and reporter.head.i < reporter.i:
        return True
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < reporter.i for c in reporter.children)

def _subject_under_mark(verb: Token) -> list[Token]:
    """The subject the parser hung on the conjunction of a finite clause as if it were a preposition's object:
    "landed ... after [mutinous soldiers of the Congolese army] attacked whites", with "after" read both as the
    clause's mark and as the preposition of "soldiers". The noun between the two is the clause's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    return [g for c in verb.children if c.dep_ == "mark" and c.i < verb.i
            for g in c.children if g.dep_ == "pobj" and c.i < g.i < verb.i]


def _plan_holder(noun: Token) -> Token | None:
    """The verb whose subject holds a plan noun ("Japan has no plans to ...", "China has no intention of ..."),
    when the noun names no owner of its own."""
    if noun.lemma_.lower() in _PLAN_NOUNS and noun.dep_ in ("dobj", "obj") and \
            not any(c.dep_ == "poss" for c in noun.children):
        return noun.head
    return None


def _phrase_heads(noun: Token) -> list[Token]:
    """A noun and the words its phrase hangs below it, never through a clause: "a grant equivalent to 47 mln
    dlrs from the Netherlands" → grant, equivalent, mln, dlrs (the parser often hangs "from" on the amount)."""
    found = [noun]
    for child in noun.children:
        if child.dep_ in ("amod", "appos", "nummod", "quantmod", "npadvmod", "pobj") or (
                child.dep_ == "prep" and child.lower_ not in _CONVERSE_AGENT_PREPS):
            found.extend(_phrase_heads(child))
    return found


#: Nouns of a stretch or point of time: "for a second night", "for the third day running", "in two hours".
_TIME_NOUNS = frozenset(("night", "day", "week", "month", "year", "hour", "minute", "time", "weekend", "morning",
                         "evening", "afternoon", "decade", "period", "while", "season", "fortnight"))


def _time_phrase(prep: Token) -> bool:
    """Whether a preposition heads a phrase of time ("for a second night", "for three days", "for the first
    time"): the verb's circumstance, never the preposition a pattern of the verb needs."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and ((g.lemma_ or g.text).lower() in _TIME_NOUNS
                                                             or g.ent_type_ in ("DATE", "TIME"))
                                       for g in prep.children)
