"""From CAMEO verb blocks and patterns to newsgraph lexicon entries, with PLOVER categories.

**Categories.** A CAMEO code becomes a PLOVER category by PLOVER.md's table of CAMEO roots, refined where
PLOVER.md's coding rules decide by what the code says (``PLOVER_RULES``): root 01 (public statements) is no
event; an intent to yield (035) and an apology (055) are CONCEDE; root 08 (yield) is RETREAT where the concession
takes material effect (release, return, lifting sanctions, curfews or blockades, withdrawal) and CONCEDE where it
is a verbal one (acceding to demands, declaring a ceasefire, allowing others in); an intent to meet (036)
written as the meeting itself ("MEET (FOR TALKS)", "FLY (TO)", "MAKE VISIT") is CONSULT (``_meeting_itself``).

**Entries.** Every verb of a block whose code (its own, else the block's) maps to a category becomes a plain
verb entry: ``ASK [020]`` is ``{"verb": "ask", "category": "REQUEST"}``; a multi-word verb keeps its particle
(``+CALL_OFF [160]`` is ``"call off"``). A verb coded only through its block needs a recipient
(``LexiconPolicy``): the blocks gather WordNet synonyms, and "leave" under ``GO_SOMEWHERE [040]`` is a visit
only when someone is visited. A pattern whose category is known becomes an entry of each verb it was
written for (the verbs its comment names, else every verb of the block) when our format can say all that the
pattern says:

- ``- * NOUN``, ``- * {MOD NOUN}``, ``- * &SET`` → the verb's object (a noun phrase keeps its modifiers; a
  synonym set gives its members);
- ``- * (PREP NOUN)``, ``- * (PREP)`` → the preposition as the verb's particle, and its object;
- ``- * UP NOUN`` → a particle (``UP``, ``OFF``, ``DOWN``...) and the object;
- ``(TO +)``: the preposition introduces the target, so it is one of the entry's ``preps``;
- ``[:CODE]`` (an event back from the target, "received support from") → the ``converse`` frame: the subject
  is the recipient.

Blocks of verbs that say how a subject stands or feels rather than what anyone did (``_STATE_BLOCKS``:
``---  ENJOY  [---]  ---`` with ``- * SUPPORT [:050]``) give no entries: "the plan enjoyed support from Moscow"
describes a standing position, and no one in the sentence did anything on a date. Verbs of leading and
managing, and of relating one thing to another, take no code from their block (``_UNCODED_VERB_BLOCKS``): "Kohl
heads a coalition government" names a role and "linked the bombing to Iran" a claimed connection, neither an act
of cooperation; nor does "die", whose subject is who died, not who killed.

Patterns that say more than that are left out rather than loosened: words on the subject side (``&MILITARY *
EXERCISES``), a source marked inside the object side (``$``), an object with a prepositional phrase beside it
(``- * DEMONSTRATION (IN SOLIDARITY)`` is SUPPORT only with "in solidarity"; without it the entry would code
every staged demonstration as support). ``[---]`` patterns code nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsgraph.convert.cameo_verbs import (
    NounPhrase,
    PrepPhrase,
    VerbBlock,
    VerbDictionary,
    VerbForm,
    VerbPattern,
)
from newsgraph.plover import CAMEO_TO_PLOVER

__all__ = [
    "PARTICLES",
    "PLOVER_RULES",
    "LexiconPolicy",
    "LexiconRow",
    "lexicon_rows",
    "plover_category",
]

#: PLOVER.md's coding rules, by the most specific CAMEO code they decide (longest prefix wins). Codes not
#: listed take their root's category from PLOVER.md's table.
PLOVER_RULES: dict[str, str | None] = {
    "035": "CONCEDE",   # intent to yield: "a future retreat promised is CONCEDE"
    "055": "CONCEDE",   # apologize: "an apology is CONCEDE"
    "080": "CONCEDE",   # yield, unspecified: a concession with no material act named
    "081": "RETREAT",   # ease administrative sanctions, curfews, states of emergency: "lifted the curfew"
    "082": "RETREAT",   # ease political dissent: "called off the strike"
    "0831": "RETREAT",  # accede to demands for a change in leadership: a resignation takes effect
    "083": "CONCEDE",   # accede to demands for policy, rights or institutional change
    "084": "RETREAT",   # return, release: "release prisoners"
    "085": "RETREAT",   # ease economic sanctions, boycott, embargo: "lift sanctions"
    "086": "CONCEDE",   # allow international involvement: a permission
    "0871": "CONCEDE",  # declare truce, ceasefire: "declare a ceasefire" is CONCEDE
    "087": "RETREAT",   # ease blockade, demobilize, retreat militarily: "withdraw troops"
}

#: Words a pattern writes bare after the verb that are its particle, not its object: ``- * UP FORCES``.
PARTICLES = frozenset(("up", "down", "off", "out", "back", "away", "aside", "forward", "over", "together",
                       "apart", "along", "around", "through", "short"))
#: Prepositions a pattern sometimes writes without brackets (``- * BACK TO``, ``- * INTO``).
PREPOSITIONS = frozenset(("to", "into", "for", "with", "against", "on", "at", "from", "of", "in", "by", "toward",
                          "towards", "onto", "upon", "about", "across", "behind", "before", "after", "under",
                          "within", "without", "between", "among", "amid"))


def plover_category(code: str | None) -> str | None:
    """The PLOVER category of a CAMEO event code, or None for none (root 01, ``---``).

    >>> plover_category("0874"), plover_category("0871"), plover_category("190"), plover_category("012")
    ('RETREAT', 'CONCEDE', 'ASSAULT', None)
    """
    if not code:
        return None
    for length in range(len(code), 2, -1):
        if code[:length] in PLOVER_RULES:
            return PLOVER_RULES[code[:length]]
    categories = CAMEO_TO_PLOVER.get(code[:2], ())
    return categories[0] if categories else None


@dataclass(frozen=True, slots=True)
class LexiconPolicy:
    """Which parts of the verb dictionary become entries: the choices measured on the development sets
    (``extract/data/lexicon/README.md`` gives the figures).

    Attributes:
        inherited_needs_recipient: a verb coded only through its block (``---  GO_SOMEWHERE  [040]  ---`` gives
            "leave" the code of a meeting) is an event only with a recipient, as PETRARCH-2 codes only pairs of
            actors; a verb with a code of its own (``RESIGN [083]``) is an event alone.
        patterns_for_all_verbs: a pattern applies to every verb of its block, not only to the verbs its
            comment names as where it was written.
    """

    inherited_needs_recipient: bool = True
    patterns_for_all_verbs: bool = False


@dataclass(frozen=True, slots=True)
class LexiconRow:
    """One lexicon entry in the file format of ``extract/data/lexicon/README.md``, with where it came from."""

    verb: str
    category: str
    cameo: str
    origin: str
    objects: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()
    frame: str | None = None
    recipient_required: bool = False

    def as_dict(self) -> dict[str, object]:
        row: dict[str, object] = {"verb": self.verb, "category": self.category}
        if self.objects:
            row["object"] = list(self.objects)
        if self.preps:
            row["preps"] = list(self.preps)
        if self.frame:
            row["frame"] = self.frame
        if self.recipient_required:
            row["recipient"] = "required"
        row["cameo"] = self.cameo
        row["origin"] = self.origin
        return row

    @property
    def sort_key(self) -> tuple[str, tuple[str, ...], str, str]:
        return (self.verb, self.objects, self.category, self.origin)


def lexicon_rows(dictionary: VerbDictionary, policy: LexiconPolicy, source: str) -> list[LexiconRow]:
    """Every entry the verb dictionary gives under ``policy``, one per verb, object set and category, sorted
    by verb; ``source`` is the file name quoted in each entry's origin."""
    rows: dict[tuple[object, ...], LexiconRow] = {}
    for block in dictionary.blocks:
        for row in _block_rows(dictionary, block, policy, source):
            rows.setdefault((row.verb, row.objects, row.preps, row.frame, row.category), row)
    return sorted(rows.values(), key=lambda r: r.sort_key)


