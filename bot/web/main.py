"""App factory and entry point: `python -m bot.web`."""
from __future__ import annotations

import argparse
import logging

from aiohttp import web

from bot.web.middlewares import HSTS, security_headers
from bot.web.rasa_client import RasaClient
from bot.web.routes import setup_routes
from bot.web.settings import Settings
from bot.web.views import RASA_CLIENT, SETTINGS, load_index_page
from staff.mount import StaffSettings, mount_staff


def create_app(settings: Settings | None = None, staff: StaffSettings | None = None,
               *, knowledge_engine=None) -> web.Application:
    """The public chat, the staff pages (/beheer) and the JSON API (/api/v1) in one app.
    `knowledge_engine`: an SQLAlchemy engine for the knowledge base (tests); by default one is
    made from `staff.database_url` (WEGWIJZER_DATABASE_URL or var/knowledge.sqlite3)."""
    settings = settings or Settings.from_env()
    app = web.Application(middlewares=[security_headers], client_max_size=256 * 1024)
    app[SETTINGS] = settings
    app[RASA_CLIENT] = RasaClient(settings.replica_urls, settings.rasa_timeout_seconds)
    load_index_page(app)

    async def rasa_client_ctx(app: web.Application):
        await app[RASA_CLIENT].start()
        yield
        await app[RASA_CLIENT].close()

    app.cleanup_ctx.append(rasa_client_ctx)
    setup_routes(app)
    staff = staff or StaffSettings.from_env()
    app[HSTS] = staff.behind_tls
    mount_staff(app, staff, engine=knowledge_engine)
    return app


def main(argv: list[str] | None = None) -> None:
    defaults = Settings.from_env()
    parser = argparse.ArgumentParser(description="Wegwijzer web app")
    parser.add_argument("--host", default=defaults.host)
    parser.add_argument("--port", type=int, default=defaults.port)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # aiohttp's access log would write client IPs and paths; we keep no IPs.
    web.run_app(create_app(defaults), host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
