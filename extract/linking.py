"""Entity linking: every name in an article becomes one canonical entity.

The ``newsgraph_linker`` component runs after the NER. For every entity span it decides which entity it stands
for and writes the entity's key into ``span.kb_id_`` (so ``token.ent_kb_id_`` names a token's entity), and it
collects the entities in ``doc._.entities``:

- gazetteer names, aliases and metonyms link to their entry ("U.S.", "the United States" → united-states;
  "Kremlin" → russia);
- demonyms link to their country ("Japanese Prime Minister" → japan);
- a capital acting as subject, object or possessor is the government, so it links to the country ("urged
  Tokyo" → japan); after a place preposition or in a dateline it is the city ("in Tokyo", "TOKYO:");
- people: titles and honorifics are not part of the name, and a surname alone links to the fuller name used in
  the same article ("Kishida" → Fumio Kishida);
- names the statistical NER found that the PETRARCH-2 dictionaries know (``Gazetteer.known_actor``): a person
  gets the codes the dictionaries give for the article's publication date ("George Shultz" in March 1987 is
  ``USAGOV``, in 1980 ``USAELI``), so a person named in an article stands for the country and sector of the role
  held that day; a body gets its code ("Federal Trade Commission" ``USAGOVBUS``); a city or province its
  country's ("Basra" ``IRQ``); another name of a country links to the country. Only spans the NER calls names
  are looked up, so dictionary names that are also common words ("Will", "Bush") need the NER to agree;
- other names found by the statistical NER become organizations and places under a slug of their name, after
  trimming articles, possessives and stray punctuation; fragments ("Group of", lower-case words) are dropped;
- a proper noun the NER missed that the parse makes a party of a clause (subject, object, possessor...) is a
  name all the same (``newsgraph.extract.names``): "Nakasone today called for ...", "American Motors Corp
  said ...", "The Federation asked ...".

Concept spans found by the gazetteer (``doc.spans["concepts"]``) become Concept entities the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsgraph.extract import attributes as _attributes  # noqa: F401  (declares Doc._ attributes)
from newsgraph.extract.gazetteer import (
    SECTOR_NAMES,
    Gazetteer,
    GazetteerEntry,
    KnownActor,
    codes_on,
)
from newsgraph.extract.name_bounds import continues_name
from newsgraph.extract.names import LEGAL_FORMS, letters, missed_names
from newsgraph.extract.userdata import CarriesUserData
from newsgraph.keys import slugify

__all__ = ["EntityInfo", "EntityLinker", "entity_linker"]

#: NER labels that name entities; the rest (dates, numbers, money...) are not nodes.
_TYPE_OF_LABEL: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "NORP": "",  # only demonyms of known countries link; other groups ("Western") are not nodes
}

#: The last words of the names of treaties, accords and laws ("the Agreed Framework", "the Nuclear
#: Non-Proliferation Treaty", "the Helsinki Accords"): what parties sign, join or leave, never a party itself,
#: though the NER tags most of them as organizations. (A body of such a name, "the Warsaw Pact", is in the
#: gazetteer, which is asked first.)
_DOCUMENT_WORDS = frozenset(("treaty", "agreement", "accord", "accords", "framework", "convention", "protocol",
                             "pact", "charter", "declaration", "act", "resolution"))

#: Prepositions after which a capital is the city, not the government.
_PLACE_PREPOSITIONS = frozenset([
    "in", "at", "near", "outside", "inside", "around", "across", "into", "through", "throughout", "within",
    "toward", "towards"
])
#: "to"/"from" make a capital a place only after a word of movement ("a visit to Moscow").
_MOVEMENT_LEMMAS = frozenset([
    "visit", "trip", "travel", "fly", "flight", "return", "arrive", "come", "go", "move", "head", "journey",
    "drive", "march", "evacuate", "flee", "road", "route", "way", "leave", "depart"
])
_HONORIFICS = frozenset([
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "gen", "gen.", "lt", "lt.", "col",
    "col.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "president", "prime", "minister", "general"
])
_FRAGMENT_ENDINGS = frozenset(["of", "the", "and", "for", "to", "in", "on", "at", "a", "an"])
_LEADING_WORDS = frozenset(["the", "a", "an"])
#: A bracket or bar inside a span of the NER's: a photo credit it ran through ("Office)(Kyodo").
_BRACKET = re.compile(r"[()\[\]{}|]")


@dataclass(slots=True)
class EntityInfo:
    """A canonical entity as collected while reading one article."""

    key: str
    label: str
    type: str
    codes: tuple[tuple[str, str], ...] = ()
    alt_labels: set[str] = field(default_factory=set)
    sector: str | None = None
    #: where the link came from: a gazetteer file and line, or a PETRARCH-2 dictionary line
    origin: str | None = None


@dataclass(frozen=True, slots=True)
class _Link:
    key: str
    label: str
    type: str
    codes: tuple[tuple[str, str], ...] = ()
    sector: str | None = None
    origin: str | None = None


class EntityLinker(CarriesUserData):
    """Links entity spans to canonical entities; see the module docstring for the rules.

    The shipped gazetteer, plus a user's files given to ``initialize(extra_files=[...])``.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.use_data({})

    def __call__(self, doc: Doc) -> Doc:
        day: date | None = doc._.published
        entities: dict[str, EntityInfo] = {}
        people = _PeopleIndex(self.gazetteer)
        spans: list[tuple[Span, Span]] = []  # (original, trimmed)
        ents = doc.ents  # read once: each read of doc.ents makes every span of the Doc anew
        covered = {i for ent in ents if not _surname_read_as_language(ent) for i in range(ent.start, ent.end)}
        missed = missed_names(doc, covered, lambda word: self.gazetteer.title(word) is not None
                              or self.gazetteer.sector(word.lower()) is not None)
        # a missed name may take in a span of the NER's ("Jaime" of "Jaime Ongpin"), which then gives way to it
        in_missed = {i for span in missed for i in range(span.start, span.end)}
        named = [ent for ent in ents if ent.start not in in_missed]
        for ent in sorted([*named, *missed], key=lambda span: span.start):
            if ent.label_ not in _TYPE_OF_LABEL:
                continue
            trimmed = self._trim(ent)
            if trimmed is not None and self._cut_body_name(trimmed):
                # "the Christian Democrats", "Italy's Social Democrats": the NER cut a longer name than the
                # known body's ("Democrats"), and it names another body
                trimmed = doc[trimmed.start - 1:trimmed.end]
                ent = Span(doc, trimmed.start, trimmed.end, label="ORG")
            if trimmed is not None:
                spans.append((ent, trimmed))
                if ent.label_ == "PERSON":
                    people.add(trimmed, by_last_word=self.gazetteer.lookup(trimmed.text) is None)
        linked: list[Span] = []
        links: list[tuple[Span, Span, _Link | None]] = []
        bodies = _BodiesNamed()
        for ent, span in spans:
            link = bodies.short_name(span, self.gazetteer) or self._link(ent, span, people, day)
            links.append((ent, span, link))
            bodies.add(span, link)
        by_initials = _initials_index(link for _, _, link in links)
        for ent, span, link in links:
            if link is None:
                continue
            if link.type in ("Organization", "Person") and link.label.isupper() and link.label in by_initials:
                # "the Federal Aviation Administration ... FAA officials": one body, named in full and by its
                # initials
                link = by_initials[link.label]
            info = entities.get(link.key)
            if info is None:
                info = entities[link.key] = EntityInfo(link.key, link.label, link.type, link.codes, sector=link.sector,
                                                       origin=link.origin)
            info.alt_labels.add(_surface(span))
            linked.append(Span(doc, span.start, span.end, label=ent.label, kb_id=link.key))
        # Entities that are not nodes (dates, numbers) stay in doc.ents for the other components; a name the NER
        # missed may take in a demonym ("American Motors Corp"), which then gives way to it.
        others = [ent for ent in ents if ent.label_ not in _TYPE_OF_LABEL]
        doc.ents = filter_spans([*linked, *others])
        concepts: list[Span] = []
        for span in doc.spans.get("concepts", []):
            entry = self.gazetteer.concept_names.get(span.text.lower())
            if entry is None:
                continue
            info = entities.setdefault(entry.key, EntityInfo(entry.key, entry.label, "Concept", entry.codes))
            info.alt_labels.add(span.text.lower())
            concepts.append(Span(doc, span.start, span.end, label="CONCEPT", kb_id=entry.key))
        doc.spans["concepts"] = concepts
        doc._.entities = entities
        return doc

    # -- trimming -----------------------------------------------------------------------------------------
    def _trim(self, ent: Span) -> Span | None:
        """The name inside an entity span: no leading article or honorific, no possessive, no stray
        punctuation; None for a fragment that names nothing."""
        doc = ent.doc
        start, end = ent.start, ent.end
        # Cut at a bracket: NER spans sometimes run through a photo credit ("Office)(Kyodo"). The span's text is
        # looked at first: a bracket is rare, and a Token made for each word was most of this method's time.
        if _BRACKET.search(ent.text):
            end = next(i for i in range(start, end) if _BRACKET.search(doc[i].text))
        # Wire copy marks company names and tickers with angle brackets ("<Siemens A.G.>", "<CBS>").
        while start < end and (doc[start].lower_ in _LEADING_WORDS or doc[start].is_punct or doc[start].text == "<"):
            start += 1
        if ent.label_ == "PERSON":
            start = self._skip_titles(doc, start, end)
        while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", ">")
                               or doc[end - 1].is_space):
            end -= 1
        if end <= start:
            return None
        span = doc[start:end]
        if span[-1].lower_ in _FRAGMENT_ENDINGS:
            if len(span) < 3 or letters(span[-2].text) not in LEGAL_FORMS:
                return None
            # "Samsung Co of South Korea": the NER ran a firm's full name into the "of" that says where it is from
            span = doc[start:end - 1]
        if not any(t.text[:1].isupper() for t in span) or len(span.text) < 2:
            return None
        return span

    def _cut_body_name(self, span: Span) -> bool:
        """Whether ``span`` is a known body's name that a word before it continues into a longer name."""
        match = self.gazetteer.lookup(span.text)
        return match is not None and match.entry.type == "Organization" and \
            continues_name(span.doc, span.start - 1) and self.gazetteer.lookup(span.doc[span.start - 1].text) is None

    def _skip_titles(self, doc: Doc, start: int, end: int) -> int:
        """Skip honorifics and titles at the start of a person's span ("President Joe Biden")."""
        changed = True
        while changed and start < end - 1:
            changed = False
            if doc[start].lower_ in _HONORIFICS:
                start += 1
                changed = True
                continue
            for width in (4, 3, 2, 1):
                if start + width < end and self.gazetteer.title(doc[start:start + width].text) is not None:
                    start += width
                    changed = True
                    break
        return start

    # -- linking ------------------------------------------------------------------------------------------
    def _link(self, ent: Span, span: Span, people: _PeopleIndex, day: date | None) -> _Link | None:
        first = people.first_named(span) if ent.label_ in ("PERSON", "ORG") else None
        if first is not None:
            # the person the article named in full, before anyone of that one name the dictionaries know ("Kim"
            # is not the gazetteer's Georgiy Kim) or an organization the NER took the word for ("Wang called on")
            match = self.gazetteer.lookup(first)
            if match is not None and match.entry.type == "Person":
                return self._link_entry(match.entry, day)
            known = self.gazetteer.known_actor(first)
            if known is not None and known.kind == "person":
                return self._known_link(known, "PERSON", first, day)
            return _Link(slugify(first), first, "Person")
        match = self.gazetteer.lookup(span.text)
        if match is not None and match.entry.type == "Person" and len(span) == 1 and \
                not self.gazetteer.in_public_life(match.entry.key, day):
            match = None  # a surname alone, before that person's time: someone else of that name
        if match is not None and match.entry.type == "Person" and day is not None:
            holder = self.gazetteer.holder_on(people.canonical(span), match.entry.key, day) or \
                self.gazetteer.holder_on(span.text, match.entry.key, day)
            if holder is not None:
                # "President Bush" in 1990: the Bush in office that day, not the project's Bush of later years
                return self._known_link(holder, "PERSON", holder.label, day)
        if match is not None and self._other_countrys(match.entry, span):
            # "Peru's Congress", "the Brazilian Congress": that country's body of the name, not the U.S. one
            match = None
        if match is not None:
            entry = match.entry
            if match.form == "capital" and _capital_is_place(span):
                return _Link(slugify(entry.capitals[0]), entry.capitals[0], "Place")
            if match.form in ("capital", "metonym") and entry.former and entry.since and day is not None and \
                    day < entry.since:
                # "Moscow" and "the Kremlin" in a story of 1987 are the Soviet Union's government
                entry = self.gazetteer.entries.get(entry.former, entry)
            if entry.type == "Concept":
                return None
            return self._link_entry(entry, day)
        entity_type = _TYPE_OF_LABEL[ent.label_]
        if entity_type == "Person" and _named_as_place(span):
            return _Link(slugify(span.text), span.text, "Place")
        if entity_type == "Person":
            full = people.canonical(span)
            known = self.gazetteer.known_actor(full) or self.gazetteer.known_actor(span.text)
            if known is None and day is not None and " " not in full:
                known = self.gazetteer.known_surname(full, day)  # "Kaunda" alone: the Kaunda in office
            if known is not None and known.kind in ("person", "body"):
                return self._known_link(known, "PERSON", full, day)
            return _Link(slugify(full), full, "Person")
        known = self.gazetteer.known_actor(span.text)
        if known is not None:
            link = self._known_link(known, ent.label_, span.text, day)
            if link is not None:
                return link
        if not entity_type:
            return None
        if entity_type == "Organization" and span[-1].lower_ in _DOCUMENT_WORDS:
            entity_type = "Concept"
        return _Link(slugify(span.text), span.text, entity_type)

    def _other_countrys(self, entry: GazetteerEntry, span: Span) -> bool:
        """Whether a country's body, named by a word other countries' bodies bear too ("Congress"), is said to be
        another country's by a possessor or a demonym before it ("Peru's Congress", "the Brazilian Congress")."""
        if entry.type != "Organization" or entry.kind not in _STATE_BODY_KINDS or entry.country is None or \
                len(span) != 1:
            return False
        for child in span.root.children:
            if child.dep_ in ("poss", "amod", "compound") and child.i < span.start:
                other = self.gazetteer.lookup(child.text)
                if other is not None and other.entry.type == "Country" and other.entry.key != entry.country:
                    return True
        return False

    def _link_entry(self, entry: GazetteerEntry, day: date | None) -> _Link:
        dated = self.gazetteer.dated_codes.get(entry.key)
        if dated:
            # the project's own entry for a person the dictionaries date: the role held that day
            codes = codes_on(dated, day)
            if codes:
                return _Link(entry.key, entry.label, entry.type, tuple(("cameo", c) for c in codes),
                             _sector_of(codes), f"{entry.source}, roles by date from PETRARCH-2")
        return _Link(entry.key, entry.label, entry.type, entry.codes, origin=entry.source or None)

    def _known_link(self, known: KnownActor, label: str, name: str, day: date | None) -> _Link | None:
        """A link to an actor of the dictionaries named ``name``, when the NER's ``label`` fits what the
        dictionaries say it is.

        A person is the dictionaries' person (their names of one person are spellings of one name). A body or a
        place stays the entity the text names, with the dictionaries' codes: their names of one body are often
        different bodies that share a code ("Federal Aviation Administration" under the Department of
        Transportation)."""
        if known.kind == "country":
            country = self.gazetteer.country_of_code(known.codes[0].code)
            entry = self.gazetteer.entries.get(country) if country else None
            return self._link_entry(entry, day) if entry is not None and label in ("GPE", "NORP", "LOC") else None
        codes = codes_on(known.codes, day)
        tagged = tuple(("cameo", c) for c in codes)
        if known.kind == "place":
            if label not in ("GPE", "LOC", "FAC"):
                return None
            return _Link(slugify(name), name, "Place", tagged, origin=f"PETRARCH-2 {known.origin}")
        if label not in ("PERSON", "ORG"):
            return None
        origin = f"PETRARCH-2 {known.origin}"
        if known.kind == "person":
            return _Link(known.key, known.label, "Person", tagged, _sector_of(codes), origin)
        own = self.gazetteer.entries.get(known.key)
        if own is not None and label == "ORG":
            return self._link_entry(own, day)  # another spelling of the project's own body: "Hezballah"
        entity_type = "Person" if label == "PERSON" else "Organization"
        return _Link(slugify(name), name, entity_type, tagged, _sector_of(codes), origin)


