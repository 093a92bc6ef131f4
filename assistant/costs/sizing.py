"""How many tokens a request sends and receives, for each option.

The prompting path is the person's own prompt (a pasted text, counted, or a stated
figure) or else the shipped template for the task with k examples. The fine-tuned path
is the template's short instruction plus the input; for the person's own prompt it is
scaled by the template's ratio, since fine-tuning removes instructions and examples but
not the input.
"""

from __future__ import annotations

import math

from assistant.constraints import Constraints, Task
from assistant.costs.options import DEFAULTS, LONG_PROMPT_TOKENS, CostOptions
from assistant.costs.prices import ModelInfo
from assistant.costs.provenance import Record, bad_input
from assistant.costs.report import InputSource, TokenCounts, TokenSource
from assistant.costs.templates import PromptTemplates, TemplateCounts
from assistant.costs.tokens import ChatMessage, EncodingName, Role, TokenCounter


def size_requests(
    constraints: Constraints,
    *,
    options: CostOptions,
    templates: PromptTemplates,
    tokens: TokenCounter,
    prompting_model: ModelInfo,
    tuned_model: ModelInfo,
    record: Record,
) -> TokenCounts:
    """Tokens per request on both paths, with where each figure came from."""
    for name in ("prompt_tokens", "fine_tuned_prompt_tokens", "output_tokens", "few_shot_k"):
        value = getattr(options, name)
        if value is not None and value < 0:
            raise bad_input(name.replace("_", " "), value, f"{value:,} is negative")
    task = constraints.task
    if task is None:
        task = DEFAULTS.task
        record.assume("task (sizes the prompt)", task.value, why=DEFAULTS.task_why)
    encoding = prompting_model.encoding
    shipped = templates.counts(
        task, k=_few_shot_k(task, options, templates, record), encoding=encoding, tokens=tokens
    )

    prompt, source, origin = _stated_prompt(constraints, options, tokens, encoding=encoding)
    document = constraints.document_tokens
    if prompt is None and document is not None:
        # The template's instructions and examples around the document the request carries;
        # fine-tuning removes the first, never the document.
        prompt = shipped.prompting + document
        without = shipped.prompting_without_examples + document
        tuned = shipped.fine_tuned + document
        source, origin = TokenSource.DOCUMENT, InputSource.DESCRIPTION
        record.give("document tokens per request", f"{document:,}", source=origin)
        record.assume(
            "prompt tokens per request",
            f"{prompt:,}",
            why=f"The {document:,}-token document plus the shipped {task.value} template's "
            f"instructions and {shipped.k} example(s) ({shipped.prompting:,} tokens).",
        )
    elif prompt is None:
        prompt = shipped.prompting
        without, tuned = shipped.prompting_without_examples, shipped.fine_tuned
        record.assume(
            "prompt tokens per request",
            f"{prompt:,}",
            why=f"Nothing in the description sizes the prompt: the shipped {task.value} "
            f"template with {shipped.k} example(s), counted. State the document or prompt "
            "size for figures that fit the project.",
        )
    else:
        without = math.ceil(prompt * shipped.prompting_without_examples / shipped.prompting)
        tuned = math.ceil(prompt * shipped.fine_tuned / shipped.prompting)
        record.give("prompt tokens per request", f"{prompt:,}", source=origin)
        if options.fine_tuned_prompt_tokens is None:
            record.assume(
                "fine-tuned prompt tokens per request",
                f"{tuned:,}",
                why=f"Your prompt scaled by the {task.value} template's ratio "
                f"({shipped.fine_tuned:,} of {shipped.prompting:,} tokens): fine-tuning "
                "removes the instructions and examples, not the input.",
            )
    if options.fine_tuned_prompt_tokens is not None:
        tuned = options.fine_tuned_prompt_tokens
        record.give("fine-tuned prompt tokens per request", f"{tuned:,}", source=InputSource.OPTION)

    output = _output_tokens(constraints, options, shipped=shipped, task=task, record=record)
    _check_length(prompt, output=output, model=prompting_model, record=record)
    return TokenCounts(
        encoding=encoding,
        exact=prompting_model.tokens_exact
        and source not in (TokenSource.STATED, TokenSource.DOCUMENT),
        fine_tuned_exact=(
            tuned_model.tokens_exact
            and tuned_model.encoding == encoding
            and source is TokenSource.TEMPLATE
            and options.fine_tuned_prompt_tokens is None
            and document is None
        ),
        source=source,
        task=task.value,
        few_shot_k=shipped.k,
        prompting_input=prompt,
        prompting_input_without_examples=without,
        fine_tuned_input=tuned,
        output=output,
        document=document,
        # A training example is the fine-tuned prompt with its answer.
        training_tokens_per_example=tuned + output,
    )


