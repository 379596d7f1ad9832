"""The campaign's roles, as Django groups, and what a user's groups let them do.

Editors write the source language and the language-neutral fields; translators their
language; market leads schedule and review their market; brand approvers publish. The
workflow and the translators' tools both ask here.
"""

from dataclasses import dataclass, field

from campaign.markets.languages import SOURCE_LANGUAGE, target_languages

EDITORS = "Campaign editors"
APPROVERS = "Brand approvers"


def translator_group(language):
    return f"Translators ({language})"


LEAD_GROUP_PREFIX = "Market leads ("


def market_lead_group(market_code):
    return f"{LEAD_GROUP_PREFIX}{market_code})"


@dataclass
class Roles:
    """What one user may do, read from their groups; a user can hold several roles."""

    is_superuser: bool = False
    is_editor: bool = False
    is_approver: bool = False
    languages: set[str] = field(default_factory=set)
    market_codes: set[str] = field(default_factory=set)

    @property
    def may_edit_anything(self):
        return self.is_superuser

    def may_edit_language(self, language):
        if self.is_superuser:
            return True
        if language == SOURCE_LANGUAGE:
            return self.is_editor
        return language in self.languages

    def may_set_market_values(self, market_code):
        """A film's own video and poster in a market: its editors', and that market's lead's."""
        return self.is_superuser or self.is_editor or market_code in self.market_codes

    def may_schedule(self, market_code):
        return self.is_superuser or market_code in self.market_codes

    @property
    def translated_languages(self):
        """The languages this user translates: every target language for editors."""
        if self.is_superuser or self.is_editor:
            return target_languages()
        return [language for language in target_languages() if language in self.languages]

    @property
    def sees_launch_calendar(self):
        return self.is_superuser or self.is_editor or self.is_approver or bool(self.market_codes)


def roles_for(user):
    """The roles of ``user``, read once per request and kept on the user object."""
    if user is None or not user.is_authenticated:
        return Roles()
    cached = getattr(user, "_campaign_roles", None)
    if cached is not None:
        return cached
    names = set(user.groups.values_list("name", flat=True))
    roles = Roles(
        is_superuser=user.is_superuser,
        is_editor=EDITORS in names,
        is_approver=APPROVERS in names,
        languages={lang for lang in target_languages() if translator_group(lang) in names},
        market_codes={
            name.removeprefix(LEAD_GROUP_PREFIX).removesuffix(")")
            for name in names
            if name.startswith(LEAD_GROUP_PREFIX)
        },
    )
    user._campaign_roles = roles
    return roles
