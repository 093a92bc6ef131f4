"""Write ``knowledge/prices_generated.yaml``: inference price rows from pinned price libraries.

A maintainer runs this (it is never run by Advisor, which reads only the written file):

    pip install -e ".[test]"        # installs the pinned genai-prices and litellm
    python scripts/generate_prices.py            # rewrites knowledge/prices_generated.yaml
    python scripts/generate_prices.py --check    # exit 1 when the shipped file has drifted

Where each figure comes from:

- ``genai-prices`` (pinned below): input, output and cached-input prices per 1M tokens,
  long-prompt tiers and price changes with their effective dates, context windows.
- LiteLLM's model data file (``model_prices_and_context_window_backup.json``, read as a
  file from the installed wheel or from ``--litellm-wheel FILE``; LiteLLM itself is never
  imported): shutdown dates and successors, Batch prices, and the per-token prices of
  OpenAI's fine-tuned models (``ft:...``).

Every row's ``checked`` is the data's own date: the latest "verified on" date that the
pinned genai-prices data states. Hand-written rows (training, hosted LoRA fine-tuning,
GPU hours) stay in ``knowledge/prices.yaml``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from importlib import metadata, util
from pathlib import Path
from typing import Any

GENAI_PRICES_VERSION = "0.2.3"
LITELLM_VERSION = "1.110.2"
LITELLM_DATA = "model_prices_and_context_window_backup.json"
OUTPUT = Path(__file__).resolve().parent.parent / "knowledge" / "prices_generated.yaml"
MILLION = Decimal(10**6)


@dataclass(frozen=True)
class Pick:
    """One model of the lineup: where each library lists it, and how Advisor names it."""

    id: str
    provider: str  # genai-prices provider id
    ref: str  # genai-prices model reference
    litellm: str  # LiteLLM model key
    title: str
    encoding: str = "o200k_base"
    tokens_exact: bool = False
    open_weight: bool = False
    fine_tuned: str | None = None  # LiteLLM key of the provider's fine-tuned variant
    aliases: tuple[str, ...] = ()


# What a team in late 2026 chooses from: current models of each provider, the OpenAI models
# that can still be fine-tuned (while they last), and an open-weight model hosted per token.
LINEUP: tuple[Pick, ...] = (
    Pick("gpt-6-luna", "openai", "gpt-6-luna", "gpt-6-luna", "GPT-6 Luna"),
    Pick("gpt-6-sol", "openai", "gpt-6-sol", "gpt-6-sol", "GPT-6 Sol"),
    Pick(
        "gpt-4.1-mini",
        "openai",
        "gpt-4.1-mini",
        "gpt-4.1-mini",
        "GPT-4.1 mini",
        tokens_exact=True,
        fine_tuned="ft:gpt-4.1-mini-2025-04-14",
    ),
    Pick(
        "gpt-4.1",
        "openai",
        "gpt-4.1",
        "gpt-4.1",
        "GPT-4.1",
        tokens_exact=True,
        fine_tuned="ft:gpt-4.1-2025-04-14",
    ),
    Pick(
        "gpt-4.1-nano",
        "openai",
        "gpt-4.1-nano",
        "gpt-4.1-nano",
        "GPT-4.1 nano",
        tokens_exact=True,
        fine_tuned="ft:gpt-4.1-nano-2025-04-14",
    ),
    Pick(
        "gpt-4o-mini",
        "openai",
        "gpt-4o-mini",
        "gpt-4o-mini",
        "GPT-4o mini",
        tokens_exact=True,
        fine_tuned="ft:gpt-4o-mini-2024-07-18",
    ),
    Pick(
        "gpt-4o",
        "openai",
        "gpt-4o",
        "gpt-4o",
        "GPT-4o",
        tokens_exact=True,
        fine_tuned="ft:gpt-4o-2024-08-06",
    ),
    Pick(
        "claude-haiku-5-5", "anthropic", "claude-haiku-5-5", "claude-haiku-5-5", "Claude Haiku 5.5"
    ),
    Pick(
        "claude-sonnet-5-5",
        "anthropic",
        "claude-sonnet-5-5",
        "claude-sonnet-5-5",
        "Claude Sonnet 5.5",
    ),
    Pick(
        "gemini-3.8-flash",
        "google",
        "gemini-3.8-flash",
        "gemini/gemini-3.8-flash",
        "Gemini 3.8 Flash",
    ),
    Pick(
        "gemini-3.5-flash-lite",
        "google",
        "gemini-3.5-flash-lite",
        "gemini/gemini-3.5-flash-lite",
        "Gemini 3.5 Flash Lite",
    ),
    Pick(
        "mistral-medium-3.5",
        "mistral",
        "mistral-medium-3.5",
        "mistral/mistral-medium-3-5",
        "Mistral Medium 3.5",
    ),
    Pick(
        "mistral-small-4",
        "mistral",
        "mistral-small-2603",
        "mistral/mistral-small-2603",
        "Mistral Small 4",
        aliases=("mistral-small-2603",),
    ),
    Pick(
        "qwen3.5-9b",
        "together",
        "Qwen/Qwen3.5-9B",
        "together_ai/Qwen/Qwen3.5-9B",
        "Qwen3.5 9B (open weights, hosted by Together AI)",
        open_weight=True,
        aliases=("qwen-3.5-9b", "qwen3.5"),
    ),
)
# How people name a family without its version: the family's current model in the lineup.
FAMILY_NAMES = {
    "claude-haiku-5-5": ("claude-haiku",),
    "claude-sonnet-5-5": ("claude-sonnet",),
    "gemini-3.8-flash": ("gemini-flash",),
    "gemini-3.5-flash-lite": ("gemini-flash-lite",),
    "mistral-medium-3.5": ("mistral-medium",),
    "mistral-small-4": ("mistral-small",),
}
PROVIDER_NAMES = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",
    "google": "Google",
    "mistral": "Mistral",
    "together": "Together AI (open-weight models)",
}


def check_versions() -> None:
    found = {name: metadata.version(name) for name in ("genai-prices", "litellm")}
    wanted = {"genai-prices": GENAI_PRICES_VERSION, "litellm": LITELLM_VERSION}
    for name, version in wanted.items():
        if found[name] != version:
            raise SystemExit(
                f"{name} {found[name]} is installed; this script is pinned to {version}"
            )


def litellm_data(wheel: Path | None = None) -> dict[str, Any]:
    """LiteLLM's model data, read as a file (the package is not imported)."""
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            raw: dict[str, Any] = json.loads(archive.read(f"litellm/{LITELLM_DATA}"))
            return raw
    spec = util.find_spec("litellm")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("litellm is not installed: pip install -e '.[test]'")
    path = Path(next(iter(spec.submodule_search_locations))) / LITELLM_DATA
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def data_date() -> date:
    """The pinned genai-prices data's own date: the latest date it says it was verified."""
    spec = util.find_spec("genai_prices")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("genai-prices is not installed: pip install -e '.[test]'")
    source = Path(next(iter(spec.submodule_search_locations)))
    text = (source / "data.py").read_text(encoding="utf-8")
    found = re.findall(r"verified on (\d{4}-\d{2}-\d{2})", text)
    return max(date.fromisoformat(day) for day in found)


