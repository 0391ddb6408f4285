package io.digitpad.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The MNIST training and test sets, read from one folder.
 *
 * @param train the 60,000 training images
 * @param test the 10,000 test images
 * @param checksums SHA-256 of each file as read, for the model card
 */
public record Mnist(MnistSet train, MnistSet test, Map<MnistFile, String> checksums) {

    /**
     * Reads the four IDX files from {@code folder}; each may also be gzip-compressed with a {@code
     * .gz} suffix.
     */
    public static Mnist read(Path folder) {
        Map<MnistFile, Path> files = new EnumMap<>(MnistFile.class);
        for (MnistFile file : MnistFile.values()) {
            files.put(file, locate(folder, file));
        }
        MnistSet train =
                new MnistSet(
                        MnistIdxReader.readImages(
                                files.get(MnistFile.TRAIN_IMAGES), MnistFile.TRAIN_IMAGES.count()),
                        MnistIdxReader.readLabels(
                                files.get(MnistFile.TRAIN_LABELS), MnistFile.TRAIN_LABELS.count()));
        MnistSet test =
                new MnistSet(
                        MnistIdxReader.readImages(
                                files.get(MnistFile.TEST_IMAGES), MnistFile.TEST_IMAGES.count()),
                        MnistIdxReader.readLabels(
                                files.get(MnistFile.TEST_LABELS), MnistFile.TEST_LABELS.count()));
        Map<MnistFile, String> checksums = new EnumMap<>(MnistFile.class);
        files.forEach((file, path) -> checksums.put(file, Sha256.ofContent(path)));
        return new Mnist(train, test, checksums);
    }

    /** True when every MNIST file is present in {@code folder}, raw or compressed. */
    public static boolean isPresent(Path folder) {
        for (MnistFile file : MnistFile.values()) {
            if (!Files.isRegularFile(folder.resolve(file.fileName()))
                    && !Files.isRegularFile(folder.resolve(file.fileName() + ".gz"))) {
                return false;
            }
        }
        return true;
    }

    /** True when every file has the published checksum. */
    public boolean isOfficial() {
        for (MnistFile file : MnistFile.values()) {
            if (!file.sha256().equals(checksums.get(file))) {
                return false;
            }
        }
        return true;
    }

    private static Path locate(Path folder, MnistFile file) {
        Path raw = folder.resolve(file.fileName());
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        Path gz = folder.resolve(file.fileName() + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        throw new DataException(
                "MNIST file "
                        + file.fileName()
                        + " (or "
                        + file.fileName()
                        + ".gz) not found in "
                        + folder);
    }
}
