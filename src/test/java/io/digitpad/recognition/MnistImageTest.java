package io.digitpad.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MnistImageTest {

    @Test
    void png_holds_every_intensity_as_a_grey_level() throws IOException {
        float[] pixels = new float[MnistImage.SIDE * MnistImage.SIDE];
        Random random = new Random(28);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt(4) == 0 ? 0f : random.nextFloat() * 1.2f - 0.1f;
        }
        MnistImage digit = new MnistImage(pixels);

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(digit.toPng()));

        assertThat(png.getWidth()).isEqualTo(28);
        assertThat(png.getHeight()).isEqualTo(28);
        assertThat(png.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < pixels.length; i++) {
            int expected = Math.round(Math.min(1f, Math.max(0f, pixels[i])) * 255);
            assertThat(png.getRaster().getSample(i % 28, i / 28, 0)).isEqualTo(expected);
        }
    }
}
