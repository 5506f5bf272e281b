"""Elections are no events (PLOVER.md, "Not events"): voters backing a candidate, a council approving
hopefuls for a ballot, a leader announcing plans to seek a new term are the business of an election, however
the words that tell them read as support or agreement elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.events.parts import Referent, _Trigger

#: Who votes: what voters back or reject is a vote.
_VOTERS = frozenset(("voter", "electorate", "elector"))
#: What an election is run for or between: backing, approving, planning or rejecting these is electoral.
#: "term" only in the singular ("a new term", "a fifth term"); "terms" are conditions agreed on.
_RACE_WORDS = frozenset(("candidate", "candidacy", "candidature", "hopeful", "nominee", "re-election",
                         "reelection", "ballot", "term"))
#: What is voted in: voting in one is the election itself ("Sri Lankans voted in a presidential election", CAMEO's
#: "VOTE (IN ELECTION)"), where "voted to impose an embargo" is a body acting by its vote.
_POLLS = frozenset(("election", "referendum", "plebiscite", "poll", "runoff", "by-election", "ballot"))
#: The categories an election's business is mistaken for.
_ELECTORAL_CATEGORIES = frozenset(("SUPPORT", "AGREE", "REJECT"))
#: The relations by which a race word is what the act is about: its object, the object of a clause under it.
_ABOUT_DEPS = frozenset(("dobj", "obj", "pobj", "attr", "nsubjpass"))


def _race_word(token: Token) -> bool:
    """A noun of a race: "hopeful" the adjective ("was hopeful of a deal") is none."""
    lemma = token.lemma_.lower()
    return token.pos_ in ("NOUN", "PROPN") and lemma in _RACE_WORDS and (lemma != "term" or token.lower_ == "term")


def electoral(trigger: _Trigger, category: str, actors: list[Referent]) -> str | None:
    """Why the event is an election's business and no event, or None: voters are among its actors ("the backing of
    60,000 voters") or whose support it is ("the support of 39 pct of the voters"), or what it is about is a
    race ("decide whether to approve the two hopefuls", "announced plans to seek a new term"), within the clause
    the trigger heads and not below a relative clause."""
    if category not in _ELECTORAL_CATEGORIES:
        return None
    voters = [a.token for a in actors if a.token.lemma_.lower() in _VOTERS]
    if voters:
        return f"what {voters[0].text!r} back or reject is a vote"
    # "the Conservatives had the support of 39 pct of the voters": the voters' share behind a party, a poll's
    # or an election's figure, whoever the sentence makes the subject
    noun = trigger.noun
    voters = [t for p in (noun.children if noun is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
              for t in p.subtree if t.lemma_.lower() in _VOTERS]
    if voters:
        return f"the support of {voters[0].text!r} is a share of a vote or a poll"
    heads = {trigger.head, *([trigger.noun] if trigger.noun is not None else [])}
    voting = trigger.head.lemma_.lower() == "vote"
    for head in heads:
        stack = [head]
        while stack:
            node = stack.pop()
            for child in node.children:
                if child.dep_ in ("relcl", "parataxis", "advcl", "conj"):
                    continue  # another clause: what it is about is not this act's
                if child.dep_ in _ABOUT_DEPS and (_race_word(child) or (voting and child.lemma_.lower() in _POLLS)):
                    return f"it is about {child.text!r}, a race"
                stack.append(child)
    return None
