"""Where things live, resolved from the project root so any working directory works."""
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CONFIG = PROJECT_ROOT / "config.yml"
DOMAIN_DIR = PROJECT_ROOT / "bot" / "domain"
DATA_DIR = PROJECT_ROOT / "data"
# What Rasa trains on; data/safety is the crisis classifier's own (bot/nlu/crisis), not Rasa's.
RASA_DATA_DIRS = (DATA_DIR / "nlu", DATA_DIR / "stories")
ENDPOINTS = PROJECT_ROOT / "bot" / "endpoints.yml"
# The scaled profile: the same, plus a Redis lock store shared by the Rasa replicas.
ENDPOINTS_SCALED = PROJECT_ROOT / "bot" / "endpoints-scaled.yml"
CREDENTIALS = PROJECT_ROOT / "bot" / "credentials.yml"
MODELS_DIR = PROJECT_ROOT / "models"
VAR_DIR = PROJECT_ROOT / "var"
LOG_DIR = VAR_DIR / "log"
