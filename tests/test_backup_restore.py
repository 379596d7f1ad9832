"""``make backup`` and ``make restore``: a backup restored into a fresh database holds the same.

Runs on PostgreSQL only (pg_dump and pg_restore); the CI run on PostgreSQL runs it.
"""

import tarfile
from io import StringIO

from django.core.management import CommandError, call_command
from django.db import connection

import psycopg
import pytest
from psycopg import sql

from campaign.platform.backups import extract_media
from tests.factories import AthleteStoryPageFactory, FilmPageFactory, QuoteFactory

# Committed data (pg_dump reads from its own connection); Wagtail's root page and
# locale come back after each test.
on_postgresql = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="backups are pg_dump/pg_restore of PostgreSQL"
    ),
]


def postgresql_only(test):
    for mark in on_postgresql:
        test = mark(test)
    return test


# The campaign's content, each table read in a fixed order.
COMPARED_TABLES = {
    "wagtailcore_page": "path",
    "wagtailcore_revision": "id",
    "campaign_market": "id",
    "campaign_filmpage": "page_ptr_id",
    "stories_athletestorypage": "page_ptr_id",
    "campaign_quote": "id",
    "wagtailimages_image": "id",
    "auth_user": "id",
}


def connect(name):
    params = {**connection.get_connection_params(), "dbname": name}
    params.pop("cursor_factory", None)
    params.pop("context", None)
    return psycopg.connect(**params, autocommit=True)


def table_rows(database):
    with connect(database) as conn:
        return {
            table: conn.execute(
                sql.SQL("SELECT * FROM {} ORDER BY {}").format(
                    sql.Identifier(table), sql.Identifier(order)
                )
            ).fetchall()
            for table, order in COMPARED_TABLES.items()
        }


@pytest.fixture
def fresh_database():
    """An empty database beside the test database, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restored"
    with connect("postgres") as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with connect("postgres") as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@pytest.fixture
def content(film_index, story_index, settings):
    import wagtail_factories

    poster = wagtail_factories.ImageFactory(title="Poster")
    film = FilmPageFactory(parent=film_index, title="The rower", poster=poster)
    film.title_ja = "漕ぎ手"
    film.save_revision().publish()
    AthleteStoryPageFactory(parent=story_index, title="Ice lions")
    QuoteFactory(text="Small can be calculated, but it cannot be ignored.")
    return {"poster": poster}


def database_url(name):
    params = connection.settings_dict
    user = params.get("USER") or "postgres"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{name}"


@postgresql_only
def test_a_backup_restored_into_a_fresh_database_has_the_same_content(
    content, fresh_database, settings, tmp_path
):
    settings.BACKUP_DIR = tmp_path / "backups"
    poster_bytes = content["poster"].file.read()

    call_command("backup_site", stdout=StringIO())
    [backup] = list(settings.BACKUP_DIR.iterdir())
    assert (backup / "database.dump").stat().st_size > 0

    restored_media = tmp_path / "restored-media"
    call_command(
        "restore_site",
        str(backup),
        database_url=database_url(fresh_database),
        media_root=str(restored_media),
        interactive=False,
        stdout=StringIO(),
    )

    assert table_rows(fresh_database) == table_rows(connection.settings_dict["NAME"])
    assert (restored_media / content["poster"].file.name).read_bytes() == poster_bytes


@postgresql_only
def test_restore_takes_the_newest_backup_when_none_is_named(
    content, fresh_database, settings, tmp_path
):
    settings.BACKUP_DIR = tmp_path / "backups"
    call_command("backup_site", stdout=StringIO())

    call_command(
        "restore_site",
        database_url=database_url(fresh_database),
        media_root=str(tmp_path / "restored"),
        interactive=False,
        stdout=StringIO(),
    )

    assert table_rows(fresh_database)["wagtailcore_page"]


def test_restore_without_a_backup_is_a_clear_error(settings, tmp_path):
    settings.BACKUP_DIR = tmp_path / "none-yet"

    with pytest.raises(CommandError, match="No backup found"):
        call_command("restore_site", interactive=False)


def test_a_tampered_media_archive_cannot_write_outside_the_media_folder(tmp_path):
    archive = tmp_path / "media.tar.gz"
    evil = tmp_path / "evil.txt"
    evil.write_text("owned")
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(evil, arcname="../../outside.txt")

    with pytest.raises(tarfile.TarError):
        extract_media(archive, tmp_path / "media")

    assert not (tmp_path.parent / "outside.txt").exists()
