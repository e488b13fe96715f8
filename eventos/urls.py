"""URLs of eventos that live outside the page tree."""

from django.urls import path

from eventos import views

app_name = "eventos"

urlpatterns = [
    path("calendar/events.ics", views.feed, name="feed"),
    path(
        "calendar/event-<int:page_id>.ics", views.event_calendar, name="event_calendar"
    ),
    path("registrations/<str:token>/", views.manage, name="manage"),
    path(
        "registrations/<str:token>/certificate/",
        views.certificate,
        name="certificate",
    ),
    path("certificates/verify/", views.verify, name="verify"),
]
