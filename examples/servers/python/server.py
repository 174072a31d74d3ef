"""A complete chat-blocks backend with Python's standard library only.

    POST /chat  ->  Server-Sent Events:  data: {"delta": "..."}\n\n ... data: [DONE]\n\n

The widget sends {"message", "files", "messages", ...body}. Run:
    python3 examples/servers/python/server.py          (PORT=8788 by default)
    <chat-blocks endpoint="http://127.0.0.1:8788/chat"></chat-blocks>
"""
import json
import os
import re
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def answer(request):
    """The "model": echoes the message back, word by word."""
    message = request.get("message") or "(nothing)"
    files = request.get("files") or []
    attached = f" and {len(files)} file{'s' if len(files) > 1 else ''}" if files else ""
    text = f"You said **{message}**{attached}."
    yield from re.findall(r"\S+\s*", text)  # each word with the space after it


class ChatHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def send_cors(self):
        # Allow a page on another origin to call this server; narrow this in production.
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Authorization")
        self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")

    def do_OPTIONS(self):
        self.send_response(204)
        self.send_cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def fail(self, status, message):
        body = json.dumps({"error": message}).encode()
        self.send_response(status)
        self.send_cors()
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path != "/chat":
            return self.fail(404, "Not found")
        try:
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"{}")
        except (ValueError, json.JSONDecodeError):
            return self.fail(400, "The request body must be JSON.")
        self.send_response(200)
        self.send_cors()
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for event in self.events(request):
                self.wfile.write(event.encode())
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass  # The user pressed stop: stop generating.
        self.close_connection = True

    def events(self, request):
        """The SSE events of the reply to `request`, each a whole event."""
        for delta in answer(request):
            yield f"data: {json.dumps({'delta': delta})}\n\n"
        yield "data: [DONE]\n\n"

    def log_message(self, format, *args):
        pass


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8788"))
    server = ThreadingHTTPServer(("127.0.0.1", port), ChatHandler)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
