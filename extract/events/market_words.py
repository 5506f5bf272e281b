"""The words of markets and commerce, in one place: what markets deal in and move, and the cooperation that
deals are made of. Commerce is no PLOVER event (reuters-plover README, rule 1: mergers, orders, bids, prices,
economic data); these tables let the coder tell a firm's business and a market's movement from an act of a party.
The rules that read them are ``triggers`` (figures of speech, quantities that move) and ``coding`` (commerce).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.events.judging_words import _CHARGE_NOUNS, _SAYING_NOUNS
from newsgraph.extract.events.parts import _Trigger
from newsgraph.plover import Quad, in_quads

#: What markets and firms deal in: as the object of a verb of force it makes the verb a figure of speech.
_MARKET_OBJECTS = frozenset(("market", "price", "bid", "offer", "stake", "share", "stock", "rate", "inflation",
                             "deficit", "surplus", "currency", "dollar", "yen", "cost", "profit", "earnings",
                             "output", "production", "demand", "competition", "competitor", "takeover", "merger",
                             "recession", "unemployment", "margin", "yield", "index", "bond", "sale", "rival"))

#: Verbs of accusing that also ask a price, and the prices they ask: "Canada is charging massive tariffs to U.S.
#: farmers", "the bank charges a fee" is what a seller asks of a buyer, not a charge laid against anyone.
_PRICE_VERBS = frozenset(("charge", "bill"))
_PRICES = frozenset(("fee", "tariff", "duty", "tax", "levy", "price", "rate", "interest", "premium", "commission",
                     "fare", "toll", "rent", "dlr", "dlrs", "dollar", "cent", "pct", "percent"))

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

#: Refusals, requests and walking away that are commerce when both sides are firms: a board rejecting a bid, a
#: holder asking a company for its shareholder list, a firm withdrawing from a merger agreement or breaking off
#: talks with another. A firm's charges against another (ACCUSE) are a dispute and stay events.
_DEALING_BETWEEN_FIRMS = frozenset(("REJECT", "REQUEST", "SANCTION"))

#: The cooperation that deals are made of: agreeing, meeting, signing, buying, lending. An organisation the coder
#: knows nothing of that does these with a firm, or with no one named, is taken for a firm; ending a strike or
#: conceding a point is not a deal (a union the gazetteer does not know does those).
_DEALS = frozenset(("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"))

#: Transactions a regulator approves or clears: its approval is regulation whoever the parties are ("approved the
#: merger of Union Pacific and Southern Pacific", "cleared the acquisition of Coastal by Suffield").
_TRANSACTIONS = frozenset(("merger", "acquisition", "takeover", "purchase", "sale", "bid", "offer", "stake",
                           "buyout", "tender"))

#: What a regulator licenses for sale: its approval of a product is regulation, not support of a party ("the Food
#: and Drug Administration approved for U.S. marketing a drug", "cleared the device for sale").
_PRODUCTS = frozenset(("drug", "medicine", "vaccine", "device", "product", "pesticide", "additive", "marketing"))

#: A firm's own business that its board or holders approve, or a regulator its rules: "directors approved an
#: increase in the quarterly dividend", "stockholders approved an amendment to its charter", "approved its
#: application to acquire Coastal Bancorp", "approved the rule change". An approval of these is no endorsement
#: of a party (PLOVER's SUPPORT), as an approval of a transaction is not (``_TRANSACTIONS``).
_FIRMS_BUSINESS = frozenset(("dividend", "payout", "split", "charter", "bylaw", "offering", "listing", "rule",
                             "acquire", "merge"))

#: What a regulator grants a firm or a trade: a licence, a permit, a place among its dealers. Granting one is
#: regulation, not support of a party (reuters-plover README, rule 1): "the Mines Department would approve new
#: mining licences", "the Federal Reserve Bank of New York approved five new primary government securities dealers".
_LICENSED = frozenset(("licence", "license", "permit", "dealer", "dealership", "broker", "franchise"))

#: Verbs of trading goods: what they name in their object ("will buy 40 long-range jet aircraft", "sold arms") is
#: the goods, never the other party, whatever group a word of goods stands for (aircraft are a military's).
_EXCHANGE_VERBS = frozenset(("buy", "purchase", "sell", "supply", "order", "import", "export", "lease", "acquire"))

#: The instrument of a sale or a service a firm signs or wins: a firm's contract is commerce whoever the other side
#: is, a government too (reuters-plover README, rule 1: "contracts", "a deal counts even when one side is a
#: government"): "Mobil signed a contract with the Chinese government to explore for oil".
_CONTRACTS = frozenset(("contract", "subcontract"))

#: Securities, and the facilities of a money market: offering them is market business whoever offers, a state or
#: its central bank too (reuters-plover README, rule 1: bond issues, "a deal counts even when one side is a
#: government"): "offered 250 mln rupees worth of treasury bills at its weekly tender", "offered borrowing
#: facilities to discount houses". Loans and credits one state gives another stay the coder's to judge (AID).
_SECURITIES = frozenset(("bond", "eurobond", "note", "security", "debenture", "warrant", "certificate"))
#: A word that is a security with a word of the market before it: a treasury bill (a bill alone may be a law's),
#: a borrowing facility.
_MARKET_KINDS = {"bill": frozenset(("treasury", "t", "month", "day", "week", "exchequer")),
                 "facility": frozenset(("borrowing", "discount", "repurchase", "repo"))}

#: How a word hangs inside a noun phrase, as against a clause hung on it ("a plan that will make payments
#: through certificates" is about payments, not an offer of certificates).
_PHRASE_DEPS = frozenset(("pobj", "prep", "amod", "compound", "nmod", "conj", "cc", "appos", "nummod", "quantmod"))


def _in_phrase(token: Token, top: Token) -> bool:
    """Whether ``token`` stands in the noun phrase of ``top`` by phrase links alone (``_PHRASE_DEPS``)."""
    while token != top:
        if token.dep_ not in _PHRASE_DEPS or token.head == token:
            return False
        token = token.head
    return True


def _offers_securities(head: Token) -> bool:
    """Whether what a verb offers or sells is securities or a money market's facility, named in its object's
    phrase ("250 mln rupees worth of three-month treasury bills", "borrowing facilities"), not a law's bill."""
    for thing in (c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        for t in thing.subtree:
            if not _in_phrase(t, thing) or t.pos_ not in ("NOUN", "PROPN"):
                continue
            lemma = t.lemma_.lower()
            if lemma in _SECURITIES or (lemma in _MARKET_KINDS and any(
                    c.lemma_.lower() in _MARKET_KINDS[lemma] for c in t.children)):
                return True
    return False


def _regulated_business(head: Token) -> bool:
    """Whether a regulator's verb decides on firms' business: its object is a transaction (``_TRANSACTIONS``), or
    its object or "for" phrase names a product (``_PRODUCTS``) or a licence (``_LICENSED``), anywhere in it, as
    the parser may hang the product on the "for" phrase ("approved for U.S. marketing a drug")."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if any(c.lemma_.lower() in _TRANSACTIONS for c in objects):
        return True
    objects += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _PRODUCTS | _FIRMS_BUSINESS | _LICENSED for thing in objects for t in thing.subtree)


def _name_words(name: str) -> tuple[str, ...]:
    """A name's words, letters only, lower case: "Rospatch Corp." → ("rospatch", "corp")."""
    return tuple(w for w in (re.sub(r"[^a-z]", "", word) for word in name.lower().split()) if w)


def _answers_charges(trigger: _Trigger) -> bool:
    """Whether a refusal answers charges ("rejects charges by Signaal that it violated patent rights"): a firm's
    dispute with another, not a deal turned down."""
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in _CHARGE_NOUNS | _SAYING_NOUNS
               for c in trigger.head.children)

