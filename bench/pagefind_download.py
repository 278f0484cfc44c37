#!/usr/bin/env python3
"""Bytes Pagefind downloads for the same queries as search_download.py.

  pagefind_download.py SITE_WITH_PAGEFIND SITE_WITH_GAZETTE_INDEX --queries 20

Serves the Pagefind site on 127.0.0.1, and for each query opens a small page in headless
Chromium that runs pagefind.search(query) and loads the first 10 results' data, as a results page
does. The server adds up the bytes of every file under pagefind/ it sends for the query (Pagefind
searches in a Web Worker, whose loads the page cannot see; its index files are stored compressed,
so these are the bytes a plain web server sends).
"""
import argparse, functools, http.server, json, os, re, subprocess, sys, threading
import search_download

HARNESS = """<!doctype html><meta charset="utf-8"><title>pagefind</title><pre id="out">…</pre>
<script type="module">
const q = new URLSearchParams(location.search).get('q');
const pagefind = await import('/pagefind/pagefind.js');
const r = await pagefind.search(q);
await Promise.all(r.results.slice(0, 10).map(x => x.data()));
document.getElementById('out').textContent = JSON.stringify({results: r.results.length});
</script>"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pagefind_site")
    ap.add_argument("gazette_site")
    ap.add_argument("--queries", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with open(os.path.join(args.pagefind_site, "pagefind-bench.html"), "w") as f:
        f.write(HARNESS)
    sent = [0]

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def send_head(self):
            f = super().send_head()
            if f is not None and self.path.startswith("/pagefind/"):
                sent[0] += os.fstat(f.fileno()).st_size
            return f

    handler = functools.partial(Handler, directory=args.pagefind_site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    rows = []
    try:
        for kind, q in search_download.queries(args.gazette_site, args.queries, args.seed):
            url = "http://127.0.0.1:%d/pagefind-bench.html?q=%s" % (server.server_address[1],
                                                                    __import__("urllib.parse").parse.quote(q))
            sent[0] = 0
            dom = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                  "--disable-background-networking", "--disable-component-update",
                                  "--no-first-run", "--virtual-time-budget=60000", "--dump-dom", url],
                                 capture_output=True, text=True, timeout=180).stdout
            m = re.search(r'<pre id="out">(\{.*?\})</pre>', dom)
            got = json.loads(m.group(1)) if m else {"results": "?"}
            rows.append((kind, q, sent[0], got["results"]))
    finally:
        server.shutdown()
        os.remove(os.path.join(args.pagefind_site, "pagefind-bench.html"))
    search_download.report(rows)


if __name__ == "__main__":
    sys.exit(main())
