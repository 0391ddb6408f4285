package io.digitpad;

import io.digitpad.data.Mnist;
import io.digitpad.data.MnistFetcher;
import io.digitpad.data.StrokeFont;
import io.digitpad.data.StrokeFontFetcher;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import java.util.List;
import java.util.Optional;

/**
 * The real MNIST data, the real stroke fonts and the shipped model, loaded once per test run.
 *
 * <p>MNIST and the fonts come from the same place the product uses ({@code $DIGITPAD_DATA} and
 * {@code $DIGITPAD_FONTS}, or the user cache), fetched there by the product's own fetchers if they
 * are missing, so the tests exercise that path too.
 */
public final class TestData {
    private static Mnist mnist;
    private static List<StrokeFont> strokeFonts;

    private TestData() {}

    /** The MNIST training and test sets. */
    public static synchronized Mnist mnist() {
        if (mnist == null) {
            mnist = MnistFetcher.standard(System.err::println).load(Optional.empty());
        }
        return mnist;
    }

    /** The typefaces of the typeface benchmark. */
    public static synchronized List<StrokeFont> strokeFonts() {
        if (strokeFonts == null) {
            strokeFonts = StrokeFontFetcher.standard(System.err::println).load(Optional.empty());
        }
        return strokeFonts;
    }

    /** A fresh copy of the model shipped with digitpad; the caller closes it. */
    public static DigitModel shippedModel() {
        return ModelStore.loadDefault();
    }
}
