"""``{% fragment "name" key ... %}…{% endfragment %}``: a piece of a page rendered once.

The fragment is cached under its name, its keys and the active language, and stays
fresh exactly as long as nothing it shows changes (``campaign.platform.page_cache.fragments``).
"""

from django import template
from django.utils import translation

from campaign.platform.page_cache.fragments import cached_fragment

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, keys):
        self.nodelist = nodelist
        self.keys = keys

    def render(self, context):
        keys = [key.resolve(context) for key in self.keys]
        return cached_fragment(
            lambda: self.nodelist.render(context), *keys, translation.get_language()
        )


@register.tag
def fragment(parser, token):
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% fragment %} needs a name and keys.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits])
