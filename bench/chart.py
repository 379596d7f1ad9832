"""Draws the benchmark's rows as a bar chart (PNG), with Pillow only."""

from PIL import Image, ImageDraw, ImageFont

COLOURS = {"static": (90, 90, 90), "warm": (179, 71, 0), "cold": (11, 92, 173)}
ROW_HEIGHT = 22
LABEL_WIDTH = 330
BAR_WIDTH = 560


def _colour(name):
    for key, colour in COLOURS.items():
        if key in name:
            return colour
    return COLOURS["static"]


def draw_chart(rows, path):
    top = 40
    image = Image.new(
        "RGB", (LABEL_WIDTH + BAR_WIDTH + 120, top + ROW_HEIGHT * len(rows) + 20), "white"
    )
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default()
    draw.text(
        (10, 10),
        "Requests per second (wrk), bars scaled to the fastest row",
        fill="black",
        font=font,
    )
    fastest = max(row["requests_per_s"] for row in rows) or 1
    for index, row in enumerate(rows):
        y = top + index * ROW_HEIGHT
        draw.text((10, y + 4), f"{row['name']} @{row['connections']}", fill="black", font=font)
        width = int(BAR_WIDTH * row["requests_per_s"] / fastest)
        draw.rectangle(
            [LABEL_WIDTH, y + 3, LABEL_WIDTH + width, y + ROW_HEIGHT - 3], fill=_colour(row["name"])
        )
        draw.text(
            (LABEL_WIDTH + width + 6, y + 4),
            f"{row['requests_per_s']:.0f}",
            fill="black",
            font=font,
        )
    image.save(path)
