"""Fetch limits: :class:`~newsfacts.settings.FetchConfig`, owned by the settings (each
limit is a ``NEWSFACTS_FETCH_*`` variable, documented there and in the README), re-exported
here for the fetch modules. Tests pass a ``FetchConfig`` directly (``config=``)."""

from __future__ import annotations

from newsfacts.settings import FetchConfig, Resolver

__all__ = ["FetchConfig", "Resolver", "resolve_config"]


def resolve_config(settings, config: FetchConfig | None) -> FetchConfig:
    """The limits a call uses: an explicit ``config``, else the settings' (from the
    environment), else the defaults."""
    if config is not None:
        return config
    cfg = getattr(settings, "fetch", None)
    return cfg if isinstance(cfg, FetchConfig) else FetchConfig()
