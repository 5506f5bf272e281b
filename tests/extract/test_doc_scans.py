"""The event coder's whole-Doc scans read the Doc's arrays once; they must find what a walk over every token
finds (quotations, particles, the verbs and nouns a stage looks for)."""

from __future__ import annotations

from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc

from newsgraph.extract.events.coding import _DocReader
from newsgraph.extract.events.index import _quotation_regions
from newsgraph.extract.events.syntax import _particle_after, _particles_after
from tests.extract.parses import coder, parse, vocab


def _walked_regions(doc: Doc) -> list[int | None]:
    """The quotation regions as a walk over every token reads them: the definition the scan must keep."""
    regions: list[int | None] = []
    opened: int | None = None
    for t in doc:
        if t.text in ('"', "“", "”", "''", "``"):
            opened = t.i if t.text in ("“", "``") or (t.text == '"' and opened is None) else None
            regions.append(None)
        else:
            regions.append(opened)
    return regions


def test_quotation_regions_follow_every_kind_of_mark() -> None:
    words = ['He', 'said', '"', 'we', 'will', 'fight', '"', 'and', '``', 'never', 'yield', "''", ',', 'adding',
             '“', 'no', 'talks', '”', 'and', '"', 'no', 'peace']
    doc = Doc(vocab(), words=words)
    regions = _quotation_regions(doc)
    assert regions == _walked_regions(doc)
    assert regions[3:6] == [2, 2, 2]  # inside the straight quotation
    assert regions[7] is None  # after it closed
    assert regions[9:11] == [8, 8] and regions[15:17] == [14, 14]
    assert regions[20:] == [19, 19]  # a quotation left open runs to the end
    assert regions[2] is None and regions[6] is None  # the marks themselves stand outside


def test_quotation_regions_of_a_text_without_marks_or_words() -> None:
    assert _quotation_regions(Doc(vocab(), words=["Talks", "resumed"])) == [None, None]
    assert _quotation_regions(Doc(vocab(), words=[])) == []


def test_particles_after_are_the_words_particle_after_accepts() -> None:
    # "moved in on the rebels": both particles follow the verb; "the" ends the run of particles
    doc = parse([("Troops", 1, "nsubj", "NOUN", "NNS"), ("moved", 1, "ROOT", "VERB", "VBD", "move"),
                 ("in", 1, "prt", "ADP", "RP"), ("on", 1, "prep", "ADP", "IN"), ("the", 5, "det", "DET", "DT"),
                 ("rebels", 3, "pobj", "NOUN", "NNS", "rebel")])
    verb = doc[1]
    assert _particles_after(verb) == {"in", "on"}
    assert {w for w in ("in", "on", "the", "rebels", "up") if _particle_after(verb, w)} == {"in", "on"}
    # "stepped up the pressure": "up" hangs from the noun here, but stands right after the verb as an adverb;
    # "the" is neither a particle nor the verb's, and ends the run
    doc = parse([("They", 1, "nsubj", "PRON", "PRP"), ("stepped", 1, "ROOT", "VERB", "VBD", "step"),
                 ("up", 4, "advmod", "ADV", "RB"), ("the", 4, "det", "DET", "DT"),
                 ("pressure", 1, "dobj", "NOUN", "NN")])
    assert _particles_after(doc[1]) == {"up"}
    assert {w for w in ("up", "the", "pressure") if _particle_after(doc[1], w)} == {"up"}


def test_positions_find_the_tokens_of_a_part_of_speech_and_lemma() -> None:
    doc = parse([("Iran", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD", "call"),
                 ("the", 3, "det", "DET", "DT"), ("sanctions", 1, "dobj", "NOUN", "NNS", "sanction"),
                 ("illegal", 1, "oprd", "ADJ", "JJ"), ("and", 1, "cc", "CCONJ", "CC"),
                 ("halted", 1, "conj", "VERB", "VBD", "halt"), ("loans", 6, "dobj", "NOUN", "NNS", "loan")])
    reader = _DocReader(coder(), doc)
    assert reader._positions(VERB) == [1, 6]
    assert reader._positions(NOUN) == [3, 7]
    assert reader._positions(NOUN, frozenset({doc.vocab.strings["loan"]})) == [7]
