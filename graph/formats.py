"""Formats by name: the one registry of how answers and graphs are written, in the way of rdflib's plugins.

Two registries, each the only place its facts live:

- ``RESULT_FORMATS``: SPARQL query results (a SELECT's rows, an ASK's answer): ``json`` (W3C SPARQL 1.1 Query
  Results JSON), ``xml``, ``csv``, ``tsv`` and ``table`` for people. Each has its media type, the other media
  types it answers to, its file extensions and its writer. ``newsgraph query`` and ``newsgraph serve`` write
  with the same writers.
- ``RDF_FORMATS``: graphs and datasets: ``turtle``, ``ntriples``, ``nquads``, ``trig``, ``jsonld``, ``rdfxml``,
  each with its media type, aliases, extensions, whether it keeps named graphs, and its writer. ``export``,
  ``serve`` (CONSTRUCT and DESCRIBE answers) and ``push`` use them.

``choose_format`` picks by an HTTP ``Accept`` header or a name; ``format_for_path`` by a file's extension; the
command line's choices and help are generated from the registries. Writers take terms of either rdflib or
pyoxigraph (``term``): rdflib is imported only when an rdflib term is written, so the endpoint's workers,
which hold pyoxigraph terms, stay light.

Example:
    >>> sorted(RESULT_FORMATS)
    ['csv', 'json', 'table', 'tsv', 'xml']
    >>> choose_format("solutions", "text/csv;q=0.5, application/sparql-results+xml").name
    'xml'
    >>> format_for_path("graph.nt").name
    'ntriples'
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from newsgraph.errors import UnknownNameError

__all__ = [
    "BOOLEAN",
    "GRAPH",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "SOLUTIONS",
    "Answer",
    "BlankValue",
    "IriValue",
    "RdfFormat",
    "ResultFormat",
    "Term",
    "TextValue",
    "Value",
    "choose_format",
    "format_for_path",
    "formats_for",
    "literal_class",
    "term",
    "value_of",
]

#: The three kinds of SPARQL answer: a SELECT's rows, an ASK's yes or no, a CONSTRUCT's or DESCRIBE's triples.
SOLUTIONS, BOOLEAN, GRAPH = "solutions", "boolean", "graph"

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


# -- terms ---------------------------------------------------------------------------------------------------
class Term(NamedTuple):
    """An RDF term as the writers need it, whichever library produced it.

    ``datatype`` is None for a plain string and for a language-tagged one; ``parts`` holds a quoted triple's
    subject, predicate and object.
    """

    kind: str  # "uri", "bnode", "literal" or "triple"
    value: str
    language: str | None = None
    datatype: str | None = None
    parts: tuple[Term, Term, Term] | None = None

    def ntriples(self) -> str:
        """The term as N-Triples writes it (and SPARQL TSV)."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple" and self.parts is not None:
            return "<< " + " ".join(part.ntriples() for part in self.parts) + " >>"
        escaped = (self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                   .replace("\r", "\\r").replace("\t", "\\t"))
        if self.language:
            return f'"{escaped}"@{self.language}'
        return f'"{escaped}"^^<{self.datatype}>' if self.datatype else f'"{escaped}"'


class Value(str):
    """A term of a query's answer as the string of its value, as rdflib's terms are (``str(value)`` is the IRI or
    the literal's lexical form), with what the writers need to know of it; made straight from Oxigraph's terms
    (``value_of``) without rdflib, whose terms cost several times as much to make (a literal parses its value).
    Its class says its kind: ``IriValue``, ``TextValue`` (a plain string), or one class per datatype or
    language (``literal_class``)."""

    __slots__ = ()
    kind: ClassVar[str] = "literal"
    datatype: ClassVar[str | None] = None
    language: ClassVar[str | None] = None

    def as_term(self) -> Term:
        return Term(self.kind, str(self), self.language, self.datatype)


class IriValue(Value):
    """An IRI in a query's answer."""

    __slots__ = ()
    kind = "uri"


class TextValue(Value):
    """A plain string (``xsd:string``) in a query's answer."""

    __slots__ = ()


class BlankValue(Value):
    """A blank node in a query's answer (a user's query may make one; newsgraph writes none)."""

    __slots__ = ()
    kind = "bnode"


@cache
def literal_class(datatype: str | None, language: str | None = None) -> type[Value]:
    """The class of literals of this datatype (or language) in a query's answer."""
    if language:
        return type("LanguageValue", (Value,), {"__slots__": (), "language": language})
    if datatype is None or datatype == _XSD_STRING:
        return TextValue
    return type("TypedValue", (Value,), {"__slots__": (), "datatype": datatype})


