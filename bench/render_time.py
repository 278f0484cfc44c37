#!/usr/bin/env python3
"""How long the search page computes after its last file arrives, in headless Chromium.

  render_time.py SITE_DIR --queries 10

Serves the built site on 127.0.0.1 and opens search/?q=… for the queries of search_download.py.
search.js records two times on #search: data-rank-ms (from the last index file's arrival to the
ranked list: decoding postings and ranking every document) and data-render-ms (from the last
record shard's arrival to the results on screen). Prints both per query and their maxima.
"""
import argparse, functools, http.server, re, subprocess, sys, threading, urllib.parse
import search_download


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site")
    ap.add_argument("--queries", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *a):
            pass

    handler = functools.partial(Quiet, directory=args.site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    worst = [0, 0]
    try:
        for kind, q in search_download.queries(args.site, args.queries, args.seed):
            url = "http://127.0.0.1:%d/search/?q=%s" % (server.server_address[1], urllib.parse.quote(q))
            dom = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                  "--disable-background-networking", "--disable-component-update",
                                  "--no-first-run", "--timeout=15000", "--dump-dom", url],
                                 capture_output=True, text=True, timeout=120).stdout
            rank = re.search(r'data-rank-ms="(\d+)"', dom)
            render = re.search(r'data-render-ms="(\d+)"', dom)
            times = [int(m.group(1)) if m else -1 for m in (rank, render)]
            worst = [max(w, t) for w, t in zip(worst, times)]
            print("%-26s %-30s rank %5d ms  render %5d ms" % (kind, q, times[0], times[1]))
    finally:
        server.shutdown()
    print("\nmax: rank %d ms, render %d ms" % tuple(worst))


if __name__ == "__main__":
    sys.exit(main())
