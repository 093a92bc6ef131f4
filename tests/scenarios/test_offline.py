"""Knowledge, prices, token counts and answers need no network."""

from __future__ import annotations

from assistant.advisor import Advisor
from assistant.render import answer_to_json
from tests.costs.netblock import blocked_network


def test_loading_and_answering_with_the_network_blocked() -> None:
    with blocked_network():
        advisor = Advisor.load()
        answer = advisor.ask(
            "Hospital: summarise discharge notes, 40,000 reviewed summaries, HIPAA, 6 months, "
            "$250k, 30k notes a day. Our prompt: ```Summarise the note for the patient's GP "
            "in five bullet points, plain words, no abbreviations.```"
        )
        follow = advisor.follow_up(
            "what are the risks of overfitting?", previous=answer.constraints
        )
    assert answer.recommendation.approach.value == "fine-tuning"
    assert answer.costs is not None
    # The pasted prompt was counted by tiktoken, from the shipped encoding.
    assert answer.costs.tokens.source.value == "pasted"
    # The default prompted model (GPT-6 Sol) has no published tokenizer: the shipped
    # o200k_base gives an estimate, counted offline all the same.
    assert answer.costs.tokens.encoding.value == "o200k_base"
    assert answer.costs.tokens.prompting_input_without_examples > 10
    assert follow.passages
    assert answer_to_json(answer)