#: Blocks of verbs of standing or feeling (enjoy, love, relish): a state, not an act, whatever their object.
_STATE_BLOCKS = frozenset(("ENJOY",))
#: Blocks whose code (060, material cooperation) their verbs do not carry alone. Verbs of leading and managing
#: (head, lead, rule, govern, command, control) say who holds a post or power over whom: a role, which PLOVER.md
#: counts among relations, not an event. Verbs of relating one thing to another (link, connect, tie in) state
#: a connection someone claims ("linked the bombing to Iran"), an accusation when it names an attack (the
#: block's own pattern, "LINK (TO ATTACK)" [1123]), never cooperation. A verb's own code ("ORDER [100]") and
#: the blocks' patterns ("CONDUCT {JOINT MANEUVERS}" [062]) are still read. "Die" names who died, never who
#: killed: its block's code (190) on the bare verb would make the dead the attackers ("fighters died in the
#: assault" read as the fighters' attack, and, reported, as an accusation of them); the block's patterns say
#: how someone died by another's hand ("DIE (IN CLASHES)", "DIE (DURING SHELLING)" [:194]) and stay.
_UNCODED_VERB_BLOCKS = frozenset(("OVERSEE_MANAGE", "LINK", "DIE"))
#: Verbs a block lists that alone name no act of its kind in news. "Fill" in SUBMIT (080): crowds fill streets,
#: a post is filled, a gap or an order is filled; none yields to anyone ("demonstrators filled avenues in central
#: Algiers" was read as a concession to Algiers).
_UNCODED_BLOCK_VERBS = frozenset((("SUBMIT", "fill"),))

