"""An invalid guidance file fails naming the file and the passage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.errors import KnowledgeError
from assistant.guidance import load_guidance

SHIPPED = Path(__file__).resolve().parents[2] / "knowledge" / "guidance.yaml"


def _load_changed(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "guidance.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    load_guidance(path)


def test_a_bad_passage_is_named_by_its_id(tmp_path: Path) -> None:
    def shorten(data: dict[str, Any]) -> None:
        data["passages"][0]["text"] = "short"

    passage = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))["passages"][0]["id"]
    with pytest.raises(KnowledgeError, match=rf"guidance.yaml: passages\[{passage}\]\.text: "):
        _load_changed(tmp_path, shorten)


def test_a_passage_without_id_is_named_by_its_place(tmp_path: Path) -> None:
    def drop_id(data: dict[str, Any]) -> None:
        del data["passages"][3]["id"]

    with pytest.raises(KnowledgeError, match=r"guidance.yaml: passages\.3\.id: Field required"):
        _load_changed(tmp_path, drop_id)
