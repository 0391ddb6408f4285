package io.digitpad.web;

import io.digitpad.model.ModelCard;
import io.digitpad.model.ModelCard.Mistake;
import io.digitpad.model.ModelCard.TestReport;
import io.digitpad.recognition.MnistImage;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The model page at {@code /model}: the model card written for a person, with its charts drawn on
 * the server as SVG. A card never changes, so the page is written once, on first request.
 */
final class ModelPage {
    private final ModelCard card;
    private volatile byte[] html;

    ModelPage(ModelCard card) {
        this.card = card;
    }

    /** Answers {@code GET /model}. */
    void serve(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(bytes());
    }

    /** The page as UTF-8 HTML. */
    byte[] bytes() {
        byte[] page = html;
        if (page == null) {
            // Two first requests at once may both render; the pages are equal.
            page = render().getBytes(StandardCharsets.UTF_8);
            html = page;
        }
        return page;
    }

    private String render() {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append(
                """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="color-scheme" content="light">
                  <meta name="description" content="How digitpad's network was trained and how it \
                answers the MNIST test images.">
                  <title>The model · digitpad</title>
                  <link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' \
                viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%233f3bd9'/%3E\
                %3Cpath d='M11 9h10l-6 14' fill='none' stroke='white' stroke-width='3.5' \
                stroke-linecap='round' stroke-linejoin='round'/%3E%3C/svg%3E">
                  <link rel="stylesheet" href="app.css">
                  <link rel="stylesheet" href="model.css">
                </head>
                <body>
                  <div class="page">
                    <header class="masthead">
                      <p class="back"><a href="./">← Back to the drawing pad</a></p>
                      <h1 class="title">The model</h1>
                      <p class="hint">How digitpad's network was trained, and how it answers the \
                10,000 MNIST test images it never trained on.</p>
                    </header>
                    <main class="model">
                """);
        ModelSummary.write(card, out);
        out.append("<div class=\"pair\">");
        perDigit(out);
        confusion(out);
        out.append("</div>");
        curves(out);
        mistakes(out);
        out.append(
                """
                    </main>
                    <footer class="footer"><a href="./">Back to the drawing pad</a> · \
                <a href="api/model">this card as JSON</a></footer>
                  </div>
                </body>
                </html>
                """);
        return out.toString();
    }

    private void perDigit(StringBuilder out) {
        out.append("<section class=\"card\" aria-labelledby=\"digits-title\">")
                .append("<h2 class=\"section-title\" id=\"digits-title\">Accuracy per digit</h2>");
        double[] accuracy = card.perClassTestAccuracy();
        if (accuracy == null) {
            notRecorded(out, "The accuracy per digit was not recorded for this model.");
        } else {
            TestReport test = card.test();
            out.append(
                    DigitAccuracyChart.svg(
                            accuracy,
                            test == null || test.confusion() == null
                                    ? null
                                    : ConfusionHeatMap.rowTotals(test.confusion())));
            out.append("<p class=\"note\">Share of each digit's test images answered right.")
                    .append(" The axis starts below 100% so the differences show.</p>");
        }
        out.append("</section>");
    }

    private void confusion(StringBuilder out) {
        out.append("<section class=\"card\" aria-labelledby=\"confusion-title\">")
                .append("<h2 class=\"section-title\" id=\"confusion-title\">Confusion matrix</h2>");
        TestReport test = card.test();
        if (test == null || test.confusion() == null) {
            notRecorded(
                    out,
                    "The test answers were not recorded for this model: its card was saved before"
                            + " digitpad kept them.");
        } else {
            out.append(ConfusionHeatMap.svg(test.confusion()));
            out.append("<p class=\"note\">Each row is the digit a test image shows, each column")
                    .append(" what the model answered. Blue: right; red: mistakes, darker for")
                    .append(" more (log scale).</p>");
        }
        out.append("</section>");
    }

    private void curves(StringBuilder out) {
        out.append("<section class=\"card\" aria-labelledby=\"curves-title\">")
                .append("<h2 class=\"section-title\" id=\"curves-title\">Training</h2>");
        List<ModelCard.Epoch> history = card.history();
        if (history == null || history.isEmpty()) {
            notRecorded(
                    out,
                    "The training history was not recorded for this model: its card was saved"
                            + " before digitpad kept it.");
        } else {
            out.append("<div class=\"pair\">")
                    .append(TrainingCurves.accuracy(history))
                    .append(TrainingCurves.loss(history))
                    .append("</div>");
            out.append("<p class=\"note\">Test accuracy is measured on the 10,000 MNIST test")
                    .append(" images after each epoch; training accuracy and loss during it, on")
                    .append(" the recipe's distorted images with dropout on, so they trail.</p>");
        }
        out.append("</section>");
    }

    private void mistakes(StringBuilder out) {
        out.append("<section class=\"card\" aria-labelledby=\"mistakes-title\">")
                .append("<h2 class=\"section-title\" id=\"mistakes-title\">")
                .append("Most confident mistakes</h2>");
        TestReport test = card.test();
        if (test == null || test.confidentMistakes() == null) {
            notRecorded(out, "The mistakes were not recorded for this model.");
        } else if (test.confidentMistakes().isEmpty()) {
            out.append("<p class=\"note\">The model made no mistakes on the test images.</p>");
        } else {
            out.append("<p class=\"note\">The test images the model got wrong with the highest")
                    .append(" confidence, as MNIST stores them (28×28 pixels).</p>")
                    .append("<ol class=\"mistakes\">");
            for (Mistake m : test.confidentMistakes()) {
                mistake(out, m);
            }
            out.append("</ol>");
        }
        out.append("</section>");
    }

    private static void mistake(StringBuilder out, Mistake m) {
        String caption =
                "test #"
                        + m.testIndex()
                        + ": a "
                        + m.digit()
                        + ", read as "
                        + m.answer()
                        + " ("
                        + Html.percent(m.confidence(), 2)
                        + ")";
        out.append("<li><figure class=\"mistake\"><img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(png(m.pixels())))
                .append("\" width=\"28\" height=\"28\" alt=\"")
                .append(Html.escape("MNIST test image " + m.testIndex() + ", a " + m.digit()))
                .append("\"><figcaption>")
                .append(Html.escape(caption))
                .append("</figcaption></figure></li>");
    }

    /** The card's base64 MNIST bytes (0-255) as a PNG. */
    private static byte[] png(String pixels) {
        byte[] bytes = Base64.getDecoder().decode(pixels);
        float[] intensities = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            intensities[i] = (bytes[i] & 0xff) / 255f;
        }
        return new MnistImage(intensities).toPng();
    }

    private static void notRecorded(StringBuilder out, String message) {
        out.append("<p class=\"not-recorded\">").append(Html.escape(message)).append("</p>");
    }
}
