"""One module per probe; each exports an ``async def probe_...(...) -> Outcome``."""
