"""Reported clauses: a verb of saying whose clause makes the saying an act of its own. "X said Y must / should V"
is X's request of Y, "X said Y's tariffs were unfair" its condemnation, "X said Y violated the accord" its
accusation (PLOVER.md, "Coding rules"); what the clause says is asked or alleged, not a fact."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.events.judging_words import (
    _AFFAIR_NOUNS,
    _APPROVING_ADJECTIVES,
    _BARGAINABLE_ADJECTIVES,
    _BARGAINING_NOUNS,
    _BEARING_VERBS,
    _BLAME_NOUNS,
    _BLAMING_ADJECTIVES,
    _CHARGED_ACTS,
    _CHARGING_VERBS,
    _COMMITTING_VERBS,
    _CONDEMNED_ACTS,
    _CONDEMNING_ADJECTIVES,
    _CONDEMNING_NOUNS,
    _DANGER_NOUNS,
    _DEALING_NOUNS,
    _DENIAL_NOUNS,
    _DENYING_ADJECTIVES,
    _FAULTING_ADJECTIVES,
    _FLAGGING_VERBS,
    _FORECAST_MODALS,
    _HONOURING_VERBS,
    _ORDER_WORDS,
    _OUTCOME_VERBS,
    _RECOMMENDING_VERBS,
    _RESOLVE_NOUNS,
    _TRYING_VERBS,
    _UNBARGAINABLE_ADJECTIVES,
    _UNTAKEN_DETERMINERS,
    _UNWARRANTED_WORDS,
    _WARRANTED_WORDS,
    _WRONGDOING_VERBS,
)
from newsgraph.extract.events.participants import _Participants
from newsgraph.extract.events.parts import _Trigger
from newsgraph.extract.events.syntax import _complement_clauses, _is_passive, _noun_forms
from newsgraph.extract.events.words import (
    _ALLEGED_ACTS,
    _FAILING_VERBS,
    _FIRST_PERSON,
    _MANDATIVE_VERBS,
    _OBLIGATION_MODALS,
    _PARTY_NOUNS,
)


def _obligation_word(clause: Token) -> str | None:
    """The modal of obligation on a clause ("must", "should", "ought"), or "subjunctive" for the bare verb a verb
    of insisting governs ("insisted that Germany contribute", "recommends new meetings be scheduled"): English
    words a demand so, with no modal at all."""
    modal = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS), None)
    if modal is None and _mandative(clause):
        return "subjunctive"
    if modal is None and _have_to(clause) is not None:
        return "has to"
    return modal


def _have_to(clause: Token) -> Token | None:
    """The act of "have to V", which English uses as "must V": "Lawson told Funaro Brazil had to solve its
    problems with the banks", "said Peking would have to persuade Congress"; None for any other clause."""
    if clause.lemma_.lower() != "have":
        return None
    return next((c for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and
                 any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _past_obligation(clause: Token) -> bool:
    """Whether a reported obligation looks back: "should have listed", "must have known" is what its doer failed
    to do, a reproach, where "should list" asks it of them."""
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def _charge_sought(clause: Token) -> bool:
    """Whether a reported obligation is a charge its teller recommends: "recommend that X be charged with
    fraud" (``_CHARGING_VERBS``), coded as the recommender's ACCUSE to come."""
    return clause.head.lemma_.lower() in _RECOMMENDING_VERBS and _is_passive(clause) and \
        clause.lemma_.lower() in _CHARGING_VERBS


def _mandative(clause: Token) -> bool:
    """Whether a clause is the bare (subjunctive) verb of a verb of insisting: "insisted that Germany
    contribute", "recommends meetings be scheduled". A past-tense "insisted" over a present-tense verb is one too
    ("insisted that the banks lend": the sequence of tenses would give "lent"); "insisted that it had not
    violated the accord" is a statement."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in _MANDATIVE_VERBS or \
            any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return False
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ == "to" for a in auxes):
        return False
    finite = auxes[0] if auxes else clause  # "be scheduled": the "be" carries the mood
    return finite.tag_ == "VB" or (finite.tag_ == "VBP" and verb.tag_ == "VBD" and finite.lemma_ != "be")


def _asked_of_unnamed(clause: Token, subjects: list[Token]) -> bool:
    """Whether an obligation names no party and is still asked of someone: a passive under a verb of insisting
    ("recommends new meetings be scheduled": whoever schedules them), or parties named by their kind ("all
    grain producing countries must do their part", "both sides must show restraint")."""
    word = _obligation_word(clause)
    if word == "subjunctive" and _is_passive(clause):
        return True
    return word == "must" and any(s.lemma_.lower() in _PARTY_NOUNS and s.tag_ in ("NNS", "NNPS") for s in subjects)


#: Verbs that ask a question as well as ask for an act: "asked whether", "inquired about".
_QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
_QUESTION_MARKS = frozenset({"whether", "if"})
_QUESTION_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asks_a_question(verb: Token) -> bool:
    """Whether a verb of asking asks a question, not an act: an interrogative clause ("asked Shultz whether he would
    resign", "asked how long the suspension would last") or a subject ("asked about the talks"), and no act or
    thing asked for ("asked Japan to open", "asked for aid", "asked that his name be withdrawn"). A question is how
    the news is gathered, no request (PLOVER.md: REQUEST asks for an act or a thing)."""
    if verb.lemma_.lower() not in _QUESTION_VERBS:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in children) or any(
        c.dep_ in ("ccomp", "advcl") and (any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
                                          or c.left_edge.tag_ in _QUESTION_TAGS)
        for c in children)


#: What a source asks not to be, in the wire's formula for an unnamed source.
_NAMING_VERBS = frozenset({"identify", "name", "quote", "cite"})


def _asks_anonymity(verb: Token) -> bool:
    """Whether a verb of asking is a source's wish to go unnamed: "an aide who asked not to be identified", "a
    diplomat who requested not to be named". It is how the news was told, no request of anyone."""
    return verb.lemma_.lower() in ("ask", "request") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING_VERBS and any(n.dep_ == "neg" for n in c.children)
        for c in verb.children)


#: Those whose words are an assessment, whatever they say another must do: "said Henry Kaufman, chief economist at
#: Salomon Brothers", "Citibank analyst John Smith said" (reuters-plover README, rule 1: opinions and forecasts).
#: Not "expert", "observer" or "researcher": a U.N. expert, an election observer or a rights group's researcher
#: speaks for a body that asks.
_PUNDIT_WORDS = frozenset(("analyst", "economist", "strategist", "consultant", "commentator", "forecaster",
                           "academic", "professor", "scholar", "dealer", "trader"))


def _pundit_speaking(verb: Token) -> bool:
    """Whether everyone a verb of saying has as its subject is named as a pundit: the word itself ("analysts
    said"), or the word beside a name ("Henry Kaufman, chief economist", "Salomon Brothers economist Henry
    Kaufman")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.lemma_.lower() in _PUNDIT_WORDS or any(c.dep_ in ("appos", "compound") and c.lemma_.lower() in _PUNDIT_WORDS
                                                 for c in s.children)
        for s in subjects)


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports, with their conjuncts: "said X must V and Y was unfair", and the
    clause before "..., X said"."""
    clauses = _complement_clauses(verb)
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        clauses = [*clauses, verb.head]
    return [*clauses, *(c for clause in clauses for c in clause.conjuncts if c.pos_ in ("VERB", "AUX"))]


def _condemns(word: Token) -> bool:
    """Whether what a thing is called condemns it: an adjective of wrong ("unjust"), a noun of wrong ("a
    disgrace", "a provocation"), a noun an adjective of wrong qualifies ("a criminal act", "a flagrant breach"),
    or an act of one ("an act of aggression")."""
    lemma = word.lemma_.lower()
    if word.pos_ == "ADJ":
        return lemma in _CONDEMNING_ADJECTIVES
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in _CONDEMNING_NOUNS or any(c.dep_ == "amod" and c.lemma_.lower() in _CONDEMNING_ADJECTIVES
                                         for c in word.children):
        return True
    if lemma in _DANGER_NOUNS:  # "a threat to peace", "a danger to regional stability"
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _ORDER_WORDS for g in c.children) for c in word.children)
    return lemma == "act" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _CONDEMNED_ACTS for g in c.children) for c in word.children)


