package io.digitpad;

import io.digitpad.data.Mnist;
import io.digitpad.data.MnistFetcher;
import io.digitpad.model.DigitModel;
import io.digitpad.model.ModelStore;
import java.util.Optional;

/**
 * The real MNIST data and the shipped model, loaded once per test run.
 *
 * <p>MNIST comes from the same place the product uses ({@code $DIGITPAD_DATA} or the user cache),
 * fetched there by the product's own fetcher if it is missing, so the tests exercise that path too.
 */
public final class TestData {
    private static Mnist mnist;

    private TestData() {}

    /** The MNIST training and test sets. */
    public static synchronized Mnist mnist() {
        if (mnist == null) {
            mnist = MnistFetcher.standard(System.err::println).load(Optional.empty());
        }
        return mnist;
    }

    /** A fresh copy of the model shipped with digitpad; the caller closes it. */
    public static DigitModel shippedModel() {
        return ModelStore.loadDefault();
    }
}
