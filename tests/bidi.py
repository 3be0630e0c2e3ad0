"""A small WebDriver BiDi client for the review site's tests in Firefox.

Debian's ``firefox-esr`` speaks WebDriver BiDi itself (``--remote-debugging-port``): no geckodriver
and no browser build of Playwright's are needed, and nothing is downloaded. This module starts it
headless with its own profile (downloads go to a folder without asking), talks to it over a
websocket (the ``websockets`` package) and offers the few things the tests do: open a page, run a
script, click an element and press keys as a person would (``input.performActions``), fill a
field, take a screenshot, and collect the page's script errors and dialogs.
"""

from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import regex

_LISTENING_RE = regex.compile(r"WebDriver BiDi listening on (?P<url>ws://\S+)")
# Downloads go to the profile's folder without a dialog; nothing is fetched in the background.
PREFS = {
    "browser.download.folderList": 2,
    "browser.download.useDownloadDir": True,
    "browser.download.always_ask_before_handling_new_types": False,
    "browser.download.start_downloads_in_tmp_dir": False,
    "browser.download.alwaysOpenPanel": False,
    "browser.helperApps.neverAsk.saveToDisk": "application/json",
    "app.update.enabled": False,
    "browser.shell.checkDefaultBrowser": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "network.captive-portal-service.enabled": False,
    "extensions.update.enabled": False,
    "remote.prefs.recommended": False,
}
# WebDriver's names of special keys (the Unicode private-use code points of the spec)
KEYS = {"Enter": "\ue007", "PageDown": "\ue00f", "PageUp": "\ue00e", "ArrowDown": "\ue015", "ArrowUp": "\ue013",
        "Tab": "\ue004", "Delete": "\ue017"}


class BiDiError(RuntimeError):
    """The browser refused a command, or did not answer in time."""


