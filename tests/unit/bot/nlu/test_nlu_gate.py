"""The held-out gate averages over the intents in the set, not over labels only predicted."""
import json

from bot import nlu_gate


def report(**f1):
    rows = {name: {"f1-score": score, "support": 0 if name == "nlu_fallback" else 10,
                   "precision": score, "recall": score} for name, score in f1.items()}
    return {**rows, "accuracy": 0.9, "macro avg": {"f1-score": 0.1, "support": 30}}


def test_labels_that_were_only_predicted_do_not_count():
    assert nlu_gate.macro_f1(report(greet=1.0, inform=0.8, nlu_fallback=0.0)) == 0.9


def test_gate_fails_below_the_minimum_and_passes_at_it(tmp_path, capsys):
    path = tmp_path / "intent_report.json"
    path.write_text(json.dumps(report(greet=1.0, inform=0.7)))
    assert nlu_gate.main([str(path), "--min-macro-f1", "0.90"]) == 1
    assert nlu_gate.main([str(path), "--min-macro-f1", "0.85"]) == 0
    assert "0.700  inform" in capsys.readouterr().out
