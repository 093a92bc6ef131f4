"""Alembic environment for the store: programmatic only (see ``integrations.store.migrate``).

The caller opens the connection and the transaction and passes the connection in
``config.attributes["connection"]``; no alembic.ini is read.
"""

from __future__ import annotations

from alembic import context

from integrations.store.errors import StoreError
from integrations.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise StoreError("store migrations run through Store.migrate(), which passes a connection in")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things; batch mode lets later revisions rebuild tables.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
