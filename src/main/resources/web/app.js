// digitpad front end: a drawing pad that sends the drawing to POST api/predict and shows the answer.
// Plain script (no modules, no build step); everything runs after the DOM is parsed ("defer").
"use strict";

(function digitpad() {
  /** Side of the drawing space and of the PNG sent to the server, in pixels. */
  const SIZE = 400;
  /** Pen width at 400x400: close to MNIST stroke thickness when a digit fills most of the pad. */
  const PEN_WIDTH = 28;
  /** Wait this long after a stroke ends so several quick strokes make one request. */
  const DEBOUNCE_MS = 150;
  /** Give up on an answer after this long so the page never stays "Recognising…" forever. */
  const TIMEOUT_MS = 20000;
  /** The server's limits on a drawing sent as strokes; a larger one goes as a PNG. */
  const MAX_STROKES = 128;
  const MAX_POINTS = 10000;
  /** Shown in #digit and #confidence when there is no answer. */
  const NONE = "-";

  const pad = document.getElementById("pad");
  const padFrame = document.getElementById("pad-frame");
  const padContext = pad.getContext("2d");
  const exportCanvas = makeExportCanvas();
  const buttons = {
    recognise: document.getElementById("recognise"),
    undo: document.getElementById("undo"),
    clear: document.getElementById("clear"),
  };
  const output = {
    result: document.getElementById("result"),
    digit: document.getElementById("digit"),
    confidence: document.getElementById("confidence"),
    status: document.getElementById("status"),
    bars: document.getElementById("bars"),
    seen: document.getElementById("seen"),
    modelInfo: document.getElementById("model-info"),
  };
  const barRows = buildBars(output.bars);

  /**
   * Finished and in-progress strokes, each a list of {x, y, t} points in the 400x400 space, t in
   * milliseconds since the page loaded.
   */
  const strokes = [];
  /** The stroke being drawn and the pointer drawing it; null between strokes. */
  let activeStroke = null;
  let activePointerId = null;
  let renderPending = false;
  let debounceTimer = 0;
  /** Increases with every request and every change that makes answers stale; only the latest counts. */
  let requestCounter = 0;

  // ---------------------------------------------------------------- drawing

  function makeExportCanvas() {
    const canvas = document.createElement("canvas");
    canvas.width = SIZE;
    canvas.height = SIZE;
    return canvas;
  }

  /** Paints white paper and every stroke onto a context whose canvas is `scale` times 400 pixels. */
  function paint(context, scale) {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, context.canvas.width, context.canvas.height);
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.strokeStyle = "#000000";
    context.fillStyle = "#000000";
    context.lineWidth = PEN_WIDTH;
    context.lineCap = "round";
    context.lineJoin = "round";
    for (const stroke of strokes) {
      paintStroke(context, stroke);
    }
  }

  /** Smooth stroke: quadratic curves through the midpoints, with the real points as controls. */
  function paintStroke(context, points) {
    if (points.length === 0) {
      return;
    }
    if (points.length === 1) {
      // A tap leaves a dot, as a pen would.
      context.beginPath();
      context.arc(points[0].x, points[0].y, PEN_WIDTH / 2, 0, Math.PI * 2);
      context.fill();
      return;
    }
    context.beginPath();
    context.moveTo(points[0].x, points[0].y);
    for (let i = 1; i < points.length - 1; i++) {
      const mid = midpoint(points[i], points[i + 1]);
      context.quadraticCurveTo(points[i].x, points[i].y, mid.x, mid.y);
    }
    const last = points[points.length - 1];
    context.lineTo(last.x, last.y);
    context.stroke();
  }

  function midpoint(a, b) {
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
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
    paint(padContext, pad.width / SIZE);
    // The "Draw here" placeholder sits over the canvas only while there is no ink.
    padFrame.classList.toggle("is-empty", strokes.length === 0);
  }

  /**
   * Gives the visible canvas one backing pixel per device pixel, so ink stays crisp on high-DPI
   * screens and when CSS shrinks the pad on a phone. The drawing space stays 400x400 regardless.
   */
  function fitBackingStore() {
    const cssWidth = pad.getBoundingClientRect().width;
    if (cssWidth <= 0) {
      return;
    }
    const pixels = Math.max(1, Math.round(cssWidth * (window.devicePixelRatio || 1)));
    if (pad.width !== pixels || pad.height !== pixels) {
      pad.width = pixels;
      pad.height = pixels;
    }
    // Resizing a canvas wipes it, so always repaint.
    render();
  }

  /** The drawing as an opaque black-on-white 400x400 PNG data URL, whatever the screen size. */
  function exportPng() {
    paint(exportCanvas.getContext("2d"), 1);
    return exportCanvas.toDataURL("image/png");
  }

  // ---------------------------------------------------------------- pointer input

  /** Maps a pointer event from CSS pixels on screen to the 400x400 drawing space, with its time. */
  function toDrawingSpace(event, rect) {
    return {
      x: ((event.clientX - rect.left) / rect.width) * SIZE,
      y: ((event.clientY - rect.top) / rect.height) * SIZE,
      t: event.timeStamp,
    };
  }

  function onPointerDown(event) {
    // One stroke at a time: a second finger or a right click does not draw.
    if (activeStroke !== null || (event.pointerType === "mouse" && event.button !== 0)) {
      return;
    }
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    activePointerId = event.pointerId;
    // The user is still drawing: an answer for the unfinished digit would be wasted.
    clearTimeout(debounceTimer);
    activeStroke = [toDrawingSpace(event, pad.getBoundingClientRect())];
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
    const rect = pad.getBoundingClientRect();
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
   * stays on the pad, so it is part of the digit. The browser releases the capture by itself.
   */
  function onPointerEnd(event) {
    if (event.pointerId !== activePointerId) {
      return;
    }
    activeStroke = null;
    activePointerId = null;
    scheduleRender();
    scheduleRecognise();
  }

  // ---------------------------------------------------------------- actions

  function scheduleRecognise() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(recognise, DEBOUNCE_MS);
  }

  function clearPad() {
    clearTimeout(debounceTimer);
    strokes.length = 0;
    activeStroke = null;
    activePointerId = null;
    afterDrawingChanged();
  }

  function undoStroke() {
    if (strokes.length === 0) {
      return;
    }
    clearTimeout(debounceTimer);
    strokes.pop();
    if (activeStroke !== null && !strokes.includes(activeStroke)) {
      activeStroke = null;
      activePointerId = null;
    }
    afterDrawingChanged();
    if (strokes.length > 0) {
      scheduleRecognise();
    }
  }

  /** After Clear or Undo: answers in flight describe a drawing that no longer exists. */
  function afterDrawingChanged() {
    requestCounter++;
    render();
    if (strokes.length === 0) {
      showEmpty();
    }
  }

  /** Sends the drawing to the server and shows the answer, unless a newer request overtook it. */
  async function recognise() {
    clearTimeout(debounceTimer);
    if (strokes.length === 0) {
      showEmpty();
      return;
    }
    const requestId = ++requestCounter;
    setStatus("Recognising…");
    output.status.classList.remove("status-error");
    let outcome;
    try {
      outcome = await postDrawing(drawingRequest());
    } catch (error) {
      outcome = { error: networkErrorMessage(error) };
    }
    if (requestId !== requestCounter) {
      return;
    }
    if (outcome.error !== undefined) {
      showError(outcome.error);
    } else {
      showPrediction(outcome.answer);
    }
  }

  /**
   * The drawing as its strokes: a few kilobytes the server paints exactly as this page does, with
   * the order and timing a PNG would lose. A drawing over the server's stroke limits goes as a PNG.
   */
  function drawingRequest() {
    const points = strokes.reduce((sum, stroke) => sum + stroke.length, 0);
    if (strokes.length > MAX_STROKES || points > MAX_POINTS) {
      return { image: exportPng() };
    }
    const start = strokes[0][0].t;
    return {
      strokes: strokes.map((stroke) =>
        stroke.map((p) => [round(p.x, 100), round(p.y, 100), round(p.t - start, 10)]),
      ),
      width: SIZE,
      height: SIZE,
      penWidth: PEN_WIDTH,
    };
  }

  function round(value, scale) {
    return Math.round(value * scale) / scale;
  }

  /** POSTs the drawing; resolves to {answer} for a 200 and {error} for an error answer. */
  async function postDrawing(drawing) {
    const options = {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(drawing),
    };
    if (typeof AbortSignal.timeout === "function") {
      options.signal = AbortSignal.timeout(TIMEOUT_MS);
    }
    const response = await fetch("api/predict", options);
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

  function networkErrorMessage(error) {
    if (error !== null && typeof error === "object" && error.name === "TimeoutError") {
      return "The server took too long to answer";
    }
    return "Cannot reach the server";
  }

  // ---------------------------------------------------------------- showing results

  function showEmpty() {
    showAnswer(null, null);
    showProbabilities(null);
    showSeen(null);
    output.status.classList.remove("status-error");
    setStatus("Draw a digit");
  }

  function showPrediction(answer) {
    output.status.classList.remove("status-error");
    const digit = isDigit(answer.digit) ? answer.digit : null;
    const confidence = isFiniteNumber(answer.confidence) ? answer.confidence : null;
    if (answer.status === "no_digit" || digit === null) {
      showAnswer(null, null);
      showProbabilities(null);
      showSeen(null);
      setStatus("No digit found — draw one");
      return;
    }
    showAnswer(digit, confidence);
    showProbabilities(Array.isArray(answer.probabilities) ? answer.probabilities : null, digit);
    showSeen(answer.input);
    const percent = confidence === null ? "" : formatPercent(confidence);
    if (answer.status === "not_sure") {
      setStatus(`Not sure — best guess ${digit}${percent ? ` (${percent})` : ""}`);
    } else {
      setStatus(`That looks like a ${digit}${percent ? ` (${percent} sure)` : ""}`);
    }
  }

  /** An error keeps the previous answer on screen: it may still be useful. */
  function showError(message) {
    output.status.classList.add("status-error");
    setStatus(message);
  }

  function showAnswer(digit, confidence) {
    output.result.classList.toggle("is-empty", digit === null);
    output.digit.textContent = digit === null ? NONE : String(digit);
    output.confidence.textContent = confidence === null ? NONE : formatPercent(confidence);
  }

  function setStatus(text) {
    output.status.textContent = text;
  }

  /** Ten rows, one per digit: label, bar, percent. Built once; answers only change widths and text. */
  function buildBars(list) {
    const rows = [];
    for (let digit = 0; digit <= 9; digit++) {
      const row = document.createElement("li");
      row.className = "bar-row";
      const label = document.createElement("span");
      label.className = "bar-label";
      label.textContent = String(digit);
      const track = document.createElement("span");
      track.className = "bar-track";
      track.setAttribute("aria-hidden", "true");
      const fill = document.createElement("span");
      fill.className = "bar-fill";
      track.appendChild(fill);
      const value = document.createElement("span");
      value.className = "bar-value";
      row.append(label, track, value);
      list.appendChild(row);
      rows.push({ row, fill, value });
    }
    showBarsEmpty(rows);
    return rows;
  }

  function showBarsEmpty(rows) {
    for (const { row, fill, value } of rows) {
      row.classList.remove("bar-top");
      fill.style.width = "0%";
      value.textContent = NONE;
    }
  }

  function showProbabilities(probabilities, winner) {
    if (probabilities === null || probabilities.length !== 10) {
      showBarsEmpty(barRows);
      return;
    }
    barRows.forEach(({ row, fill, value }, digit) => {
      const p = isFiniteNumber(probabilities[digit]) ? Math.min(1, Math.max(0, probabilities[digit])) : 0;
      fill.style.width = `${(p * 100).toFixed(2)}%`;
      value.textContent = formatPercent(p * 100);
      row.classList.toggle("bar-top", digit === winner);
    });
  }

  /** Shows the 28x28 PNG the network saw; only data: image URLs are accepted (CSP allows those). */
  function showSeen(dataUrl) {
    if (typeof dataUrl === "string" && dataUrl.startsWith("data:image/")) {
      output.seen.src = dataUrl;
      output.seen.hidden = false;
    } else {
      output.seen.hidden = true;
      output.seen.removeAttribute("src");
    }
  }

  function formatPercent(percent) {
    return `${percent.toFixed(1)}%`;
  }

  function isFiniteNumber(value) {
    return typeof value === "number" && Number.isFinite(value);
  }

  function isDigit(value) {
    return Number.isInteger(value) && value >= 0 && value <= 9;
  }

  // ---------------------------------------------------------------- keyboard

  /** True when keys typed at `target` are text, not commands. */
  function isTextField(target) {
    if (!(target instanceof Element)) {
      return false;
    }
    return target.isContentEditable || target.matches("input, textarea, select");
  }

  function onKeyDown(event) {
    if (event.defaultPrevented || isTextField(event.target)) {
      return;
    }
    const key = event.key;
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.shiftKey && !event.altKey && key.toLowerCase() === "z") {
      event.preventDefault();
      undoStroke();
    } else if (command || event.altKey) {
      return;
    } else if (key === "Enter") {
      // Enter on a focused button or link must keep doing what that control does.
      if (event.repeat || (event.target instanceof Element && event.target.closest("button, a"))) {
        return;
      }
      event.preventDefault();
      recognise();
    } else if (key === "Escape" || key === "Delete") {
      event.preventDefault();
      clearPad();
    }
  }

  // ---------------------------------------------------------------- model footer

  /** Fills the footer from GET api/model; the footer is optional, so any failure leaves it hidden. */
  async function loadModelInfo() {
    try {
      const response = await fetch("api/model", { headers: { Accept: "application/json" } });
      if (!response.ok) {
        return;
      }
      const text = describeModel(await response.json());
      if (text !== "") {
        output.modelInfo.textContent = text;
        output.modelInfo.hidden = false;
      }
    } catch (ignored) {
      // No model information is not worth bothering the user about.
    }
  }

  function describeModel(card) {
    if (card === null || typeof card !== "object") {
      return "";
    }
    const parts = [];
    const recipe = card.recipe;
    const name = recipe !== null && typeof recipe === "object" ? recipe.name : recipe;
    if (typeof name === "string" && name !== "") {
      parts.push(`Model: ${name}`);
    }
    if (isFiniteNumber(card.testAccuracy) && card.testAccuracy > 0) {
      // The card stores 0-1; accept a percentage too rather than show "9931%".
      const percent = card.testAccuracy <= 1 ? card.testAccuracy * 100 : card.testAccuracy;
      // Two decimals: at 99.45% one decimal would round up to a figure the model does not reach.
      parts.push(`MNIST test accuracy ${percent.toFixed(2)}%`);
    }
    return parts.join(" · ");
  }

  // ---------------------------------------------------------------- wiring

  function start() {
    pad.addEventListener("pointerdown", onPointerDown);
    pad.addEventListener("pointermove", onPointerMove);
    pad.addEventListener("pointerup", onPointerEnd);
    pad.addEventListener("pointercancel", onPointerEnd);
    pad.addEventListener("lostpointercapture", onPointerEnd);
    // A long press on a phone would otherwise open a context menu over the pad.
    pad.addEventListener("contextmenu", (event) => event.preventDefault());

    buttons.recognise.addEventListener("click", recognise);
    buttons.undo.addEventListener("click", undoStroke);
    buttons.clear.addEventListener("click", clearPad);
    document.addEventListener("keydown", onKeyDown);

    if (typeof ResizeObserver === "function") {
      new ResizeObserver(fitBackingStore).observe(pad);
    }
    // Browser zoom and moving to another screen change devicePixelRatio and fire "resize".
    window.addEventListener("resize", fitBackingStore);

    fitBackingStore();
    showEmpty();
    loadModelInfo();
  }

  start();
})();
