"""Security headers on every response, and no error page that could leak internals."""
from __future__ import annotations

import logging

from aiohttp import web

logger = logging.getLogger(__name__)

# No inline script, nothing from other origins, never framed.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    # A shared phone must not keep the conversation or the page in its cache.
    "Cache-Control": "no-store",
}


# No software versions to the outside (aiohttp would say "Python/3.10 aiohttp/3.9.5").
SERVER_NAME = "Wegwijzer"
# Only when a TLS proxy is in front (WEGWIJZER_BEHIND_TLS): a browser then never tries HTTP.
STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains"
HSTS = web.AppKey("send_hsts", bool)


def _add_headers(response: web.StreamResponse, hsts: bool = False) -> None:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers["Server"] = SERVER_NAME
    if hsts:
        response.headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY


@web.middleware
async def security_headers(request: web.Request, handler):
    hsts = request.app.get(HSTS, False)
    try:
        response = await handler(request)
    except web.HTTPException as http_error:
        if http_error.status >= 400 and request.path.startswith("/api/"):
            # A JSON API answers in JSON, also for routes that do not exist (aiohttp's own
            # 404/405 are plain text).
            response = web.json_response({"error": http_error.reason}, status=http_error.status)
            if "Allow" in http_error.headers:
                response.headers["Allow"] = http_error.headers["Allow"]
            _add_headers(response, hsts)
            return response
        _add_headers(http_error, hsts)
        raise
    except Exception as error:
        # The type only: an exception message may quote what someone typed.
        logger.error("unhandled %s on %s", type(error).__name__, request.path)
        response = web.json_response({"error": "interne fout"}, status=500)
    _add_headers(response, hsts)
    return response