class _BodiesNamed:
    """The bodies and people an article has named in full so far, in its order, so that a one-word name that
    opens a body's name stands for that body ("Dean Foods Co ... Dean should experience", "AMR Corp's American
    Airlines ... American will acquire"), unless a person of that name was named before it ("President Howard
    Dean ... Dean also said"). Wire copy names a firm in full, then by its first word; left to the rest of the
    linker, "Dean" became the person the article names later, and "American" the United States. A body is also
    named again by its last word ("Iran's Revolutionary Guard ... the Guard said"), which left alone became a
    body of its own."""

    def __init__(self) -> None:
        self.by_first_word: dict[str, _Link | None] = {}  # None: two bodies open with the word
        self.by_last_word: dict[str, _Link | None] = {}
        self.surnames: set[str] = set()

    def add(self, span: Span, link: _Link | None) -> None:
        if link is None or len(span) < 2:
            return
        if link.type == "Organization":
            # by its last word only where that is the body's own word, not a place after "of" ("Bank of Tokyo")
            ends = [] if span[-2].lower_ in ("of", "for", "de") else [(span[-1].text, self.by_last_word)]
            for word, index in ((span[0].text, self.by_first_word), *ends):
                index[word] = link if index.get(word, link) == link else None
        elif link.type == "Person":
            self.surnames.add(span[-1].text)

    def short_name(self, span: Span, gazetteer: Gazetteer) -> _Link | None:
        """The body this one-word name stands for, or None. A country's name or any other name the gazetteer
        knows stays its own; a demonym only where it stands alone as a noun ("American will acquire"), not where
        it qualifies one ("American officials")."""
        if len(span) != 1 or span.text in self.surnames:
            return None
        link = self.by_first_word.get(span.text) or self.by_last_word.get(span.text)
        if link is None:
            return None
        match = gazetteer.lookup(span.text)
        if match is not None and (match.form != "demonym" or span[0].dep_ in ("amod", "compound", "npadvmod")
                                  or span[0].pos_ == "ADJ"):
            return None
        return link


