"""A small driver for Debian's headless Chromium over the DevTools protocol, standard library only.

Chromium's `--remote-debugging-pipe` speaks the Chrome DevTools Protocol (CDP) as NUL-terminated
JSON messages on file descriptors 3 (commands in) and 4 (replies and events out) — the transport
Puppeteer uses with `pipe: true`. That needs no websocket package, no chromedriver and no TCP port,
and it dies with the process. Only the handful of CDP methods the tests need are wrapped:
`Target.createTarget`/`attachToTarget` (flat sessions), `Page.navigate` + `Page.loadEventFired`,
`Runtime.evaluate`, `Emulation.setDeviceMetricsOverride`, `CSS.getPlatformFontsForNode` and
`Page.captureScreenshot`.
"""

from __future__ import annotations

import base64
import json
import os
import select  # poll(): select() refuses a descriptor past FD_SETSIZE (1024) in a long test run
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)
_CDP_IN_FD = 3
_CDP_OUT_FD = 4


class BrowserError(RuntimeError):
    """Chromium died, timed out, or a CDP command returned an error."""


class Chromium:
    """One headless Chromium process with one page; use as a context manager."""

    def __init__(self, *, executable: Path = CHROMIUM, timeout_seconds: float = 30.0) -> None:
        self.executable = executable
        self.timeout_seconds = timeout_seconds
        self._next_id = 0
        self._buffer = b""
        self._events: list[dict[str, Any]] = []
        self._session: str | None = None

    def __enter__(self) -> Chromium:
        self._profile = tempfile.mkdtemp(prefix="l10n-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire_cdp_fds() -> None:  # runs in the child between fork and exec
            os.dup2(to_browser_read, _CDP_IN_FD)
            os.dup2(from_browser_write, _CDP_OUT_FD)

        self._process = subprocess.Popen(
            [str(self.executable), *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_cdp_fds,
            close_fds=False,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)
        attached = self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True}, session=False)
        self._session = attached["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            self.send("Browser.close", session=False)
        except BrowserError:
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)

    # -- protocol -------------------------------------------------------------------------------

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = True) -> dict:
        """Send one CDP command and wait for its reply; events met meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session and self._session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self._events.append(reply)

    def wait_for_event(self, method: str) -> dict[str, Any]:
        """Return the first pending or next `method` event (e.g. `Page.loadEventFired`)."""
        while True:
            for index, event in enumerate(self._events):
                if event["method"] == method:
                    return self._events.pop(index).get("params", {})
            message = self._read_message()
            if "method" in message:
                self._events.append(message)

    def _read_message(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout_seconds
        while b"\0" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BrowserError(f"no reply from Chromium within {self.timeout_seconds} s")
            poller = select.poll()
            poller.register(self._from_browser, select.POLLIN)
            if not poller.poll(remaining * 1000):
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium exited (status {self._process.poll()})")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    # -- page helpers ---------------------------------------------------------------------------

    def set_viewport(self, *, width: int, height: int) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def open(self, url: str) -> None:
        """Navigate and wait for the load event (fonts and styles are in by then)."""
        self._events = [e for e in self._events if e["method"] != "Page.loadEventFired"]
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"cannot load {url}: {result['errorText']}")
        self.wait_for_event("Page.loadEventFired")
        self.evaluate("document.fonts.ready.then(() => true)")

    def evaluate(self, expression: str) -> Any:
        """Evaluate JavaScript in the page and return its JSON value (promises are awaited)."""
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"JavaScript error: {text}")
        return result["result"].get("value")

    def platform_fonts(self, selector: str) -> dict[str, int]:
        """Fonts the renderer actually used for the text inside `selector`: family → glyph count.

        This is how to tell real glyphs from tofu without looking: CJK text drawn with
        "Noto Sans CJK SC" used that font's glyphs, not a last-resort box.
        """
        self.send("DOM.enable")
        self.send("CSS.enable")
        root = self.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        if not node:
            raise BrowserError(f"no element matches {selector!r}")
        fonts = self.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        return {font["familyName"]: font["glyphCount"] for font in fonts}

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        """Save a PNG of the page (the whole scrollable page by default)."""
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            width, height = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
            )
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        data = self.send("Page.captureScreenshot", params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