#: Patterns whose code says more than the act: CAMEO files a declaration of independence ("DECLARE
#: INDEPENDENCE", "{INDEPENDENT STATE}") under demands for a change of regime (1044), but a people declaring
#: itself a state asks no one for anything (PLOVER.md: REQUEST is asking, demanding, urging); what others make
#: of it, recognising or refusing the new state, is the event ("Kosovo's parliament declared independence from
#: Serbia" was Kosovo's demand of Serbia). Seeking or calling for independence stays a demand.
_UNCODED_PATTERNS = frozenset(((("declare",), ("independence",)), (("declare",), ("independent state",))))


def _block_rows(dictionary: VerbDictionary, block: VerbBlock, policy: LexiconPolicy,
                source: str) -> Iterator[LexiconRow]:
    if block.name in _STATE_BLOCKS:
        return
    for verb in block.verbs:
        if verb.lemma in _AUXILIARIES or (verb.code is None and block.name in _UNCODED_VERB_BLOCKS) or \
                (verb.code is None and (block.name, " ".join(verb.words)) in _UNCODED_BLOCK_VERBS):
            continue
        code = block.code_of(verb)
        category = plover_category(code.forward)
        if category is not None:
            line = verb.line if verb.code is not None else block.line
            yield LexiconRow(" ".join(verb.words), category, str(code), f"{source}:{line} {_verb_origin(block, verb)}",
                             recipient_required=policy.inherited_needs_recipient and verb.code is None)
    for pattern in block.patterns:
        shape = _shape(dictionary, pattern)
        if shape is None:
            continue
        particles, objects, preps = shape
        converse = pattern.code.forward is None
        category = plover_category(pattern.code.back if converse else pattern.code.forward)
        if category is None:
            continue
        if _meeting_itself(block, pattern, particles, objects):
            category = "CONSULT"
        verbs = _pattern_verbs(block, pattern, policy)
        for verb in verbs:
            if verb.lemma in _AUXILIARIES or (verb.words, objects) in _UNCODED_PATTERNS:
                continue
            # a multi-word verb already ending in the pattern's particle ("ask for" + "(FOR ...)") keeps it once
            extra = particles[1:] if particles and verb.words[1:2] == particles[:1] else particles
            words = " ".join((*verb.words, *extra))
            yield LexiconRow(words, category, str(pattern.code), f"{source}:{pattern.line} {pattern.written()}",
                             objects=objects, preps=preps, frame="converse" if converse else None)


#: What a visit is called when a verb of doing takes it as its object ("made a trip", "led a delegation").
_VISITS = frozenset(("visit", "trip", "mission", "delegation"))
#: Blocks whose verbs are meetings themselves (``---  MEET_PEOPLE  [040]  ---``: meet, meet with, contact).
_MEETING_BLOCKS = frozenset(("MEET_PEOPLE",))


