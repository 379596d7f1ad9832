"""Demo users, one per role, with generated passwords (never a fixed one)."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from campaign.markets.languages import target_languages
from campaign.markets.roles import (
    APPROVERS,
    EDITORS,
    market_lead_group,
    translator_group,
)
from campaign.models import Market

ADMIN = "admin"
EDITOR = "editor"


def demo_roles():
    """``[(username, group name or None for a superuser, full name)]`` for every demo user."""
    users = [(ADMIN, None, "Demo Administrator"), (EDITOR, EDITORS, "Demo Editor")]
    users += [
        (f"translator-{language}", translator_group(language), f"Demo Translator {language}")
        for language in target_languages()
    ]
    users += [
        (f"lead-{code}", market_lead_group(code), f"Demo Market Lead {code.upper()}")
        for code in Market.objects.values_list("code", flat=True)
    ]
    users.append(("approver", APPROVERS, "Demo Brand Approver"))
    return users


def ensure_demo_users():
    """Create the demo users that are missing; return ``[(username, password)]`` for those."""
    User = get_user_model()
    created = []
    for username, group_name, full_name in demo_roles():
        if User.objects.filter(username=username).exists():
            continue
        password = secrets.token_urlsafe(12)
        first_name, last_name = full_name.split(" ", 1)
        fields = {
            "email": f"{username}@example.com",
            "first_name": first_name,
            "last_name": last_name,
        }
        if group_name is None:
            User.objects.create_superuser(username=username, password=password, **fields)
        else:
            user = User.objects.create_user(username=username, password=password, **fields)
            user.groups.add(Group.objects.get(name=group_name))
        created.append((username, password))
    return created


def remember_credentials(credentials):
    """Keep generated passwords in a local, git-ignored file so ``make run`` can show them again."""
    path = settings.DEMO_CREDENTIALS_FILE
    known = dict(read_credentials())
    known.update(credentials)
    path.write_text(json.dumps(known, indent=2))
    path.chmod(0o600)


def read_credentials():
    path = settings.DEMO_CREDENTIALS_FILE
    if not path.exists():
        return []
    try:
        return list(json.loads(path.read_text()).items())
    except (ValueError, AttributeError):
        return []
