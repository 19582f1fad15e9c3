"""URL map of the public app."""
from aiohttp import web

from bot.web import views


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/", views.index)
    app.router.add_get("/gezond", views.health)
    app.router.add_post("/api/chat", views.chat)
    # The raw template must not be served as it is: its quick-exit link is not filled in.
    app.router.add_get("/static/index.html", views.index)
    app.router.add_static("/static/", views.STATIC_DIR, name="static")
