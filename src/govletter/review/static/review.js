// govletter review: the index (filter, sort, pages, keys) and the letter page (boxes, fields, edits).
// Every value from a document is put into the page as text (textContent), never as HTML.
"use strict";

const STORE = "govletter-review-corrections";  // {"<sha256>|<field>": record}
const REVIEWER = "govletter-reviewer";
const PAGE_SIZE = 100;

function loadEdits() {
  try { return JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { return {}; }
}
function saveEdits(edits) { localStorage.setItem(STORE, JSON.stringify(edits)); showPending(); }

function showPending() {
  const n = Object.keys(loadEdits()).length;
  const el = document.getElementById("pending");
  if (el) el.textContent = n + (n === 1 ? " edit" : " edits");
}

// Download ``records`` as a corrections file called ``name``.
function download(records, name) {
  records.sort((a, b) => (a.file + a.field).localeCompare(b.file + b.field));
  const text = JSON.stringify({format: "govletter-corrections", version: 1, corrections: records}, null, 2);
  const url = URL.createObjectURL(new Blob([text + "\n"], {type: "application/json"}));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Every edit this page's store holds (Firefox keeps one store per page opened from the file system).
function exportEdits() { download(Object.values(loadEdits()), "corrections.json"); }

// This letter's edits only, named after its page: corrections-<slug>.json.
function exportLetter() {
  const sha256 = document.body.dataset.sha256;
  download(Object.values(loadEdits()).filter(r => r.sha256 === sha256),
           "corrections-" + document.body.dataset.slug + ".json");
}

function setupToolbar() {
  const who = document.getElementById("reviewer");
  if (who) {
    who.value = localStorage.getItem(REVIEWER) || "";
    who.addEventListener("change", () => localStorage.setItem(REVIEWER, who.value.trim()));
  }
  const button = document.getElementById("export");
  if (button) button.addEventListener("click", exportEdits);
  const mine = document.getElementById("export-letter");
  if (mine) mine.addEventListener("click", exportLetter);
  const hint = document.getElementById("file-hint");
  if (hint) hint.hidden = window.location.protocol !== "file:";
  showPending();
}

// ------------------------------------------------------------------ index

function text(v) { return v === null || v === undefined ? "" : String(v); }

function setupIndex() {
  const rows = JSON.parse(document.getElementById("index-data").textContent);
  const state = {sort: "file", dir: 1, page: 0, current: 0, shown: rows};
  const q = document.getElementById("q");
  const selects = {status: "f-status", warning: "f-warning", office: "f-office", year: "f-year"};

  function fill(id, values) {
    const sel = document.getElementById(id);
    [...new Set(values)].filter(v => v).sort().forEach(v => {
      const o = document.createElement("option");
      o.value = v; o.textContent = v; sel.appendChild(o);
    });
  }
  fill(selects.status, rows.map(r => r.status));
  fill(selects.warning, rows.flatMap(r => r.warnings));
  fill(selects.office, rows.map(r => r.signer));
  fill(selects.year, rows.map(r => r.year));

  function counts() {
    const box = document.getElementById("counts");
    box.textContent = "";
    const by = {};
    rows.forEach(r => { by[r.status] = (by[r.status] || 0) + 1; });
    const parts = [["letters", rows.length], ...["ok", "warnings", "missing fields", "failed"].map(s => [s, by[s] || 0]),
                   ["shown", state.shown.length]];
    parts.forEach(([k, v]) => {
      const s = document.createElement("span");
      s.dataset.count = k;
      s.textContent = k + ": " + v;
      box.appendChild(s);
    });
  }

  function filter() {
    const needle = q.value.trim().toLowerCase();
    const want = {};
    Object.entries(selects).forEach(([k, id]) => { want[k] = document.getElementById(id).value; });
    state.shown = rows.filter(r =>
      (!want.status || r.status === want.status) &&
      (!want.warning || r.warnings.includes(want.warning)) &&
      (!want.office || r.signer === want.office) &&
      (!want.year || r.year === want.year) &&
      (!needle || [r.file, r.doc_number, r.title, r.signer, r.date, r.proposal, r.error]
        .some(v => text(v).toLowerCase().includes(needle))));
    const key = state.sort, dir = state.dir;
    state.shown.sort((a, b) => {
      const x = a[key], y = b[key];
      if (typeof x === "number" && typeof y === "number") return (x - y) * dir;
      return text(x).localeCompare(text(y), "zh") * dir;
    });
    state.page = 0; state.current = 0;
    counts();
    draw();
  }

  function draw() {
    const body = document.querySelector("#letters tbody");
    body.textContent = "";
    const pages = Math.max(1, Math.ceil(state.shown.length / PAGE_SIZE));
    state.page = Math.min(Math.max(state.page, 0), pages - 1);
    const start = state.page * PAGE_SIZE;
    state.shown.slice(start, start + PAGE_SIZE).forEach((r, i) => {
      const tr = document.createElement("tr");
      tr.dataset.href = r.href;
      if (r.status === "failed") tr.classList.add("failed");
      const cells = [r.file, r.doc_number, r.title, r.date, r.signer, r.proposal, r.pages, r.read,
                     r.status + (r.error ? " — " + r.error : "") + (r.corrected ? " (" + r.corrected + " checked)" : "")];
      cells.forEach((v, c) => {
        const td = document.createElement("td");
        if (c === 0) {
          const a = document.createElement("a");
          a.href = r.href; a.textContent = text(v);
          td.appendChild(a);
        } else {
          td.textContent = text(v);
        }
        if (c === 8) td.className = "status-" + r.status.replace(" ", "-");
        tr.appendChild(td);
      });
      tr.addEventListener("click", () => { state.current = i; mark(); });
      body.appendChild(tr);
    });
    document.getElementById("page-of").textContent =
      "page " + (state.page + 1) + " of " + pages + " (" + state.shown.length + " letters)";
    document.getElementById("prev").disabled = state.page === 0;
    document.getElementById("next").disabled = state.page >= pages - 1;
    document.querySelectorAll("#letters th").forEach(th => {
      th.classList.toggle("sorted-asc", th.dataset.key === state.sort && state.dir === 1);
      th.classList.toggle("sorted-desc", th.dataset.key === state.sort && state.dir === -1);
    });
    mark();
  }

  function mark() {
    const trs = document.querySelectorAll("#letters tbody tr");
    state.current = Math.min(Math.max(state.current, 0), Math.max(trs.length - 1, 0));
    trs.forEach((tr, i) => tr.classList.toggle("current", i === state.current));
    if (trs[state.current]) trs[state.current].scrollIntoView({block: "nearest"});
  }

  function turn(by) { state.page += by; state.current = 0; draw(); }

  q.addEventListener("input", filter);
  Object.values(selects).forEach(id => document.getElementById(id).addEventListener("change", filter));
  document.getElementById("filters").addEventListener("submit", e => e.preventDefault());
  document.getElementById("prev").addEventListener("click", () => turn(-1));
  document.getElementById("next").addEventListener("click", () => turn(1));
  document.querySelectorAll("#letters th").forEach(th => {
    const sort = () => {
      state.dir = state.sort === th.dataset.key ? -state.dir : 1;
      state.sort = th.dataset.key;
      filter();
    };
    th.addEventListener("click", sort);
    th.addEventListener("keydown", e => { if (e.key === "Enter") sort(); });
  });
  document.addEventListener("keydown", e => {
    const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
    if (e.key === "/" && !typing) { e.preventDefault(); q.focus(); return; }
    if (typing && e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Enter") return;
    if (e.key === "ArrowDown" || (!typing && e.key === "j")) { e.preventDefault(); state.current++; mark(); }
    else if (e.key === "ArrowUp" || (!typing && e.key === "k")) { e.preventDefault(); state.current--; mark(); }
    else if (e.key === "PageDown") { e.preventDefault(); turn(1); }
    else if (e.key === "PageUp") { e.preventDefault(); turn(-1); }
    else if (e.key === "Enter") {
      const tr = document.querySelectorAll("#letters tbody tr")[state.current];
      if (tr) { e.preventDefault(); window.location.href = tr.dataset.href; }
    }
  });
  filter();
}

// ------------------------------------------------------------------ letter page

function select(name, scroll) {
  const row = document.getElementById("field-" + name);
  document.querySelectorAll(".selected").forEach(el => el.classList.remove("selected"));
  if (!row) return;
  row.classList.add("selected");
  const key = row.dataset.box;
  const marks = key ? document.querySelectorAll(':not(.field)[data-box="' + CSS.escape(key) + '"]') : [];
  marks.forEach(m => m.classList.add("selected"));
  if (marks.length && scroll === "box") marks[0].scrollIntoView({block: "center"});
  if (scroll === "field") row.scrollIntoView({block: "nearest"});
}

function parseValue(kind, raw) {
  const t = raw.trim();
  if (kind === "lines") {
    const items = raw.split("\n").map(s => s.trim()).filter(s => s);
    return items.length ? items : null;
  }
  if (!t) return null;
  if (kind === "int") return /^\d+$/.test(t) ? parseInt(t, 10) : null;
  if (kind === "date") return /^\d{4}-\d{2}(-\d{2})?$/.test(t) ? t : null;
  return t;
}

function showEdit(row, record) {
  row.classList.toggle("edited", !!record);
  row.querySelector("[data-act=undo]").hidden = !record;
  let note = row.querySelector(".pending");
  if (!record) { if (note) note.remove(); return; }
  if (!note) {
    note = document.createElement("div");
    note.className = "pending";
    row.querySelector(".value").after(note);
  }
  note.textContent = record.action === "set"
    ? "→ " + (Array.isArray(record.new) ? record.new.join("\n") : String(record.new))
    : (record.action === "absent" ? "→ marked absent" : "✓ marked right");
}

function setupLetter() {
  const sha256 = document.body.dataset.sha256, file = document.body.dataset.file;
  const keyOf = name => sha256 + "|" + name;

  function record(row, action, value) {
    const edits = loadEdits();
    const rec = {sha256: sha256, file: file, field: row.dataset.field, action: action,
                 old: JSON.parse(row.dataset.old), new: action === "set" ? value : null,
                 by: localStorage.getItem(REVIEWER) || null, at: new Date().toISOString()};
    edits[keyOf(rec.field)] = rec;
    saveEdits(edits);
    showEdit(row, rec);
  }

  function openEditor(row) {
    if (row.querySelector(".editor")) return;
    const kind = row.dataset.kind, old = JSON.parse(row.dataset.old);
    const pending = loadEdits()[keyOf(row.dataset.field)];
    const start = pending && pending.action === "set" ? pending.new : old;
    const long = kind === "lines" || kind === "paragraph" || (typeof start === "string" && start.length > 40);
    const input = document.createElement(long ? "textarea" : "input");
    input.className = "editor";
    if (long) input.rows = kind === "paragraph" ? 6 : 3;
    input.value = start === null || start === undefined ? "" : (Array.isArray(start) ? start.join("\n") : String(start));
    const save = document.createElement("button");
    save.type = "button"; save.textContent = "save"; save.className = "editor-save";
    const problem = document.createElement("span");
    problem.className = "editor-problem";
    save.addEventListener("click", e => {
      e.stopPropagation();
      const value = parseValue(kind, input.value);
      if (value === null) {
        problem.textContent = kind === "date" ? " a date is YYYY-MM-DD" : (kind === "int" ? " a number" : " empty: use absent");
        return;
      }
      record(row, "set", value);
      input.remove(); save.remove(); problem.remove();
    });
    input.addEventListener("click", e => e.stopPropagation());
    row.querySelector(".actions").before(input, save, problem);
    input.focus();
  }

  const edits = loadEdits();
  document.querySelectorAll(".field").forEach(row => {
    showEdit(row, edits[keyOf(row.dataset.field)]);
    row.addEventListener("click", () => select(row.dataset.field, "box"));
    row.addEventListener("keydown", e => { if (e.key === "Enter" && e.target === row) select(row.dataset.field, "box"); });
    row.querySelectorAll(".actions button").forEach(b => b.addEventListener("click", e => {
      e.stopPropagation();
      const act = b.dataset.act;
      if (act === "edit") openEditor(row);
      else if (act === "undo") {
        const all = loadEdits();
        delete all[keyOf(row.dataset.field)];
        saveEdits(all);
        showEdit(row, null);
      } else record(row, act, null);
    }));
  });
  document.querySelectorAll("[data-box]:not(.field)").forEach(box => box.addEventListener("click", () => {
    const row = document.querySelector('.field[data-box="' + CSS.escape(box.dataset.box) + '"]');
    if (row) select(row.dataset.field, "field");
  }));
  document.addEventListener("keydown", e => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    const link = e.key === "n" ? "next-letter" : (e.key === "p" ? "prev-letter" : null);
    const a = link && document.getElementById(link);
    if (a) window.location.href = a.href;
  });
  if (window.location.hash.startsWith("#field-")) select(decodeURIComponent(window.location.hash.slice(7)), "box");
}

document.addEventListener("DOMContentLoaded", () => {
  setupToolbar();
  if (document.body.classList.contains("index")) setupIndex();
  if (document.body.classList.contains("letter")) setupLetter();
});
