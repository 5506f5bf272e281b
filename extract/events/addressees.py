"""Whom a request is addressed to, as the sentence words it, whether or not it names a party.

"Zelensky called on Western allies to impose sanctions on Russia": the allies are asked; Russia is only whom the
act asked for would be aimed at. When the one asked is no party the coder knows ("Western allies", "them"), the
request has no recipient, rather than the target of the act it asks for."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.syntax import _objects_of

#: Prepositions that name the one asked after a verb of asking: "call on", "appeal to", "prevail upon".
_ADDRESS_PREPS = frozenset(("on", "upon", "to"))


def _addressed(verb: Token) -> bool:
    """Whether a verb of asking has a word for the one it asks: its object ("urged allies to ...") or the object
    of "on", "upon" or "to" right after it ("called on Western allies to ...")."""
    if any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in _objects_of(verb) if o.i > verb.i):
        return True
    return any(p.dep_ == "prep" and p.lower_ in _ADDRESS_PREPS and p.i == verb.i + 1 and
               any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in p.children)
               for p in verb.children)


#: People named by whom they serve: "advisers to Finance Minister Miyazawa", "an aide to the president", "the
#: ambassador to Japan". A "to" phrase after them says whose they are.
_SERVING_NOUNS = frozenset(("adviser", "advisor", "aide", "counsellor", "counselor", "consultant", "assistant",
                            "envoy", "ambassador", "emissary"))


def _serves_agent(prep: Token) -> bool:
    """Whether a verb's "to" phrase comes right after its "by" agent and that agent is named by whom it serves:
    "proposals made by advisers to Finance Minister Kiichi Miyazawa" were not made to the minister; the parser
    hangs the "to" on the verb. ("Proposals made by Japan to China" still go to China.)"""
    if prep.lower_ != "to":
        return False
    return any(a.dep_ == "agent" and c.dep_ == "pobj" and c.lemma_.lower() in _SERVING_NOUNS and
               c.right_edge.i + 1 == prep.i for a in prep.head.children for c in a.children)
