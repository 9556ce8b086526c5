"""The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds), else the clock; and the house's zone."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo

# SPEC "Time": the time zone is Europe/Brussels, always. The feeds, programme.json, the JSON-LD and
# the data of the page's script all take it from here, so that they can never disagree.
TIME_ZONE = ZoneInfo("Europe/Brussels")


def build_now(environ: dict[str, str] | None = None) -> dt.datetime:
    """The moment of the build in the house's time zone."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=TIME_ZONE)
    return dt.datetime.now(tz=TIME_ZONE)
