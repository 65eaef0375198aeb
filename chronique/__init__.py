"""chronique: news reports in, event data out (PLOVER events, French and English, offline)."""

__version__ = "0.1.0"
