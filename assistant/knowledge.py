"""Everything Advisor knows, loaded once from ``knowledge/`` and cross-checked.

The guidance passages, the rule book, the price table and the prompt templates are
validated when they load (an unknown field, a citation that points nowhere, a price
without a date all fail here, naming the file and the entry), so nothing invalid reaches
an answer. The token counter reads the same folder's encodings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.costs.prices import PriceTable, load_price_table
from assistant.costs.templates import PromptTemplates, load_prompt_templates
from assistant.costs.tokens import TokenCounter
from assistant.guidance import Guidance, load_guidance
from assistant.paths import knowledge_dir
from assistant.rules.loader import RuleBook, load_rules

if TYPE_CHECKING:
    from assistant.startup_cache import CacheStore


@dataclass(frozen=True)
class Knowledge:
    guidance: Guidance
    book: RuleBook
    prices: PriceTable
    templates: PromptTemplates  # size a request when the text gives no prompt
    tokens: TokenCounter  # counts with this folder's encodings
    directory: Path


def load_knowledge(
    directory: Path | None = None,
    *,
    price_file: Path | None = None,
    cache: CacheStore | None = None,
) -> Knowledge:
    """Load and cross-check the knowledge folder (the shipped one by default).

    ``price_file`` is an operator's own price rows, added to or overriding the shipped
    ones and validated the same way. With ``cache``, an earlier load of the very same
    files may be read from there instead (see ``assistant.startup_cache``): a short-lived
    process then skips reading and checking them again.
    """
    folder = directory or knowledge_dir()
    if cache is None:
        return _load(folder, price_file=price_file)
    from assistant.startup_cache import cached_knowledge

    return cached_knowledge(
        folder,
        price_file=price_file,
        store=cache,
        load=lambda: _load(folder, price_file=price_file),
        kind=Knowledge,
    )


def _load(folder: Path, *, price_file: Path | None) -> Knowledge:
    guidance = load_guidance(folder / "guidance.yaml")
    ids = frozenset(guidance.passages)
    book = load_rules(folder / "rules.yaml", guidance_ids=ids)
    prices = load_price_table(folder / "prices.yaml", overrides=price_file, guidance_ids=ids)
    return Knowledge(
        guidance=guidance,
        book=book,
        prices=prices,
        templates=load_prompt_templates(folder / "prompt_templates.yaml"),
        tokens=TokenCounter(folder / "encodings"),
        directory=folder,
    )
