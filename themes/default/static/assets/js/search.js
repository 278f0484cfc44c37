/* Gazette archive search. Loads only the index files a query needs, with <script> elements so it
   also works from file://. Index format and scoring: docs/search.md. No framework, no build step. */
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root) return;
  var $ = function (id) { return document.getElementById(id); };
  var input = $('search-q'), status = $('search-status'), results = $('search-results'), filters = $('search-filters');
  var base = root.getAttribute('data-index').replace(/manifest\.js$/, '');
  var PAGE = 10, EXPAND = 10, EXPAND_BYTES = 30000, PAIR = 1.5, TITLE_PAIR = 2, EXACT = 0.5, NEAR = 0.7, RECENT = 0.02,
    SPELLING = '\u0001', IN_TITLE = '\u0002';
  function t(k, n, q) {
    return (root.getAttribute('data-t-' + k) || '').replace('{n}', n).replace('{q}', q);
  }

  /* ---- Text: must match org.gazette.text.Folding.fold and Tokenizer exactly. ---- */
  var WORD = /[\p{L}\p{M}\p{N}]+/gu, MAX_WORD = 64;
  function lowerUnits(s) { // one UTF-16 unit at a time, as Java's Character.toLowerCase(char)
    return s.replace(/[\s\S]/g, function (c) { return c.toLowerCase().charAt(0); }); // İ → i, as in Java
  }
  function fold(s) {
    if (/^[\0-\x7f]*$/.test(s)) return s.toLowerCase();
    return lowerUnits(s.normalize('NFD').replace(/\p{Mn}/gu, function (m) { return m.length > 1 ? m : ''; })
      .replace(/[\u0111\u0110\u00d0\u00f0\u0189]/g, 'd'));
  }
  function exact(w) { return lowerUnits(w.normalize('NFC')); }
  function words(s) { // [{w, f, x, at}] for every word that folds to something
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(s))) {
      if (m[0].length > MAX_WORD) continue;
      var f = fold(m[0]);
      if (f) out.push({ w: m[0], f: f, x: exact(m[0]), at: m.index });
    }
    return out;
  }

  /* ---- Loading index files: each one calls __gazetteSearch(name, data). ---- */
  var got = {}, files = {}, lastLoad = 0;
  window.__gazetteSearch = function (name, data) { got[name] = data; };
  window.__gazetteSearch.fold = fold; // for the tests that hold it to the Java folding
  function load(name) {
    return files[name] || (files[name] = new Promise(function (resolve) {
      var s = document.createElement('script');
      s.src = base + name + '.js';
      s.onload = s.onerror = function () { lastLoad = performance.now(); s.remove(); resolve(got[name] || null); };
      document.head.appendChild(s);
    }));
  }
  function group(key) { return key.slice(0, key.charAt(0) === '#' ? 3 : 2); }
  function fileName(g) {
    return g.replace(/[^a-z0-9]/g, function (c) { return '_' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  }
  function wordOf(key) { // the word a pair or spelling key starts with; null for words and tags
    var m = key.charAt(0) === '#' ? null : /[ \u0001]/.exec(key);
    return m ? key.slice(0, m.index) : null;
  }
  function lowerBound(list, key) {
    var lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (list[mid][0] < key) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function find(list, key) {
    if (!list) return null;
    var i = lowerBound(list, key);
    return i < list.length && list[i][0] === key ? list[i] : null;
  }
  function term(key) { // the entry [key, df, postings, followers?, follower chunks?] or null
    var word = wordOf(key);
    if (word) return term(word).then(function (e) { return e && follower(e, key); });
    var g = fileName(group(key));
    return load('t/' + g).then(function (dir) {
      if (!dir) return null;
      if (dir.e) return find(dir.e, key);
      var w = find(dir.u, key);
      return w && load('t/' + g + '-' + w[2]).then(function (list) { return find(list, key); });
    });
  }
  function follower(e, key) { // a pair or spelling of the word entry e: inline, or in a chunk
    if (e[3]) return find(e[3], key);
    if (!e[4]) return null;
    var i = lowerBound(e[4], key);
    if (i < e[4].length && e[4][i][0] === key) i++;
    return i ? load('t/' + fileName(group(e[0])) + '-' + e[4][i - 1][1]).then(function (list) { return find(list, key); }) : null;
  }
  function expand(prefix) { // the most frequent words starting with prefix, within a download budget
    return load('t/' + fileName(group(prefix))).then(function (dir) {
      if (!dir) return [];
      var list = dir.e || dir.u, out = [], seen = {}, spent = 0;
      for (var i = lowerBound(list, prefix); i < list.length && list[i][0].lastIndexOf(prefix, 0) === 0; i++) out.push(list[i]);
      out.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
      return out.slice(0, EXPAND).filter(function (w, i) { // the commonest and the word itself always
        var cost = dir.e || seen[w[2]] ? 0 : Math.max(M.cs, Math.min(3 * w[1], M.n / 6)); // ~3 bytes a document, a bitmap when dense
        if (i && w[0] !== prefix && spent + cost > EXPAND_BYTES) return false;
        spent += cost;
        seen[w[2]] = 1;
        return true;
      });
    });
  }

  /* ---- Postings: base64url digits; see org.gazette.search.Postings. ---- */
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', VAL = new Int8Array(128);
  for (var i = 0; i < 64; i++) VAL[DIGITS.charCodeAt(i)] = i;
  function sparse(s, scored, each) {
    for (var p = 0, doc = -1; p < s.length;) {
      var v = 0, mul = 1, c;
      do { c = VAL[s.charCodeAt(p++)]; v += (c & 31) * mul; mul *= 32; } while (c & 32);
      doc += v + 1;
      each(doc, scored ? VAL[s.charCodeAt(p++)] : 1);
    }
  }
  function bitmap(s, each) { // six documents per digit
    for (var i = 0; i < s.length; i++) {
      for (var bits = VAL[s.charCodeAt(i)], b = 0; bits; b++, bits >>= 1) if (bits & 1) each(i * 6 + b);
    }
  }
  function scored(key) { return key.charAt(0) !== '#' && !wordOf(key); } // words carry scores, other keys do not
  function members(entry) { // Uint8Array by document: 1 for the documents of an entry
    var set = new Uint8Array(M.n), p = entry[2], one = function (d) { set[d] = 1; };
    if (typeof p === 'string') sparse(p, scored(entry[0]), one); else bitmap(p[0], one);
    return set;
  }
  function idf(df) { return Math.log(1 + (M.n - df + 0.5) / (df + 0.5)); }

  /* ---- Queries ---- */
  var M = null, catOf, yearOf, minYear = 1e4, maxYear = 0;
  function manifest() {
    return load('manifest').then(function (m) {
      if (!m || M) return M;
      M = m;
      catOf = new Uint16Array(m.n);
      yearOf = new Uint16Array(m.n);
      m.cats.forEach(function (c, ci) {
        catOf.fill(ci, c[2], c[3]);
        c[4].forEach(function (y) {
          yearOf.fill(y[0], y[1], y[2]);
          if (y[0]) { minYear = Math.min(minYear, y[0]); maxYear = Math.max(maxYear, y[0]); }
        });
      });
      return M;
    });
  }
  function parse(q) { // words with .phrase (quote group or -1); the last one may be a prefix
    var list = [], parts = q.split('"');
    parts.forEach(function (part, i) {
      words(part).forEach(function (w) { w.phrase = i % 2 ? i : -1; list.push(w); });
    });
    var last = list[list.length - 1];
    if (last && last.phrase < 0 && last.f.length >= 2 && !/[\s"]$/.test(q)) last.prefix = true;
    return list;
  }
  function keyScores(key, weight, sink) { // weight·idf·score of key's postings into sink (max); resolves to its documents when sparse
    return term(key).then(function (e) {
      if (!e || e[2] === '*') return null;
      var p = e[2], withScores = scored(key), docs = null, k = 0;
      var w = weight * idf(e[1]) * (withScores ? (M.k1 + 1) / 63 : 1); // a digit is 63·tf/(tf + k1·(…))
      var put = function (d, q) { if (q * w > sink[d]) sink[d] = q * w; };
      if (typeof p === 'string') {
        docs = new Int32Array(e[1]);
        sparse(p, withScores, function (d, q) { docs[k++] = d; put(d, q); });
      } else { // the best documents' own scores are above the default, so max() lets them win
        var bits = p[0], v = (withScores ? p[2] : 1) * w;
        for (var i = 0; i < bits.length; i++) { // inlined: a word in every article sets every document
          for (var b = VAL[bits.charCodeAt(i)], d = i * 6; b; b >>= 1, d++) if (b & 1 && v > sink[d]) sink[d] = v;
        }
        if (withScores) sparse(p[1], true, put);
      }
      return docs;
    });
  }
  function scoresOf(keys, weights) { // {sink, docs}: the best of the keys per document; docs of a single sparse key
    var sink = new Float32Array(M.n);
    return Promise.all(keys.map(function (k, i) { return keyScores(k, weights[i], sink); })).then(function (docs) {
      return { sink: sink, docs: keys.length === 1 ? docs[0] : null };
    });
  }
  function wordScores(w) { // a word's contribution; for a prefix, its best expansion
    return (w.prefix ? expand(w.f) : Promise.resolve([[w.f]])).then(function (ks) {
      w.keys = ks.map(function (k) { return k[0]; });
      return scoresOf(w.keys, w.keys.map(function (k) { return k === w.f ? 1 : NEAR; }));
    });
  }
  function run(query, filter) {
    var list = parse(query);
    return manifest().then(function (m) {
      if (!m) throw new Error('no manifest');
      var spellings = list.map(function (w) { // typed with diacritics: the same spelling earns a bonus
        return w.x === w.f ? null : scoresOf([w.f + SPELLING + w.x], [EXACT]);
      });
      return Promise.all([Promise.all(list.map(wordScores)), Promise.all(spellings)]).then(function (got) {
        var pairs = list.slice(1).map(function (b, i) { // neighbours: required inside quotes, a bonus elsewhere
          var a = list[i];
          return scoresOf(b.keys.map(function (k) { return a.f + ' ' + k; }), b.keys.map(function () { return PAIR; }));
        });
        var titlePairs = list.slice(1).map(function (b, i) { // the same neighbours in a headline: a bigger bonus
          var a = list[i];
          return scoresOf(b.keys.map(function (k) { return a.f + ' ' + k + IN_TITLE; }), b.keys.map(function () { return TITLE_PAIR; }));
        });
        return Promise.all([Promise.all(pairs), Promise.all(titlePairs)]).then(function (both) {
          var required = got[0], bonus = [];
          got[1].forEach(function (s) { if (s) bonus.push(s.sink); });
          both[0].forEach(function (s, i) {
            if (list[i].phrase >= 0 && list[i].phrase === list[i + 1].phrase) required.push(s);
            else bonus.push(s.sink);
          });
          both[1].forEach(function (s) { bonus.push(s.sink); });
          return rank(required, bonus, filter);
        });
      });
    });
  }
  function rank(required, bonus, filter) { // documents by score, and counts by category and year
    var cats = new Array(M.cats.length).fill(0), years = {}, tag = filter.tagged;
    var cat = filter.cat == null ? -1 : M.cats.findIndex(function (c) { return c[0] === filter.cat; });
    var from = null; // the rarest required list drives the loop; else every document
    required.forEach(function (r) { if (r.docs && (!from || r.docs.length < from.length)) from = r.docs; });
    var count = from ? from.length : M.n, hits = new Float64Array(count), h = 0;
    for (var i = 0; i < count; i++) {
      var d = from ? from[i] : i, score = 0, r;
      for (r = 0; r < required.length; r++) { var v = required[r].sink[d]; if (!v) break; score += v; }
      if (r < required.length || (tag && !tag[d])) continue;
      for (r = 0; r < bonus.length; r++) score += bonus[r][d];
      var y = yearOf[d], inCat = cat < 0 || catOf[d] === cat, inYear = filter.year == null || y === filter.year;
      if (inYear) cats[catOf[d]]++;
      if (inCat) years[y] = (years[y] || 0) + 1;
      if (!inCat || !inYear) continue;
      if (y && maxYear > minYear) score *= 1 + RECENT * (y - minYear) / (maxYear - minYear);
      hits[h++] = Math.round(score * 1000) * 2097152 + (2097151 - d); // score, then lower document first
    }
    var sorted = hits.subarray(0, h).sort(), docs = new Int32Array(h);
    for (i = 0; i < h; i++) docs[i] = 2097151 - sorted[h - 1 - i] % 2097152;
    return { docs: docs, cats: cats, years: years };
  }
  function record(d) {
    return load('r/' + Math.floor(d / M.rs)).then(function (shard) { return shard && shard[d % M.rs]; });
  }

  /* ---- Page ---- */
  var state = { q: '', cat: null, year: null, tag: null }, shown = 0, current = null, seq = 0;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function highlight(text, list) { // text with the query's words in <mark>
    var frag = document.createDocumentFragment(), at = 0;
    words(text).forEach(function (w) {
      var hit = list.some(function (q) { return q.prefix ? w.f.lastIndexOf(q.f, 0) === 0 : w.f === q.f; });
      if (!hit) return;
      frag.appendChild(document.createTextNode(text.slice(at, w.at)));
      frag.appendChild(el('mark', null, w.w));
      at = w.at + w.w.length;
    });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }
  function href(path) {
    return '../' + path.slice(1) + (M.portable && /\/$/.test(path) ? 'index.html' : '');
  }
  function item(rec, list) {
    var li = el('li'), art = el('article', 'search-result'), h = el('h2', 'search-result-title'), a = el('a');
    a.href = href(rec[1]);
    a.appendChild(highlight(rec[0], list));
    h.appendChild(a);
    var meta = el('p', 'search-result-meta', M.cats[rec[4]][1] + ' · ');
    if (rec[2]) { var time = el('time', null, rec[3]); time.dateTime = rec[2]; meta.appendChild(time); }
    else meta.appendChild(document.createTextNode(t('undated')));
    var snip = el('p', 'search-result-snippet');
    snip.appendChild(highlight(rec[5], list));
    art.append(h, meta, snip);
    li.appendChild(art);
    return li;
  }
  function more(list, ol, mine) { // renders the next page of results
    var docs = Array.from(current.docs.subarray(shown, shown + PAGE));
    shown += docs.length;
    return Promise.all(docs.map(record)).then(function (recs) {
      if (mine !== seq) return;
      recs.forEach(function (r, i) { if (r) { ol.appendChild(item(r, list)); current.recs[docs[i]] = r; } });
      var btn = $('search-more');
      if (btn) btn.remove();
      if (shown < current.docs.length) {
        btn = el('button', 'search-more', t('more'));
        btn.id = 'search-more';
        btn.type = 'button';
        btn.onclick = function () { more(list, ol, seq); };
        results.appendChild(btn);
      }
      root.setAttribute('data-render-ms', Math.round(performance.now() - lastLoad)); // since the last record shard
      root.setAttribute('data-state', 'done');
    });
  }
  function option(select, value, label, selected) {
    var o = el('option', null, label);
    o.value = value;
    o.selected = selected;
    select.appendChild(o);
  }
  function selectFilter(name, label, values, selected) {
    var wrap = el('label', 'search-filter'), s = el('select');
    s.name = name;
    wrap.append(label + ' ', s);
    option(s, '', t('all'), selected == null);
    values.forEach(function (v) { option(s, v[0], v[1] + ' (' + v[2] + ')', String(selected) === String(v[0])); });
    s.onchange = function () { var p = {}; p[name] = s.value || null; go(p, true); };
    return wrap;
  }
  function drawFilters(r, list) {
    filters.textContent = '';
    filters.hidden = false;
    var cats = [];
    M.cats.forEach(function (c, i) { if (r.cats[i] || c[0] === state.cat) cats.push([c[0], c[1], r.cats[i]]); });
    var years = Object.keys(r.years).map(Number).sort(function (a, b) { return b - a; })
      .map(function (y) { return [y ? y : 'undated', y ? y : t('undated'), r.years[y]]; });
    filters.append(selectFilter('cat', t('category'), cats, state.cat),
      selectFilter('year', t('year'), years, state.year == null ? null : state.year || 'undated'));
    var tags = el('details', 'search-tags'), sum = el('summary', null, t('tag') + (state.tag ? ': ' + state.tag : ''));
    tags.appendChild(sum);
    tags.ontoggle = function () { if (tags.open && !tags.filled) { tags.filled = true; tagCounts(tags, list); } };
    filters.appendChild(tags);
    if (state.cat || state.year != null || state.tag) {
      var clear = el('button', 'search-clear', t('clear'));
      clear.type = 'button';
      clear.onclick = function () { go({ cat: null, year: null, tag: null }, true); };
      filters.appendChild(clear);
    }
  }
  function tagKey(name) { return '#' + words(name).map(function (w) { return w.f; }).join(' '); }
  function tagCounts(box, list) { // tags of the loaded results, counted over all results
    var seen = {}, names = [];
    Object.keys(current.recs).forEach(function (d) {
      current.recs[d][6].forEach(function (n) { var k = tagKey(n); if (!seen[k]) { seen[k] = 1; names.push(n); } });
    });
    if (state.tag && names.indexOf(state.tag) < 0) names.unshift(state.tag);
    var ul = el('ul', 'search-tag-list');
    box.appendChild(ul);
    names.slice(0, 20).forEach(function (name) {
      term(tagKey(name)).then(function (e) {
        var s = e ? members(e) : new Uint8Array(M.n), count = 0;
        current.docs.forEach(function (d) { if (s[d]) count++; });
        var li = el('li'), b = el('button', null, name + ' (' + count + ')');
        b.type = 'button';
        b.setAttribute('aria-pressed', String(name === state.tag));
        b.onclick = function () { go({ tag: name === state.tag ? null : name }, true); };
        li.appendChild(b);
        ul.appendChild(li);
      });
    });
  }
  function search() {
    var mine = ++seq, list = parse(state.q);
    results.textContent = '';
    shown = 0;
    root.setAttribute('data-state', 'busy');
    if (!list.length) {
      filters.hidden = true;
      status.textContent = state.q.trim() ? t('none', 0, state.q) : t('prompt');
      root.setAttribute('data-state', 'done');
      return;
    }
    status.textContent = t('loading');
    var filter = { cat: state.cat, year: state.year };
    manifest().then(function (m) {
      if (!m || !state.tag) return;
      return term(tagKey(state.tag)).then(function (e) {
        filter.tagged = e ? members(e) : new Uint8Array(m.n);
      });
    }).then(function () { return run(state.q, filter); }).then(function (r) {
      if (mine !== seq) return;
      // Time from the last index file's arrival to a ranked list: decoding and ranking only.
      root.setAttribute('data-rank-ms', Math.round(performance.now() - lastLoad));
      current = r;
      r.recs = {};
      var n = r.docs.length;
      status.textContent = n ? (n === 1 ? t('countOne') : t('count', n.toLocaleString(document.documentElement.lang))) : t('none', 0, state.q);
      drawFilters(r, list);
      if (!n) { root.setAttribute('data-state', 'done'); return; }
      var ol = el('ol', 'search-list');
      results.appendChild(ol);
      return more(list, ol, mine);
    }).catch(function () {
      if (mine !== seq) return;
      status.textContent = t('error');
      root.setAttribute('data-state', 'done');
    });
  }
  function read() {
    var p = new URLSearchParams(location.search), y = p.get('year');
    state = { q: p.get('q') || '', cat: p.get('cat'), year: y == null ? null : y === 'undated' ? 0 : Number(y), tag: p.get('tag') };
    input.value = state.q;
  }
  function go(change, push) {
    Object.keys(change).forEach(function (k) { state[k] = change[k] === '' ? null : change[k]; });
    if (change.year !== undefined && state.year != null) state.year = state.year === 'undated' ? 0 : Number(state.year);
    var p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    if (state.cat) p.set('cat', state.cat);
    if (state.year != null) p.set('year', state.year || 'undated');
    if (state.tag) p.set('tag', state.tag);
    var url = location.pathname + (p.toString() ? '?' + p : '');
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    search();
  }
  var typing;
  input.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () { go({ q: input.value }, false); }, 200);
  });
  input.form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(typing);
    go({ q: input.value, cat: null, year: null, tag: null }, true);
  });
  window.addEventListener('popstate', function () { read(); search(); });
  read();
  search();
})();
