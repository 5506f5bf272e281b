"""Event coding: PLOVER events with actor, recipient, mode, date and source, read from the dependency parse.

The ``newsgraph_events`` component runs last, after linking (entity keys on ``doc.ents``), temporal tagging and
relations. It writes ``doc._.events``, a list of :class:`newsgraph.records.Event`, and ``doc._.attributions``.

How a sentence is coded:

1. **Triggers.** Every verb and noun is looked up in the lexicon (``newsgraph.extract.lexicon``): a verb
   ("urged"), a phrasal verb ("cracked down on"), a light verb and its object ("imposed sanctions", "held
   talks"), a noun ("annexation", "summit"). Support verbs ("hold", "launch", "step up") take their category from
   the event noun they govern.
2. **Frames.** A verb of saying is not an event: the events it reports keep its subject as their
   *attribution* ("diplomatic sources", "Kyodo"). An intent verb ("pledged to", "wants to") turns the event it
   governs into a threat, an agreement or a concession. A request ("urged X to"), a refusal ("refused to"), or a
   verb like "consider" or "prevent" keeps what it governs from counting as a fact.
3. **Participants** come from the parse: subject and object, passive agent ("was attacked by"), coordination
   ("Hungarian and Romanian officials" are two actors), possessives and demonyms on nouns ("Russia's
   annexation of Crimea", "Russian troops"), appositions ("Russia's ambassador ... Mikhail Galuzin"), relative
   clauses, control ("urged Japan to ..."), pronouns and "the government" (to the nearest fitting antecedent,
   only where safe), group words with their sector ("troops" → military), a nationality on any noun ("Russian
   aircraft" → Russia), the other party on the object ("a contract with the union") or in the clause an event
   noun heads ("a threat to impose sanctions on Russia"), collective nouns ("three divisions of Revolutionary
   Guards"), a country named again ("the country's creditors", "the Gulf state"), the visitor of "the visiting
   premier", never the venue of a meeting. Companies, banks, unions, firms named by what they make ("Japanese
   chipmakers") and groups of no stated country are ``Group`` nodes; cooperation between companies is commerce,
   no event. A government named by its
   capital is already the country (linking).
4. **Mode**: hypothetical (an "if" clause, "would", "in the event of", "possible"), negated ("did not"; but
   "would not provide support" is a REJECT, and "refused to" is REJECT with what was refused left out),
   future ("is scheduled to", a commitment to act: "pledged to expel"), historical (background from an
   earlier period: dated more than a year before the article, "annexation of Crimea in 2014", or a
   past-perfect event with no date of its own; PLOVER.md), keeping its date. PLOVER's category rules come
   with the modes: cooperation the actor says will or would happen, or that is expected, is AGREE, force so
   announced THREATEN, a retreat CONCEDE ("will send aid", "would strike if", "is willing to"). Threats keep
   no mode: a conditional warning ("would face consequences if ...") is a plain fact of threatening, and its
   condition is part of it, not an event of its own.
5. **Date**: the time expression attached to the trigger (``newsgraph.extract.temporal.event_date_for``) or
   inside a nominal event's phrase; else the date of the meeting it happened at ("during a summit ... late
   last month"), of the earlier event it followed at month or year precision, or of the statement that reports
   it; else, for a plain fact, the day the article was published as an upper bound (kind ``reported``, or
   ``inferred`` when that day was inferred). The same event told elsewhere in the article with its day (a photo
   caption) gives a vaguer telling that day.
6. **Accusations in reports**: "X said Y attacked Z" is Y→Z attributed to X, and X accuses Y, unless X is a
   news source or on Y's side.

``explain`` shows the events of one sentence with the lexicon entry and the parse relations behind each;
``explain_dropped`` the words the lexicon names that gave no event, and the step that dropped each.

One module per stage: ``triggers`` (lexicon matching over the Doc), ``reported`` (a verb of saying whose clause
makes it a request or an accusation), ``intents`` (PLOVER's rules for acts promised, threatened or refused),
``halting`` (verbs that halt, end or prevent the event a noun names), ``composition`` (frames: support and
light verbs, intent, requests, refusals), ``participants`` and
``referents`` (actor, recipient, who a phrase stands for), ``coreference`` (whom a pronoun or "the ministry"
stands for, when the parse makes it safe; the country of a person or place), ``groups`` (groups
that are parties of their own, as ``Group`` nodes), ``modes`` (hypothetical, negated, future, historical,
reported speech), ``dating``, ``commerce`` (a firm's business is no event), ``sides`` (which party a referent
stands for: a group's node, a country's own people, an armed force's side), and ``coding``, which runs them in
order for one Doc; ``component`` is the spaCy component and ``explain``. The word classes the rules read are in
``words`` (and, by their subject, ``halting_words``, ``judging_words``, ``market_words``, ``place_words``); the
category facts in ``newsgraph.plover``.
"""

from __future__ import annotations

from newsgraph.extract.events.component import (
    DroppedTrigger,
    EventCoder,
    EventExplanation,
    event_coder,
    explain,
    explain_dropped,
    format_dropped,
    format_explanation,
)
from newsgraph.extract.events.words import NEEDS_RECIPIENT

__all__ = [
    "NEEDS_RECIPIENT",
    "DroppedTrigger",
    "EventCoder",
    "EventExplanation",
    "event_coder",
    "explain",
    "explain_dropped",
    "format_dropped",
    "format_explanation",
]
