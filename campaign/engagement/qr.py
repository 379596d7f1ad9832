"""QR codes of placements (segno): an SVG for designers and a PNG for print."""

import io

from django.conf import settings

import segno

# 300 dpi at about 5 cm across for a code of version 3 (29 modules plus a quiet zone of 4).
PRINT_SCALE = 16
QUIET_ZONE = 4


def short_url(placement):
    """The full short address that the code holds."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + placement.short_path


def placement_qr(placement):
    # Error correction "Q" (25 %): a printed code still scans when a little of it is damaged.
    return segno.make_qr(short_url(placement), error="q")


def qr_svg(placement) -> bytes:
    out = io.BytesIO()
    placement_qr(placement).save(
        out, kind="svg", scale=10, border=QUIET_ZONE, title=str(placement), xmldecl=True
    )
    return out.getvalue()


def qr_png(placement) -> bytes:
    out = io.BytesIO()
    placement_qr(placement).save(out, kind="png", scale=PRINT_SCALE, border=QUIET_ZONE, dpi=300)
    return out.getvalue()
