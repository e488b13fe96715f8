"""URLs of buenas_practicas that live outside the page tree."""

urlpatterns: list = []
