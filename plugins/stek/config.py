"""Options of the STEK plugin in mkdocs.yml; the example site needs none."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class Removed(c.Deprecated):
    """An option that no longer does anything, still accepted so that a mkdocs.yml that sets it builds.

    MkDocs' own Deprecated says so with a warning, which --strict turns into a failure; this one
    says nothing here: the check gives advice at the option's line instead (data/site_config.py).
    """

    def pre_validation(self, config: Config, key_name: str) -> None:
        pass


class StekConfig(Config):
    enabled = c.Type(bool, default=True)

    # Languages: two-letter codes, the first is the default (its pages at the site's root)
    languages = c.ListOfItems(c.Type(str), default=[])

    # Removed after 0.2.0: the time zone is Europe/Brussels, always (SPEC "Time")
    time_zone = Removed(removed=True)