def _money(value: Any) -> str:
    """A price per 1M tokens as a plain decimal string."""
    number = Decimal(str(value))
    text = format(number.normalize(), "f")
    return text


def _per_million(per_token: Any) -> str:
    return _money(Decimal(str(per_token)) * MILLION)


def _base(price: Any) -> tuple[Decimal | None, str | None]:
    """A genai-prices price: its base figure and a note on its tiers."""
    if price is None:
        return None, None
    tiers = getattr(price, "tiers", None)
    if tiers is None:
        return Decimal(price), None
    steps = ", ".join(f"${_money(t.price)} above {t.start:,} prompt tokens" for t in tiers)
    return Decimal(price.base), steps


def render(*, wheel: Path | None = None) -> str:
    """The generated file's text (deterministic: the same pinned data, the same bytes)."""
    from genai_prices.data import providers

    checked = data_date()
    litellm = litellm_data(wheel)
    by_id = {provider.id: provider for provider in providers}
    lines = [
        "# GENERATED by scripts/generate_prices.py from genai-prices "
        f"{GENAI_PRICES_VERSION} and LiteLLM {LITELLM_VERSION}'s model data. Do not edit:",
        "# rerun the script (README: Price data). `checked` is the data's own date.",
        "",
        "models:",
    ]
    rows: list[str] = []
    for pick in LINEUP:
        provider = by_id[pick.provider]
        model = provider.find_model(pick.ref)
        if model is None:
            raise SystemExit(f"genai-prices has no {pick.provider}/{pick.ref}")
        entry = litellm.get(pick.litellm)
        if entry is None:
            raise SystemExit(f"LiteLLM's model data has no {pick.litellm}")
        prices = model.get_prices(datetime.combine(checked, datetime.min.time()))
        page = provider.pricing_urls[0] if provider.pricing_urls else ""
        shutdown = entry.get("deprecation_date")
        successor = entry.get("successor_model")
        window = model.context_window or entry.get("max_input_tokens")
        lines += [
            f"  - id: {pick.id}",
            f"    provider: {PROVIDER_NAMES[pick.provider]}",
            f"    title: {pick.title}",
            f"    encoding: {pick.encoding}",
            f"    tokens_exact: {str(pick.tokens_exact).lower()}",
            f"    context_window: {window}",
        ]
        if pick.open_weight:
            lines.append("    open_weight: true")
        if shutdown:
            lines.append(f"    shutdown: {shutdown}")
        if successor:
            lines.append(f"    successor: {_our_id(successor)}")
        if entry.get("prompt_cache_min_tokens"):
            lines.append(f"    cache_min_tokens: {entry['prompt_cache_min_tokens']}")
        aliases = (*pick.aliases, *FAMILY_NAMES.get(pick.id, ()))
        if aliases:
            lines.append(f"    aliases: [{', '.join(aliases)}]")
        retired = shutdown is not None and date.fromisoformat(shutdown) <= checked
        source = f"genai-prices {GENAI_PRICES_VERSION}, {page}"
        later = _later_prices(model, checked)
        for item, field in (
            ("input", "input_mtok"),
            ("output", "output_mtok"),
            ("cached_input", "cache_read_mtok"),
        ):
            base, tiers = _base(getattr(prices, field, None))
            if base is None:
                continue
            rows.append(
                _row(
                    pick.id,
                    item,
                    _money(base),
                    source,
                    checked,
                    retired=shutdown if retired else None,
                    note=tiers,
                    later=later.get(field),
                )
            )
        lite = f"LiteLLM {LITELLM_VERSION} model data ({pick.litellm}), {entry.get('source', page)}"
        for item, key in (
            ("batch_input", "input_cost_per_token_batches"),
            ("batch_output", "output_cost_per_token_batches"),
        ):
            if entry.get(key) is not None:
                rows.append(
                    _row(
                        pick.id,
                        item,
                        _per_million(entry[key]),
                        lite,
                        checked,
                        retired=shutdown if retired else None,
                    )
                )
        if pick.fine_tuned:
            tuned = litellm[pick.fine_tuned]
            tuned_end = tuned.get("deprecation_date")
            gone = tuned_end is not None and date.fromisoformat(tuned_end) <= checked
            ft_page = tuned.get("source", page)
            ft_source = f"LiteLLM {LITELLM_VERSION} model data ({pick.fine_tuned}), {ft_page}"
            for item, key in (
                ("fine_tuned_input", "input_cost_per_token"),
                ("fine_tuned_output", "output_cost_per_token"),
                ("fine_tuned_batch_input", "input_cost_per_token_batches"),
                ("fine_tuned_batch_output", "output_cost_per_token_batches"),
            ):
                if tuned.get(key) is not None:
                    rows.append(
                        _row(
                            pick.id,
                            item,
                            _per_million(tuned[key]),
                            ft_source,
                            checked,
                            retired=tuned_end if gone else None,
                        )
                    )
    return "\n".join([*lines, "", "rows:", *rows, ""])


