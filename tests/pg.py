"""PostgreSQL for tests: the machine's server, one fresh schema per caller.

CI runs the PostgreSQL tests against ``postgresql://postgres@127.0.0.1:5432/test``
(override with ``ADVISOR_TEST_POSTGRES_URL``). When the server is unreachable they fail
loudly, unless ``ADVISOR_SKIP_POSTGRES=1`` says to skip them.

    url, drop = postgres_url_for_new_schema()
    try:
        ...  # give `url` to Store.from_url or to subprocesses as ADVISOR_DATABASE_URL
    finally:
        drop()
"""

from __future__ import annotations

import functools
import os
import secrets
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
POSTGRES_URL_ENV = "ADVISOR_TEST_POSTGRES_URL"
SKIP_ENV = "ADVISOR_SKIP_POSTGRES"
SCHEMA_PREFIX = "advisor_test_"


def postgres_base_url() -> str:
    """The server and database the tests use, without any schema."""
    return os.environ.get(POSTGRES_URL_ENV) or DEFAULT_POSTGRES_URL


def postgres_skipped() -> bool:
    return os.environ.get(SKIP_ENV) == "1"


@functools.cache
def postgres_unreachable_reason(base_url: str | None = None) -> str | None:
    """None when the server answers; otherwise what went wrong (asked once per session)."""
    try:
        with psycopg.connect(base_url or postgres_base_url(), connect_timeout=5) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        return str(error).strip()
    return None


def require_postgres() -> str:
    """The base URL; skip when ``ADVISOR_SKIP_POSTGRES=1``, fail when it is unreachable."""
    if postgres_skipped():
        pytest.skip(f"{SKIP_ENV}=1: PostgreSQL tests skipped on request")
    base_url = postgres_base_url()
    reason = postgres_unreachable_reason(base_url)
    if reason is not None:
        pytest.fail(
            f"PostgreSQL at {base_url} is unreachable ({reason}). Start it, point "
            f"{POSTGRES_URL_ENV} at a server, or set {SKIP_ENV}=1 to skip these tests.",
            pytrace=False,
        )
    return base_url


def with_search_path(url: str, schema: str) -> str:
    """``url`` whose connections use ``schema`` first (libpq's ``options`` parameter)."""
    parts = urlsplit(url)
    query = [(key, value) for key, value in parse_qsl(parts.query) if key != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


def postgres_url_for_new_schema(base_url: str | None = None) -> tuple[str, Callable[[], None]]:
    """Create an empty schema; return a URL that uses it and a callback that drops it.

    The URL is a plain ``postgresql://`` URL: it works for the store, for psycopg, and in
    ``ADVISOR_DATABASE_URL`` for subprocesses. The callback is idempotent.
    """
    base = base_url or postgres_base_url()
    schema = f"{SCHEMA_PREFIX}{secrets.token_hex(8)}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))

    def drop() -> None:
        with psycopg.connect(base, autocommit=True) as connection:
            # Bounded: a leftover open transaction must fail the teardown, not hang it.
            connection.execute("SET lock_timeout = '15s'")
            connection.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema))
            )

    return with_search_path(base, schema), drop
