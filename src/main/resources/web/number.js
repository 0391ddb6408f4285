// digitpad number page: a wide pad whose strokes go to POST api/read; shows the number, each
// digit's box on the pad, its input, its confidence, and lets the user correct one digit.
// Plain script (no modules, no build step); everything runs after the DOM is parsed ("defer").
"use strict";

(function digitpadNumbers() {
  /** The drawing space: three digit pads side by side. */
  const WIDTH = 1200;
  const HEIGHT = 400;
  /** The digit page's pen (28 at 400x400). */
  const PEN_WIDTH = 28;
  /** Wait this long after a stroke ends, so that several strokes make one request. */
  const DEBOUNCE_MS = 400;
  const NONE = "-";

  const output = {
    result: document.getElementById("result"),
    number: document.getElementById("number"),
    status: document.getElementById("status"),
    digits: document.getElementById("digits"),
  };
  let debounceTimer = 0;
  let requestCounter = 0;
  /** The last answer's digits, each {digit, confidence, box, input, corrected}; empty if none. */
  let digits = [];

  const pad = window.DigitpadPad.create({
    canvas: document.getElementById("pad"),
    frame: document.getElementById("pad-frame"),
    width: WIDTH,
    height: HEIGHT,
    penWidth: PEN_WIDTH,
    onStrokeStart: () => clearTimeout(debounceTimer),
    onStrokeEnd: scheduleRead,
    overlay: paintBoxes,
  });

  /** Each digit's box and its place in the number, over the ink (never sent to the server). */
  function paintBoxes(context, scale) {
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.lineWidth = 2;
    context.font = "bold 22px system-ui, sans-serif";
    digits.forEach((d, i) => {
      context.strokeStyle = d.confidence < 80 ? "#b42318" : "#3f3bd9";
      context.fillStyle = context.strokeStyle;
      context.strokeRect(d.box.x - 6, d.box.y - 6, d.box.width + 12, d.box.height + 12);
      context.fillText(String(i + 1), d.box.x - 4, d.box.y - 12);
    });
  }

  function scheduleRead() {
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(read, DEBOUNCE_MS);
  }

  async function read() {
    clearTimeout(debounceTimer);
    if (pad.isEmpty()) {
      showDigits([], "Write a number");
      return;
    }
    const requestId = ++requestCounter;
    setStatus("Reading…", false);
    const outcome = await pad.send("api/read");
    if (requestId !== requestCounter) {
      return;
    }
    if (outcome.error !== undefined) {
      setStatus(outcome.error, true);
      return;
    }
    const answer = outcome.answer;
    showDigits(Array.isArray(answer.digits) ? answer.digits : [], answer.message || "");
  }

  function showDigits(list, message) {
    digits = list.map((d) => ({ ...d, corrected: false }));
    output.digits.replaceChildren(...digits.map(digitCard));
    showNumber();
    setStatus(message, false);
    pad.render();
  }

  function showNumber() {
    const text = digits.map((d) => d.digit).join("");
    output.number.textContent = text === "" ? NONE : text;
    output.result.classList.toggle("is-empty", text === "");
  }

  /** One digit: the 28x28 input, the answer (a menu to correct it), its confidence, Redraw. */
  function digitCard(d, index) {
    const card = document.createElement("li");
    card.className = "digit-card";
    card.classList.toggle("is-unsure", d.confidence < 80 && !d.corrected);
    card.classList.toggle("is-corrected", d.corrected);
    const image = document.createElement("img");
    image.src = d.input;
    image.alt = `Digit ${index + 1} as the network saw it`;
    const choice = document.createElement("select");
    choice.setAttribute("aria-label", `Digit ${index + 1}`);
    for (let v = 0; v <= 9; v++) {
      choice.add(new Option(String(v), String(v), false, v === d.digit));
    }
    choice.addEventListener("change", () => {
      d.digit = Number(choice.value);
      d.corrected = true;
      card.classList.add("is-corrected");
      card.classList.remove("is-unsure");
      confidence.textContent = "corrected";
      showNumber();
    });
    const confidence = document.createElement("span");
    confidence.className = "digit-confidence";
    confidence.textContent = d.corrected ? "corrected" : `${d.confidence.toFixed(1)}%`;
    const redraw = document.createElement("button");
    redraw.type = "button";
    redraw.className = "button";
    redraw.textContent = "Redraw";
    redraw.addEventListener("click", () => redrawDigit(d));
    card.append(image, choice, confidence, redraw);
    return card;
  }

  /** Erases the strokes of one digit (those centred in its box) so it alone can be written again. */
  function redrawDigit(d) {
    const box = d.box;
    pad.removeStrokes((stroke) => {
      const xs = stroke.map((p) => p.x);
      const ys = stroke.map((p) => p.y);
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      return cx >= box.x && cx <= box.x + box.width && cy >= box.y && cy <= box.y + box.height;
    });
    requestCounter++;
    digits = digits.filter((other) => other !== d);
    output.digits.replaceChildren(...digits.map(digitCard));
    showNumber();
    setStatus("Write that digit again where it was", false);
    pad.render();
  }

  function setStatus(text, isError) {
    output.status.textContent = text;
    output.status.classList.toggle("status-error", isError);
  }

  function clearPad() {
    clearTimeout(debounceTimer);
    requestCounter++;
    pad.clear();
    showDigits([], "Write a number");
  }

  function undoStroke() {
    clearTimeout(debounceTimer);
    requestCounter++;
    if (pad.undo()) {
      scheduleRead();
    }
  }

  document.getElementById("read").addEventListener("click", read);
  document.getElementById("undo").addEventListener("click", undoStroke);
  document.getElementById("clear").addEventListener("click", clearPad);
  showDigits([], "Write a number");
})();
