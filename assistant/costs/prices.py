"""The price table: dated price rows, the models they price, and the profiles that pair them.

``knowledge/prices.yaml`` holds three lists:

- ``models``: what a price row can belong to, with the tokenizer encoding used to count
  its tokens (exact when it is the model's own encoding, an estimate otherwise);
- ``rows``: one price each (model + item, unit, ``Decimal`` price, source, the date it was
  checked, availability, and the guidance passages it comes from when a document gives it);
- ``profiles``: a prompting model paired with a fine-tuning model, the unit of choice.

An operator's own file (same shape, every list optional) adds rows or replaces the row of
the same model and item; it is validated exactly like the shipped file. Every error names
the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from assistant.costs.tokens import EncodingName
from assistant.errors import KnowledgeError, UnknownModelError
from assistant.records import STRICT_KEYS, Above, AtLeast, Checked, MinLength, NonEmpty, slug
from assistant.validation import validated
from assistant.yamlio import first_error, load_yaml

if TYPE_CHECKING:
    from pydantic import ValidationError

CURRENCY = "USD"
_DEFAULT = "default_profile"  # its key in the which-file-said-it map


class PriceItem(StrEnum):
    """What a row prices."""

    INPUT = "input"  # base model, per prompt token
    OUTPUT = "output"  # base model, per generated token
    FINE_TUNED_INPUT = "fine_tuned_input"
    FINE_TUNED_OUTPUT = "fine_tuned_output"
    TRAINING = "training"  # per training token (tokens x epochs)
    TRAINING_HOUR = "training_hour"  # per instance- or GPU-hour of training
    HOSTING_HOUR = "hosting_hour"  # per hour a fine-tuned model is deployed
    CACHED_INPUT = "cached_input"  # a prompt token the provider serves from its cache
    BATCH_INPUT = "batch_input"  # through the provider's Batch API (results within 24 h)
    BATCH_OUTPUT = "batch_output"
    FINE_TUNED_BATCH_INPUT = "fine_tuned_batch_input"
    FINE_TUNED_BATCH_OUTPUT = "fine_tuned_batch_output"


class PriceUnit(StrEnum):
    PER_1K_TOKENS = "per_1k_tokens"
    PER_1M_TOKENS = "per_1m_tokens"
    PER_HOUR = "per_hour"


class ProfileKind(StrEnum):
    LIST_PRICE = "list_price"  # a vendor's published prices
    DOCUMENTS = "documents"  # the figures the source documents give


_TOKENS_PER_UNIT = {
    PriceUnit.PER_1K_TOKENS: Decimal(1_000),
    PriceUnit.PER_1M_TOKENS: Decimal(10**6),
}
_HOURLY_ITEMS = frozenset({PriceItem.TRAINING_HOUR, PriceItem.HOSTING_HOUR})


def _usd(value: str) -> str:
    if value != CURRENCY:
        raise ValueError(
            f"currency {value!r} is not supported: Advisor prices in USD; "
            "convert the price and record the rate in the source"
        )
    return value


_Count = Annotated[int, Above(0)]
_Price = Annotated[Decimal, AtLeast(0)]


@dataclass(frozen=True, kw_only=True)
class ModelInfo:
    """A model (or a rented machine serving one) that price rows belong to."""

    __pydantic_config__ = STRICT_KEYS

    id: Annotated[str, slug("model id")]
    provider: NonEmpty
    title: NonEmpty
    encoding: EncodingName
    tokens_exact: bool  # True when ``encoding`` is the model's own tokenizer
    context_window: _Count
    #: Throughput of hour-priced training (tokens per instance-hour): turns training
    #: tokens into billed hours.
    training_tokens_per_hour: _Count | None = None
    #: Fewest hours a training run is billed for (setup, evaluation, billing granularity).
    min_training_hours: _Price | None = None
    #: What one serving instance handles (prompt + output tokens per hour); beyond it the
    #: report warns that hosting is understated.
    serving_tokens_per_hour: _Count | None = None
    #: Published weights: the model can be fine-tuned with LoRA and served anywhere.
    open_weight: bool = False
    #: When the provider stops serving it, and the model it names as the replacement.
    shutdown: date | None = None
    successor: str | None = None
    #: Fewest prompt tokens the provider caches (prefix caching).
    cache_min_tokens: _Count | None = None
    #: Other ways people write its name ("mistral small 2603").
    aliases: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class PriceRow:
    """One dated price."""

    __pydantic_config__ = STRICT_KEYS

    model: str
    item: PriceItem
    price: _Price
    unit: PriceUnit
    currency: Annotated[str, Checked(_usd)] = CURRENCY
    source: Annotated[str, MinLength(3)]
    checked: date
    available: bool = True
    retired: date | None = None  # when the provider stopped offering it
    low: _Price | None = None  # a range the source gives, if any
    high: _Price | None = None
    #: A price change the provider has announced: from this date, this price.
    changes_on: date | None = None
    changes_to: _Price | None = None
    note: str | None = None
    cites: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The row's name in reports and overrides: ``model/item``."""
        return f"{self.model}/{self.item.value}"

    @property
    def per_token(self) -> Decimal:
        """The price of one token (token-priced items only)."""
        return self.price / _TOKENS_PER_UNIT[self.unit]


