"""The command line's start-up cache folder: one file, rewritten whole; a corrupt file or a
folder that cannot be written is a plain load, never an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import Advisor, answer_to_json
from integrations.cli.cache import FileCache, cache_dir

TEXT = "Legal team: review NDAs, 15k annotated examples, $40,000, 3 months."
REPO = Path(__file__).resolve().parents[2]


def stored(directory: Path) -> list[Path]:
    return sorted(directory.glob("startup-*.pickle"))


def test_the_newest_entry_alone_is_kept(tmp_path: Path) -> None:
    cache = FileCache(tmp_path / "advisor")
    cache.write("old", b"1")
    cache.write("new", b"2")
    assert [path.name for path in stored(tmp_path / "advisor")] == ["startup-new.pickle"]
    assert cache.read("new") == b"2"
    assert cache.read("old") is None
    assert list((tmp_path / "advisor").glob("*.tmp")) == []


def test_a_corrupt_file_is_a_plain_load(tmp_path: Path, advisor: Advisor) -> None:
    cache = FileCache(tmp_path)
    Advisor.load(cache=cache)
    (entry,) = stored(tmp_path)
    entry.write_bytes(b"not a pickle")
    expected = answer_to_json(advisor.ask(TEXT))
    assert answer_to_json(Advisor.load(cache=cache).ask(TEXT)) == expected
    assert entry.read_bytes() != b"not a pickle"  # written again


def test_a_folder_that_cannot_be_made_is_no_cache(tmp_path: Path, advisor: Advisor) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    cache = FileCache(blocked / "advisor")
    expected = answer_to_json(advisor.ask(TEXT))
    assert answer_to_json(Advisor.load(cache=cache).ask(TEXT)) == expected
    assert cache.read("anything") is None


def test_the_folder_is_the_users_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "advisor"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache_dir() == tmp_path / ".cache" / "advisor"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("HOME")
    assert cache_dir() is None


@pytest.mark.slow
def test_a_run_from_the_cache_prints_what_a_fresh_one_prints(
    tmp_path: Path, advisor: Advisor
) -> None:
    """The second run reads the knowledge and the compiled patterns the first one kept."""
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "integrations.cli.main", "ask", "--json", TEXT]
    outputs = [
        subprocess.run(
            command, cwd=REPO, env=environment, capture_output=True, text=True, timeout=60
        )
        for _ in range(2)
    ]
    assert [done.returncode for done in outputs] == [0, 0]
    assert len(stored(tmp_path / "advisor")) == 1
    expected = answer_to_json(advisor.ask(TEXT))
    assert [done.stdout for done in outputs] == [expected, expected]
