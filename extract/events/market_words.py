"""The words of markets and commerce, in one place: what markets deal in and move, and the cooperation that
deals are made of. Commerce is no PLOVER event (reuters-plover README, rule 1: mergers, orders, bids, prices,
economic data); these tables let the coder tell a firm's business and a market's movement from an act of a party.
The rules that read them are ``triggers`` (figures of speech, quantities that move) and ``coding`` (commerce).
"""

from __future__ import annotations

import re

from newsgraph.extract.events.judging_words import _CHARGE_NOUNS, _SAYING_NOUNS
from newsgraph.extract.events.parts import _Trigger
from newsgraph.plover import Quad, in_quads

#: What markets and firms deal in: as the object of a verb of force it makes the verb a figure of speech.
_MARKET_OBJECTS = frozenset(("market", "price", "bid", "offer", "stake", "share", "stock", "rate", "inflation",
                             "deficit", "surplus", "currency", "dollar", "yen", "cost", "profit", "earnings",
                             "output", "production", "demand", "competition", "competitor", "takeover", "merger",
                             "recession", "unemployment", "margin", "yield", "index", "bond", "sale", "rival"))

#: Quantities that markets and economies move: as the subject of a verb they make the verb tell how the quantity
#: moved, not an act of anyone's ("U.S. refined production declined to 117,600 tons", "Brazil's trade surplus
#: started to decline sharply", "exports hit a record").
_MARKET_QUANTITIES = frozenset(("output", "production", "surplus", "deficit", "sale", "export", "import", "price",
                                "rate", "inflation", "demand", "supply", "earnings", "profit", "revenue", "reserve",
                                "growth", "index", "yield", "dollar", "yen", "currency", "cost", "unemployment",
                                "consumption", "stockpile", "volume", "shipment", "income", "spending"))

#: Cooperation that is commerce when a business does it with no state, body or union on the other side: a
#: deal, an agreement or a meeting between firms is no PLOVER event (reuters-plover README, rule 1).
_COMMERCIAL_WHEN_BUSINESS = in_quads(Quad.VERBAL_COOPERATION, Quad.MATERIAL_COOPERATION)

#: Refusals and requests that are commerce when both sides are firms: a board rejecting a bid, a holder asking a
#: company for its shareholder list. A firm's charges against another (ACCUSE) are a dispute and stay events.
_DEALING_BETWEEN_FIRMS = frozenset(("REJECT", "REQUEST"))

#: The cooperation that deals are made of: agreeing, meeting, signing, buying, lending. An organisation the coder
#: knows nothing of that does these with a firm, or with no one named, is taken for a firm; ending a strike or
#: conceding a point is not a deal (a union the gazetteer does not know does those).
_DEALS = frozenset(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))

#: Transactions a regulator approves or clears: its approval is regulation whoever the parties are ("approved the
#: merger of Union Pacific and Southern Pacific", "cleared the acquisition of Coastal by Suffield").
_TRANSACTIONS = frozenset(("merger", "acquisition", "takeover", "purchase", "sale", "bid", "offer", "stake",
                           "buyout", "tender"))


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words, letters only, lower case: "Rospatch Corp." → ("rospatch", "corp")."""
    return tuple(w for w in (re.sub(r"[^a-z]", "", word) for word in name.lower().split()) if w)


def _answers_charges(trigger: _Trigger) -> bool:
    """Whether a refusal answers charges ("rejects charges by Signaal that it violated patent rights"): a firm's
    dispute with another, not a deal turned down."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _CHARGE_NOUNS | _SAYING_NOUNS
               for c in trigger.head.children)
