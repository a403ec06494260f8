"""Generated assets: the LED pattern stylesheet and the resume QR code.

Both are made from data (the KB's pattern library; a session's resume link), so they are
routes rather than files, but behave like static files: same origin, cacheable, no inline code.
"""

from __future__ import annotations

import segno
from fastapi import APIRouter
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from camreset.web.pages.deps import services
from camreset.web.pages.leds import stylesheet
from camreset.web.pages.step_view import led_pattern

router = APIRouter()


@router.get("/leds.css", name="leds_css", include_in_schema=False)
async def leds_css(request: Request) -> Response:
    kb = services(request).kb
    patterns = [p for p in (led_pattern(kb, pid) for pid in kb.patterns) if p is not None]
    css = stylesheet(kb.colors, patterns)
    return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})


def qr_svg(url: str) -> Markup:
    """The QR code of `url` as inline SVG (dark on white, readable in dark mode too).

    Empty when the link is too long for any QR code (a base URL of thousands of characters):
    the page still shows the link itself rather than failing.
    """
    try:
        code = segno.make(url, error="m")
    except segno.DataOverflowError:
        return Markup("")
    svg: str = code.svg_inline(scale=4, border=2, dark="#000", light="#fff", omitsize=True)
    labelled = svg.replace("<svg ", '<svg role="img" aria-label="QR code of the resume link" ', 1)
    return Markup(labelled)
