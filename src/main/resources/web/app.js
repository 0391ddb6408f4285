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
  /** Shown in #digit and #confidence when there is no answer. */
  const NONE = "-";

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

  let debounceTimer = 0;
  const pad = window.DigitpadPad.create({
    canvas: document.getElementById("pad"),
    frame: document.getElementById("pad-frame"),
    width: SIZE,
    height: SIZE,
    penWidth: PEN_WIDTH,
    // The user is still drawing: an answer for the unfinished digit would be wasted.
    onStrokeStart: () => clearTimeout(debounceTimer),
    onStrokeEnd: scheduleRecognise,
  });
  /** Increases with every request and every change that makes answers stale; only the latest counts. */
  let requestCounter = 0;

  // ---------------------------------------------------------------- actions

  function scheduleRecognise() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(recognise, DEBOUNCE_MS);
  }

  function clearPad() {
    clearTimeout(debounceTimer);
    pad.clear();
    afterDrawingChanged();
  }

  function undoStroke() {
    clearTimeout(debounceTimer);
    if (!pad.undo()) {
      return;
    }
    afterDrawingChanged();
    if (!pad.isEmpty()) {
      scheduleRecognise();
    }
  }

  /** After Clear or Undo: answers in flight describe a drawing that no longer exists. */
  function afterDrawingChanged() {
    requestCounter++;
    if (pad.isEmpty()) {
      showEmpty();
    }
  }

  /** Sends the drawing to the server and shows the answer, unless a newer request overtook it. */
  async function recognise() {
    clearTimeout(debounceTimer);
    if (pad.isEmpty()) {
      showEmpty();
      return;
    }
    const requestId = ++requestCounter;
    setStatus("Recognising…");
    output.status.classList.remove("status-error");
    const outcome = await pad.send("api/predict");
    if (requestId !== requestCounter) {
      return;
    }
    if (outcome.error !== undefined) {
      showError(outcome.error);
    } else {
      showPrediction(outcome.answer);
    }
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
    buttons.recognise.addEventListener("click", recognise);
    buttons.undo.addEventListener("click", undoStroke);
    buttons.clear.addEventListener("click", clearPad);
    document.addEventListener("keydown", onKeyDown);

    showEmpty();
    loadModelInfo();
  }

  start();
})();
