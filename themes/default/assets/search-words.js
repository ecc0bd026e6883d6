// What the plan's search (search.js) and a portal's (search-shards.js) share: a word folded as the
// build folds it for the portal's index (SearchShards.FoldTerm), and a message's values filled in.
window.planpressWords = (function () {
  'use strict';
  // Accents, case and plurals do not matter, in the plan or in the query: "protege" finds "Protégé",
  // "mentor" finds "Mentors", "activity" finds "activities"; on a Spanish page "mentores" finds
  // "mentor" and "actividades" "actividad".
  var spanish = (document.documentElement.lang || '').indexOf('es') === 0;
  function fold(term) {
    var word = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (spanish && word.length > 5 && /[rlnd]es$/.test(word)) { return word.slice(0, -2); }
    if (word.length > 4 && /ies$/.test(word)) { return word.slice(0, -3) + 'y'; }
    if (word.length > 3 && /[^s]s$/.test(word)) { return word.slice(0, -1); }
    return word;
  }

  function say(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return values[+i]; });
  }

  return { fold: fold, say: say };
})();
