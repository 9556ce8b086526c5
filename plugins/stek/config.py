"""Options of the STEK plugin in mkdocs.yml; the example site needs none."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class StekConfig(Config):
    enabled = c.Type(bool, default=True)

    # Time
    time_zone = c.Type(str, default="Europe/Brussels")
