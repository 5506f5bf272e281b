"""The merged graph: each triple once, exact after re-reading or removing articles, support, disagreements."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from servers import newsgraph_server, oxigraph_server
from SPARQLWrapper import JSON, SPARQLWrapper

from newsgraph.build import PROVENANCE_GRAPH, BuildOptions, article_graph, build
from newsgraph.errors import StoreError
from newsgraph.graph.disagreement import Claim, aspects, corresponds, trigger_key
from newsgraph.graph.push import push
from newsgraph.graph.store import GraphStore, open_store
from newsgraph.queries.runner import library, run_query
from newsgraph.records import ArticleFacts, DateKind, Document, Entity, Event, EventDate, Mention, Mode, Relation

DATA = Path(__file__).resolve().parents[1] / "data" / "disagreements"
ENTITY_TYPES = "VALUES ?type { ng:Person ng:Country ng:Organization ng:Place ng:Concept ng:Group }"


# -- hand-made articles --------------------------------------------------------------------------------------------
def _mention(doc_id: str, sentence: str, word: str) -> Mention:
    start = sentence.index(word)
    return Mention(doc_id, start, start + len(word), word, 0, len(sentence), sentence)


def article(doc_id: str, *, published: date | None = date(2022, 3, 1), publisher: str = "Wire",
            kyodo: str = "Organization", japan: str = "Japan", sanction_date: str = "2022-02-28",
            sanction_mode: Mode | None = None, recipient: str = "russia", text: str = "") -> ArticleFacts:
    """An article on Japan's sanctions: every keyword changes one thing it says."""
    sentence = f"Japan imposed sanctions on {recipient.title()} on Monday, Kyodo reported. {text}".strip()
    document = Document(doc_id, sentence, f"hash-{doc_id}-{sentence}-{kyodo}-{japan}", published,
                        "manifest" if published else "unknown", publisher=publisher)
    when = EventDate.from_value(sanction_date, DateKind.OCCURRED)
    return ArticleFacts(
        document=document,
        entities=[Entity("japan", japan, "Country", frozenset({"Tokyo"})),
                  Entity(recipient, recipient.title(), "Country"),
                  Entity("kyodo", "Kyodo", kyodo), Entity("sanctions", "sanctions", "Concept")],
        events=[Event("SANCTION", "japan", recipient, _mention(doc_id, sentence, "imposed"), "imposed sanctions",
                      "test", topic="sanctions", date=when, mode=sanction_mode)],
        relations=[Relation("kyodo", "locatedIn", "japan", _mention(doc_id, sentence, "Kyodo"), rule="test")],
        word_count=len(sentence.split()))


def _write(path: Path | None, *articles: ArticleFacts, backend: str = "oxigraph") -> GraphStore:
    store = open_store(path, backend)
    store.write_articles([article_graph(a) for a in articles])
    return store


def _public(store: GraphStore) -> set[tuple[str, ...]]:
    """Every quad a user can query, as text (the build's provenance graph aside)."""
    return {tuple(str(t) for t in q) for q in store.quads() if q[3] != PROVENANCE_GRAPH}


def _index(store: GraphStore) -> set[str]:
    """The support index, once the versions replaced are dropped (as flushing the store does)."""
    store.flush()
    return {str(q) for q in store.support.store}


def _count(store: GraphStore, where: str) -> tuple[int, int]:
    """COUNT(?e) and COUNT(DISTINCT ?e) over a pattern in the default graph."""
    row = store.select(f"SELECT (COUNT(?e) AS ?n) (COUNT(DISTINCT ?e) AS ?d) WHERE {{ {where} }}")[0]
    return int(row[0]), int(row[1])


# -- each triple once ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_counts_in_the_default_graph_are_the_library_counts(backend: str) -> None:
    with _write(None, article("a.txt"), article("b.txt"), article("c.txt", recipient="belarus"),
                backend=backend) as store:
        events = {r[0] for r in run_query(store, library()["events"]).rows}
        entities = {r[0] for r in run_query(store, library()["entities"]).rows}
        relations = {(r[0], r[2], r[3]) for r in run_query(store, library()["relations"]).rows}
        assert _count(store, "?e a ng:Event") == (len(events), len(events)) == (2, 2)
        assert _count(store, f"{ENTITY_TYPES} ?e a ?type") == (len(entities), len(entities)) == (5, 5)
        assert _count(store, "?e a ng:Relation") == (len(relations), len(relations)) == (1, 1)
        # A triple three articles say is there once.
        assert _count(store, "?e ng:locatedIn ?x") == (1, 1)


