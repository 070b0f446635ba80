"""The read-only web dashboard over the store (Starlette, Jinja2 templates, JSON API under /api/)."""