def value_of(node: Any) -> Value:
    """A pyoxigraph term (an IRI, a literal or a blank node) as a :class:`Value`.

    >>> import pyoxigraph as ox
    >>> date = value_of(ox.Literal("2022-02-28", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))
    >>> str(date), term(date).datatype
    ('2022-02-28', 'http://www.w3.org/2001/XMLSchema#date')
    """
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return IriValue(node.value)
    if isinstance(node, ox.Literal):
        return literal_class(node.datatype.value, node.language)(node.value)
    if isinstance(node, ox.BlankNode):
        return BlankValue(node.value)
    raise TypeError(f"{node!r} is not an IRI, a literal or a blank node")


def term(node: Any) -> Term | None:
    """A pyoxigraph or rdflib term, or a :class:`Value` (None: unbound) as a :class:`Term`.

    >>> term(None) is None
    True
    """
    if node is None:
        return None
    if isinstance(node, Value):
        return node.as_term()
    import pyoxigraph as ox

    if isinstance(node, ox.NamedNode):
        return Term("uri", node.value)
    if isinstance(node, ox.BlankNode):
        return Term("bnode", node.value)
    if isinstance(node, ox.Literal):
        ox_datatype = node.datatype.value
        return Term("literal", node.value, node.language,
                    None if ox_datatype in (_XSD_STRING, _RDF_LANG_STRING) else ox_datatype)
    if isinstance(node, ox.Triple):
        return _triple(term(node.subject), term(node.predicate), term(node.object))
    from rdflib.term import BNode, Literal, URIRef

    if isinstance(node, URIRef):
        return Term("uri", str(node))
    if isinstance(node, BNode):
        return Term("bnode", str(node))
    if isinstance(node, Literal):
        datatype = str(node.datatype) if node.datatype is not None and not node.language else None
        return Term("literal", str(node), node.language or None, None if datatype == _XSD_STRING else datatype)
    return Term("literal", str(node))


def _triple(subject: Term | None, predicate: Term | None, obj: Term | None) -> Term:
    assert subject is not None and predicate is not None and obj is not None  # a triple's parts are bound
    return Term("triple", "", parts=(subject, predicate, obj))


@dataclass(frozen=True, slots=True)
class Answer:
    """What a result format writes: a SELECT's variables and rows of terms, or an ASK's answer."""

    variables: tuple[str, ...] = ()
    rows: Sequence[Sequence[Term | None]] = ()
    boolean: bool | None = None

    @classmethod
    def of(cls, variables: Iterable[str], rows: Iterable[Iterable[Any]]) -> Answer:
        """An answer from rows of rdflib or pyoxigraph terms."""
        return cls(tuple(variables), [[term(node) for node in row] for row in rows])


# -- result writers ------------------------------------------------------------------------------------------
def _json_term(value: Term) -> dict[str, Any]:
    if value.kind == "triple" and value.parts is not None:
        subject, predicate, obj = value.parts
        return {"type": "triple", "value": {"subject": _json_term(subject), "predicate": _json_term(predicate),
                                            "object": _json_term(obj)}}
    written: dict[str, Any] = {"type": value.kind, "value": value.value}
    if value.language:
        written["xml:lang"] = value.language
    elif value.datatype:
        written["datatype"] = value.datatype
    return written


def write_json(answer: Answer) -> bytes:
    """W3C SPARQL 1.1 Query Results JSON."""
    if answer.boolean is not None:
        return json.dumps({"head": {}, "boolean": answer.boolean}).encode() + b"\n"
    bindings = [{v: _json_term(t) for v, t in zip(answer.variables, row, strict=True) if t is not None}
                for row in answer.rows]
    return json.dumps({"head": {"vars": list(answer.variables)}, "results": {"bindings": bindings}}, indent=1,
                      ensure_ascii=False).encode() + b"\n"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xml_term(value: Term) -> str:
    if value.kind == "triple" and value.parts is not None:
        subject, predicate, obj = value.parts
        return (f"<triple><subject>{_xml_term(subject)}</subject><predicate>{_xml_term(predicate)}</predicate>"
                f"<object>{_xml_term(obj)}</object></triple>")
    if value.kind != "literal":
        return f"<{value.kind}>{_xml_escape(value.value)}</{value.kind}>"
    if value.language:
        return f'<literal xml:lang="{_xml_escape(value.language)}">{_xml_escape(value.value)}</literal>'
    if value.datatype:
        return f'<literal datatype="{_xml_escape(value.datatype)}">{_xml_escape(value.value)}</literal>'
    return f"<literal>{_xml_escape(value.value)}</literal>"


_XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def write_xml(answer: Answer) -> bytes:
    """W3C SPARQL Query Results XML."""
    if answer.boolean is not None:
        return f"{_XML_HEAD}<head/><boolean>{str(answer.boolean).lower()}</boolean></sparql>\n".encode()
    parts = [_XML_HEAD, "<head>", *(f'<variable name="{_xml_escape(v)}"/>' for v in answer.variables),
             "</head><results>"]
    for row in answer.rows:
        parts.append("<result>")
        parts.extend(f'<binding name="{_xml_escape(v)}">{_xml_term(t)}</binding>'
                     for v, t in zip(answer.variables, row, strict=True) if t is not None)
        parts.append("</result>")
    parts.append("</results></sparql>\n")
    return "\n".join(parts).encode()


def _plain(value: Term | None) -> str:
    """A term's plain value, as SPARQL CSV writes it (blank nodes as _:label)."""
    if value is None:
        return ""
    if value.kind in ("bnode", "triple"):
        return value.ntriples()
    return value.value


def write_csv(answer: Answer) -> bytes:
    """W3C SPARQL 1.1 Query Results CSV: a header of variable names, then plain values (no types)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if answer.boolean is not None:
        writer.writerows([["boolean"], [str(answer.boolean).lower()]])
        return out.getvalue().encode()
    writer.writerow(answer.variables)
    writer.writerows([_plain(value) for value in row] for row in answer.rows)
    return out.getvalue().encode()


def write_tsv(answer: Answer) -> bytes:
    """W3C SPARQL 1.1 Query Results TSV: ``?variable`` headers, then terms as N-Triples writes them."""
    if answer.boolean is not None:
        return f"?boolean\n{str(answer.boolean).lower()}\n".encode()
    lines = ["\t".join("?" + v for v in answer.variables)]
    lines.extend("\t".join("" if value is None else value.ntriples() for value in row) for row in answer.rows)
    return ("\n".join(lines) + "\n").encode()


def short_form(value: Term | None, prefixes: Mapping[str, str] | None = None) -> str:
    """A term as a person reads it: a prefixed IRI (``entity:japan``), a literal's value without its type."""
    if value is None:
        return ""
    if value.kind == "uri":
        for prefix, namespace in (prefixes if prefixes is not None else _default_prefixes()).items():
            if value.value.startswith(namespace) and len(value.value) > len(namespace):
                return f"{prefix}:{value.value[len(namespace):]}"
    return _plain(value)


def _default_prefixes() -> dict[str, str]:
    from newsgraph.graph.namespace import BINDINGS

    return {prefix: str(namespace) for prefix, namespace in BINDINGS.items()}


def write_table(answer: Answer) -> bytes:
    """Plain text for people: a column a variable, IRIs in their short form, every value whole."""
    if answer.boolean is not None:
        return b"yes\n" if answer.boolean else b"no\n"
    prefixes = _default_prefixes()
    cells = [list(answer.variables)] + [[short_form(v, prefixes) for v in row] for row in answer.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(answer.variables))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return ("\n".join(lines) + "\n").encode()


# -- the registries ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ResultFormat:
    """A way to write a SELECT's rows or an ASK's answer.

    ``media_type`` is None for a format that is for the terminal only (the table); ``aliases`` are other media
    types or names it answers to.
    """

    name: str
    media_type: str | None
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    write: Callable[[Answer], bytes]
    description: str
    kinds: frozenset[str] = field(default=frozenset({SOLUTIONS, BOOLEAN}))

    def answers(self, wanted: str) -> bool:
        return _answers(self.name, self.media_type, self.aliases, wanted)


def _answers(name: str, media_type: str | None, aliases: tuple[str, ...], wanted: str) -> bool:
    if media_type is None:
        return wanted == name
    if wanted in ("*/*", name, media_type) or wanted in aliases:
        return True
    return wanted.endswith("/*") and media_type.split("/")[0] == wanted[:-2]