def test_support_and_sources_are_data() -> None:
    with _write(None, article("a.txt", publisher="Kyodo News"), article("b.txt", publisher="NHK"),
                article("c.txt", publisher="NHK")) as store:
        rows = store.select("""SELECT ?n (GROUP_CONCAT(DISTINCT ?by; separator="|") AS ?publishers)
                               (COUNT(DISTINCT ?article) AS ?articles) WHERE {
            ?e a ng:Event ; ng:articleCount ?n ; ng:reportedBy ?by ; ng:reportedIn ?article } GROUP BY ?n""")
        assert [(int(n), sorted(str(p).split("|")), int(a)) for n, p, a in rows] == [(3, ["Kyodo News", "NHK"], 3)]
        store.remove_articles(["b.txt"])
        rows = store.select("SELECT ?n ?by WHERE { ?e a ng:Relation ; ng:articleCount ?n ; ng:reportedBy ?by }")
        assert sorted((int(n), str(b)) for n, b in rows) == [(2, "Kyodo News"), (2, "NHK")]


# -- exact after changes -------------------------------------------------------------------------------------------
CHANGES: dict[str, Callable[[GraphStore], None]] = {
    "remove b": lambda s: s.remove_articles(["b.txt"]),
    "change b": lambda s: s.write_articles([article_graph(article("b.txt", recipient="belarus", kyodo="Place"))]),
    "remove c": lambda s: s.remove_articles(["c.txt"]),
}
AFTER = {
    "remove b": [article("a.txt"), article("c.txt", japan="Nippon", kyodo="Place")],
    "change b": [article("a.txt"), article("b.txt", recipient="belarus", kyodo="Place"),
                 article("c.txt", japan="Nippon", kyodo="Place")],
    "remove c": [article("a.txt"), article("b.txt")],
}


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_changed_store_holds_what_a_fresh_build_of_its_articles_holds(tmp_path: Path, backend: str,
                                                                         change: str) -> None:
    # Three articles that share most facts and differ on Japan's label and Kyodo's type.
    with _write(tmp_path / "changed", article("a.txt"), article("b.txt"),
                article("c.txt", japan="Nippon", kyodo="Place"), backend=backend) as store:
        CHANGES[change](store)
        changed, changed_index = _public(store), _index(store)
    with _write(tmp_path / "fresh", *AFTER[change], backend=backend) as store:
        fresh, fresh_index = _public(store), _index(store)
    assert changed == fresh
    assert changed_index == fresh_index


def test_the_value_most_articles_give_wins_and_losing_names_stay_names() -> None:
    kyodo, japan = URIRef("https://w3id.org/newsgraph/id/entity/kyodo"), URIRef(
        "https://w3id.org/newsgraph/id/entity/japan")

    def described(store: GraphStore) -> tuple[set[str], set[str], set[str]]:
        types = {str(r[0]).rsplit("#", 1)[-1] for r in store.select("SELECT ?t WHERE { ?e a ?t }", {"e": kyodo})}
        labels = {str(r[0]) for r in store.select("SELECT ?l WHERE { ?e rdfs:label ?l }", {"e": japan})}
        names = {str(r[0]) for r in store.select("SELECT ?l WHERE { ?e skos:altLabel ?l }", {"e": japan})}
        return types, labels, names

    with _write(None, article("a.txt", kyodo="Place", japan="Nippon"), article("b.txt", kyodo="Place"),
                article("c.txt")) as store:
        assert described(store) == ({"Place"}, {"Japan"}, {"Tokyo", "Nippon"})
        store.remove_articles(["b.txt"])  # ties: Organization comes before Place, the longer name first
        assert described(store) == ({"Organization"}, {"Nippon"}, {"Tokyo", "Japan"})
        store.remove_articles(["c.txt"])
        assert described(store) == ({"Place"}, {"Nippon"}, {"Tokyo"})


