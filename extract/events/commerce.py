"""Commerce: whether a party is a firm or a private investor, and whether a cooperative act is their business
(a deal, a purchase, a bid), which is no PLOVER event (reuters-plover README, rule 1). The tables these read are in
``market_words``; ``coding`` asks ``_commercial`` and ``_private_deal`` before it makes an event.
"""

from __future__ import annotations

from newsgraph.extract.events.dating import _Dater
from newsgraph.extract.events.market_words import (
    _BID_NOUNS,
    _CLOSING_ACTS,
    _CLOSING_VERBS,
    _CONTRACTS,
    _DEALS,
    _EXCHANGE_VERBS,
    _LEAVING_VERBS,
    _OWN_POSSESSIVES,
    _TAKEOVER_KINDS,
    _deals_in_market,
    _name_words,
    _offers_securities,
    _refuses_bid,
)
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.referents import _last_word
from newsgraph.extract.events.words import _COMPANY_SUFFIXES
from newsgraph.extract.linking import EntityInfo
from newsgraph.extract.names import BODY_WORDS


class _Commerce(_Dater):
    """The commerce checks of the coder: the stage after ``dating``, before ``coding``."""

    def _commercial(self, actor: Referent, recipient: Referent | None, category: str) -> bool:
        """Whether a cooperative act is commerce: a business with no state, body or union on the other side. In a
        deal (an agreement, a meeting, a purchase) an organisation nothing marks as anything else counts as a
        firm too ("IBM agreed to share the designs", "Hutton had been in talks with Dillon, Read")."""
        deal = category in _DEALS
        if recipient is None:
            return self._sector_of(actor) == "business" or (deal and self._unknown_body(actor))
        if self._sector_of(actor) == "business":
            return self._sector_of(recipient) == "business" or (
                deal and self._firm_party(actor) and self._unknown_body(recipient))
        # "ICI Pharma bought Glidden Paints": two organisations nothing marks are two firms dealing
        return deal and self._unknown_body(actor) and self._firmish(recipient)

    def _firm_party(self, referent: Referent) -> bool:
        """Whether a party of the business sector is a firm, not a person whose role put them there ("IMF Managing
        Director Camdessus" takes the sector of the IMF's code)."""
        info = self.entities.get(referent.key or "")
        return self._sector_of(referent) == "business" and (info is None or info.type != "Person")

    def _firmish(self, referent: Referent) -> bool:
        """Whether a party is a firm, or an organisation nothing marks as anything else (``_unknown_body``)."""
        return self._firm_party(referent) or self._unknown_body(referent)

    def _unknown_body(self, referent: Referent) -> bool:
        """Whether a party is an organisation nothing marks as a state's, a body's, a union's or a group's: no
        codes, no sector, no gazetteer entry, no body word ending its name ("IBM", "Cynergy", "Hutton"). Wire copy
        names states, bodies and armed groups the gazetteer knows; the names it does not know are a firm's."""
        info = self.entities.get(referent.key or "")
        if info is None or info.type != "Organization" or info.codes or info.sector is not None or \
                referent.sector is not None or info.key in self.gazetteer.entries or \
                not BODY_WORDS.isdisjoint(_name_words(info.label)):
            return False
        # named bare, not as the modifier of what it is ("the ruling CCM party") nor as a country's
        name = self.ent_of.get(referent.token.i)
        return name is not None and name.kb_id_ == info.key and name.root.dep_ != "compound" and not any(
            c.i in self.ent_of and self.entities[self.ent_of[c.i].kb_id_].type == "Country"
            for c in name.root.children)

    def _sector_of(self, referent: Referent) -> str | None:
        if referent.sector is not None:
            return referent.sector
        info = self.entities.get(referent.key or "")
        if info is None:
            return None
        if info.sector is None and self._firm(info):
            return "business"
        return info.sector

    def _firm(self, info: EntityInfo) -> bool:
        """Whether an organisation of no known kind is a company by its names: one of them ends as a company's
        does ("PGI" read as "Performance Guarantees Inc"), or it is the leading words of a company's name the
        article gives ("Rospatch" after "Rospatch Corp", "Wedge" after "WEDGE Group Inc"). Wire copy names a
        firm in full once and by its short name after; a body or a state has codes or a sector of its own."""
        if info.type != "Organization" or info.codes:
            return False
        names = [info.label, *info.alt_labels]
        if any(_last_word(name) in _COMPANY_SUFFIXES for name in names):
            return True
        firms = self._firm_names()
        return any(_name_words(name) in firms for name in names)

    def _firm_names(self) -> frozenset[tuple[str, ...]]:
        """The leading words of the names of the article's companies named with a company suffix, once."""
        if self.firm_names is None:
            leads: set[tuple[str, ...]] = set()
            for info in self.entities.values():
                for name in (info.label, *info.alt_labels):
                    words = _name_words(name)
                    if info.type == "Organization" and len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
                        leads.update(tuple(words[:n]) for n in range(1, len(words)))
            self.firm_names = frozenset(leads)
        return self.firm_names

    def _private(self, referent: Referent) -> bool:
        """Whether a party is private: a firm, an organisation nothing marks (``_unknown_body``), or a person
        nothing marks as a state's, a body's or a group's: no codes, no sector, no gazetteer entry ("Investor
        Sumner Redstone", "Pesch"). A minister or a president named by surname alone keeps the codes of the
        dictionaries' person, so is never private."""
        if self._firmish(referent):
            return True
        info = self.entities.get(referent.key or "")
        # a firm's officer ("Kenneth Thomas, senior vice president at Drexel") is private too
        return info is not None and info.type == "Person" and not info.codes and \
            info.sector in (None, "business") and referent.sector in (None, "business") and \
            info.key not in self.gazetteer.entries

    def _private_deal(self, trigger: _Trigger, actor: Referent, recipient: Referent | None, category: str) -> bool:
        """Whether a cooperative act is a private party's dealing in what markets trade: "Redstone offered to
        sweeten his bid", "Googel and Sisti purchased 175,900 shares", "Dartmouth Paints bought the coatings
        unit of Harwell Chemicals". Commerce whoever the private parties are; a state's purchase, loan or offer
        stays the coder's to judge ("the IMF approved a standby credit for the Philippines")."""
        if category not in _DEALS or not self._private(actor):
            return False
        if recipient is not None and self.groups.type_of(recipient.key) == "Place":
            return True  # "Presidential will serve Albany", "Kerdix Inc, Boulder": where a firm does business
        return _deals_in_market(trigger) and (recipient is None or self._private(recipient))

    def _firms_trade(self, trigger: _Trigger, actor: Referent, recipient: Referent | None, category: str) -> bool:
        """Whether a cooperative act is a firm's trade with whoever is on the other side: a contract it signs or
        wins, or a purchase or sale it makes or agrees to ("Mobil signed a contract with the Chinese government",
        "Kuwait Petroleum Corp agreed to buy Gulf Oil's refining network"). A sale is commerce when one side is a
        state or a state-owned firm (reuters-plover README, rule 1); a state's own purchase from a state (arms,
        grain) stays the coder's to judge, as no firm is party to it."""
        if category not in _DEALS:
            return False
        firm = self._firm_party(actor) or (recipient is not None and self._firm_party(recipient))
        if not firm:
            return False
        heads = [trigger, *([trigger.transformed_from] if trigger.transformed_from is not None else [])]
        return any(t.head.lemma_.lower() in _EXCHANGE_VERBS or
                   (t.noun is not None and t.noun.lemma_.lower() in _CONTRACTS) for t in heads)

    def _private_leaving(self, trigger: _Trigger, actor: Referent, category: str) -> bool:
        """Whether a private person leaves a post ("director Clifford Alexander has resigned from the board",
        "Penril said Falk has resigned as chairman"): a firm's change of officers is no event, as appointments
        are not (reuters-plover README, rule 1); a minister's or a president's resignation is."""
        return category in ("RETREAT", "CONCEDE") and trigger.head.lemma_.lower() in _LEAVING_VERBS and \
            self.entities.get(actor.key or "") is not None and self.entities[actor.key or ""].type == "Person" and \
            self._private(actor)

    def _own_premises_closed(self, trigger: _Trigger, actor: Referent, category: str) -> bool:
        """Whether a private party closes or shuts its own premises ("the retailer will close its major Chicago
        distribution center", "Chemical Bank is closing its representative office in Dubai"): a firm's business,
        no act against the place, where a state closing its embassy reduces relations (SANCTION)."""
        if category not in _CLOSING_ACTS or trigger.head.lemma_.lower() not in _CLOSING_VERBS or \
                not self._private(actor):
            return False
        return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES
                   for o in trigger.head.children if o.dep_ in ("dobj", "obj") for c in o.children)

    def _takeover_bid(self, trigger: _Trigger, category: str) -> bool:
        """Whether an offer is a bid for a company by its kind ("was making a tender offer for up to 33 mln
        shares", "noted the SHV tender offer", "a takeover bid"): commerce whoever bids (reuters-plover README,
        rule 1), a bidder whose name carries a country ("SHV (United Kingdom) Holding Co Ltd") too."""
        noun = trigger.noun if trigger.noun is not None else trigger.head
        return category in _DEALS and noun.lemma_.lower() in _BID_NOUNS and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _TAKEOVER_KINDS for c in noun.children)

    def _bid_refused(self, trigger: _Trigger, actor: Referent, recipient: Referent | None, category: str) -> bool:
        """Whether a firm turns down a bid for a company, the bidder unnamed or a private party ("a 20 dlr a share
        bid, which the company rejected", "Pesch's bid, which Rospatch rejected"): a board's answer to a bid is
        commerce, as a refusal between two firms is (``coding``)."""
        return category == "REJECT" and (recipient is None or self._private(recipient)) and \
            self._firmish(actor) and _refuses_bid(trigger.head)

    def _market_offer(self, trigger: _Trigger, recipient: Referent | None, category: str) -> bool:
        """Whether a party offers or sells securities or a money market's facilities to no party, or to a
        private one ("Sri Lanka's Central Bank offered 250 mln rupees worth of treasury bills", "the Bank of
        England offered borrowing facilities"): market business, whoever offers (``_offers_securities``)."""
        return category in _DEALS and (recipient is None or self._private(recipient)) and \
            _offers_securities(trigger.head)

    def _market_request(self, trigger: _Trigger, actor: Referent, recipient: Referent | None, category: str) -> bool:
        """Whether a private party (``_private``) asks, of no one named or of a private party, for a dealing in
        what markets trade ("Barnett Banks called for redemption of all outstanding shares of its preferred
        stock", "I.C.H. has requested the right to buy 90,909 Pre-Paid shares", "Rospatch requested its stock be
        halted", the firm named bare and read as a person): business, as a request between two firms is
        (``coding``); a state's request stays the coder's to judge."""
        return category == "REQUEST" and (recipient is None or self._private(recipient)) and \
            self._private(actor) and _deals_in_market(trigger)
