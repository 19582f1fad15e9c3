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


def test_each_role_is_scored_over_its_own_intents(tmp_path, capsys):
    scores = nlu_gate.role_f1(report(naaste_confided=0.6, naaste_own_support=1.0, ask_5d=0.9, greet=1.0))
    assert scores == {"bystander": 0.9, "naaste": 0.8, "basics": 1.0}
    path = tmp_path / "intent_report.json"
    path.write_text(json.dumps(report(naaste_confided=0.6, naaste_own_support=1.0)))
    nlu_gate.main([str(path)])
    assert "role naaste: macro-F1 0.800" in capsys.readouterr().out


def test_every_intent_of_the_domain_has_a_role():
    import yaml

    from bot.paths import PROJECT_ROOT
    intents = set()
    for path in (PROJECT_ROOT / "bot" / "domain").glob("*.yml"):
        intents |= set((yaml.safe_load(path.read_text("utf-8")) or {}).get("intents") or [])
    with_role = set().union(*nlu_gate.ROLE_INTENTS.values())
    # set by rule components and buttons, never by DIET: no held-out F1 to report
    assert intents - with_role - {"safe_now", "safer_now", "maybe_danger", "maybe_suicide", "nlu_fallback",
                                  "role_unclear", "role_chosen", "professional_concern",
                                  "unsure_statement"} == set()