def test_a_store_of_the_earlier_layout_is_refused_or_upgraded(tmp_path: Path) -> None:
    articles = [article("a.txt"), article("b.txt", japan="Nippon")]
    old = ox.Store(str(tmp_path / "old"))  # one graph per article, each with everything, as before
    for facts in articles:
        old.load(article_graph(facts).nquads, ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    with pytest.raises(StoreError, match=r"written by an earlier newsgraph.*newsgraph build ARTICLES --store"):
        open_store(tmp_path / "old")
    # The endpoint, whose workers read the store's default graph directly, refuses it too (it would answer empty).
    served = subprocess.run([sys.executable, "-m", "newsgraph", "serve", "--store", str(tmp_path / "old"), "--port",
                             "0"], capture_output=True, text=True, timeout=120)
    assert served.returncode == 1 and "written by an earlier newsgraph" in served.stderr
    assert len(served.stderr.strip().splitlines()) == 1, served.stderr
    with open_store(tmp_path / "old", upgrade=True) as store:
        assert store.upgraded == 2
        upgraded = _public(store)
    with _write(tmp_path / "fresh", *articles) as store:
        assert upgraded == _public(store)


# -- disagreements -------------------------------------------------------------------------------------------------
def _claim(**changes: object) -> Claim:
    base = Claim("m1", "e1", "a1", "2022-03-01", "event", "SANCTION", "japan", "russia", None, "2022-02-28",
                 "2022-02-28", "impos", frozenset({"japan", "imposed", "sanctions", "russia", "monday"}))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


OTHER = {"mention": "m2", "fact": "e2", "article": "a2"}


def test_a_trigger_is_known_by_its_stem_in_every_inflection() -> None:
    assert {trigger_key(w) for w in ("tolerate", "tolerated", "tolerates", "tolerating")} == {"tolerat"}
    assert {trigger_key(w) for w in ("urge", "urged", "urges", "urging to")} == {"urg"}


@pytest.mark.parametrize(("changes", "expected"), [
    ({"earliest": "2022-02-27", "latest": "2022-02-27"}, ["date"]),
    ({"earliest": "2022-02-01", "latest": "2022-02-28"}, []),  # the same day at another precision
    ({"earliest": None, "latest": "2022-03-01"}, []),  # known only as reported by then
    ({"mode": "negated"}, ["mode"]),
    ({"mode": "hypothetical", "earliest": None, "latest": None}, ["mode"]),
    ({"mode": "historical"}, []),
    ({"what": "THREATEN"}, ["category"]),
    ({"what": "THREATEN", "trigger": "warn"}, []),  # another verb: another report
    ({"what": "REJECT", "mode": "negated"}, []),  # "did not tolerate" and "could not tolerate"
    ({"recipient": "belarus"}, ["recipient"]),
    ({"actor": "china"}, ["actor"]),
    ({"actor": "russia", "recipient": "japan"}, []),  # swapped: "met each other" is coded both ways
    ({"recipient": None}, []),  # one names no recipient
    ({"fact": "e1"}, []),  # the same fact
])
def test_what_two_reports_of_one_event_differ_on(changes: dict[str, object], expected: list[str]) -> None:
    assert aspects(_claim(), _claim(**{**OTHER, **changes})) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, True),
    ({"published": "2022-03-04"}, True),
    ({"published": "2022-03-05"}, False),  # more than three days apart
    ({"published": None}, False),
    ({"article": "a1"}, False),  # one article
    ({"kind": "relation"}, False),
    ({"words": frozenset({"japan", "imposed", "tariffs", "steel", "imports", "friday"})}, False),
])
def test_which_mentions_may_report_one_event(changes: dict[str, object], expected: bool) -> None:
    assert corresponds(_claim(), _claim(**{**OTHER, **changes})) is expected


def _disputed(store: GraphStore) -> set[str]:
    return {str(r[0]).rsplit("/", 1)[-1] for r in store.select("SELECT ?e WHERE { ?e ng:disputed true }")}


