"""Sides: which party a referent stands for once the coder has found it, the stage after ``commerce``, before
``coding``: a group that is a party of its own becomes its node, a body named by a pronoun is the entity's own,
a country's people facing its state are its group, an armed force of no named country takes a side, "government
troops" are the forces of the one country the sentence names, and an organisation is one body or several
states."""

from __future__ import annotations

from dataclasses import replace

from newsgraph.extract.events.commerce import _Commerce
from newsgraph.extract.events.parts import Referent, _Trigger
from newsgraph.extract.events.words import _ARMED_SECTORS, _FIGHTING_SECTORS, _STATE_SECTORS

#: Where a name stands as a party or a place of its own, not inside another name ("UK-based", "Syrian Observatory").
_NAMING_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "obj", "pobj", "appos", "conj", "attr", "ROOT"))


class _Sides(_Commerce):
    """The party-side readings of the coder: the stage after ``commerce``, before ``coding``."""

    def _as_nodes(self, referents: list[Referent], steps: list[str]) -> list[Referent]:
        """Groups that are parties of their own become their ``Group`` nodes (``groups``)."""
        out = []
        for referent in referents:
            if self.groups.needs_node(referent):
                node = self.groups.node(referent)
                steps.append(f"{referent.describe()} is a group of its own: node {node.key}")
                referent = node
            out.append(referent)
        return out

    def _itself(self, party: Referent, other: Referent) -> bool:
        """Whether ``party`` is the entity itself, named or by a pronoun ("Egypt", "its"), of no sector, where
        ``other`` is one of its bodies ("its ambassador"); "Iraqi Kurds" are a people of the country. Whatever
        their sectors, a group's people named by a pronoun are its own ("Hezbollah is to move its fighters")."""
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in other.token.children) or (
            party.sector is None and other.sector is not None and (party.token.i in self.ent_of or
                                                                  party.token.pos_ == "PRON"))

    def _domestic_group(self, referent: Referent, steps: list[str]) -> Referent:
        """A country's people of a sector outside the state ("protesters in Seoul", "Spanish farmers") as the
        group node of that country, when they face a body of their own country."""
        if referent.sector is None or referent.sector in _STATE_SECTORS or referent.key not in self.entities or \
                self.entities[referent.key].type != "Country":
            return referent
        node = self.groups.node(referent)
        steps.append(f"{referent.describe()} faces its own country's state: node {node.key}")
        return node

    def _fighting_sides(self, actor: Referent, recipient: Referent, force: bool,
                        steps: list[str]) -> tuple[Referent, Referent]:
        """A state's armed force of no named country is a party of its own in the article (groups.py), whose
        country the coder does not guess, when it acts on a named party ("the junta's troops fired on students
        in Rangoon", "security forces arrested the opposition leader") and, in force (``force``), against a
        side of a fight ("government troops clashed with rebels", "police dispersed demonstrators") or as the
        one a party's force is used on ("rebels ambushed an army convoy"). Against an unnamed group of no side
        ("police arrested two businessmen") it stays no party."""
        sides = [actor, recipient]
        for index, (armed, other) in enumerate(((actor, recipient), (recipient, actor))):
            if armed.key is not None or armed.sector not in _ARMED_SECTORS or other.key is None:
                continue
            group = self.groups.made.get(other.key)
            named_victim = index == 0 and group is None
            if not named_victim and (not force or (group is not None and group.sector not in _FIGHTING_SECTORS)):
                continue
            sides[index] = self.groups.node(armed)
            steps.append(f"an armed force of no named country {'acting on' if index == 0 else 'facing'} "
                         f"{other.key}: node {sides[index].key}")
        return sides[0], sides[1]

    def _government_force(self, referent: Referent, trigger: _Trigger) -> Referent:
        """"Government troops", "government forces" of no named country are the forces of the one country the
        sentence names as a party or a place of its own (a country, a capital or a place in it: "government
        troops retreated from Kabul", "shelled rebel positions near Jaffna, Sri Lanka"): a group node of that
        country. Not when it names several ("government troops clashed with Rwandan rebels in Congo" does not
        say whose troops) or names one only inside another name ("a UK-based group said ... government forces");
        with none, the force stays no party unless it fights one (``_fighting_sides``)."""
        token = referent.token
        if referent.key is not None or referent.sector not in _ARMED_SECTORS or not any(
                c.dep_ in ("compound", "amod") and c.lower_ == "government" for c in token.children):
            return referent
        countries = {self._country_of(ent.kb_id_) for i, ent in self.ent_of.items()
                     if token.sent.start <= i < token.sent.end and i == ent.root.i and ent.root.dep_ in _NAMING_DEPS
                     and self.groups.type_of(ent.kb_id_) in ("Country", "Place")}
        country = next(iter(countries)) if len(countries) == 1 else None
        if country is None or self.groups.type_of(country) != "Country":
            return referent
        node = self.groups.node(replace(referent, key=country))
        trigger.steps.append(f"{referent.describe()}: the forces of the one country the sentence names, node "
                             f"{node.key}")
        return node

    def _one_body(self, referent: Referent) -> bool:
        """Whether a party is one organisation, not a body of several states (OPEC, the EC), whose meetings
        bring its members together (CONSULT, PLOVER.md)."""
        info = self.entities.get(referent.key or "")
        if info is None or info.type != "Organization":
            return False
        entry = self.gazetteer.entries.get(info.key)
        if entry is not None and entry.kind == "igo":
            return False
        codes = [*dict(info.codes).values(), *(dict(entry.codes).values() if entry is not None else ())]
        return not any(code and code.upper().startswith("IGO") for code in codes)
