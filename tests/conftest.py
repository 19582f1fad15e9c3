"""Shared fixtures. The spaCy pipeline is the real one `make spacy` builds."""
import os

import pytest

os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


@pytest.fixture(scope="session")
def nlp():
    from bot.nlu.build_spacy import load_pipeline

    return load_pipeline()
