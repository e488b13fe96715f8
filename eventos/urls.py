"""URLs of eventos that live outside the page tree."""

urlpatterns: list = []
