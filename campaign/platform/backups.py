"""Backups: the PostgreSQL database (pg_dump, custom format) and the uploaded media (tar).

A backup is a folder ``<BACKUP_DIR>/<UTC time>/`` holding ``database.dump`` and,
when media is kept on local disk, ``media.tar.gz``.
"""

import json
import os
import subprocess  # noqa: S404 (the PostgreSQL client tools, with fixed arguments)
import tarfile
from datetime import UTC, datetime
from pathlib import Path

import dj_database_url

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"


class BackupError(Exception):
    """A backup or restore step failed; the message says which and why."""


def database_from_url(url):
    return dj_database_url.parse(url)


def pg_environment(database):
    """The libpq variables for a Django database setting, so no password shows in ``ps``."""
    if "postgresql" not in database["ENGINE"]:
        raise BackupError(
            "Backups need PostgreSQL; DATABASE_URL points to another database "
            f"({database['ENGINE'].rsplit('.', 1)[-1]})."
        )
    values = {
        "PGHOST": database.get("HOST") or "",
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER") or "",
        "PGPASSWORD": database.get("PASSWORD") or "",
        "PGDATABASE": database["NAME"],
        "PGCONNECT_TIMEOUT": "10",
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def run_client(command, database):
    try:
        result = subprocess.run(  # noqa: S603
            command, env=pg_environment(database), capture_output=True, text=True, check=False
        )
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} is not installed (Debian package postgresql-client)."
        ) from error
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(database, path):
    run_client(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={path}"],
        database,
    )


def restore_database(database, path):
    # One transaction: a restore that fails half-way leaves the database as it was.
    run_client(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={database['NAME']}",
            str(path),
        ],
        database,
    )


def archive_media(media_root, path):
    media_root = Path(media_root)
    with tarfile.open(path, "w:gz") as archive:
        if media_root.is_dir():
            for child in sorted(media_root.iterdir()):
                archive.add(child, arcname=child.name)


def extract_media(path, media_root):
    media_root = Path(media_root)
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, "..", links out of the
        # folder and device files: a tampered archive cannot write elsewhere.
        archive.extractall(media_root, filter="data")


def make_backup(database, media_root, backup_dir, include_media=True):
    """Writes a new backup folder and returns its path."""
    folder = Path(backup_dir) / datetime.now(tz=UTC).strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=False)
    dump_database(database, folder / DATABASE_FILE)
    if include_media:
        archive_media(media_root, folder / MEDIA_FILE)
    manifest = {
        "created": datetime.now(tz=UTC).isoformat(),
        "database": database["NAME"],
        "media": include_media,
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def latest_backup(backup_dir):
    folders = (
        sorted(p for p in Path(backup_dir).glob("*") if (p / DATABASE_FILE).is_file())
        if Path(backup_dir).is_dir()
        else []
    )
    if not folders:
        raise BackupError(f"No backup found in {backup_dir}.")
    return folders[-1]


def restore_backup(folder, database, media_root, include_media=True):
    folder = Path(folder)
    if not (folder / DATABASE_FILE).is_file():
        raise BackupError(f"{folder} is not a backup: it has no {DATABASE_FILE}.")
    restore_database(database, folder / DATABASE_FILE)
    if include_media and (folder / MEDIA_FILE).is_file():
        extract_media(folder / MEDIA_FILE, media_root)