#: Result formats by name; the first is the default of an endpoint.
RESULT_FORMATS: dict[str, ResultFormat] = {
    fmt.name: fmt
    for fmt in (
        ResultFormat("json", "application/sparql-results+json",
                     ("application/json", "text/javascript", "application/javascript"), (".srj", ".json"),
                     write_json, "W3C SPARQL 1.1 Query Results JSON"),
        ResultFormat("xml", "application/sparql-results+xml", ("application/xml", "text/xml"), (".srx", ".xml"),
                     write_xml, "W3C SPARQL Query Results XML"),
        ResultFormat("csv", "text/csv", (), (".csv",), write_csv, "comma-separated values, without types"),
        ResultFormat("tsv", "text/tab-separated-values", (), (".tsv",), write_tsv,
                     "tab-separated values, terms as in N-Triples"),
        ResultFormat("table", None, (), (".txt",), write_table, "a plain table for people"),
    )
}


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """A way to write a graph or a dataset: its name, media type, aliases, extensions and writer.

    ``datasets`` says whether it keeps named graphs (TriG, N-Quads, JSON-LD); ``oxigraph`` names the
    ``pyoxigraph.RdfFormat`` that parses it and, except for JSON-LD, writes it.
    """

    name: str
    media_type: str
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    oxigraph: str
    datasets: bool
    description: str
    kinds: frozenset[str] = field(default=frozenset({GRAPH}))

    def answers(self, wanted: str) -> bool:
        return _answers(self.name, self.media_type, self.aliases, wanted)

    def write(self, statements: Iterable[Any], output: Any = None, prefixes: Mapping[str, str] | None = None
              ) -> bytes | None:
        """Write pyoxigraph triples or quads to ``output`` (a path or a binary file), or return the bytes.

        JSON-LD is written compact, with the prefixes as its ``@context``, by rdflib's JSON-LD serializer:
        pyoxigraph writes only the expanded form. rdflib holds what it writes in memory, so a whole store
        (``pyoxigraph.Store``, as ``newsgraph export`` gives) is written one named graph at a time.
        """
        import pyoxigraph as ox

        if self.name == "jsonld" and isinstance(statements, ox.Store):
            return _write_jsonld_by_graph(statements, output, prefixes)
        if self.name == "jsonld":
            return _write_jsonld(statements, output, prefixes)
        rdf_format = getattr(ox.RdfFormat, self.oxigraph)
        used = dict(prefixes) if prefixes and self.name in ("turtle", "trig", "rdfxml") else None
        written: bytes | None = ox.serialize(statements, output, rdf_format, prefixes=used)
        return written


def _write_jsonld(statements: Iterable[Any], output: Any, prefixes: Mapping[str, str] | None) -> bytes | None:
    import pyoxigraph as ox
    from rdflib import Dataset

    nquads = ox.serialize(statements, format=ox.RdfFormat.N_QUADS) or b""
    dataset = Dataset()
    dataset.parse(data=nquads.decode("utf-8"), format="nquads")
    context = dict(prefixes or _default_prefixes())
    text = dataset.serialize(format="json-ld", context=context, auto_compact=True, ensure_ascii=False)
    data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    if output is None:
        return data
    if isinstance(output, str | Path):
        Path(output).write_bytes(data)
    else:
        output.write(data)
    return None


def _write_jsonld_by_graph(store: Any, output: Any, prefixes: Mapping[str, str] | None) -> bytes | None:
    """A store as compact JSON-LD, the form rdflib writes a dataset in (one ``@context``, then each named graph
    as ``{"@id": ..., "@graph": [...]}``), but converted one graph at a time: memory holds the largest
    article's graph, not the store."""
    chunks = _jsonld_chunks(store, dict(prefixes or _default_prefixes()))
    if output is None:
        return b"".join(chunks)
    if isinstance(output, str | Path):
        with Path(output).open("wb") as stream:
            stream.writelines(chunks)
    else:
        output.writelines(chunks)
    return None


def _jsonld_chunks(store: Any, context: dict[str, str]) -> Iterator[bytes]:
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef
    from rdflib.plugins.serializers.jsonld import from_rdf

    yield (b'{\n  "@context": ' + json.dumps(context, indent=2, ensure_ascii=False).replace("\n", "\n  ")
           .encode("utf-8") + b',\n  "@graph": [')
    separator = "\n    "
    for name in [ox.DefaultGraph(), *sorted(store.named_graphs(), key=lambda g: g.value)]:
        triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, name))
        ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        if not ntriples:
            continue
        dataset = Dataset()
        graph = dataset.graph(URIRef(name.value)) if isinstance(name, ox.NamedNode) else dataset.default_graph
        graph.parse(data=ntriples.decode("utf-8"), format="nt")
        converted = from_rdf(dataset, context, auto_compact=True)
        if isinstance(converted, dict):
            converted.pop("@context", None)
        # a named graph is one object; the default graph's nodes stand at the top level
        parts = converted if isinstance(converted, list) else (
            converted["@graph"] if "@id" not in converted and "@graph" in converted else [converted])
        for part in parts:
            text = json.dumps(part, indent=2, sort_keys=True, ensure_ascii=False).replace("\n", "\n    ")
            yield (separator + text).encode("utf-8")
            separator = ",\n    "
    yield b"\n  ]\n}\n"


