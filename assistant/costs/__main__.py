"""``python -m assistant.costs``: regenerate the stored token counts of the templates."""

from assistant.costs.template_counts import COUNTS_FILE, stored_json
from assistant.costs.templates import load_prompt_templates
from assistant.costs.tokens import TokenCounter
from assistant.paths import knowledge_dir


def main() -> None:
    """Regenerate the stored counts of the shipped templates."""
    folder = knowledge_dir()
    templates = load_prompt_templates(folder / "prompt_templates.yaml", stored={})
    counted = stored_json(templates.templates, tokens=TokenCounter())
    (folder / COUNTS_FILE).write_text(counted, encoding="utf-8")
    print(f"wrote {folder / COUNTS_FILE}")


if __name__ == "__main__":
    main()
