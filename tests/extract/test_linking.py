"""Entity linking on hand-built Docs, where the statistical NER is not the point."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from newsgraph.extract.linking import EntityLinker
from tests.extract.parses import vocab


def test_the_angle_brackets_of_wire_copy_are_not_part_of_a_company_name() -> None:
    # "<Siemens A.G.> said" — Reuters marks company names and tickers with angle brackets
    doc = Doc(vocab(), words=["<", "Siemens", "A.G.", ">", "said", "."])
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(info.key, info.label) for info in doc._.entities.values()] == [("siemens-a-g", "Siemens A.G.")]


def test_a_multinational_corporations_code_makes_it_a_business() -> None:
    # "Viacom said." — PETRARCH-2's dictionaries code Viacom MNCUSA: a multinational corporation, whose deals are
    # commerce (events.commerce), not an actor of no sector
    doc = Doc(vocab(), words=["Viacom", "said", "."])
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    info = doc._.entities["viacom"]
    assert ("cameo", "MNCUSA") in info.codes and info.sector == "business"


def test_a_firms_name_the_ner_ran_into_of_is_the_firm_but_a_cut_name_is_nothing() -> None:
    # "Samsung Co of South Korea said." with the NER's span "Samsung Co of": the legal form ends the name
    doc = Doc(vocab(), words=["Samsung", "Co", "of", "South", "Korea", "said", "."])
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 5, label="GPE")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert next((e.text, e.kb_id_) for e in doc.ents) == ("Samsung Co", "samsung-co")
    # "Bank of" alone (the NER cut "Bank of Japan" short) names nothing
    cut = Doc(vocab(), words=["The", "Bank", "of", "said", "."])
    cut.ents = [Span(cut, 1, 3, label="ORG")]
    assert list(EntityLinker("newsgraph_linker")(cut)._.entities) == []


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    return Doc(vocab(), words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


def test_a_name_the_ner_missed_is_a_party_when_the_parse_makes_it_one() -> None:
    # "Nakasone called for action." with no entity span: the subject is a name all the same
    doc = _parsed([("Nakasone", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"),
                   ("for", 1, "prep", "ADP", "IN"), ("action", 2, "pobj", "NOUN", "NN"),
                   (".", 1, "punct", "PUNCT", ".")])
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("Nakasone", "PERSON", "nakasone")]
    assert doc._.entities["nakasone"].type == "Person"


def test_a_company_named_with_its_legal_form_takes_in_the_demonym_the_ner_tagged() -> None:
    # "American Motors Corp said ..." where the NER tagged only "American"
    doc = _parsed([("American", 2, "compound", "PROPN", "NNP"), ("Motors", 2, "compound", "PROPN", "NNP"),
                   ("Corp", 3, "nsubj", "PROPN", "NNP"), ("said", 3, "ROOT", "VERB", "VBD"),
                   (".", 3, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 0, 1, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("American Motors Corp", "ORG")]
    assert doc._.entities["american-motors-corp"].type == "Organization"


def test_a_body_word_with_the_is_an_organization_and_a_name_cut_by_the_ner_is_left_alone() -> None:
    # "The Federation asked Korean Air." — "Air" after the tagged "Korean" is no name of its own
    doc = _parsed([("The", 1, "det", "DET", "DT"), ("Federation", 2, "nsubj", "PROPN", "NNP"),
                   ("asked", 2, "ROOT", "VERB", "VBD"), ("Korean", 4, "compound", "PROPN", "NNP"),
                   ("Air", 2, "dobj", "PROPN", "NNP"), (".", 2, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 3, 4, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "NORP"] == [("Federation", "ORG")]


def test_months_titles_and_tickers_are_never_missed_names() -> None:
    # "Minister met <CBS> in March."
    doc = _parsed([("Minister", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
                   ("<", 3, "punct", "PUNCT", "XX"), ("CBS", 1, "dobj", "PROPN", "NNP"),
                   (">", 3, "punct", "PUNCT", "XX"), ("in", 1, "prep", "ADP", "IN"),
                   ("March", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")])
    doc = EntityLinker("newsgraph_linker")(doc)
    assert list(doc.ents) == []


def test_a_surname_after_a_first_name_the_ner_tagged_alone_completes_the_name() -> None:
    # "Secretary Jaime Ongpin starts talks." where the NER tagged only "Jaime"
    doc = _parsed([("Secretary", 2, "compound", "PROPN", "NNP"), ("Jaime", 2, "compound", "PROPN", "NNP"),
                   ("Ongpin", 3, "nsubj", "PROPN", "NNP"), ("starts", 3, "ROOT", "VERB", "VBZ"),
                   ("talks", 3, "dobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == [("Jaime Ongpin", "PERSON", "jaime-ongpin")]
    assert list(doc._.entities) == ["jaime-ongpin"]  # no node for the first name alone


def test_a_surname_the_ner_read_as_a_language_is_a_person_when_it_acts() -> None:
    # "English denied the allegations." / "English is spoken here.": a language never denies
    denied = _parsed([("English", 1, "nsubj", "PROPN", "NNP"), ("denied", 1, "ROOT", "VERB", "VBD"),
                      ("the", 3, "det", "DET", "DT"), ("allegations", 1, "dobj", "NOUN", "NNS"),
                      (".", 1, "punct", "PUNCT", ".")])
    denied.ents = [Span(denied, 0, 1, label="LANGUAGE")]
    denied = EntityLinker("newsgraph_linker")(denied)
    assert [(e.text, e.label_) for e in denied.ents] == [("English", "PERSON")]
    spoken = _parsed([("English", 2, "nsubjpass", "PROPN", "NNP"), ("is", 2, "auxpass", "AUX", "VBZ"),
                      ("spoken", 2, "ROOT", "VERB", "VBN"), ("here", 2, "advmod", "ADV", "RB"),
                      (".", 2, "punct", "PUNCT", ".")])
    spoken.ents = [Span(spoken, 0, 1, label="LANGUAGE")]
    spoken = EntityLinker("newsgraph_linker")(spoken)
    assert [(e.text, e.label_) for e in spoken.ents] == [("English", "LANGUAGE")]


def test_a_lone_surname_is_the_one_person_of_that_name_in_office_that_day() -> None:
    # "Kaunda dismissed the statements." in 1987: Kenneth Kaunda, Zambia's president then
    rows = [("Kaunda", 1, "nsubj", "PROPN", "NNP"), ("dismissed", 1, "ROOT", "VERB", "VBD"),
            ("statements", 1, "dobj", "NOUN", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    doc = _parsed(rows)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    doc._.published = date(1987, 3, 2)
    doc = EntityLinker("newsgraph_linker")(doc)
    assert doc.ents[0].kb_id_ == "kenneth-kaunda"
    assert dict(doc._.entities["kenneth-kaunda"].codes)["cameo"] == "ZMBGOV"
    undated = _parsed(rows)  # with no day, no office to go by: the name stays the text's
    undated.ents = [Span(undated, 0, 1, label="PERSON")]
    undated = EntityLinker("newsgraph_linker")(undated)
    assert undated.ents[0].kb_id_ == "kaunda"


def test_a_known_bodys_name_continued_by_a_word_before_it_is_another_body() -> None:
    # "The Christian Democrats demanded talks." is Italy's party, not the U.S. "Democrats"; "Iranian
    # Revolutionary Guards" and "Senate Democrats" keep their known names
    doc = _parsed([("The", 2, "det", "DET", "DT"), ("Christian", 2, "compound", "PROPN", "NNP"),
                   ("Democrats", 3, "nsubj", "PROPN", "NNPS"), ("demanded", 3, "ROOT", "VERB", "VBD"),
                   ("talks", 3, "dobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 1, 2, label="NORP"), Span(doc, 2, 3, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Christian Democrats", "christian-democrats")]
    plain = _parsed([("The", 1, "det", "DET", "DT"), ("Democrats", 2, "nsubj", "PROPN", "NNPS"),
                     ("demanded", 2, "ROOT", "VERB", "VBD"), ("talks", 2, "dobj", "NOUN", "NNS"),
                     (".", 2, "punct", "PUNCT", ".")])
    plain.ents = [Span(plain, 1, 2, label="NORP")]
    plain = EntityLinker("newsgraph_linker")(plain)
    assert [e.kb_id_ for e in plain.ents] == ["democratic-party"]


def test_the_gazetteer_leaves_a_longer_body_name_to_the_ner() -> None:
    # "Sweden's Social Democratic Party won." holds the known "Democratic Party", which is another party
    from newsgraph.extract.name_bounds import inside_longer_name

    doc = _parsed([("Sweden", 3, "poss", "PROPN", "NNP"), ("Social", 3, "compound", "PROPN", "NNP"),
                   ("Democratic", 3, "compound", "PROPN", "NNP"), ("Party", 4, "nsubj", "PROPN", "NNP"),
                   ("won", 4, "ROOT", "VERB", "VBD"), (".", 4, "punct", "PUNCT", ".")])
    assert inside_longer_name(Span(doc, 2, 4, label="ORG"), covered={0})
    assert not inside_longer_name(Span(doc, 1, 4, label="ORG"), covered={0})  # "Social Democratic Party"


def test_a_body_named_by_its_initials_is_the_body_named_in_full() -> None:
    # "The Federal Aviation Administration fined Delta, FAA officials said."
    doc = _parsed([("The", 3, "det", "DET", "DT"), ("Federal", 3, "compound", "PROPN", "NNP"),
                   ("Aviation", 3, "compound", "PROPN", "NNP"), ("Administration", 4, "nsubj", "PROPN", "NNP"),
                   ("fined", 4, "ROOT", "VERB", "VBD"), ("Delta", 4, "dobj", "PROPN", "NNP"),
                   (",", 4, "punct", "PUNCT", ","), ("FAA", 8, "compound", "PROPN", "NNP"),
                   ("officials", 9, "nsubj", "NOUN", "NNS"), ("said", 4, "parataxis", "VERB", "VBD"),
                   (".", 4, "punct", "PUNCT", ".")])
    doc.ents = [Span(doc, 1, 4, label="ORG"), Span(doc, 5, 6, label="ORG"), Span(doc, 7, 8, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    assert doc.ents[-1].kb_id_ == doc.ents[0].kb_id_ == "federal-aviation-administration"
    assert "faa" not in doc._.entities


def test_a_surname_alone_is_not_a_person_of_a_later_time() -> None:
    # "Kishida said." is Japan's prime minister in 2022; in 1987 news, before any office of his, someone else
    def linked(day: date) -> str:
        doc = _parsed([("Kishida", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
                       (".", 1, "punct", "PUNCT", ".")])
        doc.ents = [Span(doc, 0, 1, label="PERSON")]
        doc._.published = day
        return EntityLinker("newsgraph_linker")(doc).ents[0].kb_id_

    assert linked(date(2022, 3, 1)) == "fumio-kishida"
    assert linked(date(1987, 3, 1)) == "kishida"


def test_a_successor_states_capital_and_seat_stand_for_the_state_of_the_day() -> None:
    # "Moscow protested." and "The Kremlin protested.": the Soviet Union's government in 1987, Russia's in 2005
    def linked(words: list[str], day: date) -> str:
        n = len(words)
        rows = [(w, n - 1, "compound", "PROPN", "NNP") for w in words[:-1]]
        rows += [(words[-1], n, "nsubj", "PROPN", "NNP"), ("protested", n, "ROOT", "VERB", "VBD"),
                 (".", n, "punct", "PUNCT", ".")]
        doc = _parsed(rows)
        doc.ents = [Span(doc, 0, n, label="GPE" if n == 1 else "ORG")]
        doc._.published = day
        return EntityLinker("newsgraph_linker")(doc).ents[0].kb_id_

    assert linked(["Moscow"], date(1987, 3, 2)) == "soviet-union"
    assert linked(["Kremlin"], date(1968, 8, 21)) == "soviet-union"
    assert linked(["Moscow"], date(2005, 3, 2)) == "russia"
    # the state's own names are not the capital's: "Russia" in an old story is still written as Russia
    assert linked(["Russia"], date(1987, 3, 2)) == "russia"


def test_the_capitals_of_other_decades_stand_for_the_state_of_the_day() -> None:
    # wire copy of the 1960s-1990s: "Prague protested." is Czechoslovakia in 1968, "Belgrade protested."
    # Yugoslavia in 1999, and the old names of states and capitals are the states they became
    def linked(word: str, day: date) -> str:
        doc = _parsed([(word, 1, "nsubj", "PROPN", "NNP"), ("protested", 1, "ROOT", "VERB", "VBD"),
                       (".", 1, "punct", "PUNCT", ".")])
        doc.ents = [Span(doc, 0, 1, label="GPE")]
        doc._.published = day
        return EntityLinker("newsgraph_linker")(doc).ents[0].kb_id_

    assert linked("Prague", date(1968, 8, 21)) == "czechoslovakia"
    assert linked("Prague", date(2010, 5, 1)) == "czech-republic"
    assert linked("Belgrade", date(1999, 4, 5)) == "yugoslavia"
    assert linked("Belgrade", date(2010, 5, 1)) == "serbia"
    assert linked("Rhodesia", date(1965, 12, 17)) == "zimbabwe"
    assert linked("Leopoldville", date(1960, 7, 10)) == "democratic-republic-of-the-congo"
    assert linked("Bonn", date(1975, 4, 5)) == "germany"


def test_a_one_word_name_is_the_person_named_in_full_whose_name_it_opens() -> None:
    # "Kim Yong-il met Kelly. Kim accused Washington. Wang Yi urged restraint. Wang called on both." Chinese and
    # Korean names put the family name first; the NER took the second "Wang" for an organization
    words = ["Kim", "Yong-il", "met", "Kelly", ".", "Kim", "accused", "Washington", ".",
             "Wang", "Yi", "urged", "restraint", ".", "Wang", "called", "."]
    doc = Doc(vocab(), words=words)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON"), Span(doc, 5, 6, label="PERSON"),
                Span(doc, 7, 8, label="GPE"), Span(doc, 9, 11, label="PERSON"), Span(doc, 14, 15, label="ORG")]
    doc = EntityLinker("newsgraph_linker")(doc)
    key = {e.start: e.kb_id_ for e in doc.ents}
    assert key[5] == key[0] and doc._.entities[key[0]].type == "Person"
    assert key[14] == key[9] and doc._.entities[key[9]].type == "Person"
    assert key[3] != key[0]


def test_a_one_word_name_that_ends_a_full_name_is_not_read_by_its_first_word() -> None:
    # "Fumio Kishida ... Kishida ... Fumio Tanaka": "Kishida" is Fumio Kishida's surname
    words = ["Fumio", "Kishida", "spoke", ".", "Kishida", "said", ".", "Kishida", "Tanaka", "spoke", "."]
    doc = Doc(vocab(), words=words)
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 4, 5, label="PERSON"), Span(doc, 7, 9, label="PERSON")]
    doc = EntityLinker("newsgraph_linker")(doc)
    key = {e.start: e.kb_id_ for e in doc.ents}
    assert key[4] == key[0]


def test_a_one_word_name_that_opens_a_body_named_before_it_is_that_body() -> None:
    # "Dean Foods Co expects more . Douglas said Dean should gain . President Howard Dean spoke . Dean said ."
    # The firm, named in full, then by its first word; the person of that name only once named.
    words = ["Dean", "Foods", "Co", "expects", "more", ".", "Douglas", "said", "Dean", "should", "gain", ".",
             "President", "Howard", "Dean", "spoke", ".", "Dean", "said", "."]
    doc = Doc(vocab(), words=words)
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 6, 7, label="PERSON"), Span(doc, 8, 9, label="PERSON"),
                Span(doc, 13, 15, label="PERSON"), Span(doc, 17, 18, label="PERSON")]
    doc = EntityLinker("newsgraph_linker")(doc)
    key = {e.start: e.kb_id_ for e in doc.ents}
    assert key[8] == key[0] == "dean-foods-co"
    assert key[17] == key[13] == "howard-dean"


def test_a_demonym_alone_after_a_firm_it_opens_is_the_firm() -> None:
    # "American Airlines said it will buy jets . American will acquire planes . American officials said ."
    rows = [("American", 1, "compound", "PROPN", "NNP"), ("Airlines", 2, "nsubj", "PROPN", "NNPS"),
            ("said", 2, "ROOT", "VERB", "VBD"), (".", 2, "punct", "PUNCT", "."),
            ("American", 6, "nsubj", "PROPN", "NNP"), ("will", 6, "aux", "AUX", "MD"),
            ("acquire", 6, "ROOT", "VERB", "VB"), (".", 6, "punct", "PUNCT", "."),
            ("American", 9, "amod", "ADJ", "JJ"), ("officials", 10, "nsubj", "NOUN", "NNS"),
            ("said", 10, "ROOT", "VERB", "VBD"), (".", 10, "punct", "PUNCT", ".")]
    doc = _parsed(rows)
    doc.ents = [Span(doc, 0, 2, label="ORG"), Span(doc, 4, 5, label="NORP"), Span(doc, 8, 9, label="NORP")]
    doc = EntityLinker("newsgraph_linker")(doc)
    key = {e.start: e.kb_id_ for e in doc.ents}
    assert key[4] == key[0] == "american-airlines"
    assert key[8] == "united-states"  # a demonym qualifying a noun is still the country's


def test_a_demonym_that_opens_a_firms_or_an_associations_name_is_left_to_the_ner() -> None:
    # "The American Pork Congress kicks off": the demonym tagged alone made the pork producers' congress the
    # U.S. Congress; "Philippine Finance Secretary Ongpin" and "American officials" keep the demonym
    from newsgraph.extract.name_bounds import inside_longer_name

    doc = _parsed([("The", 3, "det", "DET", "DT"), ("American", 3, "compound", "PROPN", "NNP"),
                   ("Pork", 3, "compound", "PROPN", "NNP"), ("Congress", 4, "nsubj", "PROPN", "NNP"),
                   ("kicks", 4, "ROOT", "VERB", "VBZ"), (".", 4, "punct", "PUNCT", ".")])
    assert inside_longer_name(Span(doc, 1, 2, label="NORP"), covered={1, 3})
    assert inside_longer_name(Span(doc, 3, 4, label="ORG"), covered={1, 3})  # "Congress" is another body's
    titled = _parsed([("Philippine", 3, "compound", "PROPN", "NNP"), ("Finance", 2, "compound", "PROPN", "NNP"),
                      ("Secretary", 3, "compound", "PROPN", "NNP"), ("Ongpin", 4, "nsubj", "PROPN", "NNP"),
                      ("spoke", 4, "ROOT", "VERB", "VBD"), (".", 4, "punct", "PUNCT", ".")])
    assert not inside_longer_name(Span(titled, 0, 1, label="NORP"), covered={0})
    qualifying = _parsed([("American", 1, "amod", "ADJ", "JJ"), ("officials", 2, "nsubj", "NOUN", "NNS"),
                          ("said", 2, "ROOT", "VERB", "VBD"), (".", 2, "punct", "PUNCT", ".")])
    assert not inside_longer_name(Span(qualifying, 0, 1, label="NORP"), covered={0})
    us_congress = _parsed([("American", 1, "compound", "PROPN", "NNP"), ("Congress", 2, "nsubj", "PROPN", "NNP"),
                           ("voted", 2, "ROOT", "VERB", "VBD"), (".", 2, "punct", "PUNCT", ".")])
    assert not inside_longer_name(Span(us_congress, 0, 1, label="NORP"), covered={0, 1})


def test_a_name_of_the_shape_x_of_y_the_gazetteer_does_not_know_is_left_to_the_ner() -> None:
    # "Russian warships held drills in the Gulf of Finland": "Gulf" alone was the Persian Gulf and "Finland" the
    # country, a party to what was done in its gulf; both are words of one name the NER reads whole
    from newsgraph.extract.name_bounds import inside_of_names

    doc = _parsed([("drills", 0, "ROOT", "NOUN", "NNS"), ("in", 0, "prep", "ADP", "IN"),
                   ("the", 3, "det", "DET", "DT"), ("Gulf", 1, "pobj", "PROPN", "NNP"),
                   ("of", 3, "prep", "ADP", "IN"), ("Finland", 4, "pobj", "PROPN", "NNP"),
                   (".", 0, "punct", "PUNCT", ".")])
    gulf, finland = Span(doc, 3, 4, label="LOC"), Span(doc, 5, 6, label="GPE")
    assert inside_of_names([gulf, finland]) == {3, 5}
    # a name the gazetteer knows whole ("the Gulf of Mexico") is matched whole and stays
    assert inside_of_names([gulf, Span(doc, 3, 6, label="LOC"), finland]) == set()
    # a country's name before "of" is no place word heading a name ("Putin of Russia" keeps both)
    assert inside_of_names([Span(doc, 3, 4, label="GPE"), finland]) == set()
    # "of" and a common noun after it make no name: "the Congress of the party" keeps "Congress"
    common = _parsed([("Congress", 2, "nsubj", "PROPN", "NNP"), ("of", 0, "prep", "ADP", "IN"),
                      ("the", 3, "det", "DET", "DT"), ("party", 1, "pobj", "NOUN", "NN"),
                      ("met", 4, "ROOT", "VERB", "VBD"), (".", 4, "punct", "PUNCT", ".")])
    assert inside_of_names([Span(common, 0, 1, label="ORG")]) == set()


def test_a_one_word_name_that_ends_a_body_named_before_it_is_that_body() -> None:
    # "Iran 's Revolutionary Guard warned . the Guard said . University of California spoke . California voted ."
    words = ["Iran", "'s", "Revolutionary", "Guard", "warned", ".", "the", "Guard", "said", ".",
             "University", "of", "California", "spoke", ".", "California", "voted", "."]
    doc = Doc(vocab(), words=words)
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 7, 8, label="ORG"), Span(doc, 10, 13, label="ORG"),
                Span(doc, 15, 16, label="GPE")]
    doc = EntityLinker("newsgraph_linker")(doc)
    key = {e.start: e.kb_id_ for e in doc.ents}
    assert key[7] == key[2]
    assert key[15] != key[10]  # a place after "of" is no word of the body's own


def test_another_countrys_congress_is_not_the_us_congress() -> None:
    # "Peru's Congress voted." / "Congress voted." (the gazetteer's "Congress" is the U.S. one)
    peru = _parsed([("Peru", 2, "poss", "PROPN", "NNP"), ("'s", 0, "case", "PART", "POS"),
                    ("Congress", 3, "nsubj", "PROPN", "NNP"), ("voted", 3, "ROOT", "VERB", "VBD"),
                    (".", 3, "punct", "PUNCT", ".")])
    peru.ents = [Span(peru, 0, 1, label="GPE"), Span(peru, 2, 3, label="ORG")]
    peru = EntityLinker("newsgraph_linker")(peru)
    assert "us-congress" not in peru._.entities and "peru" in peru._.entities
    bare = _parsed([("Congress", 1, "nsubj", "PROPN", "NNP"), ("voted", 1, "ROOT", "VERB", "VBD"),
                    (".", 1, "punct", "PUNCT", ".")])
    bare.ents = [Span(bare, 0, 1, label="ORG")]
    assert "us-congress" in EntityLinker("newsgraph_linker")(bare)._.entities
