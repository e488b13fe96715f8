"""Models of this section of the site."""
