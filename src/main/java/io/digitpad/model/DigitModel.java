package io.digitpad.model;

import ai.djl.Model;

/**
 * A trained network together with its card. Closing it frees the network's native memory.
 *
 * @param model the DJL model whose block is a {@link DigitNet}
 * @param card how it was made
 */
public record DigitModel(Model model, ModelCard card) implements AutoCloseable {
    @Override
    public void close() {
        model.close();
    }
}
