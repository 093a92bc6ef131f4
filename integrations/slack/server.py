"""HTTP mode: the bolt app behind Starlette on uvicorn.

    POST /slack/events   commands, events and interactivity (signed by Slack)
    GET  /healthz        200 when the app can serve (the store answers), else 503

Like bolt's own adapters this only translates: a Starlette request becomes a
``BoltRequest``, ``App.dispatch`` runs the middleware (signature check first) and the
ack listener, and the ``BoltResponse`` goes back. Dispatch is pure computation once the
token has been checked at start-up, so it runs on the event loop without a thread hop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from slack_bolt import App, BoltRequest
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
#: Slack's payloads are a few kilobytes; refuse anything absurd before reading it.
MAX_BODY_BYTES = 1_000_000


def asgi_app(bolt_app: App, *, healthy: Callable[[], bool]) -> Starlette:
    """The ASGI application serving ``bolt_app``; ``healthy`` answers ``/healthz``."""

    async def events(request: Request) -> Response:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return Response(status_code=413)
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return Response(status_code=413)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return Response(status_code=400)
        headers: dict[str, str | Sequence[str]] = {}
        for name in request.headers:
            headers[name] = request.headers.getlist(name)
        bolt_response = bolt_app.dispatch(
            BoltRequest(body=text, query=request.url.query, headers=headers)
        )
        return Response(
            status_code=bolt_response.status,
            content=bolt_response.body,
            headers=bolt_response.first_headers_without_set_cookie(),
        )

    async def health(_request: Request) -> Response:
        ok = await run_in_threadpool(healthy)
        return JSONResponse({"ok": ok}, status_code=200 if ok else 503)

    return Starlette(
        routes=[
            Route(EVENTS_PATH, events, methods=["POST"]),
            Route(HEALTH_PATH, health, methods=["GET"]),
        ]
    )


def serve_http(app: Starlette, *, host: str, port: int, log_level: str) -> None:
    """Serve ``app`` with uvicorn until SIGINT or SIGTERM, then return (after requests in
    progress are answered) so the caller can stop the answering process cleanly."""
    import signal

    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level.lower(),
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=20,
        server_header=False,
    )
    # uvicorn re-raises the signal that stopped it once it has shut down; with these
    # handlers in place that re-raise does nothing, and the caller gets to clean up.
    previous = {sig: signal.signal(sig, _ignore) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        uvicorn.Server(config).run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _ignore(_signal: int, _frame: object) -> None:
    pass