#: Verbs of closing premises: a firm's closing of its own office or plant is its business (``commerce``).
_CLOSING_VERBS = frozenset(("close", "shut"))
#: The categories a closing is coded as (CAMEO 16 and 17, and the threat of them to come).
_CLOSING_ACTS = frozenset(("SANCTION", "COERCE", "THREATEN"))
#: An owner's word for what it closes: its own, their own.
_OWN_POSSESSIVES = frozenset(("its", "their"))

#: Verbs of leaving a post: a private person's leaving is a firm's change of officers (``commerce``).
_LEAVING_VERBS = frozenset(("resign", "quit", "retire", "step"))

#: What firms and investors trade: a purchase, an offer or talks that deal in these between private parties are
#: commerce ("bought 32,800 Robeson common shares", "offered to sweeten his bid", "agreed to buy the Ohio-based
#: company", "is offering 35 dlrs cash per share"). Money is among them: an amount is the price of a deal.
_MARKET_GOODS = frozenset(("share", "stock", "stake", "bid", "offer", "tender", "takeover", "merger", "acquisition",
                           "buyout", "unit", "division", "subsidiary", "affiliate", "asset", "business", "company",
                           "firm", "operation", "chain", "cash", "dlr", "dlrs", "dollar", "cent", "ct", "cts",
                           "pence", "franc", "mark", "guilder", "security", "debenture", "warrant", "preferred"))

