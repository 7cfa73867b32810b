// Keeps what a member types in this browser until the portal has saved it, and brings it back.
//
// The pages work without this script. With it, a form marked data-draft="KEY" is copied to localStorage as
// the member types, under the signed-in member and the key. When the page loads again (after a reload, a
// navigation, an expired sign-in or a refused save), an unsaved draft is put back into the form with a note
// and a button to discard it. A draft also keeps the revision its form was based on (inputs marked
// data-draft-base), so saving it after the answer changed elsewhere shows the member both versions instead of
// overwriting. The note goes before the element marked data-draft-note-here, if any. A draft is dropped once
// the saved values (data-saved) equal it, or when the page names it in data-forget-draft (a key, or a prefix
// ending in "*").
(function () {
  "use strict";

  const PREFIX = "cpd-draft:v1:";
  const UNSAVED = "Unsaved changes, kept in this browser";
  const member = document.body.getAttribute("data-member");
  const storage = openStorage();
  if (!member || !storage) {
    return;
  }

  function openStorage() {
    try {
      const probe = PREFIX + "probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (unavailable) {
      return null;
    }
  }

  const storageKey = (key) => PREFIX + member + ":" + key;
  const normal = (text) => (text || "").replace(/\r\n?/g, "\n");

  function read(key) {
    try {
      const draft = JSON.parse(storage.getItem(storageKey(key)) || "null");
      return draft && typeof draft.fields === "object" ? draft : null;
    } catch (damaged) {
      return null;
    }
  }

  function write(key, draft) {
    try {
      storage.setItem(storageKey(key), JSON.stringify(draft));
    } catch (full) {
      // Storage is full or refused: the form still holds the text, as it would without this script.
    }
  }

  function forget(pattern) {
    if (!pattern.endsWith("*")) {
      storage.removeItem(storageKey(pattern));
      return;
    }
    const prefix = storageKey(pattern.slice(0, -1));
    const doomed = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key && key.startsWith(prefix)) {
        doomed.push(key);
      }
    }
    doomed.forEach((key) => storage.removeItem(key));
  }

  const fieldsOf = (form) => Array.from(form.querySelectorAll("[data-draft-field]"));
  const basesOf = (form) => Array.from(form.querySelectorAll("[data-draft-base]"));

  function collect(elements, valueOf) {
    const values = {};
    elements.forEach((element) => { values[element.name] = valueOf(element); });
    return values;
  }

  function same(a, b) {
    const names = new Set(Object.keys(a).concat(Object.keys(b)));
    return Array.from(names).every((name) => normal(a[name]) === normal(b[name]));
  }

  function Draft(form) {
    const key = form.getAttribute("data-draft");
    const status = form.querySelector("[data-draft-status]");
    const statusText = status ? status.textContent.trim() : "";
    const pageBase = collect(basesOf(form), (input) => input.value);
    const saved = () => collect(fieldsOf(form), (field) => normal(field.getAttribute("data-saved")));
    const current = () => collect(fieldsOf(form), (field) => normal(field.value));
    let note = null;

    function markUnsaved(unsaved) {
      if (status) {
        status.classList.toggle("unsaved", unsaved);
        status.textContent = unsaved ? UNSAVED : statusText;
      }
    }

    function remember() {
      const values = current();
      if (same(values, saved())) {
        forget(key);
        markUnsaved(false);
        return;
      }
      const base = collect(basesOf(form), (input) => input.value);
      write(key, { fields: values, base: base, savedAt: new Date().toISOString() });
      markUnsaved(true);
    }

    function put(fields, base) {
      fieldsOf(form).forEach((field) => {
        if (Object.prototype.hasOwnProperty.call(fields, field.name)) {
          field.value = fields[field.name];
        }
      });
      basesOf(form).forEach((input) => {
        if (Object.prototype.hasOwnProperty.call(base, input.name)) {
          input.value = base[input.name];
        }
      });
    }

    function discard() {
      put(saved(), pageBase);
      forget(key);
      markUnsaved(false);
      if (note) {
        note.remove();
        note = null;
      }
      const first = fieldsOf(form)[0];
      if (first) {
        first.focus();
      }
    }

    function showNote(draft) {
      note = document.createElement("div");
      note.className = "draft-offer";
      note.setAttribute("role", "status");
      const text = document.createElement("p");
      const when = new Date(draft.savedAt);
      const at = when.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
      text.textContent = "We put back what you typed here on " + at +
        ", which was not saved yet. Save it, or discard it to see the saved version.";
      note.appendChild(text);
      if (!same(draft.base || {}, pageBase)) {
        const moved = document.createElement("p");
        moved.textContent = "This was also changed elsewhere since you typed it: saving shows you both versions.";
        note.appendChild(moved);
      }
      const buttons = document.createElement("div");
      buttons.className = "buttons";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button secondary";
      button.textContent = "Discard draft";
      button.addEventListener("click", discard);
      buttons.appendChild(button);
      note.appendChild(buttons);
      const place = form.querySelector("[data-draft-note-here]") || form.firstElementChild;
      place.parentNode.insertBefore(note, place);
      const disclosure = form.closest("details");
      if (disclosure) {
        disclosure.open = true;
      }
    }

    function restore() {
      const draft = read(key);
      if (draft && same(draft.fields, saved())) {
        forget(key);
        return;
      }
      if (!draft) {
        // The page itself shows unsaved input (a refused save): keep it as a draft too.
        if (!same(current(), saved())) {
          remember();
        }
        return;
      }
      if (!same(draft.fields, current())) {
        put(draft.fields, draft.base || {});
        showNote(draft);
      }
      markUnsaved(true);
    }

    form.addEventListener("input", remember);
    form.addEventListener("change", remember);
    restore();
  }

  document.querySelectorAll("[data-forget-draft]").forEach((element) => {
    const pattern = element.getAttribute("data-forget-draft");
    if (pattern) {
      forget(pattern);
    }
  });
  document.querySelectorAll("form[data-draft]").forEach((form) => Draft(form));
})();