def _verdict(clause: Token) -> str | None:
    """The condemning predicate of a copular clause: "unfair", "a provocation", "an act of aggression", or "not
    acceptable" for a negated approval."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    for child in clause.children:
        if child.dep_ not in ("acomp", "attr"):
            continue
        word = child.lemma_.lower()
        if not negated and _condemns(child):
            return word
        if negated and child.pos_ == "ADJ" and word in _APPROVING_ADJECTIVES:
            return f"not {word}"
    return None


def _fault(clause: Token) -> str | None:
    """The faulting predicate of a clause (``_FAULTING_ADJECTIVES``, ``_FLAGGING_VERBS``): "the offer was
    inadequate", "Japan's commitment was flagging"; None when denied or when there is none. Whether it
    condemns depends on whose the subject is (``_ReportedClauses._faulting``)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    resolve = any(s.lemma_.lower() in _RESOLVE_NOUNS for s in subjects)
    if clause.lemma_ == "be":
        # "was flagging" may be read as "was" with the participle as its complement
        return next((c.lower_ for c in clause.children if c.dep_ == "acomp" and (
            (c.pos_ == "ADJ" and c.lemma_.lower() in _FAULTING_ADJECTIVES) or
            (resolve and c.tag_ == "VBG" and c.lemma_.lower() in _FLAGGING_VERBS))), None)
    if clause.lemma_.lower() in _FLAGGING_VERBS and resolve and \
            not any(c.dep_ in ("dobj", "obj") for c in clause.children):
        return clause.lower_
    return None