def _later_prices(model: Any, checked: date) -> dict[str, tuple[str, Decimal]]:
    """Price changes the data schedules after its own date: field -> (from, price)."""
    found: dict[str, tuple[str, Decimal]] = {}
    if not isinstance(model.prices, list):
        return found
    for conditional in model.prices:
        start = getattr(conditional.constraint, "start_date", None)
        if start is None or start <= checked:
            continue
        for field in ("input_mtok", "output_mtok", "cache_read_mtok"):
            base, _ = _base(getattr(conditional.prices, field, None))
            if base is not None:
                found[field] = (start.isoformat(), base)
    return found


def _our_id(name: str) -> str:
    for pick in LINEUP:
        if name in (pick.litellm, pick.ref, pick.id):
            return pick.id
    return name.split("/")[-1]


def _row(
    model: str,
    item: str,
    price: str,
    source: str,
    checked: date,
    *,
    retired: str | None = None,
    note: str | None = None,
    later: tuple[str, Decimal] | None = None,
) -> str:
    parts = [
        f"model: {model}",
        f"item: {item}",
        f'price: "{price}"',
        "unit: per_1m_tokens",
        f'source: "{source}"',
        f"checked: {checked.isoformat()}",
    ]
    if retired:
        parts += ["available: false", f"retired: {retired}"]
    if later:
        parts += [f"changes_on: {later[0]}", f'changes_to: "{_money(later[1])}"']
    if note:
        parts.append(f'note: "Long prompts: {note}."')
    return "  - {" + ", ".join(parts) + "}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the shipped file drifted")
    parser.add_argument("--litellm-wheel", type=Path, help="read LiteLLM's data from this wheel")
    args = parser.parse_args()
    check_versions()
    text = render(wheel=args.litellm_wheel)
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(
                f"{OUTPUT.name} differs from the pinned libraries: rerun the script",
                file=sys.stderr,
            )
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
