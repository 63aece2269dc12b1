/* nlp-pipeline report: renders the JSON payload client-side.
   Every piece of data goes into the DOM as text (textContent / createTextNode), never as HTML.
   Lists are paginated; an article's text is parsed from its own JSON block only when opened. */
(function () {
  "use strict";
  var t0 = performance.now();
  var P = JSON.parse(document.getElementById("report-data").textContent);
  var collator = new Intl.Collator("sv", { sensitivity: "base", numeric: true });
  var PAGE = 50;

  function rows(name) {
    var f = P.fields[name];
    return P[name].map(function (r, n) {
      var o = { i: n };
      for (var k = 0; k < f.length; k++) o[f[k]] = r[k];
      return o;
    });
  }
  var docs = rows("docs"), speakers = rows("speakers"), quotes = rows("quotes");
  var people = rows("people"), orgs = rows("orgs");
  var docQuotes = docs.map(function () { return []; });
  var speakerQuotes = speakers.map(function () { return []; });
  quotes.forEach(function (q) {
    if (q.doc >= 0) docQuotes[q.doc].push(q.i);
    if (q.speaker >= 0) speakerQuotes[q.speaker].push(q.i);
  });
  var personSpeakers = people.map(function () { return []; });
  var orgSpeakers = orgs.map(function () { return []; });
  speakers.forEach(function (s, n) {
    if (s.person >= 0) personSpeakers[s.person].push(n);
    if (s.org >= 0) orgSpeakers[s.org].push(n);
  });
  var personByName = {};
  people.forEach(function (p) { personByName[p.name.toLocaleLowerCase("sv")] = p.i; });

  // ------------------------------------------------------------ helpers
  function el(tag, props, kids) {
    var e = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v == null) return;
        if (k === "text") e.textContent = v;
        else if (k === "cls") e.className = v;
        else if (k === "href") e.setAttribute("href", v);
        else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v);
      });
    }
    (kids || []).forEach(function (c) {
      if (c == null) return;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return e;
  }
  function colour(si) {
    return si >= 0 ? P.palette[si % P.palette.length] : P.unknown_colour;
  }
  function swatch(si) {
    var s = el("span", { cls: "swatch" });
    s.style.background = colour(si);
    return s;
  }
  function docTitle(d) { return d ? (d.title || d.doc_id) : ""; }
  function docDate(d) { return d ? (d.date_iso || d.date) : ""; }
  function speakerHref(si) {
    var s = speakers[si];
    if (!s) return null;
    if (s.person >= 0) return "#/person/" + s.person;
    if (s.org >= 0) return "#/org/" + s.org;
    return "#/speaker/" + si;
  }
  function speakerLink(si) {
    if (si < 0) return el("span", { cls: "empty", text: "okänd" });
    return el("span", null, [swatch(si), el("a", { href: speakerHref(si), cls: "speaker", text: speakers[si].name })]);
  }
  function docLink(di) {
    var d = docs[di];
    return d ? el("a", { href: "#/article/" + di, cls: "doc", text: docTitle(d) }) : "";
  }
  function fmt(n) { return Number(n).toLocaleString("sv-SE"); }
  function lower(s) { return (s || "").toLocaleLowerCase("sv"); }
  function terms(q) { return lower(q).split(/\s+/).filter(Boolean); }
  function matches(hay, ts) {
    for (var k = 0; k < ts.length; k++) if (hay.indexOf(ts[k]) < 0) return false;
    return true;
  }
  function fill(box, kids) {
    box.replaceChildren.apply(box, kids.filter(function (k) { return k != null; }));
  }
  function debounce(fn, ms) {
    var h;
    return function () { clearTimeout(h); h = setTimeout(fn, ms); };
  }

  // ------------------------------------------------------------ paged, sortable table
  function Table(container, columns, opts) {
    this.box = container;
    this.columns = columns;
    this.source = opts.items;
    this.pred = null;
    this.sortCol = opts.sortCol == null ? -1 : opts.sortCol;
    this.sortDir = opts.sortDir || 1;
    this.countEl = opts.countEl || null;
    this.noun = opts.noun || "rader";
    this.page = 0;
    this.sorted = this.source.slice();
    if (this.sortCol >= 0) this.sort();
    this.filter();
  }
  Table.prototype.sort = function () {
    var col = this.columns[this.sortCol], dir = this.sortDir;
    var keyed = this.source.map(function (it, n) { return [col.sort(it), n, it]; });
    keyed.sort(function (a, b) {
      var x = a[0], y = b[0], c;
      if (typeof x === "number" && typeof y === "number") c = x - y;
      else if (x === "" && y !== "") return 1;
      else if (y === "" && x !== "") return -1;
      else c = collator.compare(String(x), String(y));
      return c ? c * dir : a[1] - b[1];
    });
    this.sorted = keyed.map(function (k) { return k[2]; });
  };
  Table.prototype.setFilter = function (pred) { this.pred = pred; this.filter(); };
  Table.prototype.filter = function () {
    var pred = this.pred;
    this.items = pred ? this.sorted.filter(pred) : this.sorted;
    this.page = 0;
    this.render();
  };
  Table.prototype.sortBy = function (n) {
    if (this.sortCol === n) this.sortDir = -this.sortDir;
    else { this.sortCol = n; this.sortDir = this.columns[n].desc ? -1 : 1; }
    this.sort();
    this.filter();
  };
  Table.prototype.render = function () {
    var self = this, cols = this.columns, n = this.items.length;
    var pages = Math.max(1, Math.ceil(n / PAGE));
    if (this.page >= pages) this.page = pages - 1;
    var head = el("tr", null, cols.map(function (c, k) {
      var th = el("th", { cls: (c.sort ? "sortable " : "") + (c.cls || ""), text: c.label, scope: "col" });
      if (c.sort) {
        th.setAttribute("aria-sort", k === self.sortCol ? (self.sortDir > 0 ? "ascending" : "descending") : "none");
        th.addEventListener("click", function () { self.sortBy(k); });
      }
      return th;
    }));
    var body = el("tbody");
    var slice = this.items.slice(this.page * PAGE, (this.page + 1) * PAGE);
    slice.forEach(function (it) {
      body.appendChild(el("tr", null, cols.map(function (c) { return el("td", { cls: c.cls || null }, [c.render(it)]); })));
    });
    if (!n) body.appendChild(el("tr", null, [el("td", { colspan: String(cols.length), cls: "empty", text: "Inga träffar." })]));
    var pager = el("div", { cls: "pager" }, [
      el("button", { type: "button", cls: "prev", text: "‹ Föregående", onclick: function () { self.go(-1); } }),
      el("span", { cls: "pageinfo", text: "Sida " + fmt(this.page + 1) + " av " + fmt(pages) }),
      el("button", { type: "button", cls: "next", text: "Nästa ›", onclick: function () { self.go(1); } }),
    ]);
    pager.children[0].disabled = this.page === 0;
    pager.children[2].disabled = this.page >= pages - 1;
    this.box.replaceChildren(el("table", null, [el("thead", null, [head]), body]), pager);
    if (this.countEl) {
      this.countEl.textContent = (n === this.source.length ? fmt(n) : fmt(n) + " av " + fmt(this.source.length)) + " " + this.noun;
    }
  };
  Table.prototype.go = function (step) { this.page += step; this.render(); };

  function quoteColumns(withSpeaker, withDoc) {
    var cols = [];
    if (withSpeaker) cols.push({ label: "Talare", cls: "nowrap", sort: function (q) { return q.speaker >= 0 ? speakers[q.speaker].name : ""; },
      render: function (q) { return speakerLink(q.speaker); } });
    cols.push({ label: "Citat", cls: "quote", sort: function (q) { return q.text; },
      render: function (q) { return el("a", { href: "#/article/" + q.doc + "/" + q.i, cls: "qtext", text: q.text }); } });
    cols.push({ label: "Verb", sort: function (q) { return q.cue; }, render: function (q) { return q.cue; } });
    if (withDoc) cols.push({ label: "Artikel", sort: function (q) { return docTitle(docs[q.doc]); }, render: function (q) { return docLink(q.doc); } });
    cols.push({ label: "Datum", cls: "nowrap", sort: function (q) { return docDate(docs[q.doc]); }, render: function (q) { return docDate(docs[q.doc]); } });
    return cols;
  }
  function docColumns(extra) {
    var cols = [
      { label: "Artikel", sort: function (d) { return docTitle(d); }, render: function (d) { return docLink(d.i); } },
      { label: "Datum", cls: "nowrap", sort: function (d) { return docDate(d); }, render: function (d) { return docDate(d); } },
      { label: "Citat", cls: "num", desc: true, sort: function (d) { return d.n_quotes; }, render: function (d) { return fmt(d.n_quotes); } },
      { label: "Entiteter", cls: "num", desc: true, sort: function (d) { return d.n_entities; }, render: function (d) { return fmt(d.n_entities); } },
    ];
    return cols.concat(extra || []);
  }

  // ------------------------------------------------------------ list views
  var quoteHay = null;
  function quoteHaystack(q) {
    var d = docs[q.doc], s = speakers[q.speaker];
    return lower([s ? s.name : "", q.text, d ? d.title : "", d ? d.doc_id : "", d ? d.date : "", q.cue].join(" "));
  }
  var quoteTable = new Table(document.getElementById("quote-table"), quoteColumns(true, true),
    { items: quotes, countEl: document.getElementById("quote-count"), noun: "citat" });
  function filterQuotes(text) {
    var ts = terms(text);
    if (!ts.length) { quoteTable.setFilter(null); return quoteTable.items.length; }
    if (!quoteHay) quoteHay = quotes.map(quoteHaystack);
    quoteTable.setFilter(function (q) { return matches(quoteHay[q.i], ts); });
    return quoteTable.items.length;
  }
  var qInput = document.getElementById("quote-search");
  qInput.addEventListener("input", debounce(function () { filterQuotes(qInput.value); }, 120));

  function listView(name, items, columns, hay, opts) {
    var table = null, hays = null, input = document.getElementById(name + "-search");
    function ensure() {
      if (!table) table = new Table(document.getElementById(name + "-table"), columns,
        Object.assign({ items: items, countEl: document.getElementById(name + "-count") }, opts));
      return table;
    }
    input.addEventListener("input", debounce(function () {
      var ts = terms(input.value), t = ensure();
      if (!ts.length) return t.setFilter(null);
      if (!hays) hays = items.map(hay);
      t.setFilter(function (it) { return matches(hays[it.i], ts); });
    }, 120));
    return ensure;
  }
  var peopleView = listView("people", people, [
    { label: "Namn", sort: function (p) { return p.name; }, render: function (p) { return el("a", { href: "#/person/" + p.i, cls: "person", text: p.name }); } },
    { label: "Citat", cls: "num", desc: true, sort: function (p) { return p.n_quotes; }, render: function (p) { return fmt(p.n_quotes); } },
    { label: "Omnämnanden", cls: "num", desc: true, sort: function (p) { return p.n_mentions; }, render: function (p) { return fmt(p.n_mentions); } },
    { label: "Artiklar", cls: "num", desc: true, sort: function (p) { return p.n_documents; }, render: function (p) { return fmt(p.n_documents); } },
    { label: "Roller", sort: function (p) { return p.roles.join(", "); }, render: function (p) { return p.roles.slice(0, 3).join(", "); } },
    { label: "Tillhörighet", sort: function (p) { return p.affiliations.join(", "); }, render: function (p) { return p.affiliations.slice(0, 3).join(", "); } },
  ], function (p) { return lower([p.name, p.variants.join(" "), p.roles.join(" "), p.affiliations.join(" ")].join(" ")); },
  { noun: "personer" });
  var orgsView = listView("orgs", orgs, [
    { label: "Namn", sort: function (o) { return o.name; }, render: function (o) { return el("a", { href: "#/org/" + o.i, cls: "org", text: o.name }); } },
    { label: "Citat", cls: "num", desc: true, sort: function (o) { return o.n_quotes; }, render: function (o) { return fmt(o.n_quotes); } },
    { label: "Omnämnanden", cls: "num", desc: true, sort: function (o) { return o.n_mentions; }, render: function (o) { return fmt(o.n_mentions); } },
    { label: "Artiklar", cls: "num", desc: true, sort: function (o) { return o.n_documents; }, render: function (o) { return fmt(o.n_documents); } },
    { label: "Personer", sort: function (o) { return o.people.join(", "); }, render: function (o) { return o.people.slice(0, 4).join(", "); } },
  ], function (o) { return lower([o.name, o.people.join(" ")].join(" ")); }, { noun: "organisationer" });
  var articlesView = listView("articles", docs, docColumns(), function (d) {
    return lower([d.title, d.doc_id, d.date, d.source].join(" "));
  }, { noun: "artiklar" });

  // ------------------------------------------------------------ panels
  function tags(list) {
    if (!list || !list.length) return el("span", { cls: "empty", text: "–" });
    return el("span", { cls: "tags" }, list.map(function (x) { return el("span", { text: x }); }));
  }
  function facts(pairs) {
    var dl = el("dl", { cls: "facts" });
    pairs.forEach(function (p) { if (p) { dl.appendChild(el("dt", { text: p[0] })); dl.appendChild(el("dd", null, [p[1]])); } });
    return dl;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, kids) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  // Quotes per month as small bars (null when fewer than two dated quotes).
  function monthChart(dates, fill) {
    var months = dates.filter(Boolean).map(function (d) { return d.slice(0, 7); }).sort();
    if (months.length < 2) return null;
    var counts = {}, keys = [], y = +months[0].slice(0, 4), m = +months[0].slice(5, 7);
    months.forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
    var last = months[months.length - 1];
    while (keys.length < 600) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      keys.push(key);
      if (key >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    var top = Math.max.apply(null, keys.map(function (k) { return counts[k] || 0; }));
    var w = Math.max(4, Math.min(28, Math.floor(560 / keys.length))), h = 60;
    var bars = keys.map(function (k, n) {
      var c = counts[k] || 0, bh = Math.round((h - 4) * c / top);
      return svg("rect", { x: n * w, y: h - bh, width: w - 1, height: bh, fill: fill, stroke: "#888", "stroke-width": "0.5" },
        [svg("title", null, [k + ": " + c])]);
    });
    return el("div", { cls: "chartbox" }, [svg("svg", { "class": "chart mini", width: keys.length * w, height: h + 16,
      role: "img", "aria-label": "Citat per månad" }, bars.concat([
      svg("text", { x: 0, y: h + 13, "font-size": "11" }, [keys[0]]),
      svg("text", { x: keys.length * w, y: h + 13, "font-size": "11", "text-anchor": "end" }, [keys[keys.length - 1]])]))]);
  }
  function entityPanel(opts) {
    var box = document.getElementById("view-person");
    var qs = [];
    opts.speakers.forEach(function (si) { qs = qs.concat(speakerQuotes[si].map(function (n) { return quotes[n]; })); });
    var docSet = {};
    (opts.docs || []).forEach(function (d) { docSet[d] = true; });
    qs.forEach(function (q) { if (q.doc >= 0) docSet[q.doc] = true; });
    var own = {};
    qs.forEach(function (q) { own[q.doc] = (own[q.doc] || 0) + 1; });
    var dlist = Object.keys(docSet).map(function (d) { return docs[+d]; });
    var title = el("h2", null, [opts.speakers.length ? swatch(opts.speakers[0]) : null, opts.name]);
    var qBox = el("div", { id: "person-quotes" }), dBox = el("div", { id: "person-articles" });
    fill(box, [el("a", { href: opts.back, cls: "back", text: "‹ " + opts.backText }), title, facts(opts.facts),
      el("h2", { text: "Citat (" + fmt(qs.length) + ")" }),
      monthChart(qs.map(function (q) { return docs[q.doc] ? docs[q.doc].date_iso : ""; }),
        colour(opts.speakers.length ? opts.speakers[0] : -1)), qBox,
      el("h2", { text: "Artiklar (" + fmt(dlist.length) + ")" }), dBox]);
    new Table(qBox, quoteColumns(false, true), { items: qs });
    new Table(dBox, docColumns([{ label: "Egna citat", cls: "num", desc: true, sort: function (d) { return own[d.i] || 0; },
      render: function (d) { return fmt(own[d.i] || 0); } }]), { items: dlist, sortCol: 1 });
    return box;
  }
  function showPerson(n) {
    var p = people[n];
    if (!p) return notFound();
    return entityPanel({ name: p.name, speakers: personSpeakers[n], docs: p.docs, back: "#/people", backText: "Personer",
      facts: [["Roller", tags(p.roles)], ["Tillhörighet", tags(p.affiliations)], ["Namnformer", tags(p.variants)],
        p.gender ? ["Kön", p.gender === "female" ? "kvinna" : p.gender === "male" ? "man" : p.gender] : null,
        ["Omnämnanden", fmt(p.n_mentions)], ["Artiklar", fmt(p.n_documents)], ["Citat", fmt(p.n_quotes)], ["Id", p.person_id]] });
  }
  function showOrg(n) {
    var o = orgs[n];
    if (!o) return notFound();
    var ppl = el("span", { cls: "tags" }, o.people.map(function (name) {
      var pi = personByName[lower(name)];
      return pi == null ? el("span", { text: name }) : el("span", null, [el("a", { href: "#/person/" + pi, text: name })]);
    }));
    return entityPanel({ name: o.name, speakers: orgSpeakers[n], docs: o.docs, back: "#/orgs", backText: "Organisationer",
      facts: [["Personer", o.people.length ? ppl : tags([])], ["Omnämnanden", fmt(o.n_mentions)], ["Artiklar", fmt(o.n_documents)],
        ["Citat", fmt(o.n_quotes)], ["Id", o.org_id]] });
  }
  function showSpeaker(n) {
    var s = speakers[n];
    if (!s) return notFound();
    return entityPanel({ name: s.name, speakers: [n], docs: [], back: "#/quotes", backText: "Citat",
      facts: [["Citat", fmt(s.n_quotes)], ["Kopplad till", el("span", { cls: "empty", text: "ingen person eller organisation" })]] });
  }
  function notFound() {
    var box = document.getElementById("view-person");
    box.replaceChildren(el("p", { cls: "empty", text: "Hittades inte." }));
    return box;
  }

  // ------------------------------------------------------------ article
  var blockCache = {};
  function block(n) {
    if (!blockCache[n]) {
      var node = document.getElementById("doc-" + n);
      blockCache[n] = node ? JSON.parse(node.textContent) : { text: "", ents: [], bp: [] };
    }
    return blockCache[n];
  }
  function articleText(n, b) {
    var text = b.text, qs = docQuotes[n].map(function (k) { return quotes[k]; });
    var cuts = { 0: 1 };
    cuts[text.length] = 1;
    function cut(a, z) { if (a >= 0 && z > a && z <= text.length) { cuts[a] = 1; cuts[z] = 1; return true; } return false; }
    var qspans = qs.filter(function (q) { return cut(q.start, q.end); });
    var sms = qs.filter(function (q) { return cut(q.sm_start, q.sm_end); });
    var ents = b.ents.filter(function (e) { return cut(e[0], e[1]); });
    var bps = b.bp.filter(function (r) { return cut(r[0], r[1]); });
    var pts = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
    var root = el("div", { cls: "article-text", id: "article-text" });
    var mark = null, markQ = null;
    for (var k = 0; k + 1 < pts.length; k++) {
      var a = pts[k], z = pts[k + 1], node = document.createTextNode(text.slice(a, z));
      var q = null, j;
      for (j = 0; j < qspans.length; j++) if (qspans[j].start <= a && z <= qspans[j].end) { q = qspans[j]; break; }
      for (j = 0; j < ents.length; j++) {
        var e = ents[j];
        if (e[0] <= a && z <= e[1]) {
          var label = P.labels[e[2]] || "MISC";
          var span = el("span", { cls: "ent ent-" + label, title: label }, [node]);
          if (e[3] >= 0) { span.dataset.href = "#/person/" + e[3]; span.title = label + " · " + people[e[3]].name; }
          else if (e[4] >= 0) { span.dataset.href = "#/org/" + e[4]; span.title = label + " · " + orgs[e[4]].name; }
          if (z === e[1]) { span.classList.add("ent-end"); span.dataset.label = label; }
          node = span;
        }
      }
      for (j = 0; j < sms.length; j++) if (sms[j].sm_start <= a && z <= sms[j].sm_end) {
        var sm = el("span", { cls: "sm", title: "Talare" }, [node]);
        sm.style.borderBottomColor = colour(sms[j].speaker);
        sm.style.background = colour(sms[j].speaker);
        node = sm;
        break;
      }
      for (j = 0; j < bps.length; j++) if (bps[j][0] <= a && z <= bps[j][1]) { node = el("span", { cls: "bp", title: "Sidelement (boilerplate)" }, [node]); break; }
      if (q) {
        if (markQ !== q) {
          markQ = q;
          mark = el("mark", { cls: "q", id: "q-" + q.i, title: (q.speaker >= 0 ? speakers[q.speaker].name : "okänd talare") + (q.cue ? " · " + q.cue : "") });
          mark.style.background = colour(q.speaker);
          root.appendChild(mark);
        }
        mark.appendChild(node);
      } else {
        markQ = null;
        root.appendChild(node);
      }
    }
    root.addEventListener("click", function (ev) {
      var t = ev.target.closest("[data-href]");
      if (t) location.hash = t.dataset.href;
    });
    return root;
  }
  function showArticle(n, qi) {
    var box = document.getElementById("view-article"), d = docs[n];
    if (!d) { box.replaceChildren(el("p", { cls: "empty", text: "Hittades inte." })); return box; }
    var b = block(n);
    var spk = {};
    docQuotes[n].forEach(function (k) { spk[quotes[k].speaker] = (spk[quotes[k].speaker] || 0) + 1; });
    var legend = el("div", { cls: "legend" }, Object.keys(spk).map(Number).sort(function (x, y) { return spk[y] - spk[x]; }).map(function (si) {
      return el("span", null, [speakerLink(si), " (" + spk[si] + ")"]);
    }).concat(P.labels.map(function (l) { return el("span", { cls: "ent ent-" + l, text: l }); })));
    var url = /^https?:\/\//i.test(d.url) ? el("a", { href: d.url, rel: "noopener noreferrer", target: "_blank", text: d.url }) : d.url;
    var qBox = el("div", { id: "article-quotes" });
    box.replaceChildren(el("a", { href: "#/articles", cls: "back", text: "‹ Artiklar" }), el("h2", { text: docTitle(d) }),
      facts([["Datum", d.date || "–"], ["Källa", d.source || "–"], d.url ? ["URL", url] : null, ["Id", d.doc_id],
        d.status !== "ok" ? ["Fel", el("span", { cls: "error", text: d.error || d.status })] : null]),
      legend, articleText(n, b), el("h2", { text: "Citat i artikeln (" + docQuotes[n].length + ")" }), qBox);
    new Table(qBox, quoteColumns(true, false), { items: docQuotes[n].map(function (k) { return quotes[k]; }) });
    if (qi != null && !isNaN(qi)) {
      var m = document.getElementById("q-" + qi);
      if (m) { m.classList.add("sel"); setTimeout(function () { m.scrollIntoView({ block: "center" }); }, 0); }
    }
    return box;
  }

  // ------------------------------------------------------------ routing
  var tabOf = { quotes: "quotes", people: "people", person: "people", speaker: "quotes", orgs: "orgs", org: "orgs",
    articles: "articles", article: "articles", charts: "charts" };
  function route() {
    var parts = location.hash.replace(/^#\/?/, "").split("/"), view = parts[0] || "quotes", shown;
    if (!tabOf[view]) view = "quotes";
    if (view === "person") shown = showPerson(+parts[1]);
    else if (view === "org") shown = showOrg(+parts[1]);
    else if (view === "speaker") shown = showSpeaker(+parts[1]);
    else if (view === "article") shown = showArticle(+parts[1], parts.length > 2 ? +parts[2] : null);
    else {
      if (view === "people") peopleView();
      if (view === "orgs") orgsView();
      if (view === "articles") articlesView();
      shown = document.getElementById("view-" + view);
    }
    document.querySelectorAll("section.view").forEach(function (s) { s.hidden = s !== shown; });
    document.querySelectorAll("#tabs a").forEach(function (a) { a.classList.toggle("active", a.dataset.view === tabOf[view]); });
    if (["person", "org", "speaker", "article"].indexOf(view) >= 0 && !(view === "article" && parts.length > 2)) window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", route);
  route();

  window.__report = {
    ready: true,
    loadMs: performance.now() - t0,
    search: function (text) { qInput.value = text; var t = performance.now(); var n = filterQuotes(text); window.__report.filterMs = performance.now() - t; return n; },
    counts: { quotes: quotes.length, docs: docs.length, people: people.length, orgs: orgs.length },
  };
})();
