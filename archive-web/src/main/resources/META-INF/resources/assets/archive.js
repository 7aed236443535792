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

  document.addEventListener("DOMContentLoaded", function () {
    focusAnnouncements();
    enhanceBusyForms();
    enhanceBulkUpload();
  });
})();
