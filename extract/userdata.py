"""A user's own gazetteer and lexicon files, carried by the components that read them, as spaCy's EntityRuler
carries its patterns: given to ``initialize``, written by ``to_disk`` and read back by ``from_disk``.

The gazetteer and lexicon shipped with newsgraph are part of the installed package, as the components' code
is: a saved pipeline records their version and digest instead of a copy (they are read by four components and
grow to megabytes), and loading it under other shipped data warns, as spaCy warns for a model saved by another
version. A user's files are the part the package cannot know: their text is kept in the component and written
into its folder of the saved pipeline, so the pipeline loads with ``spacy.load`` on another machine, where the
paths it was built from do not exist. The pipeline's config holds no paths.

Components that read the same files share one loaded gazetteer and lexicon (``gazetteer_with``,
``lexicon_with`` are cached by the files' text).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import srsly

from newsgraph.errors import PipelineError

if TYPE_CHECKING:  # imported where used: the gazetteer's own component module imports this one
    from newsgraph.extract.gazetteer import Gazetteer
    from newsgraph.extract.lexicon import Lexicon

__all__ = ["CarriesUserData", "DataFile", "gazetteer_with", "lexicon_with", "read_data_files", "shipped_digest"]

GAZETTEER, LEXICON = "gazetteer", "lexicon"
_META = "newsgraph.json"


@dataclass(frozen=True, slots=True)
class DataFile:
    """One of a user's data files: its name (for messages and ``explain``) and its text."""

    name: str
    text: str


