"""Template context shared by every public page."""


def market(request):
    return {"market": getattr(request, "market", None)}
