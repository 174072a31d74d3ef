"""A chat-blocks backend in the style of FastAPI, with Python's standard library only.

    POST /chat  ->  Server-Sent Events of markdown text, each piece framed as SSE requires:

        data: Here is the code:
        data:
        data: ```python
        data: print("hi")
        data: ```
        <blank line>

A piece of text that holds line breaks must become one `data:` line per line
(the widget joins them back with "\\n"): the common `yield f"data: {text}\\n\\n"`
cuts the event at the first line break and the rest is lost. A piece that
starts with `{` or `"` would be read as JSON, so such a piece is sent as
`{"delta": piece}`. In FastAPI the same generator is served with:

    @app.post("/chat")
    async def chat(request: ChatRequest):
        return StreamingResponse(events(request.message), media_type="text/event-stream")

Run:
    python3 examples/servers/python/fastapi_style.py          (PORT=8790 by default)
    <chat-blocks endpoint="http://127.0.0.1:8790/chat"></chat-blocks>
"""
import json
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def sse_event(text):
    """One SSE event holding `text`, whatever lines or characters it has."""
    if text[:1] in ('{', '"'):
        text = json.dumps({"delta": text})
    return "".join(f"data: {line}\n" for line in text.split("\n")) + "\n"


def events(message):
    """The "model": answers with a code block, a few lines at a time."""
    pieces = [
        f"You said **{message or '(nothing)'}**. Here it is in Python:\n\n",
        "```python\n",
        f"print({json.dumps(message)})\n",
        "```\n",
        "\nDone.",
    ]
    for piece in pieces:
        yield sse_event(piece)
    yield "data: [DONE]\n\n"


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
        body = json.dumps({"detail": message}).encode()
        self.send_response(status)
        self.send_cors()
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path != "/chat":
            return self.fail(404, "Not Found")
        try:
            length = int(self.headers.get("Content-Length") or 0)
            request = json.loads(self.rfile.read(length) or b"{}")
        except (ValueError, json.JSONDecodeError):
            return self.fail(422, "The request body must be JSON.")
        self.send_response(200)
        self.send_cors()
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for event in events(request.get("message") or ""):
                self.wfile.write(event.encode())
                self.wfile.flush()
                time.sleep(0.03)
        except (BrokenPipeError, ConnectionResetError):
            pass  # The user pressed stop: stop generating.
        self.close_connection = True

    def log_message(self, format, *args):
        pass


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8790"))
    server = ThreadingHTTPServer(("127.0.0.1", port), ChatHandler)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
