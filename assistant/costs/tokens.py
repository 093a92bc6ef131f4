"""Token counts with tiktoken, offline and exact for the encodings the price table uses.

The encoding files ship in ``knowledge/encodings/`` (byte-identical to the files tiktoken
downloads); each is checked against its published SHA-256 when it loads, loaded at most
once per process, and only when a count is first needed: building o200k_base takes
~0.2 s, which a run that never counts should not pay.

Chat prompts are counted with OpenAI's published recipe: 3 tokens per message, 1 more
when a message has a name, and 3 that prime the reply.
"""

from __future__ import annotations

import binascii
import hashlib
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import KnowledgeError
from assistant.paths import knowledge_dir

if TYPE_CHECKING:
    import tiktoken


class EncodingName(StrEnum):
    O200K_BASE = "o200k_base"
    CL100K_BASE = "cl100k_base"


class Role(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True, kw_only=True)
class ChatMessage:
    # Built on first validation: only a live token count uses it.

    role: Role
    content: str
    name: str | None = None


# From tiktoken_ext/openai_public.py (tiktoken 0.8-0.14): the published hashes, split
# patterns and special tokens. Copied so that no lookup can reach for the network.
_ENDOFTEXT = "<|endoftext|>"
_FIM_PREFIX = "<|fim_prefix|>"
_FIM_MIDDLE = "<|fim_middle|>"
_FIM_SUFFIX = "<|fim_suffix|>"
_ENDOFPROMPT = "<|endofprompt|>"

_SPECS: dict[EncodingName, tuple[str, str, dict[str, int]]] = {
    EncodingName.CL100K_BASE: (
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
        r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",  # noqa: E501 - tiktoken's pattern, verbatim
        {
            _ENDOFTEXT: 100257,
            _FIM_PREFIX: 100258,
            _FIM_MIDDLE: 100259,
            _FIM_SUFFIX: 100260,
            _ENDOFPROMPT: 100276,
        },
    ),
    EncodingName.O200K_BASE: (
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
        "|".join(
            [
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
                r"""\p{N}{1,3}""",
                r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
                r"""\s*[\r\n]+""",
                r"""\s+(?!\S)""",
                r"""\s+""",
            ]
        ),
        {_ENDOFTEXT: 199999, _ENDOFPROMPT: 200018},
    ),
}

#: OpenAI's chat counting recipe ("How to count tokens with tiktoken").
TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
TOKENS_PRIMING_REPLY = 3

# Loaded encodings, shared by every TokenCounter in the process: (folder, name) -> Encoding.
_LOADED: dict[tuple[Path, EncodingName], tiktoken.Encoding] = {}
_LOCK = threading.Lock()


def expected_sha256(encoding: EncodingName) -> str:
    """The SHA-256 tiktoken publishes for ``encoding``'s file."""
    return _SPECS[encoding][0]


class TokenCounter:
    """Counts tokens offline. Cheap to create; an encoding loads on its first count.

    >>> counter = TokenCounter()
    >>> counter.count("hello world", encoding=EncodingName.O200K_BASE)
    2
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = (directory or knowledge_dir() / "encodings").resolve()

    def count(self, text: str, *, encoding: EncodingName) -> int:
        """Tokens in ``text``; special-token markers in it count as the plain text they are."""
        return len(self._encoding(encoding).encode_ordinary(text))

    def count_chat(self, messages: list[ChatMessage], *, encoding: EncodingName) -> int:
        """Tokens a chat request of ``messages`` sends, reply priming included."""
        enc = self._encoding(encoding)
        total = TOKENS_PRIMING_REPLY
        for message in messages:
            total += TOKENS_PER_MESSAGE
            total += len(enc.encode_ordinary(message.role.value))
            total += len(enc.encode_ordinary(message.content))
            if message.name is not None:
                total += TOKENS_PER_NAME + len(enc.encode_ordinary(message.name))
        return total

    def is_loaded(self, encoding: EncodingName) -> bool:
        return (self.directory, encoding) in _LOADED

    def _encoding(self, name: EncodingName) -> tiktoken.Encoding:
        key = (self.directory, name)
        found = _LOADED.get(key)
        if found is not None:
            return found
        with _LOCK:
            found = _LOADED.get(key)
            if found is None:
                found = _load(self.directory / f"{name.value}.tiktoken", name)
                _LOADED[key] = found
        return found


def _load(path: Path, name: EncodingName) -> tiktoken.Encoding:
    # tiktoken's own loader copies a local file into its download cache (and reads the
    # environment to find it); reading and checking the file here keeps loading pure.
    import tiktoken

    expected, pattern, special = _SPECS[name]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError(f"cannot read the encoding: {exc.strerror}", file=str(path)) from exc
    actual = hashlib.sha256(data).hexdigest()
    if actual != expected:
        raise KnowledgeError(
            f"SHA-256 {actual} does not match the published {expected}", file=path.name
        )
    # The same format load_tiktoken_bpe reads: "<base64 token> <rank>" per line.
    fields = data.split()
    ranks = dict(zip(map(binascii.a2b_base64, fields[0::2]), map(int, fields[1::2]), strict=True))
    return tiktoken.Encoding(
        name=name.value, pat_str=pattern, mergeable_ranks=ranks, special_tokens=special
    )
