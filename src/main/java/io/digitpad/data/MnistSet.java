package io.digitpad.data;

import java.util.Arrays;

/**
 * MNIST images and their labels, as stored in the IDX files.
 *
 * @param images {@code size() * PIXELS} grey levels, row-major, 0 = background, 255 = ink
 * @param labels one digit 0-9 per image
 */
public record MnistSet(byte[] images, byte[] labels) {
    /** Width and height of an MNIST image in pixels. */
    public static final int SIDE = 28;

    /** Pixels in one MNIST image. */
    public static final int PIXELS = SIDE * SIDE;

    public MnistSet {
        if (images.length != labels.length * PIXELS) {
            throw new IllegalArgumentException(
                    images.length + " image bytes do not match " + labels.length + " labels");
        }
    }

    /** Number of images. */
    public int size() {
        return labels.length;
    }

    /** Digit shown by image {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** Grey levels of image {@code index} as unsigned values 0-255. */
    public int[] pixels(int index) {
        int[] pixels = new int[PIXELS];
        int offset = index * PIXELS;
        for (int i = 0; i < PIXELS; i++) {
            pixels[i] = images[offset + i] & 0xFF;
        }
        return pixels;
    }

    /**
     * Writes image {@code index} into {@code out} from {@code offset}, scaled to 0-1: the network's
     * input.
     */
    public void copyScaled(int index, float[] out, int offset) {
        int from = index * PIXELS;
        for (int p = 0; p < PIXELS; p++) {
            out[offset + p] = (images[from + p] & 0xFF) / 255f;
        }
    }

    /** The first {@code count} images, or all of them if there are fewer. */
    public MnistSet first(int count) {
        int n = Math.min(count, size());
        if (n == size()) {
            return this;
        }
        return new MnistSet(Arrays.copyOf(images, n * PIXELS), Arrays.copyOf(labels, n));
    }

    /** The images from {@code from} (inclusive) to {@code to} (exclusive). */
    public MnistSet range(int from, int to) {
        return new MnistSet(
                Arrays.copyOfRange(images, from * PIXELS, to * PIXELS),
                Arrays.copyOfRange(labels, from, to));
    }
}
