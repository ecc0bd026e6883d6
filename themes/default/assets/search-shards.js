// PlanPress search across a portal's plans, its index in pieces (written by SearchShards): a word's
// bucket (search/terms-N.js) gives the entries it is in, and only the chunks of the results shown
// (search/entries-N.js) are loaded, so a phone loads a few hundred kilobytes, not every plan's
// entries; the plans (search/plans.js) are loaded beside the page. Words are cut and folded exactly
// as the build cut and folded them.
(function () {
  'use strict';
  var script = document.currentScript;
  var base = script.dataset.shards;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var others = document.getElementById('search-plans');
  var plan = document.getElementById('search-plan');
  var SHOWN = 50, BUCKETS = 512, CHUNK = 200;
  var buckets = {}, chunks = {}, loading = {}, plans = [];

  window.planpressSearch = {
    terms: function (n, terms) { buckets[n] = terms; },
    entries: function (n, rows) { chunks[n] = rows; },
    plans: function (rows) { plans = rows.map(function (r) { return { slug: r[0], name: r[1], start: r[2] }; }); },
    // The search under way (resolved once its results are shown), for a page that waits on it.
    shown: Promise.resolve(),
    // Every entry of the index, chunk after chunk: for a tool that checks the index whole.
    everything: async function () {
      var all = [];
      for (var c = 0; ; c++) {
        await load('entries-' + c + '.js');
        if (!chunks[c]) { return all; }
        chunks[c].forEach(function (row) { all.push({ title: row[0], url: row[2], plan: row[3] }); });
      }
    }
  };

  // A piece of the index, added as a script (so that it also loads from a folder on disk), once.
  function load(file) {
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve) {
        var piece = document.createElement('script');
        piece.src = base + file;
        piece.onload = piece.onerror = function () { resolve(); };
        document.head.append(piece);
      });
    }
    return loading[file];
  }

  var say = window.planpressWords.say;
  var fold = window.planpressWords.fold;

  // MiniSearch's tokenizer, then the fold both searches share.
  function terms(text) {
    return Array.from(new Set(text.split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean).map(fold).filter(Boolean)));
  }
  function bucket(term) {
    var hash = 2166136261;
    for (var i = 0; i < term.length; i++) { hash = Math.imul(hash ^ term.charCodeAt(i), 16777619) >>> 0; }
    return hash % BUCKETS;
  }
  // A word's entries: their numbers, each written as its distance from the one before, in base 36;
  // "~k" is k more numbers, each one after the one before.
  function entries(term) {
    var listed = (buckets[bucket(term)] || {})[term];
    var n = 0, ids = [];
    (listed ? listed.split(',') : []).forEach(function (d) {
      if (d.charAt(0) === '~') {
        for (var k = parseInt(d.slice(1), 36); k > 0; k--) { ids.push(++n); }
      } else {
        ids.push(n += parseInt(d, 36));
      }
    });
    return ids;
  }

  // The plans, loaded beside the page rather than written into it (a state's list of plans is most
  // of a page's weight): they fill the list that narrows a search to one plan, and name the plan of
  // each result past those shown.
  var params = new URLSearchParams(location.search);
  // Without them (the piece failed to load, or a theme has no list) the search is across every plan.
  var plansLoaded = load('plans.js').then(function () {
    if (!plan) { return; }
    plans.forEach(function (p) { plan.append(new Option(p.name, p.slug)); });
    plan.value = params.get('plan') || plan.value;
    var holder = plan.closest('.search-in');
    if (holder) { holder.hidden = plans.length === 0; }
  });
  // Each plan's entries run from its start to the next plan's: the plan of an entry, without loading it.
  function planOf(id) {
    var low = 0, high = plans.length - 1, found = null;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (plans[middle].start <= id) { found = plans[middle]; low = middle + 1; } else { high = middle - 1; }
    }
    return found;
  }

  var asked = 0;
  async function show(query) {
    var ask = ++asked;
    list.replaceChildren();
    others.replaceChildren();
    more.hidden = true;
    var words = terms(query);
    if (!words.length) { status.textContent = ''; list.setAttribute('aria-busy', 'false'); return; }
    list.setAttribute('aria-busy', 'true');
    await Promise.all(words.map(function (w) { return load('terms-' + bucket(w) + '.js'); }));
    if (ask !== asked) { return; }
    // Whole words, all of them: the entries every word is in.
    var found = words.map(entries).reduce(function (all, these) {
      var set = new Set(these);
      return all.filter(function (id) { return set.has(id); });
    });
    var only = plan ? plan.value : '';
    if (only || found.length > SHOWN) { await plansLoaded; }
    if (ask !== asked) { return; }
    if (only) { found = found.filter(function (id) { var p = planOf(id); return p && p.slug === only; }); }
    var shown = found.slice(0, SHOWN);
    await Promise.all(Array.from(new Set(shown.map(function (id) { return Math.floor(id / CHUNK); })))
      .map(function (c) { return load('entries-' + c + '.js'); }));
    if (ask !== asked) { return; }
    status.textContent = found.length === 0
      ? say(script.dataset.none, [query])
      : say(found.length === 1 ? script.dataset.one : script.dataset.some, [found.length, query]);
    shown.forEach(function (id) {
      var row = (chunks[Math.floor(id / CHUNK)] || [])[id % CHUNK];
      if (!row) { return; }
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = row[2];
      link.textContent = row[0];
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = row[1];
      item.append(link, ' ', kind);
      list.append(item);
    });
    // The rest, plan by plan: every plan that holds the words, each leading to its own search.
    var rest = {};
    found.slice(SHOWN).forEach(function (id) { var p = planOf(id); if (p) { rest[p.slug] = (rest[p.slug] || 0) + 1; } });
    plans.filter(function (p) { return rest[p.slug]; }).forEach(function (p) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = p.slug + '/search.html?q=' + encodeURIComponent(query);
      link.textContent = say(script.dataset.planCount, [p.name, rest[p.slug]]);
      item.append(link);
      others.append(item);
    });
    more.hidden = others.children.length === 0;
    list.setAttribute('aria-busy', 'false');
  }

  input.value = params.get('q') || '';
  function search() { window.planpressSearch.shown = show(input.value); }
  window.planpressSearch.shown = (params.get('plan') ? plansLoaded : Promise.resolve()).then(function () { return show(input.value); });
  input.addEventListener('input', search);
  if (plan) { plan.addEventListener('change', search); }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value) + (plan && plan.value ? '&plan=' + encodeURIComponent(plan.value) : ''));
    search();
  });
})();