#: Kinds of the gazetteer's bodies that every state has one of under the same word ("Congress", "the army"),
#: unlike a firm, a party or a newspaper, which a country's name before it only places ("Germany's Airbus").
_STATE_BODY_KINDS = frozenset(("government", "military", "legislature", "court"))


def _initials_index(links: Iterable[_Link | None]) -> dict[str, _Link]:
    """The bodies of an article by their initials ("SEC" → Securities and Exchange Commission, "DOT" → U.S.
    Department of Transportation): the initials of every word, or of the capitalised ones, from any word of
    the name on, so a country before the name ("U.S.") does not count. Only initials of two letters or more
    that one body alone has."""
    found: dict[str, _Link | None] = {}
    for link in links:
        if link is None or link.type != "Organization":
            continue
        words = [w for w in re.split(r"[\s-]+", link.label) if w[:1].isalpha()]
        if len(words) < 2:
            continue
        forms: set[str] = set()
        for start in range(len(words) - 1):
            rest = words[start:]
            forms.add("".join(w[0] for w in rest).upper())
            forms.add("".join(w[0] for w in rest if w[0].isupper()))
        for form in forms:
            if len(form) >= 2:
                found[form] = link if found.get(form, link) == link else None
    return {form: link for form, link in found.items() if link is not None}


