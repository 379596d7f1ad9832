"""The body of an athlete story: the shared text blocks plus a related film."""

from campaign.blocks import BodyBlock, RelatedFilmBlock


class StoryBodyBlock(BodyBlock):
    related_film = RelatedFilmBlock()
