// PlanPress search: finds tasks, benchmarks, goals, activities, roles, terms and pages in the
// browser. The entries (search-index.js) are written by the build; MiniSearch does the matching.
(function () {
  'use strict';
  var script = document.currentScript;
  var form = document.querySelector('.search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  // On a portal's search, a plan chosen narrows the results to it.
  var plan = document.getElementById('search-plan');
  var search = null;

  var say = window.planpressWords.say;

  function show(query) {
    list.replaceChildren();
    if (!query.trim()) { status.textContent = ''; return; }
    // Whole words, all of them (accents and plurals folded); a page's own title ranks above what mentions it.
    var only = plan ? plan.value : '';
    var results = search.search(query, {
      prefix: false, fuzzy: false, combineWith: 'AND', boost: { title: 3 }, boostDocument: boostPage,
      filter: function (result) { return !only || result.plan === only; }
    });
    // The count says how many are listed, in the singular for one.
    status.textContent = results.length === 0
      ? say(script.dataset.none, [query])
      : say(results.length === 1 ? script.dataset.one : script.dataset.some, [results.length, query]);
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.title;
      var kind = document.createElement('span');
      kind.className = 'search-kind';
      kind.textContent = result.kind;
      item.append(link, ' ', kind);
      list.append(item);
    });
  }

  // The site's pages, roles, people and goals: a search for their name leads there first.
  function boostPage(id) {
    return /^([^:]*:)?(site|page|role|person|goal)-/.test(id) ? 2 : 1;
  }

  search = new MiniSearch({ fields: ['title', 'text', 'kind'], storeFields: ['title', 'kind', 'url', 'plan'], processTerm: window.planpressWords.fold });
  search.addAll(window.planpressSearchIndex);
  var params = new URLSearchParams(location.search);
  var query = params.get('q') || '';
  input.value = query;
  if (plan) { plan.value = params.get('plan') || ''; }
  show(query);
  input.addEventListener('input', function () { show(input.value); });
  if (plan) { plan.addEventListener('change', function () { show(input.value); }); }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value) + (plan && plan.value ? '&plan=' + encodeURIComponent(plan.value) : ''));
    show(input.value);
  });
})();
