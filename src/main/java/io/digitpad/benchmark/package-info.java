/**
 * A reproducible benchmark of the whole recognition path on canvas-like drawings: MNIST test digits
 * redrawn as pen strokes, and pen-drawn shapes that are not digits.
 */
package io.digitpad.benchmark;