def _few_shot_k(
    task: Task, options: CostOptions, templates: PromptTemplates, record: Record
) -> int:
    template = templates[task]
    if options.few_shot_k is not None:
        k = min(options.few_shot_k, len(template.examples))
        record.give("few-shot examples", str(k), source=InputSource.OPTION)
        return k
    record.assume(
        "few-shot examples",
        str(template.default_k),
        why=f"The shipped {task.value} template's default: enough examples to pin the "
        "output format.",
        cites=("mastering.few-shot",),
    )
    return template.default_k


def _stated_prompt(
    constraints: Constraints, options: CostOptions, tokens: TokenCounter, *, encoding: EncodingName
) -> tuple[int | None, TokenSource, InputSource]:
    """The person's prompt size, options first: (tokens, how it is known, where from)."""
    if options.prompt_text is not None:
        counted = _count_pasted(options.prompt_text, tokens, encoding=encoding)
        return counted, TokenSource.PASTED, InputSource.OPTION
    if options.prompt_tokens is not None:
        return options.prompt_tokens, TokenSource.STATED, InputSource.OPTION
    if constraints.prompt_text is not None:
        counted = _count_pasted(constraints.prompt_text, tokens, encoding=encoding)
        return counted, TokenSource.PASTED, InputSource.DESCRIPTION
    if constraints.prompt_tokens is not None:
        return constraints.prompt_tokens, TokenSource.STATED, InputSource.DESCRIPTION
    return None, TokenSource.TEMPLATE, InputSource.TEMPLATE


def _count_pasted(text: str, tokens: TokenCounter, *, encoding: EncodingName) -> int:
    # A pasted prompt is sent as one user message.
    return tokens.count_chat([ChatMessage(role=Role.USER, content=text)], encoding=encoding)


def _output_tokens(
    constraints: Constraints,
    options: CostOptions,
    *,
    shipped: TemplateCounts,
    task: Task,
    record: Record,
) -> int:
    if options.output_tokens is not None:
        record.give(
            "output tokens per request", f"{options.output_tokens:,}", source=InputSource.OPTION
        )
        return options.output_tokens
    if constraints.output_tokens is not None:
        record.give(
            "output tokens per request",
            f"{constraints.output_tokens:,}",
            source=InputSource.DESCRIPTION,
        )
        return constraints.output_tokens
    record.assume(
        "output tokens per request",
        f"{shipped.output:,}",
        why=f"The length of a typical answer in the shipped {task.value} template.",
    )
    return shipped.output


def _check_length(prompt: int, *, output: int, model: ModelInfo, record: Record) -> None:
    if prompt + output > model.context_window:
        raise bad_input(
            "prompt tokens",
            prompt,
            f"{prompt:,} prompt tokens plus {output:,} output tokens do not fit "
            f"{model.title}'s {model.context_window:,}-token context window",
        )
    if prompt > LONG_PROMPT_TOKENS:
        record.warn(
            f"The prompt is {prompt:,} tokens per request, beyond {LONG_PROMPT_TOKENS:,}: "
            "a prompt this long is mostly context, which fine-tuning does not remove; "
            "set the fine-tuned prompt size (--fine-tuned-prompt-tokens) for a fair "
            "comparison."
        )
