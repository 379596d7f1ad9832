"""Reads a page's HTML the way a browser applies a Content-Security-Policy to it."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

# Script types a browser runs; others (JSON, JSON-LD, templates) are data.
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
URL_ATTRIBUTES = {
    ("img", "src"): "img-src",
    ("video", "poster"): "img-src",
    ("video", "src"): "media-src",
    ("audio", "src"): "media-src",
    ("source", "src"): "media-src",
    ("track", "src"): "media-src",
    ("iframe", "src"): "frame-src",
}


def parse_policy(header):
    policy = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        policy[name] = sources
    return policy


def sources_for(policy, directive):
    # Fetch directives fall back to default-src; -elem/-attr ones to their parent.
    chain = [directive]
    if directive.endswith(("-elem", "-attr")):
        chain.append(directive.rsplit("-", 1)[0])
    for name in [*chain, "default-src"]:
        if name in policy:
            return policy[name]
    return ["*"]


def allows_url(sources, url, origin):
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob"):
        return f"{parts.scheme}:" in sources
    # A protocol-relative address (//host/...) takes the page's scheme.
    scheme = parts.scheme or urlsplit(origin).scheme
    url_origin = f"{scheme}://{parts.netloc}"
    if not parts.netloc or url_origin == origin:
        return "'self'" in sources or origin in sources
    return url_origin in sources or "*" in sources


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inline_scripts = []
        self.script_urls = []
        self.stylesheet_urls = []
        self.inline_styles = 0
        self.event_handlers = []
        self.urls = []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        self.event_handlers += [name for name in attrs if name.startswith("on")]
        if "style" in attrs:
            self.inline_styles += 1
        if tag == "script":
            if attrs.get("src"):
                self.script_urls.append(attrs["src"])
            elif attrs.get("type", "").lower() in EXECUTABLE_SCRIPT_TYPES:
                self._in_script = []
        elif tag == "style":
            self.inline_styles += 1
        elif tag == "link" and "stylesheet" in attrs.get("rel", "").split():
            self.stylesheet_urls.append(attrs.get("href", ""))
        for (element, attribute), directive in URL_ATTRIBUTES.items():
            if tag == element and attrs.get(attribute):
                self.urls.append((directive, attrs[attribute]))

    def handle_data(self, data):
        if self._in_script is not None:
            self._in_script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            if "".join(self._in_script).strip():
                self.inline_scripts.append("".join(self._in_script))
            self._in_script = None


def policy_violations(html, header, origin="http://testserver"):
    """What in ``html`` a browser would block under the policy ``header``."""
    policy = parse_policy(header)
    page = _Page()
    page.feed(html)
    script_sources = sources_for(policy, "script-src-elem")
    style_sources = sources_for(policy, "style-src-elem")
    violations = []
    if page.inline_scripts and "'unsafe-inline'" not in script_sources:
        violations.append(f"{len(page.inline_scripts)} inline script(s)")
    if page.event_handlers and "'unsafe-inline'" not in sources_for(policy, "script-src-attr"):
        violations.append(f"event handler attributes: {sorted(set(page.event_handlers))}")
    if page.inline_styles and "'unsafe-inline'" not in style_sources:
        violations.append(f"{page.inline_styles} inline style(s)")
    violations += [
        f"script {url}" for url in page.script_urls if not allows_url(script_sources, url, origin)
    ]
    violations += [
        f"stylesheet {url}"
        for url in page.stylesheet_urls
        if not allows_url(style_sources, url, origin)
    ]
    violations += [
        f"{directive} {url}"
        for directive, url in page.urls
        if not allows_url(sources_for(policy, directive), url, origin)
    ]
    return violations
