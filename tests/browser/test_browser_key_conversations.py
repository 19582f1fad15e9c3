"""Five key conversations on a phone (390 x 844) against the real stack: victim acute, victim
long ago, bystander, naaste, English. The answer speaks to the person and names the help,
with the person's own message on the same screen, which is kept as a screenshot
(test-artefacts/browser/key-*.png; copies in docs/screenshots/ for the README)."""
import pytest
from playwright.sync_api import expect

from tests.helpers.browser.chat_page import ChatPage

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

CONVERSATIONS = {
    "victim-acute": (["ik ben gisteren verkracht op een feest"], "niet jouw schuld", "Centrum Seksueel Geweld"),
    "victim-long-ago": (["toen ik 12 was heeft mijn oom me misbruikt", "dat is 20 jaar geleden"],
                        "niet jouw schuld", "Veilig Thuis"),
    "bystander": (["ik zag in de trein dat een man een vrouw steeds aanraakte"], "112", "Afleiden"),
    "naaste": (["mijn vriendin vertelde dat ze gisteren is verkracht, hoe kan ik haar steunen"],
               "Ik geloof je", "Centrum Seksueel Geweld"),
    "english": (["i was raped yesterday at a party"], "not your fault", "Centrum Seksueel Geweld"),
}


@pytest.mark.parametrize("name", CONVERSATIONS)
def test_a_key_conversation_on_a_phone(page, stack, artefacts, name):
    messages, kind_words, help_named = CONVERSATIONS[name]
    page.set_viewport_size({"width": 390, "height": 844})
    chat = ChatPage(page, stack.web_url + "/").open()
    for message in messages:
        chat.say(message)
    answer = chat.log.locator("li.bot").filter(has_text=kind_words).last
    expect(answer).to_be_visible()
    expect(chat.log).to_contain_text(help_named)
    # The person's own last message and the answer to it are on the screen together.
    asked = chat.user_lines.last.bounding_box()
    assert asked is not None and 0 <= asked["y"] < 844
    page.screenshot(path=str(artefacts / f"key-{name}.png"))
