"""HTTP mode: the bolt app behind Starlette on uvicorn.

    POST /slack/events   commands, events and interactivity (signed by Slack)
    GET  /healthz        200 when a request accepted now would be answered, else 503

Like bolt's own adapters this only translates: a Starlette request becomes a
``BoltRequest``, ``App.dispatch`` runs the middleware and the listener (which keeps the
job in the store, then acks), and the ``BoltResponse`` goes back. Before bolt sees a
request, the edge (``edge``) reads the body under a hard cap, whatever the transfer
encoding, and refuses what is malformed or unsigned with one log line: 413, 400 or 401,
never a 500 and never a traceback. Dispatch runs on a worker thread, so a slow store
delays that request only, never ``/healthz`` or another ack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from integrations.slack.edge import MAX_BODY_BYTES, EdgeRefusal, bolt_request, read_body
from integrations.slack.health import Health

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"

__all__ = ["EVENTS_PATH", "HEALTH_PATH", "MAX_BODY_BYTES", "asgi_app", "serve_http"]


def asgi_app(
    bolt_app: App,
    *,
    healthy: Callable[[], Health | bool],
    signing_secret: str | None = None,
    logger: logging.Logger | None = None,
) -> Starlette:
    """The ASGI application serving ``bolt_app``; ``healthy`` answers ``/healthz``.

    With ``signing_secret`` the edge checks signatures itself before reading the payload
    (bolt checks again); without it, bolt's own check is the only one.
    """
    log = logger or logging.getLogger("advisor.slack")

    async def events(request: Request) -> Response:
        try:
            body = await read_body(request, limit=MAX_BODY_BYTES)
            prepared = bolt_request(
                body,
                headers=request.headers,
                query=request.url.query,
                signing_secret=signing_secret,
            )
        except EdgeRefusal as refusal:
            log.warning("refused a request to %s: %s", EVENTS_PATH, refusal.reason)
            return Response(status_code=refusal.status)
        try:
            bolt_response = await run_in_threadpool(bolt_app.dispatch, prepared)
        except Exception as error:
            # Listener failures go to the app's error handler; bolt itself raising means
            # it choked on the payload's shape: the sender's fault, one line.
            log.warning(
                "refused a request to %s: bolt could not read it (%s: %s)",
                EVENTS_PATH,
                type(error).__name__,
                str(error)[:200],
            )
            return Response(status_code=400)
        if bolt_response.status == 404:
            # No listener for this event type, action or command: acknowledged, so Slack
            # does not count it as a failure, and nothing is answered.
            return Response(status_code=200)
        if bolt_response.status >= 500:
            # The job could not be kept (the store is down): not acknowledged, so Slack
            # retries an event and shows a person that the command failed.
            return Response(status_code=503)
        return Response(
            status_code=bolt_response.status,
            content=bolt_response.body,
            headers=bolt_response.first_headers_without_set_cookie(),
        )

    async def health(_request: Request) -> Response:
        state = await run_in_threadpool(healthy)
        if isinstance(state, bool):
            state = Health(ok=state, reason="" if state else "not ready")
        body: dict[str, object] = {"ok": state.ok}
        if state.reason:
            body["reason"] = state.reason
        return JSONResponse(body, status_code=200 if state.ok else 503)

    return Starlette(
        routes=[
            Route(EVENTS_PATH, events, methods=["POST"]),
            Route(HEALTH_PATH, health, methods=["GET"]),
        ]
    )


def serve_http(app: Starlette, *, host: str, port: int, log_level: str, grace: float = 20) -> None:
    """Serve ``app`` with uvicorn until SIGINT or SIGTERM, then return (after requests in
    progress are answered, at most ``grace`` seconds) so the caller can stop the
    answering process cleanly."""
    import signal

    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level.lower(),
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=max(1, round(grace)),
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
