package io.digitpad.cli;

import io.digitpad.model.ModelCard;
import io.digitpad.training.TrainingProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows training progress: on a terminal, a bar redrawn in place (images/s, loss, ETA); always, one
 * line per epoch.
 */
final class ProgressBar implements TrainingProgress {
    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final boolean interactive;
    private final int epochs;
    private long lastDraw;

    ProgressBar(PrintWriter out, boolean interactive, int epochs) {
        this.out = out;
        this.interactive = interactive;
        this.epochs = epochs;
    }

    @Override
    public void batchDone(
            int epoch,
            int imagesDone,
            int imagesPerEpoch,
            double meanLoss,
            double imagesPerSecond) {
        long now = System.nanoTime();
        if (!interactive || (now - lastDraw < REDRAW_NANOS && imagesDone < imagesPerEpoch)) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * imagesDone / imagesPerEpoch);
        double remaining =
                ((imagesPerEpoch - imagesDone) + (double) (epochs - epoch) * imagesPerEpoch)
                        / imagesPerSecond;
        out.print(
                String.format(
                        Locale.ROOT,
                        "\repoch %d/%d [%s%s] %3d%%  %,d img/s  loss %.4f  ETA %s ",
                        epoch,
                        epochs,
                        "=".repeat(filled),
                        " ".repeat(WIDTH - filled),
                        100L * imagesDone / imagesPerEpoch,
                        Math.round(imagesPerSecond),
                        meanLoss,
                        duration(remaining)));
        out.flush();
    }

    @Override
    public void resumed(int epochsDone, int epochs) {
        out.println(
                "Resuming from the checkpoint: " + epochsDone + " of " + epochs + " epochs done.");
        out.flush();
    }

    @Override
    public void epochDone(ModelCard.Epoch r, int epochs) {
        if (interactive) {
            out.print("\r\033[K");
        }
        out.println(
                String.format(
                        Locale.ROOT,
                        "epoch %2d/%d  loss %.4f  train acc %.2f%%  test acc %.2f%%  %.1f s",
                        r.epoch(),
                        epochs,
                        r.trainLoss(),
                        100 * r.trainAccuracy(),
                        100 * r.testAccuracy(),
                        r.seconds()));
        out.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
