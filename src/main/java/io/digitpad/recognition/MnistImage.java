package io.digitpad.recognition;

import io.digitpad.model.DigitNet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A 28x28 digit as the network sees it: white ink on black, like MNIST.
 *
 * @param pixels 784 intensities, row-major, 0 = background, 1 = full ink
 */
public record MnistImage(float[] pixels) {
    /** Side length in pixels. */
    public static final int SIDE = DigitNet.SIDE;

    public MnistImage {
        if (pixels.length != SIDE * SIDE) {
            throw new IllegalArgumentException("expected 784 pixels, got " + pixels.length);
        }
    }

    /** Intensity at column {@code x}, row {@code y}. */
    public float at(int x, int y) {
        return pixels[y * SIDE + x];
    }

    /**
     * The image as a 28x28 grey PNG (white ink on black). Written directly, three chunks and one
     * deflate, as every answer carries one: ImageIO's writer cost more than the JSON around it.
     */
    public byte[] toPng() {
        byte[] rows = new byte[SIDE * (SIDE + 1)]; // each row: filter 0 (none), then its greys
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                float v = Math.min(1f, Math.max(0f, pixels[y * SIDE + x]));
                rows[y * (SIDE + 1) + 1 + x] = (byte) Math.round(v * 255);
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] compressed = new byte[rows.length + 64]; // deflate adds at most 11 bytes to 812
        int length;
        try {
            deflater.setInput(rows);
            deflater.finish();
            length = deflater.deflate(compressed);
        } finally {
            deflater.end();
        }
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + length + 12);
        png.putLong(0x89504E470D0A1A0AL);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(SIDE).putInt(SIDE);
        header.put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit grey
        chunk(png, "IHDR", header.array(), 13);
        chunk(png, "IDAT", compressed, length);
        chunk(png, "IEND", new byte[0], 0);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        png.putInt(length).put(name).put(data, 0, length).putInt((int) crc.getValue());
    }
}
