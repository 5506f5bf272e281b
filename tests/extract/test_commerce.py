"""Commerce is no event (reuters-plover README, rule 1): firms named by their short names, organisations nothing
marks as a state's in a deal, a firm turning down another's bid; and verbs that tell how a market moved."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.extract.names import COMPANY_SUFFIXES
from newsgraph.records import Event
from tests.extract.parses import Row, coder, parse, rows_of, triples

P = "PUNCT"


def _code(rows: Sequence[Row], entities: Sequence[tuple[int, int, str, str]],
          alt_labels: dict[str, set[str]] | None = None) -> list[Event]:
    doc = parse(rows, entities)
    for key, labels in (alt_labels or {}).items():
        doc._.entities[key].alt_labels.update(labels)
    return [event for event, _ in coder().code(doc)]


# "Rospatch apologized to Vicon Inc."
APOLOGIZED = [("Rospatch", 1, "nsubj", "PROPN", "NNP"), ("apologized", 1, "ROOT", "VERB", "VBD", "apologize"),
              ("to", 1, "prep", "ADP", "IN"), ("Vicon", 4, "compound", "PROPN", "NNP"),
              ("Inc", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", P, ".")]
# "Rospatch Corp rose." before it
ROSPATCH = [("Rospatch", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
            ("rose", 2, "ROOT", "VERB", "VBD", "rise"), (".", 2, "punct", P, "."),
            *[(w, h + 4, d, p, t, *rest) for (w, h, d, p, t, *rest) in APOLOGIZED]]


def test_a_firm_named_by_the_leading_words_of_its_full_name_is_a_firm() -> None:
    entities = [(0, 2, "rospatch-corp", "Organization"), (4, 5, "rospatch", "Organization"),
                (7, 9, "vicon-inc", "Organization")]
    assert _code(ROSPATCH, entities) == []
    # without the full name in the article, nothing says "Rospatch" is a firm (and an apology is no deal)
    alone = [(0, 1, "rospatch", "Organization"), (3, 5, "vicon-inc", "Organization")]
    assert triples(_code(APOLOGIZED, alone)) == {("CONCEDE", "rospatch", "vicon-inc")}


def test_a_firm_known_by_a_name_of_legal_form_is_a_firm_under_any_of_its_names() -> None:
    # "PGI apologized to Vicon Inc.", PGI read elsewhere in the article as "Performance Guarantees Inc"
    entities = [(0, 1, "pgi", "Organization"), (3, 5, "vicon-inc", "Organization")]
    assert _code(APOLOGIZED, entities, {"pgi": {"Performance Guarantees Inc"}}) == []
    assert _code(APOLOGIZED, entities) != []


# "Globex agreed to share its designs."
AGREED = [("Globex", 1, "nsubj", "PROPN", "NNP"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
          ("to", 3, "aux", "PART", "TO"), ("share", 1, "xcomp", "VERB", "VB"), ("its", 5, "poss", "PRON", "PRP$"),
          ("designs", 3, "dobj", "NOUN", "NNS", "design"), (".", 1, "punct", P, ".")]


def test_a_deal_of_an_organisation_nothing_marks_as_a_states_is_commerce() -> None:
    assert _code(AGREED, [(0, 1, "globex", "Organization")]) == []
    # a country's, or one whose name has a body word, is an event
    assert triples(_code(AGREED, [(0, 1, "japan", "Country")])) == {("AGREE", "japan", None)}
    council = [("Globex", 1, "compound", "PROPN", "NNP"), ("Council", 2, "nsubj", "PROPN", "NNP"),
               *[(w, h + 1, d, p, t, *rest) for (w, h, d, p, t, *rest) in AGREED[1:]]]
    assert triples(_code(council, [(0, 2, "globex-council", "Organization")])) == {("AGREE", "globex-council", None)}
    # so is one named as the modifier of what it is ("the ruling Globex party")
    party = [("Globex", 1, "compound", "PROPN", "NNP"), ("party", 2, "nsubj", "NOUN", "NN"),
             *[(w, h + 1, d, p, t, *rest) for (w, h, d, p, t, *rest) in AGREED[1:]]]
    assert _code(party, [(0, 1, "globex", "Organization")]) != []


# "Rospatch Corp rejected a proposal by Vicon Inc."
REJECTED = [("Rospatch", 1, "compound", "PROPN", "NNP"), ("Corp", 2, "nsubj", "PROPN", "NNP"),
            ("rejected", 2, "ROOT", "VERB", "VBD", "reject"), ("a", 4, "det", "DET", "DT"),
            ("proposal", 2, "dobj", "NOUN", "NN"), ("by", 4, "prep", "ADP", "IN"),
            ("Vicon", 7, "compound", "PROPN", "NNP"), ("Inc", 5, "pobj", "PROPN", "NNP"), (".", 2, "punct", P, ".")]
FIRMS = [(0, 2, "rospatch-corp", "Organization"), (6, 8, "vicon-inc", "Organization")]


def test_a_firm_turning_down_anothers_proposal_is_commerce_but_not_its_charges() -> None:
    assert _code(REJECTED, FIRMS) == []
    charges = [*REJECTED[:3], ("the", 4, "det", "DET", "DT"), ("charges", 2, "dobj", "NOUN", "NNS", "charge"),
               *REJECTED[5:]]
    assert ("REJECT", "rospatch-corp", "vicon-inc") in triples(_code(charges, FIRMS))
    # a union's proposal turned down is labour relations
    union = [*REJECTED[:6], ("the", 7, "det", "DET", "DT"), ("union", 5, "pobj", "NOUN", "NN"), REJECTED[8]]
    assert triples(_code(union, FIRMS[:1])) == {("REJECT", "rospatch-corp", "union")}


def test_a_verb_whose_subject_is_a_market_quantity_tells_how_it_moved() -> None:
    # "Argentine exports declined 12 pct." / "Argentina declined the offer."
    rows = [("Argentine", 1, "amod", "ADJ", "JJ"), ("exports", 2, "nsubj", "NOUN", "NNS", "export"),
            ("declined", 2, "ROOT", "VERB", "VBD", "decline"), ("12", 4, "nummod", "NUM", "CD"),
            ("pct", 2, "npadvmod", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    assert _code(rows, [(0, 1, "argentina", "Country")]) == []
    # "Brazil's trade surplus started to decline."
    started = [("Brazil", 3, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
               ("trade", 3, "compound", "NOUN", "NN"), ("surplus", 4, "nsubj", "NOUN", "NN"),
               ("started", 4, "ROOT", "VERB", "VBD", "start"), ("to", 6, "aux", "PART", "TO"),
               ("decline", 4, "xcomp", "VERB", "VB"), (".", 4, "punct", P, ".")]
    assert _code(started, [(0, 1, "brazil", "Country")]) == []
    offer = [("Argentina", 1, "nsubj", "PROPN", "NNP"), ("declined", 1, "ROOT", "VERB", "VBD", "decline"),
             ("the", 3, "det", "DET", "DT"), ("offer", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(_code(offer, [(0, 1, "argentina", "Country")])) == {("REJECT", "argentina", None)}


def test_demand_with_no_article_or_owner_is_a_markets() -> None:
    # "Soviet demand for sugar rose." / "The Soviet demand for talks was rejected."
    market = [("Soviet", 1, "amod", "ADJ", "JJ"), ("demand", 4, "nsubj", "NOUN", "NN"), ("for", 1, "prep", "ADP", "IN"),
              ("sugar", 2, "pobj", "NOUN", "NN"), ("rose", 4, "ROOT", "VERB", "VBD", "rise"), (".", 4, "punct", P, ".")]
    assert _code(market, [(0, 1, "soviet-union", "Country")]) == []
    # "Moscow repeated its demand for talks."
    made = [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("repeated", 1, "ROOT", "VERB", "VBD", "repeat"),
            ("its", 3, "poss", "PRON", "PRP$"), ("demand", 1, "dobj", "NOUN", "NN"), ("for", 3, "prep", "ADP", "IN"),
            ("talks", 4, "pobj", "NOUN", "NNS", "talk"), (".", 1, "punct", P, ".")]
    assert ("REQUEST", "soviet-union", None) in triples(_code(made, [(0, 1, "soviet-union", "Country")]))


def test_targeting_is_an_attack_on_a_party_or_a_place_not_on_a_market() -> None:
    # "Iraq targeted the town." / "Iraq targeted younger shoppers."
    town = [("Iraq", 1, "nsubj", "PROPN", "NNP"), ("targeted", 1, "ROOT", "VERB", "VBD", "target"),
            ("the", 3, "det", "DET", "DT"), ("town", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", P, ".")]
    assert triples(_code(town, [(0, 1, "iraq", "Country")])) == {("ASSAULT", "iraq", None)}
    shoppers = [*town[:2], ("younger", 3, "amod", "ADJ", "JJR", "young"),
                ("shoppers", 1, "dobj", "NOUN", "NNS", "shopper"), town[4]]
    assert _code(shoppers, [(0, 1, "iraq", "Country")]) == []


def test_a_private_investors_dealing_in_shares_or_cash_is_commerce_not_a_states() -> None:
    # "Redstone offered 42 dlrs cash." / "Redstone offered talks." / "Japan offered 42 dlrs cash."
    cash = rows_of("Redstone/1/nsubj/NNP offered/1/ROOT/VBD/offer 42/3/nummod/CD dlrs/1/dobj/NNS/dlrs "
                   "cash/3/npadvmod/NN ./1/punct/.")
    assert _code(cash, [(0, 1, "sumner-redstone", "Person")]) == []
    talks = rows_of("Redstone/1/nsubj/NNP offered/1/ROOT/VBD/offer talks/1/dobj/NNS/talk ./1/punct/.")
    assert triples(_code(talks, [(0, 1, "sumner-redstone", "Person")])) == {("AGREE", "sumner-redstone", None)}
    assert triples(_code(cash, [(0, 1, "japan", "Country")])) == {("AGREE", "japan", None)}
    # "Redstone offered to raise the cash portion of his offer."
    raised = rows_of("Redstone/1/nsubj/NNP offered/1/ROOT/VBD/offer to/3/aux/TO raise/1/xcomp/VB the/6/det/DT "
                     "cash/6/compound/NN portion/3/dobj/NN of/6/prep/IN his/9/poss/PRP$ offer/7/pobj/NN ./1/punct/.")
    assert _code(raised, [(0, 1, "sumner-redstone", "Person")]) == []


def test_a_purchase_between_two_organisations_nothing_marks_is_commerce() -> None:
    # "Dartmouth Paints bought Glidden Paints." (neither name ends as a firm's does)
    rows = rows_of("Dartmouth/1/compound/NNP Paints/2/nsubj/NNP bought/2/ROOT/VBD/buy Glidden/4/compound/NNP "
                   "Paints/2/dobj/NNP ./2/punct/.")
    firms = [(0, 2, "dartmouth-paints", "Organization"), (3, 5, "glidden-paints", "Organization")]
    assert _code(rows, firms) == []
    # a body buying from one is no firm's deal
    body = [(0, 2, "dartmouth-council", "Organization"), (3, 5, "glidden-paints", "Organization")]
    council = [("Dartmouth", 1, "compound", "PROPN", "NNP"), ("Council", 2, "nsubj", "PROPN", "NNP"), *rows[2:]]
    assert triples(_code(council, body)) == {("COOPERATE", "dartmouth-council", "glidden-paints")}


def test_a_banks_short_name_ends_as_a_firms_does() -> None:
    assert {"bancorp", "bancshares", "trust", "group", "financial"} <= COMPANY_SUFFIXES
    # "Hanover Bancorp rejected a proposal by Citizens Trust."
    rows = [("Hanover", 1, "compound", "PROPN", "NNP"), ("Bancorp", 2, "nsubj", "PROPN", "NNP"), *REJECTED[2:6],
            ("Citizens", 7, "compound", "PROPN", "NNP"), ("Trust", 5, "pobj", "PROPN", "NNP"), REJECTED[8]]
    banks = [(0, 2, "hanover-bancorp", "Organization"), (6, 8, "citizens-trust", "Organization")]
    assert _code(rows, banks) == []
    # "Hanover Bancorp rejected a proposal by Japan."
    japan = [*rows[:6], ("Japan", 5, "pobj", "PROPN", "NNP"), rows[8]]
    assert triples(_code(japan, [(0, 2, "hanover-bancorp", "Organization"), (6, 7, "japan", "Country")])) == {
        ("REJECT", "hanover-bancorp", "japan")}


def test_expecting_another_to_act_is_a_forecast_not_a_request() -> None:
    # "Japan expected the FDA to approve the drug." / "Japan asked the FDA to approve the drug."
    rows = rows_of("Japan/1/nsubj/NNP expected/1/ROOT/VBD/expect the/3/det/DT FDA/5/nsubj/NNP to/5/aux/TO "
                   "approve/1/ccomp/VB the/7/det/DT drug/5/dobj/NN ./1/punct/.")
    rows[3] = ("FDA", 1, "dobj", "PROPN", "NNP")
    rows[5] = ("approve", 1, "xcomp", "VERB", "VB", "approve")
    entities = [(0, 1, "japan", "Country"), (3, 4, "fda", "Organization")]
    assert _code(rows, entities) == []
    asked = [rows[0], ("asked", 1, "ROOT", "VERB", "VBD", "ask"), *rows[2:]]
    assert ("REQUEST", "japan", "fda") in triples(_code(asked, entities))
    # as the parser may make it: the FDA the subject of an infinitive clause of its own
    clause = [*rows[:3], ("FDA", 5, "nsubj", "PROPN", "NNP"), rows[4], ("approve", 1, "ccomp", "VERB", "VB", "approve"),
              *rows[6:]]
    assert _code(clause, entities) == []


def test_a_harm_foreseen_under_a_modal_is_no_accusation() -> None:
    # "Citibank said Iran undermined the talks." / "Citibank said Iran could undermine the talks."
    done = rows_of("Citibank/1/nsubj/NNP said/1/ROOT/VBD/say Iran/3/nsubj/NNP undermined/1/ccomp/VBD/undermine "
                   "the/5/det/DT talks/3/dobj/NNS/talk ./1/punct/.")
    entities = [(0, 1, "citibank", "Organization"), (2, 3, "iran", "Country")]
    assert ("ACCUSE", "citibank", "iran") in triples(_code(done, entities))
    could = [*done[:2], ("Iran", 4, "nsubj", "PROPN", "NNP"), ("could", 4, "aux", "AUX", "MD"),
             ("undermine", 1, "ccomp", "VERB", "VB", "undermine"),
             ("the", 6, "det", "DET", "DT"), ("talks", 4, "dobj", "NOUN", "NNS", "talk"), (".", 1, "punct", P, ".")]
    assert ("ACCUSE", "citibank", "iran") not in triples(_code(could, entities))


def test_a_regulators_approval_to_come_of_a_transaction_is_regulation() -> None:
    # "The Fed will approve the acquisition." / "The Fed will approve the plan."
    rows = rows_of("The/1/det/DT Fed/3/nsubj/NNP will/3/aux/MD approve/3/ROOT/VB the/5/det/DT "
                   "acquisition/3/dobj/NN ./3/punct/.")
    fed = [(1, 2, "federal-reserve", "Organization")]
    assert _code(rows, fed) == []
    plan = [*rows[:5], ("plan", 3, "dobj", "NOUN", "NN"), rows[6]]
    assert _code(plan, fed) != []


def test_a_firms_deal_with_a_place_is_where_it_does_business() -> None:
    # "Presidential will serve Albany." / "Presidential will serve Japan."
    rows = rows_of("Presidential/2/nsubj/NNP will/2/aux/MD serve/2/ROOT/VB Albany/2/dobj/NNP ./2/punct/.")
    assert _code(rows, [(0, 1, "presidential", "Organization"), (3, 4, "albany", "Place")]) == []
    assert _code(rows, [(0, 1, "japan", "Country"), (3, 4, "albany", "Place")]) != []


def test_a_firms_officer_leaving_a_post_is_no_event_but_a_ministers_is() -> None:
    # "Falk resigned." / "Shultz resigned."
    rows = rows_of("Falk/1/nsubj/NNP resigned/1/ROOT/VBD/resign ./1/punct/.")
    assert _code(rows, [(0, 1, "falk", "Person")]) == []
    doc = parse(rows, [(0, 1, "george-shultz", "Person")])
    doc._.entities["george-shultz"].codes = (("cameo", "USAGOV"),)  # as the dictionaries' person in office
    assert triples([event for event, _ in coder().code(doc)]) == {("RETREAT", "george-shultz", None)}


def test_a_firms_officer_dealing_in_cash_with_an_investor_is_commerce() -> None:
    # "Thomas offered Sisti 42 dlrs.", Thomas a firm's officer by his title
    rows = rows_of("Thomas/1/nsubj/NNP offered/1/ROOT/VBD/offer Sisti/1/dative/NNP 42/4/nummod/CD dlrs/1/dobj/NNS/dlrs "
                   "./1/punct/.")
    doc = parse(rows, [(0, 1, "kenneth-thomas", "Person"), (2, 3, "benjamin-sisti", "Person")])
    doc._.entities["kenneth-thomas"].sector = "business"
    assert [event for event, _ in coder().code(doc)] == []


def test_a_regulators_approval_of_a_product_is_regulation() -> None:
    # "The FDA approved for U.S. marketing a drug.", the drug hung on "marketing" as the model parses it, against
    # "The FDA approved for U.S. officials a plan."
    rows = rows_of("The/1/det/DT FDA/2/nsubj/NNP approved/2/ROOT/VBD/approve for/2/prep/IN U.S./5/compound/NNP "
                   "marketing/3/pobj/NN a/7/det/DT drug/5/dobj/NN ./2/punct/.")
    entities = [(1, 2, "food-and-drug-administration", "Organization"), (4, 5, "united-states", "Country")]
    assert _code(rows, entities) == []
    plan = [*rows[:5], ("officials", 3, "pobj", "NOUN", "NNS", "official"), rows[6],
            ("plan", 5, "dobj", "NOUN", "NN"), rows[8]]
    assert _code(plan, entities) != []


def test_a_regulators_approval_of_licences_or_dealers_is_regulation() -> None:
    # "The Fed approved five new securities dealers." / "... mining licences." against "... a new plan."
    rows = rows_of("The/1/det/DT Fed/2/nsubj/NNP approved/2/ROOT/VBD/approve five/6/nummod/CD new/6/amod/JJ "
                   "securities/6/compound/NNS/security dealers/2/dobj/NNS/dealer ./2/punct/.")
    fed = [(1, 2, "federal-reserve", "Organization")]
    assert _code(rows, fed) == []
    licences = [*rows[:5], ("mining", 6, "compound", "NOUN", "NN"), ("licences", 2, "dobj", "NOUN", "NNS", "licence"),
                rows[7]]
    assert _code(licences, fed) == []
    plan = rows_of("The/1/det/DT Fed/2/nsubj/NNP approved/2/ROOT/VBD/approve a/5/det/DT new/5/amod/JJ "
                   "plan/2/dobj/NN ./2/punct/.")
    assert _code(plan, fed) != []


def test_a_firm_turning_down_a_bid_for_a_company_is_commerce_with_the_bidder_unnamed() -> None:
    # "Pesch raised a share bid, which Rospatch rejected." / "Pesch raised an offer, which Rospatch rejected."
    rows = rows_of("Pesch/1/nsubj/NNP raised/1/ROOT/VBD/raise a/4/det/DT share/4/compound/NN bid/1/dobj/NN "
                   ",/4/punct/, which/8/dobj/WDT Rospatch/8/nsubj/NNP rejected/4/relcl/VBD/reject ./1/punct/.")
    entities = [(0, 1, "pesch", "Person"), (7, 8, "rospatch", "Organization")]
    assert not [e for e in _code(rows, entities) if e.category == "REJECT"]
    # a bare offer says nothing of shares: it may be a union's
    offer = [*rows[:2], ("an", 4, "det", "DET", "DT"), ("new", 4, "amod", "ADJ", "JJ"),
             ("offer", 1, "dobj", "NOUN", "NN"), *rows[5:]]
    assert ("REJECT", "rospatch", "pesch") in triples(_code(offer, entities))


def test_a_price_asked_is_no_charge_laid() -> None:
    # "Canada is charging tariffs to U.S. farmers": a seller's price, where "charged the U.S. farmers" accuses them
    entities = [(0, 1, "canada", "Country"), (5, 6, "united-states", "Country")]
    price = rows_of("Canada/2/nsubj/NNP is/2/aux/VBZ=AUX/be charging/2/ROOT/VBG/charge tariffs/2/dobj/NNS/tariff "
                    "to/2/prep/IN U.S./6/compound/NNP farmers/4/pobj/NNS/farmer ./2/punct/.")
    assert _code(price, entities) == []
    accused = rows_of("Canada/2/nsubj/NNP has/2/aux/VBZ=AUX/have charged/2/ROOT/VBN/charge the/5/det/DT "
                      "U.S./5/compound/NNP farmers/2/dobj/NNS/farmer ./2/punct/.")
    assert {e.category for e in _code(accused, [(0, 1, "canada", "Country"), (4, 5, "united-states", "Country")])} \
        == {"ACCUSE"}


def test_approving_a_firms_own_business_or_a_rule_is_no_support() -> None:
    # "The Fed approved the rule change." / "The Fed approved an increase in the dividend." / "... the plan."
    fed = [(1, 2, "federal-reserve", "Organization")]
    rule = rows_of("The/1/det/DT Fed/2/nsubj/NNP approved/2/ROOT/VBD/approve the/5/det/DT rule/5/compound/NN "
                   "change/2/dobj/NN ./2/punct/.")
    assert _code(rule, fed) == []
    dividend = rows_of("The/1/det/DT Fed/2/nsubj/NNP approved/2/ROOT/VBD/approve an/4/det/DT increase/2/dobj/NN "
                       "in/4/prep/IN the/7/det/DT dividend/5/pobj/NN ./2/punct/.")
    assert _code(dividend, fed) == []
    plan = [*rule[:3], ("the", 4, "det", "DET", "DT"), ("plan", 2, "dobj", "NOUN", "NN"), (".", 2, "punct", P, ".")]
    assert _code(plan, fed) != []


def test_offering_securities_is_market_business_whoever_offers() -> None:
    # "Japan offered treasury bills." / "Japan offered borrowing facilities." / "Japan offered a plan." (an offer;
    # a bill alone is a law's, lawmaking: test_category_rules)
    japan = [(0, 1, "japan", "Country")]
    bills = rows_of("Japan/1/nsubj/NNP offered/1/ROOT/VBD/offer treasury/3/compound/NN bills/1/dobj/NNS/bill "
                    "./1/punct/.")
    assert _code(bills, japan) == []
    facilities = [*bills[:2], ("borrowing", 3, "compound", "NOUN", "NN"),
                  ("facilities", 1, "dobj", "NOUN", "NNS", "facility"), bills[4]]
    assert _code(facilities, japan) == []
    plan = [*bills[:2], ("a", 3, "det", "DET", "DT"), ("plan", 1, "dobj", "NOUN", "NN"), bills[4]]
    assert ("AGREE", "japan", None) in triples(_code(plan, japan))


def test_what_is_bought_is_goods_not_the_other_party() -> None:
    # "Iran will buy aircraft.": the aircraft are what is bought, not a military the deal is made with
    rows = rows_of("Iran/2/nsubj/NNP will/2/aux/MD buy/2/ROOT/VB aircraft/2/dobj/NN ./2/punct/.")
    events = _code(rows, [(0, 1, "iran", "Country")])
    assert events and all(e.recipient is None and e.recipient_sector is None for e in events)


def test_a_firm_asking_for_a_dealing_in_shares_of_no_one_is_commerce() -> None:
    # "Barnett called for redemption of its shares." / "Barnett called for the release of the hostages."
    barnett = [(0, 1, "barnett", "Organization")]
    shares = rows_of("Barnett/1/nsubj/NNP called/1/ROOT/VBD/call for/1/prep/IN redemption/2/pobj/NN of/3/prep/IN "
                     "its/6/poss/PRP$ shares/4/pobj/NNS/share ./1/punct/.")
    assert not [e for e in _code(shares, barnett) if e.category == "REQUEST"]
    hostages = [*shares[:3], ("release", 2, "pobj", "NOUN", "NN"), shares[4], ("the", 6, "det", "DET", "DT"),
                ("hostages", 4, "pobj", "NOUN", "NNS", "hostage"), shares[7]]
    assert [e for e in _code(hostages, barnett) if e.category == "REQUEST"]


def test_a_private_party_asking_that_its_stock_be_halted_is_commerce() -> None:
    # "Rospatch requested its stock be halted." (market_words._traded reads the subject of the clause asked for;
    # commerce._market_request takes any private party, "Rospatch" named bare being read as a person)
    def rows(owner: list, noun: str) -> list:
        return rows_of(f"Rospatch/1/nsubj/NNP requested/1/ROOT/VBD/request {' '.join(owner)} {noun}/5/nsubjpass/NN "
                       "be/5/auxpass/VB halted/1/ccomp/VBN/halt ./1/punct/.")
    rospatch = [(0, 1, "rospatch", "Person")]
    assert not [e for e in _code(rows(["its/3/poss/PRP$"], "stock"), rospatch) if e.category == "REQUEST"]
    # "Rospatch requested the strike be halted": a party asking for an end of a strike still asks
    assert [e for e in _code(rows(["the/3/det/DT"], "strike"), rospatch) if e.category == "REQUEST"]



def _met(last: str) -> list:
    # "Ryan, Beck and <last> met."
    return [("Ryan", 5, "nsubj", "PROPN", "NNP"), (",", 0, "punct", P, ","), ("Beck", 0, "conj", "PROPN", "NNP"),
            ("and", 2, "cc", "CCONJ", "CC"), (last, 2, "conj", "PROPN", "NNP"),
            ("met", 5, "ROOT", "VERB", "VBD", "meet"), (".", 5, "punct", P, ".")]


def test_a_list_of_names_ending_in_and_co_is_one_firm() -> None:
    # "Ryan, Beck and Co met." (names.firm_of_partners): wire copy names an investment bank or a trading house by
    # its partners; the parser's list is one firm, whose meeting with no one is its own business
    people = [(0, 1, "ryan", "Person"), (2, 3, "beck", "Person")]
    assert _code(_met("Co"), people) == []
    # "Ryan, Beck and Smith met.": three people meeting each other
    assert ("CONSULT", "ryan", "beck") in triples(_code(_met("Smith"), [*people, (4, 5, "smith", "Person")]))


def test_a_firm_closing_its_own_premises_is_its_business() -> None:
    # "The retailer will close its Chicago center." (commerce._own_premises_closed): a firm's own distribution
    # center closed is no measure against Chicago; "the army will close its Chicago center" stays a threat
    def rows(doer: str) -> list:
        return rows_of(f"The/1/det/DT {doer}/3/nsubj/NN will/3/aux/MD close/3/ROOT/VB its/6/poss/PRP$ "
                       "Chicago/6/compound/NNP center/3/dobj/NN ./3/punct/.")
    chicago = [(5, 6, "chicago", "Place")]
    assert _code(rows("retailer"), chicago) == []
    assert {e.category for e in _code(rows("army"), chicago)} == {"THREATEN"}


def test_a_tender_offer_is_a_bid_for_a_company_whoever_makes_it() -> None:
    # "Britain made a tender offer." (commerce._takeover_bid): a bid for a company is commerce even where the
    # bidder carries a country's code ("SHV (United Kingdom) Holding Co Ltd"); "Britain made a peace offer" is not
    def rows(kind: str) -> list:
        return rows_of(f"Britain/1/nsubj/NNP made/1/ROOT/VBD/make a/4/det/DT {kind}/4/compound/NN "
                       "offer/1/dobj/NN ./1/punct/.")
    britain = [(0, 1, "united-kingdom", "Country")]
    assert _code(rows("tender"), britain) == []
    assert {e.category for e in _code(rows("peace"), britain)} == {"AGREE"}
