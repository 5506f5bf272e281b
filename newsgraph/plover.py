"""The 16 PLOVER event categories and what each one is, written once.

PLOVER (Political Language Ontology for Verifiable Event Records, Open Event Data Alliance, CC BY-SA 4.0) sorts
events into four quads, verbal or material, cooperation or conflict. This table says, for each category, its quad,
whether an event of it needs a recipient (PLOVER.md's table), the local name of the RDF property of its direct
``actor → recipient`` edge, the CAMEO roots that map onto it, and the colour it is drawn in. Records, the RDF
vocabulary, the event coder, the drawings and the scorers all read it; ``tests/test_plover.py`` checks that the
copies other languages need (the page script's conflict set) and the declared RDF names agree with it.

Example:
    >>> CATEGORIES["SANCTION"].quad
    <Quad.MATERIAL_CONFLICT: 'material conflict'>
    >>> CATEGORIES["SUPPORT"].needs_recipient, CATEGORIES["AID"].needs_recipient
    (False, True)
    >>> CAMEO_TO_PLOVER["08"]
    ('CONCEDE', 'RETREAT')
    >>> category("ASSAULT").conflict, category("ASSAULT").edge
    (True, 'assault')
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from newsgraph.errors import UnknownNameError

__all__ = [
    "CAMEO_TO_PLOVER",
    "CATEGORIES",
    "PLOVER_CATEGORIES",
    "Category",
    "Quad",
    "category",
    "in_quads",
]


class Quad(StrEnum):
    """PLOVER's four quads: verbal or material, cooperation or conflict."""

    VERBAL_COOPERATION = "verbal cooperation"
    MATERIAL_COOPERATION = "material cooperation"
    VERBAL_CONFLICT = "verbal conflict"
    MATERIAL_CONFLICT = "material conflict"

    @property
    def verbal(self) -> bool:
        return self in (Quad.VERBAL_COOPERATION, Quad.VERBAL_CONFLICT)

    @property
    def conflict(self) -> bool:
        return self in (Quad.VERBAL_CONFLICT, Quad.MATERIAL_CONFLICT)


#: Drawing colours by quad: conflict red, cooperation blue (as the pictures have always drawn them).
_CONFLICT_COLOUR = "#b8322a"
_COOPERATION_COLOUR = "#3b6ea8"


@dataclass(frozen=True, slots=True)
class Category:
    """One PLOVER category.

    Attributes:
        name: the name as PLOVER.md spells it (``AGREE`` ... ``ASSAULT``).
        quad: verbal or material, cooperation or conflict.
        needs_recipient: an event of it is dropped when it has no recipient (PLOVER.md's table).
        cameo_roots: the CAMEO roots (two digits) that map onto it; ``08`` (yield) maps to two.
        colour: the colour edges of this category are drawn in.
        meaning: PLOVER.md's short meaning.
    """

    name: str
    quad: Quad
    needs_recipient: bool
    cameo_roots: tuple[str, ...]
    colour: str
    meaning: str

    @property
    def edge(self) -> str:
        """The local name of the direct ``actor → recipient`` property in the project namespace."""
        return self.name.lower()

    @property
    def conflict(self) -> bool:
        return self.quad.conflict

    @property
    def verbal(self) -> bool:
        return self.quad.verbal


def _row(name: str, quad: Quad, needs_recipient: bool, roots: str, meaning: str) -> Category:
    colour = _CONFLICT_COLOUR if quad.conflict else _COOPERATION_COLOUR
    return Category(name, quad, needs_recipient, tuple(roots.split()), colour, meaning)


_V_COOP, _M_COOP = Quad.VERBAL_COOPERATION, Quad.MATERIAL_COOPERATION
_V_CONF, _M_CONF = Quad.VERBAL_CONFLICT, Quad.MATERIAL_CONFLICT

#: The 16 categories in PLOVER.md's order.
CATEGORIES: dict[str, Category] = {c.name: c for c in (
    _row("AGREE", _V_COOP, False, "03", "agree to, offer, promise, pledge cooperation; future cooperation"),
    _row("CONSULT", _V_COOP, False, "04", "meetings, visits, talks, summits, phone and video calls"),
    _row("SUPPORT", _V_COOP, False, "05", "praise, endorse, express support, recognize, sign or ratify"),
    _row("CONCEDE", _V_COOP, False, "08", "verbal concessions: promise to ease, declare a ceasefire, apologize"),
    _row("COOPERATE", _M_COOP, True, "06", "start or expand mutual material cooperation or exchange"),
    _row("AID", _M_COOP, True, "07", "give economic, military, humanitarian aid"),
    _row("RETREAT", _M_COOP, False, "08", "concessions with material effect: release, withdraw, lift sanctions"),
    _row("REQUEST", _V_CONF, False, "02 10", "requests, demands, orders, appeals, urging"),
    _row("ACCUSE", _V_CONF, False, "09 11", "disapprove, criticize, condemn, accuse, allege, investigate"),
    _row("REJECT", _V_CONF, False, "12", "reject, refuse, deny, veto"),
    _row("THREATEN", _V_CONF, False, "13", "threats, coercive warnings, ultimatums"),
    _row("PROTEST", _M_CONF, False, "14", "demonstrations, strikes, boycotts by civilians"),
    _row("SANCTION", _M_CONF, True, "16", "reduce relations: sanctions, embargoes, expulsions, cut aid, halt talks"),
    _row("MOBILIZE", _M_CONF, False, "15", "military or police moves short of force"),
    _row("COERCE", _M_CONF, False, "17", "repression short of violence: arrests, seizures, curfews, bans"),
    _row("ASSAULT", _M_CONF, False, "18 19 20", "deliberate violence: attacks, bombing, occupation by force"),
)}

#: The category names in PLOVER.md's order.
PLOVER_CATEGORIES: tuple[str, ...] = tuple(CATEGORIES)

#: The PLOVER categories of each CAMEO root, 01 (public statements) to 20; root 01 has none.
CAMEO_TO_PLOVER: dict[str, tuple[str, ...]] = {
    f"{root:02d}": tuple(c.name for c in CATEGORIES.values() if f"{root:02d}" in c.cameo_roots)
    for root in range(1, 21)
}


def category(name: str) -> Category:
    """The category called ``name``; an unknown name fails with the list of known ones."""
    try:
        return CATEGORIES[name]
    except KeyError:
        raise UnknownNameError("PLOVER category", name, PLOVER_CATEGORIES) from None


def in_quads(*quads: Quad) -> frozenset[str]:
    """The names of the categories in any of ``quads``.

    >>> sorted(in_quads(Quad.MATERIAL_COOPERATION))
    ['AID', 'COOPERATE', 'RETREAT']
    """
    return frozenset(c.name for c in CATEGORIES.values() if c.quad in quads)