def _refusal_verdict(clause: Token) -> str | None:
    """The predicate of a copular clause that refuses to bargain over its subject ("not negotiable",
    "non-negotiable", "not open to discussion", "out of the question") or denies it ("the reports were
    groundless", "there was no substance to the reports": PLOVER's REJECT includes a denial)."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    doc = clause.doc
    for child in clause.children:
        word = child.lemma_.lower()
        if child.dep_ == "acomp" and word in _DENYING_ADJECTIVES and not negated:
            return child.lower_
        if child.dep_ == "attr" and word in _DENIAL_NOUNS and any(c.dep_ == "det" and c.lower_ == "no"
                                                                  for c in child.children) and \
                any(c.dep_ == "expl" for c in clause.children):
            return f"no {child.lower_}"
        if _dealing_refused(child) is not None and any(c.dep_ == "expl" for c in clause.children):
            return f"no {child.lower_} with"
        if child.dep_ == "acomp" and word in _BARGAINABLE_ADJECTIVES:
            prefix = {doc[i].lower_ for i in range(max(child.i - 2, 0), child.i)}
            if negated or "non" in prefix:
                return f"not {child.lower_}"
        if child.dep_ == "acomp" and word in _UNBARGAINABLE_ADJECTIVES:
            return child.lower_
        if child.dep_ == "acomp" and word == "open" and negated and any(
                g.lemma_.lower() in _BARGAINING_NOUNS for p in child.children if p.dep_ == "prep" and p.lower_ == "to"
                for g in p.children if g.dep_ == "pobj"):
            return f"not open to {child.text}"
        if child.dep_ == "attr" and word in _AFFAIR_NOUNS and not negated and any(
                p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" for g in p.children)
                for p in child.children):
            return f"a {child.lower_} for others"
        if child.dep_ == "prep" and child.lower_ == "out" and any(
                g.lower_ == "question" for p in child.children if p.lower_ == "of" for g in p.children):
            return "out of the question"
    return None


def _dealing_refused(attr: Token) -> Token | None:
    """The "with" phrase of "no talks with Russia" as what "there will be" says of it: the party dealings are
    ruled out with; None for any other word (and for "no talks" alone, which may only say none are planned)."""
    if attr.dep_ != "attr" or not {attr.lemma_.lower(), attr.lower_} & _DEALING_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children):
        return None
    return next((p for p in attr.children if p.dep_ == "prep" and p.lower_ == "with"
                 and any(g.dep_ == "pobj" for g in p.children)), None)


def _refused_partner(clause: Token) -> Token | None:
    """The phrase naming whom a refusal to deal is aimed at ("there could be no talks with Russia"), else None."""
    return next((p for c in clause.children if (p := _dealing_refused(c)) is not None), None)


def _unwarranted(clause: Token) -> str | None:
    """The predicate that says a measure is not called for: "is not justified", "was not needed", "were
    unnecessary", "is not warranted"; None for any other clause."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    lemma = clause.lemma_.lower()
    if lemma != "be":
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        return f"not {clause.lower_}" if negated and passive and lemma in _WARRANTED_WORDS else None
    for child in clause.children:
        if child.dep_ == "acomp":
            word = child.lower_
            if negated and word in _WARRANTED_WORDS:
                return f"not {word}"
            if not negated and word in _UNWARRANTED_WORDS:
                return word
    return None


def _denies(clause: Token) -> bool:
    """Whether a copular clause denies what its subject says ("the American charges were groundless"), where
    a refusal to bargain ("the targets were not negotiable") names no one it is refused to."""
    return not any(c.dep_ == "neg" for c in clause.children) and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _DENYING_ADJECTIVES for c in clause.children)


