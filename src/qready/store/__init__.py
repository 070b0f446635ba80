"""The inventory store: every assessment kept over time (SQLAlchemy Core; SQLite and PostgreSQL)."""
