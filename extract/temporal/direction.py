"""Direction from tense and context: whether a relative expression points to the past or the future.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract.temporal.lexicon import FUTURE, PAST, UNKNOWN

_FUTURE_AUX = {"will", "'ll", "wo", "shall"}
# Verbs whose infinitive complement is still to come: "is scheduled to meet Friday", "plans to leave Monday".
_FUTURE_LEMMAS = {"schedule", "plan", "expect", "due", "set", "intend", "prepare", "hope", "aim", "propose"}
_PLAN_LEMMAS = {"schedule", "plan", "intend", "propose"}
# Verbs of deciding and promising: their infinitive happens after them, and news reports it as still to come once
# decided ("has decided to admit them in March"); "tried", "refused", "was forced to" keep their own past.
_INTENTION_LEMMAS = {"decide", "agree", "promise", "vow", "pledge", "threaten", "vote", "resolve", "undertake",
                     "offer", "want", "wish", "seek", "ask", "urge", "invite", "call", "order", "instruct"}
# Words just before an expression that make it future whatever the verb: "will ... Friday", "as soon as Tuesday".
_FUTURE_CUE = re.compile(r"\b(?:will|'ll|shall|going\s+to|as\s+(?:soon|early)\s+as)\s+(?:\w+\s+){0,4}$", re.I)


def _verb_direction(verb: Token, depth: int = 0) -> int:
    """Past, future or unknown from a verb's tag and auxiliaries ("will meet" is future, "met" past).

    "would" is the future of reported speech ("said they would reply Wednesday"); a plan is about the future
    ("planned a rally Saturday") unless it is pluperfect. Present tense and bare participles stay unknown: news
    headlines put the past in the present ("Kenya says Friday"), and unknown is resolved as the past.
    """
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.subtree)):
        return FUTURE
    if aux & {"would", "'d"}:
        return FUTURE  # "said talks would resume Monday": future in reported speech
    if verb.tag_ == "VBN" and aux & {"is", "are", "'s", "'re"} and verb.lemma_ in _FUTURE_LEMMAS | {"slate"}:
        return FUTURE  # "the vote is set for Tuesday", "the talks are scheduled for Monday"
    if verb.lemma_ in _PLAN_LEMMAS and "had" not in aux and verb.dep_ not in ("acl", "amod"):
        # "planned a rally Saturday", "has scheduled a news conference Thursday"; not "a service planned for
        # Saturday was canceled", where the plan is background
        return FUTURE
    if verb.tag_ == "VB" and "to" in aux:
        head = verb.head
        if head is verb or depth > 2:
            return UNKNOWN
        copula = head.head if head.dep_ in ("acomp", "attr") else head
        pluperfect = any(c.lower_ == "had" for c in (*head.children, *copula.children))
        if head.lemma_ in _FUTURE_LEMMAS and not pluperfect:
            return FUTURE  # "is scheduled to meet Friday"; not "had been due to expire Friday"
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
            return FUTURE  # "is to resume trading Tuesday"
        if head.pos_ in ("NOUN", "PROPN"):
            return FUTURE  # "a pledge to meet again in September"
        if head.lemma_ in _INTENTION_LEMMAS:
            return FUTURE  # "has decided to admit them in March", "agreed to buy it in February": still to come
        return _verb_direction(head, depth + 1)
    if verb.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were", "did"}:
        return PAST
    return UNKNOWN


# Verbs in the present that report or state rather than schedule: "says Friday" is a headline's past.
_PRESENT_NOT_SCHEDULE = {"say", "tell", "report", "announce", "state", "add", "declare", "claim", "note",
                         "confirm", "write", "explain", "insist", "warn", "show", "indicate", "suggest", "accuse",
                         "deny", "acknowledge", "argue", "believe", "think", "know", "seem", "appear", "remain",
                         "have", "own", "hold", "include", "mean", "need", "want", "expect", "estimate"}


# Verbs whose past is spelled as their present: "hurt", "cut", "set" with a weekday are most often past.
_SAME_PAST_AND_PRESENT = {"hurt", "cut", "put", "set", "hit", "let", "cost", "quit", "shut", "spread", "split",
                          "bid", "cast", "burst", "read", "shed", "thrust", "upset", "forecast", "broadcast",
                          "beat"}


def _attached_verb(span: Span) -> Token | None:
    """The verb a time expression modifies directly: its head, or the head of its preposition ("on Friday");
    the second of two conjoined expressions ("between March and May") hangs where the first does."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root and root.head.pos_ in ("PROPN", "NOUN", "NUM"):
        root = root.head
    head = root.head
    if head is root:
        return None
    if head.dep_ == "prep" and head.pos_ == "ADP" and head.head is not head:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


# Verbs that move or grant time up to a day: "postponed until Tuesday", "gave them until Friday".
_DEFERRAL_LEMMAS = {"postpone", "delay", "adjourn", "extend", "defer", "give", "grant", "suspend", "recess",
                    "reschedule", "put", "push", "move", "have", "allow", "wait", "stay"}


def _is_deadline(span: Span) -> bool:
    """Whether a day is the end of time granted or deferred: "postponed until Tuesday morning", "extended its
    deadline until 9 a.m. Tuesday" (a deferral counts from the report, so the day is the coming one)."""
    node = span.root
    for _ in range(3):
        if node.head is node:
            return False
        node = node.head
        if node.lower_ in ("until", "till"):
            head = node.head
            return head is not node and (head.lemma_ in _DEFERRAL_LEMMAS or head.lower_ in ("deadline",
                                                                                             "deadlines"))
    return False


def _is_present_schedule(verb: Token) -> bool:
    """Whether ``verb`` is a finite present that names something scheduled: "meet", "is leaving", "is"."""
    if verb.lemma_ in _PRESENT_NOT_SCHEDULE or verb.dep_ == "amod":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lower_ in _SAME_PAST_AND_PRESENT:
            return False  # "weakness hurt the index on Friday": a past the tagger read as a present
        if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children):
            return False  # a singular subject with a plural present: the tagger's mistake for a past
        return not aux
    if verb.tag_ == "VBG":  # "are meeting Monday", not "were meeting"
        return any(a.tag_ in ("VBZ", "VBP") and a.lemma_ == "be" for a in aux) and len(aux) == 1
    return False


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and not (token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass")):
            return token
        if token.head is token:
            return None
        token = token.head
    return None
