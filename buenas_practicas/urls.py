"""URLs of buenas_practicas that live outside the page tree."""

from django.urls import path

from buenas_practicas import views

app_name = "buenas_practicas"

urlpatterns = [
    path("members/<slug:slug>/", views.member_profile, name="member_profile"),
]
