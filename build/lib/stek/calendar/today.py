"""The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo


def build_now(time_zone: str = "Europe/Brussels", environ: dict[str, str] | None = None) -> dt.datetime:
    """The moment of the build in the house's time zone."""
    environ = os.environ if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH")
    zone = ZoneInfo(time_zone)
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=zone)
    return dt.datetime.now(tz=zone)
