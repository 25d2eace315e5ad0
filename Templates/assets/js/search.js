/* Orgbook site search: no dependencies, works from a server and from file://.
 *
 * The layout needs only a placeholder and this script:
 *   <div class="search" id="site-search"></div>
 *   <script src="{{root}}assets/js/search.js" defer></script>
 * The script builds an accessible combobox in the placeholder and loads
 * `search-index.js` (window.ORGBOOK_SEARCH, written by SearchIndex.swift) with a
 * <script> tag on first use, since browsers block fetch() on file://.
 * Page links are made from the site root: <html data-root="../../"> (or the script's
 * data-root, or else the script's own URL). With data-offline on <html> or the script,
 * or on file://, links to folders get an explicit index.html.
 *
 * Tokenising, stemming and ranking mirror Sources/Site/Search/*.swift rule for rule.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var FORMAT_VERSION = 2;
  var PREFIX_WEIGHT = 0.5;
  var PREFIX_LIMIT = 50;
  var RESULT_LIMIT = 10;
  var ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

  // ---- text: the same folding, words and stems as SearchTokenizer/SearchStemmer ----

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  var WORD = /[\p{L}\p{N}]+/gu;

  function words(text) {
    return fold(text).match(WORD) || [];
  }

  function codePoints(word) {
    return Array.from(word).length;
  }

  function isVowel(c) {
    return 'aeiou'.indexOf(c) >= 0;
  }

  function ends(w, suffix) {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  }

  function stem(word) {
    var w = word;
    if (w.length < 4 || !/^[a-z]+$/.test(w)) return word;

    if (ends(w, 'sses')) w = w.slice(0, -2);
    else if (ends(w, 'ies')) w = w.slice(0, -2);
    else if (ends(w, 'ss') || ends(w, 'us') || (ends(w, 'is') && w.length >= 5)) { /* not a plural */ }
    else if (ends(w, 's')) w = w.slice(0, -1);

    var stripped = false;
    if (ends(w, 'ing') && w.length - 3 >= 3 && /[aeiou]/.test(w.slice(0, -3))) {
      w = w.slice(0, -3); stripped = true;
    } else if (ends(w, 'ed') && !ends(w, 'eed') && w.length - 2 >= 3 && /[aeiou]/.test(w.slice(0, -2))) {
      w = w.slice(0, -2); stripped = true;
    }
    if (stripped && w.length >= 2) {
      var last = w.charAt(w.length - 1);
      if (last === w.charAt(w.length - 2) && !isVowel(last) && 'lsfz'.indexOf(last) < 0) w = w.slice(0, -1);
    }

    if (ends(w, 'ly') && w.length - 2 >= 5) w = w.slice(0, -2);
    if (ends(w, 'y') && w.length >= 4 && !isVowel(w.charAt(w.length - 2))) w = w.slice(0, -1) + 'i';
    if (ends(w, 'e') && w.length - 1 >= 3) w = w.slice(0, -1);
    return w;
  }

  // ---- the index ----

  function Index(data) {
    this.data = data;
    this.stopWords = new Set(data.stopWords);
    this.decoded = new Map();
  }

  Index.prototype.term = function (word) {
    var length = codePoints(word);
    if (length < 2 || length > 40 || this.stopWords.has(word)) return null;
    return stem(word);
  };

  Index.prototype.lowerBound = function (key) {
    var terms = this.data.terms, low = 0, high = terms.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (terms[mid] < key) low = mid + 1; else high = mid;
    }
    return low;
  };

  Index.prototype.postings = function (termIndex) {
    var cached = this.decoded.get(termIndex);
    if (cached) return cached;
    var text = this.data.postings[termIndex], out = [], entry = 0, gap = 0, place = 1, readingGap = true;
    for (var i = 0; i < text.length; i++) {
      var v = ALPHABET.indexOf(text.charAt(i));
      if (readingGap) {
        if (v >= 32) { gap += (v - 32) * place; place *= 32; }
        else { gap += v * place; readingGap = false; }
      } else {
        entry += gap;
        out.push(entry, v);
        gap = 0; place = 1; readingGap = true;
      }
    }
    this.decoded.set(termIndex, out);
    return out;
  };

  /* A heading or snippet packed as piece numbers (see TextPieces.swift): base-32 digits,
   * upper-half digits continue a number; the text is the pieces joined. */
  Index.prototype.text = function (code) {
    var pieces = this.data.pieces, out = '', value = 0, place = 1;
    for (var i = 0; i < code.length; i++) {
      var v = ALPHABET.indexOf(code.charAt(i));
      if (v >= 32) { value += (v - 32) * place; place *= 32; }
      else { out += pieces[value + v * place]; value = 0; place = 1; }
    }
    return out;
  };

  /* The anchor the index left out because the heading gives it (AnchorSlug.swift). */
  function anchorSlug(heading) {
    return heading.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }

  Index.prototype.matchingTerms = function (word, asPrefix) {
    var terms = this.data.terms, found = new Map();
    var term = this.term(word);
    if (term !== null) {
      var exact = this.lowerBound(term);
      if (exact < terms.length && terms[exact] === term) found.set(exact, 1);
    }
    if (asPrefix && codePoints(word) >= 2) {
      var prefixes = [word];
      var stemmed = stem(word);
      if (stemmed !== word) prefixes.push(stemmed);
      for (var p = 0; p < prefixes.length; p++) {
        var prefix = prefixes[p];
        for (var i = this.lowerBound(prefix), taken = 0;
             i < terms.length && terms[i].startsWith(prefix) && taken < PREFIX_LIMIT; i++, taken++) {
          if (!found.has(i)) found.set(i, PREFIX_WEIGHT);
        }
      }
    }
    return found;
  };

  /* Every word must match (if no entry has them all, any word will do); the last word
   * also matches as a prefix while it is being typed; entries rank by summed scores. */
  Index.prototype.search = function (query, limit) {
    var list = words(query);
    var typingLast = query.length > 0 && !/\s$/.test(query);
    var perWord = [];
    for (var w = 0; w < list.length; w++) {
      var isLast = typingLast && w === list.length - 1;
      var matches = this.matchingTerms(list[w], isLast);
      if (matches.size === 0 && this.term(list[w]) === null && !isLast) continue;
      var scores = new Map();
      var self = this;
      matches.forEach(function (weight, termIndex) {
        var postings = self.postings(termIndex);
        for (var i = 0; i < postings.length; i += 2) {
          var score = postings[i + 1] * weight;
          if (!(scores.get(postings[i]) >= score)) scores.set(postings[i], score);
        }
      });
      perWord.push(scores);
    }
    if (perWord.length === 0) return [];

    var totals = new Map();
    perWord.forEach(function (scores) {
      scores.forEach(function (score, entry) { totals.set(entry, (totals.get(entry) || 0) + score); });
    });
    var all = [], every = [];
    totals.forEach(function (score, entry) {
      all.push([entry, score]);
      if (perWord.every(function (s) { return s.has(entry); })) every.push([entry, score]);
    });
    var ranked = (every.length ? every : all).sort(function (a, b) {
      return b[1] - a[1] || a[0] - b[0];
    }).slice(0, limit || RESULT_LIMIT);

    var index = this, data = this.data;
    return ranked.map(function (hit) {
      var entry = data.entries[hit[0]], page = data.pages[entry[0]], heading = index.text(entry[2]);
      return { url: page[0], anchor: entry[1] || anchorSlug(heading), title: page[1], section: page[2],
               heading: heading, snippet: index.text(entry[3]), score: hit[1] };
    });
  };

  // ---- links ----

  function flag(element, name) {
    return !!element && element.hasAttribute(name);
  }

  function siteRoot() {
    var html = document.documentElement;
    var root = html.getAttribute('data-root');
    if (root === null && script) root = script.getAttribute('data-root');
    if (root !== null) return new URL(root || './', document.baseURI).href;
    if (script && script.src) return new URL('../../', script.src).href;
    return new URL('./', document.baseURI).href;
  }

  var offline = flag(document.documentElement, 'data-offline') || flag(script, 'data-offline') ||
    location.protocol === 'file:';

  function pageHref(root, url, anchor) {
    var path = url;
    if (offline && (path === '' || /\/$/.test(path))) path += 'index.html';
    return new URL(path, root).href + (anchor ? '#' + anchor : '');
  }

  // ---- highlighting: wrap words the query reaches in <mark>, building DOM nodes ----

  function highlighter(query) {
    var list = words(query).filter(function (w) { return codePoints(w) >= 2; });
    var stems = new Set(list.map(stem));
    return function (text, into) {
      var last = 0;
      text.replace(WORD, function (word, offset) {
        var folded = fold(word);
        var hit = stems.has(stem(folded)) || list.some(function (q) { return folded.startsWith(q); });
        if (hit) {
          if (offset > last) into.appendChild(document.createTextNode(text.slice(last, offset)));
          var mark = document.createElement('mark');
          mark.textContent = word;
          into.appendChild(mark);
          last = offset + word.length;
        }
        return word;
      });
      if (last < text.length) into.appendChild(document.createTextNode(text.slice(last)));
      return into;
    };
  }

  function span(className, text, mark) {
    var element = document.createElement('span');
    element.className = className;
    if (mark) mark(text, element); else element.textContent = text;
    return element;
  }

  // ---- the widget ----

  function build(container) {
    var input = container.querySelector('input');
    if (!input) {
      var label = document.createElement('label');
      label.className = 'search-label';
      label.htmlFor = 'search-input';
      label.textContent = 'Search';
      input = document.createElement('input');
      input.id = 'search-input';
      input.type = 'search';
      input.placeholder = 'Search (press /)';
      container.appendChild(label);
      container.appendChild(input);
    }
    input.classList.add('search-input');
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'search-results');

    var panel = document.createElement('div');
    panel.className = 'search-panel';
    panel.hidden = true;
    var status = document.createElement('p');
    status.className = 'search-status';
    status.id = 'search-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var listbox = document.createElement('div');
    listbox.className = 'search-results';
    listbox.id = 'search-results';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    var empty = document.createElement('p');
    empty.className = 'search-empty';
    empty.hidden = true;
    panel.appendChild(listbox);
    panel.appendChild(empty);
    container.appendChild(status);
    container.appendChild(panel);
    input.setAttribute('aria-describedby', 'search-status');
    container.hidden = false;

    var root = siteRoot();
    var index = null, loading = false, active = -1, options = [];

    function load(then) {
      if (index) { then(); return; }
      if (window.ORGBOOK_SEARCH) {
        if (window.ORGBOOK_SEARCH.version !== FORMAT_VERSION) {
          status.textContent = 'Search is unavailable: the index is from another version.';
          return;
        }
        index = new Index(window.ORGBOOK_SEARCH);
        then();
        return;
      }
      if (loading) return;
      loading = true;
      status.textContent = 'Loading search…';
      var tag = document.createElement('script');
      tag.src = new URL('search-index.js', root).href;
      tag.onload = function () { loading = false; status.textContent = ''; load(then); };
      tag.onerror = function () { loading = false; status.textContent = 'Search is unavailable: search-index.js did not load.'; };
      document.head.appendChild(tag);
    }

    function setActive(next) {
      if (options[active]) options[active].setAttribute('aria-selected', 'false');
      active = next;
      if (options[active]) {
        options[active].setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', options[active].id);
        options[active].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function close() {
      panel.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      setActive(-1);
    }

    function render() {
      var query = input.value;
      listbox.textContent = '';
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      if (!query.trim()) { status.textContent = ''; close(); return; }
      var results = index.search(query, RESULT_LIMIT);
      var mark = highlighter(query);
      results.forEach(function (result, i) {
        var option = document.createElement('a');
        option.id = 'search-result-' + i;
        option.className = 'search-result';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        option.href = pageHref(root, result.url, result.anchor);
        option.appendChild(span('search-result-title', result.heading || result.title, mark));
        var trail = [result.section, result.heading ? result.title : ''].filter(Boolean).join(' › ');
        if (trail) option.appendChild(span('search-result-section', trail));
        if (result.snippet) option.appendChild(span('search-result-snippet', result.snippet, mark));
        listbox.appendChild(option);
        options.push(option);
      });
      status.textContent = results.length === 0 ? 'No results'
        : results.length === 1 ? '1 result' : results.length + ' results';
      // An empty listbox is not allowed; say so beside it and keep the combobox collapsed.
      listbox.hidden = results.length === 0;
      empty.hidden = results.length > 0;
      empty.textContent = results.length === 0 ? 'No results for “' + query.trim() + '”' : '';
      panel.hidden = false;
      input.setAttribute('aria-expanded', String(results.length > 0));
    }

    input.addEventListener('input', function () { load(render); });
    input.addEventListener('focus', function () { load(function () { if (input.value.trim()) render(); }); });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (panel.hidden) { if (index && input.value.trim()) render(); }
        if (!options.length) return;
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length);
      } else if (event.key === 'Enter') {
        var chosen = options[active >= 0 ? active : 0];
        if (chosen && !panel.hidden) { event.preventDefault(); chosen.click(); }
      } else if (event.key === 'Escape') {
        if (!panel.hidden) { event.preventDefault(); close(); }
        else if (input.value) { input.value = ''; status.textContent = ''; }
        else input.blur();
      }
    });
    document.addEventListener('click', function (event) {
      if (!container.contains(event.target)) close();
    });
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  window.OrgbookSearch = { fold: fold, words: words, stem: stem, Index: Index };

  function start() {
    var container = document.getElementById('site-search') || document.querySelector('[data-search]');
    if (container) build(container);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
