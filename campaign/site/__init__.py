"""What visitors and search engines get: pages' head tags, search, the sitemap, the API,
the film player, the market chooser and the error pages."""