def test_a_disagreement_is_in_the_graph_until_either_article_goes(tmp_path: Path) -> None:
    one, other = article("a.txt"), article("b.txt", published=date(2022, 3, 2), sanction_date="2022-02-27")
    with _write(tmp_path / "s", one, other) as store:
        rows = run_query(store, library()["disagreements"]).as_dicts()
        assert {(str(r["aspect"]), str(r["source"]), str(r["date"])) for r in rows} == {
            ("date", "a.txt", "2022-02-28"), ("date", "b.txt", "2022-02-27")}
        assert all(str(r["sentence"]).startswith("Japan imposed sanctions on Russia") for r in rows)
        assert len(_disputed(store)) == 2
        assert {str(r["disputed"]) for r in run_query(store, library()["events"]).as_dicts()} == {"true"}
        store.remove_articles(["b.txt"])
        assert not run_query(store, library()["disagreements"]).rows and not _disputed(store)
        after = _public(store)
    with _write(tmp_path / "fresh", one) as store:
        assert after == _public(store)


def test_articles_that_each_report_both_versions_agree(tmp_path: Path) -> None:
    both = "Japan also imposed sanctions on Russia on Sunday."
    one = article("a.txt", text=both)
    one.events.append(dataclasses.replace(one.events[0], date=EventDate.from_value("2022-02-27"),
                                          mention=_mention("a.txt", one.document.text, "also")))
    other = article("b.txt", sanction_date="2022-02-27")
    with _write(None, one, other) as store:
        assert not run_query(store, library()["disagreements"]).rows


@pytest.mark.model
def test_two_wire_reports_disagree_in_each_way(tmp_path: Path) -> None:
    """The articles written for it (tests/data/disagreements): each kind once, with both sentences."""
    store_path = tmp_path / "wires.store"
    report = build([DATA / "wire-one.txt", DATA / "wire-two.txt"],
                   BuildOptions(store=store_path, manifest=DATA / "manifest.jsonl"))
    assert report.added == 2
    with open_store(store_path) as store:
        rows = run_query(store, library()["disagreements"]).as_dicts()
        found: dict[str, dict[str, str]] = {}
        for row in rows:
            found.setdefault(str(row["aspect"]), {})[str(row["source"])] = str(row["sentence"])
        assert found == {
            "date": {"wire-one.txt": "Russian forces attacked Kharkiv on Monday, the regional governor said.",
                     "wire-two.txt": "Russian forces attacked Kharkiv on Sunday, the regional governor said."},
            "mode": {"wire-one.txt": "Japan imposed new sanctions on Russia on Tuesday, the government said.",
                     "wire-two.txt": "Japan did not impose new sanctions on Russia on Tuesday, the government said."},
            "recipient": {"wire-one.txt": "The United States urged Japan on Tuesday to impose sanctions on Russia.",
                          "wire-two.txt": "The United States urged South Korea on Tuesday to impose sanctions on "
                                          "Russia."},
            "category": {"wire-one.txt": "Japan called on Russia on Tuesday to withdraw its troops.",
                         "wire-two.txt": "Japan called Russia on Tuesday to discuss its troops."},
        }
        by_aspect = {(str(r["aspect"]), str(r["source"])): r for r in rows}
        assert (str(by_aspect[("date", "wire-one.txt")]["date"]), str(by_aspect[("date", "wire-two.txt")]["date"])) \
            == ("2022-02-28", "2022-02-27")
        assert str(by_aspect[("mode", "wire-two.txt")]["mode"]) == "negated"
        assert {str(by_aspect[("category", s)]["category"]) for s in ("wire-one.txt", "wire-two.txt")} == {
            "REQUEST", "CONSULT"}
        # The meeting both report alike is one event, undisputed, reported by both.
        met = [r for r in run_query(store, library()["events"], {"entity": "Andrzej Duda"}).as_dicts()]
        assert {str(r["source"]) for r in met} == {"wire-one.txt", "wire-two.txt"}
        assert len({r["event"] for r in met}) == 1 and not any("disputed" in r for r in met)


# -- the seed articles ----------------------------------------------------------------------------------------------
#: Library query → the pattern in the default graph that counts what it lists.
SEED_COUNTS = {"events": "?e a ng:Event", "relations": "?e a ng:Relation", "entities": f"{ENTITY_TYPES} ?e a ?type"}


def _library_count(store: GraphStore, name: str) -> int:
    rows = run_query(store, library()[name]).rows
    if name == "relations":
        return len({(r[0], r[2], r[3]) for r in rows})
    return len({r[0] for r in rows})


