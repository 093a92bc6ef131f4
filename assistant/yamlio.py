"""Reading the knowledge files: YAML through libyaml's C loader when it is available."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from assistant.errors import KnowledgeError

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return yaml.load(handle, Loader=_Loader)  # a safe loader (C or Python)
    except FileNotFoundError as exc:
        raise KnowledgeError("file not found", file=str(path)) from exc
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"not valid YAML: {exc}", file=path.name) from exc