def _surname_read_as_language(ent: Span) -> bool:
    """Whether the NER's LANGUAGE is a surname that acts ("English denied the allegations", "French said"): a
    language is never the subject of a verb of doing or saying, so the word is left to ``missed_names``."""
    root = ent.root
    return ent.label_ == "LANGUAGE" and len(ent) == 1 and root.tag_ == "NNP" and root.dep_ == "nsubj" and \
        root.head.pos_ == "VERB"


def _sector_of(codes: tuple[str, ...]) -> str | None:
    """The sector a code names after its country: ``USAGOV`` → government, ``AFGREB`` → rebels; and a
    multinational corporation's code (CAMEO's ``MNC`` with a country after it, ``MNCUSA`` for Viacom) names a
    business, a firm of no country's state."""
    for code in codes:
        if code.startswith("MNC"):
            return "business"
        sector = SECTOR_NAMES.get(code[3:6])
        if sector is not None:
            return sector
    return None


def _surface(span: Span) -> str:
    return " ".join(span.text.split())


#: Nouns of places a name stands beside: "the Siachen glacier", "the town of Srebrenica", "Gorazde, a Moslem
#: enclave". The NER takes many a place of war news it has never seen for a person.
_PLACE_HEADS = frozenset(("glacier", "battlefield", "town", "village", "city", "region", "province", "district",
                          "valley", "pass", "mountain", "mountains", "river", "enclave", "island", "peninsula",
                          "plateau", "heights", "port", "camp", "airport", "border", "sector", "front", "hills",
                          "frontier", "suburb", "township", "stronghold", "garrison", "outpost"))


