"""Staff screens behind the PIN: diagnosis, the order dashboard and the support card."""
