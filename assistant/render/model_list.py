"""``advisor cost --list-models``: every model with its provider, what it is priced for and
its shutdown date, then the profiles that pair them."""

from __future__ import annotations

from assistant.costs.prices import PriceTable


def models_text(prices: PriceTable) -> str:
    """One line per model and per profile, sorted by id."""
    lines = ["Models (prompt: --model; fine-tune: --fine-tune-model):"]
    width = max(len(model) for model in prices.models)
    for model_id in sorted(prices.models):
        model = prices.models[model_id]
        uses = [
            use
            for use, priced in (
                ("prompt", prices.prompts(model_id)),
                ("fine-tune", prices.fine_tunes(model_id)),
            )
            if priced
        ]
        if not uses:
            continue
        shutdown = (
            f"shuts down {model.shutdown.isoformat()}"
            if model.shutdown
            else "no shutdown announced"
        )
        if model.shutdown and model.successor:
            shutdown += f" (successor {model.successor})"
        weights = ", open weights" if model.open_weight else ""
        lines.append(
            f"  {model_id:<{width}}  {model.provider}{weights}; {'/'.join(uses)}; {shutdown}"
        )
    lines.append("Profiles (--model NAME):")
    for profile in sorted(prices.profiles.values(), key=lambda p: p.id):
        default = " (default)" if profile.id == prices.default_profile else ""
        lines.append(f"  {profile.id:<{width}}  {profile.title}{default}")
    return "\n".join(lines) + "\n"
