"""Groups as nodes: who "the union", "citrus growers" or "Japanese creditor banks" is in the graph.

PLOVER codes an actor by country and sector ("Spanish farmers" is Spain, agriculture; "Iraqi troops" is Iraq,
military), so a group whose country the sentence states stays that country with the group's sector. Three kinds
of group are parties of their own instead, each a ``Group`` node:

- **organised non-state bodies** — companies, banks, unions, employers' federations (sectors ``business`` and
  ``labor``, words for a body rather than for people) — even with a nationality: "Japanese creditor banks" are
  not Japan (reuters-plover README, Actors and codes: such parties are coded apart from any country), while
  "Canadian seafarers" are Canada's;
- **armed groups that fight a state** — rebels, guerrillas, insurgents, militants — even with a country:
  "Afghan guerrillas" are at war with Afghanistan's government, so the node "Afghan guerrillas" (``AFGREB``)
  and not the country does what they do;
- **groups of no stated country** — "protesters", "rebels", "mill workers", "the companies": the sentence says
  who they are but not whose.

The node is one per group *kind and context*, so the graph never merges what the text keeps apart:

- a group with a country is keyed by the country and its words: every article's "Japanese creditor banks" are
  one node, ``japan-creditor-banks`` (a class of actors, as CAMEO's ``JPNBUS`` is one code);
- a group of no country is keyed by its words *and the article*: "protesters" in a story on Santiago and
  "protesters" in one on Hong Kong are two nodes, never one that ties the two stories together.

Its label is the group's own words ("creditor banks", "mill workers"), its CAMEO code the country's and the
sector's (``JPNBUS``, ``LAB``) where the sector table gives one. A group of a state sector (government,
military, police, legislature, judiciary) with no country gets no node: "the government" of no named country
is a definite description the coder does not guess at, and the event is left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.parts import Referent
from newsgraph.extract.events.syntax import _plain_lemma
from newsgraph.extract.events.words import (
    _FIRM_NOUNS,
    _INSURGENT_SECTORS,
    _MEMBER_NOUNS,
    _ORGANISED_SECTORS,
    _PASSING_ADJ,
    _PEOPLE_ENDINGS,
    _STATE_SECTORS,
)
from newsgraph.extract.gazetteer import Gazetteer
from newsgraph.extract.linking import EntityInfo
from newsgraph.keys import slugify

__all__ = ["GroupMaker"]

#: Dependency labels of the words that belong to a group's name: "citrus growers", "bank advisory committee".
_NAME_DEPS = frozenset(("compound", "amod", "nmod"))

class GroupMaker:
    """Makes the ``Group`` nodes of one Doc, once per key, and remembers them for ``doc._.entities``."""

    def __init__(self, gazetteer: Gazetteer, sector_codes: dict[str, str], entities: dict[str, EntityInfo],
                 doc_id: str | None) -> None:
        self.gazetteer = gazetteer
        self.sector_codes = sector_codes
        self.entities = entities
        self.context = slugify(doc_id) if doc_id else None
        self.made: dict[str, EntityInfo] = {}

    def needs_node(self, referent: Referent) -> bool:
        """Whether ``referent`` stands for a group that is a party of its own (see the module docstring)."""
        if referent.key is None:
            # a court is a party of its own even where no country is named: "the court ordered the union to
            # end its picketing" (wire copy names the court and leaves its country to the dateline)
            return referent.sector is not None and (referent.sector not in _STATE_SECTORS
                                                    or referent.sector == "judiciary") and \
                _definite_or_plural(referent.token)
        # "Afghan guerrillas" are people, yet no part of the state: a node of their own like a body
        if referent.sector not in _INSURGENT_SECTORS and (
                referent.sector not in _ORGANISED_SECTORS or _names_people(referent.token)):
            return False  # "Canadian seafarers", "Japanese businessmen": people of that country, not a body
        # "U.S. banks" came to the country from a modifier; a named company or bank is already its own node
        return self.type_of(referent.key) == "Country" and referent.token.ent_kb_id_ != referent.key

    def type_of(self, key: str | None) -> str | None:
        """The type of what ``key`` stands for: the article's entity, else the gazetteer's entry (a country or
        capital a referent reached through a modifier or a title, which the article never names)."""
        info = self.entities.get(key or "") or self.gazetteer.entries.get(key or "")
        return None if info is None else info.type

    def node(self, referent: Referent) -> Referent:
        """The referent standing for its ``Group`` node."""
        token = referent.token
        country = referent.key
        words = _group_words(token, self.entities)
        # keyed by the head word's lemma, so "the union" and "unions" in one article are one node; a member
        # noun ("rebel fighters", "rebel positions") by its group's words alone, so it is the rebels' node
        kind_words = words[:-1] if token.lemma_.lower() in _MEMBER_NOUNS and any(
            self.gazetteer.sector(t.lemma_.lower()) for t in words[:-1]) else words
        kind = slugify(" ".join([*(t.lower_ for t in kind_words[:-1]), _plain_lemma(kind_words[-1])]))
        # a name, or a proper adjective capitalised mid-sentence ("Islamist militants"), keeps its capital
        label = " ".join(t.text if t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start) else t.lower_
                         for t in words)
        if country is not None:
            key = f"{country}-{kind}"
            label = f"{_nationality_text(token, country, self.entities)} {label}".strip()
        else:
            key = f"{kind}-in-{self.context}" if self.context else kind
        info = self.made.get(key)
        if info is None:
            info = EntityInfo(key, label, "Group", self._codes(country, referent.sector), sector=referent.sector)
            self.made[key] = info
        info.alt_labels.add(_phrase_text(token))
        return Referent(key, referent.sector, token, referent.how)

    def _codes(self, country: str | None, sector: str | None) -> tuple[tuple[str, str], ...]:
        sector_code = self.sector_codes.get(sector) if sector else None
        if sector_code is None:
            return ()
        if country is None:
            return (("cameo", sector_code[:3]),)
        entry = self.gazetteer.entries.get(country)
        codes = dict(entry.codes) if entry is not None else {}
        prefix = codes.get("cameo") or codes.get("iso3")
        return (("cameo", f"{prefix}{sector_code[:3]}"),) if prefix else ()


def _names_people(token: Token) -> bool:
    """Whether a business or labour word names people ("workers", "miners", "bankers", "businessmen") rather
    than a body ("union", "banks", "companies"): English names people by what they do with an agent ending."""
    lemma = token.lemma_.lower()
    if lemma in _FIRM_NOUNS or lemma.endswith("maker"):
        return False  # "Japanese chipmakers", "oil producers": firms
    return lemma.endswith(_PEOPLE_ENDINGS) and len(lemma) > 4


def _definite_or_plural(token: Token) -> bool:
    """Whether a group word names a group the article can point at: plural ("protesters", "the companies") or
    a definite body ("the union", "the guild"); "a protester" is one unnamed person, no party of the graph."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any", "some", "one", "each", "every")
                   for c in token.children)


