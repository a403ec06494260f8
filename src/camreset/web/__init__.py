"""The web adapter: the wizard's HTML pages and the JSON API, served by `camreset serve`."""

from camreset.web.app import create_app

__all__ = ["create_app"]
