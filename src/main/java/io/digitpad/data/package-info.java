/**
 * Data sets: MNIST (reading IDX files, fetching and verifying them, holding images and labels) and
 * the single-stroke typefaces of the typeface benchmark (fetching, verifying and reading them).
 */
package io.digitpad.data;
