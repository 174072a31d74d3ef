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

Run (server.py, beside it, serves the HTTP side):
    python3 examples/servers/python/fastapi_style.py          (PORT=8790 by default)
    <chat-blocks endpoint="http://127.0.0.1:8790/chat"></chat-blocks>
"""
import json
import os
from http.server import ThreadingHTTPServer

from server import ChatHandler  # server.py beside this file


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


class FastAPIStyleHandler(ChatHandler):
    """The HTTP side (CORS, errors, streaming) of server.py; only the events differ."""

    def events(self, request):
        return events(request.get("message") or "")


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8790"))
    server = ThreadingHTTPServer(("127.0.0.1", port), FastAPIStyleHandler)
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()
