/**
 * Drawings made the way people draw on the page's canvas: the canvas itself, MNIST digits traced
 * back to pen strokes (skeletons), real writers' pen digits and typeface digits placed on it, whole
 * written numbers, and shapes that are not digits. Training learns from these drawings and
 * evaluation measures on them; neither is known here.
 */
package io.digitpad.drawing;
