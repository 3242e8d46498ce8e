"""One screen per lifecycle stage, plus the staff settings."""
