/**
 * Reading data from files: MNIST (reading IDX files, fetching and verifying them, holding images
 * and labels), the real writers' pen digits, the single-stroke typefaces (fetching, verifying and
 * reading them) and the installed handwriting fonts.
 */
package io.digitpad.data;
