"""Deterministic workbooks of realistic preparations for the benchmarks, cached under build/bench.

The example workbook (resources/examples/voorbeeld.json) is the model: each generated
preparation takes one of its preparations as a template, fills every field (borrowing what one
example leaves empty from another), gives every record a fresh id, and replaces every free text
with Dutch-like text of about the same length (0.5-1.5x), written by a word-pair chain learned
from the example's own texts. Lists that carry ids get up to two extra items.
"""

import copy
import datetime as dt
import json
import os
import random
import time
import uuid
from pathlib import Path
from typing import Any

from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange.json_format import FORMAT_VERSION, _decode_object, from_document
from nlinkoop.interchange.shape import list_key, reachable
from nlinkoop.resources import resource_path
from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.workbook import Workbook

GENERATOR_VERSION = 1  # raise when the output changes, so cached files are rebuilt
BATCH = 500  # preparations per save_all transaction
CACHE = Path(__file__).resolve().parent.parent / "build" / "bench"
USERS = ("sdevries", "mbakker", "fel-amrani", "jjanssen", "pvisser", "akaya", "lsmit")

Json = dict[str, Any]


class DutchText:
    """Dutch-like text from a word-pair chain over the example's sentences."""

    def __init__(self, texts: list[str]) -> None:
        self._starts: list[str] = []
        self._next: dict[str, list[str]] = {}
        for text in texts:
            words = text.split()
            if len(words) < 3:
                continue
            self._starts.append(words[0])
            for here, after in zip(words, words[1:] + [""], strict=True):
                self._next.setdefault(here, []).append(after)

    def text(self, rng: random.Random, length: int) -> str:
        """About `length` characters (at least one word) of sentences."""
        out: list[str] = []
        size = 0
        word = rng.choice(self._starts)
        while size < length:
            out.append(word)
            size += len(word) + 1
            word = rng.choice(self._next.get(word) or [""])
            if not word:
                word = rng.choice(self._starts)
        text = " ".join(out)
        return text if text.endswith((".", "?", "!")) or length < 60 else text + "."


def _example() -> Json:
    return json.loads(resource_path("examples/voorbeeld.json").read_text(encoding="utf-8"))


def _schema() -> Json:
    return json.loads(resource_path("schema/workbook.schema.json").read_text(encoding="utf-8"))


def _free_texts(node: Any, found: list[str]) -> list[str]:
    if isinstance(node, dict):
        for value in node.values():
            _free_texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _free_texts(value, found)
    elif isinstance(node, str) and " " in node:
        found.append(node)
    return found


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _complete(node: Any, others: list[Any]) -> Any:
    """`node` with every empty value taken from the first of `others` that has one."""
    if isinstance(node, dict):
        for other in others:
            if isinstance(other, dict):
                node.update({k: None for k in other if k not in node})
        for key, value in node.items():
            theirs = [o[key] for o in others if isinstance(o, dict) and key in o]
            if _empty(value):
                filled = next((t for t in theirs if not _empty(t)), value)
                node[key] = copy.deepcopy(filled)
            else:
                node[key] = _complete(value, theirs)
    elif isinstance(node, list):
        for n, item in enumerate(node):
            theirs = [o[n] for o in others if isinstance(o, list) and n < len(o)]
            node[n] = _complete(item, theirs)
    return node


