"""What a browser sends for a Wagtail admin edit form, read from the rendered HTML.

The tests submit admin forms this way, and so does the fault drill's editor against a live
server: a form built from the HTML carries every hidden and read-only field as an editor's
browser would, so a save cannot pass only because a test left a field out.
"""

from html.parser import HTMLParser

SKIPPED_INPUT_TYPES = {"submit", "button", "file", "image", "reset"}


class _FormFields(HTMLParser):
    """Collects the (name, value) pairs of the form marked ``data-edit-form``, in order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inside = False
        self.data = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = "data-edit-form" in attrs
            return
        if not self.inside or "disabled" in attrs or not attrs.get("name"):
            if tag == "option" and self._select is not None and "selected" in attrs:
                self.data.append((self._select, attrs.get("value", "")))
            return
        name = attrs["name"]
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in SKIPPED_INPUT_TYPES or (
                kind in {"checkbox", "radio"} and "checked" not in attrs
            ):
                return
            # A checked box without a value is sent as "on".
            self.data.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea":
            self._textarea = [name, ""]
        elif tag == "select":
            self._select = name

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            name, value = self._textarea
            self.data.append((name, value.removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_fields(html):
    """The edit form's fields as (name, value) pairs, in the order a browser sends them."""
    parser = _FormFields()
    parser.feed(html)
    return parser.data


def browser_form_data(html):
    """The edit form's fields as ``{name: value}`` (lists for repeated names)."""
    data = {}
    for name, value in form_fields(html):
        if name in data:
            existing = data[name] if isinstance(data[name], list) else [data[name]]
            data[name] = [*existing, value]
        else:
            data[name] = value
    return data


def disabled_fields(html):
    """The names of the page's fields that are shown read-only."""
    names = []

    class Finder(HTMLParser):
        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag in {"input", "textarea", "select"} and "disabled" in attrs and attrs.get("name"):
                names.append(attrs["name"])

    Finder().feed(html)
    return names
