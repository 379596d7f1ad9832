"""Uploads are checked by what the file holds, kept to a size, and never trusted for their name."""

import io
import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image as PillowImage
from wagtailmedia.models import get_media_model

from campaign.platform.uploads import check_po_file

# Just the first bytes that file formats are recognised by: what the checks read.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM = b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\xf2\x81\x04B\xf3\x81\x08B\x82\x84webm"
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 32
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
WEBVTT = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n小さな偉大さに\n".encode()
PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Films"\nmsgstr "映像"\n'
).encode()


def image_bytes(kind="PNG", size=(8, 8)):
    buffer = io.BytesIO()
    PillowImage.new("RGB", size, "#c00").save(buffer, kind)
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("uploader", "u@example.com", "pw")
    client.force_login(user)
    return client


def add_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"), {"title": "Poster", "file": upload(name, content)}
    )


def add_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"), {"title": "Captions", "file": upload(name, content)}
    )


def add_video(client, name, content, thumbnail=None):
    data = {"title": "Manifesto", "file": upload(name, content), "duration": "90"}
    if thumbnail:
        data["thumbnail"] = upload(*thumbnail)
    return client.post(reverse("wagtailmedia:add", args=["video"]), data)


def refused(response, model):
    return response.status_code == 200 and not model.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [("poster.png", image_bytes("PNG")), ("poster.jpg", image_bytes("JPEG"))],
)
def test_real_images_are_accepted(admin_client, name, content):
    response = add_image(admin_client, name, content)

    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),  # SVG can carry script: refused whatever it is called
        ("logo.png", SVG),
        ("page.png", HTML),
        ("poster.png", image_bytes("GIF")),  # a real image, under another type's name
        ("poster.png", b""),
        ("poster.html", image_bytes("PNG")),
    ],
)
def test_files_that_are_not_what_their_name_says_are_refused_as_images(admin_client, name, content):
    assert refused(add_image(admin_client, name, content), get_image_model())


def test_the_multiple_uploader_checks_content_too(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload("poster.png", HTML)}
    )

    assert json.loads(response.content)["success"] is False
    assert not get_image_model().objects.exists()


def test_images_over_the_size_limit_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024

    content = image_bytes("PNG", size=(400, 400))
    assert len(content) > 1024
    assert refused(add_image(admin_client, "large.png", content), get_image_model())


def test_images_with_too_many_pixels_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100

    assert refused(
        add_image(admin_client, "wide.png", image_bytes(size=(20, 20))), get_image_model()
    )


@pytest.mark.parametrize(
    "name", ["../../../etc/cron.d/poster.png", "<img src=x onerror=alert(1)>.png", "a b/../c.png"]
)
def test_an_uploaded_file_name_never_chooses_where_or_as_what_it_is_stored(admin_client, name):
    response = add_image(admin_client, name, image_bytes())

    assert response.status_code == 302
    stored = get_image_model().objects.get().file.name
    assert stored.startswith("original_images/")
    filename = stored.removeprefix("original_images/")
    assert "/" not in filename and ".." not in filename
    assert all(character.isalnum() or character in "._-" for character in filename)


@pytest.mark.parametrize(
    ("name", "content"),
    [("captions.vtt", WEBVTT), ("captions-bom.vtt", b"\xef\xbb\xbf" + WEBVTT), ("press.pdf", PDF)],
)
def test_real_captions_and_pdfs_are_accepted(admin_client, name, content):
    response = add_document(admin_client, name, content)

    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("captions.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nSRT, not WebVTT\n"),
        ("captions.vtt", b"WEBVTTX\n"),
        ("captions.vtt", "WEBVTT\n\nLatin-1 caf\xe9\n".encode("latin-1")),
        ("captions.vtt", b"WEBVTT\n\x00\x01binary"),
        ("press.pdf", HTML),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00"),
        ("page.html", HTML),
        ("logo.svg", SVG),
    ],
)
def test_documents_that_are_not_what_their_name_says_are_refused(admin_client, name, content):
    assert refused(add_document(admin_client, name, content), get_document_model())


def test_documents_over_the_size_limit_are_refused(admin_client, settings):
    settings.UPLOAD_MAX_SIZES = {**settings.UPLOAD_MAX_SIZES, "caption": 64}

    assert refused(add_document(admin_client, "long.vtt", WEBVTT * 4), get_document_model())


@pytest.mark.parametrize(("name", "content"), [("film.mp4", MP4), ("film.webm", WEBM)])
def test_real_videos_are_accepted(admin_client, name, content):
    response = add_video(admin_client, name, content)

    assert response.status_code == 302
    assert get_media_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("film.mp4", HTML),
        ("film.mp4", WEBM),
        ("film.webm", MP4),
        ("film.mp4", MP3),
        ("film.mov", MP4),  # not a type that browsers play everywhere
        ("film.svg", SVG),
    ],
)
def test_videos_that_are_not_what_their_name_says_are_refused(admin_client, name, content):
    assert refused(add_video(admin_client, name, content), get_media_model())


def test_a_video_thumbnail_must_be_a_real_image(admin_client):
    response = add_video(admin_client, "film.mp4", MP4, thumbnail=("poster.png", SVG))

    assert refused(response, get_media_model())


def test_videos_over_the_size_limit_are_refused(admin_client, settings):
    settings.UPLOAD_MAX_SIZES = {**settings.UPLOAD_MAX_SIZES, "video": 32}

    assert refused(add_video(admin_client, "film.mp4", MP4), get_media_model())


def test_a_translation_file_is_read_when_it_is_a_po_file():
    catalog = check_po_file(upload("ja.po", PO))

    assert catalog.find("Films").msgstr == "映像"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ja.po", b"\x00\x01\x02 binary"),
        ("ja.po", 'msgid "Films"\nmsgstr "caf\xe9"\n'.encode("latin-1")),
        ("ja.po", b'msgid "Films"\nmsgstr\n'),
        ("ja.po", b"<html>not a catalog</html>\n"),
        ("ja.po", b""),
        ("ja.mo", PO),
    ],
)
def test_a_translation_file_that_is_not_a_po_file_is_refused(name, content):
    with pytest.raises(ValidationError):
        check_po_file(upload(name, content))


def test_a_translation_file_over_the_size_limit_is_refused(settings):
    settings.UPLOAD_MAX_SIZES = {**settings.UPLOAD_MAX_SIZES, "translation": 16}

    with pytest.raises(ValidationError):
        check_po_file(upload("ja.po", PO))