class Generator:
    """Builds preparations and profiles as JSON documents, from one seeded `random.Random`."""

    def __init__(self, seed: int) -> None:
        example = _example()
        self.rng = random.Random(seed)
        self._schema = _schema()
        self._defs: Json = self._schema["$defs"]
        self._templates: list[Json] = []
        preparations = example["preparations"]
        for n, prep in enumerate(preparations):
            others = preparations[n + 1 :] + preparations[:n]
            self._templates.append(_complete(copy.deepcopy(prep), others))
        self._profile: Json = example["profiles"][0]
        self._words = DutchText(_free_texts(example, []))
        self._ids: dict[str, str] = {}
        self._classes = {cls.__name__: cls for cls in reachable()}

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _moment(self, start: dt.datetime, days: int) -> dt.datetime:
        return start + dt.timedelta(seconds=self.rng.randrange(days * 86400), milliseconds=0)

    @staticmethod
    def _stamp(moment: dt.datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def _bookkeeping(self, doc: Json) -> None:
        created = self._moment(dt.datetime(2024, 1, 1, tzinfo=dt.UTC), 700)
        doc["created_at"] = self._stamp(created)
        doc["updated_at"] = self._stamp(created + dt.timedelta(seconds=self.rng.randrange(10**7)))
        doc["updated_by"] = self.rng.choice(USERS)

    def profile(self) -> Json:
        self._ids = {}
        doc = self._fill(copy.deepcopy(self._profile), self._defs["PitchProfile"])
        self._bookkeeping(doc)
        return doc

    def preparation(self, profile_ids: list[str]) -> Json:
        self._ids = {}
        template = self.rng.choice(self._templates)
        doc = self._fill(copy.deepcopy(template), self._defs["Preparation"])
        self._bookkeeping(doc)
        doc["profile_id"] = self.rng.choice(profile_ids)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=self.rng.randrange(900))
        doc["meeting"]["date"] = day.isoformat()
        topics = [t["id"] for t in doc["capacity"]["topics"]]
        for outcome in doc["reflection"]["outcomes"]:
            outcome["topic_id"] = self.rng.choice(topics)
        wishes = [w["id"] for w in doc["wishes"]]
        for criterion in doc["award"]["criteria"]:
            criterion["wish_id"] = self.rng.choice(wishes)
        return doc

    def _resolve(self, schema: Json) -> Json:
        while "$ref" in schema or "anyOf" in schema:
            if "anyOf" in schema:
                schema = next(s for s in schema["anyOf"] if s.get("type") != "null")
            else:
                schema = self._defs[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def _fill(self, node: Any, schema: Json, key: str = "") -> Any:
        schema = self._resolve(schema)
        if isinstance(node, dict):
            props = schema.get("properties", {})
            for name, value in node.items():
                if name in props:
                    node[name] = self._fill(value, props[name], name)
            return node
        if isinstance(node, list):
            items = [self._fill(item, schema["items"]) for item in node]
            extra = [i for i in node if isinstance(i, dict) and "id" in i]
            if extra and self._free_list(schema["items"], extra[0]):
                for _ in range(self.rng.randrange(3)):
                    twin = self._fill(copy.deepcopy(self.rng.choice(extra)), schema["items"])
                    twin["id"] = self.new_id()  # not a remapped id: no two items share one
                    items.append(twin)
            return items
        if key == "id" or key.endswith("_id"):
            if node is None:
                return None
            return self._ids.setdefault(node, self.new_id())
        if isinstance(node, str) and schema.get("type") == "string" and len(schema) == 1:
            length = max(4, round(max(len(node), 12) * self.rng.uniform(0.5, 1.5)))
            return self._words.text(self.rng, length)
        return node

    def _free_list(self, item_schema: Json, item: Json) -> bool:
        """Whether items can be added: no references, and not one entry per enum value."""
        name = item_schema.get("$ref", "").rsplit("/", 1)[-1]
        cls = self._classes.get(name)
        keyed = cls is not None and list_key(cls) is not None
        return not keyed and not any(k.endswith("_id") for k in item)

    def documents(self, count: int) -> tuple[list[Json], list[Json]]:
        profiles = [self.profile() for _ in range(max(1, count // 50))]
        ids = [p["id"] for p in profiles]
        return [self.preparation(ids) for _ in range(count)], profiles


def cached_path(size: int, seed: int) -> Path:
    name = f"workbook-{size}-seed{seed}-schema{SCHEMA_VERSION}-gen{GENERATOR_VERSION}.db"
    return CACHE / name


def build(path: Path, size: int, seed: int) -> None:
    """Write a new workbook of `size` generated preparations to `path`."""
    preps, profiles = Generator(seed).documents(size)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    with Workbook.create(temp, user="bench") as workbook:
        for start in range(0, size, BATCH):
            chunk = preps[start : start + BATCH]
            doc = {"format": "nlinkoop", "format_version": FORMAT_VERSION, "preparations": chunk}
            doc["profiles"] = profiles if start == 0 else []
            if start == 0:  # the first batch is validated as an import would be
                domain_preps, domain_profiles, _ = from_document(doc)
            else:  # the rest has the same shape; validating it would double the build time
                domain_preps = [_decode_object(p, Preparation) for p in chunk]
                domain_profiles = []
            workbook.save_all(domain_preps, domain_profiles, touch=False)
    os.replace(temp, path)


def workbook(size: int, seed: int) -> tuple[Path, float | None]:
    """The cached workbook for `size` and `seed`, built first if missing.

    Returns:
        The file, and the seconds it took to build (None when it came from the cache).
    """
    path = cached_path(size, seed)
    if path.exists():
        return path, None
    start = time.perf_counter()
    build(path, size, seed)
    seconds = time.perf_counter() - start
    path.with_suffix(".build.json").write_text(json.dumps({"seconds": seconds}), encoding="utf-8")
    return path, seconds


def last_build_seconds(size: int, seed: int) -> float | None:
    """How long the cached file took to build, when it was built."""
    try:
        note = cached_path(size, seed).with_suffix(".build.json").read_text(encoding="utf-8")
        return float(json.loads(note)["seconds"])
    except (OSError, ValueError, KeyError):
        return None
