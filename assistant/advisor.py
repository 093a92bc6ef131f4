"""The one entry point every edge calls: text in, a cited ``Answer`` out.

    advisor = Advisor.load()
    answer = advisor.ask("Legal team, 15k annotated NDAs, $40,000, 3 months")
    answer.recommendation.approach   # Approach.FINE_TUNING

``Advisor`` holds what is loaded once (guidance, rules, prices, the tokenizer) and is
otherwise stateless: the same text gives the same answer, byte for byte.
"""

from __future__ import annotations

#: Descriptions longer than this are refused with a clear message (a Slack message holds
#: up to 40,000 characters; no project description needs more than half of that).
MAX_INPUT_CHARS = 20_000
