"""Wagtail wiring of the stories app: its endpoint in the read-only API."""

from wagtail import hooks

from stories.api import StoriesAPIViewSet


@hooks.register("register_api_endpoint")
def register_stories_endpoint():
    return "stories", StoriesAPIViewSet