def _meeting_itself(block: VerbBlock, pattern: VerbPattern, particles: tuple[str, ...],
                    objects: tuple[str, ...]) -> bool:
    """Whether a pattern CAMEO codes as an intent to meet (036) names the meeting itself: a verb of meeting
    ("MEET (FOR TALKS)", "MEET (WITH LEADERS)"), travel to a place in a block of no code of its own
    ("FLY (TO)") or a visit made, led or sent ("MAKE TRIP", "LEAD DELEGATION") in a block that states no
    intent. Told as a fact it is PLOVER's CONSULT ("meetings, visits"); a promised one becomes AGREE by the
    future-cooperation rule when the event is coded, as any future meeting does. "Announced a visit", "called
    for talks" and "offered negotiations" (blocks of statements, appeals and offers) stay intents."""
    if pattern.code.forward is None or not pattern.code.forward.startswith("036"):
        return False
    if block.name in _MEETING_BLOCKS:
        return True
    root = (block.code.forward or "")[:2]
    if root in ("01", "02", "03"):
        return False
    if particles == ("to",) and not objects:
        return block.code.forward is None
    return bool(objects) and set(objects) <= _VISITS


#: Verbs the parse treats as auxiliaries ("is determined to"): a lexicon entry on them would fire everywhere.
_AUXILIARIES = frozenset(("be", "is", "have", "do", "will", "would"))


def _verb_origin(block: VerbBlock, verb: VerbForm) -> str:
    if verb.code is not None:
        return f"{'_'.join(w.upper() for w in verb.words)} [{verb.code}]"
    return f"---  {block.name}  [{block.code}]  ---"


def _pattern_verbs(block: VerbBlock, pattern: VerbPattern, policy: LexiconPolicy) -> list[VerbForm]:
    """The verbs a pattern applies to: the ones its comment names (``# PULL`` names "pull", not "pull out"),
    else all of the block's."""
    if policy.patterns_for_all_verbs:
        return block.verbs
    named = [verb for verb in block.verbs if "_".join(verb.words) in pattern.origin]
    return named or block.verbs


def _shape(dictionary: VerbDictionary,
           pattern: VerbPattern) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None:
    """(particles, objects, preps) for a pattern our format states exactly, else None."""
    if pattern.before:
        return None
    elements = list(pattern.after)
    if "$" in elements:
        return None
    particles: list[str] = []
    objects: tuple[str, ...] = ()
    preps: list[str] = []
    phrases = [e for e in elements if isinstance(e, PrepPhrase)]
    nouns = [e for e in elements if isinstance(e, NounPhrase)]
    while nouns and not nouns[0].modifiers and nouns[0].head.lower() in PARTICLES and \
            elements.index(nouns[0]) == len(particles):
        particles.append(nouns.pop(0).head.lower())
    if nouns and not nouns[0].modifiers and nouns[0].head.lower() in PREPOSITIONS and not phrases:
        # "- * TO &DEFENSE", "- * INTO": a preposition written without its brackets
        prep = nouns.pop(0).head
        phrases = [PrepPhrase(prep, tuple(nouns[:1]))]
        nouns = nouns[1:]
    if len(phrases) > 1 or len(nouns) > 1 or (nouns and phrases):
        return None
    if nouns:
        objects = _objects(dictionary, nouns[0])
        if not objects:
            return None
    if phrases:
        phrase = phrases[0]
        if len(phrase.nouns) > 1:
            return None
        prep = phrase.prep.lower()
        if not prep.isalpha():
            return None
        if phrase.target and not phrase.nouns:
            preps.append(prep)
        elif phrase.nouns:
            particles.append(prep)
            objects = _objects(dictionary, phrase.nouns[0])
            if not objects:
                return None
        else:
            particles.append(prep)
    if not particles and not objects and not preps:
        return None
    return tuple(particles), objects, tuple(preps)


def _objects(dictionary: VerbDictionary, noun: NounPhrase) -> tuple[str, ...]:
    """The object phrases a noun phrase of a pattern stands for, lower case, head last; () when it names a
    synonym set the file does not define."""
    heads = _words(dictionary, noun.head)
    modifier_sets = [_words(dictionary, m) for m in noun.modifiers]
    if not heads or any(not m for m in modifier_sets):
        return ()
    phrases = set(heads)
    for modifiers in reversed(modifier_sets):
        phrases = {f"{m} {p}" for m in modifiers for p in phrases}
    return tuple(sorted(phrases))


def _words(dictionary: VerbDictionary, word: str) -> tuple[str, ...]:
    words = dictionary.members(word) if word.startswith("&") else (" ".join(word.replace("_", " ").lower().split()),)
    # a word our entries can match: letters, with hyphens or apostrophes ("cease-fire"), not "bombing/explosion"
    return tuple(w for w in words if _WORD.fullmatch(w))


_WORD = re.compile(r"[a-z][a-z' -]*[a-z]")

