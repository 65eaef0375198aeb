"""Language data: every word chronique knows lives in `chronique/lang/<code>/*.yaml`.

The engine (extract/, resolve/) never names a word of any language; it asks `load(code)` for the
tables of a language. Each file is checked against `schema.SCHEMA` when it is loaded, so a typo
in a data file fails loudly, naming the file, instead of silently matching nothing. A language is
a folder: adding one means adding a folder with the same files, not editing the engine.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
import re
from typing import Any

import yaml

from chronique.errors import LanguageDataError
from chronique.lang.schema import SCHEMA, check

LANG_DIR = Path(__file__).parent


# libyaml's parser where PyYAML was built with it: it reads the language and reference data
# five times faster, and every worker process reads them when it starts.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeBase):  # type: ignore[misc,valid-type]
    """A YAML loader that refuses a key given twice in one mapping: PyYAML would silently keep
    the last one, and a trigger listed twice with two types is a data bug worth failing on."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

# YAML 1.1 reads the words "no", "on", "off", "yes" as booleans; in word lists they are words
# ("no" is an English negation, "on" a preposition). Only true/false are booleans here.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def load_yaml(stream: Any) -> Any:
    """Parse YAML text or a file with chronique's loader (safe, strict about repeated keys,
    "no" and "on" read as words)."""
    return yaml.load(stream, Loader=_StrictLoader)


def available() -> tuple[str, ...]:
    """Codes of the languages that have a data folder, e.g. ('en', 'fr')."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir()
                        if p.is_dir() and not p.name.startswith("_") and any(p.glob("*.yaml"))))


class LangData:
    """The data files of one language, parsed and validated, by file stem: `lang["time"]`."""

    def __init__(self, code: str, tables: dict[str, Any]):
        self.code = code
        self._tables = tables

    def __getitem__(self, name: str) -> Any:
        try:
            return self._tables[name]
        except KeyError:
            raise LanguageDataError(
                f"language '{self.code}' has no data file {name}.yaml") from None

    def get(self, name: str, default: Any = None) -> Any:
        return self._tables.get(name, default)

    def __contains__(self, name: str) -> bool:
        return name in self._tables

    def __repr__(self) -> str:
        return f"LangData({self.code!r}, files={sorted(self._tables)})"


@lru_cache(maxsize=None)
def load(code: str) -> LangData:
    """Load and validate every data file of language `code`; cached for the process."""
    folder = LANG_DIR / code
    if not code.isalpha() or not folder.is_dir():
        raise LanguageDataError(
            f"unsupported language '{code}' (supported: {', '.join(available())})")
    tables: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        name = path.stem
        if name not in SCHEMA:
            raise LanguageDataError(f"{path}: unknown data file (not declared in lang/schema.py)")
        try:
            with path.open(encoding="utf-8") as f:
                data = yaml.load(f, Loader=_StrictLoader)
        except yaml.YAMLError as exc:
            raise LanguageDataError(f"{path}: not valid YAML: {exc}") from None
        check(path, data, SCHEMA[name])
        tables[name] = data
    return LangData(code, tables)