class _ReportedClauses(_Participants):
    """Adds: the clause a verb of saying reports as an obligation, a condemnation or a wrongdoing."""

    def _reported(self, verb: Token) -> list[Token]:
        """``_reported_clauses``, found once per verb: each reading of a verb of saying below asks for them."""
        clauses = self._reported_cache.get(verb.i)
        if clauses is None:
            clauses = self._reported_cache[verb.i] = _reported_clauses(verb)
        return clauses

    def _obligation(self, verb: Token) -> Token | None:
        """The clause a verb of saying reports as an obligation of someone else: "said Y must / should V"
        (or "Y must V, X said"); None when there is none, or the obligation is the speaker's own ("we must"), or a
        pundit's assessment of what another must do (``_pundit_speaking``)."""
        if _pundit_speaking(verb):
            return None
        clauses = self._reported(verb)
        speakers = None
        for clause in clauses:
            if _obligation_word(clause) is None or (clause.lemma_ in ("be", "have") and not _is_passive(clause)
                                                    and _have_to(clause) is None):
                continue
            if (_have_to(clause) or clause).lemma_.lower() in _OUTCOME_VERBS:
                continue  # "said Dean should experience an improvement": an outcome expected, no act asked
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or any(s.lower_ in _FIRST_PERSON for s in subjects):
                continue
            if speakers is None:
                speakers = {r.key for r in self._subject_referents(verb, []) if r.key is not None}
            # no one who can act ("the yen should stabilize": a forecast), or the speaker ("Japan said it must
            # act": its own resolve) is asked nothing
            asked = {r.key for s in subjects for r in self._referents(s, agent=True)}
            if asked <= speakers and not (not asked and _asked_of_unnamed(clause, subjects)):
                continue
            return clause
        return None

    def _condemnation(self, verb: Token) -> Token | None:
        """The copular clause a verb of saying reports as a condemnation: "said the tariffs were unacceptable",
        "said the pact was not fair" (or the clause before "..., X said"); None when there is none."""
        clause = _copular_verdict(self._reported(verb), _verdict)
        if clause is not None and self._ruled_out(clause) is not None:
            return None  # "said a ban was not justified": a measure refused (``_refusal``), no one condemned
        return clause or self._faulting(verb)

    def _faulting(self, verb: Token) -> Token | None:
        """The clause a verb of saying reports as faulting another party (``_fault``): "said Japan's offer was
        inadequate", "said Japan's commitment to deregulation was flagging"; only when what is faulted belongs
        to a named party other than the speaker ("said the measures were insufficient" faults no one named;
        "said its own offer was inadequate" is the speaker's concession of no one's fault)."""
        speakers: set[str] | None = None
        for clause in self._reported(verb):
            if _fault(clause) is None:
                continue
            owners = {r.key for r in self._said_of(clause, []) if r.key is not None}
            if speakers is None:
                speakers = {r.key for r in self._subject_referents(verb, []) if r.key is not None}
            if owners and not any(self._same_side(o, s) for o in owners for s in speakers):
                return clause
        return None

    def _refusal(self, verb: Token) -> Token | None:
        """The copular clause a verb of saying reports as not open to bargaining: "said the growth targets were
        not negotiable" (or the clause before "..., X said"), or a measure as not called for ("concluded that a
        ban is not justified": ``_ruled_out``); None when there is none."""
        return _copular_verdict(self._reported(verb), _refusal_verdict) or next(
            (c for c in self._reported(verb) if self._ruled_out(c) is not None), None)

    def _ruled_out(self, clause: Token) -> str | None:
        """What a clause says to rule a measure out (``_unwarranted``): its subject is an event of the lexicon not
        yet taken, which no one owns ("a ban on smoking", "any new sanctions"); "Japan's sanctions were not
        justified" condemns Japan instead (``_condemnation``). Returns the predicate, or None."""
        verdict = _unwarranted(clause)
        if verdict is None:
            return None
        for subject in clause.children:
            # an event where it stands ("a ban"; "an interest rate cut" is no event, where "troop cuts" are)
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i in self.ent_of or \
                    subject.pos_ != "NOUN" or self._match_noun(subject, _noun_forms(subject)) is None:
                continue
            if any(c.dep_ == "poss" for c in subject.children) or not any(
                    c.lower_ in _UNTAKEN_DETERMINERS for c in subject.children if c.dep_ in ("det", "amod")):
                continue
            if not self._said_of(clause, []):
                return verdict
        return None

    def _wrongdoing(self, verb: Token) -> Token | None:
        """The clause a verb of saying reports as another's wrongdoing: "said Greek activities contravened the
        accord", "said the tax would violate EC obligations", "said Iraq was responsible for the attack" (or the
        clause before "..., X said"); None when there is none, or the speaker tells of itself."""
        speakers: set[str | None] | None = None
        for clause in self._reported(verb):
            violation = clause.lemma_.lower() in _WRONGDOING_VERBS and not _is_passive(clause)
            bearers = self._blame_bearers(clause)
            if not violation and not bearers and not _blames(clause) and not _breach(clause) and \
                    not self._charged(clause):
                continue
            subjects = bearers or [c for c in clause.children if c.dep_ in ("nsubj", "csubj")]
            if not subjects or any(s.lower_ in _FIRST_PERSON for s in subjects):
                continue
            if speakers is None:
                speakers = {r.key for r in self._subject_referents(verb, []) if r.key is not None}
            doers = {r.key for s in subjects for r in self._referents(s, agent=True)}
            if (doers and doers <= speakers) or (not doers and not violation):
                continue  # the speaker's own deeds; blame laid on no party ("the dollar's fall was responsible")
            return clause
        return None

    def _charged(self, clause: Token) -> bool:
        """Whether a clause tells of a harm or a deceit (``_charged_act``) that the lexicon does not code as force
        of its own: "said Libya was subverting the government of Chad" is Libya's COERCE, coded with the
        speaker's accusation as every act of force said done by another is (``_accusations``), not instead of it."""
        act = _charged_act(clause)
        return act is not None and not any(e.category in _ALLEGED_ACTS and not e.objects
                                           for e in self.lexicon.verb_entries(act.lemma_.lower()))


