"""A small offline validator of schema.org JSON-LD for the types the site publishes.

For each type: the properties schema.org defines on it (a node may use no others) and
those search engines require for a rich result, each with the kind of value expected.
"""

import re
from datetime import date, datetime
from urllib.parse import urlsplit

ISO_DURATION = re.compile(r"^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$")
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _url(value):
    parts = urlsplit(value) if isinstance(value, str) else None
    return bool(parts and parts.scheme in ("http", "https") and parts.netloc)


def _urls(value):
    values = value if isinstance(value, list) else [value]
    return bool(values) and all(_url(item) for item in values)


def _text(value):
    return isinstance(value, str) and bool(value.strip())


def _date(value):
    try:
        date.fromisoformat(value[:10])
        return True
    except (TypeError, ValueError):
        return False


def _datetime(value):
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except (TypeError, ValueError):
        return False


def _duration(value):
    return isinstance(value, str) and bool(ISO_DURATION.match(value))


def _language(value):
    return isinstance(value, str) and bool(LANGUAGE_TAG.match(value))


def _node(*types):
    def check(value):
        if isinstance(value, dict) and set(value) == {"@id"}:
            return _url(value["@id"])
        return isinstance(value, dict) and value.get("@type") in types

    return check


def _headline(value):
    return _text(value) and len(value) <= 110


THING = {"name": _text, "description": _text, "url": _url, "image": _urls, "@id": _url}
CREATIVE_WORK = {
    **THING,
    "inLanguage": _language,
    "author": _node("Organization", "Person"),
    "publisher": _node("Organization"),
    "about": _node("Person", "Thing"),
    "datePublished": _datetime,
    "dateModified": _datetime,
    "headline": _headline,
    "mainEntityOfPage": _url,
    "potentialAction": _node("SearchAction"),
}
MEDIA_OBJECT = {
    **CREATIVE_WORK,
    "contentUrl": _url,
    "embedUrl": _url,
    "duration": _duration,
    "uploadDate": _date,
    "thumbnailUrl": _urls,
}
TYPES = {
    "Thing": (THING, set()),
    "Person": (THING, {"name"}),
    "Organization": (THING, {"name", "url"}),
    "WebSite": (CREATIVE_WORK, {"name", "url", "potentialAction"}),
    "VideoObject": (MEDIA_OBJECT, {"name", "description", "thumbnailUrl", "uploadDate"}),
    "Article": (CREATIVE_WORK, {"headline", "author", "datePublished", "image"}),
    "SearchAction": (
        {"target": _node("EntryPoint"), "query-input": _text},
        {"target", "query-input"},
    ),
    "EntryPoint": ({"urlTemplate": _text}, {"urlTemplate"}),
}
# Rich results need one of these on a video: where the film itself can be fetched.
ONE_OF = {"VideoObject": ("contentUrl", "embedUrl")}


def validate_node(node, path="$"):
    """The problems of one node and the nodes inside it, as readable strings."""
    node_type = node.get("@type")
    if node_type not in TYPES:
        return [f"{path}: unknown @type {node_type!r}"]
    properties, required = TYPES[node_type]
    problems = [f"{path}: {node_type} lacks {name}" for name in sorted(required - set(node))]
    options = ONE_OF.get(node_type)
    if options and not any(name in node for name in options):
        problems.append(f"{path}: {node_type} needs one of {', '.join(options)}")
    for name, value in node.items():
        if name == "@type":
            continue
        check = properties.get(name)
        if check is None:
            problems.append(f"{path}.{name}: not a property of {node_type}")
        elif not check(value):
            problems.append(f"{path}.{name}: unexpected value {value!r}")
        elif isinstance(value, dict) and "@type" in value:
            problems.extend(validate_node(value, f"{path}.{name}"))
    if node_type == "SearchAction":
        template = node["target"]["urlTemplate"]
        variable = node["query-input"].removeprefix("required name=")
        if f"{{{variable}}}" not in template or not _url(template.split("?")[0]):
            problems.append(f"{path}: the search URL template does not use {variable}")
    return problems


def validate(document):
    """Every problem of a JSON-LD document; an empty list means it is valid."""
    if document.get("@context") != "https://schema.org":
        return ["$: @context is not https://schema.org"]
    nodes = document.get("@graph", [document])
    return [problem for i, node in enumerate(nodes) for problem in validate_node(node, f"$[{i}]")]
