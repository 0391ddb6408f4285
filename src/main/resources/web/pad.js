// digitpad drawing pad, shared by the digit page (app.js) and the number page (number.js): strokes
// drawn with mouse, finger or pen, painted as the server paints them, sent as strokes.
// Plain script (no modules, no build step): defines window.DigitpadPad.
"use strict";

window.DigitpadPad = (function () {
  /** The server's limits on a drawing sent as strokes; a larger one goes as a PNG. */
  const MAX_STROKES = 128;
  const MAX_POINTS = 10000;
  /** Give up on an answer after this long so a page never stays "Recognising…" forever. */
  const TIMEOUT_MS = 20000;

  /**
   * A pad on `canvas` (inside `frame`, which shows a placeholder while it is empty) with a drawing
   * space of `width` x `height` pixels and a round pen `penWidth` wide. `onStrokeStart` and
   * `onStrokeEnd` are called as the pen goes down and comes up; `overlay(context)`, if given, paints
   * over the ink on screen only (never into the exported image).
   */
  function create({ canvas, frame, width, height, penWidth, onStrokeStart, onStrokeEnd, overlay }) {
    const context = canvas.getContext("2d");
    const exportCanvas = document.createElement("canvas");
    exportCanvas.width = width;
    exportCanvas.height = height;
    /**
     * Finished and in-progress strokes, each a list of {x, y, t} points in the drawing space, t in
     * milliseconds since the page loaded.
     */
    const strokes = [];
    /** The stroke being drawn and the pointer drawing it; null between strokes. */
    let activeStroke = null;
    let activePointerId = null;
    let renderPending = false;

    /** Paints white paper and every stroke onto a context `scale` times the drawing space. */
    function paint(target, scale) {
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.fillStyle = "#ffffff";
      target.fillRect(0, 0, target.canvas.width, target.canvas.height);
      target.setTransform(scale, 0, 0, scale, 0, 0);
      target.strokeStyle = "#000000";
      target.fillStyle = "#000000";
      target.lineWidth = penWidth;
      target.lineCap = "round";
      target.lineJoin = "round";
      for (const stroke of strokes) {
        paintStroke(target, stroke);
      }
    }

    /** Smooth stroke: quadratic curves through the midpoints, with the real points as controls. */
    function paintStroke(target, points) {
      if (points.length === 0) {
        return;
      }
      if (points.length === 1) {
        // A tap leaves a dot, as a pen would.
        target.beginPath();
        target.arc(points[0].x, points[0].y, penWidth / 2, 0, Math.PI * 2);
        target.fill();
        return;
      }
      target.beginPath();
      target.moveTo(points[0].x, points[0].y);
      for (let i = 1; i < points.length - 1; i++) {
        const mid = { x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2 };
        target.quadraticCurveTo(points[i].x, points[i].y, mid.x, mid.y);
      }
      const last = points[points.length - 1];
      target.lineTo(last.x, last.y);
      target.stroke();
    }

    /** Redraws the visible pad at most once per frame, however many pointer events arrive. */
    function scheduleRender() {
      if (renderPending) {
        return;
      }
      renderPending = true;
      requestAnimationFrame(render);
    }

    function render() {
      renderPending = false;
      const scale = canvas.width / width;
      paint(context, scale);
      if (overlay) {
        overlay(context, scale);
      }
      // The "Draw here" placeholder sits over the canvas only while there is no ink.
      frame.classList.toggle("is-empty", strokes.length === 0);
    }

    /**
     * Gives the visible canvas one backing pixel per device pixel, so ink stays crisp on high-DPI
     * screens and when CSS shrinks the pad on a phone. The drawing space stays the same.
     */
    function fitBackingStore() {
      const cssWidth = canvas.getBoundingClientRect().width;
      if (cssWidth <= 0) {
        return;
      }
      const pixels = Math.max(1, Math.round(cssWidth * (window.devicePixelRatio || 1)));
      const rows = Math.max(1, Math.round((pixels * height) / width));
      if (canvas.width !== pixels || canvas.height !== rows) {
        canvas.width = pixels;
        canvas.height = rows;
      }
      // Resizing a canvas wipes it, so always repaint.
      render();
    }

    /** The drawing as an opaque black-on-white PNG data URL of the drawing space. */
    function exportPng() {
      paint(exportCanvas.getContext("2d"), 1);
      return exportCanvas.toDataURL("image/png");
    }

    /**
     * The drawing as a request body: its strokes, a few kilobytes the server paints exactly as
     * this pad does, with the order and timing a PNG would lose; a PNG when over the limits.
     */
    function requestBody() {
      const points = strokes.reduce((sum, stroke) => sum + stroke.length, 0);
      if (strokes.length > MAX_STROKES || points > MAX_POINTS) {
        return { image: exportPng() };
      }
      const start = strokes.length > 0 ? strokes[0][0].t : 0;
      return {
        strokes: strokes.map((stroke) =>
          stroke.map((p) => [round(p.x, 100), round(p.y, 100), round(p.t - start, 10)]),
        ),
        width,
        height,
        penWidth,
      };
    }

    /**
     * POSTs the drawing to `path`; resolves to {answer} for a 200 and {error} (a sentence for the
     * user) for an error answer or no answer at all. Never rejects.
     */
    async function send(path) {
      const options = {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(requestBody()),
      };
      if (typeof AbortSignal.timeout === "function") {
        options.signal = AbortSignal.timeout(TIMEOUT_MS);
      }
      let response;
      try {
        response = await fetch(path, options);
      } catch (error) {
        const timedOut = error !== null && typeof error === "object" && error.name === "TimeoutError";
        return { error: timedOut ? "The server took too long to answer" : "Cannot reach the server" };
      }
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const message = body !== null && typeof body.error === "string" && body.error !== "" ? body.error : "";
        return { error: message || `The server answered with an error (${response.status})` };
      }
      if (body === null || typeof body !== "object") {
        return { error: "The server sent an answer this page cannot read" };
      }
      return { answer: body };
    }

    function round(value, scale) {
      return Math.round(value * scale) / scale;
    }

    /** Maps a pointer event from CSS pixels on screen to the drawing space, with its time. */
    function toDrawingSpace(event, rect) {
      return {
        x: ((event.clientX - rect.left) / rect.width) * width,
        y: ((event.clientY - rect.top) / rect.height) * height,
        t: event.timeStamp,
      };
    }

    function onPointerDown(event) {
      // One stroke at a time: a second finger or a right click does not draw.
      if (activeStroke !== null || (event.pointerType === "mouse" && event.button !== 0)) {
        return;
      }
      event.preventDefault();
      canvas.setPointerCapture(event.pointerId);
      activePointerId = event.pointerId;
      onStrokeStart();
      activeStroke = [toDrawingSpace(event, canvas.getBoundingClientRect())];
      strokes.push(activeStroke);
      scheduleRender();
    }

    function onPointerMove(event) {
      if (event.pointerId !== activePointerId) {
        return;
      }
      // Coalesced events carry the points the browser merged into this one: smoother fast strokes.
      const coalesced = typeof event.getCoalescedEvents === "function" ? event.getCoalescedEvents() : [];
      const samples = coalesced.length > 0 ? coalesced : [event];
      const rect = canvas.getBoundingClientRect();
      for (const sample of samples) {
        addPoint(toDrawingSpace(sample, rect));
      }
      scheduleRender();
    }

    /** Appends a point unless it is on top of the previous one (those add nothing but work). */
    function addPoint(point) {
      const last = activeStroke[activeStroke.length - 1];
      if (Math.hypot(point.x - last.x, point.y - last.y) >= 0.5) {
        // The server wants a stroke's times in order; a coalesced sample must not step back.
        point.t = Math.max(point.t, last.t);
        activeStroke.push(point);
      }
    }

    /**
     * Ends the stroke on pointerup, and also on pointercancel or a lost capture: whatever was drawn
     * stays on the pad. The browser releases the capture by itself.
     */
    function onPointerEnd(event) {
      if (event.pointerId !== activePointerId) {
        return;
      }
      activeStroke = null;
      activePointerId = null;
      scheduleRender();
      onStrokeEnd();
    }

    /** Removes the strokes `drop(stroke)` says to; a stroke being drawn ends. */
    function removeStrokes(drop) {
      for (let i = strokes.length - 1; i >= 0; i--) {
        if (drop(strokes[i])) {
          strokes.splice(i, 1);
        }
      }
      if (activeStroke !== null && !strokes.includes(activeStroke)) {
        activeStroke = null;
        activePointerId = null;
      }
      render();
    }

    canvas.addEventListener("pointerdown", onPointerDown);
    canvas.addEventListener("pointermove", onPointerMove);
    canvas.addEventListener("pointerup", onPointerEnd);
    canvas.addEventListener("pointercancel", onPointerEnd);
    canvas.addEventListener("lostpointercapture", onPointerEnd);
    // A long press on a phone would otherwise open a context menu over the pad.
    canvas.addEventListener("contextmenu", (event) => event.preventDefault());
    if (typeof ResizeObserver === "function") {
      new ResizeObserver(fitBackingStore).observe(canvas);
    }
    // Browser zoom and moving to another screen change devicePixelRatio and fire "resize".
    window.addEventListener("resize", fitBackingStore);
    fitBackingStore();

    return {
      isEmpty: () => strokes.length === 0,
      clear: () => removeStrokes(() => true),
      /** Removes the last stroke; false when there was none. */
      undo() {
        if (strokes.length === 0) {
          return false;
        }
        const last = strokes[strokes.length - 1];
        removeStrokes((stroke) => stroke === last);
        return true;
      },
      removeStrokes,
      render,
      send,
    };
  }

  return { create };
})();
