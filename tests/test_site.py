"""Site-wide behaviour: headers, errors, search, sitemap, uploads, settings."""

import io
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory, override_settings
from django.utils import translation
from PIL import Image as PILImage
from wagtail.documents.forms import get_document_form
from wagtail.documents.models import Document
from wagtail.images.forms import get_image_form
from wagtail.images.models import Image

from home.models import StandardPage
from sitio.views import server_error

pytestmark = pytest.mark.django_db


def test_every_response_carries_the_security_headers(client, home_pages):
    response = client.get("/es/")

    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_load_nothing_from_other_sites(client, home_pages):
    response = client.get("/es/")

    assert "https://" not in response.text.split("<body")[0].replace(
        "http://localhost", ""
    )
    assert "<script" not in response.text


def test_missing_page_answers_in_the_visitor_language(client, home_pages):
    response = client.get("/fr/cette-page-n-existe-pas/")

    assert response.status_code == 404
    assert "Page introuvable" in response.text
    assert '<html lang="fr">' in response.text


def test_server_error_page_answers_in_the_visitor_language():
    request = RequestFactory().get("/pt/")

    with translation.override("pt"):
        response = server_error(request)

    assert response.status_code == 500
    assert "Erro do servidor" in response.content.decode()


def test_search_finds_pages_in_the_active_language_only(client, home_pages):
    home_pages["es"].add_child(
        instance=StandardPage(title="Protocolo de protección", slug="protocolo")
    )
    home_pages["en"].add_child(
        instance=StandardPage(title="Protection protocol", slug="protocol")
    )

    spanish = client.get("/es/search/", {"q": "protocolo"})
    english = client.get("/en/search/", {"q": "protocol"})

    assert "Protocolo de protección" in spanish.text
    assert "Protection protocol" not in spanish.text
    assert "Protection protocol" in english.text


def test_search_without_query_or_with_a_huge_one_is_not_an_error(client, home_pages):
    assert client.get("/es/search/").status_code == 200
    assert client.get("/es/search/", {"q": "x" * 5000, "page": "z"}).status_code == 200


def test_sitemap_lists_pages_of_every_language(client, home_pages):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    for language in ["es", "en", "pt", "fr"]:
        assert f"<loc>http://localhost/{language}/</loc>" in response.text


def test_robots_txt_points_to_the_sitemap_on_the_configured_address(client):
    response = client.get("/robots.txt")

    assert "Disallow: /admin/" in response.text
    assert f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml" in response.text


def image_upload(name: str, content: bytes, content_type: str):
    form_class = get_image_form(Image)
    return form_class(
        data={"title": name},
        files={"file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def png_bytes(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_image_uploads_refuse_svg(db):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

    form = image_upload("logo.svg", svg, "image/svg+xml")

    assert not form.is_valid()


def test_image_uploads_refuse_more_pixels_than_the_limit(db):
    side = int(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS**0.5) + 10

    form = image_upload("huge.png", png_bytes(side, side), "image/png")

    assert not form.is_valid()
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS < PILImage.MAX_IMAGE_PIXELS


def test_image_uploads_accept_an_ordinary_photo(db):
    form = image_upload("photo.png", png_bytes(800, 600), "image/png")

    assert form.is_valid(), form.errors


def test_document_uploads_accept_only_the_allowed_kinds(db):
    form_class = get_document_form(Document)

    program = form_class(
        data={"title": "tool"},
        files={
            "file": SimpleUploadedFile("tool.exe", b"MZ", "application/octet-stream")
        },
    )
    report = form_class(
        data={"title": "report"},
        files={
            "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4", "application/pdf")
        },
    )

    assert not program.is_valid()
    assert report.is_valid(), report.errors


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3)
def test_editor_login_is_throttled_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "e@example.org", "right-pass")

    for _attempt in range(3):
        client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "editor", "password": "right-pass"}
    )

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def run_deploy_check(**environment: str) -> subprocess.CompletedProcess:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "BASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(environment, DJANGO_SETTINGS_MODULE="sitio.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_check():
    result = run_deploy_check(
        SECRET_KEY="a-long-random-production-secret-" + "k" * 40,
        ALLOWED_HOSTS="movilidad.example.org",
        BASE_URL="https://movilidad.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_deploy_check(
        ALLOWED_HOSTS="movilidad.example.org", BASE_URL="https://movilidad.example.org"
    )

    assert result.returncode != 0
    assert "SECRET_KEY is required in production" in result.stderr


def test_only_the_admin_may_run_inline_scripts(client, home_pages, admin_user):
    client.force_login(admin_user)

    public = client.get("/es/")["Content-Security-Policy"]
    admin = client.get("/admin/")["Content-Security-Policy"]

    assert "'unsafe-inline'" not in directive(public, "script-src")
    assert "'unsafe-inline'" in directive(admin, "script-src")


def directive(policy: str, name: str) -> str:
    return next(part for part in policy.split(";") if part.strip().startswith(name))
