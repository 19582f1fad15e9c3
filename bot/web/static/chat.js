// Wegwijzer chat page. No cookies, no localStorage: the conversation id lives in memory
// only, and a new page load starts a new, anonymous conversation.
(function () {
  "use strict";
  var NEUTRAL_SITE = "https://www.google.nl/search?q=weer";
  var sender = newSenderId();
  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var statusBox = document.getElementById("status");
  var escapes = [];

  function newSenderId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function quickExit() {
    log.textContent = "";
    input.value = "";
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be blocked */ }
    window.location.replace(NEUTRAL_SITE);
  }

  function addLine(kind, text) {
    var item = document.createElement("li");
    item.className = kind;
    item.textContent = text; // never innerHTML: text is shown, not run
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function addButtons(item, buttons) {
    var box = document.createElement("div");
    box.className = "buttons";
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = b.title;
      button.addEventListener("click", function () { send(b.payload, b.title); });
      box.appendChild(button);
    });
    item.appendChild(box);
  }

  // Organisation cards from the `custom` payload of action_help_cards.
  function addCards(payload) {
    if (!payload || payload.type !== "organisaties" || !Array.isArray(payload.organisations)) return;
    var item = document.createElement("li");
    item.className = "bot cards";
    payload.organisations.forEach(function (org) {
      var cardEl = document.createElement("section");
      cardEl.className = "card";
      var title = document.createElement("h2");
      title.textContent = org.name;
      cardEl.appendChild(title);
      (org.why || []).forEach(function (reason) {
        var p = document.createElement("p");
        p.textContent = reason;
        cardEl.appendChild(p);
      });
      var list = document.createElement("ul");
      (org.channels || []).forEach(function (ch) {
        var li = document.createElement("li");
        var safeHref = typeof ch.href === "string" && /^(tel:|mailto:|https:\/\/)/.test(ch.href) ? ch.href : null;
        var target = document.createElement(safeHref ? "a" : "span");
        if (safeHref) {
          target.href = safeHref;
          if (safeHref.indexOf("https://") === 0) { target.rel = "noopener noreferrer"; target.target = "_blank"; }
        }
        target.textContent = (ch.label ? ch.label + ": " : "") + ch.value;
        li.appendChild(target);
        if (ch.availability) {
          var badge = document.createElement("span");
          badge.className = "badge" + (ch.open_now === false ? " closed" : "");
          badge.textContent = ch.availability;
          li.appendChild(badge);
        }
        list.appendChild(li);
      });
      cardEl.appendChild(list);
      item.appendChild(cardEl);
    });
    log.appendChild(item);
  }

  function showStatus(text) {
    statusBox.textContent = text;
    statusBox.hidden = !text;
  }

  function send(message, shownText) {
    addLine("user", shownText);
    return fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: message }),
      credentials: "omit",
      cache: "no-store"
    }).then(function (response) { return response.json(); })
      .then(function (data) {
        showStatus(data.degraded ? "De chat werkt nu niet goed. De nummers hierboven werken wel." : "");
        (data.messages || []).forEach(function (m) {
          if (typeof m.text === "string") {
            var item = addLine("bot", m.text);
            if (Array.isArray(m.buttons) && m.buttons.length) addButtons(item, m.buttons);
          }
          if (m.custom) addCards(m.custom);
        });
      })
      .catch(function () {
        showStatus("De chat is nu niet bereikbaar. Bel bij gevaar 112. Centrum Seksueel Geweld: 0800-0188 (gratis, dag en nacht). Veilig Thuis: 0800-2000.");
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text, text);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  document.getElementById("quick-exit").addEventListener("click", quickExit);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 1500; });
    escapes.push(now);
    if (escapes.length >= 3) quickExit();
  });

  send("/greet", "Hoi");
})();
