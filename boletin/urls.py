"""URLs of boletin that live outside the page tree."""

from django.urls import path

from boletin import feeds, views

app_name = "boletin"

urlpatterns = [
    path("subscription/", views.subscribe, name="subscribe"),
    path("subscription/thanks/", views.subscribe_thanks, name="subscribe_thanks"),
    path("subscription/confirm/<str:token>/", views.confirm, name="confirm"),
    path("subscription/manage/<str:token>/", views.manage, name="manage"),
    path("subscription/leave/<str:token>/", views.leave, name="leave"),
    path("feeds/bulletin/rss/", feeds.BulletinRssFeed(), name="bulletin_rss"),
    path("feeds/bulletin/atom/", feeds.BulletinAtomFeed(), name="bulletin_atom"),
    path("feeds/news/rss/", feeds.NewsRssFeed(), name="news_rss"),
    path("feeds/news/atom/", feeds.NewsAtomFeed(), name="news_atom"),
]
