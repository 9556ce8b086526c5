"""The MkDocs shell: loads the data before anything is written, and hands it to the pages and feeds."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from stek.config import StekConfig
from stek.data import ACTIVITIES_FILE_NAME, PARTNERS_FILE_NAME, data_signature, load_stek
from stek.errors import DataErrors
from stek.model import Stek
from stek.today import build_now

log = get_plugin_logger(__name__)


class StekPlugin(BasePlugin[StekConfig]):
    stek: Stek | None = None
    _signature: tuple | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not self.config.enabled:
            return None
        # Validate here: MkDocs empties site/ right after on_pre_build, and a volunteer's
        # mistake must never leave a half-made site in place of a good one.
        self.root = Path(config.config_file_path).parent
        self.now = build_now(self.config.time_zone)
        languages = site_languages(config)
        # mkdocs-static-i18n runs the whole build again for each language: read the data once.
        signature = (languages, self.now.date(), data_signature(self.root))
        if signature == self._signature:
            return config
        try:
            self.stek, warnings = load_stek(self.root, languages, self.now.date())
        except DataErrors as error:
            raise PluginError("\n".join(["", *error.lines])) from None
        for warning in warnings:
            log.warning(warning)
        self._signature = signature
        return config

    def on_serve(self, server, config, builder):
        for name in (PARTNERS_FILE_NAME, ACTIVITIES_FILE_NAME):
            server.watch(str(self.root / name))
        return server


def site_languages(config: MkDocsConfig) -> tuple[str, ...]:
    """The site's languages, the default first, from the i18n plugin (or the theme alone)."""
    i18n = config.plugins.get("i18n")
    if i18n is not None:
        languages = [lang for lang in i18n.config.languages if lang.locale != "null"]
        default = [lang.locale for lang in languages if lang.default]
        return tuple(dict.fromkeys(default + [lang.locale for lang in languages]))
    return (config.theme.get("language") or "en",)