class Firefox:
    """A headless Firefox over WebDriver BiDi, with one tab (``Firefox.tab``)."""

    def __init__(self, executable: str, profile: Path, *, timeout: float = 90.0) -> None:
        from websockets.sync.client import connect

        self.downloads = profile / "downloads"
        self.downloads.mkdir(parents=True, exist_ok=True)
        prefs = {**PREFS, "browser.download.dir": str(self.downloads)}
        (profile / "user.js").write_text("".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n"
                                                 for k, v in prefs.items()), encoding="utf-8")
        self._log = (profile / "firefox.log").open("w+", encoding="utf-8")
        self._process = subprocess.Popen(
            [executable, "--headless", "--no-remote", "--profile", str(profile), "--remote-debugging-port", "0",
             "about:blank"], stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + timeout
        url = None
        while url is None:
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise BiDiError(f"firefox did not start: {(profile / 'firefox.log').read_text()[-500:]}")
            time.sleep(0.2)
            self._log.seek(0)
            if m := _LISTENING_RE.search(self._log.read()):
                url = m["url"]
        self._stack = contextlib.ExitStack()
        self._ws = self._stack.enter_context(connect(f"{url}/session", max_size=None, open_timeout=timeout))
        self._next = 0
        self.events: list[dict[str, Any]] = []
        self.command("session.new", capabilities={"alwaysMatch": {"acceptInsecureCerts": False}})
        self.command("session.subscribe", events=["log.entryAdded", "browsingContext.userPromptOpened"])
        context = self.command("browsingContext.getTree")["contexts"][0]["context"]
        self.tab = Tab(self, context)

    def command(self, method: str, timeout: float = 60.0, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its answer; events that come meanwhile are kept in ``events``."""
        self._next += 1
        ident = self._next
        self._ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BiDiError(f"{method}: no answer in {timeout:.0f} s")
            try:
                message = json.loads(self._ws.recv(timeout=left))
            except TimeoutError:
                continue
            if message.get("type") == "event":
                self.events.append(message)
            elif message.get("id") == ident:
                if message.get("type") == "error":
                    raise BiDiError(f"{method}: {message.get('error')}: {message.get('message')}")
                result: dict[str, Any] = message["result"]
                return result

    def close(self) -> None:
        try:
            if hasattr(self, "_ws"):
                with contextlib.suppress(Exception):  # the browser may close the socket before it answers
                    self.command("browser.close", timeout=10)
                self._stack.close()
        finally:
            if self._process.poll() is None:
                self._process.terminate()
                try:
                    self._process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self._process.kill()
                    self._process.wait()
            self._log.close()


class Tab:
    """The browsing context the tests drive."""

    def __init__(self, browser: Firefox, context: str) -> None:
        self.browser = browser
        self.context = context

    def _command(self, method: str, **params: Any) -> dict[str, Any]:
        return self.browser.command(method, **params)

    def goto(self, url: str) -> None:
        self._command("browsingContext.navigate", context=self.context, url=url, wait="complete")

    def set_viewport(self, width: int, height: int) -> None:
        self._command("browsingContext.setViewport", context=self.context,
                      viewport={"width": width, "height": height})

    def evaluate(self, function: str, *args: Any) -> Any:
        """Call the JavaScript ``function`` (source of an arrow function) with JSON ``args``; its
        result comes back through JSON (so plain values only)."""
        result = self._command(
            "script.callFunction", functionDeclaration=f"(...a) => JSON.stringify(({function})(...a))",
            arguments=[_remote(a) for a in args], awaitPromise=True, target={"context": self.context})
        if result.get("type") == "exception":
            raise BiDiError(f"script failed: {result['exceptionDetails'].get('text')}")
        value = result["result"]
        return None if value.get("type") == "undefined" else json.loads(value["value"])

    def wait_for(self, function: str, *args: Any, timeout: float = 30.0) -> Any:
        """Evaluate ``function`` until its result is truthy; that result."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(function, *args)
            if value or time.monotonic() > deadline:
                if not value:
                    raise BiDiError(f"waited {timeout:.0f} s in vain for {function}")
                return value
            time.sleep(0.1)

    def _element(self, selector: str) -> dict[str, Any]:
        result = self._command(
            "script.callFunction", functionDeclaration="s => document.querySelector(s)",
            arguments=[_remote(selector)], awaitPromise=False, target={"context": self.context},
            resultOwnership="root")
        node = result.get("result") or {}
        if node.get("type") != "node":
            raise BiDiError(f"no element {selector!r} on the page")
        return {"sharedId": node["sharedId"]}

    def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (scrolled into view first)."""
        self.evaluate("s => document.querySelector(s).scrollIntoView({block: 'center'})", selector)
        element = self._element(selector)
        self._command("input.performActions", context=self.context, actions=[{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
                {"type": "pointerMove", "x": 0, "y": 0, "origin": {"type": "element", "element": element}},
                {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}])
        self._command("input.releaseActions", context=self.context)

    def press(self, key: str) -> None:
        """A key pressed and released (``KEYS`` names the special ones)."""
        value = KEYS.get(key, key)
        self._command("input.performActions", context=self.context, actions=[{
            "type": "key", "id": "keyboard", "actions": [{"type": "keyDown", "value": value},
                                                         {"type": "keyUp", "value": value}]}])

    def type(self, text: str) -> None:
        """Keys pressed one by one into whatever has the focus."""
        self._command("input.performActions", context=self.context, actions=[{
            "type": "key", "id": "keyboard", "actions": [a for ch in text for a in (
                {"type": "keyDown", "value": ch}, {"type": "keyUp", "value": ch})]}])

    def fill(self, selector: str, text: str) -> None:
        """Empty a field, then type into it (as a person would: input events and all) and leave it (change)."""
        self.click(selector)
        self.evaluate("s => { const e = document.querySelector(s); e.focus(); e.select(); }", selector)
        self.press("Delete")  # the selection goes
        self.type(text)
        self.evaluate("s => document.querySelector(s).dispatchEvent(new Event('change'))", selector)

    def screenshot(self, path: Path) -> None:
        data = self._command("browsingContext.captureScreenshot", context=self.context)["data"]
        path.write_bytes(base64.b64decode(data))

    def errors(self) -> list[str]:
        """The page's script errors and dialogs since the events were last cleared."""
        self._command("browsingContext.getTree", root=self.context)  # the events sent before are read
        found = []
        for event in self.browser.events:
            params = event.get("params") or {}
            if event.get("method") == "log.entryAdded" and params.get("level") == "error":
                found.append(f"{params.get('type')}: {params.get('text')}")
            elif event.get("method") == "browsingContext.userPromptOpened":
                found.append(f"dialog: {params.get('message')}")
        return found


def _remote(value: Any) -> dict[str, Any]:
    """A Python value as a BiDi local value (strings, numbers, booleans, null)."""
    if value is None:
        return {"type": "null"}
    if isinstance(value, bool):
        return {"type": "boolean", "value": value}
    if isinstance(value, int | float):
        return {"type": "number", "value": value}
    return {"type": "string", "value": str(value)}
