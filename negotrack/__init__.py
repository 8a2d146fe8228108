"""negotrack: track rounds of peace negotiations from the news."""

__version__ = "0.1.0"
