"""An editor's browser, reduced to what the drill needs: sign in, open a page, save a draft."""

import http.client
import re
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

from ops.admin_forms import form_fields


class Editor:
    """A signed-in admin session over plain HTTP, presented as HTTPS by X-Forwarded-Proto."""

    def __init__(self, base_url):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.origin = f"https://{parts.netloc}"
        self.cookies = {}

    def request(self, method, path, fields=None):
        headers = {
            "Host": f"{self.host}:{self.port}",
            "X-Forwarded-Proto": "https",
            "Origin": self.origin,
            "Referer": self.origin + path,
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection = http.client.HTTPConnection(self.host, self.port, timeout=15)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read().decode("utf-8", "replace")
            for header in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, content
        finally:
            connection.close()

    def csrf_token(self, html):
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        return match.group(1) if match else ""

    def sign_in(self, username, password):
        _status, html = self.request("GET", "/admin/login/")
        fields = {
            "csrfmiddlewaretoken": self.csrf_token(html),
            "username": username,
            "password": password,
            "next": "/admin/",
        }
        status, _html = self.request("POST", "/admin/login/", fields)
        return status == 302

    def edit_form(self, page_id):
        status, html = self.request("GET", f"/admin/pages/{page_id}/edit/")
        return status, form_fields(html)

    def save_draft(self, page_id, fields):
        return self.request("POST", f"/admin/pages/{page_id}/edit/", fields)
