// Wegwijzer chat page. No cookies, no localStorage: the conversation id lives in memory
// only, and a new page load starts a new, anonymous conversation.
(function () {
  "use strict";

  // Said when this app itself cannot be reached; the same numbers stand in the page.
  var UNREACHABLE_TEXT =
    "De chat is nu niet bereikbaar. Bel bij gevaar 112. " +
    "Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht). Veilig Thuis: 0800-2000.";
  // Phone numbers in bot text become tel: links: 112, 113, 0800-0188, 020-261 52 75 ...
  var PHONE_IN_TEXT = /(^|[^\d-])(11[23]|0[89]00-?\d{4}|0\d{1,3}-\d{3} ?\d{2} ?\d{2,3})(?![\d-])/g;
  var SAFE_HREF = /^(tel:\+?\d+|mailto:[^\s]+|https:\/\/[^\s]+)$/;
  var ESCAPES_FOR_EXIT = 3;
  // When "Verwijder mijn gesprek" could not reach the assistant.
  var FORGET_FAILED_TEXT =
    "Het verwijderen is nu niet gelukt. Probeer het later nog eens. " +
    "Oude gesprekken verwijderen we ook vanzelf.";
  var ESCAPE_WINDOW_MS = 1500;
  // The page's own words in English, for an English conversation (the bot's messages say
  // their language). Dutch is what index.html has; elements carry data-i18n keys.
  var ENGLISH = {
    quick_exit: "Quick exit",
    quick_exit_label: "Quick exit: close this page at once. Or press Escape 3 times.",
    lines_title: "Talk to someone now",
    danger_now: "Danger now?", call: "Call", or: "or",
    free_day_night: "(free, day and night)", day_night: "(day and night)",
    suicide: "Thinking about suicide?",
    typing: "Wegwijzer is writing an answer…",
    your_message: "Your message", placeholder: "Type your message here…", send: "Send",
    hint: "Enter = send. Shift + Enter = new line.", forget: "Delete my conversation",
    new_tab: " (opens in a new tab)"
  };
  var pageLanguage = "nl";

  var exitLink = document.getElementById("quick-exit");
  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var offlineBox = document.getElementById("offline");
  var typing = document.getElementById("typing");
  var forgetButton = document.getElementById("forget");

  var sender = newSenderId();
  var queue = Promise.resolve();
  var pending = 0;
  var leaving = false;
  var escapeTimes = [];

  // 128 random bits as 32 hex digits; the app refuses ids with fewer than 10 different
  // digits (a weak id could be guessed), so draw again in that rare case (1 in 10,000).
  function newSenderId() {
    var id = "";
    while (new Set(id).size < 10) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
    }
    return id;
  }

  // --- Quick exit -------------------------------------------------------------------

  function quickExit(event) {
    if (event) event.preventDefault();
    leaving = true;
    sender = null;
    log.textContent = "";
    input.value = "";
    offlineBox.hidden = true;
    typing.hidden = true;
    document.title = "";
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be blocked */ }
    // replace(): this page leaves the history, so Back does not bring it back.
    window.location.replace(exitLink.href);
  }

  function countEscape(event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    escapeTimes = escapeTimes.filter(function (t) { return now - t < ESCAPE_WINDOW_MS; });
    escapeTimes.push(now);
    if (escapeTimes.length >= ESCAPES_FOR_EXIT) quickExit(event);
  }

  // --- Rendering (textContent only: text from the server is shown, never run) --------

  function appendWithPhoneLinks(parent, text) {
    var last = 0;
    text.replace(PHONE_IN_TEXT, function (match, before, number, offset) {
      var start = offset + before.length;
      parent.appendChild(document.createTextNode(text.slice(last, start)));
      var link = document.createElement("a");
      link.href = "tel:" + number.replace(/\D/g, "");
      link.textContent = number;
      parent.appendChild(link);
      last = start + number.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function addLine(kind, text) {
    var item = document.createElement("li");
    item.className = kind;
    var who = document.createElement("span");
    who.className = "visually-hidden";
    who.textContent = kind === "user" ? "Jij: " : "Wegwijzer: ";
    item.appendChild(who);
    var body = document.createElement("span");
    if (kind === "bot") appendWithPhoneLinks(body, text);
    else body.textContent = text;
    item.appendChild(body);
    log.appendChild(item);
    item.scrollIntoView({ block: "nearest" });
    return item;
  }

  function addButtons(item, buttons) {
    var box = document.createElement("div");
    box.className = "buttons";
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b.title;
      button.addEventListener("click", function () {
        send(b.payload, b.title);
        input.focus();
      });
      box.appendChild(button);
    });
    item.appendChild(box);
  }

  // `verb` ("Bel", "Chat") gives the short form of the main way to reach them on a card;
  // without it the item shows the channel's own label and note.
  function channelItem(ch, verb) {
    var li = document.createElement("li");
    var href = typeof ch.href === "string" && SAFE_HREF.test(ch.href) ? ch.href : null;
    var target = document.createElement(href ? "a" : "span");
    target.className = "channel";
    if (verb) target.appendChild(document.createTextNode(verb + " "));
    else if (ch.label) target.appendChild(document.createTextNode(ch.label + ": "));
    var value = document.createElement("span");
    value.className = "value";
    // A web address is shown without "https://", which says nothing to most people.
    value.textContent = String(ch.value || "").replace(/^https:\/\//, "").replace(/\/$/, "");
    target.appendChild(value);
    if (href) {
      target.href = href;
      if (href.indexOf("https://") === 0) {
        target.rel = "noopener noreferrer";
        target.target = "_blank";
        var newTab = document.createElement("span");
        newTab.className = "visually-hidden";
        newTab.textContent = pageLanguage === "en" ? ENGLISH.new_tab : " (opent in een nieuw tabblad)";
        target.appendChild(newTab);
      }
    }
    li.appendChild(target);
    if (ch.availability) {
      var badge = document.createElement("span");
      badge.className = "badge" + (ch.open_now === false ? " closed" : "");
      badge.textContent = ch.availability;
      li.appendChild(document.createTextNode(" "));
      li.appendChild(badge);
    }
    if (ch.note && !verb) {
      var note = document.createElement("span");
      note.className = "note";
      note.textContent = ch.note;
      li.appendChild(note);
    }
    return li;
  }

  function paragraph(text, className) {
    var p = document.createElement("p");
    if (className) p.className = className;
    p.textContent = text;
    return p;
  }

  // A card shows the name, one line why and one way to reach them now; what happens there,
  // the other ways and the other reasons sit in a native <details> ("Meer over ...").
  function organisationCard(org, labels) {
    var card = document.createElement("section");
    card.className = "card";
    var title = document.createElement("h3");
    title.textContent = org.name;
    card.appendChild(title);
    var why = org.why || [];
    var summary = org.summary;
    if (summary) card.appendChild(paragraph(summary));
    var channels = org.channels || [];
    var main = typeof org.main === "number" && channels[org.main] ? org.main : 0;
    var list = document.createElement("ul");
    list.className = "main";
    if (channels.length) list.appendChild(channelItem(channels[main], labels.verbs[channels[main].kind] || ""));
    card.appendChild(list);

    var more = document.createElement("details");
    var label = document.createElement("summary");
    label.textContent = org.more_label;
    more.appendChild(label);
    why.forEach(function (reason) { if (reason !== summary) more.appendChild(paragraph(reason)); });
    if (typeof org.what_to_expect === "string" && org.what_to_expect) {
      more.appendChild(paragraph(labels.expect + " " + org.what_to_expect, "expect"));
    }
    if (channels.length) {
      more.appendChild(paragraph(labels.other + ":", "other"));
      var all = document.createElement("ul");
      channels.forEach(function (ch) { all.appendChild(channelItem(ch)); });
      more.appendChild(all);
    }
    if (more.childNodes.length > 1) card.appendChild(more);
    return card;
  }

  function isCardPayload(payload) {
    return payload && payload.type === "organisaties" && Array.isArray(payload.organisations);
  }

  // Organisation cards of the `custom` payload, inside the bubble of their message.
  function addCards(item, payload) {
    var labels = payload.labels;  // actions/cards.py: the card's words in the conversation's language
    var box = document.createElement("div");
    box.className = "cards";
    payload.organisations.forEach(function (org) { box.appendChild(organisationCard(org, labels)); });
    item.appendChild(box);
  }

  // One message is one bubble: its text, its cards and its buttons. "Meer over ..." buttons
  // are for clients without cards; here the cards' <details> do that.
  // Switch the page's own words once the conversation turns out to be English.
  function followLanguage(language) {
    if (language !== "en" || pageLanguage === "en") return;
    pageLanguage = "en";
    document.documentElement.lang = "en";
    document.querySelectorAll("[data-i18n]").forEach(function (element) {
      var text = ENGLISH[element.getAttribute("data-i18n")];
      if (text) element.textContent = text;
    });
    document.querySelectorAll("[data-i18n-label]").forEach(function (element) {
      var text = ENGLISH[element.getAttribute("data-i18n-label")];
      if (text) element.setAttribute("aria-label", text);
    });
    document.querySelectorAll("[data-i18n-placeholder]").forEach(function (element) {
      var text = ENGLISH[element.getAttribute("data-i18n-placeholder")];
      if (text) element.setAttribute("placeholder", text);
    });
  }

  function showReplies(messages) {
    messages.forEach(function (m) {
      followLanguage(m.language || (m.custom && m.custom.language));
      var cards = isCardPayload(m.custom) ? m.custom : null;
      var item = null;
      // With cards, the numbered lines of the text are the cards: show the words around them.
      var lead = cards && typeof cards.lead === "string" ? cards.lead : null;
      if (lead !== null) {
        item = addLine("bot", lead);
      } else if (typeof m.text === "string") {
        item = addLine("bot", m.text);
      } else if (cards) {
        item = addLine("bot", "");
      }
      if (!item) return;
      if (cards) {
        item.classList.add("with-cards");
        addCards(item, cards);
        if (typeof cards.after === "string" && cards.after) {
          var after = document.createElement("span");
          after.className = "after";
          appendWithPhoneLinks(after, cards.after);
          item.appendChild(after);
        }
      }
      var buttons = Array.isArray(m.buttons) ? m.buttons.filter(function (b) {
        return !(cards && String(b.payload || "").indexOf("/more_about") === 0);
      }) : [];
      if (buttons.length) addButtons(item, buttons);
    });
  }

  // --- Talking to the app -----------------------------------------------------------

  function setBusy(delta) {
    pending += delta;
    typing.hidden = pending === 0;
    log.setAttribute("aria-busy", pending === 0 ? "false" : "true");
  }

  function post(message, from) {
    return fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: from, message: message }),
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer"
    }).then(function (response) { return response.json(); });
  }

  // One message at a time, so the answers come in the order of the questions.
  function send(message, shownText) {
    if (leaving) return queue;
    var asked = addLine("user", shownText);
    setBusy(1);
    var from = sender;  // fixed now: "Verwijder mijn gesprek" may start a new one meanwhile
    queue = queue.then(function () {
      return post(message, from).then(function (data) {
        if (leaving) return;
        offlineBox.hidden = !data.degraded;
        showReplies(Array.isArray(data.messages) ? data.messages : []);
        // The person's own message at the top, the answer below it: one screen on a phone.
        asked.scrollIntoView({ block: "start" });
      }, function () {
        if (leaving) return;
        offlineBox.hidden = false;
        addLine("bot", UNREACHABLE_TEXT);
      });
    }).then(function () { setBusy(-1); });
    return queue;
  }

  // "Verwijder mijn gesprek": the assistant deletes the conversation (after the messages
  // still on their way), this page forgets it too, and what comes next is a new one. The
  // assistant checks a typed request with a yes/no question; the click is the "yes".
  function forgetConversation() {
    if (leaving) return;
    var from = sender;
    sender = newSenderId();
    log.textContent = "";
    input.value = "";
    setBusy(1);
    queue = queue.then(function () {
      return post("/forget_conversation", from).then(function (asked) {
        if (asked.degraded) return asked;
        return post("/affirm", from);
      }).then(function (data) {
        if (leaving) return;
        log.textContent = "";  // answers to earlier messages that arrived meanwhile go too
        offlineBox.hidden = !data.degraded;
        if (data.degraded) addLine("bot", FORGET_FAILED_TEXT);
        else showReplies(Array.isArray(data.messages) ? data.messages : []);
      }, function () {
        if (leaving) return;
        offlineBox.hidden = false;
        addLine("bot", FORGET_FAILED_TEXT);
      });
    }).then(function () { setBusy(-1); });
    input.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  exitLink.addEventListener("click", quickExit);
  forgetButton.addEventListener("click", forgetConversation);
  document.addEventListener("keydown", countEscape);
  // Brought back from the browser's back/forward cache: start clean, show nothing old.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) window.location.reload();
  });

  send("/greet", "Hoi");
})();
