// PlanPress checklists: what a mentor pair marks and writes on a month's checklist (does not
// apply, together, date, place, time, notes, their names) or on their Mentoring Action Plan is
// kept in this browser, per site and sheet, and is what prints. It can be saved to a file, opened again elsewhere, and cleared.
// Without this script the page is still a complete checklist to print and write on.
(function () {
  'use strict';
  var sheets = Array.prototype.slice.call(document.querySelectorAll('.sheet'));
  var tools = document.querySelector('.adapt-tools');
  if (sheets.length === 0 || !tools || !window.localStorage) { return; }
  var site = sheets[0].dataset.site;
  var prefix = 'planpress:' + site + ':';

  function key(sheet) { return prefix + sheet.dataset.month; }

  function read(month) {
    try { return JSON.parse(localStorage.getItem(prefix + month)) || {}; } catch (e) { return {}; }
  }

  function value(input) { return input.type === 'checkbox' ? input.checked : input.value; }

  function set(input, saved) {
    if (input.type === 'checkbox') { input.checked = !!saved; } else { input.value = saved || ''; }
  }

  function load(sheet) {
    var data = read(sheet.dataset.month);
    var items = data.items || {};
    sheet.querySelectorAll('[data-item]').forEach(function (item) {
      var saved = items[item.dataset.item] || {};
      item.querySelectorAll('input, textarea').forEach(function (input) { set(input, saved[input.name]); });
    });
    var names = data.names || {};
    sheet.querySelectorAll('.pair-names input').forEach(function (input) {
      if (Object.prototype.hasOwnProperty.call(names, input.name)) { input.value = names[input.name]; }
    });
    sheet.querySelector('textarea[name="notes"]').value = data.notes || '';
  }

  function save(sheet) {
    var data = { items: {}, names: {}, notes: sheet.querySelector('textarea[name="notes"]').value };
    sheet.querySelectorAll('[data-item]').forEach(function (item) {
      var entry = {};
      var filled = false;
      item.querySelectorAll('input, textarea').forEach(function (input) {
        if (value(input)) { entry[input.name] = value(input); filled = true; }
      });
      if (filled) { data.items[item.dataset.item] = entry; }
    });
    sheet.querySelectorAll('.pair-names input').forEach(function (input) { data.names[input.name] = input.value; });
    localStorage.setItem(key(sheet), JSON.stringify(data));
  }

  function say(text) { tools.querySelector('.adapt-status').textContent = text; }

  function exportAll() {
    var months = {};
    for (var i = 0; i < localStorage.length; i++) {
      var name = localStorage.key(i);
      if (name.indexOf(prefix) === 0) { months[name.slice(prefix.length)] = read(name.slice(prefix.length)); }
    }
    var blob = new Blob([JSON.stringify({ site: site, months: months }, null, 2)], { type: 'application/json' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = site + '-checklists.json';
    document.body.append(link);
    link.click();
    link.remove();
    say(tools.dataset.saved);
  }

  function importFile(file) {
    file.text().then(function (text) {
      var saved = JSON.parse(text);
      Object.keys(saved.months || {}).forEach(function (month) {
        localStorage.setItem(prefix + month, JSON.stringify(saved.months[month]));
      });
      sheets.forEach(load);
      say(tools.dataset.opened);
    });
  }

  sheets.forEach(function (sheet) {
    load(sheet);
    sheet.addEventListener('input', function () { save(sheet); });
    sheet.addEventListener('change', function () { save(sheet); });
  });

  tools.querySelectorAll('[disabled]').forEach(function (control) { control.disabled = false; });
  tools.querySelector('[data-action="print"]').addEventListener('click', function () { window.print(); });
  tools.querySelector('[data-action="export"]').addEventListener('click', exportAll);
  tools.querySelector('[data-action="import"]').addEventListener('change', function (event) {
    if (event.target.files.length > 0) { importFile(event.target.files[0]); }
  });
  var clear = tools.querySelector('[data-action="clear"]');
  clear.addEventListener('click', function () {
    if (!window.confirm(clear.dataset.confirm)) { return; }
    sheets.forEach(function (sheet) { localStorage.removeItem(key(sheet)); load(sheet); });
    say(tools.dataset.cleared);
  });

  // The footer says when the sheet was printed.
  window.addEventListener('beforeprint', function () {
    var today = new Date().toLocaleDateString(document.documentElement.lang, { year: 'numeric', month: 'long', day: 'numeric' });
    document.querySelectorAll('.printed-on').forEach(function (span) { span.textContent = today; });
  });
})();
