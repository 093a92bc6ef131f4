"""Token counts: offline, hash-verified, loaded once, equal to tiktoken's own encodings."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import tiktoken
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.constraints import Task
from assistant.costs import ChatMessage, EncodingName, Role, TokenCounter
from assistant.costs.template_counts import TemplateTokens, count_template, fingerprint
from assistant.costs.templates import PromptTemplates, load_prompt_templates
from assistant.costs.tokens import expected_sha256
from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir

from .netblock import blocked_network

ENCODINGS = knowledge_dir() / "encodings"
PUBLISHED = {  # tiktoken_ext/openai_public.py: the URL each file is fetched from and its hash
    EncodingName.O200K_BASE: (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    EncodingName.CL100K_BASE: (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
}
KNOWN = [
    "",
    "hello world",
    "Hello, World!",
    "  leading and trailing spaces  ",
    "tabs\tand\nnewlines\r\n\n\nand more",
    "I'm sure they'll say we've done it; it's John's.",
    "Numbers: 1234567890 3.14159 -42 1,000,000 $0.06-$0.12 per 1K tokens",
    "def f(x):\n    return x ** 2  # comment\n",
    '{"sentiment": "positive", "aspect": "battery life"}',
    "<|endoftext|> is written here as text, and <|endofprompt|> too",
    "Ünïcödé: naïve café, straße, Ελληνικά, русский, עברית, العربية",
    "中文分词测试，日本語のテキスト、한국어 문장",
    "emoji 👩‍💻🚀🔥 and symbols ©®™ ∑∫√",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "https://openai.com/api/pricing/?q=fine-tuning#gpt-4.1-mini",
    "CamelCaseIdentifiersAndSNAKE_CASE_ONES",
    "   \n\t  ",
    "The quick brown fox jumps over the lazy dog. " * 50,
]


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[EncodingName, tiktoken.Encoding]:
    """tiktoken's own encodings, loaded from a cache the test fills, with no network."""
    cache = tmp_path_factory.mktemp("tiktoken-cache")
    for encoding, (url, _) in PUBLISHED.items():
        name = hashlib.sha1(url.encode()).hexdigest()  # the cache key tiktoken uses
        shutil.copyfile(ENCODINGS / f"{encoding.value}.tiktoken", cache / name)
    with pytest.MonkeyPatch.context() as patch, blocked_network():
        patch.setenv("TIKTOKEN_CACHE_DIR", str(cache))
        return {encoding: tiktoken.get_encoding(encoding.value) for encoding in EncodingName}


def test_the_network_really_is_blocked(no_network: None) -> None:
    with pytest.raises(OSError):
        urllib.request.urlopen("https://openaipublic.blob.core.windows.net/", timeout=2)


def test_shipped_files_are_the_published_ones() -> None:
    for encoding, (_, published) in PUBLISHED.items():
        data = (ENCODINGS / f"{encoding.value}.tiktoken").read_bytes()
        assert hashlib.sha256(data).hexdigest() == published == expected_sha256(encoding)


@pytest.mark.parametrize("encoding", list(EncodingName))
@pytest.mark.parametrize("text", KNOWN)
def test_counts_equal_tiktoken(
    no_network: None,
    reference: dict[EncodingName, tiktoken.Encoding],
    tokens: TokenCounter,
    encoding: EncodingName,
    text: str,
) -> None:
    expected = len(reference[encoding].encode(text, disallowed_special=()))
    assert tokens.count(text, encoding=encoding) == expected


@pytest.mark.parametrize("encoding", list(EncodingName))
def test_same_tokens_not_just_same_counts(
    no_network: None, reference: dict[EncodingName, tiktoken.Encoding], encoding: EncodingName
) -> None:
    ours = TokenCounter()._encoding(encoding)
    for text in KNOWN:
        assert ours.encode_ordinary(text) == reference[encoding].encode_ordinary(text)
    assert ours.n_vocab == reference[encoding].n_vocab


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300))
def test_counts_equal_tiktoken_for_any_text(
    reference: dict[EncodingName, tiktoken.Encoding], text: str
) -> None:
    counter = TokenCounter()
    with blocked_network():
        for encoding in EncodingName:
            expected = len(reference[encoding].encode(text, disallowed_special=()))
            assert counter.count(text, encoding=encoding) == expected


def test_chat_overhead_follows_the_published_recipe(
    no_network: None, reference: dict[EncodingName, tiktoken.Encoding], tokens: TokenCounter
) -> None:
    enc = reference[EncodingName.O200K_BASE]

    def n(text: str) -> int:
        return len(enc.encode(text))

    messages = [
        ChatMessage(role=Role.SYSTEM, content="You are a helpful assistant."),
        ChatMessage(role=Role.USER, content="Hello there!", name="alice"),
    ]
    # 3 per message + the role and content; +1 and the name for a named message; +3
    expected = (
        (3 + n("system") + n("You are a helpful assistant."))
        + (3 + n("user") + n("Hello there!") + 1 + n("alice"))
        + 3
    )
    assert tokens.count_chat(messages, encoding=EncodingName.O200K_BASE) == expected
    assert tokens.count_chat([], encoding=EncodingName.O200K_BASE) == 3


