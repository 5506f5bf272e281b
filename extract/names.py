"""Names the statistical NER missed: a proper noun that is a party of a clause is still a name.

en_core_web_sm leaves about one name in seven of news text untagged, most often a surname alone ("Nakasone
today called for ..."), a company with its legal form ("American Motors Corp said", read as the demonym
"American" and two loose words) and a body named by a capitalised common noun ("The Federation asked the
government ..."). Such a name is only taken when the parse makes it an argument (subject, object, possessor,
apposition or conjunct) so that the words of a headline or a table are never names; it then goes through
linking like every other name (the gazetteer and the PETRARCH-2 dictionaries may still know it).

The tables here are the one place these word classes are written; the event coder reads ``COMPANY_SUFFIXES`` and
``BODY_WORDS`` too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["BODY_WORDS", "COMPANY_SUFFIXES", "LEGAL_FORMS", "firm_of_partners", "letters", "missed_names"]

#: Last words of company names, letters only ("Rohr Industries Inc", "Siemens A.G.", "Signaalapparaten BV"), and
#: the words wire copy ends a bank's or an investment firm's name with when it drops the legal form ("Hanover
#: Bancorp", "Midland Bancshares", "Citizens Trust", "Westbrook Group", "First Keystone Financial").
#: Of them, the legal forms proper, which end a firm's name and nothing else ("Samsung Co", "Fujitsu Ltd").
LEGAL_FORMS = frozenset(
    ("inc", "corp", "corporation", "co", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "llc", "lp", "spa", "kk",
     "bhd", "pty", "oy", "ab", "asa", "incorporated", "limited"))
COMPANY_SUFFIXES = LEGAL_FORMS | frozenset(
    ("holdings", "industries", "company", "bancorp", "bancorporation", "bancshares", "trust", "financial", "group"))

#: Last words that make a name a body's: "The Federation", "Writers Guild", "Coffee Institute".
BODY_WORDS = frozenset(
    ("federation", "guild", "union", "association", "council", "commission", "committee", "institute", "agency",
     "bank", "party", "group", "board", "authority", "ministry", "department", "court", "office", "bureau",
     "organization", "organisation", "league", "front", "movement", "army", "forces", "assembly", "congress",
     "parliament", "senate", "fund", "foundation", "society", "club", "chamber", "corps", "brigade", "brigades"))

#: First words of the last name of a list that names one firm by its partners: "Dillon, Read and Co", "Alex.
#: Brown and Sons", "Teck Hock and Co Pte Ltd".
_PARTNERS_TAILS = frozenset(("co", "company", "sons"))

#: Dependency labels of a clause's parties: a name is taken only there.
_NNP = get_string_id("NNP")
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "dative", "pobj", "poss", "appos", "conj", "agent"))

#: Capitalised words that are never a name of their own.
_NEVER_NAMES = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "reuter", "reuters", "god", "internet", "mr", "mrs", "ms", "dr", "the", "a", "an", "i"))


def letters(word: str) -> str:
    """A word's letters, lower case: "Co." → "co"."""
    return re.sub(r"[^a-z]", "", word.lower())



def _is_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and letters(token.text) not in _NEVER_NAMES \
        and any(c.isalpha() for c in token.text)


def missed_names(doc: Doc, covered: set[int], is_title: Callable[[str], bool]) -> list[Span]:
    """Spans labelled ``ORG`` or ``PERSON`` for the names in argument position that no entity span covers.

    ``covered`` holds the indexes of tokens inside entity spans; ``is_title(text)`` says whether a word is a
    title or office ("Minister", "President"), which is never the name itself. A name is the head proper noun
    and the proper nouns before it that hang on it ("American Motors Corp"); a demonym or country inside it is
    taken in only when the name ends in a company's legal form, the one case where a nationality begins a
    name rather than qualifying it; a first name the NER tagged alone takes in the surname after it, and the
    span then stands in for the NER's."""
    spans: list[Span] = []
    taken: set[int] = set()
    # Only proper nouns can start a name: found in the Doc's array of tags, not by making every word a Token.
    for token in (doc[i] for i in numpy.flatnonzero(doc.to_array(TAG) == _NNP).tolist()):
        if token.i in covered or token.i in taken or token.dep_ not in _ARGUMENT_DEPS or token.tag_ != "NNP" or \
                not _is_name_word(token) or is_title(token.text):
            continue
        if token.i > 0 and doc[token.i - 1].text == "<":
            continue  # a ticker in wire copy's angle brackets ("<CBS>", "<WLUK.L>") is a code, not a name
        last = letters(token.text)
        company = last in COMPANY_SUFFIXES
        start = token.i
        while start > 0:
            before = doc[start - 1]
            if before.head.i < start - 1 or before.head.i > token.i or before.dep_ not in ("compound", "nmod",
                                                                                            "flat", "amod"):
                break
            if not _is_name_word(before) and not (company and before.text[:1].isupper()):
                break
            if before.i in covered and not company:
                person = next((e for e in doc.ents if e.end == start and e.label_ == "PERSON"), None)
                if person is not None and all(_is_name_word(t) for t in person):
                    # "Finance Secretary Jaime Ongpin": the NER took the first name alone, the surname is
                    # the rest of the same name
                    start = person.start
                    break
                # "Korean Air", "a U.K. Suggestion": a name the NER cut, or a capitalised word after a
                # country; either way no name of its own
                start = -1
                break
            if is_title(before.text):
                break
            start -= 1
        if start < 0 or (start == token.i and (company or len(last) < 2)):
            continue  # "Corp" or "AG" alone names nothing
        body = last in BODY_WORDS or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        label = "ORG" if (company or body) and doc[start].ent_type_ != "PERSON" else "PERSON"
        spans.append(Span(doc, start, token.i + 1, label=label))
        taken.update(range(start, token.i + 1))
    return spans


def firm_of_partners(heads: list[Token]) -> tuple[Token | None, set[Token]]:
    """The first name of a list of proper nouns that names one firm by its partners, and the list's other names:
    "Ryan, Beck and Co", "Dillon, Read and Co", "Teck Hock and Co Pte Ltd" end in "and Co" (or "and Company",
    "and Sons"), which wire copy uses for investment banks and trading houses. The parser reads such a name as
    a list of several parties; it is one firm. Names after it ("Ryan, Beck and Co, West Orange, N.J.") and words
    before it that are not names ("Purolator's adviser, Dillon, Read and Co") are left as they are."""
    ordered = sorted(heads, key=lambda t: t.i)
    for n, tail in enumerate(ordered):
        doc = tail.doc
        start = tail.left_edge.i
        before = start - 1
        while before > 0 and doc[before].is_space:
            before -= 1  # a line break of wire copy inside the name
        if tail.dep_ != "conj" or letters(doc[start].text) not in _PARTNERS_TAILS or before < 0 or \
                doc[before].dep_ != "cc":
            continue
        partners: list[Token] = []
        for partner in reversed(ordered[:n]):
            if partner.pos_ != "PROPN":
                break
            partners.insert(0, partner)
        if partners:
            return partners[0], {*partners[1:], tail}
    return None, set()
