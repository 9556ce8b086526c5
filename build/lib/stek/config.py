"""Options of the STEK plugin in mkdocs.yml; the example site needs none."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class StekConfig(Config):
    enabled = c.Type(bool, default=True)

    # Languages: two-letter codes, the first is the default (its pages at the site's root)
    languages = c.ListOfItems(c.Type(str), default=[])

    # Time
    time_zone = c.Type(str, default="Europe/Brussels")
