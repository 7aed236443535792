// archive — a little progressive enhancement. Every page works without it.
"use strict";

(function () {
  // Outcomes and results that arrive with a page get the keyboard and screen reader focus.
  function focusAnnouncements() {
    const target = document.querySelector("[data-autofocus]");
    if (target) {
      target.focus();
    }
  }

  // Long-running forms (the fixity audit) show an indeterminate progress bar while the server works.
  function enhanceBusyForms() {
    document.querySelectorAll("form[data-busy-form]").forEach(function (form) {
      form.addEventListener("submit", function () {
        const busy = form.querySelector("[data-busy]");
        const button = form.querySelector("button[type=submit]");
        if (busy) {
          busy.hidden = false;
        }
        if (button) {
          // Disabled after the submit has been dispatched, so the form still sends.
          setTimeout(function () { button.disabled = true; }, 0);
        }
      });
    });
  }

  // Bulk upload: send the chosen files one by one to the API, so the progress bar shows real progress and each
  // file's outcome appears as soon as it is known. Without JavaScript the form posts all files to the server.
  function enhanceBulkUpload() {
    const form = document.querySelector("form[data-bulk-upload]");
    if (!form || !window.fetch || !window.FormData) {
      return;
    }
    const input = form.querySelector("input[type=file]");
    const progress = document.querySelector("[data-bulk-progress]");
    const bar = progress.querySelector("[data-progress-bar]");
    const status = progress.querySelector("[data-progress-status]");
    const heading = progress.querySelector("h2");
    const report = document.querySelector("[data-bulk-report]");

    form.addEventListener("submit", async function (event) {
      const files = Array.from(input.files || []);
      if (files.length === 0 || !report) {
        return; // let the server explain what is missing
      }
      event.preventDefault();
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      const rows = report.querySelector("[data-report-rows]");
      rows.replaceChildren();
      report.hidden = true;
      progress.hidden = false;
      heading.textContent = "Uploading";
      bar.max = files.length;
      bar.value = 0;
      const counts = { imported: 0, duplicate: 0, rejected: 0 };

      for (let i = 0; i < files.length; i++) {
        status.textContent = "Uploading " + files[i].name + " (" + (i + 1) + " of " + files.length + ")…";
        const outcome = await upload(files[i]);
        counts[outcome.outcome]++;
        rows.appendChild(reportRow(files[i].name, outcome));
        report.hidden = false;
        bar.value = i + 1;
        if (outcome.signedOut) {
          status.textContent = "Your session has ended. Sign in again to upload the remaining files.";
          button.disabled = false;
          return;
        }
      }
      heading.textContent = "Upload finished";
      status.textContent = files.length + " of " + files.length + " files uploaded.";
      report.querySelector("[data-report-summary]").textContent = files.length
        + (files.length === 1 ? " file: " : " files: ") + counts.imported + " archived, " + counts.duplicate
        + " already archived, " + counts.rejected + " refused.";
      button.disabled = false;
      form.reset();
      heading.focus();
    });
  }

  /** The signed-in page's CSRF token (the cookie itself is HttpOnly), sent with every unsafe request. */
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  async function upload(file) {
    const body = new FormData();
    body.append("file", file, file.name);
    try {
      const response = await fetch("/api/v1/documents", {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRF-Token": csrfToken() }
      });
      const json = await response.json().catch(function () { return {}; });
      if (response.status === 201) {
        return { outcome: "imported", id: json.id, reason: "" };
      }
      if (response.status === 200) {
        return { outcome: "duplicate", id: json.id, reason: "already archived as " + json.id };
      }
      return {
        outcome: "rejected",
        reason: json.detail || ("the server answered " + response.status),
        signedOut: response.status === 401
      };
    } catch (error) {
      return { outcome: "rejected", reason: "the upload did not reach the archive (" + error.message + ")" };
    }
  }

  // Built with text nodes only: file names and server messages are shown, never interpreted as markup.
  function reportRow(name, outcome) {
    const row = document.createElement("tr");
    row.appendChild(cell(name));
    const badge = document.createElement("span");
    badge.className = "badge badge-" + outcome.outcome;
    badge.textContent = outcome.outcome;
    row.appendChild(cell(badge));
    if (outcome.id) {
      const link = document.createElement("a");
      link.className = "mono";
      link.href = "/documents/" + encodeURIComponent(outcome.id);
      link.textContent = outcome.id;
      row.appendChild(cell(link));
    } else {
      row.appendChild(cell(""));
    }
    row.appendChild(cell(outcome.reason || ""));
    return row;
  }

  function cell(content) {
    const td = document.createElement("td");
    if (typeof content === "string") {
      td.textContent = content;
    } else {
      td.appendChild(content);
    }
    return td;
  }


  // Cite box: a new style, format or "with source" choice re-renders the citation through the citation API, and
  // "any other style" searches all CSL styles. Without JavaScript the form reloads the page with the choice.
  function enhanceCiteBox() {
    const box = document.querySelector("[data-cite-box]");
    if (!box || !window.fetch) {
      return;
    }
    const form = box.querySelector("[data-cite-form]");
    const output = box.querySelector("[data-cite-output]");
    const anyStyle = box.querySelector("[data-cite-any-style]");
    const matches = box.querySelector("[data-cite-style-matches]");
    const status = box.querySelector("[data-copy-status]");

    async function render() {
      const data = new FormData(form);
      const style = (data.get("anyStyle") || "").trim() || data.get("style");
      const query = new URLSearchParams({ style: style, format: data.get("format") || "text" });
      // The API cites a rewrite with its source unless told otherwise.
      query.set("with", data.get("with") ? "source" : "none");
      status.textContent = "";
      const response = await fetch("/api/v1/documents/" + encodeURIComponent(box.dataset.document)
        + "/citation?" + query, { headers: { "Accept": "application/json" } });
      const json = await response.json().catch(function () { return {}; });
      const problem = box.querySelector("[data-cite-problem]");
      if (problem) {
        problem.remove();
      }
      output.hidden = false;
      // Shown as text: an HTML citation is markup to copy, never inserted into this page.
      output.textContent = response.ok ? json.citation : (json.detail || "The citation could not be rendered.");
      output.dataset.style = style;
      history.replaceState(null, "", "?" + query + "#cite");
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      render();
    });
    box.querySelectorAll("[data-cite-style], [data-cite-format], [data-cite-with]").forEach(function (input) {
      input.addEventListener("change", function () {
        if (input.matches("[data-cite-style]")) {
          anyStyle.value = "";
        }
        render();
      });
    });

    let pending;
    anyStyle.addEventListener("input", function () {
      clearTimeout(pending);
      const needle = anyStyle.value.trim();
      if (needle.length < 2) {
        return;
      }
      pending = setTimeout(async function () {
        const response = await fetch("/api/v1/styles?size=20&q=" + encodeURIComponent(needle));
        const json = await response.json().catch(function () { return { items: [] }; });
        matches.replaceChildren.apply(matches, (json.items || []).map(function (style) {
          const option = document.createElement("option");
          option.value = style.id;
          option.label = style.title;
          return option;
        }));
      }, 200);
    });
    anyStyle.addEventListener("change", function () {
      if (anyStyle.value.trim()) {
        render();
      }
    });
  }

  // Copy buttons (citations, a new API token): the clipboard API where the browser allows it, else a selection and
  // the copy command.
  function enhanceCopyButtons() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      const source = document.getElementById(button.dataset.copy);
      const status = button.parentElement.querySelector("[data-copy-status]");
      button.hidden = false;
      button.addEventListener("click", async function () {
        const text = source.textContent;
        let copied;
        try {
          await navigator.clipboard.writeText(text);
          copied = true;
        } catch (error) {
          copied = copyBySelection(source);
        }
        status.textContent = copied ? "Copied" : "Copying was refused: select the text and copy it.";
      });
    });
  }

  function copyBySelection(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return document.execCommand("copy");
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusAnnouncements();
    enhanceBusyForms();
    enhanceBulkUpload();
    enhanceCiteBox();
    enhanceCopyButtons();
  });
})();