def test_loaded_once_per_process(tokens: TokenCounter) -> None:
    tokens.count("warm", encoding=EncodingName.CL100K_BASE)
    fresh = TokenCounter()
    assert fresh.is_loaded(EncodingName.CL100K_BASE)
    assert fresh._encoding(EncodingName.CL100K_BASE) is tokens._encoding(EncodingName.CL100K_BASE)


def test_a_tampered_file_is_refused(tmp_path: Path) -> None:
    data = bytearray((ENCODINGS / "cl100k_base.tiktoken").read_bytes())
    data[100] ^= 0x01
    (tmp_path / "cl100k_base.tiktoken").write_bytes(bytes(data))
    with pytest.raises(KnowledgeError) as caught:
        TokenCounter(tmp_path).count("x", encoding=EncodingName.CL100K_BASE)
    assert caught.value.file == "cl100k_base.tiktoken"
    assert "does not match the published" in str(caught.value)


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="cannot read the encoding"):
        TokenCounter(tmp_path).count("x", encoding=EncodingName.O200K_BASE)


def test_stored_template_counts_are_current(no_network: None, tokens: TokenCounter) -> None:
    shipped = load_prompt_templates(knowledge_dir() / "prompt_templates.yaml")
    for encoding in EncodingName:
        for task, template in shipped.templates.items():
            stored = shipped._stored.get((task.value, encoding))
            assert stored is not None, (
                f"{task} {encoding}: regenerate with python -m assistant.costs"
            )
            assert stored == count_template(template, encoding=encoding, tokens=tokens)


def test_a_stale_stored_count_is_not_used(tokens: TokenCounter) -> None:
    live = load_prompt_templates(knowledge_dir() / "prompt_templates.yaml", stored={})
    template = live[Task.SENTIMENT]
    wrong = TemplateTokens(fingerprint="0" * 64, prompting=(1, 2, 3, 4), fine_tuned=1, output=1)
    stale = PromptTemplates(live.templates, stored={("sentiment", EncodingName.O200K_BASE): wrong})
    counted = stale.tokens_of(Task.SENTIMENT, encoding=EncodingName.O200K_BASE, tokens=tokens)
    assert counted == count_template(template, encoding=EncodingName.O200K_BASE, tokens=tokens)
    # the same figures under the right fingerprint are taken as they are
    current = dataclasses.replace(wrong, fingerprint=fingerprint(template, EncodingName.O200K_BASE))
    trusted = PromptTemplates(
        live.templates, stored={("sentiment", EncodingName.O200K_BASE): current}
    )
    assert (
        trusted.tokens_of(Task.SENTIMENT, encoding=EncodingName.O200K_BASE, tokens=tokens)
        == current
    )


def test_an_answer_needs_no_tokenizer() -> None:
    """Pricing the shipped templates uses the stored counts: tiktoken is not even imported."""
    script = (
        "import sys\n"
        "from assistant.constraints import Constraints, Task\n"
        "from assistant.costs import CostOptions, TokenCounter, estimate, load_price_table\n"
        "from assistant.paths import knowledge_dir\n"
        "table = load_price_table(knowledge_dir() / 'prices.yaml')\n"
        "for model in ('gpt-4.1-mini', 'documents'):\n"
        "    estimate(Constraints(task=Task.CODE), prices=table, tokens=TokenCounter(),\n"
        "             options=CostOptions(model=model))\n"
        "print('tiktoken' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_templates_cover_every_task(tmp_path: Path) -> None:
    shipped = load_prompt_templates(knowledge_dir() / "prompt_templates.yaml")
    assert set(shipped.templates) == set(Task)
    text = (knowledge_dir() / "prompt_templates.yaml").read_text(encoding="utf-8")
    cut = text[: text.index("  - task: sentiment")]  # the classification template only
    (tmp_path / "prompt_templates.yaml").write_text(cut, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="no template for tasks"):
        load_prompt_templates(tmp_path / "prompt_templates.yaml")


def test_template_k_cannot_exceed_its_examples(tmp_path: Path) -> None:
    text = (knowledge_dir() / "prompt_templates.yaml").read_text(encoding="utf-8")
    broken = text.replace(
        "  - task: classification\n    default_k: 3",
        "  - task: classification\n    default_k: 9",
        1,
    )
    assert broken != text
    (tmp_path / "prompt_templates.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(KnowledgeError, match="default_k 9 exceeds the 4 examples"):
        load_prompt_templates(tmp_path / "prompt_templates.yaml")
