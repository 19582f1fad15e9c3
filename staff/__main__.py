import os
import sys

# SQLAlchemy 1.4 warns about 2.0 changes on every start otherwise; we already use the 2.0 API.
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

from .cli import main  # noqa: E402

sys.exit(main())