#: Nouns that are a bid for a company when they say for what or of what kind ("offer for all of the shares",
#: "tender offer", "takeover bid"); "an offer of talks" and "a peace offer" are not.
_BID_NOUNS = frozenset(("offer", "bid", "tender", "proposal"))
_BID_KINDS = frozenset(("takeover", "tender", "cash", "share", "stock", "merger", "buyout", "exchange"))
#: ... of them, the kinds that make an offer a bid for a company whoever makes it: "a tender offer", "a takeover
#: bid", "a buyout offer" (a "cash offer" may be a state's to its creditors).
_TAKEOVER_KINDS = frozenset(("takeover", "tender", "buyout"))


def _traded(head: Token) -> bool:
    """Whether a verb or an event noun deals in what markets trade: a word of its object or its "for" object, of
    the object of a verb it governs ("offered to raise the cash portion of its offer"), or of the subject of a
    clause it governs ("requested its stock be halted", "asked that trading in its shares be suspended")."""
    things = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
    things += [c for x in head.children if x.dep_ == "xcomp" for c in x.children if c.dep_ in ("dobj", "obj")]
    things += [c for x in head.children if x.dep_ == "ccomp" for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
    things += [g for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
               if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in _MARKET_GOODS or t.lower_ in _MARKET_GOODS for thing in things
           for t in thing.subtree):
        return True
    return head.pos_ == "NOUN" and head.lemma_.lower() in _BID_NOUNS and any(
        (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("compound", "amod") and c.lemma_.lower() in _BID_KINDS)
        for c in head.children)


def _refuses_bid(head: Token) -> bool:
    """Whether a refusal's object is a bid for a company: a bid, an offer or a tender that says for what or of what
    kind (``_traded``: "rejected the takeover bid", "turned down an offer for its shares"), the noun a relative
    pronoun stands for taken for it ("an all-cash 20 dlr a share bid, which the company rejected"). A bare
    "offer" says nothing of shares: "GM rejected the offer" may answer a union."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    objects = [head.head if o.tag_ in ("WDT", "WP") and head.dep_ == "relcl" else o for o in objects]
    return any(o.pos_ == "NOUN" and o.lemma_.lower() in _BID_NOUNS and (_traded(o) or _named_bid(o))
               for o in objects)


def _named_bid(noun: Token) -> bool:
    """Whether "the offer", "the bid" names again a bid for a company its sentence named before ("fought back
    against a hostile takeover bid by AFG Industries, rejecting the offer as inadequate")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in _BID_NOUNS and _traded(t)
               for t in noun.doc[noun.sent.start:noun.i])


def _deals_in_market(trigger: _Trigger) -> bool:
    """Whether a trigger, or the event it was made from ("agreed to buy the company"), deals in what markets
    trade (``_MARKET_GOODS``)."""
    heads = [trigger.head, *([trigger.transformed_from.head] if trigger.transformed_from is not None else [])]
    return any(_traded(h) for h in heads)
