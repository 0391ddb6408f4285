/**
 * From any image a user has to an answer: decoding, MNIST-style normalisation, the network, and the
 * probabilities. The CLI, the web server and the tests all go through {@link
 * io.digitpad.recognition.DigitRecognizer}.
 */
package io.digitpad.recognition;
