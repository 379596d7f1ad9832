"""Who sees which market's engagement, and who manages which market's placements.

Editors, brand approvers and administrators see every market; a market lead sees the
markets they lead; nobody else sees the report.
"""

from wagtail.permission_policies.base import ModelPermissionPolicy

from campaign.markets.current import all_markets
from campaign.markets.roles import roles_for


def visible_markets(user):
    """The markets whose engagement ``user`` may see, in the markets' order."""
    roles = roles_for(user)
    markets = all_markets()
    if roles.is_superuser or roles.is_editor or roles.is_approver:
        return markets
    return [market for market in markets if market.code in roles.market_codes]


class PlacementPermissionPolicy(ModelPermissionPolicy):
    """Placements are managed by whoever sees their market's engagement, approvers aside.

    Approvers see the report but do not print codes; editors manage every market's
    placements, a market lead their own market's.
    """

    ACTIONS = {"add", "change", "delete", "view"}

    def managed_market_codes(self, user):
        """The codes of the markets whose placements ``user`` manages; None for every market."""
        roles = roles_for(user)
        if roles.is_superuser or roles.is_editor:
            return None  # every market
        return roles.market_codes

    def user_has_permission(self, user, action):
        if action not in self.ACTIONS or not user.is_active:
            return False
        markets = self.managed_market_codes(user)
        return markets is None or bool(markets)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        raise NotImplementedError

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        markets = self.managed_market_codes(user)
        return markets is None or instance.market.code in markets

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        markets = self.managed_market_codes(user)
        queryset = self.model.objects.all()
        return queryset if markets is None else queryset.filter(market__code__in=markets)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])
