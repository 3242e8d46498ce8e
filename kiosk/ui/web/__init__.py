"""The embedded web view for the ISP's pages (basic: its lock-down is its own issue)."""