def read_data_files(paths: Iterable[str | Path], kind: str) -> tuple[DataFile, ...]:
    """The user's ``kind`` files (gazetteer or lexicon), read now so that their text travels with the pipeline.

    Raises:
        PipelineError: a file cannot be read.
    """
    files = []
    for path in map(Path, paths):
        try:
            files.append(DataFile(str(path), path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as e:
            raise PipelineError(f"cannot read {kind} file {path}: {e}; check the path") from e
    return tuple(files)


@cache
def gazetteer_with(files: tuple[DataFile, ...]) -> Gazetteer:
    """The shipped gazetteer with ``files`` added; one object for every component given the same files."""
    from newsgraph.extract.gazetteer import Gazetteer

    if not files:
        return Gazetteer.default()
    return Gazetteer.load_texts([(f.name, f.text) for f in files])


@cache
def lexicon_with(files: tuple[DataFile, ...]) -> Lexicon:
    """The shipped lexicon with ``files`` added; one object for every component given the same files."""
    from newsgraph.extract.lexicon import Lexicon

    if not files:
        return Lexicon.default()
    return Lexicon.load_texts([(f.name, f.text) for f in files])


@cache
def shipped_digest() -> str:
    """SHA-256 of the data files shipped with this installation (names and contents), to recognize them."""
    digest = hashlib.sha256()
    root = resources.files("newsgraph.extract.data")
    for kind in (GAZETTEER, LEXICON):
        for resource in sorted(root.joinpath(kind).iterdir(), key=lambda r: r.name):
            if resource.name.endswith((".jsonl", ".json", ".tsv")):
                digest.update(f"{kind}/{resource.name}\0".encode())
                digest.update(resource.read_bytes())
    return digest.hexdigest()


class CarriesUserData:
    """For a component that reads the gazetteer (and, with ``kinds`` naming it, the lexicon): ``initialize``
    takes the user's files, ``to_disk``/``from_disk`` and ``to_bytes``/``from_bytes`` carry them.

    A component calls ``self.use_data({})`` in its constructor and rebuilds what depends on the data in
    ``data_changed``.
    """

    kinds: ClassVar[tuple[str, ...]] = (GAZETTEER,)
    name: str
    user_files: dict[str, tuple[DataFile, ...]]
    gazetteer: Gazetteer

    def data_changed(self) -> None:
        """Rebuild whatever the component derives from ``self.gazetteer`` (and ``self.lexicon``)."""

    def use_data(self, files: dict[str, tuple[DataFile, ...]]) -> None:
        self.user_files = {kind: tuple(files.get(kind, ())) for kind in self.kinds}
        self.gazetteer = gazetteer_with(self.user_files[GAZETTEER])
        if LEXICON in self.kinds:
            self.lexicon = lexicon_with(self.user_files[LEXICON])
        self.data_changed()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Any = None,
                   extra_files: Sequence[str] = (), lexicon_files: Sequence[str] = ()) -> None:
        """Take the user's extra gazetteer files (``extra_files``) and, for the event coder, lexicon files.

        ``nlp.get_pipe(name).initialize(extra_files=["my-names.jsonl"])``, or in a training config
        ``[initialize.components.NAME] extra_files = [...]``. Calling it again replaces the files.

        Raises:
            PipelineError: a file cannot be read or is not valid, or this component reads no lexicon.
        """
        if lexicon_files and LEXICON not in self.kinds:
            raise PipelineError(f"{self.name} reads no event lexicon; give lexicon_files to newsgraph_events")
        self.use_data({GAZETTEER: read_data_files(extra_files, GAZETTEER),
                       LEXICON: read_data_files(lexicon_files, LEXICON)})

    # -- serialization -----------------------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any]:
        from newsgraph import __version__

        return {"newsgraph": __version__, "shipped_data": shipped_digest(),
                "files": {kind: [f.name for f in files] for kind, files in self.user_files.items()}}

    def _check(self, meta: dict[str, Any], where: str) -> None:
        if meta.get("shipped_data") != shipped_digest():
            from newsgraph import __version__

            warnings.warn(f"{where} was saved with the data of newsgraph {meta.get('newsgraph')}, which differs from "
                          f"the installed {__version__}'s; its events may differ. Install newsgraph=="
                          f"{meta.get('newsgraph')} to get the same results, or save the pipeline again",
                          UserWarning, stacklevel=3)

    def _check_saveable(self) -> None:
        if set(self.user_files) != set(self.kinds):
            raise PipelineError(f"{self.name} was built from data objects, not files, and cannot be saved; give "
                                "the files to its initialize(extra_files=..., lexicon_files=...) instead")

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        self._check_saveable()
        texts = {kind: [[f.name, f.text] for f in files] for kind, files in self.user_files.items()}
        return srsly.msgpack_dumps({"meta": self._meta(), "files": texts})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CarriesUserData:
        loaded = srsly.msgpack_loads(data)
        self._check(loaded["meta"], f"the pipeline's {self.name}")
        self.use_data({kind: tuple(DataFile(n, t) for n, t in files) for kind, files in loaded["files"].items()})
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the user's files into ``path`` (the component's folder of a saved pipeline), with a record of
        the shipped data they were used with."""
        self._check_saveable()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_json(folder / _META, self._meta())
        for kind, files in self.user_files.items():
            for number, data_file in enumerate(files):
                target = folder / kind / f"{number:02d}-{Path(data_file.name).name}"
                target.parent.mkdir(exist_ok=True)
                target.write_text(data_file.text, encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CarriesUserData:
        """Read back what ``to_disk`` wrote.

        Raises:
            PipelineError: the folder was not written by this component's ``to_disk``.
        """
        folder = Path(path)
        if not (folder / _META).is_file():
            raise PipelineError(f"{folder} holds no {_META}; it was not saved by {self.name}. Save the pipeline "
                                "again with nlp.to_disk")
        meta = srsly.read_json(folder / _META)
        self._check(meta, f"the pipeline at {folder.parent}")
        files = {kind: tuple(DataFile(name, (folder / kind / f"{number:02d}-{Path(name).name}").read_text(
                     encoding="utf-8")) for number, name in enumerate(names))
                 for kind, names in meta.get("files", {}).items()}
        self.use_data(files)
        return self
