// The header's search box suggests pages as you type: the ARIA 1.2 combobox pattern over the
// network search's autocomplete API (search.api_views.AutocompleteApi). A progressive
// enhancement: the box is a plain search form without it, and this script adds every role
// and state it needs, so a browser without JavaScript never sees a combobox that does nothing.
(function () {
  "use strict";
  var input = document.querySelector("input[data-autocomplete]");
  if (!input || !input.form || !window.fetch || !window.URLSearchParams) return;

  var form = input.form;
  var list = document.createElement("ul");
  list.id = input.id + "-suggestions";
  list.className = "site-search__suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.getAttribute("data-autocomplete-label") || "");
  list.hidden = true;
  // Says how many suggestions came, once they come: a screen reader does not see the list open.
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.classList.add("site-search--enhanced");
  form.appendChild(list);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var items = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var asked = "";

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    highlight(-1);
  }

  function open() {
    if (!items.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, position) {
      option.setAttribute("aria-selected", position === index ? "true" : "false");
    });
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    var option = list.children[index];
    input.setAttribute("aria-activedescendant", option.id);
    if (option.scrollIntoView) option.scrollIntoView({ block: "nearest" });
  }

  function go(index) {
    window.location.assign(items[index].url);
  }

  function render(suggestions) {
    items = suggestions;
    list.textContent = "";
    suggestions.forEach(function (suggestion, index) {
      var option = document.createElement("li");
      option.id = list.id + "-" + index;
      option.className = "site-search__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var title = document.createElement("span");
      title.textContent = suggestion.title;
      var kind = document.createElement("span");
      kind.className = "site-search__kind";
      kind.textContent = suggestion.kind_label || "";
      option.appendChild(title);
      option.appendChild(kind);
      // Keep the focus in the box while the pointer chooses, as the pattern asks.
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
      });
      option.addEventListener("click", function () {
        go(index);
      });
      list.appendChild(option);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (suggestions.length) {
      open();
      status.textContent = (input.getAttribute("data-autocomplete-count") || "{count}").replace(
        "{count}",
        String(suggestions.length)
      );
    } else {
      close();
      status.textContent = asked ? input.getAttribute("data-autocomplete-none") || "" : "";
    }
  }

  function ask(query) {
    if (pending && pending.abort) pending.abort();
    pending = window.AbortController ? new AbortController() : null;
    var params = new URLSearchParams({ q: query, lang: document.documentElement.lang || "" });
    fetch(input.getAttribute("data-autocomplete") + "?" + params.toString(), {
      headers: { Accept: "application/json" },
      signal: pending ? pending.signal : undefined,
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        // An answer to an older query than the box now holds is dropped.
        if (input.value.trim() === query) render(data.suggestions || []);
      })
      .catch(function () {
        // Offline, aborted or refused: the form still submits to the search page.
      });
  }

  input.addEventListener("input", function () {
    var query = input.value.trim();
    window.clearTimeout(timer);
    if (query.length < 2) {
      asked = "";
      render([]);
      return;
    }
    timer = window.setTimeout(function () {
      asked = query;
      ask(query);
    }, 200);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "Down") {
      if (!items.length) return;
      event.preventDefault();
      open();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp" || event.key === "Up") {
      if (!items.length || list.hidden) return;
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      // With no suggestion chosen, Enter submits the search as it always did.
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        go(active);
      }
    } else if (event.key === "Escape" || event.key === "Esc") {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = "";
      }
    }
  });

  input.addEventListener("blur", function () {
    close();
  });
})();