def _named_as_place(span: Span) -> bool:
    """Whether a name the NER calls a person is the name of a place by the noun it stands beside: a place
    noun it modifies ("the Siachen glacier"), names ("the town of Srebrenica") or stands in apposition to
    ("Siachen, the world's highest battlefield"; "the enclave, Zepa")."""
    def place_noun(token: Token) -> bool:
        return (token.lemma_ or token.text).lower() in _PLACE_HEADS

    root = span.root
    if (root.dep_ == "compound" and root.head.i >= span.end and place_noun(root.head)) or \
            (root.dep_ == "appos" and place_noun(root.head)):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and place_noun(root.head.head):
        return True
    return any(c.dep_ == "appos" and place_noun(c) for c in root.children)


def _capital_is_place(span: Span) -> bool:
    """Whether a capital's name means the city here rather than the government."""
    doc = span.doc
    root = span.root
    # A dateline: the name in capitals at the start of a line, before ":" or "," ("TOKYO:").
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span.text.isupper() and (before is None or "\n" in before.text_with_ws or before.is_space) and (
            after is not None and after.text in (":", ",", "-", "—", "(")):
        return True
    if after is not None and after.text in ("-", "–") and span.end + 1 < len(doc) and \
            doc[span.end + 1].lower_ in ("based", "born", "bound", "backed"):
        return True
    if root.dep_ == "pobj" or (root.dep_ == "conj" and root.head.dep_ == "pobj"):
        head = root.head if root.dep_ == "pobj" else root.head.head
        if head.lower_ in _PLACE_PREPOSITIONS:
            return True
        if head.lower_ in ("to", "from") and _is_movement(head.head):
            return True
    return False


