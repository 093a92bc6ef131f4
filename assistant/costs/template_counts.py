"""Token counts of the shipped templates, stored so an answer needs no tokenizer.

Building o200k_base takes ~0.2 s, close to a whole answer's budget, and the shipped
templates are the same text every time. ``knowledge/prompt_template_counts.json`` holds,
per encoding and task, the counts and a fingerprint: the SHA-256 of the encoding's
published hash, the chat counting recipe and the template's full text. A stored count is
used only when its fingerprint matches the template as loaded, so an edited template (or
encoding) is counted live, never priced with a stale figure. A test checks every stored
count against tiktoken.

Regenerate after editing the templates::

    python -m assistant.costs
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from assistant.constraints import Task
from assistant.costs.prompt_template import PromptTemplate
from assistant.costs.tokens import (
    TOKENS_PER_MESSAGE,
    TOKENS_PER_NAME,
    TOKENS_PRIMING_REPLY,
    EncodingName,
    TokenCounter,
    expected_sha256,
)
from assistant.errors import KnowledgeError
from assistant.records import STRICT_KEYS, json_data
from assistant.validation import validated

COUNTS_FILE = "prompt_template_counts.json"


@dataclass(frozen=True, kw_only=True)
class TemplateTokens:
    """One template's counts in one encoding."""

    __pydantic_config__ = STRICT_KEYS

    fingerprint: str
    prompting: tuple[int, ...]  # chat tokens with k examples, k = index
    fine_tuned: int
    output: int


def fingerprint(template: PromptTemplate, encoding: EncodingName) -> str:
    """What a stored count depends on: the encoding, the recipe and the template's text."""
    payload = json.dumps(
        {
            "encoding": encoding.value,
            "encoding_sha256": expected_sha256(encoding),
            "recipe": [TOKENS_PER_MESSAGE, TOKENS_PER_NAME, TOKENS_PRIMING_REPLY],
            "template": json_data(template),
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def count_template(
    template: PromptTemplate, *, encoding: EncodingName, tokens: TokenCounter
) -> TemplateTokens:
    """Count ``template`` live with tiktoken."""
    return TemplateTokens(
        fingerprint=fingerprint(template, encoding),
        prompting=tuple(
            tokens.count_chat(template.prompting_messages(k), encoding=encoding)
            for k in range(len(template.examples) + 1)
        ),
        fine_tuned=tokens.count_chat(template.fine_tuned_messages(), encoding=encoding),
        output=tokens.count(template.output, encoding=encoding),
    )


def load_stored(path: Path) -> dict[tuple[str, EncodingName], TemplateTokens]:
    """Stored counts by (task, encoding); none when the file is absent."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise KnowledgeError(f"cannot read stored token counts: {exc}", file=path.name) from exc
    found: dict[tuple[str, EncodingName], TemplateTokens] = {}
    try:
        for encoding, tasks in raw.items():
            for task, counts in tasks.items():
                found[(task, EncodingName(encoding))] = validated(TemplateTokens, counts)
    except (AttributeError, ValueError) as exc:  # pydantic's ValidationError included
        raise KnowledgeError(f"invalid stored token counts: {exc}", file=path.name) from exc
    return found


def stored_json(templates: Mapping[Task, PromptTemplate], *, tokens: TokenCounter) -> str:
    """Every template counted in every encoding: the stored file's text (sorted, stable)."""
    data = {
        encoding.value: {
            task.value: json_data(count_template(template, encoding=encoding, tokens=tokens))
            for task, template in sorted(templates.items())
        }
        for encoding in sorted(EncodingName)
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"
