"""Test-only stand-in for Mailpit: accepts any mail over plain SMTP on port 1025 (no TLS, no
auth, like Mailpit's defaults) and lists it over HTTP on 8025 in Mailpit's JSON shapes:
GET /api/v1/messages, GET /api/v1/message/<ID>, GET /livez. Messages live in memory."""
import json
import signal
import socketserver
import threading
import uuid
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from email.utils import getaddresses
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

messages = []  # newest first, as Mailpit lists them
lock = threading.Lock()


def addresses(value):
    return [{"Name": name, "Address": address} for name, address in getaddresses([value or ""]) if address]


def store(raw):
    mail = BytesParser(policy=policy.default).parsebytes(raw)
    body = mail.get_body(preferencelist=("plain",))
    html = mail.get_body(preferencelist=("html",))
    text = body.get_content() if body else ""
    entry = {
        "ID": uuid.uuid4().hex,
        "MessageID": mail.get("Message-ID", ""),
        "From": (addresses(mail.get("From")) or [{"Name": "", "Address": ""}])[0],
        "To": addresses(mail.get("To")),
        "Subject": str(mail.get("Subject", "")),
        "Created": datetime.now(timezone.utc).isoformat(),
        "Snippet": " ".join(text.split())[:250],
        "Text": text,
        "HTML": html.get_content() if html else "",
    }
    with lock:
        messages.insert(0, entry)


class Smtp(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 mailpit stand-in ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("utf-8", "replace").strip().split(" ")[0].upper()
            if verb == "EHLO":
                self.reply("250-mailpit")
                self.reply("250-8BITMIME")
                self.reply("250 SMTPUTF8")
            elif verb in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                store(b"".join(lines))
                self.reply("250 OK: queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Api(BaseHTTPRequestHandler):
    def send_json(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with lock:
            listed = [{k: v for k, v in m.items() if k not in ("Text", "HTML")} for m in messages]
            by_id = {m["ID"]: m for m in messages}
        if self.path in ("/livez", "/readyz"):
            self.send_json(200, {"ok": True})
        elif self.path.split("?")[0] == "/api/v1/messages":
            self.send_json(200, {"total": len(listed), "unread": len(listed), "count": len(listed), "start": 0, "messages": listed})
        elif self.path.startswith("/api/v1/message/") and self.path.rsplit("/", 1)[1] in by_id:
            self.send_json(200, by_id[self.path.rsplit("/", 1)[1]])
        else:
            self.send_json(404, {"error": "not found"})

    def log_message(self, *args):
        pass


class ThreadingSmtpServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


if __name__ == "__main__":
    # As PID 1, Python ignores SIGTERM by default: `down` would wait for its timeout.
    signal.signal(signal.SIGTERM, lambda *_: exit(0))
    smtp = ThreadingSmtpServer(("0.0.0.0", 1025), Smtp)
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    print("mailpit stand-in: SMTP on 1025, API on 8025")
    ThreadingHTTPServer(("0.0.0.0", 8025), Api).serve_forever()
