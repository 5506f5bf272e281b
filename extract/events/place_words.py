"""Words of places: which nouns stand for the country they name, which prepositions send an act to a place, and
which places (seas, regions) are never a party. Tables only; the stages read them."""

from __future__ import annotations

#: Nouns of place: "the border of Ukraine", "a part of Syria's second city" stand for the country named.
_PLACE_NOUNS = frozenset(
    ("border", "frontier", "coast", "territory", "soil", "city", "town", "region", "part", "outskirts",
     "side", "area", "province", "capital", "village", "airspace", "waters", "base", "embassy", "consulate",
     "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"))

_DESTINATION_PREPS = frozenset(("to", "into", "toward", "towards"))

#: Kinds of place (gazetteer ``places.jsonl``) that are never a party: a sea or a region is where an act
#: happens ("sent carriers to the Gulf", "tension in the Middle East"), where a territory or an island is held
#: and can be invaded or annexed.
_NO_PARTY_PLACES = frozenset(("sea", "region"))
#: The words that make a place's name a body of water's, for seas the gazetteer does not list ("the East Sea",
#: "the Sulu Sea", "the Gulf of Guinea", "the Kerch Strait"): the last word of the name, or its first before
#: "of". "Bay" only in that second shape ("the Bay of Biscay"): towns and bases are named "... Bay".
_WATER_LAST_WORDS = frozenset(("sea", "ocean", "gulf", "strait", "straits"))
_WATER_FIRST_WORDS = _WATER_LAST_WORDS | {"bay"}
#: Open water a weapon is fired into when it is fired at no one: "fired two ballistic missiles into the sea" is a
#: launch (a test, a show of force), no attack on anyone (``modes``).
_OPEN_WATER_NOUNS = frozenset(("sea", "ocean", "water", "waters"))
#: Divided nations named together by their shared name in the plural: "the two Koreas", "the two Sudans" are both
#: states (gazetteer keys), each a party of its own, as "North and South Korea" are; never one place.
_PAIRED_STATES: dict[str, tuple[str, ...]] = {
    "koreas": ("north-korea", "south-korea"),
    "sudans": ("sudan", "south-sudan"),
    "congos": ("republic-of-the-congo", "democratic-republic-of-the-congo"),
    "germanys": ("germany", "east-germany"),
    "germanies": ("germany", "east-germany"),
}
