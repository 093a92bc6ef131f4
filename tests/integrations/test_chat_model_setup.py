"""``ADVISOR_CHAT_MODEL``: read by Settings, loaded on demand, and with nothing configured
``advisor ask`` is the deterministic path, byte for byte, without langchain-core or MCP."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant import (
    Advisor,
    Constraints,
    Domain,
    answer_to_dict,
    answer_to_json,
    answer_to_text,
)
from integrations.llm import assisted_advisor
from integrations.llm.assisted import AssistedAdvisor
from integrations.llm.loading import ChatModelConfigError, load_chat_model
from integrations.settings import Settings
from tests.integrations.cli_process import REPO, run_advisor

STORE = (
    "Need something for the store; traffic is around 2000 visitors hitting it daily; "
    "go-live before the holidays, 6 weeks out"
)
TEXTS = [
    STORE,
    "Legal team: summarise NDAs and flag odd terms. 15k annotated NDAs, 3 months, $40,000.",
    "hello there",
]
FAKES = "tests.integrations.fake_models"
NO_MODEL = {"ADVISOR_CHAT_MODEL": ""}


@pytest.mark.parametrize("text", TEXTS)
def test_without_a_model_ask_prints_the_deterministic_bytes(advisor: Advisor, text: str) -> None:
    as_json = run_advisor("ask", "--json", text, env=NO_MODEL)
    as_text = run_advisor("ask", text, env=NO_MODEL)
    answer = advisor.ask(text)
    assert as_json.stdout == answer_to_json(answer)
    assert as_text.stdout == answer_to_text(answer)
    assert as_json.stderr == as_text.stderr == ""


def test_ask_without_a_model_imports_neither_langchain_core_nor_mcp() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from integrations.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['ask', '--json', {TEXTS[1]!r}])\n"
        "loaded = {m.split('.')[0] for m in sys.modules}\n"
        "print(code, sorted(loaded & {'langchain_core', 'langchain', 'mcp', 'mcp_types'}))\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "ADVISOR_CHAT_MODEL"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0 []"


def test_settings_read_the_chat_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_CHAT_MODEL", f"{FAKES}:reading_model")
    monkeypatch.setenv("ADVISOR_CHAT_TIMEOUT", "2.5")
    settings = Settings()
    assert settings.advisor_chat_model == f"{FAKES}:reading_model"
    assert settings.advisor_chat_timeout == 2.5
    assert settings.advisor_chat_rephrase is False


def test_no_model_configured_is_the_plain_advisor(
    advisor: Advisor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ADVISOR_CHAT_MODEL", raising=False)
    assert assisted_advisor(advisor, Settings()) is advisor


def test_a_factory_path_gives_the_assisted_advisor(
    advisor: Advisor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVISOR_CHAT_MODEL", f"{FAKES}:reading_model")
    assert isinstance(assisted_advisor(advisor, Settings()), AssistedAdvisor)


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("nonsense", "expected 'module:factory'"),
        (f"{FAKES}:no_such_factory", "has no no_such_factory"),
        (f"{FAKES}:not_a_model", "not a BaseChatModel"),
        ("no_such_module_here:factory", "cannot import no_such_module_here"),
        ("mistral:mistral-large-latest", "pip install langchain-mistralai"),
    ],
)
def test_a_bad_chat_model_setting_says_what_to_fix(spec: str, says: str) -> None:
    with pytest.raises(ChatModelConfigError, match=says):
        load_chat_model(spec)


def test_ask_uses_a_configured_model_and_marks_its_values(advisor: Advisor) -> None:
    env = {
        "ADVISOR_CHAT_MODEL": f"{FAKES}:reading_model",
        "ADVISOR_TEST_FACTS": json.dumps({"domain": "ecommerce", "budget_usd": 99000}),
    }
    done = run_advisor("ask", "--json", STORE, env=env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["constraints"]["domain"] == "ecommerce"
    assert answer["constraints"]["budget_usd"] is None  # $99,000 is not in the text
    assert answer["provenance"]["domain"] == "inferred"
    assert [i["values"] for i in answer["issues"] if i["field"] == "chat_model"] == [["domain"]]
    given = Constraints(domain=Domain.ECOMMERCE)
    expected = answer_to_dict(advisor.recommend(advisor.ask(STORE).constraints.merged(given)))
    assert answer["recommendation"] == expected["recommendation"]


@pytest.mark.parametrize("spec", [f"{FAKES}:failing_model", f"{FAKES}:not_a_model"])
def test_a_failing_or_broken_model_changes_nothing_in_the_answer(
    advisor: Advisor, spec: str
) -> None:
    done = run_advisor("ask", "--json", STORE, env={"ADVISOR_CHAT_MODEL": spec})
    assert done.returncode == 0
    assert done.stdout == answer_to_json(advisor.ask(STORE))
