"""The crisis check that runs first on every message: danger now (112), suicide (113)."""