def _group_words(token: Token, entities: dict[str, EntityInfo]) -> list[Token]:
    """The group's own words: the head noun and the nouns and adjectives that name the kind ("citrus
    growers", "black mineworkers"), without numbers, moods and the nationality, the head last."""
    def names_kind(word: Token) -> bool:
        if word.ent_kb_id_ and word.ent_kb_id_ in entities and entities[word.ent_kb_id_].type == "Country":
            return False
        return word.lower_ not in _PASSING_ADJ and not word.like_num and word.pos_ in ("NOUN", "PROPN", "ADJ")

    words = [t for child in token.children if child.i < token.i and child.dep_ in _NAME_DEPS
             for t in child.subtree if t.dep_ in _NAME_DEPS and names_kind(t)]
    return sorted({*words, token}, key=lambda t: t.i)


def _nationality_text(token: Token, country: str, entities: dict[str, EntityInfo]) -> str:
    """How the sentence names the group's country ("Japanese", "U.S."), else the country's label."""
    for child in token.subtree:
        if child.ent_kb_id_ == country:
            return child.text
    info = entities.get(country)
    return info.label if info is not None else country


def _phrase_text(token: Token) -> str:
    """The group's words as written, from its first modifier to the head noun."""
    doc = token.doc
    start = min((c.i for c in token.children if c.i < token.i and c.dep_ not in ("det", "predet", "nummod",
                                                                                    "quantmod", "punct")),
                default=token.i)
    return " ".join(doc[start:token.i + 1].text.split())