def _charged_act(clause: Token) -> Token | None:
    """The verb of a harm or a deceit a clause tells of as done ("the rebels were sabotaging the peace process",
    "the government had rigged the vote") or tried ("Shapiro attempted to conceal his trading"); None when denied
    ("Japan was not undermining anything") or suffered ("was misled")."""
    act = clause
    if act.lemma_.lower() in _TRYING_VERBS:
        act = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), act)
    if _is_passive(act) or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS)
                               for c in (*clause.children, *act.children)):
        return None  # denied, suffered, or foreseen ("could undermine confidence"): no charge
    lemma = act.lemma_.lower()
    particle = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
    return act if lemma in _CHARGED_ACTS or f"{lemma} {particle}" in _CHARGED_ACTS else None


def _blames(clause: Token) -> bool:
    """Whether a clause lays the blame on its subject: "Iraq was responsible for the attack", "... was guilty of
    aggression", "Britain bore full responsibility for the incident"; not when denied ("was not responsible")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "acomp" and c.lemma_.lower() in _BLAMING_ADJECTIVES and
                   any(p.dep_ == "prep" and p.lower_ in ("for", "of") for p in c.children) for c in clause.children)
    return lemma in _BEARING_VERBS and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _BLAME_NOUNS
                                           for c in clause.children)


def _breach(clause: Token) -> bool:
    """Whether a clause tells of a wrong done or an obligation broken: "had committed an act of aggression",
    "perpetrated atrocities", "had failed to honour the ceasefire", "had not respected the truce"."""
    lemma = clause.lemma_.lower()
    if lemma in _COMMITTING_VERBS:
        return any(c.dep_ in ("dobj", "obj") and _condemns(c) for c in clause.children)
    if lemma in _FAILING_VERBS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _HONOURING_VERBS for c in clause.children)
    return lemma in _HONOURING_VERBS and any(c.dep_ == "neg" for c in clause.children) and \
        not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _copular_verdict(reported: list[Token], verdict: Callable[[Token], str | None]) -> Token | None:
    """The first copular clause with a subject among the ``reported`` clauses of a verb of saying, to which
    ``verdict`` gives a word: the one shape the condemnation and the refusal readings share ("said the pact was
    not fair / not negotiable")."""
    for clause in reported:
        if clause.lemma_ == "be" and verdict(clause) is not None and \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return clause
    return None


def _code_reported_clause(trigger: _Trigger, clause: Token, category: str, rule: str, step: str,
                          by_head: dict[int, _Trigger], consumed: set[int]) -> None:
    """A verb of saying whose clause makes it an act of its own ("X said Y must ...", "... was unfair",
    "... violated ..."): the saying is the event, aimed at the clause, and the clause's own triggers are what
    the speaker asks or alleges, not facts, so they are consumed."""
    trigger.category = category
    trigger.aimed_at = clause
    trigger.rule = rule
    trigger.steps.append(step)
    # a clause joined on with a subject of its own says something else ("the targets were not negotiable, but
    # Argentina did not want to follow Brazil"): its events are read for themselves
    apart = {t.i for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
             any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in c.subtree}
    consumed.update(t.i for t in clause.subtree if t.i in by_head and t.i != trigger.head.i and t.i not in apart)
