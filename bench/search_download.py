#!/usr/bin/env python3
"""Bytes a search downloads: replays what search.js loads for a query against a built site.

  search_download.py SITE_DIR --queries 20 [--seed 1]

Queries are drawn from the site's own articles: one-word and two-word queries are words and
neighbouring word pairs taken from random article titles (what readers search for), plus the
word with the highest document frequency (a word in nearly every article). For each query the
script loads, as the page does, search.js, the manifest, the term directories and chunks, the
first word's followers (pairs, pairs in titles, spellings), and the record shards of the first 10 results (ranked as search.js ranks
them), and adds up the file sizes, uncompressed. The last word is expanded as a prefix the way search.js does it. It prints one line per query and
a summary.
"""
import argparse, json, math, os, random, re, statistics, sys, unicodedata

DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
VAL = {c: i for i, c in enumerate(DIGITS)}
WORD = re.compile(r"[^\W_]+")  # letters, marks and numbers (close enough for generated Vietnamese)


def fold(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return "".join("d" if c in "đĐÐðƉ" else c.lower() for c in s)


def exact(w):
    return unicodedata.normalize("NFC", w).lower()


class Site:
    def __init__(self, root):
        self.root = root
        self.loaded = {}

    def load(self, name):
        """The data of search/<name>.js, counting its bytes once per query."""
        if name not in self.loaded:
            path = os.path.join(self.root, "search", name + ".js")
            if not os.path.exists(path):
                self.loaded[name] = (0, None)
            else:
                raw = open(path, "rb").read()
                text = raw.decode("utf-8")
                data = json.loads(text[text.index(",") + 1:text.rindex(")")])
                self.loaded[name] = (len(raw), data)
        return self.loaded[name][1]

    def bytes(self):
        return sum(b for b, _ in self.loaded.values())


def group(key):
    return key[:3] if key[0] == "#" else key[:2]


def file_name(g):
    return "".join(c if ("a" <= c <= "z" or "0" <= c <= "9") else "_%04x" % ord(c) for c in g)


def find(entries, key):
    for e in entries or []:
        if e[0] == key:
            return e
    return None


def term(site, key):
    g = file_name(group(key))
    d = site.load("t/" + g)
    if d is None:
        return None
    if "e" in d:
        return find(d["e"], key)
    w = find(d["u"], key)
    return find(site.load("t/%s-%d" % (g, w[2])), key) if w else None


def follower(site, word_entry, key):
    if word_entry is None:
        return None
    if len(word_entry) > 3 and word_entry[3] is not None:
        return find(word_entry[3], key)
    if len(word_entry) > 4:
        chunk = None
        for first, n in word_entry[4]:
            if first <= key:
                chunk = n
        if chunk is None:
            return None
        return find(site.load("t/%s-%d" % (file_name(group(word_entry[0])), chunk)), key)
    return None


def decode(p, n, scored):
    """{doc: score} of an entry's postings."""
    out = {}
    def sparse(s, default=None):
        i, doc = 0, -1
        while i < len(s):
            v, shift = 0, 0
            while True:
                c = VAL[s[i]]; i += 1
                v += (c & 31) << shift; shift += 5
                if not c & 32:
                    break
            doc += v + 1
            if scored:
                out[doc] = VAL[s[i]]; i += 1
            else:
                out[doc] = 1
    if p == "*":
        return None
    if isinstance(p, str):
        sparse(p)
    else:
        for i, ch in enumerate(p[0]):
            bits = VAL[ch]
            for j in range(6):
                if bits >> j & 1:
                    out[i * 6 + j] = p[2] if scored else 1
        if scored:
            sparse(p[1])
    return out


EXPAND, EXPAND_BYTES = 10, 30000


def expand(site, prefix, m):
    """The words search.js expands a last word to (same rule: df order, a download budget)."""
    d = site.load("t/" + file_name(group(prefix)))
    if d is None:
        return []
    inline = "e" in d
    lst = d["e"] if inline else d["u"]
    out = sorted((e for e in lst if e[0].startswith(prefix)), key=lambda e: (-e[1], e[0]))
    chosen, seen, spent = [], set(), 0
    for i, w in enumerate(out[:EXPAND]):
        cost = 0 if inline or w[2] in seen else max(m["cs"], min(3 * w[1], m["n"] / 6))
        if i and w[0] != prefix and spent + cost > EXPAND_BYTES:
            continue
        spent += cost
        seen.add(None if inline else w[2])
        chosen.append(w[0])
    return chosen


def search(site, query):
    """Loads what search.js loads for the query; returns (ranked documents, hits).

    Ranking uses the typed words themselves (the page also weighs prefix expansions), so the
    record shards may differ from the page's; there are 10 of them either way.
    """
    site.loaded = {}
    site.load("manifest")
    m = site.loaded["manifest"][1]
    n = m["n"]
    site.loaded["search.js"] = (os.path.getsize(os.path.join(site.root, "assets/js/search.js")), None)
    words = [(fold(w), exact(w)) for w in WORD.findall(query)]
    idf = lambda df: math.log(1 + (n - df + 0.5) / (df + 0.5))
    total, entries = {}, []
    last = words[-1][0] if words else ""
    expansions = expand(site, last, m) if len(last) >= 2 else [last]
    for k in expansions:
        term(site, k)
    for f, x in words:
        e = term(site, f)
        entries.append(e)
        if e is None:
            if f == last and len(expansions) > 0:
                continue
            return [], 0
        s = decode(e[2], n, True)
        w = idf(e[1]) * (m["k1"] + 1) / 63
        total = {d: total.get(d, 0) + q * w for d, q in s.items() if not entries[:-1] or d in total}
        if x != f:
            sp = follower(site, e, f + "\u0001" + x)
            if sp:
                ds = decode(sp[2], n, False)
                if ds:
                    for d in total:
                        if d in ds:
                            total[d] += 0.5 * idf(sp[1])
    for i, ((a, _), (b, _)) in enumerate(zip(words, words[1:])):
        for k in (expansions if i == len(words) - 2 else [b]):
            pair = follower(site, entries[i], a + " " + k)
            if pair and k == b:
                for d in decode(pair[2], n, False):
                    if d in total:
                        total[d] += 1.5 * idf(pair[1])
            titled = follower(site, entries[i], a + " " + k + "\u0002")  # the pair in a headline
            if titled and k == b:
                for d in decode(titled[2], n, False):
                    if d in total:
                        total[d] += 2 * idf(titled[1])
    ranked = sorted(total, key=lambda d: (-round(total[d] * 1000), d))
    for d in ranked[:10]:
        site.load("r/%d" % (d // m["rs"]))
    return ranked, len(total)


def titles(root, count, rng):
    """Titles of random records: what readers type."""
    shards = [f for f in os.listdir(os.path.join(root, "search", "r"))]
    out = []
    for name in rng.sample(shards, min(count, len(shards))):
        site = Site(root)
        recs = site.load("r/" + name[:-3]) or []
        rec = rng.choice([r for r in recs if r])
        out.append(rec[0])
    return out


def most_frequent_word(root):
    best = (0, None)
    tdir = os.path.join(root, "search", "t")
    for name in os.listdir(tdir):
        if "-" in name or name.startswith("_0023"):
            continue
        site = Site(root)
        d = site.load("t/" + name[:-3])
        for e in (d.get("u") or d.get("e") or []):
            if " " not in e[0] and "\u0001" not in e[0] and e[1] > best[0]:
                best = (e[1], e[0])
    return best


def queries(root, count, seed):
    """(kind, query) pairs: count one-word and count two-word queries, and the commonest word."""
    rng = random.Random(seed)
    out = []
    for t in titles(root, count * 2, rng):
        ws = WORD.findall(t)
        if len(out) < count or len(ws) < 2:
            out.append(("1 word", rng.choice(ws)))
        else:
            i = rng.randrange(len(ws) - 1)
            out.append(("2 words", ws[i] + " " + ws[i + 1]))
    df, word = most_frequent_word(root)
    out.append(("common word (df %d)" % df, word))
    return out


def report(rows):
    """rows: (kind, query, bytes, results); prints them and medians by kind."""
    sizes = {}
    for kind, q, b, hits in rows:
        sizes.setdefault(kind.split(" (")[0], []).append(b)
        print("%-26s %-30s %8d bytes  %7s results" % (kind, q, b, hits))
    print()
    for kind, bs in sizes.items():
        print("%-14s n=%-3d median %7.1f KB  max %7.1f KB" % (kind, len(bs), statistics.median(bs) / 1000, max(bs) / 1000))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site")
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    site = Site(args.site)
    rows = []
    for kind, q in queries(args.site, args.queries, args.seed):
        _, hits = search(site, q)
        rows.append((kind, q, site.bytes(), hits))
    report(rows)


if __name__ == "__main__":
    sys.exit(main())
