/**
 * Measuring a model: accuracy and confusion on MNIST, confidence calibration, and every report of
 * the whole recognition path (drawn digits, real writers, typefaces, handwriting fonts, whole
 * numbers).
 */
package io.digitpad.evaluation;
