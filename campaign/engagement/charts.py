"""Bar charts drawn on the server as SVG geometry; each one is shown beside its data table.

No chart library and no script: the template draws the rectangles these functions place.
"""

from dataclasses import dataclass

from django.utils.formats import date_format

WIDTH = 720
BAR_HEIGHT = 22
BAR_GAP = 8
LABEL_WIDTH = 270
VALUE_WIDTH = 70
COLUMN_CHART_HEIGHT = 180
TICK_MARGIN = 24


@dataclass
class Bar:
    """One rectangle of a chart, placed in the SVG's own units, with what it stands for."""

    label: str
    value: int
    x: float
    y: float
    width: float
    height: float
    series: int = 0

    @property
    def text_y(self):
        # Text sits on its baseline: two thirds down the bar reads as centred.
        return round(self.y + self.height * 0.7, 1)

    @property
    def label_x(self):
        return self.x - 8

    @property
    def value_x(self):
        return round(self.x + self.width + 6, 1)


def _scale(values, room):
    peak = max(values, default=0)
    return (room / peak) if peak else 0


def horizontal_bars(rows):
    """``rows`` of ``(label, value)`` as horizontal bars; ``(bars, viewBox height)``."""
    room = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    scale = _scale([value for _label, value in rows], room)
    bars = [
        Bar(
            label=str(label),
            value=value,
            x=LABEL_WIDTH,
            y=index * (BAR_HEIGHT + BAR_GAP),
            width=round(value * scale, 1),
            height=BAR_HEIGHT,
        )
        for index, (label, value) in enumerate(rows)
    ]
    return bars, max(len(rows) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP, BAR_HEIGHT)


def daily_columns(days, series):
    """One group of columns per day, one column per name in ``series``; ``(bars, ticks)``.

    ``days`` are dicts with a ``day`` and a value for each name of ``series``. Ticks label
    about eight days along the axis, so that a long range stays readable.
    """
    if not days:
        return [], []
    slot = WIDTH / len(days)
    column = max(slot * 0.8 / len(series), 1)
    scale = _scale([day[name] for day in days for name in series], COLUMN_CHART_HEIGHT)
    bars = []
    for index, day in enumerate(days):
        for number, name in enumerate(series):
            height = round(day[name] * scale, 1)
            bars.append(
                Bar(
                    label=day["day"].isoformat(),
                    value=day[name],
                    x=round(index * slot + slot * 0.1 + number * column, 1),
                    y=round(COLUMN_CHART_HEIGHT - height, 1),
                    width=round(column, 1),
                    height=height,
                    series=number,
                )
            )
    every = max(1, round(len(days) / 8))
    # Centred under their day, but never cut off at the chart's edges.
    ticks = [
        (
            min(max(round(index * slot + slot / 2, 1), TICK_MARGIN), WIDTH - TICK_MARGIN),
            date_format(day["day"], "j M"),
        )
        for index, day in enumerate(days)
        if index % every == 0
    ]
    return bars, ticks
