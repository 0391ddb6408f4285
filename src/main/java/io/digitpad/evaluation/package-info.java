/**
 * Measuring a model: accuracy and confusion on MNIST, confidence calibration, and every report of
 * the whole recognition path (drawn digits, real writers, typefaces, handwriting fonts, whole
 * numbers), with {@link io.digitpad.evaluation.HeldOut}, what training never sees.
 */
package io.digitpad.evaluation;
