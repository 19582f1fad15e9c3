"""The safety classifier is kept in a cache under a fingerprint of what it learned from: the
same training gives the same model back from disk, any change trains anew."""
import shutil

from bot.nlu.crisis.classifier import TRAINING_DIR, SafetyClassifier

PROBES = ["hij staat voor de deur", "ik wil niet meer leven", "wat kost een gesprek bij het csg"]


def test_a_second_start_loads_the_same_model_and_a_changed_example_trains_again(tmp_path):
    first = SafetyClassifier(cache_dir=tmp_path)
    second = SafetyClassifier(cache_dir=tmp_path)
    assert not first.from_cache and second.from_cache
    assert [first.probabilities(p) for p in PROBES] == [second.probabilities(p) for p in PROBES]

    changed = tmp_path / "safety"
    shutil.copytree(TRAINING_DIR, changed)
    extra = changed / "zz_extra.yml"
    extra.write_text("calm:\n  - een heel gewone vraag over de bus\n", "utf-8")
    assert not SafetyClassifier(changed, cache_dir=tmp_path).from_cache
    assert len(list(tmp_path.glob("safety-*.joblib"))) == 2


def test_an_unreadable_cache_file_means_training_again(tmp_path):
    SafetyClassifier(cache_dir=tmp_path)
    for path in tmp_path.glob("safety-*.joblib"):
        path.write_bytes(b"not a model")
    again = SafetyClassifier(cache_dir=tmp_path)
    assert not again.from_cache and again.probabilities(PROBES[0])["danger"] > 0.5
