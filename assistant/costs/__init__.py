"""The cost engine: prompting against fine-tuning, month by month, token-exact and offline.

    table = load_price_table(knowledge_dir() / "prices.yaml")
    report = estimate(constraints, prices=table, tokens=TokenCounter(), options=CostOptions())
    report.facts().fine_tuning_pays_off

Prices are dated rows in ``knowledge/prices.yaml``; prompts are counted with tiktoken from
the shipped templates (``knowledge/prompt_templates.yaml``) or the person's own figure;
every default that fills a gap is reported as an assumption.
"""

from assistant.costs.estimate import estimate
from assistant.costs.options import DEFAULTS, CostOptions
from assistant.costs.prices import PriceItem, PriceTable, PriceUnit, Profile, load_price_table
from assistant.costs.report import CostReport
from assistant.costs.templates import PromptTemplates, load_prompt_templates, shipped_templates
from assistant.costs.tokens import ChatMessage, EncodingName, Role, TokenCounter

__all__ = [
    "DEFAULTS",
    "ChatMessage",
    "CostOptions",
    "CostReport",
    "EncodingName",
    "PriceItem",
    "PriceTable",
    "PriceUnit",
    "Profile",
    "PromptTemplates",
    "Role",
    "TokenCounter",
    "estimate",
    "load_price_table",
    "load_prompt_templates",
    "shipped_templates",
]
