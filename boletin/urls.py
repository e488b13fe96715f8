"""URLs of boletin that live outside the page tree."""

urlpatterns: list = []
