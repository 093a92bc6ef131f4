"""The start-up cache: an advisor read from it answers exactly as one loaded from the
files; a change to any knowledge file or to the price file means a fresh load; a corrupt
entry is a plain load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant import Advisor, KnowledgeError, answer_to_json
from assistant.paths import knowledge_dir

CASES = Path(__file__).parent / "cases"
TEXTS = [
    "Legal team: review NDAs, 15k annotated examples, $40,000, 3 months.",
    "We want to draft social posts for a bakery; nothing labeled, $300, next week.",
    "Hospital network: summarise discharge notes. 40,000 reviewed summaries, HIPAA, "
    "6 months, budget 250k, 30k notes a day.",
]


class MemoryStore:
    """Entries in a dict: the store a test can look into."""

    def __init__(self) -> None:
        self.entries: dict[str, bytes] = {}

    def read(self, key: str) -> bytes | None:
        return self.entries.get(key)

    def write(self, key: str, data: bytes) -> None:
        self.entries[key] = data


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge that a test may change."""
    copy = tmp_path / "knowledge"
    shutil.copytree(knowledge_dir(), copy, ignore=shutil.ignore_patterns("encodings"))
    (copy / "encodings").symlink_to(knowledge_dir() / "encodings", target_is_directory=True)
    return copy


def answers(advisor: Advisor) -> list[str]:
    return [answer_to_json(advisor.ask(text)) for text in TEXTS]


def test_a_cached_load_answers_as_a_fresh_one(advisor: Advisor) -> None:
    store = MemoryStore()
    written = Advisor.load(cache=store)
    assert len(store.entries) == 1
    read = Advisor.load(cache=store)
    assert read.knowledge is not written.knowledge
    assert answers(read) == answers(written) == answers(advisor)
    assert read.knowledge.directory == advisor.knowledge.directory


def test_every_case_is_answered_alike_from_the_cache(advisor: Advisor) -> None:
    store = MemoryStore()
    Advisor.load(cache=store)
    cached = Advisor.load(cache=store)
    texts = [
        json.loads(line)["text"]
        for name in ("own_cases.jsonl", "holdout_cases.jsonl", "real_dev.jsonl")
        for line in (CASES / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 200
    for text in texts:
        assert answer_to_json(cached.ask(text)) == answer_to_json(advisor.ask(text))


def test_a_changed_knowledge_file_is_loaded_afresh(folder: Path) -> None:
    store = MemoryStore()
    before = Advisor.load(knowledge_dir=folder, cache=store)
    rule = before.knowledge.book.rules[0].id
    rules = folder / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert f"id: {rule}\n" in text
    rules.write_text(text.replace(f"id: {rule}\n", f"id: {rule}-renamed\n", 1), encoding="utf-8")
    after = Advisor.load(knowledge_dir=folder, cache=store)
    renamed = [found.id for found in after.knowledge.book.rules if found.id.startswith(rule)]
    assert renamed == [f"{rule}-renamed"]
    assert len(store.entries) == 2


def test_a_changed_price_file_is_loaded_afresh(tmp_path: Path) -> None:
    store = MemoryStore()
    prices = tmp_path / "mine.yaml"
    prices.write_text("currency: USD\nmodels: []\nrows: []\nprofiles: []\n", encoding="utf-8")
    Advisor.load(price_file=prices, cache=store)
    prices.write_text(
        "currency: USD\nmodels: []\nrows: []\nprofiles: []\ndefault_profile: nowhere\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as cached_error:
        Advisor.load(price_file=prices, cache=store)
    with pytest.raises(KnowledgeError) as fresh_error:
        Advisor.load(price_file=prices)
    assert str(cached_error.value) == str(fresh_error.value)


def test_a_corrupt_entry_is_a_plain_load(advisor: Advisor) -> None:
    store = MemoryStore()
    Advisor.load(cache=store)
    (key,) = store.entries
    store.entries[key] = b"not a pickle"
    assert answers(Advisor.load(cache=store)) == answers(advisor)
    assert store.entries[key] != b"not a pickle"  # written again


def test_a_load_that_fails_is_not_kept(folder: Path) -> None:
    store = MemoryStore()
    (folder / "rules.yaml").write_text("rules: [", encoding="utf-8")
    with pytest.raises(KnowledgeError):
        Advisor.load(knowledge_dir=folder, cache=store)
    assert store.entries == {}
