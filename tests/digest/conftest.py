from tests.conftest_store import database_url, postgres_url, sqlite_url, store

__all__ = ["database_url", "postgres_url", "sqlite_url", "store"]
