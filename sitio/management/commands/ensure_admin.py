"""Creates the first editor account of a fresh installation."""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the user 'admin' with a random password when no superuser exists, "
        "and say how to log in."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        # The password of a local first run is kept beside the database, out of
        # git, so the run command can show it again; production never uses it.
        password_file = Path(settings.BASE_DIR) / ".admin-password"
        user_model = get_user_model()
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"

        if not user_model.objects.filter(is_superuser=True).exists():
            password = secrets.token_urlsafe(12)
            if dry_run:
                self.stdout.write("Would create the user 'admin'.")
                return
            user_model.objects.create_superuser(
                "admin", "admin@localhost", password, first_name="Admin"
            )
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)

        if password_file.exists():
            password = password_file.read_text().strip()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {admin_url}  user: admin  password: {password}"
                )
            )
        else:
            self.stdout.write(f"Admin: {admin_url} (log in with your superuser)")