@pytest.mark.model
def test_seed_counts_in_sparql_are_the_library_counts(seeds_store: GraphStore) -> None:
    for name, pattern in SEED_COUNTS.items():
        n = _library_count(seeds_store, name)
        assert _count(seeds_store, pattern) == (n, n), name
    # Before the merged graph, a count over the union of article graphs gave one row per event and article.
    pairs = len({(str(r["event"]), str(r["source"])) for r in run_query(seeds_store, library()["events"]).as_dicts()})
    assert _count(seeds_store, "?e a ng:Event")[0] < pairs


def _counted_at(url: str, pattern: str) -> tuple[int, int]:
    client = SPARQLWrapper(url)
    client.setQuery(f"PREFIX ng: <https://w3id.org/newsgraph/ns#> "
                    f"SELECT (COUNT(?e) AS ?n) (COUNT(DISTINCT ?e) AS ?d) WHERE {{ {pattern} }}")
    client.setReturnFormat(JSON)
    row = client.query().convert()["results"]["bindings"][0]  # type: ignore[index,call-overload]
    return int(row["n"]["value"]), int(row["d"]["value"])


@pytest.mark.model
@pytest.mark.server
def test_seed_counts_are_the_same_through_serve_and_in_an_oxigraph_server(seeds_store_path: Path,
                                                                          tmp_path: Path) -> None:
    with open_store(seeds_store_path) as store:
        expected = {name: _library_count(store, name) for name in SEED_COUNTS}
    with newsgraph_server(seeds_store_path) as (url, _):
        for name, pattern in SEED_COUNTS.items():
            assert _counted_at(url + "sparql", pattern) == (expected[name],) * 2, name
    # Pushed into Oxigraph servers whose default graph is their own graph, or the union of all graphs.
    for union in (False, True):
        with oxigraph_server(tmp_path / f"oxigraph-{union}", union=union) as url:
            with open_store(seeds_store_path) as store:
                push(store, url + "/store")
            for name, pattern in SEED_COUNTS.items():
                assert _counted_at(url + "/query", pattern) == (expected[name],) * 2, (name, union)


@pytest.mark.model
@pytest.mark.parametrize("change", ["remove", "change"])
def test_seeds_changed_are_the_seeds_built_anew(tmp_path: Path, seeds_store_path: Path, seeds_dir: Path,
                                                change: str) -> None:
    # The ANI rewrite (002) is removed, or replaced by a shorter version of itself. The other two articles do
    # not depend on it (the undated one takes its date from the Kyodo original, 004).
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("000_d2f81471b01d80ec.txt", "004_8cdcb9362fedcf32.txt", "manifest.jsonl"):
        shutil.copy(seeds_dir / name, folder / name)
    rewrite = (seeds_dir / "002_973f902777367275.txt").read_text(encoding="utf-8")
    if change == "change":
        (folder / "002_973f902777367275.txt").write_text(rewrite.split("However,")[0], encoding="utf-8")
    store_path = tmp_path / "changed.store"
    shutil.copytree(seeds_store_path, store_path)
    if change == "remove":
        with open_store(store_path) as store:
            store.remove_articles(["002_973f902777367275.txt"])
    else:
        build([folder], BuildOptions(store=store_path, manifest=folder / "manifest.jsonl"))
    build([folder], BuildOptions(store=tmp_path / "fresh.store", manifest=folder / "manifest.jsonl"))
    with open_store(store_path) as changed, open_store(tmp_path / "fresh.store") as fresh:
        assert _public(changed) == _public(fresh)
        assert _index(changed) == _index(fresh)
        assert changed.article_count() == 3 if change == "change" else 2



def test_the_cli_removes_articles_or_says_which_it_does_not_hold(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli import main

    _write(tmp_path / "s", article("a.txt"), article("b.txt", recipient="belarus")).close()
    for argv, code, needle in (
            (["remove", "a.txt", "nothere.txt", "--store", str(tmp_path / "s")], 1, "no article 'nothere.txt'"),
            (["remove", "b.txt", "--store", str(tmp_path / "s")], 0, "removed 1 article from"),
            (["remove", "b.txt", "--store", str(tmp_path / "none")], 1, "does not exist")):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        captured = capsys.readouterr()
        assert caught.value.code == code and needle in captured.out + captured.err
    with open_store(tmp_path / "s") as store:
        assert {r[1] for r in store.content_hashes().items()} == {"a.txt"}
        assert not store.select("SELECT ?e WHERE { ?e ng:recipient entity:belarus }")
