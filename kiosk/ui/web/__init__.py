"""The embedded, locked-down web view for the providers' pages (DESIGN §7)."""