def _is_movement(token: Token) -> bool:
    return token.lemma_.lower() in _MOVEMENT_LEMMAS


class _PeopleIndex:
    """The people named in one article, so that "Kishida" links to "Fumio Kishida"."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # Each name once, by last word, in the article's order: a name is only compared with the names it
        # could stand for, so a long article with thousands of mentions of people is not read once per mention.
        self.full_names: dict[str, dict[tuple[str, ...], None]] = {}
        self.by_first_word: dict[str, dict[tuple[str, ...], None]] = {}
        self.last_words: set[str] = set()  # of every longer name, known to the dictionaries or not

    def add(self, span: Span, by_last_word: bool = True) -> None:
        words = tuple(t.text for t in span if not t.is_punct)
        if words and by_last_word:
            self.full_names.setdefault(words[-1], {})[words] = None
        if len(words) > 1:
            self.by_first_word.setdefault(words[0], {})[words] = None
            self.last_words.add(words[-1])

    def first_named(self, span: Span) -> str | None:
        """The one longer name in the article that opens with this one-word name when none ends with it: the
        family name that comes first in Chinese and Korean names ("Wang" for "Wang Yi", "Kim" for "Kim Yong-il")
        and the given name by which Thai usage calls a person ("Sansern" for "Sansern Kaewkamnerd")."""
        if len(span) != 1 or span.text in self.last_words:
            return None
        names = self.by_first_word.get(span.text, {})
        return " ".join(next(iter(names))) if len(names) == 1 else None

    def canonical(self, span: Span) -> str:
        """The longest name in the article that ends with this one's last word and agrees on the first."""
        words = tuple(t.text for t in span if not t.is_punct) or (span.text,)
        best = words
        for candidate in self.full_names.get(words[-1], {}):
            if len(candidate) <= len(best):
                continue
            if len(words) > 1 and candidate[0] != words[0]:
                continue
            best = candidate
        return " ".join(best)


@Language.factory(
    "newsgraph_linker",
    requires=["doc.ents", "doc.spans", "token.dep", "token.lemma"],
    assigns=["doc.ents", "doc._.entities"],
)
def entity_linker(nlp: Language, name: str) -> EntityLinker:
    """spaCy factory: ``nlp.add_pipe("newsgraph_linker", after="ner")``."""
    return EntityLinker(name)
