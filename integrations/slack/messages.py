"""Every sentence the Slack app says on its own behalf, in one place.

What the core decided is worded by ``assistant.messages``; this module holds only what is
particular to Slack: usage, the modal's labels, failures, and hints. All of it is static
text or takes already-escaped values.
"""

from __future__ import annotations

COMMAND = "/advise"

HELP = (
    "*Advisor* tells you whether to *prompt* a model, *fine-tune* one, or *prompt now and "
    "fine-tune later*, with costs and cited reasons.\n"
    f"• `{COMMAND} &lt;your project&gt;`: for example `{COMMAND} Support bot for our bank, 5k "
    "labeled chats, $20k budget, live in 3 months, 100k requests a month`\n"
    f"• `{COMMAND}` on its own opens a form with the main questions.\n"
    "• Mention me with a description and I answer in the thread.\n"
    "• Or message me directly, or open me in the agent panel, and describe the project.\n"
    "• In the thread of an answer, just reply (no need to mention me): change a constraint "
    "(_what if the budget is $500?_, _actually we have 10k examples_), ask _why not "
    "fine-tuning?_, _how sure are you?_, _what about RAG?_, _what does it cost?_, _tl;dr for "
    "my manager?_, or a question about the guidance (_what are the risks of overfitting?_). "
    "Say _we'll go with prompting_ and I record the decision."
)

THREAD_HELP = (
    "I can help with this project in the thread. Try: _what if the budget is $500?_, "
    "_actually we have 10k examples_, _why not fine-tuning?_, _what does it cost per "
    "month?_, _how sure are you?_, _what about RAG?_, _tl;dr?_, or a question about the "
    "guidance such as _what are the risks of overfitting?_ Say _we'll go with prompting_ "
    "to record a decision."
)

ACK_REACTION = "thumbsup"

OFF_TOPIC = (
    "That does not look like it is about this project, so I will leave it. Ask me about "
    "the recommendation, the costs or the guidance, or change a constraint."
)

ALTERNATIVE_NOT_COVERED = (
    "The guidance I answer from does not cover that option directly. I weigh three "
    "approaches: prompting, fine-tuning, and prompting now with fine-tuning later. Your "
    "project is unchanged."
)

NOTHING_CHANGED = "That is already part of the project, so the answer stands."
NOTHING_READ = (
    "Noted, but I found no change in that to a fact I weigh (labeled data, budget, "
    "timeline, volume, latency, compliance, accuracy, expertise), so the answer stands. "
    "To change one, give it with its value: _we have 5,000 labeled examples_."
)

DETAILS_BUTTON = "Details"

ANSWER_UPDATED = "The answer at the top of this thread is updated to match."
SUPPOSED_NOT_SAVED = (
    "These costs are for the values your question supposes; the project itself is unchanged. "
    'Say it as a change ("we now have 5,000 a month") to update the answer.'
)


FOLLOW_UP_HINT = (
    "Reply in this thread to change a constraint, ask why, ask about costs or about the "
    "guidance. No need to mention me."
)

GUIDANCE_NOT_COVERED = (
    "The guidance does not cover that. I can answer from the five source documents on "
    "prompting and fine-tuning: try asking about data needs, costs, overfitting, latency, "
    "or when to switch approaches."
)

NO_COSTS = (
    "I could not put figures on this project yet. Tell me the monthly request volume (and "
    "the model, if you have one in mind) and I will price both approaches."
)

CHART_FILENAME = "costs.png"
CHART_TITLE = "Cumulative cost: prompting vs fine-tuning"
CHART_ALT_TEXT = (
    "Line chart of the cumulative cost of prompting and of fine-tuning, month by month, "
    "with the break-even month marked where there is one."
)

APOLOGY = (
    "Sorry, something went wrong on my side while answering this. It has been logged; "
    "please try again in a moment."
)

THREAD_FORGOTTEN = (
    f"I no longer have the project for this thread. Start again with `{COMMAND} &lt;your "
    "project&gt;` and I will answer in a new thread."
)

UNSUPPORTED_SURFACE = (
    f"That does not work here. Use `{COMMAND}` in a channel, or mention me in one."
)


def not_in_channel(*, channel_id: str) -> str:
    """Shown (only to the person) when the bot cannot post in the channel."""
    return (
        f"I am not a member of <#{channel_id}>, so only you can see this answer and the "
        "team cannot follow up in a thread. Invite me with `/invite @Advisor` (or mention "
        f"me in the channel and choose *Invite*), then run `{COMMAND}` again."
    )


# --- direct messages and the agent panel -----------------------------------------------

PANEL_GREETING = (
    "Hi! Describe your project (the task, how much labeled data you have, the budget, when "
    "it must be live, how many requests a month) and I will tell you whether to *prompt* "
    "a model, *fine-tune* one, or *prompt now and fine-tune later*, with costs and cited "
    "reasons. Then ask follow-ups right here."
)
PANEL_PROMPTS_TITLE = "Try one of these:"
#: (title, message) of each suggested prompt in the agent panel. A new thread has no
#: project yet, so each message describes one: a bare "what would change the answer?"
#: would have nothing to be about.
PANEL_PROMPTS = (
    (
        "Describe a project",
        "Support chatbot for our bank: 5k labeled chats, $20k budget, live in 3 months, "
        "100k requests a month",
    ),
    (
        "What would change the answer?",
        "What would change the answer for a legal team reviewing NDAs with 15k annotated "
        "contracts, a $40k budget and 3 months?",
    ),
    (
        "How much does fine-tuning cost?",
        "How much does fine-tuning cost for product descriptions in our online store? 2k "
        "labeled examples, $10k budget, 500k requests a month",
    ),
    (
        "Is prompting enough?",
        "Is prompting enough for a marketing team drafting social posts, no labeled data, "
        "live in 2 weeks?",
    ),
)
PANEL_STATUS = "is thinking…"
UNTITLED_PROJECT = "Untitled project"

# --- the working indicator ------------------------------------------------------------

WORKING_REACTION = "hourglass_flowing_sand"

# --- the modal --------------------------------------------------------------------------

MODAL_TITLE = "Advisor"
MODAL_SUBMIT = "Recommend"
MODAL_CLOSE = "Cancel"
MODAL_INTRO = (
    "Describe the project and fill in what you know; leave the rest empty. Advisor posts "
    "the recommendation in the channel, where the team can follow up in its thread."
)
MODAL_DESCRIPTION = "What should the model do?"
MODAL_DESCRIPTION_HINT = "The task, the users, what good output looks like."
MODAL_NOTHING_GIVEN = "Describe the project or fill in at least one field."
MODAL_PLACEHOLDER_NUMBER = "Leave empty if unknown"
MODAL_INVALID_VALUE = "This value cannot be used; enter a positive number or leave it empty."