@dataclass(frozen=True, kw_only=True)
class Profile:
    """What is compared: prompting one model against fine-tuning another (or the same)."""

    __pydantic_config__ = STRICT_KEYS

    id: str
    title: NonEmpty
    kind: ProfileKind
    prompting_model: str
    fine_tuning_model: str
    why: Annotated[str, MinLength(10)]


@dataclass(frozen=True, kw_only=True)
class _PriceFile:
    __pydantic_config__ = STRICT_KEYS

    currency: str = CURRENCY
    #: Files beside this one whose models and rows join it (the generated rows).
    include: list[str] = field(default_factory=list)
    default_profile: str | None = None
    models: list[ModelInfo] = field(default_factory=list)
    rows: list[PriceRow] = field(default_factory=list)
    profiles: list[Profile] = field(default_factory=list)


class PriceTable:
    """Validated rows, models and profiles, indexed for the cost engine."""

    def __init__(
        self,
        *,
        models: dict[str, ModelInfo],
        rows: dict[str, PriceRow],
        profiles: dict[str, Profile],
        default_profile: str,
    ) -> None:
        self.models = models
        self.rows = rows
        self.profiles = profiles
        self.default_profile = default_profile

    def row(self, model: str, item: PriceItem) -> PriceRow | None:
        return self.rows.get(f"{model}/{item.value}")

    @property
    def data_date(self) -> date:
        """The newest ``checked`` date of any row: what "today" is when none is given."""
        return max(row.checked for row in self.rows.values())

    def find_model(self, name: str) -> ModelInfo | None:
        """The model ``name`` means: its id, title or an alias, however it is spelled
        ("Claude Sonnet 5.5", "claude-sonnet-5-5")."""
        wanted = _canonical(name)
        for model in self.models.values():
            spellings = (model.id, model.title, *model.aliases)
            if any(_canonical(spelling) == wanted for spelling in spellings):
                return model
        return None

    def prompts(self, model: str) -> bool:
        """Whether ``model`` is priced for prompting (input and output rows)."""
        return _prices_prompting(self, model)

    def fine_tunes(self, model: str) -> bool:
        """Whether ``model`` is priced for fine-tuning (training and fine-tuned rows)."""
        return _prices_fine_tuning(self, model)

    def names(self) -> tuple[str, ...]:
        """Every profile and model id a person may ask for, sorted."""
        priced = {m for m in self.models if self.prompts(m) or self.fine_tunes(m)}
        return tuple(sorted(set(self.profiles) | priced))

    def resolve(self, name: str | None) -> Profile:
        """The profile ``name`` means: a profile id, or a model id priced for both
        prompting and fine-tuning. ``None`` is the default profile.

        >>> table.resolve("GPT-4.1 mini").id  # doctest: +SKIP
        'gpt-4.1-mini'
        """
        wanted = normalise_name(self.default_profile if name is None else name)
        if wanted in self.profiles:
            return self.profiles[wanted]
        implicit = self._implicit_profiles()
        if wanted in implicit:
            return implicit[wanted]
        model = self.find_model(wanted)
        if model is not None and model.open_weight and self.fine_tunes(model.id):
            # An open-weight model is named to be fine-tuned, against the default prompting.
            return self.pair(prompting=None, fine_tuning=model.id)
        if model is not None and model.id in implicit:
            return implicit[model.id]
        if model is not None:
            return self.pair(
                prompting=model.id if self.prompts(model.id) else None,
                fine_tuning=model.id if self.fine_tunes(model.id) else None,
            )
        raise UnknownModelError(wanted if name is None else name, known=self.names())

    def pair(self, *, prompting: str | None, fine_tuning: str | None) -> Profile:
        """Prompting one model against fine-tuning another; a side left None is the
        default profile's."""
        default = self.resolve(None)
        prompted = prompting or default.prompting_model
        tuned = fine_tuning or default.fine_tuning_model
        if prompted == default.prompting_model and tuned == default.fine_tuning_model:
            return default
        for profile in sorted(self.profiles.values(), key=lambda p: p.id):
            if (profile.prompting_model, profile.fine_tuning_model) == (prompted, tuned):
                return profile
        a, b = self.models[prompted], self.models[tuned]
        return Profile(
            id=prompted if prompted == tuned else f"{prompted}+{tuned}",
            title=f"Prompt {a.title} vs fine-tune {b.title}",
            kind=ProfileKind.LIST_PRICE,
            prompting_model=prompted,
            fine_tuning_model=tuned,
            why=f"Asked for by name: prompting {a.title} against fine-tuning {b.title}.",
        )

    def _implicit_profiles(self) -> dict[str, Profile]:
        found: dict[str, Profile] = {}
        for model in self.models.values():
            if _prices_prompting(self, model.id) and _prices_fine_tuning(self, model.id):
                found[model.id] = Profile(
                    id=model.id,
                    title=model.title,
                    kind=ProfileKind.LIST_PRICE,
                    prompting_model=model.id,
                    fine_tuning_model=model.id,
                    why="Asked for by name: prompting and fine-tuning the same model.",
                )
        return found


