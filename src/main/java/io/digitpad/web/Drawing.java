package io.digitpad.web;

import io.digitpad.numbers.NumberReader;
import io.digitpad.numbers.NumberReading;
import io.digitpad.recognition.DigitRecognizer;
import io.digitpad.recognition.Ink;
import io.digitpad.recognition.Recognition;

/** What a prediction request carries: an encoded image, or the strokes of a drawing. */
sealed interface Drawing {
    /** Recognises the digit in this drawing; image decoding or stroke painting happen here. */
    Recognition recognizeWith(DigitRecognizer recognizer);

    /** Reads the whole number in this drawing. */
    NumberReading readWith(NumberReader reader);

    /** PNG, JPEG, GIF or BMP bytes, not yet decoded. */
    record EncodedImage(byte[] bytes) implements Drawing {
        @Override
        public Recognition recognizeWith(DigitRecognizer recognizer) {
            return recognizer.recognize(bytes);
        }

        @Override
        public NumberReading readWith(NumberReader reader) {
            return reader.read(bytes);
        }
    }

    /** Strokes, already validated against {@link StrokeLimits}, not yet painted. */
    record Strokes(Ink ink) implements Drawing {
        @Override
        public Recognition recognizeWith(DigitRecognizer recognizer) {
            return recognizer.recognize(ink);
        }

        @Override
        public NumberReading readWith(NumberReader reader) {
            return reader.read(ink);
        }
    }
}
