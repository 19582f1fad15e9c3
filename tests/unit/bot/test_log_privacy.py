"""bot/logging_config.yml with bot.log_privacy.PrivacyFilter, applied as Rasa applies it
(logging.config.dictConfig), in a fresh Python process whose output we read."""
import subprocess
import sys
import textwrap

from bot.stack import LOGGING_CONFIG

SCRIPT = textwrap.dedent('''
    import json, logging, logging.config, sys, yaml
    early = logging.getLogger("rasa.core.processor")  # exists before the config, like Rasa's
    logging.config.dictConfig(yaml.safe_load(open(sys.argv[1])))
    from bot.log_privacy import hide_in_logs

    log = logging.getLogger("rasa.core.channels.rest")
    with hide_in_logs("mijn naam is Zwanetje Pietersbergen", "afzender-8c1f2e"):
        log.error("failure for %s: %s", "afzender-8c1f2e", "mijn naam is Zwanetje Pietersbergen")
        log.warning("lower-cased by a library: zwanetje; a word of the text alone: pietersbergen")
        early.info(json.dumps({"event": "processor.message", "text": "Kerkstraat 12", "sender_id": "x"}))
        early.info(json.dumps({"event": "escaped", "note": "mijn naam is Zwanetje Pietersbergen"}, ensure_ascii=True))
        try:
            raise ValueError("could not handle 'Zwanetje Pietersbergen woont in Utrecht'")
        except ValueError:
            early.exception("Encountered an exception while running action 'action_x'")
        # issue 19: short words are below any word list; the structure rule catches them
        log.warning("Continuing without %s", '/inform{"x": "Eva 15 jr Ede"}')
    logging.getLogger("sanic.access").info("", extra={"host": "203.0.113.7:51234", "request": "POST /x", '''
    '''"status": 200, "byte": 2})
    logging.getLogger("sanic.root").info("Goin' Fast @ http://192.168.1.20:5005 and [2001:db8::1]:5005, ::1")
    logging.getLogger("sanic.error").error("Exception occurred while handling uri: 'http://10.0.0.8:5005/webhooks'")
    logging.getLogger("rasa").info("outside a request this stays: Kortenaerkade at 11:07:29")
    import warnings
    with hide_in_logs("/mijn naam is Zwanetje", "afzender-8c1f2e"):
        warnings.warn("Parsed an intent 'mijn naam is Zwanetje' which is not defined", UserWarning)
    warnings.warn("outside a message too: 'Qzk 15 jr Wvb'", UserWarning)
    with hide_in_logs("iets anders", "afzender-2"):
        logging.getLogger("bot.web").info("our own lines stay while a message is handled: 3 cards")
''')


def run_logging() -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(LOGGING_CONFIG)],
        capture_output=True, text=True, timeout=60, check=True,
    )
    return done.stdout + done.stderr


def test_the_text_and_sender_of_the_current_message_never_reach_a_log_line():
    output = run_logging()
    # While a message is handled, a library's record is reduced to its kind and length.
    assert "error of rasa.core.channels.rest (" in output and "characters, not logged)" in output
    assert "UserWarning (" in output  # warnings pass the filter too, reduced the same way
    for secret in ("Zwanetje", "Pietersbergen", "afzender-8c1f2e", "Kerkstraat", "woont in Utrecht",
                   "Eva", "Ede", "Qzk", "Wvb"):
        assert secret not in output, secret


def test_exception_messages_are_dropped_but_the_traceback_stays():
    output = run_logging()
    assert "Traceback (most recent call last)" in output
    assert "builtins.ValueError (message not logged)" in output
    assert "error of rasa.core.processor (" in output


def test_no_ip_address_and_no_access_log():
    output = run_logging()
    for address in ("203.0.113.7", "192.168.1.20", "2001:db8::1", "10.0.0.8", "::1"):
        assert address not in output
    assert "Goin' Fast @ http://[ip]:5005" in output
    assert "POST /x" not in output
    assert "11:07:29" in output  # clock times are not mistaken for addresses


def test_logging_outside_a_message_is_left_alone():
    assert "outside a request this stays: Kortenaerkade" in run_logging()


def test_our_own_lines_stay_while_a_message_is_handled():
    assert "our own lines stay while a message is handled: 3 cards" in run_logging()
