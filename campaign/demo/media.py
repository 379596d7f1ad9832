"""Demo images and a demo film, generated on this machine so the demo needs no downloads."""

import functools
import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.images import get_image_model

import imageio_ffmpeg
from PIL import Image as PILImage
from PIL import ImageDraw, ImageOps
from wagtailmedia.models import get_media_model

DEMO_PREFIX = "Demo: "


def _hex_to_rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def gradient_png(colours, size=(1600, 900)):
    """A diagonal gradient with one small circle: the campaign's “small” motif."""
    width, height = size
    ramp = PILImage.linear_gradient("L").rotate(90).resize(size)
    image = ImageOps.colorize(ramp, *(_hex_to_rgb(c) for c in colours))
    draw = ImageDraw.Draw(image)
    radius = height // 14
    centre = (int(width * 0.7), int(height * 0.55))
    draw.ellipse(
        [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
        fill=(255, 255, 255),
    )
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_image(key, colours):
    """The demo image called ``key``, generated the first time it is asked for."""
    Image = get_image_model()
    title = f"{DEMO_PREFIX}{key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        content = ImageFile(BytesIO(gradient_png(colours)), name=f"{key}.png")
        image = Image(title=title, file=content)
        image.save()
    return image


@functools.cache
def render_demo_video(colours, seconds=4):
    """A short WebM (VP9) film of a moving gradient, made with imageio-ffmpeg's ffmpeg.

    Kept per process: the demo is loaded again and again in one test run, and encoding
    is most of the time it takes.
    """

    start, end = (c.lstrip("#") for c in colours)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "film.webm"
        subprocess.run(  # noqa: S603 - fixed arguments, no user input
            [
                imageio_ffmpeg.get_ffmpeg_exe(),
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"gradients=s=640x360:c0=0x{start}:c1=0x{end}:d={seconds}:speed=0.03:r=24",
                "-c:v",
                "libvpx-vp9",
                "-b:v",
                "300k",
                "-deadline",
                "realtime",
                "-cpu-used",
                "8",
                "-pix_fmt",
                "yuv420p",
                str(target),
            ],
            check=True,
            timeout=120,
        )
        return target.read_bytes()


def demo_video(key, colours, seconds=4):
    """The demo film called ``key``, rendered the first time it is asked for."""
    Media = get_media_model()
    title = f"{DEMO_PREFIX}{key}"
    media = Media.objects.filter(title=title).first()
    if media is None:
        media = Media(
            title=title,
            type="video",
            duration=seconds,
            width=640,
            height=360,
            file=ContentFile(render_demo_video(tuple(colours), seconds), name=f"{key}.webm"),
        )
        media.save()
    return media
