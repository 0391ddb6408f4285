package io.digitpad.data;

/** The four files of the MNIST data set, with their sizes and the SHA-256 of their raw bytes. */
public enum MnistFile {
    TRAIN_IMAGES(
            "train-images-idx3-ubyte",
            60_000,
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
    TRAIN_LABELS(
            "train-labels-idx1-ubyte",
            60_000,
            "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
    TEST_IMAGES(
            "t10k-images-idx3-ubyte",
            10_000,
            "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
    TEST_LABELS(
            "t10k-labels-idx1-ubyte",
            10_000,
            "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2");

    private final String fileName;
    private final int count;
    private final String sha256;

    MnistFile(String fileName, int count, String sha256) {
        this.fileName = fileName;
        this.count = count;
        this.sha256 = sha256;
    }

    /** Name of the uncompressed file; mirrors serve it with {@code .gz} appended. */
    public String fileName() {
        return fileName;
    }

    /** Number of images or labels in the file. */
    public int count() {
        return count;
    }

    /** SHA-256 of the uncompressed file, lower-case hex. */
    public String sha256() {
        return sha256;
    }
}