def _canonical(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def normalise_name(name: str) -> str:
    """ "GPT-4.1 Mini" -> "gpt-4.1-mini": how a person writes a model vs its id."""
    return "-".join(name.strip().lower().split())


def load_price_table(
    path: Path, *, overrides: Path | None = None, guidance_ids: frozenset[str] | None = None
) -> PriceTable:
    """Load ``path`` (and an operator's ``overrides``), validate every row, and cross-check.

    Raises ``KnowledgeError`` naming the file and the entry for an unknown field, a price
    without a source or date, a currency other than USD, a row for an unknown model, a
    profile missing a price, or (when ``guidance_ids`` is given) a citation that points
    nowhere.
    """
    base = _parse(path)
    models = _index(base.models, path, kind="models")
    rows = _index_rows(base.rows, path)
    profiles = _index(base.profiles, path, kind="profiles")
    default = base.default_profile
    # Which file each row and profile came from, so an error names the right one.
    files = {key: path for key in [*rows, *profiles]}
    for name in base.include:
        included = path.parent / name
        extra_file = _parse(included)
        new_rows = _index_rows(extra_file.rows, included)
        for kind, found, new in (
            ("models", models, _index(extra_file.models, included, kind="models")),
            ("rows", rows, new_rows),
        ):
            for key in sorted(found.keys() & new.keys()):
                raise KnowledgeError(f"{kind} entry also in {path.name}", file=name, entry=key)
            found.update(new)
        files.update(dict.fromkeys(new_rows, included))
    if overrides is not None:
        extra = _parse(overrides)
        models.update(_index(extra.models, overrides, kind="models"))
        extra_rows = _index_rows(extra.rows, overrides)
        extra_profiles = _index(extra.profiles, overrides, kind="profiles")
        rows.update(extra_rows)
        profiles.update(extra_profiles)
        files.update({key: overrides for key in [*extra_rows, *extra_profiles]})
        if extra.default_profile:
            default, files[_DEFAULT] = extra.default_profile, overrides
    files.setdefault(_DEFAULT, path)
    table = PriceTable(models=models, rows=rows, profiles=profiles, default_profile=default or "")
    _cross_check(table, files=files, guidance_ids=guidance_ids)
    return table


def _parse(path: Path) -> _PriceFile:
    from pydantic import ValidationError  # loaded to check a file, never from the cache

    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise KnowledgeError("expected a mapping with models, rows and profiles", file=path.name)
    try:
        parsed = validated(_PriceFile, raw)
    except ValidationError as exc:
        raise KnowledgeError(_describe(exc, raw), file=path.name) from exc
    if parsed.currency != CURRENCY:
        raise KnowledgeError(
            f"currency {parsed.currency!r} is not supported: Advisor prices in USD",
            file=path.name,
        )
    return parsed


def _index(entries: list[Any], path: Path, *, kind: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for entry in entries:
        if entry.id in found:
            raise KnowledgeError(f"duplicate {kind} id", file=path.name, entry=entry.id)
        found[entry.id] = entry
    return found


def _index_rows(rows: list[PriceRow], path: Path) -> dict[str, PriceRow]:
    found: dict[str, PriceRow] = {}
    for row in rows:
        where = f"rows[{row.key}]"
        if row.key in found:
            raise KnowledgeError(
                "two rows price the same model and item", file=path.name, entry=where
            )
        if (row.item in _HOURLY_ITEMS) != (row.unit is PriceUnit.PER_HOUR):
            raise KnowledgeError(
                f"unit {row.unit.value!r} does not fit item {row.item.value!r}",
                file=path.name,
                entry=where,
            )
        if row.low is not None and row.high is not None and not row.low <= row.price <= row.high:
            raise KnowledgeError(
                "price lies outside the range low..high the row gives",
                file=path.name,
                entry=where,
            )
        found[row.key] = row
    return found


def _cross_check(
    table: PriceTable,
    *,
    files: dict[str, Path],
    guidance_ids: frozenset[str] | None,
) -> None:
    for key, row in sorted(table.rows.items()):
        file = files[key].name
        where = f"rows[{key}]"
        if row.model not in table.models:
            raise KnowledgeError(f"unknown model {row.model!r}", file=file, entry=where)
        if guidance_ids is not None:
            for passage in row.cites:
                if passage not in guidance_ids:
                    raise KnowledgeError(
                        f"cites unknown guidance passage {passage!r}", file=file, entry=where
                    )
        if (
            row.item is PriceItem.TRAINING_HOUR
            and not table.models[row.model].training_tokens_per_hour
        ):
            raise KnowledgeError(
                "hour-priced training needs the model's training_tokens_per_hour",
                file=file,
                entry=where,
            )
    for profile in sorted(table.profiles.values(), key=lambda p: p.id):
        file = files[profile.id].name
        where = f"profiles[{profile.id}]"
        for model in (profile.prompting_model, profile.fine_tuning_model):
            if model not in table.models:
                raise KnowledgeError(f"unknown model {model!r}", file=file, entry=where)
        if not _prices_prompting(table, profile.prompting_model):
            raise KnowledgeError(
                f"model {profile.prompting_model!r} has no input and output price rows",
                file=file,
                entry=where,
            )
        if not _prices_fine_tuning(table, profile.fine_tuning_model):
            raise KnowledgeError(
                f"model {profile.fine_tuning_model!r} lacks fine-tuned input/output and "
                "training price rows",
                file=file,
                entry=where,
            )
    if table.default_profile not in table.names():
        raise KnowledgeError(
            f"default_profile {table.default_profile!r} is neither a profile nor a model "
            "priced for both options",
            file=files[_DEFAULT].name,
        )


def _prices_prompting(table: PriceTable, model: str) -> bool:
    return all(table.row(model, item) for item in (PriceItem.INPUT, PriceItem.OUTPUT))


def _prices_fine_tuning(table: PriceTable, model: str) -> bool:
    inference = all(
        table.row(model, item) for item in (PriceItem.FINE_TUNED_INPUT, PriceItem.FINE_TUNED_OUTPUT)
    )
    training = table.row(model, PriceItem.TRAINING) or table.row(model, PriceItem.TRAINING_HOUR)
    return inference and training is not None


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """The first validation error, located by the entry's id (or model/item for rows)."""
    problem = first_error(exc, raw, name=lambda entry, index: _entry_name(entry) or f"#{index + 1}")
    return f"{problem.where}: {problem.message}"


def _entry_name(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return None
    if "id" in entry:
        return str(entry["id"])
    if "model" in entry and "item" in entry:
        return f"{entry['model']}/{entry['item']}"
    return None
