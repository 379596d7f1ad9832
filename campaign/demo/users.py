"""Demo users with generated passwords, never a fixed one."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model

DEMO_EDITOR = "editor"


def ensure_demo_users():
    """Create the demo users that are missing; return ``[(username, password)]`` for those."""
    User = get_user_model()
    created = []
    if not User.objects.filter(username=DEMO_EDITOR).exists():
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=DEMO_EDITOR,
            email="editor@example.com",
            password=password,
            first_name="Demo",
            last_name="Editor",
        )
        created.append((DEMO_EDITOR, password))
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
