// Wegwijzer chat page. No cookies, no localStorage: the conversation id lives in memory
// only, and a new page load starts a new, anonymous conversation.
(function () {
  "use strict";

  // Said when this app itself cannot be reached; the same numbers stand in the page.
  var UNREACHABLE_TEXT =
    "De chat is nu niet bereikbaar. Bel bij gevaar 112. " +
    "Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht). Veilig Thuis: 0800-2000.";
  // Phone numbers in bot text become tel: links: 112, 113, 0800-1234, 020-261 52 75 ...
  var PHONE_IN_TEXT = /(^|[^\d-])(11[23]|0[89]00-?\d{4}|0\d{1,3}-\d{3} ?\d{2} ?\d{2,3})(?![\d-])/g;
  var SAFE_HREF = /^(tel:\+?\d+|mailto:[^\s]+|https:\/\/[^\s]+)$/;
  var ESCAPES_FOR_EXIT = 3;
  // When "Verwijder mijn gesprek" could not reach the assistant.
  var FORGET_FAILED_TEXT =
    "Het verwijderen is nu niet gelukt. Probeer het later nog eens. " +
    "Oude gesprekken verwijderen we ook vanzelf.";
  var ESCAPE_WINDOW_MS = 1500;

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

  function channelItem(ch) {
    var li = document.createElement("li");
    var href = typeof ch.href === "string" && SAFE_HREF.test(ch.href) ? ch.href : null;
    var target = document.createElement(href ? "a" : "span");
    target.className = "channel";
    if (ch.label) target.appendChild(document.createTextNode(ch.label + ": "));
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
        newTab.textContent = " (opent in een nieuw tabblad)";
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
    if (ch.note) {
      var note = document.createElement("span");
      note.className = "note";
      note.textContent = ch.note;
      li.appendChild(note);
    }
    return li;
  }

  function organisationCard(org) {
    var card = document.createElement("section");
    card.className = "card";
    var title = document.createElement("h3");
    title.textContent = org.name;
    card.appendChild(title);
    (org.why || []).forEach(function (reason) {
      var p = document.createElement("p");
      p.textContent = reason;
      card.appendChild(p);
    });
    var list = document.createElement("ul");
    (org.channels || []).forEach(function (ch) { list.appendChild(channelItem(ch)); });
    card.appendChild(list);
    if (typeof org.what_to_expect === "string" && org.what_to_expect) {
      var expect = document.createElement("p");
      expect.className = "expect";
      expect.textContent = "Wat gebeurt er? " + org.what_to_expect;
      card.appendChild(expect);
    }
    return card;
  }

  // Organisation cards from the `custom` payload of action_help_cards.
  function addCards(payload) {
    if (!payload || payload.type !== "organisaties" || !Array.isArray(payload.organisations)) return;
    var item = document.createElement("li");
    item.className = "bot cards";
    payload.organisations.forEach(function (org) { item.appendChild(organisationCard(org)); });
    log.appendChild(item);
  }

  function showReplies(messages) {
    // A referral comes twice: as text (for clients without cards) and as cards that carry
    // the same text; the page shows only the cards.
    var shownAsCards = {};
    messages.forEach(function (m) {
      if (m.custom && typeof m.custom.text === "string") shownAsCards[m.custom.text] = true;
    });
    messages.forEach(function (m) {
      if (typeof m.text === "string" && !shownAsCards[m.text]) {
        var item = addLine("bot", m.text);
        if (Array.isArray(m.buttons) && m.buttons.length) addButtons(item, m.buttons);
      }
      if (m.custom) addCards(m.custom);
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
    addLine("user", shownText);
    setBusy(1);
    var from = sender;  // fixed now: "Verwijder mijn gesprek" may start a new one meanwhile
    queue = queue.then(function () {
      return post(message, from).then(function (data) {
        if (leaving) return;
        offlineBox.hidden = !data.degraded;
        showReplies(Array.isArray(data.messages) ? data.messages : []);
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
