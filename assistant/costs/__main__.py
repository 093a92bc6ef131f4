"""``python -m assistant.costs``: regenerate the stored token counts of the templates."""

from assistant.costs.template_counts import main

main()