#: RDF formats by name; the first is the default for graphs.
RDF_FORMATS: dict[str, RdfFormat] = {
    fmt.name: fmt
    for fmt in (
        RdfFormat("turtle", "text/turtle", ("application/turtle", "application/x-turtle"), (".ttl",), "TURTLE",
                  False, "Turtle: the merged graph, each triple once"),
        RdfFormat("ntriples", "application/n-triples", ("text/plain",), (".nt",), "N_TRIPLES", False,
                  "N-Triples: the merged graph, one triple a line"),
        RdfFormat("nquads", "application/n-quads", ("text/x-nquads",), (".nq",), "N_QUADS", True,
                  "N-Quads: the merged graph and every article's graph, a quad a line"),
        RdfFormat("trig", "application/trig", ("application/x-trig",), (".trig",), "TRIG", True,
                  "TriG: the merged graph and one named graph per article"),
        RdfFormat("jsonld", "application/ld+json", ("application/json", "application/x-json+ld"), (".jsonld",),
                  "JSON_LD", True, "JSON-LD, compact with a @context: the merged graph and the article graphs"),
        RdfFormat("rdfxml", "application/rdf+xml", ("application/xml", "text/xml"), (".rdf", ".owl"), "RDF_XML",
                  False, "RDF/XML: the merged graph"),
    )
}

AnyFormat = ResultFormat | RdfFormat


def formats_for(kind: str) -> list[AnyFormat]:
    """The formats that can write an answer of ``kind`` (``SOLUTIONS``, ``BOOLEAN`` or ``GRAPH``)."""
    registry: Iterable[AnyFormat] = RDF_FORMATS.values() if kind == GRAPH else RESULT_FORMATS.values()
    return [fmt for fmt in registry if kind in fmt.kinds]


def _accepted(accept: str | None) -> list[str]:
    """Media types of an Accept header, most wanted first (q=0 dropped)."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        if not pieces[0]:
            continue
        q = 1.0
        for parameter in pieces[1:]:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, index, pieces[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def choose_format(kind: str, accept: str | None, format_param: str | None = None) -> AnyFormat | None:
    """The format for an answer of ``kind``: a ``format`` parameter that fits, else the best match of the
    ``Accept`` header, else the kind's default when nothing was asked; None when nothing asked for fits (406).

    The table is for the terminal: no Accept header chooses it.

    >>> choose_format("graph", "application/sparql-results+json, */*;q=0.1").name
    'turtle'
    >>> choose_format("graph", "text/csv") is None
    True
    """
    fitting = [fmt for fmt in formats_for(kind) if fmt.media_type is not None]
    if format_param:
        wanted = format_param.strip().lower()
        for fmt in fitting:
            if wanted == fmt.name or fmt.answers(wanted):
                return fmt
    wanted_types = _accepted(accept)
    if not wanted_types:
        return fitting[0]
    for media in wanted_types:
        for fmt in fitting:
            if fmt.answers(media):
                return fmt
    return None


def format_for_path(path: str | Path, registry: Mapping[str, AnyFormat] | None = None) -> AnyFormat | None:
    """The format a file name asks for by its extension, from ``registry`` (default: RDF then result formats).

    >>> format_for_path("events.CSV").name
    'csv'
    >>> format_for_path("notes.md") is None
    True
    """
    name = Path(path).name.lower()
    candidates: Iterable[AnyFormat] = (registry.values() if registry is not None
                                       else [*RDF_FORMATS.values(), *RESULT_FORMATS.values()])
    for fmt in candidates:
        if any(name.endswith(extension) for extension in fmt.extensions):
            return fmt
    return None


def get_format(name: str, registry: Mapping[str, AnyFormat], what: str) -> AnyFormat:
    """The format called ``name`` (any case), or an error that lists the known ones."""
    found = registry.get(name.strip().lower())
    if found is None:
        raise UnknownNameError(what, name, list(registry))
    return found
