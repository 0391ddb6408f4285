package io.digitpad.web;

import io.digitpad.model.ModelCard;
import io.digitpad.model.ModelCard.Calibration;
import io.digitpad.model.TrainingRecipe;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The model page's summary: the headline numbers, then how the model was made (architecture,
 * recipe, training run, calibration, date) in words, and the data's checksums folded away.
 */
final class ModelSummary {
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ModelSummary() {}

    /** The summary section of {@code card}'s page. */
    static void write(ModelCard card, StringBuilder out) {
        out.append("<section class=\"card\" aria-labelledby=\"summary-title\">")
                .append("<h2 class=\"section-title\" id=\"summary-title\">Summary</h2>")
                .append("<div class=\"stats\">");
        stat(out, "Test accuracy", Html.percent(card.testAccuracy(), 2), "test-accuracy");
        stat(out, "Parameters", Html.count(card.parameters()), null);
        stat(out, "Epochs", Html.count(card.epochsCompleted()), null);
        stat(out, "Training time", duration(card.trainingSeconds()), null);
        out.append("</div><dl class=\"facts\">");
        fact(out, "Architecture", "<code>" + Html.escape(card.architecture()) + "</code>");
        fact(out, "Recipe", recipe(card.recipe()));
        fact(
                out,
                "Training",
                Html.count(card.epochsCompleted())
                        + " epochs in "
                        + duration(card.trainingSeconds())
                        + ", "
                        + Html.count(Math.round(card.imagesPerSecond()))
                        + " images/s, on "
                        + Html.escape(card.engine())
                        + " with "
                        + card.threads()
                        + (card.threads() == 1 ? " thread" : " threads"));
        fact(out, "Calibration", calibration(card.calibration()));
        fact(out, "Created", Html.escape(created(card.createdAt())));
        out.append("</dl>");
        Map<String, String> sha256 = card.dataSha256();
        if (sha256 != null && !sha256.isEmpty()) {
            out.append("<details class=\"checksums\"><summary>MNIST files it was trained and")
                    .append(" tested on (SHA-256)</summary><table><tbody>");
            sha256.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(
                            file ->
                                    out.append("<tr><th scope=\"row\">")
                                            .append(Html.escape(file.getKey()))
                                            .append("</th><td><code>")
                                            .append(Html.escape(file.getValue()))
                                            .append("</code></td></tr>"));
            out.append("</tbody></table></details>");
        }
        out.append("</section>");
    }

    private static void stat(StringBuilder out, String label, String value, String id) {
        out.append("<div class=\"stat\"><span class=\"stat-label\">")
                .append(Html.escape(label))
                .append("</span><span class=\"stat-value\"")
                .append(id == null ? "" : " id=\"" + id + "\"")
                .append('>')
                .append(Html.escape(value))
                .append("</span></div>");
    }

    /** A term and its description; {@code html} is already escaped. */
    private static void fact(StringBuilder out, String term, String html) {
        out.append("<dt>")
                .append(Html.escape(term))
                .append("</dt><dd>")
                .append(html)
                .append("</dd>");
    }

    private static String recipe(TrainingRecipe r) {
        if (r == null) {
            return "not recorded";
        }
        StringBuilder text =
                new StringBuilder("<strong>")
                        .append(Html.escape(r.name()))
                        .append("</strong>: Adam, learning rate ")
                        .append(Html.plain(r.learningRate()))
                        .append(
                                r.schedule() == TrainingRecipe.Schedule.COSINE
                                        ? " on a cosine schedule"
                                        : "")
                        .append(" (β₁ ")
                        .append(Html.plain(r.beta1()))
                        .append(", β₂ ")
                        .append(Html.plain(r.beta2()))
                        .append(", ε ")
                        .append(Html.plain(r.epsilon()))
                        .append("), batches of ")
                        .append(Html.count(r.batchSize()));
        if (r.labelSmoothing() > 0) {
            text.append(", label smoothing ").append(Html.plain(r.labelSmoothing()));
        }
        if (r.weightAverageDecay() > 0) {
            text.append(", weight averaging ").append(Html.plain(r.weightAverageDecay()));
        }
        text.append(r.augment() ? ", distorted images" : ", undistorted images");
        text.append(", seed ").append(r.seed()).append('.');
        StringBuilder extra = new StringBuilder();
        if (r.redrawnDigits() > 0) {
            extra.append(", ")
                    .append(Html.count(r.redrawnDigits()))
                    .append(" digits redrawn as pen strokes");
            if (r.typefaceDigits() > 0) {
                extra.append(" (")
                        .append(Html.count(r.typefaceDigits()))
                        .append(" of them in typefaces)");
            }
        }
        if (r.penDigitDrawings() > 0) {
            extra.append(", ")
                    .append(Html.count(r.penDigitDrawings()))
                    .append(" drawings of real writers' pen digits");
        }
        if (r.nonDigits() > 0) {
            extra.append(", ").append(Html.count(r.nonDigits())).append(" non-digits");
        }
        if (r.touchingPairs() > 0) {
            extra.append(", ")
                    .append(Html.count(r.touchingPairs()))
                    .append(" pairs of touching digits taught as non-digits");
        }
        if (!extra.isEmpty()) {
            text.append(" Besides MNIST: ").append(extra.substring(2)).append('.');
        }
        return text.toString();
    }

    private static String calibration(Calibration c) {
        if (c == null || c.validationImages() == 0) {
            return "none: the network's raw confidence (temperature 1)";
        }
        String fittedOn =
                Html.count(c.validationImages())
                        + " held-out MNIST images"
                        + (c.writerDrawings() > 0
                                ? " and "
                                        + Html.count(c.writerDrawings())
                                        + " real writers' drawings"
                                : "");
        return String.format(
                Locale.ROOT,
                "temperature %.2f, fitted on %s; expected calibration error on the test images"
                        + " %.4f before, %.4f after",
                c.temperature(),
                fittedOn,
                c.testErrorBefore(),
                c.testErrorAfter());
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + String.format(Locale.ROOT, "%02d", s % 60) + " s";
        }
        return s / 3600 + " h " + String.format(Locale.ROOT, "%02d", s / 60 % 60) + " min";
    }

    private static String created(String createdAt) {
        if (createdAt == null) {
            return "not recorded";
        }
        try {
            return CREATED.format(Instant.parse(createdAt));
        } catch (DateTimeParseException e) {
            return createdAt;
        }
    }
}
