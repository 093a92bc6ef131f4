"""The cost engine: prompting against fine-tuning, month by month."""
