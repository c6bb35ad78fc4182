from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection

from wagtail.images import get_image_model

import pytest

from pages.models import OrganisationPage
from tests import demo_network

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_demo_network_comes_back_from_the_copy_row_for_row_with_its_logo_files(locales):
    # `locales`: an earlier transactional test's flush leaves no locale rows for the loader.
    demo_network.forget()
    demo_network.load_demo_network()
    loaded = demo_network.table_rows()
    logos = [Path(image.file.path) for image in get_image_model().objects.all()]
    OrganisationPage.objects.update(title="Zmieniona przez test")
    get_user_model().objects.create_user("po-pierwszym-wczytaniu")
    for image in get_image_model().objects.all():
        image.file.delete(save=False)
    with connection.cursor() as cursor:
        # Back below the rows, as a TransactionTestCase with reset_sequences leaves it.
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('auth_group', 'id'),"
            " (SELECT MIN(id) FROM auth_group), false)"
        )

    demo_network.load_demo_network()

    assert demo_network.table_rows() == loaded
    assert logos and all(logo.is_file() for logo in logos)
    assert Group.objects.create(name="Po odtworzeniu").pk
