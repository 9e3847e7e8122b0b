"""An HTTP proxy for the OGC's WMS test suite, which validates documents against schemas it fetches
from http://schemas.opengis.net: it answers those requests from a local copy of the schemas (laid out
as on that server) and refuses every other request, so the suite runs without the internet.

    python3 schemas_proxy.py SCHEMA_DIR    prints the port it listens on (127.0.0.1), then serves
"""
import http.server
import os
import sys
import urllib.parse

ROOT = os.path.realpath(sys.argv[1])


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        path = os.path.realpath(os.path.join(ROOT, url.path.lstrip("/")))
        if url.hostname == "schemas.opengis.net" and path.startswith(ROOT + os.sep) and os.path.isfile(path):
            with open(path, "rb") as schema:
                body = schema.read()
            self.send_response(200)
            self.send_header("Content-Type", "text/xml")
        else:
            body = b""
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        sys.stderr.write("[schemas-proxy] %s\n" % (format % args))


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
