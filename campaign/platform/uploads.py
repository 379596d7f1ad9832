"""Uploads: size limits, and file types checked by what the file holds, never by its name.

The admin's image, document and media forms use the bases at the bottom
(``WAGTAILIMAGES_IMAGE_FORM_BASE``, ``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and
``WAGTAILMEDIA["MEDIA_FORM_BASE"]``), so single and multiple uploads are checked alike.
"""

import codecs

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

import filetype
import polib
from wagtailmedia.forms import BaseMediaForm

# Extension -> the types that the file's first bytes may show. SVG is absent on
# purpose: it can carry scripts, and Wagtail cannot make renditions of it.
IMAGE_TYPES = {
    "gif": {"image/gif"},
    "jpg": {"image/jpeg"},
    "jpeg": {"image/jpeg"},
    "png": {"image/png", "image/apng"},
    "webp": {"image/webp"},
    "avif": {"image/avif"},
}
VIDEO_TYPES = {
    "mp4": {"video/mp4", "video/x-m4v"},
    "m4v": {"video/mp4", "video/x-m4v"},
    "webm": {"video/webm"},
}
AUDIO_TYPES = {
    "mp3": {"audio/mpeg"},
    "m4a": {"audio/mp4", "video/mp4"},
}
HEAD_BYTES = 8192


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in (name or "") else ""


def read_head(file, size=HEAD_BYTES):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def read_all(file):
    file.seek(0)
    data = file.read()
    file.seek(0)
    return data


def check_size(file, limit):
    if limit is not None and file.size > limit:
        raise ValidationError(
            _("This file is too big (%(size)s). The largest allowed is %(limit)s.")
            % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="file_too_large",
        )


def check_content_type(file, allowed_types):
    """The file's content must be one of the types its extension allows."""
    extension = extension_of(file.name)
    if extension not in allowed_types:
        raise ValidationError(
            _("Files of this type cannot be uploaded here. Allowed: %(extensions)s.")
            % {"extensions": ", ".join(sorted(allowed_types))},
            code="invalid_extension",
        )
    kind = filetype.guess(read_head(file))
    if kind is None or kind.mime not in allowed_types[extension]:
        raise ValidationError(
            _("This file is not a real .%(extension)s file: its content does not match its name.")
            % {"extension": extension},
            code="content_mismatch",
        )


def decode_text(file, max_bytes):
    """The file as UTF-8 text; binary or wrongly encoded content is refused."""
    check_size(file, max_bytes)
    data = read_all(file)
    if b"\x00" in data:
        raise ValidationError(_("This is not a text file."), code="not_text")
    try:
        return data.decode("utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("This text file must be encoded in UTF-8."), code="not_utf8"
        ) from error


def check_webvtt(file):
    """A caption file must be WebVTT: UTF-8 text whose first line starts with WEBVTT."""
    text = decode_text(file, settings.UPLOAD_MAX_SIZES["caption"])
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not (first_line == "WEBVTT" or first_line.startswith(("WEBVTT ", "WEBVTT\t"))):
        raise ValidationError(
            _("This is not a WebVTT caption file: it must start with “WEBVTT”."),
            code="not_webvtt",
        )


def check_pdf(file):
    check_size(file, settings.UPLOAD_MAX_SIZES["document"])
    if not read_head(file, 5) == b"%PDF-":
        raise ValidationError(
            _("This file is not a real .pdf file: its content does not match its name."),
            code="content_mismatch",
        )


def check_plain_text(file):
    decode_text(file, settings.UPLOAD_MAX_SIZES["document"])


DOCUMENT_CHECKS = {"pdf": check_pdf, "vtt": check_webvtt, "txt": check_plain_text}


def check_document(file):
    check = DOCUMENT_CHECKS.get(extension_of(file.name))
    if check is None:
        raise ValidationError(
            _("Files of this type cannot be uploaded here. Allowed: %(extensions)s.")
            % {"extensions": ", ".join(sorted(DOCUMENT_CHECKS))},
            code="invalid_extension",
        )
    check(file)


def check_po_file(file):
    """A translation catalog: a UTF-8 gettext PO file that parses. Returns the parsed catalog."""
    if extension_of(file.name) != "po":
        raise ValidationError(
            _("Translation files must be gettext .po files."), code="invalid_extension"
        )
    text = decode_text(file, settings.UPLOAD_MAX_SIZES["translation"])
    try:
        catalog = polib.pofile(text)
    except (OSError, ValueError) as error:
        raise ValidationError(
            _("This translation file cannot be read: %(error)s") % {"error": error},
            code="invalid_po",
        ) from error
    if not catalog.metadata and not len(catalog):
        raise ValidationError(_("This translation file is empty."), code="empty_po")
    return catalog


def is_new_upload(value):
    # An edit form that keeps the stored file cleans to that file, not to an upload.
    return isinstance(value, UploadedFile)


class ImageForm(BaseImageForm):
    """Wagtail's image form, plus a check that the content is the image type its name says."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if is_new_upload(file):
            check_content_type(file, IMAGE_TYPES)
        return file


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, with size limits and a check of each type's content."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if is_new_upload(file):
            check_document(file)
        return file


class MediaForm(BaseMediaForm):
    """wagtailmedia's form: video or audio checked by content, thumbnails must be images."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if is_new_upload(file):
            if self.instance.type == "audio":
                check_size(file, settings.UPLOAD_MAX_SIZES["audio"])
                check_content_type(file, AUDIO_TYPES)
            else:
                check_size(file, settings.UPLOAD_MAX_SIZES["video"])
                check_content_type(file, VIDEO_TYPES)
        return file

    def clean_thumbnail(self):
        file = self.cleaned_data.get("thumbnail")
        if is_new_upload(file):
            check_size(file, settings.UPLOAD_MAX_SIZES["thumbnail"])
            check_content_type(file, IMAGE_TYPES)
        return file
