"""StreamField blocks shared by the campaign and stories apps."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

# Rich text that visitors read stays to a small, safe set of features.
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ManifestoLineBlock(blocks.CharBlock):
    class Meta:
        template = "blocks/manifesto_line.html"
        icon = "openquote"
        label = _("Manifesto line")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEXT_FEATURES, **kwargs)

    class Meta:
        template = "blocks/paragraph.html"
        icon = "pilcrow"
        label = _("Paragraph")


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=400)
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=120, required=False)

    class Meta:
        template = "blocks/pull_quote.html"
        icon = "openquote"
        label = _("Pull quote")


class CaptionedImageBlock(blocks.StructBlock):
    # Wagtail's ImageBlock asks for alt text or an explicit "decorative" choice.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False)

    class Meta:
        template = "blocks/captioned_image.html"
        icon = "image"
        label = _("Image")


class RelatedFilmBlock(blocks.StructBlock):
    film = blocks.PageChooserBlock(label=_("Film"), page_type="campaign.FilmPage")

    class Meta:
        template = "blocks/related_film.html"
        icon = "media"
        label = _("Related film")


class BodyBlock(blocks.StreamBlock):
    """The text blocks every long-form page offers."""

    paragraph = ParagraphBlock()
    pull_quote = PullQuoteBlock()
    image = CaptionedImageBlock()

    class Meta:
        label = _("Body")
